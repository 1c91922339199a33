"""What a reader met on German, Austrian and Swiss news pages nobody had tuned on (trial 23de: a
fire's smoke over schools and care homes, spies in a neutral country, a slaughterhouse, firefighters'
pension age): "how many" questions were declined when the count named the thing in other words
("210 Bewohner" for the seniors living in a home), or when an adjective stood before the counted
noun ("Wie viele russische Mitarbeiter ...?" was read as counting "russische")."""

from __future__ import annotations

import pytest

from bot.reader.answer.kinds import counted_words
from bot.reader.answer.plural_stems import other_number
from bot.reader.answer.why_verbs import when_split_acts
from bot.reader.article import Article
from bot.reader.pipeline import ask

HEIM = Article(
    title="Rauch über der Stadt",
    paragraphs=(
        "Der Rauch zog am Montag über die Stadt. Betroffen waren auch die 95 Bewohner des Pflegeheims am Fluss.",
        "Der Verwalter des Heims sagte, man habe die Fenster geschlossen gehalten. "
        "Die Älteren seien ruhig geblieben.",
    ),
    language="de",
)

DIENST = Article(
    title="Ein kleiner Dienst",
    paragraphs=(
        "Der Geheimdienst des Landes gilt als schwach. "
        "Seine nur 310 Beschäftigten kümmern sich auch um die Terrorabwehr.",
        "In der Botschaft in der Hauptstadt arbeiten 140 ausländische Mitarbeiter, sagte die Sprecherin.",
    ),
    language="de",
)


def test_a_count_told_by_a_word_of_the_question_answers() -> None:
    answer = ask(HEIM, "Wie viele Senioren leben im Pflegeheim am Fluss?")
    assert answer.found
    assert "95 Bewohner" in answer.sentences[0].text


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("Wie viele ausländische Mitarbeiter gibt es in der Botschaft?", "mitarbeiter"),
        ("Wie viele neue Stellen schafft die Firma?", "stellen"),
        ("In wie vielen Orten lief nur ein Notbetrieb?", "orten"),
    ],
)
def test_a_german_count_names_its_noun_not_the_adjective_before_it(question: str, noun: str) -> None:
    assert counted_words(question, "de")[-1] == noun


def test_a_count_asked_with_an_adjective_before_the_noun_is_answered() -> None:
    answer = ask(DIENST, "Wie viele ausländische Mitarbeiter gibt es in der Botschaft?")
    assert answer.found
    assert "140" in answer.sentences[0].text


def test_a_count_of_something_else_is_still_no_answer() -> None:
    assert not ask(HEIM, "Wie viele Ärzte arbeiten im Pflegeheim am Fluss?").found


RAT = Article(
    title="Streit im Stadtrat",
    paragraphs=(
        "Die Abgeordnete Anna Berger kritisierte am Dienstag den Haushalt der Stadt scharf. "
        "Nach dem Großbrand in der Lagerhalle am Hafen mussten 40 Menschen ihre Wohnungen verlassen.",
        "Berger sagte, die Stadt müsse sparen, weil neue Schulden drohten. "
        "Der Stadtrat tagte danach bis zum Abend.",  # "trat" ends "Stadtrat", but tells no act
    ),
    language="de",
)

RUECKTRITT = Article(
    title="Rücktritt im Stadtrat",
    paragraphs=(
        "Die Abgeordnete Anna Berger hat ihren Rücktritt erklärt, weil sie nach Wien zieht.",
        "Ihr Sitz geht an den Nächsten auf der Liste.",
    ),
    language="de",
)


@pytest.mark.parametrize(
    "question",
    ["Warum trat Anna Berger zurück?", "Warum brach das Feuer in der Lagerhalle aus?"],
)
def test_why_a_split_verb_happened_is_declined_when_the_page_never_tells_it(question: str) -> None:
    assert not ask(RAT, question).found


def test_why_a_split_verb_happened_is_answered_by_its_noun() -> None:
    answer = ask(RUECKTRITT, "Warum trat Anna Berger zurück?")
    assert answer.found
    assert "weil sie nach Wien zieht" in answer.sentences[0].text


