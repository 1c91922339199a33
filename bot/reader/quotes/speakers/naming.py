"""Pure functions over the words of a name: whether a run is a body's name, acronyms and their long
forms, surnames and fuller forms, possessives, ages and relations written next to a name. Kept apart from
`tokens` because they read names, not clauses, and from the finder because they need no document."""

from __future__ import annotations

import re
import unicodedata

from bot.reader.quotes.lexicon import (
    POSTNOMINALS,
    ARTICLE_PARTICLES, BODY_KINDS, CONJUNCTIONS, DE_ABSTRACT_ENDINGS, DE_BODY_ENDINGS, DE_DETERMINERS, DESCRIPTOR_ENDINGS,
    FEMALE_TITLES, MALE_TITLES, NAME_SUFFIXES, OPENERS, ORGANISATION_WORDS, PARTICLES, POSSESSIVES, PREPOSITIONS,
    RELATION_WORDS, RELATIVES, SUFFIXES, DE_RELATIVES,
)
from bot.reader.quotes.speakers.patterns import (
    _ACRONYM_JOINERS, _AGE_AFTER, _AGE_BEFORE, _ELIDED_NAME, _INITIALS, MAX_SPELT_WORDS,
)
from bot.reader.quotes.speakers.tokens import _after_determiners, _possessive, _runs


def _of_complement(tokens: list[str], end: int) -> int:
    """Where a body's name that ends at `end` really ends: `the Department of Conservation`, `the Bank of
    England` go on through `of` and the capitalised words after it, when the words before it name a body."""
    following = _runs(tokens[end + 1:])
    if tokens[end:end + 1] == ["of"] and following and following[0][0] == 0 and _is_organisation(tokens[:end]):
        return end + 1 + following[0][1]
    return end


def _is_organisation(run: list[str]) -> bool:
    """`NASA`, `Foreign Office`, `Planned Parenthood Advocates of Kansas`, `Bundespolizei`,
    `Verwaltungsgericht Stuttgart`: an acronym or a body's name.

    `Real Sociedad Española de Historia Natural`: a Spanish or French body's noun may follow an adjective."""
    return (run[-1].lower() in ORGANISATION_WORDS or any(w.lower() in ORGANISATION_WORDS for w in run[:2])
            or len(run) == 1 and len(run[0]) > 1 and run[0].isupper()
            or run[-1].lower().endswith(DE_BODY_ENDINGS)
            # `Verwaltungsgericht Stuttgart`, `Königliche Eisenbahndirektion Köln`, `Weberzunft von Kaufbeuren`
            or len(run) > 1 and run[-2].lower().endswith(DE_BODY_ENDINGS)
            or run[0].lower().endswith(DE_BODY_ENDINGS) and run[1:2] and run[1] in ("von", "für")
            or "of" in run[1:] and _is_organisation(run[:run.index("of")]))  # `New Zealand Department of Conservation`


def _eponyms(sentences: list[list[str]]) -> set[str]:
    """First names that open a body named after its founder (`gründete sie die Kate Moss Agency`, `die Robert
    Bosch Stiftung`) where the text also writes that person's name on its own: German puts an article before
    the body, so the first name there follows one like a noun, but it is no noun (`Kate Moss hat …` names her)."""
    named = {(tokens[start], tokens[start + 1]) for tokens in sentences for start, end in _runs(tokens)
             if end - start == 2 and (not start or tokens[start - 1].lower() not in DE_DETERMINERS)}
    return {tokens[start] for tokens in sentences for start, end in _runs(tokens)
            if end - start >= 3 and start and tokens[start - 1].lower() in DE_DETERMINERS
            and tokens[end - 1].lower() in ORGANISATION_WORDS and (tokens[start], tokens[start + 1]) in named}


