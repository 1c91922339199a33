"""Speakers a reader checks on a crime feature and a German politics report (own texts, written after the
faults were seen on untuned pages): an officer the story never names, a neighbour after "But", and a
president titled by his surname before his full name."""

from tests.support.reading import speakers

_NEIGHBOUR = "Next door neighbour Doris Wexler told the local paper: “I kept calling the city about the smell for weeks.”"


def test_the_officer_the_story_brought_in_unnamed_is_no_one_named_later() -> None:
    found = speakers(
        _NEIGHBOUR,
        "Even when a police officer first called, the owner shrugged off the smell. According to reports, the "
        "officer recalled: “I knocked on the door for ten minutes and then walked round to the back.”",
        "Another officer, John Carney, said: “The television was playing very loud when we went in.”",
    )
    assert found["I knocked on the door"] is None
    assert found["The television was playing very"] == "John Carney"


def test_a_neighbour_after_but_speaks_when_the_colon_follows_a_verb_of_telling() -> None:
    found = speakers(
        _NEIGHBOUR,
        "Even when a police officer first called, the owner shrugged off the smell.",
        "But neighbour Wexler picks up the story: “All of a sudden the door opens and he walks out of the house.”",
    )
    assert found["All of a sudden the"] == "Doris Wexler"


def test_a_president_titled_by_surname_first_is_shown_by_his_full_name() -> None:
    found = speakers(
        "Präsident Marlow macht Andeutungen, dass es bald auch Einsätze an Land geben könnte.",
        "Nach der Beschlagnahme eines Tankers hat US-Präsident Dan Marlow erneut über Einsätze gesprochen. "
        "„Es wird bald auch an Land beginnen“, sagte er im Weißen Haus.",
        "Marlow selbst sagte auf die Frage eines Journalisten: „Es geht um sehr viele Dinge.“",
        language="de",
    )
    assert found["Es wird bald auch an"] == "Dan Marlow"
    assert found["Es geht um sehr viele"] == "Dan Marlow"
