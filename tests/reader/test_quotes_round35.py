"""Speakers of the classes untuned htmldate pages showed (round 35; invented sentences here): a party's or a
place's name, a post in lower case, then who holds it (`UUP Hillside councillor Tom Reid has said…`), where the
capitalised words before the post are no one's name; a capitalised thing that `our` or `your` owns (`read our Privacy
Notice`, a sign-up box inside the story) is no one a `she` after it could stand for; `pointe` is a French reporting
verb (`« … », pointe Marc Lefort, le maire`), though `la pointe` is also a noun; `la ejecutiva` is a role that stands
for the woman just quoted, as `la directora` does; a participle with its agent after the reporting verb (`Khan said in
a statement, first reported by Sky News:`) leaves the speaker to that verb's subject."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.quotes.quotations import all_quotes
from bot.reader.text.document import build_document


def _speakers(language: str, *paragraphs: str) -> list[str | None]:
    document = build_document(Article("Story", paragraphs, language=language))
    return [quote.speaker for quote in all_quotes(document) for _ in quote.parts or (quote.text,)]


def test_a_post_in_lower_case_after_a_party_and_a_place_is_held_by_the_name_after_it() -> None:
    speakers = _speakers(
        "en",
        "UUP Hillside councillor Tom Reid has said that he has spoken to residents and says that the fences show "
        "“a street which has been ignored for years”.",
        "He said: “We were promised new homes and we got nothing at all.”",
    )
    assert speakers == ["Tom Reid", "Tom Reid"]


def test_a_thing_our_page_owns_is_no_one_a_she_stands_for() -> None:
    speakers = _speakers(
        "en",
        "Councillor Amira Khan said: “We were promised new homes and we got nothing at all.",
        "“The families here deserve much better than this.”",
        "Sign up to our newsletter for the latest stories. If you are curious, you can read our Privacy Notice.",
        "She continued: “When the council decided to sell the land, nobody asked us at all.",
        "“We will keep fighting for every family on this estate.”",
    )
    assert speakers == ["Amira Khan"] * 4


def test_pointe_reports_in_french_and_the_mayor_is_the_one_it_named() -> None:
    speakers = _speakers(
        "fr",
        "La mer a rongé la pointe nord de la presqu’île. « En deux jours, on a perdu dix mètres de sable devant la "
        "plage, pointe Marc Lefort, le maire de Saint-Aubin. C’est inquiétant. »",
        "La plage reste fermée. « Nous paierons encore les dégâts de cette tempête cet hiver », déplore le maire.",
    )
    assert speakers == ["Marc Lefort", "Marc Lefort"]


def test_la_ejecutiva_is_the_woman_just_quoted() -> None:
    speakers = _speakers(
        "es",
        "Laura Medina, directora de la aplicación Sonora para México, habló con este diario sobre el confinamiento.",
        "“Vimos una caída de escuchas en marzo, pero en abril la gente volvió a escuchar música”, explica Medina.",
        "La aplicación lanzó su servicio de podcasts en el país.",
        "“Al principio los podcasts para niños crecieron casi un 200 por ciento en pocas semanas”, detalla la ejecutiva.",
    )
    assert speakers == ["Laura Medina", "Laura Medina"]


def test_a_paper_that_first_reported_the_words_is_not_their_speaker() -> None:
    speakers = _speakers(
        "en",
        "Westfield council leader Amira Khan and Eastvale council leader Tom Reid called on the mayor to “step down”.",
        "Khan said in a statement, first reported by Sky News: “I joined this party because of its values and they "
        "have been forgotten.”",
        "In a statement released by Acme Foods: “We are sorry for any distress this has caused our customers.”",
    )
    assert speakers == ["Amira Khan", "Acme Foods"]
