"""What a reader met asking German, French and Spanish texts in their own words, on articles nobody had
tuned on (trial 18c: the Normans, the Scottish Parliament, a Greek cabinet, Algeria at fifty, a march
against a pipeline, a hunger strike): a ruler's number ("Herzog Sergius IV. von Neapel") ended a
sentence, "An welchen Tagen ...?" asked no date, ..."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask
from bot.reader.text.language import language_for

DUKES = Article(
    title="Die Grafen von Hohenfels",
    paragraphs=(
        "Graf Berthold erhielt 1130 von Herzog Otto IV. von Schwaben die Burg Hohenfels. Seine Familie erlangte "
        "daraufhin das Amt des Vogts, und Kaiser Lothar III. erhob 1135 seinen Sohn Konrad zum Markgrafen.",
        "Die Burg verfiel im 16. Jahrhundert.",
    ),
    language="de",
)

COMMITTEES = Article(
    title="Der Landtag",
    paragraphs=(
        "Ein Großteil der Arbeit des Landtags wird in Ausschüssen geleistet. Die Ausschusssitzungen finden am "
        "Dienstag und Mittwoch im Landtag statt. Ausschüsse können auch an anderen Orten im ganzen Land tagen.",
    ),
    language="de",
)


def test_a_rulers_number_before_a_lower_case_word_ends_no_sentence() -> None:
    """German writes a ruler's number with a full stop; "Sergius IV. | von Neapel" was cut in two and
    "Wer überließ ihm die Grafschaft?" showed half a sentence without the duke's domain."""
    sentences = language_for("de").sentences(DUKES.paragraphs[0])
    assert sentences[0].endswith("die Burg Hohenfels.")
    assert len(sentences) == 2
    assert language_for("en").sentences("He served Henry VIII. The king died.") == ["He served Henry VIII.", "The king died."]


def test_which_emperor_is_answered_by_the_whole_sentence() -> None:
    answer = ask(DUKES, "Welcher Kaiser machte Konrad zum Markgrafen?")
    assert answer.found
    assert "Kaiser Lothar III. erhob 1135" in answer.sentences[0].text


def test_on_which_days_asks_a_date() -> None:
    """"An welchen Tagen treffen sich die Ausschüsse?" asked no kind, and the sentence whose verb
    "tagen" matched "Tagen" went first."""
    answer = ask(COMMITTEES, "An welchen Tagen treffen sich die Ausschüsse?")
    assert answer.found
    assert "Dienstag und Mittwoch" in answer.sentences[0].text
