"""Every summary method, by name: a summary of the length asked for that still reads well."""

from __future__ import annotations

import random

import numpy as np
import pytest
from sumy.summarizers.lex_rank import LexRankSummarizer

from bot.reader.article import Article
from bot.reader.summary.compose import DUPLICATE_COSINE, MAX_SHARE, Length, stands_alone, summarize
from bot.reader.summary.dom import document_model
from bot.reader.summary.features import centroid_similarity, cosine, term_matrix
from bot.reader.summary.learned import LearnedSummarizer, rank
from bot.reader.summary.methods import CANDIDATES, METHODS, rate
from bot.reader.summary.openers import needs_previous
from bot.reader.text.document import build_document
from tests.reader.test_summary import BRIDGE, FRENCH, PAIR

ALL_METHODS = list(METHODS)


@pytest.mark.parametrize("method", ALL_METHODS)
def test_every_method_gives_the_length_asked_for_and_reads_well(method: str) -> None:
    document = build_document(BRIDGE)
    similarity = cosine(term_matrix(document))
    for length in (*Length, 4):
        summary = summarize(document, length, method)
        chosen = [s.index for s in summary.selected]
        share = round(len(document.sentences) * MAX_SHARE)
        expected = min(length.sentences, share) if isinstance(length, Length) else length
        assert len(chosen) == expected, (method, length)
        assert summary.tldr not in summary.sentences
        assert [s.index for s in summary.sentences] == sorted(s.index for s in summary.sentences)
        assert not needs_previous(summary.tldr.text, "en")
        for sentence in summary.selected:
            assert stands_alone(sentence), sentence.text
            if needs_previous(sentence.text, "en"):
                assert sentence.index - 1 in chosen, (method, sentence.text)
        for a in chosen:
            for b in chosen:
                assert a == b or similarity[a, b] < DUPLICATE_COSINE


@pytest.mark.parametrize("method", ALL_METHODS)
def test_every_method_takes_a_leaning_sentence_only_with_its_predecessor(method: str) -> None:
    for article in (PAIR, FRENCH):
        document = build_document(article)
        for count in range(1, len(document.sentences) + 1):
            chosen = {s.index for s in summarize(document, count, method).selected}
            for sentence in summarize(document, count, method).selected:
                if needs_previous(sentence.text, document.language.code):
                    assert sentence.index - 1 in chosen, (method, sentence.text)


def test_the_methods_do_not_all_pick_the_same_sentences() -> None:
    document = build_document(BRIDGE)
    picks = {tuple(s.index for s in summarize(document, Length.MEDIUM, method).selected) for method in ALL_METHODS}
    assert len(picks) >= 3


def _long_page() -> Article:
    rng = random.Random(5)
    topics = ["bridge", "council", "repairs", "traffic", "budget", "river", "steel", "drivers", "shops",
              "harbour", "ferry", "school", "garden", "hospital", "station", "market"]
    sentences = [
        f"The {rng.choice(topics)} report number {i} mentions {' and '.join(rng.sample(topics, rng.randint(2, 6)))} today."
        for i in range(1000)
    ]
    return Article(title="A long report on the bridge budget",
                   paragraphs=tuple(" ".join(sentences[i:i + 10]) for i in range(0, 1000, 10)))


@pytest.mark.parametrize("method", ALL_METHODS)
def test_a_thousand_sentence_page_works_with_every_method(method: str) -> None:
    document = build_document(_long_page())
    assert len(document.sentences) == 1000
    summary = summarize(document, Length.LONG, method)
    assert len(summary.selected) == Length.LONG.sentences
    assert [s.index for s in summary.selected] == sorted(s.index for s in summary.selected)


def test_on_a_long_page_sumy_rates_the_most_central_sentences_above_the_rest() -> None:
    document = build_document(_long_page())
    ratings = rate(document, "lexrank")
    assert np.isfinite(ratings).all()
    candidates = np.argsort(-centroid_similarity(term_matrix(document)), kind="stable")[:CANDIDATES]
    others = np.setdiff1d(np.arange(len(ratings)), candidates)
    assert ratings[candidates].min() > ratings[others].max()


def test_the_learned_ranker_is_a_sumy_summarizer() -> None:
    document = build_document(BRIDGE)
    model = document_model(document)
    assert len(model.sentences) == len(document.sentences)
    assert [str(s) for s in model.headings][0] == BRIDGE.title
    picked = LearnedSummarizer()(model, "30%")
    assert len(picked) == round(len(document.sentences) * 0.3)
    indexes = [s.index for s in picked]
    assert indexes == sorted(indexes)
    best = set(np.argsort(-rank(document))[:len(picked)].tolist())
    assert set(indexes) == best
    assert len(LearnedSummarizer()(model, 2)) == 2


def test_sumy_sees_the_bots_sentences_and_tells_repeated_ones_apart() -> None:
    repeated = "The bridge will stay closed until the repairs are finished next year."
    article = Article(title="Bridge", paragraphs=(repeated + " Drivers must use the ring road.",
                                                  "Shops fear a quiet winter. " + repeated))
    document = build_document(article)
    model = document_model(document)
    assert [str(s) for s in model.sentences] == [s.text for s in document.sentences]
    assert len(model.paragraphs) == 2
    picked = LexRankSummarizer()(model, len(document.sentences))
    assert sorted(s.index for s in picked) == list(range(len(document.sentences)))
