"""Questions in the reader's own words about untuned English pages (trial 26en: newspaper's test
pages of Reuters, Vanity Fair, the Daily Beast and the Globe and Mail, fundus's Gateway Pundit and
WorldTruth), and the questions the articles cannot answer, which must be declined. The articles
here are written for the tests, in the pages' forms."""

from __future__ import annotations

from bot.reader.answer.dates import asks_when_one_event
from bot.reader.answer.followup import Turn, is_followup
from bot.reader.answer.kinds import is_number
from bot.reader.answer.measures import asks_how_long, measure_spans
from bot.reader.article import Article
from bot.reader.pipeline import ask, ask_in_turn

INTERVIEW = Article(
    title="The actress explains her breakups",
    paragraphs=(
        "The actress stopped by a radio show on Wednesday.",
        "She offered less glowing remarks about Ben Crane, whom she dated and co-starred with in the 2000 drama Bounce.",
        "She was married to Tom Reyes for ten years.",
    ),
    language="en",
)


def test_how_long_needs_a_length_of_time() -> None:
    """"How long did she date Affleck?" was answered by "whom she dated ... in the 2000 drama
    Bounce": a year is no length of time, and only one answers "how long"."""
    assert not ask(INTERVIEW, "How long did she date Ben Crane?").found
    assert "ten years" in ask(INTERVIEW, "How long was she married to Tom Reyes?").sentences[0].text


def test_what_time_asks_when_one_event() -> None:
    """"What time did the plane take off?" was answered by the sentence on its "real-time" engine
    monitoring: asked of one event, "what time" is "when", and a sentence with no time or date in
    its reach does not answer it (`AnswerIndex.support`). A habit's time is no one event."""
    assert asks_when_one_event("What time did the plane take off?")
    assert asks_when_one_event("At what time was the alarm raised?")
    assert not asks_when_one_event("What time do the shops open?")


SUPPLEMENT = Article(
    title="The mother of all antioxidants",
    paragraphs=(
        "Glutathione is a simple molecule produced naturally in the body.",
        "One would think it would be easy just to take glutathione as a pill, but the body digests protein.",
        "Selenium helps the body recycle glutathione.",
    ),
    language="en",
)
CRASH = Article(
    title="Crash on the highway",
    paragraphs=("Two cars collided on the highway on Sunday. One was killed and two were hurt.",),
    language="en",
)


def test_one_opening_a_sentence_before_a_modal_is_anyone() -> None:
    """"How much glutathione should I take a day?" was answered by "One would think it would be easy
    just to take glutathione as a pill": that "One" is anyone, no amount. A count opening a
    sentence still counts."""
    assert not ask(SUPPLEMENT, "How much glutathione should I take a day?").found
    assert ask(CRASH, "How many were killed in the crash?").sentences[0].text.startswith("One was killed")


CREW = Article(
    title="Missing plane",
    paragraphs=(
        "The plane disappeared after its pilot failed to get permission to fly higher.",
        "The Indonesian pilot was experienced, the airline said. The co-pilot was French.",
        "The Hubble telescope took the picture.",
    ),
    language="en",
)


def test_a_nationality_is_no_name() -> None:
    """"What was the pilot's name?" was answered by "The Indonesian pilot was experienced": a
    nationality before the noun, or after "was", names no one. A name there still does."""
    assert not ask(CREW, "What was the pilot's name?").found
    assert ask(CREW, "What is the telescope called?").found


TIPS = Article(
    title="Nine tips to raise your glutathione",
    paragraphs=(
        "6. Methylation nutrients. These are perhaps the most critical to keep the body producing glutathione.",
        "7. Selenium. This important mineral helps the body recycle and produce more glutathione.",
    ),
    language="en",
)


def test_this_and_the_asked_noun_points_at_the_answer() -> None:
    """"Which mineral helps recycle glutathione?" was answered by "This important mineral helps the
    body recycle ...", without the mineral: a pointing word leading the noun a "which" question
    asks for goes on about the one the sentence before names, shown first."""
    shown = ask(TIPS, "Which mineral helps recycle glutathione?").sentences
    assert [s.text for s in shown[:2]] == ["Selenium.", "This important mineral helps the body recycle and produce more glutathione."]


OIL = Article(
    title="What to watch in 2015",
    paragraphs=(
        "Collapsing oil prices are poised to reverberate across 2015.",
        "If current pricing sticks, global producers will lose over a trillion dollars in annual profits.",
        "Oil-exporting nations, Canada among them, naturally suffer.",
        "The government sent $5 million in aid to the farmers.",
    ),
    language="en",
)


def test_a_sum_of_money_is_no_amount_of_stuff() -> None:
    """"How much oil does Canada produce?" was answered by "producers will lose over a trillion
    dollars": a sentence whose only figure is a sum of money, and which never names the oil, tells
    no amount of it. A sum beside the stuff still answers."""
    assert not ask(OIL, "How much oil does Canada produce?").found
    assert "$5 million in aid" in ask(OIL, "How much aid did the farmers get?").sentences[0].text


RADIO = Article(
    title="The actress on her exes",
    paragraphs=(
        "The actress offered less glowing remarks about Ben Crane, whom she dated in 2000.",
        "Paltrow said that she approves of Crane's wife, Jennifer Garner, and has spent some time with her.",
        "Paltrow also opened up about her friends, saying they are the greatest people.",
    ),
    language="en",
)


def test_about_a_pronoun_follows_up_though_the_speaker_is_named() -> None:
    """"What did Paltrow say about her?" after "Who is Affleck married to?" was declined: naming the
    speaker made it a fresh question, and "her" stood for no one. Ending on "about" and a pronoun,
    it asks about the one the turn before named."""
    first = ask_in_turn(RADIO, "Who is Crane married to?", None)
    turn = Turn("Who is Crane married to?", tuple(s.text for s in first.sentences))
    answer = ask_in_turn(RADIO, "What did Paltrow say about her?", turn)
    assert answer.found and "Jennifer Garner" in answer.sentences[0].text
    assert is_followup("What did Paltrow say about her?", "en")
    assert not is_followup("What did Paltrow say about Jennifer Garner?", "en")


PROTESTS = Article(
    title="Zelensky considers firing his top general",
    paragraphs=(
        "Today (19), reports arise that Zelensky is considering firing ‘the Butcher’ Oleksandr Syrsky, as he "
        "tries to quell the biggest military crisis of his presidency.",
        "Zelensky is said to be meeting senior military commanders to assess the battlefield situation.",
        "Dmytro Koziatynskyi, a military veteran who organised the demonstrations, wrote on X that the "
        "movement’s primary demand was Syrsky’s dismissal.",
    ),
    language="en",
)


def test_a_day_before_a_bracketed_number_is_no_one_of_that_age() -> None:
    """"How old is he?" was answered by "Today (19), reports arise ...": "(19)" after a day word
    is the date, as "Nov. 5," is, not the age a name takes in brackets."""
    assert not ask(PROTESTS, "How old is he?").found
    assert not ask(PROTESTS, "How old is Koziatynskyi?").found
    assert measure_spans("Patrick Carlineo Jr., 55, was arrested.", is_number)["age"]


def test_how_long_asks_a_length_of_time_only_of_a_span() -> None:
    """"How long will the jetty be?" asks a length in metres; "how quickly" a rate."""
    assert asks_how_long("How long did she date Affleck?")
    assert not asks_how_long("How long will the jetty be?")
    assert not asks_how_long("How quickly is the crisis spreading?")
