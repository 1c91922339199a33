"""Answers on German and French news tried as a new user would (trial 16): a sentence announcing
its answer with a colon brings the line it announces."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.extract.page import extract_article
from bot.reader.pipeline import ask

STRIKE_PARAGRAPHS = [
    "L'assemblée des enseignants s'est réunie mardi soir avec quatre-vingts collègues venus de trente écoles.",
    "Elle appelle à une grève le 24 septembre contre la réforme des retraites et à des assemblées dans les écoles.",
    "Pour recueillir les témoignages, l'assemblée a mis en place une boîte mail dédiée :",
    "temoignages.greve@example.org",
    "Elle appelle à envoyer les bilans de rentrée produits dans les établissements et les écoles.",
]


def test_a_sentence_ending_in_a_colon_is_shown_with_what_it_announces() -> None:
    article = Article("Grève", tuple(STRIKE_PARAGRAPHS), language="fr")
    answer = ask(article, "Quelle adresse mail ?")
    assert [s.text for s in answer.sentences[:2]] == [STRIKE_PARAGRAPHS[2], STRIKE_PARAGRAPHS[3]]


def test_an_address_a_page_sentence_announces_is_kept_while_a_contact_line_goes() -> None:
    """On a page, a line that is only a mail address is a contact line of the site and goes; the
    one a sentence of the story announces with a colon stays, and answers "what address?"."""
    body = "".join(f"<p>{p}</p>" for p in STRIKE_PARAGRAPHS)
    html = (
        "<html><head><title>Grève</title></head><body><article><h1>Grève</h1>"
        f"{body}<p>Contact :</p><p>redaction@example.org</p></article></body></html>"
    )
    article = extract_article(html, "https://syndicat.example/greve")
    assert "temoignages.greve@example.org" in article.paragraphs
    assert "redaction@example.org" not in article.paragraphs
    assert "temoignages.greve@example.org" in [s.text for s in ask(article, "Quelle adresse mail ?").sentences]
