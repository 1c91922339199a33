"""For "who is X?": the sentence saying what X is goes before one that only names X.

"Wer ist Leonid Slutsky?" about a page quoting a deputy ("„Wir unterstützen Leonid Slutsky …“,
sagte …") and then saying "Slutsky ist der Vorsitzende der LDPR" matched the quotation first: it
holds both of the question's words, the definition only the surname. A reader asking who someone is
wants the sentence that says so, in any of the ways news write it: the name, then a copula and an
article ("X is the …", "X ist der …", "X es el …", "X est le …"), or an apposition opened by an
article ("X, the …", "X, der …", "X, el …", "X, le …"). A sentence naming X only inside another
speaker's quotation is the least likely to say who X is, and goes after those naming X outside one.
"""

from __future__ import annotations

import re

from bot.reader.quotes.lexicon import HONORIFICS, ROLE_NOUNS, TITLE_WORDS

_COPULAS = {
    "en": "is|was|has been|had been|became|remains",
    "de": "ist|war|wurde",
    "es": "es|era|fue|ha sido",
    "fr": "est|était|fut|a été",
}
"""The verbs saying what someone is, after their name."""
_ARTICLES = {
    "en": r"the|a|an|one of",
    "de": r"der|die|das|ein|eine|einer",
    "es": r"el|la|un|una|uno",
    "fr": r"le|la|l['’]|un|une|l['’]un",
}
"""The articles the definition opens with, after the copula or the apposition's comma."""
_ROLES = {code: "|".join(sorted(ROLE_NOUNS[code] | (TITLE_WORDS - HONORIFICS), key=len, reverse=True)) for code in ("es", "fr")}
"""Role nouns and titles that open an apposition with no article: "Ana Pérez, portavoz del grupo"."""
_DE_ADJECTIVE = r"[a-zäöüß][a-zäöüß-]*(?<!t)e[rnsm]?"
"""A German adjective as an apposition opens with ("dänische Botschafterin", "stellvertretender
französischer Botschafter"); not a verb's past ending in "-te" ("sagte", "erklärte")."""
_NO_ARTICLE = {
    "de": rf"{_DE_ADJECTIVE}(?:\s+{_DE_ADJECTIVE})*\s+[A-ZÄÖÜ]",
    **{code: rf"(?:{roles})\b" for code, roles in _ROLES.items()},
}
"""What an apposition without an article opens with, outside English."""
_TITLE_BEFORE = re.compile(r"(?<![\w-])(?P<title>[A-ZÄÖÜ][\w-]*[A-Za-zäöüß](?<!s))\s+$")
"""A German noun right before a full name: its title ("US-Botschafter Mike Waltz", "Präsident
Emmanuel Macron"); not a genitive ("Frankreichs Emmanuel Macron")."""
_CLAUSE_END = re.compile(r"[,;:()\[\]\"“”«»„]|[.!?](?=\s|$)|\s[–—-]\s")
"""Where the definition's phrase ends: the clause's punctuation or the sentence's end."""
LONGEST_DEFINITION = 14
"""Words a definition is bolded up to, as `phrase.LONGEST_DESCRIPTION` an English apposition."""
_QUOTATION = re.compile(r"„[^“”„]*[“”]|“[^”“]*”|«[^»]*»|\"[^\"]*\"")
"""A quotation: „…“ (German), “…”, «…», "…"."""


def _openings(code: str, name: str, apposition: bool) -> re.Pattern[str] | None:
    """The name's last word (and a bracket after it: "Slutsky (LDPR)"), followed by a copula and an
    article, or, when `apposition`, by a comma and an article; group "what" starts at the article."""
    if code not in _COPULAS or not name.split():
        return None
    after = rf"\s+(?:{_COPULAS[code]})\s+" + (r"|,\s+" if apposition else "")
    bare = rf"|,\s+(?P<bare>(?={_NO_ARTICLE[code]}))" if apposition and code in _NO_ARTICLE else ""
    return re.compile(
        rf"\b{re.escape(name.split()[-1])}(?:\s+\([^)]*\))?(?:(?:{after})(?P<what>(?:{_ARTICLES[code]})\b){bare})"
    )


