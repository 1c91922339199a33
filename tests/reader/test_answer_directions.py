"""A figure going up or down, asked in other words than the article's (issue 14): "How many Dow
companies were heading for a gain?" about "13 are set to close higher", "Wie viel verlor die Aktie?"
about "Die Aktie gab um mehr als 2% nach"; and a "how many" question counting a thing the article
counts under a word of its kind ("Menschen" and "48.200 Einwohner")."""

from __future__ import annotations

import pytest

from bot.reader.answer.bridges import DIRECTION_WEIGHT, bridges_for
from bot.reader.answer.counted import counted_nouns
from bot.reader.answer.phrasal import separated_verbs
from bot.reader.answer.terms import question_terms
from bot.reader.article import Article
from bot.reader.pipeline import ask
from bot.reader.text.language import language_for
from tests.support.reading import bold

MARKETS = Article(
    title="Stocks end mixed",
    paragraphs=(
        "Stocks ended mixed on Thursday as investors weighed new jobs data. "
        "Of the 500 members of the index, 312 closed higher and 188 finished lower.",
        "Oil slipped 1.2% to $71 a barrel. The weather in Chicago was mild, and the city's marathon drew a large crowd.",
    ),
    language="en",
)

BOERSE = Article(
    title="Dax schwächer",
    paragraphs=(
        "Der deutsche Aktienmarkt hat am Mittwoch Schwäche gezeigt. Die Aktie der Börse gab zeitweise um mehr als 2% nach. "
        "Händler verwiesen auf die Zinsen in den USA.",
        "Der Dollar legte deutlich gegenüber der japanischen Währung zu. Er verzeichnete ein Plus von 1,3%. "
        "In Japan wird im Oktober gewählt.",
    ),
    language="de",
)

STADT = Article(
    title="Neue Zahlen für Kellbach",
    paragraphs=(
        "Die Stadt Kellbach ist im vergangenen Jahr gewachsen. Ende Dezember lebten dort 48.200 Einwohner, "
        "rund 900 mehr als ein Jahr zuvor. Der Bürgermeister sprach von einem erfreulichen Trend.",
        "In der Stadt sind inzwischen 1.350 Firmen gemeldet. Die Gewerbesteuer brachte 21 Millionen Euro ein.",
    ),
    language="de",
)


@pytest.mark.parametrize(
    ("code", "asked", "written"),
    [
        ("en", "gain", "higher"), ("en", "drop", "lower"), ("en", "rally", "rise"), ("en", "loss", "decline"),
        ("de", "verlieren", "nachgeben"), ("de", "gewinnen", "Plus"), ("de", "steigen", "zulegen"),
        ("fr", "gagner", "hausse"), ("fr", "perdre", "baisse"), ("es", "ganar", "alza"), ("es", "perder", "caída"),
    ],
)
def test_words_of_one_direction_of_change_are_bridged(code: str, asked: str, written: str) -> None:
    language = language_for(code)
    (asked_term,), (written_term,) = question_terms(language, asked), question_terms(language, written)
    assert dict(bridges_for(code).near(asked_term)).get(written_term, 0.0) >= DIRECTION_WEIGHT


def test_a_word_of_one_direction_is_not_bridged_to_the_other() -> None:
    language = language_for("en")
    (gain,), (lower,) = question_terms(language, "gain"), question_terms(language, "lower")
    assert lower not in dict(bridges_for("en").near(gain))


def test_a_count_of_things_going_up_answers_a_question_asking_for_a_gain() -> None:
    answer = ask(MARKETS, "How many stocks were heading for a gain?")
    assert answer.found
    assert "312 closed higher" in answer.sentences[0].text


def test_a_german_fall_told_by_a_separated_verb_answers() -> None:
    answer = ask(BOERSE, "Wie viel verlor die Aktie der Börse?")
    assert answer.found
    assert "gab zeitweise um mehr als 2% nach" in answer.sentences[0].text
    assert bold(answer) == "mehr als 2%"


def test_a_german_rise_told_by_a_plus_is_found() -> None:
    answer = ask(BOERSE, "Wie viel gewann der Dollar?")
    assert answer.found
    assert any("Plus von 1,3%" in sentence.text for sentence in answer.sentences)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Der Dax gab leicht um 0,2% auf 19.378 Punkte nach.", "nachgeben"),
        ("Der Greenback legte auch deutlich gegenüber der japanischen Währung zu.", "zulegen"),
        ("Die Preise zogen am Nachmittag deutlich an.", "anziehen"),
        ("Um wie viel legte der Dollar zu?", "zulegen"),
    ],
)
def test_a_german_verb_a_main_clause_parts_from_its_particle_is_read_whole(text: str, whole: str) -> None:
    language = language_for("de")
    found = separated_verbs(language, text, bridges_for("de").knows)
    assert [term for term, _ in found] == question_terms(language, whole)


