"""People's names: the subject before a reporting verb, the name in a run of capitalised words (titles,
descriptors and places dropped), the full name a surname or a title stands for, and the people a sentence
names."""

from __future__ import annotations

import difflib
import itertools
import re

from bot.reader.quotes.lexicon import (
    ABBREVIATED_TITLES, ADVERBS, AGENTS, ARTICLE_PARTICLES, ARTICLES, BODY_KINDS, CALENDAR, CLITICS,
    DE_ABSTRACT_ENDINGS, DE_COMPOUND_TITLES, DEFINITES, DE_DETERMINERS, DE_PERSON_ENDINGS, DE_SHORT_ROLES, DE_WEEKDAYS, GENDERED_NOUNS,
    INDEFINITES, LEXICONS, NAME_JOINERS, NEUTER, OPENERS, ORGANISATION_WORDS, PARTICLES, PREPOSITIONS, RECIPIENTS,
    RELATIVES, ROLE_NOUNS, TITLE_ARTICLES, TITLE_WORDS, TOPIC_WORDS, WORD_FIRST_NAMES,
)
from bot.reader.quotes.speakers.naming import (
    _core, _ends, _fuller, _gender_of, _is_kind, _is_organisation, _shortens, _strip_possessive, _surname_of,
    _undotted, _without_affiliation, _without_descriptor, _without_initials,
)
from bot.reader.quotes.speakers.patterns import (
    _ADVERB_ENDINGS, _AGREEMENT, _BECOMING, _BY, _DATE_WORDS, _DE_ADJECTIVE, _DE_PLURAL_ENDINGS, _DE_PREPOSITIONS, _DETERMINERS, _ELIDED_NAME,
    _EN_ADVERB_ENDINGS, _FR_DEMONYM, _INVERTED_PRONOUN, MASK, MAX_NAME_PHRASE, MAX_PARTICLES, _NO_PERSON_BEFORE, _NOBODY, _PARTICIPLE,
    _PARTY_STATE, _PLACE_OR_BODY_BEFORE, _EPONYM_KINDS, _STUDIES, _REGNAL, SPELLING_MIN_LETTERS, SPELLING_RATIO, YEAR_DIGITS,
)
from bot.reader.quotes.speakers.tokens import (
    _after_setting, _de_noun, _de_role_gender, _names_place, _past_as, _past_setting, _possessive, _run_before_complement,
    _run_before_medium, _runs, _tokens,
)