def _relative_surnames(sentences: list[list[str]], verbs: frozenset[str], stop_words: frozenset[str]) -> set[str]:
    """Surnames German writes after a relative pronoun only (`die Modelle, die Foucault entwickelte`), never
    after an article, and also in full after a first name (`Michel Foucault hat …`): the pronoun makes
    them look like nouns after an article, but they are the person's name."""
    relative: set[str] = set()
    articled: set[str] = set()
    for tokens in sentences:
        pronouns = {k for k, t in enumerate(tokens[:-1]) if k and tokens[k - 1] == "," and t in DE_RELATIVES}
        # `…, die Foucaults Werk durchzieht`: a capitalised word after it is a possessive's noun
        relative |= {tokens[k + 1] for k in pronouns
                     if tokens[k + 1][:1].isupper() and not "".join(tokens[k + 2:k + 3])[:1].isupper()}
        articled |= {b for _, b in _after_determiners(["" if k in pronouns else t for k, t in enumerate(tokens)], verbs)}
    written_out = {tokens[start + 1] for tokens in sentences for start, end in _runs(tokens)
                   if end - start == 2 and (not start or tokens[start - 1].lower() not in DE_DETERMINERS)
                   and tokens[start].lower() not in stop_words | DE_DETERMINERS and tokens[start] not in articled
                   and not _is_organisation(tokens[start:end])}
    return (relative - articled) & written_out


def _long_forms(sentences: list[list[str]]) -> dict[str, str]:
    """Acronyms -> the one run of capitalised words in the text whose initials spell them
    (`HRW` -> `Human Rights Watch`), or the one hyphenated acronym that opens with them (`SUD-PTT`)."""
    forms: dict[str, set[str]] = {}
    for tokens in sentences:
        for start, end in _runs(tokens):
            words = [t for t in tokens[start:end] if t[:1].isupper() and not _ELIDED_NAME.match(t)]
            initials = "".join(w[0] for w in words)
            if len(words) >= 2 and initials not in words:  # `Der Wetterdienst DWD` spells the acronym it holds
                forms.setdefault(initials, set()).add(" ".join(words))
        for token in tokens:
            head = token.split("-")[0]
            if "-" in token and len(head) > 1 and token.isupper():
                forms.setdefault(head, set()).add(token)  # `SUD` for the `SUD-PTT` the text names
    spelt = {acronym: name for tokens in sentences for acronym, name in _spelt_out(tokens)}
    return {acronym: names.pop() for acronym, names in forms.items() if len(names) == 1} | spelt


def _without_elided_articles(tokens: list[str]) -> list[str]:
    """Tokens without an elided article or `de` before a name (`L'Armée` -> `Armée`, `d'Ansar` after a
    lower-case word -> `Ansar`), but keeping the `d'` that joins two capitalised words of one name
    (`Armée d'Ansar Al-Sounna`, `Giscard d'Estaing`)."""
    kept = []
    for k, token in enumerate(tokens):
        inside = k and tokens[k - 1][:1].isupper() and token[:1] in "dD" and token[:1].islower()
        kept.append(token if inside else _ELIDED_NAME.sub("", token) or token)
    return kept


def _spelt_out(tokens: list[str]) -> list[tuple[str, str]]:
    """`the Universities and Colleges Employers’ Association (UCEA)`: an acronym in parentheses right
    after the words whose capitals spell it, joined by small words (`and`, `of`, `für`) that break a
    run of capitalised words; the text defines it there, whatever else it spells."""
    found = []
    for k in range(1, len(tokens) - 2):
        acronym = tokens[k + 1]
        if tokens[k] != "(" or tokens[k + 2] != ")" or not (acronym.isupper() and acronym.isalpha() and len(acronym) > 1):
            continue
        start, words = k, []
        # a plural possessive is one of its words (`Employers’`)
        while start > 0 and len(words) < len(acronym) and _ELIDED_NAME.sub("", tokens[start - 1]).rstrip("’'").isalpha() and (
                tokens[start - 1].lower() not in _ACRONYM_JOINERS or words):
            start -= 1
            if tokens[start].lower() not in _ACRONYM_JOINERS:
                words.insert(0, _ELIDED_NAME.sub("", tokens[start]))  # `L'Organisation`: the name, not its article
        # French and Spanish write a body's later words in lower case (`Organisation mondiale de la santé`)
        if words and words[0][:1].isupper() and _ELIDED_NAME.sub("", tokens[start]) == words[0] \
                and "".join(w[0] for w in words).upper() == acronym:
            found.append((acronym, " ".join([words[0], *tokens[start + 1:k]])))
        elif skipping := _spelt_skipping(tokens[max(0, k - MAX_SPELT_WORDS):k], acronym):
            found.append((acronym, skipping))
    return found


