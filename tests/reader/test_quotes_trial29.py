"""Speakers of the classes untuned es/en news and celebrity pages showed (round 29; invented sentences here): a
name written again without the middle name it was introduced with (`Nancy Rodas` after `Nancy Paola Rodas`)."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes


def _speakers(language: str, *paragraphs: str) -> list[str | None]:
    document = build_document(Article("Story", paragraphs, language=language))
    return [quote.speaker for quote in all_quotes(document)]


def test_a_name_without_its_middle_name_is_the_person_introduced_with_it() -> None:
    assert _speakers(
        "es",
        "Lucía Fernanda Ortega, abogada de la empresa, indicó que el contrato sigue vigente.",
        "De forma puntual, la abogada Lucía Ortega señaló que entregaron toda la documentación.",
        "\"A pesar de todo, siguen buscando la manera de frenar la obra\", dijo.",
    ) == ["Lucía Fernanda Ortega"]
