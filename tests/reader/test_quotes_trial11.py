"""Quote forms met on English news pages read as a new user would (trial 11): each test is
article-like text written for it, and checks the speaker a reader would name for every piece."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.quotes.quotations import all_quotes, find_quotes
from bot.reader.text.document import build_document


def speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Each quoted piece's first words and its speaker, in article order."""
    quotes = all_quotes(build_document(Article("Story", paragraphs, language="en")))
    return [(" ".join(piece.split()[:3]), quote.speaker) for quote in quotes for piece in quote.parts]


def test_a_nested_quotation_closing_just_before_the_outer_mark_with_a_space_between() -> None:
    # Typesetters put a thin space between the nested closing mark and the outer one: `,’ ”`.
    assert speakers(
        "Rosa Delgado runs the agency that made the city's recycling posters.",
        "“My first thought was, ‘Well, people are certainly going to talk about this one,’ ” Delgado "
        "said. “Whether they recycle more is another question entirely.”",
    ) == [("My first thought", "Rosa Delgado"), ("Whether they recycle", "Rosa Delgado")]


def test_a_short_reply_with_one_capitalised_noun_is_a_statement_not_a_title() -> None:
    # Title case capitalises pronouns (`Let It Be`); a lower-case `he` marks words someone said.
    assert speakers(
        "Former aide Dana Whitfield told the committee about the meeting in July.",
        "\"So I asked, who sent you here?\" said Whitfield, who testified for six hours. "
        "\"And he said, the Governor.\"",
    ) == [("So I asked,", "Dana Whitfield"), ("And he said,", "Dana Whitfield")]


def test_a_quotation_that_is_a_paragraph_of_its_own_is_said_by_whoever_the_paragraph_before_reports() -> None:
    assert speakers(
        "The union's leader, Marta Okafor, said members would vote on a strike next week.",
        "Managers at the plant said the offer was final.",
        "Okafor said the company had refused every proposal the union had made since March.",
        "\"They expected us to give up after the first month. We are still here and we are not leaving.\"",
    ) == [("They expected us", "Marta Okafor")]


def test_a_body_named_in_lower_case_after_its_country_speaks_for_itself() -> None:
    # English writes a ministry or department in lower case after whose it is: `the French foreign
    # ministry`, `Norway's health ministry`; the reader names the body, as for `the Foreign Office`.
    assert speakers(
        "Several governments criticised the decision to close the border crossing on Monday.",
        "The Italian foreign ministry said it \"deeply regrets a step that will only deepen the crisis\".",
        "Norway's health ministry said the closure \"puts thousands of patients at risk of losing care\".",
        "\"We were given no warning at all before the gates were shut,\" said the Greek transport ministry.",
    ) == [("deeply regrets a", "Italian foreign ministry"), ("puts thousands of", "Norway's health ministry"),
          ("We were given", "Greek transport ministry")]


def test_a_role_after_another_or_one_then_the_name_set_off_after_it() -> None:
    # `said another witness, NAME` is `said a witness, NAME`: the apposition names who speaks.
    assert speakers(
        "The hearing into the contract went on for a second day on Wednesday.",
        "\"The director signed every invoice himself,\" said another witness in the inquiry, former "
        "auditor Helen Marsh.",
        "\"Nobody checked the figures twice,\" said one member of the board, accountant Peter Quill.",
    ) == [("The director signed", "Helen Marsh"), ("Nobody checked the", "Peter Quill")]


def test_key_quotes_show_every_attributed_quote_before_one_whose_speaker_is_unknown() -> None:
    # A quote without a name is worse than none: it comes after a second quote from a named speaker.
    document = build_document(Article("Story", (
        "Doctors asked the agency to let them vaccinate families held at the border against flu.",
        "\"Flu season has begun and families held at the border need vaccines against flu now,\" the letter read.",
        "\"Families held at the border are people too, and flu spreads fast,\" said Dr. Ana Ruiz, a family doctor.",
        "\"We can vaccinate every family in one afternoon if the agency lets us in,\" Ruiz added.",
    ), language="en"))
    assert [quote.speaker for quote in find_quotes(document, 3)] == ["Ana Ruiz", "Ana Ruiz", None]


def roles(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    """Each quotation's speaker and the role shown with it, in article order."""
    return [(quote.speaker, quote.role)
            for quote in all_quotes(build_document(Article("Story", paragraphs, language="en")))]


def test_an_official_or_a_negotiator_named_after_the_title_gets_it_as_a_role() -> None:
    assert roles(
        "Last week Treasury official Mark Ellison described the meeting to investigators.",
        "Chief negotiator Leila Haddad said talks would resume in March.",
        "\"I then heard the minister ask for the figures again,\" Ellison testified.",
        "\"We are going back to the table with nothing new to offer,\" Haddad said.",
    ) == [("Mark Ellison", "Treasury official"), ("Leila Haddad", "chief negotiator")]


def test_a_predicate_after_the_name_is_no_role() -> None:
    # `X, shifted his account` goes on with the sentence: no role rather than a wrong one.
    assert roles(
        "Another witness, Carl Benning, shifted his account.",
        "\"I think all of us thought the request was improper,\" Benning said.",
    ) == [("Carl Benning", None)]


def test_a_reporting_verb_capitalised_inside_a_body_s_name_qualifies_the_title() -> None:
    # `State` is a verb (`they state`) but `State Department` is a name: the role keeps it.
    assert roles(
        "Last week State Department official Nora Feld described the call to investigators.",
        "\"I heard every word of the call from across the table,\" Feld testified.",
    ) == [("Nora Feld", "State Department official")]


def test_reported_and_asserted_attribute_a_quotation() -> None:
    assert speakers(
        "A study by researcher Ingrid Solberg of Lakeside University looked at 400 local papers.",
        "\"Most newsrooms bought by the chain are half the size within a year,\" Solberg reported.",
        "\"The cuts come before any new reader is found,\" Solberg asserted.",
    ) == [("Most newsrooms bought", "Ingrid Solberg"), ("The cuts come", "Ingrid Solberg")]


def test_a_surname_that_is_also_a_title_after_the_verb_is_the_person() -> None:
    # Ken Doctor is `Doctor` after his first mention: `says Doctor` names him, as `Doctor says` does.
    assert speakers(
        "Media analyst Ken Doctor has followed the industry for twenty years.",
        "\"Financial players are making significant money on the way down,\" says Doctor.",
    ) == [("Financial players are", "Ken Doctor")]


def test_a_paper_reporting_a_quotation_after_it_passes_on_someone_else_s_words() -> None:
    assert speakers(
        "Court papers describe the messages Lena Ortiz sent that night.",
        "'I can't wait any longer for them,' Lena wrote to her brother. 'THEY ARE NOT TELLING US THE TRUTH,' "
        "reported the Valley Courier.",
    ) == [("I can't wait", "Lena Ortiz"), ("THEY ARE NOT", "Lena Ortiz")]
