"""What kind of answer a question asks for, and which words of a sentence could be one.

A "when" question is answered by a sentence with a date in it, a "how many" question by one with a
number, and so on. The ranking uses this as a tie-breaker between sentences that share the
question's words: the one that also holds something of the asked kind is likelier to be the answer.
The cues are read from the question's first few words in English, German, French and Spanish;
a language without cues here still gets answers, just without this tie-breaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.reader.answer.dates import (
    MONTHS_ANY_FORM, RELATIVE_BEFORE, RELATIVE_PERIODS, is_calendar_word, is_season_or_day_part, is_time_of_day, relative_days,
    times_ahead,
)
from bot.reader.answer.measures import INDEFINITE, MEASURES, UNITS, asked_measures, asks_amount_by_name, measures_in
from bot.reader.answer.place_names import is_place_name
from bot.reader.answer.terms import IRREGULAR_VERBS as _IRREGULAR_VERBS
from bot.reader.answer.terms import stop_words_for
from bot.reader.answer.withheld import NOUNS_CAPITALISED
from bot.reader.text.language import WORD, Language, fold, folded_words, words
from bot.reader.text.marks import QUOTATION_MARKS

KINDS = ("name", "date", "number", "place", "cause", "alias", "score", "frequency", "hashtag", *MEASURES)
NAMED_PLACE = "named place"
"""A place's name a table knows (`place_names`), wherever it stands ("The storm flooded Galway"), offered
apart from "place": counted as a place for ranking, it moved as many answers to sentences listing
other places as to the answer (SQuAD 2.0, the reworded set; `bench.tune_answers --kinds` raised the
gold sentence's place recall from 0.61 to 0.68 in English, but the other candidates' from 0.09 to 0.18),
so it only tells that an article names a place somewhere: a page naming its places bare is not
declined as saying no place at all."""

_FREQUENCY_ASKED = re.compile(fold(
    r"\bhow (?:often|frequently)\b|\bwie (?:oft|haufig)\b|\ba quelle frequence\b|\bcada cuanto\b"
    r"|\bcon que frecuencia\b"
))
"""A question asking how often something happens ("How often does the show come out?"): answered by
"weekly", "every two years", "each six months" or "twice a month", which hold no number or none of
a unit ("at each meeting" is none)."""
FREQUENCY = re.compile(
    r"\b(?:(?:once|twice|thrice|\w+ times) (?:a|an|per|every|each) \w+"
    r"|(?:every|each) (?:other |few |couple of |[\w.]+ )?(?:second|minute|hour|day|night|week|weekend|month|quarter"
    r"|season|year|decade|century|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|spring|summer|autumn|fall|winter|term|election)s?"
    r"|daily|weekly|monthly|yearly|annually|hourly|nightly|fortnightly|biweekly|quarterly|biennially"
    r"|(?:one|an?|\d[\d,.]*) (?:[\w-]+ ){0,2}(?:for|in|out of) every [\d,.]+(?: [\w-]+){0,2}"
    r"|t[äa]glich|w[öo]chentlich|monatlich|j[äa]hrlich|st[üu]ndlich|quotidiennement|chaque \w+|tous les \w+(?: \w+)?"
    r"|(?:zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun|zehn|zw[öo]lf|zwanzig|hundert|tausend|mehrere|\d+)[ -]?mal"
    r"|mehrmals|mehrfach|zum (?:\w+en|\d+\.) mal"
    r"|(?:jede[nrms]?|pro) (?:tag|woche|monat|jahr|stunde|minute|quartal|sommer|winter|saison)"
    r"|alle (?:\w+ )?(?:tage|wochen|monate|jahre|stunden|minuten)"
    r"|cada \w+(?: \w+)?|diariamente|semanalmente|mensualmente|anualmente)\b",
    re.IGNORECASE,
)
"""How often, as a sentence says it: the words a "how often" question's bold falls on; also a rate
against a count ("one miss for every 22 tackle attempts", "one in every 10 games"). German "wie oft"
asks how many times as often as how frequently: "dreimal", "mehrfach" and "zum dritten Mal" answer
it, as do "jedes Jahr" and "alle zwei Wochen"."""

_HASHTAG_ASKED = re.compile(r"\bhash ?tags?\b|\bmots?[ -]di[eè]ses?\b|\bmots?[ -]cli(?:c|ché)s?\b|\betiquetas?\b")
"""A question asking for a hashtag ("What hashtag did supporters use?", "Quel mot-dièse…",
"¿Qué etiqueta…?"): an article shows the tag ("#WeMissTurkey") and seldom names it a hashtag."""
HASHTAG = re.compile(r"(?<![\w#&])#\w*[^\W\d]\w*")
"""A hashtag as a sentence writes it: "#WeMissTurkey", "#MeToo"; not "#1" or an HTML entity."""
HASHTAG_WORDS = "hashtag hashtags hash tag tags use used using"
"""The words a question names a hashtag with (`_HASHTAG_ASKED`), and the verb it is asked with
("What hashtag did they use?"), which the article need not hold: it shows the tag in use."""

_SCORE_ASKED = re.compile(
    r"^\W*(?:and )?(?:what (?:is|was|were|are) the (?:final )?score\b|by what score\b"
    r"|what (?:is|was|are|were) (?:the |their |its |his |her |[\w-]+(?:'s|s'|’s) )+record\b(?! (?:low|high|number|for)\b))"
)
""""What was the final score against the Chiefs?", "What is the Chargers' record this season?": a
game's score or a team's wins and losses, written "24-17" or "4-7" ("the record low for July" is
none)."""
SCORE = re.compile(r"(?<![\w.,/:–-])\d{1,3}\s?[-–]\s?\d{1,3}(?!\w|[.,]\d|[/:–-]|\s?[-–]\s?\d)")
"""A score or a record: "lost 24-17", "At 4-7", "24–10"; not a year range ("2004 – 2014"), a date
("11-19-2019"), a clock time or a page range with more digits."""
_RESULT_LINE = re.compile(r"^\W*[A-Z][\w.'’&() -]*? d\. [A-Z][\w.'’&() -]*?(?: \d{1,3}\s?[-–]\s?\d{1,3})?\W*$")
"""A results line of a sports round-up, "Palm Bay d. Rockledge 70-44": "d." for "defeated", as
newspapers' agate writes it (the score may be left out)."""
RESULT_WORDS = "defeated beat won lost"
"""What a results line says in words, from either side: "Which team lost to Heritage?" about
"Heritage d. Titusville 53-9"."""


def is_result_line(text: str) -> bool:
    """Whether a sentence is a results line (`_RESULT_LINE`)."""
    return _RESULT_LINE.match(text) is not None


SCORE_WORDS = "score scores final record"
"""The words a question names a score with: an article gives the numbers, seldom the word."""
SHARE_WORDS = "share taux part tasa tasas"
"""The words a question names a share with ("What share did Christie have in New Hampshire?",
"Quel est le taux de réussite ?", "¿Cuál es la tasa de paro?"): the article gives the percentage
("pulling 12 percent", "82 % des candidats"), seldom the word."""

_ALIAS_ASKED = re.compile(
    r"\b(?:other|another|alternative|former|old|previous|second|official|full) names?\b"
    r"|\bnick ?names?\b|\balso (?:called|known)\b|\baka\b|\ba\.k\.a\b"
)
"""A question asking for another name of something ("What is the camp's other name?", "what is
the nickname of..."): anywhere in the question, as the cue comes after "what is the"."""
ALIAS_GIVEN = re.compile(
    r"\b(?:also|formerly|better|previously|once|sometimes|commonly|widely|locally) (?:known|called|named|dubbed)(?: as)?\b"
    r"|\bknown (?:locally |widely |popularly )?as\b|\bnicknamed\b|\bdubbed\b|\ba\.?k\.?a\.?(?=\s)|\bformerly\b",
    re.IGNORECASE,
)
"""The phrasings that give a thing's other name ("the Rukban camp, also known as the Berm"):
a sentence without one rarely answers an "other name" question, and an article without one
doesn't say."""


_WAY_NOUNS = r"(río|calle|ciudad|país|región|carretera|camino|ruta|puerta|puerto|frontera|zona|vía|canal)"
"""Nouns after "por qué" that make it "through which" ("¿Por qué río pasan...?"), not "why"."""

_ORGANISATIONS = (
    r"(company|companies|firm|firms|organisation|organization|organisations|organizations|team|teams|party|parties"
    r"|club|agency|group|network|airline|bank|brand|charity|union|publisher|carmaker|automaker|manufacturer|retailer"
    r"|newspaper|broadcaster|studio|label|university|institute|ministry|department|government|band"
    r"|paper|journal|magazine)"
)
"""Nouns of a "which X" question asking for an organisation, which a name answers ("Which company
does she run?" -> "DH", "Which paper got the leaked documents?" -> "New York Times"): without them
the question asked for no kind, and the bold fell on nothing. Not "channel", "website" or
"regulator", whose bold on SQuAD fell on another name as often as on the answer; not "court"
("Court of Justice" for the "European Court of Justice" twice, so `bench.bold`'s exact share fell
0.515 -> 0.514), nor "school", "college", "hospital", "committee", "council", "commission",
"outlet", with which SQuAD 1.1's top three and SQuAD 2.0's top-1 lost a question or so in a
thousand (trial 18a)."""
_ORGANISATIONS_DE = (
    r"(firma|unternehmen|konzern|organisation|partei|verein|mannschaft|team|gruppe|bank|behörde|ministerium"
    r"|zeitung|universität|institut|regierung|band|fluggesellschaft|hersteller)"
)
_ORGANISATIONS_FR = (
    r"(entreprise|société|firme|organisation|organisme|équipe|parti|club|groupe|agence|banque|marque|compagnie"
    r"|journal|université|institut|ministère|gouvernement|constructeur)"
)
_ORGANISATIONS_ES = (
    r"(empresa|compañía|firma|organización|equipo|partido|club|grupo|agencia|banco|marca|aerolínea|periódico"
    r"|universidad|instituto|ministerio|gobierno|fabricante)"
)
_PEOPLE_DE = (
    r"(politiker(in)?|minister(in)?|präsident(in)?|bürgermeister(in)?|könig(in)?|kaiser(in)?|herzog|graf|papst"
    r"|spieler(in)?|sänger(in)?|schauspieler(in)?|autor(in)?|journalist(in)?|blogger(in)?|aktivist(in)?"
    r"|künstler(in)?|trainer(in)?|anwalt|anwältin|richter(in)?)"
)
"""Nouns of a "which X" question asking for a person ("¿Qué político se sumó a la protesta?", "Welcher
Kaiser ...?"): a name answers it, and without the cue a sentence naming no one ("Hubo una variedad de
expresiones artísticas durante la protesta") went first. Not in English, where "What was President
Kennedy put off by ...?" and "Which Mongol leader ...?" read as one and SQuAD 1.1 lost seven answers
(title rules there ask a title beside the name, "Gov. Deval Patrick" for "governor")."""
_PEOPLE_FR = (
    r"(politicien(ne)?|ministre|président(e)?|maire|roi|reine|empereur|pape|dirigeant(e)?|joueur|joueuse"
    r"|chanteur|chanteuse|acteur|actrice|écrivain|auteur|journaliste|blogueur|blogueuse|militant(e)?|artiste"
    r"|entraîneur|avocat(e)?|juge)"
)
_PEOPLE_ES = (
    r"(político|política|ministro|ministra|presidente|presidenta|alcalde|alcaldesa|rey|reina|emperador"
    r"|dirigente|líder|jugador(a)?|cantante|actor|actriz|escritor(a)?|autor(a)?|periodista|bloguero"
    r"|bloguera|activista|artista|entrenador(a)?|abogado|abogada|juez|jueza)"
)

