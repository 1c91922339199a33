"""Bodies that speak (`NASA`, `ministère de l'Intérieur`, `das Unternehmen`): their names as each language
writes them, the paper or ruling they speak through, and what a general noun (`el informe`) stands for."""

from __future__ import annotations

import re

from bot.reader.quotes.lexicon import (
    ARTICLE_PARTICLES, ARTICLES, BODY_KINDS, CONJUNCTIONS, DE_BODY_ENDINGS, DE_DETERMINERS, DEFINITES, FIRM_GENERIC,
    FIRM_KINDS, FIRM_WORDS, FR_ADJECTIVE_ENDINGS, FR_INSTITUTION_HEADS, FR_NAME_LINKS, MANAGEMENT,
    MAX_INSTITUTION_WORDS, NAME_JOINERS, ORGANISATION_WORDS, PARTICLES, STATEMENTS, TOPIC_WORDS,
)
from bot.reader.quotes.speakers.naming import _after_openers, _strip_possessive, _without_elided_articles
from bot.reader.quotes.speakers.patterns import (
    _COMPLEMENTS, _ELIDED_NAME, _FR_COMPLEMENTS, MASK, MAX_NAME_PHRASE, _OWNED_BY, PRONOUN_LOOKBACK,
)
from bot.reader.quotes.speakers.tokens import _de_noun, _possessive, _runs, _tokens


