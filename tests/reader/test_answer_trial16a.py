"""What a reader met on news pages nobody had tuned on (trial 16a: an ad campaign, a company hire, a
lost cat, a game's frame rate): a sale asked as a purchase declined, "how quickly" declined for want
of a figure, "how long was it gone" answered with miles, a follow-up shown the same sentence again."""

from __future__ import annotations

from bot.reader.answer.followup import Turn
from bot.reader.article import Article
from bot.reader.pipeline import ask, ask_in_turn
from tests.support.reading import bold


HIRE = Article(
    title="Ad platform names a mobile pioneer its strategy chief",
    paragraphs=(
        "The ad platform Brightline is adding mobile marketing pioneer Dana Kell as its first Chief Strategy Officer.",
        "Kell served as the CEO of Textwave, a mobile messaging company, from 2004 to 2014, selling Textwave to "
        "Ardent Systems in 2011. She led that company as it won clients including Ford and NBC.",
        "\u201cWe\u2019re excited to have Dana join our team, bringing her 25 years of experience,\u201d said the "
        "founder of Brightline.",
    ),
    language="en",
)


def test_who_bought_it_is_answered_by_the_sentence_saying_who_it_was_sold_to() -> None:
    """"Who bought Textwave?" met "selling Textwave to Ardent Systems", and the decline model read
    "sell" as the opposite of "buy" (as when a question swaps a fact) and declined."""
    answer = ask(HIRE, "Who bought Textwave?")
    assert answer.found
    assert "Ardent Systems" in answer.sentences[0].text
    assert bold(answer) == "Ardent Systems"


def test_and_in_what_year_after_who_bought_it_takes_the_sale_not_the_years_of_experience() -> None:
    """"And in what year?" shared the word "year" with "her 25 years of experience", which went
    first, though the sentence just shown says 2011."""
    first = ask(HIRE, "Who bought Textwave?")
    previous = Turn("Who bought Textwave?", tuple(s.text for s in first.sentences))
    answer = ask_in_turn(HIRE, "And in what year?", previous)
    assert answer.found
    assert "in 2011" in answer.sentences[0].text


CAMPAIGN = Article(
    title="Governor launches anti-meth ads",
    paragraphs=(
        "The state's meth crisis is \u201cgrowing at an alarming rate\u201d and affects every community, the "
        "governor said.",
        "The state paid an ad agency $449,000 for the campaign.",
    ),
    language="en",
)


def test_how_quickly_a_crisis_spreads_is_answered_without_a_figure() -> None:
    """"How quickly is the crisis spreading?" asks a pace, which "at an alarming rate" tells; it was
    declined because the article gives no length of time."""
    answer = ask(CAMPAIGN, "How quickly is the meth crisis spreading, according to the governor?")
    assert answer.found
    assert "alarming rate" in answer.sentences[0].text


CAT = Article(
    title="Cat found in New Mexico after going missing in Oregon",
    paragraphs=(
        "A black cat has been found wandering the streets of Santa Fe, New Mexico.",
        "A scan of the cat's microchip revealed that the cat had traveled more than 1,200 miles. It had been "
        "missing for five years in Portland, Oregon.",
    ),
    language="en",
)


def test_how_long_a_cat_was_gone_is_a_time_not_a_distance() -> None:
    """"How long was the cat gone?" was answered with "1,200 miles" in bold."""
    answer = ask(CAT, "How long was the cat gone?")
    assert answer.found
    assert bold(answer) == "five years"


def test_how_long_a_road_is_may_still_be_a_distance() -> None:
    road = Article(
        title="A new road",
        paragraphs=("The new road is 40 miles long. It took three years to build.",),
        language="en",
    )
    assert bold(ask(road, "How long is the new road?")) == "40 miles"


GAME = Article(
    title="The game doesn't run at a stable 60fps on Stadia",
    paragraphs=(
        "Chromecast users get a solid 30fps, while the Chrome browser gives an unstable 60fps.",
        "We recently traveled to Google\u2019s offices in London to try Stadia for ourselves. We called it "
        "\u201can incredible feat when it decides to work.\u201d",
    ),
    language="en",
)


