"""The bold of a sentence holding several counts or names is the one the reader's own words ask for.

A reader counts in their own words ("kids" where the article writes "children"), asks a follow-up
whose borrowed words reach the count the previous answer gave ("and how many of them were
kids?"), and asks who did a thing of a sentence whose doer is introduced with a possessor in
apposition ("Steve Wynn, Donald Trump's hotelier buddy, pledged ..."): the bold is the count of
the thing asked, and the one who did it.
"""

from __future__ import annotations

from bot.reader.answer.followup import Turn
from bot.reader.answer.index import Answer
from bot.reader.answer.kinds import counted_words
from bot.reader.article import Article
from bot.reader.pipeline import ask, ask_in_turn

FLOOD = Article(
    title="Floods sweep the valley",
    paragraphs=(
        "More than 1,200 people have been taken to shelters since Tuesday, including about 400 children, "
        "the regional council said.",
        "The river rose two metres overnight and is expected to fall by the weekend.",
        "Schools in the valley will stay closed until Monday.",
    ),
    language="en",
)

CONCERT = Article(
    title="Stars stay away from the gala",
    paragraphs=(
        "Organisers of the gala are struggling to find singers willing to appear.",
        "Anna Berg, Tom Reed's longtime friend, reportedly pledged to bring the Riverside Choir.",
        "The choir has since said it will not take part.",
    ),
    language="en",
)


def bold(answer: Answer) -> str | None:
    assert answer.found, "declined"
    return answer.sentences[0].text[slice(*answer.phrase)] if answer.phrase else None


def test_a_count_in_the_readers_word_is_set_in_bold_beside_the_articles_word() -> None:
    assert bold(ask(FLOOD, "How many kids were taken to shelters?")) == "about 400"
    assert bold(ask(FLOOD, "How many people were taken to shelters?")) == "More than 1,200"


def test_a_follow_up_counting_another_group_sets_its_count_in_bold() -> None:
    first = ask(FLOOD, "How many people went to shelters?")
    assert bold(first) == "More than 1,200"
    previous = Turn("How many people went to shelters?", tuple(s.text for s in first.sentences))
    assert bold(ask_in_turn(FLOOD, "and how many of them were kids?", previous)) == "about 400"


def test_what_a_how_many_were_question_counts_is_the_plural_after_the_verb() -> None:
    assert counted_words("and how many of them were kids?", "en") == ["kids"]
    assert counted_words("How many were women?", "en") == ["women"]
    assert counted_words("How many were killed?", "en") == []


def test_the_owner_in_a_names_apposition_is_not_who_did_it() -> None:
    assert bold(ask(CONCERT, "Who promised to bring the Riverside Choir?")) == "Anna Berg"
