"""Follow-ups in a conversation, through the real reading pipeline: "what else?" shows something
new, a bare "why?" finds the reason beside the previous answer, and "she" or "él" stands for the
person the previous answer named."""

from __future__ import annotations

import pytest

from bot.reader.answer.followup import Turn, question_to_match
from bot.reader.article import Article
from bot.reader.pipeline import ask_in_turn


def _article(language: str, *paragraphs: str) -> Article:
    return Article(title="Test", paragraphs=paragraphs, language=language, url=None)


def _turn(article: Article, question: str, previous: Turn | None = None) -> tuple[str, Turn]:
    """The first sentence shown for the question, and the turn the next question leans on."""
    answer = ask_in_turn(article, question, previous)
    assert answer.found, question
    matched = question_to_match(question, previous, article.language or "en")
    return answer.sentences[0].text, Turn(matched, tuple(s.text for s in answer.sentences))


TOWN = _article(
    "en",
    "The town council of Marlow closed the old river bridge to cars on Monday. "
    "Engineers had found deep cracks in two of its stone piers during an inspection in May.",
    "The council also closed the bus service to the north bank. "
    "Shops on the north bank say they have lost a third of their customers since the closure.",
    "A new footbridge is planned further downstream. It will cost about 4 million pounds.",
)


def test_what_else_shows_a_sentence_not_shown_before() -> None:
    first, turn = _turn(TOWN, "What did the council of Marlow close?")
    assert "river bridge" in first
    more, _ = _turn(TOWN, "What else?", turn)
    assert more not in turn.answer
    assert "bus service" in more


def test_a_bare_why_is_answered_by_the_reason_beside_the_previous_answer() -> None:
    airline = _article(
        "en",
        "The airline Nordwing cancelled all its winter flights from Hamburg to Oslo and Tromsø. "
        "It had lost money for years, because fuel prices doubled and few passengers booked. "
        "The airline will keep its summer timetable.",
    )
    first, turn = _turn(airline, "Which winter flights from Hamburg did Nordwing cancel?")
    assert "Oslo" in first
    reason, _ = _turn(airline, "Why?", turn)
    assert "because fuel prices doubled" in reason


@pytest.mark.parametrize(("language", "paragraphs", "question", "why", "wanted"), [
    ("de", ("Die Stadt Lindau hat das alte Hallenbad am Montag geschlossen. "
            "Das Dach war undicht, weil der Winter die Balken beschädigt hatte. Ein neues Bad ist geplant.",),
     "Welches Bad hat Lindau geschlossen?", "Und warum?", "weil der Winter"),
    ("fr", ("La ville de Brest a fermé la piscine municipale lundi. "
            "Le toit fuyait car les poutres étaient pourries. Une nouvelle piscine est prévue.",),
     "Quelle piscine Brest a-t-elle fermée ?", "Et pourquoi ?", "car les poutres"),
    ("es", ("La ciudad de Cádiz cerró la piscina municipal el lunes. "
            "El techo tenía goteras porque las vigas estaban podridas. Se planea una piscina nueva.",),
     "¿Qué piscina cerró Cádiz?", "¿Y por qué?", "porque las vigas"),
])
def test_a_bare_why_in_other_languages(language: str, paragraphs: tuple[str, ...], question: str, why: str,
                                       wanted: str) -> None:
    article = _article(language, *paragraphs)
    _, turn = _turn(article, question)
    reason, _ = _turn(article, why, turn)
    assert wanted in reason


def test_el_stands_for_the_person_the_previous_answer_named() -> None:
    fifa = _article(
        "es",
        "La vuvuzela es una trompeta de plástico muy ruidosa. Para los visitantes extranjeros, el sonido "
        "del instrumento ha sido una novedad que opinan molesta.",
        "El Presidente de la FIFA, Sepp Blatter, dio todo su apoyo al uso de vuvuzelas en la Copa del Mundo. "
        "Él dijo que no se debía europeizar la Copa del Mundo africana.",
    )
    first, turn = _turn(fifa, "¿Quién preside la FIFA?")
    assert "Sepp Blatter" in first
    said, _ = _turn(fifa, "¿Y qué opinó él sobre el instrumento?", turn)
    assert "Blatter" in said or "europeizar" in said


