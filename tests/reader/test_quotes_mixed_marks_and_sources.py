"""Quotes on pages tried as a new user would (a German tech magazine's story): quotation marks typed
in two styles at once, and a quotation whose speaker the sentence before names as the source."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes
from tests.support.reading import speakers


def test_a_straight_opening_mark_closed_by_a_german_one_ends_the_quotation_there() -> None:
    document = build_document(Article("Lithium aus dem Schredder", (
        "Duesenfeld recycelt Akkus, sagt Geschäftsführer Christian Hanisch.",
        'Im ersten Schritt werden die Akkus tiefentladen. "Mit diesem Strom betreiben wir den Schredder“, '
        "sagt Hanisch. Anschließend werden die Batterien manuell auseinandergenommen.",
    ), language="de"))
    quotes = [quote for quote in all_quotes(document) if quote.text.startswith("Mit diesem Strom")]
    assert [(quote.text, quote.speaker) for quote in quotes] == [
        ("Mit diesem Strom betreiben wir den Schredder", "Christian Hanisch")]
    assert '"Mit diesem Strom betreiben wir den Schredder“, sagt Hanisch.' in [s.text for s in document.sentences]


def test_a_quotation_after_according_to_someone_is_theirs() -> None:
    found = speakers(
        "Older methods melt the batteries down.",
        "Duesenfeld recovers 96 percent of the material, according to chief executive Christian Hanisch. "
        "“We use 70 percent less energy than the old methods and cut the carbon footprint by 40 percent.”",
    )
    assert found["We use 70 percent less"] == "Christian Hanisch"


def test_a_quotation_after_laut_someone_is_theirs() -> None:
    found = speakers(
        "Bisherige Verfahren beruhen meist darauf, die Akkus einzuschmelzen.",
        "Duesenfeld hingegen kommt laut Geschäftsführer Christian Hanisch auf eine Wiederverwertung von 96 Prozent. "
        '"Wir verbrauchen im Vergleich zu herkömmlichen Verfahren 70 Prozent weniger Energie.“',
        language="de",
    )
    assert found["Wir verbrauchen im Vergleich zu"] == "Christian Hanisch"


def test_a_quotation_after_according_to_a_report_is_no_ones() -> None:
    found = speakers(
        "Older methods melt the batteries down.",
        "Duesenfeld recovers 96 percent of the material, according to the company's annual report. "
        "“We use 70 percent less energy than the old methods and cut the carbon footprint by 40 percent.”",
    )
    assert found["We use 70 percent less"] is None


def test_after_a_fronted_laut_phrase_the_german_subject_follows_the_verb() -> None:
    found = speakers(
        "Die Partei soll im Wahlkampf Hilfe erhalten haben.",
        "Laut Unterlagen, die der Redaktion vorliegen, antwortet Keith dem Parteichef Stefan Keuter am 30. März: "
        "„Wir haben bereits die Zusage, dass vor dem Wahlwochenende ein Extrablatt erscheinen wird“.",
        language="de",
    )
    assert found["Wir haben bereits die Zusage,"] == "Keith"


def test_a_quoted_nickname_and_its_translation_are_no_quotes() -> None:
    found = speakers(
        "Peters was later named imperial high commissioner of East Africa, earning the Swahili nickname "
        '"mkono wa damu," or "the man with the bloody hand," for his brutal reputation.',
        '"We have to look at who committed the first genocide of the century," said Tahir Della, a spokesman.',
    )
    assert found == {"We have to look at": "Tahir Della"}
