"""A hover card about a linked name (the name again, a photo, the person's latest headlines, "MORE")
or a tooltip sits inside the sentence in the page's markup but never in what a reader sees: it must
not reach the paragraphs, the TL;DR or the summary."""

from __future__ import annotations

from bot.reader import pipeline
from bot.reader.extract.page import extract_article

STORY = """
<p>The service will run four times a day from December to March, and fares will not change.</p>
<p>The ferry carried about 900 passengers a day last winter, most of them commuters and pupils,
according to the operator's own figures, which it published in September.</p>
<p>Opponents said the money would be better spent on the bridge repairs the town has postponed
twice. A final vote on the budget is expected in January, when the council meets again.</p>
"""


def page(lede: str) -> str:
    return f"""<html><head><title>Council keeps the harbour ferry running</title></head><body>
<article><h1>Council keeps the harbour ferry running</h1>{lede}{STORY}</article></body></html>"""


CARD = (
    '<p>The town council led by mayor <span class="who"><a href="/people/ana-ruiz">Ana Ruiz</a>'
    '<span class="who-card"><img src="/img/ruiz.jpg" alt=""><a href="/people/ana-ruiz">Ana María Ruiz Vidal</a>'
    '<a href="/news/1">Council keeps the harbour ferry running</a> <a href="/news/2">Bridge repairs postponed again</a>'
    ' <a href="/people/ana-ruiz">MORE</a></span></span> (Greens) voted on Tuesday to keep the harbour ferry running through the winter.</p>'
)
TOOLTIP = (
    '<p>The town council led by mayor <a href="/people/ana-ruiz">Ana Ruiz</a><span role="tooltip">Ana María Ruiz '
    'Vidal, mayor since 2015</span><span style="display: none">Follow Ana Ruiz</span> (Greens) voted on Tuesday '
    'to keep the harbour ferry running through the winter.</p>'
)
LEDE = "The town council led by mayor Ana Ruiz (Greens) voted on Tuesday to keep the harbour ferry running through the winter."


def test_a_hover_card_about_a_linked_name_stays_out_of_the_lede_and_the_tldr() -> None:
    article = extract_article(page(CARD), "https://news.example/ferry")
    assert article.paragraphs[0] == LEDE
    assert pipeline.digest(article).summary.tldr.text == LEDE


def test_a_tooltip_and_hidden_text_stay_out_of_the_sentence() -> None:
    article = extract_article(page(TOOLTIP), "https://news.example/ferry")
    assert article.paragraphs[0] == LEDE


def test_two_links_to_the_same_place_in_a_sentence_both_stay() -> None:
    lede = ('<p>Councillor <a href="/people/ana-ruiz">Ana Ruiz</a> thanked the residents; '
            '<em>as <a href="/people/ana-ruiz">Ruiz</a> put it</em>, the ferry is the town.</p>')
    article = extract_article(page(lede), "https://news.example/ferry")
    assert article.paragraphs[0] == "Councillor Ana Ruiz thanked the residents; as Ruiz put it, the ferry is the town."
