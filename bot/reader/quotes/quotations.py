"""Key quotes: the article's direct quotations, who said them, the most central ones first.

Quotation marks are paired per family (double marks, single marks) with a small state machine
that looks at the characters around each mark, because the same character can open, close or be
an apostrophe (`‘Yes,’ she said` / `don’t` / `the players’ union`). Pairing works on whole
paragraphs, not sentences, so a quotation that runs over several sentences comes out as one.
Short quoted terms (scare quotes, titles) are not statements and are left out.

Who said it is `bot.reader.quotes.speakers`' job; this module finds the quotations, hands it the text
around each one, and ranks them by how close their words are to the article as a whole.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bot.reader.text.document import Document, Sentence
from bot.reader.text.language import words
from bot.reader.quotes.lexicon import DE_BODY_ENDINGS, LEXICONS, ORGANISATION_WORDS
from bot.reader.quotes.repeats import with_repeats_attributed
from bot.reader.quotes.speakers import MASK, TERM, SpeakerFinder

MIN_WORDS = 5
"""Fewer quoted words than this is a scare quote or a title, not a statement."""
SUBSTANCE_WORDS = 20
"""Quoted words at which a quote counts as saying something in full; fewer read as a fragment."""
SUBSTANCE_WEIGHT = 0.5
"""Share of its centrality a quote loses for being a fragment (a 5-word one keeps 5/8 of it)."""
MAIN_ACTOR_WEIGHT = 0.2
"""Most a speaker's prominence (sentences naming them, against the most-named speaker) adds."""
LEAD_SENTENCES = 3
"""Sentences of the body that make its lead: who they name is who the story is about."""
SOLE_VOICE_RATIO = 4
"""A speaker quoted more than this many times as often as everyone else together is the page's one voice
(a profile, an interview): their quotes are the key ones, and a second speaker's are likelier misread."""
MAX_BETWEEN_WORDS = 8
"""Words of attribution that may stand between two pieces of one quotation (`, she told reporters.`)."""
MAX_INTRODUCTION_WORDS = 25
"""Words of an attribution that introduces the speaker with a role between two pieces of one quotation."""
_SENTENCE_BREAK = re.compile(r"[.!?;:]\s")
MAX_TITLE_WORDS = 8
"""Most words in a title that opens with the kind of work it names (`Rapport mondial sur le paludisme`)."""
NICKNAME_WORDS = 3
"""Most words in a quoted nickname before a surname (`"Weird Al" Yankovic`)."""
_TURN = re.compile(r"(?:^|[.?!…][\"'”“»«„]*)\s*[—–-]$")
"""A dash right before a quotation, alone or after a sentence's end: the next turn of a dialogue or
an interview (`„…?“ – „…“`, `»…«, fragte sie. – »…«`), said by someone else; an attribution set off
by dashes (`«…» —afirmó el ministro— «…»`) goes on with the same speaker."""
EMBED_WORDS = 12
"""The most words of a line an embedded post leaves in the text (its caption, its signature)."""
_LABELLED_HEADING = re.compile(r"\s*(?P<name>[^\W\d_][\w.’'-]*(?:\s+[^\W\d_][\w.’'-]*){0,2})\s*:\s*(?=\S)")
"""A sub-heading opening with one to three words and a colon, the name of whom it quotes (`Kabayel: „…“`)."""
_SIGNATURE = re.compile(r"[—–-]\s*\S.*\(@\w+\)")
"""An embedded post's signature line: `— Dele (@dele_official) November 19, 2019`."""
DUPLICATE_OVERLAP = 0.6
"""Share of shared terms above which two quotes count as the same statement told twice."""

