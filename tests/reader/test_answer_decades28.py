"""A German decade without its century ("Technik aus den 90er-Jahren") among an article's dates
stopped the answer to any question asking when something still to come happens: the answer
stage read "90er" as a year and failed, and the chat ended with a traceback (extract28's trial on
fundus's MDR page, 2026-12-02). A page written here in that page's form."""

from __future__ import annotations

import pytest

from bot.reader import pipeline
from bot.reader.extract.page import extract_article

_PARAGRAPHS = (
    "Auch bei milden Temperaturen ist klar: Die nächste Hitzewelle wird kommen. So sind die älteren Straßenbahnen "
    "der Verkehrsbetriebe nicht auf Hitze ausgelegt und fallen bei sehr hohen Temperaturen teilweise aus.",
    "In Leipzig verklebte im Juni geschmolzene Fugenmasse die Schienen. Über mehrere Tage mussten die Trams stillstehen.",
    "Die in diesen Trams verbaute Technik stamme aus den 90er-Jahren, sagte ein Sprecher: "
    "\"Die Motoren können dann nicht mehr gekühlt werden.\"",
    "Neue Straßenbahnen hätten das Problem nicht. Von denen hat die Stadt aber noch nicht genug.",
)
_PAGE = ("<html><head><title>Hitze</title></head><body><article><h1>Hitze legt Bahnen lahm</h1>"
         + "".join(f"<p>{text}</p>" for text in _PARAGRAPHS) + "</article></body></html>")


@pytest.mark.parametrize("question", [
    "Wann wird die nächste Hitzewelle erwartet?",
    "Wann werden die neuen Straßenbahnen geliefert?",
])
def test_a_question_about_what_is_to_come_is_answered_or_declined_beside_a_decade(question: str) -> None:
    article = extract_article(_PAGE, "https://news.example/hitze")
    answer = pipeline.ask(article, question)
    assert not answer.found or answer.sentences
