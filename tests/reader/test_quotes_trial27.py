"""Speakers of the classes untuned English pages showed (newspaper's and fundus's test pages, round 27;
invented sentences here): names the page's tag lines write in lower case, a pronoun after a name that a
`whom` clause makes its object, `she shared`."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes


def _speakers(*paragraphs: str) -> list[str | None]:
    return [quote.speaker for quote in all_quotes(build_document(Article("Story", paragraphs)))]


PROFILE = (
    "Say what you will about Mara Lindqvist, the singer proved good company on Tuesday's radio show.",
    "On her first album, Lindqvist opened up about Tom Berg, whom she met in Oslo. “I was in love with him "
    "from the first day,” she said of her former partner.",
)


def test_a_name_the_tags_write_in_lower_case_is_still_a_name() -> None:
    assert _speakers(*PROFILE, "mara lindqvist", "tom berg") == ["Mara Lindqvist"]


def test_a_lower_case_word_inside_a_sentence_is_still_a_common_word() -> None:
    # `Story` is a word the text writes in lower case too, so no one is called Story
    assert _speakers("Story time was over by noon, and the story was told.",
                     "Story writes: “This was the end of a long winter for all of us.”") == [None]


def test_a_pronoun_after_a_whom_clause_is_not_its_object() -> None:
    assert _speakers(
        *PROFILE,
        "And on the subject of Olaf Strand, with whom she tours in the spring, she said, “He plays every "
        "night as if it were the last one.”",
    ) == ["Mara Lindqvist", "Mara Lindqvist"]


def test_she_shared_reports_her_words() -> None:
    assert _speakers(*PROFILE, "“I was far too young for any of it,” she shared.") == ["Mara Lindqvist"] * 2
