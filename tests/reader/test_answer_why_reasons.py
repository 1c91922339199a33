""""Why" questions answered by the sentence that gives the reason, in the reader's own words, and
declined when no sentence near the best one gives any. The articles here are written for the tests."""

from __future__ import annotations

from bot.reader.answer.followup import Turn
from bot.reader.answer.reason_phrase import reason_span
from bot.reader.article import Article
from bot.reader.pipeline import ask, ask_in_turn
from tests.support.reading import bold_in

MARKET = Article(
    title="Harbour Town removes its floating market",
    paragraphs=(
        "The council of Harbour Town closed the floating market on the river last week after facing "
        "complaints from residents about noise and litter.",
        "The market had opened in 2015 and drew about 3,000 visitors every weekend. "
        "Traders said they would look for a new site in the spring.",
        "A new footbridge over the river is due to be opened in June.",
    ),
    language="en",
)


def test_a_reason_told_by_a_phrase_answers_why() -> None:
    """"after facing complaints", "amid", "in response to": a reason no cause word marks. The
    sentence holding it answers "why", asked fresh or right after the sentence was shown (a bare
    "why?" included, which was declined as if the sentence gave no reason); a bare
    "after" (a time) gives no reason, so the same question about the market's opening is declined."""
    answer = ask(MARKET, "Why was the floating market shut down?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith("The council of Harbour Town closed")
    shown = ask(MARKET, "What did the council close?")
    turn = Turn("What did the council close?", (shown.sentences[0].text,))
    followup = ask_in_turn(MARKET, "Why did they do it?", turn)
    assert followup.found and followup.sentences[0].text.startswith("The council of Harbour Town closed")
    bare = ask_in_turn(MARKET, "Why?", turn)
    assert bare.found and bare.sentences[0].text.startswith("The council of Harbour Town closed")
    declined = ask(MARKET, "Why did the market open in 2015?")
    assert not declined.found, f"answered with {declined.sentences[0].text!r}"


def test_a_time_set_for_something_is_no_reason() -> None:
    """"is due to be opened in June" says when, not why: "Why is the footbridge being built?" is
    declined, while "due to heavy rain" would give the reason."""
    declined = ask(MARKET, "Why is a new footbridge being built over the river?")
    assert not declined.found, f"answered with {declined.sentences[0].text!r}"


STRIKE = Article(
    title="Dockers end their strike",
    paragraphs=(
        "Dockers at the port of Selby ended their two-week strike on Monday. "
        "\"We have shown them that this port does not run without us, and everyone on the quay knows it,\" "
        "said Ana Brill, a crane driver.",
        "Shipping lines had diverted a dozen vessels to Hull during the stoppage.",
        "The Selby dockers gave up the strike because the port owners agreed to a 6 percent pay rise.",
    ),
    language="en",
)


def test_a_quotation_that_explains_nothing_gives_way_to_the_reason() -> None:
    """A quotation is often the speaker's why, but one beside the sentence telling the act, giving
    no reason itself, does not take the answer over from the sentence saying "because"."""
    answer = ask(STRIKE, "Why did the dockers at Selby end the strike?")
    assert answer.found
    assert "6 percent pay rise" in answer.sentences[0].text


def test_the_reason_is_set_in_bold() -> None:
    """The words after "because", "after facing", "weil", "parce que", "debido a" up to the end of their
    clause are the reason the reader reads first; the act the question names is not bold."""
    assert bold_in(STRIKE, "Why did the dockers at Selby end the strike?") == (
        "the port owners agreed to a 6 percent pay rise")
    assert bold_in(MARKET, "Why was the floating market shut down?") == (
        "complaints from residents about noise and litter")
    for code, sentence, reason in (
        ("de", "Das Freibad bleibt im Juli geschlossen, weil Rettungsschwimmer fehlen.", "Rettungsschwimmer fehlen"),
        ("fr", "L'usine ferme parce que les ventes ont chuté de moitié, selon la direction.",
         "les ventes ont chuté de moitié"),
        ("es", "El vuelo se retrasó debido a la niebla en Barajas.", "la niebla en Barajas"),
    ):
        start, end = reason_span(code, sentence)
        assert sentence[start:end] == reason


def test_a_reason_cut_short_or_told_without_a_marker_is_not_bold() -> None:
    """"because it." is no reason to read first, and a sentence telling its reason with no marker
    (a quotation) gets no bold rather than a guess."""
    assert reason_span("en", "They left because it.") is None
    assert reason_span("en", '"We have shown them," said Ana Brill.') is None


STABBING = Article(
    title="Teen charged in killing of pregnant neighbour",
    paragraphs=(
        "A 17-year-old girl from Reynosa lured a pregnant woman to her home on Tuesday.",
        "Once there, investigators said, Salinas beat Cartas to death with a blunt object. "
        "The motive, police said: obsessive love.",
        "The body was found in a shrub close to the house on Thursday.",
        "Reynosa is a border city in the northern part of Tamaulipas, Mexico.",
    ),
    language="en",
)


def test_a_sentence_naming_the_motive_answers_why() -> None:
    """"The motive, police said: obsessive love." gives the reason as "reason" or "cause" would."""
    answer = ask(STABBING, "Why did Salinas kill Cartas?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith("The motive")
