"""What a reader met on French and Spanish news pages nobody had tuned on (trial 24frs: a knife attack
in London, a siren test moved by a holiday, a judge stepping down, the EU's forecasts, a minister's
sentence, a veto in the Spanish Senate, a housing plan, a party's candidate): counts, candidates and
dates to come found in the runner-up and declined for the best sentence's lack of them, "¿Qué hará
X?" declined for "hará", a speaker taken for the suspect's name, ages read as lengths of time and a
prison term as an age, a clock time answered with a day, and a newsletter's promo answering a "where"."""

from __future__ import annotations

import pytest

from bot.reader.answer.bridges import bridges_for
from bot.reader.answer.dates import tells_ahead
from bot.reader.answer.kinds import offers
from bot.reader.answer.measures import asked_measures
from bot.reader.article import Article
from bot.reader.extract.clutter import is_clutter
from bot.reader.pipeline import answer_index_of, ask, read_html
from bot.reader.text.language import language_for

VIVIENDAS = Article(
    title="La Generalitat ayudará a los jóvenes a comprar su primer piso",
    paragraphs=(
        "El Govern va desgranando el plan para construir 30.000 viviendas públicas hasta 2032 que anunció la "
        "consellera la semana pasada.",
        "Los pisos adquiridos con el fondo no se podrán vender a precio de mercado.",
        "La consellera ha detallado la estrategia para el alquiler. Con las nuevas licencias se podrían disponer "
        "de unas 9.000 viviendas construidas para el 2029.",
        "El Govern prevé una línea de préstamos de 300 millones anuales para los operadores que construyan estas "
        "viviendas de alquiler, que estarán sujetas a precios limitados.",
    ),
    language="es",
)

CANDIDATO = Article(
    title="Verdes del Sur apoya la regularización",
    paragraphs=(
        "La regularización de inmigrantes impulsada por el Gobierno es apoyada también por Verdes del Sur, "
        "otra de las formaciones que se presentará a las elecciones del próximo 3 de junio.",
        "Su candidato a la Junta, el concejal Andrés Molina, ha asegurado que apoya el proceso.",
        "Los sindicatos y las asociaciones de vecinos también respaldan la medida.",
        "A Verdes del Sur le preocupa la situación de los apátridas.",
    ),
    language="es",
)

VETO = Article(
    title="El Congreso ignora el veto del Senado",
    paragraphs=(
        "La Mesa del Congreso ha decidido enviar la ley al boletín oficial sin atender el veto del Senado.",
        "Vox estudia presentar un recurso de amparo ante el Tribunal Constitucional contra esa decisión.",
        "El partido confiaba en que el rechazo del Senado devolviera la norma al Congreso.",
    ),
    language="es",
)

CONFLICTO = Article(
    title="El Congreso choca con el Senado",
    paragraphs=(
        "La Mesa del Congreso ha abierto un conflicto con el Senado al enviar la ley al Gobierno para su "
        "sanción por parte del Rey.",
        "El portavoz socialista, Pablo Ruiz, ha acusado a los populares de estar \"empeñados en usar a las "
        "víctimas de manera repugnante\".",
    ),
    language="es",
)

ATTAQUE = Article(
    title="Un homme armé d'un sabre arrêté dans l'est de Londres",
    paragraphs=(
        "La police a arrêté le suspect, âgé de 41 ans, et écarte à ce stade un acte terroriste.",
        "L'enquête n'en est qu'à ses débuts mais les autorités ne recherchent pas d'autre suspect, a précisé "
        "Jean Martin, le responsable de la police.",
        "Selon la police, l'homme a été arrêté 17 minutes après le premier appel des habitants.",
    ),
    language="fr",
)

SIRENES = Article(
    title="Les sirènes ne sonneront pas mercredi",
    paragraphs=(
        "Les sirènes d'alerte qui sonnent chaque premier mercredi du mois seront déclenchées cette fois le "
        "jeudi 2 mai.",
        "La raison ? Il s'agit d'un jour férié, indique la préfecture dans un communiqué.",
        "Ce changement, qui aura lieu partout en France, n'est pas fréquent.",
    ),
    language="fr",
)


