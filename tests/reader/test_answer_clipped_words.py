"""A word cut short as readers say it is the article's whole word (`synonyms.tsv`): "labos" for
"laboratoires", "autos" for "vehículos". In a new-user trial "Combien de labos compte PSL ?" and
"¿Cuántos autos robados encontró Hugo Bustos?" were declined beside the sentences counting "181
laboratoires" and "112 vehículos robados": the stems share too few letters to be one family, no
table joined them, and a "how many" question whose counted thing the article never names is
declined."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask

UNIVERSITY = Article(
    title="L'Université PSL",
    paragraphs=(
        "Le décret validant les nouveaux statuts de l'Université PSL vient d'être publié.",
        "Avec 4 500 enseignants-chercheurs, 17 000 étudiants et 181 laboratoires, PSL est une université à taille humaine.",
    ),
    language="fr",
)
CARS = Article(
    title="Vehículos robados en Chile",
    paragraphs=(
        "La Policía anunció una coordinación con Carabineros de Chile para investigar los casos.",
        "El investigador Hugo Bustos aseguró que ha detectado 112 vehículos robados en Chile y trasladados a Santa Cruz.",
    ),
    language="es",
)


def test_labos_are_laboratoires() -> None:
    answer = ask(UNIVERSITY, "Combien de labos compte PSL ?")
    assert answer.found and "181 laboratoires" in answer.sentences[0].text


def test_autos_are_vehiculos() -> None:
    answer = ask(CARS, "¿Cuántos autos robados encontró Hugo Bustos?")
    assert answer.found and "112 vehículos" in answer.sentences[0].text
