"""Tokens and clause pieces: how a sentence is cut into words, commas and masked quotations, and the small
pure functions over those tokens (runs of name words, the clause after a comma or a fronted phrase). They
hold no state of the document, so they are plain functions, shared by every rule."""

from __future__ import annotations

import functools
import re

from bot.reader.quotes.lexicon import (
    ARTICLE_PARTICLES, ARTICLES, AS_WORDS, CALENDAR, CONJUNCTIONS, DE_COMPOUND_HEADS, DE_DETERMINERS, DE_NOUN_ENDINGS,
    DE_PERSON_ENDINGS, DE_PREPOSITIONS, DE_RELATIVE_PREPOSITIONS, DE_RELATIVES, DE_SHORT_ROLES, INDEFINITES, Lexicon, LOCATIVES, MEDIA_KINDS, NAME_JOINERS,
    OPENERS, PARTICLES, PLACE_NOUNS, POSSESSIVES, PREPOSITIONS, STATEMENTS, TIMES, TITLE_WORDS, TOPIC_WORDS, WRITINGS,
)
from bot.reader.quotes.speakers.patterns import (
    _ADDRESSEES, _AGREEMENT, _ARABIC_ARTICLE, _BUT, _BY, _DE_NOUN_MARKERS, _ELIDED, _GLUED_DE, _INITIALS,
    _LOWER_COMPOUND, MASK, MAX_SUBJECT_TOKENS, _OBJECT_CLITICS, _OPINION, _SURNAME_JOINERS, TERM, _TOKENS_AND_BY, TOKENS_HELD,
)


MAX_TIME_WORDS = 5
"""The longest phrase of time read as setting the scene (`Late on Friday night`, `Earlier this month`)."""


def _opinion(before: str) -> tuple[str, str] | None:
    """`In her view, the ruling “…”`, `A su juicio, la resolución "…"`, `Ihrer Ansicht nach „…“`: a phrase
    opening the sentence that gives someone's view by a possessive or a pronoun; its person (by gender
    where the word shows it) is the one the text has in focus."""
    match = _OPINION.match(before)
    if match is None:
        return None
    person = next(group for group in match.groups() if group).lower()
    return ("pronoun", "m" if person in ("his", "seiner", "lui", "él") else "f" if person in ("her", "ihrer", "elle", "ella")
            else "")


def _tokens(text: str, lexicon: Lexicon | None = None) -> list[str]:
    """Words, commas and masks; a full stop stays only on initials and abbreviated titles (`V.`, `Dr.`)."""
    tokens = list(_token_tuple(text, lexicon.by if lexicon is not None else None))
    if lexicon is not None and lexicon.slips:
        tokens = _unslipped(tokens, lexicon)
    return _postposed(tokens, lexicon.by_after) if lexicon is not None and lexicon.by_after else tokens


def _unslipped(tokens: list[str], lexicon: Lexicon) -> list[str]:
    """`De Pavant à indiqué` read as `De Pavant a indiqué`: a slip for an auxiliary, right before a
    reporting participle (`indiqué`, `précisée`), is that auxiliary."""
    return [lexicon.slips[token] if token in lexicon.slips and k + 1 < len(tokens) and _participle(tokens[k + 1], lexicon)
            else token for k, token in enumerate(tokens)]


def _participle(token: str, lexicon: Lexicon) -> bool:
    word = _AGREEMENT.sub("", token.lower())
    return word.endswith("é") and word in lexicon.verbs


def _postposed(tokens: list[str], postpositions: frozenset[str]) -> list[str]:
    """`Burkert zufolge fehlen …`, `…, einem Bericht der Zeitung zufolge, …` read as `according to`
    phrases: the words from the clause's start to the postposition, after `_BY` and before a comma."""
    at = next((k for k, t in enumerate(tokens) if t.lower() in postpositions), None)
    if at is None:
        return tokens
    start = max((k + 1 for k, t in enumerate(tokens[:at]) if t in ",:;" or t.startswith(MASK)), default=0)
    return [*tokens[:start], _BY, *tokens[start:at], ",", *tokens[at + 1:]]


