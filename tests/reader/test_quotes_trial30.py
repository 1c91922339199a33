"""Speakers of the classes untuned English and German pages showed (round 30; invented sentences here): a
German surname the text also writes after a relative pronoun (`die Thesen, die Adorno vertrat`), which made it
look like a noun after an article, and a German possessive of a name before its noun (`die Adornos Werk
prägt`), which is no person; `…, so Adorno, „…“` (`so` and a name set off by commas before the
quotation); a he or she right under a sub-heading that names one person (BuzzFeed's `Fiona Parry issued a plea…`
heading), who is a person though the body never writes the name out; a person of no known gender named only after
`with` or `to` (`They stayed in touch with Lorenz`), whom the she after them does not stand for; a description with
an adjective (`so die vielseitige Buchautorin`) and no speaker near, which is the person a profile is about."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes


def _speakers(language: str, *paragraphs: str) -> list[str | None]:
    document = build_document(Article("Story", paragraphs, language=language))
    return [quote.speaker for quote in all_quotes(document)]


def test_a_surname_after_a_relative_pronoun_stays_a_name() -> None:
    assert _speakers(
        "de",
        "Theodor Adorno hat den Begriff der Kulturindustrie geprägt.",
        "Adorno hatte ihn 1947 eingeführt: „Es war“, so Adorno, „nichts geringeres als der Eintritt der Kultur in den Markt.“",
        "Was lehren die Thesen, die Adorno vertrat?",
    ) == ["Theodor Adorno"]


def test_so_and_a_name_set_off_by_commas_before_the_quotation_say_who() -> None:
    assert _speakers(
        "de",
        "Theodor Adorno hat den Begriff der Kulturindustrie geprägt.",
        "Die Gesellschaft sei, so Adorno, „ein Zusammenhang, der niemanden mehr auslässt und alle bestimmt“.",
        "Das sei die Unterscheidung, so Adorno, „zwischen dem, was ist, und dem, was sein könnte“.",
    ) == ["Theodor Adorno", "Theodor Adorno"]


def test_a_german_possessive_before_its_noun_is_no_person() -> None:
    assert _speakers(
        "de",
        "Theodor Adorno schrieb über die Musik, ein Thema, das Adornos Werk prägt.",
        "Adornos erstes großes Buch beginnt mit dem Satz: „Die Philosophie lebt fort, weil der Augenblick verpasst wurde.“",
        "Was lehren die Thesen, die Adorno vertrat?",
    ) == ["Theodor Adorno"]


def test_a_she_under_a_sub_heading_naming_one_person_is_that_person() -> None:
    paragraphs = (
        "Anna Holt, 19, was taken to hospital after swallowing the pills.",
        "“There was nothing anyone could do for her by then,” her father, Mark, said in a statement.",
        "“We are looking at where these pills were bought and how,” said inspector Jane Cole of the police.",
        "Mark Holt asked people to stay away from pills sold online.",
        "“She never understood how dangerous the pills were,” he said.",
    )
    document = build_document(Article("Story", paragraphs, language="en", headings=frozenset({3})))
    assert [quote.speaker for quote in all_quotes(document)] == ["Mark Holt", "Jane Cole", "Mark Holt"]


def test_a_person_named_only_after_with_is_no_she_that_follows() -> None:
    assert _speakers(
        "en",
        "Instructions came from the office of a geologist named Paul Mendel.",
        "Ruth Kane ran the machine for Mendel that winter.",
        "Meanwhile, Kane married Tom Price and moved with him when he went to Ohio. They stayed in touch with "
        "Mendel and saw him at meetings.",
        "Still, the idea stayed in the back of her mind. She remembered the storm. “I always thought one small step "
        "could change a whole field,” she said.",
    ) == ["Ruth Kane"]


def test_a_description_with_an_adjective_and_no_speaker_near_is_the_profile_s_subject() -> None:
    assert _speakers(
        "de",
        "Klara Vogt ist mit Büchern und Vorträgen eine bekannte Stimme der Debatte. Vogt lebt in Köln.",
        "Vogt schreibt seit Jahren über Familien. Die Verlage mögen Vogt, die Leser auch.",
        "Was an Universitäten ablaufe, habe mit dem Leben kaum etwas zu tun. Vogt sieht das gelassen.",
        "Die Regeln schafften vor allem Verwirrung. Wer aber darf die Sprache regeln? Die Mutter werde abgeschafft. "
        "«Ich empfinde es als kränkend, wenn ich mich nicht mehr Mutter nennen darf», so die vielseitige Buchautorin.",
    ) == ["Klara Vogt"]


def test_a_line_ending_in_a_relative_pronoun_and_a_name_is_read() -> None:
    """A heading or caption with no stop after `…, die Foucault` ended the word list there: the quote stage
    crashed, and the whole summary with it."""
    assert _speakers(
        "de",
        "Michel Foucault und die Frage, die Foucault",
        "Michel Foucault hat das Gefängnis untersucht: „Die Seele ist das Gefängnis des Körpers“, sagte Foucault.",
    ) == ["Michel Foucault"]
