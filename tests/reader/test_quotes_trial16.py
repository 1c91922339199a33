"""Quotes of German news tried as a new user would (trial 16): a place after `seinem`, the people a
message went to, and a sentence whose verb has only a separable particle after it."""

from __future__ import annotations

from functools import partial

from tests.support.reading import speakers as speakers_in

speakers = partial(speakers_in, language="de")
"""The trial's stories are German."""


def test_a_place_after_an_inflected_possessive_is_no_person_in_focus() -> None:
    found = speakers(
        "Viele Menschen wollen wieder ohne Flugzeug reisen.",
        "Jan van Berg kennt das aus eigener Erfahrung. Seit 2010 verzichtet der niederländische Lehrer auf "
        "Flüge und fährt von seinem Wohnort Lissabon mit dem Zug durch Europa. \"Ich habe das lange "
        "genossen\", erzählt der 52-Jährige.",
    )
    assert found["Ich habe das lange genossen"] == "Jan van Berg"


def test_the_people_a_message_went_to_did_not_write_it() -> None:
    found = speakers(
        "In der Redaktion wuchs der Verdacht gegen Paul Brandt.",
        "Anna Keller schickt in der Nacht eine Nachricht an Paul Brandt und Tom Vogel: »Es ist schlimmer "
        "als gedacht.«",
    )
    assert found["Es ist schlimmer als gedacht."] == "Anna Keller"


def test_a_separable_verb_ending_a_clause_before_a_described_speaker_is_read() -> None:
    """`…, ruft an, er kommt runter.` leaves only the particle `an` after the verb (an English
    article to the rules); the quotations after it are still attributed, with no failure."""
    found = speakers(
        "Die Nacht war lang.",
        "Anna Keller nimmt ein Taxi, fährt zu seiner Wohnung, ruft an, er kommt runter. Sie reden bis vier Uhr.",
        "„Es ist schlimmer als jeder Albtraum“, sagt die Redakteurin.",
    )
    assert found["Es ist schlimmer als jeder"] == "Anna Keller"


def test_german_subject_after_the_verb_of_a_sentence_opening_with_an_adverb() -> None:
    found = speakers(
        "In der Redaktion wuchs der Verdacht gegen Paul Brandt.",
        "Seine engste Vertraute ist Anna Keller, die stellvertretende Leiterin.",
        "Dann schickt Keller eine Nachricht an Brandt und Vogel: »Es ist schlimmer als gedacht.«",
    )
    assert found["Es ist schlimmer als gedacht."] == "Anna Keller"


def test_a_plural_noun_before_von_and_a_name_is_no_part_of_the_name() -> None:
    found = speakers(
        "Der Reporter Claas Brenner hat die Zeitung in eine Krise gestürzt. Er schrieb einen Text über Milizen.",
        "Die Zeitung hat über 50 Texte von Claas Brenner gedruckt.",
        "Er meldete, er habe nun Zugang »zu einem echten Haufen Milizen bekommen«: »Fünf Männer, die auf "
        "einem Berg über der Wüste lauern.«",
    )
    assert found["Fünf Männer, die auf einem"] == "Claas Brenner"


def test_two_people_side_by_side_are_not_one_name() -> None:
    found = speakers(
        "Der Reporter Claas Brenner hat die Zeitung in eine Krise gestürzt. Ressortleiter Matthias Vogt las den Text.",
        "Am Sonntag konfrontieren Fichtel und Vogt Claas Brenner mit den Videos. Er bleibt bei seiner Version.",
        "Er sagt: »Ich habe die Männer wirklich getroffen.«",
    )
    assert found["Ich habe die Männer wirklich"] == "Claas Brenner"
