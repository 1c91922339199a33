"""Who holds a post: the name set beside the post's noun with a comma.

"¿Quién es la delegada presidencial?" is answered by "la delegada presidencial, Luz Bermúdez", and
"Wer ist der wichtigste Kunde?" by "Volkswagen, den Hauptkunden", "Welcher frühere Vizekanzler griff
sie an?" by "Robert Habeck, der frühere Vizekanzler der Grünen": the name stands in apposition to
the asked noun, after it (the noun and its complement, a comma, the name) or before it (the name, a
comma, an article, the noun). The nearest-name rule of `phrase` put the bold on another name of the
sentence instead ("La Radio" before "el presidente de la Confederación ..., Sergio Pérez"), or, in
German, on a capitalised noun ("Hauptkunden"). English has its own apposition rules in `phrase`; here
it has only "who is the X" ("Daniel Greenberg, the standards commissioner,"), where the answer index
also puts the sentence naming the holder first (`AnswerIndex._holder_first`).
"""

from __future__ import annotations

import re

from bot.reader.answer.categories import asked_category_noun
from bot.reader.answer.posts import asked_holder_en
from bot.reader.answer.posts import asked_post as asked_post_fr_es
from bot.reader.answer.terms import question_terms, stop_words_for
from bot.reader.answer.title_holder import asked_post as asked_post_de
from bot.reader.text.language import Language

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
LONGEST_NAME = 4
"""Capitalised words read as the name ("Carsten Linnemann", "María José García Pérez")."""
LONGEST_COMPLEMENT = 8
"""Words the post's complement may run to before the comma ("de la Confederación Nacional de
Transporte de Carga")."""
ADJECTIVES_AFTER = 2
"""Lower-case words right after a French or Spanish post's noun that may be its adjectives
("la delegada presidencial", "le ministre délégué")."""
WORDS_BEFORE_NOUN = 3
"""Words an apposition may hold between its article and the noun ("den früheren grünen Vizekanzler")."""
_ARTICLES = frozenset(
    "der die das den dem des ein eine einen einem einer le la les l' l’ un une el los las uno una".split()
)
_ENGLISH_ARTICLES = frozenset({"the", "a", "an"})
"""English articles, apart: "a" and "an" are a Spanish and a German preposition."""
_NAME_CLOSED = re.compile(r"\s*(?:[,;()]|[.!?]\W*$|$|\s(?:y|und|et|e)\s)")
"""What closes a name set off after its post: a comma, a bracket, the sentence's end, or "and"."""
_OF = frozenset({"de", "del", "du", "des", "d'", "d’"})
"""The word that opens a post's complement in French and Spanish ("de la misma cartera"), in which
lower-case words are nouns and adjectives, not the verb of another clause."""
_JOINERS = frozenset({"de", "del", "von", "van", "der", "la", "da", "di", "du"})
"""Lower-case words inside a name ("Ursula von der Leyen", "Luis de la Fuente")."""


def _post(language: Language, question: str) -> str | None:
    """The stem of the post's noun a "who is the X" or "which X" question asks about, or None."""
    if language.code == "de":
        post = asked_post_de(question, language)
        noun = "" if post else asked_category_noun(question, language.code)
    elif language.code in ("fr", "es"):
        noun = asked_post_fr_es(question, language.code) or asked_category_noun(question, language.code)
        post = None
    elif language.code == "en":
        noun, post = asked_holder_en(question), None
    else:
        return None
    terms = question_terms(language, noun) if noun else []
    return post or (terms[-1] if terms else None)


