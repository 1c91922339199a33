"""A question about the writer of an opinion piece finds where the piece says "I" in its own voice,
not a quoted speaker's "I" (an untuned Dallas News column in a new-user check, 2026-12-01), and the
note under a piece that names its byline's writer (Talking Points Memo's Kobane essay, 2026-12-02)."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask

COLUMN = Article(
    title="The bridge can wait",
    paragraphs=(
        "The council wants to spend 2.4 million dollars on a new bridge over the river next spring.",
        "Hope is cheap, and the council has plenty of it: members hope the state will pay half.",
        "\"I hope the bridge opens before the winter,\" the mayor, Anna Keller, said on Monday.",
        "I would rather see the money go to the two schools whose roofs leak every time it rains.",
        "Ich bin nicht überzeugt.",
    ),
    language="en",
)

KOLUMNE = Article(
    title="Die Brücke kann warten",
    paragraphs=(
        "Der Rat will 2,4 Millionen Euro für eine neue Brücke über den Fluss ausgeben.",
        "„Ich hoffe, die Brücke ist vor dem Winter fertig“, sagte die Bürgermeisterin Anna Keller.",
        "Ich würde das Geld lieber in die beiden Schulen stecken, deren Dächer bei jedem Regen undicht sind.",
    ),
    language="de",
)


def test_the_writer_is_the_piece_saying_i_outside_quotation_marks() -> None:
    answer = ask(COLUMN, "What does the writer want?")
    assert answer.found and answer.sentences[0].text.startswith("I would rather see the money")


def test_a_quoted_speakers_i_is_not_the_writer() -> None:
    answer = ask(COLUMN, "What does the author hope?")
    assert answer.found and "Anna Keller" not in answer.sentences[0].text


def test_german_autor_is_the_columns_ich() -> None:
    answer = ask(KOLUMNE, "Wofür würde der Autor das Geld ausgeben?")
    assert answer.found and answer.sentences[0].text.startswith("Ich würde das Geld lieber")


REPORT = Article(
    title="A town that held",
    paragraphs=(
        "The town on the border was besieged for four months by fighters who had swept through the region.",
        "Its defenders were organised in councils, and half of the people living there had fled other wars.",
        "The council of the town's children designed the new playground in the main square.",
        "Malcolm Harris is an editor at a small magazine and a writer based in Brooklyn.",
    ),
    language="en",
    author="Malcolm Harris",
)


def test_the_note_naming_the_byline_answers_about_the_writer() -> None:
    answer = ask(REPORT, "Where does the author live?")
    assert answer.found and answer.sentences[0].text.startswith("Malcolm Harris is an editor")


def test_a_one_word_byline_names_no_writer_in_the_text() -> None:
    desk = Article(title=REPORT.title, paragraphs=(*REPORT.paragraphs[:3], "Reuters reported the siege first."),
                   language="en", author="Reuters")
    answer = ask(desk, "Where does the author live?")
    assert not answer.found or not answer.sentences[0].text.startswith("Reuters")
