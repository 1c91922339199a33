"""Speakers of the classes untuned English pages showed (newspaper's and fundus's test pages, round 27;
invented sentences here): names the page's tag lines write in lower case, a pronoun after a name that a
`whom` clause makes its object, `she shared`."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes


def _speakers(*paragraphs: str) -> list[str | None]:
    return [quote.speaker for quote in all_quotes(build_document(Article("Story", paragraphs)))]


PROFILE = (
    "Say what you will about Mara Lindqvist, the singer proved good company on Tuesday's radio show.",
    "On her first album, Lindqvist opened up about Tom Berg, whom she met in Oslo. “I was in love with him "
    "from the first day,” she said of her former partner.",
)


def test_a_name_the_tags_write_in_lower_case_is_still_a_name() -> None:
    assert _speakers(*PROFILE, "mara lindqvist", "tom berg") == ["Mara Lindqvist"]


def test_a_lower_case_word_inside_a_sentence_is_still_a_common_word() -> None:
    # `Story` is a word the text writes in lower case too, so no one is called Story
    assert _speakers("Story time was over by noon, and the story was told.",
                     "Story writes: “This was the end of a long winter for all of us.”") == [None]


def test_a_pronoun_after_a_whom_clause_is_not_its_object() -> None:
    assert _speakers(
        *PROFILE,
        "And on the subject of Olaf Strand, with whom she tours in the spring, she said, “He plays every "
        "night as if it were the last one.”",
    ) == ["Mara Lindqvist", "Mara Lindqvist"]


def test_she_shared_reports_her_words() -> None:
    assert _speakers(*PROFILE, "“I was far too young for any of it,” she shared.") == ["Mara Lindqvist"] * 2


def test_a_surname_alone_stays_with_the_person_it_meant_when_a_relative_is_brought_in() -> None:
    assert _speakers(
        "“We filed the complaint ourselves,” said Tanja Holm, the 31-year-old head of the local.",
        "Holm’s mother, Ruth Holm, drives a delivery van. “I had three jobs at the time,” she said.",
        "“It was the hardest year of my life so far,” said Holm.",
    ) == ["Tanja Holm", "Ruth Holm", "Tanja Holm"]


def test_two_surnames_written_out_beside_each_other_stay_undecided() -> None:
    assert _speakers(
        "Ruth Holm and her daughter Tanja Holm run the bakery on the square together.",
        "“We never close before the last loaf is sold,” Holm said.",
    ) == ["Holm"]


def test_another_name_given_with_aka_is_the_same_person() -> None:
    assert _speakers(
        "The holiday was invented by Tom Weller — aka Dr. Kwame Weller, founder of a small movement.",
        "Weller later said, “Nobody should doubt the loyalty of the people who joined us.”",
    ) == ["Tom Weller"]


def test_a_she_after_a_semicolon_is_the_woman_the_sentence_opened_with() -> None:
    assert _speakers(
        "“We filed the complaint ourselves,” said Tom Holm, the head of the local. “It was easy,” he said.",
        "Holm’s mother, Ruth Holm, drives a delivery van; she picks up parcels at the airport. Her son found her "
        "the job. “I was working three jobs at the time, and it was hard,” she said.",
    ) == ["Tom Holm", "Ruth Holm"]


def test_a_quotation_after_but_x_said_is_x_s() -> None:
    assert _speakers(
        "Jody Gelner has driven for the company for 35 years.",
        "But Gelner said the job also has its nasty side. “For upper management, it’s all down to seconds.”",
    ) == ["Jody Gelner"]


def test_a_contract_that_says_something_is_no_unnamed_speaker() -> None:
    assert _speakers(
        "“We filed the complaint ourselves,” said Tom Holm, the head of the local, who is fighting for a new contract.",
        "Holm isn’t sure when he’s going to get a break. The national UPS contract says top officers get an unpaid "
        "leave from UPS during their tenure. When asked what he does in his free time, he told me, “This is it.” He’s "
        "been thinking a lot, he said, about how “servers are a marginalized group of workers, and it is insane.”",
    ) == ["Tom Holm", "Tom Holm"]


def test_as_x_put_it_quotes_x() -> None:
    assert _speakers(
        "Tom Holm runs the local union. And then there is the issue of subcontracting—or, as Holm put it, “giving "
        "away good union jobs.”",
        "As Mary Lou Jones puts it: “It was the hardest year of my life so far.”",
    ) == ["Tom Holm", "Mary Lou Jones"]


def test_a_sub_heading_quoting_a_named_speaker_is_read() -> None:
    article = Article("Story", (
        "Der Boxer Agit Kabayel erwartet am Samstag in Riad einen engen Kampf.",
        "Kabayel: „Das ist die Champions League“",
        "Kabayel rechnet mit einem ausgeglichenen Kampf.",
        "Fazit: „Das ist ein Kampf für die Geschichtsbücher“",
        "Die Karten sind verteilt.",
    ), language="de", headings=frozenset({1, 3}))
    quotes = all_quotes(build_document(article))
    assert [(quote.text, quote.speaker) for quote in quotes] == [("Das ist die Champions League", "Agit Kabayel")]
    assert quotes[0].sentence.text == "Kabayel rechnet mit einem ausgeglichenen Kampf."


def test_an_aside_in_parentheses_quotes_whom_it_names_not_the_speaker_before() -> None:
    assert _speakers(
        "Tom Holm runs the local. “I filed a complaint a few days later,” he told me. “It was easy. I did it myself.” "
        "(UPS corporate communications said of the incident, “We respect our employees’ rights to assemble.” The "
        "case is still ongoing.)",
    ) == ["Tom Holm", "UPS"]
