"""A reader's compound reaches the article's words through its head: "Parteichef" is a "Chef", so
the article's "Vorsitzende"; and a sentence that opens with a joining word before its pointing word
("But this meant ...") goes on about the sentence before it, as one opening with the pointing word
does."""

from __future__ import annotations

from bot.reader import pipeline
from bot.reader.article import Article
from tests.reader.test_answer import best_text, bold

PARTY = Article(
    title="Parteitag in Berlin",
    paragraphs=(
        "Die Partei hat am Samstag in Berlin getagt. Rund 500 Delegierte kamen in die Halle.",
        "Der Vorsitzende der Partei, Hans Müller, sprach über die Steuern. Er forderte niedrigere Abgaben.",
        "Die Opposition kritisierte den Parteitag als langweilig.",
    ),
    language="de",
)
SUITE = Article(
    title="Fixing a slow test suite",
    paragraphs=(
        "The suite took twenty minutes on every run. Django used the lru_cache decorator on the static file"
        " finders. But this meant the finders were cached after their first access.",
        "We cleared the cache between tests, and the suite took four minutes.",
    ),
    language="en",
)


def test_a_compound_title_finds_the_article_s_word_for_its_head() -> None:
    assert best_text(PARTY, "Wer ist Parteichef?").startswith("Der Vorsitzende der Partei")
    assert bold(PARTY, "Wer ist Parteichef?") == "Hans Müller"


def test_a_pointing_sentence_after_but_is_shown_after_what_it_points_at() -> None:
    shown = pipeline.ask(SUITE, "What made the finders get cached after their first access?").sentences
    assert [s.text[:20] for s in shown[:2]] == ["Django used the lru_", "But this meant the f"]
