"""Questions in the reader's own words about untuned news pages (trial 24en: fundus's test pages of
the Free Beacon, the Gateway Pundit, the Intercept, the Nation and Rest of World, and classes the
lead saw on a Daily News (Tanzania) page). The articles here are written for the tests, in the
pages' forms."""

from __future__ import annotations

from bot.reader.answer.counted import counted_nouns
from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold, bold_in, speakers

STREETLIGHTS = Article(
    title="Solar streetlights light up the town",
    paragraphs=(
        "The council agreed to install 155 poles of solar lights.",
        "\u201cEach pole cost 4m/-,\u201d says the council's economist. The first phase of the project cost 620m/-.",
        "A food seller says she now makes a profit of 10,000/- to 15,000/- a day.",
        "The contractor was paid Sh 2bn and the council set aside Sh4m for repairs.",
    ),
    language="en",
)


def test_shillings_are_money() -> None:
    """"Each pole cost 4m/-" was no money to the bot: East African papers write shillings with a
    slash and a dash after the figure, or "Sh" before it, and "How much did each pole cost?" was
    declined on a page whose every sum was written so."""
    assert bold_in(STREETLIGHTS, "How much did each pole cost?") == "4m/-"
    assert bold_in(STREETLIGHTS, "How much was the contractor paid?") == "Sh 2bn"
    assert bold_in(STREETLIGHTS, "How much money was set aside for repairs?") == "Sh4m"
    assert bold_in(STREETLIGHTS, "How many poles were installed?") == "155"


def test_a_sum_of_shillings_counts_nothing() -> None:
    """A sum in shillings is no count: "How many lights does the town have?" is not "4m/-"."""
    assert not ask(STREETLIGHTS, "How many customers does the food seller have?").found


POLL = Article(
    title="Christie quits the race",
    paragraphs=(
        "Chris Christie quit the race on Wednesday.",
        "A poll this week had Christie running third in New Hampshire, pulling 12 percent.",
    ),
    language="en",
)


def test_what_share_asks_a_percentage() -> None:
    """"What share did Christie have in New Hampshire?" was declined: "what share" asks a
    percentage as "what share of the vote" does, and the article gives the figure, not the word."""
    assert bold_in(POLL, "What share did Christie have in New Hampshire?") == "12 percent"


DERBY = Article(
    title="Derby",
    paragraphs=(
        "The derby was played in heavy rain in 2019, and the derby drew a record crowd.",
        "On Friday, officials cancelled this year's derby because the pitch was flooded.",
        "The club said tickets would be refunded.",
    ),
    language="en",
)


def test_a_stop_word_verb_with_its_particle_is_read() -> None:
    """"Why was the launch called off?" read only "launch": "called" is a stop word alone, so the
    pair "call off" (cancel, scrub) had no term to take the place of and was dropped."""
    assert bold_in(DERBY, "When was the derby called off?") == "Friday"


RESERVES = Article(
    title="Oil and the economy",
    paragraphs=(
        "Oil has fuelled the country's growth for decades.",
        "Oil can't fuel the boom forever, though: its reserves are expected to run out in some 15 years.",
        "The new refinery was built in two years.",
    ),
    language="en",
)


def test_a_time_ahead_answers_when() -> None:
    """"When will Oman's oil run out?" was declined: "expected to run out in some 15 years" says
    when, as far off as it is; built "in two years" says how long it took, not when."""
    assert bold_in(RESERVES, "When will the oil run out?") == "in some 15 years"
    assert not ask(RESERVES, "When was the new refinery built?").found


NEW_LEADERSHIP = Article(
    title="A new leadership",
    paragraphs=(
        "The oil firm has worked in the country since 1950, long before former leader Hugo Mendes seized its fields.",
        "His deputy, Delia Ruiz, is now in command of the country.",
    ),
    language="en",
)


def test_in_command_of_names_who_runs_it() -> None:
    """"Who is running the country now?" got "former Venezuelan leader Hugo Chávez": a former
    holder runs nothing now, and "is now in command of the country" names who does, with no title."""
    assert bold_in(NEW_LEADERSHIP, "Who is running the country now?") == "Delia Ruiz"
    assert bold_in(NEW_LEADERSHIP, "Who led the country when the fields were seized?") == "Hugo Mendes"


PROTEST = Article(
    title="Protest over the minister",
    paragraphs=(
        "The general met his commanders on Friday to discuss the front.",
        "Thousands gathered outside the building. They chanted, \u2018Out with the general!\u2019",
        "The general issued a brief response thanking the minister for his work.",
    ),
    language="en",
)


def test_reactions_and_chants_in_other_words() -> None:
    """"How did Syrsky react?" missed "Syrsky issued a brief response" (react joins respond, and
    respond joins response, but not react to response), and "What did the crowd shout?" missed
    "They chanted": news says either for the other."""
    assert ask(PROTEST, "How did the general react?").sentences[0].index == 3
    assert ask(PROTEST, "What did the crowd shout?").sentences[0].index == 2


LIGHTS = Article(
    title="Streetlights",
    paragraphs=(
        "The solar-powered streetlights were installed in Lindi town and public areas.",
        "When towns, like Lindi, install lights, attacks on women fall.",
        "The company Sunbright Systems built the lights for the council.",
    ),
    language="en",
)


def test_a_place_is_no_company() -> None:
    """"Which company built X?" got a sentence whose bold was a place ("Lindi"): a name the article
    writes as a place ("Lindi town") is no organisation, wherever else it stands."""
    assert bold_in(LIGHTS, "Which company built the lights?") == "Sunbright Systems"
    assert bold(ask(LIGHTS, "Which company installed the streetlights in the towns?")) != "Lindi"



def test_a_family_and_a_distance_count_no_victims() -> None:
    """"How many women were attacked ...?" got the bold "four" of "the mother of four who vends
    food in nearly 500 metres away": a parent's "of four" counts children, and a count of metres
    counts metres (no women), where neither was read and the sentence went unjudged; "18 times the
    number" still counts nothing of its own."""
    sentence = ("\u201cMost of us, women, feel safe where there is light,\u201d says the mother of four who sells "
                "food nearly 500 metres away.")
    assert counted_nouns("en", sentence) == ["children", "metres"]
    assert counted_nouns("en", "Howitt found 18 times the number of tuft cells.") is None


def test_the_person_before_to_and_a_reporting_verb_says_it() -> None:
    """"That kind of talk led Christie to suggest, in a hot-mic moment, “She's going to get
    smoked”" had no speaker: the one named before "to" and the verb says the words, not the
    clause's subject ("That kind of talk"); a place there says nothing ("went to Iowa to say")."""
    quote = "\u201cShe\u2019s going to get smoked, and you and I both know it.\u201d"
    assert speakers(
        "Chris Christie quit the race on Wednesday.",
        f"That kind of talk led Christie to suggest, in a hot-mic moment on Wednesday evening, {quote}",
    ) == {"She\u2019s going to get smoked,": "Chris Christie"}
    assert speakers(
        "Chris Christie quit the race on Wednesday.", f"Christie went to Iowa to say: {quote}",
    ) == {"She\u2019s going to get smoked,": "Chris Christie"}


def test_a_company_after_in_is_still_a_company() -> None:
    """A name after "in" is as often a company as a place: "Which company did Microsoft invest in?"
    keeps its bold on "OpenAI"."""
    deal = Article(
        title="Deal", paragraphs=("Microsoft invested $10bn in OpenAI last year.", "The deal was announced in Seattle."),
        language="en",
    )
    assert bold_in(deal, "Which company did Microsoft invest in?") == "OpenAI"
