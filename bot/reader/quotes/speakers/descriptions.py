"""Speakers named by a description, not a name (`the attorney`, `la porte-parole`, `the 14-year-old`,
`a spokesman for Acme`): who the description fits, whether the article left them unnamed, and the body an
unnamed spokesperson speaks for."""

from __future__ import annotations

import re

from bot.reader.quotes.lexicon import (
    ADVERBS, AGE_DECADES, ARTICLES, BODY_KINDS, DE_BODY_ENDINGS, DE_DETERMINERS, DE_PERSON_ENDINGS, DEFINITES, DOCUMENTS,
    FIRM_WORDS, GENDERED_NOUNS, HEAD_FINAL, INDEFINITES, LOCATIVES, MANAGEMENT, MEDIA_KINDS, ORGANISATION_WORDS, PARTICLES,
    POSSESSIVES, POST_INITIALS, PREPOSITIONS, RECIPIENTS, ROLE_KIN, SOURCES, SOURCES_ARTICLES, SPOKESPEOPLE,
    SPOKESPERSON_ENDINGS, STATEMENTS, WRITINGS, YOUNG_NOUNS,
)
from bot.reader.quotes.speakers.context import MAX_DESCRIPTION_ADJECTIVES
from bot.reader.quotes.speakers.naming import _is_organisation, _strip_possessive
from bot.reader.quotes.speakers.patterns import (
    ADULT_AGE, MASK, _AGED, _AGED_IN_YEARS, _COMPLEMENTS, _DOCUMENT_PARTS, _DOCUMENTS_NAMED, _ELIDED_NAME, _FR_DEMONYM,
    _GENERIC_BODIES, MAX_APPOSITION, MAX_NAME_PHRASE, MAX_SUBJECT_TOKENS, _NOBODY, _ONE_OF, _PRIZE, PRONOUN_LOOKBACK,
    _ROMANCE_ARTICLES, _WINNERS, _WRITING_OWNER,
)
from bot.reader.quotes.speakers.tokens import _owner, _piece, _plural_people, _possessive, _runs, _tokens