class BodiesMixin:
    """Organisations, papers and rulings that speak."""

    def _with_adjectives(self, body: str, index: int) -> str:
        """A German body named by its noun alone (`Außenministerium`), as the text introduced it up to sentence
        `index`, its adjectives kept (`das russische Außenministerium` -> `russische Außenministerium`): which
        ministry speaks is in them."""
        if self._language != "de" or " " in body or not body.lower().endswith(DE_BODY_ENDINGS):
            return body
        for k in range(index + 1):
            tokens = _tokens(self._masked.get(k, self._sentences[k].text), self._lexicon)
            for j in range(2, len(tokens)):
                if tokens[j] != body:
                    continue
                start = j
                while start > 0 and tokens[start - 1].isalpha() and tokens[start - 1].islower() \
                        and tokens[start - 1] not in DE_DETERMINERS:
                    start -= 1
                if start < j and start > 0 and tokens[start - 1].lower() in DE_DETERMINERS:
                    return " ".join(tokens[start:j + 1])
        return body

    def _through_paper(self, clause: list[str]) -> tuple[str, str] | None:
        """`In dem Urteil heißt es: „…“`, `Der Bescheid lautet: „…“`: a ruling or a statement naming no
        one speaks for the body in focus, or for the one the text named with it (`heißt es im
        Abschlussdokument der Synode`, after `Die Synode von Wettingen`)."""
        paper = next((t for t in clause if t.lower() in STATEMENTS), None)
        if paper is None and self._language == "de" and "heißt" in clause and "es" in clause:
            return ("focus", "n")  # `In ihrer Zunftordnung heißt es`, `Dort heißt es`: a text of the body in focus
        return (self._named_paper(paper) or ("focus", "n")) if paper else None

    def _body_phrase(self, tokens: list[str]) -> tuple[str, str] | None:
        """A body named by a lower-case noun and a capitalised complement, as French and Spanish
        write them: `le communiqué du ministère de l'Intérieur` -> `ministère de l'Intérieur`."""
        for k, token in enumerate(tokens):
            heads = ORGANISATION_WORDS | (FR_INSTITUTION_HEADS if self._language == "fr" else frozenset())
            if token.lower() not in heads or not token[:1].islower():
                continue
            end = k + 1
            while end < min(k + 3, len(tokens)) and tokens[end][:1].islower() and tokens[end].lower() not in (
                    PARTICLES | ARTICLE_PARTICLES | self._stop_words) and not self._is_verb(tokens[end]):
                end += 1  # `tribunal correctionnel de Rennes`: an adjective, then the complement
            adjectives = end
            while end < len(tokens) and tokens[end].lower() in PARTICLES | ARTICLE_PARTICLES | _FR_COMPLEMENTS:
                end += 1
                if end + 1 < len(tokens) and tokens[end][:1].islower() and tokens[end + 1].lower() in PARTICLES \
                        and tokens[end].lower() not in self._stop_words and not self._is_verb(tokens[end]):
                    end += 1  # `chambre régionale des comptes de Normandie`: a complement's noun, then its own
            if end > adjectives and end < len(tokens) and _ELIDED_NAME.sub("", tokens[end])[:1].isupper():
                if token.lower() in MANAGEMENT and adjectives == k + 1:
                    # `la direction de Canal+`, `la dirección de Iberia`: the management speaks for its firm
                    last = next((j for j in range(end, len(tokens)) if not tokens[j][:1].isupper()), len(tokens))
                    return ("name", " ".join([_ELIDED_NAME.sub("", tokens[end]), *tokens[end + 1:last]]))
                last = end + 1
                while self._language == "fr" and last < len(tokens) and tokens[last].islower() \
                        and tokens[last].endswith(FR_ADJECTIVE_ENDINGS) and tokens[last] not in self._stop_words \
                        and not self._is_verb(tokens[last]):
                    last += 1  # `le ministère des Affaires étrangères`: French adjectives stay lower-case
                return ("name", _written(tokens[k:last]))
            if self._language == "en" and (start := self._owner_before(tokens, k)) is not None:
                return ("name", " ".join(tokens[start:k + 1]))
        return None

    def _owner_before(self, tokens: list[str], k: int) -> int | None:
        """English names a body in lower case after whose it is (`the French foreign ministry`,
        `Norway's health ministry`): where that owner starts, at most two lower-case adjectives
        before the body's noun at `k`, after an article or opening the clause; None without one."""
        start = k
        while start > max(0, k - 2) and tokens[start - 1][:1].islower() and tokens[start - 1].isalpha() \
                and tokens[start - 1].lower() not in self._stop_words and not self._is_verb(tokens[start - 1]):
            start -= 1
        owner = start - 1
        if owner < 0 or not tokens[owner][:1].isupper() or tokens[owner].startswith(MASK) \
                or self._common_word(tokens[owner], owner == 0) and not _acronym(tokens[owner]) \
                or self._is_person(tokens[owner]):
            return None
        if _OWNED_BY.search(tokens[owner]):
            return None  # `the Braun-owned company`, `the Texas-based firm`: whose or where, not a name
        if owner == 0 or tokens[owner - 1].lower() in DEFINITES or tokens[owner].endswith(("'s", "’s")):
            return owner
        return None

    def _institution(self, tokens: list[str], start: int = 0) -> tuple[str, int] | None:
        """A French body's name at `start` and where it ends: capitalised words, one of them a body's
        (`Observatoire`, `Conseil`, `Haute Autorité`), then lower-case adjectives and complements
        (`Observatoire de la précarité énergétique`, `Organisation mondiale de la santé`, `Ligue des
        droits de l'homme`, `Conseil constitutionnel`), up to a verb, a comma or a quotation; None
        when the words there are no such name or the capitalised words alone make it."""
        if start < len(tokens) - 1 and tokens[start].lower() in DEFINITES:
            start += 1  # `La Ligue…` opening a sentence
        if self._language != "fr" or start >= len(tokens):
            return None
        end = start
        while end < len(tokens) and _ELIDED_NAME.sub("", tokens[end])[:1].isupper() and not tokens[end].startswith(MASK):
            end += 1
        heads = [_ELIDED_NAME.sub("", t).lower() for t in tokens[start:end]]
        if not heads or not FR_INSTITUTION_HEADS & set(heads):
            return None
        capitalised = end
        while end < len(tokens) and end - start < MAX_INSTITUTION_WORDS:
            word, previous = tokens[end].lower(), tokens[end - 1].lower()
            if word == "et":
                if tokens[end + 1:end + 2] and tokens[end + 1].lower() in FR_NAME_LINKS:
                    end += 1
                    continue
                break
            if word in FR_NAME_LINKS:
                end += 1
            elif not word[:1].isalpha() or self._is_verb(word) or word in self._lexicon.auxiliaries:
                break
            elif previous in FR_NAME_LINKS - {"et"} or _ELIDED_NAME.match(tokens[end]):
                end += 1  # `de la précarité`, `de l'homme`, `de Lyon`: a complement's noun
            elif word.endswith(FR_ADJECTIVE_ENDINGS) and word not in self._stop_words:
                end += 1  # `mondiale`, `constitutionnel`
            else:
                break
        while end > capitalised and tokens[end - 1].lower() in FR_NAME_LINKS:
            end -= 1
        if end == capitalised:
            return None
        words = [_ELIDED_NAME.sub("", tokens[start]), *tokens[start + 1:end]]
        return re.sub(r"(?<=['’]) ", "", " ".join(words)), end  # `l' homme` -> `l'homme`

    def _institution_named(self, chunk: list[str]) -> tuple[str, str] | None:
        """`l'Observatoire de la précarité énergétique`, `Le Conseil constitutionnel`: a chunk that is a
        French body's name, after its article."""
        if chunk[:1] and chunk[0].lower() in DEFINITES:
            chunk = chunk[1:]
        found = self._institution(chunk)
        return ("name", found[0]) if found and found[1] == len(chunk) else None

    def _named_in(self, chunk: list[str], organisations: bool = False) -> tuple[str, str] | None:
        """The first name in `chunk`; a German hyphenated role noun standing alone (`sagte NBC-Co-Kommentator
        und dreifach-NBA-Champion Dwyane Wade`) only when no name follows it."""
        role = None
        for start, end in _runs(chunk):
            if self._owns_post(chunk, end):
                continue
            name = self._name(chunk, start, end, organisations)
            if name and self._language == "de" and end - start == 1 and "-" in name and _de_noun(name):
                role = role or name
            elif name:
                return ("name", name)
        return ("name", role) if role else None

    def _opening_body(self, index: int) -> str | None:
        """`Friends of Dover and District Traders attacked the fees, which it called “…”`: an `it`
        before the quotation is the body that opens its sentence, whatever its name looks like (`of`
        and `and` inside); when a person or a thing opens it (`The law bans what it calls`), no one."""
        tokens = _after_openers(self._before_quote(index))
        runs = _runs(tokens)
        if not runs or runs[0][0] != 0 or tokens[0].lower() in self._stop_words \
                or runs[0][1] == 1 and tokens[1:2] == [","] and self._common_word(tokens[0], initial=True):
            return None  # `Critically, however, it pointed out`: a sentence adverb, no body
        end, joined = runs[0][1], False
        starts = dict(runs)
        while end + 1 < len(tokens) and end + 1 in starts and (
                tokens[end].lower() in NAME_JOINERS or joined and tokens[end].lower() in CONJUNCTIONS):
            joined = joined or tokens[end].lower() in NAME_JOINERS
            end = starts[end + 1]  # `Planned Parenthood Advocates of Kansas and Mid-Missouri`
        name = self._full_name(" ".join(_strip_possessive(t) for t in tokens[:end]), index)
        return None if not joined and self._is_person(name) else name  # `Ann Miller … what it calls`

    def _named_paper(self, noun: str) -> tuple[str, str] | None:
        """The paper or body the story named by that noun just before (`lo que se conoció como el Informe
        Kalven. El informe … declaró que`; `ein Bericht der Deutschen Forschungsgemeinschaft … Der Bericht
        fügt hinzu`; `Dans un rapport publié mardi, la chambre régionale des comptes … Le rapport relève`):
        it is the source, as a body would be."""
        found = self._referent(noun, self._quoted_at)
        return ("name", found) if found else None

    def _referent(self, noun: str, index: int) -> str | None:
        """What a general noun with a definite article stands for, looking back from sentence `index`:
        the name the text gave with that noun (`el Informe Kalven`, `la chaîne de télévision France 24`,
        `ein Bericht der Deutschen Forschungsgemeinschaft`, `el Tribunal Constitucional` for `el tribunal`,
        `das Bundesverwaltungsgericht` for `das Gericht`), else the body of a sentence that mentions the
        noun (`Dans un rapport publié mardi, la chambre régionale des comptes de Normandie dresse…`)."""
        lowered = noun.lower()
        for k in range(index, -1, -1):
            tokens = self._before_quote(k) if k == index else _tokens(self._masked.get(k, ""), self._lexicon)
            mentioned = False
            for j, token in enumerate(tokens):
                word = token.lower()
                if word == lowered:
                    mentioned = True
                    if token[:1].isupper() and word in ORGANISATION_WORDS and k < index \
                            and (end := self._name_end(tokens, j)) > j + 1:
                        start = j
                        while start > 1 and tokens[start - 1][:1].isupper() and tokens[start - 1].lower() not in ARTICLES:
                            start -= 1  # `la Real Academia de la Historia` for `La Academia`
                        return " ".join(tokens[start:end])  # `al Ministerio de Educación`
                    if self._language == "de" and token[:1].isupper() and k < index and j > 1 \
                            and tokens[j - 1][:1].isupper() and tokens[j - 2].lower() in DE_DETERMINERS:
                        return f"{tokens[j - 1]} {token}"  # `die Bank`, after `Die Deutsche Bank hat…`
                    if token[:1].isupper() and j and tokens[j - 1].lower() in ARTICLES and tokens[j + 1:j + 2] \
                            and tokens[j + 1][:1].isupper() and tokens[j + 1].lower() not in DE_DETERMINERS:
                        return " ".join(tokens[j:self._name_end(tokens, j + 1)])  # `el Informe Kalven`
                    phrase = self._body_phrase(tokens[j:j + 1 + MAX_NAME_PHRASE]) if token[:1].islower() else None
                    if phrase and tokens[j:j + 1] == [phrase[1].split()[0]]:
                        return phrase[1]  # `le tribunal correctionnel de Rennes`: a body named the French way
                    owner = self._complement_name(tokens, j + 1)
                    if owner:
                        return owner
                elif self._language == "de" and word.endswith(lowered) and len(word) > len(lowered) + 2 \
                        and token[:1].isupper() and j and tokens[j - 1].lower() in DE_DETERMINERS:
                    # `das Bundesverwaltungsgericht`, `die Kreissparkasse Oberland`: the compound the short noun ends
                    return " ".join(tokens[j:self._name_end(tokens, j)])
            if not mentioned or k == index or lowered not in STATEMENTS or k < index - PRONOUN_LOOKBACK:
                continue  # a paper's author may open the sentence that mentions it; a body has its own name
            body = self._body_in(k, index) or (phrase[1] if (phrase := self._body_phrase(tokens)) else None)
            if body:
                return body
        return None

    def _described_firm(self, noun: str, index: int) -> str | None:
        """The firm a noun refers back to (`the bank said`, `teilte das Unternehmen mit`, `a indiqué la
        banque`, `señaló el banco`): the name the text introduced after words saying what kind of firm it is
        (`US investment banking giant Goldman Sachs`, `Der US-Autozulieferer Borgland Industries`, `la entidad
        valenciana Banca Levante`) or in an apposition after it (`HSBC, Europe's biggest bank,`), the latest before
        sentence `index`, the first such name in its sentence,
        unless a sentence in between names another body.
        Those words tell a firm (`Goldman Sachs` reads like a person's name) and which one: `the bank` only one
        described as a bank or a firm whose name says so (`la entidad valenciana Banca Levante`), `the company` any
        firm. None when no firm was so introduced."""
        kind = noun.lower()
        if kind not in FIRM_WORDS:
            return None
        for k in range(index, max(-1, index - 1 - 2 * PRONOUN_LOOKBACK), -1):
            tokens = self._before_quote(k) if k == index else _tokens(self._masked.get(k, ""), self._lexicon)
            for j, token in enumerate(tokens):
                if token[:1].isupper() and not (self._language == "de" and token in self._nouns) \
                        or not (described := self._describes_firm(token, kind)) and not self._firm_word(token):
                    continue  # `Banca Levante`: a word of the name itself, not one describing it
                start = j + 1
                while start < min(len(tokens), j + 5) and tokens[start].isalpha() and tokens[start][:1].islower() \
                        and not self._is_verb(tokens[start]) and not self._is_title(tokens[start]) \
                        and (self._language != "en" or tokens[start] not in self._stop_words):
                    # `giant`, `régionale`, `de la banca de inversión`: what kind, before the name (English puts no
                    # little word there: `a group of residents led by John Smith` is no firm's description)
                    start += 1
                if start < len(tokens) and tokens[start][:1].isupper() and not tokens[start].startswith(MASK) \
                        and tokens[start].lower() not in ARTICLES.keys() | DE_DETERMINERS and not self._is_title(tokens[start]):
                    name = tokens[start:self._name_end(tokens, start)]
                    # `la entidad valenciana Banca Levante`: a firm whose own name says what kind
                    if described or any(_stem(word.lower()) == _stem(kind) for word in name):
                        return " ".join(name)
                if described and (appositive := self._firm_before(tokens, j)):
                    return appositive
            if k < index and self._body_in(k, index):
                return None  # `Bei der Flughafen Zürich AG zeigte man sich erleichtert`: a nearer body is in focus
        return None

    def _firm_before(self, tokens: list[str], at: int) -> str | None:
        """`HSBC, Europe's biggest bank, said`: the name before a comma that an apposition ending in the firm word
        at `at` describes; None unless the word closes the apposition (`Smith, a bank manager,` is a person)."""
        if at + 1 < len(tokens) and tokens[at + 1] not in (",", "."):
            return None
        back = at - 1
        while back > 0 and at - back <= 5 and (tokens[back].isalpha() and tokens[back].islower() or _possessive(tokens[back])):
            back -= 1  # `Europe's biggest`, `the world's largest`
        runs = [run for run in _runs(tokens[:back]) if run[1] == back] if back > 0 and tokens[back] == "," else []
        return " ".join(tokens[slice(*runs[0])]) if runs else None

    def _owned_body(self, noun: str, index: int) -> str | None:
        """`the ministry said` after `Russia's defence ministry accused Ukraine…`: a body the text named by
        whose it is and a lower-case noun, no name of its own; that phrase, looking back from sentence `index`
        within the pronoun look-back (English writes the owner with `'s`)."""
        lowered = noun.lower()
        for k in range(index - 1, max(-1, index - 1 - PRONOUN_LOOKBACK), -1):
            tokens = _tokens(self._masked.get(k, ""), self._lexicon)
            for j, token in enumerate(tokens):
                if token != lowered:
                    continue
                owner = j - 1
                while owner > j - 4 and owner >= 0 and tokens[owner].isalpha() and tokens[owner].islower():
                    owner -= 1  # `defence`: what kind of ministry
                if owner >= 0 and owner < j - 1 and tokens[owner][:1].isupper() and _possessive(tokens[owner]):
                    return " ".join(tokens[owner:j + 1])
        return None

    def _describes_firm(self, token: str, kind: str) -> bool:
        """Whether `token` says what kind of firm a name that follows is, so that `kind` may refer back to it:
        a word of the same stem (`banking`, `bancaire` for `bank`, `banque`; not `banker`, a person), or, for
        a generic `kind` (`company`), any firm's word; a German compound by its last part (`US-Autozulieferer`)."""
        word = token.lower()
        if word.endswith(("er", "ier", "ero", "era", "ista")) and word not in FIRM_WORDS and not (
                self._language == "de" and token[:1].isupper()):
            return False  # `banker`, `banquier`, `banquero`: a person
        if _stem(word) == _stem(kind) and word[:1].isalpha():
            return True
        if any(word in kin and kind in kin for kin in FIRM_KINDS):
            return True  # `lender` for `the bank`
        return self._firm_word(token) and kind in FIRM_GENERIC

    def _firm_word(self, token: str) -> bool:
        """A word for a kind of firm (`giant`, `entidad`), in German also a compound ending in one (`Autozulieferer`)."""
        word = token.lower()
        return word in FIRM_WORDS or self._language == "de" and token[:1].isupper() and any(
            word.endswith(w) for w in FIRM_WORDS if len(w) > 4)

    def _complement_name(self, tokens: list[str], start: int) -> str | None:
        """The name in the complement after a noun at `start - 1`: `de télévision France 24`, `der Deutschen
        Forschungsgemeinschaft` (given in the nominative, `Deutsche`), `del Instituto Geológico y Minero de
        España`; None when a verb, a mark or more than one other word comes first."""
        k, skipped, genitive, masculine = start, 0, False, False
        while k < len(tokens) and not tokens[k][:1].isupper():
            word = tokens[k].lower()
            if word in PARTICLES or word in ARTICLES or word in DE_DETERMINERS or word in _COMPLEMENTS:
                genitive = genitive or self._language == "de" and word == "der"
                masculine = masculine or self._language == "de" and word == "des"
            elif word.isalpha() and not skipped and not self._is_verb(word) and word not in self._stop_words:
                skipped += 1
            else:
                return None
            k += 1
        if k == start or k >= len(tokens) or tokens[k].startswith(MASK) or tokens[k].lower() in DE_DETERMINERS:
            return None
        end = self._name_end(tokens, k)
        words = tokens[k:end]
        if genitive:
            words = [w[:-1] if w.endswith("en") and n + 1 < len(words) else w for n, w in enumerate(words)]
        if masculine and words[0].endswith("s"):
            # `des Kirchentags`, `des Bundesamts für Naturschutz`: the word as the text writes it elsewhere, or as a
            # body's compound ends, less its genitive ending
            words = next(([w, *words[1:]] for w in (words[0][:-1], words[0][:-2])
                          if w in self._capitalised_inside or w.lower().endswith(DE_BODY_ENDINGS)), words)
        return self._longer_name(" ".join(words))

    def _longer_name(self, name: str) -> str:
        """The name in full where the text gave it so before (`Synode von Wettingen` for `der Synode`)."""
        pattern = re.compile(rf"\b{re.escape(name)}\s+(?:von|de|del|of)\s+[A-ZÀ-Þ][\w-]+")
        found = next((m.group() for k in sorted(self._masked) for m in [pattern.search(self._masked[k])] if m), None)
        return found or name

    def _name_end(self, tokens: list[str], start: int) -> int:
        """Where a body's name opening at `start` ends: its capitalised words and numbers, with `y`, `und`,
        `de`, `of`, `für` between them (`Instituto Geológico y Minero de España`, `France 24`, `Bundesamt für
        Naturschutz`)."""
        end = start
        while end < len(tokens):
            token = tokens[end]
            if token[:1].isupper() and not token.startswith(MASK) or token[:1].isdigit() and end > start:
                end += 1
            elif token.lower() in CONJUNCTIONS | PARTICLES | TOPIC_WORDS and end > start and (
                    after := end + 1 + (tokens[end + 1:end + 2] != [] and tokens[end + 1] in ARTICLE_PARTICLES)) < len(tokens) \
                    and tokens[after][:1].isupper() and not tokens[after].startswith(MASK):
                end = after  # `Real Academia de la Historia`: `de la` inside the name
            else:
                break
        return end

    def _latest_body(self, index: int) -> str | None:
        """The body the text last named, within the look-back, when none has spoken yet: `L'ONG
        Human Rights Watch a publié un rapport. … L'organisation précise que « … »`."""
        for k in range(index - 1, max(-1, index - 1 - PRONOUN_LOOKBACK), -1):
            body = self._body_in(k, index)
            if body:
                return body
        return None

    def _body_in(self, k: int, index: int) -> str | None:
        """The first body sentence `k` names, by its full name as of sentence `index`; else one it names
        the French or Spanish way, a lower-case noun and its complement."""
        written = _tokens(self._masked.get(k, ""), self._lexicon)
        tokens = _without_elided_articles(written)
        for start, end in _runs(tokens):
            if self._language == "en" and start and tokens[start - 1].lower() in _ENGLISH_PLACE_BEFORE:
                continue  # `WeWork is headquartered in New York City`: a place named after `in` speaks for no one
            kind = _ELIDED_NAME.sub("", tokens[start - 1]).lower() if start else ""
            if kind in BODY_KINDS | ORGANISATION_WORDS and tokens[start - 1][:1].islower():
                return " ".join(tokens[start:end])  # `l'association Familles de France`, `le collectif Stop Bassines`
            if medium := self._medium_named(tokens[max(0, start - 3):end]):
                return medium[1]  # `el diario digital Havana Times`
            institution = self._institution(tokens, start)
            if institution:
                return institution[0]  # `La Ligue des droits de l'homme a publié…`: its whole name
            name = self._name(tokens, start, end, organisations=True)
            if name and len(name.rstrip(".")) > 1 and not self._is_person(name) and not self._kind_noun(tokens, name):
                whole = [*name.split(), *tokens[end:self._name_end(tokens, start)]]
                if len(whole) > len(name.split()) and any(t.lower() in ORGANISATION_WORDS for t in whole):
                    return " ".join(whole)  # `Instituto Geológico y Minero de España`: its name goes on past `y`
                return self._full_name(name, index)  # but not `une plainte contre X.`: no one known
        # `Le tribunal correctionnel de Rennes a condamné…`; `Le ministère de l'Intérieur`, its article kept as written
        phrase = self._body_phrase(written)
        return phrase[1] if phrase else None


_ENGLISH_PLACE_BEFORE = frozenset({"in", "at"})
"""English words after which a capitalised run is where something is, not a body in focus. French
`dans` is left out: `a-t-il dit dans Le Monde` names the paper the words came from."""


def _written(tokens: list[str]) -> str:
    """Tokens joined as the text writes them: an elided article glued to the word after it (`cour d'appel`)."""
    return re.sub(r"\b([dlDL]['’]) ", r"\1", " ".join(tokens))  # not `Teachers' Union`


def _stem(word: str) -> str:
    """The first letters a word shares with its kin across one language (`bank`, `banking`; `banque`,
    `bancaire`; `banco`, `banca`): enough to tell a bank from a firm."""
    return word.replace("qu", "c")[:4]


def _acronym(token: str) -> bool:
    """`the US military`: capitals for a state or a body, not the stop word `us` (nor the article `A`)."""
    return len(token) > 1 and token.isupper()
