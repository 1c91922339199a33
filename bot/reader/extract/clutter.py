"""Remove what is not the article: promos, menus, captions, bylines and lists of other headlines.

Extractors (and people copying a page by hand) keep lines that belong to the site, not the story:
"Sign up for our newsletter", "Read more: ...", a photo caption printed twice, "Editor's Choice"
followed by ten headlines, "Theme / Light / Dark". Left in, they end up in summaries and answers.
Each rule here looks at one line's shape (length, sentence punctuation, case, a known label) or at
repetition, never at a particular site, so it holds for pages we have not seen. The same rules
clean trafilatura's output and pasted text; `article_from_text` is the pasted-text entry point.

Some apps copy a page without its line breaks, so menus, switches, promos, the headline and the
story arrive as one line. Such a run-on line is first cut where its lines must have been: at menu
separators, between sentences, and after the site furniture and labels a sentence starts with;
the rules above then judge each piece as they would a line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from bot.reader.article import Article, is_table_row
from bot.errors import NoSentences, ReaderError, TextTooShort
from bot.reader.extract.calendars import is_calendar_row
from bot.reader.extract.embeds import credit_posts
from bot.reader.extract.not_prose import refuse_not_prose
from bot.reader.extract.pointers import points_elsewhere
from bot.reader.extract.pasted_tables import pasted_row
from bot.reader.extract.read_also import cut_read_also
from bot.reader.extract.teasers import drop_cut_runs, drop_runs, points_away
from bot.reader.text.language import Language, detect_language, language_for, words

MIN_TEXT_WORDS = 60
MIN_TEXT_SENTENCES = 2
RUN_ON_WORDS = 200
"""A text this long in fewer than two sentences has no full stops to be split by; it is not short."""
TITLE_MAX_WORDS = 20
"""Longer lines are prose, not headlines; also the length a title made from a sentence is cut to."""
PROMO_MAX_WORDS = 60
"""A promo is a line or two; a longer paragraph that mentions "subscribe" is probably the story."""
LABEL_MAX_WORDS = 40
DATELINE_MAX_WORDS = 12
WRAP_MAX_WIDTH = 100
"""Pasted text whose lines are all at most this long may be hard-wrapped."""
HEADLINE_RUN = 3
"""This many title-like lines in a row (with no links to tell) read as a list of other stories."""
MAX_PARAGRAPH_CHARS = 20_000
"""A long paragraph of a real article is under 3,000 characters. Longer ones (a 3-million-character
"word", "Mr. A. B. C." repeated for a megabyte) are built to stall the line rules and sentence
splitting, so only their start is read."""
MAX_TEXT_CHARS = 200_000
"""A page's text or a paste is read this far (about 35,000 words, several times the longest
feature): past the first 1,000 sentences (MAX_SENTENCES) nothing is summarized anyway, and a
run-on line costs a sentence split and a clutter check per sentence, so a megabyte would hold a
worker for many seconds for nothing."""
TITLE_SOURCE_SENTENCES = 10
"""Sentences looked at for a title made from the text (and to tell it has two or more at all)."""
RUN_ON_SENTENCES = 8
"""A line with more sentences than this is not one paragraph: a page pasted without line breaks.
A text that is one line of two sentences or more is read as run-on whatever its length."""


@dataclass(frozen=True)
class Block:
    """One paragraph of a page, and whether the page marked it as a sub-heading."""

    text: str
    heading: bool = False
    rank: int = 0
    """A sub-heading's rank as its page set it (2 for an `<h2>`, 4 for an `<h4>`); 0 when unknown."""


_SPACE = re.compile(r"\s+")
_SPACE_BEFORE_STOP = re.compile(r"(?<=[^\s.,]) +(?=[.,](?:\s|$))")
"""Spaces before a full stop or comma, where a link's markup ended just before it ("nicht zu erfahren
." on Golem, whose links end in a hidden label and a line break); no language writes them."""
_GLUED_SENTENCE = re.compile(r"(\b(?:[a-zß-öø-ÿ]{2,}|\d{2,4}s)[.!?][\"”’]?)([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")
"""A sentence's last word (or a decade, "the 1800s") and its full stop glued to the next sentence's
capitalised first word."""
_KEY_WORD = re.compile(r"\w+")
# An encyclopedia's reference marks after a clause or a quotation ("in 1998.[4] The project",
# "Godzilla"[5]", "[citation needed]"): read aloud in a summary or an answer they are noise, and
# "[4] The project …" opened the TL;DR of a Wikipedia page. Marks glued to a word ("x[1]") may
# be code, and an editor's letter in a quotation ("[T]he birth lottery") is part of the word.
_REFERENCE_MARK = re.compile(r"(?<=[.,;:!?\"”’)\]])\[(?:\d{1,3}|[a-z]|[Cc]itation needed|[Nn]ote \d{1,3})\](?!\w)")
_SENTENCE_END = re.compile(r"[.!?…:;。！？：；؟।][\"'”’»)\]」』]*$")

