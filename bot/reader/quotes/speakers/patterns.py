"""The patterns, word lists and limits attribution reads, besides the per-language words of
`bot.reader.quotes.lexicon`: kept apart so every rule module can share them without importing another's rules."""

from __future__ import annotations

import re

from bot.reader.quotes.lexicon import ARTICLES, DE_CONTRACTIONS, DE_DETERMINERS, DEFINITES, INDEFINITES, POSSESSIVES


_OPINION = re.compile(
    r"\W*(?:(?:but|mais|pero|aber|and|et|y|und)\s+)?(?:a (su) (?:juicio|entender)|en (su) opinión"
    r"|para (él|ella)|à (son) avis|[àa] (ses) yeux|a (sus) ojos|(seiner|ihrer) (?:ansicht|meinung|auffassung) nach"
    r"|nach (seiner|ihrer) (?:ansicht|meinung|auffassung)|in (his|her) (?:view|opinion)"
    r"|desde (su) (?:visión|punto de vista|perspectiva)|de (son) point de vue|(según) (?:entiende|cree|considera))\s*,?\s",
    re.IGNORECASE)
"""Phrases opening a sentence with someone's view (`a su juicio`, `à son avis`, `in her view`, `desde su visión`,
`según entiende`)."""
_ROLE_ENDING = re.compile(r"(?:eur|euse|trice|iste|ien|ienne|aire|ador|adora|ista|ario|aria|experto|experta|experte|ólogo|óloga|ologue|ora)$")
"""How French and Spanish nouns for what someone does end (`négociateur`, `historienne`, `la experta`, `la psicóloga`,
`la consultora`; `portavoz` aside)."""
_DEMONSTRATIVES = frozenset("celle celui celles".split())
"""French demonstrative pronouns some stop-word lists lack: `Celle du Cinquième livre précise` names no one."""
_DEMONSTRATIVE_OPENERS = frozenset("this these those that cette ces cet ce esta estas este estos esa esas ese esos "
                                   "diese dieser dieses diesem diesen".split())
"""Demonstratives opening a sentence about the words just quoted (`Cette phrase de…`, `These remarks by…`)."""
_REMARKS = frozenset("""remark remarks comment comments statement propos déclaration déclarations paroles
declaraciones declaración comentario comentarios äußerung äußerungen aussage zitat citation cita quote""".split())
"""Nouns for words someone said, beside `SAYINGS`, that a demonstrative points back with."""
_ROMANCE_ARTICLES = frozenset("le la les el los las del al du au".split())
"""French and Spanish definite articles, alone or merged with a preposition, that never stand before a person's name."""
_PLACE_OR_BODY_BEFORE = frozenset({"en"})
"""French and Spanish words after which capitalised words name a place or a body (`en Costa Rica`, `la Universidad
Paulo Freire`), never a person."""
_STUDIES = frozenset("""carrera licenciatura grado maestría máster doctorado facultad estudios año curso asignatura
licence master doctorat faculté études année cours""".split())
"""French and Spanish nouns for a course of study, after which `de`, `en` and capitalised words name a field
(`su carrera de Ciencias Políticas`, `tercer año de Ingeniería Civil`), never a person."""
_EPONYM_KINDS = frozenset("""universidad instituto colegio escuela fundación hospital museo estadio aeropuerto teatro liceo
université institut lycée collège école fondation hôpital musée stade aéroport théâtre""".split())
"""French and Spanish kinds of places and institutions named after someone (`la Universidad Paulo Freire`, `le
lycée Victor Hugo`): the name after them is the institution's; a post's body (`presidente del Gobierno Pedro
Sánchez`) is no such kind."""
_TURN_PREPOSITIONS = frozenset("pour por de à a for on".split())
"""Prepositions of a phrase saying whose turn it is (`pour sa part`, `de son côté`, `por su parte`, `for his
part`), which may stand between an inverted verb and its subject."""
_WITH = frozenset("with in by con en por mit avec par".split())
"""Prepositions that open a sentence about how words just quoted were said (`Con esas palabras ha descrito X…`)."""
_MAX_SAYING_AT = 3
"""The noun for the words comes within this many words of the demonstrative (`Cette petite phrase`)."""
_DATELINE = re.compile(
    r"^\s*(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,2}[A-ZÀ-Ý][\w'’.-]*(?:\s*\([^)]{1,30}\))?"
    r"(?:,\s*(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,2}[A-ZÀ-Ý][\w'’.-]*)?\s*[—–]\s+")
