"""Quotes of English news pages the bot had never seen (trial 20, Readability's test pages, labelled before
the bot ran on them), rebuilt as invented stories of the same construction: a `he` after `…, said NAME, who…`,
an attribution after a clause that carries the quotation on (`“…” while they were in power, Azzouz said`),
and a body whose name goes on through `of` after a capitalised adjective (`the New Zealand Department of
Conservation`)."""

from __future__ import annotations

from tests.support.reading import speakers


def test_he_after_said_name_is_that_name_not_the_speaker_before() -> None:
    found = speakers(
        "“The harbour is the best place to buy cod, to be honest with you,” Mara Quinn said.",
        "The market opened in 2017 for $3 million.",
        "The business has been steady, said Tom Baxter, who follows the market as an analyst at a brokerage. "
        "In a few more years, he said, “You won’t recognize the old harbour market.”",
    )
    assert found["The harbour is the best"] == "Mara Quinn"
    assert found["You won’t recognize the old"] == "Tom Baxter"


def test_the_last_clause_after_a_comma_names_who_said_it() -> None:
    found = speakers(
        "Lena Ortiz, a director at the Harbour Trust, spoke on Tuesday.",
        "“The party is responsible for the present state of the port, because they were careless with the "
        "money” while they were in office, Ortiz said.",
        "Nobody knows why ferries run late, but “staff shortages, old engines, storms or a falling tide” are all "
        "thought to play a part, according to the New Zealand Department of Transport.",
    )
    assert found["The party is responsible for"] == "Lena Ortiz"
    assert found["staff shortages, old engines, storms"] == "New Zealand Department of Transport"


def test_a_body_of_something_keeps_its_whole_name() -> None:
    found = speakers(
        "“Interest rates will stay where they are for the rest of the year,” said the Bank of England.",
    )
    assert found["Interest rates will stay where"] == "Bank of England"