# Quotation marks by family: for each opening mark, the marks that close it.
_DOUBLE = {"“": "”\"“", "„": "“”\"", "«": "»", "»": "«", '"': '"”“', "”": "”“\""}
"""Texts mix marks (`„…"`, `"…”`), so a straight mark closes a curly one and the other way round; some
pages type the left mark for the right one and back (`“…“`, `”…“`, `”…”`), so each curly one opens and closes."""
_SINGLE = {"‘": "’'", "‚": "‘’", "‹": "›", "›": "‹", "'": "'’"}
_FAMILIES = (_DOUBLE, _SINGLE)
_MARKS = re.compile("[" + re.escape("".join({*_DOUBLE, *_SINGLE, *"”’"})) + "]")
_SPACED_MARKS = set("«»‹›")
"""Marks that French typography separates from the quoted words by a space."""
_OPEN_AFTER = set("([{—–-/:") | set(_DOUBLE) | set(_SINGLE) | set("”’")
"""Characters an opening mark may follow with no space: a colon too, as typists glue it (`a indiqué :« …`)."""
_CLOSE_BEFORE = set(".,;:!?)[]}—–-…") | set(_DOUBLE) | set(_SINGLE) | set("”’")
"""Characters a closing mark may precede with no space: `[` too, a citation marker (`»[1]`, `”[12]`)."""
_NESTING = set("«\"„")
"""Opening marks that, met again mid-sentence inside their own quotation, open a quoted word nested
in it (`« n'utilise pas le mot « féministe » car… »`, `„Die Mannschaft hat „echtes Herz“ gezeigt“`: German
writers often nest the double marks, not `‚…‘`): its closing mark differs, so the pairs nest;
a straight mark that can only open there (a space before it, a letter after) does the same inside a
quotation opening a sentence or after a colon (`respondió: "… sólo a los "mongoles y tártaros" y…"`)."""
_ELISION = re.compile(r"(?:\d\d|em|n|til|cause|tis|twas)\b", re.IGNORECASE)
"""Words a leading apostrophe shortens ('90s, 'em, rock 'n' roll): not an opening quote."""
_SENTENCE_END = set(".!?…")
_ENDED = re.compile(r"\s*[.!?…](?=\s+[\"“„«]?[A-ZÀ-Þ])")
"""A sentence end right after a closing mark, before a capital: what follows is no attribution of it."""
_CITATION_MARKER = re.compile(r"\[(?:\d{1,3}|[^\W\d][^\[\]]{0,30})\]")
"""An editor's marker in brackets: a footnote number or a short note (`[12]`, `[réf. nécessaire]`)."""
_LOWER_PRONOUNS_EN = frozenset("me my we us our you your he him his she her it its they them their".split())
"""English title case capitalises pronouns (`Let It Be`): one in lower case after the first word marks
words someone said (`And he said, the President.`), not a title."""
_FIRST_PERSON = {
    "es": frozenset("yo me mí mi mis conmigo nosotros nosotras nos nuestro nuestra".split()),
    "fr": frozenset("je j' me moi mon ma mes nous notre nos".split()),
    "de": frozenset("ich mich mir mein meine wir uns unser unsere".split()),
}
"""Words in which a speaker speaks of themself: after the first word, they make a quotation no title,
though its other content words are names (`"Esto es algo entre Dios y yo"`)."""
_TITLE_MINOR_EN = frozenset("a an the and but or nor for so yet as at by in of off on per to up via vs".split())
"""The words English title case leaves in lower case: any other word in lower case (`Make Trump just go
away.`) shows a sentence, though the stop-word list holds it."""
_OWNER_WORDS = frozenset("de d du des of by von vom del".split())
"""Words between a title's cue and whose the work is (`le slogan de Díaz`, `the book by Jane Doe`)."""
_LIST_SEPARATOR = re.compile(r"\s*(?:,|,?\s+(?:and|or|et|ou|y|e|o|und|oder))\s*", re.IGNORECASE)
"""What stands between two items of a list of quoted titles: `, ` or ` and `."""
_CALLING = frozenset("called calls call".split())
"""Title cues that are also reporting verbs: `called it “a responsible mix…”` says what someone thought of it."""
_TITLE_CUES = frozenset("""titled entitled called named dubbed nicknamed nickname nicknames surnom sobriquet apodo
mote spitzname beiname headlined book film song album hymn
essay report novel poem titulado titulada titulados llamado llamada denominado denominada apodado libro
película canción himno ensayo informe novela poema verso intitulé intitulée baptisé baptisée surnommé
livre chanson hymne essai rapport roman poème nommé nommée titel namens genannt
bezeichnung buch lied hymne aufsatz
bericht roman gedicht zeile known conocido conocida conocidos conocidas bekannt connu connue connus motto
slogan eslogan lema devise term terms término términos terme termes begriff ausdruck expression expresión
concepto concept konzept meaning means meant significa significan significaba signifie signifiant
bedeutet bedeuten bedeutete thèse thesis tesis dissertation doktorarbeit sujet artículo article artikel
headline titular title título titre page página seite keynote vortrag ponencia documentary documentaire documental
dokumentation doku""".split())
"""Words before a quotation that make it the title or name of something (`el himno «…»`, `el artículo
"…"`, `con el titular "…"`), or the
meaning of a word (`Warraghiggey, que significa "El que hace grandes cosas"`), or a thesis and its subject
(`soutint une thèse « Des altérations du sang… »`, `avec pour sujet « De Stahl et de sa doctrine médicale »`)."""
_WORK_NOUNS = frozenset("""book film song album hymn essay report novel poem libro película canción himno ensayo
informe novela poema livre chanson hymne essai rapport roman poème buch lied aufsatz bericht gedicht
artículo article artikel page página seite keynote vortrag ponencia documentary documentaire documental dokumentation
doku""".split())
"""The cues that name a work, whose title starts with a capital letter in all four languages."""
_NAMED_BODIES = ("commission", "kommission", "comisión", "committee", "comité", "komitee", "ausschuss", "initiative",
                 "iniciativa", "bündnis", "alliance", "alianza", "collectif", "colectivo", "association", "asociación",
                 "verein", "movement", "mouvement", "movimiento", "bewegung", "plattform", "plateforme", "plataforma")
"""Nouns of bodies often named in quotation marks right after them (`la plataforma "Stop Desahucios"`); German
compounds end in them (`Enquete-Kommission`, `Bürgerinitiative`)."""
_WORDING = frozenset("termes terms términos".split())
"""`les termes du CSA`, `in the terms of the deal`: the plural of a cue for a term is someone's wording."""
_PLACARD_NOUNS = frozenset("""poster placard banner sign affiche pancarte banderole panneau panneaux plakat
transparent schild pancarta cartel""".split())
"""What a poster or a placard reads is no one's words, even after a colon (`de petites affiches : « … »`)."""
_GLOSS = re.compile(r"\(\s*[^\W\d_][\w.&-]*\s*,\s*$")
"""`(BZÖ, « … »`: an acronym, a comma and a quotation in parentheses give a name's translation."""
_AUTHOR_NOUNS = frozenset("author authors autor autora autores auteur auteure auteurs autorin".split())
"""`la autora de "Los otros ojos de Eva"`: whose work a title after `of` names."""


@dataclass(frozen=True)
class Quote:
    text: str
    """The quotation itself, without its quotation marks; its pieces joined when it comes in several."""
    speaker: str | None
    """Who said it, by the fullest name the article gives (with the title of someone called by one name:
    `Prince Andrew`); None when the article doesn't say."""
    sentence: Sentence
    """The sentence the quotation starts in."""
    role: str | None = None
    """What the article calls the speaker where it introduces them (`US special representative`)."""
    pieces: tuple[str, ...] = ()
    """The quoted pieces as the article splits them around its attribution, each a statement of its own (a
    shorter first piece before an attribution set into the quotation is in `text` only); empty for one piece."""

    @property
    def parts(self) -> tuple[str, ...]:
        return self.pieces or (self.text,)