"""A dateline opening a paragraph (`Grenoble, France — `, `Weilheim – `, `Kassel (Deutschland) – `): where
the story was written, no subject of the sentence it opens."""
_OPEN_ASIDE = re.compile(r"^\s*\((?=[^()]*$)")
"""A parenthesis opening the words before a quotation and not closed there: an aside, whose words attribute."""
_OPENING_CONJUNCTION = re.compile(r"^\s*(?:But|And|Yet|Mais|Et|Pero|Y|Aber|Und)\s+(?=[A-ZÀ-Ý]|[a-zà-ÿ]+\s+[A-ZÀ-Ý])")
"""A conjunction opening the sentence before a capitalised word or a role before one (`But Andrew
Bacevich, an expert, said…`, `But neighbour Zibulka picks up the story:`): no part of the subject,
which attribution reads from the sentence's start."""
"""Conjunctions that, after a comma, open a clause with a subject of its own."""
_PRONOUN_GENDERS = {"he": "m", "his": "m", "she": "f"}
"""English pronouns that say whether a person named before is a man or a woman (`her` may be someone else's)."""
_NO_PERSON_BEFORE = frozenset("the a an in our your my their its".split())
"""English words a person's name does not follow, unless a post comes between (`the Apple CEO Tim Cook`): an article,
`in`, or a possessive that owns a thing (`read our Privacy Notice`); `his` and `her` may own a title (`His Honour`)."""
_OF = frozenset("de d' d’ of von del".split())
"""Words between a writing and its author (`une lettre de`, `a letter of`, `ein Brief von`)."""
_WHERE = frozenset("à au aux at in en dans nach aus".split())
"""Prepositions of the place someone lives, studies or works (`étudie les lettres à Saint-Denis`)."""
_RELAYING_VERBS = frozenset({"reported"})
"""Reporting verbs that, before their subject, name whoever passes the words on, not who said them
(`'…,' reported Lehigh Valley Live`); after it they attribute (`“…,” Abernathy reported`)."""
_WHEN = frozenset("""lundi mardi mercredi jeudi vendredi samedi dimanche hier soir matin lunes martes miércoles
jueves viernes sábado domingo ayer noche tarde""".split())
"""Words of when, which French and Spanish put between a reporting verb and its subject (`a déclaré lundi soir
le ministre`, `dijo ayer el presidente`)."""
_THIS = frozenset("this ce cet cette este esta dieser diese dieses".split())
"""Demonstratives that point back to something just named (`según esta revista`, `selon ce journal`)."""
_OTHER = frozenset("another otro otra autre anderer andere".split())
"""Words that introduce a role the way an article does (`said another witness, Fiona Hill`)."""
_DETERMINERS = frozenset(ARTICLES) | INDEFINITES | DEFINITES | DE_DETERMINERS | POSSESSIVES | _THIS | _OTHER
"""Words that open a noun phrase without being part of a name: `the`, `this`, `seine`; not `New` of `New Zealand`."""
_ADVERB_ENDINGS = ("ement", "emment", "amment", "mente")
"""How French and Spanish adverbs end (`Officiellement`, `Finalmente`): opening a sentence, no part of a name."""
_EN_ADVERB_ENDINGS = ("edly", "ally", "ously", "ently", "antly", "ately", "licly")
"""How English adverbs that may stand between a speaker and the verb end (`allegedly`, `publicly`); not
`-ily`, which `family` ends with too."""
_OBJECT_RELATIVES = frozenset("that what que qui".split())
"""Words opening a relative clause whose subject may follow them (`a report that Kilian described as`, `in what
host Tom Bergeron described as`); not the German ones, which are articles too."""
_OWNED_BY = re.compile(r"-(?:owned|based|led|backed|run|controlled|funded|linked)$")
"""A capitalised adjective of ownership or place before a body's noun: it does not name the body."""
_PLURAL_VERBS = frozenset("have are were".split())
"""English verbs that show a plural subject, which a British text gives a body (`Big Machine have denied`)."""
_PLURAL_ARTICLES = frozenset("les des ces".split())
_IMPERSONAL = re.compile(r"\b(?:se\s+(?:ha\s+|había\s+)?(?:dice|dijo|decía|dicho|cuenta|contaba)|on\s+(?:a\s+|avait\s+)?"
                         r"(?:dit|disait|raconte|racontait)|it\s+(?:is|was|has\s+been)\s+said|man\s+(?:sagt|sagte|erzählt)"
                         r")\s+(?:que|qu['’]|that|dass)\b[^,;:]*$", re.IGNORECASE)
