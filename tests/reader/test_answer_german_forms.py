"""German questions in a reader's words, where the article writes the same thing in another form.

Seen in a new-user trial on untuned German news (issue 14): the reader's "Retter" is the article's
"Rettungsschwimmer", "gesenkt" its "Senkung", "in den 90er Jahren" its "in den 1990er Jahren"; "im
Alter von 9 und 13 Jahren" is an age, the daughters' and not their mother's; "der Sprecher" is no
one's name. The articles here are invented.
"""

from __future__ import annotations

from bot.reader.answer.ages import age_of_another
from bot.reader.answer.compound_starts import MODIFIER, compounds_by_start
from bot.reader.answer.index import AnswerIndex
from bot.reader.answer.plural_stems import other_number
from bot.reader.answer.participles import nouns_of_verb, verb_of_act_noun, verb_of_noun_of_act, verb_of_term, verbs_of
from bot.reader.answer.speech import asked_speaker
from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.text.language import language_for
from tests.reader.test_answer import ask, best_text

POOL = Article(
    title="Das Freibad öffnet",
    language="de",
    paragraphs=(
        "Der Schwimmverein Eigen hat 400 Mitglieder und betreibt das Freibad.",
        "Unter den Mitgliedern sind 35 Rettungsschwimmer, die am Wochenende Dienst tun.",
        "Das Freibad öffnet am 1. Mai.",
    ),
)

FEES = Article(
    title="Neue Gebühren",
    language="de",
    paragraphs=(
        "Die Gebühren für Parkplätze steigen im Mai.",
        "Die Senkung der Gebühren für Kitas gilt ab März.",
        "Der Stadtrat hat beides am Montag beschlossen.",
    ),
)

CAREER = Article(
    title="Ein Kandidat gegen den Präsidenten",
    language="de",
    paragraphs=(
        "Boris Nadeschdin will bei der Wahl im März antreten.",
        "Seine Karriere begann in den 1990er Jahren als Berater des Vizepremiers Boris Nemzow.",
        "Heute sammelt er Unterschriften in 65 Regionen.",
    ),
)

POLITICIAN = Article(
    title="Eine neue Präsidentin in New York",
    language="de",
    paragraphs=(
        "Annalena Baerbock tritt heute das Amt der Präsidentin der Generalversammlung an.",
        "Baerbock hat zwei Töchter im Alter von 9 und 13 Jahren.",
        "Die Generalversammlung tagt in New York, wo 193 Länder zusammenkommen.",
    ),
)

PROTEST = Article(
    title="Protest gegen die Schließung des Krankenhauses",
    language="de",
    paragraphs=(
        "Am Samstag zogen rund 2000 Menschen durch die Innenstadt.",
        "Sie protestierten gegen die geplante Schließung des Krankenhauses.",
        "Die Polizei nahm am Abend zwölf Demonstranten fest.",
        "Sie sollen Steine auf Beamte geworfen haben.",
        "Die Stadt will die Kosten des Einsatzes prüfen.",
    ),
)

COURT = Article(
    title="Das Gericht und die Stadt",
    language="de",
    paragraphs=(
        "Das Verwaltungsgericht hat die Stadt im vergangenen Jahr dreimal zu Nachbesserungen verpflichtet.",
        "Die Stadt hat gegen das Urteil keine Beschwerde eingelegt.",
        "Der Stadtrat tagt alle zwei Wochen im Rathaus.",
    ),
)

MAYOR = Article(
    title="Der Fall des Bürgermeisters",
    language="de",
    paragraphs=(
        "Der Prozess gegen den Bürgermeister von Eigen beginnt im Mai.",
        "Die Polizei hatte ihn am 3. März in seinem Büro festgenommen.",
        "Seit dem 10. März ist er gegen eine Kaution wieder frei.",
    ),
)

GROWTH = Article(
    title="Die Wirtschaft im Frühjahr",
    language="de",
    paragraphs=(
        "Ökonomen sehen die deutsche Wirtschaft in einer schwierigen Lage.",
        "Im ersten Quartal ist das Bruttoinlandsprodukt um 0,2 Prozent gestiegen.",
        "Die Regierung hofft auf ein besseres zweites Halbjahr.",
    ),
)


def test_a_strong_or_inseparable_participle_is_read_as_its_verb() -> None:
    german = language_for("de")
    assert verbs_of(german, "festgenommen") == ("festnehm", "nehm")
    assert verbs_of(german, "verhaftet") == ("verhaft",) and verbs_of(german, "entstanden") == ("entsteh",)
    assert verbs_of(german, "gelagert") == ("lag",) and verbs_of(german, "expandiert") == ("expandi",)
    assert verbs_of(german, "verbinden") == () and verbs_of(german, "Gefahren") == ()
    assert verb_of_term("de", "festgenomm") == "festnehm" and verb_of_term("de", "ubernomm") == "ubernehm"
    assert verb_of_term("de", "verhaftet") == "verhaft" and verb_of_term("de", "gefahr") is None


def test_a_participle_finds_its_verb_parted_from_its_particle() -> None:
    # "nahm ... fest" tells "festgenommen" and, through the verbs' bridge, "verhaftet"; "zwölf" is a count.
    assert "zwölf Demonstranten" in best_text(PROTEST, "Wie viele Demonstranten wurden festgenommen?")
    assert "zwölf Demonstranten" in best_text(PROTEST, "Wie viele Demonstranten wurden verhaftet?")