class DescriptionsMixin:
    """Speakers the article describes instead of naming."""

    def _described(self, tokens: list[str]) -> tuple[str, str] | None:
        """`la porte-parole de la fédération a répondu` / `the attorney added`: someone the story has
        already named, described by what they are; the speaker in focus stands for them."""
        piece = _piece(tokens)[0] if tokens[:1] != [","] else []
        while len(piece) > 2 and (piece[-1].lower() in self._lexicon.auxiliaries or piece[-1].lower() in ADVERBS) \
                and self._language != "en":
            # `le Quai d'Orsay a`, `le Premier ministre a ensuite`: the auxiliary of the verb after and an
            # adverb, no words of the description
            piece = piece[:-1]
        if piece and _ELIDED_NAME.match(piece[0]) and len(piece[0]) > 2:
            piece = [piece[0][:2].lower(), piece[0][2:], *piece[1:]]  # `l'ONG` is `l'` + `ONG`
        if self._language == "en":
            # `said the 27-year-old in a video posted by the club`: where it was said is no part of who said it
            piece = piece[:next((k for k in range(2, len(piece)) if piece[k].lower() in LOCATIVES | {"at"}), len(piece))]
        if self._language == "fr":
            # `a fait valoir le chancelier au quotidien italien`: to whom it was said is no part of who said it
            piece = piece[:next((k for k in range(2, len(piece) - 1) if piece[k].lower() in RECIPIENTS["fr"]
                                 and piece[k + 1][:1].islower()), len(piece))]
        if at := self._demonym(piece):
            piece = [*piece[:at], piece[at].lower(), *piece[at + 1:]]  # `a lâché la Savoyarde`: someone from Savoie
        head = piece[0].lower() if piece else ""
        body = self._institution_named(piece)
        if body:
            return body  # `L'Organisation mondiale de la santé juge…`: a body named the French way
        if self._language == "de" and (len(piece) == 2 or len(piece) == 3 and piece[2].islower()) and head in DE_DETERMINERS \
                and (piece[1].lower().endswith(DE_BODY_ENDINGS) or piece[1].lower() in FIRM_WORDS) \
                and (named := self._referent(piece[1], self._quoted_at)):
            # `versicherte die Sparkasse`, after `Die Kreissparkasse Oberland schließt…`; `teilte die Bank mit`, after `Die
            # Deutsche Bank` (a separable verb's particle after the noun)
            return ("name", named)
        whose = None
        if self._language == "de":
            # `die Ministerin am Abend`: the description ends at its noun, before the words that follow
            noun_at = next((k for k in range(1, len(piece)) if piece[k][:1].isupper() or _AGED.match(piece[k])), len(piece))
            if noun_at + 2 < len(piece) and piece[noun_at + 1] in ("der", "des") and piece[noun_at + 2][:1].isupper():
                whose = piece[noun_at + 2]  # `der Coach der Kroaten`: whose coach tells which one
            if noun_at + 1 < len(piece) and piece[noun_at + 1][:1].islower():
                piece = piece[:noun_at + 1]
        # `die Ministerin`, `die 45-Jährige`, `die vielseitige Buchautorin`: one woman (adjectives allowed before)
        feminine = self._language == "de" and head == "die" and 2 <= len(piece) <= 2 + MAX_DESCRIPTION_ADJECTIVES \
            and all(w.isalpha() and w.islower() for w in piece[1:-1]) and (piece[-1].endswith("in") or _AGED.match(piece[-1]))
        if feminine:
            head = "der"
        noun = "" if len(piece) < 2 else piece[-1] if self._language in HEAD_FINAL else piece[1]
        nouns = [noun] if self._language in HEAD_FINAL else piece[1:3]  # `le nouveau gouvernement`
        if self._language == "en" and head in ("the", "these", "those") and _plural_people(piece[1:]):
            return _NOBODY  # `the doctors said they…`, `the letter signed by seven physicians`: a group
        if head in DEFINITES and piece[1:2] and piece[1].lower() in _DOCUMENT_PARTS:
            return self._document_part(piece[1:])  # `El artículo primero establece`: the law it is part of
        if head in DEFINITES and self._language not in HEAD_FINAL and piece[1:2] and piece[1].lower() in STATEMENTS:
            # `Le communiqué de l'ONU précise`, `el informe de la OMS señala`: a paper speaks for whoever put it out
            complement = [_ELIDED_NAME.sub("", t) for t in piece[2:]]
            return self._named_in(complement) or self._named_in(complement, organisations=True) or ("focus", "n")
        if head in DEFINITES and piece[1:2] and piece[1].lower() in WRITINGS and all(w.lower() in ADVERBS for w in piece[2:]) \
                and (owner := self._writing_owner(piece[1])):
            return ("name", owner)  # `The letter also said`, after `The Conservatives' letter to…`: its writer
        if head in DEFINITES and any(n.lower() in BODY_KINDS | ORGANISATION_WORDS | FIRM_WORDS for n in nouns):
            named = self._body_name(piece[1:]) if self._language not in HEAD_FINAL else None
            # `selon le syndicat Force ouvrière`, `el diario El País`, `the newspaper People's Daily`: the kind
            # of body, then its name, which runs to the end of the phrase
            if named is None and len(piece) > 2 and piece[1][:1].islower() and piece[2][:1].isupper() \
                    and len(piece) <= MAX_NAME_PHRASE and all(t[:1].isalnum() for t in piece[2:]):
                named = " ".join(piece[2:])
            if named is None and self._language == "en" and len(piece) > 2 and all(t[:1].isupper() for t in piece[1:]):
                named = " ".join(piece[1:])  # `according to the World Health Organization`: a name with its article
            # `La chaîne met…` after `la chaîne de télévision France 24`: the body the noun named
            # `the bank said` after `US investment banking giant Goldman Sachs`: the firm so described
            named = named or self._described_firm(noun, self._quoted_at)
            if named is None and noun.lower() in MANAGEMENT:
                # `a indiqué la direction de l'enseigne`: the management of the firm so described speaks for it
                firm = next((w for w in (_ELIDED_NAME.sub("", t) for t in piece[2:5]) if w.lower() in FIRM_WORDS), None)
                named = self._described_firm(firm, self._quoted_at) if firm else None
            named = named or (self._owned_body(noun, self._quoted_at) if self._language == "en" else None)
            # `expuso la organización campesina mediante sus canales`, after `La organización social Comité de
            # Desarrollo Campesino`: the noun and its adjectives, then where or how it spoke
            kind = piece[1] in BODY_KINDS | ORGANISATION_WORDS | FIRM_WORDS
            adjectives = len(piece) > 2 and kind and piece[1].islower() and piece[2].isalpha() and piece[2].islower() \
                and piece[2] not in self._stop_words and (len(piece) == 3 or piece[3].isalpha() and piece[3].islower())
            named = named or (self._referent(piece[1], self._quoted_at) if len(piece) == 2 or adjectives else None)
            return ("name", named) if named else ("focus", "n")  # `l'ONG précise`, `the company said`
        if head not in DEFINITES or not piece[1:2] or not (
                piece[1][:1].islower() or piece[1][:1].isdigit() or _ELIDED_NAME.sub("", piece[-1])[:1].islower() or self._is_title(piece[1])
                or piece[1].lower() in POST_INITIALS  # `so der CEO`, `a ajouté le PDG`
                or self._language == "de" and len(piece) == 2 and (  # `der CDU-Politiker`, `die Studentin`
                    feminine or "-" in piece[1] or piece[1].lower().endswith(DE_PERSON_ENDINGS)
                    # `fügte der Ethnologe hinzu`, `der Kollege`, `der Deutsche`: a masculine noun in -e after
                    # `der` is a weak noun or an adjective made a noun, both nearly always a person
                    or head == "der" and piece[1].endswith("e"))):
            return None  # `the American space agency`; `dénonce le Président-candidat`: a title is one too
        described = [w.lower().rstrip(".!?…") for w in piece[1:] if w.lower() not in self._stop_words]
        known = self._known_as(described, whose) if len(piece) <= 3 or self._language not in HEAD_FINAL else None
        named = self._opening(piece)  # `el economista Thomas Piketty`: the description comes with a name
        if named and named[0] == "name" and self._language == "en" and _attributive(piece, named[1].split()):
            named = None  # `the American Horror Story actress wrote`: a show she is in, no name of hers
        # `le juge en chef`, after `le juge Randall Bocock` and `le juge en chef …, Eugene Rossiter`: a name the piece
        # does not write loses to the one person introduced by all its words
        written = named and named[0] == "name" and named[1].split()[-1] in piece
        if named and named[0] == "name" and " " in named[1] and not _is_organisation(named[1].split()) \
                and (written or not known):
            return named
        if known is None and described and self._language not in HEAD_FINAL and self._role_head(described[0]) \
                and all(w.islower() for w in piece[1:]):
            known = self._holder(described[0])  # `el presidente andaluz`, not `el presidente de la patronal Ashotel`
        if known is None and len(described) == 1 and described[0] in _WINNERS:
            known = self._winner(self._quoted_at)  # `la lauréate a rappelé`, after `attribué à la romancière X`
        if known:
            return ("name", known)  # `a ajouté le ministre`, after `Le ministre Jean Dupont`
        aged = self._of_age(described)
        if aged:
            return ("name", aged)  # `the teenager texted`, after `Jamie Silvonek, 14,` and `Cheryl Silvonek, 54,`
        if head in POSSESSIVES:
            return _NOBODY  # `a révélé son avocate`, `his lawyer said`: someone of the person in focus's, unnamed
        gender = "f" if feminine else ARTICLES.get(head) or next((GENDERED_NOUNS[w] for w in described if w in GENDERED_NOUNS), "")
        if _ages_stated(described) and not self._ages:
            return ("pronoun", gender)  # `sagte der 52-Jährige`, no age given before: he, the person in focus
        introduced_unnamed = bool(noun) and not gender and self._introduced_unnamed(noun, self._quoted_at)
        if self._is_title(noun) and not introduced_unnamed:
            # `le ministre du Redressement productif`: a post; but `the officer recalled`, after `a police
            # officer first called`, is that officer, whom the story never names
            return ("titled", f"{gender} {noun.lower()}")
        if introduced_unnamed or noun and not gender and self._referred_unnamed(noun, self._quoted_at):
            return _NOBODY  # `the spokesperson said`, after `A spokesperson who did not wish to be named`;
            # `the patient wrote`, after `The patient went to his doctor` with no patient named
            # (a gendered one, `the woman`, stays in focus for the `she` that follows)
        if noun and gender and self._language != "de" and self._introduced_unnamed(noun, self._quoted_at) \
                and not self._unnamed_near(gender):
            # `asegura la vecina`, paragraphs after `una vecina de La Pradera comenta`; `the man wrote`, after `A UK
            # man’s decision`: that unnamed one, not whoever spoke last; in English a `he` after stands for them too
            # (French and Spanish sentences that go on with `il` may have turned to a person named by their noun)
            return ("unnamed", gender) if self._language == "en" else _NOBODY
        return ("focus", gender)  # `the wealthy NSW businessman`: no name in it

    def _demonym(self, piece: list[str]) -> int | None:
        """Where in `piece` a French word for where a person is from stands (`le Tarnais`, `la Savoyarde`,
        `l'ancien Lyonnais`: written with a capital after a lower-case article and perhaps an adjective); the
        word, no part of anyone's name, describes the person in focus. None if there is none."""
        if self._language != "fr" or len(piece) < 2 or piece[0] not in ("le", "la", "l'", "l’"):
            return None
        at = 2 if len(piece) > 2 and piece[1].isalpha() and piece[1].islower() else 1
        if not _FR_DEMONYM.fullmatch(piece[at]) or piece[at] in self._name_parts \
                or len(piece) > at + 1 and piece[at + 1][:1].isupper():  # `la Française Camille Roussel` is named
            return None
        return at

    def _unnamed_near(self, gender: str) -> bool:
        """Whether an unnamed person of `gender` spoke within the pronoun look-back, so the focus finds them."""
        return any(self._unnamed_at.get(k) == gender
                   for k in range(self._quoted_at - 1, max(-1, self._quoted_at - 1 - PRONOUN_LOOKBACK), -1))

    def _writing_owner(self, noun: str) -> str | None:
        """Whose `noun` (a letter, a speech) the text named last before the quotation (`The Conservatives'
        letter`), within the pronoun look-back."""
        for k in range(self._quoted_at, max(-1, self._quoted_at - 1 - PRONOUN_LOOKBACK), -1):
            owners = [_owner(m) for m in _WRITING_OWNER.finditer(self._sentences[k].text)
                      if m.group(2).lower() == noun.lower()]
            if owners:
                return owners[-1] or None
        return None

    def _described_person(self, tokens: list[str]) -> tuple[str, str] | None:
        """`„…“, so der Gewerkschafter`, `según el ministro`: a person described after `so` or
        `according to` is the one in focus; a paper (`selon le rapport`) is no one's voice."""
        described = self._described(tokens)
        paper = any(t.lower() in STATEMENTS | WRITINGS | DOCUMENTS for t in tokens[:3])
        if not described or described[0] == "focus" and (described[1] not in ("m", "f") or paper):
            return None
        return described

    def _document_part(self, tokens: list[str]) -> tuple[str, str] | None:
        """`según los artículos 9 y 10 del Tratado de la Unión Europea`, `El artículo primero establece`: a part
        of a law or a treaty speaks for it, named in the words after the part or last before the quotation."""
        if not tokens or tokens[0].lower() not in _DOCUMENT_PARTS:
            return None
        sentences = [tokens[:MAX_SUBJECT_TOKENS]] + [_tokens(self._masked.get(k, ""), self._lexicon)
                                                     for k in range(self._quoted_at - 1, max(-1, self._quoted_at - 1 - PRONOUN_LOOKBACK), -1)]
        for words in sentences:
            for j, word in enumerate(words):
                if word[:1].isupper() and word.lower() in _DOCUMENTS_NAMED and (end := self._name_end(words, j)) > j + 1:
                    if words[end:end + 1] in (["de"], ["of"], ["von"], ["du"]) and re.fullmatch(r"\d{4}", "".join(words[end + 1:end + 2])):
                        end += 2  # `Ley de Aguas de 1866`: a law is named with its year
                    return ("name", " ".join(words[j:end]))
        return None

    def _winner(self, index: int) -> str | None:
        """The person the story gave a prize to (`Le prix Rossel a été attribué à la romancière X`, `the prize
        went to X`, `der Preis wurde an X verliehen`), named after `à`, `to`, `an` or `a` in a sentence about
        a prize, up to sentence `index`."""
        for k in range(index, -1, -1):
            text = self._sentences[k].text
            if not _PRIZE.search(text):
                continue
            for person in self._people_in(k):
                at = text.find(person)
                if at > 0 and set(text[:at].lower().split()[-4:]) & {"à", "to", "an", "a", "al"}:
                    return person
        return None

    def _introduced_unnamed(self, noun: str, index: int) -> bool:
        """Whether the story brought in a `noun` with an indefinite article and no name after it
        (`A spokesperson who did not wish to be named said…`, `un porte-parole a indiqué`) before
        sentence `index`: `the spokesperson` is then that one, whom the story never names. Someone's
        (`a reporter's source inside the camp, a Syrian refugee who asked not to be identified`) is as unnamed."""
        # French `a` is the auxiliary (`a souri le buteur`), no article
        indefinites = sorted(INDEFINITES - self._lexicon.auxiliaries)
        # `A UK man’s decision`: an acronym for where they are from may stand among the words before the noun
        pattern = re.compile(rf"(?:^|\s)(?:(?i:{'|'.join(indefinites)})|\w+['’]s)\s+(?:(?:[a-z]+|[A-Z]{{2,}})\s+){{0,2}}{re.escape(noun)}\b(?!,?\s+[A-Z])")
        return any(pattern.search(sentence.text) for sentence in self._sentences[:index + 1])

    def _referred_unnamed(self, noun: str, index: int) -> bool:
        """Whether a sentence before sentence `index` already spoke of `the noun` with no name after it
        (`The patient went to his doctor…`): the text treats that one as a character of its own, so
        `the patient wrote` is them, not the person last in focus (the doctor quoted before). A
        description the text tied to a name (`Dr. Owen Dempsey, a pulmonologist`) was matched before
        this is asked; so was one that attributed a quotation the text gave a name (`“…,” the expert
        explains`, said by the expert named before)."""
        # `l’avocat du commerçant`: an elided article is written against its noun; `L'avocat du prévenu, Me Luc
        # Vandamme,` is named after the noun's complement
        definites = "|".join(sorted(re.escape(d) + (r"\s*" if d[-1:] in "'’" else r"\s+") for d in DEFINITES))
        pattern = re.compile(rf"(?:^|\s)(?i:{definites}){re.escape(noun)}\b"
                             rf"(?!,?\s+[A-Z]|\s+(?:of|du|de|des|del)\b[^,.;:!?]*,\s+[A-Z])")
        return any(pattern.search(sentence.text) for k, sentence in enumerate(self._sentences[:index])
                   if k not in self._said)

    def _body_name(self, tokens: list[str]) -> str | None:
        """`Association des leaders religieux du Mali a estimé`: a French or Spanish body's name opens
        with a capitalised kind of body and runs, through lower-case words, to the last name word
        before the verb."""
        if not tokens or not tokens[0][:1].isupper() or tokens[0].lower() not in ORGANISATION_WORDS:
            return None
        end = 1
        for k, token in enumerate(tokens[1:MAX_NAME_PHRASE], 1):
            if token.lower() in self._lexicon.auxiliaries or self._is_verb(token) or not token[:1].isalpha():
                break
            if _ELIDED_NAME.sub("", token)[:1].isupper() or end == k and token.lower() not in self._stop_words | PARTICLES:
                end = k + 1  # `Conseil d'État`; `Parti socialiste`, `Conseil constitutionnel`: an adjective right after
        return " ".join(tokens[:end]) if end > 1 else None

    def _of_age(self, description: list[str]) -> str | None:
        """The one person introduced before the quotation whose age the text gives and a description
        fits: `the 14-year-old`, `le joueur de 24 ans` is 14, 24; `the teenager`, `the girl` is under 20;
        `le quinquagénaire` is 50 to 59."""
        ages = _ages_stated(description)
        if ages is None:
            return None
        fits = {person for person, age in self._ages.items() if self._first_seen[person] <= self._quoted_at and age in ages}
        return fits.pop() if len(fits) == 1 else None

    def _introduced_as(self, noun: str, index: int) -> str | None:
        """The one person introduced before sentence `index` as a `noun` (`le graphiste portugais
        Miguel Neiva`): the noun heads the words right before the name."""
        known = set()
        for person, at in self._first_seen.items():
            text = self._sentences[at].text
            before = text[:max(text.find(person), 0)].lower().split()[-3:]
            while before and (before[0] not in ARTICLES or len(before) > 2 and before[1] in ARTICLES):
                before = before[1:]  # the words after the article: `graphiste portugais`
            if at < index and before[1:2] == [noun]:
                known.add(person)
        return known.pop() if len(known) == 1 else None

    def _known_as(self, description: list[str], whose: str | None = None) -> str | None:
        """The one person the article introduced by every word of `description`, in the role of their
        apposition or just before their name (`le ministre` for `Le ministre Jean Dupont`; `le
        ministre de l'Intérieur` for `Jean Dupont, ministre de l'Intérieur`, not for `le ministre du
        Budget`); of several, the one introduced with a word opening like `whose` (`der Coach der Kroaten`:
        `Kroatiens Nationaltrainer`, not `Bundestrainer`)."""
        words = {_ELIDED_NAME.sub("", w) for w in description if w[:1].isalpha()}
        if not words:
            return None
        # `the officer recalled`, before `Another officer, John Cannon, said`: no one introduced after the quotation
        known = {person for person, at in self._first_seen.items()
                 if at <= self._quoted_at and words <= self._introduced_words(person, words)}
        if len(known) > 1 and whose:
            known = {person for person in known if any(
                w[:4].lower() == whose[:4].lower() for w in self._sentences[self._first_seen[person]].text.split())}
        return known.pop() if len(known) == 1 else None

    def _holder(self, post: str) -> str | None:
        """The one person introduced before the quotation with `post` among the words that describe them,
        when a description words it otherwise (`el presidente andaluz ha pedido…`, after `el presidente de la
        Junta de Andalucía, Juanma Moreno`): a post someone was given is theirs, whatever adjective goes with it."""
        held = {self._full_name(person) for person, at in self._first_seen.items()
                if at < self._quoted_at and self._is_person(person) and post in self._introduced_words(person, {post})
                and not self._placed(_tokens(self._sentences[at].text), person)}  # `de la Junta`: the body of the post
        return held.pop() if len(held) == 1 else None

    def _introduced_words(self, person: str, words: set[str]) -> set[str]:
        """The lower-case words describing `person` where the article introduced them: the role set off by a
        comma before the name (`a annoncé la mairesse, Isabelle Gagnon`), the words after the last article
        right before it, a role before its complement, and the role of their apposition; in German also the
        `words` a compound there ends in (`die Bildungssenatorin Renate Kuhlmann` is `die Senatorin`)."""
        text = self._sentences[self._first_seen[person]].text
        at = text.find(person)
        context = [w.rstrip(",") for w in text[:at].lower().split()[-3:]] if at >= 0 else []
        # `der Doktor eine Enkeltochter, Susan Foreman`: the words after the last article describe her
        # `gastro-entérologue au CHU Beaujon`: after a contracted article the name is where someone works, which
        # the words before it do not describe
        context = context[max((k + 1 for k, w in enumerate(context)
                               if w in ARTICLES or w in INDEFINITES or w in _ROMANCE_ARTICLES), default=0):]
        context += self._role_before_complement(text[:at]) if at >= 0 else []
        context += _role_set_off_before(text[:at]) + _apposition_after(text[at + len(person):]) if at >= 0 else []
        if context[-1:] == ["gegenüber"]:
            return set()  # `erklärte die Senatorin gegenüber Radio Bremen`: whom she told, not who she is
        context += (self._roles.get(person) or "").lower().split()
        seen = {_ELIDED_NAME.sub("", w) for w in context}
        seen |= {word for word in words for kin in ROLE_KIN if word in kin and seen & kin}
        if self._language == "de":
            seen |= {word for word in words for w in seen for k in _kin(word) if len(k) > 4 and w.endswith(k)}
        return seen

    def _role_before_complement(self, before: str) -> list[str]:
        """`El juez del Tribunal Supremo Ángel Hurtado`: a role noun whose complement (`del Tribunal
        Supremo`, `of the Supreme Court`) stands between it and the name; the noun describes the person."""
        words = [w.rstrip(",") for w in before.lower().split()[-6:]]
        at = next((k for k in range(len(words) - 1, 0, -1) if words[k] in _COMPLEMENTS), None)
        if at is None or before.rstrip().endswith(","):
            return []
        return [words[at - 1]] if self._role_head(words[at - 1]) else []

    def _dropped(self, tokens: list[str]) -> tuple[str, str] | None:
        """`«…», dijo.` / `«…», explicó en rueda de prensa`: no subject after the verb in a language
        that leaves it out, so the person in focus; a noun phrase there (`dijo un portavoz`) is not that."""
        following = _piece(tokens)[0][:1]
        # Spanish `a` is a preposition (`aseguró a las puertas del tribunal`), not the English article
        if not self._lexicon.pro_drop or following and (following[0][:1].isupper() or following[0].lower() in ARTICLES
                                                        and following[0].lower() != "a"):
            return None
        return ("pronoun", "")

    def _unnamed(self, subject: list[str]) -> tuple[str, str] | None:
        """`A spokesman said` / `Un ancien guide a indiqué`: someone the article leaves unnamed, so
        nobody; `The attorney added` refers back to someone named, so the context decides."""
        one_of = next((k for k in range(len(subject) - 2) if tuple(t.lower() for t in subject[k:k + 3]) in _ONE_OF), None)
        if one_of:
            # `Orellana había sido una de las que planteó`: the subject was one of those who spoke, someone named
            return self._opening(subject[:one_of])
        whole, subject = subject, subject[-MAX_NAME_PHRASE:]
        while subject and subject[-1].lower() in self._lexicon.auxiliaries:
            subject = subject[:-1]  # French `a` (`le ministère a indiqué`) is no English article
        if not any(t.lower() in INDEFINITES and t.lower() not in self._lexicon.auxiliaries for t in subject):
            return None
        if subject and subject[-1].lower() in STATEMENTS:
            return ("focus", "n")  # `a statement said`: the body in focus put it out
        if STATEMENTS & {t.lower() for t in whole} and (body := self._body_phrase(whole)):
            return body  # `Un autre communiqué, émanant du ministère des Affaires étrangères italien, a précisé`
        return self._represented(subject) or _NOBODY

    def _sources_said(self, before: list[str], afters: list[list[str]]) -> tuple[str, str] | None:
        """`En tanto, fuentes de Montecon dijeron a El País que “…”`, `“…”, explicaron las fuentes`: the subject of
        the clause before the quotation, or the one after the verb right after it, is a body's unnamed sources,
        whatever plural verb they take (the verb tables list the singular forms a speaker takes)."""
        clause = before[max((k + 1 for k, t in enumerate(before) if t.startswith(MASK) or t in ",;:"), default=0):]
        if clause[:1] and clause[0].lower() in SOURCES:
            return self._sources_of(clause, self._quoted_at)
        for after in afters[:1]:
            head = [t for t in after if t not in ",;"]
            if len(head) > 2 and head[0].isalpha() and head[0].islower() and head[1].lower() in SOURCES_ARTICLES \
                    and head[2].lower() in SOURCES:
                return self._sources_of(head[1:], self._quoted_at)
        return None

    def _sources_of(self, tokens: list[str], index: int) -> tuple[str, str] | None:
        """The body whose unnamed sources speak: `fuentes de Montecon dijeron`, `sources at Boeing said` (the last
        words before the verb); `explicaron las fuentes`, the body of the sources a sentence up to `index` named so.
        None when the words are no sources of a named body."""
        piece = [t for t in _piece(tokens)[0] if t[:1].isalnum()]
        at = next((k for k, t in enumerate(piece) if t.lower() in SOURCES), None)
        if at is None or at > 1 or at == 1 and piece[0].lower() not in SOURCES_ARTICLES:
            return None
        if at + 2 < len(piece) and piece[at + 1].lower() in PREPOSITIONS | {"at"}:
            rest = [t for t in piece[at + 2:] if t.lower() not in ARTICLES]
            runs = _runs(rest)
            if not runs or runs[0][0] != 0:
                return None
            body = self._full_name(self._name(rest, *runs[0], organisations=True) or " ".join(rest[slice(*runs[0])]))
            return ("name", body)
        if at == 1 and len(piece) == 2:
            for k in range(index - 1, max(-1, index - 1 - PRONOUN_LOOKBACK), -1):
                words = _tokens(self._masked.get(k, ""), self._lexicon)
                starts = [j for j, t in enumerate(words) if t.lower() in SOURCES]
                found = next(filter(None, (self._sources_of(words[j:], k) for j in starts)), None)
                if found:
                    return found
        return None

    def _represented(self, tokens: list[str]) -> tuple[str, str] | None:
        """`a spokesman for Terminix` / `un porte-parole de la SNCF`: the body an unnamed
        spokesperson speaks for, which the reader should see when no person is named."""
        at = next((k for k, t in enumerate(tokens) if t.lower() in SPOKESPEOPLE | STATEMENTS), None)
        if at is None:
            compound = next((t for t in _piece(tokens)[0] if self._body_stem(t)), None)
            body = self._body_named(self._body_stem(compound)) if compound else None
            return ("name", body) if body else _NOBODY if compound else None
        if at + 2 < len(tokens) and tokens[at + 1].lower() == "on" and _possessive(tokens[at + 2]):
            return ("name", _strip_possessive(tokens[at + 2]))  # `a statement on Miller's website`
        genitive = self._language == "de" and tokens[at + 1:at + 2] != [] and tokens[at + 1].lower() in ("der", "des")
        if genitive:
            tokens = [*tokens[:at + 1], "von", *tokens[at + 1:]]  # `ein Sprecher der Polizei`: of the police
        if at + 1 >= len(tokens) or tokens[at + 1].lower() not in PREPOSITIONS:
            # `a Sandown spokesman`: the body named right before the spokesperson
            before = [run for run in _runs(tokens[:at]) if run[1] == at]
            name = [t for t in tokens[before[0][0]:at] if t.lower() not in ARTICLES] if before else []
            if not name and tokens[at].lower() in STATEMENTS:
                # `recoge el fallo`: the court in focus ruled; `según el informe`: the body it named put it out
                return self._named_paper(tokens[at]) or ("focus", "n")
            if not name and at and tokens[at - 1].islower() and tokens[at - 1] in BODY_KINDS | ORGANISATION_WORDS:
                return ("focus", "n")  # `a company spokesman said`: as `the company said`, the body in focus
            return ("name", " ".join(name)) if name else None
        rest = tokens[at + 2:]
        while rest and (rest[0].lower() in ARTICLES or genitive and rest[0].lower() in DE_DETERMINERS):
            rest = rest[1:]
        runs = _runs(rest)
        if not runs or runs[0][0] != 0:
            return None
        end = runs[0][1]
        if genitive and end == 1 and rest[0].endswith("s"):
            # `eine Sprecherin des Bundesamts`: the body the article named in full, less its genitive s
            named = self._body_named(rest[0][:-2 if rest[0].endswith("es") else -1].lower())
            if named:
                return ("name", named)
            if self._kind_noun(tokens[at + 1:], rest[0]):
                return ("focus", "n")  # `in einer Mitteilung des Vorstands`: the board of the body in focus
            stem = rest[0][:-2 if rest[0].endswith("es") else -1]
            if stem.lower().endswith(DE_BODY_ENDINGS):
                return ("name", stem)  # `ein Sprecher des Arbeitgeberverbands`: the Arbeitgeberverband
        if genitive and end > 1 and rest[0].endswith("s") and rest[0].lower().rstrip("s").removesuffix("e").endswith(DE_BODY_ENDINGS):
            # `ein Sprecher des Sparkassenverbands Bayern`: the Sparkassenverband Bayern, its genitive s dropped
            return ("name", " ".join([rest[0][:-2 if rest[0].endswith("es") else -1], *rest[1:end]]))
        if genitive and end == 1 and rest[0].lower() in _GENERIC_BODIES:
            latest = self._latest_body(self._quoted_at)
            if latest:
                return ("name", latest)  # `Die Staatsanwaltschaft Essen ermittelt. Ein Sprecher der Behörde sagte`
        if end == 1 and rest[0].lower() in ORGANISATION_WORDS and rest[1:2] and rest[1][:1].islower() \
                and rest[1] not in self._stop_words and not self._is_verb(rest[1]):
            end = 2  # `la Ligue arabe`, `l'Union européenne`: the adjective is part of the name
        if genitive and end > 1 and rest[0].endswith("es") and len(rest[0]) > 5:
            rest = [rest[0][:-2], *rest[1:]]  # `einer Sprecherin des Kreises Recklinghausen`: the Kreis Recklinghausen
        return ("name", " ".join(_strip_possessive(t) for t in rest[:end]))

    def _named_place(self, chunk: list[str], name: str) -> bool:
        """Whether a one-word `name` in a French or Spanish `chunk` follows an article and a common noun
        that is no role or title (`en la estación Tláhuac`, `à la gare Montparnasse`): a place's name."""
        first = name.split()[0]
        at = chunk.index(first) if first in chunk else 0
        if self._language not in ("es", "fr") or " " in name or at < 2:
            return False
        noun = chunk[at - 1]
        return noun[:1].islower() and chunk[at - 2].lower() in ARTICLES and not self._role_head(noun) \
            and not self._is_title(noun) and noun.lower() not in MEDIA_KINDS

    @staticmethod
    def _complement(chunk: list[str], name: str) -> bool:
        """Whether `name` follows a preposition or a genitive article in `chunk`: whose or what the role
        before it is (`der IG Metall`, `de la Junta`, `for Acme`), not who holds it."""
        first = name.split()[0]
        at = chunk.index(first) if first in chunk else 0
        return any(t.lower() in PREPOSITIONS | PARTICLES | {"der", "des", "la", "el", "l'", "l’"} for t in chunk[1:at])

    def _kind_noun(self, chunk: list[str], name: str) -> bool:
        """Whether a one-word German `name` found in `chunk` is the kind of body after its determiner
        (`das Unternehmen`, `des Vorstands`), which stands for the body in focus, not a body of that name
        (`die Feuerwehr` is one)."""
        if self._language != "de" or name not in chunk:
            return False
        at = chunk.index(name)
        kind = name.lower()
        return at > 0 and chunk[at - 1].lower() in DE_DETERMINERS and (
            kind in BODY_KINDS | FIRM_WORDS or kind.endswith("s") and kind.rstrip("s").removesuffix("e") in BODY_KINDS)

    def _body_stem(self, token: str) -> str | None:
        """`Regierungssprecher` -> `regierung`: the body a German spokesperson compound names."""
        lowered = token.lower()
        ending = next((e for e in SPOKESPERSON_ENDINGS if lowered.endswith(e)), None)
        if self._language != "de" or ending is None or len(lowered) < len(ending) + 3:
            return None
        stem = lowered[:-len(ending)].rstrip("-")
        return stem[:-1] if stem.endswith(("ions", "ungs", "täts", "heits", "keits", "schafts")) else stem

    def _body_named(self, stem: str) -> str | None:
        """The body the article names whose name ends in `stem` (`Bundesregierung`, `Europäische
        Kommission` for `regierung`, `kommission`), first in the text; None if it names none."""
        for index in sorted(self._masked):
            tokens = _tokens(self._masked[index], self._lexicon)
            for start, end in _runs(tokens):
                words = [t for t in tokens[start:end] if t.lower() not in self._stop_words]
                if len(words) == 2 and words[0] in self._nouns and words[1].isupper():
                    words = words[1:]  # `Der Wetterdienst DWD`: the kind of body, then its name
                if words and words[-1].lower().endswith(stem) and " ".join(words) not in self._first_seen:
                    return " ".join(words)
        return None


