"""What a reader met asking German, French and Spanish texts in their own words, on articles nobody had
tuned on (trial 18c: the Normans, the Scottish Parliament, a Greek cabinet, Algeria at fifty, a march
against a pipeline, a hunger strike): a ruler's number ("Herzog Sergius IV. von Neapel") ended a
sentence, "An welchen Tagen ...?" and "in den 880er Jahren" were no time, "Cientos de personas" no
count, "¿Cuánto costaría ...?" no money, "nunca" a content word, "¿Qué político ...?" no name, and
French bridges ran one way."""

from __future__ import annotations

from bot.reader.answer.bridges import bridges_for
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


MARCH = Article(
    title="Marcha contra el gasoducto",
    paragraphs=(
        "Cientos de personas se unieron el domingo a la marcha contra el gasoducto en la capital. Los manifestantes "
        "rechazan el proyecto del gobernador, un tubo de 92 millas de largo.",
        "La marcha fue convocada por una organización comunitaria. Los ambientalistas han señalado que el proyecto "
        "afectaría los bosques de la isla.",
        "El congresista Luis Gutiérrez también se unió a la manifestación. Hubo una variedad de expresiones "
        "artísticas durante la protesta. En ninguna protesta puertorriqueña puede faltar la música preferida de "
        "las manifestaciones: la plena.",
    ),
    language="es",
)

ANNIVERSARY = Article(
    title="Cinquante ans d'indépendance",
    paragraphs=(
        "À Oran, une fusillade éclate dans le défilé, provoquant un massacre chiffré à plusieurs centaines de morts. "
        "Un témoin raconte : « Moi, j'étais dans une 2 CV. »",
        "Les festivités vont durer une année entière ; un spectacle a réuni plus de 800 comédiens.",
    ),
    language="fr",
)


def test_hundreds_answer_how_many() -> None:
    """"Cientos de personas" and "plusieurs centaines de morts" give no figure, and a sentence with an
    unrelated number ("92 millas", "une 2 CV") went first."""
    answer = ask(MARCH, "¿Cuántas personas participaron en la marcha?")
    assert answer.found
    assert answer.sentences[0].text.startswith("Cientos de personas")
    answer = ask(ANNIVERSARY, "Combien de personnes sont mortes dans le massacre ?")
    assert answer.found
    assert "plusieurs centaines de morts" in answer.sentences[0].text


def test_what_it_would_cost_asks_money() -> None:
    """"¿Cuánto costaría ...?" and "Combien a coûté ...?" asked a plain number and were answered with
    the pipe's length and the count of actors."""
    assert not ask(MARCH, "¿Cuánto costaría construir el gasoducto?").found
    assert not ask(ANNIVERSARY, "Combien a coûté le spectacle ?").found


def test_a_negation_is_no_content_word() -> None:
    """"¿Qué música nunca falta ...?" was declined beside "En ninguna protesta ... puede faltar": "nunca"
    weighed as a rare word the sentence lacked."""
    answer = ask(MARCH, "¿Qué música nunca falta en las protestas?")
    assert answer.found
    assert "la plena" in answer.sentences[0].text


def test_which_politician_asks_for_a_name() -> None:
    """"¿Qué político se sumó también a la protesta?" asked no kind, and "Hubo una variedad de expresiones
    artísticas durante la protesta", naming no one, went first."""
    answer = ask(MARCH, "¿Qué político se sumó también a la protesta?")
    assert answer.found
    assert "Luis Gutiérrez" in answer.sentences[0].text


VIKINGS = Article(
    title="Die Normannen",
    paragraphs=(
        "Frühere Wikinger-Siedler kamen in den 880er Jahren an und wurden zwischen Kolonien im Osten aufgeteilt.",
        "Der Graf erhielt 1030 von Herzog Otto die Grafschaft Aversa, den ersten normannischen Brückenkopf im Süden.",
    ),
    language="de",
)


def test_a_german_decade_is_a_time() -> None:
    """"in den 880er Jahren" said no time, and "Wann ließen sich die ersten Wikinger nieder?" went to the
    sentence with "1030" in it."""
    answer = ask(VIKINGS, "Wann ließen sich die ersten Wikinger dort nieder?")
    assert answer.found
    assert "880er Jahren" in answer.sentences[0].text



def test_french_bridges_are_read_both_ways() -> None:
    """French has only Open Multilingual Wordnet's links, many of them one way: "baptiser" led to
    "appeler" and not back, so "Comment s'appelle la nouvelle série ?" never met "baptisée « Europe »";
    a loose link (a kind from each of its kinds) is still read one way only."""
    bridges = bridges_for("fr")
    assert ("baptis", 1.0) in bridges.near("appel")
    assert not any(other == "victim" for other, _ in bridges.near("person"))
