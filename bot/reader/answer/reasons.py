"""Whether a German, French or Spanish sentence gives a reason, in its own language's words.

A "why" question is ranked toward sentences giving a reason (`AnswerIndex._reasons_given`). English
reads reasons from `kinds.offers` (its cause words, quotations, what someone was punished for). The
cause words there are one list for all languages, and in it English "so" and French "pour" are in
most German or French sentences ("So gibt es ...", "pour le gouvernement"): nearly every German and
French sentence held a reason, so none was preferred for giving one.

Only reasons count, not purposes ("um ... zu", "pour" or "para" before an infinitive): they are in
so many sentences that they pulled sentences of other purposes first ("..., damit wir einen
perfekten Garpunkt hinbekommen" for why no fat drips on the burner). Nor a quotation (in English the
speaker's why): on the trial pages the quoted words were fragments ("les plus éprouvés"). And these
signs decline nothing (see `AnswerIndex._no_reason_near`).
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
        r"\b(?:porque|ya que|puesto que|dado que|debido al?|a causa d|gracias al?|por eso|por ello|por lo que|por lo cual"
        r"|ante lo cual|por tanto|pues|razón|razones|motivo|motivos|causa|a raíz d|por temor|justific\w*)\b"
    ),
}
"""Words and phrases of cause: German "weil", "denn", "wegen", "aufgrund", "Grund", a clause of "da"
(since); French "parce que", "car", "puisque", "à cause de", "en raison de", "grâce à", "c'est
pourquoi"; Spanish "porque", "ya que", "debido a", "a causa de", "gracias a", "por eso", "ante lo
cual" (a consequence of the sentence before)."""
_CAUSE_SIGNS = {code: re.compile(pattern, re.IGNORECASE) for code, pattern in _CAUSES.items()}


def reads_reasons(code: str) -> bool:
    """Whether reasons are read here for this language."""
    return code in _CAUSE_SIGNS


def tells_reason(code: str, text: str) -> bool:
    """Whether the sentence gives a reason in the words of its language, or by a phrase any
    language's reason may take (`kinds.marks_a_reason`: ", ya que", "à la suite d'une opération")."""
    signs = _CAUSE_SIGNS.get(code)
    return signs is not None and (signs.search(text) is not None or marks_a_reason(text))

