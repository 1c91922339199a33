"""Questions a new user asked of real stories in round 36 (invented articles here): a visit someone
looks forward to is one to come, a time told as the first day of a term, a price asked of a thing the
story only counts, a factor that counts nothing asked, and the holder of a post named in apposition."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask

SPEECH = Article(
    title="The King's Speech",
    paragraphs=(
        "The government announced plans to build 1.5 million new homes and to cut waiting lists.",
        "A state energy company will get £8.3 billion of public money over five years.",
        "The Queen and I look forward to our visit to Samoa for the Commonwealth meeting in October.",
    ),
    language="en",
)

COURT = Article(
    title="Court upholds birthright citizenship",
    paragraphs=(
        "The order, which the president signed on the first day of his second term, never took effect.",
        "Three conservative justices would have allowed the restrictions.",
        "Justice Thomas wrote a 91-page dissent against the ruling, more than three times as long as the court's opinion.",
        "The chief justice said the ruling keeps a promise made after the Civil War.",
    ),
    language="en",
)

GIFTS = Article(
    title="Prime minister defends gifts",
    paragraphs=(
        "The Standards Commissioner declined to investigate the gifts from Lord Alli, officials said.",
        "The opposition's letter to Daniel Greenberg, the standards commissioner, asked for a full inquiry.",
        "Lord Alli has given nearly £1 million to the party over twenty years.",
    ),
    language="en",
)


def _bold(answer) -> str:
    assert answer.found and answer.phrase is not None
    return answer.sentences[0].text[answer.phrase[0]:answer.phrase[1]]


def test_a_visit_looked_forward_to_answers_when_it_will_be() -> None:
    answer = ask(SPEECH, "When will the King and Queen travel to Samoa?")
    assert _bold(answer) == "October"


def test_the_first_day_of_a_term_answers_when() -> None:
    answer = ask(COURT, "When did the president sign the order?")
    assert answer.found and "first day of his second term" in answer.sentences[0].text


def test_a_count_of_the_asked_thing_is_no_price_of_it() -> None:
    assert not ask(SPEECH, "How much will the new homes cost?").found
    assert _bold(ask(SPEECH, "How many homes will be built?")) == "1.5 million"
    assert _bold(ask(SPEECH, "How much money will the energy company get?")) == "£8.3 billion"


def test_a_factor_counts_no_judges() -> None:
    answer = ask(COURT, "How many judges voted against the ruling?")
    assert not answer.found or answer.sentences[0].text.startswith("Three conservative justices")


def test_a_factor_still_counts_times() -> None:
    article = Article(
        title="Calls",
        paragraphs=("The caller phoned the family's home nine times in the two months after the raid.",
                    "Police traced the calls to a prison."),
        language="en",
    )
    assert _bold(ask(article, "How many times did the caller phone the house?")) == "nine times"


def test_the_holder_named_in_apposition_answers_who_is_the_post() -> None:
    answer = ask(GIFTS, "Who is the standards commissioner?")
    assert answer.sentences[0].text.startswith("The opposition's letter to Daniel Greenberg")
    assert _bold(answer) == "Daniel Greenberg"


def test_a_sum_donated_is_money_and_a_donor_gave_it() -> None:
    article = Article(
        title="Gifts",
        paragraphs=(
            "Lord Alli provided the party leader with accommodation worth more than £20,000 from 29 May to 13 July.",
            "The revelation shows the strength of the tie between Lord Alli and the leader. He is the biggest donor and has given "
            "nearly £1 million to the party over twenty years.",
        ),
        language="en",
    )
    assert _bold(ask(article, "How much has Lord Alli donated to the party in total?")) == "nearly £1 million"


def test_how_warm_asks_a_temperature_in_degrees() -> None:
    article = Article(
        title="Hitze im Mittelmeer",
        paragraphs=(
            "Klar ist zumindest, dass wärmere Meere tendenziell mehr Wasser verdunsten.",
            "Im Juli erreichte das Wasser vor Mallorca 29 Grad.",
        ),
        language="de",
    )
    assert _bold(ask(article, "Wie warm wurde das Wasser vor Mallorca?")) == "29 Grad"


def test_a_temperature_told_by_the_degree_sign_or_against_freezing() -> None:
    fire = Article(
        title="Incendie sous le pont",
        paragraphs=("Le feu a atteint une température supérieure à 1000° selon les pompiers.",
                    "Deux personnes ont été légèrement blessées."),
        language="fr",
    )
    assert "1000°" in _bold(ask(fire, "Quelle température a atteint le feu ?"))
    camp = Article(
        title="Protest camp",
        paragraphs=("On the night of 20 November the temperature was below freezing and the protesters camped outdoors.",
                    "Police used water cannon on the crowd."),
        language="en",
    )
    assert _bold(ask(camp, "How cold was it on the night of 20 November?")) == "below freezing"


def test_how_cold_is_declined_where_no_temperature_is_told() -> None:
    article = Article(
        title="Titan mapped",
        paragraphs=("Plains cover 65 percent of the surface of Titan and dunes cover 17 percent.",
                    "The moon's lakes are made of methane."),
        language="en",
    )
    assert not ask(article, "How cold is it on the surface of Titan?").found


def test_since_when_is_answered_by_a_start_told_with_since() -> None:
    article = Article(
        title="Eskalation im Nordatlantik",
        paragraphs=(
            "Die Lufttemperatur ist seit Beginn der Aufzeichnungen global um fast 1,5 Grad Celsius gestiegen, das "
            "Oberflächenwasser der Ozeane, vor allem im Nordatlantik, hat seit März 2023 Rekordtemperaturen erreicht.",
            "Die großskalige Windanomalie hatte 2023 auch deswegen so starke Auswirkungen, da zuvor fast fünf Jahre "
            "lang ein gegenläufiges Windmuster vorherrschte, das für kühlere Wassertemperaturen im Nordatlantik sorgte.",
            "Wärmere Meere verdunsten mehr Wasser.",
        ),
        language="de",
    )
    assert _bold(ask(article, "Seit wann ist der Nordatlantik so warm?")) == "März 2023"


def test_a_count_of_other_things_after_new_is_no_count_of_houses() -> None:
    article = Article(
        title="King's Speech",
        paragraphs=(
            "The new prime minister is expected to set out more than 35 new bills with an emphasis on creating "
            "jobs and accelerating the building of houses.",
            "The speech also promised cleaner rivers.",
        ),
        language="en",
    )
    answer = ask(article, "How many houses does the new government want to build?")
    assert not answer.found or _bold(answer) != "more than 35"


def test_whose_thing_bolds_the_owner_named_in_the_possessive() -> None:
    article = Article(
        title="Fashion week",
        paragraphs=("On Monday, Lady Starmer attended Edeline Lee’s London Fashion Week show in a borrowed outfit.",
                    "She has often worn clothes by British designers."),
        language="en",
    )
    assert _bold(ask(article, "Whose show did Lady Starmer go to during Fashion Week?")) == "Edeline Lee"


def test_what_someone_was_arrested_for_answers_why() -> None:
    article = Article(
        title="A university renamed",
        paragraphs=("In 2016 the university took the name of Vasyl Stus, a poet who died in a labour camp after his "
                    "arrest for anti-Soviet activity in 1980.",
                    "About half of its 12,000 students moved west."),
        language="en",
    )
    answer = ask(article, "Why was Vasyl Stus arrested?")
    assert _bold(answer).startswith("anti-Soviet activity")


def test_a_count_told_by_they_after_the_sentence_naming_them() -> None:
    article = Article(
        title="Universities in exile",
        paragraphs=(
            "In November 2022, Fedchin and his colleagues launched Smolny Beyond Borders, a university-in-exile "
            "initiative that enables many former Smolny faculty members to teach courses online with a similar ethos "
            "to the original Smolny College. So far, they have taught 2,585 students. Last semester, they ran 23 "
            "courses and now offer a two-year associate-degree programme accredited by Bard College.",
            "Fedchin says that about 50% of its students taking non-degree courses are in Russia.",
            "The ambitions of Smolny Beyond Borders have now grown to supporting a broader community of students "
            "in exile from other parts of the world through two Bard partner organizations.",
        ),
        language="en",
    )
    assert _bold(ask(article, "How many students has Smolny Beyond Borders taught?")) == "2,585"


def test_what_someone_called_something_is_the_quoted_name_given() -> None:
    race = Article(
        title="Christie quits",
        paragraphs=(
            "Christie recognized that his campaign could not overcome Trump's dominance of the party.",
            "Christie mounted a campaign that identified the former president as “a one-man crime wave” and said "
            "Trump had “earned every one” of his indictments.",
        ),
        language="en",
    )
    assert _bold(ask(race, "What did Christie call Trump?")) == "a one-man crime wave"
    rally = Article(
        title="Kundgebung",
        paragraphs=("Ein Komiker machte bei der Kundgebung einen Witz über Puerto Rico als „Insel des Mülls“.",
                    "„Sieben Jahre“ dauerte der Streit um die Insel."),
        language="de",
    )
    assert _bold(ask(rally, "Wie nannte der Komiker Puerto Rico?")) == "Insel des Mülls"


def test_what_makes_it_difficult_answers_why_someone_cannot() -> None:
    article = Article(
        title="Universities in exile",
        paragraphs=(
            "The war itself has brought the added problem of electricity cuts, which make it difficult for Radio to "
            "perform experiments for his studies using single-crystal X-ray diffraction. “An experiment needs more "
            "than eight hours, and this is a very long time for electricity,” he says.",
            "Laboratory equipment has been in storage since 2022.",
        ),
        language="en",
    )
    answer = ask(article, "Why can't Radio do his experiments?")
    assert answer.found and answer.sentences[0].text.startswith("The war itself has brought")


def test_a_time_written_with_am_glued_answers_what_time() -> None:
    article = Article(
        title="Deportees return",
        paragraphs=("The special aircraft carrying the deportees landed at the T3 terminal of the Delhi airport at "
                    "6am, an airport official said.",
                    "These 150 Indians have either violated their visa norms or were illegal immigrants."),
        language="en",
    )
    assert _bold(ask(article, "What time did the plane land?")) == "6am"