"""`Se dice que…`, `on dit que…`, `it is said that…`: words the story gives no one, right before the quotation."""
_POINTING_BACK = frozenset("that this such those these c ce telle tels así eso esa esas esos das dies diese so".split())
"""Words opening a sentence that points back at the words just quoted (`That's the view of…`, `C'est…`)."""
_RECORDS = frozenset("""diary log minutes chronicle register journal chronique registre procès-verbal diario
bitácora crónica acta actas registro tagebuch logbuch protokoll chronik""".split())
"""Records kept by no one in particular: quoted as a source, they name no speaker."""
_GERUND = re.compile(r"(?:ant|ando|iendo|ing)$")
_ROMANCE_GERUNDS = ("ant", "ando", "iendo")
"""A present participle or gerund (`estimant`, `añadiendo`, `adding`)."""
_THAT = frozenset("que qu' qu’ that dass".split())
"""Words that open reported speech after a verb."""
"""French plural determiners: `par les autorités` is the agent of a passive, `par la suite` may be time."""
_BUT = frozenset("but though although mais pero aunque aber sondern obwohl".split())
"""Conjunctions that join a second verb to a clause's subject, besides `and`."""
_LATTER_PHRASES = {("ce", "dernier"): "m", ("cette", "dernière"): "f", ("este", "último"): "m",
                   ("esta", "última"): "f"}
"""Two-word forms of `the latter` that may open a participle clause (`ce dernier précisant que « … »`)."""
_PASSIVE = re.compile(r"été|been|sido|is|are|was|were|est|sont|fut|furent|es|son|era|eran|fue|fueron|wird|wurde|wurden")
"""Auxiliaries of a passive (`a été décrite`, `was described`, `fue calificado`, `wurde … bezeichnet`)."""
_PARTICIPLE = re.compile(r"(?:[éiu]e?s?|ed|ad[oa]s?|id[oa]s?|[tn]e?s?|ise?s?)$")
"""How a past participle ends, roughly, in the four languages."""
_SINGLING_OUT = frozenset("notamment surtout especially particularly insbesondere allem especialmente todo".split())
"""Words that single out one of those just named (`l'écurie et notamment Jean Dupont`, `vor allem`)."""
_DE_PLURAL_ENDINGS = ("e", "en", "n", "s", "er")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
"""A plural of an abbreviation (`GCSEs`, `NGOs`, `MPs`): many of a kind, never one speaker."""
_BECOMING = frozenset("become became becomes becoming devenir devenu devenue devient".split())
"""Verbs whose capitalised complement is a post taken (`to become Chief Whip`), not a person."""
"""Endings German adds to a noun in the plural or another case (`Text` -> `Texte`, `Texten`)."""
_ADDRESSEES = {"en": frozenset({"to"}), "de": frozenset("an zu gegenüber".split()),
               "fr": frozenset("à au aux".split()), "es": frozenset("a al".split())}
