"""Whether a German, French or Spanish sentence gives a reason or a purpose, in its own language.

A "why" question is ranked toward sentences giving a reason, and declined when its best sentence
and the sentences beside it in its paragraph give neither a reason nor a purpose
(`AnswerIndex._no_reason_near`): "Warum hat sie das Buch zurückgezogen?" is not answered by "Das
Buch ist 2013 erschienen." English reads reasons from `kinds.offers` (its cause words, quotations,
what someone was punished for). The cause words there are one list for all languages, and in it
English "so" and French "pour" are in most German or French sentences ("So gibt es ...", "pour le
gouvernement"): no German or French sentence lacked a reason, and the rule was English only.

A purpose ("um ... zu", "pour" or "para" before an infinitive) answers a "why" too ("¿Por qué viajó
a Madrid?" -> "viajó a Madrid para firmar"), so it keeps a sentence from being declined; but it is
in so many sentences that, as a reason for the ranking, it pulled sentences of other purposes
first ("..., damit wir einen perfekten Garpunkt hinbekommen" for why no fat drips on the burner).
A quotation is no reason here (in English it is the speaker's why): on the trial pages quoted words
were fragments ("les plus éprouvés"), and on the reworded dev share counting them answered two
unanswerable questions more and no answerable one right that was not.
"""

from __future__ import annotations

import re

from bot.reader.answer.kinds import marks_a_reason

_CAUSES = {
    "de": (
        r"\b(?:weil|denn|deshalb|deswegen|daher|darum|wegen|aufgrund|auf grund|infolge|dank|zumal|sodass|so dass"
        r"|grund|gründe|gründen|ursache|ursachen|schuld|liegt (?:\w+ )?(?:daran|an)|begründ\w*|zurückzuführen"
        r"|angesichts|mangels|aus (?:angst|sorge|protest|furcht))\b"
        r"|(?:^|[,;:–-]\s*)da\s"
    ),
    "fr": (
        r"\b(?:parce qu|car\b|puisqu|à cause d|en raison d|grâce à|grâce au|c['’]est pourquoi|raisons?\b|motifs?\b"
        r"|cause d|causé|étant donné|vu qu|du fait d|suite à|faute d|dû à|due à|dus à|dues à|par crainte|de peur"
        r"|dans la mesure où|justifi\w*|en protestation)"
    ),
    "es": (
        r"\b(?:porque|ya que|puesto que|dado que|debido a|a causa d|gracias a|por eso|por ello|por lo que|por lo cual"
        r"|ante lo cual|por tanto|pues|razón|razones|motivo|motivos|causa|a raíz d|por temor|justific\w*)\b"
    ),
}
"""Words and phrases of cause: German "weil", "denn", "wegen", "aufgrund", "Grund", a clause of "da"
(since); French "parce que", "car", "puisque", "à cause de", "en raison de", "grâce à", "c'est
pourquoi"; Spanish "porque", "ya que", "debido a", "a causa de", "gracias a", "por eso", "ante lo
cual" (a consequence of the sentence before)."""
_PURPOSES = {
    "de": r"\b(?:damit|um\s+(?:[\w-]+\s+){0,8}?(?:zu\s+\w|\w+zu\w+en\b))",
    "fr": (
        r"\b(?:afin d|afin qu|pour qu"
        r"|pour (?:ne pas |ne plus |mieux |ainsi |en |y |l['’]|se |s['’]|lui |me |te |nous |vous )?"
        r"(?!(?:notre|votre|autre|premier|dernier|entier|quatre|entre|leur)\b)(?-i:[a-zéè])\w*(?:er|ir|re|oir)\b)"
    ),
    "es": (
        r"\b(?:para que|a fin de|con el fin de"
        r"|para (?:no |poder )?(?!(?:mujer|lugar|hogar|mar|bienestar|taller|alquiler|placer|altar|militar|popular)\b)"
        r"(?-i:[a-zñáéíóú])\w*(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?\b)"
    ),
}
"""A purpose: German "um die Daten zu schützen", "damit"; French "afin de", "pour" before an
infinitive ("pour surveiller", not "pour le gouvernement", "pour notre", "pour Olivier"); Spanish
"para" before an infinitive ("para manipular", not "para el Estado", "para mujer", "para Javier")."""

_CAUSE_SIGNS = {code: re.compile(pattern, re.IGNORECASE) for code, pattern in _CAUSES.items()}
_PURPOSE_SIGNS = {code: re.compile(pattern, re.IGNORECASE) for code, pattern in _PURPOSES.items()}


def reads_reasons(code: str) -> bool:
    """Whether reasons are read here for this language."""
    return code in _CAUSE_SIGNS


def tells_reason(code: str, text: str) -> bool:
    """Whether the sentence gives a reason in the words of its language, or by a phrase any
    language's reason may take (`kinds.marks_a_reason`: ", ya que", "à la suite d'une opération")."""
    signs = _CAUSE_SIGNS.get(code)
    return signs is not None and (signs.search(text) is not None or marks_a_reason(text))


def tells_purpose(code: str, text: str) -> bool:
    """Whether the sentence tells what something is done for, in the words of its language."""
    signs = _PURPOSE_SIGNS.get(code)
    return signs is not None and signs.search(text) is not None
