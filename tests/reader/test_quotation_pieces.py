"""A sentence lifted out of a longer quotation must not pass for the article's own words."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.summary.quotation_pieces import mostly_quoted, quotation_pieces


def _pieces(*paragraphs: str, language: str = "en") -> list[tuple[str, bool]]:
    document = build_document(Article(title="Bridge", paragraphs=paragraphs, language=language))
    return [(s.text, piece) for s, piece in zip(document.sentences, quotation_pieces(document))]


def test_the_middle_and_end_of_a_quotation_are_pieces_its_attributed_start_is_not() -> None:
    assert _pieces(
        "The council closed the bridge on Monday. "
        'Mayor Anna Berg said: "We had no choice after the inspection. '
        "The cracks were far too deep to wait any longer. "
        'Repairs will start in May," she told reporters. '
        "Drivers will use the ring road for two years."
    ) == [
        ("The council closed the bridge on Monday.", False),
        ('Mayor Anna Berg said: "We had no choice after the inspection.', False),
        ("The cracks were far too deep to wait any longer.", True),
        ('Repairs will start in May," she told reporters.', True),
        ("Drivers will use the ring road for two years.", False),
    ]


def test_apostrophes_and_quotations_closed_in_the_same_sentence_are_whole() -> None:
    pieces = _pieces(
        "The mayor's office called the inspectors' report \"alarming\" on Monday. "
        '"We had no choice but to close the bridge," the mayor said. '
        "It's the city's oldest crossing and drivers don't have another one nearby."
    )
    assert [piece for _, piece in pieces] == [False, False, False]


def test_a_quotation_opened_without_its_speaker_is_a_piece() -> None:
    pieces = _pieces('"We had no choice after the inspection. The cracks were too deep," she said.')
    assert [piece for _, piece in pieces] == [True, True]


def test_a_quote_left_open_does_not_run_into_the_next_paragraph() -> None:
    pieces = _pieces(
        'The mayor said the bridge was "only the start of the repairs. The work will take two years.',
        "Drivers will use the ring road while the bridge is closed.",
    )
    assert [piece for _, piece in pieces] == [False, True, False]


def test_curly_german_and_french_quotation_marks() -> None:
    assert [piece for _, piece in _pieces("She said: “We had no choice. It was too late.” Then she left.")] \
        == [False, True, False]
    assert [piece for _, piece in _pieces(
        "Die Bürgermeisterin sagte: „Wir hatten keine Wahl. Die Risse waren zu tief“, sagte sie.", language="de")] \
        == [False, True]
    assert [piece for _, piece in _pieces(
        "La maire a déclaré : « Nous n'avions pas le choix. Les fissures étaient trop profondes. »",
        language="fr")] == [False, True]


def test_a_sentence_mostly_in_quotation_marks_is_someones_words_even_with_its_speaker_first() -> None:
    assert mostly_quoted('Mayor Anna Berg said: "We had no choice after the inspection of the old bridge."')
    assert mostly_quoted('At the rally one heard sentences like this: "All of you will answer for what you did to us.')
    assert not mostly_quoted('“We had no choice,” said Mayor Anna Berg, who chairs the city council and its committees.')
    assert not mostly_quoted('The council called the inspectors\' report "alarming" and closed the bridge on Monday.')
    assert not mostly_quoted("It's the city's oldest crossing and drivers don't have another one nearby.")