"""Prepositions for whom words were sent or said to (`schickt eine Nachricht an Fichtner und Geyer`)."""
MASK = "▮"
"""Stands in for quoted characters, so the words of a quotation never look like an attribution."""
TERM = "▯"
"""Stands in for a quoted term (`'Doggie'`, a title, a scare quote): a word of its clause, which goes
on past it (`hacer el partido "espectacular" y que sería "…"`), not a quotation that ends one."""
WRITER_SUBJECTS = {"en": frozenset({"I"}), "de": frozenset({"ich", "Ich"}), "fr": frozenset({"je", "Je", "j'", "J'", "j’", "J’"}),
                   "es": frozenset({"yo", "Yo"})}
"""The first person singular as a subject, per language: the writer of a column speaking of themself."""
YEAR_DIGITS = 4
"""A number of four digits before a name is a year (`Seit 2005 Kanzlerin Angela Merkel`), any other a quantity."""
MAX_PARTICLES = 3
"""Lower-case words a surname may open with (`von der`, `de la`, `van den`)."""
PRONOUN_LOOKBACK = 5
"""Sentences searched backwards for the person a he/she stands for."""
MAX_SUBJECT_TOKENS = 12
"""A subject longer than this before a reporting verb is a clause, not the speaker."""
SPELLING_MIN_LETTERS = 6
"""Shortest surname read as another spelling of one the text gave in full (`Gadaffi`, `Gaddafi`)."""
SPELLING_RATIO = 0.85
"""Letters two spellings of one surname share at least (difflib's ratio: `Gadaffi`/`Gaddafi` 0.86)."""
MAX_NAME_TOKENS = 5
"""Words of a name with its title before the comma of an apposition (`Dr. Luz Contreras Arroyo,`)."""
INTERVIEW_QUOTES = 4
"""Quotations (sentences) one speaker has said before a story counts as an interview with them."""
MAX_APPOSITION = 25
"""Words of a description set off by commas after the speaker's name."""
MAX_APPOSITIONS = 3
"""Appositions set off by commas passed between a relative clause and the person it hangs on."""
MAX_NAME_PHRASE = 8
"""Words in one comma-separated piece of a subject (`US Secretary of State John Kerry` is six)."""
MAX_SPELT_WORDS = 10
"""Words before an acronym in parentheses searched for the name it stands for, when it skips some."""
MAX_ROLE_WORDS = 8
"""Words in a role taken from an apposition (`the US special representative on North Korea`)."""
_NOBODY = ("nobody", "")
_ONE_OF_MANY = re.compile(
    r"(?:^|[\s,;])(?i:l['’]une?|one|uno|una|einer|eine)\s+(?i:des|of\s+the|de\s+los|de\s+las|der)\s+[^\s,;:A-ZÉ]+"
    r"(?:\s+[^\s,;:A-ZÉ]+)*\s*:\s*$")
"""A clause that a colon ends and one of several opens, with no name in it (`Et l'un des avocats de la défense de lui
répliquer :`, `one of the officers shouted:`): someone the story leaves unnamed speaks."""
_ANONYMOUS = re.compile(
    r"\b(?:asked|declined|requested|wished|wanted|preferred|did\s+not\s+want|didn['’]t\s+want)\s+(?:not\s+)?to\s+be\s+"
    r"(?:named|identified)\b|\bon\s+(?:the\s+)?condition\s+of\s+anonymity\b|\bspeaking\s+anonymously\b"
    r"|\bsous\s+(?:le\s+)?couvert\s+de\s+l['’]anonymat\b|\b(?:requis|demandé|souhaité\s+garder)\s+l['’]anonymat\b"
    r"|\b(?:nicht\s+(?:namentlich\s+)?genannt\s+werden|anonym\s+bleiben)\s+(?:will|möchte|wollte|wolle)\b"
    r"|\b(?:pidió|solicitó|prefirió\s+mantener)\s+(?:el\s+)?anonimato\b|\bbajo\s+(?:condición\s+de\s+)?anonimato\b",
    re.IGNORECASE)
