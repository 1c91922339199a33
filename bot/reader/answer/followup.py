"""Follow-up questions: "and how much will it cost?" right after an answer leans on the turn before.

A follow-up says less than it means: "and ..." continues the previous question, "Why?" is all
ellipsis, and "what did she say about it?" names no one, so its pronouns point at the previous
question and answer. Matched alone, such a question has almost no words to find its sentence by.
So a follow-up is matched as itself plus the content words of the previous question and the names
of the previous answer (in German, its nouns, for an "er" or "sie" only), which puts back what the
pronouns stand for.

A question that names its own subject ("what did Kim say about it?") is taken as it is: its
pronoun is about that subject. A "she" that is the question's subject is not the name after it
("What does she want the Office for Students to do?") and points back. The answer index takes
one question string and matches its words as
a set, so the borrowed words weigh as much as the question's own (they come after them, since the
answer-type cues, "who", "how many", are read from the opening words). Own words then come first
another way: of the sentences the expanded question finds, those sharing more words with the question
itself go first (`own_words_first`), so "what did she say about it?" after "who designed the
bridge?" gets what the designer said rather than the sentence naming the designer again.

Some follow-ups are matched otherwise: "what else?" (was noch, quoi d'autre, qué más) is the
previous question again, for `in_turn` to leave out what was shown; a bare "why?" borrows the
previous answer's words, since it asks about that answer, not the question; "and X?" with no
question word ("And the US?", "Und die Grünen?") is the previous question with X in it, its question
word first so the kind asked ("when") is still read. "the earlier forecast" points back as a pronoun
does; "es gibt", "il faut" and "PSA va-t-il" point at nothing.

Pure functions, no Telegram and no store: the caller keeps the previous turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.reader.answer.kinds import asks
from bot.reader.answer.story_next import asks_what_next
from bot.reader.answer.terms import LIGHT_WORDS, kind_nouns_for, question_terms, stop_words_for
from bot.reader.text.language import language_for, normalize_code, words

SHORT_WORDS = 4
"""A question of at most this many words, one content word at most and no name ("Why?", "How much?",
"Wann genau?", "How many were killed?") is elliptical. Four, not three: "How many were killed?"
right after the sentence telling of a shooting asks about it (trial 20); alone it found another
sentence holding "killed", on deaths of another kind (reworded dev unchanged)."""


@dataclass(frozen=True)
class Turn:
    """The previous question and the sentence(s) shown as its answer."""

    question: str
    answer: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Cues:
    openers: tuple[tuple[str, ...], ...]
    """Openings that continue the previous question ("and ...", "what about ...")."""
    pronouns: frozenset[str]
    """Words that point back: personal and demonstrative pronouns, possessives."""
    personal: frozenset[str]
    """Pronouns that stand for a person ("she", "er", "elle", "él"): the previous answer's name."""
    asking: frozenset[str]
    """Question words: "and X?" without one asks the previous question again about X."""
    more: frozenset[str]
    """Whole questions asking for more of the same ("what else?", "was noch?", "¿qué más?"), or
    whether there is any ("is that all?", "c'est tout ?"): the same answer, more of it or none."""
    why: frozenset[str]
    """Whole questions asking why or how the previous answer came about ("why?", "wieso?")."""
    earlier: frozenset[str] = frozenset()
    """Words that set something against what was said before ("the earlier forecast", "la
    prévision précédente"): they point back as a pronoun does."""
    capitals_are_nouns: bool = False
    """German capitalises every noun, so a capital there does not mark a name."""
    things: frozenset[str] = frozenset()
    """Pronouns that stand for one thing, not a person ("it", "its"): the thing the previous
    question named. None where the same word is as often a person or stands for nothing ("es",
    "il", "lo")."""
    definite: frozenset[str] = frozenset()
    """Definite articles: "the company" points back at the company named before, as "it" does."""


def _openers(*phrases: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.split()) for phrase in phrases)