def test_a_pronoun_stands_for_the_person_the_previous_answer_named() -> None:
    board = _article(
        "en",
        "The board of Harlow Mills is chaired by Maria Lopez, who joined the company in 2009. "
        "Lopez believes the merger with Delta Paper would save jobs at both plants.",
        "Unions think the merger would close the plant in Leeds. "
        "The merger still needs the approval of the competition authority.",
    )
    first, turn = _turn(board, "Who chairs the board?")
    assert "Maria Lopez" in first
    said, _ = _turn(board, "What does she think of the merger?", turn)
    assert "would save jobs" in said


def test_and_x_asks_the_previous_question_about_x() -> None:
    bans = _article(
        "en",
        "The EU banned the pesticide clorafen in 2018 after studies linked it to the death of bees. "
        "Farmers in France protested against the decision for months.",
        "The United States has debated clorafen for years, and its beekeepers want it gone. "
        "Regulators in the United States followed in 2021, three years after Europe.",
    )
    first, turn = _turn(bans, "When did the EU ban clorafen?")
    assert "2018" in first
    us, _ = _turn(bans, "And what about the United States?", turn)
    assert "2021" in us


def test_a_bare_why_finds_the_reason_given_just_before_the_answer() -> None:
    """"So ..." marks a consequence, not its reason: the reason is the sentence before."""
    airline = _article(
        "en",
        "Fuel prices doubled this year, because refineries in the north were shut by strikes. "
        "So the airline Nordwing cancelled all its winter flights from Hamburg to Oslo and Tromsø. "
        "The airline will keep its summer timetable.",
    )
    first, turn = _turn(airline, "Which winter flights from Hamburg did Nordwing cancel?")
    assert "Oslo" in first
    reason, _ = _turn(airline, "Why?", turn)
    assert "because refineries" in reason


def test_a_second_what_else_goes_further_down() -> None:
    council = _article(
        "en",
        "The town council of Marlow closed the old river bridge to cars on Monday.",
        "The council also closed the bus depot on the north bank.",
        "In March the council closed the public library on Mill Street.",
        "Shops on the north bank say they have lost a third of their customers.",
    )
    first, turn = _turn(council, "What did the town council of Marlow close?")
    assert "river bridge" in first
    _, turn = _turn(council, "What else?", turn)
    assert set(turn.answer) == {
        "The council also closed the bus depot on the north bank.",
        "In March the council closed the public library on Mill Street.",
    }
    assert not ask_in_turn(council, "What else?", turn).found, "no more, rather than the bridge again"


def test_what_else_after_the_only_good_answer_says_the_article_has_no_more() -> None:
    garden = _article(
        "en",
        "Residents can rent one of 80 small plots for 25 euros a season, with priority for families.",
        "The city plans to open two more rooftop gardens, on a library and a school.",
        "Volunteers planted 340 fruit trees in large containers.",
    )
    first, turn = _turn(garden, "How much does a plot cost?")
    assert "25 euros" in first
    assert not ask_in_turn(garden, "What else?", turn).found


def test_a_bare_why_with_no_reason_near_the_answer_is_declined() -> None:
    garden = _article(
        "en",
        "Residents can rent one of 80 small plots for 25 euros a season, with priority for families.",
        "The city plans to open two more rooftop gardens, on a library and a school.",
    )
    _, turn = _turn(garden, "How much does a plot cost?")
    assert not ask_in_turn(garden, "Why?", turn).found


def test_a_pronoun_question_the_borrowed_names_would_decline_is_answered_alone() -> None:
    """The previous answer names a town, a village, an office and a district; no sentence holds
    them with "sentenced", but the question alone finds its answer."""
    case = _article(
        "en",
        "Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca, pleaded guilty to "
        "threatening to assault and murder a United States official, the United States Attorney's "
        "Office for the Western District of New York said.",
        "He faces up to 10 years in prison. Sentencing is scheduled for Feb. 14.",
        "His lawyer said he never intended to harm anyone.",
    )
    first, turn = _turn(case, "How old is the man who admitted the threat?")
    assert "55" in first
    when, _ = _turn(case, "When will he be sentenced?", turn)
    assert "Feb. 14" in when


