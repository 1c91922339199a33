"""The bold answer phrase in German, French and Spanish: the forms those languages write it in.

A name in apposition to the asked post ("la delegada presidencial, Luz Bermúdez"; "Volkswagen, den
Hauptkunden"), thousands grouped by spaces ("555 000 euros"), "por ciento", "millones de euros" and
"kilómetros cuadrados" as units of more than one word, a stretch "desde Arica a Punta Arenas", where
to ("¿Adónde viaja?": "a su región natal de Magallanes"), a name cut before the "El" of the next
clause, a time of day in "horas", a date's "Mitte", "fin" or "este", and "dieses Jahr" in the
question, which leaves the day, not the year, to answer; and a name owning a noun the question
gives ("der Aufsichtsrat der Deutschen Bank") is not who is asked for. The articles are invented;
the forms are those of untuned news pages whose bold was off.
"""

from __future__ import annotations

from bot.reader.article import Article
from tests.reader.test_answer import ask

VISITA = Article(
    title="El Presidente visita Magallanes",
    paragraphs=(
        "El Presidente viaja este miércoles a su región natal de Magallanes en su segundo viaje oficial.",
        "Será recibido, cerca de las 13:00 horas, con honores por el gobernador regional, Jorge Flies, y la "
        "delegada presidencial, Luz Bermúdez.",
        "Al ser consultado por La Radio, el presidente de la Confederación Nacional de Transporte, Sergio Pérez, "
        "dijo que no descarta una movilización.",
        "En la región obtuvo más del 60 por ciento de los votos en diciembre.",
        "El Gobierno invirtió 1,5 millones de euros en el nuevo puerto.",
        "La confederación definirá este jueves las acciones a seguir.",
        "La consulta a las bases se hará el viernes, desde Arica a Punta Arenas.",
        "La empresa fue fundada por Elizabeth Holmes El juicio comenzó ayer en San José.",
        "El parque nacional tiene una extensión de 80.000 kilómetros cuadrados y atrae a miles de turistas.",
        "El faro está a tres kilómetros del pueblo y lleva a miles de turistas cada año al puerto.",
    ),
    language="es",
)

CAISSE = Article(
    title="Une caisse de solidarité",
    paragraphs=(
        "Née fin mai 2016, cette caisse de solidarité a connu un succès inattendu.",
        "Elle a recueilli environ 555 000 euros au total grâce aux donateurs.",
        "Selon le maire de la ville, Paul Martin, la caisse continuera l'an prochain.",
        "Les versements arrivent à 17 heures chaque vendredi.",
        "Le conseil de Renault a nommé Luca de Meo à sa tête.",
    ),
    language="fr",
)

WERK = Article(
    title="Das Werk in Zwickau",
    paragraphs=(
        "Das Werk beliefert Volkswagen, den Hauptkunden, seit Jahren mit Sitzen und Türen.",
        "Bereits zuvor hatte Robert Habeck, der frühere Vizekanzler, die Pläne scharf kritisiert.",
        "Rückendeckung erhält sie von Landrat Carsten Meier, der ihre Amtsführung verteidigte.",
        "Auch 2024 beginnt die Messe wieder am 11. Mai und endet am 15. Mai.",
        "Die nächste Pause ist wie immer Mitte Juni geplant.",
        "Der Aufsichtsrat der Deutschen Bank hat Alexander Wynaendts für eine weitere Amtszeit nominiert.",
    ),
    language="de",
)


def bold(article: Article, question: str) -> str | None:
    answer = ask(article, question)
    assert answer.found, f"declined {question!r}"
    return answer.sentences[0].text[slice(*answer.phrase)] if answer.phrase else None


def test_a_name_after_the_asked_post_and_a_comma_is_who_holds_it() -> None:
    assert bold(VISITA, "¿Quién es la delegada presidencial?") == "Luz Bermúdez"
    assert bold(VISITA, "¿Quién es el presidente de la confederación?") == "Sergio Pérez"
    assert bold(CAISSE, "Qui est le maire de la ville ?") == "Paul Martin"


def test_a_name_before_a_comma_and_the_asked_noun_is_who_it_names() -> None:
    assert bold(WERK, "Wer ist der wichtigste Kunde?") == "Volkswagen"
    assert bold(WERK, "Welcher frühere Vizekanzler kritisierte die Pläne?") == "Robert Habeck"


def test_a_german_noun_after_a_possessive_is_no_name() -> None:
    assert bold(WERK, "Wer verteidigt sie?") == "Landrat Carsten Meier"


def test_amounts_keep_their_thousands_and_their_units_of_two_words() -> None:
    assert bold(CAISSE, "Combien d'argent la caisse a-t-elle recueilli ?") == "environ 555 000 euros"
    assert bold(VISITA, "¿Qué porcentaje de votos obtuvo en la región?") == "60 por ciento"
    assert bold(VISITA, "¿Cuánto invirtió el Gobierno en el puerto?") == "1,5 millones de euros"


def test_a_stretch_between_two_places_is_bolded_whole() -> None:
    assert bold(VISITA, "¿Dónde se hará la consulta a las bases?") == "Arica a Punta Arenas"


def test_where_to_is_answered_by_the_phrase_a_word_of_direction_opens() -> None:
    assert bold(VISITA, "¿Adónde viaja el Presidente este miércoles?") == "a su región natal de Magallanes"


def test_a_name_is_cut_before_the_article_opening_the_next_clause() -> None:
    """A page that lost a full stop runs a name into the next sentence's "El"."""
    assert bold(VISITA, "¿Quién fundó la empresa?") == "Elizabeth Holmes"


def test_an_area_in_two_words_is_bolded_whole() -> None:
    """The length inside it ("80.000 kilómetros") was bolded: "how big" asks a length or an area."""
    assert bold(VISITA, "¿Cuál es la superficie del parque nacional?") == "80.000 kilómetros cuadrados"


def test_spanish_thousands_are_no_miles() -> None:
    """"a miles de turistas" was a distance ("a miles"), nearer the question's words than the real one."""
    assert bold(VISITA, "¿A qué distancia llegan los turistas al puerto?") == "tres kilómetros"


def test_times_and_dates_keep_their_own_words() -> None:
    assert bold(VISITA, "¿A qué hora será recibido?") == "13:00 horas"
    assert bold(CAISSE, "À quelle heure arrivent les versements ?") == "17 heures"
    assert bold(VISITA, "¿Cuándo definirá la confederación sus acciones?") == "este jueves"
    assert bold(CAISSE, "Quand la caisse est-elle née ?") == "fin mai 2016"
    assert bold(WERK, "Wann ist die nächste Pause?") == "Mitte Juni"


def test_this_year_in_the_question_leaves_the_day_to_answer() -> None:
    assert bold(WERK, "Wann beginnt die Messe dieses Jahr?") == "11. Mai"


def test_a_name_owning_a_noun_the_question_gives_is_not_who_is_asked() -> None:
    assert bold(WERK, "Wen schlägt der Aufsichtsrat für eine zweite Amtszeit vor?") == "Alexander Wynaendts"
    assert bold(CAISSE, "Qui le conseil a-t-il nommé ?") == "Luca de Meo"
