"""A unit before its number names which day or year, not how long: "during day one of the trial" or
"in the financial year of 2016/17" answers no "how long" question (seen on an untuned court report: "How long could she go to prison?" got
"day one" in bold once "prison" reached the article's "jail")."""

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold_in

_TRIAL = Article("Trial opens", (
    "Nomsa Dube had been on the state's radar long before the riots, her advocate said.",
    "This emerged during day one of the trial against the former mayor's daughter, who is accused of "
    "inciting violence through messages she posted during the unrest, which left 35 people dead.",
    "The unrest was sparked by the jailing of her father, after the court ordered that he must go to jail.",
    "Her lawyer said the case against her was weak and that she would be cleared of the charges.",
), language="en")


def test_day_one_of_a_trial_is_no_time_in_prison() -> None:
    assert not ask(_TRIAL, "How long could she go to prison?").found


def test_a_stay_in_days_is_still_how_long() -> None:
    article = Article("Hearing", (
        "On day two of the hearing, the judge heard the last witness for the defence.",
        "The hearing had lasted nine days by the time the judge adjourned it for the summer.",
        "Lawyers for both sides said they would file written arguments within a month.",
    ), language="en")
    assert bold_in(article, "How long did the hearing last?") == "nine days"


def test_a_financial_year_is_no_time_taken() -> None:
    article = Article("Lights", (
        "In the financial year of 2016/17, the municipal council decided to install solar lights in the streets.",
        "The council agreed to put up 155 poles, and each pole cost four million shillings.",
        "Before this project, which covers a distance of 6.2km, there were four streetlights around the bus stand.",
    ), language="en")
    assert not ask(article, "How long did the council take to decide?").found
