"""Attributions from the neighbouring sentences when the quotation's own says nothing: the sentence
before or after, the paragraph before, the question an interview answer follows, a quotation that goes on
quoting the latest speaker."""

from __future__ import annotations

import re

from bot.reader.quotes.lexicon import (
    ADVERBS, AGENTS, ARTICLES, CALENDAR, DE_PERSON_ENDINGS, DE_REPORTING_MOOD, DEFINITES, INDEFINITES, SAYINGS,
    STATEMENTS,
)
from bot.reader.quotes.speakers.naming import _after_openers, _has_words, _strip_possessive, _without_relatives
from bot.reader.quotes.speakers.patterns import (
    ATTRIBUTION_WORDS, _BUT, _BY, _DEMONSTRATIVE_OPENERS, _ELIDED_NAME, _ENDS_ASKING, MASK, _MAX_SAYING_AT,
    MAX_SUBJECT_TOKENS, _OF, _OPENING_CONJUNCTION, _POINTING_BACK, PRONOUN_LOOKBACK, _REMARKS, TERM, _WITH,
)
from bot.reader.quotes.speakers.tokens import _as_clause, _possessive, _runs, _tokens
from bot.reader.text.document import Sentence

MAX_DESCRIPTION_ADJECTIVES = 2
"""Adjectives a German description may put between its article and its noun (`der frühere Manager`)."""


