"""Who said a quotation: reporting verbs, names and pronouns, without a parser or a model.

News attributions come in a handful of shapes: `“…,” Kim told reporters`, `“…,” said Sung Kim,
the US envoy`, `Kim said: “…”`, `According to Kim, “…”`, `„…“, sagte Merkel`, `« … », a déclaré
Macron`, and the pronoun forms of each (`“…,” she said`). We read the words right after and right
before the quotation (its own sentences, with every quotation blanked out by `MASK`), then the
neighbouring sentences. A surname is expanded to the full name the article introduced (the one
last written out in full when several people share it), titles are dropped (but `Prince Andrew`,
`Pope Francis`, called by one name, keep theirs where the quote is shown), and a pronoun goes to
the most recent person named before it, or to nobody when two people compete for it. A
description (`the attorney`, `la porte-parole`), `it said` and a Spanish verb without its subject
go to the speaker in focus; a body (`NASA`, `Tribunal de Justicia`, `ministère de l'Intérieur`)
speaks when no person is named, and `a spokesman for Acme` is Acme. A description that fits one
person only (`the 14-year-old`, `le graphiste` after `le graphiste portugais Miguel Neiva`) is that
person; an unnamed speaker (`the young woman said`) keeps the pronouns that follow. A quotation in a
sentence with no reporting verb belongs to the sentence's subject (`Mitt Romney se présentait comme
« … »`), and one a colon introduces with no one named to the subject of the sentence before (a
paragraph ending in `Er sagt:` introduces the next). Someone the article names by one word only
(`Tesla`, `Gregorig`) counts as a person once that word speaks or carries a title, and a role the
story keeps calling someone by with no name (`der Doktor`) is who speaks. In a dialogue or an
interview, a quotation after a dash is the other person's turn (`„…?“ – „…“`); `dieser`, `celui-ci`
is the person named last, not the one in focus; German `X zufolge` reads as `according to X`; `comme le
précise X` and `a déclaré à la presse X` have X after the verb, past whom it was said to. A ruling
or a statement quoted with no one named (`In dem Urteil heißt es:`, `recoge el fallo`) is the court or
body in focus, and `das Unternehmen`, `des Vorstands` the firm the story is about.
The role shown with a speaker is what the article calls them where it introduces them: an
apposition (`Sung Kim, the US envoy`, `…, said Scott Strenfel, PG&E's principal meteorologist.`) or
the title right before the name with the words that qualify it (`CPUC President Marybel Batjer`,
`Bayerns Wirtschaftsminister Hubert Aiwanger`, `le ministre de l'Intérieur Gérald Darmanin`).
The words these rules read, per language, are in `bot.reader.quotes.lexicon`.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence

from bot.reader.quotes.lexicon import (
    ABBREVIATED_TITLES,
    ADJECTIVE_ENDINGS,
    ADVERBS,
    AGENTS,
    ARTICLES,
    AS_WORDS,
    BODY_KINDS,
    ARTICLE_PARTICLES,
    CALENDAR,
    CLAUSE_OPENERS,
    CLITICS,
    CONJUNCTIONS,
    CONTRASTS,
    DEFINITES,
    DESCRIPTOR_ENDINGS,
    DE_COMPOUND_HEADS,
    DE_CONTRACTIONS,
    DE_DETERMINERS,
    DE_SHORT_ROLES,
    DE_ABSTRACT_ENDINGS,
    DE_BODY_ENDINGS,
    DE_COMPOUND_TITLES,
    DE_RELATIVE_PREPOSITIONS,
    DE_RELATIVES,
    DE_NOUN_ENDINGS,
    DE_PERSON_ENDINGS,
    DOCUMENTS,
    EN_NOT_ROLES,
    FR_ADJECTIVE_ENDINGS,
    FR_INSTITUTION_HEADS,
    SAYINGS,
    FR_NAME_LINKS,
    MAX_INSTITUTION_WORDS,
    EN_PARTICIPLES,
    EN_ROLE_ENDINGS,
    FEMALE_TITLES,
    GENDERED_NOUNS,
    HEAD_FINAL,
    HONORIFICS,
    IMPERSONAL,
    INDEFINITES,
    LEXICONS,
    Lexicon,
    MALE_TITLES,
    LOCATIVES,
    MANAGEMENT,
    MEDIA_KINDS,
    NAME_STOP_WORDS,
    NAME_JOINERS,
    NEUTER,
    OWNERS,
    OPENERS,
    ORGANISATION_WORDS,
    PARTICIPLE_ENDINGS,
    PLACE_NOUNS,
    PLURAL_SUBJECTS,
    PARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
    RECIPIENTS,
    RELATION_WORDS,
    RELATIVES,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPOKESPEOPLE,
    SPOKESPERSON_ENDINGS,
    STYLE_TITLES,
    STATEMENTS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    SUFFIXES,
    TITLE_ARTICLES,
    TITLE_WORDS,
    TOPIC_WORDS,
    VOICES,
    WRITINGS,
    YOUNG_NOUNS,
    WORD_FIRST_NAMES,
    NAME_SUFFIXES,
)
from bot.reader.text.document import Document, Sentence

_OPINION = re.compile(
    r"\W*(?:(?:but|mais|pero|aber|and|et|y|und)\s+)?(?:a (su) (?:juicio|entender)|en (su) opinión"
    r"|para (él|ella)|à (son) avis|[àa] (ses) yeux|a (sus) ojos|(seiner|ihrer) (?:ansicht|meinung|auffassung) nach"
    r"|nach (seiner|ihrer) (?:ansicht|meinung|auffassung)|in (his|her) (?:view|opinion))\s*,?\s",
    re.IGNORECASE)
"""Phrases opening a sentence with someone's view (`a su juicio`, `à son avis`, `in her view`)."""
_ROLE_ENDING = re.compile(r"(?:eur|euse|trice|iste|ien|ienne|aire|ador|adora|ista|ario|aria)$")
"""How French and Spanish nouns for what someone does end (`négociateur`, `historienne`, `portavoz` aside)."""
_DEMONSTRATIVES = frozenset("celle celui celles".split())
"""French demonstrative pronouns some stop-word lists lack: `Celle du Cinquième livre précise` names no one."""
_DEMONSTRATIVE_OPENERS = frozenset("this these those that cette ces cet ce esta estas este estos esa esas ese esos "
                                   "diese dieser dieses".split())
"""Demonstratives opening a sentence about the words just quoted (`Cette phrase de…`, `These remarks by…`)."""
_REMARKS = frozenset("""remark remarks comment comments statement propos déclaration déclarations paroles
declaraciones declaración comentario comentarios äußerung äußerungen aussage""".split())
"""Nouns for words someone said, beside `SAYINGS`, that a demonstrative points back with."""
_MAX_SAYING_AT = 3
"""The noun for the words comes within this many words of the demonstrative (`Cette petite phrase`)."""
_OPENING_CONJUNCTION = re.compile(r"^\s*(?:But|And|Yet|Mais|Et|Pero|Y|Aber|Und)\s+(?=[A-ZÀ-Ý])")
"""A conjunction opening the sentence before a capitalised word (`But Andrew Bacevich, an expert, said…`):
no part of the subject, which attribution reads from the sentence's start."""
"""Conjunctions that, after a comma, open a clause with a subject of its own."""
_PRONOUN_GENDERS = {"he": "m", "his": "m", "she": "f"}
"""English pronouns that say whether a person named before is a man or a woman (`her` may be someone else's)."""
_NO_PERSON_BEFORE = frozenset("the a an in".split())
"""English words a person's name does not follow, unless a post comes between (`the Apple CEO Tim Cook`)."""
_OF = frozenset("de d' d’ of von del".split())
"""Words between a writing and its author (`une lettre de`, `a letter of`, `ein Brief von`)."""
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
_OBJECT_RELATIVES = frozenset("that que qui".split())
"""Words opening a relative clause whose subject may follow them (`a report that Kilian described as`);
not the German ones, which are articles too."""
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
_QUOTING = frozenset("zitierte zitiert quoted quotes cita citó citaba cite citait citent".split())
"""Verbs for a paper quoting someone (`zitierte der Daily Star …`): whose words it quotes speaks."""
_KIN = frozenset("""wife husband son daughter mother father brother sister widow widower grandmother grandfather
partner fiancée fiancé""".split())
"""Nouns for a relative, whose name may follow them (`Reid's wife Landra`)."""
_VIEW_OF = re.compile(r"(?:^|[,;]\s*)(?:(?:mais|pero|et|y)\s+)?(?:[Pp]our|[Pp]ara)\s+([^,;:()]{1,50}?)\s*,")
"""`Pour la syndicaliste,`, `para Hurtado,`: a view given as someone's, opening a clause and set off by a comma."""
_ASKED_OPENING = re.compile(r"\s*(?:(?:When|After|Once|Lorsqu'|Cuando)\s*)?(?:asked|questioned|pressed|interrogée?s?|"
                            r"questionnée?s?|preguntad[oa]s?|cuestionad[oa]s?|gefragt)\b", re.IGNORECASE)
"""A sentence opening with the question someone was asked (`Asked whether…,`, `Interrogé sur…,`, `Gefragt, ob…`)."""
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
_AGE_AFTER = re.compile(r"\s*(?:(?:\([^)]{1,20}\)\s*)?,\s*(\d{1,3})\s*[,.;)]|\((\d{1,3})\))")
"""An age right after a name: `Cheryl Silvonek, 54,`, `Jamie Silvonek (left), 14,`, `Anna Berg (45)`."""
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