def _spelt_skipping(before: list[str], acronym: str) -> str | None:
    """`le Conseil représentatif des institutions juives de France (CRIF)`, `le Comité supérieur pour les
    élections des collectivités locales (CEL)`: a French or Spanish acronym leaves out some of the
    lower-case words of the name it stands for; the name opens at the nearest capitalised word with
    its first letter, from which the acronym's letters come in order, every capitalised word's among them."""
    for start in range(len(before) - 1, -1, -1):
        head = _ELIDED_NAME.sub("", before[start])
        if not head[:1].isupper() or _fold(head[0]) != acronym[0]:
            continue
        words = [head, *(w for t in before[start + 1:] if t.lower() not in _ACRONYM_JOINERS
                         and (w := _ELIDED_NAME.sub("", t)))]  # `l'` alone is an article, no word of the name
        if not all(w.isalpha() for w in words):
            return None
        letters, at = acronym, 0
        for word in words:
            if at < len(letters) and _fold(word[0]) == letters[at]:
                at += 1
            elif word[:1].isupper():
                return None
        return re.sub(r"(?<=['’]) ", "", " ".join([head, *before[start + 1:]])) if at == len(letters) else None
    return None


def _fold(letter: str) -> str:
    """A letter in upper case without its accent (`é` -> `E`), to spell an acronym."""
    return unicodedata.normalize("NFD", letter)[0].upper()


def _without_relatives(tokens: list[str]) -> list[str]:
    """A subject without the relative clauses set off by commas in it: `Karo, who has moved to Los
    Angeles in the hopes of launching a career, says` -> `Karo says`."""
    kept: list[str] = []
    k = 0
    while k < len(tokens):
        if tokens[k] == "," and tokens[k + 1:k + 2] and tokens[k + 1].lower() in RELATIVES and "," in tokens[k + 1:]:
            k = tokens.index(",", k + 1) + 1
            continue
        kept.append(tokens[k])
        k += 1
    return kept


def _after_openers(tokens: list[str]) -> list[str]:
    """The clause after a scene-setting phrase: `Pour terminer, la porte-parole…` -> `la porte-parole…`."""
    while "," in tokens and tokens[0].lower() in OPENERS | {"pour"}:
        tokens = tokens[tokens.index(",") + 1:]
    return tokens


def _without_descriptor(run: list[str]) -> list[str]:
    """`Scientologist John Travolta`, `Japanese Ken Sato`, `UMP Jean Dupont`: a capitalised word saying
    what someone is (a believer, a nationality, a party) before a first name and surname is not part
    of the name; nor are letters after it for an honour, a degree or a seat (`Neil Ford QC`, `Jane Hill MP`)."""
    while len(run) >= 3 and run[-1].rstrip(".") in POSTNOMINALS:
        run = run[:-1]
    if len(run) >= 3 and run[0].endswith(DESCRIPTOR_ENDINGS) and not run[0].endswith("'s"):
        return run[1:]
    if len(run) >= 3 and len(run[0]) > 1 and run[0].isalpha() and run[0].isupper() and run[1] not in PARTICLES:
        return run[1:]  # `le député UMP Jean Dupont`: the party, then the name
    parts = run[0].split("-") if run else []
    if len(run) >= 3 and len(parts) > 1 and any(len(part) > 1 and part.isupper() for part in parts):
        # `SPD-Chef Lars Klingbeil`, `UN-Generalsekretär Ban Ki-moon`, `All-NBA-Guard Shai Gilgeous-Alexander`: a post
        # in a party, a body or a league
        return run[1:]
    return _without_affiliation(run)