@dataclass(frozen=True)
class _Span:
    start: int
    """Offset of the opening mark in its paragraph."""
    end: int
    """Offset just past the closing mark, or past the last quoted character of a quote left open."""
    closed: bool = True
    closing: int = 1
    """Characters of the closing mark: two for the apostrophes typed for one (`voters,’’`)."""
    incised: bool = False
    """Whether an attribution set into the quotation follows this piece (`« Quand nous sommes arrivés,
    raconte le maire, Luis Gómez, il ne restait… »`): the piece opens the quotation even when short."""

    @property
    def inner(self) -> slice:
        return slice(self.start + 1, self.end - self.closing if self.closed else self.end)


@dataclass
class _Piece:
    """One quoted stretch of a paragraph, with the masked words around it in its own sentences."""
    span: _Span
    text: str
    first: Sentence
    last: Sentence
    before: str
    after: str
    between: str | None
    """Masked text since the previous quoted piece of the same paragraph; None for the first one."""
    opens_paragraph: bool


def find_quotes(document: Document, limit: int | None = 3, quotes: Sequence[Quote] | None = None) -> tuple[Quote, ...]:
    """The article's `limit` key quotations (all of them with None), best first; none if it has none.

    A key quote is central (its words are the article's words: cosine between its term counts and
    the whole document's), says something (a fragment of a few words scores less), and comes from
    a main actor (a speaker the article names often). The story's protagonists speak first: each
    speaker named in the title or the lead, or quoted most, before anyone else. Everyone who speaks
    gets one quote before anyone gets a second, except the one voice of an interview or a profile, quotes whose speaker is unknown come after all the
    others, and the same statement quoted twice (headline and body) is shown once. A few words woven into
    the writer's sentence are no key quote while the page quotes anyone whole, nor ever when no one is
    named as saying them (a scorebook entry: `listed as ‘run out (Kohli) 99.94’`). `quotes`: the
    article's `all_quotes` when the caller has them already (finding them is most of the work).
    """
    quotes = all_quotes(document) if quotes is None else list(quotes)
    if not quotes:
        return ()
    centroid = Counter(term for sentence in document.sentences for term in sentence.terms)
    mentions = _mentions(document, {q.speaker for q in quotes if q.speaker})
    most = max(mentions.values(), default=0) or 1
    scored = []
    for quote in quotes:
        terms = Counter(document.language.terms(quote.text))
        substance = min(1.0, len(words(quote.text)) / SUBSTANCE_WORDS)
        score = _cosine(terms, centroid) * (1 - SUBSTANCE_WEIGHT * (1 - substance))
        if quote.speaker:
            score += MAIN_ACTOR_WEIGHT * mentions.get(quote.speaker, 0) / most
        scored.append((score, quote, set(terms)))
    # A quotation starting mid-sentence ("if you have too many of these cells...") reads cut off
    # when shown alone: any whole one comes first.
    scored.sort(key=lambda item: (_woven(item[1].text), -item[0]))
    protagonists = _protagonists(document, quotes)
    voice = _sole_voice(quotes)
    leading: list[tuple[Quote, set[str]]] = []
    chosen: list[tuple[Quote, set[str]]] = []
    second: list[tuple[Quote, set[str]]] = []
    unnamed: list[tuple[Quote, set[str]]] = []
    speakers: set[str] = set()
    for _, quote, terms in scored:
        kept = next(((group, k) for group in (leading, chosen, second, unnamed) for k, (_, other) in enumerate(group)
                     if _overlap(terms, other) >= DUPLICATE_OVERLAP), None)
        if kept is not None:
            group, k = kept
            if terms > group[k][1] and group[k][0].speaker in (None, quote.speaker):
                # `¶ «Les combats sont entrés dans une phase…» ¶ … «les combats sont entrés dans une phase… avec
                # des conséquences…»`: a heading's shorter form gives way to the statement in full
                group[k] = (quote, terms)
            continue
        if quote.speaker is None:
            unnamed.append((quote, terms))  # a quote without a name reads worse than another named one
            continue
        first = leading if quote.speaker in protagonists else chosen
        (second if quote.speaker in speakers and quote.speaker != voice else first).append((quote, terms))
        speakers.add(quote.speaker)
    ranked = [quote for quote, _ in leading + chosen + second + unnamed]
    if limit is None:
        return tuple(ranked)
    whole = any(not _woven(quote.text) for quote in ranked)
    ranked = [quote for quote in ranked if not _fragment(quote.text) or quote.speaker and not whole]
    return tuple(ranked[:limit])


def _sole_voice(quotes: list[Quote]) -> str | None:
    """The speaker of an interview or a profile (`SOLE_VOICE_RATIO`), if the page has one."""
    counts = Counter(quote.speaker for quote in quotes if quote.speaker).most_common()
    if not counts:
        return None
    (speaker, most), rest = counts[0], sum(n for _, n in counts[1:])
    return speaker if rest and most > SOLE_VOICE_RATIO * rest else None


def _woven(text: str) -> bool:
    """Whether a quotation starts in the middle of the speaker's sentence: with a lower-case word."""
    first = words(text)[:1]
    return bool(first) and first[0][:1].islower()


def _fragment(text: str) -> bool:
    """A few words woven into the writer's sentence (`Öcalan calls it “a non-state political administration”`),
    fewer than a statement's by a reader's count, a hyphenated compound one word: a reader picks a quote
    that says something whole before it."""
    return _woven(text) and len(text.split()) < MIN_WORDS


