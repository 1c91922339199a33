"""Speakers of the classes untuned French and Spanish news pages showed (trafilatura's test pages, round 26;
invented sentences here): an acronym in parentheses inside an apposition, a place named after a contracted article,
someone unnamed tied to a named person (`selon un proche de X`) and a he after an unnamed follower (`un chiraquien`)."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes


def _speakers(language: str, *paragraphs: str) -> list[str | None]:
    return [quote.speaker for quote in all_quotes(build_document(Article("Story", paragraphs, language=language)))]


def test_an_acronym_in_an_apposition_is_not_the_speaker() -> None:
    assert _speakers(
        "es",
        "Marta Quiroga, bióloga e integrante de la Fundación Humedales del Plata (Fuhpla), dijo que el río "
        "\"está perdiendo sus aves más raras\".",
    ) == ["Marta Quiroga"]


def test_an_acronym_after_the_body_that_opens_the_subject_speaks() -> None:
    assert _speakers(
        "fr",
        "Le 3 mars, le Syndicat national des pilotes de ligne (SNPL) a déclaré que « la sécurité des vols "
        "n'est pas négociable ».",
    ) == ["Syndicat national des pilotes de ligne"]


def test_a_description_is_the_person_not_the_place_named_after_it() -> None:
    assert _speakers(
        "fr",
        "« Le tabac abîme les bronches bien avant la toux », rappelle Hélène Darbois, professeure de médecine et "
        "pneumologue au CHU Rangueil à Toulouse.",
        "Arrêter reste possible à tout âge. « Une seule cigarette par jour suffit déjà à doubler le risque », "
        "précise la pneumologue.",
    ) == ["Hélène Darbois", "Hélène Darbois"]


def test_someone_close_to_a_named_person_is_not_that_person() -> None:
    assert _speakers(
        "fr",
        "Claire Vasseur, rectrice de l'académie, dirige la réforme du lycée.",
        "\"Une bosseuse qui ne lâche jamais rien\", selon un proche d'Octave Mounier, Claire Vasseur sait s'imposer. "
        "\"Malgré leurs disputes, Mounier l'a toujours défendue\", a ajouté un cadre du parti sur l'influence "
        "qu'a pu obtenir Claire Vasseur.",
    ) == [None, None]


def test_he_after_an_unnamed_follower_brought_in_is_that_follower() -> None:
    assert _speakers(
        "fr",
        "Claire Vasseur a longtemps travaillé avec Paul Mercier. Alors que ses anciens collègues restent discrets, "
        "un sarkozyste s'est souvenu de leurs disputes.",
        "« Mercier la trouvait trop lente, mais il l'a toujours défendue », a-t-il raconté.",
    ) == [None]


def test_more_spanish_reporting_verbs() -> None:
    assert _speakers(
        "es",
        "\"La audiencia de alegatos será el jueves a primera hora\", corroboró el abogado Mario Quispe, que "
        "defiende al coronel.",
        "El senador Tomás Ríos planteó que en materia de agua, \"no podemos seguir haciendo lo mismo de siempre\".",
    ) == ["Mario Quispe", "Tomás Ríos"]


def test_one_of_those_who_said_is_the_subject_not_someone_unnamed() -> None:
    assert _speakers(
        "es",
        "La ministra de Vivienda, Elena Paredes, criticó el proyecto. Paredes había sido una de las que planteó "
        "que estaba en contra.",
        "Al respecto, explicó que \"escuché a los vecinos y me pareció que había que frenar el proyecto\".",
    ) == ["Elena Paredes"]


def test_segun_and_a_verb_before_a_description() -> None:
    assert _speakers(
        "es",
        "Rosa Fernández, bióloga e integrante de la asociación Aves del Sur, estudia la laguna desde 2010.",
        "La lista de problemas es larga, pero la encabeza \"la caza ilegal de aves en la reserva\", según contó "
        "la bióloga.",
    ) == ["Rosa Fernández"]


def test_a_long_role_set_off_before_the_name_describes_the_person() -> None:
    assert _speakers(
        "es",
        "La escritora chilena ganadora del último premio Cervantes de las Letras, Inés Carrasco, habló en Madrid.",
        "Según la escritora, la censura \"no sería el fin de la literatura\" sino \"el comienzo de su época más oscura\".",
    ) == ["Inés Carrasco", "Inés Carrasco"]


def test_the_apposition_after_the_name_with_its_acronym_describes_the_person() -> None:
    assert _speakers(
        "es",
        "El intendente Mario Quispe inauguró la planta. Rosa Fernández, vecina del valle e integrante de la ONG "
        "Amigos de la Laguna Negra (Alna), dijo que \"el agua sigue llegando sucia a las casas\".",
        "La lista de reclamos la encabeza \"el cierre de la vieja curtiembre del pueblo\", según contó la "
        "integrante de Alna.",
    ) == ["Rosa Fernández", "Rosa Fernández"]


def test_the_one_asked_answers_after_a_preposition_and_quien() -> None:
    assert _speakers(
        "es",
        "El periódico consultó a la alcaldesa de Rocha, Elena Paredes, sobre la costa.",
        "Gerardo Ibarra, subsecretario de Turismo, afirmó que su idea es \"tratar de generar acuerdos con los "
        "vecinos\". También se le preguntó por las obras a Paredes, quien señaló que \"están en etapa de "
        "negociación con la empresa\".",
    ) == ["Gerardo Ibarra", "Elena Paredes"]


def test_a_name_in_a_clause_of_time_after_the_verb_is_not_the_speaker() -> None:
    assert _speakers(
        "es",
        "La propuesta fue defendida ayer por la ministra Carla Ruiz en una entrevista radial. \"Necesitamos "
        "recuperar la confianza de los vecinos del barrio\", dijo al ser consultada sobre la renuncia del director "
        "del hospital, Pedro Salas.",
    ) == ["Carla Ruiz"]


def test_el_mandatario_is_a_post_not_a_name() -> None:
    assert "Mandatario" not in _speakers(
        "es",
        "La reforma fue confirmada por el presidente del país. “Estamos trabajando en instalar estados intermedios "
        "para cuidar las carreteras”, adelantó el Mandatario.",
    )


def test_peut_on_lire_reads_the_paper_that_published_it() -> None:
    assert _speakers(
        "fr",
        "Le 3 mars, Libération publie une enquête sur ce sénateur. Paul Mercier, président de la commission des "
        "finances, est « soupçonné d'avoir caché des comptes en Suisse », peut-on lire.",
    ) == ["Libération"]


def test_whose_turn_set_off_by_commas_between_verb_and_speaker() -> None:
    assert _speakers(
        "es",
        "\"Hay que cambiar la ley de riego cuanto antes\", dice Marta Quiroga.",
        "\"Esto ya no es un problema del campo solamente\", lamenta, por su parte, Iris Beltrán, presidenta de la "
        "Liga Agraria. \"En el ministerio cajonean las denuncias desde hace años\", dice.",
    ) == ["Marta Quiroga", "Iris Beltrán", "Iris Beltrán"]


def test_a_religious_order_called_back_as_the_congregation() -> None:
    assert _speakers(
        "es",
        "El cura iba a dirigir un programa del Gobierno, lo que fue descartado por el Ejecutivo.",
        "La Compañía de Jesús informó el lunes del inicio de una investigación interna. En un comunicado, la "
        "congregación señaló que los hechos \"habrían ocurrido hace más de veinte años en el colegio\".",
    ) == ["Compañía de Jesús"]


def test_a_view_opened_by_desde_su_vision_or_segun_entiende() -> None:
    assert _speakers(
        "es",
        "Rosa Fernández, bióloga de la reserva, estudia la laguna desde 2010. Desde su visión, los incendios son "
        "\"un problema para la fauna y para los vecinos\". Según entiende, \"no hay perspectiva de un plan en el "
        "corto plazo\".",
    ) == ["Rosa Fernández", "Rosa Fernández"]
