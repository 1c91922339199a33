"""What a reader met on German, French and Spanish pages nobody had tuned on (trial 21intl: a German
company merger, a blog post on a law, a town quarter's history, a Spanish arrest report): a "why"
question about an act the page never tells ("Warum hat Praxair der Fusion zugestimmt?") was answered
with a sentence about the same names, as if it gave the reason."""

from __future__ import annotations

import pytest

from bot.reader.answer.why_verbs import why_verb
from bot.reader.article import Article
from bot.reader.pipeline import ask

FUSION = Article(
    title="Brauerei muss Werke verkaufen",
    paragraphs=(
        "Die Brauerei Kessler muss zwei Werke in Bayern verkaufen, weil das Kartellamt die Fusion mit der "
        "Konkurrentin Hopfenland sonst nicht genehmigt.",
        "Weitere Länder, in denen Kessler im Fall einer Fusion mit Hopfenland Werke abgeben muss, sind Polen und Tschechien.",
        "Die Brauerei beschäftigt etwa 3.000 Mitarbeiter.",
    ),
    language="de",
)

MURAILLE = Article(
    title="Le vieux quartier",
    paragraphs=(
        "Le quartier des tanneurs est né au XVe siècle hors de la muraille de la ville.",
        "La tour des cloches est tout ce qui reste de la muraille historique.",
        "Aujourd'hui, le quartier attire les touristes grâce à ses cafés.",
    ),
    language="fr",
)

DETENCION = Article(
    title="Detenida la jefa de la banda",
    paragraphs=(
        "La policía ha detenido en un hotel de Dijon a Ana Ruiz, jefa de la banda.",
        "Ruiz utilizaba hoteles y casas rurales como escondite habitual.",
        "Fue detenida porque la policía siguió el coche de un colaborador.",
    ),
    language="es",
)


@pytest.mark.parametrize(
    ("article", "question"),
    [
        (FUSION, "Warum hat Hopfenland der Fusion mit Kessler zugestimmt?"),
        (MURAILLE, "Pourquoi la muraille a-t-elle été démolie ?"),
        (DETENCION, "¿Por qué Ruiz eligió el hotel de Dijon como escondite?"),
    ],
)
def test_a_why_question_about_an_act_the_article_never_tells_is_declined(article: Article, question: str) -> None:
    """The sentence naming the same company, wall or hotel gives no reason for agreeing, pulling
    down or choosing: the page never says any of it happened."""
    assert not ask(article, question).found, question


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        (FUSION, "Warum muss Kessler zwei Werke in Bayern verkaufen?", "weil das Kartellamt"),
        (DETENCION, "¿Por qué fue detenida Ruiz?", "porque la policía siguió"),
        (MURAILLE, "Pourquoi le quartier attire-t-il les touristes ?", "grâce à ses cafés"),
    ],
)
def test_a_why_question_about_an_act_the_article_tells_is_still_answered(
        article: Article, question: str, expected: str) -> None:
    answer = ask(article, question)
    assert answer.found, f"declined {question!r}"
    assert expected in answer.sentences[0].text


@pytest.mark.parametrize(
    ("question", "code", "verb"),
    [
        ("Warum hat Praxair der Fusion zugestimmt?", "de", "zugestimmt"),
        ("Warum übernahm sie die Leitung?", "de", None),  # a support verb: the noun carries the act
        ("Warum fällt eine nüchterne Debatte schwer?", "de", None),  # the verb split, "schwerfallen"
        ("Warum ist unklar, ob ein Verbot hilft?", "de", None),  # "to be" and an adjective
        ("Warum ist Pachauri zurückgetreten?", "de", "zurückgetreten"),
        ("Pourquoi n'a-t-il pas commenté le match ?", "fr", "commenté"),
        ("Pourquoi le départ avait-il été repoussé ?", "fr", "repoussé"),
        ("Pourquoi ces informations étaient-elles fausses ?", "fr", None),
        ("¿Por qué el juez Castro imputó a Urdangarin?", "es", "imputó"),
        ("¿Por qué las cifras de Madrid no se pueden comparar?", "es", "comparar"),
        ("¿Por qué están molestos los ciudadanos?", "es", None),
        ("Why did he quit?", "en", None),
    ],
)
def test_the_act_a_why_question_asks_about_is_read_by_word_order(question: str, code: str, verb: str | None) -> None:
    assert why_verb(question, code) == verb


