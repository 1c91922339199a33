"""Pronouns and focus: whom `he`, `she`, `it`, a description or `dieser` stands for, looking back over
the sentences before the quotation (the latest speaker, the only person named, an interview's subject)."""

from __future__ import annotations

from bot.reader.quotes.lexicon import (
    ADVERBS, ARTICLE_PARTICLES, CONJUNCTIONS, DEFINITES, DE_PERSON_ENDINGS, GENDERED_NOUNS, IMPERSONAL, INDEFINITES, LOCATIVES, NEUTER,
    PLURAL_SUBJECTS, SPOKESPEOPLE, SPOKESPERSON_ENDINGS, TOPIC_WORDS, UNNAMED_NOUNS, YOUNG_NOUNS,
    FOLLOWER_ENDINGS,
)
from bot.reader.quotes.speakers.naming import _after_openers, _coordinated, _relation, _role_owner, _strip_possessive
from bot.reader.quotes.speakers.patterns import (
    _ASKED_OPENING, _BUT, _BY, _WHERE, INTERVIEW_QUOTES, MASK, _NOBODY, _OBJECT_RELATIVE, _OF, _PLURAL_SUBJECT, _PLURAL_VERBS,
    PRONOUN_LOOKBACK,
)
from bot.reader.quotes.speakers.tokens import _possessive, _runs, _tokens


PROFILE_MENTIONS = 5
"""Times a profile's subject's surname appears: the person the whole text is about."""


MAX_PAIR_OPENING = 2
"""Words a sentence may open with before the pair of people that is its subject (`Later, Haley and Scott…`)."""


