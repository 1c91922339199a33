"""Speakers of the classes untuned es/en news and celebrity pages showed (round 29; invented sentences here): a
name written again without the middle name it was introduced with (`Nancy Rodas` after `Nancy Paola Rodas`); a
show's or a team's name before the English noun that describes the person (`the American Horror Story actress`)."""

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


def test_a_show_s_name_before_the_noun_describing_someone_is_not_their_name() -> None:
    assert _speakers(
        "en",
        "Marla Quinn shared a photo of her co-star, Dev Patel, on Monday.",
        "The singer, 31, posted it from the studio. “We finished the record tonight and I could not be prouder,” "
        "the Harbour Lights actress wrote.",
    ) == ["Marla Quinn"]