"""A source the story keeps unnamed by request (`One, who asked not to be named, said:`, `sous couvert de
l'anonymat`, `der nicht genannt werden will`, `que pidió el anonimato`): no one it can name said it."""
ANONYMOUS_REACH = 120
_PSEUDONYM = re.compile(
    r"\b([A-Z][\w’'-]+)\s*\((?:not\s+(his|her|their)\s+real\s+name|(his|her)\s+name\s+(?:has\s+been\s+)?changed"
    r"|name\s+(?:has\s+been\s+)?changed|a\s+pseudonym|(?:nom|prénom)\s+(?:d['’]emprunt|modifié)|Name\s+geändert"
    r"|nombre\s+ficticio)\)")
"""A person the story names by a first name it says is not their own (`Dan (not his real name), a 19-year-old
student`, `Léa (prénom modifié)`, `Anna (Name geändert)`): someone, though one word names them."""
"""How far into the words after a quotation its attribution may state that (`“…,” said one official, who …`)."""
"""An attribution that names no one (`a spokesman said`): stop looking, the article doesn't say."""

_OBJECT_PRONOUNS = frozenset("lo la le l' l’ es it".split())
"""What `as` a speaker put it stands for, before the verb in Romance languages (`como lo describió`)."""

ROLE_MENTIONS = 3
"""Mentions with a definite article that make a role the name a story gives someone (`der Doktor`)."""
_ROLE_ARTICLES = frozenset("the le la der die das den dem des el".split())
"""Definite articles before a role (`der Doktor`, `the Doctor`, `den Doktor`)."""

_OBJECT_CLITICS = frozenset("le les lo la los las me te se nos os".split())
"""Spanish object pronouns before a verb (`le dijo`): no subject, the verb's own is left out."""

_CLAUSE_BREAK = re.compile(r"[,;:()“”«»„\"—–]")
"""What ends the clause a title before a name stands in."""
_COMPLEMENTS = frozenset("of for de du des del von vom".split())
_FR_COMPLEMENTS = frozenset("du des".split())
_NOBLE_TITLES = frozenset("""marqués marquesa duque duquesa conde condesa vizconde barón baronesa marquis marquise duc
duchesse comte comtesse vicomte baron baronne""".split())
_DATE_WORDS = frozenset("im am in on en de of el le since seit desde depuis bis until hasta jusqu'en".split())
_DOCUMENT_PARTS = frozenset("""artículo artículos texto cláusula preámbulo article articles texte clause préambule artikel
text klausel präambel""".split())
_DOCUMENTS_NAMED = frozenset("""ley tratado convención constitución carta estatuto código loi traité convention charte statut code
gesetz vertrag verfassung satzung act treaty charter statute""".split())
_GENERIC_BODIES = frozenset("behörde stadt gemeinde firma organisation verwaltung einrichtung".split())
"""German nouns for a body of any kind, which stand for the one the text just named (`ein Sprecher der Behörde`)."""
_WINNERS = frozenset("lauréat lauréate winner laureate preisträger preisträgerin ganador ganadora premiado premiada".split())
_PRIZE = re.compile(r"\b(?:prix|prize|award|preis|premio|médaille|medal|medaille|medalla)\b", re.IGNORECASE)
_POSSESSIVE_RELATIVES = frozenset("cuyo cuya cuyos cuyas dont whose dessen deren".split())
_DE_AFTER_VERB = frozenset("sich der die das ein eine".split())
_DE_PREPOSITIONS = frozenset("""seit ab trotz wegen neben statt laut dank binnen gemäß entlang innerhalb außerhalb
angesichts seitens mangels infolge""".split())
"""German prepositions the stop-word list lacks: opening a sentence (`Seit Samstagnachmittag wurde…`), no first name."""
_DE_ADJECTIVE = re.compile(r"(?:lich|isch|ig|bar|sam|haft)(?:e|en|er|es|em)$")
"""An inflected German adjective (`Ähnliche Probleme bereitet…`, `Zahlreiche Gäste`): opening a sentence before a
noun, it is no first name, which never takes these endings."""
_DE_FINITE = frozenset("soll will hat hatte habe ist war wird wurde kann konnte muss musste darf durfte möchte".split())
"""Prepositions joining a title to what it is of, before a name (`ministre de l'Intérieur Gérald Darmanin`)."""
_MAX_COMPLEMENT = 3
"""Words of a title's complement: the preposition, an article, one capitalised word."""
_MAX_QUALIFIERS = 3
"""Words qualifying a title before it (`former Democratic presidential candidate`)."""
_FINITE = frozenset("""is was are were has had have been es era fue son está están ha han est était sont ont ist war
sind hat haben wurde""".split())
"""Verbs that make a piece after a name a clause, not a role (`the man had suffered`, `el problema es de fondo`)."""
_VERB_CONTEXT = frozenset("to will would can could should may might must shall do does did i we they you".split())
"""Words after which a role noun is a verb (`will host`, `to judge`)."""

