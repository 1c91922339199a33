""""Who is X?" and the "she" or "he" after it (issue 14, session 24): the sentence saying what X is
before one naming X inside someone else's quotation, its definition in bold; a "she" standing for
a person, never a body; a who-question's bold on the person, not a place. The articles here are
written for the tests."""

from __future__ import annotations

from bot.reader.answer.defined import defined_first, defines, definition, named_only_in_quotation
from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold_in, chat_turn


def _article(language: str, *paragraphs: str) -> Article:
    return Article(title="Test", paragraphs=paragraphs, language=language, url=None)


DUMA = _article(
    "de",
    "Die Duma debattierte am Dienstag lange über das neue Gesetz zur Energieversorgung.",
    "„Wir unterstützen Leonid Slutsky in dieser Frage ausdrücklich“, sagte der Abgeordnete Pjotr Iwanow vor "
    "Journalisten in Moskau.",
    "Slutsky ist der Vorsitzende der Liberal-Demokratischen Partei Russlands (LDPR). Er kritisierte die Regierung "
    "scharf für ihre Haltung.",
)


def test_who_is_x_finds_the_sentence_saying_what_x_is_not_a_quotation_naming_x() -> None:
    answer = ask(DUMA, "Wer ist Leonid Slutsky?")
    assert answer.found and answer.sentences[0].text.startswith("Slutsky ist der Vorsitzende")
    assert bold_in(DUMA, "Wer ist Leonid Slutsky?") == "der Vorsitzende der Liberal-Demokratischen Partei Russlands"


def test_a_definition_reads_a_copula_or_an_apposition_after_the_name_outside_quotations() -> None:
    assert defines("es", "Ana Pérez, la portavoz del grupo, dijo que no.", "Ana Pérez")
    assert defines("fr", "Dupont est le maire de la ville depuis 2014.", "Jean Dupont")
    assert defines("en", "Mokoena is one of the country's best-known writers.", "Nadia Mokoena")
    assert not defines("en", "\"Mokoena is the best\", said Smith.", "Mokoena")
    assert not defines("de", "Slutsky kritisierte die Regierung.", "Slutsky")
    sentence = "Pérez es la diputada más joven del Congreso, según su partido."
    start, end = definition("es", sentence, "Ana Pérez")
    assert sentence[start:end] == "la diputada más joven del Congreso"


def test_a_name_inside_a_quotation_goes_after_one_outside_when_none_defines() -> None:
    texts = ["„Wir unterstützen Slutsky“, sagte Iwanow.", "Slutsky kritisierte die Regierung.", "Das Wetter war gut."]
    assert named_only_in_quotation(texts[0], "Leonid Slutsky")
    assert not named_only_in_quotation(texts[1], "Leonid Slutsky")
    assert defined_first("de", "Leonid Slutsky", texts, [3.0, 1.0, 0.0], [0, 1]) == [1, 0]
    assert defined_first("de", "Leonid Slutsky", texts[1:], [1.0, 0.0], [0, 1]) == [0, 1]


CONGRESS = _article(
    "es",
    "La diputada Ana Pérez pidió ayer explicaciones a la Mesa del Congreso por el retraso en la votación.",
    "La Mesa del Congreso dijo en un comunicado que el calendario se mantendrá sin cambios.",
    "Pérez afirmó que la decisión era un error y que su grupo recurrirá ante el Tribunal Constitucional.",
)


def test_ella_after_an_answer_naming_a_person_and_a_body_stands_for_the_person() -> None:
    _, turn = chat_turn(CONGRESS, "¿Quién pidió explicaciones a la Mesa del Congreso?")
    said, _ = chat_turn(CONGRESS, "¿Y qué dijo ella?", turn)
    assert said.startswith("Pérez afirmó")


WRITERS = _article(
    "en",
    "Hundreds of readers came to a book fair in Johannesburg on Saturday.",
    "Nadia Mokoena, who is considered South Africa's most successful romance writer, signed books for three hours "
    "in Johannesburg.",
    "She said that her next novel would be set in Cape Town and would appear in the spring.",
    "The fair's organiser, the Book Council, said attendance had doubled since last year.",
)


def test_she_said_in_the_next_paragraph_tells_what_the_one_named_before_said() -> None:
    _, turn = chat_turn(WRITERS, "Who is considered South Africa's most successful romance writer?")
    said, _ = chat_turn(WRITERS, "What did she say about her next novel?", turn)
    assert said.startswith("She said that her next novel")
    assert ask(WRITERS, "What did Mokoena say about her next book?").found


FAIR = _article(
    "en",
    "Hundreds of readers came to a book fair on Saturday to meet Thandi Zulu.",
    "Considered the country's most successful romance writer, she moved to Johannesburg in 2001.",
    "Zulu said she would write a sequel, and Zulu thanked the readers who came.",
)