def _protagonists(document: Document, quotes: list[Quote]) -> set[str]:
    """The speakers a story is about: those its title or lead names (a person by surname, a body by
    its whole name), and those it quotes most, when that is more than once. The lead ends at the
    first quotation: being quoted there is no sign of being the story's subject."""
    counts = Counter(quote.speaker for quote in quotes if quote.speaker)
    most = max(counts.values(), default=0)
    quoted = {quote.sentence.index for quote in quotes}
    opening = itertools.takewhile(lambda s: s.index not in quoted, document.sentences[:LEAD_SENTENCES])
    lead = " ".join((document.article.title, *(s.text for s in opening)))
    lead_words = set(words(lead))
    named = {speaker for speaker in counts if speaker in lead or _person_like(speaker) and speaker.split()[-1] in lead_words}
    return named | ({speaker for speaker, n in counts.items() if n == most} if most > 1 else set())


def _person_like(name: str) -> bool:
    """A name of two or three capitalised words, none a word for a body (`British Foreign Office` is a body)."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and all(p[:1].isupper() and p.lower() not in ORGANISATION_WORDS for p in parts)


def _mentions(document: Document, speakers: set[str]) -> Counter[str]:
    """How many sentences name each speaker (by surname): the story's main actors are named most.
    Speakers sharing a surname share its count, whatever order the set gives them in."""
    surnames: dict[str, list[str]] = {}
    for speaker in sorted(speakers):
        surnames.setdefault(speaker.split()[-1], []).append(speaker)
    counts: Counter[str] = Counter()
    for sentence in document.sentences:
        for surname in surnames.keys() & set(words(sentence.text)):
            counts.update(surnames[surname])
    return counts


def all_quotes(document: Document) -> list[Quote]:
    """Every direct quotation that is a statement, in article order, with its speaker.

    A quotation in several pieces (`“First,” she said. “Second.”`, or run on into the next
    paragraph the way news style does) is one quote with one speaker.
    """
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in document.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    pieces: list[_Piece] = []
    masked_sentences: dict[int, str] = {}
    for p_index, sentences in by_paragraph.items():
        paragraph = document.article.paragraphs[p_index]
        following = document.article.paragraphs[p_index + 1:p_index + 2]
        goes_on = bool(following) and bool(_MARKS.match(following[0].lstrip()))
        spans = _split_at_incises(paragraph, _quote_spans(paragraph, document.language.stop_words, goes_on),
                                  document.language.code)
        masked = _mask(paragraph, spans)
        offsets = _sentence_offsets(paragraph, sentences)
        # `Er sagt:` ending a paragraph introduces the quotation that opens the next one.
        introduction = masked_sentences.get(sentences[0].index - 1, "")
        introduction = introduction if introduction.rstrip().endswith(":") else ""
        for sentence, (start, end) in zip(sentences, offsets):
            masked_sentences[sentence.index] = masked[start:end]
        previous_end: int | None = None
        listed = _listed(paragraph, spans)
        for span, following in zip(spans, [*spans[1:], None]):
            text = _clean(paragraph[span.inner])
            # a short first piece counts with the piece after the attribution set into the quotation
            whole = f"{text} {_clean(paragraph[following.inner])}" if span.incised and following else text
            if span in listed or not _is_statement(whole, document.language.stop_words, document.language.code):
                continue
            if _broken_off(paragraph, span, document.article.paragraphs[p_index + 1:p_index + 2]):
                continue
            if _names_a_work(masked[:span.start], text):
                continue
            # The sentence splitter may leave an opening guillemet on the sentence before (`islam. «`).
            inner = paragraph[span.inner]
            first = _sentence_at(span.inner.start + len(inner) - len(inner.lstrip()), offsets)
            last = _sentence_at(max(span.inner.start, span.end - 1), offsets)
            before = masked[offsets[first][0]:span.start]
            if not paragraph[:span.start].strip():
                before = introduction + " " + before
            after = masked[span.end:offsets[last][1]] if span.end <= offsets[last][1] else ""
            if ended := _ENDED.match(after):
                after = ended.group()  # `… la donne ».[réf. nécessaire] LO note…`: the splitter read on
            elif not after.strip() and last + 1 < len(offsets) and paragraph[offsets[last + 1][0]:].lstrip()[:1].islower():
                # `« … la violence. » insiste David Dufresne.`: the splitter ended the sentence inside the marks,
                # and the attribution after them, in lower case, is the rest of it
                after = masked[span.end:offsets[last + 1][1]]
            between = None if previous_end is None else masked[previous_end:span.start]
            pieces.append(_Piece(span, text, sentences[first], sentences[last], before, after, between,
                                 not paragraph[:span.start].strip()))
            previous_end = span.end
    if not pieces and not any(_LABELLED_HEADING.match(document.article.paragraphs[p]) for p in document.article.headings
                              if p < len(document.article.paragraphs)):
        return []  # nothing quoted: the speaker finder, which indexes every sentence, is not needed
    finder = SpeakerFinder(document, masked_sentences)
    quotes = []
    for group in _groups(pieces, finder, _embedded(document.article.paragraphs)):
        texts = tuple(piece.text for piece in group)
        afters = [piece.between or "" for piece in group[1:]] + [group[-1].after]
        reply = group[0].between is not None and bool(_TURN.search(group[0].between.strip()))
        speaker = finder.speaker(group[0].first, group[-1].last, group[0].before, afters, reply)
        # a first piece kept only for the attribution set into the quotation after it is no piece of its own
        pieces = tuple(piece.text for piece in group if not piece.span.incised or _is_statement(
            piece.text, document.language.stop_words, document.language.code))
        quotes.append(Quote(_joined(texts), finder.shown(speaker) if speaker else None, group[0].first,
                            finder.role(speaker) if speaker else None, pieces if len(texts) > 1 else ()))
    for quote in _heading_quotes(document, finder):
        at = next((k for k, q in enumerate(quotes) if q.sentence.index >= quote.sentence.index), len(quotes))
        quotes.insert(at, quote)
    return with_repeats_attributed(quotes, document.article.paragraphs)


def _heading_quotes(document: Document, finder: SpeakerFinder) -> list[Quote]:
    """Quotations a sub-heading gives after its speaker's name and a colon (`Kabayel: „Das ist die Champions
    League“`), which the body's sentences leave out; each stands before the first sentence the heading opens,
    and its speaker is the person the body names so (a label that names no one the body quotes or names in
    full is no speaker)."""
    quotes = []
    for p_index in sorted(document.article.headings):
        heading = document.article.paragraphs[p_index] if p_index < len(document.article.paragraphs) else ""
        labelled = _LABELLED_HEADING.match(heading)
        spans = _quote_spans(heading, document.language.stop_words) if labelled else []
        following = next((s for s in document.sentences if s.paragraph > p_index), None)
        if len(spans) != 1 or following is None or heading[spans[0].end:].strip(" .!?…"):
            continue
        text = _clean(heading[spans[0].inner])
        speaker = finder.labelled(labelled.group("name"), following.index)
        if speaker and _is_statement(text, document.language.stop_words, document.language.code):
            quotes.append(Quote(text, finder.shown(speaker), following, finder.role(speaker)))
    return quotes


def _embedded(paragraphs: tuple[str, ...]) -> set[int]:
    """Paragraphs left by an embedded post (`Club statement`, `— Tottenham Hotspur (@SpursOfficial) November
    20, 2019`): short lines with no quotation mark and no closing stop, around the post's signature line."""
    short = {i for i, p in enumerate(paragraphs)
             if not _MARKS.search(p) and len(words(p)) <= EMBED_WORDS and p.rstrip()[-1:] not in ".!?…:"}
    signatures = {i for i in short if _SIGNATURE.match(paragraphs[i])}
    embedded: set[int] = set()
    for i in signatures:
        start = i
        while start - 1 in short:
            start -= 1
        embedded |= set(range(start, i + 1))
    return embedded


def _groups(pieces: list[_Piece], finder: SpeakerFinder, embedded: set[int]) -> list[list[_Piece]]:
    """Pieces that make one quotation, in order: a piece continues the one before it when only an
    attribution (or nothing) stands between them and it names no speaker of its own; and a
    quotation left open at the end of a paragraph goes on in a quotation opening the next."""
    groups: list[list[_Piece]] = []
    for piece in pieces:
        previous = groups[-1][-1] if groups else None
        if previous is not None and _continues(previous, piece, finder, embedded):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups


def _continues(previous: _Piece, piece: _Piece, finder: SpeakerFinder, embedded: set[int]) -> bool:
    if piece.between is None:
        # a statement quoted paragraph by paragraph goes on past a post embedded in it
        gap = range(previous.last.paragraph + 1, piece.first.paragraph)
        return (not previous.span.closed and piece.opens_paragraph
                and piece.first.paragraph > previous.last.paragraph and all(p in embedded for p in gap))
    between = piece.between.strip()
    if _TURN.search(between):
        return False  # `„Wird die Fortsetzung in London erfolgen?“ — „Das weiß man noch nicht.“`: a reply
    if between.endswith(":") or len(words(between)) > MAX_BETWEEN_WORDS and not _one_attribution(between):
        return False  # `Lee said: “…”` introduces a new speaker's quotation
    if between[-1:].isalnum():
        return False  # `“…,” Cook told Benioff, which meant making the “…”`: a phrase the narrative quotes
    if any(c.isalpha() for c in between) and not finder.attributes(between):
        return False
    # `her mother will say, “…?” Wiig smiles and says, “…”`: a question attributed before it has its speaker already
    cut_off = previous.text[-1:] in "?!" and piece.before.strip() == between and not finder.introduces(previous.before)
    if piece.first is not previous.last and any(c.isalpha() for c in piece.before) and not cut_off:
        # `…,” he said. According to Lee, “…”`: the new sentence names its own speaker; but a sentence
        # cut off at a question's closing mark (`»…?« sagte Sali, »…«`) holds only the attribution
        return False
    return not finder.attributes(piece.after)


def _one_attribution(between: str) -> bool:
    """`, says Natalya Lawrence, a coordinator with the Environmental Awareness Group, which oversees the
    project.`: an attribution that introduces its speaker at length, in one sentence ending where the
    quotation goes on, is still only the attribution (whether it attributes is checked after)."""
    inner = between.rstrip(".").strip()
    return (between.endswith(".") and len(words(between)) <= MAX_INTRODUCTION_WORDS
            and not _SENTENCE_BREAK.search(inner)
            and not any(mark in between for mark in (MASK, "–", "—")))  # a short quotation or a turn in between


def _joined(texts: tuple[str, ...]) -> str:
    """Pieces read as one quotation: `First part` + `second part.` -> `First part, second part.`"""
    joined = texts[0]
    for text in texts[1:]:
        if joined[-1:] in _SENTENCE_END or joined[-1:] in "”’\"»":
            joined += " " + text
        elif text[:1].islower():
            joined += ", " + text
        else:
            joined += ". " + text
    return joined


def _quote_spans(paragraph: str, stop_words: frozenset[str] = frozenset(), goes_on: bool = False) -> list[_Span]:
    """Outermost quotations in one paragraph; a double-mark quotation wins over a crossing single one,
    and a single-mark one holding double-mark ones is kept whole.

    `stop_words` tell a closing mark after an s from a plural possessive: `memories' and` closes,
    `the players' union` does not. `goes_on`: the next paragraph opens with a quotation mark, so a
    mark left open here may run on into it.
    """
    spans: list[_Span] = []
    starts: list[int] = []
    for family in _FAMILIES:
        for span in _family_spans(paragraph, family, stop_words, goes_on):
            # Kept spans never overlap and stay sorted: those the new span holds are a run from `at`.
            at, held = bisect_left(starts, span.start), bisect_left(starts, span.end)
            crossing = at and spans[at - 1].end > span.start or held > at and spans[held - 1].end > span.end
            if at < len(spans) and held == at and spans[at].start < span.end:
                crossing = True
            if not crossing:
                # A quotation in single marks holding one in double marks is the outer one
                # (`'Now I'm in the mindset of, "You know what," and I'm not,' she said`).
                spans[at:held] = [span]
                starts[at:held] = [span.start]
    return spans


def _split_at_incises(paragraph: str, spans: list[_Span], language: str) -> list[_Span]:
    """French news sets the attribution inside the marks (`« Normalement, mes vaches sont au pré,
    explique Pascal Vuillemin, éleveur à Mouthe. Cette année, je les nourris au foin. »`): such a
    quotation is two pieces with the attribution between them, as if the marks closed around it."""
    incise = _incise(language)
    if incise is None:
        return spans
    split: list[_Span] = []
    for span in spans:
        inner = span.inner
        match = incise.search(paragraph, inner.start, inner.stop)
        if match is None or not words(paragraph[inner.start:match.start()]) or match.end() >= inner.stop:
            split.append(span)
            continue
        split += [_Span(span.start, match.start() + 1, incised=True), _Span(match.end() - 1, span.end, span.closed)]
    return split


@functools.cache
def _incise(language: str) -> re.Pattern[str] | None:
    """`, explique Pascal Vuillemin, éleveur à Mouthe. ` before a new sentence, or `, explique-t-il, ` /
    `, a déclaré Jean Dupont, ` mid-sentence: a reporting verb right after a comma, then who speaks.
    Spanish sets its attribution off by dashes instead (`—explicó la ministra—`); a comma and a verb inside
    its quotations are more often the quoted narrative's own (`…, de repente cerró el libro`)."""
    lexicon = LEXICONS.get(language)
    if lexicon is None or language not in ("fr", "es"):
        return None
    verbs = "|".join(sorted(map(re.escape, lexicon.verbs | lexicon.derived_verbs), key=len, reverse=True))
    if language == "es":
        # `«No vamos a permitirlo —dijo Ana Pérez, ministra de Sanidad—. Los responsables…»`: the dashes
        # close around the attribution, which a new piece of the quotation follows
        return re.compile(rf"\s*[—–](?:{verbs})\b[^—–«»“”„\"]{{0,100}}?[—–][.,;:]?\s+(?=\S)")
    auxiliary = "|".join(map(re.escape, lexicon.auxiliaries))
    head = rf",\s+(?:(?:{auxiliary})\s+)?(?:{verbs})"
    name = r"(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,4}"
    # `, raconte le maire, Luis Gómez, il ne restait…`: a description with an article, then the name apposed
    described = rf"\s+(?:le|la|l['’]|son|sa)\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,3}}?\s*,{name}"
    # `, a-t-il promis, d'ici à 2028`: the auxiliary inverted with its pronoun, then any participle
    inverted = rf",\s+(?:{auxiliary})-t-(?:il|elle)\s+[^\W\d_]+"
    # `– observe-t-il dans son dernier livre – mais…`, `– ajoute X :`: an attribution set off by dashes
    dashed = (rf"\s+[—–]\s*(?:(?:{auxiliary})\s+)?(?:{verbs})(?:(?:-t)?-(?:il|elle)\b)?"
              rf"[^—–.!?«»“”„\"]{{0,100}}?(?:[—–]|\s:)\s+(?=\S)")
    return re.compile(rf"{head}(?:(?:-t)?-(?:il|elle)\b)?[^.!?«»“”„\"]{{0,100}}?\.\s+(?=[A-ZÀ-Þ])"
                      rf"|{head}(?:(?:-t)?-(?:il|elle)|{described}|{name})\s*,\s+(?=\w)"
                      rf"|{inverted}(?:\s*,\s+(?=\w)|\.\s+(?=[A-ZÀ-Þ]))|{dashed}")


