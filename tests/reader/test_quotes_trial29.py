"""Speakers of the classes untuned es/en news and celebrity pages showed (round 29; invented sentences here): a
name written again without the middle name it was introduced with (`Nancy Rodas` after `Nancy Paola Rodas`); a
show's or a team's name before the English noun that describes the person (`the American Horror Story actress`); a
press conference set down as topics and answers (`La situación de Ramiro Rocca: “…”`); a body called back by its
kind and an adjective, then how it spoke (`expuso la organización campesina mediante sus canales`); an English verb
no table lists, in the simple past right after a person named before (`“…,” Trump simpered in a morning tweet`); a
field of study after a course's noun (`su carrera de Ciencias Políticas`), no person; a named body's unnamed
sources (`fuentes de Montecon dijeron`, `explicaron las fuentes`), that body."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes


def _speakers(language: str, *paragraphs: str, title: str = "Story") -> list[str | None]:
    document = build_document(Article(title, paragraphs, language=language))
    return [quote.speaker for quote in all_quotes(document)]


def test_a_name_without_its_middle_name_is_the_person_introduced_with_it() -> None:
    assert _speakers(
        "es",
        "Lucía Fernanda Ortega, abogada de la empresa, indicó que el contrato sigue vigente.",
        "De forma puntual, la abogada Lucía Ortega señaló que entregaron toda la documentación.",
        "\"A pesar de todo, siguen buscando la manera de frenar la obra\", dijo.",
    ) == ["Lucía Fernanda Ortega"]


def test_a_middle_name_written_only_later_leaves_the_name_as_first_introduced() -> None:
    assert _speakers(
        "es",
        "“Es una maniobra para frenar la ley de presupuesto”, enfatizó Mario Ibáñez, jefe del bloque.",
        "Mario José Ibáñez: “No les daremos quórum mientras sigan paralizando la Cámara”.",
        "“Vamos a insistir hasta que se constituyan las comisiones”, dijo luego Mario Ibáñez.",
    )[2] == "Mario Ibáñez"


def test_a_show_s_name_before_the_noun_describing_someone_is_not_their_name() -> None:
    assert _speakers(
        "en",
        "Marla Quinn shared a photo of her co-star, Dev Patel, on Monday.",
        "The singer, 31, posted it from the studio. “We finished the record tonight and I could not be prouder,” "
        "the Harbour Lights actress wrote.",
    ) == ["Marla Quinn"]


def test_topics_and_answers_are_the_words_of_whom_the_title_opens_with() -> None:
    assert _speakers(
        "es",
        "La entrenadora del Atlético Norte, Laura Méndez, habló ante la prensa antes del partido contra el Deportivo Sur.",
        "La situación de Ana Ruiz: “Está mejorando cada día y quizá pueda jugar unos minutos el domingo”.",
        "¿Qué espera del rival en el estadio Ramón Peña?: “Un partido duro, con mucha intensidad y pocas ocasiones”.",
        title="Laura Méndez confía en el título: habla de la lesión de Ana Ruiz",
    ) == ["Laura Méndez", "Laura Méndez"]



def test_a_body_called_back_by_its_kind_and_an_adjective_is_the_body_so_introduced() -> None:
    assert _speakers(
        "es",
        "La organización social Frente Rural Unido (FRU) bloqueó este martes varias carreteras en contra del Gobierno.",
        "\"No más abusos. No más saqueo de nuestros territorios\", expuso la organización campesina mediante sus redes.",
    ) == ["Frente Rural Unido"]
    assert _speakers(
        "fr",
        "L'association écologiste Terre Vive a déposé un recours contre le Gouvernement.",
        "« Nous irons jusqu'au bout de cette procédure », a indiqué l'association écologiste dans un communiqué.",
    ) == ["Terre Vive"]


def test_an_unlisted_simple_past_after_a_person_named_before_reports_the_quotation() -> None:
    assert _speakers(
        "en",
        "Senator Alma Reyes weighed in on the airline's troubles on Monday.",
        "“What do I know about planes, maybe nothing at all,” Reyes smirked in a morning post.",
    ) == ["Alma Reyes"]


def test_a_field_of_study_after_a_course_is_no_person() -> None:
    assert _speakers(
        "es",
        "El rumbo de la educación “es preocupante”, valora el universitario Julio Serrano, quien se ha quedado sin estudiar.",
        "Este año se quedó sin poder continuar su carrera de Ciencias Políticas.",
        "“Hoy el poder coercitivo está dentro de todas las universidades del país”, lamenta.",
    ) == ["Julio Serrano"]


def test_a_named_body_s_unnamed_sources_speak_for_it() -> None:
    assert _speakers(
        "es",
        "La naviera Costamar anunció 150 despidos en el puerto, según el ministro Pablo Ríos.",
        "En tanto, fuentes de Costamar dijeron a este diario que “la empresa tomó esta medida para ganar tiempo”.",
        "“Tenemos un compromiso con el puerto y con el país entero”, explicaron las fuentes.",
    ) == ["Costamar", "Costamar"]
    assert _speakers(
        "en",
        "The carmaker Harlow Motors cut 300 jobs, Mayor Jane Ortiz said.",
        "Sources at Harlow Motors said that “the cuts were planned long before the strike began”.",
    ) == ["Harlow Motors"]