# A site label and a colon or a bar: "Read more: <headline>", "MUST READ | <headline>", "Photo: AFP",
# "Tags: ...", "Lesen Sie auch: ...", "Zum Artikel: <headline>" (a link to another story, as BR24 writes it).
_LABEL = re.compile(
    r"^\W*(read (more|also|next)|(must |also )?read(?=\s*\|)|also read|more|related( articles?| stories| content)?|see also|also on \S+|"
    r"watch|listen|download|itunes|spotify|tags?|topics|photos?|photograph|images?|image source|picture|"
    r"credits?|caption|video|advertisement|sponsored|published|updated|posted|source|filed under|"
    r"leggi anche|lesen sie auch|siehe auch|mehr zum thema|zum artikel|auch interessant|lire aussi|à lire aussi|"
    r"voir aussi|"
    r"lee también|leer más|ver también|te puede interesar|foto|bild|quelle)\b[^:|]{0,20}[:|]",
    re.IGNORECASE,
)
# Lines that open a list of other stories: what follows them, while it looks like headlines, goes too.
_LIST_OPENERS = frozenset(
    [
        "read more", "read also", "also read", "related", "related articles", "related stories",
        "see also", "read about", "more stories", "more from", "editor s choice", "editors choice", "top content",
        "top stories", "most read", "most popular", "popular", "trending", "recommended",
        "recommended for you", "you may also like", "you might also like", "before you go",
        "don t miss", "latest news", "explore more", "explore further", "more on this story", "more on this topic",
        "meistgelesen", "mehr zum thema", "lesen sie auch", "siehe auch", "das könnte sie auch interessieren",
        "à lire aussi", "lire aussi", "les plus lus", "lo más leído", "te puede interesar",
        "leggi anche", "tags", "topics",
    ]
)
# Whole lines that are site furniture (menus, buttons, ad slots), in the languages we cover cheaply.
_FURNITURE_LINES = _LIST_OPENERS | frozenset(
    [
        "advertisement", "advertising", "ad", "sponsored", "sponsored content", "anzeige", "werbung",
        "publicité", "publicidad", "pubblicità", "comments", "comment", "share", "share this",
        "share this article", "tweet", "email", "print", "menu", "search", "theme", "light", "dark",
        "font", "language", "home", "close", "skip to content", "more", "continue reading",
        "load more", "show more", "weiterlesen", "lire la suite", "leer más", "leggi tutto",
        "newsletter", "subscribe", "sign in", "log in", "skip to main content", "skip navigation",
        "main menu", "open menu", "font size", "text size", "a a a", "sign up", "register",
        "thank you", "tweet this", "link this", "digg this", "email this", "print this", "reprints",
        "permalink", "full article", "main content", "loading photo gallery", "listen to this article",
        "save article", "vorlesen", "artikel vorlesen", "artikel anhören", "auf die merkliste", "artikel merken",
        "voir les contributions", "réagir", "ver comentarios", "comentarios",
        # buttons and the bare word a byline box leaves when its name sits in another element
        "google news", "bookmark", "bookmarks", "copy link", "artikel teilen", "teilen", "merken", "partager",
        "compartir", "by", "supported by", "von", "par", "por",
    ]
)
_LONE_LABELS = frozenset(
    [
        "news", "more information", "more info", "further information", "weitere informationen",
        "plus d informations", "más información", "mas informacion", "temas", "etiquetas", "themen", "schlagworte",
        "schlagwörter", "mots clés", "contact", "kontakt", "pressekontakt", "press contact", "media contact",
        "ansprechpartner", "ansprechpartnerin", "ansprechpartner zum thema", "ansprechpartnerin zum thema",
        "take quiz", "take the quiz",
    ]
)
"""Whole lines that only label a box of the site's: its section ("News"), an empty "More Information"
heading over its links, the tags' heading in other languages than `_LIST_OPENERS`, the label over its
press contact ("Ansprechpartnerin zum Thema:"), a quiz's button. Not read at the start
of a run-on sentence as `_FURNITURE_LINES` are: "News Corp" and "More information will follow" open
sentences."""
# A call to action: an imperative at the start of a sentence, aimed at a channel we do not want.
# The imperative may follow what it promises ("For the latest stories and breaking news updates download
# the Nationnews apps for iOS and Android.") and be the site's in Spanish or French ("Únete a nuestro
# canal de Telegram").
_CALL_TO_ACTION = re.compile(
    r"(^|[.!?:,;]\s+|^\W*for (?:the latest|more|all the latest|breaking)\b[^.!?]{0,60}?\s)"
    r"\W*(follow|subscribe(?: now| today)?(?: to)?|sign up|join|download|get|listen to|watch|like|share|read|catch up|"
    r"únete|unete|descarga|rejoignez|téléchargez)\b"
    r".{0,80}\b(newsletters?|apps?|twitter|facebook|instagram|youtube|tiktok|linkedin|google news|podcasts?|"
    r"channel|inbox|letterbox|full coverage|with a friend|live ?blog|live coverage|telegram|whatsapp|"
    r"(?:digital|print|e-?) ?edition|e-?paper)\b",
    re.IGNORECASE,
)
# Phrases that only site furniture uses, wherever they sit in a short paragraph.
_PROMO = re.compile(
    r"^\W*(?:sign up|subscribe)\b(?:[^.!?]{0,150}\b(?:inbox|here|brief|bookmark)\b|\W*$|,)|"
    r"\bstart your (?:[\w-]+ ){0,3}subscription\b|^\W*want to bookmark\b|"
    # A photo gallery's label and button left as lines ("UK news in pictures", "Show all 50").
    r"^\W*show all \d+\W*$|^[\w'’ -]{0,40}\bin pictures\W*$|"
    r"\b(?:our|unseren|meinen|notre|nos|nuestr[oa]s?) (?:[\w-]+ ){0,3}[\w-]*newsletters?\b|\bour live ?blog\b|"
    r"^\W*abonnieren sie\b|\babonniere (?:[\w-]+ ){0,3}[\w-]*newsletter|"
    r"ajout(?:er|é) à (?:mes|vos) favoris|add(?:ed)? to (?:my |your )?(?:bookmarks|favou?rites|reading list)|"
    r"click(ing)? here|our newsletter|share this (article|story)|like this story|all rights reserved|"
    r"this copy is for your personal|order reprints|print article|if you enjoyed this article|"
    r"tell us what you think|if you buy something through|enter (?:now |today |here )?(?:for a chance|to win)\b|via wikimedia commons|\bcc[- ]by\b|"
    r"an error has occurred|this article has been sent to|"
    r"check back (every|each|later|soon|often|regularly|daily|weekly|tomorrow|for (updates|more))\b|"
    r"newsletter abonnieren|abonnez-vous|inscrivez-vous|suscríbete|suscribete|folgen sie uns|"
    r"suivez-nous|síguenos|siguenos|si vous êtes abonnée?s?\b|(?:cet|l['’]) ?article est paru dans notre|"
    r"(?:sólo|solo|exclusiv[oa]s?) para (?:suscriptores|abonados)|"
    r"read the (full|whole|complete) (story|article|report) (in|at|on)\b|"
    r"(den|die|das) (kompletten|vollständigen|ganzen|gesamten) (beitrag|artikel|text) lesen sie|"
    r"lesen sie (den|die|das) (kompletten|vollständigen|ganzen|gesamten) (beitrag|artikel|text)|"
    r"lire (l'|l’)(article|enquête) (complet|complète|en entier)|retrouvez (l'|l’)(article|enquête) (complet|complète)|"
    r"lea (el|la) (artículo|nota|reportaje) complet[oa]|"
    r"amazon-preis|ersparnis zu amazon|"
    r"(?:folgenden|diese[rn]?|unsere[rn]?) links?,? um [^.!?]{0,30} zu unterstützen|"
    r"(?:these|our|the following) links? to support\b|"
    r"(?:sind|werden) affiliate-links|affiliate-links (?:enthalten|gekennzeichnet)|enthält affiliate-links|"
    r"(?:contains|includes|may contain) affiliate links|we (?:may )?(?:earn|receive) (?:a )?(?:small )?commission|"
    r"we may receive compensation\b|\bread our advertiser disclosure|"
    r"contient des liens (?:affiliés|d'affiliation)|contiene enlaces de afiliad[oa]s|"
    r"empfohlener redaktioneller inhalt|von unseren redakteuren ausgewählten, externen inhalt|"
    r"ich bin damit einverstanden, dass mir (der )?externe",
    re.IGNORECASE,
)
# The site's own notes closing a story, matched on the line in lower case (`_is_promo`): a call to
# subscribe, write in or follow, a pointer to its other pages, a consent box in place of a video,
# an editor's note on the story itself (updated, corrected, first published elsewhere).
_SITE_NOTE = re.compile(
    r"^\W*subscribe (?:now|today)\b|,\s*subscribe (?:now|today)\b|\bfor the full (?:story|article)\b|"
    r"\bour (?:daily|weekly|free|morning|evening) e-?mails?\b|\bby submitting (?:a |your )?(?:news|press) release|"
    r"this material may not be published|^\W*follow us\b|^\W*(?:have|got) a (?:news |story )?(?:tip|story)\?|"
    r"\bfor more (?:stories|news|articles) like this\b|\bist eine partnermarke (?:des|der|von)\b|"
    r"(?:tenemos|we have|wir haben|nous avons) (?:un |a |an |einen |une |our own )?(?:canal|channel|kanal|chaîne)"
    r"(?: de| on| auf| sur)? (?:telegram|whatsapp|youtube)|"
    r"\b(?:tell|let) us (?:know )?(?:[^.!?]{0,60} )?(?:below|in the comments?|in the comment section)|"
    r"\bleave (?:us )?a comment\b|\bsound off (?:below|in the comments)|"
    r"^\W*(?:like|liked|enjoyed|love|loved) this(?: article| story| post)?\?|"
    r"\byou (?:may|might) also (?:be interested in|like|enjoy)\b|"
    r"\b(?:read|check out|see|browse) (?:some of )?(?:the |our |my )?other (?:tutorials|articles|posts|stories)\b|"
    r"\bplease (?:accept|enable|allow) (?:[\w-]+ ){0,2}cookies\b|\bby accepting,? you will be accessing\b|"
    r"\byour choice will be saved\b|"
    r"^\W*(?:update|updated|correction|clarification|editor['’]?s note)\b(?:[^:]|:(?=\d)){0,40}:\s*"
    r"(?:added|updated|corrected|clarified|edited|removed|fixed|this (?:article|story|post|piece))\b|"
    r"\bthis (?:article|story|post|piece|report|column) (?:has been|was|is) (?:updated|corrected|amended|"
    r"originally published|first published|originally appeared|republished|reprinted)\b|"
    r"\b(?:this|the) (?:article|story|post) (?:originally|first) (?:appeared|ran)\b|"
    r"\ban earlier version of this (?:article|story|post|report)\b|"
    r"\b(?:dieser|der) (?:artikel|beitrag|text) (?:wurde|ist|erschien) (?:zuerst|erstmals|ursprünglich)\b|"
    r"\b(?:dieser|der) (?:artikel|beitrag) wurde aktualisiert\b|"
    r"\bcet article (?:a été|est) (?:mis à jour|modifié|corrigé|initialement publié|publié initialement|"
    r"paru initialement)\b|"
    r"\beste (?:artículo|texto) (?:fue|ha sido) (?:actualizado|corregido|publicado originalmente)\b|"
    r"\b(?:publicado|apareció) originalmente en\b"
)
_SITE_NOTE_HINT = re.compile(_SITE_NOTE.pattern.replace(r"|\b", "|"))
"""`_SITE_NOTE` without the word boundaries its phrases open with: it matches wherever `_SITE_NOTE`
does (and a little more), at a quarter of the time, because a pattern whose every branch opens with
`\b` is tried at every position of the line; `_SITE_NOTE` then checks the rare lines it matches."""
_PROMO_IN_LOWER_CASE = re.compile(_PROMO.pattern)
"""`_PROMO` for ASCII text put in lower case: the same matches (no other character matches an ASCII
letter of the pattern when case is ignored), at a quarter of the time; matching without regard to
case made `_PROMO` the slowest check of a line."""
_COPYRIGHT = re.compile(r"^\W*(copyright\b|©|\(c\)\s*\d{4})", re.IGNORECASE)
_RIGHTS_LINE = re.compile(
    r"^\W*(all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados)\W*$",
    re.IGNORECASE,
)
"""A line that is only a rights notice. Past the story's first half it closes the story: what a
page prints after it (the issue's cover, archive offers, app promos) is the site's, whatever its
words; a magazine page read by trafilatura's fallback kept 14 such lines after "Alle Rechte
vorbehalten"."""
_COMMENTS_LINE = re.compile(
    r"^\W*(\d+\s+)?(comments?|reader comments|kommentare?|leserkommentare|commentaires?|comentarios?|commenti)"
    r"\W*(\(\d+\))?\W*$",
    re.IGNORECASE,
)
"""A line that is only the heading of the readers' comments ("Kommentare", "12 Comments"). Past the
story's first half it closes the story like a rights notice: what follows is readers' posts,
their nicknames and vote buttons ("Harzer66", "4 2 Login für Vote"), which trafilatura keeps on
old news sites whose comment markup it does not know."""
_PAGE_STATE = re.compile(r"^(?:[a-z]+(?:[A-Z][a-z]*)+:|true|false|null|undefined)$")
"""A line of a page's script state shown as text: a camel-case key ("showPaywall:", "isSubscriber:")
or a bare literal ("false"). A Tagesspiegel page closed its story with eight such lines, which
trafilatura kept. A camel-case word alone ("iPhone", "eBay") may be a sub-heading, so only a key
with its colon goes."""
_BYLINE = re.compile(r"^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or)\s+(?!The\b)[A-ZÀ-ÖØ-Þ]")
_AUTHOR_LABEL = re.compile(r"^\W*(author|autor|autorin|auteur|autrice|autore|autora)\s*:\s*\S", re.IGNORECASE)
"""A labelled byline under or after the story ("Autor: red", "Author: Jane Doe"): who wrote it, which
the byline shows, not a sentence of the story."""
_DAY_AND_TIME = re.compile(
    r"^\W*(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\.?,?\s+"
    r"\d{1,2}[:.]\d\d\s*(uhr|h|am|pm)?\W*$"
    r"|^\W*\d{1,2}[:.]\d\d\s*(uhr|h|am|pm|a\.m\.|p\.m\.)\W*$",
    re.IGNORECASE,
)
"""A stamp that is only a weekday and a clock time ("Di, 10:19 Uhr", "Mon 9:30 am"), set above the
story on old regional news sites, or only a clock time with its "am" or "Uhr" ("12:03 pm |", left
by a Wired page's dateline); a bare "10:30" may be a line of a programme, so it stays."""
_READING_TIME = re.compile(
    r"^\W*((reading time|read time|lesedauer|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|"
    r"tempo de leitura|leestijd)\W*"
    r"(ca\.?|etwa|about|approx\.?|environ|unos|circa|cerca de)?\s*\d+\s*(min|mins|minutes?|minuten|minutos?|minuti|minuut)\.?"
    r"|\d+\s*(min|mins|minutes?|minuten)\.?\s*(read|lesezeit|lesedauer|de lecture|de lectura|di lettura))\W*$",
    re.IGNORECASE,
)
"""A reading-time label ("Lesedauer etwa 2 Min", "5 min read"): the site's estimate, not the story."""
_DATELINE = re.compile(
    r"^\W*(published|updated|posted|last (updated|modified)|veröffentlicht|aktualisiert|stand|"
    r"publié|mis à jour|publicado|actualizado|pubblicato|aggiornato)\b",
    re.IGNORECASE,
)
_CREDIT_END = re.compile(
    r"([(/|]\s*(afp|reuters|ap|ap photo|epa|dpa|getty images|shutterstock|file|contributed|courtesy|staff photo)"
    r"[^()]{0,40}\)?|"
    r"\b(photo|photograph|image|credit|foto|bild)\s*(:|by)\s*[^.]{0,60})\s*$",
    re.IGNORECASE,
)
_AGENCIES = frozenset(["afp", "reuters", "ap", "associated press", "dpa", "efe", "ansa", "epa", "bloomberg"])
_EDITOR_INITIALS = re.compile(r"^\(\s*[a-zäöü]{2,4}(\s*/\s*[a-zäöü]{2,4})*\s*\)$")
"""A story's last line on German sites: its editor's initials in brackets (`(grh)`, `(jk/dpa)`)."""
_URL = re.compile(r"^\W*(https?://|www\.)\S+\W*$")
_EMAIL = re.compile(r"[^\s@]{1,64}@[^\s@]{1,255}\.\w+")
"""Bounded on both sides, so a giant word is scanned once, not once per character."""
_ASKS_FOR_TIPS = re.compile(
    r"\b(?:you can (?:reach|contact|email|write)|contact (?:us|the (?:author|reporter))|(?:have|got) a (?:news )?tip"
    r"|vous pouvez (?:joindre|contacter|écrire)|des renseignements à nous|écrivez-nous|contactez-nous"
    r"|puede (?:contactar|escribir)|escríbanos|escribanos|contáctenos|contactenos)\b",
    re.IGNORECASE,
)
"""A reporter's or the newsroom's call for tips, with an address: "Vous avez des renseignements à nous
faire parvenir sur ce sujet? Vous pouvez joindre ... par courriel à ...". Longer than an address line,
it is still the site's, and an answer quoted it."""
# A photo's or a collage's caption, told by how it opens: where in the picture each thing is
# ("Clockwise from top: …", "From left: …", "Von links: …"); article sentences never open so.
_CAPTION_OPENER = re.compile(
    r"^\W*(?:clockwise from (?:the )?(?:top|bottom|left|right)(?:[ -](?:left|right))?|(?:from )?left to right|"
    r"from (?:left|right)|pictured|von links(?: nach rechts)?|im bild|de gauche à droite|de izquierda a derecha)"
    r"\s*:",
    re.IGNORECASE,
)
CAPTION_MAX_WORDS = 80
# A picture's stand-in where the page's text version puts it, in square brackets ("[figure SG07:
# review includes Alice's draft work …]", "[Image: …]"): the picture's description, not the story.
_MEDIA_PLACEHOLDER = re.compile(r"^\[(?:figure|fig\.|image|photo|picture|video|graphic|chart|embed)\b[^\[\]]*\]$",
                                re.IGNORECASE)
