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
from bot.reader.answer.reason_phrase import CLAUSE_OPENERS

_NAMING_CAUSES = {
    "de": (
        r"\b(?:deshalb|deswegen|daher|darum|auf grund|dank|sodass|so dass|grund|gründe|gründen|ursache|ursachen"
        r"|schuld|liegt (?:\w+ )?(?:daran|an)|begründ\w*|zurückzuführen|aus (?:angst|sorge|protest|furcht))\b"
    ),
    "fr": (
        r"\b(?:c['’]est pourquoi|raisons?\b|motifs?\b|cause d|causé|étant donné|vu qu|dû à|due à|dus à|dues à"
        r"|par crainte|de peur|dans la mesure où|justifi\w*|en protestation)"
    ),
    "es": (
        r"\b(?:por eso|por ello|por lo que|por lo cual|ante lo cual|por tanto|pues|razón|razones|motivo|motivos"
        r"|causa|por temor|justific\w*)\b"
    ),
}
"""Words that name a cause or a consequence without opening the clause that tells it: German
"Grund", "deshalb", "liegt daran"; French "c'est pourquoi", "raison", "dû à"; Spanish "por eso",
"motivo", "ante lo cual" (a consequence of the sentence before). With `CLAUSE_OPENERS` ("weil",
"parce que", "porque" ...) they are the signs that a sentence gives a reason."""
_CAUSE_SIGNS = {code: re.compile(f"{CLAUSE_OPENERS[code]}|{pattern}", re.IGNORECASE)
                for code, pattern in _NAMING_CAUSES.items()}


def reads_reasons(code: str) -> bool:
    """Whether reasons are read here for this language."""
    return code in _CAUSE_SIGNS


def tells_reason(code: str, text: str) -> bool:
    """Whether the sentence gives a reason in the words of its language, or by a phrase any
    language's reason may take (`kinds.marks_a_reason`: ", ya que", "à la suite d'une opération")."""
    signs = _CAUSE_SIGNS.get(code)
    return signs is not None and (signs.search(text) is not None or marks_a_reason(text))