_CUES: dict[str, _Cues] = {
    "en": _Cues(
        _openers("and", "but", "also", "what about", "how about"),
        frozenset("he she it they him her them his hers its their theirs this that these those".split()),
        frozenset("he she him her".split()),
        frozenset("what who whom whose which when where why how".split()),
        frozenset({"what else", "anything else", "who else", "what more", "anything more", "tell me more",
                   "more", "what other", "anything other", "is that all", "is that everything", "was that all",
                   "nothing else", "no one else", "nobody else"}),
        frozenset({"why", "why so", "how", "how so", "how come"}),
        frozenset("earlier previous".split()),
        things=frozenset({"it", "its"}),
        definite=frozenset({"the"}),
    ),
    "de": _Cues(
        _openers("und", "aber", "auch", "was ist mit"),
        frozenset(
            "er sie es ihm ihn ihr ihnen seine seinen seinem seiner seines ihre ihren ihrem ihrer "
            "ihres dies diese dieser dieses diesem diesen dort dabei dafür dazu darüber davon damit "
            "daran darauf dagegen".split()
        ),
        frozenset("er sie ihm ihn".split()),
        frozenset("was wer wen wem wessen welche welcher welches welchen welchem wann wo wohin woher warum "
                  "wieso weshalb wie".split()),
        frozenset({"was noch", "was sonst", "was sonst noch", "sonst noch etwas", "noch etwas", "wer noch",
                   "mehr", "ist das alles", "war das alles", "sonst nichts", "sonst niemand"}),
        frozenset({"warum", "wieso", "weshalb", "wie", "wie das", "warum das"}),
        frozenset("frühere früheren vorherige vorherigen vorige vorigen".split()),
        capitals_are_nouns=True,
        definite=frozenset("der die das den dem des".split()),
    ),
    "fr": _Cues(
        _openers("et", "mais", "quid de"),
        frozenset(
            "il elle ils elles lui leur leurs son sa ses cet cette ces cela ça ceci celui celle ceux "
            "celles".split()
        ),
        frozenset("il elle lui".split()),
        frozenset("que qu qui quoi quel quelle quels quelles quand où pourquoi comment combien".split()),
        frozenset({"quoi d'autre", "autre chose", "quoi encore", "encore", "rien d'autre", "qui d'autre",
                   "c'est tout", "est ce tout", "c'est tout ce qu'il y a", "personne d'autre"}),
        frozenset({"pourquoi", "pourquoi donc", "comment", "comment ça", "comment cela"}),
        frozenset("précédent précédente précédents précédentes".split()),
        definite=frozenset("le la les l du des au aux".split()),
    ),
    "es": _Cues(
        _openers("y", "e", "pero", "qué hay de"),
        frozenset(
            "él ella ellos ellas le les lo su sus este esta esto estos estas ese esa eso esos esas "
            "aquel aquella aquello ello allí ahí".split()
        ),
        frozenset("él ella".split()),
        frozenset("qué quién quiénes cuál cuáles cuándo dónde adónde cómo cuánto cuánta cuántos cuántas "
                  "porqué".split()),
        frozenset({"qué más", "algo más", "quién más", "más", "eso es todo", "es todo", "nada más",
                   "nadie más"}),
        frozenset({"por qué", "cómo", "porqué", "cómo así"}),
        frozenset("anterior anteriores".split()),
        definite=frozenset("el la los las del al".split()),
    ),
}


KINDS: dict[str, tuple[frozenset[str], ...]] = {code: tuple(frozenset(group.split()) for group in groups) for code, groups in {
    "en": ("company companies firm firms business group corporation startup carmaker automaker retailer bank "
           "airline maker chain", "city town village capital", "country nation", "team club side", "party"),
    "de": ("unternehmen firma konzern gesellschaft startup autobauer hersteller bank kette",
           "stadt gemeinde dorf hauptstadt", "land staat", "mannschaft team verein klub", "partei"),
    "fr": ("entreprise société firme groupe start-up constructeur banque enseigne fabricant",
           "ville commune village capitale", "pays nation", "équipe club", "parti"),
    "es": ("empresa compañía firma grupo startup fabricante banco cadena", "ciudad pueblo localidad capital",
           "país nación", "equipo club", "partido"),
}.items()}
"""Nouns a reader names a kind of thing with, each group one kind ("the firm" is the company the
article calls a startup): "Who founded the company?" right after a question about Beta Systems
asks who founded Beta Systems, whatever company the article named first."""


