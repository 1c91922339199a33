"""Questions asked in the reader's own words, not the article's, and the sentence they get back."""

from __future__ import annotations

import pytest

from bot.reader.article import Article
from tests.reader.test_answer import ask

MANAGER = Article(
    title="Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager",
    paragraphs=(
        "Jose Mourinho has agreed a deal to replace Mauricio Pochettino at Tottenham until "
        "the end of the 2022/23 season.",
        "Pochettino was sacked last night after five-and-a-half years in charge.",
        "The Portuguese boss had been out of work since being sacked by Manchester United in December 2018.",
        'The 56-year-old said after his appointment: "I am excited to be joining a club with such a '
        'great heritage and such passionate supporters."',
        "His first match in charge will be away to West Ham on Saturday.",
    ),
)


@pytest.mark.parametrize("question", ["How old is the new coach?", "How old is the club's new manager?"])
def test_how_old_is_answered_by_the_age_though_old_is_the_opposite_of_new(question: str) -> None:
    answer = ask(MANAGER, question)
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith("The 56-year-old said")


def test_a_verb_of_a_less_common_sense_reaches_its_synonym() -> None:
    """WordNet's fourth verb sense of "fire" is "sack": a common word's bridges keep its commonest
    senses' synonyms, not the first ones in the alphabet."""
    answer = ask(MANAGER, "When did Manchester United fire the Portuguese?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert "sacked by Manchester United in December 2018" in answer.sentences[0].text


def test_when_is_answered_by_a_time_counted_from_the_day_of_writing() -> None:
    answer = ask(MANAGER, "When was Pochettino fired?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text == "Pochettino was sacked last night after five-and-a-half years in charge."


RAINFOREST = Article(
    title="Regenwald schrumpft weiter",
    language="de",
    paragraphs=(
        "Der Regenwald am Amazonas bedeckt rund 5,5 Millionen Quadratkilometer. Der größte Teil liegt in Brasilien.",
        "Seit 1970 wurden dort große Flächen abgeholzt. "
        "Der Boden wird heute vor allem als Weide für Rinder genutzt.",
        "Forscher warnen, dass mit dem Wald auch der Regen zurückgeht.",
    ),
)


def test_a_german_past_participle_meets_its_verbs_synonyms() -> None:
    """"gerodet" (roden) and "verwendet" reach the article's "abgeholzt" (abholzen) and "genutzt" (nutzen)."""
    answer = ask(RAINFOREST, "Wofür wird das gerodete Land verwendet?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text == "Der Boden wird heute vor allem als Weide für Rinder genutzt."


UTILITY = Article(
    title="PG&E begins new power shutoff over fire danger",
    paragraphs=(
        "Pacific Gas & Electric Co. began shutting off power Wednesday to some 375,000 people in 18 counties.",
        "“This lack of rain is keeping the threat of fire very real,” said Scott Strenfel, "
        "PG&E's principal meteorologist.",
        "The weather should ease by Thursday morning, allowing PG&E to begin restoring power, said Mark Quinlan, "
        "PG&E's senior director of emergency preparedness.",
        "The outages have been “terribly disruptive” and PG&E is taking steps to avoid them, "
        "company CEO Andy Vesey said.",
    ),
)


def test_who_runs_a_company_is_its_chief_not_a_senior_director_or_a_principal_meteorologist() -> None:
    answer = ask(UTILITY, "Who runs PG&E?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert "CEO Andy Vesey" in answer.sentences[0].text


AIRLINE = Article(
    title="Emirates orders 30 Boeing Dreamliners",
    paragraphs=(
        "Dubai's flagship carrier Emirates finalized a deal on Wednesday to buy 30 of Boeing's 787-9 Dreamliner jets.",
        "Emirates is the top buyer of the Airbus A380. But its cutback on orders of the jumbo jet early this year "
        "led the French manufacturer to announce it would scrap its production.",
        "Emirates President Tim Clark told reporters that the airline will grow again in the early 2020s.",
    ),
)


def test_who_leads_a_company_is_answered_by_its_leaders_title_not_by_the_verb_led() -> None:
    answer = ask(AIRLINE, "Who leads Emirates?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith("Emirates President Tim Clark")


MERGER = Article(
    title="Two bakery chains complete their merger",
    paragraphs=(
        "The merger of the bakery chains Crumb and Loafly became final on Tuesday.",
        "Anna Berg, who will be the merged company's chairwoman, said the deal would let it pay down debt.",
        "An investment fund, which stayed a major player in the company after its listing, currently runs "
        "Loafly through a management contract.",
    ),
)


def test_who_will_run_a_company_is_its_chairwoman_not_whoever_runs_it_through_a_management_contract() -> None:
    answer = ask(MERGER, "Who will run the combined company?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith("Anna Berg, who will be the merged company's chairwoman")


STORM = Article(
    title="Ouragan Sandy : 39 morts aux États-Unis",
    language="fr",
    paragraphs=(
        "Le passage de Sandy sur la côte est des États-Unis fit 39 morts selon le bilan le plus récent.",
        "L'ouragan a touché terre lundi soir dans l'État du New Jersey. On a relevé des vents soufflant à plus "
        "de 125 km/h. Ce mardi soir, plus de 8 millions de foyers sont privés d'électricité.",
        "Du côté des transports, ce sont 12 000 vols intérieurs et internationaux qui sont annulés.",
    ),
)


def test_a_speed_question_is_answered_by_a_speed_in_bold() -> None:
    question = "Quelle était la vitesse des rafales ?"
    answer = ask(STORM, question)
    assert answer.found, f"declined (score {answer.score:.2f})"
    sentence = answer.sentences[0].text
    assert sentence == "On a relevé des vents soufflant à plus de 125 km/h."
    assert answer.phrase is not None and sentence[answer.phrase[0]: answer.phrase[1]] == "plus de 125 km/h"


PARSER = Article(
    title="Parsing JSON quickly",
    paragraphs=(
        "A reader asked how our parser compares with a library designed for ease of use.",
        "Roughly speaking, the parser can validate a document and build a tree at a speed of about 2 GB/s. "
        "The easier library reaches about 0.1 GB/s, so it is about 20 times slower.",
        "We are working toward the next release.",
    ),
)


def test_a_speed_question_is_answered_by_a_data_rate_in_bold() -> None:
    answer = ask(PARSER, "How fast can the parser read a document?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    sentence = answer.sentences[0].text
    assert sentence.startswith("Roughly speaking, the parser")
    assert answer.phrase is not None and sentence[answer.phrase[0]: answer.phrase[1]] == "about 2 GB/s"


@pytest.mark.parametrize("question", [
    "How much faster is the parser than the easier library?",
    "How many times quicker is the parser than the easier library?",
])
def test_how_much_faster_than_is_answered_by_the_factor_in_bold(question: str) -> None:
    answer = ask(PARSER, question)
    assert answer.found, f"declined (score {answer.score:.2f})"
    sentence = answer.sentences[0].text
    assert sentence.startswith("The easier library reaches")
    assert answer.phrase is not None and sentence[answer.phrase[0]: answer.phrase[1]] == "about 20 times"


WORKSHOP = Article(
    title="Eine Werkstatt feiert Jubiläum",
    language="de",
    paragraphs=(
        "Die Werkstatt Rabe in Bremen gründete sich 1894 als Schmiede am Hafen. Heute repariert die Werkstatt "
        "vor allem Fahrräder.",
        "Die Filiale in Oldenburg wurde 1990 von Hermann Rabe gegründet. Die Filiale verkauft vor allem Lastenräder.",
        "Das Jubiläum feiert die Werkstatt im Mai mit einem Fest. Für das Jubiläum schafft die Werkstatt zehn "
        "neue Stellplätze.",
    ),
)


@pytest.mark.parametrize(("question", "expected"), [
    ("Wer gründete die Filiale?", "Die Filiale in Oldenburg wurde 1990 von Hermann Rabe gegründet."),
    ("Was wird für das Jubiläum geschaffen?", "Für das Jubiläum schafft die Werkstatt zehn neue Stellplätze."),
])
def test_a_german_past_participle_meets_the_other_forms_of_its_verb(question: str, expected: str) -> None:
    """The stemmer parts "gegründet" from "gründete" and "geschaffen" from "schafft"; without the
    verb's other form the sentence that merely shares "Filiale" or "Jubiläum" came first."""
    answer = ask(WORKSHOP, question)
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text == expected


STUDY = Article(
    title="Weniger Wald, weniger Regen",
    language="de",
    paragraphs=(
        "Brasilien ist nach den Vereinigten Staaten der zweitgrößte Produzent von Sojabohnen. Eine neue Studie "
        "von Leydimere Oliveira et al. hat jedoch gezeigt, dass es immer weniger Niederschläge gibt, je mehr "
        "Regenwald abgeholzt wird. Umso geringer fällt auch der Ertrag pro Hektar aus.",
    ),
)


def test_a_sentence_runs_on_past_et_al_so_the_study_keeps_its_authors() -> None:
    answer = ask(STUDY, "Wer hat gezeigt, dass weniger Regen fällt, wenn mehr Wald gerodet wird?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith("Eine neue Studie von Leydimere Oliveira et al. hat jedoch gezeigt")


FOREST = Article(
    title="Amazonas-Regenwald",
    language="de",
    paragraphs=(
        "Der Amazonas-Regenwald bedeckt den größten Teil des Amazonasbeckens Südamerikas.",
        "Umweltschützer zeigen sich besorgt über den Verlust der Biodiversität, die sich aus der Zerstörung "
        "des Waldes ergeben wird. Die Wälder des Amazonasgebietes machen etwa 10% der Kohlenstoffspeicher aus.",
    ),
)


def test_a_german_compound_finds_another_with_the_same_head() -> None:
    """"Naturschützer" asks about the article's "Umweltschützer"; "worüber" is no content word."""
    answer = ask(FOREST, "Worüber machen sich Naturschützer Sorgen?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith("Umweltschützer zeigen sich besorgt")


TRIAL = Article(
    title="Man pleads guilty to threatening congresswoman",
    paragraphs=(
        "A New York man pleaded guilty on Monday to threatening to kill a congresswoman.",
        "Sentencing is scheduled for Feb. 14. He faces a maximum of 10 years in prison.",
    ),
)


def test_a_short_month_before_a_day_is_the_bold_date() -> None:
    answer = ask(TRIAL, "When will he be sentenced?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    sentence = answer.sentences[0].text
    assert sentence == "Sentencing is scheduled for Feb. 14."
    assert answer.phrase is not None and sentence[answer.phrase[0]: answer.phrase[1]] == "Feb. 14"


BRONCOS = Article(
    title="Broncos reach the final",
    paragraphs=(
        "The past record was held by John Elway, who led the Broncos to victory at age 38 and is now the club's Executive Vice President.",
        "Following a loss in the playoffs, the Broncos hired Gary Kubiak as their new head coach.",
        "Veteran receiver Demaryius Thomas led the team with 105 receptions for 1,304 yards.",
        "Vice President Lyndon Johnson was asked to look into the space programme.",
    ),
)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Who is the head coach of the Broncos?", "Gary Kubiak"),
        ("Who led the Broncos with 105 receptions?", "Demaryius Thomas"),
        ("Who was the vice president asked to look into the space programme?", "Lyndon Johnson"),
    ],
)
def test_a_post_the_question_names_or_a_deed_it_asks_about_is_answered_by_who_holds_or_did_it(question: str, name: str) -> None:
    answer = ask(BRONCOS, question)
    assert answer.found and name in answer.sentences[0].text


def test_who_headed_something_is_answered_by_whoever_led_it() -> None:
    committee = Article(
        title="Apollo review",
        paragraphs=(
            "The agency set up a review committee on the lunar programme in 1961.",
            "The committee, which Nicholas Golovin led, reported in the spring.",
            "Members of the review committee came from three agencies, said Anna Berg, a NASA historian.",
        ),
    )
    answer = ask(committee, "Who headed the review committee?")
    assert answer.found and "Nicholas Golovin" in answer.sentences[0].text


def test_combien_de_fois_without_a_comparison_counts_how_often() -> None:
    article = Article(
        title="Un avocat abattu à Ajaccio",
        language="fr",
        paragraphs=(
            "L'avocat a été abattu ce mardi par trois balles devant une station-service.",
            "Il était âgé de 63 ans et défendait de nombreux clients connus.",
            "La police a ouvert une enquête pour assassinat.",
        ),
    )
    answer = ask(article, "Combien de fois a-t-on tiré sur l'avocat ?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith("L'avocat a été abattu")


LAPTOP = Article(
    title="Notebook im Angebot",
    language="de",
    paragraphs=(
        "Das Acer-Notebook ist mit einem Vierkernprozessor ausgestattet und kostet 832 Euro.",
        "Die Grafikkarte hat sechs Gigabyte Videospeicher. Der Händler liefert innerhalb von zwei Tagen.",
        "Das Angebot gilt bis Sonntag.",
    ),
)


def test_wie_schwer_asks_a_weight_and_is_declined_without_one() -> None:
    assert not ask(LAPTOP, "Wie schwer ist das Acer-Notebook?").found


def test_wie_schwer_is_answered_by_a_weight_in_bold() -> None:
    heavier = Article(title=LAPTOP.title, language="de", paragraphs=(
        *LAPTOP.paragraphs[:2], "Das Acer-Notebook wiegt 2,4 Kilogramm und ist damit eher schwer.",
    ))
    answer = ask(heavier, "Wie schwer ist das Acer-Notebook?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    sentence = answer.sentences[0].text
    assert answer.phrase is not None and sentence[answer.phrase[0]: answer.phrase[1]] == "2,4 Kilogramm"


def test_was_kostet_is_answered_by_the_price_in_bold() -> None:
    answer = ask(LAPTOP, "Was kostet das Acer-Notebook?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    sentence = answer.sentences[0].text
    assert answer.phrase is not None and sentence[answer.phrase[0]: answer.phrase[1]] == "832 Euro"


def test_was_kostet_is_declined_when_no_price_is_given() -> None:
    kanzlei = Article(
        title="Die Kanzlei",
        language="de",
        paragraphs=(
            "Die Kanzlei berät Firmen und Privatleute in Steuerfragen.",
            "Beratung und Vertretung:",
            "Im Ernstfall steht Ihnen ein Anwalt für Steuerstrafrecht zur Seite.",
        ),
    )
    assert not ask(kanzlei, "Was kostet eine Beratung?").found
