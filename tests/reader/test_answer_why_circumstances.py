"""A "why" is answered by the circumstances a time is given with: "during the 1970s, when ...".

"Why did mining grow in the 1970s?" was declined as told with no reason, where the article says
mining "grew quickly during the 1970s, when coal prices soared": what went on then is the reason
the reader asks for. A sentence giving a time without them still gives no reason.
"""

from __future__ import annotations

from bot.reader.answer.kinds import offers
from bot.reader.article import Article
from bot.reader.pipeline import ask
from bot.reader.text.language import language_for

TOWN = Article(
    title="A mining town's long century",
    paragraphs=(
        "The town was founded in 1850 by farmers from the east.",
        "Mining grew quickly during the 1970s, when coal prices soared and new seams were found near the river.",
        "Today most of the mines are closed, and the museum in the old pit head draws visitors.",
    ),
    language="en",
)


def test_why_is_answered_by_what_went_on_at_the_time_asked() -> None:
    answer = ask(TOWN, "Why did mining grow in the 1970s?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith("Mining grew quickly")


def test_a_time_given_with_its_circumstances_offers_a_reason_and_a_bare_time_none() -> None:
    english = language_for("en")
    assert offers(english, "Sales doubled in 2008, when the old rival went bankrupt.")["cause"]
    assert offers(english, "Mining grew quickly during the 1970s, when coal prices soared.")["cause"]
    assert not offers(english, "Mining grew quickly during the 1970s and 1980s.")["cause"]
    assert not offers(english, "The town was founded in 1850 by farmers from the east.")["cause"]