class NamesMixin:
    """People's names in runs of capitalised words, and the full names they stand for."""

    def _owns_post(self, chunk: list[str], end: int) -> bool:
        """Whether the run ending at `end` says whose post the name after it holds: `said Arsenal boss
        Arsene Wenger`, `said PG&E's CEO Bill Johnson`; the name after it speaks, not the club."""
        after = chunk[end:end + 2]
        if after[:1] and after[0][:1].isupper():
            return _possessive(chunk[end - 1])
        return len(after) == 2 and after[0][:1].islower() and self._role_head(after[0]) and after[1][:1].isupper()

    def _subject(self, tokens: list[str]) -> tuple[str, str] | None:
        """The speaker just before the verb: the nearest comma-separated piece that names a person,
        else the nearest that names an organisation (`Karsenti, PDG de HP France, a indiqué`).

        Pieces in between that name nobody are appositives (`Kim, 45, a father of two, said`);
        long pieces, relative clauses and prepositional ones (`de la CGT`) are skipped, since a
        name ending them is not the subject.
        """
        while tokens and (tokens[-1].lower() in self._lexicon.auxiliaries or tokens[-1] in ADVERBS | CLITICS
                          or self._language == "en" and tokens[-1].endswith(_EN_ADVERB_ENDINGS)):
            tokens = tokens[:-1]  # `Thomas allegedly told a supervisor`
        if len(tokens) > 1 and tokens[-1].lower() in self._lexicon.pronouns and tokens[-2].lower() in self._lexicon.auxiliaries:
            tokens = tokens[:-2]  # `Myriam Martinet, de la CGT, a elle relevé`: a stressed pronoun
        elif tokens and tokens[-1].lower() in self._lexicon.pronouns:
            return ("pronoun", self._lexicon.pronouns[tokens[-1].lower()])
        elif tokens and tokens[-1].lower() in self._lexicon.latter:
            return ("latter", self._lexicon.latter[tokens[-1].lower()])  # `wie dieser … rief`
        elif tokens and tokens[-1].lower() == NEUTER.get(self._language):
            return ("focus", "n")  # `“…,” it said`: the body in focus, not a person
        runs = _runs(tokens)
        if runs and runs[-1][1] == len(tokens) - 1 and self._owns_speaker(tokens, len(tokens) - 1):
            return ("name", self._name(tokens, *runs[-1]))  # `“…,” Reid's office said`: the body, named as written
        if self._language == "en" and len(tokens) == 2 and tokens[0] == "The" and tokens[1][:1].isupper() \
                and tokens[1].lower() not in TITLE_WORDS | ROLE_NOUNS["en"] and not self._part_of_person(tokens[1]):
            return ("name", tokens[1])  # `The Guardian said`, `The Pentagon said`: a body called by one word and its article
        tail = tokens[max((k + 1 for k, t in enumerate(tokens) if t == ","), default=0):]
        if self._language == "en" and 3 <= len(tail) <= 4 and tail[0].lower() in DEFINITES and tail[-1] in _STATE_BODIES \
                and (body := self._body_phrase(tail)) and body[1].split() == tail[1:]:
            # `…, the US military said`, `the Afghan government said`: a state's body, named by whose it is (`the
            # American space agency` is the NASA in focus)
            return body
        segments: list[list[str]] = [[]]
        for token in _without_asides(tokens):
            if token in ",()":
                segments.append([])
            else:
                segments[-1].append(token)
        if any(a[:1] == [_BY] and b[:1] and b[0].lower() in INDEFINITES for a, b in zip(segments, segments[1:])):
            return _NOBODY  # `According to AFP, one user on Weibo … posted:`: AFP reports what someone unnamed said
        segments = [_past_setting(_past_as(segment)) for segment in segments]
        segments[-1] = _after_setting(segments[-1])  # the piece right before the verb, no comma after the phrase
        candidates = [
            (segment, runs[-1]) for segment in reversed(segments)
            if segment and len(segment) <= MAX_NAME_PHRASE and segment[0] not in RELATIVES
            and segment[0].lower() not in PREPOSITIONS and segment[0].lower() not in OPENERS
            and not (len(segment) == 1 and _PARTY_STATE.fullmatch(segment[0]))  # `Sen. Ben Sasse, R-Neb., called`
            # `Interrogée par la RTBF, la lauréate a rappelé`: who asked is no subject
            and not (len(segment) > 1 and segment[1].lower() in AGENTS and _PARTICIPLE.search(segment[0].lower()))
            for runs in [_runs(segment)] if runs and runs[-1][1] == len(segment) and not _names_place(segment, runs[-1][0])
        ]
        # `Mark Wolper, son of producer David L. Wolper, added`: a name inside an apposition that
        # opens with a common noun comes after the name the apposition describes.
        candidates.sort(key=lambda c: c[0] is not segments[0] and c[0][0][:1].islower())
        for organisations in (False, True):
            for segment, (start, end) in candidates:
                if not organisations and (writer := _run_before_medium(segment, start)) \
                        and (name := self._name(segment, *writer)):
                    return ("name", name)  # `Monjurul Haque en el blog Indigenous Bangla escribe`: the blog is where
                before = _run_before_complement(segment, start)
                if before and (self._name_tail(segment, start) or organisations and any(
                        t.lower() in ORGANISATION_WORDS for t in segment[before[0]:before[1]])):
                    if organisations:
                        # `Doctors for Camp Closure said`, `The United Nations High Commissioner for Human Rights said`
                        head = before[0] + (segment[before[0]] in TITLE_ARTICLES)
                        return ("name", " ".join(segment[head:end]))
                    continue
                name = self._name(segment, start, end, organisations)
                if name is None and before and before[1] - before[0] > 1 and not organisations:
                    name = self._name(segment, *before)  # `John Smith of Acme said`: the person, then whose
                if name is None and before and not organisations and (outer := _run_before_complement(segment, before[0])) \
                        and outer[1] - outer[0] > 1:
                    # `Wray Grimaldi of the University of Otago said`: the person before a body named with `of`
                    name = self._name(segment, *outer)
                if name:
                    return ("name", name)
            if not organisations and self._set_off_name(segments):
                return ("name", segments[0][0])
            body = next(filter(None, map(self._institution_named, reversed(segments))), None) if organisations else None
            if body:
                return body  # `Le Conseil constitutionnel, saisi par les députés, estime`
        lone = segments[-1]
        if len(lone) == 1 and self._surname_alone(lone[0]):
            return ("name", lone[0])  # `Perotti concluyó que…`: a surname the article gives alone
        if 1 < len(lone) <= MAX_NAME_PHRASE and lone[0].lower() in PREPOSITIONS | OPENERS and self._part_of_person(lone[-1]):
            return ("name", lone[-1])  # `in deren Verlauf Jonescu sagte`: a person the article named, after the phrase
        return None

    def _set_off_name(self, segments: list[list[str]]) -> bool:
        """`Aena, el gestor aeroportuario, dijo…`, `Sánchez, presidente del Gobierno, afirmó…`: a lone
        name, then descriptions set off by commas up to the verb; the name speaks, not a body the
        description mentions."""
        appositions = segments[1:-1]
        described = all(s and (s[0].lower() in ARTICLES or s[0][:1].islower()) and not self._is_verb(s[0])
                        for s in appositions)
        return (len(segments[0]) == 1 and bool(appositions) and described and segments[-1] == []
                and self._surname_alone(segments[0][0]))

    def _owns_speaker(self, tokens: list[str], end: int) -> bool:
        """Whether a run of capitalised words ending at `end` owns the body or the relative named after it in
        lower case (`Reid's campaign`, `Obama's office`, `Reid's wife`), who speaks then, not the owner; no
        name follows (`Reid's son Rory Reid` is Rory Reid). A spokesman speaks for his owner (`Reid's spokesman`)."""
        return 0 < end < len(tokens) and _possessive(tokens[end - 1]) and tokens[end].lower() in BODY_KINDS | ORGANISATION_WORDS | GENDERED_NOUNS.keys() \
            and tokens[end].islower() and not (end + 1 < len(tokens) and tokens[end + 1][:1].isupper())

    def _subject_alone(self, token: str) -> bool:
        """A single capitalised word before an auxiliary (`Bruxelles a salué`), which the article never
        writes in lower case and which is no stop word or acronym: a name, even ending in s."""
        lowered = token.lower()
        return (self._language != "de" and not token.isupper() and len(token) > 2 and lowered not in self._stop_words
                and lowered not in self._lower and lowered not in CALENDAR and lowered not in ADVERBS | OPENERS)

    def _word_surname(self, token: str) -> bool:
        """Whether a month, a weekday or a word the article also writes in lower case is the surname that ends
        the full name of someone introduced (`May said` after `Theresa May`, `Early says` after `Chris Early`,
        though the text says `in the early going`)."""
        lowered = token.lower()
        return (lowered in CALENDAR or lowered in self._lower and lowered not in self._stop_words) \
            and any(person.endswith(" " + token) for person in self._first_seen)

    def _surname_alone(self, token: str) -> bool:
        """A single capitalised word right before a reporting verb, which the article never writes in
        lower case, that is no stop word, acronym or plural (`Officials said`): someone's surname."""
        lowered = token.lower()
        if self._language == "de":
            return False  # every German noun is capitalised: `Wochen später erklärte…`
        return self._word_surname(token) or (token[:1].isupper() and not token.isupper() and len(token) > 2 and not lowered.endswith("s")
                and lowered not in self._stop_words and lowered not in self._lower and lowered not in CALENDAR
                and lowered not in ADVERBS and lowered not in OPENERS)

    def _name(self, tokens: list[str], start: int, end: int, organisations: bool = False) -> str | None:
        """A person's name from a run of capitalised words, titles dropped; None if it isn't one.

        With `organisations`, also the name of a body that speaks (`NASA`, `the Foreign Office`):
        the speaker when the article names no person. A name owning the body or relative after it (`Reid's
        campaign said`, `Reid's wife said`) is theirs, as the text names them: they speak, not Reid."""
        if self._owns_speaker(tokens, end):
            owner = list(itertools.dropwhile(self._is_title, tokens[start:end]))  # `Sen. Harry Reid's office`
            return f"{' '.join(owner)} {tokens[end]}" if owner else None
        while start < end and _is_kind(tokens[start]):
            start += 1  # `L'ONG Human Rights Watch`: the kind of body, then its name
        start += len(tokens[start:end]) - len(self._past_paper(tokens, start, tokens[start:end]))
        titled = self._titles_in(tokens[start:end])
        run = [_undotted(t) for t in tokens[start:end]]
        if self._language == "de" and run[:1] and run[0].lower() not in self._stop_words:
            run = self._before_article(run)  # `erzählt Nadeschdin der DW`: whom he told is no part of him
            run = self._before_affiliation(run)
        if not run:
            return None
        if not titled and (post := len(run) - len(self._past_romance_post(run))):
            run, start = run[post:], start + post  # `sagte Chef de Mission Schimmelpfennig`: the post, then who holds it
        if titled and titled[-1] + 1 < len(run):
            gender = _gender_of(run[titled[-1]])
            run = self._before_article(run[titled[-1] + 1:])  # `sagte Bürgermeisterin Karin Abt der Zeitung`
            if run[0] in PARTICLES:
                return None  # `Secretario General de las Naciones`: a post, then its body
        elif len(titled) == len(run) and (len(run) > 1 or "-" in run[0]):
            return None  # `Secretario General`: a post alone
        else:
            titled = []
            if organisations and len(run) > 1 and run[0] in TITLE_ARTICLES and start and tokens[start - 1][:1].islower():
                return " ".join(run)  # `le quotidien Le Figaro`: a capitalised article opens a title-like name
            whole = " ".join(run)
            if len(run) > 1 and run[0] in TITLE_ARTICLES and any(p.endswith(" " + whole) for p in self._first_seen):
                return whole  # `Le Pen a déclaré`: a surname opening with a capitalised article, of `Marine Le Pen`
            body = list(run)
            # `Bei der Flughafen Zürich AG`: a word of the stop list opening the run is none of the name,
            # unless an article came before it (`the New Zealand Department`)
            after_article = bool(start) and tokens[start - 1].lower() in _DETERMINERS
            while body and body[0].lower() in self._stop_words and not (after_article and len(body) == len(run)):
                body = body[1:]
            if len(body) > 2 and self._language == "de" and body[0].lower().endswith(DE_ABSTRACT_ENDINGS):
                body = body[1:]  # `Die Zeitung Daily Mail`: the kind of thing, then its name
            if body and _is_organisation(body) and not self._holds_post(tokens, start, run):
                # `el Tribunal de Justicia`, though the text also says `el tribunal`; but `el presidente del
                # Gobierno Pedro Sánchez` is the body, then who holds the post
                if self._language == "de" and len(body) > 2 and body[0].lower().endswith(DE_PERSON_ENDINGS) \
                        and _is_organisation(body[1:]):
                    body = body[1:]  # `Der Autozulieferer Hollmann Automotive`: what kind of firm, then its name
                return " ".join(body) if organisations else None
            while run and (self._common_word(run[0], initial=not start or not tokens[start - 1][:1].isalpha())
                           or self._plural_written(run)) and not self._word_first_name(run):
                run = run[1:]
                start += 1
            if self._demonym_before(tokens, start, run) or self._language == "fr" and len(run) > 2 \
                    and _FR_DEMONYM.fullmatch(run[0]) and " ".join(run[1:]) in self._first_seen:
                # `La Française Camille Roussel a remporté`: her name, not where she is from (the article may be
                # cut off already, the name known without the word)
                run, start = run[1:], start + 1
            run_before, named = run, self._before_object(self._without_nouns(run))
            previous = tokens[start - 1] if start else ""
            # `de la NFL Roger Goodell`: after `of the`, a body's acronym, then the person who heads it
            headed = len(named) >= 3 and len(named[0]) > 1 and named[0].isupper()
            # `kritisierte der Ehrenvorsitzende Karl-Peter Naumann`: a German article, the role, then the name
            # (`Ihr Kollege Carstens`: a surname the article gave in full)
            headed = headed or previous.lower() in DE_DETERMINERS and len(run) > len(named) >= 1 and (
                len(named) > 1 or self._part_of_person(named[0]))
            run = named
            if previous.lower() in self._stop_words and previous.lower() not in self._lexicon.pronouns \
                    and not organisations and not headed:
                if not self._holds_post(tokens, start, run):
                    return None
                run = run[-2:]  # `el alcalde de San Francisco Ed Lee`: the place, then who holds the post
            if _possessive(previous) and len(run) > 2 and self._role_head(run[0]):
                run = run[1:]  # `PG&E's CEO Bill Johnson`: whose post, the post, who holds it
            elif _possessive(previous):
                return None  # South Wind Women's Center: a thing someone has, not someone
            # `Volkswirtschaftsdirektorin Regula Meier-Suter` is a woman, `FDP-Fraktionschef Beat Hürlimann` a man:
            # the German role noun before the name says which
            noun = stripped[-1].lower() if (stripped := run_before[:len(run_before) - len(named)]) else ""
            gender = None if self._language != "de" or len(noun) < 6 else "f" if noun.endswith("in") else \
                "m" if noun.endswith(("er", "or", "chef", "ent", "ant", "ist", "eur")) else None
        run = _without_descriptor([_strip_possessive(t) for t in run])
        if not run or any(t.lower() in CALENDAR for t in run) and not self._first_name_month(tokens, start, run) \
                and not self._weekday_surname(tokens, start, run):
            return None
        if self._seated(tokens, start, run):
            run = run[-2:]
        if any(a.isupper() and len(a) > 1 and b in PARTICLES for a, b in zip(run, run[1:])):
            return None  # `PDG de HP France`, `CEO of BP`: a post, not a name
        if organisations and not titled:
            return " ".join(run) if _is_organisation(run) else None
        if _is_organisation(run) and not run[0].isupper():
            return None
        if len(run) == 1 and not titled and (run[0].isupper() or run[0] in self._nouns or not self._known_single(run[0])
                                             or self._language == "de" and _feminine_role(run[0])
                                             or self._inside_noun_phrase(tokens, start, end)):
            return None
        name = " ".join(run)
        if gender:
            self._gender.setdefault(self._full_name(name), gender)
        return name

    def _inside_noun_phrase(self, tokens: list[str], start: int, end: int) -> bool:
        """Whether an English capitalised word stands between lower-case words of one noun phrase: a
        word it qualifies after it, an adjective before it (`says a senior Afghan economic official`,
        `said senior Kremlin aide Yuri Ushakov`): whose official or aide, no one's name. The word
        before is no reporting verb (`said Smith yesterday`) and the one after no little word
        (`said NASA on Friday`), nor is the word a name the story gives someone (`But neighbour Wexler
        picks up the story`, after Doris Wexler)."""
        if self._language != "en" or start == 0 or end >= len(tokens):
            return False
        before, after = tokens[start - 1], tokens[end]
        return before.isalpha() and before.islower() and before not in self._lexicon.verbs \
            and after.isalpha() and after.islower() and after not in self._stop_words \
            and not self._part_of_person(tokens[start])

    @staticmethod
    def _first_name_month(tokens: list[str], start: int, run: list[str]) -> bool:
        """Whether a run holding a month's name is a person's name that opens with it (`des Ingenieurs
        August Schellhorn`, `June Carter`), not a date (`am 3. August`, `im August Müller`)."""
        previous = tokens[start - 1].lower() if start else ""
        return len(run) > 1 and not any(t.lower() in CALENDAR for t in run[1:]) and not previous[:1].isdigit() \
            and previous not in _DATE_WORDS

    def _weekday_surname(self, tokens: list[str], start: int, run: list[str]) -> bool:
        """Whether a run ending in a weekday or a month is a person (`…, Markus Freitag.`, `Theresa May`, `Mark
        May`): two words, a first name then the calendar word, the first never written lower case (`Early May`) nor
        a German noun, mid-sentence in German (`Am Freitag`, `Bis Montag` open a sentence); or that surname alone,
        of someone so introduced, after no little word or number and before no number (`May said`, not `in May`,
        `May 12`)."""
        if len(run) == 1 and run[0].lower() in CALENDAR:
            previous = tokens[start - 1] if start else ""
            following = tokens[start + 1] if start + 1 < len(tokens) else ""
            return self._word_surname(run[0]) and previous.lower() not in self._stop_words | _DATE_WORDS \
                and not previous[:1].isdigit() and not following[:1].isdigit()
        if len(run) != 2 or run[1].lower() not in CALENDAR or not run[0].isalpha() or run[0].lower() in CALENDAR \
                or run[0].lower() in self._stop_words:
            return False
        if self._language == "de":
            return start > 0 and run[1].lower() in DE_WEEKDAYS and run[0] not in self._nouns and not _de_noun(run[0])
        return run[0].lower() not in self._lower

    def _holds_post(self, tokens: list[str], start: int, run: list[str]) -> bool:
        """Whether a run after `of` names a place or a body and then a person, the two last words, who
        holds the post before it: `el alcalde de San Francisco Ed Lee`, `le maire de Paris Anne Hidalgo`.
        A post is a lower-case word or a title right before `of` (and its article)."""
        of = start - 1
        if of > 0 and tokens[of].lower() in ARTICLE_PARTICLES:
            of -= 1  # `de las Naciones Unidas`
        if len(run) < 3 or of < 1 or tokens[of].lower() not in PREPOSITIONS | {"to"}:  # `envoy to Ukraine Kurt Volker`
            return False
        post = tokens[of - 1]
        return post.isalpha() and (post.islower() and post not in self._stop_words or self._is_title(post)) \
            and all(w[:1].isupper() for w in run[-2:])

    def _seated(self, tokens: list[str], start: int, run: list[str]) -> bool:
        """Whether a run after a post names the post's party and seat, then the person who holds it,
        the two last words: `le sénateur UMP de la Moselle François Grosdidier`."""
        return start > 0 and self._role_head(tokens[start - 1]) and len(run) > 3 and len(run[0]) > 1 \
            and run[0].isupper() and run[1] in PARTICLES and all(w[:1].isupper() and w not in PARTICLES for w in run[-2:])

    def _is_title(self, token: str) -> bool:
        """`Mr`, `Dr.`, `Président-candidat`: a title, or a compound that opens with one; in German also
        a compound that ends in a long one (`Wirtschaftsminister`, `CDU-Generalsekretärin`)."""
        parts = token.lower().rstrip(".").split("-")
        return parts[0] in self._lexicon.titles or self._language == "de" and parts[-1].endswith(DE_COMPOUND_TITLES)

    def _titles_in(self, run: list[str]) -> list[int]:
        """Where a run of capitalised words has titles; an abbreviation with no full stop right after
        a title is a first name, not a second title (`Defense Minister Gen Nakatani`), and a title
        word ending a run after a name is a surname (`B.B. King`, `Claudette King`)."""
        roles = ROLE_NOUNS.get(self._language, frozenset())
        titled = [k for k, t in enumerate(run) if self._is_title(t) and not (
            k and t.lower() in ABBREVIATED_TITLES and run[k - 1].lower() in self._lexicon.titles
            and run[k - 1].lower() not in ABBREVIATED_TITLES) and not (
            k and k == len(run) - 1 and not self._is_title(run[k - 1]) and run[k - 1][:1].isupper()) and not (
            self._middle_initial(run, k))]
        # `Chief Executive Satya Nadella`: a role noun right after a title goes on with it
        while titled and titled[-1] + 2 < len(run) and run[titled[-1] + 1].lower() in roles:
            titled.append(titled[-1] + 1)
        return titled

    def _middle_initial(self, run: list[str], k: int) -> bool:
        """`Ann M. Veneman`: a one-letter title (French `M.`) between a first name and a surname is the
        middle initial, not `Monsieur`, when the text also capitalises the word before it inside a
        sentence; `Selon M. Kharazi`, `Ensuite M. Durand` open a sentence and keep it a title."""
        return len(run[k].rstrip(".")) == 1 and 0 < k == len(run) - 2 and run[k - 1] in self._capitalised_inside \
            and run[k - 1].lower() not in self._stop_words and not self._is_title(run[k - 1]) \
            and not self._is_verb(run[k - 1].lower())

    def _without_nouns(self, run: list[str]) -> list[str]:
        """A German run less the nouns before the name (`Wirtschaftswissenschaftler Branko Milanovic`,
        `Studie von Perotti`, `Vater Tim Brandt`): a word the text puts after an article, a long one
        with a noun's ending, a short role word, or a capitalised article opening a title, when more
        capitalised words follow it; then a particle left at the front."""
        if not self._nouns and self._lexicon is not LEXICONS["de"]:
            return run
        whole = run
        # `Das Urteil von Martin Luther`: a title
        while len(run) > 1 and not self._first_and_surname(run, whole) and (
                run[0] in self._nouns or _de_noun(run[0]) or self._noun_inflected(run[0])
                # `des Ingenieurs August Schellhorn`: a role in the genitive
                or len(run) > 2 and run[0].endswith("s") and _de_noun(run[0][:-1])
                or run[0].lower() in DE_DETERMINERS | DE_SHORT_ROLES
                # `Teschs Tochter Marie Tesch`: whose daughter, then her name
                or len(run) > 2 and run[0].endswith("s") and run[0][:-1] in self._capitalised_inside
                and (run[1].lower() in DE_SHORT_ROLES or _de_noun(run[1]))
                # `Österreichs Sportdirektor Mario Stecher`: whose post, the post, then a full name
                or len(run) > 3 and run[0].endswith("s") and (run[1].lower() in DE_SHORT_ROLES
                                                              or _de_noun(run[1]))
                # `Autorin Rhiannon Lambert`: a woman's noun for what she does, before a full name
                or len(run) > 2 and _feminine_role(run[0])
                # `Angeführt von All-NBA-Guard Shai Gilgeous-Alexander`: a participle opening the
                # sentence, then whom by
                or len(run) > 2 and run[1] in ("von", "vom") and _DE_PARTICIPLE.fullmatch(run[0].lower())):
            run = run[1:]
            while len(run) > 1 and run[0] in PARTICLES:
                run = run[1:]
        if len(run) == 3 and len(whole) > 3 and whole[-4].endswith("s") and all(t[:1].isupper() for t in run):
            run = run[1:]  # `des Klimaprogramms Copernicus Samantha Burgess`: a body in the genitive, its name, hers
        return self._before_article(run)

    def _first_and_surname(self, run: list[str], whole: list[str]) -> bool:
        """`Usyks Promoter Alexander Krassyuk`: once a post is dropped from a German run, the two words left are a
        first name and a surname, though a long first name ends like a noun (`Alexander`, `Christopher`); a word the
        text puts after an article is a noun still, either of the two (`Der Verein Fluglärmgeplagter Anwohner`)."""
        return len(run) == 2 and len(whole) > 2 and run[0].lower() not in DE_DETERMINERS and run[1] not in PARTICLES \
            and not any(t in self._nouns or self._noun_inflected(t) for t in run)

    def _past_romance_post(self, run: list[str]) -> list[str]:
        """`Chef de Mission Schimmelpfennig`, `Jefe de Gobierno Pedro Sánchez`: a post written the French or Spanish way, a
        role noun, `de` and a capitalised noun, before the name of who holds it; the run past it (the run itself when
        it opens with no such post)."""
        if len(run) > 3 and run[1].lower() in ("de", "d'", "d’") and self._role_head(run[0]):
            return run[3:]
        return run

    def _before_affiliation(self, run: list[str]) -> list[str]:
        """`sagt Christiane Neumüller von Capco`: German `von` after a first name and a surname says where the
        person works, so the name ends before it; a nobility `von` comes right after the first name (`Friederike
        von Thadden`), and a noun before the name is a post (`Bundespräsident Richard von Weizsäcker`). A body after
        it ends the name after a post too (`Der Ökonom Alexander Krüger von der Bank Lampe`, `der Ökonom Thomas Weber
        von der Commerzbank`), before the post is dropped with what might look like a noun (`Alexander`)."""
        if self._language != "de":
            return run
        run = _without_affiliation(run)
        at = next((k for k in range(2, len(run) - 1) if run[k] in ("von", "vom")), None)
        if at is None:
            return run
        post = 0  # the words of a post before the first name and the surname
        while post < at - 2 and (run[post] in self._nouns or run[post].lower() in DE_SHORT_ROLES or _de_noun(run[post])):
            post += 1
        # after a post, the surname may stand after an article somewhere too (`eine Studie, die laut Pfeiffer …`)
        if not all(t[:1].isupper() and not self._is_title(t) and t.lower() not in DE_DETERMINERS
                   and (t not in self._nouns or post and k == at - 1) for k, t in enumerate(run[post:at], start=post)):
            return run
        return run if any(_de_noun(t) and t not in self._capitalised_inside for t in run[post:at - 1]) else run[:at]

    def _before_article(self, run: list[str]) -> list[str]:
        """`sagte Müller der Zeitung`, `erzählt Nadeschdin der DW`: an article before a noun or an acronym ends a
        German name (`von der Leyen` goes on)."""
        end = next((k for k in range(1, len(run) - 1) if run[k].lower() in DE_DETERMINERS
                    and (run[k + 1] in self._nouns or len(run[k + 1]) > 1 and run[k + 1].isupper())
                    and run[k - 1] not in PARTICLES), len(run))
        return run[:end]

    def _past_surname(self, run: list[str]) -> list[str]:
        """A run of two people side by side, the first by the surname the article gave in full before
        (`konfrontieren Fichtner und Geyer Claas Relotius`, German putting the object after the
        subjects): the person named in full after that surname, not `Geyer Claas Relotius`."""
        if len(run) > 2 and " ".join(run[1:]) in self._first_seen and any(
                person.split()[-1] == run[0] for person in self._first_seen if " " in person):
            return run[1:]
        return run

    def _before_object(self, run: list[str]) -> list[str]:
        """`Hier sieht auch Bönte Vorteile für den Ukrainer`: German puts the object's noun right after the
        subject, so a surname the article gave in full before, then a word of no one's name, is that person
        (`Bernd Bönte`), not someone called `Bönte Vorteile`."""
        if self._language != "de" or len(run) != 2 or run[1] in self._name_parts:
            return run
        people = [person for person in self._first_seen if " " in person and person.split()[-1] == run[0]]
        return people[0].split() if len(people) == 1 else run

    def _noun_inflected(self, token: str) -> bool:
        """A German noun the text puts after an article in another form: `50 Texte von Claas
        Relotius` after `einen Text`, `den Zeugen` after `der Zeuge`; no name of `Texte von Claas`; and
        `Teamkollege Luc Wirtgen` after `seinen Teamkollegen`."""
        return any(token.endswith(ending) and token[:-len(ending)] in self._nouns or token + ending in self._nouns
                   for ending in _DE_PLURAL_ENDINGS)

    def _common_word(self, token: str, initial: bool) -> bool:
        """A capitalised word that is really an ordinary one: the article also writes it in lower
        case (`Actress`), it is a stop word or an adverb opening the sentence (`Según`, `Además`; but `Per
        Mertesacker`), or
        an English participle opening it that the article never writes inside a sentence (`Hosting
        Cook at Dreamforce` names Cook, not a `Hosting Cook` who would share his surname)."""
        lowered = token.lower()
        return (lowered in self._lower or lowered in self._stop_words and (initial or token.isupper())
                or initial and lowered in ADVERBS  # `Además de García Ortiz, el juez cita…`: besides him
                or initial and len(lowered) >= 9 and lowered.endswith(_ADVERB_ENDINGS)  # `Officiellement Díaz est…`
                or initial and len(lowered) >= 8 and self._language == "en" and lowered.endswith(_EN_ADVERB_ENDINGS)
                or initial and self._opening_role(token)
                or initial and self._language == "de" and (lowered in _DE_PREPOSITIONS or bool(_DE_ADJECTIVE.search(lowered)))
                or initial and len(lowered) >= 6 and lowered.endswith("ing") and token not in self._capitalised_inside)

    def _plural_written(self, run: list[str]) -> bool:
        """`Investigator Robert Cornett` after `told investigators`: an English word before a full name that
        the text writes in lower case in the plural is a common noun, his post, not his first name; a run
        of two (`Mark Brown` beside `marks`) keeps both words."""
        lowered = run[0].lower()
        return self._language == "en" and len(run) > 2 and run[1][:1].isupper() and (
            lowered + "s" in self._lower or lowered + "es" in self._lower)

    def _word_first_name(self, run: list[str]) -> bool:
        """`“…,’’ Will Moy, chief executive of Full Fact, told the BBC`: a first name that is also a
        modal (`Will`, `May`), written with a capital inside a sentence and before a surname."""
        return len(run) > 1 and run[0] in WORD_FIRST_NAMES and run[0] in self._capitalised_inside \
            and run[1][:1].isupper() and run[1].lower() not in self._lower

    def _known_single(self, token: str) -> bool:
        """A lone capitalised word is a name if the article never writes it lower-case otherwise, or if it is the
        month or weekday that ends someone's full name (`May said`, after `Mark May`; `may` is written too)."""
        lowered = token.lower()
        if self._word_surname(token):
            return True
        if lowered in self._stop_words or lowered in self._lower or _de_weekday_compound(lowered):
            return False
        return token in self._capitalised_inside or self._part_of_person(token)

    def _resolve(self, found: tuple[str, str], index: int) -> str | None:
        kind, value = found
        if kind in ("name", "source") and (value in self._nouns and not value.isupper() and not self._part_of_person(value)
                                           or value.lower() in ORGANISATION_WORDS) \
                and (referent := self._referent(value, index)):
            # `Das Gericht betonte`, `El Ministerio respondió`: a noun, standing for the body the text named (an
            # acronym after an article, `die EPI`, is the body's own name); a surname the text also writes after an
            # article and an adjective (`der flinke Usyk`) stays the person's, not `Ukrainer Usyk`
            return referent
        if kind in ("name", "source"):
            words = self._after_post(value.split())
            if len(words) == 1 and _ELIDED_NAME.match(words[0]) and words[0][2:3].isupper():
                words = [words[0][2:]]  # `L'OMS a averti`: the body, not its elided article
            return self._full_name(" ".join(words), index)
        if kind in ("pronoun", "owner"):
            return self._antecedent(value, index, own=kind == "pronoun")
        if kind in ("focus", "document"):
            return self._focus(value, index, opening=kind == "focus")
        if kind == "latter":
            return self._latter(value, index)
        if kind == "titled":
            gender, post = value.split(" ", 1)
            focus = self._focus(gender, index)
            held = self.role(focus) if focus else None
            if focus and held and post not in held.lower() and held.lower() not in post:
                focus = held = None  # `Die Ministerin erklärte` after the police spokesman Jan Ott: not him, whose post differs
            if not held and (stem := self._body_stem(post)) and (body := self._body_named(stem)):
                # `so der Feuerwehrsprecher weiter`, no spokesman named: the Feuerwehr speaks, as through
                # `ein Feuerwehrsprecher`, not the body or the person the story last had in focus
                focus = self._resolve(("name", body), index)
            return self._recurring_role(post) or focus or self._named_next(gender, post, index)
        return None

    def _after_post(self, run: list[str]) -> list[str]:
        """A run of capitalised words less a post and what comes before it, when a name of two words
        or more follows (`Apple CEO Tim Cook` is Tim Cook; the post is his role, `_introduce`)."""
        roles = ROLE_NOUNS.get(self._language, frozenset())
        post = max((k for k, t in enumerate(run[:-2]) if t.lower() in roles), default=None)
        return run if post is None else run[post + 1:]

    def _full_name(self, name: str, index: int | None = None) -> str:
        """The full name the article introduced for part of it (`Kim`, `Mr Kim`), when only one fits.

        A bare word is a surname first (`Kim` is Sung Kim, not Kim Jong Un), and someone introduced
        before sentence `index` comes before someone the article only names later.
        """
        if name in self._long_forms:
            return self._long_forms[name]  # `HRW` is the `Human Rights Watch` the article spelt out
        if " " in name and (cased := self._cased.get(name.lower())) is not None:
            name = cased  # `confirme Ivan du Roy` after `Ivan Du Roy`: one person, written as first introduced
        parts = name.split()
        if not parts or len(parts) > 1 and _is_organisation(parts):
            return name  # a body's name is whole already: `Iglesia Metodista Unida` is no one's surname
        name = self._without_later_initials(name)
        parts = name.split()
        candidates = {*self._by_word.get(parts[0], ()), *self._by_word.get(parts[-1], ())}
        # `Nancy Rodas` after `Nancy Paola Rodas`: a middle name left out is the same person, as first introduced
        # (`Mario Raúl Negri` in a tweet after `Mario Negri` leaves him `Mario Negri`)
        matches = {self._without_later_initials(p) for p in candidates if _shortens(parts, p.split()) or _fuller(p.split(), parts)
                   and self._first_seen[p] < self._first_seen.get(name, len(self._sentences))}
        if not matches and len(parts) == 1:
            # `Pastor` for `Ana Pastor García`: a Spanish first surname, when no name ends in it.
            matches = {p for p in candidates if parts[0] in _core(p.split())[1:-1]}
        if len(matches) > 1:
            matches = {p for p in matches if _ends(parts, _core(p.split()))} or matches
        if len(matches) > 1 and index is not None:
            matches = {p for p in matches if self._first_seen[p] <= index} or matches
        if len(matches) > 1:
            # `Ron Karenga — aka Dr. Maulana Karenga`: one person, by the name given first; `Fischer’s mother,
            # Adrianne Fischer`: the surname alone stays with the Fischer it meant
            matches = {p for p in matches if self._aliases.get(p) not in matches
                       and not (len(parts) == 1 and p in self._kin_only)} or matches
        if len(matches) > 1:
            # `Army Spc Caleb Barnes` is `Caleb Barnes`; `Bahamas Bolt` is a caption run into a name.
            matches = {p for p in matches if not any(q != p and p.endswith(" " + q) for q in matches)}
            # `Kauri (Te Kaurinui Robert) Parata` in a caption, `Te Kaurinui Robert Parata` in the text and
            # `Te Kaurinui Parata` in another caption: one person, whose name is written out in full once
            matches = {p for p in matches if not any(_fuller(q.split(), p.split()) for q in matches)}
            matches = {p for p in matches if not set(p.split()) - set(parts) & self._alone} or matches
        if len(matches) > 1 and index is not None:
            # `Donald Sterling … Shelly Sterling … Donald Sterling's downfall … “…,” Sterling said`:
            # the one the text last wrote out in full, unless both were in the same sentence.
            latest = {p: max((k for k in self._named_at.get(p, ()) if k <= index), default=-1) for p in matches}
            ranked = sorted(latest.values(), reverse=True)
            if ranked[0] > ranked[1]:
                matches = {p for p in matches if latest[p] == ranked[0]}
        if not matches and len(parts) == 1 and len(parts[0]) >= SPELLING_MIN_LETTERS:
            # `Gadaffi` for `Muammar Al Gaddafi`: a surname transliterated another way, when only one fits
            matches = {person for surname, people in self._by_word.items() if surname[:1] == parts[0][:1]
                       and difflib.SequenceMatcher(None, surname, parts[0]).ratio() >= SPELLING_RATIO
                       for person in people if " " in person and person.split()[-1] == surname}
            if len({person.split()[-1] for person in matches}) == 1:
                # one surname, written out once or more (`Muammar Al Gaddafi`, `Muammar Gaddafi`): as first given
                return min(matches, key=lambda person: self._first_seen.get(person, len(self._sentences)))
            matches = set()
        if not matches and len(parts) == 1:
            # `7. Tijen Onaran, Gründerin …` as a sub-heading, then `Tijen kommentiert: „…“`: the one
            # name a heading gives for the word
            headed = {h for h in self._heading_names if parts[0] in h.split()}
            return headed.pop() if len(headed) == 1 else name
        if len(matches) != 1:
            return name
        found = matches.pop()
        if len(parts) == 1 and self._single_seen.get(name, len(self._sentences)) < self._first_seen.get(found, 0) \
                and found not in self._heading_names and not self._single_titled.get(name):
            # `Tesla dijo…` long before `rayos X. Tesla`: the name as the article introduced it; but
            # `Präsident Trump` before `US-Präsident Donald Trump` is Donald Trump
            return name
        # `Ana Pastor` after `Ana Pastor García`: the name as the article first gave it.
        longer = [p for p in self._by_word.get(found.split()[0], ())
                  if _shortens(found.split(), p.split()) and self._first_seen[p] < self._first_seen.get(found, 0)]
        return longer[0] if len(longer) == 1 else found

    def _without_later_initials(self, name: str) -> str:
        """The name without its middle initials when the article introduced it so before: `Donald J. Trump:`
        heading a post, or `Trump` said after it, is the `Donald Trump` the story named first."""
        plain = " ".join(_without_initials(name.split()))
        unseen = len(self._sentences)
        return plain if plain != name and self._first_seen.get(plain, unseen) < self._first_seen.get(name, unseen) else name

    def _people_in(self, index: int, singles: bool = False, before_quote: bool = False) -> list[str]:
        """Names of people in one sentence: two or more capitalised words, or a titled one.

        With `singles`, also a lone word that is part of a full name met anywhere in the article;
        with `before_quote`, only those named before its first quotation (a pronoun's person is
        named before it, not in the words after the quote).
        """
        tokens = _tokens(self._masked.get(index, self._sentences[index].text), self._lexicon)
        if before_quote:
            tokens = tokens[:next((k for k, t in enumerate(tokens) if t.startswith(MASK)), len(tokens))]
        people = []
        for start, end in _runs(tokens):
            if _possessive(tokens[end - 1]) and end < len(tokens) and tokens[end][:1].isupper():
                continue  # `India's Prime Minister Narendra Modi`: a country or a body owns the post
            if self._language == "de" and end - start == 2 and tokens[start].endswith("s") \
                    and tokens[start][:-1] in self._alone:
                continue  # `die Foucaults Werk durchzieht`: a German possessive of a name written alone, then its noun
            if self._name_tail(tokens, start) or _names_place(tokens, start):
                continue  # `Doctors for Camp Closure`: the end of a body's name; `la escuela Manuel Belgrano`
            if start and tokens[start - 1].lower() in _BECOMING:
                continue  # `Before stepping aside to become Chief Whip he …`: the post he took, no one's name
            if _quantity_before(tokens, start):
                continue  # `rund 21 Billionen Tonnen schwer`, `3,5 Millionen Euro`: a quantity and its unit
            if self._language in ("fr", "es") and start and tokens[start - 1].lower() in _PLACE_OR_BODY_BEFORE \
                    and not self._titles_in(tokens[start:end]):
                continue  # `exiliado en Costa Rica`, `del Movimiento Estudiantil`, `la Universidad Paulo Freire`: no one
            if self._language in ("fr", "es") and start > 1 and tokens[start - 1].lower() in ("de", "en") \
                    and tokens[start - 2].lower() in _STUDIES:
                continue  # `su carrera de Ciencias Políticas`: a field of study
            titled = self._titles_in(tokens[start:end])
            run = [_strip_possessive(_undotted(t)) for t in tokens[start:end]]
            if titled:
                gender = _gender_of(run[titled[-1]])
                run = self._before_article(run[titled[-1] + 1:])
                if run[:1] and run[0] in PARTICLES:
                    continue  # `ein Sprecher der Berufsfeuerwehr München`: a post, then its body
            else:
                run = self._past_romance_post(self._past_medium(tokens, start, run))
                while len(run) > 2 and _is_kind(run[0]) and _ELIDED_NAME.sub("", run[0]).isupper():
                    run = run[1:]  # `L'ONG Amnesty International`: the kind of body, then its name
                initial = not start or not tokens[start - 1][:1].isalpha()
                opened = run
                while run and (self._common_word(run[0], initial) or self._plural_written(run)):
                    run, initial = run[1:], False
                if self._demonym_before(tokens, start, run):
                    run = run[1:]  # `La Française Camille Roussel`: where she is from, then her name
                run = self._before_affiliation(run)
                run = self._without_nouns(run)
                if self._place_or_thing(tokens, start, run):
                    continue
                # `Trainer Tom Schmidt traf…`: the noun before the name shows a man, even where the sentence opens
                gender = _de_role_gender(opened[:opened.index(run[0]) if run and run[0] in opened else len(opened)],
                                         tokens[start - 1] if start else "") if self._language == "de" else None
                run = self._after_post(run)
                run = self._before_object(self._past_surname(run))
                if self._holds_post(tokens, start, run) or self._seated(tokens, start, run):
                    run = run[-2:]  # `el alcalde de San Francisco Ed Lee`
            run = _without_descriptor(run)
            if self._language in ("fr", "es") and not titled and end - start == len(run) + 1 \
                    and tokens[start].lower() in _EPONYM_KINDS:
                continue  # `la Universidad Paulo Freire`, `el Hospital Carlos Andrade`: a place named after someone, not them
            if not run or any(t.lower() in CALENDAR for t in run) and not self._first_name_month(tokens, end - len(run), run) \
                    and not self._weekday_surname(tokens, end - len(run), run):
                continue
            if len(run) < 2 and not titled and not (singles and self._part_of_person(run[0])):
                continue
            surname = _surname_of(run)
            if surname.isupper() and len(surname) > 1 and not _REGNAL.fullmatch(surname) or _is_organisation(run) \
                    or " ".join(run) in self._titled:
                continue  # `The Hollywood Reporter`; but `Benoît XVI`, `Felipe VI` are people
            name = " ".join(run)
            if gender:
                self._gender.setdefault(name, gender)
            people.append(name)
        return people

    def _demonym_before(self, tokens: list[str], start: int, run: list[str]) -> bool:
        """Whether a French run opens with a word for where someone is from after its article, then a full
        name (`la Française Camille Roussel`, `L'Italienne Giulia Ferretti`); a first name takes no article
        (`Julien Roussel`, `Bernard Lhuillier` keep theirs)."""
        if self._language != "fr" or len(run) < 3 or run[0] not in tokens[start:]:
            return False
        at = tokens.index(run[0], start)
        word = _ELIDED_NAME.sub("", run[0])
        articled = word != run[0] or at and tokens[at - 1].lower() in ("le", "la", "les")
        return bool(articled and _FR_DEMONYM.fullmatch(word) and run[1][:1].isupper() and run[2][:1].isupper())

    def _place_or_thing(self, tokens: list[str], start: int, run: list[str]) -> bool:
        """Whether an English run of capitalised words, holding no post, follows an article or `in`: a place
        or a thing (`in San Francisco`, `in the Middle East`, `the Republican Senate candidate`, `a Grateful
        Dead gig`), never a person a `he` or `she` could stand for; `the Apple CEO Tim Cook` holds a post."""
        if self._language != "en" or not start or len(run) < 2:
            return False
        return tokens[start - 1].lower() in _NO_PERSON_BEFORE and self._after_post(run) == run

    def _past_medium(self, tokens: list[str], start: int, run: list[str]) -> list[str]:
        """A run of capitalised words less the paper or agency it opens with, when it follows a reporting
        verb and the preposition of whom the words were said to: `explique au Monde Marie Lefèvre`, `dijo a
        Efe María López`, `explicó a El País María López` name Marie Lefèvre and María López (one word for
        the medium, after its article; `_past_recipient` reads the attribution the same way); and `_past_paper`."""
        if (past := self._past_paper(tokens, start, run)) is not run:
            return past
        if start < 2 or tokens[start - 1].lower() not in RECIPIENTS.get(self._language, ()) \
                or not self._is_verb(tokens[start - 2]):
            return run
        medium = 2 if run[0].lower() in ARTICLES else 1
        return run[medium:] if len(run) - medium >= 2 else run

    def _past_paper(self, tokens: list[str], start: int, run: list[str]) -> list[str]:
        """`Speaking to the Daily Mail Lacerda claimed`: a run after `to the` or `with the` that names a paper,
        then someone the text named in full before, is that someone; `run` itself otherwise."""
        if self._language != "en" or start < 2 or tokens[start - 1] != "the" or tokens[start - 2].lower() not in ("to", "with"):
            return run
        known = next((k for k in range(1, len(run)) if any(
            run[k] in (p.split()[0], p.split()[-1]) for p in self._first_seen if " " in p)), None)
        return run[known:] if known else run

    def _name_tail(self, tokens: list[str], start: int) -> bool:
        """Whether the name words at `start` end a longer name joined by `for` or `of` to a capitalised
        common noun before it (`Doctors for Camp Closure`, `Physicians for Human Rights`): a body's
        name, not a person's; after a title (`Secretary of State Mike Pompeo`) a person follows."""
        if start < 2 or tokens[start - 1] not in TOPIC_WORDS | NAME_JOINERS:
            return False
        noun = tokens[start - 2]
        return noun[:1].isupper() and noun.lower() in self._lower and not self._is_title(noun)

    def _part_of_person(self, token: str) -> bool:
        return token in self._name_parts

    def _particled_surname(self, chunk: list[str]) -> str | None:
        """`sagte von der Leyen`, `a dit de Villepin`: a surname that opens with lower-case particles, as the
        text wrote it in a person's full name (`Ursula von der Leyen`); no run of capitalised words starts at
        the particle, so it reads like a phrase of place (`von der Küste`) but for the full name before."""
        lead = list(itertools.takewhile(lambda t: t.isalpha() and t.islower(), chunk[:MAX_PARTICLES + 1]))
        if not lead or len(lead) > MAX_PARTICLES or len(chunk) == len(lead) or not chunk[len(lead)][:1].isupper():
            return None
        tail = " ".join(chunk[:len(lead) + 1])
        return tail if any(person.endswith(" " + tail) for person in self._first_seen) else None

    def _is_person(self, name: str) -> bool:
        """Only people are he or she: a name of two words or more, or part of one (not `NASA`); a sub-heading's
        name counts (`Fiona Parry issued a plea…` as a heading, `her mother, Fiona, said` in the body), unless an
        article opens it (`La Tercera AM`, a programme)."""
        headed = name in self._heading_names and name.split()[0].lower() not in self._stop_words
        return (name in self._first_seen or headed or self._part_of_person(name)) and name not in self._articled

    def _is_verb(self, token: str) -> bool:
        """A reporting verb; a French participle agreeing with its subject counts too (`s'est félicitée`), and
        the simple past of a first-group one, as history writes it (`affirma`, `ajouta` for `affirmé`, `ajouté`)."""
        word = _INVERTED_PRONOUN.sub("", token.lower())
        return word in self._lexicon.verbs or word in self._lexicon.derived_verbs or self._language == "fr" and (
            _AGREEMENT.sub("", word) in self._lexicon.verbs or len(word) > 4 and word.endswith("a")
            and word[:-1] + "é" in self._lexicon.verbs)


