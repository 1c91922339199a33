"""Follow-ups answered beside the sentence just shown, through the real reading pipeline: "and X?"
finds the fact set beside the one shown, with X's own value in bold; "who wrote it?" stays with
the thing the turn was about; "he" after a quotation is whom the question asked about; a
follow-up the shown sentence holds no word of goes on to the sentence of its paragraph that does;
"who else" names someone the conversation has not."""

from __future__ import annotations

from bot.reader.answer.followup import Turn, question_to_match
from bot.reader.article import Article
from bot.reader.pipeline import ask_in_turn


def _article(*paragraphs: str) -> Article:
    return Article(title="Test", paragraphs=paragraphs, language="en", url=None)


def _turn(article: Article, question: str, previous: Turn | None = None) -> tuple[str, str | None, Turn]:
    """The first sentence shown for the question, its bold phrase, and the turn the next question leans on."""
    answer = ask_in_turn(article, question, previous)
    assert answer.found, question
    first = answer.sentences[0].text
    bold = first[answer.phrase[0]:answer.phrase[1]] if answer.phrase else None
    matched = question_to_match(question, previous, "en")
    return first, bold, Turn(matched, tuple(s.text for s in answer.sentences))


STADIUM = _article(
    "The city council approved the new stadium on the river on Monday after a long debate.",
    "Within a decade, the stadium's upkeep will have cost the city more than 90 million euros. "
    "Its running costs will reach 12 million euros next year, twice the old ground's, the treasurer said.",
    "Ticket prices will rise for adults in 2026 and for children in 2028.",
    "Fans of the old ground have collected signatures against the move this year.",
)


def test_and_x_finds_the_fact_beside_the_one_shown() -> None:
    first, _, turn = _turn(STADIUM, "How much will the stadium cost the city next year?")
    assert "12 million euros" in first
    beside, bold, _ = _turn(STADIUM, "And in ten years?", turn)
    assert "more than 90 million euros" in beside
    assert bold is not None and "90 million" in bold


def test_and_x_in_the_sentence_shown_bolds_the_value_beside_x() -> None:
    first, bold, turn = _turn(STADIUM, "When will ticket prices rise for adults?")
    assert "for children in 2028" in first and bold == "2026"
    same, bold, _ = _turn(STADIUM, "And for children?", turn)
    assert same == first
    assert bold == "2028"


NOVEL = _article(
    "In the 1998 novel Night Harbour, newly translated into English by Anna Berg, the Danish author "
    "Jens Holm tells of a fishing town in decline.",
    "Holm worked as a fisherman before his first novel. Critics in Denmark praised Night Harbour "
    "for its quiet tone. Readers in Norway and Sweden bought the novel in its first year. The English "
    "edition of Night Harbour sold well in Ireland.",
    "A letter written by a sailor in 1911 hangs in the museum of Esbjerg.",
)


def test_who_wrote_it_stays_with_the_thing_the_turn_was_about() -> None:
    first, _, turn = _turn(NOVEL, "Who translated the novel?")
    assert "Anna Berg" in first
    author, _, _ = _turn(NOVEL, "Who wrote it?", turn)
    assert author == first


GUIDE = _article(
    "The guide Coastal Walks came out in May from a small press in Cork. It covers forty walks along "
    "the northern shore, each with a sketch map. Readers will find no glossy images in it, only the "
    "author's notes.",
    "It costs 20 euros.",
)


def test_a_follow_up_goes_on_to_the_sentence_of_the_paragraph_holding_its_word() -> None:
    first, _, turn = _turn(GUIDE, "What is Coastal Walks?")
    assert "came out in May" in first
    later, _, _ = _turn(GUIDE, "Does it have pictures?", turn)
    assert "no glossy images" in later


READERS = _article(
    "Author Jane Roe got an adult library card as a teenager and started reading romance novels.",
    "She now writes two books a year.",
    "Durban author Mary Fox, who also got an adult library card at twelve, read every romance on the "
    "shelves of her town's small library before she turned fifteen.",
)


def test_who_else_names_someone_the_conversation_has_not() -> None:
    first, _, turn = _turn(READERS, "How did Jane Roe start reading romance?")
    assert "Jane Roe" in first
    _, _, turn = _turn(READERS, "How many books does she write?", turn)
    other, _, _ = _turn(READERS, "Who else got an adult library card?", turn)
    assert "Mary Fox" in other


ROADS = _article(
    "Senator Tom Harlan, a Nevada Republican who long opposed new taxes, voted for the road bill on Tuesday.",
    "“I think it is a fair price to pay for safer roads,” he said.",
    "The United States spends less on its roads than most rich countries, the report found.",
)


def test_he_after_a_quotation_is_whom_the_question_asked_about() -> None:
    first, bold, turn = _turn(ROADS, "What did Harlan say about the price?")
    assert "fair price" in first and bold is None
    state, _, _ = _turn(ROADS, "Which state is he from?", turn)
    assert "Nevada Republican" in state
