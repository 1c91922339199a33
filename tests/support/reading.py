"""What a reader sees of the reading pipeline, for the tests that assert it: the words set in bold in
an answer, and who each quotation of a story is attributed to."""

from __future__ import annotations

from bot.reader.answer.followup import Turn, question_to_match
from bot.reader.answer.index import Answer
from bot.reader.article import Article
from bot.reader.pipeline import ask, ask_in_turn
from bot.reader.quotes.quotations import all_quotes
from bot.reader.text.document import build_document

OPENING_WORDS = 5


def bold(answer: Answer) -> str | None:
    """The words the reader sees in bold, as the front end marks them; None for no answer or no bold."""
    if not answer.found or answer.phrase is None:
        return None
    start, end = answer.phrase
    return answer.sentences[0].text[start:end]


def bold_in(article: Article, question: str) -> str | None:
    """The bold words of the answer to `question`, which must be answered."""
    answer = ask(article, question)
    assert answer.found
    return bold(answer)


def chat_turn(article: Article, question: str, previous: Turn | None = None) -> tuple[str, Turn]:
    """One turn of a chat about the article: the first sentence shown for the question ("" when
    declined), and the turn the next question leans on, as the chat stores it."""
    answer = ask_in_turn(article, question, previous)
    matched = question_to_match(question, previous, article.language or "en")
    shown = answer.sentences[0].text if answer.found else ""
    return shown, Turn(matched, tuple(s.text for s in answer.sentences))


def speakers(*paragraphs: str, language: str = "en", title: str = "Story") -> dict[str, str | None]:
    """Every quotation of the story (its first five words) and who the reader is told said it."""
    document = build_document(Article(title, paragraphs, language=language))
    return {" ".join(quote.text.split()[:OPENING_WORDS]): quote.speaker for quote in all_quotes(document)}


def speakers_by_text(*paragraphs: str, language: str = "en") -> dict[str, str | None]:
    """Each quotation's whole text and who the reader is told said it."""
    document = build_document(Article("Story", paragraphs, language=language))
    return {quote.text: quote.speaker for quote in all_quotes(document)}