class SpeakerFinder:
    """Attributes the quotations of one document, in article order (later ones lean on earlier)."""

    def __init__(self, document: Document, masked: dict[int, str]) -> None:
        self._sentences = document.sentences
        self._masked = masked
        self._language = document.language.code
        self._lexicon = LEXICONS.get(document.language.code, LEXICONS["en"])
        self._stop_words = document.language.stop_words | _DEMONSTRATIVES
        self._said: dict[int, str] = {}
        self._quoted_at = 0
        """The sentence whose quotation is being attributed: a description refers back from it."""
        self._unnamed_at: dict[int, str] = {}
        """Sentences quoting someone only described (`the young woman said`) -> the gender it shows, he or she."""
        self._gender: dict[str, str] = {}
        self._turns: tuple[str | None, str | None] = (None, None)
        """The speakers of the last two quotations, for a reply in a dialogue."""
        text_tokens = [_tokens(s.text) for s in self._sentences]
        self._text_tokens = text_tokens
        # `Microsoft President Brad Smith`: a word right before a post and the name holding it is a body
        self._post_owners = {tokens[k] for tokens in text_tokens for k in range(len(tokens) - 2)
                             if tokens[k][:1].isupper() and tokens[k + 1][:1].isupper() and tokens[k + 2][:1].isupper()
                             and self._is_title(tokens[k + 1]) and not self._is_title(tokens[k])}
        self._lower = {t for tokens in text_tokens for t in tokens if t[:1].islower()}
        self._capitalised_inside = {t for tokens in text_tokens for t in tokens[1:] if t[:1].isupper()}
        self._long_forms = _long_forms(text_tokens)
        # German capitalises every noun: one that follows an article somewhere, perhaps after its
        # adjectives (`die humanitäre Lage`), is a noun, not a name.
        self._nouns = {b for tokens in text_tokens for a, b in _after_determiners(tokens)
                       if b[:1].isupper()} if document.language.code == "de" else set()
        # Capitalised words the article also uses on their own: a place or a team, when glued to a name.
        self._alone = {
            tokens[start] for tokens in map(_tokens, masked.values()) for start, end in _runs(tokens) if end - start == 1
        }
        # Names the text writes after a capitalised `The` inside a sentence: a paper, a band, not a person.
        self._titled = {
            " ".join(tokens[start + 1:end]) for tokens in text_tokens for start, end in _runs(tokens)
            if start and tokens[start] == "The" and end - start > 2
        } if document.language.code == "en" else set()
        self._first_seen: dict[str, int] = {}
        """Each person's full name -> the sentence that introduced it; in article order."""
        article = document.article
        self._heading_names = {
            " ".join(tokens[start:end]) for tokens in (_tokens(article.paragraphs[k]) for k in article.headings
                                                       if k < len(article.paragraphs))
            for start, end in _runs(tokens) if 2 <= end - start <= 3 and not _is_organisation(tokens[start:end])}
        """Names of two or three capitalised words in the sub-headings, which name people the body may
        call by one word only (a list of people, each under a heading with their name)."""
        self._roles: dict[str, str] = {}
        self._styled: dict[str, str] = {}
        """People named by one name after a title they are called by -> that title and name (`Prince Andrew`)."""
        self._name_parts: set[str] = set()
        self._single_seen: dict[str, int] = {}
        """People named by one word -> the sentence where they first speak or are titled."""
        self._named_at: dict[str, list[int]] = {}
        """Each full name -> the sentences that write it out, so a shared surname goes to the latest."""
        for index in range(len(self._sentences)):
            for name in self._people_in(index):
                self._named_at.setdefault(name, []).append(index)
                if name not in self._first_seen:
                    self._first_seen[name] = index
                    self._introduce(name, self._sentences[index].text)
        self._ages: dict[str, int] = {}
        """People whose age the text gives (`Cheryl Silvonek, 54,`, `20-year-old Army Spc Caleb Barnes`)."""
        for person, indices in self._named_at.items():
            for index in indices:
                age = _age_at(person, self._sentences[index].text)
                if age is not None:
                    self._ages.setdefault(person, age)
        self._name_parts = {
            part for p in self._first_seen if " " in p for part in _core(p.split()) if part not in PARTICLES
        } | self._speaking_singles(text_tokens)
        self._by_word: dict[str, list[str]] = {}
        """Each word of a full name -> the full names it is part of, so a surname finds its people fast."""
        for person in self._first_seen:
            for word in set(person.split()):
                self._by_word.setdefault(word, []).append(person)
        for name, gender in list(self._gender.items()):
            # `M. Macron`, `Mme Binet` after `Emmanuel Macron`, `Sophie Binet`: the title tells the full name's
            # gender too, which a `he` or a `she` is matched against
            self._gender.setdefault(self._full_name(name), gender)
        for tokens in text_tokens:
            self._gender_from_predicate(tokens)
        for index in range(len(self._sentences)):
            self._gender_from_pronouns(index)

    def _gender_from_predicate(self, tokens: list[str]) -> None:
        """`Omar is one of the first two Muslim women elected to Congress`: a sentence that opens with a
        name and says what that person is, in a gendered noun, tells whether `he` or `she` is them."""
        runs = _runs(tokens)
        if not runs or runs[0][0] != 0 or tokens[runs[0][1]:runs[0][1] + 1] != ["is"] and \
                tokens[runs[0][1]:runs[0][1] + 1] != ["was"]:
            return
        name = " ".join(tokens[:runs[0][1]])
        if not self._is_person(self._full_name(name)):
            return
        for token in tokens[runs[0][1] + 1:runs[0][1] + 1 + MAX_NAME_PHRASE]:
            noun = _SINGULAR.get(token.lower(), token.lower())
            if token == "," or token.startswith(MASK):
                return
            if noun in GENDERED_NOUNS:
                self._gender.setdefault(self._full_name(name), GENDERED_NOUNS[noun])
                return

    def _gender_from_pronouns(self, index: int) -> None:
        """`Wiig hadn't any great sense of being funny when she was growing up`: an English sentence that
        opens with the one person it names and, outside quotations, says only `she` (or only `he`, `his`) and
        no `her` or `him` tells which that person is, so a `she says` later is not given to a man named nearer."""
        if self._language != "en":
            return
        tokens = _after_openers(_tokens(self._masked.get(index, self._sentences[index].text), self._lexicon))
        runs = _runs(tokens)
        people = self._people_in(index, singles=True)
        genders = {_PRONOUN_GENDERS[t] for t in tokens if t in _PRONOUN_GENDERS}
        if len(genders) != 1 or len(people) != 1 or not runs or runs[0][0] != 0 or {"her", "him"} & set(tokens):
            # `Hale … did not look at her as she spoke`: an object pronoun shows someone else of that sex near
            return
        name = self._full_name(people[0], index)
        if " " in name and self._full_name(" ".join(tokens[slice(*runs[0])]), index) == name:
            self._gender.setdefault(name, genders.pop())

    def _speaking_singles(self, text_tokens: list[list[str]]) -> set[str]:
        """People the article names by one word only (`Tesla`, `Neubauer`, `Gregorig`): a lone
        capitalised word right after a person's title (`Abg. Gregorig`, `Herr Thiers`), or right
        before or after a reporting verb (`Elway declaró`, `sagte Sali`), that is no common word,
        acronym, body or (in German) noun. Before the verb the word must open its clause (`wie dieser
        nach dem Schusse rief` has its subject further back), after it the verb must open one (`he
        said Indians needed` reports what others did); a word ending in s is a plural there, and a
        German verb in the plural (`Experten sagen`) speaks of many, not of one."""
        singles = set()
        for index, tokens in enumerate(text_tokens):
            for start, end in _runs(tokens):
                titled = end - start == 2 and self._is_title(tokens[start])
                if end - start != 1 and not titled:
                    continue
                word = tokens[end - 1]
                opens = not start or not tokens[start - 1][:1].isalpha() or tokens[start - 1].lower() in CONJUNCTIONS
                # `Danach sagte er`, `Dazu sagte Müller`: the subject follows the verb, the word before is none
                # `Kritischer äußerte sich die Juristin Sabine Koch`: German puts a reflexive or the subject's
                # article right after the verb when the word before it is no subject
                inverted = end + 1 < len(tokens) and (tokens[end + 1][:1].isupper()
                                                      or tokens[end + 1].lower() in self._lexicon.pronouns
                                                      or self._language == "de" and tokens[end + 1].lower() in _DE_AFTER_VERB)
                after = end < len(tokens) and self._is_verb(tokens[end]) and opens and not inverted
                # `Para ilustrar esta idea, Bassett centra su análisis… Afirma que…`: the subject (past the
                # sentence's first word, whose capital says nothing) of the sentence that a subjectless
                # reporting verb goes on from, in a pro-drop language, speaks
                after = after or (self._lexicon.pro_drop and start and opens and end < len(tokens) and tokens[end][:1].islower()
                                  and index + 1 < len(text_tokens) and bool(text_tokens[index + 1])
                                  and self._is_verb(text_tokens[index + 1][0]))
                # `„…“, sagte Sali`: an inverted verb right after a quotation or a comma
                before = start > 1 and self._is_verb(tokens[start - 1]) and not tokens[start - 2][:1].isalpha()
                plural = self._language == "de" and any(
                    tokens[k].endswith("en") for k in (start - 1, end) if 0 <= k < len(tokens) and self._is_verb(tokens[k]))
                if (titled or (after or before) and not plural and not word.endswith("s")) and self._lone_name(word):
                    singles.add(word)
                    self._single_seen.setdefault(word, index)
                    gender = _gender_of(tokens[start]) if titled else None
                    if gender:
                        self._gender.setdefault(word, gender)
        return singles

    def _lone_name(self, token: str) -> bool:
        """A capitalised word that can be a name on its own: not lower case anywhere in the article, not
        a stop word, an acronym, a month, a body's word, a title or a German noun."""
        lowered = token.lower()
        return (token[:1].isupper() and not token.isupper() and len(token) > 2 and lowered not in self._stop_words
                and lowered not in self._lower and lowered not in CALENDAR and lowered not in ORGANISATION_WORDS
                and lowered not in ADVERBS | OPENERS and not self._is_title(token) and token not in self._nouns
                and not _possessive(token) and token not in self._post_owners)

    def role(self, name: str) -> str | None:
        """What the article called the person when it introduced them (`US special representative`,
        `CPUC President`), or None when it gave no role it is sure of."""
        return self._roles.get(name)

    def shown(self, name: str) -> str:
        """The name as a reader calls the person: with the title they go by when the article gives them
        one name only (`Prince Andrew`, `Pope Francis`), the name itself otherwise."""
        return self._styled.get(name, name)

    def _introduce(self, name: str, text: str) -> None:
        """Note the role an apposition gives a person where the article first names them:
        `Sung Kim, the US envoy, met...` or `a spokesperson for Acme, John Doe, said`; and the
        gender its article shows (`la portavoz`, `die Sprecherin` is left alone: `die` is plural too)."""
        at = text.find(name)
        if at < 0:
            return
        role = None
        after = text[at + len(name):]
        before = text[:at].rstrip()
        title = before.split()[-1:]
        if len(_core(name.split())) == 1 and title and title[0].lower().rstrip(".") in STYLE_TITLES:
            self._styled[name] = f"{title[0][:1].upper()}{title[0][1:].rstrip('.')} {name}"
        if before.endswith(",") and after.startswith(",") and after[1:].split()[:1] != [] \
                and after[1:].split()[0].lower() not in ARTICLES:
            # `El capitán verdiblanco, Joaquín Ferrer, tampoco buscó…`: the name in apposition to the role
            # before it; what follows it is the sentence's predicate (unless an article opens it: `one of
            # the study authors, Owen Dempsey, a chest doctor at …`)
            role = self._role_from(before[:-1].rsplit(",", 1)[-1], start=False)
        if role is None and after.startswith(","):
            piece = _ROLE_PIECE.match(after, 1).group()
            closed = after[1 + len(piece):].startswith(",")
            first = piece.split()[0] if piece.split() else ""
            # `…par Christian Jacob, président du groupe UMP.`: French drops the article
            last = not after[1 + len(piece):].strip() and (
                first.islower() and first not in self._stop_words and not first.endswith(("ing", *PARTICIPLE_ENDINGS))
                or _possessive(first) and first[:1].isupper())  # `…, said Scott Strenfel, PG&E's principal meteorologist.`
            predicate = self._language == "en" and first.islower() and first.endswith("ed")
            if (closed or last or first.lower() in ARTICLES) and not predicate:  # `Kim, shifted his account`
                role = self._role_from(piece, start=True)  # `Kim, the envoy, met` / `…, said Kim, the envoy.`
        if role is None and before.endswith(","):
            role = self._role_from(before[:-1].rsplit(",", 1)[-1], start=False)
        if role is None and name not in self._styled:
            titled = self._title_role(text[:at])
            if titled:
                # `la chancelière Angela Merkel`, `el presidente X`: the article before the title shows the
                # gender (not in German, whose `der` is also a feminine dative: `von der Ministerin X`)
                head = text[:at].rstrip()
                preceding = head[:-len(titled)].split()[-1:] if head.endswith(titled) and self._language in ("fr", "es") else []
                role = (ARTICLES.get(preceding[0].lower()) if preceding else None, titled)
        if role:
            self._roles[name] = role[1]
            if role[0]:
                self._gender.setdefault(name, role[0])

    def _role_from(self, piece: str, start: bool) -> tuple[str | None, str] | None:
        """(gender shown by its article, role) from one comma-separated piece, if it is a role.

        A role names what someone is: short, with a common noun or a title in it (`Apple's CEO`), no
        verb, year or relative clause, not an age, not the next person (`President Obama`). Before the
        name (`start` False) it must hold an article, from which it is taken (`explicó la portavoz, Ana
        Ruiz`, `A lawyer for the victims, X`); after a phrase setting the scene (`Speaking at the
        Geneva motor show, X`) only a title or role noun makes it one."""
        tokens = piece.split()
        if tokens[:1] and tokens[0].lower() in CONJUNCTIONS:
            tokens = tokens[1:]  # `X y el líder de la oposición, Manuel Prieto,`: the second of two
        if not start:
            while len(tokens) > 1 and (self._language != "en" and tokens[0].lower() in self._lexicon.auxiliaries
                                       or self._is_verb(tokens[0])):
                tokens = tokens[1:]  # `« … », a déclaré le secrétaire général de la CGT, Laurent Brunet,`
            tokens = self._past_recipient(tokens)  # `dijo a Efe el presidente de la CEOE, Antonio Garamendi`
        elif tokens[:1] and tokens[0].lower() in OPENERS | PREPOSITIONS | {"lors"}:
            return None  # `…, Laurent Brunet, lors d'un rassemblement.`: when, not what he is
        # An article opens the piece or is written lower case: `Le Pen` holds none.
        articles = [k for k, t in enumerate(tokens) if t in ARTICLES or k == 0 and t.lower() in ARTICLES]
        scene = False
        if not start:
            if not articles:
                return None
            # `Speaking at … the Geneva motor show, Helmut Panke`, `In a statement from the family's attorney, X`
            scene = tokens[0].lower().endswith("ing") or tokens[0].lower() in OPENERS | PREPOSITIONS
            tokens = tokens[articles[0] if articles[0] == 0 else articles[-1]:]  # `A lawyer for the victims, X`
        if tokens and self._language != "en" and tokens[0].lower() in self._lexicon.auxiliaries:
            return None  # `Philippe Garnier, a appelé au…`: a verb, not the article `a`
        gender = ARTICLES.get(tokens[0].lower()) if tokens else None
        if tokens and tokens[0].lower() in ARTICLES:
            tokens = tokens[1:]
        words = [t.strip("'’\"") for t in tokens]
        if words:
            words[-1] = words[-1].rstrip(".!?…")
        if not 0 < len(words) <= MAX_ROLE_WORDS or words[0].lower() in RELATIVES:
            return None
        if any(self._is_verb(w) for w in words):
            return None
        if any(w.isdigit() or w.lower() in _FINITE for w in words):
            return None  # `in the lab of Wendy Garrett in 2011`, `the man had suffered`: a clause
        if self._language == "de" and words[-1][:1].islower() or self._language == "es" and any(
                w.islower() and w.endswith("ó") for w in words):
            return None  # `…, der strengere Regeln vorsieht`, `…, dedicó la victoria a su hija`: a clause
        if self._ends_in_someone(words):
            return None
        # `Apple's CEO` names a post, `Le Pen` does not; in German every noun is capitalised
        headed = self._language != "de" and any(self._role_head(w) for w in words)
        # `Klaus Berger, Politiker der Grünen, …`, `Petra Holz, Juristin an der Universität Kiel`: a German
        # role opens with a person's noun
        headed = headed or self._language == "de" and (
            words[0].lower().removesuffix("in").endswith(DE_PERSON_ENDINGS) or words[0].lower() in DE_SHORT_ROLES)
        if scene and not headed:
            return None  # a scene-setting phrase ends in a role only if it names one: not `the Geneva motor show`
        if not headed and not any(w[:1].islower() and w.lower() not in self._stop_words for w in words):
            return None
        return gender, " ".join(words)

    def _ends_in_someone(self, words: list[str]) -> bool:
        """Whether a piece ends in a title and a name, someone else than the person it follows:
        `Patrick Simmons, singer-keyboardist McDonald,`, `…, President Obama,`, `his former boss Bernard
        Ebbers`; a title alone (`Vice President`) is not."""
        if len(words) < 2 or not words[-1][:1].isupper() or self._role_head(words[-1]):
            return False
        named = next((k for k in range(len(words) - 1, -1, -1) if not words[k][:1].isupper()), -1) + 1
        return self._role_head(words[-2]) or named > 0 and self._role_head(words[named - 1])

    def _title_role(self, before: str) -> str | None:
        """The title right before a name where the article introduces someone, with the few words
        that qualify it: `CPUC President`, `England skipper`, `PG&E's CEO`, `former chief executive`,
        `Bayerns Wirtschaftsminister`, `ministre de l'Intérieur`, `Secretary of State`. `before` is
        the sentence up to the name; only its last clause counts, and a verb, a stop word or a date
        ends the qualifiers, so a role is never a clause. An honorific (`Mr`, `Dr.`) is no role."""
        clause = _CLAUSE_BREAK.split(before)[-1]
        words = clause.split()
        head = len(words) - 1
        for k in range(len(words) - 1, max(len(words) - 1 - _MAX_COMPLEMENT, 0), -1):
            if words[k].lower() in _COMPLEMENTS:
                named = [w for w in words[k + 1:] if w.lower() not in ARTICLE_PARTICLES | {"the"}]
                if len(named) == 1 and _ELIDED_NAME.sub("", named[0])[:1].isupper():
                    head = k - 1  # `de l'Intérieur`, `del Gobierno`, `of State`: one capitalised word
                break
        end = len(words)
        if head > 0 and words[head].lower().rstrip(".") in HONORIFICS:
            end = head  # `fertility specialist Dr. David Tourgeman`
            head -= 1
        if head < 0 or not self._role_head(words[head]):
            return None
        if head and words[head - 1].lower() in _VERB_CONTEXT | self._lexicon.pronouns.keys():
            return None  # `will host John Smith`, `il juge Paul`: a verb, not a title
        start = head
        if self._language in HEAD_FINAL:
            start = self._qualified_from(words, head)
        preceding = before[:len(before) - len(clause)].rstrip()
        set_off = preceding[:-1].split()[-1:] if preceding.endswith(",") and preceding[:-1].split()[1:] else []
        if start == 0 and set_off and set_off[0][:1].isupper() and set_off[0].lower() not in CALENDAR:
            return None  # `Rob Goldman, President Ascom North America`: the title of the name before the comma
        role = words[start:end]
        if len(role) > MAX_ROLE_WORDS:
            return None
        first = role[0]
        if start == 0 and len(clause) == len(before) and self._language != "de" and not self._is_title(words[head]) \
                and (first.lower() in ROLE_MODIFIERS or self._role_head(first.lower())):
            # `Fly-half Charlie Hodgson admitted`: the sentence's capital; `Foreign Secretary` keeps a title's
            role[0] = first[:1].lower() + first[1:]
        return " ".join(role)

    def _qualified_from(self, words: list[str], head: int) -> int:
        """Where the words qualifying the title at `head` start: back over qualifiers, through `of`
        inside a body's name (`Bank of Japan chief`), up to a possessive (`India's Prime Minister`).
        Capitalised qualifiers that would show a name cut in two (`Menatep Group's managing director`,
        `Oil and Natural Gas Corporation chairman`) are left out."""
        start = head
        while start > 0 and head - start < _MAX_QUALIFIERS:
            if start > 1 and words[start - 1] == "of" and words[start][:1].isupper() and words[start - 2][:1].isupper():
                start -= 2
            elif self._qualifies(words, start - 1):
                start -= 1
            else:
                break
            if _possessive(words[start]):
                break
        previous = words[start - 1] if start else ""
        owner = _possessive(words[start]) and previous[:1].isupper() and self._qualifies(words, start - 1)
        joined = start > 1 and previous.lower() in CONJUNCTIONS and words[start - 2][:1].isupper()
        while (owner or joined) and start < head and words[start][:1].isupper():
            start += 1
        return start

    def _qualifies(self, words: list[str], k: int) -> bool:
        """Whether `words[k]` qualifies the title after it: a capitalised word (`England`, `CPUC`,
        `PG&E's`, `Prime`), or a lower-case modifier (`former`, `chief`) or adjective (`presidential`);
        in German a genitive or acronym (`Bayerns`, `CDU`), or an adjective after an article (`der
        bayerische`). Never a verb, a stop word, a date or a scene-setting word."""
        word = words[k]
        lowered = word.lower()
        # `State Department official`: a capitalised word before another is part of a name, not the verb or
        # the honorific it may be
        named = word[:1].isupper() and words[k + 1][:1].isupper()
        if (self._is_verb(lowered) or lowered in HONORIFICS) and not named or lowered in CALENDAR \
                or lowered in ADVERBS | OPENERS:
            return False
        if self._language == "en" and lowered in ROLE_MODIFIERS:
            return True  # `former`, a stop word here
        if lowered in self._stop_words and not word.isupper() and not (
                word[:1].isupper() and (k and word != "I" or word in NAME_STOP_WORDS and words[k + 1][:1].isupper())):
            return False  # `that`, `The`, `While`; `New` is part of a name (`New Media investor`, `New York Senator`)
        if self._language == "de":
            if word[:1].isupper():
                return word.isupper() or word.endswith("s") and not self._role_head(word)
            return k > 0 and words[k - 1].lower() in DE_DETERMINERS and word.endswith(("e", "en"))
        return word[:1].isupper() or _possessive(word) or len(word) > 5 and lowered.endswith(ADJECTIVE_ENDINGS) \
            and lowered.isalpha()  # `special`, `presidential`; `real Prince Andrew` is no post

    def _role_head(self, word: str) -> bool:
        """A word that says what someone does, written right before their name: a title that is no
        honorific (`President`, `Wirtschaftsminister`, `boss`), a role noun of the language (`skipper`,
        `CEO`, `porte-parole`) or one ending a compound (`co-founder`); in English a lower-case noun
        with a role's ending (`economist`, `historian`), in German a long noun for a person
        (`Ehrenvorsitzende`, `Unternehmer`)."""
        lowered = word.lower().rstrip(".")
        last = lowered.rsplit("-", 1)[-1]
        if lowered in HONORIFICS or lowered in self._stop_words or lowered in CALENDAR or self._is_verb(lowered):
            return False
        nouns = ROLE_NOUNS.get(self._language, frozenset())
        if lowered in nouns or last in nouns or self._is_title(word) or last in self._lexicon.titles and last not in HONORIFICS:
            return True
        if self._language == "en":
            return word.islower() and last.isalpha() and len(last) > 6 and last.endswith(EN_ROLE_ENDINGS) \
                and last not in EN_NOT_ROLES  # `singer-keyboardist`
        if self._language == "de":
            return word[:1].isupper() and (last in DE_SHORT_ROLES or len(last) >= 8 and last.endswith(DE_PERSON_ENDINGS))
        return False

    def _opening_role(self, token: str) -> bool:
        """`Fly-half`, `Economist`, opening a sentence before a name: a role noun of the language, or a
        compound whose second part is lower case; not part of the name."""
        head, _, tail = token.partition("-")
        return token.lower() in ROLE_NOUNS.get(self._language, frozenset()) or (
            head[:1].isupper() and head[1:].islower() and tail.isalpha() and tail.islower())

    def speaker(self, first: Sentence, last: Sentence, before: str, afters: Sequence[str],
                reply: bool = False) -> str | None:
        """The speaker of the quotation spanning `first`..`last`, given the words before its first
        piece and after each of its pieces (`“…,” she said. “…”` is attributed between them).

        A `reply` (only a dash since the quotation before: the next turn of a dialogue) that names no
        speaker of its own is said by whoever said the turn before that one, not by the speaker just
        before it; by no one known when that is unknown or the same person."""
        self._quoted_at = first.index
        before = _OPENING_CONJUNCTION.sub("", before)
        found = next(filter(None, (self._after(_tokens(after, self._lexicon)) or self._closing_clause(
            _tokens(after, self._lexicon)) for after in afters)), None)
        if found is None and _IMPERSONAL.search(before.split(MASK)[-1]):
            found = _NOBODY  # `Se dice que Richard Grainger "encontró…"`: a saying about him, by no one named
        if found is None and afters:
            found = self._fronted_participle(_tokens(before, self._lexicon), _tokens(afters[0], self._lexicon))
        if found is None or found[0] in ("source", "document"):
            tokens = _tokens(before, self._lexicon)
            found = (self._agent_before_colon(tokens) or self._voice(tokens) or self._possessor(tokens)
                     or self._before(tokens) or found)
        elif relayed := self._relayed(_tokens(before, self._lexicon)):
            found = relayed  # `he … said, “somebody ought to…,” the prosecutor’s office said`: his words, reported
        elif found[0] in ("name", "nobody") and _RELAYING_VERBS & {w.lower() for after in afters for w in _tokens(after)} \
                and (said := self._before(_tokens(before, self._lexicon))) and said[0] == "name" \
                and self._is_person(self._full_name(said[1])):
            # `CEO John Mackey said in a memo that the “…” as prices fell, Yahoo Finance reported`: a person's
            # words, which a paper passes on
            found = said
        elif found[0] == "pronoun":
            # `Tesla dijo…, diciendo: "…", dijo, "…"`: the pronoun stands for the name the sentence opened with
            named = self._before(_tokens(before, self._lexicon))
            found = named if named and named[0] == "name" else found
        if found is None:
            found = _opinion(before)  # `A su juicio, la resolución "…"`: the view of the person in focus
        if found is None:
            found = self._view_of(before.split(MASK)[-1])
        if found is None and first.index in self._said:
            found = ("name", self._said[first.index])  # `X said “…” and added: “…”`
        if found is None:
            found = self._joined(_tokens(before, self._lexicon))
        if found is None and afters:
            found = self._later(_tokens(afters[-1], self._lexicon))
        if found is None and before.rstrip().endswith(":"):
            clause = _last_clause(_tokens(before, self._lexicon)[:-1])
            found = (self._verb_last(clause) or self._named_last(clause)  # `…, in der er sagte:`
                     or self._pronoun_before_colon(clause))
        if found is None and ":" in before.split(MASK)[-1] and not before.rstrip().endswith(":"):
            # `Ihr Kollege Carstens hält dagegen: Die Reform habe „…“`: the speaker opens the words before the colon
            head = _tokens(before.split(MASK)[-1].rsplit(":", 1)[0], self._lexicon)
            found = self._opening(head)
            found = found if found and found[0] == "name" and self._is_person(self._full_name(found[1])) else None
        if found is None:
            found = self._opening(_tokens(before, self._lexicon)) or self._label(_tokens(before, self._lexicon))
            if found and found[0] == "name" and _PLURAL_ACRONYM.fullmatch(found[1]):
                found = None  # `GCSEs were intended to ensure a focus on “…”`: things, and many, no one speaker
        if found is None and before.rstrip().endswith(":"):
            found = self._sole_person(first.index)
        if found is None and reply:
            found = self._asked(last) or self._turn_before()
        if found is None:
            found = (self._asked(last) or self._previous(first.index - 1, first)
                     or self._next(last.index + 1, last))
        if found is None:
            found = self._pointed_back(last)
        if found is None and not _has_words(before):
            found = self._still_quoting(first)
        if found is None and not _has_words(before) and not any(map(_has_words, afters)):
            found = self._paragraph_before(first) or self._answer_to(first)
        if found is None and (not _has_words(before) and not any(map(_has_words, afters))
                              or self._introduced(_tokens(before, self._lexicon))):
            found = self._subject_before(first)  # `Among the highlights: “…”`: introduced, not attributed
        if found is None and before.rstrip().endswith(":"):
            found = self._statement_before(first)
        name = self._resolve(found, first.index) if found else None
        if name and found[0] == "pronoun" and found[1] in ("m", "f"):
            self._gender.setdefault(name, found[1])  # `“…,” she said in an email`: a `he` later is someone else
        self._turns = (self._turns[-1], name)
        if name:
            self._said[first.index] = self._said[last.index] = name
        elif found and found[0] == "focus" and found[1] in ("m", "f"):
            self._unnamed_at[first.index] = self._unnamed_at[last.index] = found[1]
        return name

    def _view_of(self, before: str) -> tuple[str, str] | None:
        """`Pour la syndicaliste, il n'existe qu'une voie pour « … »`, `Estos mensajes, para Hurtado, son
        “…”`: `pour`/`para` and a person set off by commas give whose view the sentence, and its quotation,
        is: a person the article named, or a description of one (`la syndicaliste`, `el instructor`) for the
        person in focus; not a thing or a place (`pour la France,`)."""
        views = list(_VIEW_OF.finditer(before))
        if not views:
            return None
        tokens = _tokens(views[-1].group(1), self._lexicon)
        if len(tokens) == 1 and tokens[0].lower() in self._lexicon.pronouns:
            return ("pronoun", self._lexicon.pronouns[tokens[0].lower()])  # `pour elle,`
        if _runs(tokens) == [(0, len(tokens))]:
            name = self._name(tokens, 0, len(tokens))
            return ("name", name) if name and self._is_person(self._full_name(name)) else None
        if len(tokens) == 2 and tokens[0].lower() in DEFINITES and tokens[1].islower() \
                and (self._role_head(tokens[1]) or _ROLE_ENDING.search(tokens[1].lower())):
            return self._described(tokens)
        return None

    def _fronted_participle(self, before: list[str], after: list[str]) -> tuple[str, str] | None:
        """`Declaring “the maritime soul of the Corps” is at stake, Defense Secretary Robert Gates has ordered a
        review`: a sentence opening with a reporting verb's participle, the quotation in its clause; the
        main clause after the comma has the subject who said it."""
        words = [t.lower() for t in _after_openers(before) if t.lower() not in _THAT]
        if len(words) != 1 or "," not in after or not (
                self._is_verb(words[0]) and words[0].endswith(PARTICIPLE_ENDINGS)
                or words[0].endswith("ing") and any(self._is_verb(words[0][:-3] + end) for end in ("ed", "d", "s"))):
            return None  # `declaring` for `declared`, `saying` for `says`
        found = self._opening(after[after.index(",") + 1:])
        return found if found and found[0] == "name" else None

    def _agent_before_colon(self, before: list[str]) -> tuple[str, str] | None:
        """`…, vivement critiquée par la fraction l'Étincelle, est justifiée ainsi par Georges Kaldy : « … »`,
        `The plan was defended by Mayor Jane Doe: “…”`: a passive's agent named right before the colon
        introduces the words, whoever else the sentence names before. Only a passive verb's agent (`est`,
        `was` before the participle) says them: `the letter published by the union:` names who wrote the letter."""
        if before[-1:] != [":"]:
            return None
        at = max((k for k, t in enumerate(before[:-1]) if t.lower() in AGENTS), default=None)
        if at is None:
            return None
        window = [w.lower() for w in before[max(0, at - 4):at]]
        if not any(_PASSIVE.fullmatch(a) and any(_PARTICIPLE.search(w) for w in window[k + 1:])
                   for k, a in enumerate(window)):
            return None  # `replicó a la carta publicada por la GPDA:`: a participle describing a noun; its agent wrote that
        return self._whole_name(before[at + 1:-1])

    def _voice(self, before: list[str]) -> tuple[str, str] | None:
        """`Les restaurateurs français, par la voix d'André Daguin, président de l'Umih, expriment leur
        satisfaction : « … »`: the person a group speaks through, named in the quotation's clause (past
        `son président,`), said its words; not the group, nor someone else the sentence names."""
        lowered = [t.lower() for t in before]
        at = next((k + len(v) for k in range(len(before) - 1, -1, -1) for v in VOICES
                   if tuple(lowered[k:k + len(v)]) == v), None)
        if at is None or at >= len(before):
            return None
        rest = before[at:]
        if rest[0].lower() in _OF:
            rest = rest[1:]
        elif _ELIDED_NAME.match(rest[0]):
            rest = [_ELIDED_NAME.sub("", rest[0]), *rest[1:]]  # `d'André Daguin`
        if "," in rest[:4] and rest[0].lower() not in ARTICLES and rest[0][:1].islower():
            rest = rest[rest.index(",") + 1:]  # `de son président, Bernard Antony`: the post, then its holder
        end = next((k for k, t in enumerate(rest) if not t[:1].isupper()), len(rest))
        name = self._name(rest, 0, end) if end else None
        return ("name", name) if name else None

    def _whole_name(self, chunk: list[str]) -> tuple[str, str] | None:
        """The speaker when the words, past an article or determiner, are one name and nothing else
        (a person's, or else a body's): the agent of a passive, or the subject after its verb."""
        while chunk and (chunk[0].lower() in ARTICLES or chunk[0].lower() in DE_DETERMINERS):
            chunk = chunk[1:]
        runs = _runs(chunk)
        if not runs or runs[0] != (0, len(chunk)):
            return None
        name = self._name(chunk, 0, len(chunk)) or self._name(chunk, 0, len(chunk), organisations=True)
        return ("name", name) if name else None

    def _possessor(self, before: list[str]) -> tuple[str, str] | None:
        """The person whose words a quotation right after a noun for them gives, named only as their owner:
        `Wilsons Worte „…“`, `Wilson's words “…”`, `la misión de Woodrow Wilson de "…"`, `les mots de Jean
        Moulin : « … »`."""
        tail = before[-6:]
        if tail[-1:] and tail[-1] in (":", "de", "of", "d'", "d’"):
            tail = tail[:-1]
        if len(tail) >= 2 and tail[-1].lower() in SAYINGS and tail[-2][:1].isupper():
            owner = _strip_possessive(tail[-2])
            if owner == tail[-2] and self._language == "de" and owner.endswith("s"):
                owner = owner[:-1]  # `Wilsons Worte`: the German genitive
            if owner != tail[-2] and self._part_of_person(owner):
                return ("name", owner)
            return None
        at = next((k for k in range(len(tail) - 2, -1, -1) if tail[k].lower() in SAYINGS), None)
        if at is None or at + 1 >= len(tail) or tail[at + 1].lower() not in _OF:
            return None
        rest = tail[at + 2:]
        while rest and rest[0].lower() in ARTICLES:
            rest = rest[1:]
        runs = _runs(rest)
        if not runs or runs[0] != (0, len(rest)):
            return None
        name = self._name(rest, 0, len(rest))
        return ("name", name) if name and self._is_person(self._full_name(name)) else None

    def _relayed(self, before: list[str]) -> tuple[str, str] | None:
        """The speaker of a quotation attributed after it that a reporting verb with its subject also
        introduces right before (`he … called Omar a “terrorist” and said, “…,” the prosecutor’s
        office said`): someone's words, passed on; they are the speaker (a name or a pronoun), not the
        one passing them on."""
        if len(before) < 3 or before[-1] not in ",:" or not self._is_verb(before[-2]):
            return None
        clause = before[max((k for k, t in enumerate(before[:-2]) if t == "," or _ends_clause(before, k)), default=-1) + 1:-2]
        if all(t.lower() in CONJUNCTIONS | ADVERBS for t in clause):
            found = self._opening(before)  # `he asked…, called Omar a “terrorist” and said,`: the sentence's subject
        else:
            found = self._subject(clause) or self._opening(clause)
        return found if found and found[0] in ("name", "pronoun") else None

    def _label(self, tokens: list[str]) -> tuple[str, str] | None:
        """`— Der Redakteur: „…?“`: an interview's speaker label, a description and a colon before the
        quotation; nobody known when the story brought that person in unnamed (`Ein Redakteur des …`)."""
        while tokens[:1] and tokens[0] in "–—":
            tokens = tokens[1:]
        if not 2 < len(tokens) <= 4 or tokens[-1] != ":" or tokens[0].lower() not in DEFINITES:
            return None
        if self._introduced_unnamed(tokens[-2], self._quoted_at):
            return _NOBODY
        return self._described(tokens[:-1])

    def _turn_before(self) -> tuple[str, str] | None:
        """Who said the turn before the one a reply answers: `„…“ – „…?“ – „…“` alternates two speakers.
        When the turn answered has no known speaker either, the context decides as for any quotation."""
        earlier, latest = self._turns
        if earlier and earlier != latest:
            return ("name", earlier)
        return None if latest is None and earlier is None else _NOBODY

    def introduces(self, text: str) -> bool:
        """Whether words right before a quotation say who said it (`her mother will say tentatively,`)."""
        return self._before(_tokens(text, self._lexicon)) is not None

    def attributes(self, text: str) -> bool:
        """Whether words right after a quotation say who said it (`, she said.`, `a-t-il déclaré`)."""
        return self._after(_tokens(text, self._lexicon)) is not None

    def _after(self, tokens: list[str]) -> tuple[str, str] | None:
        """`“…,” Kim said` / `“…,” said Kim` / `“…”, a-t-il déclaré` / `“…,” according to Kim`."""
        if cited := self._cited(tokens):
            return cited
        i = 0
        while i < len(tokens) and tokens[i] in ",;:–—":
            i += 1  # `«…» —afirmó el ministro—`: Spanish sets the attribution off by dashes
        if ";" in tokens[:i] and any(t.startswith(MASK) for t in tokens[i:]):
            return None  # `« … » ; le ministre a ajouté : « … »`: a new clause, for the next quotation
        if ":" in tokens[:i]:
            return None  # `afirma que no se van a ir: "…": El miércoles, Paris informó…`: what the colon announces
        head = tokens[i:]
        if len(head) > 2 and head[0].lower() in AS_WORDS:
            head = head[1:]  # `“…”, como lo describió John Smeaton`, `as Smeaton put it`
            if head[0].lower() in _OBJECT_PRONOUNS and self._is_verb(head[1]):
                head = head[1:]
        reflexive = False
        # French `y` is a clitic (`« … », y ajoute-t-il`); Spanish `y` is `and` (`"…", y aseguraba que… "…"`: a clause
        # for the next quotation)
        while len(head) > 1 and head[0] in CLITICS and not (head[0] in CONJUNCTIONS and self._language != "fr"):
            reflexive = reflexive or head[0] in _REFLEXIVES
            head = head[1:]  # `« … », lui avait dit Christian Jacob` / `s'est réjoui le président`
        if reflexive and len(head) > 1 and head[0].isalpha() and head[0].islower() \
                and (head[1][:1].isupper() or head[1] in DEFINITES) and head[0] not in self._lexicon.auxiliaries:
            # `« … », se félicite Nadia Belkacem`, `s'inquiète le maire`: a pronominal verb right after the
            # quotation, then its subject, reports it whichever verb it is
            return self._inverted(head)
        if reflexive and self._lexicon.pro_drop and len(head) == 1 and head[0].isalpha() and head[0].islower():
            return ("pronoun", "")  # `«…», se queja.`: a pronominal verb alone, its subject dropped
        if head and _INVERTED_PRONOUN.sub("", head[0].lower()) in self._lexicon.auxiliaries:
            pronoun = _INVERTED_PRONOUN.search(head[0].lower())
            if pronoun:
                return ("pronoun", self._lexicon.pronouns[pronoun.group(1)])
            head = head[1:]
            # `« … » a ensuite précisé Febelfin`, `a pour sa part affirmé le ministre`: an adverb or an
            # adverbial phrase between the auxiliary and the participle
            verb = next((k for k in range(1, min(len(head), _MAX_INSERT + 1)) if self._is_verb(head[k])), None)
            if verb is not None and all(w[:1].isalpha() and w[:1].islower() for w in head[:verb]):
                head = head[verb:]
            elif self._language == "fr" and len(head) > 1 and _FR_PARTICIPLE.fullmatch(head[0]) \
                    and head[0] not in self._stop_words and not self._is_verb(head[0]):
                # `« … », a rapporté sur Facebook le porte-parole du président, Berik Uali`: the auxiliary and any
                # participle right after the quotation are an inverted attribution, whether or not it is listed
                return self._inverted(_past_medium_phrase(head))
        if len(head) > 2 and head[0].lower() in AGENTS and head[1][:1].isupper() and (runs := _runs(head[1:])):
            # `Les deux premiers livres sont adressés « … » par Scipione Stella, un jeune prêtre`: a passive's agent
            name = self._name(head[1:], *runs[0])
            if name and runs[0][0] == 0:
                return ("name", name)
        if len(head) > 2 and head[0].lower() == "par" and head[1].lower() in _PLURAL_ARTICLES and not _runs(head[2:]):
            return _NOBODY  # `la reconnaissance d'une « … » par les autorités espagnoles`: a body left unnamed
        if head and head[0] == _BY:
            if self._as_said(head, 1):
                return ("focus", "")
            found = self._inverted(head) or self._described_person(head[1:])
            return ("source", found[1]) if found and found[0] == "name" else found
        if head and head[0].lower() in _RELAYING_VERBS:
            return None  # `'…,' reported Lehigh Valley Live`: the paper passes on someone's words
        if len(head) > 2 and _GERUND.search(head[0].lower()) and head[1].lower() in _THAT and head[2].startswith(MASK):
            return None  # `« … », estimant que « … »`: the same speaker goes on to the next quotation
        if len(head) > 1 and head[0].lower().endswith(_ROMANCE_GERUNDS) and self._is_verb(head[0]) \
                and not head[1][:1].isupper():
            return None  # `« … », affirmant en outre que, selon lui, « … »`: the speaker before goes on
        if len(head) > 3 and self._is_verb(head[0]) and head[1].lower() in _DATE_WORDS and re.fullmatch(r"\d{4}", head[2]):
            head = [head[0], *head[3:]]  # `afirmó en 2011 la directora…`: when, then who
        if head and (head[0].lower() in CONTRASTS or [t.lower() for t in head[:2]] in (["alors", "que"], ["alors", "qu'"])):
            return None  # `« … », tandis que son compagnon affirmait…`: another subject, another clause
        if let := self._let_say(head):
            return let
        if wanted := self._wanted_to_say(head):
            return wanted
        if head and _READ_IN.fullmatch(head[0].lower()):
            # `« … », peut-on lire dans le communiqué du syndicat Force ouvrière`, `lit-on dans le rapport`:
            # the body the sentence names, else the one in focus
            body = self._body_in(self._quoted_at, self._quoted_at)
            return ("name", body) if body else ("focus", "n")
        comma = head.index(",") if "," in head[1:4] else 0
        if self._language == "de" and comma and all(t.isalpha() and t.islower() for t in head[:comma]) \
                and [t.lower() for t in head[comma + 1:comma + 2]] == ["so"] and head[comma + 2:comma + 3] \
                and head[comma + 2][:1].isupper():
            # `habe die Schweiz „…“ gehabt, so Yakin`: the clause ends after the quotation, then `so` and who
            return self._inverted([_BY, *head[comma + 2:]])
        if quoted := self._quoted_owner(head):
            return quoted
        if head and self._is_verb(head[0]) and self._language == "de" and not _piece(head[1:])[0]:
            return None  # `wird er als „…“ bezeichnet.`: the participle ending the clause; its subject came before
        if head and self._is_verb(head[0]):
            return (self._inverted(head) or self._described(head[1:]) or self._dropped(head[1:])
                    or self._represented(head[1:]) or self._in_paper(head[1:]) or _NOBODY)
        head = _without_seat(head)
        if unlisted := self._unlisted_verb(head):
            return unlisted
        for k, token in enumerate(head[:MAX_SUBJECT_TOKENS + 1]):
            if token.startswith(MASK):
                return None
            if k > 1 and head[k - 1] == "," and token.lower() in EN_PARTICIPLES and self._language == "en":
                return self._subject(head[:k - 1]) or self._opening(head[:k - 1])  # `“…,” Benioff weighed in, telling Cook`
            if self._as_said(head, k):
                return ("focus", "")
            if self._is_verb(token) and k and head[k - 1].lower() == "to" and self._language == "en":
                return None  # `He said it would be “…” to deny him the right`: an infinitive, no attribution
            if self._is_verb(token):
                if k >= 1 and head[0].lower() in RELATIVES | CONJUNCTIONS | _BUT \
                        and all(t.lower() in _OBJECT_CLITICS for t in head[1:k]):
                    # `« … » qui ajoute : « … »`, `X estime que « … » mais souligne que`, `« … », et la justifie
                    # comme`: the relative, or the verb joined to the one before (an object pronoun between),
                    # goes with whoever the sentence named before the quotation
                    return None
                if k and self._plural(token, head[k - 1]):
                    # `„…“, sie sagten` / `“…,” both said`: more than one, unless a body took a plural verb
                    return self._plural_body(self._quoted_at - 1) if head[k - 1].lower() == "they" else _NOBODY
                if k > 1 and self._language == "en" and head[k - 2].lower() in ("the", "these", "those", "many", "some") \
                        and re.fullmatch(r"[a-z]{2,}[^su]s", head[k - 1]) and not token.lower().endswith("s"):
                    return _NOBODY  # `“…,” the physicians stated`: a group, no one speaker
                if 0 < k <= 3 and head[k - 1].lower() in DOCUMENTS and head[0].lower() in DEFINITES:
                    return ("document", "")  # `“…,” the affidavit said`: who wrote it may come before
                return (self._subject(head[:k]) or self._set_off(head, k) or self._described(head[:k])
                        or self._unnamed(head[:k]) or _NOBODY)
        return self._appositive(head)

    def _quoted_owner(self, head: list[str]) -> tuple[str, str] | None:
        """`„…“, zitierte der Daily Star nun Readings Interpretation`: a quoting verb right after the quotation,
        then a paper and a person's name in the genitive before what they said or wrote: the paper passes on
        that person's words, not its own."""
        if not head or head[0].lower() not in _QUOTING:
            return None
        for k in range(2, len(head) - 1):
            owner = _strip_possessive(head[k])
            if owner == head[k] and self._language == "de" and head[k].endswith("s"):
                owner = head[k][:-1]  # `Readings Interpretation`: the German genitive
            # what they said follows, a noun (capitalised in German: `Interpretation`, `Worte`)
            noun = head[k + 1][:1].isupper() if self._language == "de" else head[k + 1][:1].islower()
            if owner != head[k] and noun and self._part_of_person(owner):
                return ("name", owner)
        return None

    def _unlisted_verb(self, head: list[str]) -> tuple[str, str] | None:
        """`"…", deslizó Horner.`, `« … », ironise Dupont.`, `„…“, regt sie an.`, `„…“, schmunzelt der neue
        Landesmeister.`: after the quotation, one lower-case word that is no little word, then a person the
        article has named (or a he or she, and a German verb's particle; or an article, a role noun and at most
        an adjective) and nothing else, is a reporting verb and its subject, whether or not the verb is listed."""
        if len(head) < 2 or not head[0].isalpha() or not head[0].islower() or head[0] in self._stop_words:
            return None
        if head[1] in self._lexicon.pronouns and (len(head) == 2 or len(head) == 3 and head[2].isalpha()
                                                 and head[2].islower() and len(head[2]) <= 5):
            return ("pronoun", self._lexicon.pronouns[head[1]])  # `„…“, regt sie an.`: a separable verb's particle
        if 3 <= len(head) <= 4 and head[1].lower() in DEFINITES and self._role_head(head[-1]) \
                and all(t.isalpha() and t.islower() for t in head[2:-1]):
            return self._inverted(head) or self._described(head[1:])  # `„…“, schmunzelt der neue Landesmeister.`
        runs = _runs(head[1:])
        if runs != [(0, len(head) - 1)]:
            return None
        name = self._name(head[1:], 0, len(head) - 1)
        return ("name", name) if name and self._is_person(self._full_name(name)) else None

    def _closing_clause(self, tokens: list[str]) -> tuple[str, str] | None:
        """`“…” while they were in power, Azzouz said.`, `“…” are all thought to contribute, according to
        the Department of Conservation.`: the quotation goes on as part of a clause, and the sentence's
        last clause, after a comma, says who said it. Only a name counts (or a source named after
        `according to`): a pronoun or a description there may stand for someone the clause before brings in."""
        if MASK in " ".join(tokens) or "," not in tokens[1:]:
            return None
        last = len(tokens) - 1 - tokens[::-1].index(",")
        tail = tokens[last + 1:]
        if not 1 < len(tail) <= MAX_SUBJECT_TOKENS or tokens[0] in ",;:":
            return None
        found = self._after([",", *tail])
        return found if found and found[0] in ("name", "source") else None

    def _wanted_to_say(self, head: list[str]) -> tuple[str, str] | None:
        """`« … », ha querido dejar claro Juan Espadas`, `a tenu à préciser le maire`, `quiso subrayar X`: a
        verb of wanting, an infinitive (and its `claro`), then the speaker after them."""
        if len(head) < 3 or head[0].lower() not in _WANTING:
            return None
        k = 2 if head[1].lower() in ("à", "a", "de") else 1
        if k >= len(head) or not _INFINITIVE.search(head[k]) or not head[k].islower():
            return None
        k += 1
        if k < len(head) and head[k].lower() in _INFINITIVE_COMPLEMENTS:
            k += 1  # `dejar claro`
        rest = head[k:]
        if not rest or not (rest[0][:1].isupper() or rest[0].lower() in DEFINITES):
            return None
        return self._inverted([head[0], *rest]) or self._described(rest)

    def _let_say(self, head: list[str]) -> tuple[str, str] | None:
        """`„…“, ließ der Minister seinen Sohn wissen`, `ließ Landrat X mitteilen`: German `lassen` with
        an infinitive of telling reports the quotation; its subject runs up to the addressee or the
        infinitive."""
        if self._language != "de" or not head or head[0].lower() not in _DE_LET:
            return None
        clause = _piece(head[1:])[0]
        end = next((k for k, t in enumerate(clause) if t.lower() in _DE_LET_SAY), None)
        if end is None:
            return None
        subject = clause[:next((k for k, t in enumerate(clause[:end]) if k and t.lower() in _DE_OBJECTS), end)]
        return (self._inverted([head[0], *subject]) or self._described(subject)) if subject else None

    def _cited(self, tokens: list[str]) -> tuple[str, str] | None:
        """`„…“ (Wikipedia).`, `"…" (Jane Doe)`: a source in parentheses right after the quotation, as an
        essay cites it; only capitalised words in them, so a year or `(pictured)` names no one."""
        if tokens[:1] != ["("] or ")" not in tokens[2:MAX_NAME_TOKENS + 2]:
            return None
        inside = tokens[1:tokens.index(")")]
        if not all(t[:1].isupper() and t.isalpha() for t in inside) or any(t.lower() in self._stop_words for t in inside):
            return None
        return ("name", " ".join(inside))

    def _as_said(self, tokens: list[str], k: int) -> bool:
        """Whether `tokens[k]` is a reporting verb with no subject right after `according to`, in a language
        that drops its pronouns: `«…», ya que, según alegó, la suscripción…` is as the one in focus said,
person or body (`El periódico Daily Mail informó…`)."""
        return (self._lexicon.pro_drop and 0 < k < len(tokens) and tokens[k - 1] == _BY and self._is_verb(tokens[k])
                and tokens[k + 1:k + 2] in ([], [","], [";"]))

    def _in_paper(self, tokens: list[str]) -> tuple[str, str] | None:
        """`„…“, heißt es in dem Abschlussdokument der Synode`: the body whose paper the words are in,
        named after it; a paper named alone (`heißt es in einer Mitteilung`) speaks for the body in focus."""
        words = _piece(tokens)[0][:MAX_SUBJECT_TOKENS]
        at = next((k for k, t in enumerate(words) if self._statement(t)), None)
        if at is None:
            return None
        owner = self._complement_name(words, at + 1)
        return ("name", owner) if owner else ("focus", "n")

    def _statement(self, token: str) -> bool:
        """A paper a body speaks through (`Urteil`, `informe`), or a German compound of one (`Abschlussdokument`)."""
        lowered = token.lower()
        return lowered in STATEMENTS or self._language == "de" and token[:1].isupper() and lowered.endswith(
            tuple(s for s in STATEMENTS if len(s) > 5))

    def _appositive(self, head: list[str]) -> tuple[str, str] | None:
        """`“…,” Dr. Luz Arroyo, a member of the group and signatory to the letter, told NBC News`:
        a description set off by commas, too long for a subject, between the speaker and the verb
        (whose object, NBC News, is who heard it)."""
        if "," not in head[1:MAX_NAME_TOKENS + 1]:
            return None
        first = head.index(",", 1)
        # `Dylan Nelson, a fellow at the Max Planck Institute in Munich, Germany, and co-author of the study, said`:
        # the comma the verb follows, past the commas inside the description
        second = next((k for k in range(first + 1, min(len(head) - 1, first + MAX_APPOSITION))
                       if head[k] == "," and self._is_verb(head[k + 1])),
                      next((k for k in range(first + 1, min(len(head), first + MAX_APPOSITION)) if head[k] == ","), None))
        if second is None or second + 1 >= len(head) or not self._is_verb(head[second + 1]):
            # `Chad Hawk, vice president of PMG, a paper money grading company in Florida told Fox`: the comma
            # that should close the description left out, the verb still ends it
            second = next((k - 1 for k in range(first + 1, min(len(head), first + MAX_APPOSITION))
                           if self._is_verb(head[k]) and head[k - 1][:1].isupper()), None)
            if second is None or any(t.lower() in RELATIVES for t in head[first:second]):
                return None
        if any(token.startswith(MASK) for token in head[:second]):
            return None
        return self._subject(head[:first])

    def _set_off(self, head: list[str], verb: int) -> tuple[str, str] | None:
        """`« … », au vu des chiffres, commente Lee Min-ho`: a phrase set off by commas names no
        one, so the speaker comes right after the verb."""
        if not verb or head[verb - 1] != ",":
            return None
        found = self._inverted(head[verb:])
        return found if found and found[0] in ("name", "pronoun") else None

    def _opening(self, tokens: list[str]) -> tuple[str, str] | None:
        """The subject of a sentence that quotes without a reporting verb (`Mitt Romney se présentait
        comme « … »`, `Denis Baupin a défendu sa décision : « … »`): the name or pronoun opening its
        first clause, after a scene-setting phrase (`Sur Twitter,`, `À la reprise,`)."""
        tokens = tokens[max((k for k, t in enumerate(tokens) if t == ";"), default=-1) + 1:]
        if tokens[:1] == ["("] and ")" in tokens[2:4]:
            tokens = tokens[tokens.index(")") + 1:]  # `(CNN)`: who reports, not who acts
        segments = " ".join(tokens).split(" , ")
        for number, segment in enumerate(segments):
            words = segment.split()
            if len(words) > 2 and words[0].lower() in ADVERBS and words[1][:1].isupper():
                words = words[1:]  # `Auch Volkswirtschaftsdirektorin Regula Meier-Suter sprach sich…`
            elif self._language == "de" and len(words) > 3 and words[0].lower() in ADVERBS and words[1][:1].islower() \
                    and self._part_of_person(words[2]):
                words = words[2:]  # `Dann schickt Gezer eine Nachricht an …:`: German puts the subject after the verb
            if not words or words[0].startswith(MASK):
                return None
            role = words[0].lower() in POSSESSIVES | DEFINITES and len(words) <= MAX_ROLE_WORDS
            if number + 1 < len(segments) and role and self._named_in(words[1:]) is None:
                # `Su mentor, el catedrático Javier DeFelipe, no ocultaba…`, `El alcalde, Francisco de la Torre,
                # ha pedido…`: the role, then who holds it
                holder = self._opening(segments[number + 1].split())
                if holder and holder[0] == "name" and " " in holder[1]:
                    return holder
            scene = words[0].lower() in OPENERS or self._language == "es" and words[0].lower() == "a"  # `A su lado,`
            # `De son côté,`, `Por su parte,`, `For its part,`: whose turn it is, said by the subject after it
            scene = scene or words[0].lower() in PREPOSITIONS | {"por"} and words[1:2] and words[1].lower() in POSSESSIVES
            scene = scene or len(words) == 1 and (self._common_word(words[0], initial=True)  # `Efectivamente, hay…`
                                                  or words[0].lower() in ADVERBS)  # `Asimismo, el juez…`
            if number + 1 < len(segments) and (scene or _dated(words) or words[0] == _BY
                                                and not _runs(words[1:])):  # `Pour se justifier,`, `El 14 de octubre,`
                continue  # `Sur Twitter, Philippe Gosselin a dénoncé…`
            if number + 1 < len(segments) and words[1:2] and words[1].lower() in AGENTS:
                continue  # `Interrogée par l'AFP, une voyageuse…`, `Consultado por Efe, …`: who asked, not who speaks
            if words[0].lower() == NEUTER.get(self._language) and words[1:2] and words[1].lower() not in IMPERSONAL:
                return ("focus", "n")  # `Es drückte sein Bedauern über „…“ aus`: the body in focus
            if words[0].lower() in self._lexicon.pronouns:
                # `Il s'agit de « … »`: the tokens split the reflexive `s'` from its verb
                verb = "".join(words[1:3] if words[1:2] and words[1].endswith(("'", "’")) else words[1:2])
                if verb.lower() in IMPERSONAL and self._language != "en":
                    return None  # `Il apparaît que…`: nobody speaks (`He was arrested` is someone)
                return ("pronoun", self._lexicon.pronouns[words[0].lower()])
            if words[0].lower() in self._lexicon.latter and words[1:2] and not words[1][:1].isupper():
                # `Dieser sagte`; `Diese Entscheidung` is no one
                return ("latter", self._lexicon.latter[words[0].lower()])
            if words[0].lower() in OWNERS and words[1:2] and words[1].lower() in STATEMENTS | WRITINGS:
                return ("owner", OWNERS[words[0].lower()])  # `Sein Aufsatz … forderte, da „…“`: its author
            # `El economista Thomas Piketty`, `su vecina Montse Ribas`: what they are, then who
            lead, described, unnamed = 0, words[0].lower() in ARTICLES.keys() | POSSESSIVES, words[0].lower() in INDEFINITES
            if described:  # `El economista Thomas Piketty desafía…`, `Die Zeitung Daily Mail`
                words = words[1:]
                while lead < min(3, len(words) - 1) and words[lead][:1].islower() and words[lead] not in self._stop_words:
                    lead += 1
            elif len(words) > 2 and words[0].islower() and self._role_head(words[0]) and words[1][:1].isupper():
                lead = 1  # `Despite the win, coach Luke Morgan remained cautious:`: the role, then who holds it
            runs = _runs(words)
            if len(runs) > 1 and runs[0] == (lead, lead + 1) and _possessive(words[lead]) and runs[1][0] == lead + 1 \
                    and " ".join(words[slice(*runs[1])]) in self._first_seen:
                words = words[lead + 1:]  # `ESPN's Britt McHenry`: whose, then who
                runs, lead = _runs(words), 0
            if not runs or runs[0][0] != lead:
                if not described:
                    return None
                # `Un rapport de la Ligue arabe apporte… : « … »`: the body behind a report speaks;
                # `le graphiste s'est basé sur… : « … »`: the person the article introduced so
                head = [w.lower() for w in words[:lead] if w.lower() not in CLITICS][:1]
                complement = lead < len(words) and words[lead].lower() in PARTICLES | PREPOSITIONS
                known = self._introduced_as(head[0], self._quoted_at) if head and not complement else None
                found = self._represented(words) or (("name", known) if known else None)
                if found is None and head and head[0] in BODY_KINDS | ORGANISATION_WORDS and not complement \
                        and segment.split()[0].lower() in DEFINITES:
                    # `L'association y voit « … »`: the body in focus, or the one the text named so
                    # (`La chaîne met « … »` after `la chaîne de télévision France 24`)
                    referent = self._referent(head[0], self._quoted_at)
                    found = ("name", referent) if referent else ("focus", "n")
                if found is None and head and not complement and (self._role_head(head[0]) or _ROLE_ENDING.search(head[0])):
                    found = _NOBODY  # `le négociateur palestinien a appelé… : « … »`: a post no name in the story holds
                # `une voyageuse bloquée en gare de Lyon confiait : « … »`: someone the article leaves unnamed
                return found or (_NOBODY if unnamed else None)
            name = self._name(words, *runs[0]) or self._name(words, *runs[0], organisations=True)
            if name is None and len(words) == 1 and number + 1 < len(segments) and self._surname_alone(words[0]):
                name = words[0]  # `Barroso, le président de la Commission, se dit…`
            if name is None and not described and runs[0] == (0, 1) and words[1:2] \
                    and words[1].lower() in self._lexicon.auxiliaries and self._subject_alone(words[0]):
                name = words[0]  # `Bruxelles a salué…`: a capital speaks for its government
            if described and name and " " not in name and not name.isupper() and not self._part_of_person(name):
                return None  # `La Syrie`, `Die Zulassung`: after an article, one word is a thing (`Ihr Kollege Carstens` is him)
            if name and unnamed and runs[0][1] < len(words) and words[runs[0][1]].islower():
                name = self._body_before(name)  # `A House Democratic source provided…`: a source of a body
            return ("name", name) if name else None
        return None

    def _body_before(self, name: str) -> str:
        """The body whose name `name` opens, as the text named it before the quotation (`The House Democratic
        Leadership gave members talking points. A House Democratic source provided a memo…`): a name
        qualifying an unnamed someone is cut short of the body they speak for."""
        pattern = re.compile(rf"\b{re.escape(name)}(?:\s+[A-ZÀ-Þ][\w-]+)+")
        found = (m.group() for k in range(self._quoted_at - 1, max(-1, self._quoted_at - 1 - PRONOUN_LOOKBACK), -1)
                 for m in [pattern.search(self._masked.get(k, ""))] if m)
        return next(found, name)

    def _later(self, tokens: list[str]) -> tuple[str, str] | None:
        """The attribution of a later quotation in the same sentence, which speaks for the whole
        sentence: `« … », la question est de savoir « … » affirme-t-il`."""
        for k, token in enumerate(tokens):
            if token.startswith(MASK):
                found = self._after(tokens[k + 1:])
                if found:
                    return found
        return None

    def _described(self, tokens: list[str]) -> tuple[str, str] | None:
        """`la porte-parole de la fédération a répondu` / `the attorney added`: someone the story has
        already named, described by what they are; the speaker in focus stands for them."""
        piece = _piece(tokens)[0] if tokens[:1] != [","] else []
        while len(piece) > 2 and (piece[-1].lower() in self._lexicon.auxiliaries or piece[-1].lower() in ADVERBS) \
                and self._language != "en":
            # `le Quai d'Orsay a`, `le Premier ministre a ensuite`: the auxiliary of the verb after and an
            # adverb, no words of the description
            piece = piece[:-1]
        if piece and _ELIDED_NAME.match(piece[0]) and len(piece[0]) > 2:
            piece = [piece[0][:2].lower(), piece[0][2:], *piece[1:]]  # `l'ONG` is `l'` + `ONG`
        head = piece[0].lower() if piece else ""
        body = self._institution_named(piece)
        if body:
            return body  # `L'Organisation mondiale de la santé juge…`: a body named the French way
        if self._language == "de":
            # `die Ministerin am Abend`: the description ends at its noun, before the words that follow
            noun_at = next((k for k in range(1, len(piece)) if piece[k][:1].isupper() or _AGED.match(piece[k])), len(piece))
            if noun_at + 1 < len(piece) and piece[noun_at + 1][:1].islower():
                piece = piece[:noun_at + 1]
        feminine = self._language == "de" and head == "die" and len(piece) == 2 and (
            piece[1].endswith("in") or _AGED.match(piece[1]))  # `die Ministerin`, `die 45-Jährige`: one woman
        if feminine:
            head = "der"
        noun = "" if len(piece) < 2 else piece[-1] if self._language in HEAD_FINAL else piece[1]
        nouns = [noun] if self._language in HEAD_FINAL else piece[1:3]  # `le nouveau gouvernement`
        if self._language == "en" and head in ("the", "these", "those") and _plural_people(piece[1:]):
            return _NOBODY  # `the doctors said they…`, `the letter signed by seven physicians`: a group
        if head in DEFINITES and piece[1:2] and piece[1].lower() in _DOCUMENT_PARTS:
            return self._document_part(piece[1:])  # `El artículo primero establece`: the law it is part of
        if head in DEFINITES and self._language not in HEAD_FINAL and piece[1:2] and piece[1].lower() in STATEMENTS:
            # `Le communiqué de l'ONU précise`, `el informe de la OMS señala`: a paper speaks for whoever put it out
            complement = [_ELIDED_NAME.sub("", t) for t in piece[2:]]
            return self._named_in(complement) or self._named_in(complement, organisations=True) or ("focus", "n")
        if head in DEFINITES and piece[1:2] and piece[1].lower() in WRITINGS and all(w.lower() in ADVERBS for w in piece[2:]) \
                and (owner := self._writing_owner(piece[1])):
            return ("name", owner)  # `The letter also said`, after `The Conservatives' letter to…`: its writer
        if head in DEFINITES and any(n.lower() in BODY_KINDS | ORGANISATION_WORDS for n in nouns):
            named = self._body_name(piece[1:]) if self._language not in HEAD_FINAL else None
            # `selon le syndicat Force ouvrière`, `el diario El País`, `the newspaper People's Daily`: the kind
            # of body, then its name, which runs to the end of the phrase
            if named is None and len(piece) > 2 and piece[1][:1].islower() and piece[2][:1].isupper() \
                    and len(piece) <= MAX_NAME_PHRASE and all(t[:1].isalnum() for t in piece[2:]):
                named = " ".join(piece[2:])
            if named is None and self._language == "en" and len(piece) > 2 and all(t[:1].isupper() for t in piece[1:]):
                named = " ".join(piece[1:])  # `according to the World Health Organization`: a name with its article
            # `La chaîne met…` after `la chaîne de télévision France 24`: the body the noun named
            named = named or (self._referent(piece[1], self._quoted_at) if len(piece) == 2 else None)
            return ("name", named) if named else ("focus", "n")  # `l'ONG précise`, `the company said`
        if head not in DEFINITES or not piece[1:2] or not (
                piece[1][:1].islower() or piece[1][:1].isdigit() or _ELIDED_NAME.sub("", piece[-1])[:1].islower() or self._is_title(piece[1])
                or self._language == "de" and len(piece) == 2 and (  # `der CDU-Politiker`, `die Studentin`
                    feminine or "-" in piece[1] or piece[1].lower().endswith(DE_PERSON_ENDINGS)
                    # `fügte der Ethnologe hinzu`, `der Kollege`, `der Deutsche`: a masculine noun in -e after
                    # `der` is a weak noun or an adjective made a noun, both nearly always a person
                    or head == "der" and piece[1].endswith("e"))):
            return None  # `the American space agency`; `dénonce le Président-candidat`: a title is one too
        named = self._opening(piece)  # `el economista Thomas Piketty`: the description comes with a name
        if named and named[0] == "name" and " " in named[1] and not _is_organisation(named[1].split()):
            return named
        described = [w.lower().rstrip(".!?…") for w in piece[1:] if w.lower() not in self._stop_words]
        known = self._known_as(described) if len(piece) <= 3 or self._language not in HEAD_FINAL else None
        if known is None and len(described) == 1 and described[0] in _WINNERS:
            known = self._winner(self._quoted_at)  # `la lauréate a rappelé`, after `attribué à la romancière X`
        if known:
            return ("name", known)  # `a ajouté le ministre`, after `Le ministre Jean Dupont`
        aged = self._of_age(described)
        if aged:
            return ("name", aged)  # `the teenager texted`, after `Jamie Silvonek, 14,` and `Cheryl Silvonek, 54,`
        if head in POSSESSIVES:
            return _NOBODY  # `a révélé son avocate`, `his lawyer said`: someone of the person in focus's, unnamed
        gender = "f" if feminine else ARTICLES.get(head) or next((GENDERED_NOUNS[w] for w in described if w in GENDERED_NOUNS), "")
        if len(described) == 1 and _AGED.match(described[0]) and not self._ages:
            return ("pronoun", gender)  # `sagte der 52-Jährige`, no age given before: he, the person in focus
        if self._is_title(noun):
            return ("titled", f"{gender} {noun.lower()}")  # `le ministre du Redressement productif`: a post
        if noun and not gender and (self._introduced_unnamed(noun, self._quoted_at)
                                    or self._referred_unnamed(noun, self._quoted_at)):
            return _NOBODY  # `the spokesperson said`, after `A spokesperson who did not wish to be named`;
            # `the patient wrote`, after `The patient went to his doctor` with no patient named
            # (a gendered one, `the woman`, stays in focus for the `she` that follows)
        return ("focus", gender)  # `the wealthy NSW businessman`: no name in it

    def _writing_owner(self, noun: str) -> str | None:
        """Whose `noun` (a letter, a speech) the text named last before the quotation (`The Conservatives'
        letter`), within the pronoun look-back."""
        for k in range(self._quoted_at, max(-1, self._quoted_at - 1 - PRONOUN_LOOKBACK), -1):
            owners = [_owner(m) for m in _WRITING_OWNER.finditer(self._sentences[k].text)
                      if m.group(2).lower() == noun.lower()]
            if owners:
                return owners[-1] or None
        return None

    def _described_person(self, tokens: list[str]) -> tuple[str, str] | None:
        """`„…“, so der Gewerkschafter`, `según el ministro`: a person described after `so` or
        `according to` is the one in focus; a paper (`selon le rapport`) is no one's voice."""
        described = self._described(tokens)
        paper = any(t.lower() in STATEMENTS | WRITINGS | DOCUMENTS for t in tokens[:3])
        if not described or described[0] == "focus" and (described[1] not in ("m", "f") or paper):
            return None
        return described

    def _document_part(self, tokens: list[str]) -> tuple[str, str] | None:
        """`según los artículos 9 y 10 del Tratado de la Unión Europea`, `El artículo primero establece`: a part
        of a law or a treaty speaks for it, named in the words after the part or last before the quotation."""
        if not tokens or tokens[0].lower() not in _DOCUMENT_PARTS:
            return None
        sentences = [tokens[:MAX_SUBJECT_TOKENS]] + [_tokens(self._masked.get(k, ""), self._lexicon)
                                                     for k in range(self._quoted_at - 1, max(-1, self._quoted_at - 1 - PRONOUN_LOOKBACK), -1)]
        for words in sentences:
            for j, word in enumerate(words):
                if word[:1].isupper() and word.lower() in _DOCUMENTS_NAMED and (end := self._name_end(words, j)) > j + 1:
                    if words[end:end + 1] in (["de"], ["of"], ["von"], ["du"]) and re.fullmatch(r"\d{4}", "".join(words[end + 1:end + 2])):
                        end += 2  # `Ley de Aguas de 1866`: a law is named with its year
                    return ("name", " ".join(words[j:end]))
        return None

    def _winner(self, index: int) -> str | None:
        """The person the story gave a prize to (`Le prix Rossel a été attribué à la romancière X`, `the prize
        went to X`, `der Preis wurde an X verliehen`), named after `à`, `to`, `an` or `a` in a sentence about
        a prize, up to sentence `index`."""
        for k in range(index, -1, -1):
            text = self._sentences[k].text
            if not _PRIZE.search(text):
                continue
            for person in self._people_in(k):
                at = text.find(person)
                if at > 0 and set(text[:at].lower().split()[-4:]) & {"à", "to", "an", "a", "al"}:
                    return person
        return None

    def _introduced_unnamed(self, noun: str, index: int) -> bool:
        """Whether the story brought in a `noun` with an indefinite article and no name after it
        (`A spokesperson who did not wish to be named said…`, `un porte-parole a indiqué`) before
        sentence `index`: `the spokesperson` is then that one, whom the story never names. Someone's
        (`a reporter's source inside the camp, a Syrian refugee who asked not to be identified`) is as unnamed."""
        pattern = re.compile(rf"(?:^|\s)(?:(?i:{'|'.join(sorted(INDEFINITES))})|\w+['’]s)\s+{re.escape(noun)}\b(?!,?\s+[A-Z])")
        return any(pattern.search(sentence.text) for sentence in self._sentences[:index + 1])

    def _referred_unnamed(self, noun: str, index: int) -> bool:
        """Whether a sentence before sentence `index` already spoke of `the noun` with no name after it
        (`The patient went to his doctor…`): the text treats that one as a character of its own, so
        `the patient wrote` is them, not the person last in focus (the doctor quoted before). A
        description the text tied to a name (`Dr. Owen Dempsey, a pulmonologist`) was matched before
        this is asked; so was one that attributed a quotation the text gave a name (`“…,” the expert
        explains`, said by the expert named before)."""
        definites = "|".join(sorted(re.escape(d) for d in DEFINITES if d[-1:].isalpha()))
        pattern = re.compile(rf"(?:^|\s)(?i:{definites})\s+{re.escape(noun)}\b(?!,?\s+[A-Z])")
        return any(pattern.search(sentence.text) for k, sentence in enumerate(self._sentences[:index])
                   if k not in self._said)

    def _body_name(self, tokens: list[str]) -> str | None:
        """`Association des leaders religieux du Mali a estimé`: a French or Spanish body's name opens
        with a capitalised kind of body and runs, through lower-case words, to the last name word
        before the verb."""
        if not tokens or not tokens[0][:1].isupper() or tokens[0].lower() not in ORGANISATION_WORDS:
            return None
        end = 1
        for k, token in enumerate(tokens[1:MAX_NAME_PHRASE], 1):
            if token.lower() in self._lexicon.auxiliaries or self._is_verb(token) or not token[:1].isalpha():
                break
            if _ELIDED_NAME.sub("", token)[:1].isupper() or end == k and token.lower() not in self._stop_words | PARTICLES:
                end = k + 1  # `Conseil d'État`; `Parti socialiste`, `Conseil constitutionnel`: an adjective right after
        return " ".join(tokens[:end]) if end > 1 else None

    def _of_age(self, description: list[str]) -> str | None:
        """The one person introduced before the quotation whose age the text gives and a description
        fits: `the 14-year-old` is 14; `the teenager`, `the girl` is under 20."""
        stated = next((int(m.group(1)) for w in description for m in [_AGED.match(w)] if m), None)
        if stated is None and not YOUNG_NOUNS & set(description):
            return None
        fits = {person for person, age in self._ages.items() if self._first_seen[person] <= self._quoted_at
                and (age == stated if stated is not None else age < ADULT_AGE)}
        return fits.pop() if len(fits) == 1 else None

    def _introduced_as(self, noun: str, index: int) -> str | None:
        """The one person introduced before sentence `index` as a `noun` (`le graphiste portugais
        Miguel Neiva`): the noun heads the words right before the name."""
        known = set()
        for person, at in self._first_seen.items():
            text = self._sentences[at].text
            before = text[:max(text.find(person), 0)].lower().split()[-3:]
            while before and (before[0] not in ARTICLES or len(before) > 2 and before[1] in ARTICLES):
                before = before[1:]  # the words after the article: `graphiste portugais`
            if at < index and before[1:2] == [noun]:
                known.add(person)
        return known.pop() if len(known) == 1 else None

    def _known_as(self, description: list[str]) -> str | None:
        """The one person the article introduced by every word of `description`, in the role of their
        apposition or just before their name (`le ministre` for `Le ministre Jean Dupont`; `le
        ministre de l'Intérieur` for `Jean Dupont, ministre de l'Intérieur`, not for `le ministre du
        Budget`)."""
        words = {_ELIDED_NAME.sub("", w) for w in description if w[:1].isalpha()}
        if not words:
            return None
        known = set()
        for person, index in self._first_seen.items():
            text = self._sentences[index].text
            at = text.find(person)
            # `a annoncé la mairesse, Isabelle Gagnon`: the role set off by a comma before the name
            context = [w.rstrip(",") for w in text[:at].lower().split()[-3:]] if at >= 0 else []
            # `der Doktor eine Enkeltochter, Susan Foreman`: the words after the last article describe her
            context = context[max((k + 1 for k, w in enumerate(context) if w in ARTICLES or w in INDEFINITES), default=0):]
            context += self._role_before_complement(text[:at]) if at >= 0 else []
            if context[-1:] == ["gegenüber"]:
                continue  # `erklärte die Senatorin gegenüber Radio Bremen`: whom she told, not who she is
            context += (self._roles.get(person) or "").lower().split()
            seen = {_ELIDED_NAME.sub("", w) for w in context}
            if self._language == "de":
                # `die Bildungssenatorin Renate Kuhlmann` is `die Senatorin`: a German compound ends in its kind
                seen |= {word for word in words for w in seen if len(word) > 4 and w.endswith(word)}
            if words <= seen:
                known.add(person)
        return known.pop() if len(known) == 1 else None

    def _role_before_complement(self, before: str) -> list[str]:
        """`El juez del Tribunal Supremo Ángel Hurtado`: a role noun whose complement (`del Tribunal
        Supremo`, `of the Supreme Court`) stands between it and the name; the noun describes the person."""
        words = [w.rstrip(",") for w in before.lower().split()[-6:]]
        at = next((k for k in range(len(words) - 1, 0, -1) if words[k] in _COMPLEMENTS), None)
        if at is None or before.rstrip().endswith(","):
            return []
        return [words[at - 1]] if self._role_head(words[at - 1]) else []

    def _dropped(self, tokens: list[str]) -> tuple[str, str] | None:
        """`«…», dijo.` / `«…», explicó en rueda de prensa`: no subject after the verb in a language
        that leaves it out, so the person in focus; a noun phrase there (`dijo un portavoz`) is not that."""
        following = _piece(tokens)[0][:1]
        # Spanish `a` is a preposition (`aseguró a las puertas del tribunal`), not the English article
        if not self._lexicon.pro_drop or following and (following[0][:1].isupper() or following[0].lower() in ARTICLES
                                                        and following[0].lower() != "a"):
            return None
        return ("pronoun", "")

    def _unnamed(self, subject: list[str]) -> tuple[str, str] | None:
        """`A spokesman said` / `Un ancien guide a indiqué`: someone the article leaves unnamed, so
        nobody; `The attorney added` refers back to someone named, so the context decides."""
        whole, subject = subject, subject[-MAX_NAME_PHRASE:]
        while subject and subject[-1].lower() in self._lexicon.auxiliaries:
            subject = subject[:-1]  # French `a` (`le ministère a indiqué`) is no English article
        if not any(t.lower() in INDEFINITES and t.lower() not in self._lexicon.auxiliaries for t in subject):
            return None
        if subject and subject[-1].lower() in STATEMENTS:
            return ("focus", "n")  # `a statement said`: the body in focus put it out
        if STATEMENTS & {t.lower() for t in whole} and (body := self._body_phrase(whole)):
            return body  # `Un autre communiqué, émanant du ministère des Affaires étrangères italien, a précisé`
        return self._represented(subject) or _NOBODY

    def _represented(self, tokens: list[str]) -> tuple[str, str] | None:
        """`a spokesman for Terminix` / `un porte-parole de la SNCF`: the body an unnamed
        spokesperson speaks for, which the reader should see when no person is named."""
        at = next((k for k, t in enumerate(tokens) if t.lower() in SPOKESPEOPLE | STATEMENTS), None)
        if at is None:
            compound = next((t for t in _piece(tokens)[0] if self._body_stem(t)), None)
            body = self._body_named(self._body_stem(compound)) if compound else None
            return ("name", body) if body else _NOBODY if compound else None
        if at + 2 < len(tokens) and tokens[at + 1].lower() == "on" and _possessive(tokens[at + 2]):
            return ("name", _strip_possessive(tokens[at + 2]))  # `a statement on Miller's website`
        genitive = self._language == "de" and tokens[at + 1:at + 2] != [] and tokens[at + 1].lower() in ("der", "des")
        if genitive:
            tokens = [*tokens[:at + 1], "von", *tokens[at + 1:]]  # `ein Sprecher der Polizei`: of the police
        if at + 1 >= len(tokens) or tokens[at + 1].lower() not in PREPOSITIONS:
            # `a Sandown spokesman`: the body named right before the spokesperson
            before = [run for run in _runs(tokens[:at]) if run[1] == at]
            name = [t for t in tokens[before[0][0]:at] if t.lower() not in ARTICLES] if before else []
            if not name and tokens[at].lower() in STATEMENTS:
                # `recoge el fallo`: the court in focus ruled; `según el informe`: the body it named put it out
                return self._named_paper(tokens[at]) or ("focus", "n")
            if not name and at and tokens[at - 1].islower() and tokens[at - 1] in BODY_KINDS | ORGANISATION_WORDS:
                return ("focus", "n")  # `a company spokesman said`: as `the company said`, the body in focus
            return ("name", " ".join(name)) if name else None
        rest = tokens[at + 2:]
        while rest and (rest[0].lower() in ARTICLES or genitive and rest[0].lower() in DE_DETERMINERS):
            rest = rest[1:]
        runs = _runs(rest)
        if not runs or runs[0][0] != 0:
            return None
        end = runs[0][1]
        if genitive and end == 1 and rest[0].endswith("s"):
            # `eine Sprecherin des Bundesamts`: the body the article named in full, less its genitive s
            named = self._body_named(rest[0][:-2 if rest[0].endswith("es") else -1].lower())
            if named:
                return ("name", named)
            if self._kind_noun(tokens[at + 1:], rest[0]):
                return ("focus", "n")  # `in einer Mitteilung des Vorstands`: the board of the body in focus
            stem = rest[0][:-2 if rest[0].endswith("es") else -1]
            if stem.lower().endswith(DE_BODY_ENDINGS):
                return ("name", stem)  # `ein Sprecher des Arbeitgeberverbands`: the Arbeitgeberverband
        if genitive and end == 1 and rest[0].lower() in _GENERIC_BODIES:
            latest = self._latest_body(self._quoted_at)
            if latest:
                return ("name", latest)  # `Die Staatsanwaltschaft Essen ermittelt. Ein Sprecher der Behörde sagte`
        if end == 1 and rest[0].lower() in ORGANISATION_WORDS and rest[1:2] and rest[1][:1].islower() \
                and rest[1] not in self._stop_words and not self._is_verb(rest[1]):
            end = 2  # `la Ligue arabe`, `l'Union européenne`: the adjective is part of the name
        if genitive and end > 1 and rest[0].endswith("es") and len(rest[0]) > 5:
            rest = [rest[0][:-2], *rest[1:]]  # `einer Sprecherin des Kreises Recklinghausen`: the Kreis Recklinghausen
        return ("name", " ".join(_strip_possessive(t) for t in rest[:end]))

    def _named_place(self, chunk: list[str], name: str) -> bool:
        """Whether a one-word `name` in a French or Spanish `chunk` follows an article and a common noun
        that is no role or title (`en la estación Tláhuac`, `à la gare Montparnasse`): a place's name."""
        first = name.split()[0]
        at = chunk.index(first) if first in chunk else 0
        if self._language not in ("es", "fr") or " " in name or at < 2:
            return False
        noun = chunk[at - 1]
        return noun[:1].islower() and chunk[at - 2].lower() in ARTICLES and not self._role_head(noun) \
            and not self._is_title(noun) and noun.lower() not in MEDIA_KINDS

    @staticmethod
    def _complement(chunk: list[str], name: str) -> bool:
        """Whether `name` follows a preposition or a genitive article in `chunk`: whose or what the role
        before it is (`der IG Metall`, `de la Junta`, `for Acme`), not who holds it."""
        first = name.split()[0]
        at = chunk.index(first) if first in chunk else 0
        return any(t.lower() in PREPOSITIONS | PARTICLES | {"der", "des", "la", "el", "l'", "l’"} for t in chunk[1:at])

    def _kind_noun(self, chunk: list[str], name: str) -> bool:
        """Whether a one-word German `name` found in `chunk` is the kind of body after its determiner
        (`das Unternehmen`, `des Vorstands`), which stands for the body in focus, not a body of that name
        (`die Feuerwehr` is one)."""
        if self._language != "de" or name not in chunk:
            return False
        at = chunk.index(name)
        kind = name.lower()
        return at > 0 and chunk[at - 1].lower() in DE_DETERMINERS and (
            kind in BODY_KINDS or kind.endswith("s") and kind.rstrip("s").removesuffix("e") in BODY_KINDS)

    def _body_stem(self, token: str) -> str | None:
        """`Regierungssprecher` -> `regierung`: the body a German spokesperson compound names."""
        lowered = token.lower()
        ending = next((e for e in SPOKESPERSON_ENDINGS if lowered.endswith(e)), None)
        if self._language != "de" or ending is None or len(lowered) < len(ending) + 3:
            return None
        stem = lowered[:-len(ending)].rstrip("-")
        return stem[:-1] if stem.endswith(("ions", "ungs", "täts", "heits", "keits", "schafts")) else stem

    def _body_named(self, stem: str) -> str | None:
        """The body the article names whose name ends in `stem` (`Bundesregierung`, `Europäische
        Kommission` for `regierung`, `kommission`), first in the text; None if it names none."""
        for index in sorted(self._masked):
            tokens = _tokens(self._masked[index], self._lexicon)
            for start, end in _runs(tokens):
                words = [t for t in tokens[start:end] if t.lower() not in self._stop_words]
                if words and words[-1].lower().endswith(stem) and " ".join(words) not in self._first_seen:
                    return " ".join(words)
        return None

    def _before(self, tokens: list[str]) -> tuple[str, str] | None:
        """`Kim said: “…”` / `She told reporters that “…”` / `According to Kim, “…”`."""
        # A semicolon ends a clause, unless it stands for a colon right before the quotation (`said; ‘…’`).
        boundary = max((k for k, t in enumerate(tokens)
                        if _ends_clause(tokens, k) or t == ";" and k + 1 < len(tokens)),
                       default=-1)
        tokens = [t for t in tokens[boundary + 1:] if t != ";"]
        agent = self._agent(tokens)
        if agent:
            return agent
        for k in range(len(tokens) - 1, -1, -1):
            if tokens[k] == _BY:
                if [t.lower() for t in tokens[k + 1:k + 3]] in (["les", "termes"], ["los", "términos"]) \
                        and tokens[k + 3:k + 4] and tokens[k + 3].lower() in _FR_COMPLEMENTS | {"de", "del", "d'"}:
                    tokens = [_BY, *tokens[k + 4:]]  # `selon les termes du CSA`: according to the CSA
                    k = 0
                # `According to federal prosecutors, China's ministry “…”`: an unnamed group, whatever the sentence
                # names after the comma
                group = _piece(tokens[k + 1:])[0]
                unnamed = self._language == "en" and 0 < len(group) <= 3 and all(t.islower() for t in group) \
                    and _plural_people(group[-1:])
                return (self._document_part(tokens[k + 1:]) or self._inverted(tokens[k:])
                        or (_NOBODY if self._thing(tokens[k + 1:]) or unnamed else None))
            if self._is_verb(tokens[k]):
                if k and self._plural(tokens[k], tokens[k - 1]):
                    return _NOBODY  # `und beide sagten gleichzeitig: „…“`
                if inverted_pronoun := self._de_pronoun_after(tokens, k):
                    return inverted_pronoun
                relative = k - 1
                # `Abe Silverstein, quien más tarde dijo`, `el Tribunal Europeo, que la describió como`
                while relative > 1 and (tokens[relative].lower() in ADVERBS or tokens[relative].lower().endswith(_ADVERB_ENDINGS)
                                        or tokens[relative].lower() in self._lexicon.auxiliaries
                                        or self._language != "en" and tokens[relative].lower() in _OBJECT_CLITICS):
                    # `…, qui a notamment déclaré`: an auxiliary and an adverb between the relative and its verb
                    relative -= 1
                if relative > 1 and tokens[relative - 1].lower() in _POSSESSIVE_RELATIVES:
                    relative -= 1  # `la Real Sociedad…, cuyo boletín la calificó de`: the body whose paper speaks
                if relative > 0 and tokens[relative].lower() in RELATIVES | _POSSESSIVE_RELATIVES:
                    return self._relative(tokens[:relative])
                if self._after_as(tokens[:k]) and k + 1 < len(tokens):
                    # `…, comme le précise l'ambassadeur de France, Bernard Bajolet : « … »`, `como señaló
                    # el ministro`: the verb comes before its subject, not after the clause before `comme`
                    found = self._inverted(tokens[k:])
                    if found:
                        return found
                if tokens[k].lower().endswith(PARTICIPLE_ENDINGS) and (
                        latter := _LATTER_PHRASES.get(tuple(t.lower() for t in tokens[max(0, k - 2):k]))):
                    return ("latter", latter)  # `…ainsi que le sénateur François Grosdidier, ce dernier précisant que`
                if tokens[k].lower().endswith(PARTICIPLE_ENDINGS):
                    # `TVE a émis un communiqué affirmant que « … »`: the clause's subject speaks, that of
                    # the nearest clause (`Webb saltó…, hasta que Kennedy terminó la disputa afirmando que`)
                    opens = max((j for j, t in enumerate(tokens[:k]) if t.lower() in CLAUSE_OPENERS), default=None)
                    own = self._opening(tokens[opens + 1:k]) if opens is not None else None
                    return (own if own and own[0] in ("name", "pronoun") else None) or self._opening(tokens[:k]) \
                        or self._subject(tokens[:k])
                clause = tokens[:k][max((j + 1 for j, t in enumerate(tokens[:k]) if t == ","), default=0):]
                if self._language == "de" and not clause and k and tokens[0].lower() in {_BY} | SUBORDINATORS:
                    # `Laut Unterlagen, die … vorliegen, antwortet Keith dem Parteichef: „…“`: after a fronted
                    # phrase or clause, German puts the subject right after the verb
                    inverted = self._inverted(tokens[k:])
                    if inverted and inverted[0] in ("name", "pronoun"):
                        return inverted
                opened = _after_openers(tokens[:k])
                if not clause and "," in opened and opened[0].lower() in DEFINITES:
                    holder = self._opening(opened)
                    if holder and holder[0] == "name" and " " in holder[1]:
                        return holder  # `Der Betreiber, die Rheinchem AG, teilte mit`: the role, then who holds it
                    clause = opened[:opened.index(",")]  # `El informe, una declaración…, declaró`: before the apposition
                fronted = self._after_fronted(clause)
                if fronted:
                    return fronted
                if self._language == "de" and clause[:1] and clause[0].lower() in OPENERS | DE_RELATIVE_PREPOSITIONS \
                        and tokens[k + 1:k + 2] and tokens[k + 1].lower() in self._lexicon.pronouns:
                    return self._named_after(tokens[k:])  # `In einer Predigt von 1533 warnte er, …`: he, after the verb
                if self._language == "de" and clause[:1] and clause[0] in DE_RELATIVES and len(clause) < k \
                        and not self._verb_last(clause):
                    # `…von Graf Ulrich von Hohenfels gestiftet, der in der Urkunde erklärte`: the relative is
                    # the subject, so the speaker is the name the clause hangs on
                    antecedent = self._relative(tokens[:k - len(clause)])
                    if antecedent:
                        return antecedent
                joined = k - 1
                while joined > 0 and tokens[joined].lower() in ADVERBS:
                    joined -= 1  # `… afirma que … y también dijo:`
                shared = self._opening(clause) if k and tokens[joined].lower() in CONJUNCTIONS else None
                if shared:
                    return shared  # `Ms Kunis confessed to the crime and told her '…'`
                if self._lexicon.pro_drop and all(t.lower() in ADVERBS | _OBJECT_CLITICS for t in clause):
                    # `Allí, aseguró que «…»`, `…, le dijo a un reportero: «…»`
                    return self._subject(tokens[:k]) or ("pronoun", "")
                # `(zum Zeugen): Er soll ja auch gesagt haben: „…“`: after a colon, the subject opens the
                # clause, far from the participle
                sentence = clause[max((j + 1 for j, t in enumerate(clause) if t == ":"), default=0):]
                # `Il a ainsi qualifié M. Haider de « … »`: a clause opening with its subject pronoun puts no
                # inverted subject after the verb; the name there is its object
                opening = self._opening(sentence) if sentence and (
                    len(sentence) < len(clause) or sentence[0].lower() in SUBJECT_PRONOUNS) else None
                found = (self._object_relative(clause) or self._verb_last(clause) or self._subject(tokens[:k])
                         or self._unnamed(_after_openers(tokens[:k]))
                         or (opening if opening and opening[0] == "pronoun" else None)
                         or self._body_phrase(clause) or self._described(clause)
                         or self._named_after(tokens[k:]) or self._through_paper(clause + tokens[k:k + 2]))
                if found and found[0] == "name" and not self._is_person(found[1]):
                    return self._reporter(tokens[:k]) or found
                if found == ("focus", "n") and len(clause) >= 2 and clause[1].lower() in STATEMENTS:
                    # `El informe declaró`, `Un informe del Instituto … concluyó`: the paper's source
                    return self._named_paper(clause[1]) or found
                return found
        return None

    def _de_pronoun_after(self, tokens: list[str], k: int) -> tuple[str, str] | None:
        """`Die Technik sei niemals Selbstzweck, betont sie: „…“`: a German verb right after the comma that
        ends the reported words, then `er` or `sie`, has that pronoun for its subject; the capitalised noun
        ending the words before (`Selbstzweck`) is no speaker. With a clause before the verb (`Die
        Gesellschaft würdigte sie als „…“`), `sie` may be its object."""
        if self._language != "de" or not 0 < k < len(tokens) - 1 or tokens[k - 1] != ",":
            return None
        pronoun = tokens[k + 1].lower()
        if pronoun not in ("er", "sie") or tokens[k + 1] == "Sie":
            return None  # `Sie` is the polite you
        return ("pronoun", self._lexicon.pronouns[pronoun])

    def _object_relative(self, tokens: list[str]) -> tuple[str, str] | None:
        """`un informe en Trinidad Express que Kilian describió como "…"`, `a report that Kilian described
        as`: the name between a relative and the verb is the verb's subject, not the noun the clause hangs on."""
        at = max((j for j, t in enumerate(tokens) if t.lower() in _OBJECT_RELATIVES), default=None)
        if at is None or at + 1 >= len(tokens) or not tokens[at + 1][:1].isupper():
            return None
        if _PASSIVE.fullmatch(tokens[-1].lower()):
            return None  # `que Carlo Gesualdo est mentionné par Saint-Simon`: a passive, whose agent speaks
        found = self._subject(tokens[at + 1:])
        return found if found and found[0] == "name" else None

    def _after_fronted(self, clause: list[str]) -> tuple[str, str] | None:
        """`Nach dem Bericht eines Berner Gesandten soll Brunner gedroht haben`: a German main clause that
        opens with a phrase has its subject right after the finite verb (an auxiliary or modal here,
        the reporting verb coming last), not in the phrase."""
        if self._language != "de" or not clause or clause[0].lower() not in DE_RELATIVE_PREPOSITIONS | OPENERS:
            return None
        finite = next((j for j, t in enumerate(clause) if t.lower() in _DE_FINITE), None)
        subject = clause[finite + 1:] if finite else []
        runs = _runs(subject)
        if not runs or runs[0][0] != 0:
            return None
        name = self._name(subject, *runs[0])
        return ("name", name) if name else None

    def _reporter(self, tokens: list[str]) -> tuple[str, str] | None:
        """The person whose reporting verb opens the clause a body's verb stands in (`Pompeo said that
        … Washington had concluded … was "…"`): the words are theirs, telling what their side decided."""
        for j in range(len(tokens) - 2, 0, -1):
            if self._is_verb(tokens[j]) and tokens[j + 1].lower() in _THAT:
                found = self._subject(tokens[:j])
                return found if found and found[0] == "name" and self._is_person(found[1]) else None
        return None

    def _thing(self, tokens: list[str]) -> bool:
        """Whether a source after `según`/`selon`/`according to` is a record kept by no one named
        (`según el diario de obras`, `selon le journal de bord`): words whose author the story does not give."""
        chunk = _piece(tokens)[0]
        return len(chunk) > 1 and chunk[0].lower() in DEFINITES and chunk[1].lower() in _RECORDS \
            and not any(t[:1].isupper() for t in chunk)

    def _after_as(self, tokens: list[str]) -> bool:
        """Whether a verb after `tokens` follows `comme`, `como`, `as` with only object pronouns or an
        auxiliary between (`comme le précise`, `comme l'a indiqué`, `como lo explicó`): an inverted
        clause whose subject comes after the verb; `comme il l'a dit` has its subject before."""
        k = len(tokens) - 1
        while k >= 0 and (tokens[k].lower() in CLITICS | _OBJECT_CLITICS | self._lexicon.auxiliaries):
            k -= 1
        return k >= 0 and tokens[k].lower() in AS_WORDS

    def _verb_last(self, clause: list[str]) -> tuple[str, str] | None:
        """`wie dieser nach dem ersten Schusse rief: „…“`, `…, in der er … in die Phrase hüllte: „…“`: a
        German clause with its verb last has its subject right after the word that opens it, a
        conjunction or a relative pronoun (with its preposition)."""
        opens = 1 if clause[:1] and clause[0].lower() in SUBORDINATORS else 0
        if not opens and self._language == "de":
            relative = 1 if clause[:1] and clause[0].lower() in DE_RELATIVE_PREPOSITIONS else 0
            opens = relative + 1 if clause[relative:relative + 1] and clause[relative] in DE_RELATIVES else 0
        if not opens or len(clause) < opens + 2:
            return None
        found = self._opening(clause[opens:])
        return found if found and found[0] in ("name", "pronoun", "latter") else None

    def _pronoun_before_colon(self, clause: list[str]) -> tuple[str, str] | None:
        """`Asked whether…, he went on: “…”`: a clause of a he or she and a verb of a word or two, then the
        colon, hands them the words whatever the verb (`went on`, `put it`)."""
        if not 2 <= len(clause) <= 3 or not all(t.isalpha() and t.islower() for t in clause[1:]):
            return None
        gender = self._lexicon.pronouns.get(clause[0].lower())
        return ("pronoun", gender) if gender in ("m", "f") else None

    def _named_last(self, clause: list[str]) -> tuple[str, str] | None:
        """`Cette orientation est justifiée par Georges Kaldy : « … »`, `…satisfait l'écurie et notamment
        Jean-Christophe Boullion : « … »`: a person named last before the colon, as the agent of a passive
        or singled out by `and`/`notamment`, is the one the quotation gives the words of; a place or a body
        named there after a preposition (`à Paris :`, `du RER B Nord`) is not."""
        runs = _runs(clause)
        if not runs or runs[-1][1] != len(clause) or runs[-1][0] == 0:
            return None
        start, end = runs[-1]
        if clause[start - 1].lower() not in AGENTS | CONJUNCTIONS | ADVERBS | _SINGLING_OUT:
            return None
        if clause[start - 1].lower() in CONJUNCTIONS and self._addressed(clause[:start - 1]):
            return None  # `Dann schickt Gezer eine Nachricht an Fichtner und Geyer:`: the last one written to
        name = self._name(clause[start:end], 0, end - start)  # the word before was checked above
        return ("name", name) if name and self._is_person(name) else None

    def _addressed(self, before: list[str]) -> bool:
        """Whether the names that end `before` are whom the words went to (`an Fichtner`, `to Ann
        Lee, Tom Hale`, `à Paul`): a preposition for a recipient opens their run of names."""
        k = len(before)
        while k and (before[k - 1][:1].isupper() or before[k - 1] == "," or before[k - 1].lower() in CONJUNCTIONS):
            k -= 1
        return k < len(before) and k > 0 and before[k - 1].lower() in _ADDRESSEES.get(self._language, ())

    def _sole_person(self, index: int) -> tuple[str, str] | None:
        """`…a convaincu la veuve de l'ancien président, Souha Arafat, de demander l'exhumation : « Je veux… »`:
        a colon after a sentence that names one person, though not as its subject, hands them the word."""
        people = self._people_in(index, before_quote=True)
        masked = self._masked.get(index, "")
        tokens = _tokens(masked, self._lexicon)
        for owned in _WRITING_OWNER.finditer(masked.split(MASK)[0]):
            # `The Conservatives' letter to Daniel Greenberg, the commissioner, said: “…”`: the writing's owner
            # wrote it; whom it went to did not
            if owned.group(2).lower() in WRITINGS | STATEMENTS and _owner(owned):
                return ("name", _owner(owned))
        if len(people) == 1 and not self._addressed(tokens[:self._name_start(tokens, people[0]) + len(people[0].split())]):
            return ("name", people[0])
        # `…dans une lettre de Guillaume Apollinaire à Paul Dermée : « … »`: of several, the writing's author
        for k, token in enumerate(tokens[:-2]):
            if token.lower() in WRITINGS | STATEMENTS and tokens[k + 1].lower() in _OF:
                author = next((p for p in people if " ".join(tokens[k + 2:k + 2 + len(p.split())]) == p), None)
                if author:
                    return ("name", author)
        return None

    @staticmethod
    def _name_start(tokens: list[str], name: str) -> int:
        """Where `name`'s last word first stands in `tokens` (0 when it is not there): the words before it
        say what the name is to the sentence (`to Daniel Greenberg`)."""
        last = name.split()[-1]
        return next((k - len(name.split()) + 1 for k, t in enumerate(tokens) if _strip_possessive(t) == last), 0)

    def _joined(self, tokens: list[str]) -> tuple[str, str] | None:
        """`bans what it calls “…” and defines as “…”`: a verb joined by `and` right after an earlier
        quotation in the sentence shares the subject of the clause before that quotation."""
        boundary = max((k for k, t in enumerate(tokens) if _ends_clause(tokens, k)), default=-1)
        clause = tokens[boundary + 1:]
        if boundary < 0 or not clause or clause[0].lower() not in CONJUNCTIONS or _runs(clause):
            return None
        found = self._before(tokens[:boundary])
        # a description there (`Barroso, le président … se dit « … » et pense`) is read better by the opening
        return found if found and (found[0] in ("name", "source", "pronoun") or found == ("focus", "n")) else None

    def _agent(self, tokens: list[str]) -> tuple[str, str] | None:
        """The agent of a passive that describes something in its words: `was described by Senator
        Jane Doe as “…”`, `wird von der Carnegie Foundation als „…“ charakterisiert`."""
        if not tokens or tokens[-1].lower() not in AS_WORDS:
            return None
        # `von 2011` is a date, no agent
        at = max((k for k, t in enumerate(tokens[:-1]) if t.lower() in AGENTS and not tokens[k + 1][:1].isdigit()), default=None)
        if at is None:
            # `Elle a été décrite comme « … »`, `She has been described as “…”`: a passive with no agent
            # gives the words of someone unnamed about its subject, who is not the one speaking
            # an adverb may stand between (`es tradicionalmente reconocida como "…"`)
            clause = [t for t in _last_clause(tokens[:-1]) if not t.lower().endswith(_ADVERB_ENDINGS + ("ly",))]
            # `fue un informe … que Kilian describió como "…"`: the relative clause's own verb describes
            clause = clause[max((j + 1 for j, t in enumerate(clause) if t.lower() in _OBJECT_RELATIVES), default=0):]
            passive = any(_PASSIVE.fullmatch(a.lower()) and _PARTICIPLE.search(b.lower()) for a, b in zip(clause, clause[1:]))
            # `In einem Bericht der Deutschen Forschungsgemeinschaft wird er als „…“ bezeichnet`: the paper's body
            paper = self._in_paper(clause) if passive or self._language == "de" else None
            return paper if paper and paper[0] == "name" else _NOBODY if passive else None
        return self._whole_name(tokens[at + 1:-1])

    def _named_after(self, tokens: list[str]) -> tuple[str, str] | None:
        """`In „Das leere Kind“ sagt Dr. Constantine: „…“` / `Danach sagte er: „…“`: the subject after
        the verb, a name or a pronoun right there, or the role the story calls someone by (`sagt der
        Doktor, dass … – „…“`)."""
        runs = _runs(tokens[1:])
        pronoun = tokens[1:2] and tokens[1].lower() in self._lexicon.pronouns.keys() | self._lexicon.latter.keys()
        role = len(tokens) > 2 and tokens[1].lower() in _ROLE_ARTICLES and self._recurring_role(tokens[2].lower())
        return self._inverted(tokens) if runs and runs[0][0] == 0 or pronoun or role else None

    def _relative(self, tokens: list[str]) -> tuple[str, str] | None:
        """`the WWE -- which describes him as “…”`, `Abe Silverstein, quien dijo`: the name the relative
        clause hangs on."""
        while tokens[-1:] == [","]:
            tokens = tokens[:-1]
        if self._language == "de":
            # `von Graf Ulrich von Hohenfels gestiftet, der…`: German ends the clause with its verb
            end = len(tokens)
            while end > max(0, len(tokens) - 2) and tokens[end - 1][:1].islower() and tokens[end - 1] not in PARTICLES:
                end -= 1
            tokens = tokens[:end]
        runs = _runs(tokens)
        if not runs or runs[-1][1] != len(tokens):
            return self._before_appositions(tokens)
        start, end = runs[-1]
        noble = self._noble_title(tokens, start)
        if noble is not None:
            return ("name", " ".join(tokens[noble:end]))
        return next((("name", name) for organisations in (False, True)
                     for name in [self._name(tokens, start, end, organisations)] if name), None)

    def _before_appositions(self, tokens: list[str]) -> tuple[str, str] | None:
        """`le soutien de Jaime Nebot, maire de Guayaquil, ville la plus peuplée du pays, qui a déclaré`: the
        person a relative clause hangs on, past the appositions set off by commas that describe them (each
        opening in lower case); the person only, since a place or body there may be an apposition's own."""
        commas = [k for k, t in enumerate(tokens) if t == ","]
        end = len(tokens)
        for skipped in range(MAX_APPOSITIONS + 1):
            comma = max((k for k in commas if k < end), default=-1)
            if not tokens[comma + 1:end] or tokens[comma + 1][:1].islower() \
                    and tokens[comma + 1].lower() not in self._lexicon.pronouns:
                if comma < 0 or skipped == MAX_APPOSITIONS:
                    return None
                end = comma  # `ville la plus peuplée du pays`, `maire de Guayaquil`: an apposition
                continue
            runs = _runs(tokens[:end])
            if not skipped or not runs or runs[-1][1] != end:
                return None
            name = self._name(tokens, *runs[-1]) or " ".join(tokens[slice(*runs[-1])])  # `de Jaime Nebot`
            return ("name", name) if self._is_person(self._full_name(name)) else None
        return None

    @staticmethod
    def _noble_title(tokens: list[str], start: int) -> int | None:
        """Where a name by a title of nobility opens, for a place name at `start` (`el marqués de la Ensenada`,
        `le duc de Guise`): the title is the name a reader knows the person by; None without one."""
        k = start
        while k > 0 and tokens[k - 1].lower() in PARTICLES | ARTICLE_PARTICLES:
            k -= 1
        return k - 1 if start - k and k > 0 and tokens[k - 1].lower() in _NOBLE_TITLES else None

    def _previous(self, index: int, sentence: Sentence) -> tuple[str, str] | None:
        """The sentence before, in the same paragraph: its quote's speaker, or whom it says said something."""
        if not 0 <= index < len(self._sentences) or self._sentences[index].paragraph != sentence.paragraph:
            return None
        if index in self._said:
            return ("name", self._said[index])
        return self._reported(index)

    def _still_quoting(self, sentence: Sentence) -> tuple[str, str] | None:
        """`„…“, sagte Çelik dem WDR. An manchen Schulen falle jede fünfte Stunde aus. „…“`: a quotation
        standing alone goes on quoting the paragraph's latest speaker, across sentences that report
        what they said and name no one else; not after a sentence that brings someone in (`Es justo esto lo que
        le ocurre a Laura Martínez. «…», se queja`)."""
        right_before = sentence.index - 1
        if right_before >= 0 and self._sentences[right_before].paragraph == sentence.paragraph \
                and any(self._first_seen.get(p) == right_before for p in self._people_in(right_before)):
            return None
        for k in range(sentence.index - 2, max(-1, sentence.index - 1 - PRONOUN_LOOKBACK), -1):
            if self._sentences[k].paragraph != sentence.paragraph:
                return None
            if k in self._said:
                return ("name", self._said[k])
            reported = self._reported(k)
            if reported and reported[0] == "name" and TERM in self._masked.get(k, ""):
                return reported  # `„Der Bot erklärt alles“, sagt Schülerin Diba.`: too short to count, still her words
            if MASK in self._masked.get(k, "") or self._people_in(k) or reported:
                return None
        return None

    def _paragraph_before(self, sentence: Sentence) -> tuple[str, str] | None:
        """`Okafor said the company had refused every proposal. ¶ "They expected us to give up…"`: a
        quotation opening its paragraph with no attribution at all goes on from the paragraph before,
        quoting whoever its last sentence quotes or reports speaking."""
        index = sentence.index - 1
        if index < 0 or self._sentences[index].paragraph == sentence.paragraph:
            return None
        return ("name", self._said[index]) if index in self._said else self._reported(index)

    def _answer_to(self, sentence: Sentence) -> tuple[str, str] | None:
        """An interview: `¶ But hasn't she had to turn down lots of offers? ¶ "I mean. Yes, no…"`. A quotation
        opening its paragraph with no attribution, after a paragraph of the writer's questions only, is the
        answer of whom the question asks about (its `she`), or, with no pronoun (`For financial reasons?`),
        of whoever spoke last."""
        index = sentence.index - 1
        if index < 0 or self._sentences[index].paragraph == sentence.paragraph:
            return None
        asked = [k for k in range(index, -1, -1) if self._sentences[k].paragraph == self._sentences[index].paragraph]
        if any(not self._sentences[k].text.rstrip().endswith("?") or MASK in self._masked.get(k, "") for k in asked):
            return None
        tokens = [t.lower() for k in reversed(asked) for t in _tokens(self._sentences[k].text)]
        gender = next((self._lexicon.pronouns[t] for t in tokens if t in self._lexicon.pronouns), None)
        if gender:
            name = self._antecedent(gender, index)
            return ("name", name) if name else None
        spoke = max((k for k in self._said if index - PRONOUN_LOOKBACK <= k < min(asked)), default=None)
        return ("name", self._said[spoke]) if spoke is not None else None

    def _introduced(self, tokens: list[str]) -> bool:
        """`Among the highlights, as caught on tape: “…”`: a phrase a colon ends that has no subject of
        its own (`The sign read: “…”` has one, so the sign speaks, not the person before)."""
        return tokens[-1:] == [":"] and tokens[0].lower() not in ARTICLES.keys() | DEFINITES | INDEFINITES

    def _subject_before(self, sentence: Sentence) -> tuple[str, str] | None:
        """A quotation that is a sentence of its own, with no attribution, goes on from the sentence
        before it in the paragraph: its subject speaks (`Il a souhaité faire un rappel au
        règlement. « On ne peut pas accepter… »`)."""
        index = sentence.index - 1
        if index < 0 or self._sentences[index].paragraph != sentence.paragraph:
            return None
        reported = self._reported(index)
        if reported and reported[0] == "name" and self._is_person(self._full_name(reported[1], index)):
            return reported  # `Arizona is a party college, but Wiig says… “…”`: who says so, not the subject
        return self._opening(_tokens(self._masked.get(index, ""), self._lexicon))

    def _statement_before(self, sentence: Sentence) -> tuple[str, str] | None:
        """`Some traders found Wednesday's Fed statement gloomier than expected. ¶ One reason may be the
        concern about Europe: "there are significant downside risks…"`: a quotation a colon introduces in a
        sentence that names no one quotes the statement the sentence before named, which its owner put out."""
        index = sentence.index - 1
        tokens = _tokens(self._masked.get(index, ""), self._lexicon) if index >= 0 else []
        for k, token in enumerate(tokens):
            if token.lower() not in STATEMENTS or not k:
                continue
            start = k
            while start and tokens[start - 1][:1].isupper() and not tokens[start - 1].startswith(MASK) \
                    and tokens[start - 1].lower().rstrip("'’s") not in CALENDAR \
                    and (start == k or not _possessive(tokens[start - 1])):
                start -= 1
            owner = [_strip_possessive(t) for t in tokens[start:k]]
            if owner and not (start == 0 and self._common_word(owner[0], initial=True)):
                return ("name", " ".join(owner))
        return None

    def _words_of(self, tokens: list[str]) -> tuple[str, str] | None:
        """`¶ « … » Cette petite phrase d'Arnaud Montebourg augure-t-elle…`, `These remarks by Senator Jo Hart
        drew fire`: a sentence opening with a demonstrative and a noun for what was said, then whose words
        they were, names who said the quotation just before it."""
        if len(tokens) < 3 or tokens[0].lower() not in _DEMONSTRATIVE_OPENERS:
            return None
        noun = next((k for k in range(1, min(len(tokens) - 1, _MAX_SAYING_AT + 1))
                     if tokens[k].lower() in SAYINGS | _REMARKS), None)
        if noun is None or not all(t.isalpha() and t.islower() for t in tokens[1:noun]):
            return None
        rest = tokens[noun + 1:]
        if rest[:1] and rest[0].lower() in _OF | AGENTS:
            rest = rest[1:]
        elif rest[:1] and _ELIDED_NAME.match(rest[0]) and rest[0][2:3].isupper():
            rest = [rest[0][2:], *rest[1:]]  # `d'Arnaud Montebourg`
        else:
            return None
        runs = _runs(rest)
        name = self._name(rest, *runs[0]) if runs and runs[0][0] == 0 else None
        return ("name", name) if name else None

    def _asked(self, last: Sentence) -> tuple[str, str] | None:
        """`“… right?” Jamie wrote.`: a question or exclamation ends the sentence at its closing mark, so
        the attribution right after it is cut off into a sentence of its own."""
        index = last.index + 1
        if not _ENDS_ASKING.search(last.text.rstrip()) or index >= len(self._sentences) \
                or self._sentences[index].paragraph != last.paragraph:
            return None
        tokens = _tokens(self._masked.get(index, ""), self._lexicon)
        if not any(self._is_verb(t) for t in tokens[:ATTRIBUTION_WORDS]):
            return None
        found = self._after(tokens)
        # `Police said the boy was found.` goes on with the story; a person named before, or she, speaks
        known = found and (found[0] == "pronoun" or found[0] == "name" and self._is_person(self._full_name(found[1])))
        return found if known else None

    def _next(self, index: int, sentence: Sentence) -> tuple[str, str] | None:
        """The sentence after, when it goes on quoting: `“…” “…,” she said` names one speaker for both."""
        if not 0 <= index < len(self._sentences) or self._sentences[index].paragraph != sentence.paragraph:
            return None
        tokens = _tokens(self._masked.get(index, ""), self._lexicon)
        return self._after(tokens[1:]) if tokens and tokens[0].startswith((MASK, TERM)) else None

    def _pointed_back(self, last: Sentence) -> tuple[str, str] | None:
        """The next sentence, opening with a word that points back at the quotation, names who said it
        (`¶ That's the optimistic view mouthed by Michael Reed, the CEO…`, `C'est ce qu'a affirmé X`)."""
        index = last.index + 1
        if not 0 <= index < len(self._sentences):
            return None
        tokens = _tokens(self._masked.get(index, ""), self._lexicon)
        if owner := self._words_of(tokens):
            return owner
        if not tokens or tokens[0].lower().replace("’", "'").split("'")[0] not in _POINTING_BACK:
            return None
        for k, token in enumerate(tokens[1:MAX_SUBJECT_TOKENS + 1], 1):
            if token.lower() in AGENTS and (runs := _runs(tokens[k + 1:])) and runs[0][0] == 0:
                name = self._name(tokens[k + 1:], *runs[0])
                return ("name", name) if name else None
            if self._is_verb(token):
                found = self._inverted(tokens[k:])
                return found if found and found[0] == "name" else None
        return None

    def _reported(self, index: int) -> tuple[str, str] | None:
        """Whoever a sentence says said something (`Kim said…`, `…, said Kim`, `…, according to chief
        executive Kim`), if anyone: a person, not a paper (`according to the report`)."""
        tokens = _tokens(self._masked.get(index, ""))
        if self._lexicon.by and re.search(self._lexicon.by, self._masked.get(index, ""), re.IGNORECASE):
            marked = _tokens(self._masked.get(index, ""), self._lexicon)
            at = marked.index(_BY) if _BY in marked else -1
            found = self._inverted(marked[at:]) if at >= 0 and not self._thing(marked[at + 1:]) else None
            if found and found[0] == "name" and self._is_person(self._full_name(found[1])):
                return found
        for k, token in enumerate(tokens):
            if self._is_verb(token):
                j = k - 1
                while j > 0 and tokens[j].lower() in self._lexicon.auxiliaries:
                    j -= 1  # `« … », a déclaré Marine Le Pen`
                after_comma = k and (tokens[j] == "," or tokens[j].startswith((MASK, TERM)))
                if after_comma and tokens[k + 1:k + 2] and tokens[k + 1].lower() in self._lexicon.pronouns:
                    return self._inverted(tokens[k:])  # `Es gebe mehrere Interessenten, erklärte er`: he, not them
                start = max((j for j in range(k) if tokens[j].startswith(MASK)), default=-1) + 1
                # `Arizona is a party college, but Wiig says…`: the clause a `but` opens has its own subject
                start = max((j + 1 for j in range(start + 1, k) if tokens[j].lower() in _BUT and tokens[j - 1] == ","),
                            default=start)
                # `Interrogée à ce sujet, la mairesse a assuré…`: the subject is the clause right before the verb
                clause = tokens[start:j + 1 if j < k - 1 else k]
                clause = clause[max((i + 1 for i, t in enumerate(clause) if t == ","), default=0):]
                subject = _without_relatives(tokens[start:k])
                found = self._subject(subject[-MAX_SUBJECT_TOKENS:]) or self._described(
                    _after_openers(tokens[start:k])) or self._described(clause) or self._unnamed(clause)
                if not found and subject[:1] and subject[0].lower() in INDEFINITES and "," not in subject:
                    # `Una docente de la escuela…, que prefirió no dar su nombre, explicó`: someone unnamed
                    found = self._unnamed(subject)
                if after_comma and (not found or found[0] == "focus"):
                    # `The combination has been steady, said Tom Forte, who…`: a description before the
                    # comma is what was said about; the name after the verb is who said it
                    inverted = self._inverted(tokens[k:])
                    found = inverted if not found or inverted and inverted[0] == "name" else found
                if found:
                    return found
        return None

    def _inverted(self, tokens: list[str]) -> tuple[str, str] | None:
        """The speaker right after the verb: `said Sung Kim, the US envoy` / `sagte er`."""
        pronoun = _INVERTED_PRONOUN.search(tokens[0].lower())
        if pronoun:
            return ("pronoun", self._lexicon.pronouns[pronoun.group(1)])
        if self._language == "de" and tokens[1:2] == ["sich"] and len(tokens) > 2:
            tokens = [tokens[0], *tokens[2:]]  # `freut sich Vereinschef Ralf Horn`: the reflexive, then who
        chunk, rest = _piece(tokens[1:])
        if chunk and self._plural(tokens[0], chunk[0]):
            return _NOBODY  # `sagten sie`, `dijeron ambos`
        while len(chunk) > 1 and (chunk[0] in ADVERBS or chunk[0].lower() in _WHEN
                                  or chunk[0].lower() in _THIS and chunk[1].lower() in _WHEN):
            chunk = chunk[1:]  # `répondit alors son complice`, `a déclaré lundi soir le ministre`, `dijo este lunes`
        chunk = self._past_recipient(chunk)
        if chunk and _ELIDED_NAME.match(chunk[0]) and chunk[0][2:3].isupper():
            chunk = [chunk[0][2:], *chunk[1:]]  # `d'après l'AFP`: the agency
        if chunk and chunk[0].lower() in self._lexicon.pronouns:
            return ("pronoun", self._lexicon.pronouns[chunk[0].lower()])
        if chunk and chunk[0].lower() in self._lexicon.latter:
            return ("latter", self._lexicon.latter[chunk[0].lower()])  # `fragte dieser`
        if tokens[0] == _BY and 2 <= len(chunk) <= 4 and chunk[0].lower() in _THIS and chunk[1].lower() in MEDIA_KINDS \
                and all(t.isalpha() and t.islower() for t in chunk[2:]) and (body := self._latest_body(self._quoted_at)):
            # `De acuerdo con el diario digital Havana Times, … Según esta revista digital, "…"`: the paper named
            return ("name", body)
        if tokens[0] == _BY and len(chunk) > 1 and chunk[0].lower() in OWNERS and self._named_in(chunk) is None:
            # `Seiner Berechnung zufolge`, `según sus cálculos`; `according to his jockey Liam Treadwell` names him
            return ("owner", OWNERS[chunk[0].lower()])
        if len(chunk) == 1 and chunk[0][:1].isupper() and self._part_of_person(chunk[0].rstrip(".")):
            return ("name", chunk[0].rstrip("."))  # `says Doctor.`: the surname of Ken Doctor, not the title
        if kin := self._kin_named(chunk, rest):
            return kin
        found = self._institution_named(_piece(chunk)[0]) or self._named_in(chunk) or self._medium_named(chunk)
        if found and self._kind_noun(chunk, found[1]):
            found = None  # `teilte das Unternehmen mit`: the body in focus, not one named `Unternehmen`
        if found and self._named_place(chunk, found[1]):
            found = None  # `dijo en la estación Tláhuac`: where, not who
        role_first = chunk[:1] and chunk[0].lower() in ARTICLES.keys() | INDEFINITES | _OTHER | DE_DETERMINERS | POSSESSIVES
        if rest[:1] == [","] and role_first and (found is None or self._complement(chunk, found[1])):
            # `explicó la portavoz, Ana Ruiz` / `indicó su director, Samuel Reyes` / `said a spokesman for Acme, John
            # Doe` / `sagte die Erste Bevollmächtigte der IG Metall Schweinfurt, Petra Kleinschmidt`: the person
            # named in the apposition, before the organisation the role mentions. A phrase after the comma
            # (`a révélé son avocate, à la demande de sa veuve Sandrine Diouf`) is no apposition: it names
            # someone else.
            apposition = _piece(rest[1:])[0]
            opens_phrase = apposition[:1] and apposition[0].lower() in PREPOSITIONS | OPENERS
            named = None if opens_phrase else self._named_in(apposition)
            found = named if found is None or named and " " in named[1] else found
        found = found or self._body_phrase(chunk)
        reported = chunk[1:2] and chunk[1].lower() in STATEMENTS  # `según el informe de la ONU`
        if found is None and chunk[:1] and (chunk[0].lower() in INDEFINITES or reported):
            found = self._represented(chunk)  # `according to a spokesman for Acme`
            found = None if found == _NOBODY else found
        if found is None and chunk:
            # `said NASA`, `a précisé Febelfin`: a body right after the verb, not one further on
            # (`a répondu la porte-parole… à une question de la RTBF`).
            lead = chunk[1:] if chunk[0].lower() in ARTICLES else chunk
            runs = _runs(lead)
            # `sagte der Kulturpolitiker der Nachrichtenagentur APA`: a person described, then whom it was
            # said to; no body's name
            someone = self._language == "de" and lead is not chunk and lead and _de_noun(lead[0]) \
                and lead[0].lower().endswith(DE_PERSON_ENDINGS)
            if runs and runs[0][0] == 0 and not someone:
                skipped = len(chunk) - len(lead)  # the article stays in view: `the New Zealand Department`
                name = self._name(chunk, skipped, skipped + _of_complement(lead, runs[0][1]), organisations=True)
                found = ("name", name) if name and not self._kind_noun(chunk, name) else None
        if found is None:
            described = self._described(chunk)  # `Pour l'organisation, …`, `selon le ministre`
            if described and described[0] == "titled" and self._recurring_role(described[1].split(" ", 1)[1]):
                return described  # `sagt der Doktor`: the role the story calls him by
            found = described if described and described[0] in ("name", "pronoun") or described == ("focus", "n") else None
        return found

    def _kin_named(self, chunk: list[str], after: list[str]) -> tuple[str, str] | None:
        """`said Reid's wife Landra`, `said Reid's son, Rory Reid`: the relative named after the kin noun
        speaks, not the one whose relative they are; a first name alone takes the family's surname."""
        if len(chunk) < 2 or not _possessive(chunk[0]) or chunk[1].lower() not in _KIN:
            return None
        rest = chunk[2:] if len(chunk) > 2 else after[1:] if after[:1] == [","] else []
        runs = _runs(rest)
        if not runs or runs[0][0] != 0:
            return None
        name = rest[:runs[0][1]]
        owner = _strip_possessive(chunk[0])
        return ("name", " ".join(name) if len(name) > 1 else f"{name[0]} {owner}")

    def _medium_named(self, chunk: list[str]) -> tuple[str, str] | None:
        """`según la revista Semana`, `selon le quotidien Libération`, `dijo la emisora estatal Radio Rebelde`:
        a word for a paper or a broadcaster, at most two adjectives, then the capitalised name it is known
        by, which may be one word (a person's name needs two)."""
        at = next((k for k, t in enumerate(chunk[:3]) if t.lower() in MEDIA_KINDS and t[:1].islower()), None)
        if at is None:
            return None
        end = at + 1
        while end < min(at + 3, len(chunk)) and chunk[end][:1].islower() and chunk[end].isalpha() \
                and chunk[end] not in self._stop_words and not self._is_verb(chunk[end]):
            end += 1  # `la estación de radio gubernamental`: adjectives after the noun
        runs = [run for run in _runs(chunk) if run[0] == end]
        return ("name", " ".join(chunk[end:runs[0][1]])) if runs else None

    def _past_recipient(self, chunk: list[str]) -> list[str]:
        """The words after the verb from where its subject starts, past whom the words were said to:
        `a confié au Parisien le secrétaire général`, `a indiqué à la radio France Inter le ministre`,
        `dijo a Efe el presidente`: at the first article after the recipient; `a déclaré à l'AFP Laurent
        Berger`: after a recipient named by one word. German names whom after the subject (`erklärte die
        Senatorin gegenüber Radio Bremen`): the words up to it. Anything else is left as it is."""
        if self._language == "de" and "gegenüber" in chunk[1:]:
            return chunk[:chunk.index("gegenüber", 1)]
        if not chunk or chunk[0].lower() not in RECIPIENTS.get(self._language, ()):
            return chunk
        start = 2 if chunk[1:2] and chunk[1].lower() in ARTICLES else 1
        article = next((k for k in range(start + 1, len(chunk)) if chunk[k] in ARTICLES
                        and chunk[k] not in self._lexicon.auxiliaries | RECIPIENTS[self._language]), None)
        if article is not None:
            return chunk[article:]
        named = chunk[start + 1:start + 2]
        if chunk[start:start + 1] and chunk[start][:1].isupper() and named and named[0][:1].isupper():
            return chunk[start + 1:]
        return chunk

    def _through_paper(self, clause: list[str]) -> tuple[str, str] | None:
        """`In dem Urteil heißt es: „…“`, `Der Bescheid lautet: „…“`: a ruling or a statement naming no
        one speaks for the body in focus, or for the one the text named with it (`heißt es im
        Abschlussdokument der Synode`, after `Die Synode von Wettingen`)."""
        paper = next((t for t in clause if t.lower() in STATEMENTS), None)
        if paper is None and self._language == "de" and "heißt" in clause and "es" in clause:
            return ("focus", "n")  # `In ihrer Zunftordnung heißt es`, `Dort heißt es`: a text of the body in focus
        return (self._named_paper(paper) or ("focus", "n")) if paper else None

    def _body_phrase(self, tokens: list[str]) -> tuple[str, str] | None:
        """A body named by a lower-case noun and a capitalised complement, as French and Spanish
        write them: `le communiqué du ministère de l'Intérieur` -> `ministère de l'Intérieur`."""
        for k, token in enumerate(tokens):
            heads = ORGANISATION_WORDS | (FR_INSTITUTION_HEADS if self._language == "fr" else frozenset())
            if token.lower() not in heads or not token[:1].islower():
                continue
            end = k + 1
            while end < min(k + 3, len(tokens)) and tokens[end][:1].islower() and tokens[end].lower() not in (
                    PARTICLES | ARTICLE_PARTICLES | self._stop_words) and not self._is_verb(tokens[end]):
                end += 1  # `tribunal correctionnel de Rennes`: an adjective, then the complement
            adjectives = end
            while end < len(tokens) and tokens[end].lower() in PARTICLES | ARTICLE_PARTICLES | _FR_COMPLEMENTS:
                end += 1
                if end + 1 < len(tokens) and tokens[end][:1].islower() and tokens[end + 1].lower() in PARTICLES \
                        and tokens[end].lower() not in self._stop_words and not self._is_verb(tokens[end]):
                    end += 1  # `chambre régionale des comptes de Normandie`: a complement's noun, then its own
            if end > adjectives and end < len(tokens) and _ELIDED_NAME.sub("", tokens[end])[:1].isupper():
                if token.lower() in MANAGEMENT and adjectives == k + 1:
                    # `la direction de Canal+`, `la dirección de Iberia`: the management speaks for its firm
                    last = next((j for j in range(end, len(tokens)) if not tokens[j][:1].isupper()), len(tokens))
                    return ("name", " ".join([_ELIDED_NAME.sub("", tokens[end]), *tokens[end + 1:last]]))
                last = end + 1
                while self._language == "fr" and last < len(tokens) and tokens[last].islower() \
                        and tokens[last].endswith(FR_ADJECTIVE_ENDINGS) and tokens[last] not in self._stop_words \
                        and not self._is_verb(tokens[last]):
                    last += 1  # `le ministère des Affaires étrangères`: French adjectives stay lower-case
                return ("name", " ".join(tokens[k:last]))
            if self._language == "en" and (start := self._owner_before(tokens, k)) is not None:
                return ("name", " ".join(tokens[start:k + 1]))
        return None

    def _owner_before(self, tokens: list[str], k: int) -> int | None:
        """English names a body in lower case after whose it is (`the French foreign ministry`,
        `Norway's health ministry`): where that owner starts, at most two lower-case adjectives
        before the body's noun at `k`, after an article or opening the clause; None without one."""
        start = k
        while start > max(0, k - 2) and tokens[start - 1][:1].islower() and tokens[start - 1].isalpha() \
                and tokens[start - 1].lower() not in self._stop_words and not self._is_verb(tokens[start - 1]):
            start -= 1
        owner = start - 1
        if owner < 0 or not tokens[owner][:1].isupper() or tokens[owner].startswith(MASK) \
                or self._common_word(tokens[owner], owner == 0) or self._is_person(tokens[owner]):
            return None
        if _OWNED_BY.search(tokens[owner]):
            return None  # `the Braun-owned company`, `the Texas-based firm`: whose or where, not a name
        if owner == 0 or tokens[owner - 1].lower() in DEFINITES or tokens[owner].endswith(("'s", "’s")):
            return owner
        return None

    def _institution(self, tokens: list[str], start: int = 0) -> tuple[str, int] | None:
        """A French body's name at `start` and where it ends: capitalised words, one of them a body's
        (`Observatoire`, `Conseil`, `Haute Autorité`), then lower-case adjectives and complements
        (`Observatoire de la précarité énergétique`, `Organisation mondiale de la santé`, `Ligue des
        droits de l'homme`, `Conseil constitutionnel`), up to a verb, a comma or a quotation; None
        when the words there are no such name or the capitalised words alone make it."""
        if start < len(tokens) - 1 and tokens[start].lower() in DEFINITES:
            start += 1  # `La Ligue…` opening a sentence
        if self._language != "fr" or start >= len(tokens):
            return None
        end = start
        while end < len(tokens) and _ELIDED_NAME.sub("", tokens[end])[:1].isupper() and not tokens[end].startswith(MASK):
            end += 1
        heads = [_ELIDED_NAME.sub("", t).lower() for t in tokens[start:end]]
        if not heads or not FR_INSTITUTION_HEADS & set(heads):
            return None
        capitalised = end
        while end < len(tokens) and end - start < MAX_INSTITUTION_WORDS:
            word, previous = tokens[end].lower(), tokens[end - 1].lower()
            if word == "et":
                if tokens[end + 1:end + 2] and tokens[end + 1].lower() in FR_NAME_LINKS:
                    end += 1
                    continue
                break
            if word in FR_NAME_LINKS:
                end += 1
            elif not word[:1].isalpha() or self._is_verb(word) or word in self._lexicon.auxiliaries:
                break
            elif previous in FR_NAME_LINKS - {"et"} or _ELIDED_NAME.match(tokens[end]):
                end += 1  # `de la précarité`, `de l'homme`, `de Lyon`: a complement's noun
            elif word.endswith(FR_ADJECTIVE_ENDINGS) and word not in self._stop_words:
                end += 1  # `mondiale`, `constitutionnel`
            else:
                break
        while end > capitalised and tokens[end - 1].lower() in FR_NAME_LINKS:
            end -= 1
        if end == capitalised:
            return None
        words = [_ELIDED_NAME.sub("", tokens[start]), *tokens[start + 1:end]]
        return re.sub(r"(?<=['’]) ", "", " ".join(words)), end  # `l' homme` -> `l'homme`

    def _institution_named(self, chunk: list[str]) -> tuple[str, str] | None:
        """`l'Observatoire de la précarité énergétique`, `Le Conseil constitutionnel`: a chunk that is a
        French body's name, after its article."""
        if chunk[:1] and chunk[0].lower() in DEFINITES:
            chunk = chunk[1:]
        found = self._institution(chunk)
        return ("name", found[0]) if found and found[1] == len(chunk) else None

    def _named_in(self, chunk: list[str], organisations: bool = False) -> tuple[str, str] | None:
        for start, end in _runs(chunk):
            if self._owns_post(chunk, end):
                continue
            name = self._name(chunk, start, end, organisations)
            if name:
                return ("name", name)
        return None

    def _owns_post(self, chunk: list[str], end: int) -> bool:
        """Whether the run ending at `end` says whose post the name after it holds: `said Arsenal boss
        Arsene Wenger`, `said PG&E's CEO Bill Johnson`; the name after it speaks, not the club."""
        after = chunk[end:end + 2]
        if after[:1] and after[0][:1].isupper():
            return _possessive(chunk[end - 1])
        return len(after) == 2 and after[0][:1].islower() and self._role_head(after[0]) and after[1][:1].isupper()

    def _subject(self, tokens: list[str]) -> tuple[str, str] | None:
        """The speaker just before the verb: the nearest comma-separated piece that names a person,
        else the nearest that names an organisation (`Karsenti, PDG de HP France, a indiqué`).

        Pieces in between that name nobody are appositives (`Kim, 45, a father of two, said`);
        long pieces, relative clauses and prepositional ones (`de la CGT`) are skipped, since a
        name ending them is not the subject.
        """
        while tokens and (tokens[-1].lower() in self._lexicon.auxiliaries or tokens[-1] in ADVERBS | CLITICS
                          or self._language == "en" and tokens[-1].endswith(_EN_ADVERB_ENDINGS)):
            tokens = tokens[:-1]  # `Thomas allegedly told a supervisor`
        if len(tokens) > 1 and tokens[-1].lower() in self._lexicon.pronouns and tokens[-2].lower() in self._lexicon.auxiliaries:
            tokens = tokens[:-2]  # `Myriam Martinet, de la CGT, a elle relevé`: a stressed pronoun
        elif tokens and tokens[-1].lower() in self._lexicon.pronouns:
            return ("pronoun", self._lexicon.pronouns[tokens[-1].lower()])
        elif tokens and tokens[-1].lower() in self._lexicon.latter:
            return ("latter", self._lexicon.latter[tokens[-1].lower()])  # `wie dieser … rief`
        elif tokens and tokens[-1].lower() == NEUTER.get(self._language):
            return ("focus", "n")  # `“…,” it said`: the body in focus, not a person
        runs = _runs(tokens)
        if runs and runs[-1][1] == len(tokens) - 1 and self._owns_speaker(tokens, len(tokens) - 1):
            return ("name", self._name(tokens, *runs[-1]))  # `“…,” Reid's office said`: the body, named as written
        if self._language == "en" and len(tokens) == 2 and tokens[0] == "The" and tokens[1][:1].isupper() \
                and tokens[1].lower() not in TITLE_WORDS | ROLE_NOUNS["en"] and not self._part_of_person(tokens[1]):
            return ("name", tokens[1])  # `The Guardian said`, `The Pentagon said`: a body called by one word and its article
        segments: list[list[str]] = [[]]
        for token in tokens:
            if token in ",()":
                segments.append([])
            else:
                segments[-1].append(token)
        if any(a[:1] == [_BY] and b[:1] and b[0].lower() in INDEFINITES for a, b in zip(segments, segments[1:])):
            return _NOBODY  # `According to AFP, one user on Weibo … posted:`: AFP reports what someone unnamed said
        segments = [_past_setting(segment) for segment in segments]
        segments[-1] = _after_setting(segments[-1])  # the piece right before the verb, no comma after the phrase
        candidates = [
            (segment, runs[-1]) for segment in reversed(segments)
            if segment and len(segment) <= MAX_NAME_PHRASE and segment[0] not in RELATIVES
            and segment[0].lower() not in PREPOSITIONS and segment[0].lower() not in OPENERS
            and not (len(segment) == 1 and _PARTY_STATE.fullmatch(segment[0]))  # `Sen. Ben Sasse, R-Neb., called`
            # `Interrogée par la RTBF, la lauréate a rappelé`: who asked is no subject
            and not (len(segment) > 1 and segment[1].lower() in AGENTS and _PARTICIPLE.search(segment[0].lower()))
            for runs in [_runs(segment)] if runs and runs[-1][1] == len(segment) and not _names_place(segment, runs[-1][0])
        ]
        # `Mark Wolper, son of producer David L. Wolper, added`: a name inside an apposition that
        # opens with a common noun comes after the name the apposition describes.
        candidates.sort(key=lambda c: c[0] is not segments[0] and c[0][0][:1].islower())
        for organisations in (False, True):
            for segment, (start, end) in candidates:
                if not organisations and (writer := _run_before_medium(segment, start)) \
                        and (name := self._name(segment, *writer)):
                    return ("name", name)  # `Monjurul Haque en el blog Indigenous Bangla escribe`: the blog is where
                before = _run_before_complement(segment, start)
                if before and (self._name_tail(segment, start) or organisations and any(
                        t.lower() in ORGANISATION_WORDS for t in segment[before[0]:before[1]])):
                    if organisations:
                        # `Doctors for Camp Closure said`, `The United Nations High Commissioner for Human Rights said`
                        head = before[0] + (segment[before[0]] in TITLE_ARTICLES)
                        return ("name", " ".join(segment[head:end]))
                    continue
                name = self._name(segment, start, end, organisations)
                if name is None and before and before[1] - before[0] > 1 and not organisations:
                    name = self._name(segment, *before)  # `John Smith of Acme said`: the person, then whose
                if name is None and before and not organisations and (outer := _run_before_complement(segment, before[0])) \
                        and outer[1] - outer[0] > 1:
                    # `Wray Grimaldi of the University of Otago said`: the person before a body named with `of`
                    name = self._name(segment, *outer)
                if name:
                    return ("name", name)
            if not organisations and self._set_off_name(segments):
                return ("name", segments[0][0])
            body = next(filter(None, map(self._institution_named, reversed(segments))), None) if organisations else None
            if body:
                return body  # `Le Conseil constitutionnel, saisi par les députés, estime`
        lone = segments[-1]
        if len(lone) == 1 and self._surname_alone(lone[0]):
            return ("name", lone[0])  # `Perotti concluyó que…`: a surname the article gives alone
        if 1 < len(lone) <= MAX_NAME_PHRASE and lone[0].lower() in PREPOSITIONS | OPENERS and self._part_of_person(lone[-1]):
            return ("name", lone[-1])  # `in deren Verlauf Jonescu sagte`: a person the article named, after the phrase
        return None

    def _set_off_name(self, segments: list[list[str]]) -> bool:
        """`Aena, el gestor aeroportuario, dijo…`, `Sánchez, presidente del Gobierno, afirmó…`: a lone
        name, then descriptions set off by commas up to the verb; the name speaks, not a body the
        description mentions."""
        appositions = segments[1:-1]
        described = all(s and (s[0].lower() in ARTICLES or s[0][:1].islower()) and not self._is_verb(s[0])
                        for s in appositions)
        return (len(segments[0]) == 1 and bool(appositions) and described and segments[-1] == []
                and self._surname_alone(segments[0][0]))

    def _owns_speaker(self, tokens: list[str], end: int) -> bool:
        """Whether a run of capitalised words ending at `end` owns the body or the relative named after it in
        lower case (`Reid's campaign`, `Obama's office`, `Reid's wife`), who speaks then, not the owner; no
        name follows (`Reid's son Rory Reid` is Rory Reid). A spokesman speaks for his owner (`Reid's spokesman`)."""
        return 0 < end < len(tokens) and _possessive(tokens[end - 1]) and tokens[end].lower() in BODY_KINDS | ORGANISATION_WORDS | GENDERED_NOUNS.keys() \
            and tokens[end].islower() and not (end + 1 < len(tokens) and tokens[end + 1][:1].isupper())

    def _subject_alone(self, token: str) -> bool:
        """A single capitalised word before an auxiliary (`Bruxelles a salué`), which the article never
        writes in lower case and which is no stop word or acronym: a name, even ending in s."""
        lowered = token.lower()
        return (self._language != "de" and not token.isupper() and len(token) > 2 and lowered not in self._stop_words
                and lowered not in self._lower and lowered not in CALENDAR and lowered not in ADVERBS | OPENERS)

    def _surname_alone(self, token: str) -> bool:
        """A single capitalised word right before a reporting verb, which the article never writes in
        lower case, that is no stop word, acronym or plural (`Officials said`): someone's surname."""
        lowered = token.lower()
        if self._language == "de":
            return False  # every German noun is capitalised: `Wochen später erklärte…`
        return (token[:1].isupper() and not token.isupper() and len(token) > 2 and not lowered.endswith("s")
                and lowered not in self._stop_words and lowered not in self._lower and lowered not in CALENDAR
                and lowered not in ADVERBS and lowered not in OPENERS)

    def _name(self, tokens: list[str], start: int, end: int, organisations: bool = False) -> str | None:
        """A person's name from a run of capitalised words, titles dropped; None if it isn't one.

        With `organisations`, also the name of a body that speaks (`NASA`, `the Foreign Office`):
        the speaker when the article names no person. A name owning the body or relative after it (`Reid's
        campaign said`, `Reid's wife said`) is theirs, as the text names them: they speak, not Reid."""
        if self._owns_speaker(tokens, end):
            owner = list(itertools.dropwhile(self._is_title, tokens[start:end]))  # `Sen. Harry Reid's office`
            return f"{' '.join(owner)} {tokens[end]}" if owner else None
        while start < end and _is_kind(tokens[start]):
            start += 1  # `L'ONG Human Rights Watch`: the kind of body, then its name
        titled = self._titles_in(tokens[start:end])
        run = [_undotted(t) for t in tokens[start:end]]
        if not run:
            return None
        if titled and titled[-1] + 1 < len(run):
            gender = _gender_of(run[titled[-1]])
            run = self._before_article(run[titled[-1] + 1:])  # `sagte Bürgermeisterin Karin Abt der Zeitung`
            if run[0] in PARTICLES:
                return None  # `Secretario General de las Naciones`: a post, then its body
        elif len(titled) == len(run) and (len(run) > 1 or "-" in run[0]):
            return None  # `Secretario General`: a post alone
        else:
            titled = []
            if organisations and len(run) > 1 and run[0] in TITLE_ARTICLES and start and tokens[start - 1][:1].islower():
                return " ".join(run)  # `le quotidien Le Figaro`: a capitalised article opens a title-like name
            whole = " ".join(run)
            if len(run) > 1 and run[0] in TITLE_ARTICLES and any(p.endswith(" " + whole) for p in self._first_seen):
                return whole  # `Le Pen a déclaré`: a surname opening with a capitalised article, of `Marine Le Pen`
            body = list(run)
            # `Bei der Flughafen Zürich AG`: a word of the stop list opening the run is none of the name,
            # unless an article came before it (`the New Zealand Department`)
            after_article = bool(start) and tokens[start - 1].lower() in _DETERMINERS
            while body and body[0].lower() in self._stop_words and not (after_article and len(body) == len(run)):
                body = body[1:]
            if len(body) > 2 and self._language == "de" and body[0].lower().endswith(DE_ABSTRACT_ENDINGS):
                body = body[1:]  # `Die Zeitung Daily Mail`: the kind of thing, then its name
            if body and _is_organisation(body) and not self._holds_post(tokens, start, run):
                # `el Tribunal de Justicia`, though the text also says `el tribunal`; but `el presidente del
                # Gobierno Pedro Sánchez` is the body, then who holds the post
                if self._language == "de" and len(body) > 2 and body[0].lower().endswith(DE_PERSON_ENDINGS) \
                        and _is_organisation(body[1:]):
                    body = body[1:]  # `Der Autozulieferer Hollmann Automotive`: what kind of firm, then its name
                return " ".join(body) if organisations else None
            while run and (self._common_word(run[0], initial=not start or not tokens[start - 1][:1].isalpha())
                           or self._plural_written(run)) and not self._word_first_name(run):
                run = run[1:]
                start += 1
            run_before, named = run, self._without_nouns(run)
            previous = tokens[start - 1] if start else ""
            # `de la NFL Roger Goodell`: after `of the`, a body's acronym, then the person who heads it
            headed = len(named) >= 3 and len(named[0]) > 1 and named[0].isupper()
            # `kritisierte der Ehrenvorsitzende Karl-Peter Naumann`: a German article, the role, then the name
            # (`Ihr Kollege Carstens`: a surname the article gave in full)
            headed = headed or previous.lower() in DE_DETERMINERS and len(run) > len(named) >= 1 and (
                len(named) > 1 or self._part_of_person(named[0]))
            run = named
            if previous.lower() in self._stop_words and previous.lower() not in self._lexicon.pronouns \
                    and not organisations and not headed:
                if not self._holds_post(tokens, start, run):
                    return None
                run = run[-2:]  # `el alcalde de San Francisco Ed Lee`: the place, then who holds the post
            if _possessive(previous) and len(run) > 2 and self._role_head(run[0]):
                run = run[1:]  # `PG&E's CEO Bill Johnson`: whose post, the post, who holds it
            elif _possessive(previous):
                return None  # South Wind Women's Center: a thing someone has, not someone
            # `Volkswirtschaftsdirektorin Regula Meier-Suter` is a woman, `FDP-Fraktionschef Beat Hürlimann` a man:
            # the German role noun before the name says which
            noun = stripped[-1].lower() if (stripped := run_before[:len(run_before) - len(named)]) else ""
            gender = None if self._language != "de" or len(noun) < 6 else "f" if noun.endswith("in") else \
                "m" if noun.endswith(("er", "or", "chef", "ent", "ant", "ist", "eur")) else None
        run = _without_descriptor([_strip_possessive(t) for t in run])
        if not run or any(t.lower() in CALENDAR for t in run) and not self._first_name_month(tokens, start, run):
            return None
        if self._seated(tokens, start, run):
            run = run[-2:]
        if any(a.isupper() and len(a) > 1 and b in PARTICLES for a, b in zip(run, run[1:])):
            return None  # `PDG de HP France`, `CEO of BP`: a post, not a name
        if organisations and not titled:
            return " ".join(run) if _is_organisation(run) else None
        if _is_organisation(run) and not run[0].isupper():
            return None
        if len(run) == 1 and not titled and (run[0].isupper() or run[0] in self._nouns or not self._known_single(run[0])):
            return None
        name = " ".join(run)
        if gender:
            self._gender.setdefault(self._full_name(name), gender)
        return name

    @staticmethod
    def _first_name_month(tokens: list[str], start: int, run: list[str]) -> bool:
        """Whether a run holding a month's name is a person's name that opens with it (`des Ingenieurs
        August Schellhorn`, `June Carter`), not a date (`am 3. August`, `im August Müller`)."""
        previous = tokens[start - 1].lower() if start else ""
        return len(run) > 1 and not any(t.lower() in CALENDAR for t in run[1:]) and not previous[:1].isdigit() \
            and previous not in _DATE_WORDS
    def _holds_post(self, tokens: list[str], start: int, run: list[str]) -> bool:
        """Whether a run after `of` names a place or a body and then a person, the two last words, who
        holds the post before it: `el alcalde de San Francisco Ed Lee`, `le maire de Paris Anne Hidalgo`.
        A post is a lower-case word or a title right before `of` (and its article)."""
        of = start - 1
        if of > 0 and tokens[of].lower() in ARTICLE_PARTICLES:
            of -= 1  # `de las Naciones Unidas`
        if len(run) < 3 or of < 1 or tokens[of].lower() not in PREPOSITIONS | {"to"}:  # `envoy to Ukraine Kurt Volker`
            return False
        post = tokens[of - 1]
        return post.isalpha() and (post.islower() and post not in self._stop_words or self._is_title(post)) \
            and all(w[:1].isupper() for w in run[-2:])

    def _seated(self, tokens: list[str], start: int, run: list[str]) -> bool:
        """Whether a run after a post names the post's party and seat, then the person who holds it,
        the two last words: `le sénateur UMP de la Moselle François Grosdidier`."""
        return start > 0 and self._role_head(tokens[start - 1]) and len(run) > 3 and len(run[0]) > 1 \
            and run[0].isupper() and run[1] in PARTICLES and all(w[:1].isupper() and w not in PARTICLES for w in run[-2:])

    def _is_title(self, token: str) -> bool:
        """`Mr`, `Dr.`, `Président-candidat`: a title, or a compound that opens with one; in German also
        a compound that ends in a long one (`Wirtschaftsminister`, `CDU-Generalsekretärin`)."""
        parts = token.lower().rstrip(".").split("-")
        return parts[0] in self._lexicon.titles or self._language == "de" and parts[-1].endswith(DE_COMPOUND_TITLES)

    def _titles_in(self, run: list[str]) -> list[int]:
        """Where a run of capitalised words has titles; an abbreviation with no full stop right after
        a title is a first name, not a second title (`Defense Minister Gen Nakatani`), and a title
        word ending a run after a name is a surname (`B.B. King`, `Claudette King`)."""
        roles = ROLE_NOUNS.get(self._language, frozenset())
        titled = [k for k, t in enumerate(run) if self._is_title(t) and not (
            k and t.lower() in ABBREVIATED_TITLES and run[k - 1].lower() in self._lexicon.titles
            and run[k - 1].lower() not in ABBREVIATED_TITLES) and not (
            k and k == len(run) - 1 and not self._is_title(run[k - 1]) and run[k - 1][:1].isupper()) and not (
            self._middle_initial(run, k))]
        # `Chief Executive Satya Nadella`: a role noun right after a title goes on with it
        while titled and titled[-1] + 2 < len(run) and run[titled[-1] + 1].lower() in roles:
            titled.append(titled[-1] + 1)
        return titled

    def _middle_initial(self, run: list[str], k: int) -> bool:
        """`Ann M. Veneman`: a one-letter title (French `M.`) between a first name and a surname is the
        middle initial, not `Monsieur`, when the text also capitalises the word before it inside a
        sentence; `Selon M. Kharazi`, `Ensuite M. Durand` open a sentence and keep it a title."""
        return len(run[k].rstrip(".")) == 1 and 0 < k == len(run) - 2 and run[k - 1] in self._capitalised_inside \
            and run[k - 1].lower() not in self._stop_words and not self._is_title(run[k - 1]) \
            and not self._is_verb(run[k - 1].lower())

    def _without_nouns(self, run: list[str]) -> list[str]:
        """A German run less the nouns before the name (`Wirtschaftswissenschaftler Branko Milanovic`,
        `Studie von Perotti`, `Vater Tim Brandt`): a word the text puts after an article, a long one
        with a noun's ending, a short role word, or a capitalised article opening a title, when more
        capitalised words follow it; then a particle left at the front."""
        if not self._nouns and self._lexicon is not LEXICONS["de"]:
            return run
        # `Das Urteil von Martin Luther`: a title
        while len(run) > 1 and (run[0] in self._nouns or _de_noun(run[0]) or self._noun_inflected(run[0])
                                # `des Ingenieurs August Schellhorn`: a role in the genitive
                                or len(run) > 2 and run[0].endswith("s") and _de_noun(run[0][:-1])
                                or run[0].lower() in DE_DETERMINERS | DE_SHORT_ROLES
                                # `Teschs Tochter Marie Tesch`: whose daughter, then her name
                                or len(run) > 2 and run[0].endswith("s") and run[0][:-1] in self._capitalised_inside
                                and (run[1].lower() in DE_SHORT_ROLES or _de_noun(run[1]))):
            run = run[1:]
            while len(run) > 1 and run[0] in PARTICLES:
                run = run[1:]
        return self._before_article(run)

    def _before_article(self, run: list[str]) -> list[str]:
        """`sagte Müller der Zeitung`: an article before a noun ends a German name (`von der Leyen` goes on)."""
        end = next((k for k in range(1, len(run) - 1) if run[k].lower() in DE_DETERMINERS and run[k + 1] in self._nouns
                    and run[k - 1] not in PARTICLES), len(run))
        return run[:end]

    def _past_surname(self, run: list[str]) -> list[str]:
        """A run of two people side by side, the first by the surname the article gave in full before
        (`konfrontieren Fichtner und Geyer Claas Relotius`, German putting the object after the
        subjects): the person named in full after that surname, not `Geyer Claas Relotius`."""
        if len(run) > 2 and " ".join(run[1:]) in self._first_seen and any(
                person.split()[-1] == run[0] for person in self._first_seen if " " in person):
            return run[1:]
        return run

    def _noun_inflected(self, token: str) -> bool:
        """A German noun the text puts after an article in another form: `50 Texte von Claas
        Relotius` after `einen Text`, `den Zeugen` after `der Zeuge`; no name of `Texte von Claas`; and
        `Teamkollege Luc Wirtgen` after `seinen Teamkollegen`."""
        return any(token.endswith(ending) and token[:-len(ending)] in self._nouns or token + ending in self._nouns
                   for ending in _DE_PLURAL_ENDINGS)

    def _common_word(self, token: str, initial: bool) -> bool:
        """A capitalised word that is really an ordinary one: the article also writes it in lower
        case (`Actress`), it is a stop word or an adverb opening the sentence (`Según`, `Además`; but `Per
        Mertesacker`), or
        an English participle opening it that the article never writes inside a sentence (`Hosting
        Cook at Dreamforce` names Cook, not a `Hosting Cook` who would share his surname)."""
        lowered = token.lower()
        return (lowered in self._lower or lowered in self._stop_words and (initial or token.isupper())
                or initial and lowered in ADVERBS  # `Además de García Ortiz, el juez cita…`: besides him
                or initial and len(lowered) >= 9 and lowered.endswith(_ADVERB_ENDINGS)  # `Officiellement Díaz est…`
                or initial and len(lowered) >= 8 and self._language == "en" and lowered.endswith(_EN_ADVERB_ENDINGS)
                or initial and self._opening_role(token)
                or initial and len(lowered) >= 6 and lowered.endswith("ing") and token not in self._capitalised_inside)

    def _plural_written(self, run: list[str]) -> bool:
        """`Investigator Robert Cornett` after `told investigators`: an English word before a full name that
        the text writes in lower case in the plural is a common noun, his post, not his first name; a run
        of two (`Mark Brown` beside `marks`) keeps both words."""
        lowered = run[0].lower()
        return self._language == "en" and len(run) > 2 and run[1][:1].isupper() and (
            lowered + "s" in self._lower or lowered + "es" in self._lower)

    def _word_first_name(self, run: list[str]) -> bool:
        """`“…,’’ Will Moy, chief executive of Full Fact, told the BBC`: a first name that is also a
        modal (`Will`, `May`), written with a capital inside a sentence and before a surname."""
        return len(run) > 1 and run[0] in WORD_FIRST_NAMES and run[0] in self._capitalised_inside \
            and run[1][:1].isupper() and run[1].lower() not in self._lower

    def _known_single(self, token: str) -> bool:
        """A lone capitalised word is a name if the article never writes it lower-case otherwise."""
        lowered = token.lower()
        if lowered in self._stop_words or lowered in self._lower:
            return False
        return token in self._capitalised_inside or self._part_of_person(token)

    def _resolve(self, found: tuple[str, str], index: int) -> str | None:
        kind, value = found
        if kind in ("name", "source") and (value in self._nouns or value.lower() in ORGANISATION_WORDS) \
                and (referent := self._referent(value, index)):
            # `Das Gericht betonte`, `El Ministerio respondió`: a noun, standing for the body the text named
            return referent
        if kind in ("name", "source"):
            words = self._after_post(value.split())
            if len(words) == 1 and _ELIDED_NAME.match(words[0]) and words[0][2:3].isupper():
                words = [words[0][2:]]  # `L'OMS a averti`: the body, not its elided article
            return self._full_name(" ".join(words), index)
        if kind in ("pronoun", "owner"):
            return self._antecedent(value, index, own=kind == "pronoun")
        if kind in ("focus", "document"):
            return self._focus(value, index, opening=kind == "focus")
        if kind == "latter":
            return self._latter(value, index)
        if kind == "titled":
            gender, post = value.split(" ", 1)
            focus = self._focus(gender, index)
            if focus and (held := self.role(focus)) and post not in held.lower() and held.lower() not in post:
                focus = None  # `Die Ministerin erklärte` after the police spokesman Jan Ott: not him, whose post differs
            return self._recurring_role(post) or focus or self._named_next(gender, post, index)
        return None

    def _after_post(self, run: list[str]) -> list[str]:
        """A run of capitalised words less a post and what comes before it, when a name of two words
        or more follows (`Apple CEO Tim Cook` is Tim Cook; the post is his role, `_introduce`)."""
        roles = ROLE_NOUNS.get(self._language, frozenset())
        post = max((k for k, t in enumerate(run[:-2]) if t.lower() in roles), default=None)
        return run if post is None else run[post + 1:]

    def _holds(self, person: str, post: str) -> bool:
        """Whether the article gives `person` the role `post`: right before the name where it introduces
        them (`Doktor Constantine`) or in its apposition (`Hans Weber, der Doktor`)."""
        text = self._sentences[self._first_seen[person]].text
        before = text[:max(text.find(person), 0)].lower().split()[-1:]
        return before == [post] or post in (self._roles.get(person) or "").lower().split()

    def _recurring_role(self, post: str) -> str | None:
        """A role the text keeps calling someone by, with no name ever given (`der Doktor` in a story
        about Doctor Who): that role, as the text writes it, is who speaks. Three mentions with a
        definite article make it someone's designation, not a passing description."""
        if " " in post or any(self._holds(person, post) for person in self._first_seen):
            return None
        written = [b for tokens in self._text_tokens for a, b in zip(tokens, tokens[1:])
                   if a.lower() in _ROLE_ARTICLES and b.lower() == post]
        return written[0] if len(written) >= ROLE_MENTIONS and written[0][:1].isupper() else None

    def _full_name(self, name: str, index: int | None = None) -> str:
        """The full name the article introduced for part of it (`Kim`, `Mr Kim`), when only one fits.

        A bare word is a surname first (`Kim` is Sung Kim, not Kim Jong Un), and someone introduced
        before sentence `index` comes before someone the article only names later.
        """
        if name in self._long_forms:
            return self._long_forms[name]  # `HRW` is the `Human Rights Watch` the article spelt out
        parts = name.split()
        if not parts or len(parts) > 1 and _is_organisation(parts):
            return name  # a body's name is whole already: `Iglesia Metodista Unida` is no one's surname
        candidates = {*self._by_word.get(parts[0], ()), *self._by_word.get(parts[-1], ())}
        matches = {p for p in candidates if _shortens(parts, p.split())}
        if not matches and len(parts) == 1:
            # `Pastor` for `Ana Pastor García`: a Spanish first surname, when no name ends in it.
            matches = {p for p in candidates if parts[0] in _core(p.split())[1:-1]}
        if len(matches) > 1:
            matches = {p for p in matches if _ends(parts, _core(p.split()))} or matches
        if len(matches) > 1 and index is not None:
            matches = {p for p in matches if self._first_seen[p] <= index} or matches
        if len(matches) > 1:
            # `Army Spc Caleb Barnes` is `Caleb Barnes`; `Bahamas Bolt` is a caption run into a name.
            matches = {p for p in matches if not any(q != p and p.endswith(" " + q) for q in matches)}
            # `Kauri (Te Kaurinui Robert) Parata` in a caption, `Te Kaurinui Robert Parata` in the text and
            # `Te Kaurinui Parata` in another caption: one person, whose name is written out in full once
            matches = {p for p in matches if not any(_fuller(q.split(), p.split()) for q in matches)}
            matches = {p for p in matches if not set(p.split()) - set(parts) & self._alone} or matches
        if len(matches) > 1 and index is not None:
            # `Donald Sterling … Shelly Sterling … Donald Sterling's downfall … “…,” Sterling said`:
            # the one the text last wrote out in full, unless both were in the same sentence.
            latest = {p: max((k for k in self._named_at.get(p, ()) if k <= index), default=-1) for p in matches}
            ranked = sorted(latest.values(), reverse=True)
            if ranked[0] > ranked[1]:
                matches = {p for p in matches if latest[p] == ranked[0]}
        if not matches and len(parts) == 1 and len(parts[0]) >= SPELLING_MIN_LETTERS:
            # `Gadaffi` for `Muammar Al Gaddafi`: a surname transliterated another way, when only one fits
            matches = {person for surname, people in self._by_word.items() if surname[:1] == parts[0][:1]
                       and difflib.SequenceMatcher(None, surname, parts[0]).ratio() >= SPELLING_RATIO
                       for person in people if " " in person and person.split()[-1] == surname}
            if len({person.split()[-1] for person in matches}) == 1:
                # one surname, written out once or more (`Muammar Al Gaddafi`, `Muammar Gaddafi`): as first given
                return min(matches, key=lambda person: self._first_seen.get(person, len(self._sentences)))
            matches = set()
        if not matches and len(parts) == 1:
            # `7. Tijen Onaran, Gründerin …` as a sub-heading, then `Tijen kommentiert: „…“`: the one
            # name a heading gives for the word
            headed = {h for h in self._heading_names if parts[0] in h.split()}
            return headed.pop() if len(headed) == 1 else name
        if len(matches) != 1:
            return name
        found = matches.pop()
        if len(parts) == 1 and self._single_seen.get(name, len(self._sentences)) < self._first_seen.get(found, 0) \
                and found not in self._heading_names:
            return name  # `Tesla dijo…` long before `rayos X. Tesla`: the name as the article introduced it
        # `Ana Pastor` after `Ana Pastor García`: the name as the article first gave it.
        longer = [p for p in self._by_word.get(found.split()[0], ())
                  if _shortens(found.split(), p.split()) and self._first_seen[p] < self._first_seen.get(found, 0)]
        return longer[0] if len(longer) == 1 else found

    def _focus(self, gender: str, index: int, opening: bool = False) -> str | None:
        """Whom a description (`the attorney`, `la porte-parole`) stands for: the latest speaker,
        person or organisation, within the pronoun look-back; for `it`, first the body that opens the
        quote's own sentence. With `opening` (a description holding no post, `der FDP-Politiker`), a
        sentence in between that names one person, opening with them, puts that person in focus; a
        post (`le ministre du Budget`) may be someone else's."""
        before = self._before_quote(index)
        neuter = NEUTER.get(self._language)
        # `In dem Urteil heißt es:` is impersonal, not a body's `it`
        if gender == "n" and neuter in before and not IMPERSONAL & {
                t.lower() for t in before[max(0, before.index(neuter) - 1):before.index(neuter) + 2]}:
            body = self._opening_body(index)
            if body or not self._opens_with_it(before):
                return body
            # `Critically, however, it pointed out that it doesn’t have “…”`: the body last in focus
        for k in range(index, max(-1, index - 1 - PRONOUN_LOOKBACK), -1):
            if k < index and gender and self._unnamed_at.get(k) == gender:
                return None  # `“…,” the young woman said. The woman added…`: still that unnamed woman
            # the quote's own sentence counts when a quote before it there has its speaker
            found = ("name", self._said[k]) if k in self._said else self._reported(k) if k < index else None
            if found is None and gender == "n" and k == index - 1:
                # `Bei der Flughafen Zürich AG zeigte man sich erleichtert. „…“, teilte das Unternehmen mit`:
                # a body the sentence right before names is the one in focus
                body = self._body_in(k, index)
                found = ("name", body) if body else None
            if found is None and opening and k < index and gender != "n":
                # `Volker Wissing verteidigte die Pläne. Man müsse „…“, erklärte der FDP-Politiker`
                tokens = _tokens(self._masked.get(k, ""), self._lexicon)
                subject = self._opening(tokens) or self._topic(tokens)
                if subject is None and tokens[:1] == [_BY]:
                    subject = self._inverted(tokens)  # `Para el geógrafo Víctor Martín, el problema es de fondo.`
                # `Krause, der erst 34 ist, soll…`: a surname the article has given in full is one person too
                alone = subject and subject[0] == "name" and " " in self._full_name(subject[1], k)
                people = self._people_in(k, singles=True)
                # `el juez Castro realizó… a los juzgados de Vía Alemania`: a place named after `of` or `in` is no
                # one else in the sentence (`teamed up with Bader` is)
                others = [p for p in people if alone and self._full_name(p, k) != self._full_name(subject[1], k)]
                found = subject if alone and people and all(self._placed(tokens, p) for p in others) else None
                if found is None and k == index - 1 and self._language in ("de", "es") and len(people) == 1 \
                        and self._first_seen.get(people[0]) == k and tokens[:1] and tokens[0].lower() not in INDEFINITES:
                    # `Kritik kam vom Landtagsabgeordneten Christian Stöckl. „…“, sagte der Kulturpolitiker`: the
                    # one person the sentence before brings in, though not as its subject (German and Spanish
                    # refer back by role: `…, al que Christian Horner quiso arrojar… "…", abundó el team principal`;
                    # `A woman attacked by Tom Hale… the woman said` is not him)
                    found = ("name", people[0])
            if found and found[0] == "name":
                name = self._full_name(found[1], index)
                if gender == "n" and self._is_person(name):
                    continue
                if gender == "" and k not in self._said and _PLURAL_SUBJECT.match(self._sentences[k].text):
                    continue  # `the expert explains`: one person, not the firm `The experts recommend…` stood for
                if gender in ("", "n") or self._gender.get(name, gender) == gender:
                    return name
        if gender == "n":
            return self._latest_body(index)
        return None

    @staticmethod
    def _placed(tokens: list[str], name: str) -> bool:
        """Whether `name` comes right after `of`, `in` or their like in `tokens`: a place or a body, not a
        person the sentence is about (`de Vía Alemania`, `of the Durham Light Infantry`)."""
        first = name.split()[0]
        at = tokens.index(first) if first in tokens else 0
        before = [t.lower() for t in tokens[max(0, at - 2):at] if t.lower() not in ARTICLE_PARTICLES | {"the"}]
        return bool(before) and before[-1] in _OF | LOCATIVES

    def _topic(self, tokens: list[str]) -> tuple[str, str] | None:
        """`Für Lea Schmid ist das nur ein schwacher Trost`, `Para María Pérez, …`: the person a sentence
        opening with `for` is about, though not its subject."""
        runs = _runs(tokens[1:])
        if not tokens or tokens[0].lower() not in TOPIC_WORDS or not runs or runs[0][0] != 0:
            return None
        name = self._name(tokens[1:], *runs[0])
        return ("name", name) if name else None

    def _named_next(self, gender: str, post: str, index: int) -> str | None:
        """`Le ministre du Redressement productif a déclaré que « … ». Arnaud Montebourg reconnaît…`:
        a post no one named before is held by the person who opens the next sentence, unless the text
        gives that person another role (`Paul Mercier, a farmer,`)."""
        following = index + 1
        if following >= len(self._sentences) or self._sentences[following].paragraph != self._sentences[index].paragraph:
            return None
        opening = self._opening(_tokens(self._masked.get(following, ""), self._lexicon))
        if not opening or opening[0] != "name" or " " not in opening[1] or self._reported(following) != opening:
            return None  # `Arnaud Montebourg reconnaît que…` speaks on; `Paul Mercier welcomed it` is someone else
        name = self._full_name(opening[1], following)
        role = self._roles.get(name)
        if role and post not in role.lower().split():
            return None
        return name if self._is_person(name) and self._gender.get(name, gender or "") in (gender, "") else None

    def _before_quote(self, index: int) -> list[str]:
        """The words of a sentence before its first quotation."""
        tokens = _tokens(self._masked.get(index, ""), self._lexicon)
        return tokens[:next((k for k, t in enumerate(tokens) if t.startswith(MASK)), len(tokens))]

    def _opens_with_it(self, before: list[str]) -> bool:
        """Whether the sentence opens with `it`, past sentence adverbs (`Critically, however, it…`)."""
        neuter = NEUTER.get(self._language)
        tokens = [t for t in _after_openers(before) if t != ","]
        while tokens and tokens[0].lower() != neuter and (
                tokens[0].lower() in ADVERBS or self._common_word(tokens[0], initial=True)):
            tokens = tokens[1:]
        return bool(tokens) and tokens[0].lower() == neuter

    def _opening_body(self, index: int) -> str | None:
        """`Friends of Dover and District Traders attacked the fees, which it called “…”`: an `it`
        before the quotation is the body that opens its sentence, whatever its name looks like (`of`
        and `and` inside); when a person or a thing opens it (`The law bans what it calls`), no one."""
        tokens = _after_openers(self._before_quote(index))
        runs = _runs(tokens)
        if not runs or runs[0][0] != 0 or tokens[0].lower() in self._stop_words \
                or runs[0][1] == 1 and tokens[1:2] == [","] and self._common_word(tokens[0], initial=True):
            return None  # `Critically, however, it pointed out`: a sentence adverb, no body
        end, joined = runs[0][1], False
        starts = dict(runs)
        while end + 1 < len(tokens) and end + 1 in starts and (
                tokens[end].lower() in NAME_JOINERS or joined and tokens[end].lower() in CONJUNCTIONS):
            joined = joined or tokens[end].lower() in NAME_JOINERS
            end = starts[end + 1]  # `Planned Parenthood Advocates of Kansas and Mid-Missouri`
        name = self._full_name(" ".join(_strip_possessive(t) for t in tokens[:end]), index)
        return None if not joined and self._is_person(name) else name  # `Ann Miller … what it calls`

    def _named_paper(self, noun: str) -> tuple[str, str] | None:
        """The paper or body the story named by that noun just before (`lo que se conoció como el Informe
        Kalven. El informe … declaró que`; `ein Bericht der Deutschen Forschungsgemeinschaft … Der Bericht
        fügt hinzu`; `Dans un rapport publié mardi, la chambre régionale des comptes … Le rapport relève`):
        it is the source, as a body would be."""
        found = self._referent(noun, self._quoted_at)
        return ("name", found) if found else None

    def _referent(self, noun: str, index: int) -> str | None:
        """What a general noun with a definite article stands for, looking back from sentence `index`:
        the name the text gave with that noun (`el Informe Kalven`, `la chaîne de télévision France 24`,
        `ein Bericht der Deutschen Forschungsgemeinschaft`, `el Tribunal Constitucional` for `el tribunal`,
        `das Bundesverwaltungsgericht` for `das Gericht`), else the body of a sentence that mentions the
        noun (`Dans un rapport publié mardi, la chambre régionale des comptes de Normandie dresse…`)."""
        lowered = noun.lower()
        for k in range(index, -1, -1):
            tokens = self._before_quote(k) if k == index else _tokens(self._masked.get(k, ""), self._lexicon)
            mentioned = False
            for j, token in enumerate(tokens):
                word = token.lower()
                if word == lowered:
                    mentioned = True
                    if token[:1].isupper() and word in ORGANISATION_WORDS and k < index \
                            and (end := self._name_end(tokens, j)) > j + 1:
                        start = j
                        while start > 1 and tokens[start - 1][:1].isupper() and tokens[start - 1].lower() not in ARTICLES:
                            start -= 1  # `la Real Academia de la Historia` for `La Academia`
                        return " ".join(tokens[start:end])  # `al Ministerio de Educación`
                    if token[:1].isupper() and j and tokens[j - 1].lower() in ARTICLES and tokens[j + 1:j + 2] \
                            and tokens[j + 1][:1].isupper() and tokens[j + 1].lower() not in DE_DETERMINERS:
                        return " ".join(tokens[j:self._name_end(tokens, j + 1)])  # `el Informe Kalven`
                    phrase = self._body_phrase(tokens[j:j + 1 + MAX_NAME_PHRASE]) if token[:1].islower() else None
                    if phrase and tokens[j:j + 1] == [phrase[1].split()[0]]:
                        return phrase[1]  # `le tribunal correctionnel de Rennes`: a body named the French way
                    owner = self._complement_name(tokens, j + 1)
                    if owner:
                        return owner
                elif self._language == "de" and word.endswith(lowered) and len(word) > len(lowered) + 2 \
                        and token[:1].isupper() and j and tokens[j - 1].lower() in DE_DETERMINERS:
                    return token  # `das Bundesverwaltungsgericht`: the compound the short noun ends
            if not mentioned or k == index or lowered not in STATEMENTS or k < index - PRONOUN_LOOKBACK:
                continue  # a paper's author may open the sentence that mentions it; a body has its own name
            body = self._body_in(k, index) or (phrase[1] if (phrase := self._body_phrase(tokens)) else None)
            if body:
                return body
        return None

    def _complement_name(self, tokens: list[str], start: int) -> str | None:
        """The name in the complement after a noun at `start - 1`: `de télévision France 24`, `der Deutschen
        Forschungsgemeinschaft` (given in the nominative, `Deutsche`), `del Instituto Geológico y Minero de
        España`; None when a verb, a mark or more than one other word comes first."""
        k, skipped, genitive, masculine = start, 0, False, False
        while k < len(tokens) and not tokens[k][:1].isupper():
            word = tokens[k].lower()
            if word in PARTICLES or word in ARTICLES or word in DE_DETERMINERS or word in _COMPLEMENTS:
                genitive = genitive or self._language == "de" and word == "der"
                masculine = masculine or self._language == "de" and word == "des"
            elif word.isalpha() and not skipped and not self._is_verb(word) and word not in self._stop_words:
                skipped += 1
            else:
                return None
            k += 1
        if k == start or k >= len(tokens) or tokens[k].startswith(MASK) or tokens[k].lower() in DE_DETERMINERS:
            return None
        end = self._name_end(tokens, k)
        words = tokens[k:end]
        if genitive:
            words = [w[:-1] if w.endswith("en") and n + 1 < len(words) else w for n, w in enumerate(words)]
        if masculine and words[0].endswith("s"):
            # `des Kirchentags`, `des Bundesamts für Naturschutz`: the word as the text writes it elsewhere, or as a
            # body's compound ends, less its genitive ending
            words = next(([w, *words[1:]] for w in (words[0][:-1], words[0][:-2])
                          if w in self._capitalised_inside or w.lower().endswith(DE_BODY_ENDINGS)), words)
        return self._longer_name(" ".join(words))

    def _longer_name(self, name: str) -> str:
        """The name in full where the text gave it so before (`Synode von Wettingen` for `der Synode`)."""
        pattern = re.compile(rf"\b{re.escape(name)}\s+(?:von|de|del|of)\s+[A-ZÀ-Þ][\w-]+")
        found = next((m.group() for k in sorted(self._masked) for m in [pattern.search(self._masked[k])] if m), None)
        return found or name

    def _name_end(self, tokens: list[str], start: int) -> int:
        """Where a body's name opening at `start` ends: its capitalised words and numbers, with `y`, `und`,
        `de`, `of`, `für` between them (`Instituto Geológico y Minero de España`, `France 24`, `Bundesamt für
        Naturschutz`)."""
        end = start
        while end < len(tokens):
            token = tokens[end]
            if token[:1].isupper() and not token.startswith(MASK) or token[:1].isdigit() and end > start:
                end += 1
            elif token.lower() in CONJUNCTIONS | PARTICLES | TOPIC_WORDS and end > start and (
                    after := end + 1 + (tokens[end + 1:end + 2] != [] and tokens[end + 1] in ARTICLE_PARTICLES)) < len(tokens) \
                    and tokens[after][:1].isupper() and not tokens[after].startswith(MASK):
                end = after  # `Real Academia de la Historia`: `de la` inside the name
            else:
                break
        return end

    def _latest_body(self, index: int) -> str | None:
        """The body the text last named, within the look-back, when none has spoken yet: `L'ONG
        Human Rights Watch a publié un rapport. … L'organisation précise que « … »`."""
        for k in range(index - 1, max(-1, index - 1 - PRONOUN_LOOKBACK), -1):
            body = self._body_in(k, index)
            if body:
                return body
        return None

    def _body_in(self, k: int, index: int) -> str | None:
        """The first body sentence `k` names, by its full name as of sentence `index`; else one it names
        the French or Spanish way, a lower-case noun and its complement."""
        tokens = _without_elided_articles(_tokens(self._masked.get(k, ""), self._lexicon))
        for start, end in _runs(tokens):
            kind = _ELIDED_NAME.sub("", tokens[start - 1]).lower() if start else ""
            if kind in BODY_KINDS | ORGANISATION_WORDS and tokens[start - 1][:1].islower():
                return " ".join(tokens[start:end])  # `l'association Familles de France`, `le collectif Stop Bassines`
            if medium := self._medium_named(tokens[max(0, start - 3):end]):
                return medium[1]  # `el diario digital Havana Times`
            institution = self._institution(tokens, start)
            if institution:
                return institution[0]  # `La Ligue des droits de l'homme a publié…`: its whole name
            name = self._name(tokens, start, end, organisations=True)
            if name and len(name.rstrip(".")) > 1 and not self._is_person(name) and not self._kind_noun(tokens, name):
                whole = [*name.split(), *tokens[end:self._name_end(tokens, start)]]
                if len(whole) > len(name.split()) and any(t.lower() in ORGANISATION_WORDS for t in whole):
                    return " ".join(whole)  # `Instituto Geológico y Minero de España`: its name goes on past `y`
                return self._full_name(name, index)  # but not `une plainte contre X.`: no one known
        phrase = self._body_phrase(tokens)  # `Le tribunal correctionnel de Rennes a condamné…`
        return phrase[1] if phrase else None

    def _antecedent(self, gender: str, index: int, own: bool = True) -> str | None:
        """The person a he/she stands for: the latest speaker, else the only person named just before.

        News writing hands `he said` to whoever spoke last; a sentence in between that names a
        place or a second person does not change that, so speakers are looked for first.
        """
        window = range(index, max(-1, index - 1 - PRONOUN_LOOKBACK), -1)
        if own:
            # `Am Abend hielt Friedrich Merz eine Rede, in der er … angriff: „…“`: the one person the
            # quote's own sentence names before the pronoun, not whoever spoke last
            asked = self._asked_about(index)
            before = dict.fromkeys(self._full_name(p, index) for p in self._people_in(index, before_quote=True)
                                   if not self._after_pronoun(p, gender, index) and p not in asked)
            named = [p for p in before if self._gender.get(p, gender) == gender or not gender]
            if not named:
                # `Carlineo was arrested for a call he made to Omar's office, in which he said…`: the subject,
                # named by the surname the article gave in full
                opening = self._opening(self._before_quote(index))
                subject = self._full_name(opening[1], index) if opening and opening[0] == "name" else None
                named = [subject] if subject and " " in subject and self._gender.get(subject, gender) == gender \
                    and not self._after_pronoun(subject, gender, index) else []
            if len(named) == 1 and self._is_person(named[0]) and not _relation(named[0], self._sentences[index].text):
                return named[0]
        for k in window[1:]:
            if gender and self._unnamed_at.get(k) == gender:
                return None  # `“…,” the young woman said. “…,” she said`: the same unnamed woman
            found = ("name", self._said[k]) if k in self._said else self._reported(k)
            if found and found[0] == "focus" and gender and found[1] == gender:
                return self._focus(gender, k)  # `The woman, who can not be named, said…`: whom she is
            if found == _NOBODY and k == index - 1:
                return None  # `Una mujer de 84 años relató cómo… «…», contó`: the unnamed woman just reported
            if found and found[0] == "titled" and k == index - 1 and found[1].split(" ", 1)[0] in ("", gender):
                # `Le ministre du Redressement productif a annoncé… « … », a-t-il déclaré`: the post's holder,
                # whom the story may not name
                post = found[1].split(" ", 1)[1]
                return self._recurring_role(post) or self._named_next(gender, post, k)
            if found is None and k == index - 1 and self._introduces_someone(k):
                return None  # `Ein Anwohner aus Laubegast … zeigte sich gelassen. „…“, sagte der 68-Jährige`
            if found and found[0] == "pronoun" and gender and found[1] == gender and k == index - 1 \
                    and not self._people_in(k, singles=True):
                # `Die Regierung nehme die Sorgen ernst, betonte sie. «Aber …»`: the same she as just before,
                # when that sentence names no one she could be
                return self._antecedent(gender, k, own=False)
            if found is None:
                tokens = _tokens(self._masked.get(k, ""), self._lexicon)
                if self._goes_on(tokens, gender):
                    continue  # `He met the minister, Tom Weiss. He said…`: the same he, further back
                if k == index - 1 and self._language != "en" and self._described(tokens) == ("focus", "n"):
                    return None  # `Le nouveau gouvernement s'est donné… Il a déclaré`: a body, not named
                opening = self._opening(tokens)
                # a surname alone given in full before (`Becker zeigte sich überrascht.`, Ralf Becker) is
                # someone new too, unless an unnamed speaker of that gender is still the one speaking
                surname = " " in self._full_name(opening[1], k) and not any(
                    self._unnamed_at.get(j) == gender for j in window[1:]) if opening and opening[0] == "name" else False
                known = self._gender.get(self._full_name(opening[1], k)) if opening and opening[0] == "name" else None
                if known and gender and known != gender:
                    continue  # `Omar is one of the first two Muslim women…`: not whom `he` stands for
                if (interviewed := self._interviewed(gender)) and all(
                        p != interviewed and p not in self._said.values() and self._first_seen.get(p, k) < k
                        for p in (self._full_name(p, k) for p in self._people_in(k, singles=True))):
                    # an interview's `she says` after a paragraph about another woman the story brought in before
                    # and never quoted: still the one interviewed (a woman named there first is someone new)
                    continue
                if opening and opening[0] == "name" and (
                        " " in opening[1] or surname or gender and known == gender
                        or opening[1] in self._single_seen):
                    break  # `Jean-Marie Le Pen revient sur l'islam.`, `Mme Curie conteste`, `Tesla nunca se casó`:
                    # a new person in focus
                if any(self._first_seen.get(p) == k and (p in self._roles or gender and self._gender.get(p) == gender
                                                         or not gender and k == index - 1 and " " in p)
                       for p in self._people_in(k)):
                    # `… par Christian Jacob, président du groupe. Il a souhaité…`, `Herr Thiers`: someone new; a
                    # dropped subject (`lo que le ocurre a Laura Martínez. «…», se queja`) right after a full name
                    break
            if found and found[0] == "name":
                name = self._full_name(found[1], index)
                # a quotation's speaker named by one word is a person too (`Stellmacher … „…“. Er soll gesagt haben`)
                person = self._is_person(name) or k in self._said and " " not in name and self._lone_name(name)
                if person and (not gender or self._gender.get(name, gender) == gender):
                    return name
                if not person and k == index - 1 and k not in self._said and self._spokesperson_in(k):
                    return name  # `a spokesperson for the UCEA said… “…,” he said`: still the body's spokesperson
        for k in window if own else window[1:]:  # the quote's own sentence first (`Le Pen décrit sa fille… « Je suis… »`)
            if k < index and self._goes_on(_tokens(self._masked.get(k, ""), self._lexicon), gender):
                continue
            people = [self._full_name(p, index) for p in self._people_in(k, singles=True, before_quote=k == index)
                      if not _role_owner(p, self._sentences[k].text)
                      and not (k == index and (self._after_pronoun(p, gender, index) or p in self._asked_about(k)))]
            people = list(dict.fromkeys(p for p in people if not gender or self._gender.get(p, gender) == gender))
            people = [p for p in people if p in self._gender] or people  # shown to be a she, before a maybe
            people = [p for p in people if not _relation(p, self._sentences[k].text)]
            if len(people) > 1 and _coordinated(people[0], people[1], self._sentences[k].text):
                return None  # `Anna Berg and Maria Lopez met…`: either could be `she`
            if people:
                return people[0]  # the sentence's focus is the person it names first, its subject
        return self._last_of_gender(gender, index - 1 - PRONOUN_LOOKBACK) if own else None

    def _interviewed(self, gender: str) -> str | None:
        """The person an interview quotes: the speaker of at least `INTERVIEW_QUOTES` quotations so far and of
        three in four of them, of the pronoun's gender; whom a `she says` goes on meaning."""
        counts: dict[str, int] = {}
        for name in self._said.values():
            counts[name] = counts.get(name, 0) + 1
        if not counts:
            return None
        name = max(counts, key=counts.__getitem__)
        if counts[name] < INTERVIEW_QUOTES or 4 * counts[name] < 3 * sum(counts.values()):
            return None
        return name if not gender or self._gender.get(name, gender) == gender else None

    def _asked_about(self, index: int) -> set[str]:
        """People named in the question a sentence opens with (`Asked whether he would keep taking gifts from
        Lord Alli, he said: “…”`): what the speaker was asked about, never whom the pronoun after it means."""
        text = self._masked.get(index, self._sentences[index].text)
        if not _ASKED_OPENING.match(text) or "," not in text:
            return set()
        question = text[:text.index(",")]
        return {p for p in self._people_in(index) if p.split()[-1] in question.split()}

    def _spokesperson_in(self, index: int) -> bool:
        """Whether sentence `index` speaks through someone unnamed for a body (`a spokesperson for
        Acme`, `ein Sprecher der Stadt`): the he or she right after it is that spokesperson."""
        tokens = _tokens(self._masked.get(index, ""), self._lexicon)
        return any(t.lower() in SPOKESPEOPLE or t.lower().endswith(SPOKESPERSON_ENDINGS) for t in tokens)

    def _last_of_gender(self, gender: str, before: int) -> str | None:
        """`“…,” she said` after a stretch in which only a man spoke (her son's five sentences about
        her): the woman who spoke last before that stretch, when the text has shown she is one."""
        if gender not in ("m", "f"):
            return None
        for k in range(before, max(-1, before - PRONOUN_LOOKBACK), -1):
            name = self._said.get(k)
            if name and self._gender.get(name) == gender:
                return name
        return None

    def _after_pronoun(self, name: str, gender: str, index: int) -> bool:
        """Whether sentence `index` names `name` only after the last `gender` pronoun before its
        quotation (`he … called Omar a “terrorist” and said`): a name in the pronoun's own clause, its
        object, is not who the pronoun stands for."""
        tokens = self._before_quote(index)
        pronoun = max((k for k, t in enumerate(tokens) if self._lexicon.pronouns.get(t.lower()) == gender), default=None)
        if pronoun is None or not gender:
            return False
        words = name.split()
        return not any(_strip_possessive(t) in words for t in tokens[:pronoun])

    def _introduces_someone(self, index: int) -> bool:
        """Whether sentence `index` opens with someone unnamed (`Ein Anwohner aus Laubegast`, `Une
        bergère`, `A nurse`): the person a pronoun or a description right after it stands for."""
        tokens = _tokens(self._masked.get(index, ""), self._lexicon)
        if len(tokens) < 2 or tokens[0].lower() not in INDEFINITES:
            return False
        noun = tokens[1]
        return self._role_head(noun) or noun.lower() in GENDERED_NOUNS or noun.lower() in YOUNG_NOUNS or (
            self._language == "de" and noun[:1].isupper() and noun.lower().endswith(DE_PERSON_ENDINGS))

    def _plural_body(self, index: int) -> tuple[str, str]:
        """British English: `Big Machine have twice denied doing anything wrong. “…,” they said`: the body
        that opens the sentence before with a plural verb is `they`; otherwise they are more than one."""
        tokens = _after_openers(_tokens(self._masked.get(index, ""), self._lexicon))
        runs = _runs(tokens)
        if not runs or runs[0][0] != 0 or runs[0][1] >= len(tokens) or tokens[runs[0][1]].lower() not in _PLURAL_VERBS:
            return _NOBODY
        run = tokens[slice(*runs[0])]
        # its words capitalised inside sentences too: a name, not a capitalised common word; and one
        # person takes no plural verb
        return ("name", " ".join(run)) if all(t in self._capitalised_inside for t in run) else _NOBODY

    def _plural(self, verb: str, subject: str) -> bool:
        """Whether a verb's subject is more than one person (`beide sagten`, `both said`, `ambos dijeron`,
        German `sie` with a plural verb: `sagten sie`), so no one speaker said it."""
        lowered = subject.lower()
        return lowered in PLURAL_SUBJECTS or self._language == "de" and lowered == "sie" and verb.lower().endswith("en")

    def _latter(self, gender: str, index: int) -> str | None:
        """The person `dieser`, `celui-ci` stands for: the one named last before it, outside quotations,
        who is not the speaker of the quotation before (`„…“, antwortete Vrenchen, „…, Sali!“ – „…?“
        fragte dieser`: Sali) nor the person in focus (`Swoboda war unter den Ergreifern Stellmacher's. Er
        will gehört haben, wie dieser … rief`: Stellmacher)."""
        spoken = [self._said[k] for k in range(index - 1, max(-1, index - 1 - PRONOUN_LOOKBACK), -1) if k in self._said]
        focus = {spoken[0]} if spoken else set()
        if self._goes_on(self._before_quote(index), gender):
            focus.add(self._antecedent(gender, index))  # `Er will gehört haben, wie dieser…`: not him
        for k in range(index, max(-1, index - 1 - PRONOUN_LOOKBACK), -1):
            people = [self._full_name(p, index) for p in self._people_in(k, singles=True, before_quote=k == index)]
            tokens = _tokens(self._masked.get(k, ""), self._lexicon)
            # `unter den Ergreifern Stellmacher's`: a word with a possessive s is a name, in German too
            people += [_strip_possessive(t) for t in tokens if _possessive(t) and self._lone_name(_strip_possessive(t))
                       and _strip_possessive(t) not in people]
            if k < index and k in self._said:
                people.append(self._said[k])  # `»…«, sagte Sali`: a speaker is named there too
            for person in reversed(people):
                if person not in focus and self._gender.get(person, gender) == gender:
                    return person
        return None

    def _goes_on(self, tokens: list[str], gender: str) -> bool:
        """Whether a sentence's subject is the same pronoun (`He met Tom Weiss.`): it speaks of the
        person a later `he` stands for, and the people it names are not that person."""
        opening = self._opening(tokens)
        return opening is not None and opening[0] == "pronoun" and bool(gender) and opening[1] == gender

    def _people_in(self, index: int, singles: bool = False, before_quote: bool = False) -> list[str]:
        """Names of people in one sentence: two or more capitalised words, or a titled one.

        With `singles`, also a lone word that is part of a full name met anywhere in the article;
        with `before_quote`, only those named before its first quotation (a pronoun's person is
        named before it, not in the words after the quote).
        """
        tokens = _tokens(self._masked.get(index, self._sentences[index].text), self._lexicon)
        if before_quote:
            tokens = tokens[:next((k for k, t in enumerate(tokens) if t.startswith(MASK)), len(tokens))]
        people = []
        for start, end in _runs(tokens):
            if _possessive(tokens[end - 1]) and end < len(tokens) and tokens[end][:1].isupper():
                continue  # `India's Prime Minister Narendra Modi`: a country or a body owns the post
            if self._name_tail(tokens, start) or _names_place(tokens, start):
                continue  # `Doctors for Camp Closure`: the end of a body's name; `la escuela Manuel Belgrano`
            if start and tokens[start - 1].lower() in _BECOMING:
                continue  # `Before stepping aside to become Chief Whip he …`: the post he took, no one's name
            titled = self._titles_in(tokens[start:end])
            run = [_strip_possessive(_undotted(t)) for t in tokens[start:end]]
            if titled:
                gender = _gender_of(run[titled[-1]])
                run = self._before_article(run[titled[-1] + 1:])
                if run[:1] and run[0] in PARTICLES:
                    continue  # `ein Sprecher der Berufsfeuerwehr München`: a post, then its body
            else:
                run = self._past_medium(tokens, start, run)
                while len(run) > 2 and _is_kind(run[0]) and _ELIDED_NAME.sub("", run[0]).isupper():
                    run = run[1:]  # `L'ONG Amnesty International`: the kind of body, then its name
                initial = not start or not tokens[start - 1][:1].isalpha()
                while run and (self._common_word(run[0], initial) or self._plural_written(run)):
                    run, initial = run[1:], False
                nouned = run
                run = self._without_nouns(run)
                if self._place_or_thing(tokens, start, run):
                    continue
                gender = _de_role_gender(nouned[:len(nouned) - len(run)]) if self._language == "de" else None
                run = self._after_post(run)
                run = self._past_surname(run)
                if self._holds_post(tokens, start, run) or self._seated(tokens, start, run):
                    run = run[-2:]  # `el alcalde de San Francisco Ed Lee`
            run = _without_descriptor(run)
            if not run or any(t.lower() in CALENDAR for t in run) and not self._first_name_month(tokens, end - len(run), run):
                continue
            if len(run) < 2 and not titled and not (singles and self._part_of_person(run[0])):
                continue
            surname = _surname_of(run)
            if surname.isupper() and len(surname) > 1 and not _REGNAL.fullmatch(surname) or _is_organisation(run) \
                    or " ".join(run) in self._titled:
                continue  # `The Hollywood Reporter`; but `Benoît XVI`, `Felipe VI` are people
            name = " ".join(run)
            if gender:
                self._gender.setdefault(name, gender)
            people.append(name)
        return people

    def _place_or_thing(self, tokens: list[str], start: int, run: list[str]) -> bool:
        """Whether an English run of capitalised words, holding no post, follows an article or `in`: a place
        or a thing (`in San Francisco`, `in the Middle East`, `the Republican Senate candidate`, `a Grateful
        Dead gig`), never a person a `he` or `she` could stand for; `the Apple CEO Tim Cook` holds a post."""
        if self._language != "en" or not start or len(run) < 2:
            return False
        return tokens[start - 1].lower() in _NO_PERSON_BEFORE and self._after_post(run) == run

    def _past_medium(self, tokens: list[str], start: int, run: list[str]) -> list[str]:
        """A run of capitalised words less the paper or agency it opens with, when it follows a reporting
        verb and the preposition of whom the words were said to: `explique au Monde Marie Lefèvre`, `dijo a
        Efe María López`, `explicó a El País María López` name Marie Lefèvre and María López (one word for
        the medium, after its article; `_past_recipient` reads the attribution the same way)."""
        if start < 2 or tokens[start - 1].lower() not in RECIPIENTS.get(self._language, ()) \
                or not self._is_verb(tokens[start - 2]):
            return run
        medium = 2 if run[0].lower() in ARTICLES else 1
        return run[medium:] if len(run) - medium >= 2 else run

    def _name_tail(self, tokens: list[str], start: int) -> bool:
        """Whether the name words at `start` end a longer name joined by `for` or `of` to a capitalised
        common noun before it (`Doctors for Camp Closure`, `Physicians for Human Rights`): a body's
        name, not a person's; after a title (`Secretary of State Mike Pompeo`) a person follows."""
        if start < 2 or tokens[start - 1] not in TOPIC_WORDS | NAME_JOINERS:
            return False
        noun = tokens[start - 2]
        return noun[:1].isupper() and noun.lower() in self._lower and not self._is_title(noun)

    def _part_of_person(self, token: str) -> bool:
        return token in self._name_parts

    def _is_person(self, name: str) -> bool:
        """Only people are he or she: a name of two words or more, or part of one (not `NASA`)."""
        return name in self._first_seen or self._part_of_person(name)

    def _is_verb(self, token: str) -> bool:
        """A reporting verb; a French participle agreeing with its subject counts too (`s'est félicitée`), and
        the simple past of a first-group one, as history writes it (`affirma`, `ajouta` for `affirmé`, `ajouté`)."""
        word = _INVERTED_PRONOUN.sub("", token.lower())
        return word in self._lexicon.verbs or word in self._lexicon.derived_verbs or self._language == "fr" and (
            _AGREEMENT.sub("", word) in self._lexicon.verbs or len(word) > 4 and word.endswith("a")
            and word[:-1] + "é" in self._lexicon.verbs)


