"""A length of time told by its unit and a verb of lasting, with no number, answers "how long":
"wird es noch Jahre dauern" on an untuned MDR page (new-user check, 2026-12-01) was shown only as
"the closest it comes" to "Wie lange wird die Reparatur der Autobahnen dauern?"."""

from __future__ import annotations

import pytest

from bot.reader.article import Article
from tests.support.reading import bold_in

CASES = [
    ("de", ("Die Autobahn wurde in der Hitzewelle beschädigt.",
            "Bis die Autobahnen saniert sind, wird es noch Jahre dauern.",
            "Tempolimits könnten folgen."),
     "Wie lange wird die Reparatur der Autobahnen dauern?", "noch Jahre dauern"),
    ("fr", ("L'autoroute a été endommagée par la canicule.",
            "La réparation des autoroutes prendra des années, selon l'agence.",
            "Des limitations de vitesse pourraient suivre."),
     "Combien de temps prendra la réparation des autoroutes ?", "prendra des années"),
    ("es", ("La autopista fue dañada por la ola de calor.",
            "La reparación de las autopistas llevará años, según la agencia.",
            "Podrían seguir límites de velocidad."),
     "¿Cuánto tiempo llevará la reparación de las autopistas?", "llevará años"),
]


@pytest.mark.parametrize(("language", "paragraphs", "question", "bold"), CASES)
def test_a_unit_with_a_verb_of_lasting_answers_how_long(language, paragraphs, question, bold):
    article = Article(title="Autobahn", paragraphs=paragraphs, language=language, url=None)
    assert bold_in(article, question) == bold