# Each kind's cue words, matched against the question's first words (lower case, accents folded,
# so "cuando" typed without its accent is still a "when").
_CUES: dict[str, str] = {
    # Spanish "qué" + a noun of people asks a name, but not after "por": "¿Por qué el periodista
    # publicó el informe?" asks why, not which journalist.
    "name": (
        r"\b(who|whom|whose|wer|wen|wem|wessen|qui|quién|quiénes)\b"
        rf"|\b(what|which) (\w+ )?{_ORGANISATIONS}\b|\bwelche[mnrs]? (\w+ )?{_ORGANISATIONS_DE}\b"
        rf"|\bquel(le)?s? {_ORGANISATIONS_FR}\b|(?<!por )\bqué {_ORGANISATIONS_ES}\b"
        rf"|\bwelche[mnrs]? (\w+ )?{_PEOPLE_DE}(nen|n)?\b"
        rf"|\bquel(le)?s? (\w+ )?{_PEOPLE_FR}s?\b|(?<!por )\bqué (\w+ )?{_PEOPLE_ES}(e?s)?\b"
    ),
    "date": (
        r"\b(when|what (years?|century|centuries|decades?|dates?|days?|months?|time)"
        r"|which (years?|century|centuries|decades?|dates?|days?|months?)"
        r"|at what time|um wie viel uhr|a quelle heure|a que hora"
        r"|wann|welche[mns]? (jahre?n?|jahrhundert|tage?n?|monate?n?|datum)|in welchem jahr"
        r"|quand|quelles? (année|date)s?|quels? (siècle|jour|mois)s?|en quelle année"
        r"|cuándo|qué (año|siglo|día|fecha|mes)(es|s)?|en qué año)\b"
    ),
    "number": (
        r"\bhow (many|much|long|old|far|large|big|tall|high|often)\b|\bwhat (percentage|percent|proportion|amount|figure|sum|total)\b"
        r"|\bwie (viel(?:e[nmr]?)?|lange?|oft|alt|hoch|weit|groß|teuer|stark|sehr)\b|\bwelcher anteil\b"
        r"|\bcombien\b|\bquel pourcentage\b"
        r"|\bcuánt[oa]s?\b|\bqué porcentaje\b"
    ),
    "cause": (
        r"\b(why|warum|wieso|weshalb|pourquoi|por qué|por que|how come|what (caused|led to)"
        r"|what (is|was|were|are) the (cause|reason)s?|was (ist|war) (der grund|die ursache)|aus welchem grund"
        r"|quelle (est|était|a été) la (cause|raison)|quelles (sont|étaient) les (causes|raisons)|pour quelle raison"
        r"|cuál (es|fue|era) (la causa|el motivo|la razón)|cuáles (son|fueron) (las causas|los motivos))\b"
    ),
    "place": (
        r"\b(where|what (city|country|state|place|region)|(what|which) (cities|countries|states|regions|towns)"
        r"|wo|woher|wohin|in welche[mr]? (stadt|land|bundesland|staat|region|provinz|ort)"
        r"|welche[nr]? (städten?|ländern?|bundesländern?|staaten|regionen|provinzen|orten?)"
        r"|où|(dans|vers|depuis|à) quel(le)?s? (ville|région|pays|état|province|département)s?|quel pays|quelles villes"
        r"|dónde|adónde|(en|desde|hacia) qué (ciudad|país|lugar|estado|provincia|región|zona)(es|s)?"
        rf"|por qué {_WAY_NOUNS})\b"
    ),
}
# A place asked after a preposition is read only where a place after that preposition is read
# (`PLACE_WORDS`): "vers quelle ville", "desde qué ciudad"; "¿A qué ciudad viajó?" would decline
# "viajó a Lisboa", whose "a" is also the English article, so no place word.
_ASKS = {kind: re.compile(fold(pattern)) for kind, pattern in _CUES.items()}
_THROUGH_WHICH = re.compile(fold(rf"\bpor qué {_WAY_NOUNS}\b"))


_NUMBER_WORDS_AS_WRITTEN = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion once twice half dozen "
    "eins zwei drei vier fünf sechs sieben acht neun zehn hundert tausend millionen milliarden "
    "elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig "
    "fünfzig sechzig siebzig achtzig neunzig "
    "einmal zweimal dreimal deux trois quatre cinq sept huit neuf dix cent mille millions "
    "milliards fois dos tres cuatro cinco seis siete ocho nueve diez veinte cien ciento mil "
    "millón millones billón billones doble mitad "
    "onze douze treize quatorze quinze vingt trente quarante cinquante soixante dizaine douzaine vingtaine "
    "trentaine centaine doce trece catorce quince veintiuno treinta cuarenta cincuenta sesenta setenta ochenta "
    "noventa doscientos trescientos quinientos decena docena veintena centenar".split()
)
"""French "seize" (sixteen) is left out: the English verb is spelt so; a French or Spanish count by
tens ("une vingtaine", "una veintena de delegaciones") answers "how many" as a figure does."""
_FOLDED_NUMBER_WORDS = frozenset(fold(word) for word in _NUMBER_WORDS_AS_WRITTEN)


_GERMAN_COMPOUND_NUMBER = re.compile(
    r"^(?:ein|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun|zehn|elf|zw[öo]lf|zwanzig|drei(?:ß|ss)ig|vierzig|f[üu]nfzig"
    r"|sechzig|siebzig|achtzig|neunzig|hundert|tausend|und){2,6}$"
)
"""A German number written as one word of its parts ("zehntausend", "zweihundert",
"einundzwanzig"): "mehrere zehntausend Likes" answers "Wie viele Likes ...?" as a figure does."""


def is_number_word(word: str) -> bool:
    """Whether a word is a number word as written, or typed without its accents ("funf", "millon"),
    or a German one compounded of them (`_GERMAN_COMPOUND_NUMBER`). A word whose own accent the
    number word lacks is another word: French "très" (very) is not Spanish "tres"."""
    lowered = word.lower()
    return (lowered in _NUMBER_WORDS_AS_WRITTEN or (lowered.isascii() and lowered in _FOLDED_NUMBER_WORDS)
            or _GERMAN_COMPOUND_NUMBER.match(lowered) is not None)
