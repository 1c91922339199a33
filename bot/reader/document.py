"""An article split into sentences and terms once, shared by the summary, quotes and answers.

Sentences are split paragraph by paragraph, so a title or sub-heading never runs into the first
sentence after it. Each sentence remembers its paragraph, which both the summary (position) and the
answers (neighbouring context, "where in the article") use.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.reader.article import Article
from bot.reader.language import Language, language_for


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

    @property
    def paragraph_count(self) -> int:
        return len(self.article.paragraphs)


def build_document(article: Article) -> Document:
    """Split the article's body paragraphs into sentences with their terms."""
    language = language_for(article.language)
    sentences: list[Sentence] = []
    for p_index, paragraph in enumerate(article.paragraphs):
        if p_index in article.headings:
            continue
        for text in language.sentences(paragraph):
            sentences.append(Sentence(len(sentences), p_index, text, tuple(language.terms(text))))
    return Document(article, language, tuple(sentences), tuple(language.terms(article.title)))