@functools.lru_cache(maxsize=TOKENS_HELD)
def _token_tuple(text: str, by: str | None) -> tuple[str, ...]:
    """`_tokens` of one text, kept: attribution reads the same sentence's tokens again and again
    (each quote looks back over the sentences before it), and splitting them was a third of the
    quote step's time."""
    if by is not None:
        text = _by_pattern(by).sub(f" {_BY} ", text)
    tokens = []
    for token in _TOKENS_AND_BY.findall(text):
        if "'" in token or "’" in token:  # an elision needs an apostrophe: most words skip the regex
            elided = _ELIDED.match(token)
            if elided:
                tokens.append(elided.group().lower())  # `L'` opening a sentence is no name
                token = token[elided.end():]
        if token.endswith(".") and len(token) > 2 and token[:-1].lower() not in TITLE_WORDS and not _INITIALS.match(token):
            token = token[:-1]
        if not _possessive(token):
            token = token.rstrip("'’")
        tokens.append(token)
    return tuple(tokens)


@functools.cache
def _by_pattern(by: str) -> re.Pattern[str]:
    return re.compile(by, re.IGNORECASE)


def _runs(tokens: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each stretch of name words; particles (van, de) only inside a stretch."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(tokens):
        if tokens[k][:1].isupper() and not _LOWER_COMPOUND.fullmatch(tokens[k]):
            end = k + 1
            while (end < len(tokens) and _is_name_word(tokens[end]) and not _possessive(tokens[end - 1])
                   and not (tokens[end] in ARTICLE_PARTICLES and tokens[end - 1] not in PARTICLES)):
                end += 1  # `de la Fuente`, but not `Hoy la Iglesia`
            while tokens[end - 1] in PARTICLES:
                end -= 1
            if (end - k >= 2 and tokens[end:end + 1] and tokens[end] in _SURNAME_JOINERS and end + 1 < len(tokens)
                    and tokens[end + 1][:1].isupper() and not _possessive(tokens[end - 1])
                    and (end + 2 == len(tokens) or not tokens[end + 2][:1].isupper())):
                end += 2  # `Manuel Díaz y Ferreiro`, `Jordi Ferrer i Sala`: a first name, then two surnames joined
            runs.append((k, end))
            k = end
        else:
            k += 1
    return runs


def _run_before_complement(tokens: list[str], start: int) -> tuple[int, int] | None:
    """The name words right before `for` or `of` and the name at `start` (`John Smith` in `John Smith of
    Acme`, `Wray Grimaldi` in `Wray Grimaldi of the University of Otago`, `Doctors` in `Doctors for
    Camp Closure`), if the name at `start` follows one."""
    joiner = start - 1 - (start > 2 and tokens[start - 1] == "the")
    if joiner < 1 or tokens[joiner] not in TOPIC_WORDS | NAME_JOINERS or not tokens[joiner - 1][:1].isupper():
        return None
    return next(((a, b) for a, b in _runs(tokens[:joiner]) if b == joiner), None)


def _without_seat(tokens: list[str]) -> list[str]:
    """The tokens less where a named body sits, set off by commas before the verb: `Wray Grimaldi of the
    University of Otago in Dunedin, New Zealand, said` -> `… of the University of Otago said`. The
    town and country made the subject too long to read, and a name in them is no speaker."""
    for k in range(1, min(len(tokens), MAX_SUBJECT_TOKENS)):
        if tokens[k] != "in" or not tokens[k - 1][:1].isupper():
            continue
        town = _runs(tokens[k + 1:])
        if not town or town[0][0] != 0:
            return tokens
        end = k + 1 + town[0][1]
        if tokens[end:end + 1] != [","]:
            return tokens
        country = _runs(tokens[end + 1:])
        if country and country[0][0] == 0 and tokens[end + 1 + country[0][1]:end + 2 + country[0][1]] == [","]:
            end += 1 + country[0][1]
        return tokens[:k] + tokens[end + 1:]
    return tokens


_AS_SPEAKERS = frozenset("as comme como".split())
"""`as` opening the clause of whose words follow; German `als` opens a clause of when (`Als Victoria
Waterfield anzweifelt, …, sagt der Doktor`), so it is not here."""


def _past_as(segment: list[str]) -> list[str]:
    """A subject less the `as` that opens its clause: `As Dan Richter of Demand Media notes, “…”`,
    `as Lee put it`, `comme Dupont l'a rappelé`; the words that follow are the speaker's, whom the
    clause names before its verb."""
    return segment[1:] if len(segment) > 1 and segment[0].lower() in _AS_SPEAKERS else segment


def _past_setting(segment: list[str]) -> list[str]:
    """A subject less the phrase of where or when it spoke, between the name and the verb: `el presidente
    Ollanta Humala en una reciente conferencia de prensa mencionó`, `Marie Dupont dans un entretien accordé
    au Monde a estimé`. Only when a name ends right before `in` and none ends the phrase itself, unless
    the phrase is only a place's name (`of the University of Otago in Dunedin said`)."""
    runs = _runs(segment)
    if runs and runs[-1][1] == len(segment):
        # `Wray Grimaldi of the University of Otago in Dunedin said`: a place after `in`, right after a name
        at = runs[-1][0] - 1
        return segment[:at] if at > 0 and segment[at] == "in" and any(end == at for _, end in runs) else segment
    if not runs:
        return segment
    at = next((k for k in range(1, len(segment)) if segment[k].lower() in LOCATIVES and segment[k].islower()
               and any(end == k for _, end in runs)), None)
    return segment if at is None else segment[:at]


def _after_setting(segment: list[str]) -> list[str]:
    """A subject less the fronted phrase of where, when or how it spoke when no comma sets it off: `But in a
    note to his letter Mrs Thatcher said`, `In an interview with the paper Smith said`. Only a segment that
    opens with such a phrase (after a `but` or `and`) and ends in a name whose word before closes it: a
    lower-case word that is no article, possessive or preposition (`in a letter to the wife of John Smith`
    keeps the whole, which names no subject)."""
    runs = _runs(segment)
    opening = 1 if segment[:1] and segment[0].lower() in CONJUNCTIONS | _BUT else 0
    if len(segment) <= opening or segment[opening].lower() not in OPENERS or not runs or runs[-1][1] != len(segment):
        return segment
    start = runs[-1][0]
    if start > opening + 2 and segment[start - 1].lower() in ARTICLES:
        start -= 1  # `On social media the Metropolitan Police said`: the phrase ends before the name's article
    closing = segment[start - 1] if start > opening + 1 else ""
    if not closing.isalpha() or not closing.islower() \
            or closing in ARTICLES.keys() | POSSESSIVES | PREPOSITIONS | OPENERS | CONJUNCTIONS | INDEFINITES \
            or any(closing in words for words in _ADDRESSEES.values()):
        return segment
    return segment[start:]


def _run_before_medium(tokens: list[str], start: int) -> tuple[int, int] | None:
    """The name words before `in` and a paper or blog whose name is at `start` (`Monjurul Haque` in `Monjurul
    Haque en el blog Indigenous Bangla`, `Jane Doe in her blog Sea Views`): who wrote there, not where."""
    at = start - 1
    if at < 2 or tokens[at].lower() not in MEDIA_KINDS or not tokens[at][:1].islower():
        return None
    while at > 0 and tokens[at - 1].lower() in ARTICLES.keys() | POSSESSIVES:
        at -= 1
    if at < 2 or tokens[at - 1].lower() not in LOCATIVES:
        return None
    return next(((a, b) for a, b in _runs(tokens[:at - 1]) if b == at - 1), None)


def _names_place(tokens: list[str], start: int) -> bool:
    """Whether the name at `start` follows a lower-case noun of a place (`la escuela Manuel Belgrano`)."""
    return start > 0 and tokens[start - 1] in PLACE_NOUNS


def _plural_people(words: list[str]) -> bool:
    """Whether an English description after `the` is of several people: a plural noun alone (`doctors`),
    or a writing signed by them (`letter signed by seven physicians`)."""
    if "by" in words[1:-1] and words[0].lower() in WRITINGS | STATEMENTS:
        words = words[words.index("by") + 1:]
        words = words[1:] if len(words) == 2 and (words[0].isdigit() or words[0][:1].islower()) else words
    return len(words) == 1 and bool(re.fullmatch(r"[a-z]{2,}[^su]s", words[0]))


def _de_noun(token: str) -> bool:
    """A long German word with a noun's ending (`Infrastrukturvorstand`, `CDU-Politiker`); of a
    hyphenated word its last part decides, so a double first name (`Karl-Peter`) stays a name."""
    word = token.rsplit("-", 1)[-1]
    if len(word) >= 8 and word.lower().endswith(DE_NOUN_ENDINGS):
        return True
    # `Medienkönig Rupert Murdoch`, `Tennis-Star Boris Becker`, `Popstar Nena`: a compound whose last part is
    # a noun for someone famous or ruling; the noun alone may be a surname (`Stefan König`)
    whole = token.replace("-", "").lower()
    return len(whole) >= 7 and whole.endswith(DE_COMPOUND_HEADS) and whole not in DE_COMPOUND_HEADS


def _de_role_gender(nouns: list[str], before: str = "") -> str | None:
    """Whether a German noun for a person right before a name (`Lehrer Rejhan Nisic`, `Schülerin Diba`)
    shows a man or a woman: `-in` makes the feminine of a person noun; a `he` or `she` later is matched
    against it. An adjective made a noun (`Vorsitzende`, `Abgeordnete`) is either: only its article,
    in the run or `before` it, tells (`Dessen Landesvorsitzende Karin Lübke` is no man)."""
    word = nouns[-1].lower() if nouns else ""
    if not (word.removesuffix("in").endswith(DE_PERSON_ENDINGS) or word in DE_SHORT_ROLES):
        return None  # `Zeitung`, `Studie`: no person
    if word.endswith(_DE_ADJECTIVAL_NOUNS):
        return {"die": "f", "der": "m"}.get((nouns[-2] if len(nouns) > 1 else before).lower())
    return "f" if nouns[-1].endswith("in") else "m"


_DE_ADJECTIVAL_NOUNS = ("ende", "ene", "ete", "llte", "gte", "ierte")
"""Endings of German adjectives and participles made nouns for a person, the same word for a man and a
woman (`der` or `die Vorsitzende`, `Abgeordnete`, `Angestellte`, `Beauftragte`, `Delegierte`)."""


def _owner(owned: re.Match[str]) -> str:
    """The name a `_WRITING_OWNER` match holds, less its article (`The Conservatives'` -> `Conservatives`)."""
    return " ".join(w for w in owned.group(1).split() if w.lower() not in ARTICLES)


def _past_medium_phrase(head: list[str]) -> list[str]:
    """The verb, then its subject past a phrase that says where the words appeared (`rapporté sur Facebook le
    porte-parole` -> `rapporté le porte-parole`): a preposition and a name, right after the verb."""
    if len(head) > 3 and head[1].lower() in ("sur", "dans", "à", "au") and head[2][:1].isupper():
        end = 3
        while end < len(head) and head[end][:1].isupper():
            end += 1
        return [head[0], *head[end:]]
    return head


def _last_clause(tokens: list[str]) -> list[str]:
    """The words after the last comma or quotation."""
    return tokens[max((k + 1 for k, t in enumerate(tokens) if t == "," or t.startswith(MASK)), default=0):]


_COUNTED_ADJECTIVE = re.compile(r"\d+-[a-zäöüß]+")
"""A German adjective that opens with a number (`21-jährige`, `15-malige`)."""


def _after_determiners(tokens: list[str], verbs: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(determiner, the word it governs) in German: the next word, or the first after up to two
    lower-case adjectives (`die humanitäre Lage`, `den neuen deutschen Botschafter`). A relative pronoun
    after a comma, then a name (`…, die Arthur Kluckers als Schnellster absolvierte`, `…, den Granit Xhaka
    zusammenfasste`), governs nothing: the name is the clause's subject, its first name no noun; nor does
    a pronoun before one of the reporting `verbs` or a preposition (`Das kündigte Tim Stein an`, `Gespielt wird
    dieser von Richard Gonlag`: `Tim`, `Richard` are no nouns)."""
    pairs = []
    for k, token in enumerate(tokens[:-1]):
        if token.lower() not in _DE_NOUN_MARKERS or tokens[k + 1].lower() in verbs \
                or tokens[k + 1] in DE_RELATIVE_PREPOSITIONS:
            continue
        if k and tokens[k - 1] == "," and token in DE_RELATIVES and tokens[k + 2:k + 3] \
                and tokens[k + 1][:1].isupper() and tokens[k + 2][:1].isupper():
            continue
        j = k + 1
        while j < min(len(tokens) - 1, k + 3) and (tokens[j][:1].islower() or _COUNTED_ADJECTIVE.fullmatch(tokens[j])) \
                and tokens[j].lower() not in DE_DETERMINERS | DE_PREPOSITIONS:
            # `der 21-jährige Stürmer`, `der 15-malige Major-Sieger`: an adjective opening with a number; `bei dem laut
            # Hörmann…`: a preposition is none, and the name after it is no noun
            j += 1
        pairs.append((token, tokens[j]))
    return pairs


def _dated(words: list[str]) -> bool:
    """`El 14 de octubre de 1904`, `Le 3 mai`, `Am 8. Juni`, `Last week`, `Late on Friday night`: a date or
    a time that sets the scene before the subject."""
    timed = 0 < len(words) <= MAX_TIME_WORDS and words[-1].lower() in TIMES | CALENDAR
    return (timed or any(w[:1].isdigit() for w in words)) and all(
        k == 0 or not w[:1].isupper() or w.lower() in CALENDAR for k, w in enumerate(words))


def _ends_clause(tokens: list[str], k: int) -> bool:
    """Whether the token at `k` ends a clause: a quotation does, a quoted term only when `and` follows
    it (`se dit « rassuré » et pense que « … »`), since it is a word of its clause otherwise."""
    return tokens[k].startswith(MASK) or tokens[k].startswith(TERM) and tokens[k + 1:k + 2] != [] \
        and tokens[k + 1].lower() in CONJUNCTIONS


def _piece(tokens: list[str]) -> tuple[list[str], list[str]]:
    """The tokens up to the next comma, bracket or quotation, and the rest from there."""
    for k, token in enumerate(tokens):
        if token in ",;:()" or token.startswith(MASK):
            return tokens[:k], tokens[k:]
    return tokens, []


def _is_name_word(token: str) -> bool:
    """A capitalised word, a particle, or one glued to a capitalised word (`Thomas d'Aquin`, `al-Assad`)."""
    return token[:1].isupper() or token in PARTICLES or bool(_ARABIC_ARTICLE.match(token) or _GLUED_DE.match(token))


def _possessive(token: str) -> bool:
    """`Reid's`, and a name ending in s that takes the apostrophe alone, `Stevens’`, `Jones'` (a plural
    in lower case, `the fans’ view`, owns no name)."""
    return token.endswith(("'s", "’s")) or len(token) > 2 and token[:1].isupper() and token.endswith(("s'", "s’"))


_SO = frozenset({"así"})
"""`…, así lo compartió su hija, la cantante Alejandra Guzmán`: Spanish `so` before the verb, as `como` is."""


def _as_clause(tokens: list[str]) -> bool:
    """Whether `tokens` end in `as` and object pronouns only (`comme nous le`, `como me`, `comme l'`, `así lo`):
    the verb after them has its subject after it, as French and Spanish put it there in such a clause."""
    k = len(tokens)
    while k and (tokens[k - 1].lower() in _OBJECT_CLITICS | {"nous", "vous", "lui", "leur", "l'", "l’"}):
        k -= 1
    return k > 0 and tokens[k - 1].lower() in AS_WORDS | _SO
