"""What a reader met on news pages nobody had tuned on (trial 18a: an editorial on protests, a
team's defensive snap counts, a game review, a deals page): a "why" answered by a sentence that only
points back at its reason ("This caused ..."), a reason given as what someone was punished for, a
rate told against a count ("one miss for every 22 attempts"), "how many" met by a vague "many"
about something else, and "when will he be back?" about a page saying nobody knows."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold

REVIEW = Article(
    title="Starfall Knight review: a fine duel, a clumsy guard",
    paragraphs=(
        "Starfall Knight borrows its sword fights from older action games and mostly gets them right.",
        "Blocking is the weak point. Raising the shield takes almost a second, and a raised shield cannot "
        "be dropped early. This caused my counters to fail even when my timing was right.",
        "The maps are large and the fast travel points are few, so a lost path costs minutes.",
    ),
    language="en",
)

MATCH = Article(
    title="Harbor City defence notes: week 9",
    paragraphs=(
        "Harbor City beat Lakeside 21-17 on Sunday in a rough game for both secondaries.",
        "Safety depth was tested again, as Tom Reyes was ejected in the third quarter for a hit to the head, "
        "and Sam Ortiz left with a hamstring injury. Depth at the position has been thin all year due to injuries.",
        "Cornerback Jay Park has been steady against the run. He averages one miss for every 18 tackle attempts, "
        "the best mark on the team.",
        "Linebacker Dan Moss would come back from his ankle injury this week, but when he will return is still "
        "a question mark. Since Moss got hurt three weeks ago, rookie Lee Grant has started in his place.",
    ),
    language="en",
)

PROTEST = Article(
    title="Students march on the city hall",
    paragraphs=(
        "Thousands of students marched on the city hall on Saturday to protest against the new tuition fees.",
        "Police closed the square and used pepper spray against protesters who tried to pass the barriers. "
        "Many in the city will deplore the violence, and some blame a small group of protesters for it.",
        "The mayor said she would meet student leaders next week.",
        "The new fees add 400 dollars a year to the cost of a degree.",
    ),
    language="en",
)


def test_why_shows_the_reason_a_consequence_points_back_at() -> None:
    """"Why do the reviewer's counters fail?" was answered by "This caused my counters to fail ...",
    which names the failure and not its cause; the sentence before it holds the reason."""
    answer = ask(REVIEW, "Why do the reviewer's counters fail?")
    assert answer.found
    assert answer.sentences[0].text.startswith("Raising the shield takes almost a second")


def test_why_someone_was_thrown_out_is_what_he_was_ejected_for() -> None:
    """"Why was Tom Reyes thrown out of the game?" was answered by the next sentence, which holds
    "due to", above the one saying he "was ejected ... for a hit to the head"."""
    answer = ask(MATCH, "Why was Tom Reyes thrown out of the game?")
    assert answer.found
    assert "ejected in the third quarter for a hit to the head" in answer.sentences[0].text


def test_how_often_is_answered_by_a_rate_against_a_count() -> None:
    """"How often does Jay Park miss a tackle?" was declined: no sentence said "weekly" or
    "twice a game", and "one miss for every 18 tackle attempts" was no frequency."""
    answer = ask(MATCH, "How often does Jay Park miss a tackle?")
    assert answer.found
    assert bold(answer) == "one miss for every 18 tackle attempts"


def test_when_will_he_be_back_is_declined_where_the_page_says_nobody_knows() -> None:
    """The best match held "three weeks ago", the date of his injury; the page says when he will
    return "is still a question mark", and that sentence is the hint shown."""
    answer = ask(MATCH, "When will Dan Moss be back?")
    assert not answer.found
    assert answer.closest is not None and "still a question mark" in answer.closest.text


def test_how_many_is_not_answered_by_a_vague_word_about_something_else() -> None:
    """"How many protesters were arrested?" took "Many in the city will deplore the violence",
    beside the best match, as a count: its "many" counts no protesters."""
    assert not ask(PROTEST, "How many protesters did the police arrest?").found


def test_how_many_is_answered_by_a_vague_count_of_the_thing_asked() -> None:
    """A vague count beside the counted word still answers: "Thousands of students marched"."""
    answer = ask(PROTEST, "How many students marched on the city hall?")
    assert answer.found
    assert answer.sentences[0].text.startswith("Thousands of students marched")


def test_when_does_it_come_out_is_declined_without_a_date_in_reach() -> None:
    """"When does the game come out on consoles?" asks for one coming event, as "when will" does;
    it was answered by the review's sentence about players on consoles, which holds no date."""
    console = Article(
        title=REVIEW.title,
        paragraphs=(
            *REVIEW.paragraphs,
            "These flaws did not spoil my fun, and I met far fewer technical issues than players on consoles "
            "have, but the game will frustrate many of them.",
            "It is one of the best action games of this year, and the studio behind it was founded in 2010.",
        ),
        language="en",
    )
    assert not ask(console, "When does the game come out on consoles?").found


