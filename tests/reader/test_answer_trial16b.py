"""Questions in the reader's own words about news pages nobody tuned on (trial 16b: an impeachment
witness, protests in Iran, senators suing a police chief, an anti-drug campaign, a fact check of a
net worth, a chief executive on stage)."""

from __future__ import annotations

from bot.reader.answer.followup import Turn
from bot.reader.article import Article
from bot.reader.pipeline import ask, ask_in_turn
from tests.support.reading import bold_in as _bold


CRACKDOWN = Article(
    title="Rights group condemns crackdown on harbour protests",
    paragraphs=(
        "Police used tear gas against dock workers protesting in the harbour district on Monday.",
        "\"The authorities must end this crackdown now,\" said Maria Lindqvist, Research Director for "
        "Northern Europe at the Harbour Rights Watch.",
        "While the strike did not appeal to Tomas Berg, Port Authority public information officer, he "
        "said he understood the anger.",
        "At the rally, Sami Korhonen, Erik Nyberg and Lena Aho spoke for the dock workers.",
        "The crowd cheered for Annika Laine, the singer who closed the rally with two songs.",
    ),
    language="en",
)


def test_who_is_bolds_an_apposition_opening_with_a_capital_when_it_names_a_role() -> None:
    """"Who is Philip Luther?" bolded nothing: his apposition, "Research and Advocacy Director for
    ...", opens with a capital, and such appositions were taken for the next name of a list."""
    assert _bold(CRACKDOWN, "Who is Maria Lindqvist?") == "Research Director for Northern Europe at the Harbour Rights Watch"
    assert _bold(CRACKDOWN, "Who is Tomas Berg?") == "Port Authority public information officer"


def test_who_is_bolds_no_other_name_of_a_list() -> None:
    assert _bold(CRACKDOWN, "Who is Sami Korhonen?") is None


def test_which_noun_bolds_the_name_its_apposition_follows() -> None:
    """"Which singer performed before Cook?" bolded nothing in "Alicia Keys, the singer who ..."."""
    assert _bold(CRACKDOWN, "Which singer performed at the rally?") == "Annika Laine"


ESTIMATES = Article(
    title="Does the ambassador have a fortune?",
    paragraphs=(
        "Some users pointed to articles published on two gossip sites to support their claim that the "
        "ambassador's net worth far exceeded her salary. However, these sites offered no evidence to support "
        "their estimates.",
        "The articles published on these websites provide some basic biographical information about the "
        "ambassador. Instead, they simply tacked on their estimate ($6 million in both cases) without making "
        "any attempt to justify that figure.",
        "A tweet claimed that the ambassador has a net worth of $17 million.",
    ),
    language="en",
)


def test_what_figure_asks_for_a_number() -> None:
    """"What figure did those sites give?" bolded nothing in the sentence giving "$6 million"."""
    assert _bold(ESTIMATES, "What figure did those sites give?") == "$6 million"


def test_how_rich_asks_for_an_amount_of_money() -> None:
    """"How rich is she said to be?" was answered by "... how she supposedly built her alleged fortune"."""
    assert _bold(ESTIMATES, "How rich is the ambassador said to be?") == "$17 million"


STAGE = Article(
    title="Harbour chief speaks at the port conference",
    paragraphs=(
        "The harbour's new chief spoke on Tuesday in a fireside chat with Nordic Shipping founder and "
        "chairman Erik Holm.",
        "The conference drew hundreds of visitors to the old port.",
    ),
    language="en",
)


def test_who_bolds_the_person_a_title_names_not_the_body_before_the_title() -> None:
    """"Who interviewed Tim Cook on stage?" bolded "Salesforce" of "Salesforce founder and co-CEO
    Marc Benioff"."""
    assert _bold(STAGE, "Who interviewed the harbour's chief?") == "Erik Holm"


PROTESTS = Article(
    title="Protests over bread prices spread across the country",
    paragraphs=(
        "Rights groups said on Tuesday that the crackdown on the protests had turned deadly.",
        "At least 48 protesters in 12 towns have been killed, according to reports received by the group.",
        "Video footage shows police using tear gas to disperse crowds and beating demonstrators with batons.",
        "Hundreds of people blocked roads with their cars.",
    ),
    language="en",
)


def test_how_many_is_answered_by_the_close_sentence_that_gives_the_count() -> None:
    """"How many demonstrators have died?" was declined: the sentence saying "demonstrators" came
    first and gives no count, though the one counting "protesters ... killed" scored close to it."""
    answer = ask(PROTESTS, "How many demonstrators have died?")
    assert answer.found
    assert answer.sentences[0].text.startswith("At least 48 protesters")


HEARING = Article(
    title="Envoy's fortune questioned",
    paragraphs=(
        "On Nov. 15, 2019, the former envoy Anna Berg testified before the House Intelligence Committee in "
        "the inquiry.",
        "Shortly after, some of her critics took to social media to discredit her testimony.",
    ),
    language="en",
)


def test_a_body_named_by_its_generic_word_does_not_decline_alone() -> None:
    """"When did Yovanovitch give evidence to Congress?" was declined: "Congress" counted as a name
    the article never mentions, while it says "the U.S. House Intelligence Committee"."""
    answer = ask(HEARING, "When did Anna Berg give evidence to Congress?")
    assert answer.found
    assert answer.sentences[0].text.startswith("On Nov. 15, 2019")


WITNESSES = Article(
    title="Witnesses line up for the inquiry",
    paragraphs=(
        "The envoy was known for telling others he was in charge, said another witness, former adviser Fiona Hale.",
        "\"And I asked, well, on whose authority?\" said Hale, who will testify Thursday.",
        "The inquiry resumes next week with more witnesses from the foreign service.",
    ),
    language="en",
)


def test_a_followup_asking_when_takes_the_next_paragraph_about_the_same_person() -> None:
    """"And when will she testify?" after "Who is Fiona Hill?" showed the same sentence again; the
    date is in the next paragraph, a quotation of hers ending "said Hill, who will testify Thursday"."""
    first = ask_in_turn(WITNESSES, "Who is Fiona Hale?", None)
    answer = ask_in_turn(WITNESSES, "And when will she testify?", Turn("Who is Fiona Hale?", (first.sentences[0].text,)))
    assert answer.found
    assert "who will testify Thursday" in answer.sentences[0].text


def test_when_bolds_month_day_and_year_as_one_date() -> None:
    """"On Nov. 15, 2019, ... testified" bolded "15, 2019": the comma before the year split the date."""
    assert _bold(HEARING, "When did Anna Berg testify?") == "Nov. 15, 2019"


OFFICE = Article(
    title="Ad agencies split on the new campaign",
    paragraphs=(
        "On Tuesday morning, he posted materials from the campaign on the wall of the company's kitchen.",
        "His firm makes ads for clients in Seattle.",
    ),
    language="en",
)


def test_where_bolds_the_place_after_a_phrase_of_the_questions_own_words() -> None:
    """"Where did Sanborn put up the campaign materials?" bolded "from the campaign on the wall"."""
    assert _bold(OFFICE, "Where did he put up the campaign materials?") == "on the wall of the company's kitchen"
