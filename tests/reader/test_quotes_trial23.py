"""Speakers on pages like the untuned fundus pages of the twenty-third round (German, Spanish, French and
English news): whom the words were told to, where someone works, a post that stands for the person who holds it,
a sentence after a quotation that says who said it, an officer the story never names, a neighbour after "But",
and a president titled by his surname before his full name."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes
from tests.support.reading import speakers


def _speakers(language: str, *paragraphs: str) -> list[str | None]:
    return [quote.speaker for quote in all_quotes(build_document(Article("Story", paragraphs, language=language)))]


def test_the_paper_told_after_the_verb_is_not_the_speaker() -> None:
    assert _speakers(
        "de",
        "Ilja Karaschin will die Bibliothek erhalten.",
        "„Die meisten Leser kommen am Samstag, und das wird auch so bleiben“, erzählt Karaschin der WAZ.",
    ) == ["Ilja Karaschin"]


def test_an_analyst_named_with_his_firm_speaks_not_the_firm() -> None:
    assert _speakers(
        "de",
        "Ähnlich sieht es Jan Berger vom Vermögensverwalter LBBW: „Die Notenbank wird die Zinsen im Herbst "
        "nicht weiter senken.“",
        "Lisa Wendt von der Direktbank DKB ergänzt: „Für Sparer ändert sich damit in diesem Jahr wenig.“",
    ) == ["Jan Berger", "Lisa Wendt"]


def test_a_post_with_another_adjective_is_still_its_holder() -> None:
    assert _speakers(
        "es",
        "El balance lo ha confirmado este viernes la presidenta de la Diputación de Huesca, Marta Lasierra, "
        "desde el centro de mando.",
        "La presidenta aragonesa ha pedido calma porque la Guardia Civil sigue revisando las casas. "
        "“Queremos que todos los vecinos puedan volver a casa esta misma semana”, ha señalado.",
    ) == ["Marta Lasierra"]


def test_a_post_of_another_body_is_not_the_holder_named_before() -> None:
    assert _speakers(
        "es",
        "El presidente del Cabildo, Tomás Herrera, defendió el plan.",
        "El presidente de la patronal hotelera Hotelsur, Luis Navarro, advirtió de que \"un mensaje de rechazo "
        "puede tener consecuencias muy negativas\" en los mercados.",
    ) == ["Luis Navarro"]


def test_a_sentence_saying_with_these_words_names_the_speaker() -> None:
    assert _speakers(
        "es",
        "“Es una tragedia enorme para todo el valle y para las familias”. Con esas palabras ha descrito Ramírez "
        "el incendio de la sierra.",
        "“Hoy está siendo una jornada muy dura para todos”. Así ha resumido el consejero de Interior, Pablo Soto, "
        "la situación.",
    ) == ["Ramírez", "Pablo Soto"]


def test_a_role_before_a_post_in_its_complement_gives_the_holder_her_gender() -> None:
    assert _speakers(
        "fr",
        "L'auteur Marc Dubreuil a reçu le prix des mains de la présidente du jury, Hélène Caron.",
        "Celle-ci a salué un récit fort. « C'est un album qui parle de l'exil avec une pudeur rare », "
        "a-t-elle déclaré.",
    ) == ["Hélène Caron"]


def test_whose_turn_it_is_between_the_verb_and_the_speaker() -> None:
    assert _speakers(
        "fr",
        "Le délégué syndical Marc Vial accuse la direction.",
        "« Les usagers sont les premières victimes de ce conflit qui dure », a estimé pour sa part le maire de "
        "Valence, Paul Orsini.",
    ) == ["Paul Orsini"]


def test_a_body_french_writes_with_an_article_speaks() -> None:
    assert _speakers(
        "fr",
        "Les hôpitaux publics sont en déficit, « une proportion inédite depuis vingt ans », selon la Dares, le "
        "service statistique du ministère.",
        "« Les systèmes de défense ont intercepté trente drones au-dessus de la région », rapporte le ministère "
        "ukrainien de la Défense dans un communiqué.",
    ) == ["Dares", "ministère ukrainien de la Défense"]


def test_an_unlisted_inverted_verb_then_a_person_named_before() -> None:
    assert _speakers(
        "de",
        "Nora Weiler (OGBL) und Paul Kremer (LCGB) führen den Zug an.",
        "„Die Regierung muss sich jetzt endlich bewegen“, stellt Nora Weiler nach ihrer Rede klar.",
        "„Der heutige Tag ist ein deutlicher Warnschuss“, stützt Paul Kremer die These von Nora Weiler.",
    ) == ["Nora Weiler", "Paul Kremer"]


def test_a_quotation_after_a_sentence_about_someone_else_is_theirs() -> None:
    assert _speakers(
        "de",
        "Nora Weiler (OGBL) und Paul Kremer (LCGB) führen den Zug an. „Wir akzeptieren das heute nicht“, ruft "
        "Nora Weiler. Paul Kremer wird später noch deutlicher. „Unser Land hatte in schwierigen Zeiten "
        "enormes Glück mit seinen Regierungen.“",
    ) == ["Nora Weiler", "Paul Kremer"]


def test_a_body_named_with_an_article_is_no_he_or_she() -> None:
    assert _speakers(
        "es",
        "En Villanueva, la teniente de alcalde, Rosa Beltrán, aseguró que el aviso se hizo “por todos los medios "
        "que tenemos”. A las alertas se sumó el trabajo de la Guardia Civil y de la Policía Local, "
        "que recorrieron las casas. “Todo el mundo se volcó y se está volcando”, resumió.",
    ) == ["Rosa Beltrán", "Rosa Beltrán"]


def test_a_body_with_its_article_after_a_fronted_phrase_speaks() -> None:
    assert _speakers(
        "en",
        "Protesters gathered outside Parliament on Wednesday morning.",
        "On social media the Metropolitan Police said: \"A further 20 to 25 have now gathered in the gardens and "
        "further arrests are being made.\"",
    ) == ["Metropolitan Police"]


def test_a_german_post_before_the_name_is_no_part_of_it() -> None:
    assert _speakers(
        "de",
        "Bayerns Sportdirektor Markus Fellner war ähnlich erbost. „Es ärgert mich wirklich maßlos“, sagte Fellner.",
        "„Vitamin D kann die Stimmung verbessern und das Immunsystem schützen“, sagt Autorin Clara Weidmann.",
    ) == ["Markus Fellner", "Clara Weidmann"]


def test_an_unnamed_neighbour_is_not_the_last_named_speaker() -> None:
    assert _speakers(
        "es",
        "Una vecina del barrio comenta que el ruido no cesa hasta la madrugada.",
        "“Nos sigue pareciendo insuficiente e incompatible con el descanso”, afirma Diego Alcalde, portavoz de la "
        "asociación vecinal.",
        "El portavoz recuerda que pidieron una reunión en marzo. Alcalde añade que no hubo respuesta.",
        "El barrio queda lleno de basura durante semanas tras las fiestas. “Les dan igual los vecinos, los "
        "visitantes y el medio ambiente”, asegura la vecina.",
    ) == ["Diego Alcalde", None]


def test_the_station_spoken_to_is_not_the_speaker_of_a_dropped_subject() -> None:
    assert _speakers(
        "es",
        "El ministro de Exteriores, José Luis Ortega, recibió a sus homólogos en Madrid.",
        "Ortega reafirmó este domingo que la negociación es la única salida. “¿Cuál es la alternativa? ¿Dejar que "
        "la guerra siga otro año más?”, se preguntaba en unas declaraciones a la emisora pública francesa France Info.",
    ) == ["José Luis Ortega"]


_NEIGHBOUR = "Next door neighbour Doris Wexler told the local paper: “I kept calling the city about the smell for weeks.”"


def test_the_officer_the_story_brought_in_unnamed_is_no_one_named_later() -> None:
    found = speakers(
        _NEIGHBOUR,
        "Even when a police officer first called, the owner shrugged off the smell. According to reports, the "
        "officer recalled: “I knocked on the door for ten minutes and then walked round to the back.”",
        "Another officer, John Carney, said: “The television was playing very loud when we went in.”",
    )
    assert found["I knocked on the door"] is None
    assert found["The television was playing very"] == "John Carney"


def test_a_neighbour_after_but_speaks_when_the_colon_follows_a_verb_of_telling() -> None:
    found = speakers(
        _NEIGHBOUR,
        "Even when a police officer first called, the owner shrugged off the smell.",
        "But neighbour Wexler picks up the story: “All of a sudden the door opens and he walks out of the house.”",
    )
    assert found["All of a sudden the"] == "Doris Wexler"


def test_a_president_titled_by_surname_first_is_shown_by_his_full_name() -> None:
    found = speakers(
        "Präsident Marlow macht Andeutungen, dass es bald auch Einsätze an Land geben könnte.",
        "Nach der Beschlagnahme eines Tankers hat US-Präsident Dan Marlow erneut über Einsätze gesprochen. "
        "„Es wird bald auch an Land beginnen“, sagte er im Weißen Haus.",
        "Marlow selbst sagte auf die Frage eines Journalisten: „Es geht um sehr viele Dinge.“",
        language="de",
    )
    assert found["Es wird bald auch an"] == "Dan Marlow"
    assert found["Es geht um sehr viele"] == "Dan Marlow"
