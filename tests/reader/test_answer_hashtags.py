"""A question asking for a hashtag: the article shows the tag and seldom says "hashtag" (found in a
new-user trial on a foundation's statement, 2026-12-01: "What hashtag did supporters use?" was
declined while the closest sentence it showed held "#WeMissTurkey")."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold_in as _bold

RESTORED = Article(
    title="Access to the encyclopedia restored after two years",
    paragraphs=(
        "Access to the online encyclopedia was restored on Wednesday after a court ruled the block unconstitutional.",
        "During the block, readers and editors around the world shared messages of support with #MissYouAll "
        "and asked to work together again.",
        "The site's volunteers have written more than 300,000 articles in the country's language, the #1 source of its kind.",
        "Students said the block had come days before their final exams, when they needed the site most.",
        "The foundation that runs the site said its case before the European court is still being considered.",
        "It will keep its statement updated as more internet providers restore access.",
    ),
    language="en",
)

NO_TAGS = Article(
    title="Council closes the old bridge",
    paragraphs=(
        "The council voted on Tuesday to close the old bridge for two years of repairs.",
        "Residents protested outside the town hall and many of them posted photos of the bridge online.",
        "The repairs will cost 85 million euros, the council said.",
    ),
    language="en",
)


def test_a_hashtag_question_is_answered_with_the_tag_in_bold() -> None:
    answer = ask(RESTORED, "What hashtag did supporters use?")
    assert answer.found and "#MissYouAll" in answer.sentences[0].text
    assert _bold(RESTORED, "What hashtag did supporters use?") == "#MissYouAll"


def test_an_article_with_no_hashtag_does_not_say_which_one_people_used() -> None:
    assert not ask(NO_TAGS, "What hashtag did the protesters use?").found