def _without_affiliation(run: list[str]) -> list[str]:
    """`Andreas Knie von der TU Berlin`, `Ana Ruiz de la Universidad de Sevilla`, `Anke Staar von der
    Landeselternschaft`: a first name and surname, then a particle and a body's name, acronym or a
    German abstract noun, is a person and where they work; a particle after one word stays in the name
    (`Ursula von der Leyen`), as does one before a name (`de la Fuente`)."""
    for k in range(2, len(run) - 1):
        if run[k] in PARTICLES and run[k - 1] not in PARTICLES:
            rest = [t for t in run[k + 1:] if t not in PARTICLES and t not in ARTICLE_PARTICLES]
            if rest and (_is_organisation(rest) or any(len(t) > 1 and t.isupper() for t in rest)
                         or len(rest[0]) >= 8 and rest[0].lower().endswith(DE_ABSTRACT_ENDINGS)):
                return run[:k]  # `Anke Staar von der Landeselternschaft`: a German abstract noun is no name
    return run


def _age_at(name: str, text: str) -> int | None:
    """The age a sentence gives someone: `Name, 54,`, `Name (left), 14,` or `20-year-old … Name`."""
    at = text.find(name)
    if at < 0:
        return None
    after = _AGE_AFTER.match(text, at + len(name))
    before = _AGE_BEFORE.search(text, 0, at)
    found = after or before
    return int(next(g for g in found.groups() if g)) if found else None


def _relation(name: str, text: str) -> bool:
    """`Avec son complice de toujours, Luc Perrin, il…`: a name set off by commas after a phrase
    ending in a possessive one is someone the person in focus knows, not the new focus."""
    at = text.find(name)
    before = text[:at].rstrip() if at >= 0 else ""
    if not before.endswith(",") or not text[at + len(name):].lstrip().startswith(","):
        return False
    phrase = before[:-1].rsplit(",", 1)[-1].lower().split()
    if "," not in before[:-1] and phrase[:1] and phrase[0] in POSSESSIVES:
        return False  # `His lawyer, Jane Doe, was less sure`: the role opens the sentence, its holder is the subject
    return any(word in POSSESSIVES for word in phrase[-RELATION_WORDS:])


def _role_owner(name: str, text: str) -> bool:
    """`El abogado de García, Luis Romero, negó…`, `the lawyer for Smith, Mary Jones,`: a name after a
    role and its preposition, with another name set off after it, is whose the role is, not who acts."""
    at = text.find(name)
    before = text[:at].split()[-2:] if at >= 0 else []
    after = text[at + len(name):].lstrip() if at >= 0 else ""
    return (len(before) == 2 and before[0][:1].islower() and before[1].lower() in PREPOSITIONS
            and after.startswith(",") and after[1:].lstrip()[:1].isupper())


_MIDDLE_INITIAL = re.compile(r"[^\W\d_]\.")
"""A middle initial: one letter and its full stop (`J.`)."""
_ALIAS = re.compile(r"[\s,(—–-]*(?:aka|a\.k\.a\.?|also known as|better known as|born|née|nee)\b", re.IGNORECASE)
"""Words between two names of one person: `Ron Karenga — aka Dr. Maulana Karenga`, `Mary Smith, née Jones`."""


def _alias(first: str, second: str, text: str) -> bool:
    """Whether a sentence gives `second` as another name of `first` (`Ron Karenga — aka Dr. Maulana Karenga`)."""
    end = text.find(first)
    start = text.find(second, end + len(first)) if end >= 0 else -1
    if start < 0:
        return False
    between = text[end + len(first):start]
    at = _ALIAS.match(between)
    # a title may stand between the alias word and the name (`aka Dr.`)
    return bool(at) and len(between[at.end():].split()) <= 1


