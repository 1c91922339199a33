"""What a reader met on German news pages nobody had tuned on (trial 22de: a flood inquiry, a
basketball brawl, a marathon report, a bank collapse): "how many" questions about something the
page never counts were answered by a number counting something else ("134 Menschen" for houses,
"fünf Spiele zuschauen" for spectators), by an ordinal ("der 50. Berlin-Marathon") or by "noch
einmal"."""

from __future__ import annotations

import pytest

from bot.reader.article import Article
from bot.reader.extract.clutter import article_from_text
from bot.reader.pipeline import ask
from tests.support.reading import bold_in

FLUT = Article(
    title="Hochwasser im Tal",
    paragraphs=(
        "Nach 30 Sitzungen hat der Ausschuss zum Hochwasser im Tal seine Arbeit beendet.",
        "82 Menschen kamen im Tal durch das Hochwasser am 3. und 4. Juni ums Leben. "
        "Viele Häuser wurden von den Wassermassen mitgerissen.",
        "Der Ausschuss hörte 120 Zeugen, darunter 14 Feuerwehrleute.",
    ),
    language="de",
)

LAUF = Article(
    title="Stadtlauf",
    paragraphs=(
        "Daran hat auch der 40. Stadtlauf am Sonntag noch einmal erinnert. "
        "Die Siegerin lief die Strecke in einer neuen Bestzeit.",
        "Der Trainer sperrte zwei Spieler, die nun die nächsten drei Spiele zuschauen müssen.",
        "Die Truppe zog mit 300 Mann nach Süden. Die Soldaten erreichten den Fluss nach zwei Wochen.",
    ),
    language="de",
)


@pytest.mark.parametrize(
    ("article", "question"),
    [
        (FLUT, "Wie viele Häuser wurden vom Hochwasser zerstört?"),
        (LAUF, "Wie viele Läufer nahmen am Stadtlauf teil?"),
        (LAUF, "Wie viele Zuschauer kamen zu den Spielen?"),
    ],
)
def test_a_count_of_something_else_is_no_answer(article: Article, question: str) -> None:
    assert not ask(article, question).found


ZUZUG = Article(
    title="Zuzug in die Stadt",
    paragraphs=(
        "Nach Angaben des Einwohnermeldeamts sind seit 2015 rund 4.200 Syrerinnen und Syrer in die Stadt gezogen. "
        "Die meisten arbeiten im Handwerk.",
        "An den Schulen der Stadt fehlen derzeit 310 Lehrkräfte, teilte das Schulamt mit.",
    ),
    language="de",
)


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        (FLUT, "Wie viele Menschen starben durch das Hochwasser?", "82 Menschen"),
        (FLUT, "Wie viele Zeugen hat der Ausschuss gehört?", "120 Zeugen"),
        (LAUF, "Mit wie vielen Soldaten zog die Truppe nach Süden?", "300 Mann"),
        # The women's form named first counts the whole group the question names.
        (ZUZUG, "Wie viele Syrer leben inzwischen in der Stadt?", "rund 4.200 Syrerinnen und Syrer"),
    ],
)
def test_a_count_of_the_asked_thing_still_answers(article: Article, question: str, expected: str) -> None:
    answer = ask(article, question)
    assert answer.found and expected in answer.sentences[0].text


MINISTERIN = Article(
    title="Neue Ministerin",
    paragraphs=(
        "Der Kanzler hatte ursprünglich den Abgeordneten Hansen vorgesehen. Der gab jedoch am Donnerstag auf. "
        "Dem früheren Abgeordneten werden Vorwürfe gemacht. Beides weist der 44-Jährige zurück.",
        "Meier dagegen sei rund 25 Jahre lang Richterin gewesen, betonte der Kanzler, anders als Hansen.",
    ),
    language="de",
)


def test_years_something_lasted_are_no_age() -> None:
    answer = ask(MINISTERIN, "Wie alt ist Hansen?")
    assert answer.found and "44-Jährige" in answer.sentences[0].text