class ContextMixin:
    """Attribution from the sentences around a quotation."""

    def _previous(self, index: int, sentence: Sentence) -> tuple[str, str] | None:
        """The sentence before, in the same paragraph: its quote's speaker, whom it says said something, or
        whose view it gives (`Para la experta, los aspectos básicos radican en… “…”`)."""
        if not 0 <= index < len(self._sentences) or self._sentences[index].paragraph != sentence.paragraph:
            return None
        if index in self._said:
            return ("name", self._said[index])
        return self._reported(index) or self._view_of(self._masked.get(index, self._sentences[index].text))

    def _still_quoting(self, sentence: Sentence) -> tuple[str, str] | None:
        """`„…“, sagte Çelik dem WDR. An manchen Schulen falle jede fünfte Stunde aus. „…“`: a quotation
        standing alone goes on quoting the paragraph's latest speaker, across sentences that report
        what they said and name no one else; not after a sentence that brings someone in (`Es justo esto lo que
        le ocurre a Laura Martínez. «…», se queja`)."""
        right_before = sentence.index - 1
        if right_before >= 0 and self._sentences[right_before].paragraph == sentence.paragraph \
                and any(self._first_seen.get(p) == right_before for p in self._people_in(right_before)):
            return None
        if right_before >= 0 and self._sentences[right_before].paragraph == sentence.paragraph and right_before not in self._said \
                and (opening := self._opening(_tokens(self._masked.get(right_before, ""), self._lexicon))) \
                and opening[0] == "name" and self._is_person(self._full_name(opening[1], right_before)):
            return None  # `Patrick Dury wird später noch deutlicher. „…“`: the person the sentence before is about
        for k in range(sentence.index - 2, max(-1, sentence.index - 1 - PRONOUN_LOOKBACK), -1):
            if self._sentences[k].paragraph != sentence.paragraph:
                return None
            if k in self._said:
                return ("name", self._said[k])
            reported = self._reported(k)
            if reported and reported[0] == "name" and TERM in self._masked.get(k, ""):
                return reported  # `„Der Bot erklärt alles“, sagt Schülerin Diba.`: too short to count, still her words
            if MASK in self._masked.get(k, "") or self._people_in(k) or reported:
                return None
        return None

    def _reported_speech(self, sentence: Sentence) -> tuple[str, str] | None:
        """`Die Nachfrage sei hoch, „mehr als die Industrie liefern kann“`, `Bei Airbus lägen 8.000 Bestellungen vor.
        „Das sind die Cashcows.“`: German reports someone's words in the Konjunktiv (`DE_REPORTING_MOOD`), so a
        quotation in such a sentence, or standing alone right after one in its paragraph, goes on with the latest
        person quoted within the look-back, whose words the text is reporting; not when a sentence on the way names
        someone else, who may be the one reported."""
        if self._language != "de":
            return None
        index = sentence.index
        alone = not _has_words(self._masked.get(index, ""))
        reporting = index - 1 if alone and index and self._sentences[index - 1].paragraph == sentence.paragraph else index
        if not DE_REPORTING_MOOD & set(_tokens(self._masked.get(reporting, ""), self._lexicon)):
            return None
        named: set[str] = set()
        for k in range(index, max(-1, index - 1 - PRONOUN_LOOKBACK), -1):
            if k < index and k in self._said:
                speaker = self._full_name(self._said[k], index)
                return ("name", speaker) if self._is_person(speaker) and named <= {speaker} else None
            named |= {p for p in map(self._full_name, self._people_in(k)) if self._is_person(p)}
        return None

    def _subject_after(self, first: Sentence, last: Sentence) -> tuple[str, str] | None:
        """`¶ „…“ Deutschlands Chefcoach Gordon Herbert war bester Laune…`, `¶ « … » L'entraîneur du HBC Nantes,
        Grégoire Lemaître, savourait…`: a quotation opening its paragraph with no attribution, then, in the same
        paragraph, a sentence quoting nothing that opens with a person (a role before them allowed): the writer
        quotes first, then says who spoke."""
        index = last.index + 1
        if first.index and self._sentences[first.index - 1].paragraph == first.paragraph \
                or index >= len(self._sentences) or self._sentences[index].paragraph != last.paragraph:
            return None
        tokens = _tokens(self._masked.get(index, ""), self._lexicon)
        if any(t.startswith((MASK, TERM)) for t in tokens):
            return None
        found = self._opening(tokens) or self._subject(tokens)  # `La présidente de la région X, Claire Duhamel, a…`
        return found if found and found[0] == "name" and self._is_person(self._full_name(found[1], index)) else None

    def _paragraph_before(self, sentence: Sentence) -> tuple[str, str] | None:
        """`Okafor said the company had refused every proposal. ¶ "They expected us to give up…"`: a
        quotation opening its paragraph with no attribution at all goes on from the paragraph before,
        quoting whoever its last sentence quotes or reports speaking."""
        index = sentence.index - 1
        if index < 0 or self._sentences[index].paragraph == sentence.paragraph:
            return None
        return ("name", self._said[index]) if index in self._said else self._reported(index)

    def _caption_after(self, last: Sentence) -> tuple[str, str] | None:
        """`¶ « Elle-même est responsable… » ¶ Olivier Truchot, journaliste, au sujet de…`: a quotation standing
        alone as its paragraph, then a one-sentence paragraph with no verb's full stop that opens with a person's
        name and a comma, the caption a page sets under a pull quote or an epigraph: that person's words."""
        index = last.index + 1
        if index >= len(self._sentences) or self._sentences[index].paragraph != last.paragraph + 1 \
                or index + 1 < len(self._sentences) and self._sentences[index + 1].paragraph == last.paragraph + 1:
            return None
        text = self._masked.get(index, self._sentences[index].text).strip()
        tokens = _tokens(text, self._lexicon)
        runs = _runs(tokens)
        if text.endswith((".", "!", "?", ":")) or MASK in text or not runs or runs[0][0] != 0 \
                or tokens[runs[0][1]:runs[0][1] + 1] != [","]:
            return None
        name = " ".join(tokens[:runs[0][1]])
        return ("name", name) if " " in name and self._is_person(self._full_name(name, index)) else None

    def _profile_before(self, sentence: Sentence) -> tuple[str, str] | None:
        """`¶ Gabin Formont, créateur de la page Vécu, s'est fait connaître… celui qui vient d'être recruté… est
        assez critique. ¶ « Au départ j'ai créé Vécu… »`: a quotation opening its paragraph with no attribution,
        after a paragraph that quotes no one and is about one person (the name its first sentence opens with, and
        no other name opening a sentence of it): that person's words."""
        before = [s.index for s in self._sentences if s.paragraph == sentence.paragraph - 1]
        if not before or any(MASK in self._masked.get(k, "") for k in before):
            return None
        opening = self._opening(_tokens(self._masked.get(before[0], ""), self._lexicon))
        if not opening or opening[0] != "name":
            return None
        person = self._full_name(opening[1], before[0])
        if " " not in person or not self._is_person(person):
            return None
        for k in before[1:]:
            subject = self._opening(_tokens(self._masked.get(k, ""), self._lexicon))
            if subject and subject[0] == "name" and self._full_name(subject[1], k) != person:
                return None  # the paragraph goes on to someone else
        return ("name", person)

    def _answer_to(self, sentence: Sentence) -> tuple[str, str] | None:
        """An interview: `¶ But hasn't she had to turn down lots of offers? ¶ "I mean. Yes, no…"`. A quotation
        opening its paragraph with no attribution, after a paragraph of the writer's questions only, is the
        answer of whom the question asks about (its `she`), or, with no pronoun (`For financial reasons?`),
        of whoever spoke last."""
        index = sentence.index - 1
        if index < 0 or self._sentences[index].paragraph == sentence.paragraph:
            return None
        asked = [k for k in range(index, -1, -1) if self._sentences[k].paragraph == self._sentences[index].paragraph]
        if any(not self._sentences[k].text.rstrip().endswith("?") or MASK in self._masked.get(k, "") for k in asked):
            return None
        tokens = [t.lower() for k in reversed(asked) for t in _tokens(self._sentences[k].text)]
        gender = next((self._lexicon.pronouns[t] for t in tokens if t in self._lexicon.pronouns), None)
        if gender:
            name = self._antecedent(gender, index)
            return ("name", name) if name else None
        spoke = max((k for k in self._said if index - PRONOUN_LOOKBACK <= k < min(asked)), default=None)
        return ("name", self._said[spoke]) if spoke is not None else None

    def _topic_answer(self, sentence: Sentence) -> tuple[str, str] | None:
        """A press conference or an interview set down as topics and answers (`¶ La situación de Ramiro Rocca:
        "…"` ¶ `¿Cambia la idea de juego…?: "…"`): paragraphs that each open with a topic or a question a colon
        ends, then a quotation, two or more in a row, are the answers of the person the article is about, whom
        its title opens with; not of someone the topic names. Only when the words before the colon name no
        speaker (the rules before this one found none)."""
        paragraphs = [s.paragraph for s in self._sentences]
        here = sentence.paragraph
        if not self._topic_then_quote(here):
            return None
        neighbours = {p for p in (here - 1, here + 1) if p in paragraphs}
        if not any(self._topic_then_quote(p) for p in neighbours):
            return None
        interviewee = self._title_subject()
        return ("name", interviewee) if interviewee else None

    def _topic_then_quote(self, paragraph: int) -> bool:
        """Whether `paragraph`'s first sentence opens with words a colon ends, a quotation right after, and those
        words are no name alone (`Juan Pérez: "…"` labels a speaker) and quote nothing themselves; a colon after
        a sentence of the story (`… revient sur son passé: «…»`) is no topic's."""
        opening = next((s for s in self._sentences if s.paragraph == paragraph), None)
        lead, colon, rest = self._masked.get(opening.index, "").partition(":") if opening else ("", "", "")
        return bool(colon) and rest.lstrip().startswith(MASK) and MASK not in lead \
            and any(t.isalpha() and t.islower() for t in _tokens(lead, self._lexicon))

    def _title_subject(self) -> str | None:
        """The person the title opens with (`Héctor Vargas va con mentalidad ganadora…`), as the body
        introduced them in full; None when the title opens otherwise."""
        tokens = _tokens(self._title, self._lexicon)
        runs = _runs(tokens)
        if not runs or runs[0][0] != 0:
            return None
        name = self._name(tokens, *runs[0])
        person = self._full_name(name) if name else None
        return person if person and " " in person and person in self._first_seen and self._is_person(person) else None

    def _introduced(self, tokens: list[str]) -> bool:
        """`Among the highlights, as caught on tape: “…”`: a phrase a colon ends that has no subject of
        its own (`The sign read: “…”` has one, so the sign speaks, not the person before)."""
        return tokens[-1:] == [":"] and tokens[0].lower() not in ARTICLES.keys() | DEFINITES | INDEFINITES

    def _subject_before(self, sentence: Sentence) -> tuple[str, str] | None:
        """A quotation that is a sentence of its own, with no attribution, goes on from the sentence
        before it in the paragraph: its subject speaks (`Il a souhaité faire un rappel au
        règlement. « On ne peut pas accepter… »`)."""
        index = sentence.index - 1
        if index < 0 or self._sentences[index].paragraph != sentence.paragraph:
            return None
        reported = self._reported(index)
        if reported and reported[0] == "name" and self._is_person(self._full_name(reported[1], index)):
            return reported  # `Arizona is a party college, but Wiig says… “…”`: who says so, not the subject
        tokens = _tokens(self._masked.get(index, ""), self._lexicon)
        verb = tokens[1:2] if tokens[:1] and tokens[0] in ADVERBS else tokens[:1]
        if self._lexicon.pro_drop and verb and self._is_verb(verb[0]):
            return ("pronoun", "")  # `Explicó que las picaduras fueron leves. "…"`: the subject dropped, the one in focus
        opening = self._opening(tokens)
        if opening and opening[0] == "name" and self._is_person(self._full_name(opening[1], index)):
            return opening
        if self._language in ("de", "es"):
            # `Jeglicher Kontakt … war verboten, so die Erinnerung einer Kellnerin – gespielt von Elisabeth Müller. „…“`:
            # a thing opens it, and the one person it brings in speaks next (German and Spanish bring a speaker in
            # so, as in `Kritik kam vom Abgeordneten X`)
            new = [p for p in self._people_in(index) if self._first_seen.get(p) == index
                   and (not self._placed(tokens, p) or _agent(tokens, p))]
            if len(new) == 1 and self._is_person(new[0]):
                return ("name", new[0])
        if opening is None and index and self._sentences[index - 1].paragraph == sentence.paragraph \
                and self._masked.get(sentence.index, "").lstrip().startswith(MASK) \
                and index - 1 not in self._said and MASK not in self._masked.get(index, "") \
                and not self._people_in(index, singles=True):
            # `Regisseur Jens Erwin Siemssen hat … Interviews geführt. Nun werden diese Erinnerungen lebendig. „…“`:
            # a sentence naming no one in between, the person the paragraph opened with speaks
            earlier = self._opening(_tokens(self._masked.get(index - 1, ""), self._lexicon))
            if earlier and earlier[0] == "name" and self._is_person(self._full_name(earlier[1], index - 1)):
                return earlier
        return self._described_subject(tokens) or opening

    def _described_subject(self, tokens: list[str]) -> tuple[str, str] | None:
        """`Generell geht der frühere Manager der Klitschko-Brüder von einem „…“ aus. „…“`: a German subject that only
        describes a man or a woman (`der`, `die`, adjectives, a noun for a person), opening the sentence or right
        after its verb, stands for the person in focus, who speaks the quotation after it."""
        if self._language != "de":
            return None
        for at in (0, 2):
            words = tokens[at:at + 1 + MAX_DESCRIPTION_ADJECTIVES + 1]
            if not words or words[0].lower() not in ("der", "die") or at and not tokens[1].islower():
                continue
            noun = next((w for w in words[1:] if not w.islower()), "")
            if noun[:1].isupper() and noun.lower().endswith(DE_PERSON_ENDINGS) and not self._part_of_person(noun):
                return ("focus", "m" if words[0].lower() == "der" else "f")
        return None

    def _statement_before(self, sentence: Sentence) -> tuple[str, str] | None:
        """`Some traders found Wednesday's Fed statement gloomier than expected. ¶ One reason may be the
        concern about Europe: "there are significant downside risks…"`: a quotation a colon introduces in a
        sentence that names no one quotes the statement the sentence before named, which its owner put out."""
        index = sentence.index - 1
        tokens = _tokens(self._masked.get(index, ""), self._lexicon) if index >= 0 else []
        for k, token in enumerate(tokens):
            if token.lower() not in STATEMENTS or not k:
                continue
            start = k
            while start and tokens[start - 1][:1].isupper() and not tokens[start - 1].startswith(MASK) \
                    and tokens[start - 1].lower().rstrip("'’s") not in CALENDAR \
                    and (start == k or not _possessive(tokens[start - 1])):
                start -= 1
            owner = [_strip_possessive(t) for t in tokens[start:k]]
            if owner and not (start == 0 and self._common_word(owner[0], initial=True)):
                return ("name", " ".join(owner))
        return None

    def _words_of(self, tokens: list[str]) -> tuple[str, str] | None:
        """`¶ « … » Cette petite phrase d'Arnaud Montebourg augure-t-elle…`, `These remarks by Senator Jo Hart
        drew fire`: a sentence opening with a demonstrative and a noun for what was said, then whose words
        they were, names who said the quotation just before it."""
        if len(tokens) < 3 or tokens[0].lower() not in _DEMONSTRATIVE_OPENERS:
            return None
        noun = next((k for k in range(1, min(len(tokens) - 1, _MAX_SAYING_AT + 1))
                     if tokens[k].lower() in SAYINGS | _REMARKS), None)
        if noun is None or not all(t.isalpha() and t.islower() for t in tokens[1:noun]):
            return None
        rest = tokens[noun + 1:]
        if rest[:1] and rest[0].lower() in _OF | AGENTS:
            rest = rest[1:]
        elif rest[:1] and _ELIDED_NAME.match(rest[0]) and rest[0][2:3].isupper():
            rest = [rest[0][2:], *rest[1:]]  # `d'Arnaud Montebourg`
        else:
            return None
        runs = _runs(rest)
        name = self._name(rest, *runs[0]) if runs and runs[0][0] == 0 else None
        return ("name", name) if name else None

    def _asked(self, last: Sentence) -> tuple[str, str] | None:
        """`“… right?” Jamie wrote.`: a question or exclamation ends the sentence at its closing mark, so
        the attribution right after it is cut off into a sentence of its own."""
        index = last.index + 1
        if not _ENDS_ASKING.search(last.text.rstrip()) or index >= len(self._sentences) \
                or self._sentences[index].paragraph != last.paragraph:
            return None
        tokens = _tokens(self._masked.get(index, ""), self._lexicon)
        if not any(self._is_verb(t) for t in tokens[:ATTRIBUTION_WORDS]):
            return None
        found = self._after(tokens)
        # `Police said the boy was found.` goes on with the story; a person named before, or she, speaks
        known = found and (found[0] == "pronoun" or found[0] == "name" and self._is_person(self._full_name(found[1])))
        return found if known else None

    def _next(self, index: int, sentence: Sentence) -> tuple[str, str] | None:
        """The sentence after, when it goes on quoting: `“…” “…,” she said` names one speaker for both."""
        if not 0 <= index < len(self._sentences) or self._sentences[index].paragraph != sentence.paragraph:
            return None
        tokens = _tokens(self._masked.get(index, ""), self._lexicon)
        return self._after(tokens[1:]) if tokens and tokens[0].startswith((MASK, TERM)) else None

    def _pointed_back(self, last: Sentence) -> tuple[str, str] | None:
        """The next sentence, opening with a word that points back at the quotation, names who said it
        (`¶ That's the optimistic view mouthed by Michael Reed, the CEO…`, `C'est ce qu'a affirmé X`)."""
        index = last.index + 1
        if not 0 <= index < len(self._sentences):
            return None
        tokens = _tokens(self._masked.get(index, ""), self._lexicon)
        if owner := self._words_of(tokens):
            return owner
        # `Con esas palabras ha descrito Moreno…`, `Mit diesen Worten…`: a preposition before the words pointing back
        said_with = len(tokens) > 3 and tokens[0].lower() in _WITH and tokens[1].lower() in _DEMONSTRATIVE_OPENERS \
            and tokens[2].lower() in SAYINGS | _REMARKS
        if not said_with and (not tokens or tokens[0].lower().replace("’", "'").split("'")[0] not in _POINTING_BACK):
            return None
        for k, token in enumerate(tokens[1:MAX_SUBJECT_TOKENS + 1], 1):
            if token.lower() in AGENTS and (runs := _runs(tokens[k + 1:])) and runs[0][0] == 0:
                name = self._name(tokens[k + 1:], *runs[0])
                return ("name", name) if name else None
            # `Así ha resumido el consejero…`: an auxiliary, then the verb's participle
            if self._is_verb(token) or token.lower() in self._lexicon.auxiliaries and tokens[k + 1:k + 2] \
                    and tokens[k + 1].isalpha() and tokens[k + 1].islower():
                found = self._inverted(tokens[k + (not self._is_verb(token)):])
                return found if found and found[0] == "name" else None
        people = self._people_in(index, singles=True)
        if said_with and len(people) == 1 and self._is_person(self._full_name(people[0], index)):
            return ("name", people[0])  # `Mit diesem Zitat … sorgte Herbert für den Audio-Clip`: the one person named
        return None

    def _reported(self, index: int) -> tuple[str, str] | None:
        """Whoever a sentence says said something (`Kim said…`, `…, said Kim`, `…, according to chief
        executive Kim`), if anyone: a person, not a paper (`according to the report`)."""
        # `But Gelner said the job has its nasty side.`: the conjunction is no part of the subject
        masked = _OPENING_CONJUNCTION.sub("", self._masked.get(index, ""))
        tokens = _tokens(masked)
        if self._lexicon.by and re.search(self._lexicon.by, masked, re.IGNORECASE):
            marked = _tokens(masked, self._lexicon)
            at = marked.index(_BY) if _BY in marked else -1
            found = self._inverted(marked[at:]) if at >= 0 and not self._thing(marked[at + 1:]) else None
            if found and found[0] == "name" and self._is_person(self._full_name(found[1])):
                return found
        for k, token in enumerate(tokens):
            if self._is_verb(token):
                if _as_clause(tokens[:k]) and (inverted := self._inverted(tokens[k:])):
                    return inverted  # `…, comme nous le raconte Karim, 29 ans`: the subject after the verb
                j = k - 1
                while j > 0 and tokens[j].lower() in self._lexicon.auxiliaries:
                    j -= 1  # `« … », a déclaré Marine Le Pen`
                after_comma = k and (tokens[j] == "," or tokens[j].startswith((MASK, TERM)))
                if (after_comma or self._language == "de") and tokens[k + 1:k + 2] \
                        and tokens[k + 1].lower() in self._lexicon.pronouns:
                    # `Es gebe mehrere Interessenten, erklärte er`: he, not them; German puts the verb second, so
                    # after `Vor mehreren Zehntausend Zuhörern bekräftigte er` the pronoun is the subject too
                    return self._inverted(tokens[k:])
                start = max((j for j in range(k) if tokens[j].startswith(MASK)), default=-1) + 1
                # `Arizona is a party college, but Wiig says…`: the clause a `but` opens has its own subject
                start = max((j + 1 for j in range(start + 1, k) if tokens[j].lower() in _BUT and tokens[j - 1] == ","),
                            default=start)
                # `Interrogée à ce sujet, la mairesse a assuré…`: the subject is the clause right before the verb
                clause = tokens[start:j + 1 if j < k - 1 else k]
                clause = clause[max((i + 1 for i, t in enumerate(clause) if t == ","), default=0):]
                subject = _without_relatives(tokens[start:k])
                found = self._subject(subject[-MAX_SUBJECT_TOKENS:]) or self._described(
                    _after_openers(tokens[start:k])) or self._described(clause) or self._unnamed(clause)
                if not found and subject[:1] and subject[0].lower() in INDEFINITES and "," not in subject:
                    # `Una docente de la escuela…, que prefirió no dar su nombre, explicó`: someone unnamed
                    found = self._unnamed(subject)
                if after_comma and (not found or found[0] in ("focus", "nobody")):
                    # `The combination has been steady, said Tom Forte, who…`, `The key to Stadia's success, says
                    # Buser, is…`: a description before the comma is what was said about; the name after the
                    # verb is who said it
                    inverted = self._inverted(tokens[k:])
                    found = inverted if not found or inverted and inverted[0] == "name" else found
                if found:
                    return found
        return None


def _agent(tokens: list[str], name: str) -> bool:
    """Whether `name` is a passive's agent in `tokens` (`gespielt von Elisabeth Müller`, `dirigido por Ana Gil`):
    after `von` or `por` and a lower-case verb, the one who acts, not a place or a body the name belongs to."""
    first = name.split()[0]
    at = tokens.index(first) if first in tokens else 0
    return at >= 2 and tokens[at - 1].lower() in AGENTS and tokens[at - 2][:1].islower()
