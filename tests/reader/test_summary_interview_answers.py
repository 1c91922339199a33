"""An interview's answers, labelled with the interviewee's name ("Weltermann: Krebs hat …"), are
someone's words, as quotations are: the TL;DR does not take one over the article's own sentence
saying who was asked about what (issue 15, an untuned Austrian interview page, 2026-12-01)."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.summary.compose import Length, summarize
from bot.reader.summary.quotation_pieces import interview_answers
from bot.reader.text.document import build_document

INTRO = "The Courier spoke with Anna Berg and Tom Lind about the plans for next summer."
ANSWERS = [
    "Berg: The ferry service will bring island patients to the clinic in forty minutes instead of three hours.",
    "Lind: We will run six boats a day from May, and the first week is free for everyone who lives there.",
    "Berg: Tickets for patients will be paid by the regional health fund, as the board decided.",
    "Lind: The old pier needs new planks, which the harbour board has promised by April.",
    "Berg: Winter storms are the risk, since the boats cannot sail in high waves.",
    "Lind: Then the helicopter takes over, as it did every winter before the boats.",
]
QUESTIONS = ["What does it change?", "When do the boats start?", "Who pays for the tickets?",
             "Is the pier ready?", "What about winter?", "And then?"]


def _article() -> Article:
    paragraphs = ["Update: the timetable was published on Monday by the harbour board.",
                  "It lists every crossing for the year.", INTRO]
    for question, answer in zip(QUESTIONS, ANSWERS):
        paragraphs += [question, answer]
    paragraphs += [f"The council discussed the plans again on day {n} of its spring session, and the members "
                   "agreed to review the timetable after the summer." for n in range(1, 30)]
    return Article(title="Ferry service for the island clinic", paragraphs=tuple(paragraphs), language="en")


def test_a_label_several_answers_open_with_marks_them_and_a_single_label_does_not():
    document = build_document(_article())
    flags = dict(zip((s.text for s in document.sentences), interview_answers(document)))
    assert all(flags[answer] for answer in ANSWERS)
    assert not flags["Update: the timetable was published on Monday by the harbour board."]
    assert not flags[INTRO]


def test_the_tldr_is_no_interviewees_answer():
    summary = summarize(build_document(_article()), Length.MEDIUM)
    assert summary.tldr.text not in ANSWERS