_BY = "⟨by⟩"
"""Token that `according to`, `selon`, `según`... become: the speaker follows it."""


_ROLE_PIECE = re.compile(r"[^,;:()“”«»„\"]*")
"""An apposition runs to the next comma, bracket or quotation mark."""
_WRITING_OWNER = re.compile(r"\b([A-ZÀ-Ý][\w-]*(?: [A-ZÀ-Ý][\w-]*)*)(?:['’]s|s['’]) (\w+)")
"""A capitalised name in the possessive and the noun after it (`The Conservatives' letter`, `Reid's statement`)."""
_FR_PARTICIPLE = re.compile(r"[a-zà-ÿ]{3,}(?:é|ée|és|ées|i|it|u|us)")
"""A French past participle (`rapporté`, `écrit`, `soutenu`)."""
_PLURAL_SUBJECT = re.compile(r"\W*(?:The|These|Those|Les|Los|Las)\s+[a-zà-ÿ]+s\b")
"""A sentence opening with a plural description (`The experts also recommend…`): a group, not one person."""
_QUOTING = frozenset("zitierte zitiert quote quoted quotes cita citó citaba cite citait citent".split())
"""Verbs for a paper quoting someone (`zitierte der Daily Star …`): whose words it quotes speaks."""
_KIN = frozenset("""wife husband son daughter mother father brother sister widow widower grandmother grandfather
partner fiancée fiancé fiance spouse mom mum dad uncle aunt cousin nephew niece grandson granddaughter
stepmother stepfather stepson stepdaughter girlfriend boyfriend""".split())
"""Nouns for a relative, whose name may follow them (`Reid's wife Landra`)."""
_VIEW_OF = re.compile(r"(?:^|[,;]\s*)(?:(?:mais|pero|et|y)\s+)?(?:[Pp]our|[Pp]ara)\s+([^,;:()]{1,50}?)\s*,")
"""`Pour la syndicaliste,`, `para Hurtado,`: a view given as someone's, opening a clause and set off by a comma."""
_VIEW_OF_CLAUSE = re.compile(r"\b(?:[Pp]our|[Pp]ara|[Ff]ür)\s+(lui|elle|él|ella|ihn|sie|[A-ZÉ][\w'’-]+(?:\s+[A-ZÉ][\w'’-]+)+)"
                             r"\s[^.;:]*:\s*$")
"""`l'enseignement est pour lui une vocation :`, `confirme pour Mathilde Wattecamps que … :`, `Für Schulleiter
Salcher eh kein Thema:`: a view given as someone's in the clause that a colon ends, introducing the quotation."""
_ASKED_OPENING = re.compile(r"\s*(?:(?:When|After|Once|Lorsqu'|Cuando)\s*)?(?:asked|questioned|pressed|interrogée?s?|"
                            r"questionnée?s?|preguntad[oa]s?|cuestionad[oa]s?|gefragt)\b", re.IGNORECASE)
