"""Questions in a reader's own words from trial 28 (untuned English pages): a question taken for a
follow-up only by "the bank" that asks something new about the article's bank, a letter of "U.S."
taken for a name of the turn before, and a length of time written as "decade-long". The articles
are written for the tests."""

from __future__ import annotations

from bot.reader.answer.existence import thing_asked_to_exist
from bot.reader.answer.followup import Turn, names_of_turn
from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold_in, chat_turn

BANK = Article(title="Harbour Bank earns a record profit", paragraphs=(
    "Harbour Bank earned $2.1 billion in the third quarter, its chief executive Ana Brill said on Tuesday.",
    "Brill warned that banks are weighed down by rules from five or six regulators.",
    "Over the past two years, Harbour has paid out $900 million in settlements and fines.",
    "The lender opened 40 branches in the north this year and plans 20 more.",
    "In the same quarter, Harbour paid $300 million to settle charges by U.S. regulators that its traders "
    "had manipulated currency markets.",
), language="en")


def test_a_question_with_words_of_its_own_about_the_bank_is_answered_after_another() -> None:
    """"How much did the bank pay over the currency-rigging charges?" names "the bank", so it was
    taken for a follow-up pointing at a name the turn before wrote near "banks" ("Brill"), and
    declined because the sentence that answers names the bank "Harbour", not Brill. Its own words
    find that sentence alone: it stands on its own."""
    _, turn = chat_turn(BANK, "How many regulators does a bank answer to now?")
    shown, _ = chat_turn(BANK, "How much did the bank pay over the currency-rigging charges?", turn)
    assert "$300 million" in shown


def test_a_letter_of_an_abbreviation_is_no_name_of_the_turn() -> None:
    """"U" of "U.S." is no name a later "the bank" can point at: every sentence lacks it."""
    turn = Turn("Did Harbour admit the charges?", (BANK.paragraphs[4],))
    names = names_of_turn(turn, "en")
    assert "Harbour" in names
    assert "U" not in names and "S" not in names
    shown, _ = chat_turn(BANK, "How much has the bank paid in penalties over two years?", turn)
    assert "$900 million" in shown


HOTEL = Article(title="A convent becomes a hotel", paragraphs=(
    "About 18 miles along the coast road sits the village. "
    "The owner spotted the ruined convent from a boat in 1999 and bought it. After a lengthy "
    "decade-long restoration, it opened as a hotel in 2012.",
    "The restoration continues into the spa, where the nuns once made wine.",
    "A weeklong festival fills the village every August.",
    "A night in the hotel costs from $500.",
), language="en")


def test_a_length_of_time_written_as_an_adjective_answers_how_long() -> None:
    """"decade-long", "weeklong": the duration "How long did the renovation take?" asks for, which
    was declined as if the article told none."""
    assert bold_in(HOTEL, "How long did the renovation take?") == "decade-long"
    assert bold_in(HOTEL, "How long does the festival last?") == "weeklong"


def test_a_distance_beside_the_purchase_is_no_price() -> None:
    """"How much did the owner pay for the convent?": the sentence telling the purchase gives no
    sum, and the one before it gives "18 miles", whose number (and the Spanish "miles", thousands,
    read as a count in an English text) passed for one. The article doesn't say; the nightly price
    is still found."""
    assert not ask(HOTEL, "How much did the owner pay for the convent?").found
    assert bold_in(HOTEL, "How much does a night in the hotel cost?") == "$500"


def test_is_there_a_thing_the_article_never_mentions_is_declined() -> None:
    """"Is there a gym at the hotel?": the article tells of the hotel and never of a gym, and a
    sentence about the hotel was shown as the answer. A thing it does mention is found."""
    assert not ask(HOTEL, "Is there a gym at the hotel?").found
    assert ask(HOTEL, "Is there a spa at the hotel?").found


def test_the_thing_asked_to_exist_in_four_languages() -> None:
    """The thing of "is there ...?" in each language the bot asks it in; no thing for "who is there?"."""
    assert thing_asked_to_exist("Is there a gym at the hotel?", "en") == "gym"
    assert thing_asked_to_exist("Are there any vegetarian dishes?", "en") == "vegetarian dishes"
    assert thing_asked_to_exist("Gibt es einen Parkplatz am Hotel?", "de") == "Parkplatz"
    assert thing_asked_to_exist("Y a-t-il une piscine à l'hôtel ?", "fr") == "piscine"
    assert thing_asked_to_exist("¿Hay un gimnasio en el hotel?", "es") == "gimnasio"
    assert thing_asked_to_exist("Who is there?", "en") is None


MATCH = Article(title="A singer plays matchmaker", paragraphs=(
    "This week Ed Brill told a magazine that he hoped he could set up Tara Swain with the actor Owen Bell.",
    "He said the two were lovely and lived in the same building.",
    "Bell has starred in three films this year.",
), language="en")


def test_he_after_a_sentence_where_another_speaks_is_not_the_one_asked_about() -> None:
    """"What did Tara Swain say about the idea?": "He said ..." goes on from "Ed Brill told a
    magazine ... set up Tara Swain", so it is Ed Brill's, not hers; the article doesn't say what she
    said, and "Ed Brill told a magazine ... Tara Swain" tells what he said, not she. Asked about
    him, the article answers."""
    assert not ask(MATCH, "What did Tara Swain say about the idea?").found
    answer = ask(MATCH, "What did Ed Brill say about Owen Bell?")
    assert answer.found and answer.sentences[0].index in (0, 1)
