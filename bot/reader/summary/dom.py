"""The bot's Document as sumy's document model, so any sumy summarizer can rank its sentences.

sumy's own parsers would split the text again with NLTK (and need Punkt data downloads); here
sumy gets exactly the bot's sentences, paragraph by paragraph, and its words from the bot's word
splitter. Each sentence remembers its index in the Document, so ratings come back to the right
sentence even when two sentences read the same (sumy compares sentences by text alone). The title
and sub-headings become sumy headings, which Edmundson's title and location methods read.
"""

from __future__ import annotations

from collections.abc import Iterable

from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence

from bot.reader.text.document import Document, Sentence
from bot.reader.text.language import Language, words


class WordSplitter:
    """sumy's tokenizer interface over the bot's splitters (sumy's Tokenizer needs NLTK data)."""

    def __init__(self, language: Language) -> None:
        self._language = language

    @property
    def language(self) -> str:
        return self._language.name

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(self._language.sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


class SourcedSentence(SumySentence):
    """A sumy sentence that knows which of the Document's sentences it is."""

    __slots__ = ("index",)

    def __init__(self, sentence: Sentence, splitter: WordSplitter) -> None:
        super().__init__(sentence.text, splitter)
        self.index = sentence.index

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SourcedSentence) and other.index == self.index

    def __hash__(self) -> int:
        return hash(self.index)


class ArticleModel(ObjectDocumentModel):
    """sumy's document model, keeping the Document it was built from for the learned ranker."""

    def __init__(self, paragraphs: Iterable[Paragraph], source: Document) -> None:
        super().__init__(paragraphs)
        self.source = source


def document_model(document: Document, indexes: Iterable[int] | None = None) -> ArticleModel:
    """The Document's sentences (or only those at `indexes`) as a sumy document, in article order."""
    splitter = WordSplitter(document.language)
    article = document.article
    chosen = document.sentences if indexes is None else [document.sentences[i] for i in sorted(indexes)]
    by_paragraph: dict[int, list[SumySentence]] = {}
    for sentence in chosen:
        by_paragraph.setdefault(sentence.paragraph, []).append(SourcedSentence(sentence, splitter))
    paragraphs = []
    previous = -1
    for index, sentences in by_paragraph.items():
        headings = [article.paragraphs[h] for h in sorted(article.headings) if previous < h < index]
        if previous < 0 and article.title:
            headings.insert(0, article.title)
        paragraphs.append(Paragraph([*(SumySentence(h, splitter, is_heading=True) for h in headings), *sentences]))
        previous = index
    return ArticleModel(paragraphs, document)
