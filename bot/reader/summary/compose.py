"""Extractive summary: a TL;DR sentence plus the article's most informative other sentences.

A summary method (`methods`: the bot's learned ranker by default, or one of sumy's summarizers by
name) rates every sentence; readability rules then pick from those ratings, the same for every
method. A sentence that leans on the one before, because it opens with a word pointing back
("He", "However", "Cette", "Sin embargo", see `openers`) or is a piece of a quotation begun
earlier (see `quotation_pieces`), is only taken together with that sentence; fragments too short
to stand alone, run-on captions, labels and table rows, questions and near-duplicates of a chosen
sentence are skipped.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from enum import Enum

import numpy as np

from bot.reader.article import is_table_row
from bot.reader.text.document import Document, Sentence
from bot.reader.text.language import words
from bot.reader.summary.address import in_first_person
from bot.reader.summary.openers import needs_previous, points_back_after_lead_in, pronoun_before_name
from bot.reader.summary.pointers import points_elsewhere
from bot.reader.summary.quotation_pieces import interview_answers, mostly_quoted, opens_with_quotation, quotation_pieces
from bot.reader.summary.features import LONG_TEXT_SENTENCES, NUT_GRAF_SENTENCES, cosine, runs_unbroken, term_matrix
from bot.reader.summary.methods import DEFAULT_METHOD, rate


class Length(str, Enum):
    """How long a summary the reader asked for."""

    SHORT = "short"
    MEDIUM = "medium"
    LONG = "long"

    @property
    def sentences(self) -> int:
        """Sentences shown, the TL;DR included."""
        return _LENGTH_SENTENCES[self]


_LENGTH_SENTENCES = {Length.SHORT: 3, Length.MEDIUM: 5, Length.LONG: 8}
MAX_SHARE = 0.5
"""A named length never takes more than this share of the article: half a page is no summary."""

MIN_WORDS = 6
MAX_WORDS = 70
"""Longer "sentences" are nearly always captions or lists that ran together in extraction."""
LABEL_WORDS = 12
"""A line shorter than this with no sentence-final mark is a label, a field or a menu item
("Single: My Heart Ain't That Broken", "Label: House of Clio (Sony Music)"), not a statement."""
_STATEMENT_END = re.compile(r"[.!…][\"'”»“)\]]*$")
_CODE_MARK = re.compile(r"[{}]|\(\)|[a-z_]\((?!s\))|=>|(?<![:/])//\s|[=!]==?\s|&&|\|\||\)\.\w")
CODE_MARKS = 3
"""Braces, calls ("append(", "()"), "=>", "===", "&&", line comments or chained calls a sentence
holds from which it reads as a program's lines, not prose: a developer blog's summary was four of
its code samples ("fetch("/data.json").then(function(res) { …"). On Readability's 130 test pages
the 33 sentences with three or more are all code, and none of CNN/DailyMail's and BBC's 29,455
has them (left out: a semicolon after a bracket, as BBC's team lists print "(Sale Sharks);", and
a plural's "(s)")."""
DUPLICATE_COSINE = 0.7
"""Term-vector cosine above which a sentence repeats one already chosen."""
LEDE_TITLE_SHARE = 0.7
"""The first sentence is the TL;DR when it shares this share of the headline words the most
headline-like chosen sentence shares (see `pick_tldr`)."""
OPENING_SENTENCES = 4
OPENING_PARAGRAPHS = 3
"""The opening in which a news story states its point (`_headline_in_opening`)."""
LONG_OPENING_SENTENCES = 30
LONG_OPENING_PARAGRAPHS = 5
"""The opening of a long text (`LONG_TEXT_SENTENCES`): a feature sets a scene for a few paragraphs
and states its point after it, in the "nut graf" (a feature on engineers shading a frozen pond
states, in its fourth paragraph, that they want to prove a reflective coating can save polar ice:
the headline's words, which the scene before it lacks)."""

OPENING_SHOWN = 2
"""A long text's summary (TL;DR and list) shows at least this many sentences of its opening
(`_opening_point`)."""

STANDFIRST_MATCH = 0.8
STANDFIRST_MIN_TERMS = 4
"""How nearly an opening sentence must repeat the page's description to be its standfirst
(`_standfirst`), and the fewest terms a description needs to be more than a label."""


@dataclass(frozen=True)
class Summary:
    """The TL;DR stands alone above the list, so the list leaves it out: the reader sees every
    chosen sentence exactly once. `selected` gives them all in article order."""

    tldr: Sentence
    sentences: tuple[Sentence, ...]
    """The other chosen sentences, in article order."""

    @property
    def selected(self) -> tuple[Sentence, ...]:
        return tuple(sorted((self.tldr, *self.sentences), key=lambda s: s.index))


def summarize(document: Document, length: Length | int, method: str = DEFAULT_METHOD) -> Summary:
    """The `length` best sentences (a `Length`, or an exact count) as rated by the named method
    (see `methods.METHODS`); never fails on tiny texts.

    The TL;DR is the article's first sentence when the ranking chose it (a news lede states the
    point), else the best-ranked chosen sentence that reads on its own (nor points back after a
    lead-in: "Incidentally, this is why …", `points_back_after_lead_in`; nor, in a long text
    (`LONG_TEXT_SENTENCES`), names its person only by a pronoun: "Today he carries …",
    `pronoun_before_name`), unless a sentence of the
    opening states the headline better (`_headline_in_opening`); a TL;DR the ranking left out takes
    the place of the lowest-rated chosen sentence that no other chosen one leans on. So does the
    standfirst, the opening sentence the page's own description repeats (`_standfirst`), unless it
    is the TL;DR or repeats it, and so does the best-rated sentence of a long text's opening when
    the summary shows too little of it (`_opening_point`).
    """
    if not document.sentences:
        raise ValueError("a summary needs at least one sentence")
    scores = rate(document, method)
    leaning = leans_on_previous(document)
    chosen = select(document, scores, _count(length, len(document.sentences)), leaning)
    code = document.language.code
    unnamed = len(document.sentences) >= LONG_TEXT_SENTENCES
    pointing = leaning | np.array([points_back_after_lead_in(s.text, code) or (unnamed and pronoun_before_name(s.text, code))
                                   for s in document.sentences])
    unfit = pointing | repeats(document)
    tldr = pick_tldr(document, chosen, scores, pointing)
    lede = document.sentences[0]
    if opens_with_quotation(tldr.text) and lede not in chosen and _states_the_headline(document, lede, chosen, pointing):
        tldr = lede
    elif (opening := _headline_in_opening(document, tldr, unfit)) is not None:
        tldr = opening
    chosen = _taking_in(tldr, chosen, scores, leaning, kept=set())
    standfirst = _standfirst(document, unfit)
    if standfirst is not None and len(chosen) > 1 and _term_cosine(standfirst, tldr) < DUPLICATE_COSINE:
        chosen = _taking_in(standfirst, chosen, scores, leaning, kept={tldr.index})
    opening = _opening_point(document, chosen, scores, unfit)
    if opening is not None:
        kept = {tldr.index} if standfirst is None else {tldr.index, standfirst.index}
        chosen = _taking_in(opening, chosen, scores, leaning, kept=kept)
    rest = tuple(s for s in sorted(chosen, key=lambda s: s.index) if s is not tldr)
    return Summary(tldr, rest)


def _opening_point(document: Document, chosen: list[Sentence], scores: np.ndarray,
                   leaning: np.ndarray) -> Sentence | None:
    """The best-rated sentence of a long text's opening (`LONG_OPENING_SENTENCES` within
    `OPENING_PARAGRAPHS`) to add to a summary that shows fewer than `OPENING_SHOWN` of them, or None.

    A long feature states its facts early, under or just after its scene (how many followers
    marched, which woman said she felt suicidal, how far two cousins travel), and then spends dozens
    of paragraphs on reactions, history and colour; the ranker, which prefers long sentences central
    to the whole text, fills the summary from those. One sentence of the opening, chosen as the
    summary's own ratings order it, takes the place of the lowest-rated chosen sentence. The
    candidate reads on its own, ends as a statement, is no quotation (`_voice`) and repeats no
    chosen sentence. A short summary (three sentences) has no room: on BBC's 3-sentence summaries
    the rule cost ROUGE-1 / 2 0.001 (0.591 / 0.542 -> 0.590 / 0.541), so it acts from the medium
    length on. Written from the untuned long pages of `bench.features`: with it on the 27
    untuned long features of before 2026-12-02's Postlight cases 3 facts more in the summary and 1
    fewer, the 7 untuned table-layout pages 1 more; the seven Postlight pages added that day unchanged;
    the 12 tuned long features 1 fewer (`celine-weight`'s "danc" had matched a displaced sentence
    on another star's "Dancing With the Stars", not the singer's ballet).
    """
    if len(document.sentences) < LONG_TEXT_SENTENCES or len(chosen) < Length.MEDIUM.sentences:
        return None
    opening = [s for s in document.sentences[:LONG_OPENING_SENTENCES] if s.paragraph < OPENING_PARAGRAPHS]
    if sum(s in chosen for s in opening) >= OPENING_SHOWN:
        return None
    similarity = cosine(term_matrix(document))
    shown = [s.index for s in chosen]
    candidates = [s for s in opening if s not in chosen and not leaning[s.index] and stands_alone(s)
                  and not _voice(s.text) and _STATEMENT_END.search(s.text.rstrip())
                  and similarity[s.index, shown].max() < DUPLICATE_COSINE]
    return max(candidates, key=lambda s: scores[s.index], default=None)


def _taking_in(sentence: Sentence, chosen: list[Sentence], scores: np.ndarray, leaning: np.ndarray,
               kept: set[int]) -> list[Sentence]:
    """`chosen` with `sentence` in it, in place of the lowest-rated chosen sentence that no other
    chosen one leans on (and that is not in `kept`)."""
    if sentence in chosen:
        return chosen
    needed = kept | {s.index - 1 for s in chosen if leaning[s.index]}
    lowest = min((s for s in chosen if s.index not in needed), key=lambda s: scores[s.index], default=None)
    return chosen if lowest is None else [s for s in chosen if s is not lowest] + [sentence]


def _term_cosine(first: Sentence, second: Sentence) -> float:
    """Cosine of two sentences' term counts, as `select` compares them for near-duplicates."""
    a, b = Counter(first.terms), Counter(second.terms)
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return sum(a[t] * b[t] for t in a.keys() & b.keys()) / norm if norm else 0.0


def pick_tldr(document: Document, chosen: list[Sentence], scores: np.ndarray, leaning: np.ndarray) -> Sentence:
    """The chosen sentence that best states the point on its own.

    A news lede states it, so the first sentence wins when it was chosen and carries the headline:
    it shares at least `LEDE_TITLE_SHARE` of the title words that the most headline-like chosen
    sentence shares (without a title, it wins outright). A feature opens with a scene ("In case
    you live in Delhi, chances are...") that shares little with its headline; when the chosen
    first sentence is such a scene, the chosen sentence sharing most of the headline's words goes
    first. Otherwise the best-rated one does. Measured on BBC (`python -m bench.summaries`, TL;DR
    row) and the long features of `python -m bench.features`. `leaning`: `leans_on_previous`.

    On a long text (`LONG_TEXT_SENTENCES`) the TL;DR opens in the article's own words: a sentence
    leading with a quotation (`opens_with_quotation`) goes first only when every chosen sentence
    does. There the best-rated sentence is often such a quotation, long and sharing the text's
    vocabulary but carrying a witness's detail ("“When the hospital was emptied,” Skaik said...")
    rather than the facts the reporter states (how many hospitals closed, who did what). So is a
    sentence that names its speaker first but is mostly the quotation (`mostly_quoted`: "At the
    rally one heard sentences like this: “All of you …", a news feature's TL;DR cut off inside the
    speech); one quoting a few words ("… called the report “alarming”") is the article's report
    and may lead. On a short story the quotation the ranker favours is the main actor stating the news:
    applied to every page, the rule cost BBC's TL;DR 0.003 ROUGE-1; from 40 sentences on, nothing.
    """
    title = set(document.title_terms)
    shared = {s.index: len(title.intersection(s.terms)) for s in chosen}
    best_shared = max(shared.values())
    lede = best_shared == 0 or shared.get(0, -1) >= LEDE_TITLE_SHARE * best_shared
    scene = 0 in shared and not lede
    voices_demoted = len(document.sentences) >= LONG_TEXT_SENTENCES
    return max(chosen, key=lambda s: (not leaning[s.index], not (voices_demoted and _voice(s.text)),
                                      lede and s.index == 0, shared[s.index] if scene else 0, scores[s.index]))


def _voice(text: str) -> bool:
    """Someone's words rather than the article's: a sentence leading with a quotation, or one whose
    words are mostly quoted though it names the speaker first (`mostly_quoted`)."""
    return opens_with_quotation(text) or mostly_quoted(text)


def _states_the_headline(document: Document, lede: Sentence, chosen: list[Sentence], leaning: np.ndarray) -> bool:
    """Whether the first sentence, left out by the ranking, is a lede that beats a quotation as the
    TL;DR: it reads on its own and carries the headline as well as any chosen sentence does. A
    short story's best-rated sentence can be a source's comment ("“You might need a message
    that's very unique…,” Graham said"), while its first sentence says what happened."""
    title = set(document.title_terms)
    if not title or leaning[lede.index] or not stands_alone(lede):
        return False
    best_shared = max(len(title.intersection(s.terms)) for s in chosen)
    return len(title.intersection(lede.terms)) >= max(1, best_shared)


def _headline_in_opening(document: Document, tldr: Sentence, leaning: np.ndarray) -> Sentence | None:
    """A sentence of the opening that states the headline better than a TL;DR taken from further
    down, or None.

    A news story states its point in the first few sentences, and the headline says which: "Ken
    Bates has completed his takeover of Leeds United." under "Bates seals takeover". A ranker built
    on centrality prefers a long sentence from the body that shares the text's vocabulary ("Outgoing
    Leeds chairman Gerald Krasner said: …"), and a feature that opens with a scene leaves its news to
    the second paragraph ("Perhaps surprisingly, total emissions fell 2 percent…", after "Just a week
    into the new year…"). So when the TL;DR comes from past the opening (`OPENING_SENTENCES` within
    `OPENING_PARAGRAPHS`), the opening sentence sharing the most headline words, if more than the
    TL;DR does, takes its place. The candidate must read on its own and end as a statement, so a
    label or a photo caption ("@site <Show title> ‘Festival’ Performance") never leads, nor does an
    interviewee's answer (`interview_answers`), which is someone's words as a quotation is. When none
    does, a long text looks further (`LONG_OPENING_SENTENCES` within `LONG_OPENING_PARAGRAPHS`): a
    feature's point comes after its scene, and its best-rated sentence can be an anecdote from the
    middle (the talk at which one of the engineers first met the others). The news opening is
    asked first, so a lede ("The governor quit the race on Wednesday.") is not passed over for a
    later sentence sharing more of an opinion piece's headline. On a long text no candidate speaks
    in the writer's first person (`address.in_first_person`): an essay's opening shares the
    headline's words as the writer's stance ("We are so locked into our political identities that
    …", over a review of a book on polarization), which took the place of the reported point the
    ranking chose (the book's argument about the parties). CNN/DailyMail's and BBC's ROUGE did not move.
    A long text's TL;DR from its first `OPENING_PARAGRAPHS` paragraphs is its opening already and
    stays: an explainer's recommendation in its third paragraph ("It's now recommended that all …
    patients … have biomarker testing …") gave way to a general claim before it that shared one more
    headline word ("One of the most exciting advances in the treatment of lung cancer …").
    """
    title = set(document.title_terms)
    long_ = len(document.sentences) >= LONG_TEXT_SENTENCES
    if tldr.index < OPENING_SENTENCES or not title or (long_ and tldr.paragraph < OPENING_PARAGRAPHS):
        return None
    openings = [(OPENING_SENTENCES, OPENING_PARAGRAPHS)]
    if long_:
        openings.append((LONG_OPENING_SENTENCES, LONG_OPENING_PARAGRAPHS))
    shared = len(title.intersection(tldr.terms))
    answers = interview_answers(document)
    code = document.language.code
    for sentences, paragraphs in openings:
        candidates = [s for s in document.sentences[:sentences]
                      if s.paragraph < paragraphs and not leaning[s.index] and stands_alone(s)
                      and not _voice(s.text) and not answers[s.index]
                      and not (long_ and in_first_person(s.text, code))
                      and _STATEMENT_END.search(s.text.rstrip())]
        best = max(candidates, key=lambda s: (len(title.intersection(s.terms)), -s.index), default=None)
        if best is not None and len(title.intersection(best.terms)) > shared:
            return best
    return None


def _standfirst(document: Document, leaning: np.ndarray) -> Sentence | None:
    """The opening sentence that the page's own description repeats, or None.

    A news site prints its standfirst above the story and gives the same words as the page's
    description (`Article.description`): "Empresa anunció 150 despidos para fin de mes, hubo paros
    … y ahora enviaría a 125 trabajadores al seguro de paro." over a story on a port strike. The
    editors chose it as the summary, and it carries the numbers the ranker, preferring long central
    sentences from the body, left out; as the TL;DR it did worse on `bench.features` than the
    headline-like sentence the other rules choose (it leaves the names to the headline), so it
    joins the list. Only a sentence of the opening (`OPENING_SENTENCES`) that
    nearly repeats the description counts (`STANDFIRST_MATCH`, Dice overlap of their terms): a
    description that is no opening sentence can be an anecdote's teaser ("Kevin Yearout has added
    about 80 jobs…") or the site's slogan. The sentence must read on its own and be no quotation.
    """
    description = set(document.language.terms(document.article.description or ""))
    if len(description) < STANDFIRST_MIN_TERMS:
        return None
    candidates = [s for s in document.sentences[:OPENING_SENTENCES]
                  if not leaning[s.index] and stands_alone(s) and not _voice(s.text)]
    match = {s.index: 2 * len(description.intersection(s.terms)) / (len(description) + len(set(s.terms)))
             for s in candidates}
    best = max(candidates, key=lambda s: match[s.index], default=None)
    return best if best is not None and match[best.index] >= STANDFIRST_MATCH else None


def _count(length: Length | int, available: int) -> int:
    if isinstance(length, Length):
        return max(1, min(length.sentences, round(available * MAX_SHARE)))
    return max(1, min(int(length), available))


def stands_alone(sentence: Sentence) -> bool:
    """Long enough to make sense, short enough to be one sentence, a statement.

    Old sites leave short labelled fields and menu items with no full stop in the text
    (`LABEL_WORDS`); they are no statements, and neither is a call to follow a link
    (`pointers.points_elsewhere`: "Click through for the whole thing.") or a program's lines
    (`CODE_MARKS`).
    """
    text = sentence.text.rstrip()
    count = len(words(text))
    return (MIN_WORDS <= count <= MAX_WORDS and not text.endswith("?")
            and len(_CODE_MARK.findall(text)) < CODE_MARKS and (count >= LABEL_WORDS or bool(_STATEMENT_END.search(text))) and not points_elsewhere(text))


def _in_table_rows(document: Document) -> np.ndarray:
    """Per sentence, whether it comes from a row of a data table ("| DL | Larry Ogunjobi | 63 |
    85% | 1 sack."), which extraction keeps as one paragraph so questions can be answered from it;
    a row's cells are values side by side, not sentences to summarize with."""
    rows = {i for i, paragraph in enumerate(document.article.paragraphs) if is_table_row(paragraph)}
    return np.array([s.paragraph in rows for s in document.sentences], dtype=bool)


def _teasers(document: Document) -> np.ndarray:
    """Per sentence, whether it is a paragraph of its own ending in a letter or digit, with no
    punctuation at all: a link's headline a site leaves in the story ("Staffers 'don't care':
    Federal prison suicides were quietly rising before Jeffrey Epstein's death"), not a statement."""
    paragraphs = document.article.paragraphs
    return np.array([
        s.text[-1:].isalnum() and paragraphs[s.paragraph].strip() == s.text for s in document.sentences
    ], dtype=bool)


def repeats(document: Document) -> np.ndarray:
    """Per sentence, whether it repeats an earlier sentence word for word: a page printing a
    paragraph twice (a pull quote or a teaser set again in the body, a standfirst repeated as the
    lede). Only the first is ever chosen, so no slot of the summary goes to a sentence the reader
    has just read; left to the display to drop, the copy cost the summary a sentence."""
    seen: set[str] = set()
    repeated = np.zeros(len(document.sentences), dtype=bool)
    for sentence in document.sentences:
        key = " ".join(sentence.text.split()).casefold()
        repeated[sentence.index] = key in seen
        seen.add(key)
    return repeated


def leans_on_previous(document: Document) -> np.ndarray:
    """Per sentence, whether it only makes sense right after the sentence before it."""
    pieces = quotation_pieces(document)
    return np.array([piece or needs_previous(s.text, document.language.code)
                     for s, piece in zip(document.sentences, pieces)], dtype=bool)


def select(document: Document, scores: np.ndarray, count: int, leaning: np.ndarray) -> list[Sentence]:
    """Best first, skipping sentences that would read badly or repeat one already chosen.

    A sentence that leans on its predecessor becomes eligible as soon as that predecessor is in,
    and the two can also come in together: the pair is taken when their scores add up to more
    than the two best sentences it displaces, counting both against `count`. Skipping such a
    sentence outright lost most of BBC's central "He said..." and quotation sentences.
    Softer MMR (a score penalty per unit of similarity to the chosen ones, 0.02 to 0.2) was measured
    and lost on held-out BBC what it gained on the training half; the hard cutoff stays.

    A summary of up to `Length.LONG` sentences of a long text in paragraphs (`NUT_GRAF_SENTENCES`,
    not `runs_unbroken`) takes one sentence a paragraph while other paragraphs have one to give
    (a leaning sentence still comes in with the sentence before it, as a pair): a feature's long
    central sentences cluster in one passage of argument, and three of them from one paragraph of a
    column left out the ceasefire's 120 hours that another paragraph stated.
    Written on `bench.features`' untuned pages: older untuned long features 102 · 146 -> 102 · 147
    of 180 facts, untuned table pages 19 -> 20 of 21 in the summary, nothing lost; the ten scrapinghub
    pages, kept as a check, unchanged. On BBC's 3-sentence and reference-length rows nothing changed
    (from 40 sentences on, or for longer summaries, BBC's machine-picked references favour one
    passage: its reference-length ROUGE-1 fell 0.002); CNN/DailyMail's texts run unbroken.
    `leaning`: `leans_on_previous(document)`, which the caller has already worked out.
    """
    sentences = document.sentences
    standing = (np.array([stands_alone(s) for s in sentences]) & ~_in_table_rows(document) & ~_teasers(document)
                & ~repeats(document))
    eligible = standing if standing.any() else np.ones(len(sentences), dtype=bool)
    similarity = cosine(term_matrix(document))
    closest = np.zeros(len(sentences))
    spread = len(sentences) >= NUT_GRAF_SENTENCES and count <= Length.LONG.sentences and not runs_unbroken(document)
    paragraphs = np.array([s.paragraph for s in sentences])
    crowded = np.zeros(len(sentences), dtype=bool)
    chosen: list[int] = []
    while len(chosen) < count:
        follows_chosen = np.zeros(len(sentences), dtype=bool)
        follows_chosen[1:] = np.isin(np.arange(len(sentences) - 1), chosen)
        fresh = eligible & (closest < DUPLICATE_COSINE)
        if (fresh & ~crowded).any():
            fresh &= ~crowded
        open_ = fresh & (~leaning | follows_chosen)
        singles = np.where(open_, scores, -np.inf)
        pair = _best_pair(scores, open_, fresh & leaning & ~follows_chosen, similarity) \
            if count - len(chosen) >= 2 else None
        if pair and scores[list(pair)].sum() > np.sort(singles)[-2:].sum():
            picks = list(pair)
        elif open_.any():
            picks = [int(np.argmax(singles))]
        else:
            break
        for pick in picks:
            chosen.append(pick)
            eligible[pick] = False
            closest = np.maximum(closest, similarity[pick])
        if spread:
            crowded |= np.isin(paragraphs, [sentences[pick].paragraph for pick in picks])
    return [sentences[i] for i in chosen] or [sentences[int(np.argmax(np.where(eligible, scores, -np.inf)))]]


def _best_pair(scores: np.ndarray, open_: np.ndarray, waiting: np.ndarray,
               similarity: np.ndarray) -> tuple[int, int] | None:
    """The best-scoring leaning sentence whose predecessor could be taken now, with that predecessor."""
    candidates = np.zeros(len(scores), dtype=bool)
    after = np.arange(1, len(scores))
    candidates[1:] = waiting[1:] & open_[:-1] & (similarity[after, after - 1] < DUPLICATE_COSINE)
    if not candidates.any():
        return None
    best = int(np.argmax(np.where(candidates, scores, -np.inf)))
    return best - 1, best
