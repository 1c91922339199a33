"""Questions in the reader's own words about article-like text, found on pages nobody tuned on."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask

SHELTER = Article(
    title="Thousands stranded at desert shelter as aid stalls",
    paragraphs=(
        "The Hadra shelter sits on a dry plain close to the northern border. The population of the "
        "Hadra shelter has grown since the spring and is put at around 12,000.",
        "The Hadra shelter, also known as the Wall, opened in 2016 when the crossing was closed. "
        "Aid convoys have reached it only twice this year.",
        "Officials said the shelter's water supply was running low and asked donors for help.",
    ),
    language="en",
)


def test_another_name_is_answered_by_the_sentence_that_gives_one() -> None:
    answer = ask(SHELTER, "What is the other name of the Hadra shelter?")
    assert answer.found
    text = answer.sentences[0].text
    assert "also known as the Wall" in text
    assert answer.phrase is not None
    assert text[answer.phrase[0]:answer.phrase[1]] == "the Wall"


def test_a_nickname_the_article_never_gives_is_declined() -> None:
    plain = Article(
        title=SHELTER.title,
        paragraphs=(SHELTER.paragraphs[0], "The Hadra shelter opened in 2016 when the crossing was closed.",
                    SHELTER.paragraphs[2]),
        language="en",
    )
    assert not ask(plain, "What is the nickname of the Hadra shelter?").found


def test_the_name_before_a_title_naming_an_organisation_is_bold() -> None:
    """"Name, a spokeswoman for Some Org, said": the apposition holds the organisation's name, and
    the person, not the organisation, answers "who speaks for"."""
    council = Article(
        title=SHELTER.title,
        paragraphs=(*SHELTER.paragraphs,
                    "Capt. Lena Marsh, a spokeswoman for Northern Relief, the regional aid mission, told "
                    "reporters that the convoys would resume next week."),
        language="en",
    )
    answer = ask(council, "Who is the spokesperson for the regional aid mission?")
    assert answer.found and answer.phrase is not None
    text = answer.sentences[0].text
    assert text[answer.phrase[0]:answer.phrase[1]] == "Lena Marsh"