_SHORTCODE = re.compile(r"^\[([a-z_]+)\s+[a-z_]+\s*=[^\[\]]*\][^\[\]]*\[/\1\]$", re.IGNORECASE)
"""A line that is one of a blog's shortcodes printed raw, tags and settings and all: a button or a
box (`[button link="…/submit-kit-review/" type="big"] Send us your kit review[/button]`), which
the site failed to render; a story's sentence never opens and closes with such tags. A tag with
no settings may be a forum's bold (`[b]…[/b]`) around a real paragraph, and is left alone."""
_IMAGE_FILE_NAME = re.compile(r"^\S[^\n]*\.(?:jpe?g|png|gif|webp|avif|heic|tiff?|bmp)$", re.IGNORECASE)
"""A line that is only a picture's file name, which a content system printed where its caption should
be: al.com's "skimming scheme seized cash and cards.jpg" opened the story (and its answers)."""
_CREDITS = re.compile(
    r"contributed (to )?(this )?report|additional reporting|^\W*(reporting|editing|writing|compiled) by\b",
    re.IGNORECASE,
)
# A line that is only a timestamp: a year and a clock time ("22 de janeiro de 2018 às 0:13").
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_TIME = re.compile(r"\b\d{1,2}[:.h]\d\d\b")


# A menu or breadcrumb trail: short items between bars, arrows or double colons ("Home > News > Local").
_MENU_SEPARATOR = re.compile(r"\s+(?:\||>|›|»|::)\s+")
MENU_ITEM_WORDS = 5
_MONTHS = (r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|"
           r"oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|"
           r"décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
           r"diciembre)[a-zé]*\.?")
_DATE = (rf"(?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+(?:de\s+)?{_MONTHS}\s+(?:de\s+)?\d{{4}}"
         r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})")
_ROLE = (r"(?:[Ss]taff\s+)?(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Cc]ontributor"
         r"|[Rr]edakteur(?:in)?|[Kk]orrespondent(?:in)?)")
# A line that is only a date, with at most a lower-case label after it ("October 22, 2019 report", as
# a science site tags its stories), or only a byline's role ("Courier Staff Writer"): the top of a page.
_WEEKDAY = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?"
            r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
            r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
            r"|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo),?\s+")
