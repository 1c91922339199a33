"""What the article calls a person where it introduces them: an apposition (`Sung Kim, the US envoy`) or
the title before the name (`CPUC President Marybel Batjer`), shown with the speaker; separate because it
only reads introductions, never decides who speaks."""

from __future__ import annotations

from bot.reader.quotes.lexicon import (
    ABBREVIATED_TITLES, ADJECTIVE_ENDINGS, ADVERBS, ARTICLE_PARTICLES, ARTICLES, CALENDAR, CONJUNCTIONS, DE_DETERMINERS,
    DE_PERSON_ENDINGS, DE_SHORT_ROLES, EN_NOT_ROLES, EN_ROLE_ENDINGS, FORMS_OF_ADDRESS, HEAD_FINAL, HONORIFICS, NAME_STOP_WORDS,
    OPENERS, PARTICIPLE_ENDINGS, PLACE_NOUNS, PREPOSITIONS, RELATIVES, ROLE_MODIFIERS, ROLE_NOUNS, STANDING_MODIFIERS, STYLE_TITLES,
    VOICES,
)
from bot.reader.quotes.speakers.naming import _core
from bot.reader.quotes.speakers.patterns import (
    _AGE_SET_OFF, _CLAUSE_BREAK, _COMPLEMENTS, _ELIDED_NAME, _FINITE, _MAX_COMPLEMENT, _MAX_QUALIFIERS, MAX_ROLE_WORDS,
    _ROLE_ARTICLES, _ROLE_ENDING, ROLE_MENTIONS, _ROLE_PIECE, _VERB_CONTEXT,
)
from bot.reader.quotes.speakers.tokens import _possessive