def test_how_strongly_something_grew_asks_an_amount() -> None:
    assert "0,2 Prozent" in best_text(GROWTH, "Wie stark ist die deutsche Wirtschaft im ersten Quartal gewachsen?")


def test_how_often_is_answered_by_a_count_of_times_or_a_frequency() -> None:
    for question, bold in (("Wie oft hat das Gericht die Stadt zu Nachbesserungen verpflichtet?", "dreimal"),
                           ("Wie oft tagt der Stadtrat?", "alle zwei Wochen")):
        answer = ask(COURT, question)
        assert answer.found and answer.phrase is not None
        assert answer.sentences[0].text[answer.phrase[0]:answer.phrase[1]] == bold


def test_a_strong_verbs_noun_of_its_act_finds_the_verb() -> None:
    assert verb_of_act_noun("de", "festnahm") == "festnehm" and verb_of_act_noun("de", "vorwurf") == "vorwerf"
    assert verb_of_act_noun("de", "bruch") is None and verb_of_act_noun("de", "aufgab") is None
    assert "festnahm" in nouns_of_verb("de", "festnehm") and "angebot" in nouns_of_verb("de", "anbiet")
    assert "am 3. März" in best_text(MAYOR, "Wann war die Festnahme?")


def test_a_word_finds_the_articles_compounds_it_begins() -> None:
    assert compounds_by_start(["stromkund", "strom"], 4) == {"stro": ["stromkund"], "strom": ["stromkund"]}
    assert ("rettungsschwimm", MODIFIER) in AnswerIndex(build_document(POOL)).links("rett")
    assert "35 Rettungsschwimmer" in best_text(POOL, "Wie viele Retter gibt es?")


def test_a_participle_finds_the_noun_of_its_act() -> None:
    assert nouns_of_verb("de", "senk") == ("senkung",) and nouns_of_verb("en", "cut") == ()
    assert "Senkung der Gebühren" in best_text(FEES, "Wann werden die Gebühren gesenkt?")


PRIZE = Article(
    title="Preis für Flechtenforschung",
    language="de",
    paragraphs=(
        "Die Biologin Anna Berger ist am Sonntag im Heidelberger Rathaus für ihre Arbeit an Flechten geehrt worden.",
        "Berger forscht seit zwanzig Jahren im Odenwald.",
        "Oberbürgermeister Eckart Würzner hielt eine kurze Rede.",
    ),
)
AWARD = Article(
    title="Preis für Flechtenforschung",
    language="de",
    paragraphs=(
        "Die Stadt Heidelberg hat am Sonntag die Biologin Anna Berger mit einer Auszeichnung bedacht.",
        "Berger forscht seit zwanzig Jahren im Odenwald.",
        "Oberbürgermeister Eckart Würzner hielt eine kurze Rede.",
    ),
)


def test_a_noun_of_an_act_and_the_verbs_participle_reach_each_others_bridges() -> None:
    # "Auszeichnung" -> "Ehrung" (a thesaurus set) -> "geehrt"; and "geehrt" -> "Ehrung" -> "Auszeichnung".
    assert verb_of_noun_of_act("de", "ehrung") == "ehr" and verb_of_noun_of_act("de", "zung") is None
    assert "geehrt worden" in best_text(PRIZE, "Wer erhielt die Auszeichnung?")
    assert "Auszeichnung bedacht" in best_text(AWARD, "Wer wurde geehrt?")


ROBOTAXI = Article(
    title="Robotertaxis in Phoenix",
    language="de",
    paragraphs=(
        "Zunächst sollen in den kommenden Monaten zehn Fahrzeuge auf die Plattform kommen.",
        "In diesen Wagen sitzt noch ein Sicherheitsfahrer am Steuer.",
        "Der Dienst startet im Sommer in einem Vorort von Phoenix.",
    ),
)


def test_a_plural_in_s_after_a_vowel_is_its_singulars_term() -> None:
    assert "auto" in other_number("autos", "de") and "kameras" in other_number("kamera", "de")
    assert other_number("bus", "de") == ()


def test_a_synonyms_head_is_what_it_is_a_kind_of() -> None:
    # "Autos" -> "Auto" -> "Kraftfahrzeug", whose head is the article's "Fahrzeuge".
    answer = ask(ROBOTAXI, "Wie viele Autos kommen zunächst auf die Plattform?")
    assert answer.found and answer.sentences[0].text[slice(*answer.phrase)] == "zehn"


def test_a_decade_without_its_century_is_the_articles_decade() -> None:
    assert "Boris Nemzow" in best_text(CAREER, "Wessen Berater war Nadeschdin in den 90er Jahren?")


def test_an_age_in_years_after_a_noun_is_that_nouns_age() -> None:
    answer = ask(POLITICIAN, "Wie alt sind ihre Töchter?")
    assert answer.found and answer.phrase is not None
    assert answer.sentences[0].text[answer.phrase[0]:answer.phrase[1]] == "9 und 13 Jahren"
    assert age_of_another("Baerbock hat zwei Töchter im Alter von 9 und 13 Jahren.", "Wie alt ist Baerbock?")
    assert not ask(POLITICIAN, "Wie alt ist Baerbock?").found


def test_a_german_noun_after_an_article_names_no_speaker() -> None:
    assert asked_speaker("Was sagte der Sprecher des Kremls?", "de") == frozenset()
    assert asked_speaker("Was sagte die Kanzlerin Merkel?", "de") == frozenset({"merkel"})
    assert asked_speaker("Was sagte Jan Fink?", "de") == frozenset({"jan", "fink"})