"""A weekday before a date, as a page's dateline writes it ("jeudi 13 juin 2019", "Thursday, June 13, 2019")."""
_DATE_OR_ROLE_LINE = re.compile(
    rf"^\W*(?:(?i:{_WEEKDAY})?{_DATE}(?:\s+[a-zà-ÿ]+)?|(?:[A-Z][\w-]+\s+){{0,2}}{_ROLE})\W*$"
)
_DATE_LINE = re.compile(rf"^\W*(?i:{_WEEKDAY})?({_DATE})\W*$")
# A byline at the start of a paragraph, ended by a role, a date or the end of the line, so that
# where the name stops is plain: "By Jane Doe, Staff Writer March 14, 2006 The council voted...".
_LEADING_BYLINE = re.compile(
    r"^(?:By|BY|Von|Par|Por)\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,2}?)"
    rf"(?P<tail>(?:\s*[,|–-]?\s*(?:[A-Z][\w-]+\s+){{0,3}}?{_ROLE})?"
    rf"(?:\s*[,|–-]?\s*(?P<date>{_DATE}))?)(?=\s+[A-Z\"“‘(]|\s*$)",
)


# Where a run-on line's items must have been lines: menu separators and runs of lone dots.
_RUN_ON_BREAK = re.compile(r"\s+[•|·›»]\s+|(?:^|\s+)(?:[.·•]\s+){2,}[.·•]?(?=\s|$)")
# Furniture a run-on sentence may start with: a menu word, a switch, an agency credit "(AFP)".
_FURNITURE_START = re.compile(
    r"^\W*(?:" + "|".join(
        r"\W+".join(map(re.escape, phrase.split(" ")))
        for phrase in sorted(_FURNITURE_LINES | _AGENCIES, key=len, reverse=True)
    ) + r")(?:\s*[:)])?(?=\s|$)",
    re.IGNORECASE,
)
# An empty dateline label before the story: "Published: Updated: A US envoy...".
_EMPTY_LABEL = re.compile(r"^(?:published|updated|posted|last updated)\s*:(?=\s+(?:[A-Z]|$)|$)", re.IGNORECASE)
_LABEL_START = re.compile(r"\s(?=(?:published|updated|posted|last updated)\s*:)", re.IGNORECASE)
_AGENCY_END = re.compile(r"\s+\(?(?:" + "|".join(map(re.escape, _AGENCIES)) + r")\)?$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def key(text: str) -> str:
    """Lower-case words only: how two lines are compared, so punctuation and spacing never matter.

    Kept per text: cleaning a page compares each of its lines half a dozen times."""
    return " ".join(_KEY_WORD.findall(text.lower()))


def tidy(text: str) -> str:
    """One line with single spaces, without reference marks or spaces before a full stop or comma,
    and a space put back where a page glued two sentences together ("on Wednesday.The stabbing"),
    so sentence splitting and sentence counts work."""
    spaced = _SPACE.sub(" ", _REFERENCE_MARK.sub("", text)).strip()
    return _GLUED_SENTENCE.sub(r"\1 \2", _SPACE_BEFORE_STOP.sub("", spaced))


def is_title_like(text: str) -> bool:
    """Short, capitalised and without sentence punctuation at the end: a headline, label or menu.
    A script without capitals (Thai, Arabic, Chinese) cannot tell by case, so there a letter
    or a digit at the start will do: a Thai page's "related stories" headlines, each a whole link,
    stayed in its text and its summary."""
    count = len(words(text))
    first = text.lstrip("-–•*·\"'“‘ ")[:1]
    return 0 < count <= TITLE_MAX_WORDS and not _SENTENCE_END.search(text) and first.isalnum() and not first.islower()


def is_shouted(text: str) -> bool:
    """A short line in capitals ("NISSAN SENTRA", "WHAT HAPPENS NEXT"): wire stories and many sites
    set their sub-headings as plain paragraphs in capitals, so the page's markup does not say it is
    one. Read as a sentence it became an answer ("How fast is the Mach E?" -> "FORD MUSTANG MACH E")."""
    cased = [c for c in text if c.isupper() or c.islower()]
    return len(cased) >= 3 and all(c.isupper() for c in cased) and is_title_like(text)


def is_table_header(text: str) -> bool:
    """A data table's header row as extraction writes it ("| Pos | Player | Plays | % | Stats |"):
    it names the columns for the rows below, and is neither a sentence nor an answer."""
    cells = [cell.strip() for cell in text.strip().strip("|").split("|")]
    return is_table_row(text) and len(cells) >= 2 and not any(c.isdigit() for c in text)


def _undouble(text: str) -> str:
    """'Headline Headline' -> 'Headline': lists of teasers often print each title twice in one line."""
    tokens = text.split(" ")
    half = len(tokens) // 2
    if len(tokens) % 2 == 0 and half >= 2 and tokens[:half] == tokens[half:]:
        return " ".join(tokens[:half])
    return text


def is_clutter(text: str) -> bool:
    """One line that belongs to the site rather than the story, judged on its own."""
    k = key(text)
    count = len(words(text))
    # "_" is a word character, so a separator line ("___", as AP prints between sections) has a key.
    if not k.strip("_ ") or k in _FURNITURE_LINES or k in _LONE_LABELS or k in _AGENCIES or _EDITOR_INITIALS.match(text.strip()):
        return True
    if count <= LABEL_MAX_WORDS and (_LABEL.match(text) or _CREDIT_END.search(text)):
        return True
    if count <= DATELINE_MAX_WORDS and _DATELINE.match(text):
        return True
    if count <= PROMO_MAX_WORDS and (_is_promo(text) or _CALL_TO_ACTION.search(text) or points_away(text)):
        return True
    if count <= LABEL_MAX_WORDS and _COPYRIGHT.match(text):
        return True
    if _URL.match(text) or (count <= 15 and _EMAIL.search(text)) or points_elsewhere(text):
        return True
    if count <= PROMO_MAX_WORDS and _EMAIL.search(text) and _ASKS_FOR_TIPS.search(text):
        return True
    if count <= LABEL_MAX_WORDS and _CREDITS.search(text):
        return True
    if count <= CAPTION_MAX_WORDS and (_CAPTION_OPENER.match(text) or _MEDIA_PLACEHOLDER.match(text.strip())
                                       or _SHORTCODE.match(text.strip())
                                       or _IMAGE_FILE_NAME.match(text.strip())):
        return True
    if count <= DATELINE_MAX_WORDS and _YEAR.search(text) and _TIME.search(text) and not _SENTENCE_END.search(text):
        return True
    if _is_menu(text) or is_date_or_role(text):
        return True
    if _DAY_AND_TIME.match(text) or _COMMENTS_LINE.match(text) or _READING_TIME.match(text):
        return True
    if _PAGE_STATE.match(text.strip()) or is_calendar_row(text):
        return True
    if count <= 6 and _AUTHOR_LABEL.match(text) or count <= LABEL_MAX_WORDS and _DESK_AND_NAMES.match(text):
        return True
    return count <= 8 and bool(_BYLINE.match(text)) and not _SENTENCE_END.search(text)


def _is_promo(text: str) -> bool:
    lower = text.lower()
    if _SITE_NOTE_HINT.search(lower) and _SITE_NOTE.search(lower):
        return True
    if text.isascii():
        return _PROMO_IN_LOWER_CASE.search(text.lower()) is not None
    return _PROMO.search(text) is not None


def is_date_or_role(text: str) -> bool:
    """A line that is only a date or only a byline's role ("Courier Staff Writer")."""
    return bool(_DATE_OR_ROLE_LINE.match(text))


def _is_menu(text: str) -> bool:
    """A section menu or breadcrumb trail: two or more short items between separators, no sentence.

    Table rows ("| 2019 | 45 |") are data, not menus, and are left to the table rules.
    """
    if is_table_row(text) or _SENTENCE_END.search(text):
        return False
    items = [item for item in _MENU_SEPARATOR.split(text.strip(" |")) if item.strip()]
    return len(items) >= 2 and all(len(words(item)) <= MENU_ITEM_WORDS for item in items)


def split_byline(text: str) -> tuple[str | None, str | None, str]:
    """A paragraph that starts with a byline, as (author, date as printed, the rest of the text).

    Old pages print "By Jane Doe / Staff Writer / March 14, 2006" above the story in the same
    table cell, so it arrives glued to the first sentence. Only a byline whose end is plain (a
    role, a date, or the end of the line) is taken; otherwise (None, None, text).
    """
    match = _LEADING_BYLINE.match(text)
    if not match or not (match.group("tail") or match.end() == len(text.rstrip())):
        return None, None, text
    return match.group("name"), match.group("date"), text[match.end():].strip()


_WIRE_DATELINE = re.compile(
    r"^(?:(?P<place>[A-ZÀ-Þ][\w.'’-]*(?:[ ,/]+[A-ZÀ-Þ][\w.'’-]*){0,3})\s*)?\((?i:cnn|"
    + "|".join(map(re.escape, _AGENCIES)) + r")\)\s*(?:[-–—]+\s*)?(?=[A-ZÀ-Þ\"“‘«])"
)
"""A wire dateline opening the story ("London (CNN)It was the interview …", "PARIS (AFP) - The
minister …"): where and by whom it was filed, glued to the lede, which the TL;DR then opened with."""


_SHOUTED_PLACE = r"[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ.'’-]+){0,3}"
_PLACE_DATELINE = re.compile(
    rf"^(?P<place>{_SHOUTED_PLACE}(?:, (?:[A-ZÀ-Þ][\w.'’-]*)(?: [A-ZÀ-Þ][\w.'’-]*)?)?)(?: \([^()]{{1,30}}\))?"
    r"\s*(?:[-–—]{1,2}|:)\s+(?=[A-ZÀ-Þ\"“‘«])"
    r"|^(?P<town>[A-ZÀ-Þ][a-zß-ÿ-]+(?: [A-ZÀ-Þ][a-zß-ÿ-]+)?), \d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*[-–—]\s+"
)
"""A dateline the story keeps at the head of its lede: a place in capitals and a dash or colon
("NEW ORLEANS - Both …", "BEAVERTON -- The …", "LINDI: IT's …"), or a town, a date in digits and
a dash ("Nendeln, 27.6.2025 – Anlässlich …")."""
_NOT_PLACES = frozenset({"update", "updated", "breaking", "breaking news", "watch", "exclusive", "analysis",
                         "opinion", "editor's note", "editor’s note", "note", "photos", "video", "live", "correction",
                         "warning", "spoilers", "faq", "q", "a", "tl;dr", "tldr", "ps", "p.s."})
"""Words in capitals that open a lede like a dateline but name no place ("UPDATE: …", "WATCH: …")."""


def dateline_place(blocks: Sequence[Block], within: int = 3) -> str | None:
    """The place of the story's dateline, among its first `within` paragraphs: a wire dateline's
    ("LONDON (Reuters) -", dropped from the text by `peel_byline`), or one the lede keeps
    (`_PLACE_DATELINE`), only in the story's first paragraph. "Where did this happen?" is
    answered from it (`conversation.about.place_asked`)."""
    prose = [block.text for block in blocks[:within] if not block.heading and not is_title_like(block.text)]
    for index, text in enumerate(prose):
        wire = _WIRE_DATELINE.match(text)
        if wire and wire.group("place") and wire.end() < len(text):
            return _SHOUTED_WORD.sub(lambda word: word.group(0).title(), wire.group("place").strip(" ,/"))
        kept = _PLACE_DATELINE.match(text) if index == 0 else None
        if kept and (place := kept.group("place") or kept.group("town")) and place.lower() not in _NOT_PLACES:
            return _SHOUTED_WORD.sub(lambda word: word.group(0).title(), place)
    return None


_SHOUTED_WORD = re.compile(r"\b[A-ZÀ-Þ][A-ZÀ-Þ'’-]+\b")
"""A word of a place in capitals, as datelines print it ("SURABAYA", "ST."), not initials ("D.C.")."""


def without_dateline(text: str) -> str:
    """The paragraph without a leading wire dateline (`_WIRE_DATELINE`)."""
    match = _WIRE_DATELINE.match(text)
    return text[match.end():] if match and match.end() < len(text) else text


_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:[-A-Z][a-zß-öø-ÿ'’]+)*|[A-Z]\.)"
_PERSON = rf"{_NAME_WORD}(?:\s+(?:(?:de|da|di|du|del|der|den|van|von|la|le|bin|al)\s+)?{_NAME_WORD}){{1,3}}"
_NAME_SEPARATOR = r"\s*(?:/|,|&|\band\b|\bund\b|\bet\b|\by\b)\s*"
_NAMES_LINE = re.compile(rf"^{_PERSON}(?:{_NAME_SEPARATOR}{_PERSON})+$")
"""A line of two or more people's names and nothing else, joined by a slash, a comma or "and":
the reporters' byline as some sites print it over the story, without a "By" ("Mathatisi
Sebusi/Mohalenyane Phakela" on an untuned Lesotho Times story, read as the story's first line)."""


_ONE_NAME_LINE = re.compile(rf"^{_PERSON}$")
_JOURNALIST = (r"(?i:reporter|writer|correspondent|journalist|columnist|editor|contributor|freelancer|critic|intern|"
               r"producer|photographer|redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?|reporter(?:in)?|"
               r"autor(?:in)?|kolumnist(?:in)?|journaliste|correspondante?|rédact(?:eur|rice)|chroniqueu(?:r|se)|"
               r"periodista|corresponsal|redactora?|columnista)")
_AUTHOR_BIO = re.compile(
    rf"^{_PERSON}\s+(?:(?:is|ist|est|es)\s+(?:(?:an?|the|ein|eine|un|une|una|el|la|der|die)\s+)?"
    rf"(?:[\w'’,-]+\s+){{0,5}}?{_JOURNALIST}\b|(?:covers|writes about|reports on)\s)"
)
"""An author's bio closing the story: "Jane Doe is a reporter covering schools for the Courier.",
"Max Muster ist Redakteur im Ressort Wirtschaft.", "John Roe covers energy." Only the present tense:
"Khashoggi was a columnist for The Washington Post." is the story's."""
BIO_MAX_WORDS = 60
BIO_REACH = 2
"""Closing paragraphs read for a bio: the author's, then perhaps a co-author's."""


def without_closing_bios(blocks: list[Block]) -> list[Block]:
    """The blocks without the author bios the story ends with (`_AUTHOR_BIO`): who wrote it, which
    the byline shows, and which answered "who is a reporter?" Only at the end, where a page sets
    them after the story: a sentence of that shape mid-story is about a person in the news."""
    end = len(blocks)
    while end > max(0, len(blocks) - BIO_REACH) and end > 1:
        text = blocks[end - 1].text.strip()
        if len(words(text)) > BIO_MAX_WORDS or not _AUTHOR_BIO.match(text):
            break
        end -= 1
    return blocks[:end]
_DESK_AND_NAMES = re.compile(rf"^\W*[\w.&-]+(?:\s+[\w.&-]+){{0,2}}\s*\(\s*{_PERSON}(?:{_NAME_SEPARATOR}{_PERSON})*\s*\)\W*$")
"""A story's closing credit: the newsroom, and its writers in brackets ("MDR (Engin Haupt, Alisa
Sonntag)" under fundus's MDR story), as the editors' initials are elsewhere ("(jk/dpa)")."""


def names_byline(text: str, alone: bool = False) -> str | None:
    """The names of a byline line of only names (`_NAMES_LINE`), joined with ", "; else None.
    With `alone`, one name is a byline too: for a story's first line where the page named no
    person as its author (`lone_name_byline`)."""
    if not (_NAMES_LINE.match(text.strip()) or alone and _ONE_NAME_LINE.match(text.strip())):
        return None
    if any(word.lower() in DESK_WORDS for word in words(text)):
        return None
    return ", ".join(name.strip() for name in re.split(_NAME_SEPARATOR, text.strip()) if name.strip())


DESK_WORDS = frozenset({"staff", "reports", "report", "news", "desk", "team", "editors", "editor", "wire",
                        "services", "service", "agencies", "redaktion", "rédaction", "redacción", "online",
                        "reporter", "writer", "editorial"})
"""Words of a newsroom's byline, no person's ("Staff Reports", "News Desk", "Online Team")."""


def lone_name_byline(blocks: Sequence[Block]) -> tuple[str | None, list[Block]]:
    """A story's first line that is one person's name and nothing else, over a paragraph of prose,
    as (the name, the blocks without it); else (None, the blocks). Taken only where the page named
    no person as its author: a reporter's name set over the lede without a "By" ("Mohloai Mpesi" on
    a Lesotho Times story whose metadata names the paper), where a line of two capitalised words
    elsewhere may be a sub-heading or a kicker."""
    first, following = (blocks[0], blocks[1]) if len(blocks) >= 2 else (None, None)
    if first is None or first.heading or following.heading or is_title_like(following.text):
        return None, list(blocks)
    name = names_byline(first.text, alone=True)
    return (name, list(blocks[1:])) if name else (None, list(blocks))


def peel_byline(blocks: Sequence[Block], within: int = 3) -> tuple[str | None, str | None, list[Block]]:
    """The byline among the first `within` paragraphs, and the date printed on a line of its own
    there, as (author, date as printed, the blocks without the byline and without a wire dateline
    opening a paragraph): the author and date belong in the article's details, not in its text."""
    author = date = None
    out: list[Block] = []
    for index, block in enumerate(blocks):
        if index < within and not block.heading:
            block = replace(block, text=without_dateline(block.text))
        if index < within and author is None:
            name, printed, rest = split_byline(block.text)
            if name:
                author, date = name, date or printed
                out += [replace(block, text=rest)] if rest else []
                continue
            author = names_byline(block.text)
            if author:
                continue
        if index < within and date is None and (alone := _DATE_LINE.match(block.text)):
            date = alone.group(1)
        out.append(block)
    return author, date, out


def _opens_list(text: str) -> bool:
    """Whether the line announces a list of other stories: "Related:", the same for one section
    ("Most read in World News"), or a closing invitation whose last clause does ("Want to learn
    more about our other leaders? Read about:")."""
    k = key(text.rstrip(":"))
    return k in _LIST_OPENERS or bool(_SECTION_LIST.match(k)) or text.rstrip().endswith(":") and (
        key(_LAST_CLAUSE.split(text.rstrip().rstrip(":"))[-1]) in _LIST_OPENERS
    )


TEASER_MAX_WORDS = 30
"""The most words of one line in a closing box of the site's other stories: a headline, or its
one-sentence standfirst ("Ron DeSantis and Nikki Haley clearly despise each other, but neither
emerged as ..."). A "Related" or "Read more" box stands mid-story as often, before a story told in
short paragraphs, so only a "More from <site>" box closing the page is cut with all after it."""
TEASERS_AT_MOST = 8
"""The most lines such a closing box holds."""
_SECTION_LIST = re.compile(r"^(?:(?:most (?:read|popular|viewed|shared)|top stories) (?:in|from|on)|more from)"
                           r"(?: \w+){1,3}$")
"""A box of other stories of one section or of the site, by its label's key: "most read in world
news", "more from the nation"."""


_LAST_CLAUSE = re.compile(r"(?<=[.?!])\s+")
_PULL_QUOTE = re.compile(r"^[\"“„«].*[\"”“»]$")
PULL_QUOTE_MIN_WORDS = 8
"""A sub-heading that is one quoted statement this long is a pull quote: the interview's words set
large, not a heading (a heading before it then kept nothing under it and was dropped)."""


def _is_pull_quote(text: str) -> bool:
    return bool(_PULL_QUOTE.match(text.strip())) and len(words(text)) >= PULL_QUOTE_MIN_WORDS


STANDFIRST_MIN_WORDS = 25
"""A sub-heading this long that ends as a statement is the story's standfirst set in a heading
element (Euronews prints its three-sentence lead, "President Trump has set his sights on
Venezuela's vast oil reserves … experts are skeptical …, saying it won't be cheap or easy.", as an
`<h2>`): prose to summarize and to answer from, not a label over the next paragraphs."""


def _is_standfirst(text: str) -> bool:
    return len(words(text)) >= STANDFIRST_MIN_WORDS and text.rstrip()[-1:] in ".!…"


def _doubled(blocks: Sequence[Block]) -> set[str]:
    """Keys of paragraphs printed twice in a row: a photo's caption and its alt text, a teaser, a
    dateline printed above the paragraph it opens (`_opens_with`).

    Table rows are left alone: a header row repeated above each section is content.
    """
    doubled = {
        key(first.text)
        for first, second in zip(blocks, blocks[1:])
        if key(first.text) == key(second.text) and not is_table_row(first.text)
    }
    prose = [block for block in blocks if not is_clutter(block.text)]  # past a "Link this" button between them
    return doubled | {key(first.text) for first, second in zip(prose, prose[1:]) if _opens_with(second.text, first.text)}


_REPEATED_DATELINE = re.compile(r"\s+(?:\([^()]{1,30}\)\s*)?[-–—]")


def _opens_with(text: str, line: str) -> bool:
    """Whether a short line is the wire dateline the next paragraph opens with ("SURABAYA,
    Indonesia/JAKARTA" above "SURABAYA, Indonesia/JAKARTA (Reuters) - Indonesian rescuers …"):
    printed twice, it made a paragraph of its own before the story's first."""
    return (len(words(line)) <= DATELINE_MAX_WORDS and text.startswith(line) and len(text) > len(line)
            and _REPEATED_DATELINE.match(text, len(line)) is not None)


def _drop_headline_runs(blocks: list[Block]) -> list[Block]:
    """Drop runs of HEADLINE_RUN or more title-like lines: teasers of other stories, not this one."""
    return drop_runs(blocks, lambda block: not block.heading and is_title_like(block.text), HEADLINE_RUN)


def _drop_dangling_headings(blocks: list[Block]) -> list[Block]:
    """A sub-heading with no body paragraph after it introduced something we removed. A table's
    header row counts as body for the heading above it ("Defensive Line", then the table), and
    a header row printed twice keeps its second copy. Inside the story (after its first
    paragraph), a heading right over a kept heading of a lower rank (an `<h3>` "Status Quo" over
    the `<h4>` "Analoge Prozesse" and its paragraph) opens a section whose first part that one
    heads: both stay. Above the story such a pair is a section's label over a kicker."""
    first_body = next((index for index, block in enumerate(blocks) if not block.heading), len(blocks))
    out: list[Block] = []
    following: Block | None = None
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        table_follows = following is not None and is_table_header(following.text) and not is_table_header(block.text)
        opens_section = following is not None and index > first_body and 0 < block.rank < following.rank
        if block.heading and (following is None or following.heading and not table_follows and not opens_section):
            continue
        out.append(block)
        following = block
    return out[::-1]


def past_reading_limits(blocks: Sequence[Block]) -> bool:
    """True when `within_reading_limits` cuts these blocks: part of the text goes unread."""
    return (sum(len(block.text) for block in blocks) > MAX_TEXT_CHARS
            or any(len(block.text) > MAX_PARAGRAPH_CHARS for block in blocks))


def within_reading_limits(blocks: Iterable[Block]) -> Iterator[Block]:
    """The blocks cut to MAX_PARAGRAPH_CHARS each and MAX_TEXT_CHARS in all, so every later step
    works on bounded text whatever the page holds."""
    budget = MAX_TEXT_CHARS
    for block in blocks:
        if budget <= 0:
            return
        text = block.text[:min(MAX_PARAGRAPH_CHARS, budget)]
        budget -= len(text)
        yield replace(block, text=text) if len(text) < len(block.text) else block


def remove_clutter(
    blocks: Iterable[Block],
    titles: Iterable[str] = (),
    link_texts: Collection[str] | None = None,
    captions: Collection[str] = (),
) -> list[Block]:
    """The article's own paragraphs, in order, without the headline (`titles`: its spellings).

    `link_texts` are the keys of the page's link texts. With them, a title-like line that is a
    whole link is another story's headline; without them (pasted text) runs of title-like lines
    are the only hint. A paragraph printed twice in a row (a photo's caption and its alt text,
    a teaser) is dropped: article sentences are not repeated like that. A long paragraph printed
    again further down (a pull quote set in a box, `REPRINT_MIN_WORDS`) is kept once, where it
    first stands. An embedded post's words are
    credited to its poster, without its signature and short links (`bot.reader.extract.embeds`).
    `captions` are the keys of the page's image descriptions (alt texts, figure captions): a
    paragraph that only repeats one describes a photo, not the story. Teasers of other pages ("…
    Full Article", a box of headlines cut short with "...") go too (`bot.reader.extract.teasers`).
    """
    cleaned = [replace(b, text=_undouble(tidy(b.text))) for b in credit_posts(list(within_reading_limits(blocks)))]
    doubled = _doubled(cleaned)
    title_keys = {key(title) for title in titles}
    out: list[Block] = []
    printed: set[str] = set()
    in_list = False
    for position, block in enumerate(cleaned):
        if (_RIGHTS_LINE.match(block.text) or _COMMENTS_LINE.match(block.text)) and (
            sum(len(words(b.text)) for b in out) > sum(len(words(b.text)) for b in cleaned[position:])
        ):
            break  # the story's rights notice or its readers' comments: what follows is not the story
        k = key(block.text)
        if link_texts is not None and (unpointed := cut_read_also(block.text, k, link_texts)) != block.text:
            if not unpointed:
                continue
            block, k = replace(block, text=unpointed), key(unpointed)
        if _opens_list(block.text):
            rest = cleaned[position + 1:]
            if key(block.text).startswith("more from ") and len(rest) <= TEASERS_AT_MOST and all(
                len(words(b.text)) <= TEASER_MAX_WORDS for b in rest
            ):
                break  # a closing box of the site's other stories ("More from The Nation"): headlines, standfirsts
            in_list = True
            continue
        if in_list and is_title_like(block.text):
            continue
        in_list = False
        if k in title_keys or k in doubled or k in captions or is_clutter(block.text) and not _introduced(out, block.text):
            continue
        if k in printed and not is_table_row(block.text):
            continue
        if link_texts is not None and (k in link_texts and is_title_like(block.text)
                                       or _labelled_link(block.text, link_texts)):
            continue
        out.append(block)
        if not block.heading and _is_reprintable(block.text):
            printed.add(k)
    out = drop_runs(drop_cut_runs(out, lambda block: block.text), lambda block: _is_page_link(block.text), PAGE_LINKS_RUN)
    out = without_closing_bios(_without_pulled_sentences(_without_excerpts(out)))
    if link_texts is None:
        out = _drop_headline_runs(out)
    return _drop_dangling_headings([
        replace(b, heading=False) if b.heading and (_is_pull_quote(b.text) or _is_standfirst(b.text))
        else replace(b, heading=True) if is_shouted(b.text) or is_table_header(b.text) else b
        for b in out
    ])


_PAGE_LINK = re.compile(
    r"^\W*(?:\d{1,2}|next|next page|previous|previous page|prev|single page|view as single page|all pages"
    r"|page \d+(?: of \d+)?|seite \d+(?: von \d+)?|nächste seite|vorherige seite|alle seiten|weiter|zurück"
    r"|page suivante|page précédente|página siguiente|página anterior|siguiente|anterior)\W*$",
    re.IGNORECASE,
)
PAGE_LINKS_RUN = 2
"""Lines of a page's pagination in a row ("1", "2", "3", "Single Page" under the Atlantic's first
page of three): one bare number may number a section, a row of them is the site's links."""


def _is_page_link(text: str) -> bool:
    return bool(_PAGE_LINK.match(text.strip()))


REPRINT_MIN_WORDS = 10
"""Lower-case words of a paragraph whose second printing is a reprint (a pull quote repeating a
paragraph whole); a short line ("Advertisement", "Photo: AP", a refrain) may well stand twice."""
_PROSE_END = re.compile(r"[.!?][\"”’»]?$")


def _is_reprintable(text: str) -> bool:
    """Prose long enough that printing it twice is a reprint: sentences of running words ending in a
    full stop. A list's items repeat as content (a meal plan's "Portion Fix Containers: 1 Green, 1
    Red, …" each day, a gadget's features under each deal): numbers and names, rarely a sentence."""
    running = sum(1 for word in words(text) if word.isalpha() and word.islower())
    return running >= REPRINT_MIN_WORDS and bool(_PROSE_END.search(text.strip()))


EXCERPT_MAX_WORDS = 60
"""Words of the longest paragraph read as a pull quote cut from another (a sentence or two)."""


def _without_excerpts(blocks: list[Block]) -> list[Block]:
    """The blocks without a pull quote cut from a longer paragraph of the story: every word of it,
    in order, in that paragraph ("It is really something in life to be utterly disabused about
    human motive, and yet still come to work every day." set in a box of The New Republic's letter,
    from "… about human motive, venality, capacity for double-crossing, and yet still come to work
    every day, trying to get something done."). Only prose long enough to be no common phrase."""
    quoted = [_without_credit(block.text) for block in blocks]
    keys = [key(text).split() for text in quoted]
    holders: dict[str, set[int]] = {}
    # word -> the blocks holding it: only those holding every word are compared (a pasted text of
    # thousands of paragraphs made comparing every pair take half a minute)
    for index, words_of in enumerate(keys):
        for word in words_of:
            holders.setdefault(word, set()).add(index)

    def excerpt(index: int) -> bool:
        own = keys[index]
        if len(own) > EXCERPT_MAX_WORDS or not _is_reprintable(quoted[index]):
            return False
        holding = sorted((holders[word] for word in set(own)), key=len)
        candidates = set.intersection(*holding) if holding else set(range(len(blocks)))
        return any(len(keys[other]) > len(own) and _in_order(own, keys[other])
                   for other in candidates if other != index)

    return [block for index, block in enumerate(blocks) if not excerpt(index)]


PULL_QUOTE_CREDIT_MAX_WORDS = 6
_CREDITED = re.compile(r"^(.*[.!?][\"”’»]?)\s+([A-ZÀ-ÖØ-Þ—–-][^.!?\d()\[\]]+)$", re.DOTALL)
"""A quotation's last full stop, then a credit: capitalised (or after a dash), no figures or brackets
("… 1 tsp. grass-fed butter for toast]" of a meal plan is a list item's tail, not a credit)."""


def _without_credit(text: str) -> str:
    """A pull quote without the credit line its box sets under it: "What I always found was you
    have to suggest something to him. … A close Trump associate" (HuffPost) is the quotation of a
    paragraph above, printed again with who said it; the credit alone, a few words with no full
    stop after the quotation's last sentence, would keep it from being seen as a reprint."""
    match = _CREDITED.match(text.strip())
    if match is None or len(words(match.group(2))) > PULL_QUOTE_CREDIT_MAX_WORDS:
        return text
    return match.group(1)


def _in_order(part: list[str], whole: list[str]) -> bool:
    """Whether every word of `part` stands in `whole`, in the same order (others may come between)."""
    remaining = iter(whole)
    return all(word in remaining for word in part)


def _without_pulled_sentences(blocks: list[Block]) -> list[Block]:
    """The blocks without a sub-heading that is a paragraph of the story printed again, the
    story's own copy kept as a paragraph: the page's lines mark every line that shares a
    heading's words a heading (`page._blocks`), so a pull quote set in a heading element over the
    paragraph it repeats took that paragraph out of the summary and the answers. A heading that
    quotes part of a paragraph stays, a heading over it as the page set it."""
    keys = [key(block.text) for block in blocks]
    out: list[Block] = []
    pulled: set[str] = set()
    for index, block in enumerate(blocks):
        if block.heading and keys[index] in pulled:
            out.append(replace(block, heading=False))
        elif block.heading and _SENTENCE_END.search(block.text) and keys[index] in keys[index + 1:]:
            pulled.add(keys[index])
        else:
            out.append(block)
    return out


LINK_LABEL_MAX_WORDS = 3
"""Words of a label before a colon ("Les også", "Lesen Sie auch", "Read more")."""


def _labelled_link(text: str, link_texts: Collection[str]) -> bool:
    """A short label, a colon, and one link's whole text: another story's headline pointed to in
    any language ("Les også: Tone Damli ofret musikkarrieren for barna", Nettavisen in fundus's
    test pages), where `_LABEL` knows the labels of a few languages only. A label in capitals may
    be longer and end in a bar ("FUNDA OLUNYE UDABA LAPHA | Uphenyo kutholwa …", "read another
    story here" on an untuned Zulu news page). A sentence that goes on after a link is never one:
    the link must be all that follows the label."""
    label, colon, rest = text.partition(":")
    labelled = (bool(colon) and 0 < len(words(label)) <= LINK_LABEL_MAX_WORDS
                and not _SENTENCE_END.search(label) and key(rest) in link_texts)
    shouted, bar, linked = text.partition(" | ")
    labelled = labelled or (bool(bar) and len(words(shouted)) <= SHOUTED_LABEL_MAX_WORDS and is_shouted(shouted)
                            and key(linked) in link_texts)
    return labelled or _kicker_before_link(text, link_texts)


SHOUTED_LABEL_MAX_WORDS = 6
"""Words of a label in capitals before a bar ("FUNDA OLUNYE UDABA LAPHA", "READ THE FULL STORY HERE")."""


KICKED_HEADLINE_MIN_WORDS = 6
"""Words of another story's headline after a section's name; shorter links name a thing or a page."""


def _kicker_before_link(text: str, link_texts: Collection[str]) -> bool:
    """A section's name set before one link's whole text, with no colon ("Política Los diputados del
    PP piden a Tellado ...: "Esto es peor que lo de Casero"", El Mundo's related stories beside the
    lead): another story's headline, whose quotation was given the speaker "Política Los". The
    headline opens with a capital ("Use code 50OFF699 to get it at Dell" goes on into its link) and
    is a headline's length (`KICKED_HEADLINE_MIN_WORDS`): "It's called Plan & Grow BIG." and the
    heading "Incubation Grant to Evidence Action Beta" end in a link to a name."""
    tokens = words(text)
    reach = min(LINK_LABEL_MAX_WORDS, len(tokens) - KICKED_HEADLINE_MIN_WORDS)
    return text[:1].isupper() and any(
        tokens[n][:1].isupper() and key(" ".join(tokens[n:])) in link_texts for n in range(1, reach + 1)
    )


INTRODUCING_MIN_WORDS = 6
"""A line ending in a colon this long is a sentence announcing something; shorter ones ("Kontakt:",
"More information at:") are the site's labels, and the address after them its contact line."""


def _introduced(kept: list[Block], text: str) -> bool:
    """Whether a line of only an address (web or mail) is what the story's sentence before it
    announces with a colon ("…a dedicated mailbox has been set up:"): then it is the story's, not a
    contact line of the site's, and a reader asking for the address needs it."""
    address = _URL.match(text) or _EMAIL.fullmatch(text.strip())
    before = kept[-1].text.rstrip() if kept else ""
    return bool(address) and before.endswith(":") and len(words(before)) >= INTRODUCING_MIN_WORDS


def shorten(text: str, max_words: int = TITLE_MAX_WORDS) -> str:
    """A sentence cut to a title's length at a word boundary."""
    tokens = tidy(text).split(" ")
    if len(tokens) <= max_words:
        return tidy(text).rstrip(".")
    return " ".join(tokens[:max_words]).rstrip(",;:") + "…"


def _starts_a_line(text: str) -> bool:
    """What follows a peeled piece of furniture starts a new line: a capital, a digit, or nothing."""
    first = text.lstrip("\"'“‘(«- ")[:1]
    return not first or first.isupper() or first.isdigit()


def _leading_furniture(text: str) -> re.Match[str] | None:
    """Furniture, an empty label or a call to action at the start of `text`, ending where a line would."""
    for pattern in (_CALL_TO_ACTION, _FURNITURE_START, _EMPTY_LABEL):
        match = pattern.match(text)
        if match and _starts_a_line(text[match.end():]):
            return match
    return None


def _peel(sentence: str, after_break: bool) -> list[str]:
    """A run-on sentence cut into the lines it was glued from.

    Furniture and calls to action are peeled off the start while a capitalised word follows them
    ("Theme Light Dark Language US renews ...", "Sign up for our newsletter Harbour council ..."). A single such word ("Home Secretary ...") goes only right after a
    menu separator or when it is plainly a label ("Read more:", "(AFP)"), since sentences start
    with those words too. Dateline labels ("Published: Updated: A US envoy ..."), a trailing
    agency credit and a promo glued to a headline become pieces of their own.
    """
    out: list[str] = []
    for index, part in enumerate(_LABEL_START.split(sentence)):
        peeled: list[str] = []
        rest = part.strip()
        while match := _leading_furniture(rest):
            peeled.append(match.group(0).strip())
            rest = rest[match.end():].strip()
        plainly_furniture = after_break or index > 0 or peeled[:1] and peeled[0][-1:] in ":)"
        if len(peeled) == 1 and rest and not plainly_furniture:
            peeled, rest = [], part.strip()
        out += peeled
        credit = _AGENCY_END.search(rest)
        if credit and is_title_like(rest[:credit.start()]):
            out += [rest[:credit.start()], credit.group(0).strip()]
        elif rest:
            out += _unglue_promo(rest)
    return out


def _unglue_promo(piece: str) -> list[str]:
    """'Harbour council approves night ferry Sign up for our newsletter ...' -> headline, promo."""
    tokens = piece.split(" ")
    for cut in range(3, min(len(tokens), TITLE_MAX_WORDS + 1)):
        head, tail = " ".join(tokens[:cut]), " ".join(tokens[cut:])
        if tail[:1].isupper() and is_title_like(head) and is_clutter(tail) and not is_clutter(head):
            return [head, tail]
    return [piece]


def _pieces(line: str, language: Language, alone: bool) -> list[str]:
    """The lines a run-on line was made of (see the module docstring), or the line itself.

    Pieces of furniture go at once, so that what stood around them meets again (a caption, its
    credit, the caption again reads as a caption printed twice); list openers stay for
    `remove_clutter`, and what follows one without ever ending a sentence is its list of headlines.
    """
    parts = [language.sentences(part) for part in _RUN_ON_BREAK.split(line)]
    if sum(map(len, parts)) <= (1 if alone else RUN_ON_SENTENCES):
        return [line]
    out: list[str] = []
    for part_index, sentences in enumerate(parts):
        for index, sentence in enumerate(sentences):
            for piece in _peel(sentence, after_break=part_index > 0 and index == 0):
                if out and _opens_list(out[-1]) and not _SENTENCE_END.search(piece):
                    continue
                if _opens_list(piece) or not is_clutter(piece):
                    out.append(piece)
    return out


def title_from(sentences: Sequence[str]) -> str:
    """A title made from the first sentence that is a line of words (never one of lone dots)."""
    return shorten(next((s for s in sentences if len(words(s)) >= 3), sentences[0] if sentences else ""))


def _lines(text: str) -> list[str]:
    """Paragraphs of pasted text: one per line, with hard-wrapped lines joined back together.

    Text wrapped at a fixed width (mail, terminals) has no line longer than that width, and a
    line breaks only where the next word would not have fitted. A line that stops mid-sentence
    and is followed by a lower-case word is a continuation whatever the width. A table's row
    (cells separated by tabs, `pasted_tables`) is a line of its own.
    """
    raw_lines = [pasted_row(raw, tidy) or tidy(raw) for raw in text.splitlines()]
    width = max((len(line) for line in raw_lines), default=0)
    lines: list[str] = []
    previous_raw = ""
    for line in raw_lines:
        previous = lines[-1] if lines else ""
        broken_mid_sentence = (bool(line and previous) and not _SENTENCE_END.search(previous)
                               and not is_table_row(previous) and not is_table_row(line))
        next_word_overflows = width <= WRAP_MAX_WIDTH and len(previous_raw) + 1 + len(line.split(" ")[0]) > width
        if broken_mid_sentence and (line[:1].islower() or next_word_overflows):
            lines[-1] = f"{previous} {line}"
        else:
            lines.append(line)
        previous_raw = line
    lines = [line for line in lines if line]
    language = language_for(detect_language(text))
    return [piece for line in lines for piece in _pieces(line, language, alone=len(lines) == 1)]


def _pick_title(lines: Sequence[str]) -> str | None:
    """The first headline-like line printed twice (page title and article title), else the last
    headline-like line before the story starts."""
    candidates = [line for line in lines if is_title_like(line) and len(words(line)) >= 3 and not is_clutter(line)]
    counts = Counter(key(line) for line in candidates)
    repeated = [line for line in candidates if counts[key(line)] > 1]
    if repeated:
        return repeated[0]
    before_story = []
    for line in lines:
        if not is_title_like(line) and not is_clutter(line):
            break
        if line in candidates:
            before_story.append(line)
    return before_story[-1] if before_story else None


def _story_start(lines: Sequence[str]) -> int:
    """Index of the first line of the story: the first that is neither headline-like nor clutter."""
    return next((i for i, line in enumerate(lines) if not is_title_like(line) and not is_clutter(line)), len(lines))


def too_few_sentences(body_words: int, otherwise: ReaderError) -> ReaderError:
    """The error for a text with fewer sentences than a summary needs: `NoSentences` when there are
    words enough for many (a run-on text with no full stops), else `otherwise`."""
    return NoSentences(f"{body_words} words") if body_words >= RUN_ON_WORDS else otherwise


def article_from_text(text: str, title: str | None = None) -> Article:
    """An Article from pasted text: clutter dropped, a title found or made, the language detected."""
    refuse_not_prose(text)
    cut = len(text) > MAX_TEXT_CHARS
    if cut:
        text = text[:MAX_TEXT_CHARS].rsplit(" ", 1)[0]
    lines = _lines(text)
    read = [Block(line) for line in lines]
    cut = cut or past_reading_limits(read)
    title = tidy(title) if title else _pick_title(lines)
    within = _story_start(lines) + 1
    place = dateline_place(read, within)
    author, date, blocks = peel_byline(list(within_reading_limits(read)), within=within)
    kept = remove_clutter(blocks, [title] if title else ())
    paragraphs = [b.text for b in kept]
    body = "\n".join(b.text for b in kept if not b.heading)
    language = language_for(detect_language(body))
    sentences = list(islice((s for b in kept if not b.heading for s in language.sentences(b.text)),
                            TITLE_SOURCE_SENTENCES))
    body_words = len(words(body))
    if body_words < MIN_TEXT_WORDS or len(sentences) < MIN_TEXT_SENTENCES:
        raise too_few_sentences(body_words, TextTooShort())
    return Article(
        title=title or title_from(sentences),
        paragraphs=tuple(paragraphs),
        language=language.code,
        author=author,
        date=date,
        headings=frozenset(i for i, b in enumerate(kept) if b.heading),
        dateline=place,
        cut=cut,
    )