def _beside_kin(name: str, text: str) -> bool:
    """Whether a sentence writing `name` in full also writes its surname alone, for someone else: `Fischer’s
    mother, Adrianne Fischer, is a driver` brings her in as the kin of the Fischer the story calls by his
    surname, which stays his."""
    surname = _surname_of(name.split())
    alone = [m for m in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w-])", text)
             if not re.search(r"[A-Z][\w.’'-]*\s+$", text[:m.start()])]
    return bool(alone) and name in text


def _coordinated(first: str, second: str, text: str) -> bool:
    """Whether a sentence joins two people with `and` (`Anna Berg and Maria Lopez`)."""
    between = text[text.find(first.split()[-1]) + len(first.split()[-1]):text.find(second.split()[0])]
    return between.strip(" ,").lower() in CONJUNCTIONS


def _shortens(parts: list[str], name: list[str]) -> bool:
    """`Kim`, `Sung Kim`'s surname; `Sung`, its first name; `B. Obama`, `Barack Obama` with an initial."""
    if len(name) < len(parts) or name == parts:
        return False
    return name[:len(parts)] == parts or _ends(parts, _core(name))


def _fuller(name: list[str], short: list[str]) -> bool:
    """Whether `name` writes out more of the same name as `short`: the surname after it (`Te Kaurinui
    Robert` -> `Te Kaurinui Robert Parata`) or a middle name inside it (`Te Kaurinui Parata`)."""
    if len(name) <= len(short) or name[0] != short[0]:
        return False
    if name[:len(short)] == short:
        return True
    rest = iter(name)
    return name[-1] == short[-1] and all(word in rest for word in short)


def _without_initials(name: list[str]) -> list[str]:
    """A name less the middle initials between its first word and its surname (`Donald J. Trump` ->
    `Donald Trump`); a name of two words, or one whose first word is an initial, stays as it is."""
    if len(name) < 3:
        return name
    return [name[0], *(word for word in name[1:-1] if not _MIDDLE_INITIAL.fullmatch(word)), name[-1]]


def _ends(parts: list[str], name: list[str]) -> bool:
    tail = name[-len(parts):]
    return len(tail) == len(parts) and all(
        p == n or len(p) == 2 and p.endswith(".") and n[:1] == p[0] and len(n) > 2 for p, n in zip(parts, tail))


def _core(tokens: list[str]) -> list[str]:
    """A name without its generational suffix."""
    return [t for t in tokens if t.lower() not in SUFFIXES] or tokens


def _surname_of(tokens: list[str]) -> str:
    return _core(tokens)[-1]


def _has_words(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _is_kind(token: str) -> bool:
    """`L'ONG`, `NGO`: a word for a kind of body, written like a name but no one's name."""
    return _ELIDED_NAME.sub("", token.lower()) in BODY_KINDS


def _undotted(token: str) -> str:
    """A name word without the full stop of an abbreviated title (`Dr.`); initials keep theirs (`B.B.`),
    and so does the suffix that is part of the name (`James P. Kennedy Jr.`)."""
    if token.rstrip(".") in NAME_SUFFIXES:
        return token.rstrip(".") + "."  # the tokens drop its full stop before a comma (`Jr., 55,`)
    return token if len(token) <= 2 or _INITIALS.match(token) else token.rstrip(".")


def _strip_possessive(token: str) -> str:
    if not _possessive(token):
        return token
    return token[:-1] if token.endswith(("s'", "s’")) else token[:-2]


def _gender_of(title: str) -> str | None:
    lowered = title.lower().rstrip(".")
    return "m" if lowered in MALE_TITLES else "f" if lowered in FEMALE_TITLES else None