def _opinion(before: str) -> tuple[str, str] | None:
    """`In her view, the ruling “…”`, `A su juicio, la resolución "…"`, `Ihrer Ansicht nach „…“`: a phrase
    opening the sentence that gives someone's view by a possessive or a pronoun; its person (by gender
    where the word shows it) is the one the text has in focus."""
    match = _OPINION.match(before)
    if match is None:
        return None
    person = next(group for group in match.groups() if group).lower()
    return ("pronoun", "m" if person in ("his", "seiner", "lui", "él") else "f" if person in ("her", "ihrer", "elle", "ella")
            else "")


def _tokens(text: str, lexicon: Lexicon | None = None) -> list[str]:
    """Words, commas and masks; a full stop stays only on initials and abbreviated titles (`V.`, `Dr.`)."""
    tokens = list(_token_tuple(text, lexicon.by if lexicon is not None else None))
    if lexicon is not None and lexicon.slips:
        tokens = _unslipped(tokens, lexicon)
    return _postposed(tokens, lexicon.by_after) if lexicon is not None and lexicon.by_after else tokens


def _unslipped(tokens: list[str], lexicon: Lexicon) -> list[str]:
    """`De Pavant à indiqué` read as `De Pavant a indiqué`: a slip for an auxiliary, right before a
    reporting participle (`indiqué`, `précisée`), is that auxiliary."""
    return [lexicon.slips[token] if token in lexicon.slips and k + 1 < len(tokens) and _participle(tokens[k + 1], lexicon)
            else token for k, token in enumerate(tokens)]