def _family_spans(text: str, family: dict[str, str], stop_words: frozenset[str], goes_on: bool = False) -> list[_Span]:
    closers = "".join(family.values())
    spans: list[_Span] = []
    opened: tuple[int, str] | None = None
    nested = 0
    for match in _MARKS.finditer(text):
        i, mark = match.start(), match.group()
        if opened is not None and opened[1] == "“" and text.startswith("’’", i - 1) and _can_close(
                text, i, stop_words):
            # `voters,’’ Will Moy … told the BBC`: two apostrophes typed for the closing double mark
            spans.append(_Span(opened[0], i + 1, closing=2))
            opened = None
            continue
        if mark not in family and mark not in closers:
            continue
        can_open = mark in family and _can_open(text, i)
        can_close = _can_close(text, i, stop_words)
        if opened is None:
            if can_open:
                opened, nested = (i, mark), 0
        elif mark in family[opened[1]] and can_close and nested:
            nested -= 1
        elif mark in family[opened[1]] and can_close:
            spans.append(_Span(opened[0], i + 1))
            opened = None
        elif can_open and mark == opened[1] in _NESTING and not _ends_sentence(text[:i]) and (
                mark != '"' or not can_close and _starts_sentence(text, opened[0])):
            nested += 1
        elif can_open and not can_close and (mark == opened[1] or _ends_sentence(text[:i])):
            # A new quotation while one is open: the open one ran to the end of its paragraph in
            # the source (news style leaves it unclosed), which we keep if it ended a sentence.
            # Another kind of mark mid-sentence is a quotation nested in it (« … “ … ” … »).
            if _ends_sentence(text[:i]):
                spans.append(_Span(opened[0], len(text[:i].rstrip()), closed=False))
            opened, nested = (i, mark), 0
    # A paragraph that is all quotation may stop mid-sentence (`« Nous espérons rouvrir…, ¶ « et nous
    # étudions… »`): the next paragraph, opening with the mark again, goes on with it.
    # A French guillemet set off by its space, the paragraph's last mark, left open mid-sentence
    # (`estimant que « la population a droit à un vrai débat.`): it quotes to the paragraph's end.
    # A mark left open mid-sentence, the paragraph's last, when the next paragraph opens with a mark
    # (`Jackie Baillie said “This timeline … seeking it. ¶ “It begs the question…`): news style's
    # quotation run on over paragraphs, whose first piece follows its attribution.
    if opened is not None and (_ends_sentence(text) or not text[:opened[0]].strip()) and (
            _starts_sentence(text, opened[0]) or _resumes(text, spans, opened[0])
            or (text[opened[0]:opened[0] + 2] in ("« ", "«\u00a0", "«\u202f") or goes_on)
            and not _later_mark(text, opened[0] + 1)):
        spans.append(_Span(opened[0], len(text.rstrip()), closed=False))
    return spans


