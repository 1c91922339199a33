"""Who holds a post, in German: the name written right after the post's title.

German news names a person by the title before the name, with no comma and no article between them:
"der Außenminister Ignazio Cassis", "des amtierenden Ministerpräsidenten Bodo Ramelow", "Russlands
Außenminister Sergej Lawrow". For "Wer ist der Schweizer Außenminister?" the phrase in bold is that
name; the bold rules read for English put it on another capitalised run of the sentence ("FDP" in
brackets after the name, "Kiews" later on, "Bündnis Sahra Wagenknecht" before it). The title may be
inflected ("Ministerpräsidenten") or head a compound ("US-Außenminister"); the name is the run of
capitalised words after it.
"""

from __future__ import annotations

import re

from bot.reader.answer.terms import question_terms
from bot.reader.text.language import Language

_ASKS_POST = re.compile(
    r"^\W*(?:[Uu]nd\s+)?[Ww]er\s+(?:ist|war|wird|wurde)\s+(?:(?:der|die|derzeit|aktuell|heute|jetzt|neue[rn]?)\s+)*"
    r"(?:[a-zäöüß]+e[rn]?\s+|[A-ZÄÖÜ][\w-]*er\s+)?(?P<post>[A-ZÄÖÜ][\w-]+)",
)
"""A German "who is the X" question: "Wer ist (der) (Schweizer|russische) Außenminister ...?"."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_LONGEST_NAME = 4
"""Capitalised words after the title read as the name ("Frank-Walter Steinmeier", "Ursula von der Leyen" stops at "von")."""


def asked_post(question: str, language: Language) -> str | None:
    """The term of the post a German "wer ist der X" question asks the holder of, or None."""
    if language.code != "de":
        return None
    found = _ASKS_POST.search(question)
    terms = question_terms(language, found.group("post")) if found else []
    return terms[-1] if terms else None  # "AfD-Chef": the post is its last part


def holder_after_title(language: Language, sentence: str, question: str) -> tuple[int, int] | None:
    """Start and end of the name right after the asked post's title in the sentence (the title
    as written, inflected or heading a compound), or None."""
    post = asked_post(question, language)
    if post is None:
        return None
    asked = set(question_terms(language, question))
    tokens = list(_WORD.finditer(sentence))
    for position, token in enumerate(tokens[:-1]):
        terms = question_terms(language, token.group())
        if not terms or not terms[-1].endswith(post):
            continue
        run: list[re.Match[str]] = []
        for following in tokens[position + 1:position + 1 + _LONGEST_NAME]:
            previous_end = (run[-1] if run else token).end()
            word = following.group()
            if sentence[previous_end:following.start()] != " " or not word[:1].isupper():
                break
            if set(question_terms(language, word)) & asked:
                break
            run.append(following)
        if run:
            return run[0].start(), run[-1].end()
    return None
