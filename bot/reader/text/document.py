"""An article split into sentences and terms once, shared by the summary, quotes and answers.

Sentences are split paragraph by paragraph, so a title or sub-heading never runs into the first
sentence after it. Each sentence remembers its paragraph, which both the summary (position) and the
answers (neighbouring context, "where in the article") use.

Only the first MAX_SENTENCES sentences are kept: the summary compares every pair of sentences, so
its time and memory grow with the square of their number, and one page must not hold a worker.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from bot.reader.article import Article
from bot.reader.text.language import Language, language_for

MAX_SENTENCES = 1_000
"""A long feature has a few hundred sentences; at 5,000 the summary took 18 s and 1.3 GB."""


@dataclass(frozen=True)
class Sentence:
    index: int
    """Position among all the article's sentences."""
    paragraph: int
    """Index of the paragraph it came from."""
    text: str
    terms: tuple[str, ...]
    """Stemmed content words (no stop words)."""


@dataclass(frozen=True)
class Document:
    article: Article
    language: Language
    sentences: tuple[Sentence, ...]
    """Body sentences in article order; sub-headings are left out."""
    title_terms: tuple[str, ...]


def _body_sentences(article: Article, language: Language) -> Iterator[tuple[int, str]]:
    """(paragraph index, sentence) for every sentence outside the sub-headings, in order."""
    for p_index, paragraph in enumerate(article.paragraphs):
        if p_index not in article.headings:
            for text in language.sentences(paragraph):
                yield p_index, text


def build_document(article: Article) -> Document:
    """Split the article's body paragraphs into sentences with their terms, up to MAX_SENTENCES."""
    language = language_for(article.language)
    sentences = tuple(
        Sentence(index, p_index, text, tuple(language.terms(text)))
        for index, (p_index, text) in enumerate(islice(_body_sentences(article, language), MAX_SENTENCES))
    )
    return Document(article, language, sentences, tuple(language.terms(article.title)))