def _broken_off(paragraph: str, span: _Span, following: tuple[str, ...]) -> bool:
    """A mark left open to the paragraph's end on words that stop mid-sentence, with neither the quotation
    nor the sentence going on in the next paragraph (a scan breaks its paragraphs mid-sentence, `Weshalb ¶
    geht Jhr denn…`): a page's line to its reader (`"Questions? Comments? Email us at` before a link),
    no one's words."""
    goes_on = bool(following) and (following[0].lstrip()[:1].islower() or bool(_MARKS.match(following[0].lstrip())))
    return not span.closed and span.end >= len(paragraph.rstrip()) and not _ends_sentence(paragraph) and not goes_on


def _later_mark(text: str, start: int) -> bool:
    """Whether a quotation mark comes after `start`; an apostrophe between two letters is an elision
    (`je n'ai`), no mark."""
    return any(not (match.group() in "'’" and text[match.start() - 1:match.start()].isalpha()
                    and text[match.end():match.end() + 1].isalpha())
               for match in _MARKS.finditer(text, start))


def _resumes(text: str, spans: list[_Span], start: int) -> bool:
    """Whether a quotation opened at `start` goes on with the one closed just before it, past a short
    attribution set off by commas (`„Wir haben", sagt er, „in ganz Frankreich…`): its last piece may
    run to the end of the paragraph unclosed, as news style leaves it."""
    if not spans:
        return False
    between = text[spans[-1].end:start].strip()
    return between.endswith(",") and 0 < len(words(between)) <= MAX_BETWEEN_WORDS


