"""Answer a reader's question with the article's own sentences, or say the article doesn't say.

The core is keyword matching: BM25 over stemmed, accent-free content words, scored for every
sentence at once with postings lists, so one question costs well under a millisecond on a long
article. Measured on SQuAD (see `bench/answers.py`), plain BM25 over sentences misses when the
question's words sit in the sentences around the answer, when they come in another form
("inventor" / "invented"), or when several sentences share the words but only one holds the kind
of thing asked for. So a sentence's score adds, with small weights:

- its paragraph's BM25 score and its neighbours' (questions are written about a passage, and the
  answer sentence often says "it" where the question names the subject);
- BM25 over the first five letters of each term, a cheap stand-in for word families;
- question words that are in the article's title, counted as present everywhere (the whole article
  is about them, so their absence from one sentence says little);
- question word pairs that appear as the same pair in the sentence ("Super Bowl", "South Korean");
- a bonus when the sentence holds what the question word asks for (who -> a name, when -> a date,
  how many -> a number, where -> a place) beyond what the question itself already says.

Tried and dropped because they did not help on SQuAD: a coordination factor (share of question
terms matched), a penalty for sentences that only repeat the question, up-weighting capitalised
question words, down-weighting the noun after "what"/"which".

Declining compares across articles, so it uses a score in 0..1: the share of the question's
weight (by inverse sentence frequency) that the best passage covers. Words the article never uses
weigh the most, which is exactly what "the article doesn't say" looks like.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from bot.reader.document import Document, Sentence
from bot.reader.language import Language, language_for, words


@dataclass(frozen=True)
class Answer:
    sentences: tuple[Sentence, ...]
    """The best one or two sentences, best first; empty when declined."""
    found: bool
    """False when the article doesn't seem to say: show `closest` as a hint instead."""
    closest: Sentence | None
    """The best-matching sentence even when declined, None only for an empty article."""
    score: float
    """Share of the question's weight the best passage covers, 0..1; comparable across articles."""


@dataclass(frozen=True)
class Tuning:
    """The few weights of the ranking, tuned on half of the SQuAD development articles."""

    k1: float = 0.6
    b: float = 0.5
    paragraph: float = 1.2
    neighbours: float = 0.1
    title: float = 0.3
    pairs: float = 0.25
    cue: float = 0.3
    prefix: float = 0.4
    threshold: float = 0.36
    same_paragraph: float = 0.0
    proximity: float = 0.0
    window: float = 4


DEFAULT_TUNING = Tuning()

# sumy's English stop list has 580 words, many of them what a question hinges on ("three",
# "second", "novel", "help"); answering does better with the short list of function words below
# (plus the words questions are phrased with). Other languages' lists are short already, but
# still drop number words, which a "how many" question needs.
_ENGLISH_STOP_WORDS = frozenset(
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she "
    "her hers herself it its itself they them their theirs themselves what which who whom whose this "
    "that these those am is are was were be been being have has had having do does did doing a an the "
    "and but if or because as until while of at by for with about against between into through during "
    "before after above below to from up down in out on off over under again further then once here "
    "there when where why how all any both each few more most other some such no nor not only own "
    "same so than too very s t can will just don should now d ll m o re ve y many much also would "
    "could may might must shall one name named called call type kind".split()
)
# sumy's German and French lists miss auxiliaries and question words ("hat", "wurde", "combien",
# "ont"), which then weigh like rare content words and pull in any sentence that has them.
_MISSING_STOP_WORDS = {
    "de": frozenset(
        "hat haben habe hatte hatten wurde wurden war waren gibt muss sollte welche welcher welches "
        "viel viele noch schon sehr mehr".split()
    ),
    "fr": frozenset("a ai as ont avait avaient était être quoi combien un une de ne plus on cette".split()),
}
_NUMBER_STOP_WORDS = frozenset(
    "eins zwei drei vier fünf sechs sieben acht neun zehn erste zweite dritte neue alte "
    "deux trois quatre cinq six sept huit neuf dix premier première deuxième nouveau nouvelle "
    "fois".split()
)


@lru_cache(maxsize=None)
def stop_words_for(code: str) -> frozenset[str]:
    """The words a question's match ignores: function words, never numbers."""
    if code == "en":
        return _ENGLISH_STOP_WORDS
    listed = language_for(code).stop_words | _MISSING_STOP_WORDS.get(code, frozenset())
    return listed - _NUMBER_STOP_WORDS


def question_terms(language: Language, text: str) -> list[str]:
    """Stemmed content words without accents, keeping numbers and number words."""
    stop_words = stop_words_for(language.code)
    out = []
    for word in words(text):
        lowered = word.lower().replace("’", "'")
        if lowered in stop_words:
            continue
        lowered = _fold(re.sub(r"'(s|d|ll|re|ve|m|t)$", "", lowered))
        if lowered and lowered != "_" and lowered not in stop_words:
            out.append(language.stem(lowered))
    return out