def kind_described(question: str, language: str) -> frozenset[str]:
    """The nouns of the kind a question names with a definite article and no name of its own ("who
    founded the company?", "wer hat das Unternehmen gegründet?", "qui a fondé l'entreprise ?",
    "¿quién fundó la empresa?"), all of that kind's group; empty for any other question."""
    code = normalize_code(language)
    cues = _CUES.get(code, _CUES["en"])
    tokens = _tokens(question)
    if not cues.definite or (_has_name(tokens) and not cues.capitals_are_nouns):
        return frozenset()
    lowered = [part for t in tokens for part in t.lower().replace("’", "'").split("'")]
    for article, noun in zip(lowered, lowered[1:]):
        if article in cues.definite:
            group = next((g for g in KINDS.get(code, ()) if noun in g), None)
            if group is not None:
                return group
    return frozenset()


def pointing_words(code: str) -> frozenset[str]:
    """The language's words that point back at something named before (`_Cues.pronouns`); none for
    a language without cues."""
    cues = _CUES.get(code)
    return cues.pronouns if cues else frozenset()


_FRENCH_INVERSION = re.compile(r"-(?:t-)?(il|elle|ils|elles)\b", re.IGNORECASE)
_FRENCH_DETERMINERS = frozenset("le la les l un une des du au aux".split())
_EXPLETIVES = {
    "de": re.compile(r"\b(gibt es|es gibt|geht es|es geht)\b", re.IGNORECASE),
    "fr": re.compile(
        r"\bil (?:faut|faudra|faudrait|fallait|y a|y aura|y avait|s'agit)\b"
        r"|\b(?:faut|faudra|faudrait|fallait|y a|y aura|y avait|s'agit)-(?:t-)?il\b",
        re.IGNORECASE,
    ),
}
"""Pronouns that stand for nothing: "es gibt", "il faut", "combien de temps faudra-t-il"."""


def _tokens(question: str) -> list[str]:
    return [w.strip("'’") for w in words(question) if w.strip("'’")]


def _has_name(tokens: list[str]) -> bool:
    """A capitalised word past the first ("who is Sung Kim?"); "I" is no name."""
    return any(t[0].isupper() and t != "I" for t in tokens[1:])


SUBJECT_REACH = 4
"""Words from a question's start within which a personal pronoun is its subject ("What does she
want ...", "How much did he pay ..."); further on it may sit in a clause of its own and stand for
the name after it ("How much of the health money he asked for did Holcomb get?")."""


def _names_own_subject(question: str, tokens: list[str], cues: _Cues, code: str) -> bool:
    """Whether a question's name may be what its pronouns stand for: it names someone or something
    (not in German, where every noun has a capital) and has no personal pronoun for its subject
    (`SUBJECT_REACH`) before its first name. A subject pronoun does not stand for a name written
    after it in the same question ("What does she want the Office for Students to do?": "she" is
    not the Office, but whom the turn before named), while "What did Kim say about it?" is about
    Kim's subject."""
    if not _has_name(tokens) or cues.capitals_are_nouns:
        return False
    first_name = next(i for i, t in enumerate(tokens) if i > 0 and t[0].isupper() and t != "I")
    subject = sum(1 for t in tokens[:min(first_name, SUBJECT_REACH)] if t.lower() in cues.personal)
    return subject <= _standing_for_nothing(question, cues, code)


def _pointing_words(question: str, tokens: list[str], cues: _Cues, code: str) -> int:
    """How many words point back at something the question does not name itself."""
    lowered = [t.lower() for t in tokens]
    count = sum(1 for t, low in zip(tokens, lowered) if low in cues.pronouns | cues.earlier
                and not (code == "de" and t == "Sie" and t is not tokens[0]))
    return count - _standing_for_nothing(question, cues, code)


def _standing_for_nothing(question: str, cues: _Cues, code: str) -> int:
    """Pronouns of the question that point at nothing before: expletives and repeated subjects."""
    expletive = _EXPLETIVES.get(code)
    return (len(expletive.findall(question)) if expletive else 0) + _repeated_subjects(question, cues, code)


