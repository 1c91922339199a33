"""What a reader met asking German, French and Spanish news in their own words, on articles nobody had
tuned on (trial 17c: a bridge fire, a new cabinet, a road through a park, a software deal): French
"très" counted as the Spanish three, a temperature bolded as a year, a Spanish date or a first name
cut short, "when will ...?" in the future tense not read as asking ahead, "Außenministerium" never
meeting "Außenminister", and "sapeurs-pompiers" declined because "sapeurs" alone was counted."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold

FIRE = Article(
    title="Incendie sur un pont de Rouen",
    paragraphs=(
        "29 octobre 2012. - Vers 10h45, le pont subit un incendie de grande ampleur suite à l'accident d'un "
        "camion d'hydrocarbures. Le camion s'est couché après être entré en collision avec un camion frigorifique. "
        "L'incendie a été maîtrisé par plus de 80 pompiers vers midi. L'incendie a été très difficile à maîtriser, a "
        "fait 2 blessés légers (un pompier et le conducteur) et a endommagé la structure du pont (chaleur de "
        "l'incendie supérieure à 1000°) ; des experts interviennent sur le site dès le 5 novembre 2012.",
        "Le pont est toujours bloqué à ce jour. La préfecture a créé une nouvelle route réservée aux camions.",
    ),
    language="fr",
)

CABINET = Article(
    title="Neue Regierung vereidigt",
    paragraphs=(
        "Die neue Regierung wurde in der Hauptstadt vereidigt. Sie wird von Ministerpräsident Karl Berger geleitet.",
        "Der frühere Regierungschef Anton Wolf wird Finanzminister und der Parteivorsitzende Lena Stein neue "
        "Außenministerin des Landes.",
    ),
    language="de",
)

DEAL = Article(
    title="Protesta por un contrato de software",
    paragraphs=(
        "El pasado miércoles, el primer ministro publicó el resumen de una reunión. En esta, el gobierno "
        "accedía a invertir 43 millones de dólares en licencias de software.",
        "Nagla Rizk, directora del centro de estudios, criticó el acuerdo. Según ella, el gobierno podría haber "
        "invertido solo un millón en los desarrolladores locales.",
        "Los miembros de la comunidad de software libre protestaron en una manifestación silenciosa el pasado "
        "30 de diciembre.",
    ),
    language="es",
)


def test_a_french_very_is_no_count_of_the_injured() -> None:
    """"très" folds to the Spanish "tres" (three): "très difficile" was bolded for how many were hurt."""
    answer = ask(FIRE, "Combien de personnes ont été blessées ?")
    assert bold(answer) == "2"


def test_a_temperature_in_degrees_is_no_year() -> None:
    """"supérieure à 1000°" stood nearer the experts than their date and was bolded for "when"."""
    assert bold(ask(FIRE, "Quand les experts arrivent-ils sur place ?")) == "5 novembre 2012"


def test_a_hyphenated_counted_noun_counts_its_last_part() -> None:
    """"Combien de sapeurs-pompiers" counted "sapeurs", which the article lacks, and was declined."""
    answer = ask(FIRE, "Combien de sapeurs-pompiers ont lutté contre les flammes ?")
    assert answer.found
    assert "80 pompiers" in answer.sentences[0].text


def test_a_heavy_goods_vehicle_asks_no_weight() -> None:
    """"le poids lourd" (the lorry) made the question ask a weight, which the article never gives."""
    answer = ask(FIRE, "Contre quel véhicule le poids lourd est-il entré en collision ?")
    assert answer.found
    assert "frigorifique" in answer.sentences[0].text


def test_when_in_the_french_future_tense_asks_ahead() -> None:
    """"Quand la route ouvrira-t-elle ?" was answered by the sentence saying it was made, with no date."""
    assert not ask(FIRE, "Quand la route réservée aux camions ouvrira-t-elle ?").found


def test_a_ministry_finds_its_minister() -> None:
    """"Außenministeriums" never met the article's "Außenministerin"."""
    answer = ask(CABINET, "Wer wird Chefin des Außenministeriums?")
    assert answer.found
    assert "Lena Stein" in answer.sentences[0].text


def test_a_spanish_date_is_bolded_with_its_day() -> None:
    """Only "diciembre" was bolded of "el pasado 30 de diciembre"."""
    assert bold(ask(DEAL, "¿Cuándo fue la protesta?")) == "30 de diciembre"


def test_when_in_the_spanish_future_tense_asks_ahead() -> None:
    """"¿Cuándo se firmará el contrato?" was answered by a sentence with no date near it."""
    assert not ask(DEAL, "¿Cuándo se firmará el contrato?").found


def test_a_first_name_opening_a_sentence_stays_in_the_bold_name() -> None:
    """"Nagla Rizk, directora ..." was bolded "Rizk": a sentence's first word was never a name."""
    assert bold(ask(DEAL, "¿Quién dirige el centro de estudios?")) == "Nagla Rizk"


def test_one_million_is_bolded_with_its_one() -> None:
    """"solo un millón" was bolded "millón"."""
    assert bold(ask(DEAL, "¿Cuánto habría bastado invertir en desarrolladores locales?")) == "un millón"


PRESS = Article(
    title="Streit um eine Umfrage",
    paragraphs=(
        "Der Verein kritisiert das seit Jahren.",
        "Ich selbst habe mich zusammen mit Damaris Nübling in der Süddeutschen Zeitung kritisch mit einigen "
        "Punkten von Eisenberg auseinandergesetzt, viele weitere Beispiele könnten genannt werden.",
    ),
    language="de",
)


def test_which_newspaper_bolds_the_name_the_asked_noun_heads() -> None:
    """"In welcher Zeitung ...?" bolded "Punkten von Eisenberg": the question word after a preposition
    was not read, and German capitalises the noun, not the verb after it ("Welche Zeitung druckte")."""
    assert bold(ask(PRESS, "In welcher Zeitung hat der Autor mit Damaris Nübling geantwortet?")) == "Süddeutschen Zeitung"
    assert bold(ask(PRESS, "Welche Zeitung druckte den Text von Damaris Nübling?")) == "Süddeutschen Zeitung"


def test_a_ministry_asked_for_is_named_by_a_compound_minister() -> None:
    """Once "Welches Ministerium" is read as asking for a ministry, an article naming no "Ministerium",
    only the "Außenministerin" whose office it is, must not count as lacking the thing asked."""
    answer = ask(CABINET, "Welches Ministerium leitet Lena Stein?")
    assert answer.found
    assert "Außenministerin" in answer.sentences[0].text
