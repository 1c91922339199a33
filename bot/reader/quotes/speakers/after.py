"""Attributions written after the quotation: `“…,” Kim said`, `“…,” said Sung Kim, the US envoy`, `« … »,
a-t-il déclaré`, `„…“, ließ der Minister wissen`, `(Wikipedia)`, and the inverted order with the subject
after the verb. Separate from `before`, whose clause shapes differ."""

from __future__ import annotations

import itertools
import re

from bot.reader.quotes.lexicon import (
    ADVERBS, AGENTS, ARTICLES, AS_WORDS, BODY_KINDS, CLITICS, CONJUNCTIONS, CONTRASTS, DE_BODY_ENDINGS, DE_DETERMINERS,
    DE_PERSON_ENDINGS, DEFINITES, DOCUMENTS, EN_PARTICIPLES, INDEFINITES, MEDIA_KINDS, OPENERS, ORGANISATION_WORDS,
    LOCATIVES, OWNERS, PARTICLES, POSSESSIVES, POST_INITIALS, PREPOSITIONS, RECIPIENTS, RELATIVES, STATEMENTS,
)
from bot.reader.quotes.speakers.naming import _of_complement, _strip_possessive
from bot.reader.quotes.speakers.patterns import (
    _BUT, _BY, _DATE_WORDS, _DE_LET, _DE_LET_SAY, _DE_OBJECTS, _ELIDED_NAME, _FR_PARTICIPLE, _GERUND, _INFINITIVE,
    _INFINITIVE_COMPLEMENTS, _INVERTED_PRONOUN, _KIN, MASK, MAX_APPOSITION, _MAX_INSERT, MAX_NAME_TOKENS,
    MAX_SUBJECT_TOKENS, _NOBODY, _OBJECT_CLITICS, _OBJECT_PRONOUNS, _OTHER, _PLURAL_ARTICLES, _QUOTING, _READ_IN,
    _REFLEXIVES, _RELAYING_VERBS, _ROMANCE_GERUNDS, TERM, _THAT, _THIS, _TURN_PREPOSITIONS, _WANTING, _WHEN,
)
from bot.reader.quotes.speakers.tokens import _de_noun, _past_medium_phrase, _piece, _possessive, _runs, _tokens, _without_seat


_MAX_WHEN = 6
"""Words of a phrase of time or place that may stand between a quotation and its `according to` (`depuis un an`)."""
_WHEN_PREPOSITIONS = frozenset("""depuis en dans pendant durant avant après à au aux desde en durante antes después hace
seit in vor nach während since in during before after""".split())
"""Prepositions that open such a phrase."""
_EN_OBJECT_PRONOUNS = {"him": "m", "her": "f"}
"""Whom a paper quotes as saying something, as a pronoun (`the Times quoted her as saying`)."""
_EN_BE = frozenset("is are was were been".split())
"""The passive's `be` (`Lopez was quoted as saying`)."""
_UNNAMED_GROUP = frozenset("""des plusieurs certains certaines quelques nombreux nombreuses unos unas varios varias algunos
algunas diversos diversas numerosos numerosas several some many various numerous einige mehrere""".split())
"""Determiners of an unnamed group after `according to` (`selon plusieurs sources`, `según varios expertos`)."""