def test_who_never_bolds_the_place_someone_moved_to() -> None:
    answer = ask(FAIR, "Who is considered the most successful romance writer?")
    assert answer.found and answer.sentences[0].text.startswith("Considered")
    assert answer.phrase is None or "Johannesburg" not in answer.sentences[0].text[answer.phrase[0]:answer.phrase[1]]


COUNCIL = _article(
    "de",
    "Mehrere Länder kritisierten am Montag im Sicherheitsrat den Einsatz der Marine vor der Küste.",
    "Botschafter Tomás Rivera rief den Sicherheitsrat auf, die sofortige Freilassung der Fischer zu verlangen.",
    "„Die Grenzen stehen nicht zur Disposition“, erklärte Maria Lund Berg, dänische Botschafterin bei den Vereinten "
    "Nationen.",
    "US-Gesandter Paul Stone wies die Vorwürfe zurück. Zugleich forderte er den Sicherheitsrat auf, die Fischer zu "
    "verurteilen.",
)


def test_german_who_is_x_bolds_the_title_before_the_name_or_the_apposition_after_it() -> None:
    assert bold_in(COUNCIL, "Wer ist Tomás Rivera?") == "Botschafter"
    assert bold_in(COUNCIL, "Wer ist Maria Lund Berg?") == "dänische Botschafterin bei den Vereinten Nationen"


def test_he_after_who_is_x_stands_for_x_not_for_the_title_in_bold() -> None:
    from bot.reader.answer.in_turn import _person_pointed_at
    from bot.reader.pipeline import answer_index_of

    _, turn = chat_turn(COUNCIL, "Wer ist Tomás Rivera?")
    person = _person_pointed_at(answer_index_of(COUNCIL), "Was forderte er vom Sicherheitsrat?", turn, "de")
    assert person == "Tomás Rivera"


def test_was_sagte_er_ueber_asks_what_he_said_on_a_topic() -> None:
    from bot.reader.answer.speech import asks_what_a_pronoun_said

    assert asks_what_a_pronoun_said("Und was sagte er über die Vereinten Nationen?", "de")
    assert asks_what_a_pronoun_said("Was hat sie zum Gesetz gesagt?", "de")


JUSTICE = _article(
    "en",
    "Police employees leaked confidential information to gang members, a newspaper reported on Sunday.",
    "Norway's Minister of Justice, Erik Lund, will meet with the police leadership to discuss the leaks on Tuesday.",
    "\"We must look at it with open eyes,\" said Lund.",
)


def test_who_is_x_bolds_the_title_set_off_before_the_name_not_the_verb_after_it() -> None:
    assert bold_in(JUSTICE, "Who is Erik Lund?") == "Norway's Minister of Justice"


def test_what_did_he_add_shows_the_quotation_he_added() -> None:
    article = _article(
        "en",
        "Norway's Minister of Justice, Erik Lund, will meet with the police leadership on Tuesday.",
        "\"It shows that there are weak spots throughout our society,\" said Lund.",
        "\"We will discuss what measures the police are already taking against such infiltrators,\" he added.",
    )
    _, turn = chat_turn(article, "Who is Erik Lund?")
    added, _ = chat_turn(article, "What did he add?", turn)
    assert added.startswith("\"We will discuss")


def test_a_german_question_on_what_he_said_about_a_topic_keeps_the_topic() -> None:
    from bot.reader.answer.speech import topic_of

    assert topic_of("Und was sagte er über die Vereinten Nationen?", "de") == "über die Vereinten Nationen"
    assert topic_of("Was hat sie zum Gesetz gesagt?", "de") == "zum Gesetz"
    assert topic_of("Was sagte Prüß?", "de") == ""


def test_spanish_and_french_who_is_x_find_x_es_la_and_x_est_la_over_a_quotation() -> None:
    spanish = _article(
        "es",
        "El Congreso debatió ayer la reforma de la ley electoral durante varias horas.",
        "«Confiamos plenamente en Marta Ruiz Soler para esta tarea», dijo el diputado Pedro Gil a los periodistas.",
        "Ruiz Soler es la presidenta de la comisión de Justicia desde 2019. Ella defendió la reforma.",
    )
    french = _article(
        "fr",
        "Le Parlement a débattu hier de la réforme pendant plusieurs heures.",
        "« Nous soutenons Claire Martin sans réserve », a déclaré le député Paul Leroy aux journalistes.",
        "Martin est la présidente de la commission des lois depuis 2019. Elle a défendu la réforme.",
    )
    assert bold_in(spanish, "¿Quién es Marta Ruiz Soler?") == "la presidenta de la comisión de Justicia desde 2019"
    assert bold_in(french, "Qui est Claire Martin ?") == "la présidente de la commission des lois depuis 2019"