HOEFE = Article(
    title="Schlachten in der Region",
    paragraphs=(
        "Wer nach Schlachthöfen in der Region sucht, stößt zunächst einmal auf den Betrieb am Stadtrand.",
        "Dort arbeiten Fleischer aus vielen Ländern.",
    ),
    language="de",
)


def test_einmal_as_a_filler_counts_nothing() -> None:
    assert not ask(HOEFE, "Wie viele Schlachthöfe gibt es in der Region?").found


RENTE = Article(
    title="Später in Pension",
    paragraphs=(
        "Die Landesregierung will das Pensionsalter der Feuerwehrleute anheben. "
        "Betroffen sind Beamte ab dem Geburtsjahr 1966.",
        "Heute wird im Landtag über das Gesetz diskutiert.",
    ),
    language="de",
)

ABSTIMMUNG = Article(
    title="Später in Pension",
    paragraphs=(
        "Die Landesregierung will das Pensionsalter der Feuerwehrleute anheben. "
        "Die Abstimmung über das Gesetz im Landtag ist am 12. Mai geplant.",
    ),
    language="de",
)


def test_when_a_split_verb_happens_is_declined_when_the_page_never_tells_it() -> None:
    assert not ask(RENTE, "Wann stimmt der Landtag über das Gesetz ab?").found


def test_when_a_split_verb_happens_is_answered_by_its_noun() -> None:
    answer = ask(ABSTIMMUNG, "Wann stimmt der Landtag über das Gesetz ab?")
    assert answer.found
    assert "12. Mai" in answer.sentences[0].text


@pytest.mark.parametrize(
    ("question", "acts"),
    [
        ("Wann trat die Ministerin zurück?", ("zurücktrat", "rücktrat", "trat")),
        ("Wann erreichten die Soldaten das Fort?", ()),  # a noun last, no particle
        ("Wann wurde das Gesetz beschlossen?", ()),  # an auxiliary: the verb is not split
    ],
)
def test_a_split_verb_is_read_only_with_its_particle_last(question: str, acts: tuple[str, ...]) -> None:
    assert when_split_acts(question, "de") == acts


AMT = Article(
    title="Gespräche in Genf",
    paragraphs=(
        "Doch der polnische Außenminister Jan Nowak sieht das Land als „Spielball Moskaus“ und reiste ab.",
        "Die Grünen liegen bei 12 Prozent, die Partei des amtierenden Ministerpräsidenten Karl Weber bei 30 Prozent.",
    ),
    language="de",
)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Wer ist der polnische Außenminister?", "Jan Nowak"),
        ("Wer ist der Ministerpräsident?", "Karl Weber"),  # the title inflected
    ],
)
def test_the_name_after_the_title_asked_is_bold(question: str, name: str) -> None:
    answer = ask(AMT, question)
    start, end = answer.phrase
    assert answer.sentences[0].text[start:end] == name


KAMPAGNE = Article(
    title="Unternehmen gegen Hetze",
    paragraphs=(
        "An der Kampagne „Vielfalt wirkt“ beteiligen sich inzwischen mehr als 60 mittelständische Unternehmen. "
        "Der Sprecher der Kampagne nannte das einen Erfolg.",
        "Die Themen des Wahlkampfs sind Schulen, Straßen und Wohnungen.",
    ),
    language="de",
)


def test_a_plural_the_stemmer_parts_from_its_singular_finds_the_singulars_synonyms() -> None:
    answer = ask(KAMPAGNE, "Wie viele Firmen machen bei der Kampagne mit?")
    assert answer.found
    assert "mehr als 60" in answer.sentences[0].text


@pytest.mark.parametrize(
    ("term", "other"),
    [("firma", ("firm",)), ("firm", ("firma",)), ("zentrum", ("zentr",)), ("raum", ()), ("datum", ()),
     ("fachleut", ("fachmann",)), ("feuerwehrmann", ("feuerwehrleut",))],
)
def test_the_other_number_of_a_noun_the_stemmer_parts(term: str, other: tuple[str, ...]) -> None:
    assert other_number(term, "de")[:1] == other[:1]