def defines(code: str, sentence: str, name: str) -> bool:
    """Whether the sentence says what the named person is, right after their name (the full name or
    its last word) and outside a quotation: "Slutsky ist der Vorsitzende …", "Ana Pérez, la
    portavoz del grupo, …"."""
    return _definition_at(code, sentence, name, apposition=True) is not None or _title_before(code, sentence, name) is not None


def definition(code: str, sentence: str, name: str) -> tuple[int, int] | None:
    """Start and end of what the sentence says the named person is, for the bold: from the article
    after the copula ("Slutsky ist | der Vorsitzende der Liberal-Demokratischen Partei Russlands |
    (LDPR)") or, outside English (whose appositions `phrase` reads), opening the apposition, to the
    clause's end, at most `LONGEST_DEFINITION` words; None when the sentence defines no one so."""
    begin = _definition_at(code, sentence, name, apposition=code != "en")
    if begin is None:
        return _title_before(code, sentence, name)
    clause = _CLAUSE_END.search(sentence, begin)
    kept = list(re.finditer(r"\S+", sentence[begin:clause.start() if clause else len(sentence)]))[:LONGEST_DEFINITION]
    return (begin, begin + kept[-1].end()) if kept else None


def _definition_at(code: str, sentence: str, name: str, apposition: bool) -> int | None:
    """Where the first definition of the person outside a quotation starts (`_openings`), or None."""
    pattern = _openings(code, name, apposition)
    if pattern is None:
        return None
    spans = _quoted_spans(sentence)
    return next((found.start("what") if found.group("what") else found.start("bare")
                 for found in pattern.finditer(sentence) if not _inside(found.start(), spans)), None)


def _title_before(code: str, sentence: str, name: str) -> tuple[int, int] | None:
    """Start and end of the German title right before the full name (`_TITLE_BEFORE`), or None:
    German news name a person by the noun of their post, with no comma or article between."""
    if code != "de" or len(name.split()) < 2:
        return None
    spans = _quoted_spans(sentence)
    for found in re.finditer(rf"\b{re.escape(name)}\b", sentence):
        title = _TITLE_BEFORE.search(sentence, 0, found.start())
        if title and not _inside(found.start(), spans):
            return title.span("title")
    return None


def named_only_in_quotation(sentence: str, name: str) -> bool:
    """Whether every mention of the name (its last word) stands inside a quotation: someone else
    speaking of them, not the article saying who they are."""
    if not name.split():
        return False
    mentions = [m.start() for m in re.finditer(rf"\b{re.escape(name.split()[-1])}\b", sentence)]
    spans = _quoted_spans(sentence)
    return bool(mentions) and all(_inside(position, spans) for position in mentions)


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTATION.finditer(sentence)]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < position < end for start, end in spans)


def defined_first(code: str, name: str, texts: list[str], scores: list[float], order: list[int]) -> list[int]:
    """The order with a sentence defining the person (`defines`) first, the best-scoring of them;
    else, when the best only names them inside a quotation, the best one naming them outside any;
    as long as before. Any score will do: the question is the name alone, so every sentence
    naming it scores by the name, and one holding the first name and the surname (the quotation's
    "Leonid Slutsky") outscores the surname alone ("Slutsky ist der Vorsitzende …") four times over."""
    if not order or not name:
        return order
    scored = [i for i in range(len(texts)) if scores[i] > 0]
    defining = [i for i in scored if defines(code, texts[i], name)]
    if not defining and named_only_in_quotation(texts[order[0]], name):
        last = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
        defining = [i for i in scored if last.search(texts[i]) and not named_only_in_quotation(texts[i], name)]
    if not defining or order[0] in defining:
        return order
    first = max(defining, key=lambda i: scores[i])
    return [first, *(i for i in order if i != first)][:len(order)]