def _repeated_subjects(question: str, cues: _Cues, code: str) -> int:
    """French inverted pronouns that repeat the question's own subject ("Pourquoi le pilote a-t-il
    ...", "PSA va-t-il ..."): after a determiner or a name, the "il" points at nothing before."""
    if code != "fr":
        return 0
    count = 0
    impersonal = [m.span() for m in _EXPLETIVES["fr"].finditer(question)]
    for match in _FRENCH_INVERSION.finditer(question):
        if any(start <= match.start() < end for start, end in impersonal):
            continue  # "faudra-t-il" is counted as an expletive
        tokens = _tokens(question[:match.start()])
        before = {w.lower() for w in tokens}
        before |= {w.lower().split("'")[0] for w in words(question[:match.start()]) if "'" in w}
        named = any(t[0].isupper() and t.lower() not in cues.asking and t.lower() not in stop_words_for(code)
                    and (t.lower(),) not in cues.openers for t in tokens[:-1])
        if before & _FRENCH_DETERMINERS or named:
            count += 1
    return count


def is_followup(question: str, language: str) -> bool:
    """Whether the question leans on the turn before: it opens with "and" (und, et, y), asks what
    happened next, is elliptical (a few words, no name), or points back with a pronoun or a kind
    ("the company", `kind_described`) while naming no subject of its own (`_names_own_subject`)."""
    code = normalize_code(language)
    cues = _CUES.get(code, _CUES["en"])
    tokens = _tokens(question)
    if not tokens:
        return False
    lowered = tuple(t.lower() for t in tokens)
    if any(lowered[:len(opener)] == opener for opener in cues.openers):
        return True
    if " ".join(lowered) in cues.more | cues.why or asks_what_next(question, code):
        return True
    if len(tokens) <= SHORT_WORDS and len(_content_words(question, code, cues)) <= 1 and not _has_name(tokens):
        return True
    named = _names_own_subject(question, tokens, cues, code)
    if named and _about_a_pronoun(lowered, cues, code):
        return True
    return not named and (_pointing_words(question, tokens, cues, code) > 0 or bool(kind_described(question, code)))


_ABOUT = {"en": "about", "de": "über", "fr": "sur", "es": "sobre"}
"""The word a question about what someone said puts before its topic ("What did Paltrow say about her?")."""


def _about_a_pronoun(lowered: tuple[str, ...], cues: _Cues, code: str) -> bool:
    """Whether the question ends on "about" and a pronoun standing for a person ("What did Paltrow
    say about her?"): its topic is the one the turn before named ("Jennifer Garner"), though it
    names the speaker. "About it" may be the story itself ("What did the Pope say about it?")."""
    return len(lowered) >= 2 and lowered[-2] == _ABOUT.get(code) and lowered[-1] in cues.personal


def _content_words(text: str, code: str, cues: _Cues) -> list[str]:
    stop_words = stop_words_for(code)
    return [t for t in _tokens(text) if t.lower() not in stop_words and t.lower() not in cues.pronouns]


def _answer_names(sentences: tuple[str, ...], cues: _Cues, code: str) -> list[str]:
    """Names in the answer (capitalised past a sentence's first word); in German every noun."""
    stop_words = stop_words_for(code)
    found = []
    for sentence in sentences:
        tokens = _tokens(sentence)
        for position, token in enumerate(tokens):
            if position == 0 and not cues.capitals_are_nouns:
                continue
            if token[0].isupper() and len(token) > 1 and token.lower() not in stop_words:
                found.append(token)
    return found


def names_in(previous: Turn, language: str) -> str:
    """The names of the previous question and answer (in German, their nouns), whom a "he" or "she"
    of the next question may stand for."""
    code = normalize_code(language)
    return " ".join(_answer_names((previous.question, *previous.answer), _CUES.get(code, _CUES["en"]), code))


def _carried_on(asked: str, code: str, cues: _Cues) -> list[str]:
    """The previous question's content words to borrow: all of its own, and of the words it
    borrowed in turn (after its question mark) only the names, so a chain of follow-ups keeps whom
    it is about without piling up every earlier turn's words ("Where will those results appear?"
    fourth in a row borrowed "writer find opting" from the first, and found that turn's sentence)."""
    own, mark, tail = asked.partition("?")
    carried = [t for t in _content_words(tail, code, cues) if t[0].isupper()] if mark else []
    return _content_words(own + mark, code, cues) + carried


