"""Attributions written before the quotation: `Kim said: “…”`, `According to Kim, “…”`, a passive's agent
(`was described by X as “…”`), a colon after a named subject, `pour X`, an interview's label, a relative
clause (`X, who said`), and a sentence that quotes with no reporting verb."""

from __future__ import annotations

import re

from bot.reader.quotes.lexicon import (
    ADVERBS, AGENTS, ARTICLE_PARTICLES, ARTICLES, AS_WORDS, BODY_KINDS, CLAUSE_OPENERS, CLITICS, CONJUNCTIONS,
    DE_DETERMINERS, DE_RELATIVE_PREPOSITIONS, DE_RELATIVES, DEFINITES, HEAD_FINAL, IMPERSONAL, INDEFINITES, NEUTER,
    OPENERS, ORGANISATION_WORDS, OWNERS, PARTICIPLE_ENDINGS, PARTICLES, POSSESSIVES, PREPOSITIONS, RECIPIENTS, RELATIVES, SAYINGS,
    STATEMENTS, SUBJECT_PRONOUNS, SUBORDINATORS, VOICES, WRITINGS,
)
from bot.reader.quotes.speakers.naming import _after_openers, _strip_possessive
from bot.reader.quotes.speakers.patterns import (
    _ADDRESSEES, _ADVERB_ENDINGS, _BY, _DE_FINITE, _ELIDED_NAME, _FR_COMPLEMENTS, _LATTER_PHRASES, MASK,
    MAX_APPOSITIONS, MAX_ROLE_WORDS, _NOBLE_TITLES, _NOBODY, _OBJECT_CLITICS, _OBJECT_RELATIVES, _OF, _PARTICIPLE,
    _PASSIVE, _POINTING_BACK, _POSSESSIVE_RELATIVES, PRONOUN_LOOKBACK, _RECORDS, _ROLE_ARTICLES, _ROLE_ENDING, _SINGLING_OUT, _THAT,
    _VIEW_OF, _VIEW_OF_CLAUSE, _WRITING_OWNER,
)
from bot.reader.quotes.speakers.tokens import (
    _dated, _ends_clause, _last_clause, _owner, _piece, _plural_people, _possessive, _runs, _tokens,
)


