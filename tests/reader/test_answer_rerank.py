"""The learned reordering of the answer's candidates (`answer/rerank.py`): what a reader sees change."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from bot.reader import pipeline
from bot.reader.answer.index import AnswerIndex
from bot.reader.answer.rerank import FEATURES, parse, rerank_model
from bot.reader.text.document import build_document
from tests.reader.test_answer import ENVOY

# Wikinews, "France : PSA va supprimer 8 000 emplois", 12 July 2012 (CC BY 2.5, Wikinews
# contributors; bench/reworded/articles/fr-psa-emplois.txt), its first paragraph as published.
PSA_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>France : PSA va supprimer 8 000 emplois</title></head>
<body><article><h1>France : PSA va supprimer 8 000 emplois</h1>
<p>12 juillet 2012. - L'annonce est tombée ce matin, l'entreprise PSA Peugeot Citroën va supprimer pas moins
de 8 000 postes en France. Parmi ces coupes, on retrouve la fermeture annoncée de l'usine d'Aulnay-sous-Bois
d'ici à 2014, représentant la suppression de 3 000 emplois. L'entreprise prévoie également de supprimer
1 600 emplois dans son usine de Rennes, ainsi que 3 600 emplois dans l'administration, la recherche et
développement et le commerce. Le président du directoire de PSA, Philippe Varin, a précisé que « personne ne
sera laissé au bord du chemin » an ajoutant : « nous sommes conscients de nos responsabilités au cœur du tissu
industriel français ». La suppression de ces postes est due à une chute des ventes (15,2 % de moins pour le
marché européen au premier semestre 2012), ajoutée à une chute libre du titre en bourse (- 33 % pour le
premier semestre 2012 et - 60 % en 2011).</p>
</article></body></html>
"""
JOBS_QUESTION = "Combien de salariés vont perdre leur travail chez PSA ?"


def test_a_question_in_other_words_gets_the_sentence_that_answers_it_first() -> None:
    """"Salariés" and "perdre leur travail" are no words of the article's: by its words alone the
    hand ranking put Rennes's 1,600 jobs first, a part of the cuts; the learned order puts the
    8,000 posts the question asks about first."""
    article = pipeline.read_download(PSA_PAGE.encode("utf-8"), "text/html; charset=utf-8", "https://fr.wikinews.org/")
    answer = pipeline.ask_in_turn(article, JOBS_QUESTION, None)
    assert answer.found
    assert "8 000 postes" in answer.sentences[0].text
    hand = AnswerIndex(pipeline.document_of(article), reranker=replace(rerank_model(), overlap=0.0))
    assert "Rennes" in hand.answer(JOBS_QUESTION).sentences[0].text


def test_the_reranker_leaves_declining_to_the_hand_ranking() -> None:
    article = pipeline.read_download(PSA_PAGE.encode("utf-8"), "text/html; charset=utf-8", "https://fr.wikinews.org/")
    index = pipeline.answer_index_of(article)
    hand = AnswerIndex(index.document, reranker=replace(rerank_model(), overlap=0.0))
    assert index.answer(JOBS_QUESTION).score == hand.answer(JOBS_QUESTION).score


def test_a_question_in_the_article_s_own_words_keeps_the_hand_order() -> None:
    """The gate: where the best candidate holds most of the question's weight, the hand ranking is
    right more often than the model, and the scores are passed on untouched."""
    index = AnswerIndex(build_document(ENVOY))
    parts = index.parts("What did North Korea test?")
    scores = index.combine(parts, index.tuning)
    assert rerank_model().reorder(index, parts, scores) is scores


def test_the_shipped_table_reads_back_as_written() -> None:
    model = rerank_model()
    again = parse(model.to_tsv("provenance"))
    assert np.allclose(again.weights, model.weights, atol=1e-6)
    assert (again.top, again.overlap, again.narrow) == (model.top, model.overlap, model.narrow)
    assert len(model.weights) == len(FEATURES) + 1


def test_a_table_missing_a_column_is_an_error() -> None:
    text = "\n".join(line for line in rerank_model().to_tsv("").splitlines() if not line.startswith("tightness\t"))
    with pytest.raises(ValueError, match="tightness"):
        parse(text)
