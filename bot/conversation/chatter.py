"""Whether a chat line that is neither a link nor small talk asks anything at all.

"I like turtles", "this is a test" or "not a link at all, just words" went to the answer stage as
questions and came back as a sentence of the article sharing a word with them ("like", "test").
A line asks something when it has a question mark, a question word ("who", "wer", "pourquoi",
"cuándo"), opens with a verb put first to ask ("is", "did", "hat", "est-ce"), or asks in words
("tell me about", "explain", "erkläre", "dis-moi", "cuéntame"); a question typed without its mark
("who is Sung Kim", "wer ist Slutsky") stays a question. A line that does none of these is a
statement when it opens like one ("I …", "this is …", "ich …", "c'est …", "esto es …"), and bare
words ("Boeing profit", "Sung Kim") when it does not: bare words are a search, answered when they
name someone ("Sung Kim": the article may not have them, and then says so) or the article has any
of them (`Assistant.answer` asks it), else they ask nothing of it ("asdf", "nice weather").

Of the questions of SQuAD 1.1's and 2.0's development sets, the reworded dev set, the fresh pages
and the chats (18,224, each asked of its own article), none is turned away; with its question mark
taken off, one ("My ways Jacksonville's coldest month on record", a garbled SQuAD question). Of 46
lines that ask nothing, in four languages, 45 get the bot's own reply ("nice weather today" the
one for thanks, as `about` reads a line opening with "nice"); "schönes Wetter heute" is answered,
its noun capitalised as a name is.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_MARKS = frozenset("?？؟¿")

_QUESTION_WORDS = frozenset("""
    who whom whose what whats what's which when whenever where why how how's
    wer wem wen wessen wann warum wieso weshalb weswegen welche welcher welches welchen welchem
    wieviel wieviele woher wohin womit wofür worüber wodurch woran worauf wovon
    quoi quand pourquoi comment quel quelle quels quelles combien lequel laquelle lesquels lesquelles
    où qu'est-ce qu’est-ce est-ce
    quién quiénes qué cuándo dónde adónde cuál cuáles cómo cuánto cuánta cuántos cuántas porqué
""".split())
"""Words that ask wherever they stand in the line."""
_OPENING_QUESTION_WORDS = frozenset("""
    was wie wo qui que qu quien quienes cual cuales cuando donde como cuanto cuanta cuantos cuantas
    porque por
""".split())
"""Words that ask only when the line opens with them: elsewhere they are a verb or a conjunction
("it was late", "so wie", "je pense que", "cuando llueve"), and Spanish is often typed without accents."""
_ASKING_VERBS = frozenset("""
    is are was were am do does did can could will would should shall has have had may might must
    isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't shouldn't hasn't haven't
    ist sind war waren hat haben hatte hatten kann können konnte konnten wird werden wurde wurden
    gibt gab darf dürfen soll sollte muss musste stimmt
""".split())
"""Verbs put first to ask ("did he resign", "hat er gewonnen"); French puts its pronoun after the
verb with a hyphen instead (`_INVERTED`), Spanish asks in the statement's own order."""
_INVERTED = re.compile(r"\w-(?:t-)?(?:il|elle|on|ils|elles|vous|nous|je|tu)\b")
_ASKING_IN_WORDS = frozenset("""
    tell explain describe define summarize summarise list show give know wonder wondering curious
    details info information meaning mean more
    erkläre erklär erklären erklärt erzähl erzähle erzählen beschreib beschreibe nenne nenn sag sage
    zeig zeige gib wissen mehr infos
    explique expliquez explique-moi dis dites dis-moi raconte racontez décris décrivez donne donnez
    parle parlez savoir plus
    explica explícame explique dime díganos cuéntame cuenta describe describa dame háblame habla saber más
""".split())
"""Words that ask for something without a question form ("tell me about the budget", "explain the
tariffs", "I want to know who won", "erzähl mir von X", "dis-moi qui", "háblame de")."""
_FOLLOWING_ON = frozenset("and und et y e".split())
"""A line opening with "and" goes on from the turn before, even with no question word in it: "and
the budget", "und bei den Einfuhren", "et en temps normal", "y después"."""
_LEADING = frozenset("so but then also dann alors puis entonces pues".split())
"""Words a line may open with before its question word or verb ("so did she win")."""
_STATEMENT_OPENINGS = frozenset("""
    i i'm im i've i'd i'll we we're we've you you're my our just not nothing no nope yes yeah yep
    sure lol hmm testing
    ich wir du mein meine nur nicht nichts nein ja doch
    je j'ai j'aime moi nous tu mon juste pas rien non oui
    yo mi mis nosotros tú tu solo sólo nada sí
""".split())
"""First words of a line that tells rather than asks ("I like turtles", "just words", "ich mag
Katzen", "je teste", "yo también"): a search for something in the article never opens this way."""
_STATEMENT_PAIRS = frozenset({
    ("this", "is"), ("this", "was"), ("that", "is"), ("that's", None), ("it", "is"), ("it's", None),
    ("these", "are"), ("das", "ist"), ("es", "ist"), ("das", "war"), ("c'est", None), ("ce", "n'est"),
    ("ceci", "est"), ("esto", "es"), ("eso", "es"), ("es", "un"), ("es", "una"),
})
"""Two first words that tell ("this is a test", "das ist ein Test", "c'est un test", "esto es una
prueba"); None: the first word alone."""


def _words(message: str) -> list[str]:
    return [word.replace("’", "'") for word in _WORD.findall(message.lower())]


def asks(message: str) -> bool:
    """True when the line asks something by its form, whatever the article says."""
    if any(mark in message for mark in _MARKS) or _INVERTED.search(message.lower()):
        return True
    words = _words(message)
    if words and words[0] in _FOLLOWING_ON:
        return True
    while words and words[0] in _LEADING:
        words = words[1:]
    if not words:
        return False
    first = words[0]
    return (first in _OPENING_QUESTION_WORDS or first.startswith("qu'") or first in _ASKING_VERBS
            or any(word in _QUESTION_WORDS or word in _ASKING_IN_WORDS for word in words))


def is_statement(message: str) -> bool:
    """True when the line asks nothing and opens as a statement ("I like turtles", "this is a test")."""
    if asks(message):
        return False
    words = _words(message)
    if not words:
        return False
    second = words[1] if len(words) > 1 else ""
    return (words[0] in _STATEMENT_OPENINGS or (words[0], None) in _STATEMENT_PAIRS
            or (words[0], second) in _STATEMENT_PAIRS)


def names_something(message: str) -> bool:
    """A capitalized word past the first ("I" aside), or an abbreviation in capitals ("Donald Trump",
    "NATO", "Good Friday Agreement"): a name the reader is looking for, which the article may well
    not have ("the article doesn't say")."""
    words = _WORD.findall(message)
    return (any(word[:1].isupper() and word != "I" for word in words[1:])
            or any(len(word) > 1 and word.isupper() for word in words))


def bare_words(message: str) -> bool:
    """True when the line neither asks by its form, nor opens as a statement, nor names anyone
    ("boeing profit", "nice weather today"): a search, and a question only if the article has
    some of its words."""
    return (bool(_words(message)) and not asks(message) and not is_statement(message)
            and not names_something(message))