def _is_post(language: Language, word: str, post: str) -> bool:
    """Whether a word of the sentence is the post's noun: in German also a compound ending in it
    ("Hauptkunden" for "Kunde", "CDU-Generalsekretär")."""
    terms = question_terms(language, word)
    if not terms:
        return False
    return terms[-1].endswith(post) if language.code == "de" else terms[-1] == post


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _name_after(
    language: Language, sentence: str, tokens: list[re.Match[str]], noun: int, asked: set[str]
) -> tuple[int, int] | None:
    """The name after the post, its complement and a comma: "el gobernador regional, Jorge Flies,"."""
    stop = stop_words_for(language.code)
    k = noun + 1
    adjectives = 0
    owner = False
    lower_run = 0
    while k < len(tokens) and k - noun <= LONGEST_COMPLEMENT:
        gap = sentence[tokens[k - 1].end():tokens[k].start()]
        if gap.strip():
            break
        word = tokens[k].group()
        if word.lower() in stop or _capitalised(word):
            owner = owner or word.lower() in _OF
            lower_run = 0
        elif language.code != "de" and k - noun - 1 == adjectives and adjectives < ADJECTIVES_AFTER:
            adjectives += 1
        elif language.code != "de" and owner and lower_run < ADJECTIVES_AFTER:
            lower_run += 1  # "el subsecretario de la misma cartera, Manuel Monsalve"
        else:
            return None  # a verb or another clause: no apposition
        k += 1
    if k >= len(tokens) or sentence[tokens[k - 1].end():tokens[k].start()] != ", ":
        return None
    run = [k]
    while len(run) < LONGEST_NAME and run[-1] + 1 < len(tokens) and (
        sentence[tokens[run[-1]].end():tokens[run[-1] + 1].start()] == " "
    ) and (_capitalised(tokens[run[-1] + 1].group()) or tokens[run[-1] + 1].group() in _JOINERS):
        run.append(run[-1] + 1)
    while run and not _capitalised(tokens[run[-1]].group()):
        run.pop()
    if not run or not _capitalised(tokens[run[0]].group()) or len(run) < 2 and language.code == "de":
        return None  # a German noun alone after a comma is no name ("Kunden, Partner")
    if any(set(question_terms(language, tokens[p].group())) & asked for p in run):
        return None
    if not _NAME_CLOSED.match(sentence, tokens[run[-1]].end()):
        return None
    return tokens[run[0]].start(), tokens[run[-1]].end()


def _name_before(
    language: Language, sentence: str, tokens: list[re.Match[str]], noun: int, asked: set[str]
) -> tuple[int, int] | None:
    """The name before a comma, an article and the post: "Robert Habeck, der frühere Vizekanzler"."""
    articles = _ENGLISH_ARTICLES if language.code == "en" else _ARTICLES
    article = next(
        (k for k in range(noun - 1, max(noun - 2 - WORDS_BEFORE_NOUN, -1), -1) if tokens[k].group().lower() in articles),
        None,
    )
    if article is None or article < 1 or sentence[tokens[article - 1].end():tokens[article].start()] != ", ":
        return None
    if any(_capitalised(tokens[k].group()) for k in range(article + 1, noun)) and language.code != "de":
        return None
    run: list[int] = []
    k = article - 1
    while k >= 0 and len(run) < LONGEST_NAME and _capitalised(tokens[k].group()):
        run.insert(0, k)
        if k == 0 or sentence[tokens[k - 1].end():tokens[k].start()] != " ":
            break
        k -= 1
    stop = stop_words_for(language.code)
    while run and tokens[run[0]].group().lower() in stop:
        run.pop(0)  # "Der Konzern Volkswagen": the article opening the sentence is no part of it
    if not run or any(set(question_terms(language, tokens[p].group())) & asked for p in run):
        return None
    return tokens[run[0]].start(), tokens[run[-1]].end()


def holder_in_apposition(language: Language, sentence: str, question: str) -> tuple[int, int] | None:
    """Start and end of the name set in apposition to the post a "who is the X" question (in German,
    French or Spanish also a "which X" question) asks about, after the post or before it; None when the sentence sets none."""
    post = _post(language, question)
    if post is None:
        return None
    asked = set(question_terms(language, question))
    tokens = list(_WORD.finditer(sentence))
    for position, token in enumerate(tokens):
        if not _is_post(language, token.group(), post):
            continue
        found = _name_after(language, sentence, tokens, position, asked) or _name_before(
            language, sentence, tokens, position, asked
        )
        if found:
            return found
    return None