class RolesMixin:
    """The roles the article gives people where it introduces them."""

    def role(self, name: str) -> str | None:
        """What the article called the person when it introduced them (`US special representative`,
        `CPUC President`), or None when it gave no role it is sure of."""
        return self._roles.get(name)

    def shown(self, name: str) -> str:
        """The name as a reader calls the person: with the title they go by when the article gives them
        one name only (`Prince Andrew`, `Pope Francis`), the name itself otherwise."""
        return self._styled.get(name, name)

    def _introduce(self, name: str, text: str) -> None:
        """Note the role an apposition gives a person where the article first names them:
        `Sung Kim, the US envoy, met...` or `a spokesperson for Acme, John Doe, said`; and the
        gender its article shows (`la portavoz`, `die Sprecherin` is left alone: `die` is plural too)."""
        at = text.find(name)
        if at < 0:
            return
        role = None
        after = _AGE_SET_OFF.sub("", text[at + len(name):])  # `Tim Stein (45), Pressesprecher der MVB,`: the role after the age
        before = text[:at].rstrip()
        title = before.split()[-1:]
        if len(_core(name.split())) == 1 and title and title[0].lower().rstrip(".") in STYLE_TITLES:
            self._styled[name] = f"{title[0][:1].upper()}{title[0][1:].rstrip('.')} {name}"
        if before.endswith(",") and after.startswith(",") and after[1:].split()[:1] != [] \
                and after[1:].split()[0].lower() not in ARTICLES:
            # `El capitán verdiblanco, Joaquín Ferrer, tampoco buscó…`: the name in apposition to the role
            # before it; what follows it is the sentence's predicate (unless an article opens it: `one of
            # the study authors, Owen Dempsey, a chest doctor at …`)
            role = self._role_from(before[:-1].rsplit(",", 1)[-1], start=False)
        if role is None and after.startswith(","):
            piece = _ROLE_PIECE.match(after, 1).group()
            closed = after[1 + len(piece):].startswith(",")
            first = piece.split()[0] if piece.split() else ""
            # `…par Christian Jacob, président du groupe UMP.`: French drops the article
            rest = after[1 + len(piece):].strip()
            # `bestätigte Tim Stein, Pressesprecher der MVB.`: a German role noun, capitalised, ending the sentence
            noun_last = self._language == "de" and rest in ("", ".") and self._role_head(first)
            last = noun_last or not rest and (
                first.islower() and first not in self._stop_words and not first.endswith(("ing", *PARTICIPLE_ENDINGS))
                or _possessive(first) and first[:1].isupper())  # `…, said Scott Strenfel, PG&E's principal meteorologist.`
            predicate = self._language == "en" and first.islower() and first.endswith("ed")
            if (closed or last or first.lower() in ARTICLES) and not predicate:  # `Kim, shifted his account`
                role = self._role_from(piece, start=True)  # `Kim, the envoy, met` / `…, said Kim, the envoy.`
        if role is None and before.endswith(","):
            role = self._role_from(before[:-1].rsplit(",", 1)[-1], start=False)
        if role is None and name not in self._styled:
            titled = self._title_role(text[:at])
            if titled:
                # `la chancelière Angela Merkel`, `el presidente X`: the article before the title shows the
                # gender (not in German, whose `der` is also a feminine dative: `von der Ministerin X`)
                head = text[:at].rstrip()
                preceding = head[:-len(titled)].split()[-1:] if head.endswith(titled) and self._language in ("fr", "es") else []
                role = (ARTICLES.get(preceding[0].lower()) if preceding else None, titled)
        if role is None and name not in self._styled and " " in name:
            role = self._noun_before(text[:at])
        if role:
            self._roles[name] = role[1]
            if role[0]:
                self._gender.setdefault(name, role[0])

    def _introduce_later(self, name: str) -> None:
        """Note the role an apposition gives a person the article introduced with none (`Both analysts on ESPN,
        Lou Holtz and Mark May, …`), where it first sets one off after their surname alone: `Holtz, a Notre Dame
        coaching legend, typically has been…`. Only a piece closed by a comma and opened by an article counts,
        as a role after the full name does; a first name before the surname would be someone else's."""
        surname = name.split()[-1]
        for sentence in self._sentences[self._first_seen[name] + 1:]:
            text = sentence.text
            at = text.find(surname + ", ")
            if at < 0 or at and (text[at - 1].isalnum() or text[:at].rstrip().split()[-1][:1].isupper()):
                continue
            piece = _ROLE_PIECE.match(text, at + len(surname) + 2).group()
            closed = text[at + len(surname) + 2 + len(piece):].startswith(",")
            if closed and piece.split()[:1] and piece.split()[0].lower() in ARTICLES \
                    and (role := self._role_from(piece, start=True)):
                self._roles[name] = role[1]
                return

    def _noun_before(self, before: str) -> tuple[str | None, str] | None:
        """(gender, role) from an article and one noun right before a full name, which say what the person is
        though the noun is in no list of posts (`La navigatrice Claire Dubois`, `el delantero Iker Sanz`,
        `l'artiste Marc Lavoine`, `Der Stürmer Luca Berger`); not a place (`la rue Victor Hugo`)."""
        words = before.split()[-2:]
        if words and _ELIDED_NAME.match(words[-1]) and len(words[-1]) > 2:
            words = [words[-1][:2], words[-1][2:]]  # `l'artiste`
        if len(words) < 2 or words[0].lower() not in ARTICLES or not words[1].isalpha() and "-" not in words[1]:
            return None
        noun = words[1]
        lowered = noun.lower()
        if lowered in self._stop_words or lowered in PLACE_NOUNS or self._is_verb(lowered) or len(lowered) < 4:
            return None
        if self._language in ("fr", "es") and noun.islower():
            return None, noun  # shown only: no gender, as the noun is in no list a he or she is matched by
        if self._language == "de" and noun[:1].isupper() and (
                lowered.removesuffix("in").endswith(DE_PERSON_ENDINGS) or lowered in DE_SHORT_ROLES):
            return None, noun
        return None

    def _role_from(self, piece: str, start: bool) -> tuple[str | None, str] | None:
        """(gender shown by its article, role) from one comma-separated piece, if it is a role.

        A role names what someone is: short, with a common noun or a title in it (`Apple's CEO`), no
        verb, year or relative clause, not an age, not the next person (`President Obama`). Before the
        name (`start` False) it must hold an article, from which it is taken (`explicó la portavoz, Ana
        Ruiz`, `A lawyer for the victims, X`); after a phrase setting the scene (`Speaking at the
        Geneva motor show, X`) only a title or role noun makes it one."""
        tokens = piece.split()
        if tokens[:1] and tokens[0].lower() in CONJUNCTIONS:
            tokens = tokens[1:]  # `X y el líder de la oposición, Manuel Prieto,`: the second of two
        voice = next((len(v) for v in VOICES if tuple(t.lower() for t in tokens[:len(v)]) == v), 0)
        if voice and len(tokens) > voice + 1:
            # `L'ONU, par la voix du chef de ses opérations humanitaires, Martin Griffiths`: the post through which
            # the body speaks is the role (`du chef` read as `le chef`), not the voice
            of = tokens[voice].lower()
            tokens = (["le"] if of == "du" else [] if of in ("de", "d'", "d’") else [tokens[voice]]) + tokens[voice + 1:]
        if not start:
            while len(tokens) > 1 and (self._language != "en" and tokens[0].lower() in self._lexicon.auxiliaries
                                       or self._is_verb(tokens[0])):
                tokens = tokens[1:]  # `« … », a déclaré le secrétaire général de la CGT, Laurent Brunet,`
            tokens = self._past_recipient(tokens)  # `dijo a Efe el presidente de la CEOE, Antonio Garamendi`
        elif tokens[:1] and tokens[0].lower() in OPENERS | PREPOSITIONS | {"lors"}:
            return None  # `…, Laurent Brunet, lors d'un rassemblement.`: when, not what he is
        # An article opens the piece or is written lower case: `Le Pen` holds none.
        articles = [k for k, t in enumerate(tokens) if t in ARTICLES or k == 0 and t.lower() in ARTICLES]
        scene = False
        if not start:
            if not articles:
                return None
            # `Speaking at … the Geneva motor show, Helmut Panke`, `In a statement from the family's attorney, X`
            scene = tokens[0].lower().endswith("ing") or tokens[0].lower() in OPENERS | PREPOSITIONS
            # `A lawyer for the victims, X`; `el presidente de la Junta de Andalucía, Juanma Moreno`, `le président
            # de la chambre d'agriculture, X`: the article that opens the role, not one of its complement, unless a
            # post follows it (`des mains de la présidente du jury, Marion Aubert`)
            # `Der Vorstandschef der Stadtwerke, Jan Kurz`: a German genitive article after a noun opens its complement
            heads = [k for k in articles if not (k and tokens[k - 1].lower() in _COMPLEMENTS
                                                 and not self._role_head(tokens[k + 1] if k + 1 < len(tokens) else ""))
                     and not (k and self._language == "de" and tokens[k] in ("der", "des") and tokens[k - 1][:1].isupper())]
            heads = heads or articles
            tokens = tokens[heads[-1]:]
        if tokens and self._language != "en" and tokens[0].lower() in self._lexicon.auxiliaries:
            return None  # `Philippe Garnier, a appelé au…`: a verb, not the article `a`
        gender = ARTICLES.get(tokens[0].lower()) if tokens else None
        articled = bool(tokens) and tokens[0].lower() in ARTICLES
        if articled:
            tokens = tokens[1:]
        words = [t.strip("'’\"") for t in tokens]
        if words:
            words[-1] = words[-1].rstrip(".!?…")
        if len(words) > MAX_ROLE_WORDS and self._language == "en" and any(self._role_head(w) for w in words[:3]):
            # `research director of gaming VR/AR at tech market research firm IDC`, `law professor who specializes in
            # …`: a post, then where it is held or what it is about, too long to show; the post up to a relative, else
            # up to the last `at` within reach
            words = words[:next((k for k, w in enumerate(words) if w in _ROLE_RELATIVES), None) or max(
                (k for k, w in enumerate(words[:MAX_ROLE_WORDS + 1]) if w == "at"), default=len(words))]
        if not 0 < len(words) <= MAX_ROLE_WORDS or words[0].lower() in RELATIVES:
            return None
        # `le juge en chef`: the word an article opens is a noun, though it is spelt as a verb (`il juge`)
        if any(self._is_verb(w) for w in words[articled:]):
            return None
        if any(w.isdigit() or w.lower() in _FINITE for w in words):
            return None  # `in the lab of Wendy Garrett in 2011`, `the man had suffered`: a clause
        if self._language == "de" and words[-1][:1].islower() or self._language == "es" and any(
                w.islower() and w.endswith("ó") for w in words):
            return None  # `…, der strengere Regeln vorsieht`, `…, dedicó la victoria a su hija`: a clause
        if self._ends_in_someone(words):
            return None
        # `Apple's CEO` names a post, `Le Pen` does not; in German every noun is capitalised
        headed = self._language != "de" and any(self._role_head(w) for w in words)
        # `Klaus Berger, Politiker der Grünen, …`, `Petra Holz, Juristin an der Universität Kiel`: a German
        # role opens with a person's noun
        headed = headed or self._language == "de" and (
            words[0].lower().removesuffix("in").endswith(DE_PERSON_ENDINGS) or words[0].lower() in DE_SHORT_ROLES)
        if scene and not headed:
            return None  # a scene-setting phrase ends in a role only if it names one: not `the Geneva motor show`
        if self._language == "de" and words[0][:1].islower() and not any(
                w[:1].isupper() and (w.lower().removesuffix("in").endswith(DE_PERSON_ENDINGS) or self._role_head(w))
                for w in words):
            return None  # `…, Daniel Terzenbach, heute anlässlich der Pressekonferenz`: when, no person's noun
        if not headed and not any(w[:1].islower() and w.lower() not in self._stop_words for w in words):
            return None
        if not start and self._language == "fr" and not (self._role_head(words[0])
                                                          or _ROLE_ENDING.search(words[0].lower())):
            gender = None  # `il reçoit le mot d'une femme, Cha Soona,`: the article of a thing, not her gender
        return gender, " ".join(words)

    def _ends_in_someone(self, words: list[str]) -> bool:
        """Whether a piece ends in a title and a name, someone else than the person it follows:
        `Patrick Simmons, singer-keyboardist McDonald,`, `…, President Obama,`, `his former boss Bernard
        Ebbers`; a title alone (`Vice President`) is not."""
        if len(words) < 2 or not words[-1][:1].isupper() or self._role_head(words[-1]):
            return False
        named = next((k for k in range(len(words) - 1, -1, -1) if not words[k][:1].isupper()), -1) + 1
        return self._role_head(words[-2]) or named > 0 and self._role_head(words[named - 1])

    def _title_role(self, before: str) -> str | None:
        """The title right before a name where the article introduces someone, with the few words
        that qualify it: `CPUC President`, `England skipper`, `PG&E's CEO`, `former chief executive`,
        `Bayerns Wirtschaftsminister`, `ministre de l'Intérieur`, `Secretary of State`. `before` is
        the sentence up to the name; only its last clause counts, and a verb, a stop word or a date
        ends the qualifiers, so a role is never a clause. An honorific (`Mr`, `Dr.`) is no role."""
        clause = _CLAUSE_BREAK.split(before)[-1]
        words = clause.split()
        head = len(words) - 1
        for k in range(len(words) - 1, max(len(words) - 1 - _MAX_COMPLEMENT, 0), -1):
            if words[k].lower() in _COMPLEMENTS:
                named = [w for w in words[k + 1:] if w.lower() not in ARTICLE_PARTICLES | {"the"}]
                if len(named) == 1 and _ELIDED_NAME.sub("", named[0])[:1].isupper():
                    head = k - 1  # `de l'Intérieur`, `del Gobierno`, `of State`: one capitalised word
                elif len(named) == 2 and words[k] == "des" and named[0].endswith("s") and named[1][:1].isupper():
                    head = k - 1  # `Leiter des Forschungsverbunds Agrarklima`: a body's noun, then its name
                break
        end, posted = len(words), False
        if head > 0 and words[head].lower().rstrip(".") in HONORIFICS:
            end = head  # `fertility specialist Dr. David Tourgeman`
            head -= 1
        elif head > 0 and self._post_before_rank(words[head - 1]) and _rank(words[head], self._lexicon.titles):
            end = head  # `Hawks head Major-Gen Shadrack Sibiya`: the post is `Hawks head`; the rank goes with the name
            head, posted = head - 1, True
        if head < 0 or not posted and not self._role_head(words[head]):
            return None
        if head and words[head - 1].lower() in _VERB_CONTEXT | self._lexicon.pronouns.keys():
            return None  # `will host John Smith`, `il juge Paul`: a verb, not a title
        start = head
        if self._language in HEAD_FINAL:
            start = self._qualified_from(words, head)
        preceding = before[:len(before) - len(clause)].rstrip()
        set_off = preceding[:-1].split()[-1:] if preceding.endswith(",") and preceding[:-1].split()[1:] else []
        if start == 0 and set_off and set_off[0][:1].isupper() and set_off[0].lower() not in CALENDAR:
            return None  # `Rob Goldman, President Ascom North America`: the title of the name before the comma
        role = words[start:end]
        if len(role) > MAX_ROLE_WORDS:
            return None
        first = role[0]
        if start == 0 and len(clause) == len(before) and self._language != "de" and not self._is_title(words[head]) \
                and (first.lower() in ROLE_MODIFIERS or self._role_head(first.lower())):
            # `Fly-half Charlie Hodgson admitted`: the sentence's capital; `Foreign Secretary` keeps a title's
            role[0] = first[:1].lower() + first[1:]
        return " ".join(role)

    def _post_before_rank(self, word: str) -> bool:
        """Whether a lower-case `word` right before a rank (`Major-Gen`, `Superintendent`) is the post its holder
        has (`Hawks head`, `police chief`), not a word qualifying the rank itself (`former`) or a verb."""
        lowered = word.lower()
        return word.isalpha() and word.islower() and lowered not in self._stop_words and lowered not in STANDING_MODIFIERS \
            and not self._is_verb(lowered)

    def _qualified_from(self, words: list[str], head: int) -> int:
        """Where the words qualifying the title at `head` start: back over qualifiers, through `of`
        inside a body's name (`Bank of Japan chief`), up to a possessive (`India's Prime Minister`).
        Capitalised qualifiers that would show a name cut in two (`Menatep Group's managing director`,
        `Oil and Natural Gas Corporation chairman`) are left out."""
        start = head
        while start > 0 and head - start < _MAX_QUALIFIERS:
            if start > 1 and words[start - 1] == "of" and words[start][:1].isupper() and words[start - 2][:1].isupper():
                start -= 2
            elif self._qualifies(words, start - 1):
                start -= 1
            else:
                break
            if _possessive(words[start]):
                break
        previous = words[start - 1] if start else ""
        owner = _possessive(words[start]) and previous[:1].isupper() and self._qualifies(words, start - 1)
        joined = start > 1 and previous.lower() in CONJUNCTIONS and words[start - 2][:1].isupper()
        while (owner or joined) and start < head and words[start][:1].isupper():
            start += 1
        return start

    def _qualifies(self, words: list[str], k: int) -> bool:
        """Whether `words[k]` qualifies the title after it: a capitalised word (`England`, `CPUC`,
        `PG&E's`, `Prime`), or a lower-case modifier (`former`, `chief`) or adjective (`presidential`);
        in German a genitive or acronym (`Bayerns`, `CDU`), or an adjective after an article (`der
        bayerische`). Never a verb, a stop word, a date or a scene-setting word."""
        word = words[k]
        lowered = word.lower()
        # `State Department official`: a capitalised word before another is part of a name, not the verb or
        # the honorific it may be
        named = word[:1].isupper() and words[k + 1][:1].isupper()
        if (self._is_verb(lowered) or lowered in HONORIFICS) and not named or lowered in CALENDAR \
                or lowered in ADVERBS | OPENERS | FORMS_OF_ADDRESS:
            return False
        if self._language == "en" and lowered in ROLE_MODIFIERS:
            return True  # `former`, a stop word here
        if lowered in self._stop_words and not word.isupper() and not (
                word[:1].isupper() and (k and word != "I" or word in NAME_STOP_WORDS and words[k + 1][:1].isupper())):
            return False  # `that`, `The`, `While`; `New` is part of a name (`New Media investor`, `New York Senator`)
        if self._language == "de":
            if word[:1].isupper():
                return word.isupper() or word.endswith("s") and not self._role_head(word)
            return k > 0 and words[k - 1].lower() in DE_DETERMINERS and word.endswith(("e", "en"))
        return word[:1].isupper() or _possessive(word) or len(word) > 5 and lowered.endswith(ADJECTIVE_ENDINGS) \
            and lowered.isalpha()  # `special`, `presidential`; `real Prince Andrew` is no post

    def _role_head(self, word: str) -> bool:
        """A word that says what someone does, written right before their name: a title that is no
        honorific (`President`, `Wirtschaftsminister`, `boss`), a role noun of the language (`skipper`,
        `CEO`, `porte-parole`) or one ending a compound (`co-founder`); in English a lower-case noun
        with a role's ending (`economist`, `historian`), in German a long noun for a person
        (`Ehrenvorsitzende`, `Unternehmer`)."""
        lowered = word.lower().rstrip(".")
        last = lowered.rsplit("-", 1)[-1]
        if lowered in HONORIFICS or lowered in self._stop_words or lowered in CALENDAR or self._is_verb(lowered):
            return False
        nouns = ROLE_NOUNS.get(self._language, frozenset())
        if lowered in nouns or last in nouns or self._is_title(word) or last in self._lexicon.titles and last not in HONORIFICS:
            return True
        if self._language == "en":
            return word.islower() and last.isalpha() and len(last) > 6 and last.endswith(EN_ROLE_ENDINGS) \
                and last not in EN_NOT_ROLES  # `singer-keyboardist`
        if self._language == "de":
            # `Schulleiterin`, `Pressesprecherin`: a woman's form, `-in` after a man's noun's ending
            stem = last[:-2] if last.endswith("in") and len(last) > 6 and last[:-2].endswith(DE_PERSON_ENDINGS) else last
            return word[:1].isupper() and (stem in DE_SHORT_ROLES or len(stem) >= 8 and stem.endswith(DE_PERSON_ENDINGS))
        return False

    def _opening_role(self, token: str) -> bool:
        """`Fly-half`, `Economist`, opening a sentence before a name: a role noun of the language, or a
        compound whose second part is lower case; not part of the name."""
        head, _, tail = token.partition("-")
        return token.lower() in ROLE_NOUNS.get(self._language, frozenset()) or (
            head[:1].isupper() and head[1:].islower() and tail.isalpha() and tail.islower())

    def _holds(self, person: str, post: str) -> bool:
        """Whether the article gives `person` the role `post`: right before the name where it introduces
        them (`Doktor Constantine`) or in its apposition (`Hans Weber, der Doktor`)."""
        text = self._sentences[self._first_seen[person]].text
        before = text[:max(text.find(person), 0)].lower().split()[-1:]
        return before == [post] or post in (self._roles.get(person) or "").lower().split()

    def _recurring_role(self, post: str) -> str | None:
        """A role the text keeps calling someone by, with no name ever given (`der Doktor` in a story
        about Doctor Who): that role, as the text writes it, is who speaks. Three mentions with a
        definite article make it someone's designation, not a passing description."""
        if " " in post or any(self._holds(person, post) for person in self._first_seen):
            return None
        written = [b for tokens in self._text_tokens for a, b in zip(tokens, tokens[1:])
                   if a.lower() in _ROLE_ARTICLES and b.lower() == post]
        return written[0] if len(written) >= ROLE_MENTIONS and written[0][:1].isupper() else None


def _rank(word: str, titles: frozenset[str]) -> bool:
    """A rank written short or joined (`Major-Gen`, `Lt-Col`, `Sgt`), which goes with the name, not the post
    before it; a title alone (`press secretary`, `managing director`) is the post."""
    parts = word.lower().rstrip(".").split("-")
    return all(part in titles for part in parts) and (len(parts) > 1 or parts[0] in ABBREVIATED_TITLES)


_ROLE_RELATIVES = frozenset("who which that".split())
"""Relatives that open a clause about the person after a long post (`law professor who specializes in…`); not
`where`, which may end a place in the post (`owner of a store near where…`)."""