def test_who_captains_bolds_the_name_in_brackets_after_captain() -> None:
    """"Who captains the ship?" asks for the holder of the post its verb names, as "who leads"
    does; the bold fell on "Force", since a name right after the title was taken for someone the
    question's deed was done to ("Who mocked the US president?")."""
    crew = Article(
        title="Starfall Knight review",
        paragraphs=(
            "After teaming up with a retired pilot (Mara) who turned her back on the Guild, a grumpy freighter "
            "captain (Ozzo), and a tiny droid (K-7), the four travel between planets in Ozzo's old ship.",
        ),
        language="en",
    )
    assert bold(ask(crew, "Who captains the ship?")) == "Ozzo"


def test_when_will_is_not_answered_by_a_date_in_the_past() -> None:
    """"When will his trial start?" was answered by "... the murder of a girl in 1988", in a
    letter that also names 2023: a year before the newest the page names, or "weeks ago", tells
    of the past and answers no question about what is still to come."""
    letter = Article(
        title="Letters: The prosecutor is too lenient",
        paragraphs=(
            "The district attorney dropped special circumstances against Dale Ames, one involving his "
            "alleged murder of a girl in 1988, giving him the possibility of parole.",
            "She said her office would review all 41 local death-row cases by March 2023 and start an era "
            "of change.",
        ),
        language="en",
    )
    assert not ask(letter, "When will Dale Ames's trial start?").found
    assert ask(letter, "When did the girl die?").found


def test_who_bolds_the_person_not_the_team_owning_the_name() -> None:
    """"Who beat Patton in the backstroke?" bolded "Wichita Heights' Aidan Gantenbein": a school's or
    a firm's possessive before a name says whose the person is, and the person is who was asked."""
    results = Article(
        title="Boys state swim results",
        paragraphs=(
            "In the 100 yard backstroke, Ben Patton was beaten by Lakeview Heights' Aidan Gantenbein for first "
            "place at state.",
            "North High's Hugh McPherson won the 100 yard freestyle.",
        ),
        language="en",
    )
    assert bold(ask(results, "Who beat Patton in the backstroke?")) == "Aidan Gantenbein"
    assert bold(ask(results, "Who won the 100 yard freestyle?")) == "Hugh McPherson"


def test_which_player_did_it_bolds_the_name_the_sentence_opens_with() -> None:
    """"Which cornerback is still looking for his first pick?" asks for a person, but no kind: the
    answer, "Jay Park is still waiting for his first interception", bolded nothing."""
    story = Article(
        title="Harbor City defence notes",
        paragraphs=(
            "Harbor City beat Lakeside 21-17 on Sunday.",
            "Jay Park is still waiting for his first interception of the year, after a near miss on Sunday.",
        ),
        language="en",
    )
    assert bold(ask(story, "Which cornerback is still looking for his first pick of the year?")) == "Jay Park"


def test_who_bolds_the_name_before_a_capitalised_title_not_the_region_after_it() -> None:
    """"Who is the boss of the resort?" bolded "Asia Pacific" of "said David Udell, Group
    President, Asia Pacific, Hyatt": a title in capitals between commas is the name's apposition,
    as "a spokeswoman for Acme Foods" is."""
    release = Article(
        title="Seabird Resort opens on Lime Island",
        paragraphs=(
            "“We are pleased to bring our brand to the island with this resort,” said Dana Reyes, Group "
            "President, Asia Pacific, Seabird Hotels.",
        ),
        language="en",
    )
    assert bold(ask(release, "Who is the boss of the resort?")) == "Dana Reyes"


def test_which_paper_asks_for_the_name_of_one() -> None:
    """"Which paper got the leaked government papers?" asked no kind and bolded nothing in "As
    government documents leaked to the Daily Ledger have shown, ..."; a paper is named, as a
    company is."""
    story = Article(
        title="Leaked files on the dam project",
        paragraphs=(
            "As government documents leaked to the Daily Ledger have shown, the dam was approved without a survey.",
            "On Monday the Westland High Court halted the project until a survey is done.",
        ),
        language="en",
    )
    assert bold(ask(story, "Which paper got the leaked government papers?")) == "Daily Ledger"
