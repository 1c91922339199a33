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


TICKET = Article(
    title="Das Deutschlandticket verkauft sich gut",
    language="de",
    paragraphs=(
        "Das Deutschlandticket für 49 Euro wird nicht so erfolgreich wie das 9-Euro-Ticket im vergangenen Sommer.",
        "Mehr als jeder zehnte Erwachsene in Deutschland hat einer Umfrage zufolge bereits das Ticket erworben.",
        "Die Impfquote unter den Fahrgästen liegt bei 80 Prozent.",
    ),
)


def test_each_nth_is_a_share_and_its_bound_is_bold_with_it() -> None:
    """"jeder zehnte" answers "Welcher Anteil ...?" as "zehn Prozent" would; the price was shown."""
    assert bold(TICKET, "Welcher Anteil der Erwachsenen hat das Ticket schon gekauft?") == "Mehr als jeder zehnte"


def test_a_rate_asked_as_a_quote_is_a_share() -> None:
    """"Wie hoch ist die Impfquote?" asks a share: the figure in percent, not a count beside the word."""
    article = Article(title="Impfen", language="de", paragraphs=(
        "Die Impfquote der Region wurde in 120 Praxen und 14 Kliniken über drei Wochen gemessen. "
        "Unter den Erwachsenen lag sie zuletzt bei 80 Prozent.",
        "Die Praxen melden ihre Zahlen jeden Monat.",
    ))
    assert bold(article, "Wie hoch ist die Impfquote?") == "80 Prozent"
