"""Questions asking for a thing by its category ("What animal...", "What illness...", "What was
his job?"), answered by a sentence naming one of it without the category's word. Each asserts what
the reader sees: the sentence and the word in bold."""

from __future__ import annotations

import pytest

from bot.reader.article import Article
from tests.reader.test_answer import ask, bold

PLAGUE = Article(
    title="Plague case confirmed in Inner Mongolia as city issues warning",
    paragraphs=(
        "A city in northern China has issued a warning after a suspected case of the disease was reported on "
        "Saturday. Authorities in Bayannur, Inner Mongolia, announced a third-level warning for the prevention "
        "and control of the disease, which will be in place until the end of the year.",
        "The patient, a herdsman, is in quarantine and in stable condition in hospital, local officials said. "
        "He is thought to have fallen ill with bubonic plague after eating a wild marmot he had hunted.",
        "Local officials asked residents not to hunt wildlife that could carry the infection, and to report any "
        "dead or sick rodents.",
        "Last year two people died in the region after they ate the raw kidney of a marmot. Across the border in "
        "Mongolia, two further cases were confirmed this week in brothers who had eaten the meat.",
    ),
)

DOCTOR = Article(
    title="Doctor who warned of the outbreak dies in Wuhan",
    paragraphs=(
        "Li Wenliang, 34, had tried to warn fellow medics about the virus in December, but police told him to "
        "stop making false comments. He worked as an ophthalmologist at Wuhan Central Hospital, where he had "
        "noticed seven cases of a virus that he thought looked like Sars.",
        "His death was confirmed early on Friday by the hospital, which said he had been infected while treating "
        "patients.",
    ),
)

CELLIST = Article(
    title="Teenager wins young musician of the year",
    paragraphs=(
        "Sheku Kanneh-Mason, 17, from Nottingham, was named the winner at a ceremony in Birmingham on Sunday night. "
        "He started playing the cello at the age of six and is the first black musician to win the award since it "
        "began in 1978.",
        "The judges praised his performance of Shostakovich's first concerto, which he played with the BBC "
        "Symphony Orchestra.",
    ),
)


def test_an_illness_is_found_by_its_name() -> None:
    answer = ask(PLAGUE, "What illness did the herdsman catch?")
    assert answer.found and "bubonic plague" in answer.sentences[0].text
    assert bold(PLAGUE, "What illness did the herdsman catch?") == "plague"


def test_an_animal_is_found_by_its_kind() -> None:
    answer = ask(PLAGUE, "What kind of animal had the herdsman eaten?")
    assert answer.found and answer.sentences[0].text.startswith("He is thought to have fallen ill")
    assert bold(PLAGUE, "What kind of animal had the herdsman eaten?") == "marmot"


def test_a_job_is_found_by_the_person_who_does_it() -> None:
    answer = ask(DOCTOR, "What was Li Wenliang's job?")
    assert answer.found and answer.sentences[0].text.startswith("He worked as an ophthalmologist")
    assert bold(DOCTOR, "What was Li Wenliang's job?") == "ophthalmologist"


def test_an_instrument_is_found_by_its_name() -> None:
    assert bold(CELLIST, "Which instrument does Sheku Kanneh-Mason play?") == "cello"


@pytest.mark.parametrize(
    ("language", "sentences", "question", "word"),
    [
        ("de", ("Der Hirte liegt in Quarantäne im Krankenhaus.",
                "Er soll an der Beulenpest erkrankt sein, nachdem er ein Murmeltier gegessen hatte."),
         "Welches Tier hatte der Hirte gegessen?", "Murmeltier"),
        ("fr", ("Le berger est en quarantaine à l'hôpital.",
                "Il aurait contracté la peste bubonique après avoir mangé une marmotte."),
         "Quel animal le berger avait-il mangé ?", "marmotte"),
        ("es", ("El pastor está en cuarentena en el hospital.",
                "Habría contraído la peste bubónica tras comer una marmota."),
         "¿Qué animal había comido el pastor?", "marmota"),
    ],
)
def test_a_category_in_german_french_and_spanish(
    language: str, sentences: tuple[str, ...], question: str, word: str
) -> None:
    article = Article(title="Peste", language=language, paragraphs=sentences)
    assert bold(article, question) == word