PLACE_WORDS = frozenset("in at from near to into across nach aus bei à au aux en dans vers desde hacia".split())
VENUES = folded_words(
    "journal magazine newspaper periodical zeitschrift fachzeitschrift fachjournal fachmagazin magazin zeitung "
    "revue quotidien hebdomadaire revista diario periódico"
)
"""Nouns naming where a text is published: the name after one ("the journal Monthly Notices...") is
where findings appear, which is what "where will the study be published?" asks."""
_PUBLISHED = folded_words(
    "published publish publishes appear appears appeared appearing featured veröffentlicht publiziert "
    "erschienen erscheint erscheinen publié publiée publiés publiées paru parue parus publicado publicada "
    "publicados publicadas aparece apareció"
)
"""Verbs after which "in the" opens a venue ("published in the Lancet"), though SQuAD's "in the
Senate" alone is no place."""
_ARTICLES = frozenset("the der die das dem den le la les el los las".split())
_PLACE_ARTICLES = frozenset("el la los las le les l'".split())
"""Articles that may stand between a place's preposition and its name: "en el Fillmore", "dans le Var".
Not English "the" (SQuAD's "in the Senate" is no place) nor German's (every noun is capitalised)."""
_REGION_WORDS = frozenset("""northern southern eastern western central northeastern northwestern southeastern
southwestern north south east west upstate downtown rural""".split())
"""Words of a region between a place's preposition and its name: "in northern Syria", "in central
London", "in rural Ohio" (the town "in northern Syria" held no place for "Where is Kobane?")."""
LONGEST_PLACE_NAME = 6
"""Words of a name looked through for the head that makes it a place ("Kay Bailey Hutchison Convention Center")."""
_PLACE_HEADS_EN = frozenset(
    "university college institute school academy hospital clinic museum gallery library centre center airport "
    "station stadium arena park zoo church cathedral abbey temple mosque palace castle prison river lake sea "
    "ocean bay gulf strait channel island islands peninsula valley desert mountains alps himalayas andes "
    "republic kingdom united netherlands philippines bahamas hague vatican amazon arctic antarctic pacific "
    "atlantic mediterranean caribbean balkans crimea sahara".split()
)
"""English names that are places after "in the", "at the", "from the" ("at the University of
Pennsylvania", "in the United States", "on the Amazon"): English "the" alone opens no place."""
_PROMPTING = "prompted prompting sparked triggered spurred"
"""Verbs that tell what set something off ("The ruling sparked protests"): a reason read backwards."""
# Words that give a reason, for "why" questions; a quotation also often explains (the speaker's why).
_CAUSE_WORDS = folded_words(
    "because due owing reason reasons motive motives since thanks cause caused causes so result led "
    f"{_PROMPTING} "
    "weil denn wegen aufgrund infolge grund gründe dank deshalb darum daher "
    "parce car raison raisons cause grâce puisque afin pour "
    "porque debido causa razón razones gracias pues motivo"
)
_CAUSE_CLAUSE = re.compile(r",\s+(?:da|ya que|puesto que|dado que|étant donné que|vu que)\s", re.IGNORECASE)
"""A clause giving a reason that no single cause word marks: German ", da" (since, as), Spanish
", ya que", French ", étant donné que" ("..., da Sri Lanka illegale Fischerei nicht genug bekämpft")."""
_CAUSE_PHRASE = re.compile(
    r"\b(?:suite (?:à|au|aux)|à la suite d|du fait d|a raíz d|relacionad[oa]s? con|li[ée]e?s? (?:à|aux?)\b"
    r"|im zusammenhang mit|zusammenh[äa]ng"
    r"|(?:port|tir|dop|pouss|soutenu|plomb|pénalis)[ée]?e?s? par|(?:an)?getrieben (?:von|durch)|beflügelt (?:von|durch)"
    r"|profitiert(?:e|en)? (?:von|vom)|(?:belastet|gestützt|gedrückt) (?:von|vom|durch)"
    r"|(?:impulsad|empujad|motivad|lastrad|beneficiad|perjudicad)[oa]s? por"
    r"|\b(?:makes?|making|made) it (?:more )?(?:difficult|hard|harder|impossible|tough|tougher) (?:for|to)\b"
    r"|\bprevent(?:s|ed|ing)? (?:\w+ ){1,3}from \w+ing\b)",
    re.IGNORECASE,
)
"""A reason given by a phrase of several words, none a cause word alone: French "suite à l'accident"
(after and because of it), "du fait d'un plus faible degré d'usure", Spanish "a raíz de"; a link
told as a likely reason, "el ataque puede haber estado relacionado con la abierta crítica de Vidal",
"lié à", "im Zusammenhang mit" (a Bolivian page with no other cause word declined every "why"); what
keeps something from happening: "electricity cuts, which make it difficult for Radio to perform
experiments", "the ban prevented them from leaving" (why he can't, why they didn't); what
drives something: "portées par le boom de l'aéronautique", "getrieben von", "impulsado por"; what moved a
price: "Die Titel profitierten von den Quartalszahlen", "plombé par", "lastrado por"."""
_CAUSE_AS = re.compile(
    r"(?<!such )(?<!well )(?<!soon )(?<!long )(?<!much )(?<!far )(?<!same )"
    r"\bas (?:the|a|an|it|he|she|they|we|its|his|her|their|this|these|those)\b"
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:is|are|was|were|has|have|had|would|could|will|can|cannot|did|does|do|must|might)\b",
    re.IGNORECASE,
)
"""An English clause of "as" that gives a reason: "a symbolic total as the number eight is associated
with prosperity", "lost out ... as the territory would not then accept the company's unusual
governance structure"; not "such as the ...", "as well as", "as soon as"."""
_REASON_PHRASE_EN = re.compile(
    r"\b(?:amid|amidst|in (?:response|reaction) to|in the wake of|in light of|in protest|for fear|on the (?:grounds|basis) of"
    r"|out of (?:fear|concern|respect|frustration|anger|spite|necessity|loyalty)|given that|citing"
    r"|blamed on|attributed to|stem(?:s|med|ming)? from|driven by|motivated by|spurred by|fu?ell?ed by"
    r"|(?:boosted|lifted|buoyed|weighed down|dragged down|pressured) by|weigh(?:s|ed|ing)? on|benefit(?:s|t?ed|t?ing)? from"
    r"|help(?:s|ed|ing)? (?:to )?(?:push|drive|lift|send|pull|drag)"
    r"|(?:push(?:es|ed|ing)?|drive[sn]?|driving|drove|lift(?:s|ed|ing)?|sen[dt]s?|sending|pull(?:s|ed|ing)?"
    r"|drag(?:s|ged|ging)?) (?:[\w’'.-]+ ){1,3}(?:higher|lower|up|down)\b"
    r"|after (?:facing|receiving|complaints|criticism|allegations|accusations|protests|reports"
    r"|being (?:accused|critici[sz]ed|told|found|diagnosed|hit|injured|caught)"
    r"|(?:a|an|the|its|his|her|their) (?:[\w’'-]+ ){0,2}(?:scandal|complaints?|criticism|backlash|outcry|protests?"
    r"|accusations?|allegations?|revelations?|controversy|crisis|failure|collapse|lawsuit|dispute|injury|crash)))\b",
    re.IGNORECASE,
)
"""An English reason told by a phrase of several words that no cause word marks: "has focused on
electric vehicles after its diesel emissions-cheating scandal", "pulled the ads after facing
complaints", "amid fears of a slowdown", "in response to the strike", "citing health reasons"; what
moved a price: "reports of solid sales have helped push this stock higher", "its high share price
pushed the DJIA lower", "weighed on shares", "buoyed by strong earnings". A
bare "after" tells when, so only after a trouble that moves someone to act."""
_WHEN_TIMES_WERE = re.compile(
    r"\b(?:during|in|throughout|through)\s(?:the\s)?[\w'’ -]{1,40}?,\s*when\s", re.IGNORECASE
)
"""An English time given with its circumstances, "grew quickly during the 1970s, when coal prices
soared": what went on then is the reason a reader asks "why did mining grow in the 1970s?" for."""
_OVER_WHAT = re.compile(
    r"\b(?:collapsed?|collapses|broke down|stalled|clash(?:ed|es)?|split|feud(?:ed|s)?|fought|fight(?:s|ing)?"
    r"|rows?|dispute|quit|resign(?:ed|s)?|protest(?:ed|s)?|sued|anger|outrage|fears?|concerns?)\s+over\b",
    re.IGNORECASE,
)
"""An English "over" giving what a quarrel or a break-up was about, its reason: "the talks
collapsed over sanctions relief", "resigned over the budget"."""
PUNISHED_FOR = re.compile(
    r"\b(?:ejected|suspended|fined|arrested|detained|jailed|imprisoned|sentenced|charged|convicted|indicted"
    r"|punished|penali[sz]ed|disciplined|banned|barred|sacked|fired|dismissed|expelled|disqualified|flagged"
    r"|booked|cited|sued|critici[sz]ed|condemned|blamed|praised|thanked|honou?red|awarded|recalled"
    r"|criticism|praise|blame|credit|flak|backlash|apologi[sz]ed|apology"
    r"|arrests?|convictions?|indictments?|dismissal|suspension|expulsion)"
    r"(?:\s+[\w’'-]+){0,4}?\s+for\s+(?!(?:the\s+)?(?:rest|remainder|first|second|third|last|next)\b"
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d[\d,.]*)\s+(?:more\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|games?|matches|races?|seasons?|decades?)\b"
    r"|life\b|years\b|months\b|weeks\b|days\b|up to\b|at least\b|\d)",
    re.IGNORECASE,
)
"""What someone was punished, charged or praised for is the reason of it: "Randall was ejected
mid-way through the game for a hit to the head" answers "why was he thrown out?"; not the time it
lasts ("suspended for the rest of the season", "jailed for 10 years"). The noun does as the verb:
"drew criticism for including pictures taken without consent", "after his arrest for anti-Soviet
activity" (why he was arrested)."""
_PLAIN_REASONS = _CAUSE_WORDS - folded_words(
    f"so since result led {_PROMPTING} thanks grâce dank gracias pour afin pues "
    "cause causa deshalb darum daher"
)
"""The cause words that say "because" in any sentence ("weil", "car", "porque"); "so", "since",
"pour" and the like as often say something else, and "deshalb" (therefore) gives a consequence."""
_CONSEQUENCE = re.compile(
    r"^\W*(?:so|therefore|thus|hence|as a result|deshalb|darum|daher|deswegen|folglich|donc|ainsi|c'est pourquoi"
    r"|por eso|por ello|por lo tanto|así que"
    r"|(?:this|that|which) (?:(?:has |had |have |also |in turn )?(?:caused|causes|led|leads|resulted|results"
    r"|meant|means|explains|explained)|is why|was why|is the reason|was the reason)"
    r"|that['’]s why)\b",
    re.IGNORECASE,
)
"""A sentence opening as the consequence of the one before: "So ...", "Deshalb ...", "This caused
my parries to fail", "That is why ..."; the sentence before holds the reason."""


def gives_reason(text: str) -> bool:
    """Whether a sentence states a reason: a word that says "because", or a reason clause (", da")."""
    tokens = words(text)
    return any(
        fold(token.lower()) in _PLAIN_REASONS and (token.lower() != "due" or _due_to_something(tokens, position))
        for position, token in enumerate(tokens)
    ) or bool(_CAUSE_CLAUSE.search(text))


def tells_a_reason(code: str, text: str) -> bool:
    """Whether a sentence gives a reason by a cause word (`gives_reason`), and in English also by a
    reason clause or phrase (`marks_a_reason`), an "as" clause, an "over" or a phrase such as "after
    facing complaints" (`_REASON_PHRASE_EN`): what a follow-up "why?" about the sentence just shown
    finds there. In French the phrases cost a dev follow-up: "à la suite des informations
    erronées" tells what a stall followed, not why the readings were wrong."""
    return gives_reason(text) or code == "en" and bool(
        marks_a_reason(text) or _CAUSE_AS.search(text) or _OVER_WHAT.search(text) or _REASON_PHRASE_EN.search(text)
    )