"""A sentence opening with the question someone was asked (`Asked whether…,`, `Interrogé sur…,`, `Gefragt, ob…`)."""
_OBJECT_RELATIVE = re.compile(r"(?:['’]s?)?\s*,\s*(?:(?:with|to|for|about|of|by|from|on|alongside)\s+)?whom\b")
"""`Johnny Depp, with whom she co-stars`, `Brad Pitt, whom she started dating`: right after a name, a clause of
which that person is the object; its subject, a pronoun, is someone else."""
_PARTY_STATE = re.compile(r"[DRI]-[A-Z][a-z]*")
"""An American politician's party and state after the name (`R-Neb.`, `D-Minn.`): no one's name."""
_TOKEN = re.compile(rf"{MASK}+|{TERM}+|[,;:()–—]|(?:[^\W\d_]\.){{2,}}|[^\W\d_][\w'’-]*(?:\+(?!\w)|\.(?=\s|$))?|\d[\w'’-]*")
_TOKENS_AND_BY = re.compile(rf"{re.escape(_BY)}|" + _TOKEN.pattern)
TOKENS_HELD = 4096
"""Texts whose tokens are kept (a sentence, a quote's surroundings): a few articles' worth."""
_ENDS_ASKING = re.compile("[?!][\"'’”»“«‹›]$")
"""A quotation that ends its sentence on a question or exclamation mark (German `»…!«` closes with `«`)."""
ATTRIBUTION_WORDS = 3
"""Words an attribution cut off after a question takes before its verb (`Jamie Silvonek wrote`)."""
_AGE_AFTER = re.compile(r"\s*(?:(?:\([^)]{1,20}\)\s*)?,\s*(\d{1,3})\s*[,.;)]|\((\d{1,3})\)"
                        r"|,\s*(?:[^\W\d][\w'’-]*\s+){0,3}?(?:de\s+)?(\d{1,3})\s+(?:ans|años)\b)")
