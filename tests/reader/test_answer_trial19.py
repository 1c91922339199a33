"""Questions the article cannot answer, asked about pages nobody tuned on (trial 19: a piece on Rust, a
German travel blog). The articles here are written for the tests, in the pages' forms."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold_in

RUST = Article(
    title="Why teams pick Rust",
    paragraphs=(
        "Brightline, an early user of Rust in its Harbor app, cut the app's memory use from 4GB to 60MB by "
        "porting a few Java services to Rust.",
        "Many teams write only small libraries in Rust at first, because the language is still young.",
    ),
    language="en",
)


def test_a_name_alone_does_not_answer_what_is_asked_of_it() -> None:
    """"Why did Tilde write Skylight in Java originally?" was answered with the sentence naming
    Tilde, Skylight and Java, which gives no reason and says nothing of writing it in Java first:
    the names are the question's rarest words, and the sentence holds nothing else of it."""
    assert not ask(RUST, "Why did Brightline write Harbor in Java originally?").found


def test_what_the_article_says_of_the_names_is_still_answered() -> None:
    """The same names with a question the sentence answers, and a "why" whose sentence holds the
    question's words and its reason."""
    answer = ask(RUST, "How much did Brightline cut the app's memory use?")
    assert answer.found and "4GB to 60MB" in answer.sentences[0].text
    answer = ask(RUST, "Why do teams write small libraries in Rust?")
    assert answer.found and "still young" in answer.sentences[0].text


BLOG = Article(
    title="Ein Wochenende auf Amrum",
    paragraphs=(
        "Amrum ist eine der ruhigsten Inseln an der Nordsee.",
        "Das Wahrzeichen der Insel: die alte Mühle",
        "Hier zeigt sich die Küste von ihrer wildesten Seite.",
        "Wir wohnten in einer kleinen Pension am Deich.",
    ),
    language="de",
)


def test_german_hier_is_here_not_yesterday() -> None:
    """"Wann wurde der Leuchtturm von Montauk gebaut?" was answered with "Hier zeigt sich das Meer
    ...", "Hier" in bold: French "hier" is yesterday, German "hier" is here. The page tells no
    time, so a "when" asked of that sentence is declined; French "hier" stays a day."""
    assert not ask(BLOG, "Wann zeigt sich die Küste von ihrer wildesten Seite?").found
    closure = Article(
        title="Fermeture de l'usine",
        paragraphs=("L'usine de Florange a fermé hier après quarante ans d'activité.",),
        language="fr",
    )
    assert bold_in(closure, "Quand l'usine de Florange a-t-elle fermé ?") == "hier"