def marks_a_reason(text: str) -> bool:
    """Whether a sentence gives a reason in a way no single cause word marks: a reason clause
    (", da", ", ya que"), a reason phrase ("à la suite d'une opération", "relacionado con"), or
    what someone was punished for."""
    return bool(_CAUSE_CLAUSE.search(text) or _CAUSE_PHRASE.search(text) or PUNISHED_FOR.search(text))


def follows_from_before(text: str) -> bool:
    """Whether a sentence opens as the consequence of the one before ("So ...", "Deshalb ...",
    "Por eso ..."): the reason is that sentence."""
    return _CONSEQUENCE.match(text) is not None


_QUOTED = re.compile(r'[“"«„]([^“”"«»„]*)[”"»“]')
STATEMENT_WORDS = 4
"""Words a quotation needs to be someone's statement, not a scare-quoted term ("bandit formations")."""


_DEGREE = frozenset("many much far few little long often".split())
"""Words English "so" qualifies as a degree ("so many of us", "so far"), where it gives no reason."""
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with from by".split())
"""Small words a title leaves in lower case ("The Lord of the Rings")."""


_SINCE_OPENING = re.compile(r"(?:^|[,;:(—–-])\W*since\b(?!\W*(?:\d|then\b|last\b|early\b|late\b))", re.IGNORECASE)
"""An English "since" that may give a reason: opening the sentence or a clause set off by a comma
("Since the road was closed, ...", "Since, in most plants, ...", "..., since nobody asked"), and not
before a time ("Since 2017,
he has ..."). Inside a clause it tells from when: "in most polls conducted since Biden ended his
campaign" answered "Why did Biden end his campaign?"."""


def _since_of_time(text: str) -> bool:
    """Whether every English "since" of the sentence tells from when (`_SINCE_OPENING`)."""
    return _SINCE_OPENING.search(text) is None


def _due_to_something(tokens: list[str], position: int) -> bool:
    """Whether English "due" at this position gives a reason ("due to heavy rain"), not a time set
    for something ("the ceremony is due to be held next Tuesday") or a debt ("payments due")."""
    following = [token.lower() for token in tokens[position + 1:position + 3]]
    return following[:1] == ["to"] and following[1:] != ["be"]


def _of_degree(following: str) -> bool:
    """Whether English "so" before this word says how much, not why: "so many", "so quickly"."""
    lowered = following.lower()
    return lowered in _DEGREE or (len(lowered) > 4 and lowered.endswith("ly"))


def _is_title(span: str) -> bool:
    """Whether a quoted span is a title, every word but the small ones capitalised ("A Most Violent
    Year", "Inside Llewyn Davis"): a film's or a book's name, no one's statement."""
    found = words(span)
    return bool(found) and found[0][:1].isupper() and all(
        word[:1].isupper() or word.lower() in _TITLE_SMALL_WORDS for word in found
    )


def _quotes_a_statement(text: str) -> bool:
    """Whether the sentence quotes someone saying something: a quotation of `STATEMENT_WORDS` words
    or more that is no title (`_is_title`), or a mark left open or closed by a quotation running over
    several sentences."""
    spans = _QUOTED.findall(text)
    if any(len(words(span)) >= STATEMENT_WORDS and not _is_title(span) for span in spans):
        return True
    return sum(c in QUOTATION_MARKS for c in text) > 2 * len(spans)


YEAR = re.compile(r"^(1\d{3}|20\d{2})s?$|^\d{1,3}0(?:er|ern)$")
"""A year or a decade: "2019", "1990s", and German "1990er", "880er" ("in den 880er Jahren"), which
said no time and lost a "Wann ...?" to a sentence with "1030" in it."""
_CLOCK_AFTER = {("am",), ("pm",), ("a", "m"), ("p", "m"), ("uhr",)}


POSSESSIVE = re.compile(r"['’]s$")
"""A possessive ending ("year's", "Nortman's")."""


def relative_period(lowered: str, previous: str) -> bool:
    """Whether a word is a period dated from the day of writing: "last night", "next year's"."""
    return POSSESSIVE.sub("", lowered) in RELATIVE_PERIODS and fold(previous.lower()) in RELATIVE_BEFORE


def at_clock(tokens: list[str], position: int) -> bool:
    """Whether the number at `position` is an hour ("10 a.m.", "9 pm", "20 Uhr"), also before its
    minutes, which the words split off ("3:15 p.m." is "3", "15", "p", "m"): a time of day, not a
    count ("How many bank tellers were in the bank?" was answered by the hour of a robbery). An
    hour in words counts before "Uhr" ("gegen fünf Uhr morgens"), where it is never a count."""
    if not tokens[position].isdigit():
        return is_number_word(tokens[position]) and tokens[position + 1:position + 2] in (["Uhr"], ["uhr"])
    start = position + 1
    if start < len(tokens) and len(tokens[start]) == 2 and tokens[start].isdigit():
        start += 1
    after = tuple(token.lower() for token in tokens[start:start + 2])
    return after[:1] in _CLOCK_AFTER or after[:2] in _CLOCK_AFTER


_TOLD_FROM_ANOTHER = frozenset({"later", "earlier"})
"""Words after a span of time that make it a time ("a year later", "two days earlier"), as "ago" does."""

_CLOCK_ASKED = re.compile(fold(r"\b(what time|um wie viel uhr|a quelle heure|a que hora)\b"))


def asks_clock_time(question: str) -> bool:
    """Whether the question asks for a time of day ("What time is the call?"), which a day
    ("early Tuesday") does not give."""
    return _CLOCK_ASKED.search(fold(question.lower())) is not None


def tells_clock_time(text: str) -> bool:
    """Whether a sentence gives a time of day ("at 9 a.m. ET", "um 20 Uhr", "à 14h30")."""
    tokens = words(text)
    return any(at_clock(tokens, position) or CLOCK.match(token) for position, token in enumerate(tokens))


_PARTS_OF_DAY = frozenset(fold(word) for word in (
    "morning mornings afternoon evening night overnight midnight noon midday dawn dusk daybreak nightfall "
    "morgen morgens vormittag vormittags nachmittag nachmittags abend abends nacht nachts mittag mittags mitternacht "
    "matin matinée après-midi soir soirée nuit minuit midi aube "
    "mañana tarde noche madrugada mediodía medianoche amanecer anochecer"
).split())
"""Words for a part of the day, which answer "what time" loosely ("early Tuesday morning", "en fin de
soirée"), in lower case and accents folded."""


_CLOCK_LIKE = re.compile(r"\b\d{1,2}(?:[:h.]\d{2}|\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr|heures?|horas?|hs))\b", re.IGNORECASE)
"""Anything written like a time of day, loosely: "7h44", "2:30pm", "at 7:14" of a game clock, "à 7 heures"."""


def tells_time_of_day(text: str) -> bool:
    """Whether a sentence may give a time of day: written like one on a clock, even loosely
    (`_CLOCK_LIKE`), or as a part of the day ("Tuesday morning", "dans la nuit", "por la tarde")."""
    return _CLOCK_LIKE.search(text) is not None or any(
        fold(token) in _PARTS_OF_DAY for token in words(text) if token.islower()
    )


LABELS = frozenset(
    "type group phase stage level category class grade tier version chapter section article episode season round "
    "game room route flight gate platform typ gruppe phase stufe klasse kapitel runde groupe niveau classe chapitre "
    "tipo grupo fase nivel clase capítulo".split()
)
"""Nouns a number names one of, right after them ("type 2 immune responses", "group 2 innate lymphoid
cells", "stage 4 cancer", "Game 7"): a label, no count to answer "how many" with."""
_PARTS_OF_A_TEXT = frozenset(
    "figure fig table section chapter abbildung abb tabelle abschnitt kapitel tableau chapitre figura tabla "
    "sección capítulo".split()
)
"""Parts of a report numbered as "Abbildung 2.21", "section 3.2": both numbers label the part (the
words of a sentence drop the point between them). "Abbildung 2.21 des IPCC-Berichts" answered "Wie
viele Länder gehören dem IPCC an?"."""


def labelled(tokens: list[str], position: int) -> bool:
    """Whether the number at `position` labels the noun before it (`LABELS`, `_PARTS_OF_A_TEXT`),
    or follows a number labelling a part of a text, instead of counting."""
    before = [token.lower() for token in tokens[max(position - 2, 0):position]]
    return bool(before) and (
        before[-1] in LABELS | _PARTS_OF_A_TEXT
        or (len(before) == 2 and before[0] in _PARTS_OF_A_TEXT and before[1].isdigit())
    )


def an_age(tokens: list[str], position: int) -> bool:
    """Whether the number at `position` is an age after "aged" or "age" ("employees aged 55 and
    above", "children under age 5"): it bounds a group by age and counts no one, so it does not
    answer "How many people work there?"."""
    return position > 0 and tokens[position - 1].lower() in _AGE_BEFORE


_AGE_BEFORE = frozenset({"aged", "age", "ages"})
_PRONOUN_ONE = frozenset({"one", "ones"})
_POINTING_BEFORE_ONE = frozenset("this that the which each every no any some another".split())
"""English words that make "one" a pronoun after them ("listening to the players on this one", "no
one", "the one I love")."""
_ONE_AS_SOMEONE_BEFORE = frozenset("more less if when whenever unless until once as".split())
_ONE_AS_SOMEONE_AFTER = frozenset(
    "is was has had can could would should must might may will does did sees hears feels thinks knows gets "
    "finds needs wants looks reads".split()
)

_MODALS_AFTER_ONE = frozenset("would could should must might may can".split())
"""Verbs that make a sentence's opening "One" anyone ("One would think ...", "One can see ..."),
where a count opens with a verb of what befell it ("One was killed", "One is missing")."""