def expand(question: str, previous: Turn, language: str) -> str:
    """The question followed by the previous question's content words (`_carried_on`) and the
    previous answer's names (`_names_borrowed`), each word once."""
    code = normalize_code(language)
    cues = _CUES.get(code, _CUES["en"])
    seen = {t.lower() for t in _tokens(question)}
    borrowed = []
    for word in _carried_on(previous.question, code, cues) + _names_borrowed(question, previous, cues, code):
        if word.lower() not in seen:
            seen.add(word.lower())
            borrowed.append(word)
    return f"{question} {' '.join(borrowed)}" if borrowed else question


def _names_borrowed(question: str, previous: Turn, cues: _Cues, code: str) -> list[str]:
    """The previous answer's names for the follow-up to borrow; in German, where they are all of the
    answer's nouns, only for a follow-up with "er" or "sie", whom one of them names: without one,
    the nouns pull the follow-up back to the sentence shown, wrong as it may be ("Und welche
    Leitung braucht man dafür?" found "unter der kompetenten Leitung von Mathias Ehrlich" beside
    the answer's "Werbeformen", not "eine Leitung mit mehr als 16 Mbit"; chats follow-ups +1 of
    206, bench.fresh_pages bold +1, reworded dev unchanged)."""
    if cues.capitals_are_nouns and not {t.lower() for t in _tokens(question)} & cues.personal:
        return []
    return _answer_names(previous.answer, cues, code)


def _rest(question: str, cues: _Cues) -> tuple[str, ...]:
    """The question's words, lower-cased, after its openers ("and what about X?" -> x)."""
    lowered = tuple(t.lower() for t in _tokens(question))
    opened = True
    while opened:
        opened = next((o for o in sorted(cues.openers, key=len, reverse=True) if lowered[:len(o)] == o), ())
        lowered = lowered[len(opened):]
    return lowered


def says_it_goes_on(question: str, language: str) -> bool:
    """Whether the question says itself that it continues the turn before: it opens with "and"
    (und, et, y, "what about") or sets itself against what was said ("the earlier forecast"),
    where a pronoun alone ("What did his lawyer say?") may as well point at the article's main
    person, asked about anew."""
    cues = _CUES.get(normalize_code(language), _CUES["en"])
    lowered = tuple(t.lower() for t in _tokens(question))
    return len(_rest(question, cues)) < len(lowered) or bool(set(lowered) & cues.earlier)


def asks_for_more(question: str, language: str) -> bool:
    """Whether the question asks for more of what the previous one asked: "what else?", "und was
    noch?", "quoi d'autre ?", "¿y qué más?"."""
    cues = _CUES.get(normalize_code(language), _CUES["en"])
    return " ".join(_rest(question, cues)) in cues.more


_BESIDES = {"en": frozenset({"else"})}
"""Words asking for someone or something besides what was named ("who else"). English only so far:
German "sonst" is as often "otherwise", and no other language's conversations tried one."""


def asks_besides(question: str, language: str) -> bool:
    """Whether the question asks for someone or something besides what was shown, in more words
    than "what else?" (`asks_for_more`): "Who else got an adult library card?"."""
    code = normalize_code(language)
    besides = {t.lower() for t in _tokens(question)} & _BESIDES.get(code, frozenset())
    return bool(besides) and not asks_for_more(question, language)


def asks_why_alone(question: str, language: str) -> bool:
    """Whether the question is a bare "why?" or "how?" ("and why?", "wieso?", "¿por qué?"): it asks
    how the previous answer came about, which that answer's own sentence or its neighbour tells."""
    cues = _CUES.get(normalize_code(language), _CUES["en"])
    return " ".join(_rest(question, cues)) in cues.why


def asks_kind_alone(question: str, language: str) -> bool:
    """Whether the question asks a kind of thing (a place, a date, an amount) and names nothing of
    its own: "And where?", "Wo war das?", "When was that?". It asks about what was just said, so the
    sentence just shown is where to look first ("Wann wurde er geboren?", then "Und wo?")."""
    code = normalize_code(language)
    cues = _CUES.get(code, _CUES["en"])
    own = [w for w in _content_words(question, code, cues) if w.lower() not in cues.asking]
    kinds = asks(question)
    return not own and bool(kinds) and "cause" not in kinds


SWAPPED_WORDS = 4
"""At most this many words after "and" with no question word ("And the US?", "Und die Grünen?",
"¿Y la mínima?") put a new subject or object into the previous question."""