_DE_PARTICIPLE = re.compile(r"(?:[a-zäöü]{1,6})?ge[a-zäöüß]{2,}(?:t|en)")
"""A German past participle (`angeführt`, `gefolgt`, `begleitet` is not one: no `ge` after its prefix)."""


def _quantity_before(tokens: list[str], start: int) -> bool:
    """Whether the capitalised words at `start` follow a quantity inside a clause (`rund 21 Billionen Tonnen`,
    `3,5 Millionen Euro`): they are its unit. A year (`Seit 2005 Kanzlerin Angela Merkel`) and a page number
    after a colon (`: 208 Kenneth Swezey`, a citation) are no quantity."""
    if start < 2 or not tokens[start - 1].isdigit() or len(tokens[start - 1]) == YEAR_DIGITS:
        return False
    before = tokens[start - 2]
    return before.isalpha() and before.islower() or before == "," and start > 2 and tokens[start - 3].isdigit()


def _feminine_role(token: str) -> bool:
    """`Autorin`, `Ernährungsberaterin`: a German woman's noun for what she does (`-in` after a man's noun's
    ending), no name of hers; a surname in `-in` (`Nadeschdin`) has no such stem."""
    return len(token) > 6 and token.endswith("in") and token[:-2].lower().endswith(DE_PERSON_ENDINGS)