def one_as_pronoun(tokens: list[str], position: int) -> bool:
    """Whether an English "one" is a pronoun, which counts nothing a "how many" question asks: before
    "of", picking one out of a group; after a pointing word (`_POINTING_BEFORE_ONE`), or standing
    for anyone, "the more one sees and hears Adam Schiff, the more one is likely to dislike him"
    (which answered "How many witnesses has Schiff called?" with "one"): only after a word opening
    such a clause and before a verb, since "one is missing" after a count of the dead is a count; or
    opening a sentence before a modal verb (`_MODALS_AFTER_ONE`)."""
    word = tokens[position].lower()
    if word == "one" and tokens[position + 1:position + 2] == ["of"]:
        return True  # "one of Epstein's victims" picks one out, counting none ("How many victims did he have?")
    if word == "one" and position == 0:
        # "One would think it would be easy just to take glutathione as a pill": anyone, no amount.
        return tokens[1:2] != [] and tokens[1].lower() in _MODALS_AFTER_ONE
    if word not in _PRONOUN_ONE or position == 0:
        return False
    before = tokens[position - 1].lower()
    return before in _POINTING_BEFORE_ONE or (
        word == "one" and position < len(tokens) - 1 and before in _ONE_AS_SOMEONE_BEFORE
        and tokens[position + 1].lower() in _ONE_AS_SOMEONE_AFTER
    )


_ONCE = frozenset({"once"})
_SUBJECT_AFTER_ONCE = frozenset(
    "i you he she it we they the this that these those his her its their our my your".split()
)
_HAVING_BEFORE_ONCE = frozenset("is was were are am be been had has have".split())


_EINMAL_AS_PARTICLE = frozenset("noch erst nicht auf zunächst zuerst schon wieder gleich endlich doch".split())
"""Words before a German "einmal" that make it "again", "first", "not even", "suddenly", "ever" or a
filler ("stößt zunächst einmal auf", "schon einmal", "gleich einmal")."""


def once_as_conjunction(code: str, tokens: list[str], position: int) -> bool:
    """Whether an English "once" counts nothing: opening a clause before its subject ("trained on
    how to deal with the clients once they are located") or saying "formerly" after a form of
    "be" or "have" ("it was once a port"). "Once a month" and "only once" still count; read as a
    count, the clause answered "How many volunteers are on the team?". (Spanish "once" is eleven.)
    So a German "einmal" after "noch", "erst", "nicht" or "auf" ("hat noch einmal erinnert"), read as
    a count, answered "Wie viele Läufer nahmen am Berlin-Marathon teil?"."""
    if code == "de" and tokens[position].lower() == "einmal":
        return position > 0 and tokens[position - 1].lower() in _EINMAL_AS_PARTICLE
    if code != "en" or tokens[position].lower() not in _ONCE:
        return False
    after = tokens[position + 1].lower() if position + 1 < len(tokens) else ""
    before = tokens[position - 1].lower() if position else ""
    return after in _SUBJECT_AFTER_ONCE or before in _HAVING_BEFORE_ONCE


ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
"""A rank written in digits ("50th anniversary", "3rd place"): no answer to "how many"."""
CLOCK = re.compile(r"^\d{1,2}[h:.]\d{2}$|^\d{1,2}h$|^\d{1,2}(?:[:.]\d{2})?[ap]m$", re.IGNORECASE)
"""A time of day: "7h44", "10:30", "21.15", "9h", "6am", "2:30pm"."""
HOURS = re.compile(r"^\d{1,2}h\d{2}$")
"""A time written with "h" ("5h45", a time of day; "1h28", a film's length): never a count of
things, as "10:30" or "21.15" may be no time ("21.15" a price)."""


_PLACE_OF_A_KIND = re.compile(fold(
    r"\b(what|which|en qué|in welche[mnr]?|welche[nr]?|dans quel(le)?s?|quel(le)?s?) "
    r"(city|cities|country|countries|states?|regions?|provinces?|towns?|ciudad(es)?|país(es)?|estados?|provincias?"
    r"|región|regiones|stadt|städten?|land|ländern?|bundesland|bundesländern?|staat(en)?|ville|pays|régions?|états?"
    r"|provinces?|villes)\b"
))


def asks_a_kind_of_place(question: str) -> bool:
    """Whether a place question names the kind of place ("¿En qué estado australiano...?", "Which
    city..."): narrower than "where", so a sentence naming no place is a worse candidate."""
    return _PLACE_OF_A_KIND.search(fold(question.lower())) is not None


_WORKS_AT = re.compile(
    r"\b(?:work(?:s|ed|ing)?|employed|stud(?:y|ies|ied)|arbeite\w*|beschaftigt|studier\w*|travaill\w*|"
    r"etudi\w*|trabaj\w*|estudi\w*)\b"
)
"""A "where" question about someone's work or studies, answered by an employer or a school as often
as by a place."""


def works_at(question: str) -> bool:
    return bool(_WORKS_AT.search(fold(question.lower())))


def asks(question: str) -> set[str]:
    """The kinds of answer the question's opening words ask for; measures stand in for "number"."""
    opening = fold(" ".join(words(question.lower())[:4]))
    kinds = {kind for kind, pattern in _ASKS.items() if pattern.search(opening)}
    if "place" in kinds and _THROUGH_WHICH.search(opening):
        kinds.discard("cause")
    if "place" in kinds and works_at(question):
        kinds.add("name")  # "Where does she work?": "a Software Engineer for SpaceX" is where
    if _ALIAS_ASKED.search(fold(question.lower())):
        return {"alias"}
    if _FREQUENCY_ASKED.search(opening):
        return {"frequency"}
    if _HASHTAG_ASKED.search(question.lower()):
        return {"hashtag"}
    measures = asked_measures(question)
    if _SCORE_ASKED.search(fold(question.lower()).replace("’", "'")):
        return {"score"}
    return kinds - {"number"} | measures if measures else kinds


_ORGANISATION_ASKED = re.compile(fold(
    rf"\b(what|which) (\w+ )?({_ORGANISATIONS[1:-1]}|court|hospital|school|college|council|committee|commission)\b"
    rf"|\bwelche[mnrs]? (\w+ )?({_ORGANISATIONS_DE[1:-1]}|gericht|klinik|krankenhaus|schule)\b"
    rf"|\bquel(le)?s? {_ORGANISATIONS_FR}\b|\bqué {_ORGANISATIONS_ES}\b"
))


def asks_an_organisation(question: str) -> bool:
    """Whether the question asks which organisation ("Which agency warned ...?", "Welches Gericht
    ...?"): a person's name in the answer sentence is then not the answer, though a name is asked.
    Wider than the ranking's cue (`_ORGANISATIONS`), which leaves out courts and hospitals: a name
    is no help in finding their sentence, but once it is found the body is the bold."""
    return _ORGANISATION_ASKED.search(fold(" ".join(words(question.lower())[:5]))) is not None


_HOW_MUCH = re.compile(fold(
    r"\bhow (many|much|long|old|tall|deep|wide|quickly|fast|heavy|large|big|high|rich|wealthy|powerful|loud|hot|cold|warm)\b"
    r"|\bwie (viel(?:e[nmr]?)?|lange?|alt|teuer|tief|hoch|schnell|schwer|groß|laut|warm|heiß|kalt)\b|\bwas (kostet|kosten)\b|\bcombien\b|\bcuánt[oa]s?\b"
))


def asks_how_much(question: str) -> bool:
    """Whether the question's opening words ask an amount ("How deep is...?", "Wie viele...?",
    "Combien...?"), not a word of price or weight further on that `asks` reads as a measure too
    ("What were savings by the wealthy thought to offset?" asks no amount), unless the question
    opens by naming the amount (`measures.asks_amount_by_name`: "What fine did they impose?").
    "How far", "how often" and "how soon" are left out: as often as a figure, a place ("as far west as Lake Balkhash"), a
    century, "biennial" or "immediately" answers them; so are "how quickly" and "how fast" when
    they ask how something happens (`asks_a_pace`)."""
    return (
        _HOW_MUCH.search(fold(" ".join(words(question.lower())[:4]))) is not None and not asks_a_pace(question)
    ) or asks_amount_by_name(question)


_PACE = re.compile(
    r"\bhow (?:quickly|fast|rapidly) (?:\w+ ){1,5}?(?:spread|grow|grew|rise|rising|rose|fall|fell|increas|decreas|declin"
    r"|chang|expand|shrink|shrank|worsen|climb|drop)\w*\b"
)


def asks_a_pace(question: str) -> bool:
    """Whether "how quickly" or "how fast" asks the pace of a change ("How quickly is the meth crisis
    spreading?", "how fast did prices rise?"): "growing at an alarming rate" or "rapidly" answers
    it as often as a figure does, so an article without a time or speed may still answer it. "How
    quickly does the ferry get there?" asks a time."""
    return _PACE.search(question.lower()) is not None


_HAPPENING = re.compile(
    r"\b(?:take|takes|took|taken|taking) place\b|\b(?:tuvo|tiene|tendra|tuvieron|tienen|tendran|ha tenido) lugar\b"
    r"|\b(?:a eu|aura|a|ont eu|avait eu|auront) lieu\b|\b(?:fand|findet|finden|fanden)\b.*\bstatt\b|\bstattfinden\b"
)
"""Phrasings of "happen" ("Where did the concert take place?", "¿Dónde tuvo lugar...?", "Où a eu lieu...",
"Wann fand die Wahl statt?"): their "place", "lugar" or "lieu" is no word of the question's content,
and matched a sentence's "took first place in the charts"."""


def says_happening(text: str) -> bool:
    """Whether a sentence itself says something took place ("Somit findet am 5. Juli eine Stichwahl
    statt"): then the question's phrasing is the article's too, and its words match."""
    return _HAPPENING.search(fold(text.lower())) is not None


def happening_words(question: str) -> list[str]:
    """The words of the question that only phrase "happen" (`_HAPPENING`), lower case, accents folded."""
    found = _HAPPENING.search(fold(question.lower()))
    if not found:
        return []
    phrase = words(found.group())
    return [phrase[0], phrase[-1]] if len(phrase) > 2 else phrase


_COUNTED = re.compile(r"\b(?:how many|combien d[e']|wie viele[nmr]?\b|cuant[oa]s)\s*(.*)")
_LONGEST_COUNTED = 4
_MEASURED_STUFF = re.compile(
    r"^\W*(?:and )?how much ([a-z]+) (?:does|do|did|is|was|are|were|will|would|can|could|has|have|had|should)\b"
)
"""An English "how much X" question with the noun X measured ("How much memory does simdjson use?")."""
"""Words a counted noun phrase may run to before its auxiliary ("new electric delivery vans did")."""