def test_a_count_the_best_sentence_gives_of_other_things_comes_from_the_runner_up() -> None:
    """On the page the loans "de 300 millones" for building "estas viviendas" ranked first and were
    declined as a count of something else: the sentence counting the homes goes before them."""
    question = "¿Cuántas viviendas públicas se quieren construir?"
    index = answer_index_of(VIVIENDAS)
    loans, plan = (next(s.index for s in index.document.sentences if word in s.text) for word in ("préstamos", "30.000"))
    parts = index.parts(question)
    assert index._counting_first(parts, index.combine(parts, index.tuning), [loans, plan])[0] == plan
    answer = ask(VIVIENDAS, question)
    assert answer.found and "30.000 viviendas" in answer.sentences[0].text


def test_a_date_to_come_comes_from_the_close_runner_up_that_tells_it() -> None:
    """The loans for building "estas viviendas de alquiler" ranked first on the page: the sentence
    giving the year they are to be built by goes before it."""
    question = "¿Cuándo estarán listas las viviendas de alquiler?"
    index = answer_index_of(VIVIENDAS)
    loans, built = (next(s.index for s in index.document.sentences if word in s.text) for word in ("préstamos", "2029"))
    parts = index.parts(question)
    order = index._dated_first(question, parts, index.combine(parts, index.tuning), [loans, built])
    assert order[0] == built
    assert tells_ahead("es", "se podrían disponer de unas 9.000 viviendas construidas para el 2029")


def test_who_holds_the_post_comes_from_the_sentence_naming_it() -> None:
    answer = ask(CANDIDATO, "¿Quién es el candidato de Verdes del Sur?")
    assert answer.found and "Andrés Molina" in answer.sentences[0].text


def test_what_a_party_will_do_is_not_declined_for_the_verb_of_doing() -> None:
    answer = ask(VETO, "¿Qué hará Vox?")
    assert answer.found and "recurso de amparo" in answer.sentences[0].text


def test_what_someone_thinks_is_what_they_said_or_nothing() -> None:
    """"¿Qué opina X?" asks what X said, as "What does X think?" does: the sentence merely naming the
    King is no opinion of his."""
    assert not ask(CONFLICTO, "¿Qué opina el Rey del conflicto?").found
    answer = ask(CONFLICTO, "¿Qué opina Pablo Ruiz de los populares?")
    assert answer.found and "empeñados" in answer.sentences[0].text


def test_a_speaker_after_a_verb_of_saying_does_not_name_the_suspect() -> None:
    assert not ask(ATTAQUE, "Comment s'appelle le suspect ?").found


def test_a_count_of_an_act_the_page_never_tells_is_declined() -> None:
    """The page counts the officers attacked, not any sent."""
    assert not ask(ATTAQUE, "Combien de policiers ont été envoyés sur place ?").found
    attacked = Article(title=ATTAQUE.title, paragraphs=(*ATTAQUE.paragraphs, "Deux policiers ont été blessés."),
                       language="fr")
    answer = ask(attacked, "Combien de policiers ont été blessés ?")
    assert answer.found and "Deux policiers" in answer.sentences[0].text


def test_an_age_is_no_length_of_time() -> None:
    answer = ask(ATTAQUE, "Combien de temps a-t-il fallu pour interpeller l'agresseur ?")
    assert answer.found and "17 minutes" in answer.sentences[0].text


@pytest.mark.parametrize(
    ("code", "text", "kind", "told"),
    [
        ("fr", "La police a arrêté le suspect, âgé de 36 ans.", "duration", False),
        ("fr", "La police a arrêté le suspect, âgé de 36 ans.", "age", True),
        ("es", "El detenido, de 36 años, fue trasladado a comisaría.", "duration", False),
        ("es", "Le condenan a 10 años y 5 meses de prisión.", "age", False),
        ("es", "Le condenan a 10 años y 5 meses de prisión.", "duration", True),
        ("fr", "Il a été condamné à cinq ans de prison.", "age", False),
    ],
)
def test_ages_and_prison_terms(code: str, text: str, kind: str, told: bool) -> None:
    assert bool(offers(language_for(code), text)[kind]) is told


def test_a_clock_time_the_page_never_gives_is_declined() -> None:
    assert not ask(SIRENES, "À quelle heure les sirènes vont-elles sonner ?").found


def test_a_clock_time_the_page_gives_is_answered() -> None:
    timed = Article(title=SIRENES.title, paragraphs=(*SIRENES.paragraphs, "Elles sonneront à 12h15 pendant une minute."),
                    language="fr")
    answer = ask(timed, "À quelle heure les sirènes vont-elles sonner ?")
    assert answer.found and "12h15" in answer.sentences[0].text