class ReferencesMixin:
    """Whom a pronoun or a description refers back to."""

    def _focus(self, gender: str, index: int, opening: bool = False) -> str | None:
        """Whom a description (`the attorney`, `la porte-parole`) stands for: the latest speaker,
        person or organisation, within the pronoun look-back; for `it`, first the body that opens the
        quote's own sentence. With `opening` (a description holding no post, `der FDP-Politiker`), a
        sentence in between that names one person, opening with them, puts that person in focus; a
        post (`le ministre du Budget`) may be someone else's."""
        before = self._before_quote(index)
        neuter = NEUTER.get(self._language)
        # `In dem Urteil heißt es:` is impersonal, not a body's `it`
        if gender == "n" and neuter in before and not IMPERSONAL & {
                t.lower() for t in before[max(0, before.index(neuter) - 1):before.index(neuter) + 2]}:
            body = self._opening_body(index)
            if body or not self._opens_with_it(before):
                return body
            # `Critically, however, it pointed out that it doesn’t have “…”`: the body last in focus
        for k in range(index, max(-1, index - 1 - PRONOUN_LOOKBACK), -1):
            if k < index and gender and self._unnamed_at.get(k) == gender:
                return None  # `“…,” the young woman said. The woman added…`: still that unnamed woman
            # the quote's own sentence counts when a quote before it there has its speaker
            found = ("name", self._said[k]) if k in self._said else self._reported(k) if k < index else None
            if found is None and gender == "n" and k == index - 1:
                # `Bei der Flughafen Zürich AG zeigte man sich erleichtert. „…“, teilte das Unternehmen mit`:
                # a body the sentence right before names is the one in focus
                body = self._body_in(k, index)
                found = ("name", body) if body else None
            if found is None and opening and k < index and gender != "n":
                # `Volker Wissing verteidigte die Pläne. Man müsse „…“, erklärte der FDP-Politiker`
                tokens = _tokens(self._masked.get(k, ""), self._lexicon)
                subject = self._opening(tokens) or self._topic(tokens)
                if subject is None and tokens[:1] == [_BY]:
                    subject = self._inverted(tokens)  # `Para el geógrafo Víctor Martín, el problema es de fondo.`
                # `Krause, der erst 34 ist, soll…`: a surname the article has given in full is one person too
                alone = subject and subject[0] == "name" and " " in self._full_name(subject[1], k)
                people = self._people_in(k, singles=True)
                # `el juez Castro realizó… a los juzgados de Vía Alemania`: a place named after `of` or `in` is no
                # one else in the sentence (`teamed up with Bader` is)
                others = [p for p in people if alone and self._full_name(p, k) != self._full_name(subject[1], k)]
                found = subject if alone and people and all(self._placed(tokens, p) for p in others) else None
                if found is None and k == index - 1 and self._language in ("de", "es") and len(people) == 1 \
                        and self._first_seen.get(people[0]) == k and tokens[:1] and tokens[0].lower() not in INDEFINITES:
                    # `Kritik kam vom Landtagsabgeordneten Christian Stöckl. „…“, sagte der Kulturpolitiker`: the
                    # one person the sentence before brings in, though not as its subject (German and Spanish
                    # refer back by role: `…, al que Christian Horner quiso arrojar… "…", abundó el team principal`;
                    # `A woman attacked by Tom Hale… the woman said` is not him)
                    found = ("name", people[0])
            if found and found[0] == "name":
                name = self._full_name(found[1], index)
                if gender == "n" and self._is_person(name):
                    continue
                if gender == "" and k not in self._said and _PLURAL_SUBJECT.match(self._sentences[k].text):
                    continue  # `the expert explains`: one person, not the firm `The experts recommend…` stood for
                if gender in ("", "n") or self._gender.get(name, gender) == gender:
                    return name
        if gender == "n":
            return self._latest_body(index)
        return self._profiled(gender)

    def _profiled(self, gender: str) -> str | None:
        """`Birgit Kelle ist … Kämpferin gegen … ¶ … «…», so die vielseitige Buchautorin`: with no speaker near, a
        description stands for the person a profile is about: the one person its first sentence names, whose
        surname the text writes again and again, of the description's gender if theirs is known."""
        first = [p for p in self._first_seen if self._first_seen[p] == 0 and " " in p and self._is_person(p)]
        if len(first) != 1 or gender and self._gender.get(first[0], gender) != gender:
            return None
        surname = first[0].split()[-1]
        mentions = sum(t.startswith(surname) for tokens in self._text_tokens for t in tokens)
        return first[0] if mentions >= PROFILE_MENTIONS else None

    @staticmethod
    def _placed(tokens: list[str], name: str) -> bool:
        """Whether `name` comes right after `of`, `in` or their like in `tokens`: a place or a body, not a
        person the sentence is about (`de Vía Alemania`, `of the Durham Light Infantry`, `Center for Financial Studies`)."""
        first = name.split()[0]
        at = tokens.index(first) if first in tokens else 0
        before = [t.lower() for t in tokens[max(0, at - 2):at] if t.lower() not in ARTICLE_PARTICLES | {"the"}]
        # `vom Center for Financial Studies`: the end of a body's name, a capitalised word and `for` before it
        named_for = bool(before) and before[-1] in TOPIC_WORDS and at >= 2 and tokens[at - 2][:1].isupper()
        return bool(before) and before[-1] in _OF | LOCATIVES or named_for

    def _topic(self, tokens: list[str]) -> tuple[str, str] | None:
        """`Für Lea Schmid ist das nur ein schwacher Trost`, `Para María Pérez, …`: the person a sentence
        opening with `for` is about, though not its subject."""
        runs = _runs(tokens[1:])
        if not tokens or tokens[0].lower() not in TOPIC_WORDS or not runs or runs[0][0] != 0:
            return None
        name = self._name(tokens[1:], *runs[0])
        return ("name", name) if name else None

    def _named_next(self, gender: str, post: str, index: int) -> str | None:
        """`Le ministre du Redressement productif a déclaré que « … ». Arnaud Montebourg reconnaît…`:
        a post no one named before is held by the person who opens the next sentence, unless the text
        gives that person another role (`Paul Mercier, a farmer,`)."""
        following = index + 1
        if following >= len(self._sentences) or self._sentences[following].paragraph != self._sentences[index].paragraph:
            return None
        opening = self._opening(_tokens(self._masked.get(following, ""), self._lexicon))
        if not opening or opening[0] != "name" or " " not in opening[1] or self._reported(following) != opening:
            return None  # `Arnaud Montebourg reconnaît que…` speaks on; `Paul Mercier welcomed it` is someone else
        name = self._full_name(opening[1], following)
        role = self._roles.get(name)
        if role and post not in role.lower().split():
            return None
        return name if self._is_person(name) and self._gender.get(name, gender or "") in (gender, "") else None

    def _before_quote(self, index: int) -> list[str]:
        """The words of a sentence before its first quotation."""
        tokens = _tokens(self._masked.get(index, ""), self._lexicon)
        return tokens[:next((k for k, t in enumerate(tokens) if t.startswith(MASK)), len(tokens))]

    def _opens_with_it(self, before: list[str]) -> bool:
        """Whether the sentence opens with `it`, past sentence adverbs (`Critically, however, it…`)."""
        neuter = NEUTER.get(self._language)
        tokens = [t for t in _after_openers(before) if t != ","]
        while tokens and tokens[0].lower() != neuter and (
                tokens[0].lower() in ADVERBS or self._common_word(tokens[0], initial=True)):
            tokens = tokens[1:]
        return bool(tokens) and tokens[0].lower() == neuter

    def _headed(self, k: int, gender: str) -> str | None:
        """`¶ Fiona Parry issued a plea… (a sub-heading) ¶ “…,” she said`: the one person a sub-heading between
        sentence `k` and the next names, and the body names too, is whom a he or she right under it stands for."""
        paragraphs = self._sentences[k].paragraph, self._sentences[k + 1].paragraph
        headings = [p for p in range(paragraphs[0] + 1, paragraphs[1]) if p in self._headings]
        if len(headings) != 1:
            return None
        named = [h for h in self._heading_names if h in self._paragraphs[headings[0]] and self._is_person(h)]
        if len(named) != 1 or gender and self._gender.get(named[0], gender) != gender:
            return None
        # `her mother, Fiona, said` in the body: a person the text speaks of; a heading's `Langfristiger Stellenabbau`,
        # capitalised German words no sentence repeats, is a topic
        body = {t for tokens in self._text_tokens for t in tokens}
        return named[0] if body & set(named[0].split()) else None

    def _person_opening(self, k: int, gender: str) -> str | None:
        """The person of that gender (or of unknown gender) whose name opens sentence `k` as its subject, after
        a conjunction that may open it (`But Yamey is angry …`)."""
        tokens = _tokens(self._masked.get(k, ""), self._lexicon)
        while tokens[:1] and tokens[0].lower() in _BUT | CONJUNCTIONS:
            tokens = tokens[1:]
        opening = self._opening(tokens)
        if not opening or opening[0] != "name":
            return None
        name = self._full_name(opening[1], k)
        return name if self._is_person(name) and self._gender.get(name, gender) == gender else None

    def _antecedent(self, gender: str, index: int, own: bool = True) -> str | None:
        """The person a he/she stands for: the latest speaker, else the only person named just before.

        News writing hands `he said` to whoever spoke last; a sentence in between that names a
        place or a second person does not change that, so speakers are looked for first.
        """
        window = range(index, max(-1, index - 1 - PRONOUN_LOOKBACK), -1)
        if own:
            # `Am Abend hielt Friedrich Merz eine Rede, in der er … angriff: „…“`: the one person the
            # quote's own sentence names before the pronoun, not whoever spoke last
            asked = self._asked_about(index)
            before = dict.fromkeys(self._full_name(p, index) for p in self._people_in(index, before_quote=True)
                                   if not self._after_pronoun(p, gender, index) and p not in asked
                                   and not self._object_of_relative(p, index))
            named = [p for p in before if self._gender.get(p, gender) == gender or not gender]
            if not named:
                # `Carlineo was arrested for a call he made to Omar's office, in which he said…`: the subject,
                # named by the surname the article gave in full
                opening = self._opening(self._before_quote(index))
                subject = self._full_name(opening[1], index) if opening and opening[0] == "name" else None
                named = [subject] if subject and " " in subject and self._gender.get(subject, gender) == gender \
                    and not self._after_pronoun(subject, gender, index) else []
            if len(named) == 1 and self._is_person(named[0]) and not _relation(named[0], self._sentences[index].text):
                return named[0]
        for k in window[1:]:
            if headed := self._headed(k, gender):
                return headed
            if gender and self._unnamed_at.get(k) == gender:
                return None  # `“…,” the young woman said. “…,” she said`: the same unnamed woman
            found = ("name", self._said[k]) if k in self._said else self._reported(k)
            if found and found[0] == "focus" and gender and found[1] == gender:
                return self._focus(gender, k)  # `The woman, who can not be named, said…`: whom she is
            if found and found[0] == "unnamed" and gender and found[1] == gender:
                return None  # `The young woman said…` after `A young woman who…`: still that unnamed woman
            if k == index - 1 and (paired := self._one_of_pair(k, gender)):
                return paired
            if found == _NOBODY and k == index - 1 and not self._thing_reports(k):
                return None  # `Una mujer de 84 años relató cómo… «…», contó`: the unnamed woman just reported
            if found and found[0] == "latter" and found[1] in ("", gender) and (latter := self._latter(found[1], k)):
                return latter  # `Celle-ci a souligné… « … », a-t-elle déclaré`: whom `celle-ci` stands for
            if found and found[0] == "titled" and k == index - 1 and found[1].split(" ", 1)[0] in ("", gender):
                # `Le ministre du Redressement productif a annoncé… « … », a-t-il déclaré`: the post's holder,
                # whom the story may not name
                post = found[1].split(" ", 1)[1]
                return self._recurring_role(post) or self._named_next(gender, post, k)
            if found is None and k == index - 1 and self._introduces_someone(k):
                return None  # `Ein Anwohner aus Laubegast … zeigte sich gelassen. „…“, sagte der 68-Jährige`
            if found and found[0] == "pronoun" and gender and found[1] == gender \
                    and (subject := self._person_opening(k, gender)):
                return subject  # `But Yamey is angry about what he calls “…”. … “…,” he says`: the he of its subject
            if found and found[0] == "pronoun" and gender and found[1] == gender and k == index - 1 \
                    and not self._people_in(k, singles=True):
                # `Die Regierung nehme die Sorgen ernst, betonte sie. «Aber …»`: the same she as just before,
                # when that sentence names no one she could be
                return self._antecedent(gender, k, own=False)
            if found is None:
                tokens = _tokens(self._masked.get(k, ""), self._lexicon)
                if self._goes_on(tokens, gender):
                    if opened := self._opened_before_semicolon(tokens, gender, k):
                        return opened
                    continue  # `He met the minister, Tom Weiss. He said…`: the same he, further back
                # `Das Team sei überrascht worden… „…“, meinte er`: a German neuter is no he or she
                neuter_subject = self._language == "de" and tokens[:1] == ["Das"]
                if k == index - 1 and self._language != "en" and not neuter_subject and self._described(tokens) == ("focus", "n"):
                    return None  # `Le nouveau gouvernement s'est donné… Il a déclaré`: a body, not named
                opening = self._opening(tokens)
                # a surname alone given in full before (`Becker zeigte sich überrascht.`, Ralf Becker) is
                # someone new too, unless an unnamed speaker of that gender is still the one speaking
                surname = " " in self._full_name(opening[1], k) and not any(
                    self._unnamed_at.get(j) == gender for j in window[1:]) if opening and opening[0] == "name" else False
                known = self._gender.get(self._full_name(opening[1], k)) if opening and opening[0] == "name" else None
                if known and gender and known != gender:
                    continue  # `Omar is one of the first two Muslim women…`: not whom `he` stands for
                if (interviewed := self._interviewed(gender)) and all(
                        p != interviewed and p not in self._said.values() and self._first_seen.get(p, k) < k
                        for p in (self._full_name(p, k) for p in self._people_in(k, singles=True))):
                    # an interview's `she says` after a paragraph about another woman the story brought in before
                    # and never quoted: still the one interviewed (a woman named there first is someone new)
                    continue
                if opening and opening[0] == "name" and " " in opening[1] and opening[1] not in self._sentences[k].text \
                        and self._is_person(opening[1]) and (not gender or self._gender.get(opening[1], gender) == gender):
                    # `El presidente andaluz ha pedido… porque la Guardia Civil… «…», ha señalado`: the subject, a post
                    # of someone named before, not whoever the rest of the sentence names
                    return opening[1]
                if opening and opening[0] == "name" and (
                        " " in opening[1] or surname or gender and known == gender
                        or opening[1] in self._single_seen):
                    break  # `Jean-Marie Le Pen revient sur l'islam.`, `Mme Curie conteste`, `Tesla nunca se casó`:
                    # a new person in focus
                if any(self._first_seen.get(p) == k and (p in self._roles or gender and self._gender.get(p) == gender
                                                         or k == index - 1 and " " in p and self._gender.get(p, gender) == gender)
                       for p in self._people_in(k)):
                    # `… par Christian Jacob, président du groupe. Il a souhaité…`, `Herr Thiers`: someone new; a
                    # dropped subject (`lo que le ocurre a Laura Martínez. «…», se queja`) right after a full name
                    break
            if found and found[0] == "name":
                name = self._full_name(found[1], index)
                # a quotation's speaker named by one word is a person too (`Stellmacher … „…“. Er soll gesagt haben`)
                person = self._is_person(name) or k in self._said and " " not in name and self._lone_name(name) \
                    and name not in self._articled  # `selon la Drees`: a body that spoke, no he
                if person and (not gender or self._gender.get(name, gender) == gender):
                    return name
                if not person and k == index - 1 and k not in self._said and self._spokesperson_in(k):
                    return name  # `a spokesperson for the UCEA said… “…,” he said`: still the body's spokesperson
                if not person and not gender and k == index - 1 and self._lexicon.pro_drop:
                    # `…, advirtió la calificadora Moody's. ¶ "…", señaló.`: a dropped subject goes on with the body
                    # that spoke in the sentence right before
                    return name
                if not person and k == index - 1 and k in self._said and self._language == "fr" \
                        and self._before_quote(index)[:1] and self._before_quote(index)[0].lower() in self._lexicon.pronouns:
                    # `« … », rapporte le ministère russe de la Défense. Il précise que « … »`: French calls a body
                    # `il` or `elle`, and the one that just spoke goes on
                    return name
        for k in window if own else window[1:]:  # the quote's own sentence first (`Le Pen décrit sa fille… « Je suis… »`)
            if k < index and self._goes_on(_tokens(self._masked.get(k, ""), self._lexicon), gender):
                continue
            people = [self._full_name(p, index) for p in self._people_in(k, singles=True, before_quote=k == index)
                      if not _role_owner(p, self._sentences[k].text)
                      and not (k == index and (self._after_pronoun(p, gender, index) or p in self._asked_about(k)))
                      and not self._later_place(p, k, index)]
            people = list(dict.fromkeys(p for p in people if not gender or self._gender.get(p, gender) == gender))
            people = [p for p in people if p in self._gender] or people  # shown to be a she, before a maybe
            people = [p for p in people if p not in self._articled]  # `la Guardia Civil`: a body, no he or she
            people = [p for p in people if not _relation(p, self._sentences[k].text)]
            if k < index and self._language == "en":
                # `They stayed in touch with Lorenz. ¶ … “…,” she said`: a person of no known gender named only
                # after `with` or `to` is no subject the next she or he goes on from
                tokens = _tokens(self._masked.get(k, ""), self._lexicon)
                people = [p for p in people if p in self._gender or not _object_of(tokens, p)]
            if len(people) > 1 and _coordinated(people[0], people[1], self._sentences[k].text):
                return None  # `Anna Berg and Maria Lopez met…`: either could be `she`
            subject = self._opening(self._before_quote(k)) if len(people) > 1 else None
            if subject and subject[0] == "name" and (subject := self._full_name(subject[1], index)) in people:
                return subject  # `Fischer’s mother, Adrianne Fischer, drives…`: the subject, named after its role
            if people:
                return people[0]  # the sentence's focus is the person it names first, its subject
        return self._last_of_gender(gender, index - 1 - PRONOUN_LOOKBACK) if own else None

    def _one_of_pair(self, index: int, gender: str) -> str | None:
        """`Haley and Sen. Tim Scott argued over the ban. “…,” she reiterated`: of the two people that open sentence
        `index` as its subject, joined with `and` (titles between allowed), the one the text has shown to be the
        pronoun's he or she, when the other has not been shown to be one too."""
        people = list(dict.fromkeys(self._full_name(p, index) for p in self._people_in(index, singles=True)))[:2]
        if gender not in ("m", "f") or len(people) < 2:
            return None
        text = self._sentences[index].text
        first, second = text.find(people[0].split()[-1]), text.find(people[1].split()[0])
        between = [w for w in text[first + len(people[0].split()[-1]):second].split()
                   if w.lower().rstrip(".") not in self._lexicon.titles]
        shown = [p for p in people if self._gender.get(p) == gender]
        opens = 0 <= first and len(text[:first].split()) <= MAX_PAIR_OPENING  # the pair is the subject
        return shown[0] if opens and first < second and " ".join(between).lower() in CONJUNCTIONS and len(shown) == 1 \
            else None

    def _later_place(self, mention: str, k: int, index: int) -> bool:
        """`étudie les lettres à Saint-Denis`: a place (after `à`, `in`) that only a name the text introduces
        after the quotation holds, whom a pronoun before that name cannot stand for."""
        if self._first_seen.get(self._full_name(mention, index), k) <= index:
            return False
        tokens = _tokens(self._masked.get(k, ""), self._lexicon)
        first = mention.split()[0]
        at = tokens.index(first) if first in tokens else 0
        return at > 0 and tokens[at - 1].lower() in _WHERE or self._placed(tokens, mention)

    def _opened_before_semicolon(self, tokens: list[str], gender: str, index: int) -> str | None:
        """`Fischer’s mother, Adrianne Fischer, is a driver; she picks up packages`: the person the first clause
        opens with, whom the same pronoun after the semicolon (and in the sentences after) stands for."""
        if ";" not in tokens:
            return None
        head = self._opening(tokens[:tokens.index(";")])
        name = self._full_name(head[1], index) if head and head[0] == "name" else None
        return name if name and self._is_person(name) and self._gender.get(name, gender) == gender else None

    def _thing_reports(self, index: int) -> bool:
        """Whether sentence `index` reports what a thing says (`The national UPS contract says top officers get an
        unpaid leave`): its subject, opened by a definite article, holds no word for a person, so no one unnamed spoke
        there, and a `he` after it goes on meaning whom it meant."""
        tokens = _tokens(self._masked.get(index, ""), self._lexicon)
        verb = next((k for k, t in enumerate(tokens) if self._is_verb(t)), 0)
        subject = tokens[:verb]
        return bool(subject) and subject[0].lower() in DEFINITES and not any(
            self._unnamed_noun(t) or t.lower() in SPOKESPEOPLE or t.lower().endswith(SPOKESPERSON_ENDINGS) for t in subject)

    def _interviewed(self, gender: str) -> str | None:
        """The person an interview quotes: the speaker of at least `INTERVIEW_QUOTES` quotations so far and of
        three in four of them, of the pronoun's gender; whom a `she says` goes on meaning."""
        counts: dict[str, int] = {}
        for name in self._said.values():
            counts[name] = counts.get(name, 0) + 1
        if not counts:
            return None
        name = max(counts, key=counts.__getitem__)
        if counts[name] < INTERVIEW_QUOTES or 4 * counts[name] < 3 * sum(counts.values()):
            return None
        return name if not gender or self._gender.get(name, gender) == gender else None

    def _object_of_relative(self, name: str, index: int) -> bool:
        """Whether sentence `index` writes `name` right before a clause it is the object of (`on the subject of
        Johnny Depp, with whom she co-stars in Mordecai, she said`): not whom that clause's pronoun stands for."""
        text = self._sentences[index].text
        at = text.find(name)
        return at >= 0 and bool(_OBJECT_RELATIVE.match(text, at + len(name)))

    def _asked_about(self, index: int) -> set[str]:
        """People named in the question a sentence opens with (`Asked whether he would keep taking gifts from
        Lord Alli, he said: “…”`): what the speaker was asked about, never whom the pronoun after it means."""
        text = self._masked.get(index, self._sentences[index].text)
        if not _ASKED_OPENING.match(text) or "," not in text:
            return set()
        question = text[:text.index(",")]
        return {p for p in self._people_in(index) if p.split()[-1] in question.split()}

    def _spokesperson_in(self, index: int) -> bool:
        """Whether sentence `index` speaks through someone unnamed for a body (`a spokesperson for
        Acme`, `ein Sprecher der Stadt`): the he or she right after it is that spokesperson."""
        tokens = _tokens(self._masked.get(index, ""), self._lexicon)
        return any(t.lower() in SPOKESPEOPLE or t.lower().endswith(SPOKESPERSON_ENDINGS) for t in tokens)

    def _last_of_gender(self, gender: str, before: int) -> str | None:
        """`“…,” she said` after a stretch in which only a man spoke (her son's five sentences about
        her): the woman who spoke last before that stretch, when the text has shown she is one."""
        if gender not in ("m", "f"):
            return None
        for k in range(before, max(-1, before - PRONOUN_LOOKBACK), -1):
            name = self._said.get(k)
            if name and self._gender.get(name) == gender:
                return name
        return None

    def _after_pronoun(self, name: str, gender: str, index: int) -> bool:
        """Whether sentence `index` names `name` only after the last `gender` pronoun before its
        quotation (`he … called Omar a “terrorist” and said`): a name in the pronoun's own clause, its
        object, is not who the pronoun stands for."""
        tokens = self._before_quote(index)
        pronoun = max((k for k, t in enumerate(tokens) if self._lexicon.pronouns.get(t.lower()) == gender), default=None)
        if pronoun is None or not gender:
            return False
        words = name.split()
        return not any(_strip_possessive(t) in words for t in tokens[:pronoun])

    def _introduces_someone(self, index: int) -> bool:
        """Whether sentence `index` opens with someone unnamed (`Ein Anwohner aus Laubegast`, `Une
        bergère`, `A nurse`), or its main clause does after a fronted one (`Alors que d'anciens amis …, un
        chiraquien s'est souvenu`): the person a pronoun or a description right after it stands for."""
        tokens = _tokens(self._masked.get(index, ""), self._lexicon)
        if len(tokens) >= 2 and tokens[0].lower() in INDEFINITES and self._unnamed_noun(tokens[1]):
            return True
        return self._language in FOLLOWER_ENDINGS and any(
            tokens[k - 1] == "," and tokens[k].lower() in INDEFINITES and self._unnamed_noun(tokens[k + 1])
            and (tokens[k + 2].lower() in self._lexicon.auxiliaries or tokens[k + 2].lower() in ("s'", "s’", "se")
                 or self._is_verb(tokens[k + 2]))
            for k in range(1, len(tokens) - 2))

    def _unnamed_noun(self, noun: str) -> bool:
        """A noun that brings someone in without a name: a role, a man or a woman, a child, a follower."""
        lowered = noun.lower()
        if lowered in UNNAMED_NOUNS.get(self._language, ()) or noun.islower() and len(noun) > 6 \
                and lowered.endswith(FOLLOWER_ENDINGS.get(self._language, ())):
            return True  # `Un proche du ministre`, `Un chiraquien s'est souvenu`
        return self._role_head(noun) or lowered in GENDERED_NOUNS or lowered in YOUNG_NOUNS or (
            self._language == "de" and noun[:1].isupper() and lowered.endswith(DE_PERSON_ENDINGS))

    def _plural_body(self, index: int) -> tuple[str, str]:
        """British English: `Big Machine have twice denied doing anything wrong. “…,” they said`: the body
        that opens the sentence before with a plural verb is `they`; otherwise they are more than one."""
        tokens = _after_openers(_tokens(self._masked.get(index, ""), self._lexicon))
        runs = _runs(tokens)
        if not runs or runs[0][0] != 0 or runs[0][1] >= len(tokens) or tokens[runs[0][1]].lower() not in _PLURAL_VERBS:
            return _NOBODY
        run = tokens[slice(*runs[0])]
        # its words capitalised inside sentences too: a name, not a capitalised common word; and one
        # person takes no plural verb
        return ("name", " ".join(run)) if all(t in self._capitalised_inside for t in run) else _NOBODY

    def _plural(self, verb: str, subject: str) -> bool:
        """Whether a verb's subject is more than one person (`beide sagten`, `both said`, `ambos dijeron`,
        German `sie` with a plural verb: `sagten sie`), so no one speaker said it."""
        lowered = subject.lower()
        return lowered in PLURAL_SUBJECTS or self._language == "de" and lowered == "sie" and verb.lower().endswith("en")

    def _latter(self, gender: str, index: int) -> str | None:
        """The person `dieser`, `celui-ci` stands for: the one named last before it, outside quotations,
        who is not the speaker of the quotation before (`„…“, antwortete Vrenchen, „…, Sali!“ – „…?“
        fragte dieser`: Sali) nor the person in focus (`Swoboda war unter den Ergreifern Stellmacher's. Er
        will gehört haben, wie dieser … rief`: Stellmacher)."""
        spoken = [self._said[k] for k in range(index - 1, max(-1, index - 1 - PRONOUN_LOOKBACK), -1) if k in self._said]
        focus = {spoken[0]} if spoken else set()
        if self._goes_on(self._before_quote(index), gender):
            focus.add(self._antecedent(gender, index))  # `Er will gehört haben, wie dieser…`: not him
        for k in range(index, max(-1, index - 1 - PRONOUN_LOOKBACK), -1):
            people = [self._full_name(p, index) for p in self._people_in(k, singles=True, before_quote=k == index)]
            tokens = _tokens(self._masked.get(k, ""), self._lexicon)
            # `unter den Ergreifern Stellmacher's`: a word with a possessive s is a name, in German too
            people += [_strip_possessive(t) for t in tokens if _possessive(t) and self._lone_name(_strip_possessive(t))
                       and _strip_possessive(t) not in people]
            if k < index and k in self._said:
                people.append(self._said[k])  # `»…«, sagte Sali`: a speaker is named there too
            for person in reversed(people):
                if person not in focus and self._gender.get(person, gender) == gender:
                    return person
        return None

    def _goes_on(self, tokens: list[str], gender: str) -> bool:
        """Whether a sentence's subject is the same pronoun (`He met Tom Weiss.`): it speaks of the
        person a later `he` stands for, and the people it names are not that person."""
        opening = self._opening(tokens)
        return opening is not None and opening[0] == "pronoun" and bool(gender) and opening[1] == gender


_COMPANY = frozenset("with to".split())
"""Prepositions whose person is the one the subject meets or writes to, not the subject."""


def _object_of(tokens: list[str], name: str) -> bool:
    """Whether every mention of `name` (by its first or last word) in `tokens` follows `with` or `to`."""
    words = set(name.split()[:1] + name.split()[-1:])
    at = [k for k, t in enumerate(tokens) if t in words and (not k or not tokens[k - 1][:1].isupper())]
    return bool(at) and all(k and tokens[k - 1].lower() in _COMPANY for k in at)
