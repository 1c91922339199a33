"""Declining a question that reuses the article's words but asks what it does not say."""

from __future__ import annotations

import pytest

from bot.reader.answer.decline import FEATURES, DeclineModel, decline_model, parse
from bot.reader.article import Article
from tests.reader.test_answer import ENVOY, FRENCH, ask


@pytest.mark.parametrize(
    ("article", "negated", "plain"),
    [
        (ENVOY, "Which country did not condemn the launches?", "Who condemned the launches?"),
        (FRENCH, "Qui n'a pas conçu le bâtiment ?", "Qui a conçu le bâtiment ?"),
    ],
)
def test_a_negated_question_about_what_the_article_says_plainly_is_declined(article, negated, plain) -> None:
    declined = ask(article, negated)
    assert not declined.found, f"answered {negated!r} (score {declined.score:.2f})"
    answered = ask(article, plain)
    assert answered.found, f"declined {plain!r} (score {answered.score:.2f})"
    assert declined.closest == answered.sentences[0]


@pytest.mark.parametrize(
    ("swapped", "plain"),
    [
        ("What did North Korea test off its west coast?", "What did North Korea test off its east coast?"),
        ("When did North Korea test long-range missiles?", "When did North Korea test short-range missiles?"),
    ],
)
def test_a_question_swapping_a_word_for_its_opposite_is_declined(swapped, plain) -> None:
    declined = ask(ENVOY, swapped)
    assert not declined.found, f"answered {swapped!r} (score {declined.score:.2f})"
    answered = ask(ENVOY, plain)
    assert answered.found, f"declined {plain!r} (score {answered.score:.2f})"
    assert declined.closest == answered.sentences[0]


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("What did officials not say?", "Officials did not say when"),
        ("What does Washington harbour no intent of?", "The envoy said Washington harbours no hostile intent"),
    ],
)
def test_a_negated_question_about_a_sentence_saying_the_same_negation_is_answered(question, start) -> None:
    answer = ask(ENVOY, question)
    assert answer.found, f"declined {question!r} (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith(start)


def test_a_question_moving_a_fact_to_another_time_is_declined() -> None:
    # The article says Pyongyang has ignored offers "since then", and that the talks collapsed after
    # meetings "between 2018 and 2019": nothing about what it accepted before.
    moved = "What did Pyongyang accept before the talks collapsed?"
    declined = ask(ENVOY, moved)
    assert not declined.found, f"answered {moved!r} (score {declined.score:.2f})"
    answered = ask(ENVOY, "What has Pyongyang ignored since the talks collapsed?")
    assert answered.found and answered.sentences[0].text == "Since then Pyongyang has ignored offers of dialogue."


def test_a_why_question_with_a_negation_is_still_answered() -> None:
    answer = ask(ENVOY, "Why didn't the talks between Trump and Kim Jong Un last?")
    assert answer.found, f"declined (score {answer.score:.2f})"


def test_the_shipped_decline_table_reads_back_as_written() -> None:
    model = decline_model()
    assert len(model.weights) == len(FEATURES) and 0 < model.cut < 1
    assert parse(model.to_tsv("provenance\nsecond line")) == model


def test_a_decline_table_missing_a_feature_is_refused() -> None:
    ones, zeros = (1.0,) * len(FEATURES), (0.0,) * len(FEATURES)
    text = DeclineModel(0.0, ones, zeros, ones, cut=0.5, threshold=0.25).to_tsv("")
    without = "\n".join(line for line in text.splitlines() if not line.startswith(f"{FEATURES[-1]}\t"))
    with pytest.raises(ValueError, match=FEATURES[-1]):
        parse(without)


BAND = Article(
    title="The band reunites with its former singer",
    paragraphs=(
        "The band will reunite with former frontman Michael Reed for a North American tour next summer.",
        "Singer-guitarists Tom Jones and Pat Simmons and keyboardist Reed will tour together for the first time "
        "in nearly 25 years.",
        "\u201cYou might remember him from his band,\u201d Simmons said.",
    ),
)