def _swapped_in(question: str, cues: _Cues, code: str) -> list[str]:
    """The X of "and X?" when X is a few words with no question word and no pronoun; else []."""
    tokens = _tokens(question)
    rest = _rest(question, cues)
    if len(rest) == len(tokens) or not 0 < len(rest) <= SWAPPED_WORDS:
        return []
    if set(rest) & (cues.asking | cues.pronouns) or " ".join(rest) in cues.more | cues.why:
        return []
    x = tokens[len(tokens) - len(rest):]
    return x if _content_words(" ".join(x), code, cues) else []


def asks_about_another(question: str, language: str) -> bool:
    """Whether the question is "and X?" with a new subject or object X for the previous question."""
    return bool(another_asked(question, language))


def another_asked(question: str, language: str) -> str:
    """The X of "and X?" ("And the US?" -> "the US", "And in ten years?" -> "in ten years"); "" for
    any other question."""
    code = normalize_code(language)
    return " ".join(_swapped_in(question, _CUES.get(code, _CUES["en"]), code))


def asked_of_another(question: str, previous: str, language: str) -> str:
    """For "and X?": the previous question's opening words up to its first content word (the asking
    ones, "How much will", "When did the") followed by X ("How much will in ten years"), to find
    the asked kind beside X in a sentence naming the previous question's subject too ("Interest
    payments will overtake Medicaid in 2020 and the Department of Defense budget in 2023": "And the
    defense budget?" asks 2023); "" for any other question."""
    code = normalize_code(language)
    cues = _CUES.get(code, _CUES["en"])
    x = _swapped_in(question, cues, code)
    if not x:
        return ""
    stop_words = stop_words_for(code)
    tokens = _tokens(previous.split("?")[0])
    opening = next((tokens[:i] for i, t in enumerate(tokens) if t.lower() not in stop_words), tokens)
    return " ".join(opening + x)


def _swap(previous: str, x: list[str], code: str, cues: _Cues) -> str:
    """The previous question with X in it: X's name takes the place of the previous question's names
    ("When did the EU ban it?", "And the US?" -> "When did the ban it US"); in German, where every
    noun has a capital, X is added to the previous question's words."""
    tokens = _tokens(previous)
    if any(t[0].isupper() and t != "I" for t in x) and not cues.capitals_are_nouns:
        tokens = [t for position, t in enumerate(tokens) if position == 0 or not t[0].isupper() or t == "I"]
    return " ".join(tokens + x)


def question_to_match(question: str, previous: Turn | None, language: str) -> str:
    """The text to match for this question: expanded when it follows up on `previous`.

    "What else?" is the previous question again (the caller leaves out what was shown); a bare
    "why?" is matched with the previous answer's words, whose sentence or neighbour gives the
    reason; "and X?" is the previous question about X; any other follow-up is expanded."""
    if previous is None or not is_followup(question, language):
        return question
    code = normalize_code(language)
    cues = _CUES.get(code, _CUES["en"])
    if asks_for_more(question, language):
        return previous.question
    if asks_why_alone(question, language) and previous.answer:
        return expand(question, Turn(" ".join(previous.answer)), language)
    swapped = _swapped_in(question, cues, code)
    if swapped:
        return _swap(previous.question, swapped, code, cues)
    return expand(question, previous, language)


_WHICH = frozenset("which welche welcher welches welchen welchem quel quelle quels quelles cuál cuáles".split())


def points_at_someone(question: str, language: str) -> bool:
    """Whether the question has a personal pronoun ("she", "er", "elle", "él") standing for someone
    it does not name itself."""
    code = normalize_code(language)
    cues = _CUES.get(code, _CUES["en"])
    tokens = _tokens(question)
    pointing = sum(1 for t in tokens if t.lower() in cues.personal) - _standing_for_nothing(question, cues, code)
    return pointing > 0 and not _names_own_subject(question, tokens, cues, code)


def asks_for_someone(question: str) -> bool:
    """Whether a question asks who, or which one ("Welche Ministerin ...?"): its answer's sentence
    names the one a later "she" stands for, even when no name in it can be put in bold."""
    opening = _tokens(question)[:1]
    return "name" in asks(question) or bool(opening) and opening[0].lower() in _WHICH