def _glued(text: str, i: int) -> bool:
    """`…opposing it," said Tim Kaine."So that is…`: a straight double mark with no space between two
    sentences, a full stop before it and a capital after it; it closes a quotation open there, else opens one."""
    return text[i] == '"' and 0 < i < len(text) - 1 and text[i - 1] in ".!?" and text[i + 1].isupper()


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if _glued(text, i):
        return True
    if text[i] == "”" and not after.isalnum():
        return False  # a right mark typed for a left one opens only words right after it (`”Porque…`), never `muerte ”.`
    if not (before.isspace() or before in _OPEN_AFTER) or (before == text[i] and before in "'\""):
        return False  # the second mark of an empty pair (a program's `u''` literal, a ditto) opens nothing
    if after.isspace():
        # `„ Und nun…“`: a German opening mark opens whatever follows it (scans and typists space it)
        return text[i] in _SPACED_MARKS or text[i] == "„" or text[i] in "'\"" and i + 1 < len(text)
    return not (text[i] == "'" and _ELISION.match(text, i + 1))


def _can_close(text: str, i: int, stop_words: frozenset[str]) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if not (after.isspace() or after in _CLOSE_BEFORE or _glued(text, i)):
        return False
    if before.isspace():
        # `…attention,’ ”`: typesetters space the outer closing mark off a nested one closing with it;
        # a right double mark, which never opens, closes even when a typist spaced it (`queridos ”,`).
        return text[i] in _SPACED_MARKS or text[i] in "'\"”" or text[:i].rstrip().endswith(("’", "'"))
    following = re.match(r"\s+([a-z]\w*)", text[i + 1:])
    if text[i] in "'’" and before in "sS" and following and following.group(1) not in stop_words:
        return False  # the players' union: a possessive, not the end of a quotation
    return True


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip("”’\"'»)")
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def _starts_sentence(text: str, i: int) -> bool:
    return not text[:i].strip() or _ends_sentence(text[:i]) or text[:i].rstrip()[-1] in ":"


def _mask(paragraph: str, spans: list[_Span]) -> str:
    """The paragraph with each quotation blanked out, same length, so attribution never reads quoted
    words; a term too short to be a statement is blanked as a word of its clause; a nickname stays,
    as part of the name it stands in (`"Weird Al" Yankovic`); an editor's bracketed marker is blanked
    too (`»[réf. nécessaire] qui ajoute`, `”[12] she said`), as it is no word of the attribution."""
    chars = list(paragraph)
    for marker in _CITATION_MARKER.finditer(paragraph):
        chars[marker.start():marker.end()] = " " * (marker.end() - marker.start())
    for span in spans:
        if not _is_nickname(paragraph, span):
            blank = MASK if len(words(paragraph[span.inner])) >= MIN_WORDS else TERM
            chars[span.start:span.end] = blank * (span.end - span.start)
    return "".join(chars)


def _is_nickname(paragraph: str, span: _Span) -> bool:
    """A closed quotation of a few capitalised words glued to a capitalised word after it: `"Weird Al"
    Yankovic`, `Dwayne "The Rock" Johnson` has one before it too."""
    inner = paragraph[span.inner].split()
    after = paragraph[span.end:span.end + 2]
    return (span.closed and 0 < len(inner) <= NICKNAME_WORDS and all(w[:1].isupper() for w in inner)
            and after[:1] == " " and after[1:2].isupper())


