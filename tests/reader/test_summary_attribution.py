"""A summary sentence that is someone's words shows who said them."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.quotes.quotations import all_quotes
from bot.reader.summary.attribution import unnamed_speakers
from bot.reader.text.document import build_document

ARTICLE = Article(
    title="Lawmakers ban a colleague from the floor",
    paragraphs=(
        "Republicans in the state house voted on Wednesday to ban a Democratic lawmaker from the floor for the rest of the session.",
        "Anna Berg, the policy director of the civil liberties group, has followed the session for four months.",
        "“Every single one of those people practices their own autonomy,” he said. "
        "“The Republicans are all afraid of these people, and so they legislate to make their lives harder.”",
        "“We will keep coming back to the capitol every day,” said Tom Hale, who leads the protests.",
    ),
)


def _speakers() -> dict[str, str]:
    document = build_document(ARTICLE)
    found = unnamed_speakers(document.sentences, all_quotes(document), document)
    return {document.sentences[index].text: speaker for index, speaker in found.items()}


def test_a_quotation_that_names_no_one_gets_its_speaker() -> None:
    speakers = _speakers()
    bare = "“The Republicans are all afraid of these people, and so they legislate to make their lives harder.”"
    assert speakers.get(bare) == "Anna Berg"


def test_a_quotation_that_names_its_speaker_or_a_statement_gets_nothing_more() -> None:
    speakers = _speakers()
    assert not any("Tom Hale" in text for text in speakers)
    assert not any(not text.startswith("“") for text in speakers)
