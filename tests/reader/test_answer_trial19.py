"""Questions the article cannot answer, asked about pages nobody tuned on (trial 19: a wiki page on
an algorithm, a German travel blog). The articles here are
written for the tests, in the pages' forms."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold_in

ALGORITHM = Article(
    title="Spectral folding",
    paragraphs=(
        "Spectral folding is a method for drawing large graphs developed by Laurens van der Maaten and "
        "Geoffrey Hinton.",
        "It places similar nodes close together on a plane of two dimensions.",
        "Good Ventures, a large foundation, paid for the first public release of the software.",
        "A small organisation of volunteers keeps the code up to date.",
        "Software",
        "Laurens van der Maaten's spectral folding toolkit https://example.org/folding/",
    ),
    language="en",
)


def test_a_name_alone_does_not_answer_what_is_asked_of_it() -> None:
    """"What prize did Geoffrey Hinton win?" was answered with the sentence naming him as the
    method's author, and "Where was Laurens van der Maaten born?" with a link line holding his
    name: the names are the question's rarest words, while the prize and the birthplace are in
    the article nowhere."""
    assert not ask(ALGORITHM, "What prize did Geoffrey Hinton win?").found
    assert not ask(ALGORITHM, "Where was Laurens van der Maaten born?").found


def test_what_the_article_says_of_the_name_is_still_answered() -> None:
    """The same names with a question the sentence does answer, in other words, or asking only a
    kind of thing the name is ("What kind of organisation ...?", answered by its apposition)."""
    answer = ask(ALGORITHM, "Which method did Geoffrey Hinton come up with?")
    assert answer.found and "developed by Laurens van der Maaten" in answer.sentences[0].text
    answer = ask(ALGORITHM, "What kind of organisation is Good Ventures?")
    assert answer.found and "a large foundation" in answer.sentences[0].text


BLOG = Article(
    title="Das vielleicht schönste Ende der Welt: Montauk",
    paragraphs=(
        "Montauk auf Long Island ist einer der berühmtesten Sommerorte der Welt.",
        "Das Wahrzeichen von Montauk: der Leuchtturm",
        "Hier zeigt sich das Meer oft von seiner ganz rauen Seite.",
        "Unsere Unterkunft war ein kleines Hotel direkt am Strand.",
    ),
    language="de",
)


def test_german_hier_is_here_not_yesterday() -> None:
    """"Wann wurde der Leuchtturm von Montauk gebaut?" was answered with "Hier zeigt sich das Meer
    ...", "Hier" in bold: French "hier" is yesterday, German "hier" is here, and the page gives no
    date."""
    assert not ask(BLOG, "Wann wurde der Leuchtturm von Montauk gebaut?").found
    closure = Article(
        title="Fermeture de l'usine",
        paragraphs=("L'usine de Florange a fermé hier après quarante ans d'activité.",),
        language="fr",
    )
    assert bold_in(closure, "Quand l'usine de Florange a-t-elle fermé ?") == "hier"
