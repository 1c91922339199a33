"""Speakers of the classes untuned English pages showed (round 33; invented sentences here): a full name inside a
longer run read as a body or a post no title list holds (`Indiana House Speaker Brian Bosma`), which the surname
alone stands for later; an attribution set into a sentence about something (`The key to success, says Buser, is…`),
whose `he` after is the person named in it; a surname the text also writes as a common word (`Chris Early`, `in the
early going`); a capitalised word before a group (`American negotiators are left…`), no one speaker; a sentence
opening with a post and its owner (`China’s ambassador to Britain warned…`), said by whom the article names right
after that post; a body named by whose it is (`the US military said in a statement`), which a statement speaks for."""

from __future__ import annotations

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
