"""Speakers of the classes untuned es/de/fr news pages showed (round 28; invented sentences here): a German
sentence opened by a preposition, an adjective or a weekday's time (`Seit Samstagnachmittag`, `Ähnliche Probleme`),
a `Staatsrat` before the name, `so Schubert:`, a place after Spanish `en`, a body named after someone, and a
Spanish verb whose dropped subject told a paper (`explicó a La Estrella de Panamá`)."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes


def _speakers(language: str, *paragraphs: str) -> list[str | None]:
    document = build_document(Article("Story", paragraphs, language=language))
    return [quote.speaker for quote in all_quotes(document)]


def test_a_german_sentence_opened_by_a_weekday_time_names_no_one() -> None:
    assert _speakers(
        "de",
        "Der Verwalter der Heime, Karl Moser, sagte der Zeitung, dass es einen Plan gibt. Seit Montagabend ist die "
        "Lüftung abgeschaltet. „Wir lüften von Hand, sobald es das Wetter erlaubt.“",
    ) == ["Karl Moser"]


def test_a_german_sentence_opened_by_an_adjective_names_no_one() -> None:
    assert _speakers(
        "de",
        "Die Geschäftsführerin Anna Brede kämpft an vielen Fronten. Ähnliche Sorgen bereitet der Transport mit "
        "Schiffen. „Der Kreislauf ist unterbrochen, wir exportieren zu wenig“, sagt die Branchenkennerin.",
    ) == ["Anna Brede"]


def test_a_councillor_s_post_is_no_first_name() -> None:
    assert _speakers(
        "de", "Der Walliser Staatsrat Mathias Kern dankte den Helfern: „Ohne ihren Einsatz wäre es schlimmer gekommen.“",
    ) == ["Mathias Kern"]


def test_so_and_a_name_before_a_colon_says_who() -> None:
    assert _speakers(
        "de",
        "Am Dienstag musste Trainer Jan Roth gehen, Jugendleiter Uwe Kessler übernimmt bis Saisonende.",
        "Dass ein Sieg wenig ändert, ist allen klar, so Kessler: „Wir stehen nicht ohne Grund da, wo wir stehen.“",
    ) == ["Uwe Kessler"]


def test_a_place_after_spanish_en_is_no_speaker() -> None:
    assert _speakers(
        "es",
        "Andrés Molina recuerda que el 19 de abril se reunió con unas 20 personas.",
        "Ahora está exiliado en Costa Rica y no ha podido volver a estudiar. “Hasta de diseñador gráfico he "
        "trabajado con lo que aprendí”, confiesa.",
    ) == ["Andrés Molina"]


def test_a_body_named_after_someone_is_not_them() -> None:
    assert _speakers(
        "es",
        "El rumbo es preocupante, valora el universitario Elmer Rivas.",
        "Este año, tras el cierre de la Universidad Paulo Freire, se quedó sin poder seguir.",
        "Aunque sabe que el partido ejercía control, confiesa que antes “había un poco de libertad de formación”.",
    ) == ["Elmer Rivas"]


def test_a_person_after_a_body_s_full_name_still_speaks() -> None:
    assert _speakers(
        "es",
        "Para el geógrafo de la Universidad de La Laguna Víctor Marrero, el problema es de fondo. \"No se trata de "
        "cuántos turistas vienen, sino de quién gana\", explica el investigador.",
    ) == ["Víctor Marrero"]


def test_the_paper_a_dropped_subject_told_is_not_the_speaker() -> None:
    assert _speakers(
        "es",
        "“Se debe pensar en los espacios de trabajo de otra manera”, comentó Ivette Mora, directora de la empresa.",
        "De acuerdo con Mora, las oficinas ya no son estáticas. “Un claro ejemplo son las organizaciones que dicen "
        "ser innovadoras”, explicó a La Estrella de Panamá.",
        "“Es una idea que no comparto con nadie en esta sala”, dijo a Efe Juan Pérez.",
    ) == ["Ivette Mora", "Ivette Mora", "Juan Pérez"]


def test_a_pull_quote_takes_the_speaker_of_the_words_it_repeats() -> None:
    assert _speakers(
        "es",
        "“El cambio climático es un fenómeno que se mide en un largo periodo de tiempo”, explica Marcelo Lemos, "
        "director del instituto.",
        "Las mediciones se hicieron en la península.",
        "“El cambio climático es un fenómeno que se mide en un largo periodo”",
    ) == ["Marcelo Lemos", "Marcelo Lemos"]


def test_words_quoted_twice_inside_sentences_keep_what_each_sentence_says() -> None:
    assert _speakers(
        "fr",
        "La justice avait lancé un mandat d'arrêt contre lui, pour avoir « porté atteinte aux relations du pays "
        "avec un voisin ami ».",
        "Une autre cour a annulé le mandat, motivé par l'accusation d'avoir « porté atteinte aux relations du "
        "pays avec un voisin ami ».",
    ) == [None, None]


def test_a_description_after_the_verb_is_the_person_the_sentence_opened_with() -> None:
    assert _speakers(
        "de",
        "Hamburg. Gabi Ebert und Elke Sommer prüfen die Lieferungen. Gabi Ebert zeigt auf die Kisten, „eine "
        "hervorragende Qualität aus Vietnam“, freut sich die Prokuristin des Importeurs über das Obst.",
    ) == ["Gabi Ebert"]


def test_a_description_after_the_verb_in_a_sentence_opened_by_a_thing_stays_unnamed() -> None:
    assert _speakers(
        "de",
        "Der Bürgermeister Karl Moser lobte die Helfer. Der Markt zeigt viele Früchte, „eine hervorragende "
        "Qualität aus Vietnam“, freut sich die Händlerin am Stand.",
    ) == [None]


def test_a_quotation_alone_after_a_sentence_giving_her_view_is_hers() -> None:
    assert _speakers(
        "es",
        "“Se debe pensar en los espacios de trabajo de otra manera”, comentó Ivette Mora, directora de la empresa.",
        "Para la experta, los aspectos básicos radican en la ergonomía. “Se ha evolucionado de un enfoque de "
        "bienestar físico a uno mental”.",
    ) == ["Ivette Mora", "Ivette Mora"]


def test_fuer_and_a_post_and_a_name_before_a_colon_give_whose_words() -> None:
    assert _speakers(
        "de",
        "Der Schulleiter der Volksschule, Norbert Salz, bestätigte ein fast leeres Haus: „Es war sehr, sehr ruhig "
        "heute bei uns.“",
        "Ab Dienstag läuft der Betrieb wieder. Für Schulleiter Salz eh kein Thema: „Wir fahren mit dem Zug zum "
        "Wandertag in die Berge.“",
    ) == ["Norbert Salz", "Norbert Salz"]


def test_with_those_words_and_a_name_after_the_quotation_say_who() -> None:
    assert _speakers(
        "es",
        "\"No soy el dueño del Gobierno, nadie es el dueño del Gobierno\". Con esa frase, Alberto Ferrán respondió "
        "este martes a un nuevo ataque de Andrés Lorca, que había cuestionado su liderazgo.",
    ) == ["Alberto Ferrán"]