def test_a_clause_ending_on_no_particle_reads_no_separated_verb() -> None:
    language = language_for("de")
    assert separated_verbs(language, "Der Dax gab am Mittwoch leicht nach oben.", bridges_for("de").knows) == []


@pytest.mark.parametrize(
    ("question", "count"),
    [("Wie viele Menschen leben in Kellbach?", "48.200 Einwohner"), ("Wie viele Unternehmen gibt es in Kellbach?", "1.350 Firmen")],
)
def test_a_count_of_a_thing_of_the_kind_asked_answers(question: str, count: str) -> None:
    answer = ask(STADT, question)
    assert answer.found
    assert count in answer.sentences[0].text


def test_a_count_of_a_thing_the_article_never_counts_is_still_declined() -> None:
    assert not ask(STADT, "Wie viele Schulen hat Kellbach?").found


def test_the_readable_counts_of_a_sentence_are_read_past_one_that_is_not() -> None:
    text = "Ende Dezember lebten dort 48.200 Einwohner, rund 900 mehr als ein Jahr zuvor."
    assert counted_nouns("de", text) is None
    assert counted_nouns("de", text, readable=True) == ["Einwohner"]


RETAILER = Article(
    title="Retailer leads the index",
    paragraphs=(
        "The index stock posting the largest gain on Monday was Acme Stores, which traded up 0.9% at $104. "
        "Reports of solid sales at its stores during the holidays have helped push the stock higher today. "
        "Trading volume was less than half the daily average.",
        "Acme opened its first store in 1978 in Atlanta.",
    ),
    language="en",
)


def test_what_helped_push_a_price_higher_answers_why_it_rose() -> None:
    answer = ask(RETAILER, "Why did Acme shares rise?")
    assert answer.found
    assert "helped push the stock higher" in answer.sentences[0].text



BOURSE = Article(
    title="La Bourse de Paris",
    paragraphs=(
        "La Bourse de Paris a ouvert dans le vert jeudi. Lors des premiers échanges, le CAC 40 gagne 0,55 % à 7.612 points.",
        "A Tokyo, l'indice Nikkei a reculé de 2,36 % à 40.126 points. Le yen est resté stable face au dollar.",
    ),
    language="fr",
)

BOLSA = Article(
    title="La bolsa española",
    paragraphs=(
        "El Ibex 35 subió un 1,2 % este martes hasta los 11.200 puntos. Los bancos lideraron las subidas.",
        "El petróleo Brent cayó un 0,8 % hasta los 76 dólares por barril. El euro se mantuvo estable frente al dólar.",
    ),
    language="es",
)


@pytest.mark.parametrize(
    ("article", "question", "told"),
    [
        (BOURSE, "De combien le CAC 40 a-t-il progressé ?", "gagne 0,55 %"),
        (BOURSE, "De combien le Nikkei a-t-il baissé ?", "a reculé de 2,36 %"),
        (BOLSA, "¿Cuánto ganó el Ibex?", "subió un 1,2 %"),
    ],
)
def test_a_french_or_spanish_change_asked_in_another_word_of_its_direction_is_answered(
    article: Article, question: str, told: str,
) -> None:
    answer = ask(article, question)
    assert answer.found
    assert told in answer.sentences[0].text


STORM = Article(
    title="Storm hits the coast",
    paragraphs=(
        "The storm hit the coast on Sunday night. About 30 cars were crushed by falling trees in the town, police said. "
        "Officers found 19 handguns in the house.",
        "Some 1,200 homes lost power. In the harbour, 14 boats sank. The town employs 85 firefighters.",
    ),
    language="en",
)


@pytest.mark.parametrize(
    ("question", "count"),
    [("How many vehicles were crushed?", "30 cars"), ("How many weapons were found?", "19 handguns")],
)
def test_a_count_of_one_of_the_kind_asked_answers(question: str, count: str) -> None:
    answer = ask(STORM, question)
    assert answer.found
    assert count in answer.sentences[0].text


def test_a_count_of_a_sibling_of_the_thing_asked_is_no_answer() -> None:
    assert not ask(STORM, "How many ships sank?").found