_OCCURRENCES = frozenset({"times", "fois", "veces", "mal", "male"})
"""The word a "how many" question counts occurrences with ("How many times did Kelli Howard steal the
ball?", "combien de fois", "cuántas veces", "wie viele Male"): it names no thing for the article to
hold, and a results table writing "Kelli Howard 6 steals." never says "times"."""


_PLURAL_AFTER_COPULA = re.compile(r"^(?:are|were) ((?:[a-z]+[^s\W]s)|children|women|men|people)\W*$")
"""An English "how many (of them) were X?", X a plural noun: the noun comes after the verb ("and
how many of them were kids?"), not before it; a participle there ("how many were killed?") is no
plural and counts nothing."""


_HYPHENATED_HEAD = re.compile(r"\b[\w']+-(?=\w)")
"""The parts of a hyphenated noun before its last ("sapeurs-pompiers", "E-Zigaretten"): the last
names what is counted, and the article may write it alone ("80 pompiers")."""


def _verb_counted(tokens: list[str], stop: frozenset[str]) -> list[str]:
    """What "how many times" counts: the deed after its auxiliary and subject ("did Kelli Howard
    steal the ball" -> "steal"), the last word before the first small word that follows one; a
    results table counts it with the deed's noun ("6 steals")."""
    verb: list[str] = []
    for token in tokens:
        if token in stop or token in _AUXILIARIES:
            if verb:
                break
            continue
        verb = [token]
    return verb


def measured_stuff(question: str, code: str) -> str:
    """The noun an English "how much X does ..." question measures ("memory"), or ""."""
    found = _MEASURED_STUFF.match(fold(question.lower())) if code == "en" else None
    return found.group(1) if found and found.group(1) not in stop_words_for(code) else ""


_AMOUNT_OF_STUFF = re.compile(r"^\W*(?:and |und )?(?:how much|wie viel) ([a-z]+)\b")
_NOT_STUFF = frozenset("time money longer more less zeit geld mehr weniger lange".split())


def stuff_amount_asked(question: str, code: str) -> str:
    """The stuff a question asks the amount of ("How much snow fell?" -> "snow", "Wie viel Regen
    fiel?" -> "regen"), or "": an amount in a unit with no figure ("a foot of snow", "eine Tonne")
    answers it, and an amount of other stuff does not."""
    found = _AMOUNT_OF_STUFF.match(fold(question.lower()))
    stuff = found.group(1) if found else ""
    if code in NOUNS_CAPITALISED and found and not fold(question)[found.start(1):found.end(1)][:1].isupper():
        return ""  # "Wie viel kostet der Tarif?": a verb, not the stuff measured ("Wie viel Regen fiel?")
    return "" if stuff in stop_words_for(code) or stuff in _NOT_STUFF else stuff


def _counted_tokens(question: str, code: str) -> list[str]:
    """The folded words after a "how many" ("how many of the", "how many more" read past), empty
    for other questions."""
    found = _COUNTED.search(fold(question.lower()).replace("’", "'"))
    if not found:
        return []
    stop = stop_words_for(code)
    tokens = words(_HYPHENATED_HEAD.sub("", found.group(1)))
    while tokens and tokens[0] in stop and tokens[0] not in _AUXILIARIES:
        tokens.pop(0)  # "how many of the", "how many more"
    return tokens


def counts_occurrences(question: str, code: str) -> bool:
    """Whether a "how many" question counts times ("How many times …?", "combien de fois")."""
    tokens = _counted_tokens(question, code)
    return bool(tokens) and tokens[0] in _OCCURRENCES


_DIMENSIONS = frozenset("long wide tall high deep thick old".split())
"""Adjectives after a counted unit that say what it measures ("How many pages long is the booklet?",
"how many miles wide"): the unit is what is counted, not the adjective."""


def counted_words(question: str, code: str, whole: bool = False) -> list[str]:
    """The words naming what a "how many" question counts, the noun last, empty for other questions.
    Where adjectives stand before their noun, a phrase running straight into the auxiliary ends with
    it ("recorded calls" in "how many recorded calls did the firms receive?"); a phrase broken off by
    another small word names its noun first ("miles south of", "players from the"), as does a
    language putting the noun first ("combien d'appels enregistrés"). `whole`: every word up to that
    break ("member states adopted"), for words that may follow a count in the sentence."""
    tokens = _counted_tokens(question, code)
    stop = stop_words_for(code)
    predicate = _PLURAL_AFTER_COPULA.match(" ".join(tokens)) if code == "en" else None
    if predicate:
        return [predicate.group(1)]
    if tokens and tokens[0] in _OCCURRENCES:
        return _verb_counted(tokens[1:], stop)
    phrase: list[str] = []
    for token in tokens[: _LONGEST_COUNTED + 1]:
        if token in _AUXILIARIES:
            return phrase if code not in _HEAD_FIRST or whole else phrase[:1]
        if token in stop or phrase and token in _DIMENSIONS:
            break
        phrase.append(token)
    if code in NOUNS_CAPITALISED and not whole:
        nouns = _capitalised(question)
        return next(([token] for token in phrase if token in nouns), phrase[:1])
    return phrase if whole else phrase[:1]


def _capitalised(question: str) -> set[str]:
    """The folded words a German question writes with a capital, its first word aside: its nouns
    and names. The noun is what a count names, not the adjective before it ("Wie viele russische
    Mitarbeiter gibt es ...?" counts "Mitarbeiter"; with no auxiliary ending the phrase, its first
    word was taken, "russische")."""
    return {fold(token.lower()) for token in words(question)[1:] if token[:1].isupper()}


# "Which political party does...", "quel est le salaire de...", "welches Amt hat...", "¿cuál es la
# capital...": the words naming the thing asked for follow the question word (after "is the" in
# French and Spanish). Folded, lower case.
_WHICH = re.compile(
    r"^\W*(?:and |et |und |y )?(?P<preposition>(?:in|an|auf|aus|bei|mit|von|zu|dans|pour|sur|par|en|con|para|por|desde) )?"
    r"(?:what|which|how much|welche[rsmn]?|was fur(?: eine?[rnms]?)?"
    r"|quel(?:le)?s?(?: (?:est|etait|sont|etaient|a ete) (?:le|la|les|l'))?"
    r"|cual(?:es)?(?: (?:es|era|fue|son|eran) (?:el|la|los|las))?) (?P<thing>.*)"
)
_SUBJECT_ASKED_EN = re.compile(
    r"^\W*(?i:(?:and )?(?:why|how much) (?:does|do|did|is|was|are|were|will|would|can|could|has|have|had|should) "
    r"(?:the )?)"
    r"((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*)*)"
    r"|^\W*(?i:(?:and )?what(?: [a-z-]+){0,2} (?:does|do|did|is|was|are|were|will|would|has|have|had) (?:the )?)"
    r"((?:[A-Z][\w.-]*)(?: [A-Z][\w.-]*)*['’]s)\b"
    r"|^\W*(?i:(?:and )?what (?:is|was|are|were) the (?:[\w-]+ ){1,3}of (?:the )?)"
    r"((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*)*)\W*$"
)
"""The name an English question asks about as its subject: after "why" or "how much" and a verb;
a possessive after "what" and a verb ("What profit did Lowe's report?", "What price did IBM's
stock close at?", not "What does Benioff run his business on?", which the speaker answers in a
quotation naming no one); the name ending "what is the ... of" ("What is the 52-week range of
IBM?"). Not after "how long" ("How long will Suh be suspended?"): on the untuned fresh pages that
declined one answerable question and no unanswerable one more."""


_NAME = r"((?:[A-ZÄÖÜÉ][\w'’.+-]*)(?: [A-ZÄÖÜÉ][\w'’.+-]*)*)"
_SUBJECT_COUNTED = {
    "de": re.compile(
        r"^\W*(?i:wie viele?\s+[\w-]+\s+(?:hat|haben|hatte|hatten|beschäftigt|beschäftigte|zählt|zählte|besitzt|besaß"
        r"|bekam|bekamen|bekommt|erhielt|erhielten|erhält|gewann|gewannen|holte|holten)\s+)"
        r"(?:(?i:der|die|das)\s+(?=[A-ZÄÖÜ]{2,}\b))?" + _NAME + r"(?=[\s?])"
    ),
    "fr": re.compile(
        r"^\W*(?i:combien (?:de |d['’])[\w-]+\s+(?:compte|comptait|emploie|employait|possède|possédait|a)\s+)"
        + _NAME + r"(?=[\s?])"
        r"|^\W*(?i:combien (?:de |d['’])[\w-]+(?:\s+(?:de |d['’])[\w-]+)?\s+(?:(?:a|ont|avait|avaient)\s+)?)"
        r"(?-i:[a-zéèêàâîôûç]+)\s+" + _NAME + r"\s*\?\s*$"
    ),
    "es": re.compile(
        r"^\W*(?i:cu[aá]nt[oa]s\s+[\w-]+\s+(?:tiene|tenía|tuvo|emplea|empleaba|cuenta|posee|poseía)\s+)"
        + _NAME + r"(?=[\s?])"
        r"|^\W*(?i:cu[aá]nt[oa]s\s+[\w-]+(?:\s+de\s+[\w-]+)?\s+(?:(?:ha|han|había|habían)\s+)?)"
        r"(?-i:[a-záéíóúñ]+)\s+" + _NAME + r"\s*\?\s*$"
    ),
}
"""A German, French or Spanish "how many" question about what a name has or got, the name right
after the verb and no article before it (so a German noun is none) unless it is an abbreviation in
capitals ("die HDP"): "Wie viele Mitarbeiter hat Praxair?", "Wie viele Sitze bekam die HDP?",
"Combien d'employés compte Praxair ?", "¿Cuántos empleados tiene Praxair?"; in French and Spanish
also a name put last, after any verb, as the subject of what it did: "¿Cuántos solicitantes de
asilo ha acogido Dinamarca?", "Combien de buts a marqué Dupont ?"."""


