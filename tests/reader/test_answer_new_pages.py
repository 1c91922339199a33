"""Questions from pages first asked untuned (bench/reworded, 2026-11-30, fourth round): the answer
or the decline a reader gets, in the reader's own words."""

from __future__ import annotations

from bot.reader import pipeline
from bot.reader.article import Article
from tests.reader.test_answer import ask, best_text

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


CRASH_REPORT = Article(
    title='Crash du Rio-Paris : publication du rapport final par le BEA',
    language="fr",
    paragraphs=(
        "5 juillet 2012. - Le rapport final du BEA, le Bureau d'enquêtes et d'analyses de la DGAC, "
        'conclut que le terrible accident survenu sur le vol AF447 assuré par Air France et reliant Rio '
        'de Janeiro à Paris a été provoqué par une combinaison de facteurs techniques et humains. '
        'Rappelons que cet accident avait fait 228 morts le 1er juin 2009. À cette occasion, le BEA '
        "avait émis 41 recommandations pour l'amélioration de la sécurité, dont 21 nouvelles par "
        'rapport à la précédente publication de juillet 2011.',
        "Des défaillances dues à l'ergonomie de l'avion (un Airbus A330) ainsi que des actions "
        'inappropriées des pilotes, alors soumis à un stress intense, sont pointées du doigt. Selon le '
        "rapport, le pilote qui était aux commandes au moment de l'incident a cabré[1] au lieu de "
        "piquer[2] lorsque l'appareil était en décrochage à la suite des informations de position "
        "erronées fournies par le Flight Director, un équipement d'aide à la navigation. Pour la "
        'première fois, une information explique pourquoi le pilote a fait cette action, alors que dans '
        'une telle situation, il faut piquer pour retrouver de la portance.',
        "L'explication avancée est que les pilotes ont suivi les informations du Flight Director, une "
        "procédure habituelle. Sauf que, lors de l'incident, ces informations furent erronées car il y "
        'avait une perte des informations de vitesse. Depuis 2011, une directive européenne demande aux '
        "pilotes de ne pas suivre les informations du Flight Director à la suite d'une perte des "
        'informations de vitesse.',
        '« Le BEA nous a affirmé que ces Flight Directors étaient apparus et disparus à maintes '
        "reprises. Ils positionnaient l'avion à piquer et donc par compensation, le pilote avait "
        'tendance à tirer sur le manche pour faire cabrer, et donc à suivre les informations erronées '
        'de position du Flight Director » a indiqué Robert Soulas, dont la fille et le gendre ont '
        "disparus dans l'accident.",
        'Rappelons que la compagnie Air France et le constructeur Airbus sont mis en examen pour « '
        'homicide involontaire ».',
    ),
)
"""fr.wikinews.org, "Crash du Rio-Paris : publication du rapport final par le BEA" (5 July 2012),
CC BY 2.5, Wikinews contributors (bench/reworded/articles/fr-rio-paris-bea.txt)."""


def test_a_question_whose_words_the_best_sentence_lacks_is_declined() -> None:
    """What is asked (a sum paid to the victims' families) is in no sentence that names Air France:
    the best match holds the name only, so the article doesn't say."""
    answer = ask(CRASH_REPORT, "Combien Air France a-t-il versé aux familles des victimes ?")
    assert not answer.found, f"answered with {answer.sentences[0].text!r}"


def test_the_same_article_still_answers_what_it_says() -> None:
    assert "228 morts" in best_text(CRASH_REPORT, "Combien de personnes sont mortes dans l'accident ?")


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