def test_a_follow_up_about_it_goes_on_to_the_next_sentence_not_the_one_just_shown() -> None:
    """"What did they think of it?" after "Where did the writers try Stadia?" showed the London
    sentence again; the next one says what they thought."""
    first = ask(GAME, "Where did the writers try out Stadia?")
    assert "London" in first.sentences[0].text
    previous = Turn("Where did the writers try out Stadia?", (first.sentences[0].text,))
    answer = ask_in_turn(GAME, "What did they think of it?", previous)
    assert answer.found
    assert "incredible feat" in answer.sentences[0].text


def test_which_airline_bolds_the_airline_that_opens_the_sentence() -> None:
    """"Which airline will bring the cat home?" bolded "Portland": a sentence's first word was never
    taken for a name, even with the asked noun heading it ("American Airlines")."""
    article = Article(
        title="Cat flies home",
        paragraphs=("American Airlines offered to fly the cat to Portland, along with a member of the shelter.",),
        language="en",
    )
    assert bold(ask(article, "Which airline will bring the cat home?")) == "American Airlines"


def test_who_runs_the_company_bolds_the_person_not_the_post_just_filled() -> None:
    """"Who runs Brightline?" bolded "Strategy Officer" (after "Chief") rather than the founder."""
    article = Article(
        title="Brightline names a strategy chief",
        paragraphs=(
            "\u201cWe\u2019re excited to have Dana join our team as Chief Strategy Officer, bringing to Brightline her "
            "25 years of experience,\u201d said Avi Rubin, CEO and founder of Brightline.",
        ),
        language="en",
    )
    assert bold(ask(article, "Who runs Brightline?")) == "Avi Rubin"


GAME_REPORT = Article(
    title="Lynn: We needed to win this game",
    paragraphs=(
        "Chargers coach Anthony Lynn said the team\u2019s playoff hopes are slim after Monday night\u2019s loss to "
        "the Chiefs.",
        "Lynn said after the game that winning Monday night mattered most. Instead, they lost 24-17.",
        "At 4-7, including 2-6 in the AFC and 0-3 in AFC West, the Chargers would probably not make the playoffs.",
    ),
    language="en",
)


def test_a_teams_record_is_its_wins_and_losses() -> None:
    """"What is the Chargers' record?" matched "record" nowhere and ranked other sentences first."""
    assert bold(ask(GAME_REPORT, "What is the Chargers' record?")) == "4-7"


def test_the_final_score_is_the_sentence_with_the_score() -> None:
    """"What was the final score ...?" was declined: neither "final" nor "score" is in the article,
    which gives the numbers."""
    answer = ask(GAME_REPORT, "What was the final score of the game?")
    assert answer.found
    assert bold(answer) == "24-17"


def test_the_cats_name_is_the_name_written_before_the_cat() -> None:
    """"What is the cat's name?" showed "Officials will present the animal to Viktor Usov, the cat's
    original owner" with nothing in bold; "Sasha the black cat" names the cat."""
    article = Article(
        title="Cat found in New Mexico after going missing in Oregon",
        paragraphs=(
            "The animal shelter announced this week that Sasha the black cat was found wandering the streets.",
            "American Airlines offered to fly the cat to Portland. Officials will present the animal to Viktor "
            "Usov, the cat\u2019s original owner.",
        ),
        language="en",
    )
    answer = ask(article, "What is the cat's name?")
    assert "Sasha the black cat" in answer.sentences[0].text
    assert bold(answer) == "Sasha"


def test_a_games_final_score_is_the_last_score_its_sentence_gives() -> None:
    """A halftime lead comes before the final score in a report's sentence."""
    article = Article(
        title="Panthers hold on",
        paragraphs=("The Panthers beat the Seahawks, running up a 31-0 halftime lead and holding on to win 31-24.",),
        language="en",
    )
    assert bold(ask(article, "What was the final score against the Seahawks?")) == "31-24"