def asked_subject(question: str, code: str) -> str:
    """The name an English question (`_SUBJECT_ASKED_EN`), or a German, French or Spanish "how many"
    one (`_SUBJECT_COUNTED`), asks about as its subject, "" when it names none: "Northwind Power" of
    "How much does Northwind Power spend on repairs?", "Senator Ada Moss" of "Why did Senator Ada
    Moss call the plan too slow?"."""
    pattern = _SUBJECT_ASKED_EN if code == "en" else _SUBJECT_COUNTED.get(code)
    found = pattern.match(question.strip().lstrip("¿")) if pattern else None
    return next((name for name in found.groups() if name), "") if found else ""


_AUXILIARIES = frozenset(
    "did does do is are was were will would can could has have had should may might must "
    "hat haben hatte hatten ist sind war waren wird werden wurde wurden kann konnte muss soll "
    "a ont avait avaient est sont etait etaient sera va doit peut ha han habia fue fueron es son era "
    "sera puede debe".split()
)
_GENERIC_THINGS = folded_words(
    "name kind type sort part number percentage percent proportion amount share year time day date "
    "month way reason size nom genre type sorte partie nombre pourcentage annee jour raison taille name art teil "
    "zahl anzahl jahr tag grund grosse nombre tipo parte numero porcentaje ano dia razon tamano money cash argent "
    "geld dinero days years months jours annees tage tagen jahre jahren monate monaten dias anos meses"
)
_PAST_FORMS = frozenset(form for forms in _IRREGULAR_VERBS.split("|") for form in forms.split()[1:])
_NAMES = frozenset({"name", "nom", "nombre", "namen"})
_NAME_OF = re.compile(
    r"\b(?:name of (?:the |a |an |his |her |their )?|nom (?:du |de la |de l'|des |de son |de sa |de )"
    r"|nombre (?:del |de la |de los |de las |de su |de )|namen (?:des |der |von ))(\w+)"
)
""""What was the name of the captain?", "le nom du commandant": the thing asked is the captain."""
_HEAD_FIRST = frozenset({"fr", "es", "it", "pt"})
_ROLE_OF = re.compile(
    r"^\W*(?:and )?who (?:is|was|are|were|will be) (?:the (?:[\w-]+'s? )?|(?:[\w-]+ ){0,2}[\w-]+'s? )"
    r"(?:(?!who |that |which )[\w-]+ ){0,2}?([a-z-]+)(?: of\b.*|\W*)$"
)
"""English "who is the band's drummer?", "who is Hong Kong's chief executive?", "who was the first
mayor of Paris?": the post asked for."""
"""Languages whose noun phrases put the noun before its adjectives ("filiale française")."""


def asked_thing(question: str, code: str, stop_words: frozenset[str], original: str | None = None) -> str:
    """The noun a "which X" question asks for ("Which political party does he support?" ->
    "party"), empty when there is none or it is too vague to say ("what was the name...").

    The words after the question word up to a function word name the thing. English puts a verb
    there too, so its run also ends at a past form ("Which newspaper reported the price"), and a
    run ending right before an article or a preposition ends on a verb, which is left out
    ("Which firms make the keyboards"; "What sparked the protest" names no thing). In German the
    noun is the run's first word `original` (the question as written) capitalises.
    """
    found = _WHICH.search(fold(question.lower()).replace("’", "'"))
    if found and found.group("preposition") and code == "en":
        found = None  # English "in which city" is left as it was tuned: `kinds` reads it as a place
    if not found:
        role = _ROLE_OF.search(fold(question.lower()).replace("’", "'")) if code == "en" else None
        return role.group(1) if role and role.group(1) not in stop_words else ""
    run: list[str] = []
    ended_on = ""
    for token in words(found.group("thing")):
        if code == "en" and (token in _PAST_FORMS or (len(token) > 4 and token.endswith("ed"))):
            ended_on = "verb"
            break
        if token in stop_words or token in _AUXILIARIES or is_number(token):
            ended_on = "auxiliary" if token in _AUXILIARIES else "word"
            break
        run.append(token)
    if code == "en" and ended_on == "word":
        run = run[:-1]
    named = _NAME_OF.search(found.group("thing"))
    if named and (not run or run[0] in _NAMES):
        return named.group(1) if named.group(1) not in stop_words else ""
    if not run or run[0] in _GENERIC_THINGS:
        return ""
    if code in NOUNS_CAPITALISED:
        # German capitalises the noun, not the verb after it: "Welche Zeitung berichtete darüber?"
        nouns = {fold(word.lower()) for word in words(original or "")[1:] if word[:1].isupper()}
        return next((token for token in run if token in nouns), run[0])
    return run[0] if code in _HEAD_FIRST else run[-1]


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=65536)
def is_number(word: str) -> bool:
    """A word that states a quantity: it has a digit, or is a number word ("twelve", "drei").
    Kept by word: every word of every sentence is asked, at build and for "how many"."""
    return _DIGIT.search(word) is not None or is_number_word(word)


def _published_in(tokens: list[str], position: int) -> bool:
    """Whether the word at `position` follows "published in the", "erschienen in der", "publié dans le"..."""
    return (
        position > 2 and fold(tokens[position - 3].lower()) in _PUBLISHED
        and tokens[position - 2].lower() in PLACE_WORDS and tokens[position - 1].lower() in _ARTICLES
    )


_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b")
"""A date in digits ("08.06.2015", "10/12/19"), as German and French news datelines write it."""
_ORDINAL_DOT = re.compile(r"(?<![\d.,:/])\d{1,4}\.(?=\s+[^\W\d_])")
"""A German ordinal: digits and a dot inside a sentence, before a word ("der 50. Berlin-Marathon",
"am 14. und 15. Juli", "zum 3. Mal"). It ranks, it counts nothing: "Wie viele Läufer nahmen am
Berlin-Marathon teil?" was answered by "Daran hat auch der 50. Berlin-Marathon ... erinnert"."""
_ORDINALS_DOTTED = frozenset({"de"})
"""Languages writing an ordinal as its number and a dot (`_ORDINAL_DOT`)."""


def _words_within(pattern: re.Pattern[str], text: str) -> set[int]:
    """The positions of the words (`words`) inside what `pattern` finds (a date in digits, a code)."""
    spans = [found.span() for found in pattern.finditer(text)]
    if not spans:
        return set()
    return {i for i, word in enumerate(WORD.finditer(text)) if any(a <= word.start() < b for a, b in spans)}


_MONTHS_AFTER_A_DAY = MONTHS_ANY_FORM - {"may", "march"}
"""Months a day's number stands before; "may" and "march" are verbs as often."""


def dotted_ordinals(code: str, text: str) -> set[int]:
    """The positions of the words (`words`) that are ordinals written with a dot (`_ORDINAL_DOT`)."""
    return _words_within(_ORDINAL_DOT, text) if code in _ORDINALS_DOTTED else set()


def is_day_number(token: str) -> bool:
    """A day of the month in digits ("30", "1"). Only decimal digits, and at most two, are read as a
    number: `int` refuses a superscript ("²" is a digit to `isdigit`) and more than 4,300 digits,
    and a page holding either failed every question about it."""
    return token.isdecimal() and len(token) <= 2 and 0 < int(token) <= 31


def day_before_month(tokens: list[str], position: int) -> bool:
    """Whether the number at `position` is the day of the month after it, as German, French and
    Spanish write a date ("am 2. Oktober", "le 5 novembre", "el 27 de abril"): a day counts nothing."""
    if not is_day_number(tokens[position]):
        return False
    following = [fold(t.lower()) for t in tokens[position + 1:position + 3]]
    if following[:1] == ["de"]:
        following = following[1:]
    return bool(following) and following[0] in _MONTHS_AFTER_A_DAY


_MAGNITUDES = {
    "de": folded_words("hunderte hunderten tausende tausenden zehntausende zehntausenden hunderttausende hunderttausenden dutzende"),
    "fr": folded_words("centaines milliers dizaines"),
    "es": folded_words("cientos miles decenas centenares millares"),
}
"""Words giving a count by its order of magnitude ("plusieurs centaines de morts", "Cientos de
personas"): a "how many" question's answer as much as a figure, which a sentence with an unrelated
number ("une 2 CV") beat. Per language: Spanish "miles" (thousands) is an English unit. English
"hundreds" is left out: "Hundreds of demonstrators blocked roads" then beat "At least 106 protesters
... killed" for "How many demonstrators have died?", and SQuAD gained nothing from it."""


_CENTURIES_AFTER_AN_ORDINAL = folded_words("jahrhundert jahrhunderts jahrtausend jahrtausends")
"""German writes a century as an ordinal with a full stop, which a sentence's words drop ("in der
Mitte des 20. Jahrhunderts"): a time, no count ("drei Jahrhunderte", in the plural, still counts)."""

_CODE = re.compile(r"[^\W\d_]{2,}\d|[^\W\d_]\d+(?:[^\W\d_]\d+)*$|[^\W\d_]\d[^\W\d_mk]$")
"""A word opening with two letters or more before a digit names something and counts nothing: "MBH99"
(a paper), "CO2"; "Wie viele Länder gehören dem IPCC an?" took "MBH99" for a count. So does one
letter before digits alone ("G40", a faction, "A350", a plane, "H1N1"): "How many soldiers took part
in the coup?" was answered by "the G40 faction". One letter with a scale after the digits is a
currency's sign ("N500m", naira). One digit between two letters is a name too ("B2B", "P2P",
"W3C"): "How many clients does Straight North have?" was answered by "Brad Shorr is Director of
B2B Marketing for Straight North"."""
_HYPHENED_CODE = re.compile(r"\b[A-Z][A-Za-z]{0,5}-\d+\b")
"""A name of letters joined to a number by a hyphen ("F-35", "COVID-19", "MH-17"): its number,
a word of its own, counts nothing either."""