_WHO_IS = {
    "en": re.compile(r"who (?:is|was|are|were) ", re.IGNORECASE),
    "de": re.compile(r"wer (?:ist|war|sind|waren) ", re.IGNORECASE),
    "fr": re.compile(r"qui (?:est|était|sont|étaient) ", re.IGNORECASE),
    "es": re.compile(r"¿?quién(?:es)? (?:es|era|fue|son|eran|fueron) ", re.IGNORECASE),
}
"""The opening of a question asking who someone named is ("Who is Rachel Stephens?")."""


def person_asked_about(question: str, language: str) -> str:
    """The name a "who is X?" question asks about ("Who is Rachel Stephens?" -> "Rachel Stephens"),
    "" for any other question: its answer describes X ("senior analyst at RedMonk"), so a "she" of
    the next question stands for X, not for the description. Only its own words count: a stored
    follow-up carries borrowed ones after its question mark."""
    code = normalize_code(language)
    opening = _WHO_IS.get(code)
    asked = question.split("?")[0].strip()
    match = opening.match(asked) if opening else None
    if match is None:
        return ""
    named = _tokens(asked[match.end():])
    capitals_are_nouns = _CUES.get(code, _CUES["en"]).capitals_are_nouns
    return " ".join(named) if named and (capitals_are_nouns or all(t[0].isupper() for t in named)) else ""


def thing_pointed_at(question: str, previous: Turn, language: str) -> str:
    """The names of the previous question, when this one points at a thing with "it" and names
    nothing itself ("what does WASI focus on?", then "who created it?" -> "WASI"); else "". Only
    the previous question's own words count, not those a stored follow-up borrowed."""
    code = normalize_code(language)
    cues = _CUES.get(code, _CUES["en"])
    tokens = _tokens(question)
    if cues.capitals_are_nouns or _has_name(tokens) or not {t.lower() for t in tokens} & cues.things:
        return ""
    return names_asked(previous, language)


_NAME_RUN = re.compile(r"\b[A-Z][\w'’&-]*(?:\s+(?:of |de |del |von )?[A-Z][\w'’&-]*)*")
"""Capitalised words in a row: a name ("Beta Systems", "Bank of Norway"), or a sentence's first word."""


def names_of_turn(previous: Turn, language: str) -> list[str]:
    """The names of the previous question's own words, then of its answer, each once, in order; a
    function word opening a sentence ("The", "Its") is no name, nor is a letter of an abbreviation
    ("U" of "U.S.", which no sentence holds as a word, so every sentence lacked the thing pointed at)."""
    stop_words = stop_words_for(normalize_code(language))
    found: list[str] = []
    for text in (previous.question.split("?")[0], *previous.answer):
        for run in _NAME_RUN.findall(text):
            name = " ".join(run.split()[1:]) if run.split()[0].lower() in stop_words else run
            if len(name) > 1 and name not in found:
                found.append(name)
    return found


_APPOSED_BEFORE = re.compile(r"(" + _NAME_RUN.pattern + r"),\s*$")
_APPOSED_AFTER = re.compile(r"^,\s*(" + _NAME_RUN.pattern + r")")


APPOSED_NAME_WORDS = 2
"""The fewest words of a name set beside a description: a person is introduced by first and last
name ("Alberto Shiguematsu, a São Paulo resident"), while one capitalised word before a comma is
as often a place ("Marseille, a local fisherman")."""


def name_apposed(text: str, span: tuple[int, int], language: str) -> str:
    """The name written beside a phrase of the sentence, set off by a comma: "Alberto Shiguematsu"
    for "a São Paulo resident" in "..., Alberto Shiguematsu, a São Paulo resident who tweeted
    about the smoke, said", or after it ("the bureau's director, Ana Ruiz, said"): the one a
    description stands for. "" when none, when the capitalised words open with a function word
    ("In New York, a local man": a place), or in German, where a capital marks every noun."""
    code = normalize_code(language)
    if _CUES.get(code, _CUES["en"]).capitals_are_nouns:
        return ""
    found = _APPOSED_BEFORE.search(text[:span[0]]) or _APPOSED_AFTER.match(text[span[1]:])
    name = found.group(1).split() if found else []
    if len(name) < APPOSED_NAME_WORDS or name[0].lower() in stop_words_for(code):
        return ""
    return " ".join(name)


