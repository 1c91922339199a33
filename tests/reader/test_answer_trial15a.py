"""Questions in the reader's own words about news pages nobody tuned on (trial 15a: air pollution,
a moon-lander contract, a plague case, a lung illness, a dance show, an impeachment hearing)."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.answer.followup import Turn
from bot.reader.pipeline import ask_in_turn
from bot.reader.text.language import language_for
from tests.support.reading import bold_in as _bold


HEARING = Article(
    title="Impeachment hearing ends",
    paragraphs=(
        "In the morning, lawmakers questioned two aides about the phone call.",
        "Later in the day, Kurt Volker, former special envoy to Kyiv, and Tim Morrison, another top aide, "
        "testified before the powerful House committee.",
        "\"Today's hearing is over,\" White House Press Secretary Stephanie Grisham said at the conclusion "
        "of the testimonies.",
        "\"I was born and raised in Delhi,\" said Aseem Prakash, founding director of the Center for "
        "Environmental Politics at the University of Washington.",
    ),
    language="en",
)


def test_who_is_a_named_person_bolds_what_the_article_says_they_are() -> None:
    """"Who is Kurt Volker?" bolded the other name of the sentence, "Tim Morrison"."""
    assert _bold(HEARING, "Who is Kurt Volker?") == "former special envoy to Kyiv"
    assert _bold(HEARING, "Who is Aseem Prakash?") == (
        "founding director of the Center for Environmental Politics at the University of Washington"
    )


def test_who_is_a_named_person_bolds_the_title_before_the_name() -> None:
    assert _bold(HEARING, "Who is Stephanie Grisham?") == "White House Press Secretary"


def test_an_example_abbreviation_does_not_end_the_sentence() -> None:
    """"e.g." ended a sentence, so the answer stopped at "chest symptoms, e.g."."""
    sentences = language_for("en").sentences(
        "If you do get chest symptoms, e.g. breathlessness or cough, mention it to your doctor. Most don't."
    )
    assert sentences[0].endswith("mention it to your doctor.")


SHOW = Article(
    title="Actor voted off the dance show",
    paragraphs=(
        "James Van Der Beek has been eliminated from the dance competition.",
        "The former \"Dawson's Creek\" star, 42, was voted off the popular show on Monday in a tight race.",
        "Brooke tearfully asked before apologizing to the actor.",
    ),
    language="en",
)


def test_an_age_after_a_noun_for_the_person_answers_how_old() -> None:
    """News give the age after "the star" as after a name; the question was declined."""
    assert _bold(SHOW, "How old is the actor?") == "42"


FAMILY = Article(
    title="Actor's wife suffers a miscarriage",
    paragraphs=(
        "The elimination came in light of the actor's announcement that his wife, Kimberly, had suffered a "
        "miscarriage over the weekend.",
        "The actor shared a clip of the ultrasound on the show last month.",
    ),
    language="en",
)


def test_a_name_set_off_by_commas_after_its_noun_is_bolded() -> None:
    """"What is his wife called?" read "called" as the thing asked and bolded nothing."""
    assert _bold(FAMILY, "What is his wife called?") == "Kimberly"


DUVET = Article(
    title="A man developed feather duvet lung",
    paragraphs=(
        "Dempsey told the man to remove the new bedding from his home the very first time they spoke.",
        "Within days, the man began to improve. Subsequent treatment with steroids seemed to speed up "
        "his recovery, though Dempsey noted there's no definitive evidence that steroids will help with HP. "
        "Regardless, by the time he was weaned off treatment a year later, he was back "
        "to normal.",
        "It is not something you should be worried about if you sleep under a down-filled duvet.",
    ),
    language="en",
)


def test_when_bolds_a_time_told_from_another_one() -> None:
    """A sentence whose only time is "a year later" gave "when" no bold."""
    assert _bold(DUVET, "When was he weaned off the treatment?") == "a year later"


def test_a_followup_asking_when_is_not_answered_with_the_previous_answer_again() -> None:
    """"And when did he stop taking it?" showed the steroid sentence just shown, which holds no
    time; the next sentence of the story says when."""
    shown = (
        "Subsequent treatment with steroids seemed to speed up his recovery, though Dempsey noted there's no "
        "definitive evidence that steroids will help with HP."
    )
    previous = Turn("What drug did he take to recover faster?", (shown,))
    answer = ask_in_turn(DUVET, "And when did he stop taking it?", previous)
    assert answer.found
    assert "a year later" in answer.sentences[0].text


def test_a_long_apposition_is_bolded_up_to_its_last_preposition() -> None:
    hearing = Article(
        title="Impeachment hearing",
        paragraphs=(
            "In the morning, lawmakers grilled Jennifer Williams, a top national security aide to Vice President "
            "Pence on Trump's July 25 phone call with Ukrainian President Zelensky.",
            "Later in the day, two more witnesses testified before the committee.",
        ),
        language="en",
    )
    assert _bold(hearing, "Who is Jennifer Williams?") == "a top national security aide to Vice President Pence"


PLAGUE = Article(
    title="Hunter catches bubonic plague",
    paragraphs=(
        "A case of the bubonic plague was reported in China over the weekend. The patient had eaten a wild "
        "rabbit.",
        "The patient was hospitalized in the county of Huade, and 28 people were put under quarantine.",
    ),
    language="en",
)


def test_who_bolds_no_place() -> None:
    """"Who reported the case?" bolded "China" in "reported in China": a place is no answer to who.
    The sentence tells the report only in the passive, naming no one, so it is now declined
    (`answer.doer_left_out`)."""
    answer = ask_in_turn(PLAGUE, "Who reported the case?", None)
    assert not answer.found
    assert answer.closest is not None and answer.closest.text.startswith("A case of the bubonic plague")


def test_who_with_he_does_not_bold_the_person_he_stands_for() -> None:
    """"Who did he lose to?" bolded "Van Der Beek", the person "he" is."""
    show = Article(
        title="James Van Der Beek eliminated from the dance show",
        paragraphs=(
            "James Van Der Beek has been eliminated from the dance show.",
            "Van Der Beek was voted off on Monday. Van Der Beek thanked the judges.",
            "\"We lost the baby,\" Van Der Beek said of the weekend.",
        ),
        language="en",
    )
    assert _bold(show, "Who did he lose to?") is None