def _sentence_offsets(paragraph: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    offsets, cursor = [], 0
    for sentence in sentences:
        start = paragraph.find(sentence.text, cursor)
        if start < 0:
            start = cursor
        end = start + len(sentence.text)
        offsets.append((start, end))
        cursor = end
    return offsets


def _sentence_at(position: int, offsets: list[tuple[int, int]]) -> int:
    """Index of the sentence holding `position`: a binary search over the sentence starts."""
    return max(0, bisect_right(offsets, (position, math.inf)) - 1)


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,;:")


def _is_statement(text: str, stop_words: frozenset[str], language: str = "en") -> bool:
    """A real statement has enough words and is not a title (every content word capitalized, no
    pronoun in lower case; in German, where every noun is, every word)."""
    tokens = words(text)
    if len(tokens) < MIN_WORDS:
        return False
    # whole words, a hyphenated name one (`Daehak-ro`); a number is no lower-case word: `‘2018 Welcome
    # Daehak-ro Festival’` is a title
    spaced = [t.strip(".,;:!?()'\"‘’“”") for t in text.split()]
    minor = _TITLE_MINOR_EN if language == "en" else stop_words
    content = [t for t in spaced[1:] if t and (language == "de" or t.lower() not in minor)]
    if language == "en" and _LOWER_PRONOUNS_EN.intersection(spaced[1:]):
        return True
    if _FIRST_PERSON.get(language, frozenset()).intersection(spaced[1:]):
        return True  # `"Esto es algo entre Dios y yo"`: someone speaking of themself, not a title
    if spaced[0][:1].isupper() and spaced[0].lower() in _WORK_NOUNS and len(tokens) <= MAX_TITLE_WORDS \
            and text.rstrip()[-1:] not in ".!?…":
        return False  # `le premier « Rapport mondial sur le paludisme »`: a work named by its kind, in sentence case
    if language == "de" and spaced[0].lower().endswith(DE_BODY_ENDINGS) and text.rstrip()[-1:] not in ".!?…":
        return False  # `der „Henning-Kaufmann-Stiftung zur Pflege der deutschen Sprache“`: a body's long name
    return not content or any(t[0].islower() or t.isupper() and not t.isdigit() for t in content)


def _listed(paragraph: str, spans: list[_Span]) -> set[_Span]:
    """Quotations listed one after another with only a comma or `and` between them: titles or
    names (`«La casa…», «El amor…» y «Cien años…»`), which a speaker does not say in a row."""
    listed: set[_Span] = set()
    for a, b in zip(spans, spans[1:]):
        if _LIST_SEPARATOR.fullmatch(paragraph[a.end:b.start]):
            listed |= {a, b}
    # A statement quoted in a row keeps its punctuation inside the marks (`"…, honey," and "…here."`);
    # words quoted from a statement start in lower case, as titles do not (`si Emmanuel Macron « est
    # toujours censé évoluer à gauche » et « s'en prend aux chômeurs »`).
    return {span for span in listed if paragraph[span.inner].rstrip()[-1:] not in ".,;:!?…"
            and not paragraph[span.inner].lstrip()[:1].islower()}


def _names_a_work(before: str, quoted: str) -> bool:
    """Whether the words just before a quotation announce a title or a name, not a statement:
    `a graph titled “…”`, `el himno «…»`, `ein ICSI-Bericht „…“`, `des slogans tels « … »`, `de petites
    affiches : « … »` (what a poster or a placard reads), `(BZÖ, « Alliance pour l'avenir… »)` (a name's
    translation beside it)."""
    first_letter = next((c for c in quoted if c.isalpha()), "")
    if _GLOSS.search(before) and first_letter.isupper():
        return True
    last = words(before)[-4:]
    if before.rstrip()[-1:] == ":" and any(_singular(w) in _PLACARD_NOUNS for w in last):
        return True
    if before.rstrip()[-1:] in _SENTENCE_END | {":", MASK}:
        # `schreibt in seinem Buch: „…“`: a colon announces words, not a title; `…, the patient described
        # in the case report. “I was signed off…”`: a sentence that ended names nothing the next one quotes;
        # nor does the cue before the quotation just before (`has not seen the documentary, “…” “I've been…”`)
        return False
    if len(last) >= 2 and last[-1].lower() in _OWNER_WORDS and last[-2].lower() in _AUTHOR_NOUNS \
            and first_letter.isupper():
        return True  # `la autora de "Los otros ojos de Eva"`, `the author of "The Long Road Home"`
    if last and before.rstrip()[-1:].isalnum() and first_letter.isupper() \
            and last[-1].lower().rsplit("-", 1)[-1].endswith(_NAMED_BODIES):
        return True  # `der Enquete-Kommission „Aktive Bürgerbeteiligung…“`, `le collectif « Sauvons la forêt »`
    for k in range(len(last) - 1, -1, -1):
        if last[k].lower() in _WORK_NOUNS and first_letter.islower():
            return False  # `le jury a choisi le roman « au premier tour… »`: a work's title starts with a capital
        if last[k].lower() in _WORDING and last[k + 1:k + 2] and last[k + 1].lower() in _OWNER_WORDS:
            return False  # `selon les termes du CSA, « … »`: someone's own wording, not a term
        if last[k].lower() in _CALLING and first_letter.islower() and len(words(quoted)) >= MIN_WORDS:
            return False  # `he called it “a responsible mix of tax cuts…”`: a judgement someone made, not a name
        if _singular(last[k]) in _TITLE_CUES:
            # the cue, then at most whose it is (`le vieux slogan de Díaz, « … »`, `the book by Jane Doe "…"`)
            return k >= len(last) - 2 or all(w.lower() in _OWNER_WORDS or w[:1].isupper() for w in last[k + 1:])
    return False


def _singular(word: str) -> str:
    """A cue word without its plural `s` (`slogans`, `affiches`, `Plakate` keep their stem close enough)."""
    lowered = word.lower()
    return lowered[:-1] if len(lowered) > 3 and lowered.endswith("s") else lowered


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(count * b[term] for term, count in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0
