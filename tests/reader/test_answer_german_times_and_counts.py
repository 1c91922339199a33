"""German ways of saying when and how many that a new reader's trial met (issue 14): a season after
a word of time ("im Herbst"), a weekday joined to a part of the day ("am Donnerstagabend"), and a
number written as one word of its parts ("zehntausend"). Each asserts what the reader sees."""

from __future__ import annotations

import pytest

from bot.reader.article import Article
from tests.reader.test_answer import ask, bold

CABLE_CAR = Article(
    title="So könnte die Seilbahn aussehen",
    language="de",
    paragraphs=(
        "Die Stadt zeigt erste Bilder der geplanten Seilbahn.",
        "Die Stadtwerke hatten im Herbst eine Studie zum Seilbahnbau vorgestellt, die für Diskussionen sorgte.",
        "Die Seilbahn soll vom Hauptbahnhof bis zum neuen Quartier fahren.",
    ),
)
MATCH = Article(
    title="Füchse gewinnen im Pokal",
    language="de",
    paragraphs=(
        "Die Füchse haben das Achtelfinale im Pokal klar gewonnen.",
        "4000 Zuschauer sahen am Donnerstagabend in der Halle, wie die Gastgeber die Gäste besiegten.",
        "Der Trainer lobte die Abwehr seiner Mannschaft.",
    ),
)
CLIPS = Article(
    title="Der Trend zur Hausfrau",
    language="de",
    paragraphs=(
        "Immer mehr Frauen zeigen sich in Videos beim Backen und Putzen.",
        "Die Clips der Hausfrauen erzielen regelmäßig mehrere zehntausend Likes und werden vielfach geteilt.",
        "Die meisten Influencerinnen sind kaum älter als ihr Publikum.",
    ),
)


def test_a_season_after_a_word_of_time_says_when() -> None:
    """"im Herbst" answers "Wann ...?": the sentence was declined as holding no date."""
    assert bold(CABLE_CAR, "Wann wurde die Studie vorgestellt?") == "Herbst"


def test_a_season_alone_is_no_date() -> None:
    article = Article(title="Wetter", language="de", paragraphs=(
        "Der Sommer war heiß und trocken.", "Die Bauern klagen über die Ernte.",
    ))
    assert not ask(article, "Wann wurde die Ernte eingebracht?").found


def test_a_weekday_joined_to_a_part_of_the_day_says_when() -> None:
    assert bold(MATCH, "Wann sahen die Zuschauer das Spiel?") == "Donnerstagabend"


@pytest.mark.parametrize("word", ["zehntausend", "zweihundert", "einundzwanzig"])
def test_a_number_written_as_one_word_of_its_parts_counts(word: str) -> None:
    article = Article(title="Der Trend zur Hausfrau", language="de", paragraphs=(
        CLIPS.paragraphs[0], CLIPS.paragraphs[1].replace("zehntausend", word), CLIPS.paragraphs[2],
    ))
    assert word in bold(article, "Wie viele Likes bekommen die Clips?")