def _fold(word: str) -> str:
    """Drop accents, so "Mongke" finds "Möngke" and a question typed without accents still matches."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


class _Bm25:
    """BM25 over a list of term lists, scoring all of them for one query at once."""

    def __init__(self, docs: list[list[str]], k1: float, b: float) -> None:
        self.size = len(docs)
        lengths = np.array([len(d) for d in docs], dtype=float)
        norm = k1 * (1 - b + b * lengths / max(lengths.mean(), 1.0)) if docs else lengths
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, doc in enumerate(docs):
            for term, tf in Counter(doc).items():
                postings[term].append((i, tf))
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.idf: dict[str, float] = {}
        for term, hits in postings.items():
            ids = np.array([i for i, _ in hits])
            tfs = np.array([tf for _, tf in hits], dtype=float)
            self.postings[term] = (ids, tfs * (k1 + 1) / (tfs + norm[ids]))
            self.idf[term] = self.idf_for(len(hits))

    def idf_for(self, df: int) -> float:
        return math.log((self.size - df + 0.5) / (df + 0.5) + 1)

    def scores(self, terms: set[str]) -> np.ndarray:
        out = np.zeros(self.size)
        for term in terms:
            if term in self.postings:
                ids, saturation = self.postings[term]
                out[ids] += self.idf[term] * saturation
        return out


# What each kind of question asks for, found among its first few words.
_ASKS = {
    "name": re.compile(r"\b(who|whom|whose|wer|wen|wem|wessen|qui|quién|quiénes)\b"),
    "date": re.compile(
        r"\b(when|what (year|century|decade|date|day|month)|which (year|century|decade)"
        r"|wann|welche[mns]? jahr|quand|quelle année|cuándo)\b"
    ),
    "number": re.compile(
        r"\bhow (many|much|long|old|far|large|big|tall|high|often)\b|\bwhat (percentage|percent|proportion|amount)"
        r"|\bwie (viele?|lange|oft|alt|hoch|weit)\b|\bcombien\b|\bcuánt[oa]s?\b"
    ),
    "place": re.compile(r"\b(where|what (city|country|state|place|region)|wo|woher|wohin|où|dónde)\b"),
}
_MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday century decade "
    "januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag jahrhundert janvier février mars avril juin juillet août septembre octobre "
    "novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche siècle".split()
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred thousand million billion trillion once twice half dozen "
    "eins zwei drei vier fünf sechs sieben acht neun zehn hundert tausend millionen milliarden "
    "einmal zweimal dreimal deux trois quatre cinq sept huit neuf dix cent mille millions "
    "milliards fois".split()
)
_PLACE_WORDS = frozenset("in at from near to into across nach aus bei à au aux en dans vers".split())
_YEAR = re.compile(r"^(1\d{3}|20\d{2})s?$")


def _asks(question: str) -> set[str]:
    """The kinds of answer the question's opening words ask for."""
    opening = " ".join(words(question.lower())[:4])
    return {kind for kind, pattern in _ASKS.items() if pattern.search(opening)}


def _offers(language: Language, text: str) -> dict[str, frozenset[str]]:
    """For each kind of answer, the (stemmed) words of the sentence that could be one."""
    tokens = words(text)
    found: dict[str, set[str]] = {"name": set(), "date": set(), "number": set(), "place": set()}
    for position, token in enumerate(tokens):
        lowered = _fold(token.lower())
        stem = language.stem(lowered)
        if _YEAR.match(lowered) or lowered in _MONTHS_AND_DAYS:
            found["date"].add(stem)
        if any(c.isdigit() for c in lowered) or lowered in _NUMBER_WORDS:
            found["number"].add(stem)
        if token[0].isupper() and len(token) > 1:
            if position > 0:
                found["name"].add(stem)
            if position > 0 and tokens[position - 1].lower() in _PLACE_WORDS:
                found["place"].add(stem)
    return {kind: frozenset(stems) for kind, stems in found.items()}


def _pairs(terms: list[str]) -> set[tuple[str, str]]:
    return set(zip(terms, terms[1:]))


