"""A question asking for places of a kind in the plural ("In which cities ...?", "In welchen Städten
...?", "¿En qué ciudades ...?") asks a place, as its singular does: then the sentence matching its
words but naming no place ("Our local offices guarantee ...") gives way to its neighbour that
points back and names them ("This applies to Munich ..."), as issue 14 point 3 asks. The place
named is the city asked, though the article never writes the word "city"."""

from __future__ import annotations

import pytest

from bot.reader.answer.kinds import asks, asks_a_kind_of_place
from bot.reader.article import Article
from bot.reader.pipeline import ask

FIRM = Article(
    title="Berger & Partner",
    paragraphs=(
        "Our firm has advised medium-sized companies on tax law and corporate law for many years. "
        "We support start-ups, restructurings and succession planning.",
        "Our local offices guarantee you short distances and reliable contacts with the authorities and "
        "institutions of each country. This applies to Munich as well as to Vienna and our other locations.",
        "Our team consists of lawyers, tax advisers and auditors who work closely together.",
    ),
    language="en",
)

KANZLEI = Article(
    title="Berger & Partner",
    paragraphs=(
        "Unsere Kanzlei berät seit vielen Jahren mittelständische Unternehmen in Fragen des Steuerrechts. "
        "Wir begleiten Gründungen und Nachfolgeregelungen.",
        "Durch die Büros vor Ort werden Ihnen kurze Wege und zuverlässige Kontakte zu den Behörden garantiert. "
        "Das gilt in München ebenso wie in Wien und an den weiteren Kanzleistandorten.",
        "Unser Team besteht aus Rechtsanwälten und Steuerberatern, die eng zusammenarbeiten.",
    ),
    language="de",
)

CABINET = Article(
    title="Berger & Partner",
    paragraphs=(
        "Notre cabinet conseille depuis de nombreuses années des entreprises en droit fiscal. "
        "Nous accompagnons les créations et les successions.",
        "Nos bureaux locaux vous garantissent des contacts fiables avec les autorités de chaque pays. "
        "C'est le cas à Munich comme à Vienne et dans nos autres implantations.",
        "Notre équipe réunit des avocats et des conseillers fiscaux.",
    ),
    language="fr",
)

DESPACHO = Article(
    title="Berger & Partner",
    paragraphs=(
        "Nuestro despacho asesora desde hace muchos años a empresas en derecho fiscal. "
        "Acompañamos fundaciones y sucesiones.",
        "Nuestras oficinas locales le garantizan contactos fiables con las autoridades de cada país. "
        "Esto vale en Múnich igual que en Viena y en nuestras otras sedes.",
        "Nuestro equipo reúne a abogados y asesores fiscales.",
    ),
    language="es",
)


@pytest.mark.parametrize(
    "question",
    [
        "In which cities does the firm have offices?",
        "What countries did the band tour?",
        "In welchen Städten hat die Kanzlei Büros?",
        "Welche Länder hat die Band besucht?",
        "Dans quelles villes le cabinet a-t-il des bureaux ?",
        "¿En qué ciudades tiene oficinas el despacho?",
    ],
)
def test_a_plural_kind_of_place_asks_a_place(question: str) -> None:
    assert asks(question) == {"place"}
    assert asks_a_kind_of_place(question)


@pytest.mark.parametrize(
    ("article", "question", "places"),
    [
        (FIRM, "In which cities does the firm have offices?", ("Munich", "Vienna")),
        (FIRM, "What cities does the firm have offices in?", ("Munich", "Vienna")),
        (CABINET, "Dans quelles villes le cabinet a-t-il des bureaux ?", ("Munich", "Vienne")),
        (KANZLEI, "In welchen Städten hat die Kanzlei Büros?", ("München", "Wien")),
        (DESPACHO, "¿En qué ciudades tiene oficinas el despacho?", ("Múnich", "Viena")),
    ],
)
def test_the_neighbour_naming_the_places_answers_which_cities(article: Article, question: str, places: tuple[str, ...]) -> None:
    answer = ask(article, question)
    assert answer.found
    assert all(place in answer.sentences[0].text for place in places)