def _participle(token: str, lexicon: Lexicon) -> bool:
    word = _AGREEMENT.sub("", token.lower())
    return word.endswith("é") and word in lexicon.verbs


def _postposed(tokens: list[str], postpositions: frozenset[str]) -> list[str]:
    """`Burkert zufolge fehlen …`, `…, einem Bericht der Zeitung zufolge, …` read as `according to`
    phrases: the words from the clause's start to the postposition, after `_BY` and before a comma."""
    at = next((k for k, t in enumerate(tokens) if t.lower() in postpositions), None)
    if at is None:
        return tokens
    start = max((k + 1 for k, t in enumerate(tokens[:at]) if t in ",:;" or t.startswith(MASK)), default=0)
    return [*tokens[:start], _BY, *tokens[start:at], ",", *tokens[at + 1:]]


@functools.lru_cache(maxsize=TOKENS_HELD)
def _token_tuple(text: str, by: str | None) -> tuple[str, ...]:
    """`_tokens` of one text, kept: attribution reads the same sentence's tokens again and again
    (each quote looks back over the sentences before it), and splitting them was a third of the
    quote step's time."""
    if by is not None:
        text = _by_pattern(by).sub(f" {_BY} ", text)
    tokens = []
    for token in _TOKENS_AND_BY.findall(text):
        if "'" in token or "’" in token:  # an elision needs an apostrophe: most words skip the regex
            elided = _ELIDED.match(token)
            if elided:
                tokens.append(elided.group().lower())  # `L'` opening a sentence is no name
                token = token[elided.end():]
        if token.endswith(".") and len(token) > 2 and token[:-1].lower() not in TITLE_WORDS and not _INITIALS.match(token):
            token = token[:-1]
        if not _possessive(token):
            token = token.rstrip("'’")
        tokens.append(token)
    return tuple(tokens)