class AfterMixin:
    """Attribution from the words right after a quotation."""

    def _statement_went_on(self, head: list[str]) -> tuple[str, str] | None:
        """`„…“, teilte das Unternehmen mit. Man habe „…“, hieß es weiter.`: German `heißt es weiter` after a
        quotation goes on with the statement the sentence before quoted, so its speaker said this too. A bare
        `heißt es` after a sentence whose subject is a body (`Das russische Außenministerium forderte …`) is that
        body's statement; otherwise it names no one and is left to the other rules."""
        words = [t.lower() for t in head[:4] if t != "."]
        if self._language != "de" or words[:2] not in (["hieß", "es"], ["heißt", "es"]):
            return None
        if not words[2:] and self._body_opens(self._quoted_at - 1):
            return ("focus", "n")
        if words[2:] not in (["weiter"], ["außerdem"], ["ferner"], ["zudem"]):
            return None
        said = self._said.get(self._quoted_at - 1)
        return ("name", said) if said else None

    def _body_opens(self, index: int) -> bool:
        """Whether German sentence `index`, in the quotation's paragraph, opens with a body as its subject: an article,
        adjectives, then a noun for a body (`Das russische Außenministerium`, `Die Polizei`)."""
        if index < 0 or self._sentences[index].paragraph != self._sentences[self._quoted_at].paragraph:
            return False
        tokens = _tokens(self._masked.get(index, ""), self._lexicon)
        if not tokens or tokens[0].lower() not in DE_DETERMINERS:
            return False
        noun = next((t for t in tokens[1:] if not t.islower()), "")
        return noun.lower().endswith(DE_BODY_ENDINGS)

    def _after(self, tokens: list[str]) -> tuple[str, str] | None:
        """`“…,” Kim said` / `“…,” said Kim` / `“…”, a-t-il déclaré` / `“…,” according to Kim`."""
        if cited := self._cited(tokens):
            return cited
        i = 0
        while i < len(tokens) and tokens[i] in ",;:–—":
            i += 1  # `«…» —afirmó el ministro—`: Spanish sets the attribution off by dashes
        if ";" in tokens[:i] and any(t.startswith(MASK) for t in tokens[i:]):
            return None  # `« … » ; le ministre a ajouté : « … »`: a new clause, for the next quotation
        if ":" in tokens[:i]:
            return None  # `afirma que no se van a ir: "…": El miércoles, Paris informó…`: what the colon announces
        head = tokens[i:]
        if went_on := self._statement_went_on(head):
            return went_on
        if self._language == "de" and head[:1] == ["wie"] and any(self._is_verb(t) for t in head[2:MAX_SUBJECT_TOKENS + 2]) \
                and (verb_last := self._verb_last(head)):
            return verb_last  # `„…“, wie er gegenüber dem Abendblatt sagte`: the clause's subject, its verb last
        if len(head) > 2 and head[0].lower() in AS_WORDS:
            head = head[1:]  # `“…”, como lo describió John Smeaton`, `as Smeaton put it`
            if head[0].lower() in _OBJECT_PRONOUNS and self._is_verb(head[1]):
                head = head[1:]
        reflexive = False
        # French `y` is a clitic (`« … », y ajoute-t-il`); Spanish `y` is `and` (`"…", y aseguraba que… "…"`: a clause
        # for the next quotation)
        while len(head) > 1 and head[0] in CLITICS and not (head[0] in CONJUNCTIONS and self._language != "fr"):
            reflexive = reflexive or head[0] in _REFLEXIVES
            head = head[1:]  # `« … », lui avait dit Christian Jacob` / `s'est réjoui le président`
        if reflexive and len(head) > 1 and head[0].isalpha() and head[0].islower() \
                and (head[1][:1].isupper() or head[1] in DEFINITES) and head[0] not in self._lexicon.auxiliaries:
            # `« … », se félicite Nadia Belkacem`, `s'inquiète le maire`: a pronominal verb right after the
            # quotation, then its subject, reports it whichever verb it is
            return self._inverted(head)
        if reflexive and self._lexicon.pro_drop and len(head) == 1 and head[0].isalpha() and head[0].islower():
            return ("pronoun", "")  # `«…», se queja.`: a pronominal verb alone, its subject dropped
        if self._language == "de" and i and len(head) > 2 and head[0].isalpha() and head[0].islower() \
                and head[0] not in self._stop_words and not self._is_verb(head[0]) \
                and (named := self._inverted(head)) and named[0] == "name" and " " in (full := self._full_name(named[1])) \
                and self._is_person(full):
            # `«…», beurteilt Regie-Altmeister Dominik Graf das Duo`: German puts the verb second, so a verb right after
            # the quotation, then a person the story names in full, reports it whichever verb it is
            return named
        if head and _INVERTED_PRONOUN.sub("", head[0].lower()) in self._lexicon.auxiliaries:
            pronoun = _INVERTED_PRONOUN.search(head[0].lower())
            if pronoun:
                return ("pronoun", self._lexicon.pronouns[pronoun.group(1)])
            head = head[1:]
            if self._language == "fr" and len(head) > 2 and head[0].lower() == "fait" and head[1].lower() in _MADE_KNOWN:
                # `« … », a fait valoir le chancelier au quotidien italien`: `faire` and an infinitive of telling
                return self._inverted(head[1:]) or self._described(head[2:])
            # `« … » a ensuite précisé Febelfin`, `a pour sa part affirmé le ministre`: an adverb or an
            # adverbial phrase between the auxiliary and the participle
            verb = next((k for k in range(1, min(len(head), _MAX_INSERT + 1)) if self._is_verb(head[k])), None)
            if verb is not None and all(w[:1].isalpha() and w[:1].islower() for w in head[:verb]):
                head = head[verb:]
            elif self._language == "fr" and len(head) > 1 and _FR_PARTICIPLE.fullmatch(head[0]) \
                    and head[0] not in self._stop_words and not self._is_verb(head[0]):
                # `« … », a rapporté sur Facebook le porte-parole du président, Berik Uali`: the auxiliary and any
                # participle right after the quotation are an inverted attribution, whether or not it is listed
                return self._inverted(_past_medium_phrase(head))
        if len(head) > 2 and head[0].lower() in AGENTS and head[1][:1].isupper() and (runs := _runs(head[1:])):
            # `Les deux premiers livres sont adressés « … » par Scipione Stella, un jeune prêtre`: a passive's agent
            name = self._name(head[1:], *runs[0])
            if name and runs[0][0] == 0:
                return ("name", name)
        if len(head) > 2 and head[0].lower() == "par" and head[1].lower() in _PLURAL_ARTICLES and not _runs(head[2:]):
            return _NOBODY  # `la reconnaissance d'une « … » par les autorités espagnoles`: a body left unnamed
        if head and head[0].lower() in _WHEN_PREPOSITIONS and _BY in head[2:_MAX_WHEN + 2] \
                and head[head.index(_BY) - 1] == "," and not any(";" == t for t in tokens[:i]) \
                and all(t.isalnum() and not t[:1].isupper() and not self._is_verb(t) for t in head[:head.index(_BY) - 1]):
            head = head[head.index(_BY):]  # `« … » depuis un an, d'après d'anciens officiers`: when, then whose words
        if head and head[0] == _BY:
            elided_plural = len(head) > 2 and head[1].lower() in ("d'", "d’") and head[2].endswith(("s", "x"))
            if len(head) > 2 and (head[1].lower() in _UNNAMED_GROUP or elided_plural):
                return _NOBODY  # `d'après d'anciens officiers`, `según varios expertos`: a group, no one named
            if self._as_said(head, 1):
                return ("focus", "")
            if len(head) > 2 and self._is_verb(head[1]) and not head[2].startswith(MASK):
                head = [_BY, *head[2:]]  # `"…", según contó la integrante de Coendu`: according to her
            found = self._inverted(head) or self._described_person(head[1:])
            return ("source", found[1]) if found and found[0] == "name" else found
        if head and head[0].lower() in _RELAYING_VERBS:
            return None  # `'…,' reported Lehigh Valley Live`: the paper passes on someone's words
        if len(head) > 2 and _GERUND.search(head[0].lower()) and head[1].lower() in _THAT and head[2].startswith(MASK):
            return None  # `« … », estimant que « … »`: the same speaker goes on to the next quotation
        if len(head) > 1 and head[0].lower().endswith(_ROMANCE_GERUNDS) and self._is_verb(head[0]) \
                and not head[1][:1].isupper():
            return None  # `« … », affirmant en outre que, selon lui, « … »`: the speaker before goes on
        if len(head) > 3 and self._is_verb(head[0]) and head[1].lower() in _DATE_WORDS and re.fullmatch(r"\d{4}", head[2]):
            head = [head[0], *head[3:]]  # `afirmó en 2011 la directora…`: when, then who
        if head and (head[0].lower() in CONTRASTS or [t.lower() for t in head[:2]] in (["alors", "que"], ["alors", "qu'"])):
            return None  # `« … », tandis que son compagnon affirmait…`: another subject, another clause
        if let := self._let_say(head):
            return let
        if wanted := self._wanted_to_say(head):
            return wanted
        if head and _READ_IN.fullmatch(head[0].lower()):
            # `« … », peut-on lire dans le communiqué du syndicat Force ouvrière`, `lit-on dans le rapport`:
            # the body the sentence names, else the one in focus
            named_here = any(t[:1].isupper() for t in head[1:])  # `peut-on lire dans Les Échos`
            body = (None if named_here else self._publisher()) or self._body_in(self._quoted_at, self._quoted_at)
            return ("name", body) if body else ("focus", "n")
        comma = head.index(",") if "," in head[1:4] else 0
        if self._language == "de" and comma and all(t.isalpha() and t.islower() for t in head[:comma]) \
                and [t.lower() for t in head[comma + 1:comma + 2]] == ["so"] and head[comma + 2:comma + 3] \
                and head[comma + 2][:1].isupper():
            # `habe die Schweiz „…“ gehabt, so Yakin`: the clause ends after the quotation, then `so` and who
            return self._inverted([_BY, *head[comma + 2:]])
        if quoted := self._quoted_owner(head) or self._quoted_as(head):
            return quoted
        if head and self._is_verb(head[0]) and self._language == "de" and not _piece(head[1:])[0]:
            return None  # `wird er als „…“ bezeichnet.`: the participle ending the clause; its subject came before
        if head and self._is_verb(head[0]):
            # `versicherte dagegen die Sparkasse`: an adverb between the verb and its subject
            described = list(itertools.dropwhile(lambda t: t.lower() in ADVERBS, head[1:]))
            # `a déclaré à cette occasion le ministre de la Santé`: when or to whom, then a post
            beyond = self._past_recipient(described)
            posted = beyond is not described and len(beyond) > 1 and self._role_head(beyond[1])
            return (self._inverted(head) or self._described(described) or posted and self._described(beyond)
                    or self._dropped(head[1:])
                    or self._represented(head[1:]) or self._in_paper(head[1:])
                    or self._described_opener(described) or _NOBODY)
        head = _without_seat(head)
        if unlisted := self._unlisted_verb(head):
            return unlisted
        if self._language == "en" and (simple_past := self._simple_past_after(head)):
            return simple_past
        for k, token in enumerate(head[:MAX_SUBJECT_TOKENS + 1]):
            if token.startswith(MASK):
                return None
            if k > 1 and head[k - 1] == "," and token.lower() in EN_PARTICIPLES and self._language == "en":
                return self._subject(head[:k - 1]) or self._opening(head[:k - 1])  # `“…,” Benioff weighed in, telling Cook`
            if self._as_said(head, k):
                return ("focus", "")
            if self._is_verb(token) and k and head[k - 1].lower() == "to" and self._language == "en":
                return None  # `He said it would be “…” to deny him the right`: an infinitive, no attribution
            if self._is_verb(token):
                if k >= 1 and head[0].lower() in RELATIVES | CONJUNCTIONS | _BUT \
                        and all(t.lower() in _OBJECT_CLITICS for t in head[1:k]):
                    # `« … » qui ajoute : « … »`, `X estime que « … » mais souligne que`, `« … », et la justifie
                    # comme`: the relative, or the verb joined to the one before (an object pronoun between),
                    # goes with whoever the sentence named before the quotation
                    return None
                if k and self._plural(token, head[k - 1]):
                    # `„…“, sie sagten` / `“…,” both said`: more than one, unless a body took a plural verb
                    return self._plural_body(self._quoted_at - 1) if head[k - 1].lower() == "they" else _NOBODY
                if k > 1 and self._language == "en" and head[k - 2].lower() in ("the", "these", "those", "many", "some") \
                        and re.fullmatch(r"[a-z]{2,}[^su]s", head[k - 1]) and not token.lower().endswith("s"):
                    return _NOBODY  # `“…,” the physicians stated`: a group, no one speaker
                if 0 < k <= 3 and head[k - 1].lower() in DOCUMENTS and head[0].lower() in DEFINITES:
                    return ("document", "")  # `“…,” the affidavit said`: who wrote it may come before
                return (self._subject(head[:k]) or self._set_off(head, k) or self._described(head[:k])
                        or self._unnamed(head[:k]) or _NOBODY)
        return self._appositive(head)

    def _quoted_owner(self, head: list[str]) -> tuple[str, str] | None:
        """`„…“, zitierte der Daily Star nun Readings Interpretation`: a quoting verb right after the quotation,
        then a paper and a person's name in the genitive before what they said or wrote: the paper passes on
        that person's words, not its own."""
        if not head or head[0].lower() not in _QUOTING:
            return None
        for k in range(2, len(head) - 1):
            owner = _strip_possessive(head[k])
            if owner == head[k] and self._language == "de" and head[k].endswith("s"):
                owner = head[k][:-1]  # `Readings Interpretation`: the German genitive
            # what they said follows, a noun (capitalised in German: `Interpretation`, `Worte`)
            noun = head[k + 1][:1].isupper() if self._language == "de" else head[k + 1][:1].islower()
            if owner != head[k] and noun and self._part_of_person(owner):
                return ("name", owner)
        return None

    def _quoted_as(self, head: list[str]) -> tuple[str, str] | None:
        """`“…,” local newspapers quote Salinas as saying`, `“…,” the Times quoted her as saying`, `“…,” Lopez
        was quoted as telling reporters`: whom a paper quotes as saying something said it, not the paper; in the
        passive, the subject before `was`."""
        if self._language != "en":
            return None
        for k, token in enumerate(head[:MAX_SUBJECT_TOKENS + 2]):
            if token.startswith(MASK) or token in ";:":
                return None
            if token.lower() not in _QUOTING:
                continue
            rest = [t.lower() for t in head[k + 1:k + MAX_SUBJECT_TOKENS + 2]]
            end = rest.index("as") if "as" in rest else -1
            if end < 0 or rest[end + 1:end + 2] == [] or rest[end + 1] not in EN_PARTICIPLES:
                return None
            quoted = head[k + 1:k + 1 + end]
            if quoted[-1:] == [","]:
                quoted = quoted[:-1]  # `quoted the mayor, Paul Gray, as saying`
            if not quoted and k and head[k - 1].lower() in _EN_BE:
                return self._subject(head[:k - 1])  # `Lopez was quoted as saying`
            if len(quoted) == 1 and quoted[0].lower() in _EN_OBJECT_PRONOUNS:
                return ("pronoun", _EN_OBJECT_PRONOUNS[quoted[0].lower()])
            return self._subject(quoted) if quoted else None
        return None

    def _body_by_article(self, chunk: list[str]) -> bool:
        """Whether a French or Spanish chunk after the verb is a definite article and one capitalised word that
        the text never writes in lower case and is no title or post (`la Drees`, `l'Insee` elided aside): a body
        called by its short name, which French and Spanish write with an article, as they never do a person's."""
        if self._language not in ("fr", "es") or len(chunk) < 2 or chunk[0].lower() not in DEFINITES:
            return False
        word = chunk[1]
        return (word[:1].isupper() and word.isalpha() and len(word) > 2 and word.lower() not in self._lower
                and word.lower() not in self._stop_words | BODY_KINDS | ORGANISATION_WORDS  # `explica la ONG`: a kind
                and not self._is_title(word) and not self._role_head(word)
                and not self._part_of_person(word) and (len(chunk) == 2 or not chunk[2][:1].isalpha()
                                                          or chunk[2].lower() in PREPOSITIONS | {"dans", "en", "sur"}))

    def _unlisted_verb(self, head: list[str]) -> tuple[str, str] | None:
        """`"…", deslizó Horner.`, `« … », ironise Dupont.`, `„…“, regt sie an.`, `„…“, schmunzelt der neue
        Landesmeister.`: after the quotation, one lower-case word that is no little word, then a person the
        article has named (or a he or she, and a German verb's particle; or an article, a role noun and at most
        an adjective) and nothing else, is a reporting verb and its subject, whether or not the verb is listed."""
        if len(head) < 2 or not head[0].isalpha() or not head[0].islower() or head[0] in self._stop_words:
            return None
        reflexive = self._language == "de" and len(head) > 2 and head[1] == "sich"
        if reflexive:
            head = [head[0], *head[2:]]  # `„…“, zeigt sich Gilgeous-Alexander selbstbewusst`: a reflexive verb
        if head[1] in self._lexicon.pronouns and (len(head) == 2 or len(head) == 3 and head[2].isalpha()
                                                 and head[2].islower() and len(head[2]) <= 5):
            return ("pronoun", self._lexicon.pronouns[head[1]])  # `„…“, regt sie an.`: a separable verb's particle
        if 3 <= len(head) <= 4 and head[1].lower() in DEFINITES and self._role_head(head[-1]) \
                and all(t.isalpha() and t.islower() for t in head[2:-1]):
            return self._inverted(head) or self._described(head[1:])  # `„…“, schmunzelt der neue Landesmeister.`
        if head[1].lower() in DEFINITES and (body := self._body_phrase(head[1:])) and head[2:3] == body[1].split()[:1]:
            rest = head[2 + len(body[1].split()):]
            if not rest or rest[0].lower() in PREPOSITIONS | {"dans", "en", "sur"}:
                return body  # `« … », rapporte le ministère russe de la Défense dans un communiqué`
        runs = _runs(head[1:])
        if self._language != "en" and runs[:1] and runs[0][0] == 0 and runs[0][1] < len(head) - 1 \
                and (name := self._name(head[1:], *runs[0])) and self._full_name(name) in self._first_seen \
                and (reflexive or self._first_seen[self._full_name(name)] < self._quoted_at) \
                and self._is_person(self._full_name(name)):
            # `„…“, stellt Nora Back nach ihrer Rede klar`, `„…“, stützt Patrick Dury die These von Nora Back`: an
            # inverted verb, then a person named before, whatever follows them; after a reflexive verb the person
            # may be new (`zeigte sich Vorstandschef Thomas Brink überzeugt`: `sich` leaves no room for an object)
            return ("name", name)
        if runs != [(0, len(head) - 1)]:
            return None
        name = self._name(head[1:], 0, len(head) - 1)
        return ("name", name) if name and self._is_person(self._full_name(name)) else None

    def _simple_past_after(self, head: list[str]) -> tuple[str, str] | None:
        """`“…,” Trump simpered in a morning tweet`: right after an English quotation, a person named before it and a
        verb in the simple past (`-ed`) report it, whether or not the verb is listed; so does any verb with `back`, a
        reply (`“…,” Haley shot back`, `fired back`)."""
        runs = _runs(head)
        if not runs or runs[0][0] != 0 or runs[0][1] >= len(head):
            return None
        verb = head[runs[0][1]]
        name = self._name(head, *runs[0])
        person = self._full_name(name) if name else None
        known = person is not None and self._is_person(person) \
            and self._first_seen.get(person, self._single_seen.get(person, len(self._sentences))) < self._quoted_at
        replied = head[runs[0][1] + 1:runs[0][1] + 2] == ["back"]
        return ("name", name) if known and verb.isalpha() and verb.islower() and (verb.endswith("ed") or replied) \
            and verb not in self._stop_words else None

    def _closing_clause(self, tokens: list[str]) -> tuple[str, str] | None:
        """`“…” while they were in power, Azzouz said.`, `“…” are all thought to contribute, according to
        the Department of Conservation.`: the quotation goes on as part of a clause, and the sentence's
        last clause, after a comma, says who said it. Only a name counts (or a source named after
        `according to`): a pronoun or a description there may stand for someone the clause before brings in."""
        if MASK in " ".join(tokens) or "," not in tokens[1:]:
            return None
        last = len(tokens) - 1 - tokens[::-1].index(",")
        tail = tokens[last + 1:]
        if not 1 < len(tail) <= MAX_SUBJECT_TOKENS or tokens[0] in ",;:":
            return None
        found = self._after([",", *tail])
        if found and found[0] == "pronoun" and found[1] in ("m", "f") \
                and not any(self._part_of_person(t) for t in tokens[:last] if t[:1].isupper()):
            return found  # `“…” mutually shared by Ukraine and the U.S., he warned.`: the clause brings in no one else
        return found if found and found[0] in ("name", "source") else None

    def _wanted_to_say(self, head: list[str]) -> tuple[str, str] | None:
        """`« … », ha querido dejar claro Juan Espadas`, `a tenu à préciser le maire`, `quiso subrayar X`: a
        verb of wanting, an infinitive (and its `claro`), then the speaker after them."""
        if len(head) < 3 or head[0].lower() not in _WANTING:
            return None
        k = 2 if head[1].lower() in ("à", "a", "de") else 1
        if k >= len(head) or not _INFINITIVE.search(head[k]) or not head[k].islower():
            return None
        k += 1
        if k < len(head) and head[k].lower() in _INFINITIVE_COMPLEMENTS:
            k += 1  # `dejar claro`
        rest = head[k:]
        if not rest or not (rest[0][:1].isupper() or rest[0].lower() in DEFINITES):
            return None
        return self._inverted([head[0], *rest]) or self._described(rest)

    def _let_say(self, head: list[str]) -> tuple[str, str] | None:
        """`„…“, ließ der Minister seinen Sohn wissen`, `ließ Landrat X mitteilen`: German `lassen` with
        an infinitive of telling reports the quotation; its subject runs up to the addressee or the
        infinitive."""
        if self._language != "de" or not head or head[0].lower() not in _DE_LET:
            return None
        clause = _piece(head[1:])[0]
        end = next((k for k, t in enumerate(clause) if t.lower() in _DE_LET_SAY), None)
        if end is None:
            return None
        subject = clause[:next((k for k, t in enumerate(clause[:end]) if k and t.lower() in _DE_OBJECTS), end)]
        return (self._inverted([head[0], *subject]) or self._described(subject)) if subject else None

    def _cited(self, tokens: list[str]) -> tuple[str, str] | None:
        """`„…“ (Wikipedia).`, `"…" (Jane Doe)`: a source in parentheses right after the quotation, as an
        essay cites it; only capitalised words in them, so a year or `(pictured)` names no one."""
        if tokens[:1] != ["("] or ")" not in tokens[2:MAX_NAME_TOKENS + 2]:
            return None
        inside = tokens[1:tokens.index(")")]
        if not all(t[:1].isupper() and t.isalpha() for t in inside) or any(t.lower() in self._stop_words for t in inside):
            return None
        return ("name", " ".join(inside))

    def _as_said(self, tokens: list[str], k: int) -> bool:
        """Whether `tokens[k]` is a reporting verb with no subject right after `according to`, in a language
        that drops its pronouns: `«…», ya que, según alegó, la suscripción…` is as the one in focus said,
person or body (`El periódico Daily Mail informó…`)."""
        return (self._lexicon.pro_drop and 0 < k < len(tokens) and tokens[k - 1] == _BY and self._is_verb(tokens[k])
                and tokens[k + 1:k + 2] in ([], [","], [";"]))

    def _publisher(self) -> str | None:
        """`Mediapart publie un article sur ce député. … est « … », peut-on lire.`, `pour que Mediapart révèle ces
        « raisons » : « … », peut-on lire`: where the words are read is the paper the paragraph says published or
        revealed them, in the quotation's sentence or the one or two before it."""
        paragraph = self._sentences[self._quoted_at].paragraph
        for k in range(self._quoted_at, max(-1, self._quoted_at - 3), -1):
            if self._sentences[k].paragraph != paragraph:
                return None
            tokens = _tokens(self._masked.get(k, ""), self._lexicon)
            named = [" ".join(tokens[start:end]) for start, end in _runs(tokens)
                     if end < len(tokens) and tokens[end].lower() in _PUBLISHING_VERBS]
            if named:
                return named[-1]
        return None

    def _in_paper(self, tokens: list[str]) -> tuple[str, str] | None:
        """`„…“, heißt es in dem Abschlussdokument der Synode`: the body whose paper the words are in,
        named after it; a paper named alone (`heißt es in einer Mitteilung`) speaks for the body in focus."""
        words = _piece(tokens)[0][:MAX_SUBJECT_TOKENS]
        at = next((k for k, t in enumerate(words) if self._statement(t)), None)
        if at is None:
            return None
        owner = self._complement_name(words, at + 1)
        return ("name", owner) if owner else ("focus", "n")

    def _statement(self, token: str) -> bool:
        """A paper a body speaks through (`Urteil`, `informe`), or a German compound of one (`Abschlussdokument`)."""
        lowered = token.lower()
        return lowered in STATEMENTS or self._language == "de" and token[:1].isupper() and lowered.endswith(
            tuple(s for s in STATEMENTS if len(s) > 5))

    def _appositive(self, head: list[str]) -> tuple[str, str] | None:
        """`“…,” Dr. Luz Arroyo, a member of the group and signatory to the letter, told NBC News`:
        a description set off by commas, too long for a subject, between the speaker and the verb
        (whose object, NBC News, is who heard it)."""
        if "," not in head[1:MAX_NAME_TOKENS + 1]:
            return None
        first = head.index(",", 1)
        # `Dylan Nelson, a fellow at the Max Planck Institute in Munich, Germany, and co-author of the study, said`:
        # the comma the verb follows, past the commas inside the description
        second = next((k for k in range(first + 1, min(len(head) - 1, first + MAX_APPOSITION))
                       if head[k] == "," and self._is_verb(head[k + 1])),
                      next((k for k in range(first + 1, min(len(head), first + MAX_APPOSITION)) if head[k] == ","), None))
        if second is None or second + 1 >= len(head) or not self._is_verb(head[second + 1]):
            # `Chad Hawk, vice president of PMG, a paper money grading company in Florida told Fox`: the comma
            # that should close the description left out, the verb still ends it
            second = next((k - 1 for k in range(first + 1, min(len(head), first + MAX_APPOSITION))
                           if self._is_verb(head[k]) and head[k - 1][:1].isupper()), None)
            if second is None or any(t.lower() in RELATIVES for t in head[first:second]):
                return None
        if any(token.startswith(MASK) for token in head[:second]):
            return None
        return self._subject(head[:first])

    def _set_off(self, head: list[str], verb: int) -> tuple[str, str] | None:
        """`« … », au vu des chiffres, commente Lee Min-ho`: a phrase set off by commas names no
        one, so the speaker comes right after the verb."""
        if not verb or head[verb - 1] != ",":
            return None
        found = self._inverted(head[verb:])
        return found if found and found[0] in ("name", "pronoun") else None

    def _later(self, tokens: list[str]) -> tuple[str, str] | None:
        """The attribution of a later quotation in the same sentence, which speaks for the whole
        sentence: `« … », la question est de savoir « … » affirme-t-il`."""
        for k, token in enumerate(tokens):
            if token.startswith(MASK):
                found = self._after(tokens[k + 1:])
                if found:
                    return found
        return None

    def _inverted(self, tokens: list[str]) -> tuple[str, str] | None:
        """The speaker right after the verb: `said Sung Kim, the US envoy` / `sagte er`."""
        pronoun = _INVERTED_PRONOUN.search(tokens[0].lower())
        if pronoun:
            return ("pronoun", self._lexicon.pronouns[pronoun.group(1)])
        if self._language == "de" and tokens[1:2] == ["sich"] and len(tokens) > 2:
            tokens = [tokens[0], *tokens[2:]]  # `freut sich Vereinschef Ralf Horn`: the reflexive, then who
        if len(tokens) > 6 and tokens[1] == "," and tokens[5] == "," and tokens[2].lower() in _TURN_PREPOSITIONS \
                and tokens[3].lower() in POSSESSIVES:
            tokens = [tokens[0], *tokens[6:]]  # `lamenta, por su parte, Iris Avellaneda`: whose turn, set off, then who
        if tokens[1:2] and tokens[1].startswith(TERM) and tokens[2:3] in ([], [","], ["."]):
            # `« … », s'est interrogé « l'avocat des causes difficiles »`: a nickname in quotation marks, set off as the
            # whole subject, describes the person in focus
            return ("focus", "")
        chunk, rest = _piece(tokens[1:])
        if rest[:1] == ["("] and rest[2:3] == [")"] and rest[1].isupper():
            rest = rest[3:]  # `sagte der Vorstand der Bundesagentur für Arbeit (BA), Daniel Terzenbach`: the body's short form
        if chunk and self._plural(tokens[0], chunk[0]):
            return _NOBODY  # `sagten sie`, `dijeron ambos`
        if len(chunk) > 1 and chunk[0].lower() == "al" and _INFINITIVE_ES.fullmatch(chunk[1].lower()):
            return None  # `dijo al ser consultado sobre … Ricardo Yáñez`: when he said it, no subject; whom it names is not him
        if self._lexicon.pro_drop and len(chunk) > 2 and chunk[0].lower() in LOCATIVES:
            at = next((k for k in range(1, len(chunk)) if chunk[k].lower() in RECIPIENTS.get(self._language, ())), None)
            if at is not None and self._past_recipient(chunk[at:]) == chunk[at:]:
                # `se preguntaba en unas declaraciones a la emisora France Info`: where and to whom, the subject dropped
                return ("pronoun", "")
        if self._lexicon.pro_drop and chunk and chunk[0].lower() in RECIPIENTS.get(self._language, ()) \
                and self._past_recipient(chunk) == chunk:
            told = chunk[2:] if chunk[1:2] and chunk[1].lower() in ARTICLES else chunk[1:]
            if told and told[0][:1].isupper() and all(t[:1].isupper() or t.lower() in PARTICLES for t in told):
                return ("pronoun", "")  # `explicó a La Estrella de Panamá`: whom she told, her name dropped
        while len(chunk) > 1 and (chunk[0] in ADVERBS or chunk[0].lower() in _WHEN
                                  or chunk[0].lower() in _THIS and chunk[1].lower() in _WHEN):
            chunk = chunk[1:]  # `répondit alors son complice`, `a déclaré lundi soir le ministre`, `dijo este lunes`
        if len(chunk) > 3 and chunk[0].lower() in _TURN_PREPOSITIONS and chunk[1].lower() in POSSESSIVES:
            chunk = chunk[3:]  # `a estimé pour sa part le maire`, `dijo por su parte el ministro`: whose turn, then who
        chunk = self._past_recipient(chunk)
        if self._language == "de" and len(chunk) > 4 and chunk[1] == "und" and chunk[0][:1].isupper() \
                and not any(chunk[0] in person.split() for person in self._first_seen if " " in person) \
                and all(t[:1].isupper() for t in chunk[2:5]):
            chunk = chunk[2:]  # `erklärt Endokrinologe und Ernährungsmediziner Andreas Pfeiffer`: two posts, one person
        if chunk and _ELIDED_NAME.match(chunk[0]) and chunk[0][2:3].isupper():
            chunk = [chunk[0][2:], *chunk[1:]]  # `d'après l'AFP`: the agency
        if chunk and chunk[0].lower() in self._lexicon.pronouns:
            return ("pronoun", self._lexicon.pronouns[chunk[0].lower()])
        if chunk and chunk[0].lower() in self._lexicon.latter:
            return ("latter", self._lexicon.latter[chunk[0].lower()])  # `fragte dieser`
        if tokens[0] == _BY and 2 <= len(chunk) <= 4 and chunk[0].lower() in _THIS and chunk[1].lower() in MEDIA_KINDS \
                and all(t.isalpha() and t.islower() for t in chunk[2:]) and (body := self._latest_body(self._quoted_at)):
            # `De acuerdo con el diario digital Havana Times, … Según esta revista digital, "…"`: the paper named
            return ("name", body)
        if tokens[0] == _BY and len(chunk) > 1 and chunk[0].lower() in OWNERS and self._named_in(chunk) is None:
            # `Seiner Berechnung zufolge`, `según sus cálculos`; `according to his jockey Liam Treadwell` names him
            return ("owner", OWNERS[chunk[0].lower()])
        if particled := self._particled_surname(chunk):
            return ("name", particled)  # `sagte von der Leyen`, after `Ursula von der Leyen`
        if len(chunk) == 1 and chunk[0][:1].isupper() and self._part_of_person(chunk[0].rstrip(".")):
            return ("name", chunk[0].rstrip("."))  # `says Doctor.`: the surname of Ken Doctor, not the title
        if kin := self._kin_named(chunk, rest):
            return kin
        if self._demonym(chunk) is not None or _post_initials(chunk):
            # `a lâché la Savoyarde dans l'aire d'arrivée`: the woman in focus; `so der CEO`: whoever holds the post
            return self._described(chunk)
        # `advirtió la calificadora Moody's`: an article right after the verb opens its subject (after `dijo en la
        # estación Tláhuac`, `dijo a la red Erbol` the words left are where and to whom)
        subject_first = bool(chunk) and tokens[1:2] == chunk[:1] and chunk[0].lower() in ARTICLES \
            and chunk[0].lower() not in RECIPIENTS.get(self._language, ())
        found = (self._institution_named(_piece(chunk)[0]) or self._named_in(chunk) or self._medium_named(chunk)
                 or (self._kind_named(chunk) if subject_first else None))
        if found and self._kind_noun(chunk, found[1]):
            found = None  # `teilte das Unternehmen mit`: the body in focus, not one named `Unternehmen`
        if found and self._named_place(chunk, found[1]) and not subject_first:
            found = None  # `dijo en la estación Tláhuac`: where, not who
        role_first = chunk[:1] and chunk[0].lower() in ARTICLES.keys() | INDEFINITES | _OTHER | DE_DETERMINERS | POSSESSIVES
        # `sagte der Vorstand Regionen der Bundesagentur, Daniel Terzenbach`: a capitalised word of the post that
        # names no one the article knows as a person gives way to a full name set off alone after it
        lone_word = found is not None and found[0] == "name" and " " not in found[1] and not self._part_of_person(found[1])
        set_off = _piece(rest[1:])[0] if rest[:1] == [","] and role_first else []
        if lone_word and (named := self._named_in(set_off)) and " " in named[1] and named[1].split() == set_off:
            found = named
        if rest[:1] == [","] and role_first and (found is None or self._complement(chunk, found[1])):
            # `explicó la portavoz, Ana Ruiz` / `indicó su director, Samuel Reyes` / `said a spokesman for Acme, John
            # Doe` / `sagte die Erste Bevollmächtigte der IG Metall Schweinfurt, Petra Kleinschmidt`: the person
            # named in the apposition, before the organisation the role mentions. A phrase after the comma
            # (`a révélé son avocate, à la demande de sa veuve Sandrine Diouf`) is no apposition: it names
            # someone else.
            apposition = _piece(rest[1:])[0]
            opens_phrase = apposition[:1] and apposition[0].lower() in PREPOSITIONS | OPENERS
            named = None if opens_phrase else self._named_in(apposition)
            found = named if found is None or named and " " in named[1] else found
        if found and found[0] == "name" and chunk[0].lower() in INDEFINITES and _named_past_relation(chunk, found[1]) \
                and (self._is_person(found[1]) or _after_elided_first_name(chunk, found[1])):
            # `selon un proche d'Edouard Philippe`, `a ajouté un ténor de la droite sur l'influence … de X`: someone
            # unnamed, whom a phrase ties to a person; that person is not who speaks
            return _NOBODY
        found = found or self._body_phrase(chunk)
        reported = chunk[1:2] and chunk[1].lower() in STATEMENTS  # `según el informe de la ONU`
        if found is None and chunk[:1] and (chunk[0].lower() in INDEFINITES or reported):
            found = self._represented(chunk)  # `according to a spokesman for Acme`
            found = None if found == _NOBODY else found
        if found is None and chunk:
            # `said NASA`, `a précisé Febelfin`: a body right after the verb, not one further on
            # (`a répondu la porte-parole… à une question de la RTBF`).
            lead = chunk[1:] if chunk[0].lower() in ARTICLES else chunk
            runs = _runs(lead)
            # `sagte der Kulturpolitiker der Nachrichtenagentur APA`: a person described, then whom it was
            # said to; no body's name
            someone = self._language == "de" and lead is not chunk and lead and _de_noun(lead[0]) \
                and lead[0].lower().endswith(DE_PERSON_ENDINGS)
            if runs and runs[0][0] == 0 and not someone:
                skipped = len(chunk) - len(lead)  # the article stays in view: `the New Zealand Department`
                name = self._name(chunk, skipped, skipped + _of_complement(lead, runs[0][1]), organisations=True)
                found = ("name", name) if name and not self._kind_noun(chunk, name) else None
            if found is None and runs[:1] == [(0, 1)] and self._body_by_article(chunk):
                found = ("name", lead[0])  # `selon la Drees, le service statistique…`, `note aussi la Drees`
        if found is None:
            described = self._described(chunk)  # `Pour l'organisation, …`, `selon le ministre`
            if described and described[0] == "titled" and self._recurring_role(described[1].split(" ", 1)[1]):
                return described  # `sagt der Doktor`: the role the story calls him by
            found = described if described and described[0] in ("name", "pronoun") or described == ("focus", "n") else None
        return found

    def _kin_named(self, chunk: list[str], after: list[str]) -> tuple[str, str] | None:
        """`said Reid's wife Landra`, `said Reid's son, Rory Reid`: the relative named after the kin noun
        speaks, not the one whose relative they are; a first name alone takes the family's surname (the
        surname of the full name the article gave the owner: `Laura's uncle Peter` is Peter Stevens)."""
        if len(chunk) < 2 or not _possessive(chunk[0]) or chunk[1].lower() not in _KIN:
            return None
        rest = chunk[2:] if len(chunk) > 2 else after[1:] if after[:1] == [","] else []
        runs = _runs(rest)
        if not runs or runs[0][0] != 0:
            return None
        name = rest[:runs[0][1]]
        if len(name) > 1:
            return ("name", " ".join(name))
        family = self._full_name(_strip_possessive(chunk[0])).split()  # `Laura's uncle Peter`: Laura Stevens's
        return ("name", f"{name[0]} {family[-1]}")

    def _medium_named(self, chunk: list[str]) -> tuple[str, str] | None:
        """`según la revista Semana`, `selon le quotidien Libération`, `dijo la emisora estatal Radio Rebelde`:
        a word for a paper or a broadcaster, at most two adjectives, then the capitalised name it is known
        by, which may be one word (a person's name needs two)."""
        at = next((k for k, t in enumerate(chunk[:3]) if t.lower() in MEDIA_KINDS and t[:1].islower()), None)
        if at is None:
            return None
        end = at + 1
        while end < min(at + 3, len(chunk)) and chunk[end][:1].islower() and chunk[end].isalpha() \
                and chunk[end] not in self._stop_words and not self._is_verb(chunk[end]):
            end += 1  # `la estación de radio gubernamental`: adjectives after the noun
        runs = [run for run in _runs(chunk) if run[0] == end]
        return ("name", " ".join(chunk[end:runs[0][1]])) if runs else None

    def _kind_named(self, chunk: list[str]) -> tuple[str, str] | None:
        """`advirtió la calificadora Moody's.`, `a précisé le constructeur Renault`: the subject after a French or
        Spanish verb is an article, one common noun for what the speaker is, and a single capitalised word that
        ends it: that word is the name (a firm's, or a surname), not a description of whoever is in focus."""
        if self._language not in ("fr", "es") or len(chunk) != 3:
            return None
        kind, name = chunk[1], chunk[2]
        if not (kind.isalpha() and kind.islower() and kind not in self._stop_words and not self._is_verb(kind)):
            return None
        return ("name", name) if name[:1].isupper() and not name.isupper() and name not in self._stop_words else None

    def _described_opener(self, described: list[str]) -> tuple[str, str] | None:
        """`Gabi Eutemüller zeigt auf die Früchte, „…“, freut sich die Prokuristin des Importeurs`: a description
        after the verb that fits no one introduced so is the person the sentence opened with, the quotation set
        into what they do; a sentence opened by anyone else, or by no one, leaves it unnamed."""
        described = described[1:] if described[:1] == ["sich"] else described  # `freut sich die Prokuristin`
        if not described or described[0].lower() not in _DESCRIBING_ARTICLES or not described[1:2] \
                or not described[1][:1].isalpha() or self._named_in(described) is not None:
            return None
        opened = self._opening(self._before_quote(self._quoted_at))
        if opened and opened[0] == "name" and self._is_person(self._full_name(opened[1], self._quoted_at)):
            return opened
        return None

    def _past_recipient(self, chunk: list[str]) -> list[str]:
        """The words after the verb from where its subject starts, past whom the words were said to:
        `a confié au Parisien le secrétaire général`, `a indiqué à la radio France Inter le ministre`,
        `dijo a Efe el presidente`: at the first article after the recipient; `a déclaré à l'AFP Laurent
        Berger`: after a recipient named by one word. German names whom after the subject (`erklärte die
        Senatorin gegenüber Radio Bremen`): the words up to it. Anything else is left as it is."""
        if self._language == "de" and "gegenüber" in chunk[1:]:
            return chunk[:chunk.index("gegenüber", 1)]
        if not chunk or chunk[0].lower() not in RECIPIENTS.get(self._language, ()):
            return chunk
        start = 2 if chunk[1:2] and chunk[1].lower() in ARTICLES else 1
        article = next((k for k in range(start + 1, len(chunk)) if chunk[k] in ARTICLES
                        and chunk[k] not in self._lexicon.auxiliaries | RECIPIENTS[self._language]), None)
        if article is not None:
            return chunk[article:]
        named = chunk[start + 1:start + 2]
        if chunk[start:start + 1] and chunk[start][:1].isupper() and named and named[0][:1].isupper():
            return chunk[start + 1:]
        return chunk