class BeforeMixin:
    """Attribution from the words right before a quotation."""

    def _view_of(self, before: str) -> tuple[str, str] | None:
        """`Pour la syndicaliste, il n'existe qu'une voie pour « … »`, `Estos mensajes, para Hurtado, son
        “…”`: `pour`/`para` and a person set off by commas give whose view the sentence, and its quotation,
        is: a person the article named, or a description of one (`la syndicaliste`, `el instructor`) for the
        person in focus; not a thing or a place (`pour la France,`)."""
        views = list(_VIEW_OF.finditer(before))
        if not views and (clause := _VIEW_OF_CLAUSE.search(before)):
            held = clause.group(1)
            if held.lower() in self._lexicon.pronouns:
                return ("pronoun", self._lexicon.pronouns[held.lower()])
            words = _tokens(held, self._lexicon)
            held = self._name(words, 0, len(words)) or held  # `für Schulleiter Salcher`: the post, then the name
            return ("name", held) if self._is_person(self._full_name(held)) else None
        if not views:
            return None
        tokens = _tokens(views[-1].group(1), self._lexicon)
        if len(tokens) == 1 and tokens[0].lower() in self._lexicon.pronouns:
            return ("pronoun", self._lexicon.pronouns[tokens[0].lower()])  # `pour elle,`
        if _runs(tokens) == [(0, len(tokens))]:
            name = self._name(tokens, 0, len(tokens))
            return ("name", name) if name and self._is_person(self._full_name(name)) else None
        if len(tokens) == 2 and tokens[0].lower() in DEFINITES and tokens[1].islower() \
                and (self._role_head(tokens[1]) or _ROLE_ENDING.search(tokens[1].lower())):
            return self._described(tokens)
        return None

    def _fronted_participle(self, before: list[str], after: list[str]) -> tuple[str, str] | None:
        """`Declaring “the maritime soul of the Corps” is at stake, Defense Secretary Robert Gates has ordered a
        review`: a sentence opening with a reporting verb's participle, the quotation in its clause; the
        main clause after the comma has the subject who said it."""
        words = [t.lower() for t in _after_openers(before) if t.lower() not in _THAT]
        if len(words) != 1 or "," not in after or not (
                self._is_verb(words[0]) and words[0].endswith(PARTICIPLE_ENDINGS)
                or words[0].endswith("ing") and any(self._is_verb(words[0][:-3] + end) for end in ("ed", "d", "s"))):
            return None  # `declaring` for `declared`, `saying` for `says`
        found = self._opening(after[after.index(",") + 1:])
        return found if found and found[0] == "name" else None

    def _line_label(self, before: list[str]) -> tuple[str, str] | None:
        """`The Economist: “A short history…”`, `Donald J. Trump: „…“`: a line opening with a name of two to four
        capitalised words and a colon, then the quotation (an embedded post, a transcript's turn), is that
        name's words, whether or not the story names them elsewhere; an English `The` opening it in another
        language's text is part of the name, no article of that language."""
        if before[-1:] != [":"] or not 2 <= len(before) - 1 <= 4:
            return None
        words = before[:-1]
        if not all(w[:1].isupper() or w.lower() in PARTICLES for w in words) or not words[-1][:1].isupper() \
                or words[0].lower() in self._stop_words:
            return None
        # `Sportdirektor Bruno Hübner:`: the name past a post before it; a name no rule reads as one stays as written
        return ("name", self._name(words, 0, len(words)) or " ".join(words))

    def _agent_before_colon(self, before: list[str]) -> tuple[str, str] | None:
        """`…, vivement critiquée par la fraction l'Étincelle, est justifiée ainsi par Georges Kaldy : « … »`,
        `The plan was defended by Mayor Jane Doe: “…”`: a passive's agent named right before the colon
        introduces the words, whoever else the sentence names before. Only a passive verb's agent (`est`,
        `was` before the participle) says them: `the letter published by the union:` names who wrote the letter."""
        if before[-1:] != [":"]:
            return None
        at = max((k for k, t in enumerate(before[:-1]) if t.lower() in AGENTS), default=None)
        if at is None:
            return None
        # a participle is written lower case: `sieht es Geoff Yu vom Vermögensverwalter BNY:` holds none
        window = [w if w.islower() else w.upper() for w in before[max(0, at - 4):at]]
        if not any(_PASSIVE.fullmatch(a.lower()) and any(_PARTICIPLE.search(w) for w in window[k + 1:])
                   for k, a in enumerate(window)):
            return None  # `replicó a la carta publicada por la GPDA:`: a participle describing a noun; its agent wrote that
        return self._whole_name(before[at + 1:-1])

    def _voice(self, before: list[str]) -> tuple[str, str] | None:
        """`Les restaurateurs français, par la voix d'André Daguin, président de l'Umih, expriment leur
        satisfaction : « … »`: the person a group speaks through, named in the quotation's clause (past
        `son président,`), said its words; not the group, nor someone else the sentence names."""
        lowered = [t.lower() for t in before]
        at = next((k + len(v) for k in range(len(before) - 1, -1, -1) for v in VOICES
                   if tuple(lowered[k:k + len(v)]) == v), None)
        if at is None or at >= len(before):
            return None
        rest = before[at:]
        if rest[0].lower() in _OF:
            rest = rest[1:]
        elif _ELIDED_NAME.match(rest[0]):
            rest = [_ELIDED_NAME.sub("", rest[0]), *rest[1:]]  # `d'André Daguin`
        if "," in rest[:4] and rest[0].lower() not in ARTICLES and rest[0][:1].islower():
            rest = rest[rest.index(",") + 1:]  # `de son président, Bernard Antony`: the post, then its holder
        end = next((k for k, t in enumerate(rest) if not t[:1].isupper()), len(rest))
        name = self._name(rest, 0, end) if end else None
        return ("name", name) if name else None

    def _whole_name(self, chunk: list[str]) -> tuple[str, str] | None:
        """The speaker when the words, past an article or determiner, are one name and nothing else
        (a person's, or else a body's): the agent of a passive, or the subject after its verb."""
        while chunk and (chunk[0].lower() in ARTICLES or chunk[0].lower() in DE_DETERMINERS):
            chunk = chunk[1:]
        runs = _runs(chunk)
        if not runs or runs[0] != (0, len(chunk)):
            return None
        name = self._name(chunk, 0, len(chunk)) or self._name(chunk, 0, len(chunk), organisations=True)
        return ("name", name) if name else None

    def _possessor(self, before: list[str]) -> tuple[str, str] | None:
        """The person whose words a quotation right after a noun for them gives, named only as their owner:
        `Wilsons Worte „…“`, `Wilson's words “…”`, `la misión de Woodrow Wilson de "…"`, `les mots de Jean
        Moulin : « … »`."""
        tail = before[-6:]
        if tail[-1:] and tail[-1] in (":", "de", "of", "d'", "d’"):
            tail = tail[:-1]
        if len(tail) >= 2 and tail[-1].lower() in SAYINGS and tail[-2][:1].isupper():
            owner = _strip_possessive(tail[-2])
            if owner == tail[-2] and self._language == "de" and owner.endswith("s"):
                owner = owner[:-1]  # `Wilsons Worte`: the German genitive
            if owner != tail[-2] and self._part_of_person(owner):
                return ("name", owner)
            return None
        at = next((k for k in range(len(tail) - 2, -1, -1) if tail[k].lower() in SAYINGS), None)
        if at is None or at + 1 >= len(tail) or tail[at + 1].lower() not in _OF:
            return None
        rest = tail[at + 2:]
        while rest and rest[0].lower() in ARTICLES:
            rest = rest[1:]
        runs = _runs(rest)
        if not runs or runs[0] != (0, len(rest)):
            return None
        name = self._name(rest, 0, len(rest))
        return ("name", name) if name and self._is_person(self._full_name(name)) else None

    def _relayed(self, before: list[str]) -> tuple[str, str] | None:
        """The speaker of a quotation attributed after it that a reporting verb with its subject also
        introduces right before (`he … called Omar a “terrorist” and said, “…,” the prosecutor’s
        office said`): someone's words, passed on; they are the speaker (a name or a pronoun), not the
        one passing them on."""
        if len(before) < 3 or before[-1] not in ",:" or not self._is_verb(before[-2]):
            return None
        clause = before[max((k for k, t in enumerate(before[:-2]) if t == "," or _ends_clause(before, k)), default=-1) + 1:-2]
        if all(t.lower() in CONJUNCTIONS | ADVERBS for t in clause):
            found = self._opening(before)  # `he asked…, called Omar a “terrorist” and said,`: the sentence's subject
        else:
            found = self._subject(clause) or self._opening(clause)
        return found if found and found[0] in ("name", "pronoun") else None

    def _label(self, tokens: list[str]) -> tuple[str, str] | None:
        """`— Der Redakteur: „…?“`: an interview's speaker label, a description and a colon before the
        quotation; nobody known when the story brought that person in unnamed (`Ein Redakteur des …`)."""
        while tokens[:1] and tokens[0] in "–—":
            tokens = tokens[1:]
        if not 2 < len(tokens) <= 4 or tokens[-1] != ":" or tokens[0].lower() not in DEFINITES:
            return None
        if self._introduced_unnamed(tokens[-2], self._quoted_at):
            return _NOBODY
        return self._described(tokens[:-1])

    def _turn_before(self) -> tuple[str, str] | None:
        """Who said the turn before the one a reply answers: `„…“ – „…?“ – „…“` alternates two speakers.
        When the turn answered has no known speaker either, the context decides as for any quotation."""
        earlier, latest = self._turns
        if earlier and earlier != latest:
            return ("name", earlier)
        return None if latest is None and earlier is None else _NOBODY

    def _described_after(self, tokens: list[str]) -> tuple[str, str] | None:
        """`In einem Statement sagte der 48-Jährige: „…“`: German puts the subject after the verb when something else
        opens the sentence; someone described by their age there is the person in focus, whom the quotation is by,
        not the statement it was in (a post, `der französische UN-Gesandte`, may bring in someone new)."""
        if self._language != "de" or len(tokens) < 2 or tokens[0].lower() not in ("der", "die") \
                or not _DE_AGE_NOUN.fullmatch(tokens[1]):
            return None
        found = self._described(tokens)
        return found if found and found[0] in ("focus", "pronoun") and found[1] in ("m", "f") else None

    def _after_fronted_phrase(self, words: list[str]) -> int | None:
        """Where the subject pronoun stands in a German sentence opened by a phrase with a preposition or `als`
        (`Als Generalsekretär übernehme er …`, `In einem Interview sagte sie …`): right after the verb that ends the
        phrase; None if the sentence opens otherwise."""
        if len(words) < 4 or words[0].lower() not in DE_RELATIVE_PREPOSITIONS | {"als"}:
            return None
        verb = next((k for k in range(2, min(len(words) - 1, MAX_INVERTED_AT)) if words[k].islower()
                     and words[k] not in DE_DETERMINERS and words[k + 1] in self._lexicon.pronouns), None)
        return None if verb is None else verb + 1

    def _participle_agent(self, words: list[str]) -> bool:
        """`Den von Präsident William Ruto ausgerichteten Gipfel bezeichneten die Organisatoren als »…«`: a German
        article, then `von`, opens what a participle says someone did to the noun after it; that someone is not the
        sentence's subject, which comes after the verb."""
        return self._language == "de" and len(words) > 2 and words[0].lower() in DE_DETERMINERS \
            and words[1] in ("von", "vom")

    def _opening(self, tokens: list[str]) -> tuple[str, str] | None:
        """The subject of a sentence that quotes without a reporting verb (`Mitt Romney se présentait
        comme « … »`, `Denis Baupin a défendu sa décision : « … »`): the name or pronoun opening its
        first clause, after a scene-setting phrase (`Sur Twitter,`, `À la reprise,`)."""
        tokens = tokens[max((k for k, t in enumerate(tokens) if t == ";"), default=-1) + 1:]
        if tokens[:1] == ["("] and ")" in tokens[2:4]:
            tokens = tokens[tokens.index(")") + 1:]  # `(CNN)`: who reports, not who acts
        segments = " ".join(tokens).split(" , ")
        for number, segment in enumerate(segments):
            words = segment.split()
            if len(words) > 2 and words[0].lower() in ADVERBS and words[1][:1].isupper():
                words = words[1:]  # `Auch Volkswirtschaftsdirektorin Regula Meier-Suter sprach sich…`
            elif self._language == "de" and len(words) > 3 and words[0].lower() in ADVERBS and words[1][:1].islower() \
                    and self._part_of_person(words[subject := _past_adverbs(words, 2)]):
                # `Dann schickt Gezer eine Nachricht an …:`, `Hier sieht auch Bönte Vorteile`: German puts the subject
                # after the verb, and an adverb may come between
                words = words[subject:]
            elif self._language == "de" and len(words) > 3 and words[0][:1].isupper() and words[1].islower() \
                    and words[0] not in self._capitalised_inside and not self._part_of_person(words[0]) \
                    and (words[subject := _past_adverbs(words, 2)] in self._lexicon.pronouns
                         or self._person_opens(words[(subject := _past_adverbs(words, 3 if words[2] == "sich" else 2)):])):
                # `Zugleich verteidigte sie … und betonte, „…“`: a word never capitalised inside a sentence opens it, the
                # verb, then its subject (`Streeck nannte sie „…“` opens with its subject; `sie` is the object);
                # `Insgesamt zeigte sich Tobias Krämer zufrieden:`, a reflexive before a person's name
                words = words[subject:]
            elif self._language == "de" and (subject := self._after_fronted_phrase(words)):
                words = words[subject:]  # `Als Generalsekretär übernehme er die Verantwortung, „…“`
            if not words or words[0].startswith(MASK) or self._participle_agent(words):
                return None
            role = words[0].lower() in POSSESSIVES | DEFINITES and len(words) <= MAX_ROLE_WORDS
            # `Fischer’s mother, Adrianne Fischer, is…`: a name's possessive opens the role as `his` would
            role = role or _possessive(words[0]) and len(words) <= MAX_ROLE_WORDS and words[1:2] != [] \
                and words[1].islower()
            if number + 1 < len(segments) and role and self._named_in(words[1:]) is None:
                # `Su mentor, el catedrático Javier DeFelipe, no ocultaba…`, `El alcalde, Francisco de la Torre,
                # ha pedido…`: the role, then who holds it
                holder = self._opening(segments[number + 1].split())
                if holder and holder[0] == "name" and " " in holder[1]:
                    return holder
            scene = words[0].lower() in OPENERS or self._language == "es" and words[0].lower() == "a"  # `A su lado,`
            # `De son côté,`, `Por su parte,`, `For its part,`: whose turn it is, said by the subject after it
            scene = scene or words[0].lower() in PREPOSITIONS | {"por"} and words[1:2] and words[1].lower() in POSSESSIVES
            # `Con esa frase, Alberto Fernández respondió…`: the words just quoted, then who said them
            scene = scene or len(words) > 2 and words[0].lower() in self._stop_words and words[1].lower() in _POINTING_BACK
            scene = scene or len(words) == 1 and (self._common_word(words[0], initial=True)  # `Efectivamente, hay…`
                                                  or words[0].lower() in ADVERBS)  # `Asimismo, el juez…`
            if number + 1 < len(segments) and (scene or _dated(words) or words[0] == _BY
                                                and not _runs(words[1:])):  # `Pour se justifier,`, `El 14 de octubre,`
                continue  # `Sur Twitter, Philippe Gosselin a dénoncé…`
            if number + 1 < len(segments) and words[1:2] and words[1].lower() in AGENTS:
                continue  # `Interrogée par l'AFP, une voyageuse…`, `Consultado por Efe, …`: who asked, not who speaks
            if words[0].lower() == NEUTER.get(self._language) and words[1:2] and words[1].lower() not in IMPERSONAL:
                return ("focus", "n")  # `Es drückte sein Bedauern über „…“ aus`: the body in focus
            if words[0].lower() in self._lexicon.pronouns:
                # `Il s'agit de « … »`: the tokens split the reflexive `s'` from its verb
                verb = "".join(words[1:3] if words[1:2] and words[1].endswith(("'", "’")) else words[1:2])
                if verb.lower() in IMPERSONAL and self._language != "en":
                    return None  # `Il apparaît que…`: nobody speaks (`He was arrested` is someone)
                return ("pronoun", self._lexicon.pronouns[words[0].lower()])
            if words[0].lower() in self._lexicon.latter and words[1:2] and not words[1][:1].isupper():
                # `Dieser sagte`; `Diese Entscheidung` is no one
                return ("latter", self._lexicon.latter[words[0].lower()])
            if words[0].lower() in OWNERS and words[1:2] and words[1].lower() in STATEMENTS | WRITINGS:
                return ("owner", OWNERS[words[0].lower()])  # `Sein Aufsatz … forderte, da „…“`: its author
            # `El economista Thomas Piketty`, `su vecina Montse Ribas`: what they are, then who
            lead, described, unnamed = 0, words[0].lower() in ARTICLES.keys() | POSSESSIVES, words[0].lower() in INDEFINITES
            article = words[0].lower()
            if described:  # `El economista Thomas Piketty desafía…`, `Die Zeitung Daily Mail`
                words = words[1:]
                while lead < min(3, len(words) - 1) and words[lead][:1].islower() and words[lead] not in self._stop_words:
                    lead += 1
            elif len(words) > 2 and words[0].islower() and self._role_head(words[0]) and words[1][:1].isupper():
                lead = 1  # `Despite the win, coach Luke Morgan remained cautious:`: the role, then who holds it
            runs = _runs(words)
            if len(runs) > 1 and runs[0] == (lead, lead + 1) and _possessive(words[lead]) and runs[1][0] == lead + 1 \
                    and " ".join(words[slice(*runs[1])]) in self._first_seen:
                words = words[lead + 1:]  # `ESPN's Britt McHenry`: whose, then who
                runs, lead = _runs(words), 0
            if len(runs) > 1 and runs[0][0] == lead and (holder := self._holder_after_post(words, runs)):
                return ("name", holder)  # `DUP Balmoral councillor Sarah Bunting has said…`
            if not runs or runs[0][0] != lead:
                if not described:
                    return None
                # `Un rapport de la Ligue arabe apporte… : « … »`: the body behind a report speaks;
                # `le graphiste s'est basé sur… : « … »`: the person the article introduced so
                head = [w.lower() for w in words[:lead] if w.lower() not in CLITICS][:1]
                complement = lead < len(words) and words[lead].lower() in PARTICLES | PREPOSITIONS
                known = self._introduced_as(head[0], self._quoted_at) if head and not complement else None
                if known is None and head and not complement and self._language not in HEAD_FINAL and self._role_head(head[0]):
                    known = self._holder(head[0])  # `El presidente andaluz ha pedido…`: the one who holds that post
                found = self._represented(words) or (("name", known) if known else None)
                if found is None and head and head[0] in BODY_KINDS | ORGANISATION_WORDS and not complement \
                        and segment.split()[0].lower() in DEFINITES:
                    # `L'association y voit « … »`: the body in focus, or the one the text named so
                    # (`La chaîne met « … »` after `la chaîne de télévision France 24`)
                    referent = self._referent(head[0], self._quoted_at)
                    found = ("name", referent) if referent else ("focus", "n")
                if found is None and head and not complement and (self._role_head(head[0]) or _ROLE_ENDING.search(head[0])):
                    # `le négociateur palestinien a appelé… : « … »`: a post no name in the story holds; but `« … », a lancé
                    # …, Pascal Garrigues. Le syndicaliste a appelé… à « … »`: what the person just quoted is
                    found = self._just_quoted(article, words) or _NOBODY
                # `une voyageuse bloquée en gare de Lyon confiait : « … »`: someone the article leaves unnamed
                return found or (_NOBODY if unnamed else None)
            if runs[0] == (lead, lead + 1) and _possessive(words[lead]) and words[lead + 1:lead + 2] \
                    and words[lead + 1].islower() and self._role_head(words[lead + 1]) \
                    and (holder := self._post_holder(words[lead], words[lead + 1])):
                return ("name", holder)  # `China’s ambassador to Britain … warned that “…”`: the one who holds it
            name = self._name(words, *runs[0]) or self._name(words, *runs[0], organisations=True)
            if name is None and len(words) == 1 and number + 1 < len(segments) and self._surname_alone(words[0]):
                name = words[0]  # `Barroso, le président de la Commission, se dit…`
            if name is None and not described and runs[0] == (0, 1) and words[1:2] \
                    and words[1].lower() in self._lexicon.auxiliaries and self._subject_alone(words[0]):
                name = words[0]  # `Bruxelles a salué…`: a capital speaks for its government
            if described and name and " " not in name and not name.isupper() and not self._part_of_person(name):
                return None  # `La Syrie`, `Die Zulassung`: after an article, one word is a thing (`Ihr Kollege Carstens` is him)
            if self._language == "en" and name and " " not in name and not self._part_of_person(name) \
                    and _EN_PLURAL.fullmatch(words[runs[0][1]] if runs[0][1] < len(words) else "") \
                    and not self._is_verb(words[runs[0][1]]):
                return None  # `American negotiators are now left with…`: a word before a group, no one speaker
            if name and unnamed and runs[0][1] < len(words) and words[runs[0][1]].islower():
                name = self._body_before(name)  # `A House Democratic source provided…`: a source of a body
            return ("name", name) if name else None
        return None

    def _holder_after_post(self, words: list[str], runs: list[tuple[int, int]]) -> str | None:
        """The full name after a post in lower case that a party's or a place's name opens (`DUP Balmoral councillor
        Sarah Bunting`, `Burnley council leader Afrasiab Anwar`): the capitalised words before the post say whose
        or where it is, and are no one's name."""
        post = words[runs[0][1]:runs[1][0]]
        if not 0 < len(post) <= MAX_POST_WORDS or not all(w.islower() for w in post) or not self._role_head(post[-1]):
            return None
        name = self._name(words, *runs[1])
        return name if name and " " in name else None

    def _post_holder(self, owner: str, post: str) -> str | None:
        """The one person the article names, before or after, right after the same owner's post (`China’s
        ambassador to Britain Liu Xiaming`), for a sentence that opens with the post alone (`China’s ambassador to
        Britain accused…`): the holder, not the country or the body that owns the post."""
        owned = f"{_strip_possessive(owner)} {post.lower()}"
        held = {self._full_name(person) for person, indices in self._named_at.items() if self._is_person(person)
                for k in indices if owned in _unpossessed(_before_name(self._sentences[k].text, person))}
        return held.pop() if len(held) == 1 else None

    def _body_before(self, name: str) -> str:
        """The body whose name `name` opens, as the text named it before the quotation (`The House Democratic
        Leadership gave members talking points. A House Democratic source provided a memo…`): a name
        qualifying an unnamed someone is cut short of the body they speak for."""
        pattern = re.compile(rf"\b{re.escape(name)}(?:\s+[A-ZÀ-Þ][\w-]+)+")
        found = (m.group() for k in range(self._quoted_at - 1, max(-1, self._quoted_at - 1 - PRONOUN_LOOKBACK), -1)
                 for m in [pattern.search(self._masked.get(k, ""))] if m)
        return next(found, name)

    def _before(self, tokens: list[str]) -> tuple[str, str] | None:
        """`Kim said: “…”` / `She told reporters that “…”` / `According to Kim, “…”`."""
        # A semicolon ends a clause, unless it stands for a colon right before the quotation (`said; ‘…’`).
        boundary = max((k for k, t in enumerate(tokens)
                        if _ends_clause(tokens, k) or t == ";" and k + 1 < len(tokens)),
                       default=-1)
        tokens = [t for t in tokens[boundary + 1:] if t != ";"]
        if tokens[:1] == [_BY] and len(tokens) > 2 and self._is_verb(tokens[1]):
            tokens = [_BY, *tokens[2:]]  # `Según explicó a este diario el portavoz…, X, "…"`: according to X
        agent = self._agent(tokens)
        if agent:
            return agent
        for k in range(len(tokens) - 1, -1, -1):
            if tokens[k] == _BY:
                if [t.lower() for t in tokens[k + 1:k + 3]] in (["les", "termes"], ["los", "términos"]) \
                        and tokens[k + 3:k + 4] and tokens[k + 3].lower() in _FR_COMPLEMENTS | {"de", "del", "d'"}:
                    tokens = [_BY, *tokens[k + 4:]]  # `selon les termes du CSA`: according to the CSA
                    k = 0
                # `According to federal prosecutors, China's ministry “…”`: an unnamed group, whatever the sentence
                # names after the comma
                group = _piece(tokens[k + 1:])[0]
                unnamed = self._language == "en" and 0 < len(group) <= 3 and all(t.islower() for t in group) \
                    and _plural_people(group[-1:])
                return (self._document_part(tokens[k + 1:]) or self._inverted(tokens[k:])
                        or (_NOBODY if self._thing(tokens[k + 1:]) or unnamed else None))
            if self._is_verb(tokens[k]) and not self._passive_after(tokens, k):
                if k and self._plural(tokens[k], tokens[k - 1]):
                    return _NOBODY  # `und beide sagten gleichzeitig: „…“`
                if told := self._told_to(tokens[:k]):
                    return told
                if inverted_pronoun := self._de_pronoun_after(tokens, k):
                    return inverted_pronoun
                relative = k - 1
                # `Abe Silverstein, quien más tarde dijo`, `el Tribunal Europeo, que la describió como`
                while relative > 1 and (tokens[relative].lower() in ADVERBS or tokens[relative].lower().endswith(_ADVERB_ENDINGS)
                                        or tokens[relative].lower() in self._lexicon.auxiliaries
                                        or self._language != "en" and tokens[relative].lower() in _OBJECT_CLITICS):
                    # `…, qui a notamment déclaré`: an auxiliary and an adverb between the relative and its verb
                    relative -= 1
                if relative > 1 and tokens[relative - 1].lower() in _POSSESSIVE_RELATIVES:
                    relative -= 1  # `la Real Sociedad…, cuyo boletín la calificó de`: the body whose paper speaks
                if relative > 0 and tokens[relative].lower() in RELATIVES | _POSSESSIVE_RELATIVES:
                    return self._relative(tokens[:relative])
                if self._after_as(tokens[:k]) and k + 1 < len(tokens):
                    # `…, comme le précise l'ambassadeur de France, Bernard Bajolet : « … »`, `como señaló
                    # el ministro`: the verb comes before its subject, not after the clause before `comme`
                    found = self._inverted(tokens[k:])
                    if found:
                        return found
                if tokens[k].lower().endswith(PARTICIPLE_ENDINGS) and (
                        latter := _LATTER_PHRASES.get(tuple(t.lower() for t in tokens[max(0, k - 2):k]))):
                    return ("latter", latter)  # `…ainsi que le sénateur François Grosdidier, ce dernier précisant que`
                if tokens[k].lower().endswith(PARTICIPLE_ENDINGS):
                    # `TVE a émis un communiqué affirmant que « … »`: the clause's subject speaks, that of
                    # the nearest clause (`Webb saltó…, hasta que Kennedy terminó la disputa afirmando que`)
                    opens = max((j for j, t in enumerate(tokens[:k]) if t.lower() in CLAUSE_OPENERS), default=None)
                    own = self._opening(tokens[opens + 1:k]) if opens is not None else None
                    return (own if own and own[0] in ("name", "pronoun") else None) or self._opening(tokens[:k]) \
                        or self._subject(tokens[:k])
                clause = tokens[:k][max((j + 1 for j, t in enumerate(tokens[:k]) if t == ","), default=0):]
                if self._language == "de" and not clause and k and tokens[0].lower() in {_BY} | SUBORDINATORS:
                    # `Laut Unterlagen, die … vorliegen, antwortet Keith dem Parteichef: „…“`: after a fronted
                    # phrase or clause, German puts the subject right after the verb
                    inverted = self._inverted(tokens[k:])
                    if inverted and inverted[0] in ("name", "pronoun"):
                        return inverted
                opened = _after_openers(tokens[:k])
                if not clause and "," in opened and opened[0].lower() in DEFINITES:
                    holder = self._opening(opened)
                    if holder and holder[0] == "name" and " " in holder[1]:
                        return holder  # `Der Betreiber, die Rheinchem AG, teilte mit`: the role, then who holds it
                    clause = opened[:opened.index(",")]  # `El informe, una declaración…, declaró`: before the apposition
                fronted = self._after_fronted(clause)
                if fronted:
                    return fronted
                if self._language == "de" and clause[:1] and clause[0].lower() in OPENERS | DE_RELATIVE_PREPOSITIONS \
                        and tokens[k + 1:k + 2] and tokens[k + 1].lower() in self._lexicon.pronouns:
                    return self._named_after(tokens[k:])  # `In einer Predigt von 1533 warnte er, …`: he, after the verb
                if self._language == "de" and clause[:1] and clause[0] in DE_RELATIVES and len(clause) < k \
                        and not self._verb_last(clause):
                    # `…von Graf Ulrich von Hohenfels gestiftet, der in der Urkunde erklärte`: the relative is
                    # the subject, so the speaker is the name the clause hangs on
                    antecedent = self._relative(tokens[:k - len(clause)])
                    if antecedent:
                        return antecedent
                joined = k - 1
                while joined > 0 and tokens[joined].lower() in ADVERBS:
                    joined -= 1  # `… afirma que … y también dijo:`
                shared = self._opening(clause) if k and tokens[joined].lower() in CONJUNCTIONS else None
                if shared:
                    return shared  # `Ms Kunis confessed to the crime and told her '…'`
                if self._lexicon.pro_drop and all(t.lower() in ADVERBS | _OBJECT_CLITICS for t in clause):
                    # `Allí, aseguró que «…»`, `…, le dijo a un reportero: «…»`
                    return self._subject(tokens[:k]) or ("pronoun", "")
                # `(zum Zeugen): Er soll ja auch gesagt haben: „…“`: after a colon, the subject opens the
                # clause, far from the participle
                sentence = clause[max((j + 1 for j, t in enumerate(clause) if t == ":"), default=0):]
                # `Il a ainsi qualifié M. Haider de « … »`: a clause opening with its subject pronoun puts no
                # inverted subject after the verb; the name there is its object
                opening = self._opening(sentence) if sentence and (
                    len(sentence) < len(clause) or sentence[0].lower() in SUBJECT_PRONOUNS) else None
                nested = self._nested_reporter(tokens[:k])
                if nested:
                    return nested
                found = (self._object_relative(clause) or self._verb_last(clause) or self._subject(tokens[:k])
                         or self._described_after(tokens[k + 1:]) or self._unnamed(_after_openers(tokens[:k]))
                         or (opening if opening and opening[0] == "pronoun" else None)
                         or self._body_phrase(clause) or self._described(clause)
                         or self._named_after(tokens[k:]) or self._through_paper(clause + tokens[k:k + 2]))
                if found and found[0] == "name" and not self._is_person(found[1]):
                    return self._reporter(tokens[:k]) or found
                if found == ("focus", "n") and len(clause) >= 2 and clause[1].lower() in STATEMENTS:
                    # `El informe declaró`, `Un informe del Instituto … concluyó`: the paper's source
                    return self._named_paper(clause[1]) or found
                return found
        return None

    def _passive_after(self, tokens: list[str], k: int) -> bool:
        """Whether the English verb at `k` is a participle with its agent (`Khan said in a statement, first reported by
        Sky News:`) after a reporting verb earlier in the sentence, whose subject speaks: the agent only passed the
        words on. Alone (`In a statement released by Acme:`) the agent is the source."""
        return self._language == "en" and tokens[k].lower().endswith("ed") and tokens[k + 1:k + 2] == ["by"] \
            and any(self._is_verb(t) for t in tokens[:k])

    def _just_quoted(self, article: str, words: list[str]) -> tuple[str, str] | None:
        """The person quoted in the sentence right before, in the same paragraph, when the subject is `article` and
        one noun that is no title, right before the verb (`Le syndicaliste a appelé`, not `le ministre` or `le
        négociateur palestinien`), and the article's gender does not contradict theirs."""
        previous = self._quoted_at - 1
        said = self._said.get(previous)
        if said is None or len(words) < 2 or self._is_title(words[0]) or article not in DEFINITES \
                or not (words[1].lower() in self._lexicon.auxiliaries or self._is_verb(words[1])) \
                or self._sentences[previous].paragraph != self._sentences[self._quoted_at].paragraph:
            return None
        gender = ARTICLES.get(article)
        return ("name", said) if self._is_person(said) and self._gender.get(said, gender) == gender else None

    def _nested_reporter(self, head: list[str]) -> tuple[str, str] | None:
        """`Lacerda said Epstein told her: “…”`, `She said he then announced: “…”`: a reporting clause inside
        another; the subject of the inner one, nearer the quotation, said the words, not the one reporting it.
        `head` holds the words before the inner verb; None unless a reporting verb, then one name or pronoun
        (past `that` and adverbs), end it."""
        outer = max((j for j, t in enumerate(head) if self._is_verb(t)), default=None)
        if outer is None:
            return None
        inner = [t for t in head[outer + 1:] if t.lower() not in ADVERBS and t.lower() not in _THAT]
        if not 1 <= len(inner) <= 3 or not inner[0][:1].isalpha():
            return None
        found = self._opening(inner)
        return found if found and found[0] in ("name", "pronoun") else None

    def _de_pronoun_after(self, tokens: list[str], k: int) -> tuple[str, str] | None:
        """`Die Technik sei niemals Selbstzweck, betont sie: „…“`: a German verb right after the comma that
        ends the reported words, then `er` or `sie`, has that pronoun for its subject; the capitalised noun
        ending the words before (`Selbstzweck`) is no speaker. With a clause before the verb (`Die
        Gesellschaft würdigte sie als „…“`), `sie` may be its object."""
        if self._language != "de" or not 0 < k < len(tokens) - 1 or tokens[k - 1] != ",":
            return None
        pronoun = tokens[k + 1].lower()
        if pronoun not in ("er", "sie") or tokens[k + 1] == "Sie":
            return None  # `Sie` is the polite you
        return ("pronoun", self._lexicon.pronouns[pronoun])

    def _told_to(self, tokens: list[str]) -> tuple[str, str] | None:
        """`That kind of talk led Christie to suggest, “…”`, `prompting Smith to say: “…”`: an English
        reporting verb after `to` has the person named right before `to` as its subject, not the
        clause's subject (`That kind of talk`)."""
        runs = _runs(tokens[:-1]) if self._language == "en" and tokens[-1:] == ["to"] else []
        if not runs or runs[-1][1] != len(tokens) - 1:
            return None
        start, end = runs[-1]
        name = self._name(tokens[start:end], 0, end - start)
        return ("name", name) if name and self._is_person(name) else None

    def _object_relative(self, tokens: list[str]) -> tuple[str, str] | None:
        """`un informe en Trinidad Express que Kilian describió como "…"`, `a report that Kilian described
        as`: the name between a relative and the verb is the verb's subject, not the noun the clause hangs on."""
        at = max((j for j, t in enumerate(tokens) if t.lower() in _OBJECT_RELATIVES), default=None)
        if at is not None and at + 2 < len(tokens) and tokens[at + 1].islower() and self._role_head(tokens[at + 1]) \
                and tokens[at + 2][:1].isupper():
            at += 1  # `in what host Tom Bergeron described as`: a role before the name
        if at is None or at + 1 >= len(tokens) or not tokens[at + 1][:1].isupper():
            return None
        if _PASSIVE.fullmatch(tokens[-1].lower()):
            return None  # `que Carlo Gesualdo est mentionné par Saint-Simon`: a passive, whose agent speaks
        found = self._subject(tokens[at + 1:])
        return found if found and found[0] == "name" else None

    def _after_fronted(self, clause: list[str]) -> tuple[str, str] | None:
        """`Nach dem Bericht eines Berner Gesandten soll Brunner gedroht haben`: a German main clause that
        opens with a phrase has its subject right after the finite verb (an auxiliary or modal here,
        the reporting verb coming last), not in the phrase."""
        if self._language != "de" or not clause or clause[0].lower() not in DE_RELATIVE_PREPOSITIONS | OPENERS:
            return None
        finite = next((j for j, t in enumerate(clause) if t.lower() in _DE_FINITE), None)
        subject = clause[finite + 1:] if finite else []
        runs = _runs(subject)
        if not runs or runs[0][0] != 0:
            return None
        name = self._name(subject, *runs[0])
        return ("name", name) if name else None

    def _reporter(self, tokens: list[str]) -> tuple[str, str] | None:
        """The person whose reporting verb opens the clause a body's verb stands in (`Pompeo said that
        … Washington had concluded … was "…"`): the words are theirs, telling what their side decided."""
        for j in range(len(tokens) - 2, 0, -1):
            if self._is_verb(tokens[j]) and tokens[j + 1].lower() in _THAT:
                found = self._subject(tokens[:j])
                return found if found and found[0] == "name" and self._is_person(found[1]) else None
        return None

    def _thing(self, tokens: list[str]) -> bool:
        """Whether a source after `según`/`selon`/`according to` is a record kept by no one named
        (`según el diario de obras`, `selon le journal de bord`): words whose author the story does not give."""
        chunk = _piece(tokens)[0]
        return len(chunk) > 1 and chunk[0].lower() in DEFINITES and chunk[1].lower() in _RECORDS \
            and not any(t[:1].isupper() for t in chunk)

    def _after_as(self, tokens: list[str]) -> bool:
        """Whether a verb after `tokens` follows `comme`, `como`, `as` with only object pronouns or an
        auxiliary between (`comme le précise`, `comme l'a indiqué`, `como lo explicó`): an inverted
        clause whose subject comes after the verb; `comme il l'a dit` has its subject before."""
        k = len(tokens) - 1
        while k >= 0 and (tokens[k].lower() in CLITICS | _OBJECT_CLITICS | self._lexicon.auxiliaries):
            k -= 1
        return k >= 0 and tokens[k].lower() in AS_WORDS

    def _verb_last(self, clause: list[str]) -> tuple[str, str] | None:
        """`wie dieser nach dem ersten Schusse rief: „…“`, `…, in der er … in die Phrase hüllte: „…“`: a
        German clause with its verb last has its subject right after the word that opens it, a
        conjunction or a relative pronoun (with its preposition)."""
        opens = 1 if clause[:1] and clause[0].lower() in SUBORDINATORS else 0
        if not opens and self._language == "de":
            relative = 1 if clause[:1] and clause[0].lower() in DE_RELATIVE_PREPOSITIONS else 0
            opens = relative + 1 if clause[relative:relative + 1] and clause[relative] in DE_RELATIVES else 0
        if not opens or len(clause) < opens + 2:
            return None
        found = self._opening(clause[opens:])
        return found if found and found[0] in ("name", "pronoun", "latter") else None

    def _pronoun_before_colon(self, clause: list[str]) -> tuple[str, str] | None:
        """`Asked whether…, he went on: “…”`: a clause of a he or she and a verb of a word or two, then the
        colon, hands them the words whatever the verb (`went on`, `put it`)."""
        if not 2 <= len(clause) <= 3 or not all(t.isalpha() and t.islower() for t in clause[1:]):
            return None
        gender = self._lexicon.pronouns.get(clause[0].lower())
        return ("pronoun", gender) if gender in ("m", "f") else None

    def _so_inserted(self, tokens: list[str]) -> tuple[str, str] | None:
        """`Das sei die Unterscheidung, so Foucault, „…“`, `„Es war“, so Foucault, „…“`: German `so` and a name
        set off by commas right before the quotation say whose words follow, as `according to` does."""
        if self._language != "de" or tokens[-1:] != [","]:
            return None
        k = len(tokens) - 2
        while k > 0 and tokens[k][:1].isupper() and not tokens[k].startswith(MASK):
            k -= 1
        set_off = not k or tokens[k - 1] == "," or tokens[k - 1].startswith(MASK)
        if k == len(tokens) - 2 or tokens[k].lower() != "so" or not set_off:
            return None
        return self._inverted([_BY, *tokens[k + 1:-1]])

    def _named_last(self, clause: list[str]) -> tuple[str, str] | None:
        """`Cette orientation est justifiée par Georges Kaldy : « … »`, `…satisfait l'écurie et notamment
        Jean-Christophe Boullion : « … »`: a person named last before the colon, as the agent of a passive
        or singled out by `and`/`notamment`, is the one the quotation gives the words of; a place or a body
        named there after a preposition (`à Paris :`, `du RER B Nord`) is not."""
        runs = _runs(clause)
        if not runs or runs[-1][1] != len(clause) or runs[-1][0] == 0:
            return None
        start, end = runs[-1]
        # `…, so Schubert: „…“`: German `so` and a name, a clause of its own, say whose words follow
        cited = self._language == "de" and start == 1 and clause[0].lower() == "so"
        if clause[start - 1].lower() not in AGENTS | CONJUNCTIONS | ADVERBS | _SINGLING_OUT and not cited:
            return None
        if clause[start - 1].lower() in CONJUNCTIONS and self._addressed(clause[:start - 1]):
            return None  # `Dann schickt Gezer eine Nachricht an Fichtner und Geyer:`: the last one written to
        name = self._name(clause[start:end], 0, end - start)  # the word before was checked above
        return ("name", name) if name and self._is_person(name) else None

    def _addressed(self, before: list[str]) -> bool:
        """Whether the names that end `before` are whom the words went to (`an Fichtner`, `to Ann
        Lee, Tom Hale`, `à Paul`): a preposition for a recipient opens their run of names."""
        k = len(before)
        while k and (before[k - 1][:1].isupper() or before[k - 1] == "," or before[k - 1].lower() in CONJUNCTIONS):
            k -= 1
        return k < len(before) and k > 0 and before[k - 1].lower() in _ADDRESSEES.get(self._language, ())

    def _sole_person(self, index: int) -> tuple[str, str] | None:
        """`…a convaincu la veuve de l'ancien président, Souha Arafat, de demander l'exhumation : « Je veux… »`:
        a colon after a sentence that names one person, though not as its subject, hands them the word."""
        people = self._people_in(index, before_quote=True)
        masked = self._masked.get(index, "")
        tokens = _tokens(masked, self._lexicon)
        for owned in _WRITING_OWNER.finditer(masked.split(MASK)[0]):
            # `The Conservatives' letter to Daniel Greenberg, the commissioner, said: “…”`: the writing's owner
            # wrote it; whom it went to did not
            if owned.group(2).lower() in WRITINGS | STATEMENTS and _owner(owned):
                return ("name", _owner(owned))
        if len(people) == 1 and self._language == "de" \
                and (pronoun := next((t for t in tokens[1:MAX_INVERTED_AT] if t in self._lexicon.pronouns), None)):
            # `In einem Tweet zitierte sie den Abgeordneten Max Mordhorst, empfahl ihm: „…“`: German puts the subject
            # after the verb; the one person named is whom she quoted
            return ("pronoun", self._lexicon.pronouns[pronoun])
        if len(people) == 1 and not self._addressed(tokens[:self._name_start(tokens, people[0]) + len(people[0].split())]):
            return ("name", people[0])
        # `…dans une lettre de Guillaume Apollinaire à Paul Dermée : « … »`: of several, the writing's author
        for k, token in enumerate(tokens[:-2]):
            if token.lower() in WRITINGS | STATEMENTS and tokens[k + 1].lower() in _OF:
                author = next((p for p in people if " ".join(tokens[k + 2:k + 2 + len(p.split())]) == p), None)
                if author:
                    return ("name", author)
        return None

    @staticmethod
    def _name_start(tokens: list[str], name: str) -> int:
        """Where `name`'s last word first stands in `tokens` (0 when it is not there): the words before it
        say what the name is to the sentence (`to Daniel Greenberg`)."""
        last = name.split()[-1]
        return next((k - len(name.split()) + 1 for k, t in enumerate(tokens) if _strip_possessive(t) == last), 0)

    def _joined(self, tokens: list[str]) -> tuple[str, str] | None:
        """`bans what it calls “…” and defines as “…”`: a verb joined by `and` right after an earlier
        quotation in the sentence shares the subject of the clause before that quotation."""
        boundary = max((k for k, t in enumerate(tokens) if _ends_clause(tokens, k)), default=-1)
        clause = tokens[boundary + 1:]
        if boundary < 0 or not clause or clause[0].lower() not in CONJUNCTIONS or _runs(clause):
            return None
        found = self._before(tokens[:boundary])
        # a description there (`Barroso, le président … se dit « … » et pense`) is read better by the opening
        return found if found and (found[0] in ("name", "source", "pronoun") or found == ("focus", "n")) else None

    def _agent(self, tokens: list[str]) -> tuple[str, str] | None:
        """The agent of a passive that describes something in its words: `was described by Senator
        Jane Doe as “…”`, `wird von der Carnegie Foundation als „…“ charakterisiert`."""
        if not tokens or tokens[-1].lower() not in AS_WORDS:
            return None
        # `von 2011` is a date, no agent
        at = max((k for k, t in enumerate(tokens[:-1]) if t.lower() in AGENTS and not tokens[k + 1][:1].isdigit()), default=None)
        if at is None:
            # `Elle a été décrite comme « … »`, `She has been described as “…”`: a passive with no agent
            # gives the words of someone unnamed about its subject, who is not the one speaking
            # an adverb may stand between (`es tradicionalmente reconocida como "…"`)
            clause = [t for t in _last_clause(tokens[:-1]) if not t.lower().endswith(_ADVERB_ENDINGS + ("ly",))]
            # `fue un informe … que Kilian describió como "…"`: the relative clause's own verb describes
            clause = clause[max((j + 1 for j, t in enumerate(clause) if t.lower() in _OBJECT_RELATIVES), default=0):]
            passive = any(_PASSIVE.fullmatch(a.lower()) and _PARTICIPLE.search(b.lower()) for a, b in zip(clause, clause[1:]))
            # `In einem Bericht der Deutschen Forschungsgemeinschaft wird er als „…“ bezeichnet`: the paper's body
            paper = self._in_paper(clause) if passive or self._language == "de" else None
            return paper if paper and paper[0] == "name" else _NOBODY if passive else None
        return self._whole_name(tokens[at + 1:-1])

    def _person_opens(self, words: list[str]) -> bool:
        """Whether `words` open with a person the text names in full (`Tobias Krämer zufrieden`), by that full
        name or its surname."""
        runs = _runs(words)
        if not runs or runs[0][0] != 0:
            return False
        name = " ".join(words[:runs[0][1]])
        return self._full_name(name) in self._first_seen and self._is_person(self._full_name(name))

    def _named_after(self, tokens: list[str]) -> tuple[str, str] | None:
        """`In „Das leere Kind“ sagt Dr. Constantine: „…“` / `Danach sagte er: „…“`: the subject after
        the verb, a name or a pronoun right there, or the role the story calls someone by (`sagt der
        Doktor, dass … – „…“`)."""
        runs = _runs(tokens[1:])
        pronoun = tokens[1:2] and tokens[1].lower() in self._lexicon.pronouns.keys() | self._lexicon.latter.keys()
        role = len(tokens) > 2 and tokens[1].lower() in _ROLE_ARTICLES and self._recurring_role(tokens[2].lower())
        if particled := self._particled_surname(tokens[1:]):
            return ("name", particled)  # `Danach sagte von der Leyen: „…“`
        return self._inverted(tokens) if runs and runs[0][0] == 0 or pronoun or role else None

    def _relative(self, tokens: list[str]) -> tuple[str, str] | None:
        """`the WWE -- which describes him as “…”`, `Abe Silverstein, quien dijo`: the name the relative
        clause hangs on."""
        while tokens[-1:] == [","]:
            tokens = tokens[:-1]
        if self._language == "de":
            # `von Graf Ulrich von Hohenfels gestiftet, der…`: German ends the clause with its verb
            end = len(tokens)
            while end > max(0, len(tokens) - 2) and tokens[end - 1][:1].islower() and tokens[end - 1] not in PARTICLES:
                end -= 1
            tokens = tokens[:end]
        runs = _runs(tokens)
        if not runs or runs[-1][1] != len(tokens):
            return self._before_appositions(tokens)
        start, end = runs[-1]
        noble = self._noble_title(tokens, start)
        if noble is not None:
            return ("name", " ".join(tokens[noble:end]))
        if start and tokens[start - 1].lower() in RECIPIENTS.get(self._language, ()):
            # `se le preguntó … a Yurramendi, quien señaló`: the one asked answers, though a preposition brings him in
            tokens, start, end = tokens[start:end], 0, end - start
        return next((("name", name) for organisations in (False, True)
                     for name in [self._name(tokens, start, end, organisations)] if name), None)

    def _before_appositions(self, tokens: list[str]) -> tuple[str, str] | None:
        """`le soutien de Jaime Nebot, maire de Guayaquil, ville la plus peuplée du pays, qui a déclaré`: the
        person a relative clause hangs on, past the appositions set off by commas that describe them (each
        opening in lower case); the person only, since a place or body there may be an apposition's own."""
        commas = [k for k, t in enumerate(tokens) if t == ","]
        end = len(tokens)
        for skipped in range(MAX_APPOSITIONS + 1):
            comma = max((k for k in commas if k < end), default=-1)
            if not tokens[comma + 1:end] or tokens[comma + 1][:1].islower() \
                    and tokens[comma + 1].lower() not in self._lexicon.pronouns:
                if comma < 0 or skipped == MAX_APPOSITIONS:
                    return None
                end = comma  # `ville la plus peuplée du pays`, `maire de Guayaquil`: an apposition
                continue
            runs = _runs(tokens[:end])
            if not skipped or not runs or runs[-1][1] != end:
                return None
            name = self._name(tokens, *runs[-1]) or " ".join(tokens[slice(*runs[-1])])  # `de Jaime Nebot`
            return ("name", name) if self._is_person(self._full_name(name)) else None
        return None

    @staticmethod
    def _noble_title(tokens: list[str], start: int) -> int | None:
        """Where a name by a title of nobility opens, for a place name at `start` (`el marqués de la Ensenada`,
        `le duc de Guise`): the title is the name a reader knows the person by; None without one."""
        k = start
        while k > 0 and tokens[k - 1].lower() in PARTICLES | ARTICLE_PARTICLES:
            k -= 1
        return k - 1 if start - k and k > 0 and tokens[k - 1].lower() in _NOBLE_TITLES else None


