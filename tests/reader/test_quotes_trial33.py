"""Speakers of the classes untuned English pages showed (round 33; invented sentences here): a full name inside a
longer run read as a body or a post no title list holds (`Indiana House Speaker Brian Bosma`), which the surname
alone stands for later; an attribution set into a sentence about something (`The key to success, says Buser, is…`),
whose `he` after is the person named in it; a surname the text also writes as a common word (`Chris Early`, `in the
early going`); a capitalised word before a group (`American negotiators are left…`), no one speaker; a sentence
opening with a post and its owner (`China’s ambassador to Britain warned…`), said by whom the article names right
after that post; a body named by whose it is (`the US military said in a statement`), which a statement speaks for;
an unnamed man the story brought in (`A UK man’s decision`), not the doctor quoted before (`the man wrote`); `in what
host Tom Bergeron described as “…”`; a he or she closing a sentence whose words go on after the quotation (`“…”
mutually shared by Ukraine and the U.S., he warned`); a long post shown up to where it is held or a relative clause
(`research director of gaming VR/AR at … IDC`)."""

from __future__ import annotations

import pytest

from bot.reader.article import Article
from bot.reader.quotes.quotations import all_quotes
from bot.reader.text.document import build_document


def _quotes(*paragraphs: str) -> list[tuple[str | None, str]]:
    document = build_document(Article("Story", paragraphs, language="en"))
    return [(quote.speaker, piece) for quote in all_quotes(document) for piece in quote.parts or (quote.text,)]


def test_a_surname_alone_is_the_full_name_inside_a_longer_run() -> None:
    quotes = _quotes(
        "Ohio House Whip Carla Brandt spoke before lawmakers on the budget.",
        "“We know that you are tired of waiting for this,” Brandt said.",
    )
    assert [speaker for speaker, _ in quotes] == ["Carla Brandt"]


def test_a_he_after_an_attribution_set_into_a_sentence_is_that_person() -> None:
    quotes = _quotes(
        "“The service was built for the cloud from the start,” Dan Orwell, director at the firm, said.",
        "“Bandwidth is still a problem in many places,” says Tom Fenwick, an analyst.",
        "The key to Cloudia’s success, says Orwell, is the network. “We have one of the largest networks in the "
        "world,” he says.",
    )
    assert [speaker for speaker, _ in quotes] == ["Dan Orwell", "Tom Fenwick", "Dan Orwell"]


def test_a_surname_that_is_also_a_common_word_names_the_person() -> None:
    quotes = _quotes(
        "“Publishers need a way to reach more players,” says Anna Early, a vice president at the studio.",
        "Sales were slow in the early going. Rival studios were wary of the plan.",
        "“Bandwidth is still a problem in many places,” says Tom Fenwick, an analyst.",
        "Still, Early says the studio will build games for the service. “Our aim is to reach as many people as "
        "we can,” she says.",
    )
    assert [speaker for speaker, _ in quotes] == ["Anna Early", "Tom Fenwick", "Anna Early"]


def test_a_capitalised_word_before_a_group_is_no_speaker() -> None:
    quotes = _quotes(
        "“We are close to a deal with them,” said Zippy Hale, the president of the American Farm Bureau.",
        "But Mr. Hale’s approach has complicated his ability to get a final deal, including the farm commitments "
        "that he showcased last month. American negotiators are now left with the purchases Mr. Hale asked for — "
        "larger purchases “than any time in our history, by far” — to write into the text.",
    )
    assert [speaker for speaker, _ in quotes] == ["Zippy Hale", None]


def test_a_post_opening_a_sentence_is_said_by_whom_the_article_names_in_it() -> None:
    quotes = _quotes(
        "Norway’s ambassador to France warned that his government “will not stand by and watch this happen”.",
        "Norway’s ambassador to France Lars Eide said the talks would go on.",
    )
    assert [speaker for speaker, _ in quotes] == ["Lars Eide"]


def test_a_body_named_by_whose_it_is_speaks_through_its_statement() -> None:
    quotes = _quotes(
        "Two soldiers were killed in a crash, the US military said in a statement on Wednesday.",
        "“The cause of the crash is under investigation at this time,” the statement said.",
        "“We will not comment on the operation at all,” the Afghan government said.",
    )
    assert [speaker for speaker, _ in quotes] == ["US military", "Afghan government"]


def test_an_unnamed_man_the_story_brought_in_is_not_the_doctor_quoted_before() -> None:
    quotes = _quotes(
        "A UK man’s decision to change his bedding left him gasping for air, his doctors say.",
        "“Their immune system behaves in an exaggerated fashion,” Owen Dempsey, a chest doctor, said.",
        "“It doesn’t affect me at all now and my life is as it was before,” the man wrote in the report.",
    )
    assert [speaker for speaker, _ in quotes] == ["Owen Dempsey", None]


def test_the_name_after_what_and_a_role_said_the_words_it_described() -> None:
    quotes = _quotes(
        "“My wife and I went through every parent’s worst nightmare,” Jim Vale said.",
        "Vale was voted off in what host Tom Brandt described as the “hardest verdict so far this season.”",
    )
    assert [speaker for speaker, _ in quotes] == ["Jim Vale", "Tom Brandt"]


def test_a_pronoun_closing_the_sentence_after_words_that_go_on_from_the_quotation_said_it() -> None:
    quotes = _quotes(
        "Tim Moore told the committee, “I feared at the time how it would play in Washington.”",
        "“Every day that we spend on these hearings is a day when we are not focused on the interests” mutually "
        "shared by Ukraine and the U.S., he warned.",
    )
    assert [speaker for speaker, _ in quotes] == ["Tim Moore", "Tim Moore"]


@pytest.mark.parametrize(("introduction", "role"), [
    ("Lewis Ward, research director of gaming VR/AR at tech market research firm IDC, sees the lineup as weak.",
     "research director of gaming VR/AR"),
    ("Lewis Ward, a law professor who specializes in corporate and international taxation, sees the lineup as weak.",
     "law professor"),
])
def test_a_long_post_is_shown_up_to_where_it_is_held_or_a_relative(introduction: str, role: str) -> None:
    document = build_document(Article("Story", (introduction, "“They need to ramp up the game catalog right now,” "
                                                              "says Ward."), language="en"))
    assert [(quote.speaker, quote.role) for quote in all_quotes(document)] == [("Lewis Ward", role)]