def test_sie_after_which_minister_is_the_one_the_answer_named() -> None:
    """"Welche Ministerin ...?" puts no name in bold, but her sentence is the one just shown."""
    bremen = _article(
        "de",
        "Als Justizministerin hatte Sabine Leutheuser Schnarrenberger (FDP) in der vergangenen "
        "Legislaturperiode einen Gesetzentwurf gegen die kommerzielle Sterbehilfe vorgelegt.",
        "In Bremen veranstaltete die Partei dazu ein Fachforum in der Stadtbibliothek.",
        "Der Gesetzentwurf scheiterte im Bundestag.",
    )
    first, turn = _turn(bremen, "Welche Ministerin wollte die kommerzielle Sterbehilfe bestrafen?")
    assert "Schnarrenberger" in first
    party, _ = _turn(bremen, "Und welcher Partei gehört sie an?", turn)
    assert "(FDP)" in party


def test_a_why_follow_up_prefers_the_sentence_giving_a_reason() -> None:
    flight = _article(
        "en",
        "The report says the information on the screen was wrong, because ice had blocked the speed sensors. "
        "Investigators checked the recorders for two years.",
        "The pilot pulled the nose of the plane up and followed the information on the flight director screen, "
        "as the crew had been trained to do with the information shown to the pilot.",
    )
    first, turn = _turn(flight, "What did the pilot follow when he pulled the nose up?")
    assert "followed the information" in first
    why, _ = _turn(flight, "And why was that information wrong?", turn)
    assert "because ice" in why


def _bold(article: Article, question: str, previous: Turn) -> tuple[str, str]:
    """The first sentence shown and its words in bold ("" when none)."""
    answer = ask_in_turn(article, question, previous)
    assert answer.found, question
    first = answer.sentences[0].text
    return first, first[answer.phrase[0]:answer.phrase[1]] if answer.phrase else ""


CHOIR = _article(
    "de",
    "Neuer Leiter des Knabenchores Lübeck wird Jonas Berger. Darauf hat sich die Kommission der Stadt "
    "am Freitag verständigt. Berger tritt die Nachfolge von Karl Wendt an, der im Juni in den Ruhestand geht.",
    "Berger ist Jahrgang 1978 und wurde in Kassel geboren. Er studierte in Leipzig Musik und leitete "
    "danach zehn Jahre einen Kammerchor in Bremen.",
)


def test_and_where_after_when_finds_the_place_in_the_sentence_just_shown() -> None:
    """"Und wo?" right after "Wann wurde er geboren?" asks where he was born: the answer just shown
    says it, while the words borrowed from two turns find the first answer again."""
    first, turn = _turn(CHOIR, "Wer wird neuer Leiter des Knabenchores?")
    assert "Jonas Berger" in first
    born, turn = _turn(CHOIR, "Wann wurde er geboren?", turn)
    assert "1978" in born
    where, bold = _bold(CHOIR, "Und wo?", turn)
    assert "Kassel" in where and bold == "Kassel"


BENCHMARK = _article(
    "en",
    "The new parser Rapidjs reads a large file at about 2 GB/s, so it is the fastest we measured. "
    "The older and easier-to-use parser Jsonlite reaches about 0.1 GB/s on the same file, 20 times slower.",
    "Let us explain the setup. I used an ARM processor with the Clang compiler for every run.",
    "Both parsers are free software.",
)


def test_a_follow_up_with_words_of_its_own_is_not_drowned_by_the_borrowed_ones() -> None:
    """"What processor did he use?" after two questions on speeds: the words borrowed from the turns
    before find the speeds again, the question's own words the setup."""
    first, turn = _turn(BENCHMARK, "How fast is Rapidjs?")
    assert "2 GB/s" in first
    slower, turn = _turn(BENCHMARK, "How much slower is Jsonlite?", turn)
    assert "20 times slower" in slower
    setup, _ = _turn(BENCHMARK, "What processor did he use?", turn)
    assert "ARM processor" in setup


def test_what_he_said_is_declined_when_no_sentence_found_is_about_him() -> None:
    """After answers naming the reviewer, "What did he say about the fix?" finds only the author's
    sentence holding "fix": shown, it would pass for the reviewer's words."""
    django = _article(
        "en",
        "I opened a ticket and a few days later I sent in a patch with the fix. "
        "After some helpful review from Tim Graham it was merged and shipped in the 1.8 release.",
        "The bug had been in the framework for two years.",
    )
    first, turn = _turn(django, "Who reviewed the pull request?")
    assert "Tim Graham" in first
    release, turn = _turn(django, "Which release was it shipped in?", turn)
    assert "1.8" in release
    said = ask_in_turn(django, "What did he say about the fix?", turn)
    assert not said.found