_DAY_OF_A_SPAN = re.compile(
    r"\b(?:first|last|final|opening|closing)\s+(?:days?|weeks?|months?|nights?|morning|hours?)\s+of\b"
    r"|\b(?:premi[eè]re?s?|derni[eè]re?s?)\s+(?:jours?|semaines?|mois|nuits?)\s+d[eu]\b"
    r"|\b(?:ersten|letzten)\s+(?:Tag|Tagen|Woche|Wochen|Monat|Monaten|Nacht)\b"
    r"|\b(?:primer|primera|primeros|primeras|último|última|últimos|últimas)\s+(?:días?|semanas?|mes(?:es)?|noches?)\s+de\b",
    re.IGNORECASE,
)
"""A time told as the start or end of a span ("on the first day of his second term", "dans les
premiers jours de la guerre", "in den ersten Tagen", "el último día de campaña"): it answers "When did
Trump sign the order?", which was declined for want of a date."""

_ONE_IN_IDIOMS = re.compile(r"\bone-(?:to-one|on-one|way|off|time|stop|sided|of-a-kind)\b", re.IGNORECASE)
"""English compounds whose "one" counts nothing ("one-to-one relationships", "a one-way trip"): read
as counts they answered "How many people has NASA sent to Mars?" and "How much did Comcast give?"."""


_CITY_AND_STATE = re.compile(
    r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|"
    r"Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|"
    r"Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C|Ont|Que|B\.C|Alta|Man|Sask|N\.S)\."
)
"""A town with its state or province abbreviated, as American and Canadian news write it ("the
Arlington, Va., trade group", "Linden, N.J.", "Brampton, Ont."): a place wherever it stands, with
no preposition before it. "Where is the trade group based?" was declined: the article offered no place."""
_ADDRESS_RUN = 4
"""Capitalised words a street's or a building's name may take after its number."""
_AFTER_AN_ADDRESS = frozenset("in on at near where which that and or was is has had for to from of with by".split())
"""Words that may follow an address; any other word after the name makes it a count's modifier:
"Some 200 U.S. military personnel", "20 Chinese students"."""


def _house_number(tokens: list[str], position: int) -> bool:
    """Whether the number at `position` is a house's number before its street's name ("the
    basement at 80 New York Avenue", "28 Liberty Street", a caption's "The basement at 80 New
    York."): digits before a run of capitalised words in the singular, not a month or a unit, that
    ends the sentence or a clause (`_AFTER_AN_ADDRESS`). Read as a count, "80" answered "How many
    shelters did New York have?"."""
    token = tokens[position]
    if not token.isdigit() or len(token) > 5:
        return False
    run = 0
    for word in tokens[position + 1:position + 1 + _ADDRESS_RUN]:
        if not word[:1].isupper():
            break
        lowered = fold(word.lower())
        if run == 0 and (lowered.endswith("s") or lowered in MONTHS_ANY_FORM
                         or any(lowered in units for units in UNITS.values())):
            return False
        run += 1
    following = tokens[position + 1 + run:position + 2 + run]
    return run > 0 and (not following or not following[0].islower() or following[0] in _AFTER_AN_ADDRESS)


_LABELLED_ONE = re.compile(r"\b\d{2,}(?=\s+[a-z]+(?:er|or)\s+(?:was|is|has|says)\b)")
"""A number of two digits or more before one person named by what they do, told of in the singular
("the 911 dispatcher was inundated", "the 311 operator says"): the number names a line or a
service, since a count of people takes the plural. Read as a count, it answered "How many people
called?". An adjective there ("25 senior trophies") is followed by its noun, not by a verb."""


def _labelled_ones(text: str) -> set[int]:
    """The positions of numbers naming a service before one person (`_LABELLED_ONE`); a unit
    ("a 10 meter dive") is a measure, left to `measures_in`."""
    return {position for position in _words_within(_LABELLED_ONE, text)
            if not any(fold(word.lower()) in units for word in words(text)[position + 1:position + 2]
                       for units in UNITS.values())}


def is_code(word: str) -> bool:
    """Whether a word with digits names something rather than counts (`_CODE`)."""
    return _CODE.match(word.lower()) is not None


def _headed_as_place(tokens: list[str], position: int) -> bool:
    """Whether the capitalised name opening at this word is a place by its head, its first word or
    a later one of it: "at the University of Oslo", "at the Kay Bailey Hutchison Convention Center"
    (a venue named after people, whose first words are no place)."""
    for token in tokens[position:position + LONGEST_PLACE_NAME]:
        if fold(token.lower()) in _PLACE_HEADS_EN:
            return True
        if not token[:1].isupper():
            return False
    return False


def offers(language: Language, text: str) -> dict[str, frozenset[str]]:
    """For each kind of answer, the (stemmed, accent-free) words of the sentence that could be one.
    A day's and a month's number count as no number ("Dresden, 08.06.2015", "am 2. Oktober"): a
    dateline answered "Wie viele Dresdner gingen zur Wahl?"."""
    tokens = words(text)
    dated = _words_within(_NUMERIC_DATE, text) | _words_within(_DAY_OF_A_SPAN, text)
    codes = _words_within(_HYPHENED_CODE, text) | _words_within(_ONE_IN_IDIOMS, text)
    if language.code == "en":
        codes |= _labelled_ones(text) | {i for i in range(len(tokens)) if _house_number(tokens, i)}
    codes |= dotted_ordinals(language.code, text)
    magnitudes = _MAGNITUDES.get(language.code, frozenset())
    days = relative_days(language.code)
    found: dict[str, set[str]] = {kind: set() for kind in (*KINDS, NAMED_PLACE)}
    for position, token in enumerate(tokens):
        lowered = fold(token.lower())
        stem = language.stem(lowered)
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        clock = at_clock(tokens, position)
        if (YEAR.match(lowered) or is_calendar_word(token) or CLOCK.match(lowered) or lowered in days or clock
                or is_time_of_day(language.code, token)
                or is_season_or_day_part(language.code, token, tokens[position - 1] if position else "")):
            found["date"].add(stem)
        elif lowered in MONTHS_ANY_FORM and token[0].isupper() and following[:1].isdigit():
            found["date"].add(stem)  # a month's short form before a day: "Feb. 14"
        elif relative_period(lowered, tokens[position - 1] if position else ""):
            found["date"].add(stem)
        elif lowered in _TOLD_FROM_ANOTHER and position and fold(tokens[position - 1].lower()) in UNITS["duration"]:
            found["date"].add(stem)  # "a year later": when, told from another time
        after_month = position > 0 and fold(tokens[position - 1].lower()) in MONTHS_ANY_FORM
        if position in dated or (is_number(lowered) and day_before_month(tokens, position)):
            found["date"].add(stem)
        elif lowered.isdigit() and fold(following.lower()) in _CENTURIES_AFTER_AN_ORDINAL:
            found["date"].add(stem)  # "Mitte des 20. Jahrhunderts"
        elif (
            is_number(lowered) and not YEAR.match(lowered) and not after_month and not ORDINAL.match(lowered)
            and not is_code(lowered) and position not in codes and not HOURS.match(lowered)
            and not clock and not labelled(tokens, position) and not one_as_pronoun(tokens, position)
            and not an_age(tokens, position)
            and not once_as_conjunction(language.code, tokens, position)
        ) or lowered in magnitudes:
            found["number"].add(stem)
        # A capitalised word, but not a run of capitals such as a table's "LOWE'S COMPANIES INC.",
        # nor a month or a day ("in September" names no one and no place).
        if (
            token[0].isupper() and len(token) > 1 and position > 0 and not (token.isupper() and len(token) > 5)
            and lowered not in MONTHS_ANY_FORM
        ):
            found["name"].add(stem)
            before = tokens[position - 1].lower()
            if YEAR.match(before) and position > 2 and tokens[position - 2].lower() == "the":
                before = tokens[position - 3].lower()  # "at the 2019 Los Angeles Auto Show"
            elif before in _REGION_WORDS and position > 1:
                before = tokens[position - 2].lower()
            if before in PLACE_WORDS or fold(before) in VENUES or (
                (before in _PLACE_ARTICLES or (before == "the" and _headed_as_place(tokens, position)))
                and position > 1 and tokens[position - 2].lower() in PLACE_WORDS
            ) or _published_in(tokens, position):
                found["place"].add(stem)
        if is_place_name(language.code, token) and lowered not in MONTHS_ANY_FORM and (
            not following[:1].isupper() or is_place_name(language.code, following)
        ):
            # "The storm flooded Galway", "Kabul wurde angegriffen"; not a longer name opening with a
            # place's ("Lena Vasquez", the Lena a river).
            found[NAMED_PLACE].add(stem)
        if lowered in _CAUSE_WORDS and not (lowered == "so" and _of_degree(following)) and not (
            lowered == "since" and _since_of_time(text)
        ) and not (lowered == "due" and not _due_to_something(tokens, position)):
            found["cause"].add(stem)
    if language.code == "en":
        found["place"].update(language.stem(fold(tokens[i].lower())) for i in _words_within(_CITY_AND_STATE, text))
    if language.code == "en" and times_ahead(text):
        found["date"].add("ahead")  # "expected to run out in some 15 years"
    found["score"].update(re.sub(r"\s", "", score.group()).replace("–", "-") for score in SCORE.finditer(text))
    found["frequency"].update(fold(match.group().lower()) for match in FREQUENCY.finditer(text))
    found["hashtag"].update(match.group().lower() for match in HASHTAG.finditer(text))
    if _quotes_a_statement(text):
        found["cause"].add('"')
    if _CAUSE_CLAUSE.search(text):
        found["cause"].add(",")
    if _CAUSE_PHRASE.search(text) or PUNISHED_FOR.search(text) or (
        language.code == "en" and (_CAUSE_AS.search(text) or _OVER_WHAT.search(text) or _REASON_PHRASE_EN.search(text)
                                   or _WHEN_TIMES_WERE.search(text))
    ):
        found["cause"].add("->")
    if ALIAS_GIVEN.search(text):
        found["alias"].add("as")
    for measure, numbers in measures_in(text, is_number).items():
        # An indefinite quantity ("a year") stays as written, for the ranking to tell it from a number.
        found[measure].update(number if number in INDEFINITE else language.stem(number) for number in numbers)
    return {kind: frozenset(stems) for kind, stems in found.items()}