def names_asked(previous: Turn, language: str) -> str:
    """The names of the previous question's own words ("When was the interview with Dana Whitlow
    filmed?" -> "Dana Whitlow"), not those a stored follow-up borrowed after its question mark;
    in German, its nouns."""
    code = normalize_code(language)
    return " ".join(_answer_names((previous.question.split("?")[0],), _CUES.get(code, _CUES["en"]), code))


def named_person(answered: str, language: str) -> str:
    """The previous answer's bold phrase when it names someone (capitalised words; in German, where
    every noun has a capital, words with no number), else ""."""
    named = _tokens(answered)
    if _CUES.get(normalize_code(language), _CUES["en"]).capitals_are_nouns:
        return answered if named and not any(ch.isdigit() for ch in answered) else ""
    return answered if named and all(t[0].isupper() and not t.isdigit() for t in named) else ""


def _goes_on(text: str, before: str, about_before: bool, cues: _Cues) -> bool:
    """Whether a sentence goes on about what the one before it (`before`, "" at a paragraph's
    start) spoke of: that one did (`about_before`), and this one has a personal pronoun."""
    return bool(before) and about_before and bool({t.lower() for t in _tokens(text)} & cues.personal)


def is_about(person: str, text: str, before: str, language: str) -> bool:
    """Whether a sentence is about the person: it names them, or the sentence before it in its
    paragraph names them and this one goes on with a personal pronoun ("Él dijo ...")."""
    code = normalize_code(language)
    lang = language_for(code)
    named = set(question_terms(lang, person))

    def names(sentence: str) -> bool:
        return bool(named & set(question_terms(lang, sentence)))

    return names(text) or _goes_on(text, before, bool(before) and names(before), _CUES.get(code, _CUES["en"]))


def goes_on_about(text: str, before: str, shown: str, language: str) -> bool:
    """Whether a sentence is the previous answer's (`shown`), or follows it in its paragraph and
    goes on with a personal pronoun: where the person that answer named is spoken of."""
    return text == shown or _goes_on(text, before, before == shown, _CUES.get(normalize_code(language), _CUES["en"]))


@lru_cache(maxsize=None)
def _pointing_terms(code: str) -> frozenset[str]:
    """The terms the language's pointing words leave after stop words (German "dafür", "darüber",
    French "celui", Spanish "allí"): no content of a follow-up's own, but what it points back at.
    Counted as its own, "Und welche Leitung braucht man dafür?" went first to "Ihre Kunden zahlen
    dafür", not to the sentence on "eine Leitung mit mehr als 16 Mbit"."""
    return frozenset(question_terms(language_for(code), " ".join(pointing_words(code))))


def own_words_first(question: str, candidates: list[str], language: str,
                    about: list[bool] | None = None, gives: list[bool] | None = None,
                    naming: list[bool] | None = None) -> list[int]:
    """Positions of the candidate sentences, those sharing more content words with the question
    itself first, each group in its original order ("What processor did he use?": "I use a Skylake
    processor" before "the easier-to-use library"); when `about` says which are about the person a pronoun
    stands for, those go before all others; when `gives` says which hold the kind of answer asked
    (a date for "and the US?" after "when did the EU ban it?"), those go first among equals, after
    those `naming` says name what the previous question named (whom a "her" stands for). The
    noun a question names a date's kind with is no content word of it: "And in what year?" shares
    nothing with "his 25 years of management experience". Nor is a light verb (`terms.LIGHT_WORDS`):
    "When did it happen?" after where Epstein died put "those things hadn't happened" first."""
    lang = language_for(normalize_code(language))
    own = set(question_terms(lang, question)) - LIGHT_WORDS.get(lang.code, frozenset())
    if "date" in asks(question):
        own -= kind_nouns_for("date", lang.code)
    own -= set(question_terms(lang, " ".join(kind_described(question, lang.code)))) | _pointing_terms(lang.code)
    shares = [len(own & set(question_terms(lang, text))) for text in candidates]
    about = about or [True] * len(candidates)
    gives = gives or [True] * len(candidates)
    naming = naming or [True] * len(candidates)
    return sorted(range(len(candidates)), key=lambda i: (not about[i], -shares[i], not naming[i], not gives[i]))
