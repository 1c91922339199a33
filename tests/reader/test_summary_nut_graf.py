"""Issue 15 on untuned long features (features31, 2026-12-02): a long feature sets a scene and then
states what happened, to whom, when and how much, in its "nut graf"; the ranker, preferring long
sentences central to the whole text, took the TL;DR from the body. The first sentence of a long
text's opening that holds a number and a name now rates higher (`features.nut_graf`). Story written here."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.summary.compose import Length, summarize
from bot.reader.summary.features import NUT_GRAF_SENTENCES, nut_graf
from bot.reader.text.document import build_document

SCENE = ("The old man remembers how, as a boy, he pulled the barriers out of the ground at the border.",
         "Nobody wanted to hear the story any more: people lived and worked on both sides of a line that no longer mattered.")
LEANING = "Then, on 15 March 2020, it all came back."
FACT = "On Sunday, 15 March 2020, Governor Tobias Hans announced that the border with France would close the next morning."
WHO = ("a baker", "the tailor", "an old farmer", "two nurses", "the postman", "a student", "the priest", "a lorry driver",
       "the florist", "a fisherman", "the teacher")
DID = ("sold bread", "mended coats", "grew potatoes", "treated patients", "carried letters", "studied law", "rang bells",
       "hauled timber", "arranged tulips", "mended nets", "graded essays", "painted fences", "brewed beer")
WHERE = ("near the old mill", "by the church", "on the hill road", "at the clinic", "in the square", "behind the station",
         "along the canal", "at the harbour", "in the valley", "under the bridge", "beside the school", "at the market",
         "in the forest", "by the lake", "at the quarry", "near the castle", "on the island")


def _colour(i: int) -> str:
    """A sentence of the body's colour, as long as the fact and sharing the text's theme, no two alike."""
    return (f"For years {WHO[i % len(WHO)]} {DID[i % len(DID)]} {WHERE[i % len(WHERE)]} and rarely thought about "
            f"the line between the two countries.")


def _feature(*opening: str, body: int = NUT_GRAF_SENTENCES) -> Article:
    return Article(title="The return of old resentments",
                   paragraphs=(*opening, *(_colour(i) for i in range(body))))


def test_the_nut_graf_after_the_scene_is_the_tldr():
    document = build_document(_feature(*SCENE, FACT))
    assert nut_graf(document).nonzero()[0].tolist() == [2], "the first opening sentence naming someone and a date"
    assert summarize(document, Length.MEDIUM).tldr.text == FACT


def test_a_sentence_pointing_back_is_no_nut_graf():
    document = build_document(_feature(*SCENE, LEANING, FACT))
    assert nut_graf(document).nonzero()[0].tolist() == [3], "'Then, … it' leans on the scene; the fact after it counts"


def test_a_short_text_or_one_without_paragraphs_has_none():
    assert not nut_graf(build_document(_feature(*SCENE, FACT, body=40))).any(), "a news story states its facts first"
    unbroken = Article(title="Closed borders", paragraphs=(" ".join((*SCENE, FACT, *(_colour(i) for i in range(NUT_GRAF_SENTENCES)))),))
    assert not nut_graf(build_document(unbroken)).any(), "an unbroken text's lede has the 'opening' feature"