REINIGUNG = Article(
    title="Streik trifft Reinigungsfirma",
    paragraphs=(
        "Die Ermittlungen sollen nach Angaben des zuständigen Staatsanwalts Peter Brandauer aus Trier im Herbst "
        "abgeschlossen werden.",
        "Auf Anfrage betont die Sprecherin für Busse und Bahnen, Karoline Obermaier, dass die Streiks niemanden "
        "kalt lassen.",
        "Der Vizepräsident für Studium und Lehre der Universität Trier, Jonas Weidlinger, hält die Prüfungen für nötig.",
    ),
    language="de",
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Wer leitet die Ermittlungen?", "Peter Brandauer"),
        ("Wer ist bei der Gewerkschaft für Busse und Bahnen zuständig?", "Karoline Obermaier"),
        ("Wer ist Vizepräsident der Uni Trier?", "Jonas Weidlinger"),
    ],
)
def test_a_german_common_noun_is_not_bold_as_the_name(question: str, expected: str) -> None:
    shown = bold_in(REINIGUNG, question)
    assert shown is not None and shown.endswith(expected)


def test_what_something_cost_is_not_answered_by_a_count() -> None:
    """"gekostet" asks money as "kostet" does: a count of meetings is no cost."""
    assert not ask(FLUT, "Wie viel hat die Arbeit des Ausschusses gekostet?").found


def test_when_is_answered_by_the_hour_when_no_day_is_given() -> None:
    landrat = Article(
        title="Hochwasser",
        paragraphs=(
            "Der Landrat habe die Warnungen viel zu spät weitergegeben und den Katastrophenfall erst um 23 Uhr "
            "ausgerufen.",
            "Die Feuerwehr war schon am Nachmittag im Einsatz.",
        ),
        language="de",
    )
    assert bold_in(landrat, "Wann hat der Landrat den Katastrophenfall erklärt?") == "23 Uhr"


def test_an_hour_in_words_answers_when() -> None:
    """"fünf Uhr" is a time of day, not a count: the sentence answers "wann" and shows the hour."""
    schicht = Article(
        title="Streik",
        paragraphs=(
            "Karim Haddad arbeitet als Servicekraft bei einer Reinigungsfirma. Er reinigt Büros und Praxen.",
            "Seine Schicht beginnt er meist gegen fünf Uhr morgens. Ein Auto besitzt er nicht.",
        ),
        language="de",
    )
    assert bold_in(schicht, "Wann beginnt Karim Haddad morgens mit der Arbeit?") == "fünf Uhr"


def test_how_many_a_party_got_is_not_answered_by_another_partys_count() -> None:
    wahl = Article(
        title="Wahl im Land",
        paragraphs=(
            "Bei der Wahl am Sonntag hat die bisher regierende Partei NVP die Mehrheit verloren. "
            "Dieses Mal erhielt die NVP nur noch 120 Sitze von 300.",
            "Die neue Partei LDB erreichte aus dem Stand 13 Prozent.",
        ),
        language="de",
    )
    assert not ask(wahl, "Wie viele Sitze bekam die LDB?").found
    assert ask(wahl, "Wie viele Sitze bekam die NVP?").found


def test_a_link_to_another_story_is_no_part_of_the_text() -> None:
    """"Zum Artikel: Tarifrunde im ÖPNV: Das wird verhandelt" answered "Wo wird verhandelt?"."""
    text = "\n\n".join([
        "Karim Haddad arbeitet als Servicekraft bei einem Münchner Fachbetrieb für Gebäudereinigung und beginnt früh.",
        "Zum Artikel: Tarifrunde im Nahverkehr: Das wird verhandelt",
        "Seine Schicht beginnt er meist gegen fünf Uhr morgens, und zum Einsatzort kommt er mit Bus und Bahn.",
        "Fallen diese wegen eines Streiks aus, hat er ein Problem, denn ein eigenes Auto besitzt er nicht.",
        "Seit Mittwochmorgen läuft die fünfte Verhandlungsrunde zwischen Arbeitgebern und Gewerkschaft in Nürnberg.",
        "Der Vertriebsleiter der Firma hofft auf ein schnelles Ende der Streiks und eine vernünftige Einigung.",
    ])
    article = article_from_text(text)
    assert not any("Zum Artikel" in paragraph for paragraph in article.paragraphs)
