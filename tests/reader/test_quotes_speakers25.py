"""Speakers of the classes issue 15's third pass names (invented sentences): a German full name after a
pronoun and a reporting verb (`Das kündigte Tim Stein an`), a German adjective made a noun for a person
(`Vorsitzende`) that is no man's unless its article says so."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes


def _speakers(language: str, *paragraphs: str) -> list[str | None]:
    return [quote.speaker for quote in all_quotes(build_document(Article("Story", paragraphs, language=language)))]


def test_a_full_name_after_a_pronoun_and_its_verb_is_shown_in_full() -> None:
    assert _speakers(
        "de",
        "Die Stadtwerke Gera schließen zwei Bäder. Das bestätigte Jana Wolff, Sprecherin der Stadtwerke, am Montag.",
        "„Wir können den Betrieb beider Bäder nicht länger bezahlen“, sagte Wolff.",
    ) == ["Jana Wolff"]


def test_a_vorsitzende_is_a_she_for_the_pronoun_after() -> None:
    assert _speakers(
        "de",
        "Der Mieterverein Jena lehnt den Plan ab. Dessen Vorsitzende Petra Kranz hält ihn für falsch.",
        "Sie erklärte, der Verein sammle Unterschriften. „Wer jetzt die Mieten erhöht, vertreibt die Familien.“",
    ) == ["Petra Kranz"]