STUDIO = Article(
    title="Ein Abend im Kosmetikstudio",
    paragraphs=(
        "Lena aus dem Kosmetikstudio Sonnenhof hat mir eine Massage mit Lavendelöl empfohlen.",
        "Das Studio hat sie im März 2015 eröffnet, nach fünf Jahren in Lyon.",
        "Ich wünsche Lena weiterhin viel Erfolg mit ihrem Kosmetikstudio!",
    ),
    language="de",
)

CONGRES = Article(
    title="Le congrès de Lille",
    paragraphs=(
        "Le Premier ministre a défendu sa méthode devant les militants réunis à Lille.",
        "Il ne citera pas cette fois le droit de vote des étrangers, que certains préfèrent repousser.",
        "Le congrès s'achèvera dimanche avec le discours du nouveau premier secrétaire.",
    ),
    language="fr",
)


@pytest.mark.parametrize(
    ("article", "question"),
    [
        (STUDIO, "Wann hat Lena die Massage empfohlen?"),
        (CONGRES, "Quand le Premier ministre a-t-il annoncé le droit de vote des étrangers ?"),
    ],
)
def test_a_when_question_answered_by_no_date_in_reach_is_declined(article: Article, question: str) -> None:
    """German and French pasts the bot did not read as one event ("Wann hat ...?", "Quand X a-t-il
    ...?") were answered by a sentence with no date: the advice, the vote the minister left out."""
    assert not ask(article, question).found, question


def test_a_when_question_with_a_date_beside_its_act_is_answered() -> None:
    answer = ask(STUDIO, "Wann hat Lena ihr Studio eröffnet?")
    assert answer.found
    assert "März 2015" in answer.sentences[0].text


BOURSE = Article(
    title="Montebourg envisage des cessions",
    paragraphs=(
        "«Nous réfléchissons à des changements dans les participations de l'État», a dit le ministre au Financial Times.",
        "L'État vient de vendre 3 % de Thalès pour 400 millions d'euros. Et la réforme de la gouvernance d'Airbus "
        "lui permet d'en vendre 2 %. Ces deux entreprises, portées par la reprise du transport aérien, sont "
        "d'ailleurs celles qui sont le mieux valorisées en Bourse. Tandis que vendre du EDF serait aujourd'hui une "
        "mauvaise affaire.",
    ),
    language="fr",
)


def test_what_drives_something_answers_why() -> None:
    """"Portées par le boom de l'aéronautique" gives the reason as "parce que" would; the French
    "why" was declined, its sentence holding no cause word."""
    answer = ask(BOURSE, "Pourquoi Thalès et Airbus sont-elles bien valorisées en Bourse ?")
    assert answer.found
    assert "portées par la reprise" in answer.sentences[0].text


@pytest.mark.parametrize(
    ("question", "declined"),
    [
        ("Wie viele Mitarbeiter hat Hopfenland?", True),  # the count is Kessler's
        ("Wie viele Mitarbeiter hat Kessler?", False),
    ],
)
def test_a_count_of_another_company_does_not_answer_how_many(question: str, declined: bool) -> None:
    """German capitalises every noun, so the company asked about is read by where it stands: right
    after the verb, with no article."""
    article = Article(
        title="Brauerei muss Werke verkaufen",
        paragraphs=(
            "Die Brauerei Kessler muss zwei Werke verkaufen, weil das Kartellamt die Fusion sonst nicht genehmigt.",
            "Im Biergeschäft kommt Kessler auf einen Umsatz von 200 Millionen Euro und beschäftigt etwa 3.000 Mitarbeiter.",
            "Die Konkurrentin Hopfenland hat einen Marktanteil von 12 Prozent.",
        ),
        language="de",
    )
    answer = ask(article, question)
    assert answer.found is not declined
    if not declined:
        assert "3.000 Mitarbeiter" in answer.sentences[0].text


def test_since_a_past_year_does_not_answer_when_something_will_happen() -> None:
    """Spanish "desde 2004" tells since when, not a time to come: "¿Cuándo será juzgada?" about a
    page that gives no trial date was answered by the warrants piling up since 2004."""
    article = Article(
        title="Detenida la jefa de la banda",
        paragraphs=(
            "La policía ha detenido en un hotel de Dijon a Ana Ruiz, jefa de la banda.",
            "Antes de ser juzgada por su militancia, Ruiz pasó a la clandestinidad. Desde 2004, acumula en "
            "España dos órdenes de búsqueda y captura dictadas por la Audiencia Nacional.",
            "En todo este tiempo, Ruiz se habría escondido en México y Francia.",
        ),
        language="es",
    )
    assert not ask(article, "¿Cuándo será juzgada Ana Ruiz en España?").found
    assert ask(article, "¿Desde cuándo acumula Ruiz órdenes de búsqueda en España?").found
