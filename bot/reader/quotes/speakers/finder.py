"""`SpeakerFinder`, the entry point: it reads the document once (who is named where, their genders, ages,
roles, the acronyms' long forms) and `speaker` tries the attribution rules in order. The rules live in
mixins, one module per concern, composed here so each `self.` call finds its method wherever it lives."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from bot.reader.quotes.lexicon import (
    ADVERBS, CALENDAR, CONJUNCTIONS, COPULAS, DE_RELATIVES, GENDERED_NOUNS, LEXICONS, OPENERS, ORGANISATION_WORDS, PARTICLES,
    RELATIVES, ROLE_NOUNS,
)
from bot.reader.quotes.speakers.after import AfterMixin
from bot.reader.quotes.speakers.before import BeforeMixin
from bot.reader.quotes.speakers.bodies import BodiesMixin
from bot.reader.quotes.speakers.context import ContextMixin
from bot.reader.quotes.speakers.descriptions import DescriptionsMixin
from bot.reader.quotes.speakers.names import NamesMixin
from bot.reader.quotes.speakers.naming import (
    _after_openers, _age_at, _alias, _beside_kin, _core, _eponyms, _gender_of, _has_words, _is_organisation,
    _long_forms, _relative_surnames,
)
from bot.reader.quotes.speakers.patterns import (
    _ANONYMOUS, ANONYMOUS_REACH, _BY, _ONE_OF_MANY, _PSEUDONYM, _DATELINE, _DE_AFTER_VERB, _DEMONSTRATIVES, _IMPERSONAL, MASK, MAX_NAME_PHRASE, _NOBODY, _OPEN_ASIDE,
    _OPENING_CONJUNCTION, _PLURAL_ACRONYM, _PRONOUN_GENDERS, _RELAYING_VERBS, _ROMANCE_ARTICLES, _SINGULAR,
    WRITER_SUBJECTS,
)
from bot.reader.quotes.speakers.references import ReferencesMixin
from bot.reader.quotes.speakers.roles import RolesMixin
from bot.reader.quotes.speakers.tokens import (
    _after_determiners, _as_clause, _last_clause, _opinion, _possessive, _runs, _tokens,
)
from bot.reader.text.document import Document, Sentence


class SpeakerFinder(RolesMixin, AfterMixin, BeforeMixin, ContextMixin, DescriptionsMixin, BodiesMixin, NamesMixin, ReferencesMixin):
    """Attributes the quotations of one document, in article order (later ones lean on earlier)."""

    def __init__(self, document: Document, masked: dict[int, str]) -> None:
        self._sentences = document.sentences
        self._masked = {k: _DATELINE.sub("", text) if self._opens_paragraph(k) else text for k, text in masked.items()}
        self._language = document.language.code
        self._writers = document.article.writers
        """The byline's people: the `I` of a column who sets down their own words (`…, muss ich schmunzeln: „…“`)."""
        self._title = document.article.title
        """The headline, whose opening name is whom a press conference's topics and answers quote."""
        self._lexicon = LEXICONS.get(document.language.code, LEXICONS["en"])
        self._stop_words = document.language.stop_words | _DEMONSTRATIVES
        self._said: dict[int, str] = {}
        self._quoted_at = 0
        """The sentence whose quotation is being attributed: a description refers back from it."""
        self._unnamed_at: dict[int, str] = {}
        """Sentences quoting someone only described (`the young woman said`) -> the gender it shows, he or she."""
        self._gender: dict[str, str] = {}
        self._turns: tuple[str | None, str | None] = (None, None)
        """The speakers of the last two quotations, for a reply in a dialogue."""
        text_tokens = [_tokens(s.text) for s in self._sentences]
        self._text_tokens = text_tokens
        # `Microsoft President Brad Smith`: a word right before a post and the name holding it is a body
        self._post_owners = {tokens[k] for tokens in text_tokens for k in range(len(tokens) - 2)
                             if tokens[k][:1].isupper() and tokens[k + 1][:1].isupper() and tokens[k + 2][:1].isupper()
                             and self._is_title(tokens[k + 1]) and not self._is_title(tokens[k])}
        # Words the article writes in lower case are common words, not names; a line with no capital at all
        # (the tags under a page, `gwyneth paltrow`, `brad pitt`) is styled, and its case says nothing
        self._lower = {t for tokens in text_tokens if any(t[:1].isupper() for t in tokens)
                       for t in tokens if t[:1].islower()}
        self._capitalised_inside = {t for tokens in text_tokens for t in tokens[1:] if t[:1].isupper()}
        self._long_forms = _long_forms(text_tokens)
        # German capitalises every noun: one that follows an article somewhere, perhaps after its
        # adjectives (`die humanitäre Lage`), is a noun, not a name.
        self._nouns = {b for tokens in text_tokens for a, b in _after_determiners(tokens, self._lexicon.verbs)
                       if b[:1].isupper()} - _eponyms(text_tokens) - _relative_surnames(
                           text_tokens, self._lexicon.verbs, self._stop_words) if document.language.code == "de" else set()
        # Capitalised words the article also uses on their own: a place or a team, when glued to a name.
        self._alone = {
            tokens[start] for tokens in map(_tokens, masked.values()) for start, end in _runs(tokens) if end - start == 1
        }
        # Names the text writes after a capitalised `The` inside a sentence: a paper, a band, not a person.
        self._titled = {
            " ".join(tokens[start + 1:end]) for tokens in text_tokens for start, end in _runs(tokens)
            if start and tokens[start] == "The" and end - start > 2
        } if document.language.code == "en" else set()
        # Names French and Spanish write after a definite article (`la Guardia Civil`, `de la Junta de Andalucía`,
        # `del Ministerio`): a body, as a person's name never takes one there.
        self._articled = {
            " ".join(tokens[start:end]) for tokens in text_tokens for start, end in _runs(tokens)
            if start and tokens[start - 1].lower() in _ROMANCE_ARTICLES
        } if document.language.code in ("fr", "es") else set()
        self._first_seen: dict[str, int] = {}
        """Each person's full name -> the sentence that introduced it; in article order."""
        self._cased: dict[str, str] = {}
        """Each full name in lower case -> as first written (`Ivan Du Roy`, later `confirme Ivan du Roy`)."""
        article = document.article
        self._paragraphs = article.paragraphs
        self._headings = article.headings
        self._heading_names = {
            " ".join(tokens[start:end]) for tokens in (_tokens(article.paragraphs[k]) for k in article.headings
                                                       if k < len(article.paragraphs))
            for start, end in _runs(tokens) if 2 <= end - start <= 3 and not _is_organisation(tokens[start:end])
            and _may_name_someone(tokens, start, end, self._language)}
        """Names of two or three capitalised words in the sub-headings, which name people the body may
        call by one word only (a list of people, each under a heading with their name)."""
        self._roles: dict[str, str] = {}
        self._styled: dict[str, str] = {}
        """People named by one name after a title they are called by -> that title and name (`Prince Andrew`)."""
        self._name_parts: set[str] = set()
        self._single_seen: dict[str, int] = {}
        """People named by one word -> the sentence where they first speak or are titled."""
        self._single_titled: dict[str, bool] = {}
        """People named by one word -> whether a title came with them there (`Präsident Trump`): the short
        form of a known person, whose full name may come later (`US-Präsident Donald Trump`)."""
        self._named_at: dict[str, list[int]] = {}
        """Each full name -> the sentences that write it out, so a shared surname goes to the latest."""
        for index in range(len(self._sentences)):
            for name in self._people_in(index):
                self._named_at.setdefault(name, []).append(index)
                if name not in self._first_seen:
                    self._first_seen[name] = index
                    self._cased.setdefault(name.lower(), name)
                    self._introduce(name, self._sentences[index].text)
        self._aliases = {second: first for index in range(len(self._sentences))
                         for first, second in itertools.combinations(self._people_in(index), 2)
                         if _alias(first, second, self._sentences[index].text)}
        """Other names of someone (`Maulana Karenga` after `Ron Karenga — aka Dr.`) -> the name given first."""
        self._kin_only = {name for name, indices in self._named_at.items()
                     if all(_beside_kin(name, self._sentences[k].text) for k in indices)}
        """People written out in full only beside their surname alone (`Fischer’s mother, Adrianne Fischer`):
        the surname alone means the other person who bears it."""
        self._ages: dict[str, int] = {}
        """People whose age the text gives (`Cheryl Silvonek, 54,`, `20-year-old Army Spc Caleb Barnes`)."""
        for person, indices in self._named_at.items():
            for index in indices:
                age = _age_at(person, self._sentences[index].text)
                if age is not None:
                    self._ages.setdefault(person, age)
        singles = self._speaking_singles(text_tokens)
        pseudonyms = [(index, match.group(1), match.group(2) or match.group(3)) for index, sentence in enumerate(self._sentences)
                      for match in _PSEUDONYM.finditer(sentence.text)]
        singles |= {name for _, name, _ in pseudonyms}
        for _, name, possessive in pseudonyms:
            if possessive in ("his", "her"):
                self._gender.setdefault(name, "m" if possessive == "his" else "f")
        for index, name in [*self._posted_names(text_tokens, singles), *((index, name) for index, name, _ in pseudonyms)]:
            self._named_at.setdefault(name, []).append(index)
            if name not in self._first_seen:
                self._first_seen[name] = index
                self._cased.setdefault(name.lower(), name)
                self._introduce(name, self._sentences[index].text)
        self._first_seen = dict(sorted(self._first_seen.items(), key=lambda item: item[1]))  # article order still
        self._name_parts = {
            part for p in self._first_seen if " " in p for part in _core(p.split()) if part not in PARTICLES
        } | singles
        self._by_word: dict[str, list[str]] = {}
        """Each word of a full name -> the full names it is part of, so a surname finds its people fast."""
        for person in self._first_seen:
            for word in set(person.split()):
                self._by_word.setdefault(word, []).append(person)
        for person in self._first_seen:
            if person not in self._roles and " " in person and len(self._by_word.get(person.split()[-1], ())) == 1:
                self._introduce_later(person)
        for name, gender in list(self._gender.items()):
            # `M. Macron`, `Mme Binet` after `Emmanuel Macron`, `Sophie Binet`: the title tells the full name's
            # gender too, which a `he` or a `she` is matched against
            self._gender.setdefault(self._full_name(name), gender)
        for tokens in text_tokens:
            self._gender_from_predicate(tokens)
        for index in range(len(self._sentences)):
            self._gender_from_pronouns(index)

    def _opens_paragraph(self, index: int) -> bool:
        """Whether sentence `index` opens its paragraph, where a dateline may stand."""
        return not index or self._sentences[index - 1].paragraph != self._sentences[index].paragraph

    def _gender_from_predicate(self, tokens: list[str]) -> None:
        """`Omar is one of the first two Muslim women elected to Congress`: a sentence that opens with a
        name and says what that person is, in a gendered noun, tells whether `he` or `she` is them."""
        runs = _runs(tokens)
        if not runs or runs[0][0] != 0 or tokens[runs[0][1]:runs[0][1] + 1] != ["is"] and \
                tokens[runs[0][1]:runs[0][1] + 1] != ["was"]:
            return
        name = " ".join(tokens[:runs[0][1]])
        if not self._is_person(self._full_name(name)):
            return
        for token in tokens[runs[0][1] + 1:runs[0][1] + 1 + MAX_NAME_PHRASE]:
            noun = _SINGULAR.get(token.lower(), token.lower())
            if token == "," or token.startswith(MASK):
                return
            if noun in GENDERED_NOUNS:
                self._gender.setdefault(self._full_name(name), GENDERED_NOUNS[noun])
                return

    def _gender_from_pronouns(self, index: int) -> None:
        """`Wiig hadn't any great sense of being funny when she was growing up`: an English sentence that
        opens with the one person it names and, outside quotations, says only `she` (or only `he`, `his`) and
        no `her` or `him` tells which that person is, so a `she says` later is not given to a man named nearer."""
        if self._language != "en":
            return
        tokens = _after_openers(_tokens(self._masked.get(index, self._sentences[index].text), self._lexicon))
        runs = _runs(tokens)
        people = self._people_in(index, singles=True)
        genders = {_PRONOUN_GENDERS[t] for t in tokens if t in _PRONOUN_GENDERS}
        if len(genders) != 1 or len(people) != 1 or not runs or runs[0][0] != 0 or {"her", "him"} & set(tokens):
            # `Hale … did not look at her as she spoke`: an object pronoun shows someone else of that sex near
            return
        name = self._full_name(people[0], index)
        if " " in name and self._full_name(" ".join(tokens[slice(*runs[0])]), index) == name:
            self._gender.setdefault(name, genders.pop())

    def _speaking_singles(self, text_tokens: list[list[str]]) -> set[str]:
        """People the article names by one word only (`Tesla`, `Neubauer`, `Gregorig`): a lone
        capitalised word right after a person's title (`Abg. Gregorig`, `Herr Thiers`), or right
        before or after a reporting verb (`Elway declaró`, `sagte Sali`), that is no common word,
        acronym, body or (in German) noun. Before the verb the word must open its clause (`wie dieser
        nach dem Schusse rief` has its subject further back), after it the verb must open one (`he
        said Indians needed` reports what others did); a word ending in s is a plural there, and a
        German verb in the plural (`Experten sagen`) speaks of many, not of one."""
        singles = set()
        for index, tokens in enumerate(text_tokens):
            for start, end in _runs(tokens):
                titled = end - start == 2 and self._is_title(tokens[start])
                if end - start != 1 and not titled:
                    continue
                word = tokens[end - 1]
                opens = not start or not tokens[start - 1][:1].isalpha() or tokens[start - 1].lower() in CONJUNCTIONS
                # `Danach sagte er`, `Dazu sagte Müller`, `Danach sagte von der Leyen`: the subject follows the verb, the
                # word before is none
                # `Kritischer äußerte sich die Juristin Sabine Koch`: German puts a reflexive or the subject's
                # article right after the verb when the word before it is no subject
                inverted = end + 1 < len(tokens) and (tokens[end + 1][:1].isupper()
                                                      or tokens[end + 1].lower() in self._lexicon.pronouns
                                                      or self._language == "de" and tokens[end + 1].lower() in _DE_AFTER_VERB
                                                      or self._particled_surname(tokens[end + 1:]) is not None)
                after = end < len(tokens) and self._is_verb(tokens[end]) and opens and not inverted
                # `Para ilustrar esta idea, Bassett centra su análisis… Afirma que…`: the subject (past the
                # sentence's first word, whose capital says nothing) of the sentence that a subjectless
                # reporting verb goes on from, in a pro-drop language, speaks
                after = after or (self._lexicon.pro_drop and start and opens and end < len(tokens) and tokens[end][:1].islower()
                                  and index + 1 < len(text_tokens) and bool(text_tokens[index + 1])
                                  and self._is_verb(text_tokens[index + 1][0]))
                # `„…“, sagte Sali`: an inverted verb right after a quotation or a comma
                before = start > 1 and self._is_verb(tokens[start - 1]) and not tokens[start - 2][:1].isalpha()
                # `comme nous le raconte Antoine`, `comme l'explique Zineb`: the subject after the verb of `as`
                before = before or start > 1 and self._is_verb(tokens[start - 1]) and _as_clause(tokens[:start - 1])
                plural = self._language == "de" and any(
                    tokens[k].endswith("en") for k in (start - 1, end) if 0 <= k < len(tokens) and self._is_verb(tokens[k]))
                if (titled or (after or before) and not plural and not word.endswith("s")) and self._lone_name(word):
                    singles.add(word)
                    if word not in self._single_seen:
                        self._single_seen[word] = index
                        self._single_titled[word] = bool(titled)
                    gender = _gender_of(tokens[start]) if titled else None
                    if gender:
                        self._gender.setdefault(word, gender)
        return singles

    def _posted_names(self, text_tokens: list[list[str]], singles: set[str]) -> list[tuple[int, str]]:
        """`Indiana House Speaker Brian Bosma spoke…`, then `Bosma said`: a run of capitalised words read as a
        body (`House`) or holding a post no title list has, that ends in a capitalised word and a surname the
        article has someone speak by alone, names that person by those two words, where no full name ends in it."""
        surnames = {p.split()[-1] for p in self._first_seen if " " in p}
        found = []
        for index, tokens in enumerate(text_tokens):
            for start, end in _runs(tokens):
                surname, first = tokens[end - 1], tokens[end - 2]
                if end - start >= 3 and surname in singles and surname not in surnames and self._lone_name(first) \
                        and first.isalpha() and first.lower() not in ROLE_NOUNS.get(self._language, frozenset()):
                    found.append((index, f"{first} {surname}"))
        return found

    def _lone_name(self, token: str) -> bool:
        """A capitalised word that can be a name on its own: not lower case anywhere in the article, not
        a stop word, an acronym, a month, a body's word, a title or a German noun."""
        lowered = token.lower()
        return (token[:1].isupper() and not token.isupper() and len(token) > 2 and lowered not in self._stop_words
                and lowered not in self._lower and lowered not in CALENDAR and lowered not in ORGANISATION_WORDS
                and lowered not in ADVERBS | OPENERS and not self._is_title(token) and token not in self._nouns
                and not _possessive(token) and token not in self._post_owners)

    def speaker(self, first: Sentence, last: Sentence, before: str, afters: Sequence[str],
                reply: bool = False) -> str | None:
        """The speaker of the quotation spanning `first`..`last`, given the words before its first
        piece and after each of its pieces (`“…,” she said. “…”` is attributed between them).

        A `reply` (only a dash since the quotation before: the next turn of a dialogue) that names no
        speaker of its own is said by whoever said the turn before that one, not by the speaker just
        before it; by no one known when that is unknown or the same person."""
        self._quoted_at = first.index
        before = _OPENING_CONJUNCTION.sub("", _DATELINE.sub("", before) if self._opens_paragraph(first.index) else before)
        # `(UPS corporate communications said of the incident, “…”`: an aside opened before the attribution
        before = _OPEN_ASIDE.sub("", before)
        found = next(filter(None, (self._after_or_closing(_tokens(after, self._lexicon)) for after in afters)), None)
        if _ANONYMOUS.search(before.split(MASK)[-1]) or afters and _ANONYMOUS.search(afters[0][:ANONYMOUS_REACH]):
            found = _NOBODY  # `One, who asked not to be named, said: “…”`: a source the story keeps unnamed
        if found is None and _ONE_OF_MANY.search(before.split(MASK)[-1]):
            found = _NOBODY  # `Et l'un des avocats de la défense de lui répliquer : « … »`: one of several, unnamed
        if found is None and self._writer_introduces(before):
            # `Ich sitze dabei … und muss schmunzeln: „…“`, `I told them: “…”`: the column's writer, whom the
            # byline names; never whoever spoke before
            found = ("name", self._writers[0]) if len(self._writers) == 1 else _NOBODY
        if found is None and _IMPERSONAL.search(before.split(MASK)[-1]):
            found = _NOBODY  # `Se dice que Richard Grainger "encontró…"`: a saying about him, by no one named
        if found is None and afters:
            found = self._fronted_participle(_tokens(before, self._lexicon), _tokens(afters[0], self._lexicon))
        # `Mme Binet est « … », d'après le récit qu'elle livre`: an account it is `according to` that fits no one
        # leaves the words before to say who
        unfit = found is not None and found[0] == "focus" and _BY in _tokens(afters[0], self._lexicon)[:2] \
            and self._resolve(found, first.index) is None
        if found is None or found[0] in ("source", "document") or unfit:
            tokens = _tokens(before, self._lexicon)
            found = (self._line_label(tokens) or self._agent_before_colon(tokens) or self._voice(tokens) or self._possessor(tokens)
                     or self._before(tokens) or (None if unfit else found))
        elif relayed := self._relayed(_tokens(before, self._lexicon)):
            found = relayed  # `he … said, “somebody ought to…,” the prosecutor’s office said`: his words, reported
        elif found[0] in ("name", "nobody") and _RELAYING_VERBS & {w.lower() for after in afters for w in _tokens(after)} \
                and (said := self._before(_tokens(before, self._lexicon))) and said[0] == "name" \
                and self._is_person(self._full_name(said[1])):
            # `CEO John Mackey said in a memo that the “…” as prices fell, Yahoo Finance reported`: a person's
            # words, which a paper passes on
            found = said
        elif found[0] == "pronoun":
            # `Tesla dijo…, diciendo: "…", dijo, "…"`: the pronoun stands for the name the sentence opened with
            named = self._before(_tokens(before, self._lexicon))
            found = named if named and named[0] == "name" else found
        if found is None:
            found = self._so_inserted(_tokens(before, self._lexicon))
        if found is None:
            found = _opinion(before)  # `A su juicio, la resolución "…"`: the view of the person in focus
        if found is None:
            found = self._view_of(before.split(MASK)[-1])
        if found is None and first.index in self._said:
            found = ("name", self._said[first.index])  # `X said “…” and added: “…”`
        if found is None:
            found = self._joined(_tokens(before, self._lexicon))
        if found is None and afters:
            found = self._later(_tokens(afters[-1], self._lexicon))
        if found is None:
            found = self._sources_said(_tokens(before, self._lexicon), [_tokens(a, self._lexicon) for a in afters])
        if found is None and before.rstrip().endswith(":"):
            found = self._topic_answer(first)
        if found is None and before.rstrip().endswith(":"):
            clause = _last_clause(_tokens(before, self._lexicon)[:-1])
            found = (self._verb_last(clause) or self._named_last(clause)  # `…, in der er sagte:`
                     or self._pronoun_before_colon(clause))
        if found is None and ":" in before.split(MASK)[-1] and not before.rstrip().endswith(":"):
            # `Ihr Kollege Carstens hält dagegen: Die Reform habe „…“`: the speaker opens the words before the colon
            head = _tokens(before.split(MASK)[-1].rsplit(":", 1)[0], self._lexicon)
            found = self._opening(head)
            found = found if found and found[0] == "name" and self._is_person(self._full_name(found[1])) else None
        if found is None:
            found = self._opening(_tokens(before, self._lexicon)) or self._label(_tokens(before, self._lexicon))
            if found and found[0] == "name" and _PLURAL_ACRONYM.fullmatch(found[1]):
                found = None  # `GCSEs were intended to ensure a focus on “…”`: things, and many, no one speaker
            subject, verb = ([None, None] + _tokens(before, self._lexicon))[-2:]
            if found and found[0] == "name" and verb and verb.lower() in COPULAS and subject == found[1].split()[-1] \
                    and not self._is_person(self._full_name(found[1])):
                found = None  # `Die FACC ist „zu 100 Prozent Luftfahrt“`: what someone calls the body, not its words
        if found is None and before.rstrip().endswith(":"):
            found = self._sole_person(first.index)
        if found is None and reply:
            found = self._asked(last) or self._turn_before()
        if found is None:
            found = (self._asked(last) or self._previous(first.index - 1, first)
                     or self._next(last.index + 1, last))
        if found is None:
            found = self._pointed_back(last)
        if found is None:
            found = self._reported_speech(first)
        if found is None and not _has_words(before):
            found = self._still_quoting(first)
        if found is None and not _has_words(before) and not any(map(_has_words, afters)):
            found = (self._caption_after(last) or self._paragraph_before(first) or self._subject_after(first, last)
                     or self._answer_to(first) or self._profile_before(first))
        if found is None and (not _has_words(before) and not any(map(_has_words, afters))
                              or self._introduced(_tokens(before, self._lexicon))):
            found = self._subject_before(first)  # `Among the highlights: “…”`: introduced, not attributed
        if found is None and before.rstrip().endswith(":"):
            found = self._statement_before(first)
        name = self._resolve(found, first.index) if found else None
        name = self._with_adjectives(name, first.index) if name else None
        if name and found[0] == "pronoun" and found[1] in ("m", "f"):
            self._gender.setdefault(name, found[1])  # `“…,” she said in an email`: a `he` later is someone else
        self._turns = (self._turns[-1], name)
        if name:
            self._said[first.index] = self._said[last.index] = name
        elif found and found[0] in ("focus", "unnamed") and found[1] in ("m", "f"):
            self._unnamed_at[first.index] = self._unnamed_at[last.index] = found[1]
        return name

    def _after_or_closing(self, tokens: list[str]) -> tuple[str, str] | None:
        """Who the words after a quotation say said it: right after it, else in the sentence's last clause; a he or
        she there even when the words right after named no one (`“…” mutually shared by both, he warned.`, where
        `shared` is no reporting verb of the quotation's), but not a paper (`the young woman said, according to News
        Corp`: she is unnamed)."""
        found = self._after(tokens)
        if found is None:
            return self._closing_clause(tokens)
        closing = self._closing_clause(tokens) if found == _NOBODY else None
        return closing if closing and closing[0] == "pronoun" else found

    def _writer_introduces(self, before: str) -> bool:
        """Whether the clause right before a quotation's colon has the writer's `I` for its subject (`Ich
        sagte ihm:`, `I told them:`, `je lui ai répondu :`); an `I` of an earlier clause (`Ich traf Krämer,
        der sagte:`) or a `me` (`Er sagte mir:`) is not who speaks."""
        tokens = _tokens(before.split(MASK)[-1], self._lexicon)
        if tokens[-1:] != [":"]:
            return False
        clauses = " ".join(tokens[:-1]).split(" , ")
        # `Ich sitze dabei, höre zu und muss schmunzeln:`: clauses opening with a verb share the subject before them
        while len(clauses) > 1 and clauses[-1][:1].islower() and clauses[-1].split()[0] not in RELATIVES | DE_RELATIVES:
            clauses[-2:] = [clauses[-2] + " " + clauses[-1]]
        return any(t in WRITER_SUBJECTS.get(self._language, ()) for t in clauses[-1].split())

    def labelled(self, label: str, index: int) -> str | None:
        """The person a label names (a sub-heading's `Kabayel:` before a quotation), as the body introduced
        them by sentence `index`; None when the body names no such person in full."""
        name = self._full_name(label, index)
        return name if " " in name and self._is_person(name) and name in self._first_seen else None

    def introduces(self, text: str) -> bool:
        """Whether words right before a quotation say who said it (`her mother will say tentatively,`)."""
        return self._before(_tokens(text, self._lexicon)) is not None

    def attributes(self, text: str) -> bool:
        """Whether words right after a quotation say who said it (`, she said.`, `a-t-il déclaré`)."""
        return self._after(_tokens(text, self._lexicon)) is not None


_DE_ARTICLES_IN_NAMES = frozenset("der den des".split())
"""German articles that a name holds only after its particle (`Ursula von der Leyen`, `van der Vaart`)."""
_NAME_PARTICLES_BEFORE_ARTICLE = frozenset("von van de vom zu".split())


def _may_name_someone(tokens: list[str], start: int, end: int, language: str) -> bool:
    """Whether a heading's run of capitalised words may be a person's name: not a thing counted (`am 18. Fairway
    von Augusta`, after a number inside the heading; a list's number opening it, `7. Mara Lindholm`, is no count),
    nor a German noun with its genitive (`Öko-Huhn der Zukunft`), whose article follows no particle of a name."""
    if start > 1 and tokens[start - 1].isdigit():
        return False
    return language != "de" or not any(
        tokens[k] in _DE_ARTICLES_IN_NAMES and tokens[k - 1].lower() not in _NAME_PARTICLES_BEFORE_ARTICLE
        for k in range(start + 1, end))