"""An age right after a name: `Cheryl Silvonek, 54,`, `Jamie Silvonek (left), 14,`, `Anna Berg (45)`; in French
and Spanish in years, perhaps after the words of a role (`Lucas Ferrand, 24 ans,`, `Gérard Mattei, bijoutier
niçois de 58 ans,`, `Pablo Navarro, de 22 años,`)."""
_AGE_SET_OFF = re.compile(r"^\s*\(\d{1,3}\)|^,\s*\d{1,3}(?=,)")
"""An age right after a name, before the comma of a role: `Tim Stein (45), Pressesprecher`, `Anna Berg, 45, a nurse`."""
_AGED_IN_YEARS = re.compile(r"\b(\d{1,3}) (?:ans|años)\b")
"""`le joueur de 24 ans`, `el tenista de 22 años`: a French or Spanish description that states an age (its words
lower-cased, `de` dropped as a stop word)."""
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[A-Za-z.]+\s+){0,4}$")
"""An age a few words before a name: `20-year-old Army Spc Caleb Barnes`."""
_AGED = re.compile(r"(\d{1,3})-(?:year-old|[jJ]ährige[rn]?)$")
"""`the 14-year-old`: a description that states an age."""
ADULT_AGE = 20
"""`The teenager`, `the girl`: someone younger than this."""
_INITIALS = re.compile(r"(?:[^\W\d_]\.){2,}$")
"""Initials written together (`B.B.`, `J.R.R.`): one token, full stops kept, as the name is written."""
_ELIDED = re.compile(r"(?:[cdjlmnstCDJLMNST]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=[^\W\d_A-Z])")
"""French elision before a lower-case word, a word of its own (`l'avait` is `l'` + `avait`); before a
name it stays glued (`l'AFP`), so the name does not run into the next one (`à l'AFP Jean Dupont`)."""
_GLUED_DE = re.compile(r"[dD]['’][A-ZÀ-Þ]")
"""`d'Aquin`, `d’Estaing`: the French particle elided onto the capitalised word of a name."""
_FR_DEMONYM = re.compile(r"[A-ZÉ][a-zéèêëîïôûç]+(?:ais|aise|ois|oise|ien|ienne|ain|aine|ard|arde|éen|éenne|and|ande|onne|ol|ole)")
"""A French word for where someone is from (`Tarnais`, `Savoyarde`, `Italienne`, `Bretonne`, `Espagnol`), written
with a capital."""
_ELIDED_NAME = re.compile(r"^(?:[dlDL]['’])")
"""The elided article glued to a name (`l'Intérieur`, `d'Arnaud`)."""
_AGREEMENT = re.compile(r"(?<=[éiu])(?:e|s|es)$")
"""French participle agreement: `félicitée`, `réjouis`, `déclarées` are `félicité`, `réjoui`, `déclaré`."""
_INVERTED_PRONOUN = re.compile(r"(?:-t)?-(il|elle)$")
"""French inversion: `a-t-il déclaré`, `prévient-il`, `explique-t-elle`."""
_LOWER_COMPOUND = re.compile(r"[^\W\d_][^\W\d_A-ZÀ-Þ]*(?:-[^\W\d_A-ZÀ-Þ]+){2,}")
"""A capitalised compound of three parts or more whose later parts are lower case (`Day-by-day Schiff's…`,
`Step-by-step`): a sentence's first word, never a name's (`Jean-Pierre`, `Saint-Étienne`, `Aix-en-Provence`
capitalise their name parts). Two parts may open a body's name (`Evangelisch-methodistische Kirche`)."""
_READ_IN = re.compile(r"(?:peut|pouvait|lit|lisait)-on")
"""`peut-on lire dans`, `lit-on dans`: the quotation is read in a body's paper, named next or in focus."""
_WANTING = frozenset("querido quiso quisieron voulu voulut tenu tint".split())
"""Verbs of wanting before an infinitive of saying (`ha querido dejar claro`, `a tenu à préciser`)."""
_INFINITIVE = re.compile(r"(?:ar|er|ir|re)$")
_INFINITIVE_COMPLEMENTS = frozenset("claro constancia".split())
"""Words that complete a Spanish infinitive of saying (`dejar claro`, `dejar constancia`)."""
_MAX_INSERT = 3
"""Lower-case words that may stand between an auxiliary and its participle (`a pour sa part affirmé`)."""
_DE_LET = frozenset("ließ lässt ließen lassen".split())
_DE_LET_SAY = frozenset("wissen mitteilen verlauten ausrichten erklären".split())
"""`ließ … wissen`, `ließ … mitteilen`: German `lassen` with an infinitive of telling, which reports."""
_DE_OBJECTS = frozenset("den dem seinen seinem ihren ihrem ihnen uns".split())
"""German object forms that end the subject after `ließ` (`ließ der König seinen Sohn wissen`)."""
_REFLEXIVES = frozenset("se s' s’".split())
"""Reflexive pronouns: one right after a quotation opens a pronominal reporting verb (`se félicite`)."""
_ACRONYM_JOINERS = frozenset("and of for the und für der de des du la et y del".split())
"""Small words inside a body's name that its acronym skips (`Universities and Colleges…`, `Bundesamt für…`)."""
_SURNAME_JOINERS = frozenset({"y", "i"})
"""The words Spanish and Catalan join two surnames with (`Ortega y Gasset`, `Ferrer i Sala`): after a first
name and a surname, one capitalised word more is the second surname, not another person (`Pedro Sánchez y
Pablo Iglesias` are two)."""
_SINGULAR = {"women": "woman", "men": "man", "mothers": "mother", "fathers": "father"}
"""English plurals of gendered nouns, for `X is one of the first two women`."""

_REGNAL = re.compile(r"[IVXL]+|Ier|Ire|Iᵉʳ")
"""A regnal number after a pope's or a monarch's name (`Benoît XVI`, `Felipe VI`, `François Ier`)."""
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az)-[A-ZÀ-ÖØ-Þ]")
"""The article of an Arabic name, written lower case inside it: `Rami Abd al-Rahman`, `el-Sisi`."""

_DE_NOUN_MARKERS = DE_DETERMINERS | DE_CONTRACTIONS
"""German words a noun follows: articles and their contractions with a preposition (`zum`, `im`)."""


_ONE_OF = frozenset({("una", "de", "las"), ("uno", "de", "los"), ("l'une", "de", "celles"), ("l'un", "de", "ceux"),
                     ("l’une", "de", "celles"), ("l’un", "de", "ceux"), ("one", "of", "those")})
"""`una de las que`, `l'un de ceux qui`, `one of those who`: the relative clause says what the subject did."""