class AnswerIndex:
    """Everything about one article that answering needs, built once when the article is read."""

    def __init__(self, document: Document, tuning: Tuning = DEFAULT_TUNING) -> None:
        self.document = document
        self.tuning = tuning
        language = document.language
        sentences = document.sentences
        terms = [question_terms(language, s.text) for s in sentences]
        self._sentences = _Bm25(terms, tuning.k1, tuning.b)
        paragraph_of = [s.paragraph for s in sentences]
        paragraph_ids = sorted(set(paragraph_of))
        position = {p: i for i, p in enumerate(paragraph_ids)}
        paragraph_terms: list[list[str]] = [[] for _ in paragraph_ids]
        for s, t in zip(sentences, terms):
            paragraph_terms[position[s.paragraph]].extend(t)
        self._paragraphs = _Bm25(paragraph_terms, tuning.k1, tuning.b)
        self._prefixes = _Bm25([[w[:5] for w in t] for t in terms], tuning.k1, tuning.b)
        self._paragraph_of = np.array([position[p] for p in paragraph_of], dtype=int)
        self._paragraph_term_sets = [set(t) for t in paragraph_terms]
        same_before = np.array([i > 0 and paragraph_of[i - 1] == p for i, p in enumerate(paragraph_of)])
        same_after = np.array(
            [i + 1 < len(sentences) and paragraph_of[i + 1] == p for i, p in enumerate(paragraph_of)]
        )
        self._same_before, self._same_after = same_before, same_after
        self._term_sets = [set(t) for t in terms]
        self._pair_sets = [_pairs(t) for t in terms]
        self._terms = terms
        self._offers = [_offers(language, s.text) for s in sentences]
        self._title_terms = set(question_terms(language, document.article.title))

    def answer(self, question: str, top: int = 2) -> Answer:
        """The sentences that best answer the question, or a decline with the closest sentence."""
        sentences = self.document.sentences
        if not sentences:
            return Answer((), False, None, 0.0)
        asked = question_terms(self.document.language, question)
        terms = set(asked)
        scores = self._rank(question, asked, terms)
        order = self._pick(scores, top)
        best = int(order[0])
        coverage = self._coverage(terms, best)
        chosen = tuple(sentences[int(i)] for i in order if scores[int(i)] > 0)
        found = bool(chosen) and coverage >= self.tuning.threshold
        return Answer(chosen if found else (), found, sentences[best], coverage)

    def _rank(self, question: str, asked: list[str], terms: set[str]) -> np.ndarray:
        t = self.tuning
        own = self._sentences.scores(terms)
        scores = own.copy()
        if t.paragraph:
            scores += t.paragraph * self._paragraphs.scores(terms)[self._paragraph_of]
        if t.prefix:
            scores += t.prefix * self._prefixes.scores({w[:5] for w in terms})
        if t.neighbours:
            before = np.concatenate(([0.0], own[:-1])) * self._same_before
            after = np.concatenate((own[1:], [0.0])) * self._same_after
            scores += t.neighbours * (before + after)
        in_title = terms & self._title_terms
        if t.title and in_title:
            for term in in_title:
                idf = self._sentences.idf.get(term, 0.0)
                missing = np.array([term not in s for s in self._term_sets])
                scores += t.title * idf * missing
        candidates = np.flatnonzero(scores > 0)
        pairs = _pairs(asked)
        if t.pairs and pairs:
            idf = self._sentences.idf
            for i in candidates:
                shared = pairs & self._pair_sets[i]
                scores[i] += t.pairs * sum(idf.get(a, 0) + idf.get(b, 0) for a, b in shared) / 2
        if t.proximity and len(terms) > 1:
            idf = self._sentences.idf
            for i in candidates:
                scores[i] += t.proximity * self._closeness(terms, i, idf)
        kinds = _asks(question)
        if t.cue and kinds:
            for i in candidates:
                offers = self._offers[i]
                if any(offers[kind] - terms for kind in kinds):
                    scores[i] *= 1 + t.cue
        return scores

    def _closeness(self, terms: set[str], i: int, idf: dict[str, float]) -> float:
        positions: dict[str, list[int]] = {}
        for p, term in enumerate(self._terms[i]):
            if term in terms:
                positions.setdefault(term, []).append(p)
        found = list(positions)
        total = 0.0
        for x in range(len(found)):
            for y in range(x + 1, len(found)):
                a, b = found[x], found[y]
                d = min(abs(p - q) for p in positions[a] for q in positions[b])
                if d <= self.tuning.window:
                    total += (idf[a] + idf[b]) / 2 / d
        return total

    def _pick(self, scores: np.ndarray, top: int) -> list[int]:
        order = np.argsort(-scores, kind="stable")
        if top <= 1 or not self.tuning.same_paragraph:
            return [int(i) for i in order[:top]]
        pool = [int(i) for i in order[: top * 4]]
        chosen = [pool.pop(0)]
        while pool and len(chosen) < top:
            used = {self._paragraph_of[i] for i in chosen}
            def adjusted(i: int) -> float:
                return scores[i] * (1 - self.tuning.same_paragraph) if self._paragraph_of[i] in used else scores[i]
            nxt = max(pool, key=adjusted)
            pool.remove(nxt)
            chosen.append(nxt)
        return chosen

    def _coverage(self, terms: set[str], best: int) -> float:
        """Share of the question's weight found in the best sentence, its paragraph or the title."""
        if not terms:
            return 0.0
        index = self._sentences
        unseen = index.idf_for(0)
        weights = {term: index.idf.get(term, unseen) for term in terms}
        context = self._paragraph_term_sets[self._paragraph_of[best]] | self._title_terms
        covered = sum(w for term, w in weights.items() if term in context)
        return covered / sum(weights.values())