def _past_adverbs(words: list[str], at: int) -> int:
    """Where the words from `at` on go on after adverbs (`auch`, `nun`), the last word at most."""
    while at < len(words) - 1 and words[at].lower() in ADVERBS:
        at += 1
    return at


MAX_INVERTED_AT = 8
"""How far into a German sentence its subject pronoun may come after the verb (`In einem weiteren Tweet zitierte sie`)."""
MAX_POST_WORDS = 2
"""Lower-case words of a post between a party's or a place's name and its holder's (`council leader`)."""
_DE_AGE_NOUN = re.compile(r"\d+-[Jj]ährigen?")
"""A German noun for someone by their age (`der 48-Jährige`, `die 31-Jährige`)."""
_EN_PLURAL = re.compile(r"[a-z]{2,}[^su]s")
"""An English plural noun in lower case (`negotiators`, `officials`), not `business` or `status`."""


def _before_name(text: str, name: str) -> str:
    """The words of `text` before `name` (all of it when the name is written otherwise there)."""
    at = text.find(name)
    return text[:at] if at >= 0 else text


def _unpossessed(text: str) -> str:
    """The last words of `text`, possessives' endings dropped (`China’s ambassador to Britain` -> `China ambassador
    to Britain`), to find an owner and its post before a name."""
    return " ".join(_strip_possessive(w) for w in text.split()[-MAX_ROLE_WORDS - 2:])