def test_a_post_the_article_never_names_is_declined() -> None:
    """"Who is the band's drummer?" about an article naming no drummer (nor percussionist) is not
    answered with whoever the band's sentences name; the post it does name is answered."""
    declined = ask(BAND, "Who is the band's drummer?")
    assert not declined.found, f"answered with {declined.sentences[0].text!r} (score {declined.score:.2f})"
    assert "Michael Reed" in ask(BAND, "Who is the band's former frontman?").sentences[0].text


LAKE = Article(
    title="Divers return after the winter closure",
    paragraphs=(
        "Divers returned to Lake Morva on Saturday after a closure of three months.",
        "The deep lake fills an old granite quarry. The club that runs it has welcomed divers there since 1987.",
        "The club plans a new jetty that will stretch 40 metres into the water. Members say the water is clear "
        "enough to see the old quarry machines on the bottom.",
    ),
)


def test_a_how_much_question_whose_best_sentence_gives_no_figure_is_declined() -> None:
    """"How deep is Lake Morva?" meets "The deep lake fills an old granite quarry": the sentence
    shares the question's words but gives no depth, nor does any sentence beside it or shown with it
    (the only length is the jetty's, a paragraph on), so the bot says the article doesn't say and
    shows it as a hint."""
    declined = ask(LAKE, "How deep is Lake Morva?")
    assert not declined.found, f"answered with {declined.sentences[0].text!r} (score {declined.score:.2f})"
    assert declined.closest is not None and declined.closest.text == "The deep lake fills an old granite quarry."
    answered = ask(LAKE, "How long will the jetty be?")
    assert answered.found and "40 metres" in answered.sentences[0].text