_MADE_KNOWN = frozenset("valoir savoir remarquer observer".split())
_DESCRIBING_ARTICLES = frozenset("der die le la el".split())
"""Definite articles opening a description of one person after an inverted verb (`sagt die Kauffrau`)."""
"""French infinitives of telling after `faire` (`a fait valoir`, `a fait savoir`): together a reporting verb."""
_RELATION_WORDS = PREPOSITIONS | frozenset("sur sobre on about à a".split())
"""Words after which a person named in a description is whom it is about or tied to, not the one described."""


def _named_past_relation(chunk: list[str], name: str) -> bool:
    """Whether `name` comes in `chunk` after a preposition (`un proche d'Edouard Philippe`, `un ténor de la droite
    sur l'influence … de Jean-Paul Delevoye`, `a friend of John Smith`), not right after the article and its
    words (`an emotional John Smith`)."""
    first = name.split()[0]
    at = next((k for k, t in enumerate(chunk) if t == first or _ELIDED_NAME.sub("", t) == first), None)
    if at is None:
        return False
    return chunk[at] != first or any(t.lower() in _RELATION_WORDS or t[:2].lower() in ("d'", "d’") for t in chunk[1:at + 1])


def _after_elided_first_name(chunk: list[str], name: str) -> bool:
    """`d'Edouard Philippe`: a surname after a first name the elided `de` is glued to, a person's name."""
    at = chunk.index(name) if name in chunk else 0
    return at > 0 and chunk[at - 1][:2].lower() in ("d'", "d’") and chunk[at - 1][2:3].isupper()


_INFINITIVE_ES = re.compile(r"[a-zñáéíóú]{1,}(?:ar|er|ir)(?:lo|la|le|se)?")
"""A Spanish infinitive (`ser`, `consultar`, `preguntarle`): `al` before one opens a clause of time."""


_PUBLISHING_VERBS = frozenset("""publie publiait révèle révélait dévoile écrit écrivait rapporte relate assure
assurait""".split())
"""French verbs saying a paper published what `peut-on lire` then quotes from it (`Mediapart révèle`)."""


def _post_initials(chunk: list[str]) -> bool:
    """Whether the subject after a verb is an article and a post written as its initials, no name after it (`so der
    CEO`, `said the CFO`, `a ajouté le PDG`; not `the CEO Tim Cook`): whoever holds the post, no name in capitals."""
    return len(chunk) >= 2 and chunk[0].lower() in DEFINITES and chunk[1].isupper() and chunk[1].lower() in POST_INITIALS \
        and not (chunk[2:3] and chunk[2][:1].isupper())
