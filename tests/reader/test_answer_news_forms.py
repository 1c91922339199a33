"""Forms news writing takes that readers met in untuned trials: a role in an apposition after a
name, an age glued to the noun it describes, a "which day" question. Each asserts what the reader
sees: the sentence and the words in bold."""

from __future__ import annotations

from bot.reader.article import Article
from tests.reader.test_answer import ask, best_text, bold

HEARING = Article(
    title="Envoys testify on the third day of hearings",
    paragraphs=(
        "The committee closed its third public hearing on Tuesday, after eleven hours of testimony.",
        "Later in the day, Mark Feller, former special envoy to Vilnius, and Tom Harlow, another senior "
        "council aide, testified before the committee.",
        "Both men said the request had been unusual.",
    ),
)

CASE = Article(
    title="Feather bedding linked to a rare lung illness",
    paragraphs=(
        "A 51-year-old-woman began feeling short of breath weeks after she bought new feather pillows, "
        "according to a case report.",
        "Her doctor first suspected a chest infection and prescribed a week of rest.",
        "Tests later showed that her lungs were inflamed by the feathers.",
    ),
)


def test_the_name_an_apposition_describes_is_bolded_not_the_next_name_in_the_list() -> None:
    """"Feller, former special envoy to Vilnius, and Tom Harlow, …": the envoy is Feller."""
    assert bold(HEARING, "Who used to be the envoy to Vilnius?") == "Mark Feller"
    assert bold(HEARING, "Who is the council aide?") == "Tom Harlow"


def test_a_clause_after_a_comma_is_no_apposition() -> None:
    """"In Riga, the talks were led by Anna Berzina": Riga is where, not who."""
    article = Article(title="Talks", paragraphs=(
        "In Riga, the talks were led by Anna Berzina, the deputy minister.",
        "They ended without an agreement.",
    ))
    assert bold(article, "Who led the talks?") == "Anna Berzina"


def test_an_age_glued_to_its_noun_answers_how_old() -> None:
    """"A 51-year-old-woman" gives her age although the hyphens run on into the noun."""
    assert best_text(CASE, "How old was the patient?").startswith("A 51-year-old-woman")
    assert bold(CASE, "How old was the woman?").startswith("51-year-old")


def test_which_day_asks_for_a_date() -> None:
    assert bold(HEARING, "Which day did the hearing end?") == "Tuesday"


def test_who_speaks_for_a_body_finds_its_press_secretary() -> None:
    """A press secretary speaks for the body as much as a spokesman does."""
    article = Article(title="Hearing ends", paragraphs=(
        "The White House called the hearings a waste of time.",
        "\u201cToday's hearing changed nothing,\u201d White House Press Secretary Ellen Marsh said at the close.",
        "Republicans on the committee agreed.",
    ))
    assert bold(article, "Who speaks for the White House?") == "Ellen Marsh"


def test_a_count_of_other_things_does_not_answer_how_many() -> None:
    """"5 million face masks" beside "canceled flights" does not count the flights: the reader gets
    the flights sentence (or a decline), never the masks as the number of flights."""
    article = Article(title="Smog over the capital", paragraphs=(
        "The gray haze led to canceled flights, closed schools and a public health emergency. "
        "The government distributed 5 million face masks to schoolchildren.",
        "Forecasters expect the air to clear when the wind turns next week.",
    ))
    answer = ask(article, "How many flights were cancelled?")
    shown = (answer.sentences[0] if answer.found else answer.closest).text
    assert "masks" not in shown
    assert "canceled flights" in shown


def test_who_runs_a_government_finds_its_minister() -> None:
    """A chief minister runs a state's government; a founding director elsewhere does not."""
    article = Article(title="Smog over the capital", paragraphs=(
        "\u201cI was born and raised in Ranpur, and I never saw smog like this,\u201d said Asha Menon, founding "
        "director of the Ranpur Centre for Clean Air.",
        "Ranpur\u2019s Chief Minister Vikram Rao turned to Twitter to call his city a \u201cgas chamber.\u201d",
    ))
    assert bold(article, "Who runs Ranpur's government?") == "Vikram Rao"


HEARINGS = Article(title="Third day of hearings ends", paragraphs=(
    "The House concluded its third public hearing in the impeachment inquiry against the president on Tuesday.",
    "Both aides told lawmakers that the president's request to investigate a rival had been inappropriate.",
    "In the morning, Democratic lawmakers questioned Colonel Mark Feller, a Ukraine specialist, for six hours.",
    "Dozens of protesters gathered outside the building during the testimony.",
))


def test_how_many_is_declined_when_no_count_is_within_reach_of_the_best_match() -> None:
    """No number stands near "lawmakers": the article doesn't say how many voted, whatever else it counts."""
    answer = ask(HEARINGS, "How many lawmakers voted to impeach?")
    assert not answer.found
    assert answer.closest is not None


def test_a_count_in_words_still_answers_how_many() -> None:
    """"Dozens of protesters" answers how many protesters came, though it has no digits."""
    assert "Dozens of protesters" in best_text(HEARINGS, "How many protesters came?")


JAILED = Article(
    title="Activist starts hunger strike in prison",
    paragraphs=(
        "The activist was arrested in 2016 at his home in the capital.",
        "He was tried in secret and sentenced last April to four years in prison.",
        "His family says he has not been allowed a phone call since.",
    ),
)

ENCARCELADO = Article(
    title="Activista en huelga de hambre en prisión",
    paragraphs=(
        "El activista fue detenido en 2016 en su casa de la capital.",
        "Fue juzgado en secreto y sentenciado el pasado abril a cuatro años de prisión.",
        "Su familia dice que no ha recibido ninguna llamada desde entonces.",
    ),
    language="es",
)


def test_a_measure_of_the_counted_unit_answers_how_many() -> None:
    """"Four years in prison" counts the years "how many years" asks for: it was declined as a mere
    measure, with that sentence as the hint; "cuatro años" the same in Spanish."""
    assert "four years in prison" in best_text(JAILED, "How many years in prison did he get?")
    assert "cuatro años" in best_text(ENCARCELADO, "¿A cuántos años de cárcel lo condenaron?")