@functools.cache
def _by_pattern(by: str) -> re.Pattern[str]:
    return re.compile(by, re.IGNORECASE)


def _runs(tokens: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each stretch of name words; particles (van, de) only inside a stretch."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(tokens):
        if tokens[k][:1].isupper() and not _LOWER_COMPOUND.fullmatch(tokens[k]):
            end = k + 1
            while (end < len(tokens) and _is_name_word(tokens[end]) and not _possessive(tokens[end - 1])
                   and not (tokens[end] in ARTICLE_PARTICLES and tokens[end - 1] not in PARTICLES)):
                end += 1  # `de la Fuente`, but not `Hoy la Iglesia`
            while tokens[end - 1] in PARTICLES:
                end -= 1
            if (end - k >= 2 and tokens[end:end + 1] and tokens[end] in _SURNAME_JOINERS and end + 1 < len(tokens)
                    and tokens[end + 1][:1].isupper() and not _possessive(tokens[end - 1])
                    and (end + 2 == len(tokens) or not tokens[end + 2][:1].isupper())):
                end += 2  # `Manuel Díaz y Ferreiro`, `Jordi Ferrer i Sala`: a first name, then two surnames joined
            runs.append((k, end))
            k = end
        else:
            k += 1
    return runs


def _run_before_complement(tokens: list[str], start: int) -> tuple[int, int] | None:
    """The name words right before `for` or `of` and the name at `start` (`John Smith` in `John Smith of
    Acme`, `Wray Grimaldi` in `Wray Grimaldi of the University of Otago`, `Doctors` in `Doctors for
    Camp Closure`), if the name at `start` follows one."""
    joiner = start - 1 - (start > 2 and tokens[start - 1] == "the")
    if joiner < 1 or tokens[joiner] not in TOPIC_WORDS | NAME_JOINERS or not tokens[joiner - 1][:1].isupper():
        return None
    return next(((a, b) for a, b in _runs(tokens[:joiner]) if b == joiner), None)


def _without_seat(tokens: list[str]) -> list[str]:
    """The tokens less where a named body sits, set off by commas before the verb: `Wray Grimaldi of the
    University of Otago in Dunedin, New Zealand, said` -> `… of the University of Otago said`. The
    town and country made the subject too long to read, and a name in them is no speaker."""
    for k in range(1, min(len(tokens), MAX_SUBJECT_TOKENS)):
        if tokens[k] != "in" or not tokens[k - 1][:1].isupper():
            continue
        town = _runs(tokens[k + 1:])
        if not town or town[0][0] != 0:
            return tokens
        end = k + 1 + town[0][1]
        if tokens[end:end + 1] != [","]:
            return tokens
        country = _runs(tokens[end + 1:])
        if country and country[0][0] == 0 and tokens[end + 1 + country[0][1]:end + 2 + country[0][1]] == [","]:
            end += 1 + country[0][1]
        return tokens[:k] + tokens[end + 1:]
    return tokens


def _past_setting(segment: list[str]) -> list[str]:
    """A subject less the phrase of where or when it spoke, between the name and the verb: `el presidente
    Ollanta Humala en una reciente conferencia de prensa mencionó`, `Marie Dupont dans un entretien accordé
    au Monde a estimé`. Only when a name ends right before `in` and none ends the phrase itself, unless
    the phrase is only a place's name (`of the University of Otago in Dunedin said`)."""
    runs = _runs(segment)
    if runs and runs[-1][1] == len(segment):
        # `Wray Grimaldi of the University of Otago in Dunedin said`: a place after `in`, right after a name
        at = runs[-1][0] - 1
        return segment[:at] if at > 0 and segment[at] == "in" and any(end == at for _, end in runs) else segment
    if not runs:
        return segment
    at = next((k for k in range(1, len(segment)) if segment[k].lower() in LOCATIVES and segment[k].islower()
               and any(end == k for _, end in runs)), None)
    return segment if at is None else segment[:at]


def _after_setting(segment: list[str]) -> list[str]:
    """A subject less the fronted phrase of where, when or how it spoke when no comma sets it off: `But in a
    note to his letter Mrs Thatcher said`, `In an interview with the paper Smith said`. Only a segment that
    opens with such a phrase (after a `but` or `and`) and ends in a name whose word before closes it: a
    lower-case word that is no article, possessive or preposition (`in a letter to the wife of John Smith`
    keeps the whole, which names no subject)."""
    runs = _runs(segment)
    opening = 1 if segment[:1] and segment[0].lower() in CONJUNCTIONS | _BUT else 0
    if len(segment) <= opening or segment[opening].lower() not in OPENERS or not runs or runs[-1][1] != len(segment):
        return segment
    start = runs[-1][0]
    closing = segment[start - 1] if start > opening + 1 else ""
    if not closing.isalpha() or not closing.islower() \
            or closing in ARTICLES.keys() | POSSESSIVES | PREPOSITIONS | OPENERS | CONJUNCTIONS | INDEFINITES \
            or any(closing in words for words in _ADDRESSEES.values()):
        return segment
    return segment[start:]


def _run_before_medium(tokens: list[str], start: int) -> tuple[int, int] | None:
    """The name words before `in` and a paper or blog whose name is at `start` (`Monjurul Haque` in `Monjurul
    Haque en el blog Indigenous Bangla`, `Jane Doe in her blog Sea Views`): who wrote there, not where."""
    at = start - 1
    if at < 2 or tokens[at].lower() not in MEDIA_KINDS or not tokens[at][:1].islower():
        return None
    while at > 0 and tokens[at - 1].lower() in ARTICLES.keys() | POSSESSIVES:
        at -= 1
    if at < 2 or tokens[at - 1].lower() not in LOCATIVES:
        return None
    return next(((a, b) for a, b in _runs(tokens[:at - 1]) if b == at - 1), None)


def _names_place(tokens: list[str], start: int) -> bool:
    """Whether the name at `start` follows a lower-case noun of a place (`la escuela Manuel Belgrano`)."""
    return start > 0 and tokens[start - 1] in PLACE_NOUNS


def _plural_people(words: list[str]) -> bool:
    """Whether an English description after `the` is of several people: a plural noun alone (`doctors`),
    or a writing signed by them (`letter signed by seven physicians`)."""
    if "by" in words[1:-1] and words[0].lower() in WRITINGS | STATEMENTS:
        words = words[words.index("by") + 1:]
        words = words[1:] if len(words) == 2 and (words[0].isdigit() or words[0][:1].islower()) else words
    return len(words) == 1 and bool(re.fullmatch(r"[a-z]{2,}[^su]s", words[0]))


def _de_noun(token: str) -> bool:
    """A long German word with a noun's ending (`Infrastrukturvorstand`, `CDU-Politiker`); of a
    hyphenated word its last part decides, so a double first name (`Karl-Peter`) stays a name."""
    word = token.rsplit("-", 1)[-1]
    if len(word) >= 8 and word.lower().endswith(DE_NOUN_ENDINGS):
        return True
    # `Medienkönig Rupert Murdoch`, `Tennis-Star Boris Becker`, `Popstar Nena`: a compound whose last part is
    # a noun for someone famous or ruling; the noun alone may be a surname (`Stefan König`)
    whole = token.replace("-", "").lower()
    return len(whole) >= 7 and whole.endswith(DE_COMPOUND_HEADS) and whole not in DE_COMPOUND_HEADS


def _de_role_gender(nouns: list[str]) -> str | None:
    """Whether a German noun for a person right before a name (`Lehrer Rejhan Nisic`, `Schülerin Diba`)
    shows a man or a woman: `-in` makes the feminine of a person noun; a `he` or `she` later is matched
    against it."""
    word = nouns[-1].lower() if nouns else ""
    if not (word.removesuffix("in").endswith(DE_PERSON_ENDINGS) or word in DE_SHORT_ROLES):
        return None  # `Zeitung`, `Studie`: no person
    return "f" if nouns[-1].endswith("in") else "m"


def _owner(owned: re.Match[str]) -> str:
    """The name a `_WRITING_OWNER` match holds, less its article (`The Conservatives'` -> `Conservatives`)."""
    return " ".join(w for w in owned.group(1).split() if w.lower() not in ARTICLES)


def _past_medium_phrase(head: list[str]) -> list[str]:
    """The verb, then its subject past a phrase that says where the words appeared (`rapporté sur Facebook le
    porte-parole` -> `rapporté le porte-parole`): a preposition and a name, right after the verb."""
    if len(head) > 3 and head[1].lower() in ("sur", "dans", "à", "au") and head[2][:1].isupper():
        end = 3
        while end < len(head) and head[end][:1].isupper():
            end += 1
        return [head[0], *head[end:]]
    return head


def _last_clause(tokens: list[str]) -> list[str]:
    """The words after the last comma or quotation."""
    return tokens[max((k + 1 for k, t in enumerate(tokens) if t == "," or t.startswith(MASK)), default=0):]


_DE_NOUN_MARKERS = DE_DETERMINERS | DE_CONTRACTIONS
"""German words a noun follows: articles and their contractions with a preposition (`zum`, `im`)."""


def _after_determiners(tokens: list[str]) -> list[tuple[str, str]]:
    """(determiner, the word it governs) in German: the next word, or the first after up to two
    lower-case adjectives (`die humanitäre Lage`, `den neuen deutschen Botschafter`). A relative pronoun
    after a comma, then a name (`…, die Arthur Kluckers als Schnellster absolvierte`, `…, den Granit Xhaka
    zusammenfasste`), governs nothing: the name is the clause's subject, its first name no noun."""
    pairs = []
    for k, token in enumerate(tokens[:-1]):
        if token.lower() not in _DE_NOUN_MARKERS:
            continue
        if k and tokens[k - 1] == "," and token in DE_RELATIVES and tokens[k + 2:k + 3] \
                and tokens[k + 1][:1].isupper() and tokens[k + 2][:1].isupper():
            continue
        j = k + 1
        while j < min(len(tokens) - 1, k + 3) and tokens[j][:1].islower() and tokens[j].lower() not in DE_DETERMINERS:
            j += 1
        pairs.append((token, tokens[j]))
    return pairs


def _dated(words: list[str]) -> bool:
    """`El 14 de octubre de 1904`, `Le 3 mai`, `Am 8. Juni`: a date that sets the scene before the subject."""
    return any(w[:1].isdigit() for w in words) and all(
        k == 0 or not w[:1].isupper() or w.lower() in CALENDAR for k, w in enumerate(words))


def _ends_clause(tokens: list[str], k: int) -> bool:
    """Whether the token at `k` ends a clause: a quotation does, a quoted term only when `and` follows
    it (`se dit « rassuré » et pense que « … »`), since it is a word of its clause otherwise."""
    return tokens[k].startswith(MASK) or tokens[k].startswith(TERM) and tokens[k + 1:k + 2] != [] \
        and tokens[k + 1].lower() in CONJUNCTIONS


def _piece(tokens: list[str]) -> tuple[list[str], list[str]]:
    """The tokens up to the next comma, bracket or quotation, and the rest from there."""
    for k, token in enumerate(tokens):
        if token in ",;:()" or token.startswith(MASK):
            return tokens[:k], tokens[k:]
    return tokens, []


def _of_complement(tokens: list[str], end: int) -> int:
    """Where a body's name that ends at `end` really ends: `the Department of Conservation`, `the Bank of
    England` go on through `of` and the capitalised words after it, when the words before it name a body."""
    following = _runs(tokens[end + 1:])
    if tokens[end:end + 1] == ["of"] and following and following[0][0] == 0 and _is_organisation(tokens[:end]):
        return end + 1 + following[0][1]
    return end


def _is_organisation(run: list[str]) -> bool:
    """`NASA`, `Foreign Office`, `Planned Parenthood Advocates of Kansas`, `Bundespolizei`,
    `Verwaltungsgericht Stuttgart`: an acronym or a body's name.

    `Real Sociedad Española de Historia Natural`: a Spanish or French body's noun may follow an adjective."""
    return (run[-1].lower() in ORGANISATION_WORDS or any(w.lower() in ORGANISATION_WORDS for w in run[:2])
            or len(run) == 1 and len(run[0]) > 1 and run[0].isupper()
            or run[-1].lower().endswith(DE_BODY_ENDINGS)
            # `Verwaltungsgericht Stuttgart`, `Königliche Eisenbahndirektion Köln`, `Weberzunft von Kaufbeuren`
            or len(run) > 1 and run[-2].lower().endswith(DE_BODY_ENDINGS)
            or run[0].lower().endswith(DE_BODY_ENDINGS) and run[1:2] and run[1] in ("von", "für")
            or "of" in run[1:] and _is_organisation(run[:run.index("of")]))  # `New Zealand Department of Conservation`


def _long_forms(sentences: list[list[str]]) -> dict[str, str]:
    """Acronyms -> the one run of capitalised words in the text whose initials spell them
    (`HRW` -> `Human Rights Watch`), or the one hyphenated acronym that opens with them (`SUD-PTT`)."""
    forms: dict[str, set[str]] = {}
    for tokens in sentences:
        for start, end in _runs(tokens):
            words = [t for t in tokens[start:end] if t[:1].isupper() and not _ELIDED_NAME.match(t)]
            if len(words) >= 2:
                forms.setdefault("".join(w[0] for w in words), set()).add(" ".join(words))
        for token in tokens:
            head = token.split("-")[0]
            if "-" in token and len(head) > 1 and token.isupper():
                forms.setdefault(head, set()).add(token)  # `SUD` for the `SUD-PTT` the text names
    spelt = {acronym: name for tokens in sentences for acronym, name in _spelt_out(tokens)}
    return {acronym: names.pop() for acronym, names in forms.items() if len(names) == 1} | spelt


def _without_elided_articles(tokens: list[str]) -> list[str]:
    """Tokens without an elided article or `de` before a name (`L'Armée` -> `Armée`, `d'Ansar` after a
    lower-case word -> `Ansar`), but keeping the `d'` that joins two capitalised words of one name
    (`Armée d'Ansar Al-Sounna`, `Giscard d'Estaing`)."""
    kept = []
    for k, token in enumerate(tokens):
        inside = k and tokens[k - 1][:1].isupper() and token[:1] in "dD" and token[:1].islower()
        kept.append(token if inside else _ELIDED_NAME.sub("", token) or token)
    return kept


def _spelt_out(tokens: list[str]) -> list[tuple[str, str]]:
    """`the Universities and Colleges Employers’ Association (UCEA)`: an acronym in parentheses right
    after the words whose capitals spell it, joined by small words (`and`, `of`, `für`) that break a
    run of capitalised words; the text defines it there, whatever else it spells."""
    found = []
    for k in range(1, len(tokens) - 2):
        acronym = tokens[k + 1]
        if tokens[k] != "(" or tokens[k + 2] != ")" or not (acronym.isupper() and acronym.isalpha() and len(acronym) > 1):
            continue
        start, words = k, []
        while start > 0 and len(words) < len(acronym) and _ELIDED_NAME.sub("", tokens[start - 1]).isalpha() and (
                tokens[start - 1].lower() not in _ACRONYM_JOINERS or words):
            start -= 1
            if tokens[start].lower() not in _ACRONYM_JOINERS:
                words.insert(0, _ELIDED_NAME.sub("", tokens[start]))  # `L'Organisation`: the name, not its article
        # French and Spanish write a body's later words in lower case (`Organisation mondiale de la santé`)
        if words and words[0][:1].isupper() and _ELIDED_NAME.sub("", tokens[start]) == words[0] \
                and "".join(w[0] for w in words).upper() == acronym:
            found.append((acronym, " ".join([words[0], *tokens[start + 1:k]])))
        elif skipping := _spelt_skipping(tokens[max(0, k - MAX_SPELT_WORDS):k], acronym):
            found.append((acronym, skipping))
    return found


def _spelt_skipping(before: list[str], acronym: str) -> str | None:
    """`le Conseil représentatif des institutions juives de France (CRIF)`, `le Comité supérieur pour les
    élections des collectivités locales (CEL)`: a French or Spanish acronym leaves out some of the
    lower-case words of the name it stands for; the name opens at the nearest capitalised word with
    its first letter, from which the acronym's letters come in order, every capitalised word's among them."""
    for start in range(len(before) - 1, -1, -1):
        head = _ELIDED_NAME.sub("", before[start])
        if not head[:1].isupper() or _fold(head[0]) != acronym[0]:
            continue
        words = [head, *(w for t in before[start + 1:] if t.lower() not in _ACRONYM_JOINERS
                         and (w := _ELIDED_NAME.sub("", t)))]  # `l'` alone is an article, no word of the name
        if not all(w.isalpha() for w in words):
            return None
        letters, at = acronym, 0
        for word in words:
            if at < len(letters) and _fold(word[0]) == letters[at]:
                at += 1
            elif word[:1].isupper():
                return None
        return re.sub(r"(?<=['’]) ", "", " ".join([head, *before[start + 1:]])) if at == len(letters) else None
    return None


def _fold(letter: str) -> str:
    """A letter in upper case without its accent (`é` -> `E`), to spell an acronym."""
    return unicodedata.normalize("NFD", letter)[0].upper()


def _without_relatives(tokens: list[str]) -> list[str]:
    """A subject without the relative clauses set off by commas in it: `Karo, who has moved to Los
    Angeles in the hopes of launching a career, says` -> `Karo says`."""
    kept: list[str] = []
    k = 0
    while k < len(tokens):
        if tokens[k] == "," and tokens[k + 1:k + 2] and tokens[k + 1].lower() in RELATIVES and "," in tokens[k + 1:]:
            k = tokens.index(",", k + 1) + 1
            continue
        kept.append(tokens[k])
        k += 1
    return kept


def _after_openers(tokens: list[str]) -> list[str]:
    """The clause after a scene-setting phrase: `Pour terminer, la porte-parole…` -> `la porte-parole…`."""
    while "," in tokens and tokens[0].lower() in OPENERS | {"pour"}:
        tokens = tokens[tokens.index(",") + 1:]
    return tokens


def _without_descriptor(run: list[str]) -> list[str]:
    """`Scientologist John Travolta`, `Japanese Ken Sato`, `UMP Jean Dupont`: a capitalised word saying
    what someone is (a believer, a nationality, a party) before a first name and surname is not part
    of the name."""
    if len(run) >= 3 and run[0].endswith(DESCRIPTOR_ENDINGS) and not run[0].endswith("'s"):
        return run[1:]
    if len(run) >= 3 and len(run[0]) > 1 and run[0].isalpha() and run[0].isupper() and run[1] not in PARTICLES:
        return run[1:]  # `le député UMP Jean Dupont`: the party, then the name
    head = run[0].split("-")[0] if run else ""
    if len(run) >= 3 and "-" in run[0] and len(head) > 1 and head.isupper():
        return run[1:]  # `SPD-Chef Lars Klingbeil`, `UN-Generalsekretär Ban Ki-moon`: a post in a party or a body
    return _without_affiliation(run)


def _without_affiliation(run: list[str]) -> list[str]:
    """`Andreas Knie von der TU Berlin`, `Ana Ruiz de la Universidad de Sevilla`, `Anke Staar von der
    Landeselternschaft`: a first name and surname, then a particle and a body's name, acronym or a
    German abstract noun, is a person and where they work; a particle after one word stays in the name
    (`Ursula von der Leyen`), as does one before a name (`de la Fuente`)."""
    for k in range(2, len(run) - 1):
        if run[k] in PARTICLES and run[k - 1] not in PARTICLES:
            rest = [t for t in run[k + 1:] if t not in PARTICLES and t not in ARTICLE_PARTICLES]
            if rest and (_is_organisation(rest) or len(rest[0]) > 1 and rest[0].isupper()
                         or len(rest[0]) >= 8 and rest[0].lower().endswith(DE_ABSTRACT_ENDINGS)):
                return run[:k]  # `Anke Staar von der Landeselternschaft`: a German abstract noun is no name
    return run


def _age_at(name: str, text: str) -> int | None:
    """The age a sentence gives someone: `Name, 54,`, `Name (left), 14,` or `20-year-old … Name`."""
    at = text.find(name)
    if at < 0:
        return None
    after = _AGE_AFTER.match(text, at + len(name))
    before = _AGE_BEFORE.search(text, 0, at)
    found = after or before
    return int(next(g for g in found.groups() if g)) if found else None


def _relation(name: str, text: str) -> bool:
    """`Avec son complice de toujours, Luc Perrin, il…`: a name set off by commas after a phrase
    ending in a possessive one is someone the person in focus knows, not the new focus."""
    at = text.find(name)
    before = text[:at].rstrip() if at >= 0 else ""
    if not before.endswith(",") or not text[at + len(name):].lstrip().startswith(","):
        return False
    phrase = before[:-1].rsplit(",", 1)[-1].lower().split()
    if "," not in before[:-1] and phrase[:1] and phrase[0] in POSSESSIVES:
        return False  # `His lawyer, Jane Doe, was less sure`: the role opens the sentence, its holder is the subject
    return any(word in POSSESSIVES for word in phrase[-RELATION_WORDS:])


def _role_owner(name: str, text: str) -> bool:
    """`El abogado de García, Luis Romero, negó…`, `the lawyer for Smith, Mary Jones,`: a name after a
    role and its preposition, with another name set off after it, is whose the role is, not who acts."""
    at = text.find(name)
    before = text[:at].split()[-2:] if at >= 0 else []
    after = text[at + len(name):].lstrip() if at >= 0 else ""
    return (len(before) == 2 and before[0][:1].islower() and before[1].lower() in PREPOSITIONS
            and after.startswith(",") and after[1:].lstrip()[:1].isupper())


def _coordinated(first: str, second: str, text: str) -> bool:
    """Whether a sentence joins two people with `and` (`Anna Berg and Maria Lopez`)."""
    between = text[text.find(first.split()[-1]) + len(first.split()[-1]):text.find(second.split()[0])]
    return between.strip(" ,").lower() in CONJUNCTIONS


def _shortens(parts: list[str], name: list[str]) -> bool:
    """`Kim`, `Sung Kim`'s surname; `Sung`, its first name; `B. Obama`, `Barack Obama` with an initial."""
    if len(name) < len(parts) or name == parts:
        return False
    return name[:len(parts)] == parts or _ends(parts, _core(name))


def _fuller(name: list[str], short: list[str]) -> bool:
    """Whether `name` writes out more of the same name as `short`: the surname after it (`Te Kaurinui
    Robert` -> `Te Kaurinui Robert Parata`) or a middle name inside it (`Te Kaurinui Parata`)."""
    if len(name) <= len(short) or name[0] != short[0]:
        return False
    if name[:len(short)] == short:
        return True
    rest = iter(name)
    return name[-1] == short[-1] and all(word in rest for word in short)


def _ends(parts: list[str], name: list[str]) -> bool:
    tail = name[-len(parts):]
    return len(tail) == len(parts) and all(
        p == n or len(p) == 2 and p.endswith(".") and n[:1] == p[0] and len(n) > 2 for p, n in zip(parts, tail))


def _core(tokens: list[str]) -> list[str]:
    """A name without its generational suffix."""
    return [t for t in tokens if t.lower() not in SUFFIXES] or tokens


def _surname_of(tokens: list[str]) -> str:
    return _core(tokens)[-1]


def _is_name_word(token: str) -> bool:
    """A capitalised word, a particle, or one glued to a capitalised word (`Thomas d'Aquin`, `al-Assad`)."""
    return token[:1].isupper() or token in PARTICLES or bool(_ARABIC_ARTICLE.match(token) or _GLUED_DE.match(token))


def _possessive(token: str) -> bool:
    return token.endswith(("'s", "’s"))


def _has_words(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _is_kind(token: str) -> bool:
    """`L'ONG`, `NGO`: a word for a kind of body, written like a name but no one's name."""
    return _ELIDED_NAME.sub("", token.lower()) in BODY_KINDS


def _undotted(token: str) -> str:
    """A name word without the full stop of an abbreviated title (`Dr.`); initials keep theirs (`B.B.`),
    and so does the suffix that is part of the name (`James P. Kennedy Jr.`)."""
    if token.rstrip(".") in NAME_SUFFIXES:
        return token.rstrip(".") + "."  # the tokens drop its full stop before a comma (`Jr., 55,`)
    return token if len(token) <= 2 or _INITIALS.match(token) else token.rstrip(".")


def _strip_possessive(token: str) -> str:
    return token[:-2] if _possessive(token) else token


def _gender_of(title: str) -> str | None:
    lowered = title.lower().rstrip(".")
    return "m" if lowered in MALE_TITLES else "f" if lowered in FEMALE_TITLES else None
