"""Speakers of the classes issue 15's third pass names (invented sentences): a German full name after a
pronoun and a reporting verb (`Das kündigte Tim Stein an`), a German adjective made a noun for a person
(`Vorsitzende`) that is no man's unless its article says so."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes


def _speakers(language: str, *paragraphs: str) -> list[str | None]:
    return [quote.speaker for quote in all_quotes(build_document(Article("Story", paragraphs, language=language)))]


def test_a_full_name_after_a_pronoun_and_its_verb_is_shown_in_full() -> None:
    assert _speakers(
        "de",
        "Die Stadtwerke Gera schließen zwei Bäder. Das bestätigte Jana Wolff, Sprecherin der Stadtwerke, am Montag.",
        "„Wir können den Betrieb beider Bäder nicht länger bezahlen“, sagte Wolff.",
    ) == ["Jana Wolff"]


def test_a_vorsitzende_is_a_she_for_the_pronoun_after() -> None:
    assert _speakers(
        "de",
        "Der Mieterverein Jena lehnt den Plan ab. Dessen Vorsitzende Petra Kranz hält ihn für falsch.",
        "Sie erklärte, der Verein sammle Unterschriften. „Wer jetzt die Mieten erhöht, vertreibt die Familien.“",
    ) == ["Petra Kranz"]


def test_a_french_description_stating_an_age_is_the_one_person_of_that_age() -> None:
    assert _speakers(
        "fr",
        "L'ailier Hugo Marchal, 26 ans, a signé à Pau. Son ancien coéquipier, Noé Blanc, 31 ans, l'a félicité.",
        "« Je voulais un club où je jouerais chaque semaine », a expliqué le joueur de 26 ans.",
    ) == ["Hugo Marchal"]


def test_a_decade_noun_is_the_one_person_of_that_decade() -> None:
    assert _speakers(
        "fr",
        "Le procès de Serge Amiel, pharmacien lyonnais de 57 ans, s'ouvre lundi.",
        "« Je n'ai jamais vendu ces boîtes sans ordonnance », a assuré le quinquagénaire.",
    ) == ["Serge Amiel"]


def test_a_spanish_present_perfect_names_the_speaker_after_it() -> None:
    assert _speakers(
        "es",
        "La nadadora gallega Lucía Varela, de 19 años, ha batido el récord de España.",
        "\"No me esperaba bajar de los dos minutos tan pronto\", ha contado la nadadora de 19 años.",
    ) == ["Lucía Varela"]


def test_a_french_demonym_after_the_verb_is_the_person_in_focus_not_a_name() -> None:
    assert _speakers(
        "fr",
        "La Bretonne Maëlle Guillou a gagné le marathon de Paris dimanche.",
        "« J'ai attendu le dernier kilomètre pour accélérer », a expliqué la Bretonne après la course.",
    ) == ["Maëlle Guillou"]


def test_a_french_demonym_before_a_full_name_is_no_part_of_it() -> None:
    assert _speakers(
        "fr",
        "L'Autrichienne Lena Hofer a gagné la descente.",
        "« La piste était plus rapide que jamais aujourd'hui », a déclaré Hofer.",
    ) == ["Lena Hofer"]


def test_where_an_english_description_spoke_is_no_part_of_it() -> None:
    assert _speakers(
        "en",
        "Leeds United defender Sam Okafor will miss the rest of the season. The 24-year-old was hurt on Saturday.",
        "\"I will be back before the summer, I promise you that,\" said the 24-year-old in a message posted by the club.",
    ) == ["Sam Okafor"]


def test_a_mayor_called_back_by_another_word_for_the_post() -> None:
    assert _speakers(
        "es",
        "El alcalde de Cangas, Jorge Mariño, presentó el plan de obras. La concejala Rosa Pazos lo criticó.",
        "\"Vamos a terminar el paseo marítimo antes del verano\", aseguró el regidor.",
    ) == ["Jorge Mariño"]


def test_a_spanish_quotation_after_a_sentence_whose_subject_is_dropped() -> None:
    assert _speakers(
        "es",
        "La alcaldesa, Marta Ríos, visitó la obra. El ingeniero jefe, Tomás Gil, también habló con la prensa. "
        "Explicó que el puente abrirá en mayo. \"Hemos tenido que rehacer los pilares por culpa de las lluvias.\"",
    ) == ["Tomás Gil"]


def test_a_german_wie_clause_after_the_quotation_names_its_subject_first() -> None:
    assert _speakers(
        "de",
        "Die schnellste Frau, Lea Brandt, fand die Strecke „schöner als je zuvor, vor allem an der Elbe“, "
        "wie sie gegenüber dem Tageblatt sagte.",
    ) == ["Lea Brandt"]


def test_a_german_pronoun_before_von_leaves_the_name_after_it_a_name() -> None:
    assert _speakers(
        "de",
        "In der Küche wartet ein „ehemaliger Koch“. Gespielt wird dieser von Anton Krell. "
        "„Wir haben jeden Morgen zweihundert Brötchen gebacken“, erzählt er dem Publikum.",
    ) == ["Anton Krell"]


def test_a_lone_german_quotation_after_a_sentence_bringing_in_one_person_by_a_passive() -> None:
    assert _speakers(
        "de",
        "Jeglicher Ausflug in den Westen war verboten, so die Erinnerung eines früheren Kochs, gespielt von Bernd Uhl. "
        "„Wir durften nicht einmal Briefe von drüben annehmen, das wurde alles kontrolliert.“",
    ) == ["Bernd Uhl"]


def _roles(language: str, *paragraphs: str) -> list[tuple[str | None, str | None]]:
    return [(quote.speaker, quote.role) for quote in all_quotes(build_document(Article("Story", paragraphs, language=language)))]


def test_the_role_after_an_age_in_brackets_is_shown_with_the_full_name() -> None:
    assert _roles(
        "de",
        "Jana Wolff (38), Sprecherin der Stadtwerke, kündigte die Schließung am Montag an.",
        "„Wir können den Betrieb beider Bäder nicht länger bezahlen“, sagte Wolff.",
    ) == [("Jana Wolff", "Sprecherin der Stadtwerke")]


def test_a_german_role_ending_the_sentence_after_the_name_is_kept() -> None:
    assert _roles(
        "de",
        "Die Schließung bestätigte am Montag Jana Wolff, Sprecherin der Stadtwerke.",
        "„Wir können den Betrieb beider Bäder nicht länger bezahlen“, sagte Wolff.",
    ) == [("Jana Wolff", "Sprecherin der Stadtwerke")]


def test_a_german_womans_role_noun_before_her_name_is_her_role() -> None:
    assert _roles(
        "de",
        "Die Schulleiterin Anke Roth verteidigt den Plan: „Niemand wurde vor vollendete Tatsachen gestellt.“",
    ) == [("Anke Roth", "Schulleiterin")]


def test_a_french_auxiliary_is_no_indefinite_article_before_the_description() -> None:
    assert _speakers(
        "fr",
        "Le milieu Karim Benali a marqué deux buts samedi.",
        "« C'est le plus beau jour de ma carrière, je ne l'oublierai jamais », a souri le buteur.",
    ) == ["Karim Benali"]


def test_a_french_demonym_after_an_adjective() -> None:
    assert _speakers(
        "fr",
        "Le milieu Karim Benali a marqué deux buts samedi.",
        "« C'est le plus beau jour de ma carrière, je ne l'oublierai jamais », a savouré l'ancien Lyonnais.",
    ) == ["Karim Benali"]


def test_a_french_body_keeps_its_elided_article_where_a_paper_speaks_for_it() -> None:
    assert _speakers(
        "fr",
        "Le ministère de l'Agriculture a publié un communiqué mardi. "
        "Selon le communiqué, les contrôles seront « renforcés dans tous les abattoirs du pays ».",
    ) == ["ministère de l'Agriculture"]


def test_a_german_role_with_a_genitive_complement_set_off_before_the_name() -> None:
    assert _roles(
        "de",
        "Der Vorstandschef der Stadtwerke, Jan Kurz, stellte die Zahlen vor.",
        "„Wir haben das schwierigste Jahr hinter uns“, sagte Kurz.",
    ) == [("Jan Kurz", "Vorstandschef der Stadtwerke")]


def test_segun_and_a_reporting_verb_is_according_to_the_person_after_it() -> None:
    assert _speakers(
        "es",
        "Según explicó a este diario el portavoz de la Policía Local, Rubén Sáez, "
        "\"el conductor dio positivo en el control de alcohol y drogas\".",
    ) == ["Rubén Sáez"]


def test_an_article_and_a_noun_before_a_full_name_are_shown_as_the_role() -> None:
    assert _roles(
        "fr",
        "La navigatrice Claire Dubois a bouclé son tour du monde samedi.",
        "« Je n'ai jamais eu aussi froid de ma vie », a confié Dubois.",
    ) == [("Claire Dubois", "navigatrice")]


def test_a_street_named_after_someone_gives_no_one_a_role() -> None:
    assert _roles(
        "fr",
        "Les parents se sont réunis dans la rue Victor Hugo devant l'école.",
        "« Nous ne laisserons pas fermer cette école », a déclaré Victor Hugo.",
    ) == [("Victor Hugo", None)]


def test_a_lone_quotation_after_a_sentence_naming_no_one_goes_back_to_the_paragraphs_subject() -> None:
    assert _speakers(
        "de",
        "Regisseurin Mara Lenz hat dafür mit vierzig früheren Angestellten gesprochen. "
        "Nun werden diese Geschichten auf der Bühne lebendig. "
        "„Viele haben sich in den Szenen wiedererkannt, manche haben geweint.“",
    ) == ["Mara Lenz"]


def test_a_french_body_named_by_its_noun_keeps_its_elision_glued() -> None:
    assert _speakers(
        "fr",
        "Les juges de la cour d'appel de Rennes ont estimé que « la procédure ne respectait pas les droits de la défense ».",
    ) == ["cour d'appel de Rennes"]
