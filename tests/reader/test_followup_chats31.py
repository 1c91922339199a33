"""Follow-ups in a chat (follow-up session 31): a "she" that is the question's subject stands for
whom the turn before named, not for a name later in the question; a "him" after an answer whose
bold is a description ("a Leeds resident") stands for the name written beside it; a pointing word
("dafür") is no word of the question's own. The articles here are written for the tests."""

from __future__ import annotations

from bot.reader.answer.followup import is_followup, name_apposed, own_words_first
from bot.reader.article import Article
from tests.support.reading import chat_turn


def _article(*paragraphs: str, language: str = "en") -> Article:
    return Article(title="Test", paragraphs=paragraphs, language=language, url=None)


UNION = _article(
    "Thousands of nurses at city hospitals are kept on rolling contracts, says a report by the Health Workers Union.",
    "It calls on the Board of Health, the regulator for the region, to require each hospital to publish its "
    "figures on temporary staff.",
    "Mara Lind, the union's general secretary, said patients would be shocked by the way staff are treated.",
    "\"The Board of Health should demand that hospitals disclose how many shifts are worked by temporary staff,\" "
    "Lind said.",
)


def test_a_subject_pronoun_before_a_name_points_back() -> None:
    assert is_followup("What does she want the Board of Health to do?", "en")
    assert not is_followup("What did Lind say about it?", "en")


def test_a_pronoun_in_a_clause_of_its_own_may_stand_for_the_name_after_it() -> None:
    assert not is_followup("How much of the health money he asked for did Governor Holt get?", "en")


def test_she_before_a_name_is_whom_the_turn_before_asked_about() -> None:
    _, turn = chat_turn(UNION, "Who is Mara Lind?")
    wanted, _ = chat_turn(UNION, "What does she want the Board of Health to do?", turn)
    assert "disclose how many shifts" in wanted


FLOOD = _article(
    "In the early hours of Sunday, the sky over the town went dark as the river burst its banks.",
    "Several streets were under water by the afternoon, local news reported.",
    "\"We had never seen the river this high, and now the whole street is under water,\" Tomas Berg, a Leeds "
    "resident who posted about the flood, said.",
    "According to Berg, the sky went really dark around 6 PM on Saturday.",
    "He said that in his twelve years of living on the street he had never had to leave his house.",
)


def test_him_after_a_description_in_bold_is_the_name_written_beside_it() -> None:
    posted, turn = chat_turn(FLOOD, "Who posted about the flood?")
    assert "Tomas Berg" in posted
    dark, _ = chat_turn(FLOOD, "When did it get dark for him?", turn)
    assert "6 PM" in dark


def test_a_pointing_word_is_no_word_of_the_question_s_own() -> None:
    candidates = ["Ihre Kunden zahlen dafür, dass sie Programme in HD empfangen.",
                  "Bedingung ist für den Endkunden eine Leitung mit mehr als 16 Mbit."]
    assert own_words_first("Und welche Leitung braucht man dafür?", candidates, "de")[0] == 1


def test_the_name_beside_a_description_is_a_full_name_not_a_place() -> None:
    def beside(text: str, described: str) -> str:
        start = text.index(described)
        return name_apposed(text, (start, start + len(described)), "en")

    assert beside("The bureau's director, Ana Ruiz, said so.", "director") == "Ana Ruiz"
    assert beside("In New York, a local man found the bag.", "a local man") == ""
    assert beside("Marseille, a port city, voted first.", "a port city") == ""
