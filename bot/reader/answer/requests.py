"""A question asked as a request: "tell me about the economy", "explain the tariffs", "I want to
know who won", "erzähl mir vom Streik", "dis-moi pourquoi", "háblame del presupuesto".

The request's words say how the reader asks, not what about: "tell me about the economy" put "Tell
us why you're supporting her" first (it holds "tell"), above the sentence on "the economy,
immigration and abortion". The answer index matches what follows the request, so "tell me about
the economy" is matched as "the economy" and "I want to know who won" as "who won".
"""

from __future__ import annotations

import re

_POLITE = r"(?:please,? |can you |could you |would you |will you |pls )?"
_REQUESTS = {
    "en": _POLITE + r"(?:(?:tell|give|show) (?:me|us)(?: (?:more|something|a bit|a little|everything|all))?(?: (?:about|on|of))?"
                    r"|(?:explain|describe)(?: (?:to me|to us))?"
                    r"|i(?: want| would like|'d like| wanna) to know(?: (?:more )?about)?|more (?:about|on))",
    "de": r"(?:bitte )?(?:erzähl|erzähle|erzählen sie|erklär|erkläre|erklären sie|beschreib|beschreibe|sag|sage)"
          r"(?: (?:mir|uns))?(?: (?:bitte|mehr|etwas|was))*(?: (?:über|von|zu))?|(?:ich )?(?:will|möchte) wissen",
    "fr": r"(?:dis|dites|raconte|racontez|parle|parlez|explique|expliquez|décris|décrivez)(?:-moi|-nous| moi| nous)?"
          r"(?: (?:plus|un peu))?(?: (?:sur|de))?|je (?:veux|voudrais) savoir",
    "es": r"(?:dime|díganos|dinos|cuéntame|cuéntanos|háblame|háblanos|explícame|explica|explique|describe|describa)"
          r"(?: (?:más|un poco))?(?: (?:sobre|acerca de|de))?|(?:quiero|quisiera) saber",
}
_COMPILED = {code: re.compile(rf"^\W*(?:{pattern})\b[\s,:]*", re.IGNORECASE) for code, pattern in _REQUESTS.items()}


def asked_in_request(question: str, code: str) -> str:
    """What a request asks about ("tell me about the budget" -> "the budget"); the question itself
    when it is no request, or the request names nothing ("tell me more")."""
    pattern = _COMPILED.get(code)
    found = pattern.match(question) if pattern else None
    rest = question[found.end():] if found else ""
    return rest if any(ch.isalnum() for ch in rest) else question
