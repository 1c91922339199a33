"""What answering keeps for speed (each word's terms, an article's postings, links and number
positions) never changes an answer: two articles asked in turn answer as each does alone."""

from __future__ import annotations

import pytest

from bot.reader.answer import terms
from bot.reader.answer.index import Answer, AnswerIndex
from bot.reader.answer.kinds import is_number
from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.text.language import language_for

# Two articles that share word forms with other meanings: English "die" and "bank" are content
# words, German "die" is an article and "Bank" is the bank itself.
HARBOUR = Article(
    title="Old harbour bank to close after 150 years",
    paragraphs=(
        "The Harbour Bank in Kellmouth will close its doors on 30 June, its owners said on Tuesday. "
        "The bank was founded in 1874 by a family of fishing merchants.",
        "About 40 people work at the bank. Its chief executive, Mary Holt, said the branch had "
        "lost half of its customers in ten years.",
        "Some fear the town centre will die without it. \"People come for the bank and stay for the "
        "shops,\" said Tom Reed, who runs a bakery on the square.",
    ),
)
BRIDGE_BANK = Article(
    title="Die Sparkasse am Rhein schließt ihre letzte Filiale",
    language="de",
    paragraphs=(
        "Die Sparkasse in Bonn schließt am 1. Juli ihre letzte Filiale am Rheinufer. Die Bank wurde "
        "1902 gegründet und hatte zuletzt 25 Mitarbeiter.",
        "Geleitet wird die Bank von Vorstandschefin Anna Berger. Sie sagte, die Kunden nutzten fast nur "
        "noch das Online-Banking.",
        "Die Stadt will in das Gebäude eine Bibliothek ziehen lassen.",
    ),
)
ENGLISH_QUESTIONS = (
    "When was the bank founded?",
    "How many people work at the bank?",
    "Who is the chief executive of the bank?",
    "What will die without the bank?",
    "Why is the branch closing?",
    "How many branches does the bank have in Paris?",
)
GERMAN_QUESTIONS = (
    "Wann wurde die Bank gegründet?",
    "Wie viele Mitarbeiter hat die Bank?",
    "Wer leitet die Bank?",
    "Was soll in das Gebäude ziehen?",
    "Wann schließt die Filiale?",
)


def _forget() -> None:
    """Empty every cache kept across articles, as in a process that has read nothing yet."""
    terms._TERMS.clear()
    terms._TOKENS.clear()
    is_number.cache_clear()


def _seen(answer: Answer) -> tuple:
    return (
        tuple(s.index for s in answer.sentences), answer.found, answer.closest and answer.closest.index,
        answer.score, answer.strengths, answer.phrase,
    )


def _alone(article: Article, questions: tuple[str, ...]) -> list[tuple]:
    _forget()
    index = AnswerIndex(build_document(article))
    return [_seen(index.answer(question, top=3)) for question in questions]


@pytest.mark.parametrize("first", ["en", "de"])
def test_two_articles_asked_in_turn_answer_as_each_alone(first: str) -> None:
    english, german = _alone(HARBOUR, ENGLISH_QUESTIONS), _alone(BRIDGE_BANK, GERMAN_QUESTIONS)
    assert any(seen[1] for seen in english) and any(seen[1] for seen in german)
    _forget()
    indexes = {"en": AnswerIndex(build_document(HARBOUR)), "de": AnswerIndex(build_document(BRIDGE_BANK))}
    asked = {"en": list(ENGLISH_QUESTIONS), "de": list(GERMAN_QUESTIONS)}
    turns = [first, "de" if first == "en" else "en"]
    found: dict[str, list[tuple]] = {"en": [], "de": []}
    while asked["en"] or asked["de"]:
        for code in turns:
            if asked[code]:
                found[code].append(_seen(indexes[code].answer(asked[code].pop(0), top=3)))
    assert found == {"en": english, "de": german}
    # Asked again, a question gets the answer it got the first time.
    assert _seen(indexes["en"].answer(ENGLISH_QUESTIONS[1], top=3)) == english[1]


def test_a_word_read_in_one_language_reads_afresh_in_another() -> None:
    _forget()
    german = terms.question_terms(language_for("de"), "die")
    english = terms.question_terms(language_for("en"), "die")
    _forget()
    assert terms.question_terms(language_for("en"), "die") == english == ["die"]
    assert terms.question_terms(language_for("de"), "die") == german == []


def test_counting_questions_answer_alike_in_any_order() -> None:
    """What an article keeps per counted thing (its things of a kind, where they stand near a
    number, whether its numbers count other things) answers each "how many" as a fresh index does."""
    questions = (
        "How many people work at the bank?",
        "How many branches does the bank have in Paris?",
        "How many customers did the branch lose?",
        "How many staff does the bank employ?",
        "How many people work at the bank?",
    )
    _forget()
    forward = [_seen(AnswerIndex(build_document(HARBOUR)).answer(question, top=3)) for question in questions]
    index = AnswerIndex(build_document(HARBOUR))
    backward = [_seen(index.answer(question, top=3)) for question in reversed(questions)]
    assert backward[::-1] == forward
    assert any(seen[1] for seen in forward)
