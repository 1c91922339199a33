"""Key quotes on pages like the untuned ones of the twenty-first round: a page's own line to its reader is
no quotation, and a few words woven into the writer's sentence give way to whole quotes."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import Document, build_document
from bot.reader.quotes.quotations import all_quotes, find_quotes


def _document(*paragraphs: str) -> Document:
    return build_document(Article("Story", paragraphs, language="en"))


def test_a_line_to_the_reader_left_open_before_a_link_is_no_quote() -> None:
    document = _document(
        "The central bank said it would buy longer bonds to hold down mortgage rates next year.",
        '"Questions? Comments? Suggestions? Write to us at',
    )
    assert all_quotes(document) == []


def test_a_quotation_going_on_in_the_next_paragraph_is_kept() -> None:
    document = _document(
        "The mayor spoke to the council on Monday about the flooded road by the river.",
        '"We will rebuild the bridge before the winter comes, and we will pay for it with',
        '"the money the state has promised us since the spring," Mayor Ann Lee said.',
    )
    assert [quote.speaker for quote in all_quotes(document)] == ["Ann Lee"]


def test_a_few_words_woven_into_a_sentence_give_way_to_whole_quotes() -> None:
    document = _document(
        "Kurdish fighters in the north follow the writings of Abdullah Ocalan, who sits in a Turkish jail.",
        "Ocalan calls it “a non-state political administration” that works from below.",
        "“It is flexible, multi-cultural and built on consensus between the peoples,” Ocalan writes.",
        "“The fundamental question is why man is so jealous and dominant where woman is concerned,” he wrote.",
    )
    key = find_quotes(document, 3)
    assert sorted(quote.text[:12] for quote in key) == ["It is flexib", "The fundamen"]
    assert len(all_quotes(document)) == 3


def test_a_campaign_answering_for_its_candidate_is_named_as_the_campaign() -> None:
    document = _document(
        "Senator Harry Reid faces Sharron Angle, a Tea Party favourite, in Nevada this fall.",
        "Reid's campaign hit back hard, saying that her \"newfound zeal for the program is particularly "
        "disingenuous given her record.\"",
    )
    assert [quote.speaker for quote in all_quotes(document)] == ["Reid's campaign"]


def test_an_unnamed_source_of_a_body_named_before_speaks_for_the_whole_body() -> None:
    document = _document(
        "The House Republican Leadership recently sent members a list of points for the town hall meetings. "
        "A House Republican source gave reporters the memo, which includes:",
        "\"Washington must stop spending money it does not have before the bills come due.\"",
    )
    assert [quote.speaker for quote in all_quotes(document)] == ["House Republican Leadership"]


def test_a_statement_named_the_paragraph_before_is_quoted_for_its_owner() -> None:
    document = _document(
        "Investors found Thursday's ECB statement a little darker than they had hoped.",
        "One reason may be a new line on trade: \"the risks to growth have moved to the downside, "
        "including tensions in world markets.\"",
    )
    assert [quote.speaker for quote in all_quotes(document)] == ["ECB"]


def test_a_quotation_after_a_colon_with_no_statement_before_keeps_no_speaker() -> None:
    document = _document(
        "Investors sold shares all through Thursday afternoon in London and Frankfurt.",
        "One reason may be a new line on trade: \"the risks to growth have moved to the downside, "
        "including tensions in world markets.\"",
    )
    assert [quote.speaker for quote in all_quotes(document)] == [None]


def test_a_campaign_named_after_the_quotation_is_the_speaker_too() -> None:
    document = _document(
        "Senator Harry Reid faces Sharron Angle in Nevada this fall.",
        "\"The senator will not debate on those terms, and he never has,\" said Reid's campaign.",
    )
    assert [quote.speaker for quote in all_quotes(document)] == ["Reid's campaign"]


def test_an_office_saying_it_after_the_quotation_is_the_speaker_with_its_owner_named() -> None:
    document = _document(
        "Senator Harry Reid faces Sharron Angle in Nevada this fall.",
        "\"The senator will not debate on those terms, and he never has,\" Sen. Harry Reid's office said.",
    )
    assert [quote.speaker for quote in all_quotes(document)] == ["Harry Reid's office"]


def test_a_relative_named_by_whose_they_are_speaks_not_the_senator() -> None:
    document = _document(
        "Senator Harry Reid faces Sharron Angle in Nevada this fall.",
        "Reid's wife said: \"He has never missed a debate in thirty years and he will not start now.\"",
    )
    assert [quote.speaker for quote in all_quotes(document)] == ["Reid's wife"]
