"""Paraphrases from PPDB (issue 14, "different words for the same thing"): a question word the
article never uses reaches the article's word for it ("disappear" and "went missing"), and a word
the article does use keeps to it, so a paraphrase does not draw the answer to another sentence."""

from __future__ import annotations

from bot.reader.answer.bridges import bridges_for, loose_bridges_for
from bot.reader.answer.terms import question_terms
from bot.reader.article import Article
from bot.reader.pipeline import answer_index_of
from bot.reader.text.language import language_for

CAT = Article(
    title="A tabby comes home",
    paragraphs=(
        "Sasha, a grey tabby, went missing from a garden in Portland in May 2019. "
        "Her owners printed posters and searched the streets for weeks.",
        "A shelter in Seattle called them in July 2024. The shelter had read her microchip.",
    ),
    language="en",
)

MERGER = Article(
    title="Newspaper groups merge",
    paragraphs=(
        "The merger of the two newspaper groups was completed on Tuesday. "
        "The final price was $1.1 billion, and the papers keep their names.",
    ),
    language="en",
)


def _term(word: str) -> str:
    return question_terms(language_for("en"), word)[0]


def test_the_paraphrases_join_words_wordnet_leaves_apart() -> None:
    for asked, written in (("disappear", "missing"), ("completed", "final"), ("lamps", "lights")):
        assert _term(written) not in dict(bridges_for("en").near(_term(asked)))
        assert _term(written) in dict(loose_bridges_for("en").near(_term(asked)))


def test_a_word_the_article_never_uses_reaches_its_paraphrase() -> None:
    assert _term("missing") in dict(answer_index_of(CAT).links(_term("disappear")))


def test_a_word_the_article_uses_gets_no_paraphrase() -> None:
    index = answer_index_of(MERGER)
    assert _term("final") not in dict(index.links(_term("completed")))
    assert _term("final") in dict(answer_index_of(CAT).links(_term("completed")))
