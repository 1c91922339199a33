"""Questions in the reader's own words about article-like text, found on pages nobody tuned on
(trial 12a: a science page, a space page, a court report, a health study)."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold_in as _bold

MOON = Article(
    title="Plumes of a frozen moon are spewing water vapor",
    paragraphs=(
        "The moon's elusive water plumes seem to be real. A space telescope had spotted indirect signs "
        "of such plumes before.",
        "Ortiz and his colleagues used the W.M. Keck Observatory in Hawaii to study the moon, which "
        "astronomers regard as a good place to look for life.",
        "The researchers watched the moon for 17 nights, from February 2016 through May 2017.",
    ),
    language="en",
)


def test_an_answer_naming_a_place_after_initials_is_shown_whole() -> None:
    """Punkt ended the sentence at "W.M.", so the answer stopped short of the observatory's name."""
    answer = ask(MOON, "Which observatory did the team use?")
    assert answer.found
    assert "W.M. Keck Observatory in Hawaii" in answer.sentences[0].text


PROBE = Article(
    title=MOON.title,
    paragraphs=(
        *MOON.paragraphs,
        "Evidence of plumes keeps growing. The agency's Galileo probe measured a rise in the density of "
        "plasma during a flyby of the moon in 1997.",
        "The agency is developing a probe called Seeker, which is scheduled to launch in 2027. Seeker "
        "will orbit the planet and fly past the moon dozens of times.",
    ),
    language="en",
)


def test_a_phrasal_verb_of_launching_finds_the_launch() -> None:
    """"Lift off" is read as the one-word verb the article writes, "launch", not as the word "lift"."""
    answer = ask(PROBE, "When is the probe to the moon due to lift off?")
    assert answer.found
    assert "scheduled to launch in 2027" in answer.sentences[0].text


SIMULATION = Article(
    title="Physicists build the most detailed simulation of the universe",
    paragraphs=(
        "An international team has built the most detailed model of the universe to date. Their results "
        "are published in the December 2019 issue of a journal.",
        "The simulation ran on a supercomputer in Stuttgart for more than a year.",
        "The team is far from finished dissecting the model. They also plan to release all of the "
        "simulation's data publicly for astronomers across the world.",
    ),
    language="en",
)


def test_when_something_will_happen_is_declined_when_only_the_plan_is_told() -> None:
    """The article says the data will be released, not when: the sentence telling of the plan holds
    no date, nor does the sentence beside it, so the bot says the article doesn't say."""
    assert not ask(SIMULATION, "When will the simulation's data be released to the public?").found
    published = ask(SIMULATION, "When will the results be published?")
    assert published.found and "December 2019" in published.sentences[0].text


def test_a_name_with_a_middle_initial_is_bold_whole() -> None:
    study = Article(
        title="Cannabis use disorder is rising where the drug is legal",
        paragraphs=(
            "Rates of cannabis use disorder have risen in states where the drug is legal, a study found.",
            "Senior author Silvia S. Martins, associate professor of epidemiology at Columbia University, "
            "commented on the findings.",
        ),
        language="en",
    )
    assert _bold(study, "Who was the senior author of the study?") == "Silvia S. Martins"


def test_a_decade_written_with_mid_is_bold_as_the_date() -> None:
    later = Article(
        title=PROBE.title,
        paragraphs=("The agency is developing a probe called Seeker, which is scheduled to launch in the "
                    "mid-2020s.",),
        language="en",
    )
    assert _bold(later, "When is Seeker scheduled to launch?") == "mid-2020s"


def test_a_time_of_day_is_no_count() -> None:
    """"4 p.m." beside a "how many" question's words is when the shift began; the count is "six of the 20"."""
    shifts = Article(
        title="Prison guards charged",
        paragraphs=(
            "Ten of the 18 workers who reported for duty on the night shift were working overtime.",
            "On the previous shift, 4 p.m. to midnight, six of the 20 staffers were working overtime.",
        ),
        language="en",
    )
    assert _bold(shifts, "How many employees were on overtime on the previous shift?") == "six of the 20"


def test_half_of_a_group_answers_what_share() -> None:
    survey = Article(
        title="Cannabis use disorder is rising where the drug is legal",
        paragraphs=(
            "Researchers looked at surveys completed by 505,796 people between 2008 and 2016. Of the "
            "participants, just over half were female, 77 percent were aged 26 or above, and 65 percent "
            "were white.",
        ),
        language="en",
    )
    assert _bold(survey, "What share of the participants were women?") == "just over half"


def test_a_word_spelt_the_british_way_is_the_articles_word() -> None:
    """"Theatre" is the article's "theater", the same word, and weighs as much as "new" and "open"."""
    council = Article(
        title="Council sets dates for new buildings",
        paragraphs=(
            "The city council met on Monday to discuss the budget for the new buildings.",
            "The new pool will open to swimmers in 2023, after a long delay.",
            "The theater will open in 2021, the council said.",
            "The theater's first show has not been chosen.",
        ),
        language="en",
    )
    answer = ask(council, "When will the new theatre open?")
    assert answer.found
    assert answer.sentences[0].text == "The theater will open in 2021, the council said."
