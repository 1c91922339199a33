"""Speakers of the classes untuned German news pages showed (fundus's test pages, round 26; invented sentences
here): a long first name that ends like a noun after a post, a surname the text also writes after an article and
an adjective, a short role noun before a full name, and a subject after the verb with the object's noun right
after it."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes


def _speakers(*paragraphs: str) -> list[str | None]:
    return [quote.speaker for quote in all_quotes(build_document(Article("Story", paragraphs, language="de")))]


def test_a_first_name_ending_like_a_noun_after_a_post_stays_in_the_name() -> None:
    assert _speakers(
        "„Die Halle ist seit Wochen ausverkauft und alle wollen dabei sein“, schwärmte Müllers Sportdirektor Christopher "
        "Lindqvist.",
        "„Wir haben noch nie so viele Anfragen bekommen“, sagte Müller-Sportdirektor Lindqvist dem Radio.",
    ) == ["Christopher Lindqvist", "Christopher Lindqvist"]


def test_a_surname_after_an_article_and_an_adjective_is_still_the_person() -> None:
    assert _speakers(
        "Der Schwede Halvorsen will den Titel verteidigen. Das Finale von Mats Halvorsen und Jan Petrak ist am Sonntag.",
        "Der schnelle Halvorsen gilt als Favorit.",
        "„Ich fühle mich so gut wie seit Jahren nicht mehr“, sagte Halvorsen, der zuletzt viermal gewann.",
    ) == ["Mats Halvorsen"]


def test_a_short_role_noun_before_a_full_name_is_no_part_of_it() -> None:
    assert _speakers(
        "„Die Preise werden im Herbst noch einmal deutlich steigen“, sagte Experte Jonas Volkmer dem Sender.",
    ) == ["Jonas Volkmer"]


def test_a_subject_after_the_verb_and_an_adverb_speaks_before_the_objects_noun() -> None:
    assert _speakers(
        "„Das Team hat sich in der Vorbereitung enorm gesteigert“, sagte Trainer Olaf Rennert.",
        "„Der Gegner hat nichts zu verlieren und wird alles versuchen“, warnte Kapitän Sven Aldag.",
        "Nun sieht auch Rennert Chancen für seine Mannschaft. „Wir müssen nur geduldig bleiben und unsere "
        "Tore machen“, sagte er.",
    ) == ["Olaf Rennert", "Sven Aldag", "Olaf Rennert"]


def test_a_body_after_von_ends_the_name_after_a_post() -> None:
    assert _speakers(
        "Der Analyst Christopher Brenner von der Bank Hollweg hält den Schritt für richtig. „Die Inflation ist auf dem "
        "Rückzug und die Konjunktur schwächelt“, sagt er.",
        "„Eine weitere Senkung im Herbst ist sehr wahrscheinlich“, meint der Hollweg-Banker Brenner.",
    ) == ["Christopher Brenner", "Christopher Brenner"]


def test_who_did_what_a_participle_says_is_not_the_subject() -> None:
    assert _speakers(
        "Den von Ghanas Präsident Kwame Mensah in Accra ausgerichteten Gipfel bezeichneten die Veranstalter als "
        "»einen Wendepunkt für die Landwirtschaft des Kontinents«.",
    ) == [None]


def test_a_bare_hiess_es_after_a_body_is_that_bodys_statement_named_with_its_adjectives() -> None:
    assert _speakers(
        "Die Mannschaft stammt größtenteils aus Lettland. Das lettische Verkehrsministerium verlangte die rasche "
        "Freigabe des Frachters. „Wir erwarten, dass die Rechte der Seeleute strikt gewahrt werden“, hieß es.",
    ) == ["lettische Verkehrsministerium"]


def test_a_bare_hiess_es_after_a_sentence_about_no_body_names_no_one() -> None:
    assert _speakers(
        "Die Mannschaft stammt größtenteils aus Lettland. Der Frachter lag seit Tagen vor der Küste. „Wir erwarten, "
        "dass die Rechte der Seeleute strikt gewahrt werden“, hieß es.",
    ) == [None]


def test_a_subject_that_only_describes_the_man_just_quoted_speaks_the_quotation_after_it() -> None:
    assert _speakers(
        "„Das wird ein Duell auf Augenhöhe, wie es lange keines gab“, sagte Kommentator Ralf Dorn dem Sender.",
        "Generell geht der langjährige Kommentator von einem knappen Ausgang aus. „Beide sind in der Form ihres "
        "Lebens. Ich tippe auf einen Sieg nach Punkten.“",
    ) == ["Ralf Dorn", "Ralf Dorn"]


def test_the_objects_noun_after_a_subject_after_the_verb_is_no_part_of_the_name() -> None:
    assert _speakers(
        "„Das Team hat sich in der Vorbereitung enorm gesteigert“, sagte Trainer Olaf Rennert.",
        "Nun sieht auch Rennert Chancen für seine Mannschaft: „Wir müssen nur geduldig bleiben und unsere Tore "
        "machen.“",
    ) == ["Olaf Rennert", "Olaf Rennert"]


def test_a_firm_after_von_ends_the_name_after_a_post_the_text_uses_as_a_noun() -> None:
    assert _speakers(
        "„Die Zinsen werden im Sommer wohl noch einmal sinken“, sagte der Ökonom Thomas Weber von der Hansabank.",
    ) == ["Thomas Weber"]


def test_two_posts_joined_by_und_before_a_full_name_and_where_they_work() -> None:
    assert _speakers(
        "„Die Nachfrage ist viel größer als das Angebot in den Apotheken“, erklärt Kardiologe und Sportmediziner "
        "Markus Feldhaus von der Kölner Uniklinik.",
        "Dazu gebe es eine Studie, die laut Feldhaus mehrere ältere Arbeiten ergänzt.",
        "„Das ist aus meiner Sicht nicht wahnsinnig teuer“, sagt Feldhaus.",
    ) == ["Markus Feldhaus", "Markus Feldhaus"]


def test_someone_described_by_age_after_the_verb_speaks_not_the_statement_they_made() -> None:
    assert _speakers(
        "„Ich habe davon nichts gewusst“, betonte Landesvorsitzender Tobias Kern gegenüber dem Sender.",
        "In einer Erklärung sagte der 52-Jährige: „Ich übernehme die volle Verantwortung für diesen Fehler.“",
    ) == ["Tobias Kern", "Tobias Kern"]


def test_a_subject_pronoun_after_the_verb_speaks_not_the_one_person_she_quoted() -> None:
    assert _speakers(
        "Die Abgeordnete Ricarda Lenz störte sich am Tonfall. „Wer Politik nur als Schlachtfeld begreift, sollte "
        "keine Verantwortung tragen“, kommentierte sie.",
        "In einem weiteren Beitrag zitierte sie den bayerischen Landtagsabgeordneten Max Holler, empfahl ihm und "
        "seiner Partei: „Legt eure Handys weg, das Ding ist durch.“",
    ) == ["Ricarda Lenz", "Ricarda Lenz"]


def test_a_subject_pronoun_after_the_verb_speaks_in_the_clause_joined_to_it() -> None:
    assert _speakers(
        "„Die Grenzen stehen nicht zur Verhandlung“, erklärte Botschafterin Mette Lindqvist vor dem Rat.",
        "Zugleich verteidigte sie die Souveränität des Landes und betonte, „kein Staat sollte versuchen, die Wahlen "
        "eines anderen mit Gewalt zu beeinflussen“.",
    ) == ["Mette Lindqvist", "Mette Lindqvist"]


def test_a_sentence_opened_by_its_subject_keeps_sie_as_the_object() -> None:
    assert _speakers(
        "Der Minister Paul Kessler hat die Serie gesehen. Kessler nannte sie „ausdrücklich gelungen“ und äußerte die "
        "Hoffnung, „dass es eine zweite Staffel geben wird“.",
    ) == ["Paul Kessler"]


def test_a_pronoun_after_a_fronted_phrase_and_its_verb_speaks_the_quotation_in_its_sentence() -> None:
    assert _speakers(
        "„Ich habe unwissentlich falsch informiert“, sagte Landesvorsitzender Tobias Kern am Freitag.",
        "Als Vorsitzender übernehme er die politische Verantwortung, „um Schaden von meiner Glaubwürdigkeit und der "
        "der Partei abzuwenden“.",
    ) == ["Tobias Kern", "Tobias Kern"]
