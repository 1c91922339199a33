"""Questions from pages first asked untuned (bench/reworded, 2026-11-30, fourth round): the answer
or the decline a reader gets, in the reader's own words."""

from __future__ import annotations

from bot.reader import pipeline
from bot.reader.article import Article
from tests.reader.test_answer import best_text

FISH_TRAPS = Article(
    title="Trampas para peces de Brewarrina en Australia podrían ser la construcción humana más antigua del mundo",
    language="es",
    paragraphs=(
        "En Australia están dos de los sitios de acuicultura más antiguos del mundo, donde los pueblos "
        "indígenas se dedicaron a la cría de peces y anguilas durante miles de años.",
        "Las trampas para peces de Brewarrina están en el río Barwon, en Nueva Gales del Sur, al norte del "
        "país. También se las conoce como las trampas para peces de Baiame: Ngunnhu, Nonah o Nyemba. El "
        "yacimiento fue incluido en la lista de Lugares del Patrimonio Nacional en 2005.",
        "Sin embargo, su antigüedad no se ha verificado científicamente.",
        "Se ha debatido mucho sobre Dark Emu, libro muy vendido de Bruce Pascoe.",
        "El Museo Cultural Aborigen de Brewarrina es muy popular entre los turistas. En su página de "
        "Facebook se registran muchas de sus visitas y se publican numerosos videos de las trampas.",
    ),
)


def test_in_which_state_asks_for_a_place_in_spanish_too() -> None:
    assert "Nueva Gales del Sur" in best_text(FISH_TRAPS, "¿En qué estado australiano está Brewarrina?")


def test_por_que_before_a_noun_asks_which_not_why() -> None:
    """"¿Por qué río pasan...?" is "through which river", not "why": an article giving no reasons
    still answers it."""
    assert "río Barwon" in best_text(FISH_TRAPS, "¿Por qué río pasan las trampas de Brewarrina?")


FISH_BAN = Article(
    title="EU-Kommission droht Sri Lanka mit Fischimportverbot",
    language="de",
    paragraphs=(
        "Brüssel (EU), 21.10.2014 – Die für Fischerei und maritime Angelegenheiten zuständige EU-Kommissarin "
        "Maria Damanaki hat ein Importverbot von Fisch aus dem asiatischen Land Sri Lanka vorgeschlagen, da "
        "Sri Lanka illegale Fischerei nach Auffassung der EU-Kommission nicht genug bekämpft.",
        "Die EU-Kommission hat Sri Lanka bereits im Jahr 2012 förmlich verwarnt, diese Missstände zu beheben, "
        "daneben wurden damals auch Belize, die Fidschis, Panama, Togo und Vanuatu verwarnt, diese Staaten "
        "haben aber bereits die notwendigen Maßnahmen ergriffen. Deshalb wird die Kommission die schon "
        "bestehenden Einfuhrhemnisse für Fisch aus Belize wieder aufheben.",
    ),
)


def test_a_german_clause_opened_by_da_gives_the_reason() -> None:
    assert "nicht genug bekämpft" in best_text(FISH_BAN, "Warum will die EU keinen Fisch mehr aus Sri Lanka?")


CHECKUP = Article(
    title="Opinion: Why you shouldn't believe the White House on Trump's health",
    paragraphs=(
        "President Donald Trump, according to the White House, made an unscheduled trip to Walter Reed "
        'hospital on Saturday for a "quick exam and labs" as the first stage of his annual physical.',
        "Remember what we already know about this President's health. Trump is 73 years old and is the "
        "oldest person ever elected to a first term as president. In his most recent physical exam -- "
        "conducted in February -- he clocked in at 243 pounds.",
        "\"We're not going to get into security and movement protocols when it comes to the President, but "
        "as my statements said he's in good health and it was a routine checkup as part of his annual "
        'physical," Grisham told CNN.',
    ),
)


def test_how_heavy_asks_a_weight_in_pounds() -> None:
    """The sentence with the checkup's word comes first, and the weight is shown beside it."""
    answer = pipeline.ask(CHECKUP, "How heavy was the president at his last checkup?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert any("243 pounds" in sentence.text for sentence in answer.sentences)


CONCERT = Article(
    title="Rock band plays surprise show",
    paragraphs=(
        "The band's surprise concert drew thousands of fans on Friday night. "
        "The show was held at the Fillmore in San Francisco, the group said.",
        "Their new album took first place in the charts last week.",
    ),
)


def test_take_place_asks_where_it_happened_not_about_a_place_word() -> None:
    assert "Fillmore" in best_text(CONCERT, "Where did the concert take place?")


CONCIERTO = Article(
    title="Concierto sorpresa",
    language="es",
    paragraphs=(
        "El concierto sorpresa de la banda reunió a miles de fans el viernes. "
        "El espectáculo se celebró en el Fillmore de San Francisco, según el grupo.",
        "Su nuevo disco ocupó el primer lugar en las listas la semana pasada.",
    ),
)


def test_tuvo_lugar_asks_where_it_happened() -> None:
    assert "Fillmore" in best_text(CONCIERTO, "¿Dónde tuvo lugar el concierto?")


PRESS = Article(
    title="Opinion: Why you shouldn't believe the White House on Trump's health",
    paragraphs=(
        "Now consider what we know about Trump's visit to Walter Reed on Saturday. It was unscheduled. "
        "While White House press secretary Stephanie Grisham said the trip was simply Trump getting a jump "
        "on his annual physical, he did not have that physical done in phases in the past two years.",
        '"The President received a diet and exercise plan last year, but the President admits he has not '
        'followed it religiously," said Hogan Gidley, the principal deputy White House press secretary.',
    ),
)


def test_a_spokeswoman_is_the_press_secretary() -> None:
    answer = pipeline.ask(PRESS, "Who is the spokeswoman who explained the hospital visit?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    first = answer.sentences[0].text
    assert "Stephanie Grisham" in first
    assert answer.phrase and first[answer.phrase[0]:answer.phrase[1]] == "Stephanie Grisham"


def test_asking_for_a_spokeswoman_the_article_calls_otherwise_is_not_declined() -> None:
    answer = pipeline.ask(PRESS, "Who is the White House spokeswoman?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert any("press secretary" in sentence.text for sentence in answer.sentences)
