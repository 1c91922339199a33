"""Issue 15 on untuned long features (features29, 2026-12-02): a long feature states its facts in
its opening and spends the rest on colour; the ranker, preferring long sentences central to the
whole text, filled the summary from the body. A summary of a long text now shows two sentences of
its opening. Story written here."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.summary.compose import LONG_TEXT_SENTENCES, Length, summarize
from bot.reader.text.document import build_document

SCENE = "Amina waits at the bus stand, smiling."
FACT = "The council put up 155 solar lamps along the main road last year at a cost of 620 million shillings."
WHO = ("traders", "women selling vegetables", "fishermen", "bus drivers", "tailors", "shopkeepers", "students")
WHAT = ("stay at the evening market", "walk home through the market", "keep their stalls open at the market",
        "meet their customers at the market", "count the day's money at the market")
HOW = ("feeling safer than they ever did before", "talking with neighbours until late at night",
       "earning more than they earned in the dark years", "no longer afraid of the thieves who waited there")


def _colour(i: int) -> str:
    """A long sentence of the body, central to the text (its words recur), no two alike."""
    return (f"Many {WHO[i % len(WHO)]} and {WHO[(i + 3) % len(WHO)]} of the harbour town now {WHAT[i % len(WHAT)]} "
            f"and {WHAT[(i + 2) % len(WHAT)]} after sunset, {HOW[i % len(HOW)]} and {HOW[(i + 1) % len(HOW)]}.")


def test_a_long_texts_summary_shows_the_fact_its_opening_states():
    article = Article(title="After dark, the harbour town's market comes alive",
                      paragraphs=(SCENE, FACT, *(_colour(i) for i in range(LONG_TEXT_SENTENCES))))
    document = build_document(article)
    assert len(document.sentences) >= LONG_TEXT_SENTENCES
    summary = summarize(document, Length.MEDIUM)
    assert FACT in {s.text for s in summary.sentences}, "the opening's fact joins the list, not the TL;DR"
    assert len(summary.selected) == Length.MEDIUM.sentences
