"""Quotes of English news pages the bot had never seen (trial 20, Readability's test pages, labelled before
the bot ran on them), rebuilt as invented stories of the same construction: a `he` after `…, said NAME, who…`,
an attribution after a clause that carries the quotation on (`“…” while they were in power, Azzouz said`),
and a body whose name goes on through `of` after a capitalised adjective (`the New Zealand Department of
Conservation`)."""

from __future__ import annotations

from tests.support.reading import speakers


def test_he_after_said_name_is_that_name_not_the_speaker_before() -> None:
    found = speakers(
        "“The harbour is the best place to buy cod, to be honest with you,” Mara Quinn said.",
        "The market opened in 2017 for $3 million.",
        "The business has been steady, said Tom Baxter, who follows the market as an analyst at a brokerage. "
        "In a few more years, he said, “You won’t recognize the old harbour market.”",
    )
    assert found["The harbour is the best"] == "Mara Quinn"
    assert found["You won’t recognize the old"] == "Tom Baxter"


def test_the_last_clause_after_a_comma_names_who_said_it() -> None:
    found = speakers(
        "Lena Ortiz, a director at the Harbour Trust, spoke on Tuesday.",
        "“The party is responsible for the present state of the port, because they were careless with the "
        "money” while they were in office, Ortiz said.",
        "Nobody knows why ferries run late, but “staff shortages, old engines, storms or a falling tide” are all "
        "thought to play a part, according to the New Zealand Department of Transport.",
    )
    assert found["The party is responsible for"] == "Lena Ortiz"
    assert found["staff shortages, old engines, storms"] == "New Zealand Department of Transport"


def test_a_body_of_something_keeps_its_whole_name() -> None:
    found = speakers(
        "“Interest rates will stay where they are for the rest of the year,” said the Bank of England.",
    )
    assert found["Interest rates will stay where"] == "Bank of England"


def test_a_paragraph_quoted_after_he_defended_goes_on_from_him() -> None:
    found = speakers(
        "Mayor Anna Kovac has admitted that the new bridge is running late.",
        "The mayor also admitted that some contractors needed to improve their records on safety. However, she "
        "defended her decision to keep working with those firms.",
        "“Well, they're not ideal partners. But what we found is that blunt talk with engagement gives us the "
        "best chance to change them.”",
    )
    assert found["Well, they're not ideal partners."] == "Anna Kovac"


def test_il_s_agit_is_nobody_speaking_not_the_last_man_named() -> None:
    found = speakers(
        "Paul Mercier, député de la Loire, a annoncé qu'il transmettrait un « mémorandum » au Conseil d'Etat.",
        "Le projet de loi énonce les domaines de la surveillance. Il s’agit notamment de « l’indépendance "
        "nationale, de l’intégrité du territoire et de la défense nationale ».",
        language="fr",
    )
    assert found["l’indépendance nationale, de l’intégrité du"] is None


def test_a_french_ministry_keeps_its_lower_case_adjective() -> None:
    found = speakers(
        "Un deuxième avion devait ramener des Français, « les plus éprouvés par la catastrophe et les plus "
        "vulnérables », selon le ministère des Affaires étrangères.",
        language="fr",
    )
    assert found["les plus éprouvés par la"] == "ministère des Affaires étrangères"


def test_called_it_with_a_judgement_in_lower_case_is_a_quotation() -> None:
    found = speakers(
        "Senator Ruth Ellis called this year’s budget “the worst piece of work we have passed in a decade.” In "
        "2015, however, when the council passed a smaller budget, she called it “a fair mix of cuts and "
        "investments that will create jobs.”",
    )
    assert found["a fair mix of cuts"] == "Ruth Ellis"


def test_a_person_said_that_before_a_paper_reported_after_is_the_speaker() -> None:
    found = speakers(
        "Harbour Foods chief executive Dana Whitfield said in an internal memo that the “price gap between the "
        "two shops has become less important” as Harbour Foods cut its prices, the Coast Courier reported in May.",
    )
    assert found["price gap between the two"] == "Dana Whitfield"


def test_spanish_y_after_a_quotation_opens_the_next_clause_not_an_attribution() -> None:
    found = speakers(
        "La semana pasada se publicaron extractos de un informe que mencionaba supuestos contactos de la "
        "organización. Entre ellos aparecía Pedro Lamas, a quien el informe ubicó \"con domicilios en Rosario y en "
        "el centro de la ciudad\", y aseguraba incluso que había sido visto \"en Salta, Jujuy y Tucumán durante "
        "el juicio\".",
        language="es",
    )
    assert found["con domicilios en Rosario y"] is None


def test_a_name_cut_short_in_captions_is_the_whole_name_the_text_gives() -> None:
    found = speakers(
        "Fisher Rangi Tane was seven years old when he saw his first stranding.",
        "“The sea is changing faster than anyone thought,” says Tane, a tribal elder.",
        "Wiremu (Te Rua James) Tane, watched by his father, Rangi Tane, carves a whale bone at their home.",
        "Tane and his son, Te Rua James Tane, were called in to help.",
        "Clockwise from top: Te Rua Tane, in front of the carving shed; three whale teeth.",
        "“Our own ancestors wouldn’t tell people to hug the whales,” says Te Rua.",
    )
    assert found["Our own ancestors wouldn’t tell"] == "Te Rua James Tane"


def test_a_statement_coming_from_a_ministry_is_the_ministry_s() -> None:
    found = speakers(
        "Un autre communiqué, officiel celui-là, émanant du ministère des Affaires sociales, a précisé que « les "
        "principaux points de l'accord seront appliqués dès le mois de juin ».",
        language="fr",
    )
    assert found["les principaux points de l'accord"] == "ministère des Affaires sociales"