@pytest.mark.parametrize(
    ("question", "measures"),
    [
        ("¿Cuántos pisos de alquiler hay ahora en Catalunya?", frozenset()),
        ("Combien de personnes ont payé l'amende ?", frozenset()),
        ("Combien d'euros a-t-il payé ?", frozenset({"money"})),
        ("¿Cuántos millones costó la obra?", frozenset({"money", "price"})),
    ],
)
def test_a_count_of_things_with_a_money_word_asks_a_number(question: str, measures: frozenset[str]) -> None:
    assert asked_measures(question) == measures


@pytest.mark.parametrize(
    ("line", "clutter"),
    [
        ("Si vous êtes abonné au Monde, vous pouvez vous inscrire à cette lettre quotidienne en suivant ce lien.", True),
        ("Cet article est paru dans notre newsletter « La lettre éco ».", True),
        ("Esta funcionalidad es sólo para suscriptores", True),
        ("Voir les contributions", True),
        ("Vous avez des renseignements à nous faire parvenir sur ce sujet? Vous pouvez joindre Jeanne Roy par "
         "courriel à jeanne.roy@example.ca ou par téléphone.", True),
        ("Le club compte 3 000 abonnés cette saison, un record selon son président.", False),
        ("Los suscriptores del diario recibieron la carta el lunes, según la empresa.", False),
    ],
)
def test_french_and_spanish_subscription_promos_are_clutter(line: str, clutter: bool) -> None:
    assert is_clutter(line) is clutter


@pytest.mark.parametrize(
    ("code", "question_word", "article_word"),
    [("fr", "interpel", "arret"), ("es", "arrest", "deten"), ("fr", "augment", "progress")],
)
def test_arrest_and_rise_verbs_join(code: str, question_word: str, article_word: str) -> None:
    assert dict(bridges_for(code).near(question_word)).get(article_word) == 1.0


RELATED_BESIDE_THE_LEAD = """<html lang="es"><head><title>El Congreso choca con el Senado</title></head><body>
<article><h1>El Congreso choca con el Senado</h1>
<ul><li><span>Proyecto de ley</span><a href="https://example.com/espana/senado-retrasa.html"> El Senado logra retrasar
la reforma y devuelve la ley al Congreso </a></li>
<li><span>Política</span><a href="https://example.com/espana/diputados.html"> Los diputados piden a su líder cambiar
el sistema de trabajo: "Esto es peor que lo de antes" </a></li></ul>
<div><p>La Mesa del Congreso ha abierto un conflicto institucional con el Senado al desdeñar el veto que éste impuso
ayer al proyecto de ley y, en su lugar, optar por enviar directamente la norma al Gobierno para su publicación.</p>
<p>El Senado votó ayer en contra con 144 votos frente a 111 y dos abstenciones del proyecto de ley de intercambio de
información y antecedentes penales en la Unión Europea.</p>
<p>La presidencia de la Cámara consideró que esa votación implicaba realmente un veto por lo que decidió remitir de
vuelta el proyecto de ley al Congreso, lo que supondría un retraso en la publicación de la norma.</p>
<p>El vicepresidente del Congreso ha confirmado la decisión de la Mesa de remitir el proyecto sin atender la decisión
de la Cámara Alta, según ha explicado ante la prensa este martes.</p></div></article></body></html>"""


def test_a_section_name_before_another_storys_headline_is_no_part_of_the_article() -> None:
    """The related stories beside the lead, each a section's name and a link: their quotation was
    one of the article's, spoken by "Política Los"."""
    article = read_html(RELATED_BESIDE_THE_LEAD, "https://example.com/espana/congreso.html")
    assert article.paragraphs[0].startswith("La Mesa del Congreso")
    assert not any("diputados piden" in paragraph for paragraph in article.paragraphs)


def test_a_sentence_ending_in_a_short_link_stays() -> None:
    page = RELATED_BESIDE_THE_LEAD.replace(
        "</p></div>", '</p><p>Use code <a href="https://example.com/deal">50OFF699 to get it at Dell</a></p>'
        '<p>It is called <a href="https://example.com/plan">Plan and Grow Big Now</a>.</p></div>'
    )
    article = read_html(page, "https://example.com/espana/congreso.html")
    assert any(paragraph.startswith("Use code") for paragraph in article.paragraphs)
    assert any(paragraph.startswith("It is called") for paragraph in article.paragraphs)