def _ages_stated(description: list[str]) -> range | None:
    """The ages a description of a person allows (`the 14-year-old`, `der 52-Jährige`, `le joueur de 24 ans`:
    one; `the teenager`: under 20; `le quinquagénaire`, `el sexagenario`: a decade), None if it states none."""
    stated = next((int(m.group(1)) for w in description for m in [_AGED.match(w)] if m), None)
    if stated is None and (m := _AGED_IN_YEARS.search(" ".join(description))):
        stated = int(m.group(1))
    if stated is not None:
        return range(stated, stated + 1)
    decade = next((AGE_DECADES[w] for w in description if w in AGE_DECADES), None)
    if decade is not None:
        return range(decade, decade + 10)
    return range(ADULT_AGE) if YOUNG_NOUNS & set(description) else None


def _kin(word: str) -> frozenset[str]:
    """`word` and the words the press uses for the same post (`ROLE_KIN`: `coach` for `trainer`)."""
    return next((kin for kin in ROLE_KIN if word in kin), frozenset((word,)))


def _role_set_off_before(before: str) -> list[str]:
    """`El periodista ruso laureado con el último premio Nobel de la Paz, Dmitry Muratov`: a role set off by a
    comma right before the name, opening with a definite article; its lower-case words describe the person
    (`según el periodista`), however long its complement."""
    head = before.rstrip()
    if not head.endswith(","):
        return []
    phrase = re.split(r"[,;:.!?«»“”\"]", head[:-1])[-1].split()
    opens = next((k for k, w in enumerate(phrase) if w.lower() in DEFINITES), None)
    if opens is None or len(phrase) - opens > MAX_SUBJECT_TOKENS:
        return []
    return [w.lower() for w in phrase[opens + 1:] if w[:1].islower()]


def _apposition_after(after: str) -> list[str]:
    """`Laura Magallanes, vecina del área e integrante de la ONG … (Coendu), dijo`: the words of the apposition
    set off by commas right after the name, the names in it too, lower-cased (`según contó la integrante de
    Coendu`)."""
    closed = re.match(r",([^,;:.!?«»“”\"]+),", after)  # set off on both sides: `, la lauréate a confié :` is none
    if not closed:
        return []
    words = closed.group(1).replace("(", " ").replace(")", " ").split()
    return [w.lower() for w in words] if len(words) <= MAX_APPOSITION else []


def _attributive(piece: list[str], name: list[str]) -> bool:
    """Whether the capitalised words `name` stand in the English `piece` before the lower-case noun that ends it
    (`the Chicago Fire actor`, `the Perfect Illusion songstress`): they say what the person is known for, as
    English puts a noun's modifiers before it; the person is the one the noun describes."""
    ends = [k + len(name) for k in range(len(piece) - len(name) + 1) if piece[k:k + len(name)] == name]
    return bool(ends) and ends[-1] == len(piece) - 1 and piece[-1].isalpha() and piece[-1].islower()
