"""Speakers of the classes untuned news pages showed in round 34 (invented sentences here): a post
the English titles did not know before the name (`Taoiseach`, `Sheriff`), and a name a post or a
later mention writes with a middle initial after the story introduced it without one."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.quotes.quotations import all_quotes
from bot.reader.text.document import build_document


def _speakers(language: str, *paragraphs: str) -> list[str | None]:
    document = build_document(Article("Story", paragraphs, language=language))
    return [quote.speaker for quote in all_quotes(document)]


def test_an_irish_prime_minister_s_post_is_no_first_name() -> None:
    assert _speakers(
        "en",
        "Taoiseach Leo Varadkar has said that the talks were “the best chance we have had in years”.",
        "“We will keep working on this until there is a deal on the table,” he said.",
    ) == ["Leo Varadkar", "Leo Varadkar"]


def test_a_sheriff_s_post_is_no_first_name_and_the_sheriff_is_still_him() -> None:
    assert _speakers(
        "en",
        "Sheriff Bob Jones visited the site on Monday morning with his team.",
        "“We will find them, no matter how long it takes,” the sheriff said.",
        "“This is the worst case I have seen in many years,” Sheriff Jones said.",
    ) == ["Bob Jones", "Bob Jones"]


def test_a_post_heading_a_quote_with_a_middle_initial_is_the_person_first_introduced() -> None:
    assert _speakers(
        "en",
        "Donald Trump welcomed the news on Sunday.",
        "Donald J. Trump: “I, for one, am glad to see he is back, and well!”",
        "“I know how he is doing, relatively speaking,” Trump told reporters at the White House.",
    ) == ["Donald Trump", "Donald Trump"]


def test_a_name_introduced_with_its_middle_initial_keeps_it() -> None:
    assert _speakers(
        "en",
        "Agriculture Secretary Ann M. Veneman visited the farm on Friday.",
        "“We have to act before the next harvest is lost,” Veneman said.",
    ) == ["Ann M. Veneman"]


def test_a_quotation_left_open_after_its_attribution_runs_on_into_the_next_paragraph() -> None:
    document = build_document(Article("Story", (
        "Labour's deputy leader Jackie Baillie said “This timeline contradicts what the minister told us. "
        "The only thing clearer is how much the government has lost control.",
        "“It begs the question, what do they have to hide? The public are no clearer.”",
    ), language="en"))
    quotes = all_quotes(document)
    assert [quote.speaker for quote in quotes] == ["Jackie Baillie"]
    assert quotes[0].text.startswith("This timeline contradicts") and "what do they have to hide" in quotes[0].text


def test_a_mark_left_open_with_no_quotation_after_it_quotes_nothing() -> None:
    assert _speakers(
        "en",
        "The mayor said “the plan is dead and buried, and we all know it.",
        "The council meets again on Monday to discuss the budget for next year.",
    ) == []


def test_a_phrase_of_time_opening_the_sentence_is_not_who_speaks() -> None:
    assert _speakers(
        "en",
        "Anna Berg is the city's finance director.",
        "Last week, Ms Berg told councillors the budget was agreed in June, “just a matter of weeks ago”.",
        "Earlier this month, Tom Reed said the plan was “a disaster from start to finish”.",
    ) == ["Anna Berg", "Tom Reed"]
    assert _speakers(
        "fr", "Hier soir, Marie Leroy a déclaré que le projet était « une catastrophe du début à la fin ».",
    ) == ["Marie Leroy"]


def test_an_acronym_spelt_out_with_a_plural_possessive_is_shown_in_full() -> None:
    assert _speakers(
        "en",
        "A spokesperson for the Universities and Colleges Employers’ Association (UCEA) said contracts improved.",
        "“UCEA has over recent years worked with the unions to understand employment,” he said.",
    ) == ["Universities and Colleges Employers’ Association"]


def test_a_fund_named_after_its_founder_leaves_the_founder_his_first_name() -> None:
    assert _speakers(
        "de",
        "Im November geht mit Lee Elder einer der Pioniere des Golfsports von uns.",
        "1974 gründete das Paar den Lee Elder Scholarship Fund. Elder sagte einst: „Ich glaube tief im Herzen "
        "sind alle Menschen gut.“",
    ) == ["Lee Elder"]


def test_a_he_after_a_paragraph_opened_by_someone_new_is_that_person() -> None:
    assert _speakers(
        "en",
        "Prof Gavin Yamey leads the research on outbreaks.",
        "Fraser Amos, a student, is helping to rally support for a rent strike.",
        "“Universities are putting rents and revenues above student lives,” he says.",
        "But Yamey is angry about what he calls the blaming of students. He says it is unfair to think they will "
        "stay in. “Fun won’t kill you and it’s greatly needed at this stressful time,” he says.",
    ) == ["Fraser Amos", "Gavin Yamey"]


def test_a_source_kept_unnamed_by_request_is_no_one_named_before() -> None:
    assert _speakers(
        "en",
        "Anna Berg, the chief executive, said: “We are looking at every offer on the table this week.”",
        "Another executive, who asked not to be named, said: “We will not sell the company this year.”",
        "“Nobody here believes the offer will be raised again,” said one adviser, speaking on condition of anonymity.",
    ) == ["Anna Berg", None, None]
    assert _speakers(
        "fr",
        "Marie Leroy dirige l'usine depuis dix ans.",
        "« Nous allons fermer le site avant la fin de l'année », confie un cadre sous couvert de l'anonymat.",
    ) == [None]


def test_a_first_name_the_story_says_is_not_the_real_one_names_someone() -> None:
    assert _speakers(
        "en",
        "Fraser Amos, a student, is helping to rally support for a rent strike.",
        "“Universities are putting rents and revenues above student lives,” he says.",
        "Dan (not his real name), a 19-year-old student, has just returned home after a week in halls. He doesn’t "
        "plan to go back. “I was living in a flat with five other students who were very different from me.”",
    ) == ["Fraser Amos", "Dan"]
    assert _speakers(
        "fr",
        "Léa (prénom modifié), 24 ans, vit à Lyon depuis deux ans. Elle ne veut plus rester. "
        "« Je ne peux plus payer ce loyer, c'est devenu impossible. »",
    ) == ["Léa"]


def test_a_title_of_address_before_the_speaker_keeps_the_quote_his() -> None:
    assert _speakers(
        "en",
        "Bill Powers, who runs the archive, has kept the letters for forty years.",
        "“Nobody had asked to see them until last week, and now everybody wants to read them,” Mr. Powers said.",
    ) == ["Bill Powers"]