def test_a_how_long_question_is_answered_by_a_year_it_has_gone_on_since() -> None:
    """"Since 1987" answers "how long has it been": a year counts as the figure a duration asks."""
    answer = ask(LAKE, "How long has the club welcomed divers?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text == "The club that runs it has welcomed divers there since 1987."


RIGHTS = Article(
    title="Rights group counts the dead after fuel-price protests",
    paragraphs=(
        "At least 106 protesters in 21 cities have been killed since the protests began, the rights group said on Tuesday.",
        "“The authorities must end this brutal and deadly crackdown immediately,” said Philip Luther, Research "
        "and Advocacy Director for the Middle East and North Africa at Amnesty International.",
        "Hundreds of demonstrators blocked roads with their parked cars.",
    ),
)


def test_who_works_for_a_body_is_answered_by_the_post_held_there() -> None:
    """"Who works for Amnesty on the Middle East?" asks for a post, and the article never says
    "works": that verb alone missing is no reason to say the article doesn't say."""
    answer = ask(RIGHTS, "Who works for Amnesty on the Middle East?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert "Philip Luther" in answer.sentences[0].text


SHOWS = Article(
    title="Band adds dates",
    paragraphs=(
        "The band will play 12 more shows next year, starting in Austin on March 3.",
        "Tickets go on sale on Friday at 10 a.m. through the band's website.",
        "The singer said the new songs were written in a cabin in Montana.",
    ),
)


def test_a_word_is_not_bridged_through_a_sense_it_almost_never_has() -> None:
    """"go" is a noun ("a tour of duty") in none of WordNet's tagged uses, so "tickets go on sale"
    says nothing about a tour: where the tour ends, the article doesn't say."""
    declined = ask(SHOWS, "Where does the tour end?")
    assert not declined.found, f"answered with {declined.sentences[0].text!r} (score {declined.score:.2f})"
    answered = ask(SHOWS, "When do tickets go on sale?")
    assert answered.found and "Friday" in answered.sentences[0].text


CLINIC = Article(
    title="Doctors offer free flu shots at border camps",
    paragraphs=(
        "Doctors for Camp Closure, a recently formed group of physicians, offered to run a mobile flu clinic at the camps.",
        "The agency turned the offer down on Tuesday. Three children have died of the flu in custody since December 2018.",
    ),
)


def test_a_when_question_about_a_past_event_the_article_gives_no_date_for_is_declined() -> None:
    """"When was the group formed?" meets "a recently formed group": the sentence tells of the event
    but not when, and neither does any sentence beside it, so the bot says the article doesn't say
    and shows it as a hint; the event the article dates is answered."""
    declined = ask(CLINIC, "When was the group formed?")
    assert not declined.found, f"answered with {declined.sentences[0].text!r} (score {declined.score:.2f})"
    assert declined.closest is not None and declined.closest.text.startswith("Doctors for Camp Closure, a recently formed")
    answered = ask(CLINIC, "When did the agency refuse the offer?")
    assert answered.found and answered.sentences[0].text == "The agency turned the offer down on Tuesday."


HARBOUR = Article(
    title="Neuer Fischereihafen in Kiel eröffnet",
    paragraphs=(
        "Kiel (Deutschland), 21.10.2014 – Die Stadt Kiel hat ihren neuen Fischereihafen eröffnet.",
        "Der Hafen bietet Platz für 40 Kutter. Die Bauarbeiten dauerten zwei Jahre.",
    ),
    language="de",
)


def test_a_datelines_date_counts_nothing_a_how_many_question_asks() -> None:
    """"21.10.2014" in a news dateline is a date, not a count of fishermen: "Wie viele Fischer
    arbeiten im neuen Fischereihafen?" is declined with the dateline's sentence as the hint, while
    the count the article gives is answered, and the date still answers "wann"."""
    declined = ask(HARBOUR, "Wie viele Fischer arbeiten im neuen Fischereihafen?")
    assert not declined.found, f"answered with {declined.sentences[0].text!r} (score {declined.score:.2f})"
    assert declined.closest is not None and declined.closest.text.startswith("Kiel (Deutschland), 21.10.2014")
    assert ask(HARBOUR, "Wie viele Kutter passen in den Hafen?").sentences[0].text == "Der Hafen bietet Platz für 40 Kutter."
    assert ask(HARBOUR, "Wann wurde der Hafen eröffnet?").sentences[0].text.startswith("Kiel (Deutschland), 21.10.2014")


PONDS = Article(
    title="The park ponds of the old town",
    paragraphs=(
        "There are many small ponds in the town's parks. Most of them are emptied in November, to clean them of "
        "plants and mud.",
        "The largest pond was dug in the 18th century. Swans nest on its island every spring.",
        "A regulation of the river was called for in order to counteract the constant flooding of the lower town.",
    ),
)


def test_a_why_question_answered_by_a_purpose_is_answered() -> None:
    """A reason is often given as a purpose, with no cause word anywhere in the article ("in order to
    counteract the flooding", "..., to clean them"): the bot answers with it instead of saying the
    article doesn't say. A "why" whose sentence gives no reason nor purpose is still declined."""
    for question, start in (
        ("Why was the river regulated?", "A regulation of the river"),
        ("Why are the small ponds in the parks emptied in November?", "Most of them are emptied"),
    ):
        answer = ask(PONDS, question)
        assert answer.found, f"declined {question!r} (score {answer.score:.2f})"
        assert answer.sentences[0].text.startswith(start)
    declined = ask(PONDS, "Why do swans nest on the island?")
    assert not declined.found, f"answered with {declined.sentences[0].text!r}"


NETWORK = Article(
    title="The first time-sharing network",
    paragraphs=(
        "In 1965 a data network was designed to connect GE's four computer sales and service centers.",
        "There were 80,000 users of the network in the 1950s and early 1960s, most of them at universities.",
    ),
)


def test_a_decade_typed_with_an_apostrophe_is_the_articles_but_a_year_is_not() -> None:
    """A reader types "the 1950's" about "the 1950s": the article has that decade, so the question is
    answered. A year ("in 1955") is no decade, and "the 1970s" no typo of "the 1950s": the article
    has neither, and both are declined."""
    answer = ask(NETWORK, "How many users did the network have in the 1950's?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith("There were 80,000")
    for question in ("How many users did the network have in 1955?", "How many users did the network have in the 1970s?"):
        declined = ask(NETWORK, question)
        assert not declined.found, f"answered {question!r} with {declined.sentences[0].text!r}"