ASIDE_TOKENS = 3
"""Words in parentheses read as an aside that restates what comes before (an acronym, a party, an age)."""


def _without_asides(tokens: list[str]) -> list[str]:
    """A subject without the short asides in parentheses of its appositions: in `Laura Magallanes, vecina del
    área e integrante de la ONG Conservación de Especies Nativas del Uruguay (Coendu), dijo` the acronym
    restates the body the apposition names, so it is no piece of its own that could be the speaker; the
    person the apposition hangs on is. An apposition opens after a comma with a noun, no article: a piece
    opening with one keeps its aside (`Toujours le 22 avril, le Conseil représentatif des institutions juives
    de France (CRIF) a déclaré`: the body speaks)."""
    kept: list[str] = []
    k = 0
    while k < len(tokens):
        close = tokens.index(")", k) if tokens[k] == "(" and ")" in tokens[k:] else None
        piece = kept[len(kept) - kept[::-1].index(","):] if "," in kept else []
        if close is not None and 1 < close - k <= ASIDE_TOKENS + 1 and piece[:1] \
                and piece[0][:1].islower() and piece[0].lower() not in ARTICLES:
            k = close + 1
            continue
        kept.append(tokens[k])
        k += 1
    return kept


def _de_weekday_compound(lowered: str) -> bool:
    """`Samstagnachmittag`, `Montagabend`: a German time of a weekday, written as one capitalised word, no name."""
    return len(lowered) > 8 and lowered.startswith(tuple(DE_WEEKDAYS))


_STATE_BODIES = frozenset("government military army navy embassy ministry police".split())
"""A state's bodies, which English names by the state's adjective or acronym (`the US military`, `the Afghan
government`): who speaks, not a kind of body standing for one named before (`the agency`)."""
