"""Answer a reader's question with the article's own sentences, or say the article doesn't say.

The core is keyword matching: BM25 over stemmed, accent-free content words (`answer_terms`),
scored for every sentence at once with postings lists, so one question costs well under a
millisecond on a long article. Measured on SQuAD (see `bench/answers.py`), plain BM25 over
sentences misses when the question's words sit in the sentences around the answer, when they come
in another form ("inventor" / "invented"), or when several sentences share the words but only one
holds the kind of thing asked for. So a sentence's score adds, with small weights:

- its paragraph's BM25 score and its neighbours' (questions are written about a passage, and the
  answer sentence often says "it" where the question names the subject); a sentence opening with
  "he", "she", "his" or "her" ("il", "er", "ella", ...), also after a short phrase and a comma,
  holds the name of the sentence before it, and one calling a company by a general noun ("the
  German automaker", "der Konzern", "l'entreprise") the names of the two before it
  (`antecedents`);
- the question words the sentence before it in its paragraph holds and it lacks, more when it opens
  with a word pointing back ("He", "Its", "Elle"), and when that is a pronoun also across a paragraph
  break (news give each sentence a paragraph, `antecedents.PERSONAL_PRONOUNS`): a passage names its subject once and goes on about it, so the answer may hold only the question's last words (`Tuning.carry`, chosen on SQuAD 1.1
  train: a sample of 55 of its articles, top-1 0.745 -> 0.748, SQuAD 2.0 dev 0.794 -> 0.800);
- BM25 over the first five letters of each term, a cheap stand-in for word families;
- question words that are in the article's title, counted as present everywhere (the whole article
  is about them, so their absence from one sentence says little);
- question word pairs that appear as the same pair in the sentence ("Super Bowl", "South Korean");
- a bonus when the sentence holds what the question word asks for (who or which company -> a name,
  when -> a date, how many -> a number, where -> a place, "what was the score" or "what is their
  record" -> "24-17", "what is the cat's name" -> a name written beside the noun, "Sasha the black
  cat") beyond what the question itself already says (answer-type cues for "which team/company" once did not help on SQuAD alone; added for
  readers' questions, they keep SQuAD's figures);
- a mark-down for a sentence that is itself a question (a rhetorical one in a quotation), whose
  score the sentence after it may take;
- for the few best candidates, how closely they word the question: the question words they hold
  standing close together (the shortest run of the sentence's words holding them all, as in the
  sliding-window baseline of SQuAD) and in the question's order (the longest run of them in the
  same order). Two sentences of one paragraph share its score and often its subject's words, and
  the one that says what the question says, in few words and the same order, holds the answer:
  "Where did the fishing fleet move?" and "... the fishing fleet moved to a port further north",
  not "Fishing boats have used the harbour at Kellmouth for three hundred years".

The second and third sentences shown are picked for what they add: a candidate matching only the
question words the sentences above it already matched is marked down, so a sentence that matches
the question's other words gets a turn.

Tried and dropped because they did not help on SQuAD: a coordination factor (share of question
terms matched), a penalty for sentences that only repeat the question, up-weighting capitalised
question words, down-weighting the noun after "what"/"which", a bonus for question words close
together in the sentence (added to every sentence's score; `Tuning.closeness` adds it only to the
best few, after the other signals), and keeping the
second and third sentences out of the first one's paragraph (the answer is usually in that
paragraph, so this lost more than it found). Tried beside the closeness bonus, none adding to it on
the even half of SQuAD 2.0: question word pairs in order up to three words apart, the best
fixed-width window of question words, question words weighted by how few of the paragraph's
sentences hold them, a date, number or name right beside a question word or beside the noun of
"what X"; closeness counting bridged words too lost, and closeness only for sentences holding the
asked kind lost most of the gain.

Declining compares across articles, so it rests on hard rules and one simple score. The bot says
the article doesn't say when no sentence anywhere holds the kind of thing asked ("when" in an
article without a date, "how much does it cost" in one without an amount of money), when the
question has a number or a name the article never mentions (a name typed with a typo, a plural or
an ordinal still counts as mentioned), when a "how many" question counts something the article
never names, when a "how many" question meets a best sentence whose numbers only measure ("seven
years before", "the 43-year-old man") or, with no number beside the counted thing and none of the
question's other words, count something of another event ("Officers arrested Battin, 33, who
resides at 2134 Caldwell Place" for "How many officers were injured?"), when a "how much", "how
deep" or "how long" question, or one naming the sum it asks ("What fine did ...?"), meets a best
sentence that, with the sentences beside it in its paragraph and the runner-up shown, gives no
figure ("How deep
is Lake Morva?" and "The deep lake fills an old granite quarry"), when the best sentence says it
leaves the amount asked unsaid ("helped by unspecified research investment", "the terms were not
disclosed"), when a "when" question about one event, past or to come, meets a best sentence that
with its neighbours gives no date nor a time told otherwise ("a recently formed group" for "When
was the group founded?") or, for one to come, tells only of what happened ("pleaded not guilty on
Tuesday" for "When will they go on trial?"), when a question asking for a name meets a best
sentence and neighbours naming no one beside the asked words ("un pompier et le conducteur du
camion, selon la préfecture de Rouen"), or when every content word of
the question that is not a name, a number or a light verb ("get", "make") is missing from the
whole article (no such word, no word of its family, no bridge to one): "When did Sung Kim get
divorced?" about an article that names Sung Kim but never a divorce, or when a question asking a kind
meets a best sentence holding only its names, none of its other content words and nothing of the
kind asked ("Where was Laurens van der Maaten born?" and a link line naming his toolkit;
`_names_alone`). Otherwise the score is the share of the question's weight (by inverse sentence
frequency) that the best sentence's paragraph covers, a word sharing only its first five letters
or a bridge counting less, minus the share the whole article lacks, scaled to 0..1, raised when
the best sentence holds the measure asked and lowered when it holds nothing of the kind asked,
or when the article never names the thing a "which X" question asks for ("Which agency made the
ads?"); below `Tuning.threshold` it declines too. A rule that any one missing word declines would
refuse most reworded questions, which are written in other words on purpose, so it takes all of
them. Last, a learned model (`decline.py`: a logistic model over twenty-one facts of the best
match, fitted on half of SQuAD 2.0 dev, whose unanswerable questions reuse the article's words
and change one detail) may lower the score below the threshold (`decline_score`). On its own it
ranked the reworded set worse than this score; as a check after it, it declines a negated
question about what the article says plainly ("Which country did not condemn the launches?") or
one swapping a word for its opposite ("... off its west coast?" where the article says east) or
a word of order in time ("What did Pyongyang accept before the talks collapsed?" where the best
sentence says "between"), and nearly triples the SQuAD 2.0 unanswerable questions declined at
95 % answered.
"""

from __future__ import annotations

import difflib
import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from bot.reader.answer.act_beside import told_beside, verb_family
from bot.reader.answer.ages import age_of_another
from bot.reader.answer.again import unprefixed
from bot.reader.answer.antecedents import opens_with_a_pronoun, pronoun_opens_clause, with_antecedents
from bot.reader.answer.apposed_holder import holder_in_apposition
from bot.reader.answer.bridges import (
    MIN_CUT_STEM,
    NO_BRIDGES,
    Bridges,
    bridges_for,
    loose_bridges_for,
    title_words,
    titles_for,
)
from bot.reader.answer.categories import asked_category_noun, asked_members, members_of, noun_whose_name_is_asked
from bot.reader.answer.closed_compounds import closed_heads
from bot.reader.answer.doer_left_out import acts_of, asked_act, told_without_doer
from bot.reader.answer.decline import (
    DeclineModel, adverbs_of_time, antonyms_for, decline_model, details, names, negated, negated_sentence,
    tells_the_other_side, unnamed,
)
from bot.reader.answer.dates import (
    MONTHS_AND_DAYS, MONTHS_ANY_FORM, PAST_ONLY, asks_ahead, asks_since_when, asks_when_one_event, periods_past,
    tells_ahead, tells_since,
)
from bot.reader.answer.followup import person_asked_about, pointing_words
from bot.reader.answer.heads import body_names, head_asked_of, head_named_first, names_a_head, names_body
from bot.reader.answer.occurrences import asks_times, times_told_first
from bot.reader.answer.kinds import (
    HASHTAG_WORDS, NAMED_PLACE, RESULT_WORDS, SCORE_WORDS, SHARE_WORDS, YEAR, asked_subject, asked_thing, asks, asks_a_kind_of_place, asks_a_pace, asks_clock_time, asks_how_much, counted_words, happening_words,
    follows_from_before, is_code, is_number, is_result_line, measured_stuff, offers, says_happening, stuff_amount_asked, tells_clock_time, tells_time_of_day,
)
from bot.reader.answer.measures import (
    AMOUNT_MEASURES, INDEFINITE, MEASURE_KINDS, SIZES, asked_measures, asks_how_long, is_scale, measuring_numbers,
)
from bot.reader.answer.nationality import reads_as_nationality
from bot.reader.answer.participles import (
    READS_PARTICIPLES, nouns_of_verb, participles_by_verb, shortened, stems_within, verb_of_act_noun, verb_of_noun_of_act,
    verb_of_term, verbs_of,
)
from bot.reader.answer.compound_parts import swapped_parts, written_as_one
from bot.reader.answer.compound_starts import MODIFIER, compounds_by_start
from bot.reader.answer.phrasal import links_back, read_phrasal_verbs, separated_forms, with_phrasal_verbs
from bot.reader.answer.posts import asked_post
from bot.reader.answer.purposes import TOLD_PURPOSE_EN
from bot.reader.answer.defined import defined_first
from bot.reader.answer.phrase import (
    answer_phrase, describes, name_given, names_in, names_the_asked_thing, person_described,
)
from bot.reader.answer.reasons import reads_reasons, tells_reason
from bot.reader.answer.reason_phrase import reason_span
from bot.reader.answer.roles import asks_who, people_in
from bot.reader.answer.speech import asks_only_what_was_said, days_of_saying, reporting_terms, speaker_asked
from bot.reader.answer.first_person import WRITER_WORDS, names_writer, writer_speaks
from bot.reader.answer.stand_ins import acronyms_in, generic_for, main_things, spelt_out
from bot.reader.answer.terms import LIGHT_WORDS, kind_nouns_for, name_initials, question_terms, stop_words_for
from bot.reader.answer.why_verbs import count_acts, when_split_acts, why_acts
from bot.reader.answer.place_names import placeless_stems
from bot.reader.answer.plural_stems import other_number
from bot.reader.answer.common_nouns import common_nouns
from bot.reader.answer.contractions import written_out
from bot.reader.answer.counted import (
    PHRASES_COUNTED, counted_nouns, counts_anyone, counts_only_measures, counts_only_things, general_form,
)
from bot.reader.answer.requests import asked_in_request
from bot.reader.answer.existence import thing_asked_to_exist
from bot.reader.answer.sites import SITE, asks_unwritten_site
from bot.reader.answer.withheld import (
    NOUNS_CAPITALISED, amount_withheld, asks_a_name, asks_post_holder, says_name_withheld, says_time_unknown,
)
from bot.reader.article import is_table_row
from bot.reader.quotes.lexicon import PARTICLES, TITLE_WORDS
from bot.reader.text.document import Document, Sentence
from bot.reader.text.language import WORD, Language, fold, language_for, words

_ENDS_ASKING = re.compile(r"\?[\"'”’»)\]]*\s*$")
_OPENS_ASKING = re.compile(
    r"^\W*(?:¿|(?:what|what's|who|who's|whom|whose|which|where|where's|when|why|how|is|are|was|were|do|does|did|can"
    r"|could|will|would|should|has|have|wer|wen|wem|welche[mnrs]?|wo|wohin|woher|wann|warum|wieso|weshalb|wie"
    r"|ist|sind|hat|haben|kann|qu'est-ce|que|quoi|qui|quel|quelle|quels|quelles|où|quand|pourquoi|comment|combien"
    r"|est-ce)\b)",
    re.IGNORECASE,
)


_INTERVIEWER = re.compile(r"^\W*(?:Q|Question|Frage|F)\s*[:.]\s", re.IGNORECASE)
"""The label of an interviewer's question ("Q: Favorite athlete?"), which need not open with a
question word."""
SHORT_QUESTION = 6
"""Words up to which a sentence ending in a question mark is a question whatever its first word: a
writer's own fragment ("The reason for that decline?"), answered by the sentence after it. Not a
wiki's marks ("[unreliable source?]", "some writers[who?]"), which open with no letter or end in a
bracket."""


def _asks_itself(text: str) -> bool:
    """Whether a sentence is a question: it opens with a question word or an interviewer's label, or
    is a short fragment, and ends with a question mark (a statement ending "..., right?" is no
    question)."""
    return _ENDS_ASKING.search(text) is not None and (
        _OPENS_ASKING.match(text) is not None or _INTERVIEWER.match(text) is not None
        or (len(words(text)) <= SHORT_QUESTION and text[:1].isalpha() and text.rstrip().endswith("?"))
    )

PREFIX = 5
"""Letters two words must share to count as the same family ("inventor", "invented")."""
FAMILY_STEM = 4
"""The shortest stem that, beginning another word, makes it of its family for `_never_named_closely`
("vote" and "voters"; a shorter one begins unrelated words)."""

CLOSE_CANDIDATES = 10
"""How many of the best sentences `Tuning.closeness` and `Tuning.in_order` look at."""

_SHORT_DECADE = re.compile(r"^\d0(?:s|ern?)$")
"""A decade as readers type it, its century left out: "90s", "'90s", German "90er", "90ern"
("Wessen Berater war er in den 90er Jahren?" was declined for a name the article lacks)."""
_CALENDAR_YEAR = re.compile(r"^(1\d{3}|20\d{2})s?$")


def _calendar_year(term: str) -> int | None:
    """The year a date term names ("1988", "1990s"); None for a decade without its century, which
    `YEAR` also counts as a date: the German "90er" ("Technik aus den 90er-Jahren") was read as the
    year 90er and the answer stopped on it."""
    found = _CALENDAR_YEAR.match(term)
    return int(found.group(1)) if found else None


_ORDINAL = re.compile(r"(?<=\d)(st|nd|rd|th|s|'s)$|(?<=[a-z]{2})s$")
"""The ending of an ordinal, a decade or a plural name ("30th", "1950s", "mvps")."""

COMPOUNDING = frozenset({"de", "nl", "sv", "da", "no", "nb"})
"""Languages that write compounds as one word: there a question's "Regierungspartei" finds the
article's "Partei", and its "Bürgermeister" the article's "Oberbürgermeister"."""
CLOSED_COMPOUNDS = frozenset({"en"})
"""Languages that write most compounds apart but name new things in one word ("smartphone"), whose
heads a question's word reaches only when the article never uses the word itself (`closed_compounds`)."""
COMPOUND_PART = 4
"""The fewest letters a compound's head may have to count."""
COMPOUND = 0.6
"""Bridge weight between a compound and its head."""
SHARED_HEAD = 0.5
"""Bridge weight between two compounds with the same head ("Naturschützer", "Umweltschützer")."""
SHARED_HEAD_PART = 6
"""The fewest letters that head must have: "-schutz" joins kin, "-ung" or "-amt" would join anything."""
_DERIVED = {"de": re.compile(r"(?<=\w{4})(?:in|ium)$")}
"""Endings that derive a noun from a person's noun (German "Ministerin", "Ministerium", "Direktorium"
from "Minister", "Direktor"), which the stemmer keeps: without them the question's
"Außenministeriums" never met the article's "Außenminister"."""
DERIVED = 0.8
"""Bridge weight between such a noun and the one it derives from ("Ministerium", "Minister")."""
BOLD_LINK = 0.5
"""The least bridge weight for which a sentence's word stands for a question's in the bold
(`_standing_in`): the irregular plural's link is one of the weakest ("children" for "kid")."""
PARTICIPLE = 0.8
"""Bridge weight between a German past participle and another form of its verb ("gegründet",
"gründete"): the same verb, below the same word (`participles`)."""

_BELOW_THE_TOP = frozenset("senior deputy vice assistant associate".split())
"""Words before a title that make it a rank below the leader's: "senior director", "vice president"."""
_PAST_LEADING = frozenset("led ran headed managed directed chaired helmed".split())
"""A verb of leading in the past: the question asks who did something, not only who holds a post,
and a sentence saying that someone led, ran or headed it answers, whichever of these verbs it uses."""
_IN_CHARGE = re.compile(r"\b(?:in (?:command|charge|control) of|at the helm of)\b", re.IGNORECASE)
"""Holding a post told without a title: "Delcy Rodríguez is now in command of the country" answers
"Who is running the country now?" as "President Delcy Rodríguez" would."""
_LEADER = "leader"
"""The title term every English question of leading asks for ("who runs / heads / leads ...?",
roles.tsv), which tells those questions from the ones asking who speaks for something."""
_NO_LONGER = frozenset("former ex onetime erstwhile late".split())
"""Words before a title (one other word may stand between: "former Venezuelan leader Hugo Chávez")
saying its holder holds it no more: no answer to "Who is running the country now?"."""
_ASKED_NOW = frozenset("now currently presently today".split())
"""Words of a question asking who holds a post now ("Who is running the country now?"), which a
former holder does not answer; without one, a question may ask of any holder (on the untuned
fresh pages, reading "former" as never the answer cost a follow-up)."""
_ADJECTIVE_TITLES = frozenset("chief principal head".split())
"""Titles that are adjectives before a noun that is no title: "principal meteorologist", "head coach"."""

ALIKE = 0.5
"""Weight of a link from the thing a "how many" question counts to a thing of its kind the article
counts (`AnswerIndex._counted_alike`): a sibling, not a synonym."""
ALIKE_SHARED = 3
"""The fewest links two counted things must share to be of a kind (`AnswerIndex._counted_alike`)."""
_SUMS = frozenset({"money", "price"})
"""The measures of a sum of money: a "how much X" question asking one names the sum (revenue, rent,
profit), and an article that never names X nor a close synonym gives only other sums."""
THING_LINK = 0.75
"""The weakest bridge that still lets an article's word stand for the thing a "which X" question
asks ("agency" for "office"), where a looser one ("profit" for "get") would answer "How much profit
did they make?" from an article that never mentions a profit. (The thing a "how many X" question
counts takes any bridge: requiring this one lost a held-out answer and gained nothing on dev.)"""

_VAGUE_WORDS = {
    "en": "few|several|many|numerous|countless|dozens?|hundreds|thousands|millions|billions|none|no|little",
    "de": "einige|mehrere|viele|wenige?|dutzende|hunderte|tausende|keine?",
    "fr": "quelques|plusieurs|nombreu(?:x|ses)|peu|dizaines|centaines|milliers|aucune?",
    "es": "varios|varias|muchos|muchas|pocos?|pocas?|decenas|cientos|miles|ningun[oa]?",
}
_VAGUE_COUNTS = {code: re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE) for code, alternatives in _VAGUE_WORDS.items()}
_VAGUE_COUNT = re.compile(rf"\b(?:{'|'.join(_VAGUE_WORDS.values())})\b", re.IGNORECASE)
"""Words that give a count or an amount without a number ("Muslim empires number in the dozens",
"None of the treaties", "the evidence provides little support"): a "how many" or "how much"
question they answer is no question the article leaves open. Read in the article's own language
(`_VAGUE_COUNTS`; all of them for another): the Spanish "miles" (thousands) is the English unit of
length, and "About 18 miles in sits the hotel" gave "How much did Sharma pay for the ruins?" an
amount."""
PAST_YEARS = 10
"""How many years before the newest year an article names a year must be to tell of the past only
(`AnswerIndex._dated_only_before`): plans a few years apart are all still to come."""
_COMPARES_COUNTS = re.compile(
    r"\bhow many (?:more|fewer|less|times)\b|\bcombien de fois\b|\bcu[aá]ntas veces\b|\bwie viele ?male?\b", re.IGNORECASE
)
"""A "how many" question comparing counts or counting times, which a factor answers ("18 times the
number", "called nine times")."""
_TOLD_WHEN_OTHERWISE = re.compile(
    r"\b(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:after|before|later|earlier)\b"
    r"|\b(?:heures?|jours?|semaines?|mois|ans|années?)\s+(?:après|avant|plus tard)\b"
    r"|\b(?:horas?|d[ií]as?|semanas?|mes(?:es)?|años?)\s+(?:despu[eé]s|antes)\b"
    r"|\b(?:the next day|the following (?:day|week|month|year)|millennium)\b"
    r"|\b(?:during|pendant|durant|während|durante)\s+(?:(?:the|la|le|les|der|die|dem|des|el|los|las)\s+)?(?-i:[A-Z0-9])"
    r"|\d[\d,]*\s*(?-i:BCE?|BP)\b|(?-i:\bAD)\s*\d",
    re.IGNORECASE,
)
"""When told without a date: from another event ("a week after North Korea tested ...", "During the
Second World War", not "during a hunting trip"; "the next day") or in an era's years ("AD 14",
"9000 BP"). It answers a "when" question about that event, though it is no date the ranking looks
for (counted as a date there, "seven years before the agency is set to launch" drew above "in 2034")."""
NAME_REACH = 3
"""How many words from the asked person's noun a name still names that person ("Game warden Tom
Baker", "El conductor del camión, Antonio García")."""
_OPEN_OTHER_NAMES = frozenset(
    "at atop in on of from near to into onto across by for with over under behind beside "
    "de du des à au aux dans sur par pour avec chez del a al en desde para por con sobre entre".split()
)
"""Words before a name that make it another thing's, not the name of the noun beside it ("a
telescope atop Mauna Kea", "the son of Charlie McDowell", "une voisine de La Pradera", "comenta a
Público")."""
_QUESTION_NAME = re.compile(r"(?<=[\w,] )[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+")
"""A name of two or more capitalised words inside a question (never its first word)."""
_OPENING_NAME = re.compile(
    r"^\W*(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+){1,2})?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)"
)
"""A name opening a sentence, maybe after a possessive and a word or two: "His teammate Nick Fairley"."""
_QUOTATION_OPENS = re.compile(r":\s*[\"“«„]\s*$")
"""The end of the text before a quotation opened after a colon ("comenta que ...: \"Los vecinos ...")."""
SPELLING = 0.8
SPELLING_START = 3
SPELLING_LENGTH = 5
"""How alike a question word and an article's word linked to it at full weight must be to be one
word spelt two ways ("vapour" and "vapor", "centr" and "center", "analys" and "analyz"): their
share of letters in common (difflib's ratio), the letters they must open with alike, and the
shortest the article's word may be (short words differ by one letter and mean something else:
"posit" of "position" and "post")."""
MEMBER_LINK = 0.8
"""Bridge weight from the category a "what X" question asks for to a word naming one of it
("animal" -> "rabbit", `categories.py`): below an exact match, strong enough to stand for the thing
(0.5 declined one more reworded dev question wrongly)."""
MEMBER = 0.5
"""Ranking weight of naming one of the category asked, times a word found in one sentence only:
half of a measure's (`Tuning.measure`), since SQuAD's questions, written beside their paragraph,
lost answers to a full weight (and to a sentence without one losing a share of its score)."""

PRICE_VERBS = {
    "en": frozenset({"cost"}), "de": frozenset({"kost", "kostet"}), "fr": frozenset({"cout"}),
    "es": frozenset({"cuest", "cost"}),
}
"""Stems of the verb of "how much did it cost": a sum of money says it without the word ("the
£32million forward"), so the word ranks but is not asked of the article when declining."""


RUNNER_UP_SHARE = 0.6
"""Share of the best sentence's score a runner-up needs to be shown beside it."""
NAMING_SHARE = 0.4
"""Share of the best sentence's score a runner-up giving the asked thing's name needs to go first
(`AnswerIndex._named_first`), as one naming the asked body's head does (`heads.HEAD_SHARE`)."""


@dataclass(frozen=True)
class Answer:
    sentences: tuple[Sentence, ...]
    """The best one or two sentences, best first; empty when declined."""
    found: bool
    """False when the article doesn't seem to say: show `closest` as a hint instead."""
    closest: Sentence | None
    """The best-matching sentence even when declined, None only for an empty article."""
    score: float
    """How well the article covers the question, 0..1 (0 when a hard rule declines); comparable across articles."""
    strengths: tuple[float, ...] = ()
    """Each chosen sentence's ranking score relative to the best one (1.0 first), so a front end
    can leave out runners-up that only share a word or two with the question."""
    phrase: tuple[int, int] | None = None
    """Start and end, in characters of the first sentence's text, of the words that answer (the
    date, number, name or place asked for), for a front end to set in bold; None when unsure."""

    def declined(self) -> Answer:
        """This answer as "the article doesn't say", its best sentence kept as the closest hint: for
        a rule outside the index that finds the sentence does not answer after all."""
        return replace(self, sentences=(), found=False, strengths=(), phrase=None)


@dataclass(frozen=True)
class Tuning:
    """The few weights of the ranking, tuned on half of the SQuAD development articles."""

    k1: float = 0.6
    b: float = 0.5
    paragraph: float = 1.25
    neighbours: float = 0.1
    carry: float = 0.3
    """Weight, as if the sentence held them, of the question words the sentence before it in its
    paragraph holds and it lacks (`_Parts.carried`)."""
    carry_pointing: float = 0.6
    """The same for a sentence opening with a word that points back ("He decided that ...", "They
    often ..."): it surely goes on about what the sentence before it named, in its paragraph or, for a
    pronoun, the one before (SQuAD 1.1 one top-1 answer more, reworded dev one)."""
    title: float = 0.3
    pairs: float = 0.25
    cue: float = 0.3
    prefix: float = 0.4
    closeness: float = 0.1
    """Bonus per unit of question weight a top candidate holds, times how tightly it holds it: the
    question words it holds, less one, over the words of the shortest run holding them, less one."""
    in_order: float = 0.5
    """Bonus per question word a top candidate holds in the question's order, past the first."""
    redundancy: float = 0.2
    """How much a runner-up loses for matching only what the sentences above it matched."""
    prefix_credit: float = 0.5
    """Coverage credit for a question word whose family, not the word, is in the passage."""
    bridge: float = 0.3
    """Ranking weight of a sentence word that a bridge table links to a question word."""
    bridge_credit: float = 0.7
    """Coverage credit for a question word found only through a bridge (times the bridge weight)."""
    lacks_kind: float = 0.0
    """Share of its score a candidate loses when it holds nothing of the kind asked for."""
    lacks_cause: float = 0.3
    """The same for a "why" question and a candidate giving no reason (SQuAD has few of these,
    so `lacks_kind` is tuned without them; the reworded set and the tests have them)."""
    lacks_count: float = 0.2
    """The same for a "when" or "how many" question and a candidate with no date or number."""
    lacks_measure: float = 0.3
    """The same for a question asking a measure ("how long does it last") and a candidate with no
    number of that measure: a unit is a narrower cue than "a number", so it can weigh more."""
    neighbour_takes: float = 0.8
    """Share of such a candidate's score its neighbour in the paragraph takes when it holds it."""
    unseen: float = 0.6
    """Weight, relative to the rarest word's, of a question word the article never uses."""
    measure: float = 1.0
    """Ranking weight of holding the asked measure, as if it were one more question word of
    average weight: "Rs 299" answers "how much does a visit cost" without sharing a word."""
    lacks_support: float = 0.15
    """Support lost when the best sentence holds nothing of the kind asked ("when did the bar
    close" and a sentence without a date): the article likely doesn't say."""
    measure_credit: float = 0.15
    """Support added when the best sentence holds the measure a number question asks ("how much
    does it cost" and a sentence with "Rs 299"): a unit beside a number is rarely there by chance."""
    lacks_thing: float = 0.3
    """Support lost when the article never names the thing a "which X" question asks for. Not a
    hard rule: an article often names the hotel without the word "hotel", and then the question's
    other words, well covered, keep the answer."""
    asks_itself: float = 0.5
    """Share of its score a sentence loses for being a question itself: a rhetorical question in a
    quotation ("What's America talking about?") shares the reader's question words and answers
    nothing. A sentence that states something ranks above it; alone, it is still found."""
    threshold: float = 0.25
    """The score below which the bot says the article doesn't say (chosen on the reworded set's dev
    share with `bench.tune_answers --declines`: from 0.25 up to 0.4 each step declines more
    answerable questions than unanswerable ones, so the hard rules do most of the declining)."""


DEFAULT_TUNING = Tuning()


@dataclass(frozen=True)
class _Parts:
    """One question's raw match against each sentence of the article, one array per signal."""

    terms: set[str]
    kinds: set[str]
    asked: tuple[str, ...]
    """The question's words in its order, for `Tuning.in_order`."""
    own: np.ndarray
    own_bridged: np.ndarray
    paragraphs: np.ndarray
    paragraphs_bridged: np.ndarray
    prefixes: np.ndarray
    title: np.ndarray
    pairs: np.ndarray
    carried: np.ndarray
    """Per sentence holding a question word, the weight of the question words that the sentence
    before it in its paragraph holds and it lacks: a passage names its subject once and goes on
    about it ("... President Woodrow Wilson's inquiry." then "The point of this inquiry was to build
    a premise ..."), so the sentence answering "What was the premise of Woodrow Wilson's inquiry?"
    holds only the question's last words, and the one before it holds the rest."""
    holds: np.ndarray | None
    """Whether each sentence holds something of the asked kind beyond the question's words."""
    measured: np.ndarray | None
    """For a question asking a measure ("how much does it cost"), per sentence: the weight of a word
    found in one sentence only where the sentence holds that measure in numbers (a unit beside a number is
    as telling as a rare word); for one counting a thing ("how many seats"), the question's mean
    word weight where a number stands beside that thing; for one asking who leads ("who runs the
    company"), the same rare-word weight where the sentence names a leader's title ("CEO"); for
    one asking a category ("what animal"), `MEMBER` times it where the sentence names one; else
    0. None for other questions."""
    titles: frozenset[str] = frozenset()
    """For a question asking who holds a role ("who runs the company"), the stems of the titles that
    name that role ("ceo", "chairman")."""
    thing: str = ""
    """The stem of the category a "what X" question asks for ("anim"), when the table knows it."""
    members: frozenset[str] = frozenset()
    """The article's words naming one of that category ("rabbit"), the question's own left out."""
    narrow: bool = False
    """Whether `holds` asks for something narrower than a kind (a unit, a leader's title, a kind of
    place: "¿En qué estado...?"), so a sentence without it loses more (`Tuning.lacks_measure`)."""
    takes: np.ndarray | None = None
    """The sentences that may take over from a neighbour lacking the asked kind; None: those that
    hold it."""
    unsaid: np.ndarray | None = None
    """For a question asking an amount, the sentences saying the article leaves it unsaid
    (`AnswerIndex._unsaid_amounts`): they count as holding it, and the best one declines."""
    read: frozenset[str] = frozenset()
    """The question's terms as read, before any is dropped or respelt for matching."""
    specific: frozenset[str] = frozenset()
    required: frozenset[str] = frozenset()
    """The question's numbers and names, and those of them the article must hold (`_specific_terms`)."""
    counted: tuple[str, ...] = ()
    """The thing a "how many" question counts, if any (`_counted_term`). These last four are read
    once here, where ranking reads the question, for declining to use (`support`, `evidence`)."""
    stand_ins: dict[str, tuple[tuple[str, float], ...]] | None = None
    """Question term -> article words standing in for it in this article only (`stand_ins.py`):
    the acronym it spells out with its neighbours, the main thing its general noun names."""
    follows_up: bool = False
    """Whether the question is a follow-up matched with the turn before's words ("And what about
    the United States?" as "When did the United States ban clorafen?"): its event is the answer
    before's, which the article may tell again in other words ("followed in 2021")."""


LONG_POSTINGS = 24
"""How many documents a term must be in for `_Bm25` to add its scores with numpy: below that, a
loop in Python costs less than numpy's overhead per call."""


class _Bm25:
    """BM25 over a list of term lists, scoring all of them for one query at once.

    Postings are plain Python lists: a question's terms are in few sentences each, and adding a
    handful of numbers in Python costs less than numpy's overhead per call, at build and per question.
    A term in many documents (`LONG_POSTINGS`, the article's subject) is added with numpy instead,
    its postings kept as arrays too; the sums are the same, made in the same order."""

    def __init__(self, docs: list[list[str]], k1: float, b: float) -> None:
        self.size = len(docs)
        lengths = np.array([len(d) for d in docs], dtype=float)
        norm = (k1 * (1 - b + b * lengths / max(lengths.mean(), 1.0)) if docs else lengths).tolist()
        saturated = k1 + 1
        self.postings: dict[str, tuple[list[int], list[float]]] = {}
        """Term -> the ids of the documents holding it, and its saturated frequency in each."""
        for i, doc in enumerate(docs):
            for term, tf in Counter(doc).items():
                if term not in self.postings:
                    self.postings[term] = ([], [])
                ids, saturation = self.postings[term]
                ids.append(i)
                saturation.append(tf * saturated / (tf + norm[i]))
        self.idf: dict[str, float] = {term: self.idf_for(len(ids)) for term, (ids, _) in self.postings.items()}
        self._long: dict[str, tuple[np.ndarray, np.ndarray]] = {
            term: (np.array(ids, dtype=np.intp), np.array(saturation))
            for term, (ids, saturation) in self.postings.items() if len(ids) >= LONG_POSTINGS
        }

    def idf_for(self, df: int) -> float:
        return math.log((self.size - df + 0.5) / (df + 0.5) + 1)

    def scores(self, terms: set[str]) -> np.ndarray:
        return self.weighted_scores(dict.fromkeys(terms, 1.0))

    def weighted_scores(self, terms: dict[str, float]) -> np.ndarray:
        """BM25 with each term's contribution scaled by its weight (bridged words count less).

        The sums are made in a C array of doubles that numpy then reads in place: turning a
        Python list of floats into an array costs as much as the sums themselves."""
        out = array("d", bytes(8 * self.size))
        summed = np.frombuffer(out)
        for term, weight in terms.items():
            if term in self.postings:
                factor = weight * self.idf[term]
                if term in self._long:
                    at, saturated_at = self._long[term]
                    summed[at] += factor * saturated_at
                    continue
                ids, saturation = self.postings[term]
                for i, saturated in zip(ids, saturation):
                    out[i] += factor * saturated
        return summed


def _best_first(close: list[int], scores: np.ndarray, order: list[int]) -> list[int]:
    """The order with the best-scoring of the close sentences moved to its head, as long as before."""
    first = max(close, key=lambda i: scores[i])
    return [first, *(i for i in order if i != first)][:len(order)]


def _shortest_span(found: list[tuple[int, str]], distinct: int) -> int:
    """The fewest consecutive words of a sentence holding all its `distinct` question words, from
    their (position, word) list in sentence order."""
    best = found[-1][0] - found[0][0] + 1
    seen: dict[str, int] = {}
    left = 0
    for position, term in found:
        seen[term] = seen.get(term, 0) + 1
        while len(seen) == distinct:
            start, first = found[left]
            best = min(best, position - start + 1)
            seen[first] -= 1
            if not seen[first]:
                del seen[first]
            left += 1
    return best


def _longest_in_order(asked: tuple[str, ...], held: list[str]) -> int:
    """How many of the question's words the sentence holds in the question's order (the longest
    common subsequence of the two, over the question words the sentence holds).

    Computed bit-parallel (Crochemore et al., "A fast and practical bit-vector algorithm for the
    longest common subsequence problem", 2001): one bit per question word, a few integer steps per
    sentence word instead of a table of both lengths, since every top candidate of every question
    runs this. The result is the same as the table's."""
    masks: dict[str, int] = {}
    for k, word in enumerate(asked):
        masks[word] = masks.get(word, 0) | 1 << k
    full = (1 << len(asked)) - 1
    row = full
    for word in held:
        matching = row & masks.get(word, 0)
        row = ((row + matching) | (row - matching)) & full
    return len(asked) - row.bit_count()


def _pairs(terms: list[str]) -> set[tuple[str, str]]:
    return set(zip(terms, terms[1:]))


def _prefixes(terms: set[str]) -> set[str]:
    return {term[:PREFIX] for term in terms}


def _inflected_forms(terms: set[str], participles: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each stem one or two letters shorter than an article's word -> those words, so a bridge to
    a dictionary form ("perec" of "perecer") finds the article's inflected one ("pereci"); and a
    verb's stem -> the article's past participles of it."""
    forms: dict[str, list[str]] = defaultdict(list)
    for term in terms:
        for cut in (1, 2):
            if len(term) - cut >= MIN_CUT_STEM:
                forms[term[:-cut]].append(term)
    for verb, found in participles.items():
        forms[verb].extend(found)
    return forms


def _merged(*links: tuple[tuple[str, float], ...]) -> tuple[tuple[str, float], ...]:
    """Several words' links as one, each linked word once at its strongest weight, in first-seen order."""
    merged: dict[str, float] = {}
    for found in links:
        for other, weight in found:
            merged[other] = max(merged.get(other, 0.0), weight)
    return tuple(merged.items())


def _counted_term(language: Language, question: str) -> list[str]:
    """The thing a "how many" question counts, as a one-term list, or none when that word is too
    general to look for ("combien de personnes", whose "personnes" the stop list drops); none for a
    measure ("combien de temps" asks a duration, "how many years" an age or a duration)."""
    if asked_measures(question):
        return []
    for token in reversed(counted_words(question, language.code)):
        terms = question_terms(language, token)
        if terms:
            return terms[:1]
    return []


_BODIES = frozenset(
    "congress parliament senate house assembly legislature government administration court police army "
    "navy cabinet ministry council".split()
)
"""Bodies a reader names by their generic word, capitalised ("testify to Congress"), where the
article names them otherwise ("the U.S. House Intelligence Committee", "lawmakers"): such a word
the article lacks counts against the answer but does not decline it alone, as a missing name does."""


def _specific_terms(language: Language, question: str) -> tuple[set[str], set[str]]:
    """The question's numbers and, where only names are capitalised, its names (not its first word;
    a brand with a small first letter, "iPhone", anywhere); then those of them that must be in the article for it to answer: numbers and names written as
    names, not as abbreviations (a reader's "DIY chain" or "US" may stand for the article's words)."""
    names_capitalised = language.code != "de"
    specific: set[str] = set()
    required: set[str] = set()
    tokens = words(question)
    for position, token in enumerate(tokens):
        if names_capitalised and _inside_name(tokens, position):
            specific.update(question_terms(language, token))  # "van der" of "Laurens van der Maaten"
            continue
        number = any(map(str.isdigit, token))
        # A brand written with a small first letter is a name too: "iPhone", "eBay".
        named = token[0].isupper() and position > 0 or token[0].islower() and token[1:2].isupper()
        if number or (names_capitalised and named):
            terms = question_terms(language, token)
            specific.update(terms)
            if number or not (token.isupper() or fold(token.lower()) in MONTHS_AND_DAYS | _BODIES):
                required.update(terms)
    return specific, required


def _inside_name(tokens: list[str], position: int) -> bool:
    """Whether a lower-case word is a particle between the capitalised words of one name ("Laurens van
    der Maaten", "Charles de Gaulle"): part of the name, not something the question says of it."""
    if tokens[position].lower() not in PARTICLES or position < 2:
        return False
    before, after = position - 1, position + 1
    while before > 0 and tokens[before].lower() in PARTICLES:
        before -= 1
    while after < len(tokens) and tokens[after].lower() in PARTICLES:
        after += 1
    return before > 0 and tokens[before][:1].isupper() and after < len(tokens) and tokens[after][:1].isupper()


_SHARE_WORDS = {
    "en": (("half", "50"), ("quarter", "25")),
    "de": (("Hälfte", "50"), ("halb", "50"), ("Viertel", "25")),
    "fr": (("moitié", "50"), ("quart", "25")),
    "es": (("mitad", "50"), ("cuarta", "25")),
}
"""A share said in words and the percentage an article gives for it: "half of the work" is "a 50%
sponsor", "la moitié" is "50 %"."""


@lru_cache(maxsize=None)
def _shares_as_percent(code: str) -> dict[str, tuple[str, ...]]:
    """Each share word's term with the percentage's, both ways."""
    language = language_for(code)
    pairs: dict[str, set[str]] = {}
    for word, percent in _SHARE_WORDS.get(code, ()):
        for term in question_terms(language, word):
            pairs.setdefault(term, set()).add(percent)
            pairs.setdefault(percent, set()).add(term)
    return {term: tuple(sorted(others)) for term, others in pairs.items()}


def _without_names(
    offered: dict[str, frozenset[str]], common: frozenset[str], placeless: frozenset[str],
) -> dict[str, frozenset[str]]:
    """A sentence's offers with the common nouns (`common_nouns`) no longer offered as names, nor as
    places when they name none (`placeless_stems`): "Wo liegt der Großmarkt?" was answered by "In
    Dutzenden dieser Betriebe sei Kurzarbeit beantragt worden" (a German trial, 28)."""
    if not common or not (offered["name"] | offered["place"]) & common:
        return offered
    return {**offered, "name": offered["name"] - common, "place": offered["place"] - (common & placeless)}


class AnswerIndex:
    """Everything about one article that answering needs, built once when the article is read."""

    def __init__(
        self,
        document: Document,
        tuning: Tuning = DEFAULT_TUNING,
        bridges: Bridges | None = None,
        decline: DeclineModel | None = None,
    ) -> None:
        self.document = document
        self.tuning = tuning
        self._decline = decline
        language = document.language
        self.bridges = bridges_for(language.code) if bridges is None else bridges
        # A test's own small table stands alone: the loose links go with the shipped tables.
        self._loose_bridges = loose_bridges_for(language.code) if bridges is None else NO_BRIDGES
        self._titles = titles_for(language.code)
        self._title_stems = frozenset().union(*self._titles.values())
        sentences = document.sentences
        known = self.bridges.knows
        own_terms = [with_phrasal_verbs(language, s.text, question_terms(language, s.text), known) for s in sentences]
        if language.code == "en":
            results = question_terms(language, RESULT_WORDS)
            own_terms = [t + results if is_result_line(s.text) else t for s, t in zip(sentences, own_terms)]
        writer = question_terms(language, WRITER_WORDS.get(language.code, ""))
        writers = document.article.writers
        own_terms = [t + writer if writer_speaks(language.code, s.text) or names_writer(writers, s.text) else t
                     for s, t in zip(sentences, own_terms)]
        common = common_nouns(language, (s.text for s in sentences), self.bridges.knows)
        self._names = replace(names_in(language, (s.text for s in sentences)), common=common)
        terms = with_antecedents(language, sentences, own_terms, self._names, known)
        self._sentences = _Bm25(terms, tuning.k1, tuning.b)
        paragraph_of = [s.paragraph for s in sentences]
        paragraph_ids = sorted(set(paragraph_of))
        position = {p: i for i, p in enumerate(paragraph_ids)}
        paragraph_terms: list[list[str]] = [[] for _ in paragraph_ids]
        headings = _section_headings(document)
        asked_before = _questions_answered(document, language)
        for p, asked in asked_before.items():
            headings[p] = headings.get(p, frozenset()) | asked
        for p in paragraph_ids:
            paragraph_terms[position[p]].extend(headings.get(p, ()))
        for s, t in zip(sentences, own_terms):
            paragraph_terms[position[s.paragraph]].extend(t)
        for s, t, led in zip(sentences, own_terms, terms):
            # A name a sentence refers back to across a paragraph break is its paragraph's too.
            held = paragraph_terms[position[s.paragraph]]
            held.extend(term for term in led[:len(led) - len(t)] if term not in held)
        self._paragraphs = _Bm25(paragraph_terms, tuning.k1, tuning.b)
        self._prefixes = _Bm25([[w[:PREFIX] for w in t] for t in terms], tuning.k1, tuning.b)
        self._paragraph_of = np.array([position[p] for p in paragraph_of], dtype=int)
        self._paragraph_members: list[list[int]] = [[] for _ in paragraph_ids]
        for i, p in enumerate(paragraph_of):
            self._paragraph_members[position[p]].append(i)
        self._title_terms = set(question_terms(language, document.article.title))
        self._section_terms = [headings.get(p, frozenset()) for p in paragraph_of]
        self._heading_terms = set().union(*headings.values())
        self._paragraph_contexts = [set(t) | self._title_terms for t in paragraph_terms]
        self._paragraph_context_prefixes = [_prefixes(c) for c in self._paragraph_contexts]
        self._written = frozenset(self._sentences.idf.keys() | self._title_terms | self._heading_terms)
        """Every term the article writes, in a sentence, its title or a sub-heading."""
        self._article_prefixes = _prefixes(self._written)
        same_before = np.array([i > 0 and paragraph_of[i - 1] == p for i, p in enumerate(paragraph_of)])
        same_after = np.array(
            [i + 1 < len(sentences) and paragraph_of[i + 1] == p for i, p in enumerate(paragraph_of)]
        )
        self._same_before, self._same_after = same_before, same_after
        self._answers_before = same_before.astype(bool) | np.array(
            [i > 0 and paragraph_of[i - 1] != p and p in asked_before for i, p in enumerate(paragraph_of)], dtype=bool,
        )
        pointing = [opens_pointing(language.code, s.text) for s in sentences]
        self._opens_pointing = np.array(pointing, dtype=bool) & same_before.astype(bool)
        # A paragraph opening with a pronoun goes on about the one before it: news give each
        # sentence a paragraph of its own.
        opening = [i > 0 and opens_with_a_pronoun(language.code, s.text) for i, s in enumerate(sentences)]
        self._points_back = self._opens_pointing | np.array(opening, dtype=bool)
        self._term_sets = [set(t) for t in terms]
        self._verbs_back = links_back({t for found in own_terms for t in found if "_" in t and known(t)}, self.bridges.of)
        self._term_lists = terms
        self._pair_sets = [_pairs(t) for t in terms]
        self._derived_from: dict[str, list[str]] = defaultdict(list)
        self._heads = self._compound_heads() if language.code in COMPOUNDING else None
        # In a language capitalising every noun, the terms of the words the article capitalises inside
        # a sentence: its nouns and names, which alone may be the head of a question's compound.
        self._nouns = frozenset(
            term for word in self._names.words for term in question_terms(language, word)
        ) if language.code in NOUNS_CAPITALISED else None
        self._compound_starts = (
            compounds_by_start(set(self._sentences.idf) | self._title_terms, COMPOUND_PART) if self._heads is not None else {}
        )
        self._closed_heads = closed_heads(self._sentences.idf, known, language.stop_words) if language.code in CLOSED_COMPOUNDS else {}
        self._links: dict[str, tuple[tuple[str, float], ...]] = {}
        self._links_known: dict[str, tuple[tuple[str, float], ...]] = {}
        self._carried_to: dict[str, list[int]] = {}
        self._names_by_sentence: dict[int, tuple[list[frozenset[str]], frozenset[str]]] = {}
        self._said_by_sentence: dict[int, tuple[list[str], bool]] = {}
        known_terms = set(self._sentences.idf) | self._title_terms
        self._participles = participles_by_verb(language, (document.article.title, *(s.text for s in sentences)))
        self._verb_stems = stems_within(known_terms) if language.code in READS_PARTICIPLES else {}
        self._inflected = _inflected_forms(known_terms, self._participles)
        self._separated = separated_forms(language, (s.text for s in sentences), known)
        for whole, forms in self._separated.items():
            self._inflected[whole].extend(forms)
        # The article's "reappointed" for a question's "appoint", or its bridge from "nominate".
        self._again: dict[str, list[str]] = defaultdict(list)
        for term in known_terms:
            if rest := unprefixed(language.code, term, known):
                self._again[rest].append(term)
                self._inflected[rest].append(term)
        self._acronyms = acronyms_in(language, (s.text for s in sentences))
        self._main_things = main_things(language, document.article.title, own_terms)
        self._initials: dict[str, tuple[str, ...]] = {}
        for text in (document.article.title, *(s.text for s in sentences)):
            self._initials.update(name_initials(language, text))
        placeless = placeless_stems(language.code) if common else frozenset()
        self._offers = [_without_names(offers(language, s.text), common, placeless) for s in sentences]
        self._clocks: np.ndarray | None = None
        self._offered_anywhere = {kind for offered in self._offers for kind, found in offered.items() if found}
        if NAMED_PLACE in self._offered_anywhere:
            self._offered_anywhere.add("place")
        self._offered_by: dict[tuple[str, bool], list[tuple[int, frozenset[str]]]] = {}
        self._number_positions: dict[int, list[int]] = {}
        self._measuring_by_sentence: dict[int, frozenset[str]] = {}
        self._withholding: list[tuple[int, frozenset[str], bool]] | None = None
        self._time_unknown: np.ndarray | None = None
        self._reasons: np.ndarray | None = None
        self._quotes_alone: np.ndarray | None = None
        self._past_dates: np.ndarray | None = None
        self._purpose_anywhere: bool | None = None
        self._people: list[frozenset[str]] | None = None
        self._vague_counts: dict[str, np.ndarray] = {}
        self._counted_things: frozenset[str] | None = None
        self._alike: dict[str, tuple[tuple[str, float], ...]] = {}
        self._counted_near_by: dict[tuple[str, int, int, bool], np.ndarray] = {}
        self._counts_others_by: dict[str, np.ndarray] = {}
        self._words_of: dict[int, tuple[list[str], list[list[str]]]] = {}
        self._says_happening = any(says_happening(s.text) for s in sentences)
        self._questions = np.array([_asks_itself(s.text) for s in sentences], dtype=bool)
        # "Staying on the Moon, however, hasn't. Why? Because ...": a question naming nothing asks
        # about the sentence before it, and the two together are the article's own question.
        bare = self._questions & same_before.astype(bool) & np.array([not t for t in terms], dtype=bool)
        self._posing = np.concatenate((bare[1:], [False]))

    def answer(self, question: str, top: int = 2, follows_up: bool = False) -> Answer:
        """The sentences that best answer the question, or a decline with the closest sentence. A
        request ("tell me about the budget") is matched as what it asks about (`requests`); a
        follow-up (`_Parts.follows_up`) is matched with the turn before's words."""
        sentences = self.document.sentences
        if not sentences:
            return Answer((), False, None, 0.0)
        question = written_out(asked_in_request(question, self.document.language.code), self.document.language.code)
        parts = self.parts(question)
        if follows_up:
            parts = replace(parts, follows_up=True)
        scores = self.combine(parts, self.tuning)
        order = self._own_age_first(parts, scores, self._counting_first(parts, scores, self._pick(scores, parts.terms, top)))
        order = self._post_first(question, parts, scores, self._dated_first(question, parts, scores, order))
        order = self._since_first(question, scores, self._holder_first(question, parts, scores, order))
        order = self._called_first(question, scores, order)
        order = self._named_first(question, scores, self._defined_first(question, scores, order))
        body = head_asked_of(question, self.document.language.code)
        if body is not None:
            names = body_names(question)
            named = {i: self._body_named_around(i, names) for i in order}
            order = head_named_first(order, [s.text for s in sentences], list(scores), body, named)
        elif asks_times(question, self.document.language.code):
            order = times_told_first(order, [s.text for s in sentences], list(scores))
        best = order[0]
        score = self.decline_score(question, parts, scores, best)
        kept = [i for i in order if scores[i] > 0]
        found = bool(kept) and score >= self.tuning.threshold
        if not found:
            # Declined for a time the article says it does not know: that sentence is the hint.
            unknown = self._time_left_open(parts, scores, best) if score <= 0 else None
            return Answer((), False, sentences[best if unknown is None else unknown], score)
        reason = self._reason_before(parts, best)
        if reason is not None:
            kept = [reason, *(i for i in kept if i != reason)][:max(len(kept), 2)]
        strengths = tuple(1.0 if i == reason else float(scores[i] / scores[best]) for i in kept)
        phrase = answer_phrase(
            self.document.language, sentences[kept[0]].text, question, parts.kinds, parts.titles, self._names,
            parts.members, self._standing_in(parts.terms, kept[0]),
        )
        return Answer(tuple(sentences[i] for i in kept), True, sentences[best], score, strengths, phrase)

    def _standing_in(self, terms: Iterable[str], sentence: int) -> dict[str, frozenset[str]]:
        """Each question term the sentence lacks, with the sentence's terms its full-weight bridges
        reach ("kid" -> "child"): for the bold, where the question's words stand in the sentence."""
        held = self._term_sets[sentence]
        bridged = {
            term: frozenset(other for other, weight in self.links(term) if weight >= BOLD_LINK and other in held)
            for term in set(terms) - held
        }
        return {term: others for term, others in bridged.items() if others}

    def _reason_before(self, parts: _Parts, best: int) -> int | None:
        """For a "why" question whose best sentence opens as the consequence of the one before it in
        its paragraph ("This caused my parries to fail", `kinds.follows_from_before`), that sentence,
        to show first: it holds the reason the best one only points back at ("The time it takes to
        get into the blocking stance is unnecessarily long"). None otherwise."""
        if "cause" not in parts.kinds or not self._same_before[best]:
            return None
        return best - 1 if follows_from_before(self.document.sentences[best].text) else None

    def _describes(self, name: str) -> bool:
        """Whether a sentence naming the person says what they are beside the name (`phrase.describes`)."""
        last = question_terms(self.document.language, name.split()[-1])[:1]
        postings = self._sentences.postings
        holding = postings.get(last[0], ([], []))[0] if last else []
        return any(describes(self.document.sentences[i].text, name) for i in holding)

    def _titles_written_without(self, question: str) -> set[str]:
        """The title words the question puts before a name that the article mostly writes without
        them ("Who interviewed Prince Andrew?" about a piece calling him "Andrew" in a dozen sentences
        and "Prince Andrew" in one): there the title is only part of the name, and as a rare word
        it would pull the one sentence spelling it out above those about what he did."""
        language = self.document.language
        tokens = words(question)
        postings = self._sentences.postings
        found: set[str] = set()
        for title, name in zip(tokens, tokens[1:]):
            if title.lower().rstrip(".") not in TITLE_WORDS or not name[:1].isupper() or name.lower() in TITLE_WORDS:
                continue  # "Prime Minister", "Vice President": a title of two words, no name
            named = question_terms(language, name)[:1]
            for term in question_terms(language, title):
                if named and len(postings.get(term, ([], []))[0]) * 2 < len(postings.get(named[0], ([], []))[0]):
                    found.add(term)
        return found

    def parts(self, question: str) -> _Parts:
        """The question's match against every sentence, before any weight is applied."""
        language = self.document.language
        described = person_described(question) if language.code == "en" else None
        if described and described.groupdict().get("post") and self._describes(described.group(1).strip()):
            # "What is Steve Menet's job?", where the article says what he is beside his name
            # ("Steve Menet, Senior Vice President of Sales for Dräger"), asks what "Who is Steve
            # Menet?" does: "job" met "use" through a WordNet sense of "function", and "As the use
            # of mobile technologies ..." went first. Without one, the job may be said in a
            # sentence of its own ("He worked as an ophthalmologist"), which the asked kind finds.
            question = f"Who is {described.group(1).strip()}?"
        kinds = self._asks(question)
        read = question_terms(language, question)
        asked = read_phrasal_verbs(language, question, read, self.bridges.knows, self._sentences.idf, self.links)
        asked = [self._as_spelt(term) for term in asked]
        written_without = self._titles_written_without(question)
        asked = [term for term in asked if term not in written_without] or asked
        if not self._says_happening:
            # "Where did the concert take place?" asks where it happened, not about the word "place"
            # (nor about "take_place", the pair `phrasal` reads).
            said = " ".join(happening_words(question))
            phrasing = {*question_terms(language, said), *with_phrasal_verbs(language, said, [], self.bridges.knows)}
            asked = [term for term in asked if term not in phrasing] or asked
        if kinds & MEASURE_KINDS:
            # "How much did it take in", "how old is he": the light word is the measure's cue, not content.
            light = LIGHT_WORDS.get(language.code, frozenset())
            asked = [term for term in asked if term not in light] or asked
        for kind in kinds & {"date", "cause"}:
            asked = [term for term in asked if term not in kind_nouns_for(kind, language.code)] or asked
        if asks_a_name(language.code, question):
            asked = [term for term in asked if term not in kind_nouns_for("name", language.code)] or asked
        for kind, cue in (("score", SCORE_WORDS), ("hashtag", HASHTAG_WORDS), ("share", SHARE_WORDS)):
            if kinds == {kind}:
                naming = set(question_terms(language, cue))
                asked = [term for term in asked if term not in naming] or asked
        if asks_only_what_was_said(question, language.code):
            asked = [term for term in asked if term not in reporting_terms(language.code)] or asked
        terms = set(asked)
        bridged = self._bridged(terms)
        for other in self._verb_forms_asked(question) - terms:
            bridged[other] = max(bridged.get(other, 0.0), PARTICIPLE)
        stand_ins = self._stand_ins(question, terms)
        for links in stand_ins.values():
            for other, weight in links:
                bridged[other] = max(bridged.get(other, 0.0), weight)
        thing, members = self._members_asked(question, kinds, terms)
        for member in members:
            bridged[member] = max(bridged.get(member, 0.0), MEMBER_LINK)
        zeros = np.zeros(len(self.document.sentences))
        # Two of its words the article writes as one ("wichtigste Kunde", "Hauptkunden") count as both.
        as_one = dict.fromkeys(written_as_one(terms, self._heads, self.bridges.of) - terms if self._heads is not None else (), 2.0)
        own = self._sentences.scores(terms) + (self._sentences.weighted_scores(as_one) if as_one else 0.0)
        own_bridged = self._sentences.weighted_scores(bridged) if bridged else zeros
        paragraphs = (self._paragraphs.scores(terms) + (self._paragraphs.weighted_scores(as_one) if as_one else 0.0))[self._paragraph_of]
        paragraphs_bridged = self._paragraphs.weighted_scores(bridged)[self._paragraph_of] if bridged else zeros
        prefixes = self._prefixes.scores(_prefixes(terms))
        title = zeros.copy()
        for term in terms & self._title_terms:
            idf = self._sentences.idf.get(term, 0.0)
            title += idf * self._lacking(term)
        for term in terms & self._heading_terms - self._title_terms:
            under = np.array([term in section and term not in s for s, section in zip(self._term_sets, self._section_terms)])
            title += self._sentences.idf.get(term, self._sentences.idf_for(int(under.sum()))) * under
        pairs = zeros.copy()
        shared_pairs = _pairs(asked)
        if shared_pairs:
            idf = self._sentences.idf
            matching = own + paragraphs + prefixes + title + own_bridged + paragraphs_bridged > 0
            for i in self._holding_pairs(shared_pairs):
                if not matching[i]:
                    continue
                shared = shared_pairs & self._pair_sets[i]
                pairs[i] = sum(idf.get(a, 0) + idf.get(b, 0) for a, b in shared) / 2
        carried = self._carried(terms) * (own > 0)
        holds = self._holding(kinds, terms) if kinds else None
        if kinds == {"cause"} and reads_reasons(language.code):
            holds = self._reasons_given()
        if holds is not None and "age" in kinds:
            holds = holds & ~self._ages_of_others(question, holds)
        if members:
            holds = np.array([bool(found & members) for found in self._term_sets])
        elif not kinds and (noun := noun_whose_name_is_asked(question, language.code)):
            # "What is the cat's name?": the sentence saying "Sasha the black cat", not the one naming
            # its owner ("Viktor Usov, the cat's original owner"); weighed as a category's member.
            named = self._naming(question, noun)
            holds = named if named.any() else None
        measured = takes = None
        counted = self._counted_act(_counted_term(language, question), terms)
        titles = self._roles_asked(terms, kinds)
        if titles and holds is not None:
            # "Who led the Broncos with 105 receptions?" asks who did it, and the verb answers too;
            # "Who leads Emirates?" asks who holds the post, which only a title answers.
            past = _PAST_LEADING & {fold(w.lower()) for w in words(question)}
            deed = {term for word in _PAST_LEADING for term in question_terms(language, word)} if past else set()
            said = frozenset(token.lower() for token in words(question))
            leads = language.code == "en" and _LEADER in titles
            titled = np.array([
                bool(deed & found) or bool(titles & found) and self._names_a_holder(i, titles, said)
                or leads and _IN_CHARGE.search(self.document.sentences[i].text) is not None
                for i, found in enumerate(self._term_sets)
            ])
            measured, holds = titled * self._sentences.idf_for(1), holds & titled
        elif holds is not None and kinds & MEASURE_KINDS:
            measured = (holds & self._in_numbers(kinds & MEASURE_KINDS)) * self._sentences.idf_for(1)
        elif holds is not None and kinds & {"score", "hashtag"}:
            # "24-17" answers "what was the score", "#MeToo" "what hashtag", as a rare word would,
            # sharing no word with it.
            measured = holds * self._sentences.idf_for(1)
        elif holds is not None and "number" in kinds:
            if counted:
                # "How many calls": a sum of money counts nothing (a share may: "36 Prozent" of the votes);
                # a measure counts only its own unit: "cuatro años de prisión" answers "¿A cuántos años de
                # cárcel lo condenaron?", "seven years before" no count of scientists.
                units = self._counted_near(counted[0], before=0, after=1)
                compares = _COMPARES_COUNTS.search(question) is not None
                holds &= np.array([self._counts_a_thing(i, terms, bool(units[i]), compares) for i in range(len(self._offers))])
                measured = self._counted_near(counted[0]) * self._mean_weight(terms)
                takes = holds & ~self._counts_others(counted[0])
        unsaid = self._unsaid_amounts(kinds, terms, holds) if holds is not None else None
        if unsaid is not None and unsaid.any():
            holds = holds | unsaid
        narrow = bool(titles) or bool(kinds & (MEASURE_KINDS | {"score", "hashtag"})) or (
            kinds == {"place"} and asks_a_kind_of_place(question)
        )
        if holds is not None and kinds == {"date"} and asks_clock_time(question) and self._clock_times().any():
            # "What time is the call?": the sentence with "9 a.m.", not the one with "early Tuesday".
            holds, narrow = holds & self._clock_times(), True
        if holds is not None and not kinds:
            measured = holds * self._sentences.idf_for(1) * MEMBER
        specific, required = _specific_terms(language, question)
        return _Parts(
            terms, kinds, tuple(asked), own, own_bridged, paragraphs, paragraphs_bridged, prefixes, title, pairs, carried,
            holds, measured, titles, thing, members, narrow, takes, unsaid,
            read=frozenset(read), specific=frozenset(specific), required=frozenset(required), counted=tuple(counted),
            stand_ins=stand_ins,
        )

    def _naming_people(self, asked: set[str]) -> np.ndarray:
        """Per sentence, whether it names people by a role the question does not name
        (`roles.people_in`): "Local teachers signed the petition" answers "Who signed the
        petition?" as a name would, and a page naming no one at all is not declined for it."""
        if self._people is None:
            language = self.document.language
            self._people = [
                frozenset(term for word in people_in(language.code, s.text) for term in question_terms(language, word))
                for s in self.document.sentences
            ]
        return np.array([bool(found - asked) for found in self._people], dtype=bool)

    def _ages_of_others(self, question: str, holds: np.ndarray) -> np.ndarray:
        """Per sentence holding an age, whether every age it gives is someone else's (`ages.age_of_another`):
        "How old is Drosten?" is not answered by "Drosten warned that 70-year-old patients are most at
        risk", nor "How old is her mother Fiona?" by "Eloise Parry, 21, was taken to hospital"."""
        sentences = self.document.sentences
        others = np.zeros(len(sentences), dtype=bool)
        for i in np.flatnonzero(holds):
            others[i] = age_of_another(sentences[i].text, question)
        return others

    def _stand_ins(self, question: str, terms: set[str]) -> dict[str, tuple[tuple[str, float], ...]]:
        """Per question term the article lacks, the article's acronym it spells out
        (`stand_ins.spelt_out`, a full link) or, if the article lacks it with every bridge too, the
        article's main thing its general noun names (`stand_ins.generic_for`, a member's link). An
        article that spells the words out itself ("the European Union ... the EU") needs no stand-in:
        with one, SQuAD lost answers to sentences holding only the acronym. One that uses the words
        apart does ("chief investment officer" and "SeaWorld's CEO is leaving": "When is the SeaWorld
        chief executive departing?" met neither until 2026-12-02)."""
        language = self.document.language
        spelt = {term: acronyms for term, acronyms in spelt_out(language, question, self._acronyms).items() if term in terms}
        found: dict[str, tuple[tuple[str, float], ...]] = {
            term: tuple((acronym, 1.0) for acronym in acronyms if acronym not in terms and not self._spells_out(acronym, spelt))
            for term, acronyms in spelt.items()
        }
        for term in terms:
            if term not in found and self._absent(term, self.links(term)):
                things = generic_for(language.code, term, self._main_things) if self._main_things else ()
                if things:
                    found[term] = tuple((thing, MEMBER_LINK) for thing in things)
        return {term: links for term, links in found.items() if links}

    def _spells_out(self, acronym: str, spelt: dict[str, tuple[str, ...]]) -> bool:
        """Whether one of the article's sentences holds every question word that spells out the acronym."""
        words_of = {term for term, acronyms in spelt.items() if acronym in acronyms}
        return any(words_of <= found for found in self._term_sets)

    def _naming(self, question: str, noun: str) -> np.ndarray:
        """Per sentence, whether it gives a name beside the noun of the thing whose name the question
        asks (`phrase.names_the_asked_thing`); only sentences holding that noun are read."""
        language = self.document.language
        thing = question_terms(language, noun)[:1]
        sentences = self.document.sentences
        return np.array([
            bool(thing) and thing[0] in found and names_the_asked_thing(language, sentences[i].text, question)
            for i, found in enumerate(self._term_sets)
        ], dtype=bool)

    def _clock_times(self) -> np.ndarray:
        """Per sentence, whether it gives a time of day; worked out for the first question asking one."""
        if self._clocks is None:
            self._clocks = np.array([tells_clock_time(s.text) for s in self.document.sentences], dtype=bool)
        return self._clocks

    def _carried(self, terms: set[str]) -> np.ndarray:
        """Per sentence, the weight of the question words the sentence before it in its paragraph
        holds and it lacks (read from the postings; summed as in `_Bm25.weighted_scores`, a word
        being carried to few sentences)."""
        carried = array("d", bytes(8 * len(self._term_sets)))
        for term in terms:
            if term not in self._sentences.postings:
                continue
            if term not in self._carried_to:  # kept per word: a chat's questions share their words
                after = [i + 1 for i in self._sentences.postings[term][0] if i + 1 < len(self._term_sets)]
                self._carried_to[term] = [
                    i for i in after if (self._same_before[i] or self._points_back[i]) and term not in self._term_sets[i]
                ]
            idf = self._sentences.idf[term]
            for i in self._carried_to[term]:
                carried[i] += idf
        return np.frombuffer(carried)

    def _lacking(self, term: str) -> np.ndarray:
        """Per sentence, whether it lacks the term (read from the postings, not from every sentence)."""
        lacking = np.ones(len(self._term_sets), dtype=bool)
        if term in self._sentences.postings:
            lacking[self._sentences.postings[term][0]] = False
        return lacking

    def _holding_pairs(self, pairs: set[tuple[str, str]]) -> list[int]:
        """The sentences holding both words of one of the pairs: the only ones a pair can be in."""
        postings = self._sentences.postings
        holding: set[int] = set()
        for first, second in pairs:
            if first in postings and second in postings:
                rarer, other = sorted((first, second), key=lambda term: len(postings[term][0]))
                holding.update(i for i in postings[rarer][0] if other in self._term_sets[i])
        return sorted(holding)

    def _holding(self, kinds: set[str], terms: set[str]) -> np.ndarray:
        """Per sentence, whether it holds something of an asked kind that is not a question word.
        Only the sentences offering that kind at all (`_offering`) are looked at. A day that only
        says when someone spoke ("officials said Monday") is no date of what a "when" question
        asks, unless the question asks about the saying ("When was the plan announced?")."""
        about_saying = bool(terms & reporting_terms(self.document.language.code))
        holds = np.zeros(len(self._offers), dtype=bool)
        holds[[i for kind in kinds for i, offered in self._offering(kind, about_saying) if not offered <= terms]] = True
        return holds

    def _offering(self, kind: str, about_saying: bool) -> list[tuple[int, frozenset[str]]]:
        """The sentences offering anything of a kind, each with what it offers (for a date not
        asked about a saying, less the days of saying), listed the first time a question asks it:
        the questions about one article ask the same few kinds."""
        key = (kind, kind == "date" and not about_saying)
        if key not in self._offered_by:
            listed = [(i, offered[kind]) for i, offered in enumerate(self._offers) if offered[kind]]
            if key[1]:
                language, sentences = self.document.language, self.document.sentences
                listed = [(i, found - days_of_saying(language, sentences[i].text)) for i, found in listed]
            self._offered_by[key] = listed
        return self._offered_by[key]

    def _members_asked(self, question: str, kinds: set[str], terms: set[str]) -> tuple[str, frozenset[str]]:
        """For a question asking for a category and no other kind ("What animal had he eaten?"), its
        stem and the article's words naming one of it (`categories.asked_members`)."""
        if kinds:
            return "", frozenset()
        thing, members = asked_members(question, self.document.language.code)
        return thing, frozenset(members & self._sentences.idf.keys()) - terms

    def _links_in(self, term: str, parts: _Parts) -> tuple[tuple[str, float], ...]:
        """`links`, and for the category the question asks, the article's words naming one."""
        links = self.links(term) + (parts.stand_ins or {}).get(term, ())
        return links + tuple((member, MEMBER_LINK) for member in parts.members) if term == parts.thing else links

    def _roles_asked(self, terms: set[str], kinds: set[str]) -> frozenset[str]:
        """For a "who runs X" question, the titles its words of leading stand for; for "who is X's
        chief executive?", the titles it names. A sentence answers with one of those titles, not
        with the verb: "Who leads Emirates?" is not answered by "the cutback led the French
        manufacturer to ..." but by "Emirates President Tim Clark"."""
        if "name" not in kinds:
            return frozenset()
        leading = {term for term in terms if term in self._titles}
        named = terms & self._title_stems
        return frozenset().union(named, *(self._titles[term] for term in leading))

    def _names_a_holder(self, index: int, titles: frozenset[str], asked: frozenset[str]) -> bool:
        """Whether sentence `index` holds one of the titles as one person's title: in English not
        in the plural ("executives of both companies"), not as a verb ("Boeing managed to") or
        another word of the title's stem ("runs GateHouse through a management contract", unless the
        question says that word), not one held before ("former leader Hugo Chávez", `_NO_LONGER`)
        when the question asks who holds it now (`_ASKED_NOW`), not
        below the top ("senior director", "vice president") and not as an adjective ("principal
        meteorologist", "chief economist", but "chief executive"), unless the question's own words
        (`asked`, lower case) ask for that post ("Kennedy's vice president", "the head coach")."""
        language = self.document.language
        if language.code != "en":
            return True
        tokens, stems = self._words_and_terms(index)
        forms = title_words(language.code) | asked
        named = [
            bool(stem) and stem[0] in titles and (token.lower() in forms or token.lower()[:-1] in forms)
            for token, stem in zip(tokens, stems)
        ]
        gone = _NO_LONGER if asked & _ASKED_NOW else frozenset()
        held = [
            holds
            and not (k > 0 and tokens[k - 1].lower() in _BELOW_THE_TOP - asked)
            and not any(tokens[j].lower() in gone for j in range(max(0, k - 2), k))
            and not (
                token.lower() in _ADJECTIVE_TITLES and k + 1 < len(tokens)
                and tokens[k + 1].isalpha() and tokens[k + 1].islower() and not named[k + 1]
                and tokens[k + 1] not in asked
            )
            for k, (token, holds) in enumerate(zip(tokens, named))
        ]
        plural = [
            holds and token.lower().endswith("s") and not token.lower().endswith("ss")
            and question_terms(language, token[:-1]) == stem
            for token, stem, holds in zip(tokens, stems, held)
        ]
        # "chief executives": the title word before a plural one is plural too
        return any(
            holds and not plural[k] and not (k + 1 < len(tokens) and held[k + 1] and plural[k + 1])
            for k, holds in enumerate(held)
        )

    def _asks(self, question: str) -> set[str]:
        """The kinds the question asks (`kinds.asks`), a size loosened to a number where the article
        gives no size anywhere: "How big is the fleet?" is then answered by "270 aircraft"."""
        kinds = asks(question)
        if kinds and kinds <= set(SIZES) and not kinds & self._offered_anywhere:
            return {"number"}
        return kinds

    def phrase_in(self, sentence: Sentence, question: str) -> tuple[int, int] | None:
        """The answering words of any sentence shown for the question (`Answer.phrase` covers only
        the first), for a front end that puts another sentence first."""
        kinds = self._asks(question)
        terms = set(question_terms(self.document.language, question))
        members = self._members_asked(question, kinds, terms)[1]
        return answer_phrase(
            self.document.language, sentence.text, question, kinds, self._roles_asked(terms, kinds), self._names,
            members, self._standing_in(terms, sentence.index),
        )

    def lacks_words_of(self, question: str, sentence: Sentence) -> bool:
        """Whether the question has content words and the sentence holds none of them, as written or
        through a bridge (`links`)."""
        asked = question_terms(self.document.language, question)
        held = self._term_sets[sentence.index]
        return bool(asked) and not any(
            term in held or any(other in held for other, _ in self.links(term)) for term in asked
        )

    def _in_numbers(self, measures: set[str]) -> np.ndarray:
        """Per sentence, whether it gives an asked measure in numbers ("40 minutes"), not only in
        words ("for a decade", "plus d'un an"). A vague amount answers "how long" too, so its
        sentence holds the measure (`_Parts.holds`), but it is as often said in passing, so it adds
        no weight of its own (`_Parts.measured`): the question's words must choose it."""
        return np.array([
            any(offered[measure] - INDEFINITE for measure in measures) for offered in self._offers
        ], dtype=bool)

    def _mean_weight(self, terms: set[str]) -> float:
        idf = self._sentences.idf
        return float(np.mean([idf.get(term, 0.0) for term in terms])) if terms else 0.0

    def _counted_near(self, counted: str, before: int = 2, after: int = 2, linked: bool = True) -> np.ndarray:
        """Per sentence: does the thing a "how many" question counts, or a word standing for it
        ("256 Sitze" for "wie viele Mandate"), stand at most `before` words before a number or
        `after` words after it (`after=1` alone: the number's own unit, "four years"). A word before
        a number that counts a part of other things does not count: "a NASA planetary scientist ...
        said two of the three requirements" counts requirements, not scientists. `linked=False`
        takes the counted word alone. Remembered per article (read-only): one question asks it of
        the same word several times, once per sentence when it declines."""
        key = (counted, before, after, linked)
        if key in self._counted_near_by:
            return self._counted_near_by[key]
        wanted = {counted} | ({other for other, _ in self._counted_links(counted)} if linked else set())
        near = np.zeros(len(self._term_lists), dtype=bool)
        for i, terms in enumerate(self._term_lists):
            if not wanted & self._term_sets[i]:
                continue
            near[i] = any(
                bool(wanted.intersection(terms[p: p + after + 1]))
                or (bool(wanted.intersection(terms[max(0, p - before): p])) and not _part_of_others(terms, p, wanted))
                for p in self._numbers_in(i)
            )
        near.flags.writeable = False
        self._counted_near_by[key] = near
        return near

    def _counted_links(self, counted: str) -> tuple[tuple[str, float], ...]:
        """The words that may stand for the thing a "how many" question counts: its links, and the
        things of its kind the article counts (`_counted_alike`)."""
        return self.links(counted) + self._counted_alike(counted)

    def _counted_alike(self, counted: str) -> tuple[tuple[str, float], ...]:
        """The things the article counts (a noun right after a number, `counted.counted_nouns`) of a
        kind with the thing a "how many" question counts: one of the kind it names (`categories`:
        "30 cars" for "How many vehicles ...?", "19 handguns" for "How many weapons ...?"); or the
        counted word links to the thing's other number ("Unternehmen" to "Firma", where the article
        counts "1.350 Firmen"); or the two share `ALIKE_SHARED` links, one of them close ("Menschen"
        and "Einwohner": "Person", "Volk", "Individuum"). No table joins such things in one step, and
        "Wie viele Menschen leben in Kellbach?" was declined as asking about a thing the article
        never names, beside "lebten dort 48.200 Einwohner". Only counted things are looked at: a
        thing named without a number stands for nothing counted; and one shared link joins too much
        ("Menschen" and "Arten" share "Charakter"). Remembered per article, like `links`."""
        if counted in self._alike:
            return self._alike[counted]
        code = self.document.language.code
        members = members_of(code, counted)
        linked = {other: weight for other, weight in self.links(counted)}
        alike = []
        for thing in sorted(self._counted_in_article() - {counted}):
            shared = linked.keys() & {other for other, _ in self.links(thing)}
            if thing in members or any(form in linked for form in other_number(thing, code)) or (
                len(shared) >= ALIKE_SHARED and any(linked[other] >= THING_LINK for other in shared)
            ):
                alike.append((thing, ALIKE))
        self._alike[counted] = tuple(alike)
        return self._alike[counted]

    def _counted_act(self, counted: list[str], terms: set[str]) -> list[str]:
        """What a "how many" question counting people in general counts, where the article counts
        no people but counts the act that the question's verb names: "How many people have died?" is
        answered by "7,793 deaths", "How many people were arrested?" by "14 arrests". The count of
        the act is then the thing counted (a synonym or a derived form of the verb, at full weight)."""
        language = self.document.language
        if not counted or not counts_anyone(language, counted[0]) or self._counted_near(counted[0]).any():
            return counted
        things = self._counted_in_article()
        acts = sorted({other for term in terms - {counted[0]} for other, weight in self._known_links(term)
                       if weight >= 1.0 and other in things})
        return acts[:1] or counted

    def _counted_in_article(self) -> frozenset[str]:
        """The terms of the nouns the article's numbers count (each word of an English, French or
        Spanish phrase, "14 boats sank": which is the noun is not read), worked out once."""
        if self._counted_things is None:
            language = self.document.language
            things: set[str] = set()
            for sentence in self.document.sentences:
                for noun in counted_nouns(language.code, sentence.text, readable=True) or ():
                    for word in noun.split():
                        things.update(question_terms(language, general_form(word)))
            self._counted_things = frozenset(things)
        return self._counted_things

    def _counts_other_things(self, index: int, counted: str, asked: Collection[str] = ()) -> bool:
        """Whether every count of the sentence names a noun (`counted.counted_nouns`) that is neither
        the thing a "how many" question counts nor a word standing for it: its numbers answer
        how many of something else. An English, French or Spanish sentence is judged only when it
        writes the counted word itself, in lower case, away from every number ("More than 600,000
        Israelis live in settlements ..." for "How many settlements are there?"), or names the
        thing only loosely (`_never_named_closely`: "Lyon bowled 40 overs" for "How many
        spectators ...?" on a page saying only "watched"): elsewhere its count's noun is as often
        the thing in other words ("3,000 vacancies" for "vacant jobs", "6 snaps" for "plays"),
        which cost 9 answerable reworded dev questions when every such sentence was judged; a word
        bridged to it ("took over" for "picks") or a name holding it ("Czerniaków Lake" for
        "lakes") is no sign the sentence speaks of the thing. There a count naming any word of the
        question (`asked`: "the two finalists" for "How many stadiums were named as finalists?")
        may be the answer, and people may be counted by any role ("three astronauts",
        `counted.counts_anyone`). In every language a noun another word of the question stands for
        closely is no other thing: "Wie viele Senioren leben im Heim?" is answered by "210
        Bewohner" ("leben" and "Bewohner" are of one family of meaning), which no table joins to
        "Senioren"."""
        language = self.document.language
        if counts_anyone(language, counted) and counts_only_measures(language.code, self.document.sentences[index].text):
            return True
        nouns = counted_nouns(language.code, self.document.sentences[index].text)
        if nouns is None:
            return False
        wanted = {counted} | {other for other, _ in self._counted_links(counted)}
        if language.code in PHRASES_COUNTED:
            tokens, token_terms = self._words_and_terms(index)
            written = any(counted in terms and token[:1].islower() for token, terms in zip(tokens, token_terms))
            if counts_anyone(language, counted) or self._counted_near(counted)[index] or not (
                    written or self._never_named_closely(counted)):
                return False
            wanted |= asked
        wanted |= {other for term in asked for other, _ in self._close_links(term)}
        return not any(wanted.intersection(question_terms(language, form))
                       for noun in nouns for form in {noun, general_form(noun)})

    def _words_and_terms(self, index: int) -> tuple[list[str], list[list[str]]]:
        """A sentence's words and each word's terms, worked out once."""
        if index not in self._words_of:
            tokens = words(self.document.sentences[index].text)
            self._words_of[index] = (tokens, [question_terms(self.document.language, token) for token in tokens])
        return self._words_of[index]

    @property
    def _vague_count(self) -> re.Pattern[str]:
        """The words of a count without a number in the article's language (`_VAGUE_COUNT`)."""
        return _VAGUE_COUNTS.get(self.document.language.code, _VAGUE_COUNT)

    def _vaguely_counted(self, counted: str) -> np.ndarray:
        """Per sentence: does a word giving a count without a number (`_VAGUE_COUNT`) stand within
        three words of the thing a "how many" question counts or a word standing for it ("dozens of
        protesters", "Muslim empires number in the dozens", "none of the treaties"). "Many in Hong
        Kong will deplore that decision" counts no protesters, though a protester is named later on.
        Only a close word stands for the thing (`_close_links`): "varias organizaciones de prensa"
        counts no people ("persona" and "organización" meet at half a link, through a legal person)."""
        if counted in self._vague_counts:
            return self._vague_counts[counted]
        wanted = {counted} | {other for other, _ in self._close_links(counted)}
        near = np.zeros(len(self._term_sets), dtype=bool)
        for i, sentence in enumerate(self.document.sentences):
            if not wanted & self._term_sets[i] or not self._vague_count.search(sentence.text):
                continue
            tokens, stems = self._words_and_terms(i)
            marks = [p for p, token in enumerate(tokens) if self._vague_count.fullmatch(token)]
            near[i] = any(term in wanted for p in marks for found in stems[max(0, p - 3):p + 4] for term in found)
        self._vague_counts[counted] = near
        return near

    def _count_reach(self, parts: _Parts) -> tuple[np.ndarray, np.ndarray]:
        """What answers a "how many" question with a counted thing (`_counts_near` without its
        loose word list): a sentence holding a number, or a vague count beside the counted thing
        (`_vaguely_counted`); and what may take over from a neighbour."""
        vague = self._vaguely_counted(parts.counted[0])
        takes = parts.holds if parts.takes is None else parts.takes
        return parts.holds | vague, takes | vague

    def _counts_others(self, counted: str) -> np.ndarray:
        """Per sentence: does each of its numbers count some other thing ("5 million face masks"
        for "how many flights"), so it cannot be the count its neighbour lacks. Remembered per
        article (read-only), like `_counted_near`: an article's questions count the same things again."""
        if counted in self._counts_others_by:
            return self._counts_others_by[counted]
        wanted = {counted} | {other for other, _ in self._counted_links(counted)}
        others = np.zeros(len(self._term_lists), dtype=bool)
        for i, terms in enumerate(self._term_lists):
            numbers = self._numbers_in(i)
            others[i] = bool(numbers) and all(_counts_its_own(terms, p, wanted) for p in numbers)
        others.flags.writeable = False
        self._counts_others_by[counted] = others
        return others

    def _counts_a_thing(self, index: int, terms: set[str], unit_asked: bool, compares: bool = False) -> bool:
        """Whether a sentence holds a number that may count what a "how many" question asks: one
        that is no sum of money, no word of the question, and no measure (unless the counted thing
        is its unit, `unit_asked`: "84 livres ont été critiqués" counts the books "Combien de livres
        … ?" asks of, though "livres" are pounds too). The scale word of a measured amount counts
        nothing either: "nearly $80 million in ad spending over eight weeks" answered "How many
        volunteers does the campaign have in Georgia?" through "million"."""
        offered = self._offers[index]
        left = offered["number"] - (frozenset() if unit_asked else offered["money"]) - terms
        if not left:
            return False  # no number left to count: the sentence's measures need no reading
        # A factor multiplies, it counts nothing unless times are counted or compared: "more than three
        # times as long" does not answer "How many justices voted against the ruling?", "18 times the
        # number of tuft cells" answers "How many more tuft cells than expected …?".
        measuring = frozenset() if unit_asked else self._measuring(index) | (frozenset() if compares else offered["factor"])
        left -= measuring
        return bool(left) and not (all(is_scale(word) for word in left) and bool(offered["money"] | measuring))

    def _measuring(self, index: int) -> frozenset[str]:
        """The stems of a sentence's numbers that only measure (`measures.measuring_numbers`): "seven
        years before" does not answer "How many scientists worked on the map?". A number with a
        decimal point or a clock's ("22.30 horas") is two terms in the sentence, so each part is
        one of its stems too."""
        if index not in self._measuring_by_sentence:
            language = self.document.language
            measuring, counting = measuring_numbers(self.document.sentences[index].text, is_number)
            counted = {language.stem(word) for word in counting}
            self._measuring_by_sentence[index] = frozenset(
                stem for word in measuring - counting for stem in (language.stem(word), *words(word)) if stem not in counted
            )
        return self._measuring_by_sentence[index]

    def _numbers_in(self, index: int) -> list[int]:
        """The positions of a sentence's terms that are numbers, kept once a question counts; a
        number word counts by the stem it offers too ("cuatro" is the term "cuatr")."""
        if index not in self._number_positions:
            offered = self._offers[index]["number"]
            self._number_positions[index] = [
                p for p, term in enumerate(self._term_lists[index])
                if (is_number(term) and not is_code(term)) or term in offered
            ]
        return self._number_positions[index]

    def combine(self, parts: _Parts, t: Tuning) -> np.ndarray:
        """Every sentence's ranking score under the weights `t` (kept apart so tuning is cheap)."""
        carry = np.where(self._points_back, t.carry_pointing, t.carry)
        own = parts.own + t.bridge * parts.own_bridged + carry * parts.carried
        scores = own + t.paragraph * (parts.paragraphs + t.bridge * parts.paragraphs_bridged)
        scores += t.prefix * parts.prefixes + t.title * parts.title
        if t.neighbours:
            before = np.concatenate(([0.0], own[:-1])) * self._same_before
            after = np.concatenate((own[1:], [0.0])) * self._same_after
            scores += t.neighbours * (before + after)
        scores += t.pairs * parts.pairs * (scores > 0)
        if parts.measured is not None:
            scores += t.measure * parts.measured
        if parts.holds is not None:
            self._weigh_kinds(scores, parts.holds, parts.kinds, parts.narrow, t, parts.takes)
        if t.closeness or t.in_order:
            scores += self._closeness(parts, scores, t)
        if t.asks_itself and self._questions.any():
            asking = scores * self._questions
            asking[1:] = np.maximum(asking[1:], (scores * self._posing)[:-1])  # "Why?" asks what came before
            scores -= t.asks_itself * (scores * (self._questions | self._posing))
            # What follows a question in its paragraph is likeliest its answer ("South Dakota's got a meth problem").
            after = np.concatenate(([0.0], asking[:-1])) * self._answers_before * t.neighbour_takes
            np.maximum(scores, after, out=scores)
        return scores

    def _closeness(self, parts: _Parts, scores: np.ndarray, t: Tuning) -> np.ndarray:
        """How closely each of the `CLOSE_CANDIDATES` best sentences words the question (0 for the
        others): its question words close together (`Tuning.closeness`) and in the question's
        order (`Tuning.in_order`). Only a handful are looked at, so this costs little on a long
        article, and a sentence far down the ranking cannot climb on wording alone. For a "why"
        question a sentence giving no reason gets nothing: "La piscine a fermé lundi" says what
        "Pourquoi la piscine a-t-elle fermé ?" says, and that is all it says. Nor does a sentence
        lacking the measure asked: "How heavy was the president at his last checkup?" is answered by
        "he clocked in at 243 pounds", not by a quote calling it "a routine checkup". Nor one naming
        nothing of the category a "what X" question asks: "What was Li Wenliang's job?" is answered
        by "He worked as an ophthalmologist", not by the sentence that names him."""
        bonus = np.zeros(len(scores))
        if len(parts.terms) < 2:
            return bonus
        top = np.argsort(-scores, kind="stable")[:CLOSE_CANDIDATES]
        top = top[scores[top] > 0]
        if (parts.kinds == {"cause"} or parts.kinds & MEASURE_KINDS or parts.members) and parts.holds is not None:
            top = top[parts.holds[top]]
        tightness, weight, in_order = self.wording(parts, top)
        bonus[top] = t.closeness * tightness * weight + t.in_order * in_order
        return bonus

    def wording(self, parts: _Parts, chosen: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For each chosen sentence, how closely it words the question (all 0 for one holding
        fewer than two question words): how tightly it holds them (the words it holds, less one,
        over the words of the shortest run holding them, less one), their weight, and how many of
        them, past the first, it holds in the question's order."""
        tight, weight, in_order = np.zeros(len(chosen)), np.zeros(len(chosen)), np.zeros(len(chosen))
        idf, terms = self._sentences.idf, parts.terms
        for k, i in enumerate(np.asarray(chosen).tolist()):
            if len(self._term_sets[i] & terms) < 2:
                continue
            found = [(position, term) for position, term in enumerate(self._term_lists[i]) if term in terms]
            matched = {term for _, term in found}
            if len(matched) < 2:
                continue
            tight[k] = (len(matched) - 1) / (_shortest_span(found, len(matched)) - 1)
            weight[k] = sum(idf[term] for term in matched)
            in_order[k] = _longest_in_order(parts.asked, [term for _, term in found]) - 1
        return tight, weight, in_order

    def _compound_heads(self) -> dict[str, list[str]]:
        """Each ending of the article's words long enough to be a compound's head -> those words; of
        a derived noun also the endings of what it derives from (`_base`), so "Ministerium" finds
        the article's "Familienministerin"."""
        heads: dict[str, list[str]] = defaultdict(list)
        for term in set(self._sentences.idf) | self._title_terms:
            base = self._base(term)
            for form in {term, base}:
                for start in range(COMPOUND_PART - 1, len(form) - COMPOUND_PART + 1):
                    heads[form[start:]].append(term)
            if base != term:
                self._derived_from[base].append(term)
        return heads

    def _base(self, term: str) -> str:
        """The term of the noun a derived noun comes from (`_DERIVED`): "ministerin" -> "minist"."""
        ending = _DERIVED.get(self.document.language.code)
        stripped = ending.sub("", term) if ending is not None else term
        return self.document.language.stem(stripped) if stripped != term else term

    def opens_pointing(self, index: int) -> bool:
        """Whether the sentence opens with a word pointing back ("He", "This", "Elle") at the
        sentence before it in its paragraph."""
        return bool(self._opens_pointing[index])

    def links(self, term: str) -> tuple[tuple[str, float], ...]:
        """The words a question word may stand for: its bridges (also as the article inflects
        them: a table's "mor" of "morir" reaches the article's "muri" of "murió"), and in
        compounding languages the article's compounds it heads and the head of its own compound
        that the article uses."""
        if term not in self._links:
            verb = verb_of_term(self.document.language.code, term)
            # A participle's own bridges (its adjective's: "verhaftet" -> "eingesperrt") and its verb's
            # ("verhaft" -> "festnehm"); cutting a letter or two off a participle finds no word of it.
            own = self.bridges.near(term) if verb is None else _merged(self.bridges.of(term), self.bridges.near(verb))
            if verb is not None:
                # The noun of its act and that noun's bridges: "geehrt" -> "Ehrung" -> "Auszeichnung".
                own = _merged(own, *(((noun, DERIVED), *((other, weight * DERIVED) for other, weight in self.bridges.of(noun)))
                                     for noun in nouns_of_verb(self.document.language.code, verb) if self.bridges.knows(noun)))
            if term not in self._sentences.idf:
                # A paraphrase only for a word the article never uses (`bridges.LOOSE_TABLES`), and
                # the article's closed compounds it heads ("smartphones" for "phones").
                own = _merged(own, self._loose_bridges.near(term), tuple((other, COMPOUND) for other in self._closed_heads.get(term, ())))
            found = list(own) + [(word, 1.0) for word in self._initials.get(term, ())] + list(self._verbs_back.get(term, ()))
            found += [(other, 1.0) for other in _shares_as_percent(self.document.language.code).get(term, ())]
            # "Firmen" for "Firma" and its bridges, "Unternehmen" (`plural_stems`); "appoint" and its
            # bridges, "nominate", for "reappoint" (`again`).
            rest = unprefixed(self.document.language.code, term, self.bridges.knows)
            for other in (*other_number(term, self.document.language.code), *((rest,) if rest else ())):
                found += [(other, 1.0), *self.bridges.near(other)]
            found += [(form, 1.0) for form in self._again.get(term, ())]
            # The verb of a noun of its act, and so its forms: "festgenommen" for "Festnahme".
            acting = verb_of_act_noun(self.document.language.code, term)
            found += [(acting, DERIVED)] if acting else []
            # The same verb in another form: "genutzt" for the question's "nutzen" and back.
            found += [(form, 1.0) for form in (verb, *self._participles.get(verb or term, ())) if form and form != term]
            # A finite form for the article's participle: "gründete" ("grundet") for "gegründet".
            found += [(form, PARTICIPLE) for stem in shortened(term) for form in self._participles.get(stem, ()) if form != term]
            # The article's participles of a noun of an act, its own or a bridge's: "geehrt" for
            # "Ehrung", and for "Auszeichnung" through it.
            found += [(form, PARTICIPLE * weight) for other, weight in ((term, 1.0), *own)
                      for form in self._participles.get(verb_of_noun_of_act(self.document.language.code, other) or "", ())
                      if form != term]
            inflected = self._inflected.get
            found += [(form, weight) for other, weight in found for form in inflected(other, ())]
            if self._heads is not None:
                known = self._sentences.idf
                parts = [term[start:] for start in range(COMPOUND_PART - 1, len(term) - COMPOUND_PART + 1)]
                found += [(other, COMPOUND) for other in self._heads.get(term, ())]
                base = self._base(term)
                if base != term:
                    # "Ministerium" for the article's "Minister", "Ministerin" or "Außenminister".
                    found += [(other, DERIVED) for other in (base, *self._derived_from.get(base, ())) if other in known]
                    found += [(other, COMPOUND) for other in self._heads.get(base, ())]
                found += [(other, DERIVED) for other in self._derived_from.get(term, ())]
                # A head is a noun: "Fischarten" ends in "hart" and "Neugründung" in "rund", written
                # in lower case ("rund 48.000"), no head of theirs.
                found += [(head, COMPOUND) for head in parts if head in known and (self._nouns is None or head in self._nouns)]
                # A synonym's head, the thing it is a kind of: "Kraftfahrzeug" makes the article's
                # "Fahrzeuge" stand for "Autos".
                found += [(head, COMPOUND) for other, weight in list(found) if weight >= 1.0
                          for head in self._head_known(other)]
                if not any(other in known for other, _ in own):
                    # The head's own bridges, for a compound whose bridges the article lacks:
                    # "Parteichef" finds "der Vorsitzende der Partei" through "Chef" (its own
                    # "Parteivorsitzende" is not written).
                    head = next((part for part in parts if self.bridges.knows(part)), None)
                    found += [(other, COMPOUND * weight) for other, weight in self.bridges.of(head)] if head else []
                # A synonym in place of one of its parts: "Selbsterhitzung" for "Selbsterwärmung".
                found += swapped_parts(term, self.bridges.of, known, COMPOUND_PART)
                # Its first part too, more weakly: "Strom" for the article's "Stromkunden".
                found += [(other, MODIFIER) for other in self._compound_starts.get(term, ())]
                # Another compound with the same head: "Umweltschützer" for "Naturschützer".
                found += [(other, SHARED_HEAD) for head in parts if len(head) >= SHARED_HEAD_PART
                          for other in self._heads.get(head, ()) if other != term]
            self._links[term] = tuple(found)
        return self._links[term]

    def _head_known(self, term: str) -> tuple[str, ...]:
        """The longest head of a compound term that the article uses as a noun, or nothing."""
        known = self._sentences.idf
        return next(((term[start:],) for start in range(COMPOUND_PART, len(term) - COMPOUND_PART + 1)
                     if term[start:] in known and (self._nouns is None or term[start:] in self._nouns)), ())

    def _verb_forms_asked(self, question: str) -> set[str]:
        """The article's forms of each verb whose past participle the question writes and the article
        does not, and the noun of its act: "gründete" for "gegründet", "pumpt (auf)" for "aufgepumpt",
        "Senkungen" for "gesenkt" (`participles`)."""
        language = self.document.language
        found: set[str] = set()
        for word in words(question):
            term = question_terms(language, word)[:1]
            if term and term[0] not in self._sentences.idf:
                for verb in verbs_of(language, word):
                    found.update(self._verb_stems.get(verb, ()))
                    found.update(noun for noun in nouns_of_verb(language.code, verb) if noun in self._sentences.idf)
        return found

    def _bridged(self, terms: set[str]) -> dict[str, float]:
        """Article words a bridge links to a question word, with the strongest link's weight."""
        bridged: dict[str, float] = {}
        for term in terms:
            for other, weight in self._known_links(term):
                if other not in terms and bridged.get(other, 0.0) < weight:
                    bridged[other] = weight
        return bridged

    def _known_links(self, term: str) -> tuple[tuple[str, float], ...]:
        """The term's links to words the article's sentences or sub-headings use, in `links` order:
        most links lead out of the article, and a question asks again about the same words. A
        sub-heading's word counts: "Q: Favorite athlete?" heads the answer "A: Lebron James", which
        "Who is his favourite sportsman?" reaches only through it."""
        if term not in self._links_known:
            known, headed = self._sentences.idf, self._heading_terms
            self._links_known[term] = tuple([link for link in self.links(term) if link[0] in known or link[0] in headed])
        return self._links_known[term]

    def _weigh_kinds(
        self, scores: np.ndarray, holds: np.ndarray, kinds: set[str], narrow: bool, t: Tuning, takes: np.ndarray | None,
    ) -> None:
        """Favour sentences holding the kind of thing asked; a neighbour holding it may take over.

        The answer to "when did they open it" often sits in the sentence after the one that
        matches the question's words ("It opened in May."), so a candidate without a date loses
        part of its score and its neighbour in the same paragraph, if it has one, gets most of it.
        For "why", a sentence whose only sign of a reason is a quotation is neither favoured nor
        takes over from its neighbour: quoted words beside the act ("... considers the criticism to
        be a 'silly argument'") outranked the sentence giving the reason on 3 of SQuAD 1.1's why
        questions, and lost it on one reworded dev question whose quote explained.
        """
        before = scores.copy()
        lacking = (scores > 0) & ~holds
        if kinds == {"cause"}:
            lacks = t.lacks_cause
        elif narrow:
            lacks = t.lacks_measure
        else:
            lacks = t.lacks_count if kinds & {"date", "number"} else t.lacks_kind
        scores *= np.where(holds, 1 + t.cue, 1 - lacks)
        if kinds == {"cause"}:
            scores /= np.where(holds & self._quoted_only(), 1 + t.cue, 1)
        if not t.neighbour_takes:
            return
        taken = t.neighbour_takes * before * (1 + t.cue) * lacking
        takers = holds if takes is None else takes
        if kinds == {"cause"}:
            takers = takers & ~self._quoted_only()  # a quotation beside the act need not say why
        from_before = np.concatenate(([0.0], taken[:-1])) * self._same_before * takers
        from_after = np.concatenate((taken[1:], [0.0])) * self._same_after * takers
        np.maximum(scores, np.maximum(from_before, from_after), out=scores)

    def _counting_first(self, parts: _Parts, scores: np.ndarray, order: list[int]) -> list[int]:
        """For a "how many" question whose best sentence has no count in its reach, the sentence
        with a number beside the counted word or a word standing for it (`_counted_near`), when it
        scores close to the best (`RUNNER_UP_SHARE`), goes first: "How many
        demonstrators have died?" is answered by "At least 106 protesters ... have been killed",
        not by "... beating demonstrators with batons", which the question's own word put first and
        which the rule of `support` for a count out of reach would decline. So does a best sentence
        whose every count is of another thing (`_counts_other_things`), which that rule declines
        too, when the runner-up writes the counted word itself beside its number: "¿Cuántas
        viviendas públicas se quieren construir?" is answered by "el plan para construir 50.000
        viviendas públicas", not by "préstamos ... de 500 millones anuales ... que construyan estas
        viviendas" (a word standing for it, "vier Nationen" for "wie viele Menschen", answered a
        question the article cannot). It must name whom the best sentence names of the question's
        names, or open pointing back at the sentence before it that does ("Fedchin and his colleagues
        launched Smolny Beyond Borders …. So far, they have taught 2,585 students"): "How many goals
        has Harry Kane scored?" is not answered by a count about his club."""
        if not parts.counted or parts.kinds != {"number"} or parts.holds is None:
            return order
        counted = parts.counted[0]
        if not self._counts_near(*self._count_reach(parts), order[0], vague=None):
            counting = parts.holds & self._counted_near(counted)
        elif self._counts_other_things(order[0], counted, parts.terms):
            counting = parts.holds & self._counted_near(counted, linked=False)
        else:
            return order
        close = np.flatnonzero(counting & (scores >= RUNNER_UP_SHARE * scores[order[0]]) & (scores > 0))
        named = parts.required & self._term_sets[order[0]]
        code, sentences = self.document.language.code, self.document.sentences
        close = [int(i) for i in close if named <= self._term_sets[i] or (
            self._same_before[i] and named <= self._term_sets[i - 1] and pronoun_opens_clause(code, sentences[i].text))]
        if not close:
            return order
        return _best_first(close, scores, order)

    def _dated_first(self, question: str, parts: _Parts, scores: np.ndarray, order: list[int]) -> list[int]:
        """For a "when" question about one event to come (`dates.asks_ahead`) whose best sentence has
        no date in its reach, the sentence giving a date, telling of a time to come
        (`dates.tells_ahead`) and holding a word of the question, when it scores close to the best
        (`RUNNER_UP_SHARE`), goes first: "¿Cuándo estarán listas las viviendas de alquiler?" is
        answered by "unas 20.000 viviendas construidas para el 2027-2028", not by the loans for
        building "estas viviendas de alquiler", which the rule of `support` for a date out of reach
        would decline. Asked of the past, the runner-up's date was as often another event's ("The
        group had set a deadline of Tuesday" for "When was the doctors' group founded?")."""
        if parts.kinds != {"date"} or parts.holds is None or not (asks_when_one_event(question) and asks_ahead(question)):
            return order
        if self._counts_near(parts.holds, parts.takes, order[0], vague=_TOLD_WHEN_OTHERWISE):
            return order
        code = self.document.language.code
        near = parts.holds & (scores >= RUNNER_UP_SHARE * scores[order[0]]) & (scores > 0)
        close = [int(i) for i in np.flatnonzero(near)
                 if parts.terms & self._term_sets[i] and tells_ahead(code, self.document.sentences[i].text)]
        return _best_first(close, scores, order) if close else order

    def _own_age_first(self, parts: _Parts, scores: np.ndarray, order: list[int]) -> list[int]:
        """For "how old" whose best sentence has no age in its reach, the sentence giving an age that
        is not someone else's (`_ages_of_others`) goes first when it scores close to the best
        (`RUNNER_UP_SHARE`) and shares a name with it: "How old is Scooter Braun?" is answered by
        "..., Braun, 38 – who reps ...", not by the sentence naming him in full with no age, which
        the rule of `support` for an age out of reach would decline."""
        if parts.kinds != {"age"} or parts.holds is None or self._counts_near(parts.holds, parts.takes, order[0], vague=None):
            return order
        named = parts.specific & self._term_sets[order[0]]
        close = [
            int(i) for i in np.flatnonzero(parts.holds & (scores >= RUNNER_UP_SHARE * scores[order[0]]) & (scores > 0))
            if not named or named & self._term_sets[i]
        ]
        if not close:
            return order
        return _best_first(close, scores, order)

    def _pick(self, scores: np.ndarray, terms: set[str], top: int) -> list[int]:
        """The best sentence, then runners-up marked down for matching only what is already shown.

        A runner-up loses `redundancy` times the share of its matched question weight that the
        sentences above it already matched; only the few best candidates are considered, so the
        order past them is the plain ranking.
        """
        ranked = [int(i) for i in np.argsort(-scores, kind="stable")[: max(top, 1) * 5]]
        if top <= 1 or not self.tuning.redundancy:
            return ranked[:top]
        idf = self._sentences.idf
        matched = {i: self._term_sets[i] & terms for i in ranked}
        chosen, pool = ranked[:1], ranked[1:]
        while pool and len(chosen) < top:
            shown = set().union(*(matched[i] for i in chosen))

            def adjusted(i: int) -> float:
                weight = sum(idf[term] for term in matched[i])
                repeated = sum(idf[term] for term in matched[i] & shown)
                return scores[i] * (1 - self.tuning.redundancy * repeated / weight) if weight else scores[i]

            runner_up = max(pool, key=adjusted)
            pool.remove(runner_up)
            chosen.append(runner_up)
        return chosen

    def support(self, question: str, parts: _Parts, best: int, tuning: Tuning | None = None) -> float:
        """How well the article covers the question, 0..1, or 0 when a hard rule declines.

        The share of the question's weight the best sentence's paragraph (with the title) covers,
        minus the share the whole article lacks, scaled from -1..1 to 0..1. Hard rules: no sentence
        holds the kind asked (a pace, `kinds.asks_a_pace`, is told without one too), the question has a number the article never mentions ("in 2015"), or
        every question word that is not a name, a number or a light verb is absent from the article.
        """
        terms = self._asked_of_article(parts)
        if not terms or (
            parts.kinds and not parts.kinds & self._offered_anywhere and not asks_a_pace(question)
            and not (parts.kinds == {"name"} and asks_who(self.document.language.code, question)
                     and self._naming_people(parts.terms).any())
            and not (parts.kinds == {"cause"} and self._purpose_told())
        ):
            return 0.0
        if self._name_not_given(question, best, parts.terms) or (parts.unsaid is not None and parts.unsaid[best]):
            return 0.0
        if not parts.kinds and self._never_named(question):
            return 0.0  # "What is the telescope called?" about a page that never names the telescope
        if self._name_never_written(question):
            return 0.0  # "How long is the work permit for immigrants from Central America?" about a page on Mexico
        if self._thing_never_mentioned(question, parts):
            return 0.0  # "Is there a gym at the hotel?" about a page that never mentions a gym
        if self._speaker_never_mentioned(question, parts):
            return 0.0  # "¿Qué dijo la policía sobre los fraudes?" about a page that never mentions the police
        counted = parts.counted
        if any(self._absent(term, self._counted_links(term)) for term in counted):
            return 0.0
        measures = asked_measures(question)
        if not measures and self._measures_what_is_absent(question):
            return 0.0  # "How much memory does simdjson use?" about a page that speaks only of its speed
        if measures and measures <= _SUMS and self._sum_never_named(question):
            return 0.0  # "How much revenue did Home Depot report?" about a page giving only its earnings per share
        if counted and parts.kinds == {"number"} and parts.holds is not None:
            if not self._counts_near(*self._count_reach(parts), best, vague=None):
                return 0.0  # "How many lawmakers voted?" answered by a sentence with no number in its reach
            if not self._counted_near(counted[0])[best] and not self._shares_other_words(parts, best, t=tuning):
                return 0.0  # "How many officers were injured?" answered by "Officers arrested Battin, 33, ..."
            if self._counts_other_things(best, counted[0], parts.terms):
                return 0.0  # "Wie viele Häuser wurden zerstört?" answered by "134 Menschen kamen ... ums Leben"
        if parts.kinds == {"date"} and parts.holds is not None and asks_when_one_event(question):
            holds, takes = parts.holds, parts.takes
            if asks_ahead(question):
                past = self._dated_only_before()
                holds, takes = holds & ~past, None if takes is None else takes & ~past
            if not self._counts_near(holds, takes, best, vague=_TOLD_WHEN_OTHERWISE):
                return 0.0  # "When will the data be released?" answered by "They plan to release the data"
            if asks_ahead(question) and not self._tells_ahead_near(parts.holds, best):
                return 0.0  # "When will they go on trial?" answered by "They pleaded not guilty Tuesday"
            if self._event_untold(question, parts, best, tuning):
                return 0.0  # "When did Pochettino become manager?" answered by the month of a rescheduled game
        if parts.kinds == {"date"} and asks_clock_time(question) and not any(
            tells_time_of_day(sentence.text) for sentence in self.document.sentences
        ):
            return 0.0  # "À quelle heure les sirènes vont-elles sonner ?" about a page giving days, no time of day
        if parts.kinds == {"age"} and parts.holds is not None:
            # "How old is her mother?" answered by a sentence giving no age, or only another's; the age
            # of a thing is often told as a length of time ("4.6 billion years for samples from ...").
            spans = self._in_numbers({"duration"})
            takes = None if parts.takes is None else parts.takes | spans
            if not self._counts_near(parts.holds | spans, takes, best, vague=None):
                return 0.0
        if self._only_money_for_stuff(question, measures, best):
            return 0.0  # "How much oil does Canada produce?" answered by "producers will lose over a trillion dollars"
        if self._no_reason_near(parts, best):
            return 0.0  # "Why did NASA choose a telescope in Hawaii?" answered by a sentence giving no reason
        if self._reason_is_the_asked(question, parts, best):
            return 0.0  # "What caused the outage?" answered by "passengers had to wait because of the outage"
        body = head_asked_of(question, self.document.language.code)
        if body is not None and not names_a_head(
                self.document.sentences[best].text, body, self._body_named_around(best, body_names(question))):
            return 0.0  # "Who heads NASA?" answered by "appropriators directed NASA to ..."
        if self._act_never_told(question, parts):
            return 0.0  # "Warum wurde die Stadtmauer abgerissen?" about a page that never says it was torn down
        if self._subject_left_out(question, parts, best):
            return 0.0  # "How much does Northwind Power spend on repairs?" answered by what the water board spent
        if self._no_place_near(parts, best):
            return 0.0  # "¿En qué ciudad vive la familia?" answered by a sentence naming no place
        if self._post_left_out(question, best):
            return 0.0  # "¿Quién es el alcalde de Turre?" answered by the regional president's visit to Turre
        if self._doer_left_out(question, best):
            return 0.0  # "Who found the body?" answered by "The body of a woman has been found on Penarth beach"
        t = tuning or self.tuning
        known = self._sentences.idf
        unseen = t.unseen * self._sentences.idf_for(0)
        paragraph = self._paragraph_of[best]
        in_paragraph = self._paragraph_contexts[paragraph]
        paragraph_prefixes = self._paragraph_context_prefixes[paragraph]
        specific, required = parts.specific, parts.required
        light = LIGHT_WORDS.get(self.document.language.code, frozenset())
        total = covered = absent = 0.0
        general = general_absent = 0
        for term in terms:
            weight = known.get(term, unseen)
            links = self._links_in(term, parts)
            total += weight
            covered += _credit(term, in_paragraph, paragraph_prefixes, links, t) * weight
            missing = self._absent(term, links)
            absent += weight * missing
            if term not in specific and term not in light:
                general += 1
                general_absent += missing
            elif missing and term in required and not self._spelt_otherwise(term, question):
                return 0.0
        # "What did Christie call Trump?" is answered by a name given in quotation marks ("identified the
        # former president as “a one-man crime wave”"), however the article words the calling.
        if general and general_absent == general and name_given(
                self.document.language, self.document.sentences[best].text, question) is None:
            return 0.0
        if self._names_alone(question, parts, best, terms, t):
            return 0.0
        score = (1 + (covered - absent) / total) / 2
        if parts.kinds & MEASURE_KINDS and parts.holds is not None and parts.holds[best]:
            score = min(1.0, score + t.measure_credit)
        if parts.holds is not None and not parts.holds[best] and parts.kinds != {"cause"}:
            score -= t.lacks_support
        # "What cities ...?" about an article naming Munich but never the word "city": the place it
        # names is the thing asked.
        named_place = parts.narrow and parts.kinds == {"place"} and parts.holds is not None and parts.holds[best]
        if not parts.members and not named_place and self._lacks_thing(question):
            score -= t.lacks_thing
        return max(score, 0.0)

    def _names_alone(self, question: str, parts: _Parts, best: int, terms: set[str], t: Tuning) -> bool:
        """Whether the best sentence meets the question only in its names: it holds a name the question
        gives but none of the question's other content words (nor their family, nor a bridge to one,
        the title and its sub-heading counting as part of it), and nothing of the kind asked. "Where
        was Laurens van der Maaten born?" about a page that names him only as an algorithm's author
        (in a link line "Laurens van der Maaten's ... toolkit"): the names are the rarest words of
        the question, so coverage alone scored such a sentence high, while what the question asks
        about the person (a birthplace) is in it nowhere. Light words ("get", "old") are no content; a
        question of names and light words alone ("Who is Geoffrey Hinton?") is not judged, nor one
        asking no kind: on SQuAD 2.0 those ("What is KMJ now referred to?", "What is Pedanius
        Dioscorides known for?") were as often answerable as not, while of those asking a kind (who,
        when, where, how many, why) the best sentence lacks, 5 were answerable and 27 not."""
        if parts.holds is None or parts.holds[best]:
            return False
        held = self._term_sets[best] | self._title_terms | self._section_terms[best]
        if self._opens_pointing[best]:
            held = held | (self._term_sets[best - 1] & terms)
        language = self.document.language
        named = parts.specific & terms
        content = terms - named - LIGHT_WORDS.get(language.code, frozenset())
        category = asked_category_noun(question, language.code)
        thing = {self._as_spelt(term) for term in question_terms(language, category)}
        if not content - thing or not named & held:
            return False
        if pointing_words(language.code) & {token.lower() for token in words(question)}:
            return False  # a follow-up ("Where did he grow up?"), whose names the answer before lent it
        prefixes = _prefixes(held)
        return not any(_credit(term, held, prefixes, self._links_in(term, parts), t) > 0 for term in content)

    def _shares_other_words(self, parts: _Parts, best: int, t: Tuning | None) -> bool:
        """Whether the best sentence holds a word of a "how many" question beside the thing counted
        and its names: the word itself, its family or a bridge ("arrested", "injured", "sold").
        When it holds none of them and no number beside the counted thing either, its numbers
        count something of another event ("Officers arrested Battin, 33, who resides at 2134
        Caldwell Place" for "How many officers were injured?"). A question with no such word ("How
        many lakes are there in Warsaw?") is not judged so: its names tie it to the sentence."""
        others = parts.terms - parts.specific - set(parts.counted)
        if not others:
            return True
        tuning = t or self.tuning
        held = self._term_sets[best]
        prefixes = _prefixes(held)
        return any(_credit(term, held, prefixes, self._links_in(term, parts), tuning) > 0 for term in others)

    def _event_untold(self, question: str, parts: _Parts, best: int, t: Tuning | None) -> bool:
        """Whether a "when" question's event (its words beyond names and light verbs: "manager" in
        "When did Pochettino become Chelsea manager?", "meet" in "When did Prince Andrew meet
        Jeffrey Epstein?") is not told by the best sentence, as the word, its family or a bridge,
        nor by the title or the sub-heading over it (what any date there may be about): the date is
        then another event's (a rescheduled game's month), whether the article tells the event
        elsewhere without a date or never tells it. A follow-up's event is the answer before's
        (`_Parts.follows_up`, or a question pointing back) and is not judged. On the reworded dev share this declined 4 more unanswerable questions and no
        right answer than the rule before it (the event had to be written somewhere, undated); the
        same test for "who", "how many" and "where" questions, or reading the event in the best
        sentence's neighbours too, traded worse (bench/HISTORY.md)."""
        code = self.document.language.code
        event = parts.terms - parts.specific - LIGHT_WORDS.get(code, frozenset())
        if not event or parts.holds is None or parts.follows_up:
            return False
        if pointing_words(code) & {token.lower() for token in words(question)}:
            return False
        held, tuning = self._term_sets[best] | self._title_terms | self._section_terms[best], t or self.tuning
        prefixes = _prefixes(held)
        return not any(_credit(term, held, prefixes, self._links_in(term, parts), tuning) > 0 for term in event)

    def _subject_left_out(self, question: str, parts: _Parts, best: int) -> bool:
        """Whether an English "why" or "how much" question asks about a name (`kinds.asked_subject`)
        that neither the best sentence, the sentence before it in its paragraph (or before its
        paragraph, when it opens pointing back: "She said ..."), the title nor its
        section's sub-heading ("ORBIS TRAILMASTER") holds (a word of it, its first letters:
        "German" for "Germany", or the name an abbreviation stands for, `_spelt_out_in`): the sentence's reason or amount is then someone else's ("the
        board has spent more than $300 million ... on repairs" for "How much does Northwind Power
        spend on repairs?", a professor's verdict for "Why did Senator Ada Moss call the plan too
        slow?"). Only names written as names count, not a reader's abbreviation ("the DIY chain"
        for the article's "Home Depot"). "How many", "when" and "where" questions are left out:
        there the name is often written otherwise and the sentence answers ("How many first downs
        did the Broncos have?" and "Denver": on SQuAD 1.1 "how many" lost 5 answerable questions).
        German, French and Spanish ones ask it of a count ("Wie viele Mitarbeiter hat Praxair?"
        answered by the 6,000 Linde employs); a German question's name is read by where it stands,
        as its nouns are capitalised too."""
        language = self.document.language
        subject = set(question_terms(language, asked_subject(question, language.code)))
        if language.code != "de":
            subject &= parts.required | (parts.specific & self._sentences.idf.keys())
        if not subject:
            return False
        held = self._term_sets[best] | self._title_terms | self._section_terms[best]
        if not self._opens_with_another(best, parts.terms):
            held = held | self._told_of_before(best)
        prefixes = _prefixes(held)
        return not any(term in held or term[:PREFIX] in prefixes or self._spelt_out_in(term, held) for term in subject)

    def _opens_with_another(self, index: int, asked: set[str]) -> bool:
        """Whether an English sentence opens with a name of two or more words the question lacks, maybe
        after a possessive and a word or two ("His teammate Nick Fairley was fined $10,000"): that
        one is whom the sentence tells of, not whom the sentence before it named ("How much was Suh
        fined?")."""
        if self.document.language.code != "en":
            return False
        found = _OPENING_NAME.match(self.document.sentences[index].text)
        if found is None or found["name"].split()[0].lower() in stop_words_for("en"):
            return False
        return not set(question_terms(self.document.language, found["name"])) & asked

    def _told_of_before(self, index: int) -> set[str]:
        """The terms of whom a sentence may go on about without naming them: the sentence before it in
        its paragraph, or before its paragraph when it opens pointing back; for a sentence opening
        with a pronoun ("He invested his earnings abroad, including putting $100,000 into a
        bakery"), every sentence of its paragraph before it, and the one before the paragraph when
        that opens pointing back too: a profile names its subject once and goes on with "he" for
        sentences ("By 2012, Matie's company had ... It had ... He also helped ... He started ...")."""
        if not (self._same_before[index] or self._points_back[index]):
            return set()
        if not self._points_back[index]:
            return self._term_sets[index - 1]
        members = self._in_paragraph(index)
        first = members[0]
        reach = first - 1 if first > 0 and self._points_back[first] else first
        return set().union(*(self._term_sets[i] for i in range(min(reach, index - 1), index)))

    def _spelt_out_in(self, term: str, held: set[str]) -> bool:
        """Whether the terms hold every word of the name an abbreviation stands for (`terms.name_initials`):
        "der RMV" is the sentence's "Rhein-Main-Verkehrsverbund"."""
        spelt = self._initials.get(term, ())
        return bool(spelt) and set(spelt) <= held

    def _no_place_near(self, parts: _Parts, best: int) -> bool:
        """Whether a French or Spanish question asking a kind of place ("¿En qué ciudad...?", "Dans
        quel pays...?") has a best sentence that, with the neighbours that may take over from it,
        names no place, and the best sentence no other name the question lacks: its words ("la
        familia") match, but it cannot say where. A name is read as a place only after some
        prepositions ("en Albania", not "la policía de Atenas"), so any name in it keeps the answer. English, tuned on
        SQuAD, only lowers the score for it (`Tuning.lacks_support`)."""
        if self.document.language.code not in ("fr", "es") or parts.kinds != {"place"} or not parts.narrow:
            return False
        if parts.holds is None:
            return False
        named = bool(self._offers[best]["name"] - parts.terms)
        return not named and not self._counts_near(parts.holds, parts.takes, best, vague=None)

    def _post_left_out(self, question: str, best: int) -> bool:
        """Whether a French or Spanish "who is the X" question (`posts.asked_post`) has a best
        sentence that, with the one before it in its paragraph, holds neither the post nor a close
        synonym of it: the name there holds another post."""
        post = self._post_asked(question)
        return post is not None and not self._holds_post(best, post)

    def _post_asked(self, question: str) -> str | None:
        """The term of the post a French or Spanish "who is the X" question asks (`posts.asked_post`)."""
        language = self.document.language
        post = question_terms(language, asked_post(question, language.code))[:1]
        return post[0] if post else None

    def _holds_post(self, index: int, post: str) -> bool:
        """Whether the sentence, with the one before it in its paragraph, holds the post or a close synonym."""
        held = self._term_sets[index] | (self._term_sets[index - 1] if self._same_before[index] else set())
        return post in held or any(other in held for other, _ in self._close_links(post))

    def _body_named_around(self, index: int, names: frozenset[str]) -> bool:
        """Whether the sentence, the one before it (in any paragraph: news give a sentence a
        paragraph) or the title names the body a "who leads" question asks about (`heads.names_body`)."""
        before = self.document.sentences[index - 1].text if index else ""
        return names_body(" ".join((before, self.document.sentences[index].text, self.document.article.title)), names)

    def _about_names(self, index: int, named: frozenset[str]) -> bool:
        """Whether the sentence holds one of the names, or opens pointing back ("Su candidato", "Son
        président") at the sentence before it, which holds one: a story's paragraph of one sentence
        goes on about the party the paragraph before named."""
        if not named or named & self._term_sets[index]:
            return True
        sentences = self.document.sentences
        return (index > 0 and bool(named & self._term_sets[index - 1])
                and opens_pointing(self.document.language.code, sentences[index].text))

    def _post_first(self, question: str, parts: _Parts, scores: np.ndarray, order: list[int]) -> list[int]:
        """For a French or Spanish "who is the X" question whose best sentence lacks the post, the
        sentence holding it, when it scores close to the best (`RUNNER_UP_SHARE`), goes first:
        "¿Quién es el candidato de Adelante Andalucía?" is answered by "Su candidato a la Junta de
        Andalucía, ... José Ignacio García", not by the lead naming the party and no candidate,
        which `_post_left_out` would decline. It must be about the question's names
        (`_about_names`): "Le maire de Saint-Aubin, Paul Garnier" is no answer to "Qui est le maire
        de La Marine ?"."""
        post = self._post_asked(question)
        if post is None or self._holds_post(order[0], post):
            return order
        close = [int(i) for i in np.flatnonzero((scores >= RUNNER_UP_SHARE * scores[order[0]]) & (scores > 0))
                 if self._holds_post(int(i), post) and self._about_names(int(i), parts.required)]
        if not close:
            return order
        return _best_first(close, scores, order)

    def _holder_first(self, question: str, parts: _Parts, scores: np.ndarray, order: list[int]) -> list[int]:
        """For "who is the X" whose best sentence names no one in apposition to the post
        (`apposed_holder.holder_in_apposition`), the sentence that does, when it names what the best
        names of the question's names, goes first: "Who is the standards commissioner?" is answered by
        "The Conservatives' letter to Daniel Greenberg, the standards commissioner, said", not by "the
        Standards Commissioner declined to ... donations from Lord Alli", which holds the post's words
        beside another man's name."""
        if parts.kinds != {"name"}:
            return order
        language, sentences = self.document.language, self.document.sentences
        named = parts.required & self._term_sets[order[0]]
        return self._close_first(scores, order, lambda i: holder_in_apposition(language, sentences[i].text, question) is not None,
                                 lambda i: self._about_names(i, parts.required) and named <= self._term_sets[i])

    def _called_first(self, question: str, scores: np.ndarray, order: list[int]) -> list[int]:
        """For "What did X call Y?" ("Wie nannte …?", `phrase.name_given`) whose best sentence quotes no
        short term, the sentence that does goes first: "What did Christie call Trump?" is answered by
        "… identified the former president as "a one-man crime wave"", not by the sentence that only
        names both men."""
        language, sentences = self.document.language, self.document.sentences
        return self._close_first(scores, order, lambda i: name_given(language, sentences[i].text, question) is not None)

    def _since_first(self, question: str, scores: np.ndarray, order: list[int]) -> list[int]:
        """For "since when" (`dates.asks_since_when`) whose best sentence tells no start with "since"
        and a date (`dates.tells_since`), the sentence that does goes first: "Seit wann ist der
        Nordatlantik so warm?" is answered by "… vor allem im Nordatlantik, hat seit März 2023
        Rekordtemperaturen erreicht", not by a sentence on the wind in 2023 that shares "so" and
        "Nordatlantik"."""
        if not asks_since_when(question):
            return order
        sentences = self.document.sentences
        return self._close_first(scores, order, lambda i: tells_since(sentences[i].text))

    def _close_first(
        self, scores: np.ndarray, order: list[int], answers: Callable[[int], bool],
        fits: Callable[[int], bool] = lambda i: True,
    ) -> list[int]:
        """`order` with the sentences that `answers` the question in the asked way first, when the best
        one does not: those scoring close to it (`RUNNER_UP_SHARE`) that also `fit`, best first."""
        if answers(order[0]):
            return order
        close = [int(i) for i in np.flatnonzero((scores >= RUNNER_UP_SHARE * scores[order[0]]) & (scores > 0))
                 if answers(int(i)) and fits(int(i))]
        return _best_first(close, scores, order) if close else order

    def _defined_first(self, question: str, scores: np.ndarray, order: list[int]) -> list[int]:
        """For "who is X?" (`followup.person_asked_about`, a name alone), the sentence saying what X
        is first, not one naming X inside another speaker's quotation (`defined.defined_first`)."""
        code = self.document.language.code
        name = person_asked_about(question, code)
        if not name or not all(word[:1].isupper() for word in name.split()):
            return order
        texts = [s.text for s in self.document.sentences]
        return defined_first(code, name, texts, list(scores), order)

    def _named_first(self, question: str, scores: np.ndarray, order: list[int]) -> list[int]:
        """For a question asking what a thing is called (`categories.noun_whose_name_is_asked`), a
        sentence giving a name beside the thing's noun (`_naming`) first, when the best one gives
        none and it scores at least `NAMING_SHARE` of it: "What's the name of the family's
        restaurant?" was answered by "... where the Rahami family ran a restaurant", above "They
        searched the restaurant, First American Fried Chicken, ..."."""
        noun = noun_whose_name_is_asked(question, self.document.language.code)
        if not noun or not order:
            return order
        naming = self._naming(question, noun)
        if naming[order[0]]:
            return order
        named = next((i for i in order[1:] if naming[i] and scores[i] >= NAMING_SHARE * scores[order[0]]), None)
        return order if named is None else [named, *(i for i in order if i != named)]

    def _measures_what_is_absent(self, question: str) -> bool:
        """Whether a "how much X" question (`kinds.measured_stuff`, `kinds.stuff_amount_asked`)
        measures an X the article never names, nor a word bridged to it: as a "how many" question
        counting a thing the article lacks, it cannot be answered by an amount of something else
        ("0.1 GB/s"; "a foot of snow" for "How much rain fell?")."""
        code = self.document.language.code
        return self._never_named_stuff(measured_stuff(question, code) or stuff_amount_asked(question, code))

    def _sum_never_named(self, question: str) -> bool:
        """Whether a "how much X" question asking a sum of money (`_SUMS`) names the sum, X
        (`kinds.stuff_amount_asked`: "revenue", "rent", "profit"; not "money" itself), and the article
        never names it nor a close synonym: its sums are others ("$2.53 in per-share earnings")."""
        return self._never_named_stuff(stuff_amount_asked(question, self.document.language.code))

    def _never_named_stuff(self, noun: str) -> bool:
        """Whether the article lacks the noun of what a question measures, and every close synonym of it."""
        stuff = question_terms(self.document.language, noun)[:1] if noun else []
        return bool(stuff) and self._absent(stuff[0], self._close_links(stuff[0]))

    def _no_reason_near(self, parts: _Parts, best: int) -> bool:
        """Whether an English "why" question meets a best sentence that, with the sentences beside it
        in its paragraph, gives no reason (`kinds.offers`: a cause word, a quotation, what someone
        was punished for...; or a purpose, `TOLD_PURPOSE_EN`): "NASA scientists using a telescope
        atop Mauna Kea have confirmed ..." does not say why NASA chose Hawaii. German, French and
        Spanish reasons, read in their own words (`_reasons_given`), rank the sentences but decline
        nothing: on the reworded dev share the same rule with them declined 4 more unanswerable
        questions and 7 answerable ones, whose reason was told with no sign the lists hold ("nach
        dem Rücktritt von ...", "durch die negativen Erfahrungen ...", "por los que dijeron que ...")."""
        if parts.kinds != {"cause"} or parts.holds is None or self.document.language.code != "en":
            return False
        return not self._counts_near(parts.holds, parts.takes, best, vague=TOLD_PURPOSE_EN)

    def _reason_is_the_asked(self, question: str, parts: _Parts, best: int) -> bool:
        """Whether the reason the best sentence gives (`reason_phrase.reason_span`, the words after
        "because of", "due to" ...) is made only of the question's own words: the sentence tells what
        the asked thing caused (in words the question lacks), not what caused it. "What caused the
        outage?" was answered by "passengers had to wait because of the outage", the outage in
        bold; "This is because competition between workers drives down the wage" tells nothing
        else, and answers "Why does competition among workers drive down wages?" with its sentence
        before."""
        if parts.kinds != {"cause"}:
            return False
        language = self.document.language
        text = self.document.sentences[best].text
        span = reason_span(language.code, text)
        if span is None:
            return False
        asked = set(question_terms(language, question))
        given = set(question_terms(language, text[span[0]:span[1]]))
        told = set(question_terms(language, text[:span[0]] + " " + text[span[1]:]))
        return bool(given) and given <= asked and bool(told - asked)

    def _act_never_told(self, question: str, parts: _Parts) -> bool:
        """Whether a German, French or Spanish "why" question asks the reason for an act (its verb,
        `why_verbs.why_verb`) that the article never tells: not as written, nor a word of its
        family, nor a bridge to it. The reason for it cannot be there, and the best sentence is
        about the question's names ("Warum hat Praxair der Fusion mit Linde zugestimmt?" answered
        by where Linde must sell). Narrower than declining every such "why" whose best sentence
        and its neighbours give no reason in the language's own words (`_no_reason_near`, English
        only), which cost 7 right dev answers told with no sign the lists hold ("nach dem
        Rücktritt von ..."). Read in the best sentence's reach rather than the whole article, the
        act declined a right answer whose article says it elsewhere ("se oponen" of a march showing
        "su rechazo al proyecto" a paragraph before the reason). A bridge to the act counts only in
        or beside a sentence holding another of the question's words (`act_beside`): anywhere, the
        loose ones ("quitter" to "partis", "dejar" to "lugar") told nearly every act. A French or
        Spanish "how many X were <done>" (`why_verbs.count_acts`) is read the same way: "Combien de
        policiers ont été envoyés sur place ?" about a page telling only that two were attacked."""
        code = self.document.language.code
        if parts.kinds == {"date"}:
            verbs = when_split_acts(question, code)
        elif parts.kinds == {"cause"} and reads_reasons(code):
            verbs = why_acts(question, code)
        elif parts.kinds == {"number"} and parts.counted:
            verbs = count_acts(question, code)
        else:
            return False
        acts = [act for verb in verbs for act in question_terms(self.document.language, verb)]
        if not acts:
            return False
        family = [*acts, *verb_family(acts, self._sentences.postings)]
        if self._written_at(family).any() or any(act in self._title_terms | self._heading_terms for act in acts):
            return False
        if any((verb_of_term(code, act) or act) in self._separated for act in acts):
            return False  # "festgenommen" told as "nahm ... fest"
        # A compound's tail is no verb's family: "trat" ends "Stadtrat" (`COMPOUND` links).
        bridged_at = self._written_at([other for act in acts for other, weight in self._links_in(act, parts)
                                       if weight > COMPOUND])
        named = [term for term in question_terms(self.document.language, question) if term not in acts]
        if not named:
            return not bridged_at.any()
        return not told_beside(bridged_at, self._written_at(named), self._paragraph_of)

    def _written_at(self, terms: list[str]) -> np.ndarray:
        """Per sentence, whether it holds one of the terms, or a word sharing a term's first letters."""
        held = np.zeros(len(self.document.sentences), dtype=bool)
        for term in terms:
            held[self._sentences.postings.get(term, ([], []))[0]] = True
            held[self._prefixes.postings.get(term[:PREFIX], ([], []))[0]] = True
        return held

    def _purpose_told(self) -> bool:
        """Whether an English article gives a purpose anywhere (`TOLD_PURPOSE_EN`): a "why" question
        may be answered by one ("emptied before winter to clean them") in an article with no cause word."""
        if self._purpose_anywhere is None:
            self._purpose_anywhere = self.document.language.code == "en" and any(
                TOLD_PURPOSE_EN.search(sentence.text) for sentence in self.document.sentences
            )
        return self._purpose_anywhere

    def _quoted_only(self) -> np.ndarray:
        """Per sentence, whether its only sign of a reason is a quotation (`kinds.offers`)."""
        if self._quotes_alone is None:
            self._quotes_alone = np.array([offered["cause"] == {'"'} for offered in self._offers], dtype=bool)
        return self._quotes_alone

    def _reasons_given(self) -> np.ndarray:
        """Per sentence, whether it gives a reason in its language's own words (`reasons.tells_reason`),
        for a German, French or Spanish "why" question: `kinds.offers` reads cause words of every
        language at once, and English "so" or French "pour" are in most sentences of those, so
        the sentence giving the reason was not preferred ("Quelle est la cause du feu ?" got the
        damage the fire did before "... suite à l'accident d'un camion d'hydrocarbures")."""
        if self._reasons is None:
            code = self.document.language.code
            self._reasons = np.array([tells_reason(code, s.text) for s in self.document.sentences], dtype=bool)
        return self._reasons

    def _dated_only_before(self) -> np.ndarray:
        """Per sentence: are all its dates in the past, so that none tells when something still to
        come happens: "a couple of weeks ago", or a year `PAST_YEARS` or more before the newest one
        the article names (the article is written no earlier than that, and a page about plans
        names the years they fall in, "the pool in 2023, the theater in 2021"): "the murder of
        Michaela Garecht in 1988" does not answer "When will his trial start?" in a letter that
        names February 2023."""
        if self._past_dates is None:
            years = [year for offered in self._offers for stem in offered["date"] if (year := _calendar_year(stem))]
            newest = max(years, default=0)
            stem = self.document.language.stem
            self._past_dates = np.array([
                bool(offered["date"]) and all(
                    term in PAST_ONLY or (year := _calendar_year(term)) is not None and year <= newest - PAST_YEARS
                    or term in {stem(period) for period in periods_past(sentence.text)}
                    for term in offered["date"]
                )
                for offered, sentence in zip(self._offers, self.document.sentences)
            ], dtype=bool)
        return self._past_dates

    def _time_left_open(self, parts: _Parts, scores: np.ndarray, best: int) -> int | None:
        """For a "when" question, the best-scoring sentence saying the article does not know when
        (`withheld.says_time_unknown`: "when he'll return is still a question mark") that scores
        close to the best one (`RUNNER_UP_SHARE`), or None: the best may hold a date of something
        else ("Since Olivier Vernon's injury a couple of weeks ago" for "When will Vernon be back?")."""
        if parts.kinds != {"date"}:
            return None
        if self._time_unknown is None:
            code = self.document.language.code
            self._time_unknown = np.array([says_time_unknown(code, s.text) for s in self.document.sentences], dtype=bool)
        if not self._time_unknown.any():
            return None
        close = np.flatnonzero(self._time_unknown & (scores > 0) & (scores >= RUNNER_UP_SHARE * scores[best]))
        return int(max(close, key=lambda i: scores[i])) if close.size else None

    def _counts_near(
        self, holds: np.ndarray, takes: np.ndarray | None, index: int, vague: re.Pattern[str] | None,
    ) -> bool:
        """Whether the sentence, or a neighbour in its paragraph that may take over from it
        (`_Parts.takes`), holds the asked kind (`holds`) or words matching `vague`; for "how many",
        a number or a vague count ("dozens", "a few", "none"): an answer to it either way."""
        sentences = self.document.sentences
        takes = holds if takes is None else takes

        def counts(i: int, held: np.ndarray) -> bool:
            return bool(held[i]) or (vague is not None and bool(vague.search(sentences[i].text)))

        before = index > 0 and bool(self._same_before[index]) and counts(index - 1, takes)
        after = index + 1 < len(holds) and bool(self._same_after[index]) and counts(index + 1, takes)
        return counts(index, holds) or before or after

    def _tells_ahead_near(self, holds: np.ndarray, best: int) -> bool:
        """Whether the best sentence, or a neighbour in its paragraph holding a date, tells of a time
        to come (`dates.tells_ahead`)."""
        sentences = self.document.sentences
        code = self.document.language.code
        near = [best]
        if self._same_before[best] and holds[best - 1]:
            near.append(best - 1)
        if best + 1 < len(sentences) and self._same_after[best] and holds[best + 1]:
            near.append(best + 1)
        return any(tells_ahead(code, sentences[i].text) for i in near)

    def _figure_shown(self, question: str, parts: _Parts, scores: np.ndarray, best: int) -> bool:
        """Whether a "how much" question (`kinds.asks_how_much`) gets a figure from what the bot shows:
        the best sentence or those beside it in its paragraph (`_gives_an_amount`), or the sentence
        shown beside the best one when it holds the asked kind itself and its paragraph a word of the
        question ("... he clocked in at 243 pounds" after "this President's health", under "... it
        was a routine checkup"): "How much does the couple earn?" got no figure from a sentence
        about the couple and "sales were down by more than 30 per cent" beside it. Other questions pass."""
        if parts.holds is None or not asks_how_much(question) or self._gives_an_amount(
            parts, best, bool(stuff_amount_asked(question, self.document.language.code))
        ):
            return True
        runner_up = self._runner_up_holding(parts, scores, best)
        return runner_up is not None and self._paragraph_touches(parts, runner_up) and not self._only_money_for_stuff(
            question, asked_measures(question), runner_up)

    def _paragraph_touches(self, parts: _Parts, index: int) -> bool:
        """Whether the sentence's paragraph (with the title) holds a word of the question, its family or a bridge to one."""
        paragraph = self._paragraph_of[index]
        context, prefixes = self._paragraph_contexts[paragraph], self._paragraph_context_prefixes[paragraph]
        return any(_credit(term, context, prefixes, self._links_in(term, parts), self.tuning) > 0 for term in parts.terms)

    def _length_of_time_shown(self, question: str, parts: _Parts, scores: np.ndarray, best: int) -> bool:
        """Whether a "how long" question (`measures.asks_how_long`) gets a length of time from what
        the bot shows: the best sentence or those beside it in its paragraph, or the runner-up shown
        beside it when it holds a word of the question ("Up to 12 hours of battery life" under the
        earphones' box). "How long did she date Affleck?" is not answered by "whom she dated and
        co-starred with in the 2000 drama Bounce": a year is no length of time. Other questions pass."""
        if parts.kinds != {"duration"} or parts.holds is None or not asks_how_long(question):
            return True
        if self._counts_near(parts.holds, parts.takes, best, vague=None):
            return True
        runner_up = self._runner_up_holding(parts, scores, best)
        # Held by a runner-up only through the paragraph ("when you're 22 years old"), it answers nothing asked.
        return runner_up is not None and bool(parts.terms & self._term_sets[runner_up])

    def _runner_up_holding(self, parts: _Parts, scores: np.ndarray, best: int) -> int | None:
        """The sentence shown beside the best one, when it scores close to it (`RUNNER_UP_SHARE`) and
        holds the asked kind itself, or None."""
        assert parts.holds is not None
        runner_up = self._pick(scores, parts.terms, 2)[-1]
        close = runner_up != best and scores[runner_up] >= RUNNER_UP_SHARE * scores[best]
        return runner_up if close and bool(parts.holds[runner_up]) else None

    def _only_money_for_stuff(self, question: str, measures: frozenset[str], index: int) -> bool:
        """Whether a "how much X" question asking an amount of stuff that is no sum of money
        (`kinds.stuff_amount_asked`: "oil", not "revenue") meets a sentence (the best one, or the
        runner-up shown beside it) that never names the stuff and whose every figure is a sum of
        money: "producers will lose over a trillion dollars" tells no amount of oil. A sum beside
        the stuff may measure it ("$5 million in aid")."""
        stuff = stuff_amount_asked(question, self.document.language.code)
        if not stuff or measures & _SUMS or "money" in measures:
            return False
        offered = self._offers[index]
        if not offered["money"] or not offered["number"] <= offered["money"]:
            return False
        return not set(question_terms(self.document.language, stuff)) & self._term_sets[index]

    def _gives_an_amount(self, parts: _Parts, best: int, of_stuff: bool) -> bool:
        """Whether the best sentence, or a neighbour in its paragraph that may take over from it, gives
        what a "how much" question asks (`_counts_near`): the asked kind or a vague count; for a
        number of some stuff (`of_stuff`) also an amount of a measure ("a foot of snow"); for a
        measure also a number in digits the question does not hold, since not every unit is known
        ("6 million Lira", "one-half mile ... in 1916"), but not another measure's for a sum ("How much
        did Sharma pay for the ruins?" was answered by "bought the property in 1999" beside "About 18
        miles in sits ..."); and for a duration a year ("since 2001" answers "how long has it been")."""
        holds, takes = parts.holds, parts.takes
        if holds is not None and of_stuff and "number" in parts.kinds:
            # "How much snow fell?" asks a number, and "up to a foot of snow" gives the amount in a
            # unit with no figure (`measures.INDEFINITE`).
            amounts = np.zeros(len(holds), dtype=bool)
            for i in range(max(best - 1, 0), min(best + 2, len(holds))):
                amounts[i] = any(self._offers[i][measure] for measure in AMOUNT_MEASURES)
            holds, takes = holds | amounts, None if takes is None else takes | amounts
        if holds is not None and parts.kinds & MEASURE_KINDS:
            sentences, code = self.document.sentences, self.document.language.code
            figures = np.zeros(len(holds), dtype=bool)
            for i in range(max(best - 1, 0), min(best + 2, len(holds))):
                offered = self._offers[i]
                # Another measure's number is no sum of money: "About 18 miles in sits the hotel" gives no price.
                other = frozenset().union(*(offered[m] for m in MEASURE_KINDS - _SUMS)) if parts.kinds <= _SUMS else frozenset()
                if parts.kinds <= _SUMS and not offered["money"] and counts_only_things(code, sentences[i].text):
                    continue  # "plans to build 1.5 million new homes" tells no price of the homes
                figures[i] = any(any(c.isdigit() for c in stem) for stem in offered["number"] - parts.terms - other) or (
                    "duration" in parts.kinds and any(YEAR.match(stem) for stem in offered["date"] - parts.terms)
                )
            holds, takes = holds | figures, None if takes is None else takes | figures
        return holds is None or self._counts_near(holds, takes, best, vague=self._vague_count)

    def decline_score(self, question: str, parts: _Parts, scores: np.ndarray, best: int) -> float:
        """`support`, lowered below the threshold when the decline model (`decline.py`) doubts
        the best match (`DeclineModel.on_score_scale`), or 0 when a "how much" question gets no
        figure from what the bot would show (`_figure_shown`: a rule kept here, not in `support`,
        because it needs the ranking's runner-up)."""
        support = self.support(question, parts, best)
        if support <= 0:
            return support
        if not self._figure_shown(question, parts, scores, best):
            return 0.0  # "How deep is the ocean under the ice?" answered by a sentence with no figure in its reach
        if not self._length_of_time_shown(question, parts, scores, best):
            return 0.0  # "How long did she date Affleck?" answered by "... in the 2000 drama Bounce"
        if self._time_left_open(parts, scores, best) is not None:
            return 0.0  # "When will he be back?" where the article says "when he'll return is still a question mark"
        model = self._decline or decline_model()
        chance = model.probability(self.evidence(question, parts, scores, best, support))
        return min(support, model.on_score_scale(chance))

    def evidence(self, question: str, parts: _Parts, scores: np.ndarray, best: int, support: float) -> list[float]:
        """What the decline model weighs about the best sentence, in the order of `decline.FEATURES`.

        Shares are of the question's weight (inverse sentence frequency, `Tuning.unseen` for a
        word the article never uses); "credited" counts a word's family or a bridge as
        `support` does; the title counts as part of every sentence, and a sub-heading as part of
        each sentence of its section ("KESTREL VOLTA" above "It will start at $31,000"). A
        negation counts outside "why" questions only: "Why wasn't he allowed to have them?" is how
        a reader asks, while "Which country did not condemn it?" is how SQuAD 2.0 turns a fact into
        a non-question; and it counts apart when the sentence is negated too ("What did officials
        not say?" and "Officials did not say when ..."), where it asks what the sentence says.
        """
        t = self.tuning
        terms = self._asked_of_article(parts)
        known = self._sentences.idf
        unseen = t.unseen * self._sentences.idf_for(0)
        in_sentence = self._term_sets[best] | self._title_terms | self._section_terms[best]
        if self._opens_pointing[best]:
            # "He decided that ..." holds the question words naming whom "he" points back at.
            in_sentence = in_sentence | (self._term_sets[best - 1] & terms)
        sentence_prefixes = _prefixes(in_sentence)
        paragraph = self._paragraph_of[best]
        in_paragraph = self._paragraph_contexts[paragraph]
        paragraph_prefixes = self._paragraph_context_prefixes[paragraph]
        runner_up = int(np.argsort(-scores, kind="stable")[1]) if len(scores) > 1 else best
        in_runner_up = self._term_sets[runner_up] | self._title_terms | self._section_terms[runner_up]
        total = covered = credited = paragraph_credited = bridged = elsewhere = titled = second = peak = 0.0
        for term in terms:
            weight = known.get(term, unseen)
            links = self._links_in(term, parts)
            credit = _credit(term, in_sentence, sentence_prefixes, links, t)
            total += weight
            covered += weight * (term in in_sentence)
            credited += weight * credit
            paragraph_credited += weight * _credit(term, in_paragraph, paragraph_prefixes, links, t)
            bridged += weight * (0 < credit < 1)
            elsewhere += weight * (term in known and term not in in_paragraph)
            titled += weight * (term in self._title_terms or term in self._section_terms[best])
            second += weight * (term in in_runner_up)
            if not credit:
                peak = max(peak, weight)
        specific = parts.specific & terms
        holds = parts.holds is not None and bool(parts.holds[best])
        lacks = parts.holds is not None and not parts.holds[best]
        margin = 1 - scores[runner_up] / scores[best] if scores[best] > 0 and runner_up != best else 0.0
        code = self.document.language.code
        tokens = words(question)
        sentence_tokens, says_negated = self._said(best)
        asks_negated = parts.kinds != {"cause"} and negated(code, tokens)
        detail_missing, detail_swapped = details(code, tokens, sentence_tokens)
        antonyms = antonyms_for(code)
        timed = set(question_terms(self.document.language, " ".join(adverbs_of_time(code, tokens))))

        def opposed(context: set[str], sentences: list[int]) -> bool:
            # An antonym written only inside a name the question does not name is none: "Old Trafford"
            # and the question's "new". One inside a name the question names with the word swapped
            # counts: "the Office of eastern Medicine" about "the Office of Western Medicine".
            unasked: set[str] | None = None
            named: set[str] | None = None
            own: set[str] | None = None
            for term in terms - timed:
                found = set() if term in context else antonyms.get(term, frozenset()) & context
                if not found:
                    continue
                if own is None:
                    # The question's own words are no opposite: "How old is the new manager?" and "the
                    # 56-year-old"; nor are their plain forms, which the stemmer leaves on a comparative:
                    # "How fast was Johnson's slower ball?" and "a 'slow' (125kph ...)". Read only now, as
                    # `named` below: most questions meet no antonym at all.
                    own = set(parts.read) | self._plain_forms(parts.read)
                found -= own
                if found and any("_" in other and other in context for other, _ in self._links_in(term, parts)):
                    # "finish" said with a multiword verb WordNet lists ("wrap up impeachment ... before
                    # the primaries start"). Other bridges only go with the word ("long": "week",
                    # "pay": "million") and say nothing of it: "long-range" stays the opposite of
                    # "short-range".
                    found = set()
                if found and any(tells_the_other_side(code, term, self.document.sentences[i].text) for i in sentences):
                    found = set()  # "Who bought it?" and "selling it to Augme": one deal, told from the other side
                if found and named is None:
                    # Read only now: most questions meet no antonym at all.
                    named = set(question_terms(self.document.language, " ".join(names(code, question))))
                if found and term not in named:
                    if unasked is None:
                        unasked = set().union(*(self._named_only(i, own) for i in sentences)) - self._title_terms
                    found -= unasked
                if found:
                    return True
            return False

        return [
            support,
            covered / total,
            credited / total,
            paragraph_credited / total,
            peak / self._sentences.idf_for(0),
            float(holds),
            float(lacks),
            float(margin),
            float(specific <= in_sentence),
            bridged / total,
            float(asks_negated and not says_negated),
            elsewhere / total,
            float(scores[best] / total),
            titled / total,
            float(len(tokens)),
            second / total,
            float(bool(antonyms) and opposed(in_sentence, [best])),
            float(bool(antonyms) and opposed(in_paragraph, self._in_paragraph(best))),
            float(asks_negated and says_negated),
            float(detail_missing),
            float(detail_swapped),
        ]

    def _plain_forms(self, terms: Collection[str]) -> set[str]:
        """The full-weight links of the terms that begin them ("slow" for "slower", "big" for
        "biggest"): a comparative's or superlative's plain adjective, which Snowball's stems keep apart."""
        return {other for term in terms for other, weight in self.links(term)
                if weight >= 1.0 and other != term and len(other) >= FAMILY_STEM and term.startswith(other)}

    def _doer_left_out(self, question: str, best: int) -> bool:
        """Whether an English "who did it" question meets a best sentence telling the act, as
        written or by a full-weight bridge, only in the passive with no "by" (`doer_left_out`)."""
        act = asked_act(question) if self.document.language.code == "en" else None
        if act is None:
            return False
        language = self.document.language
        links = [other for term in question_terms(language, act) for other, weight in self.links(term) if weight >= 1.0]
        return told_without_doer(self._said(best)[0], acts_of(lambda word: question_terms(language, word), act, links))

    def _said(self, index: int) -> tuple[list[str], bool]:
        """A sentence's words and whether they negate (`decline.negated_sentence`), read the first
        time it is a best match: an article's questions meet the same best sentences again."""
        if index not in self._said_by_sentence:
            text = self.document.sentences[index].text
            tokens = words(text)
            self._said_by_sentence[index] = (tokens, negated_sentence(self.document.language.code, tokens, text))
        return self._said_by_sentence[index]

    def _named_only(self, index: int, asked: set[str]) -> set[str]:
        """The terms a sentence holds only inside names (`decline.names`) sharing no word with the
        question, nor in its section's sub-heading."""
        if index not in self._names_by_sentence:
            language, text = self.document.language, self.document.sentences[index].text
            runs = [frozenset(question_terms(language, name)) for name in names(language.code, text)]
            self._names_by_sentence[index] = (runs, frozenset(question_terms(language, unnamed(language.code, text))))
        runs, outside = self._names_by_sentence[index]
        return set().union(*(run for run in runs if not run & asked)) - outside - self._section_terms[index]

    def _in_paragraph(self, index: int) -> list[int]:
        """The sentences of the paragraph a sentence stands in."""
        return self._paragraph_members[self._paragraph_of[index]]

    def _asked_of_article(self, parts: _Parts) -> set[str]:
        """The question's words declining weighs: all of them but the verb of a price (`PRICE_VERBS`)."""
        if "money" not in parts.kinds:
            return parts.terms
        return parts.terms - PRICE_VERBS.get(self.document.language.code, frozenset()) or parts.terms

    def _name_never_written(self, question: str) -> bool:
        """Whether an English question names something in two or more capitalised words
        (`_QUESTION_NAME`) none of which the article or its title writes: the article is about
        something else, however its words bridge to the name's ("Central America" to the page's
        "Americans"). One word of the name is enough to answer ("the Lions" for "Detroit Lions"), and
        so are its initials ("ECB" for "European Central Bank"). A web site asked about that the
        article never writes (`sites`: "example.com" on a page saying "for example") counts in any
        language."""
        language = self.document.language
        if SITE.search(question):
            text = "\n".join([self.document.article.title, *(s.text for s in self.document.sentences)])
            if asks_unwritten_site(question, language, self._written, text):
                return True
        if language.code != "en":
            return False
        for found in _QUESTION_NAME.finditer(question):
            terms = set(question_terms(language, found.group()))
            initials = "".join(word[0] for word in found.group().split()).lower()
            if terms and not terms & self._written and initials not in self._written:
                return True
        return False

    def _name_not_given(self, question: str, best: int, asked: set[str]) -> bool:
        """Whether a question asking for a name (`withheld.asks_a_name`) meets a best sentence
        naming no one beside the question's words while it or the sentence before or after says
        the name was withheld ("A hunter was killed ... south of Big Sky", then, a paragraph on,
        "The person, who was not identified, ..."), or a best sentence that with its paragraph
        neighbours names no one beside the question's words (`_names_beside`: "2 blessés légers (un
        pompier et le conducteur du camion)" near a "Rouen" elsewhere in the sentence does not name
        the driver), in an article naming no one beside them either. In German a capital marks
        every noun: the article's common nouns (`common_nouns`) name no one ("Das Gericht untersagte
        dem Mann am Freitag jede weitere Samenspende" for "Wie heißt der Samenspender?")."""
        code = self.document.language.code
        if not asks_a_name(code, question):
            return False
        sentences = self.document.sentences
        around = range(max(best - 1, 0), min(best + 2, len(sentences)))
        if any(says_name_withheld(code, sentences[i].text) for i in around) and not self._names_beside(best, asked):
            return True
        near = [i for i, same in ((best - 1, self._same_before[best]), (best, True), (best + 1, self._same_after[best])) if same]
        thing = noun_whose_name_is_asked(question, code)
        if thing and self._naming(question, thing)[near].any():
            return False  # "Das Buch mit dem Titel «Die Erfindung der Roten Armee Fraktion …»" for "Wie heißt das Buch?"
        # A sentence's first word is a name when the article writes it capitalised mid-sentence too
        # ("Sanders was his top receiver"); not in a language capitalising every noun. A post's holder
        # may be named anywhere in the sentence ("Da Tanaghrisson den Briten Unterstützung zugesagt
        # hatte, ... traf sich mit dem Mingo-Führer").
        first = [words(sentences[i].text)[:1] for i in near] if code not in NOUNS_CAPITALISED else []
        reach = None if asks_post_holder(code, question) else NAME_REACH
        if any(self._names_beside(i, asked, reach) for i in near) or any(
            opening and opening[0] in self._names.words and not set(question_terms(self.document.language, opening[0])) & asked
            for opening in first
        ):
            return False
        # The best sentence may only mention whom the question means ("the transit police chief said")
        # while another paragraph names them ("Police Chief Ed Alvarez said").
        return not any(self._names_beside(i, asked, reach) for i in range(len(sentences)) if self._term_sets[i] & asked)

    def _thing_never_mentioned(self, question: str, parts: _Parts) -> bool:
        """Whether a question asking if something is there (`existence.thing_asked_to_exist`) asks
        about a thing no word of the article, nor a bridge, stands for."""
        thing = thing_asked_to_exist(question, self.document.language.code)
        terms = question_terms(self.document.language, thing) if thing else []
        return bool(terms) and all(self._absent(term, self._links_in(term, parts)) for term in terms)

    def _speaker_never_mentioned(self, question: str, parts: _Parts) -> bool:
        """Whether a "what did X say" question asks about someone no word of the article, nor a
        bridge, stands for (`speech.speaker_asked`): the sentence matching the rest of the question
        is someone else's words, or nobody's. A named speaker the article lacks is declined by
        `_name_not_given` already; this is for one named by a post or a body ("la policía")."""
        speaker = speaker_asked(question, self.document.language.code)
        terms = question_terms(self.document.language, speaker) if speaker else []
        return bool(terms) and all(self._absent(term, self._links_in(term, parts)) for term in terms)

    def _never_named(self, question: str) -> bool:
        """Whether a question asking what a thing is called (`categories.noun_whose_name_is_asked`:
        "What is the telescope called?", "What is the name of Taylor's wife?") is about a thing the
        article mentions but never names: no sentence gives a name beside its noun (`_naming`).
        "Taylor lived in a warm, dry house with his wife" holds the question's words and no name."""
        noun = noun_whose_name_is_asked(question, self.document.language.code)
        thing = question_terms(self.document.language, noun)[:1] if noun else []
        if not thing or thing[0] not in self._sentences.idf or self._naming(question, noun).any():
            return False
        asked = set(question_terms(self.document.language, question))
        holding = (i for i, found in enumerate(self._term_sets) if thing[0] in found)
        return not any(self._name_apposed(i, thing[0], asked) for i in holding)

    def _name_apposed(self, index: int, thing: str, asked: set[str]) -> bool:
        """Whether a sentence has a name, none of the question's words, within `NAME_REACH` words of
        the thing's noun and not opened by a preposition: "Steenburgen's son, filmmaker Charlie
        McDowell", "the campaign “Starts with one”", but not "a telescope atop Mauna Kea"; nor by a
        verb of saying, whose name is the speaker's: "ne recherchent pas d'autre suspect, a précisé
        Stuart Bell" does not name the suspect."""
        language = self.document.language
        reporting = reporting_terms(language.code)
        text = self.document.sentences[index].text
        stop_words = stop_words_for(language.code)
        spans = list(WORD.finditer(text))
        tokens = [found.group() for found in spans]
        # A quotation opened after a colon starts a sentence of its own: its "Los" names no one.
        quoted_openers = {
            position for position, found in enumerate(spans)
            if found.group().lower() in stop_words and _QUOTATION_OPENS.search(text, 0, found.start())
        }
        stems = [question_terms(language, token)[:1] for token in tokens]
        at = [position for position, stem in enumerate(stems) if stem == [thing]]
        for position, token in enumerate(tokens):
            if (not token[:1].isupper() or fold(token.lower()) in MONTHS_ANY_FORM or set(stems[position]) & asked
                    or position in quoted_openers or self._lone_nationality(tokens, position)):
                continue
            start = position
            # A name runs back over capitalised words; in French and Spanish not over a comma ("le
            # procureur de Draguignan, Pierre Couttenier"; English is kept as SQuAD measured it).
            while start > 0 and tokens[start - 1][:1].isupper() and not (
                language.code in ("fr", "es") and "," in text[spans[start - 1].end():spans[start].start()]
            ):
                start -= 1
            opened = (tokens[start - 1].lower() not in _OPEN_OTHER_NAMES and not set(stems[start - 1]) & reporting
                      if start else tokens[0] in self._names.words)
            if opened and any(abs(position - other) <= NAME_REACH for other in at):
                return True
        return False

    @staticmethod
    def _lone_nationality(tokens: list[str], position: int) -> bool:
        """Whether the capitalised word at `position` stands alone, no capitalised word beside it,
        and reads as a nationality (`nationality.reads_as_nationality`): "The co-pilot was French"
        gives the co-pilot no name."""
        beside = [tokens[i] for i in (position - 1, position + 1) if 0 <= i < len(tokens) and i != 0]
        return reads_as_nationality(tokens[position]) and not any(word[:1].isupper() for word in beside)

    def _leaving_unsaid(self) -> list[tuple[int, frozenset[str], bool]]:
        """The sentences saying they leave an amount unsaid (`withheld.amount_withheld`), each with the
        terms of what it leaves unsaid and whether it says so outright; read on the first amount question."""
        if self._withholding is None:
            language = self.document.language
            self._withholding = []
            for i, sentence in enumerate(self.document.sentences):
                unsaid, said = amount_withheld(language.code, sentence.text)
                if unsaid or said:
                    self._withholding.append((i, frozenset(question_terms(language, " ".join(unsaid))), said))
        return self._withholding

    def _unsaid_amounts(self, kinds: set[str], terms: set[str], holds: np.ndarray) -> np.ndarray:
        """Per sentence, whether it says it leaves unsaid the amount a "how much" or "how many" question
        asks: "unspecified" right before one of the question's words or a word a bridge links to one
        ("How much will the ministry spend on research?" and "helped by unspecified research and
        development investment"), or, holding no number of the kind asked, "the fee was not
        disclosed". Such a sentence answers the question as well as a number would: the article
        says it doesn't say."""
        unsaid = np.zeros(len(holds), dtype=bool)
        if not kinds & (MEASURE_KINDS | {"number"}):
            return unsaid
        withholding = self._leaving_unsaid()
        if not withholding:
            return unsaid
        asked = terms | {other for term in terms for other, _ in self._known_links(term)}
        for i, left, said in withholding:
            unsaid[i] = bool(left & asked) or (said and not holds[i])
        return unsaid

    def _names_beside(self, index: int, asked: set[str], reach: int | None = NAME_REACH) -> bool:
        """Whether a sentence has a name the question lacks within `reach` words of one of the
        question's words ("Police Chief Ed Alvarez", "El conductor del camión, Antonio García"), or
        anywhere in it when `reach` is None."""
        language = self.document.language
        text = self.document.sentences[index].text
        spans = list(WORD.finditer(text))
        tokens = [found.group() for found in spans]
        stems = [question_terms(language, token)[:1] for token in tokens]
        at = [position for position, stem in enumerate(stems) if stem and stem[0] in asked]
        # In German a capital marks every noun: the article's common nouns, its function words
        # opening a quotation ("Wir") and the part after a hyphen of a compound ("Samenspende-Skandal",
        # a noun `common_nouns` reads whole) name no one.
        nouns = language.code in NOUNS_CAPITALISED
        common, stop_words = self._names.common, stop_words_for(language.code)
        return any(
            0 < position and token[:1].isupper() and fold(token.lower()) not in MONTHS_ANY_FORM
            and not (nouns and (token.lower() in stop_words or language.stem(fold(token.lower())) in common
                                or text[spans[position].start() - 1] == "-"))
            and not (stems[position] and stems[position][0] in asked)
            and (reach is None or any(abs(position - other) <= reach for other in at))
            for position, token in enumerate(tokens)
        )

    def _lacks_thing(self, question: str) -> bool:
        """Whether the article never names the thing a "which X" question asks for, nor a close
        synonym of it: "Which agency made the ads?" about an article naming no agency."""
        language = self.document.language
        thing = question_terms(language, asked_thing(question, language.code, stop_words_for(language.code), question))
        return any(self._absent(term, self._close_links(term)) for term in thing)

    def _close_links(self, term: str) -> tuple[tuple[str, float], ...]:
        """The links strong enough for an article's word to stand for the thing a question asks
        about (`THING_LINK`), and in a compounding language the article's compounds the thing (or
        the noun it derives from) heads: a "Familienministerin" is a "Ministerium"'s minister, a
        "Regierungspartei" a "Partei"."""
        close = tuple(link for link in self.links(term) if link[1] >= THING_LINK)
        if self._heads is None:
            return close
        headed = {*self._heads.get(term, ()), *self._heads.get(self._base(term), ())}
        return close + tuple((other, COMPOUND) for other in sorted(headed))

    def _as_spelt(self, term: str) -> str:
        """The article's spelling of a question word it writes otherwise: "vapour" is the article's
        "vapor", "centre" its "center", the same word, not a bridge to another (`SPELLING`). A
        word the article uses, or one with no full-weight link of a like spelling, stays; so does one
        whose link only adds letters to it or takes some off ("vote" and "voter", "official" and
        "office" are words of one family, which bridges already join)."""
        if term in self._sentences.idf or term in self._heading_terms:
            return term
        for other, weight in self._known_links(term):
            if (
                weight >= 1.0 and other[:SPELLING_START] == term[:SPELLING_START] and len(other) >= SPELLING_LENGTH
                and not other.startswith(term) and not term.startswith(other)  # "vote" and "voter": two words
                and difflib.SequenceMatcher(None, term, other).ratio() >= SPELLING
            ):
                return other
        return term

    def _spelt_otherwise(self, term: str, question: str) -> bool:
        """Whether the article has a name or number the reader may have typed differently: a typo
        ("Primier League"), a plural ("MVPs"), an ordinal ("January 30th"), a decade written with
        an apostrophe ("the 1950's" about "in the 1950s"; a year asked, "in 1990", is no decade) or a
        decade without its century ("the 90s" for "the mid-1990s")."""
        plain = _ORDINAL.sub("", term)
        if plain != term and plain in self._sentences.idf:
            return True
        if _SHORT_DECADE.match(term) and any(century + term in self._sentences.idf for century in ("19", "20")):
            return True
        if term.isdigit():
            return term + "s" in self._sentences.idf and re.search(rf"\b{term}['’]s\b", question) is not None
        if len(term) < 4 or any(map(str.isdigit, term)):
            return False  # "the 1970s" is no typo of "the 1950s"
        near = [word for word in self._sentences.idf if abs(len(word) - len(term)) <= 2 and word[:1] == term[:1]]
        return bool(difflib.get_close_matches(term, near, n=1, cutoff=0.8))

    def _never_named_closely(self, term: str) -> bool:
        """Whether the article names neither the thing a "how many" question counts, nor a word of
        its family (one stem beginning the other: "vote" and "voters"), nor a close synonym or a
        thing of its kind it counts (`_close_links`, `_counted_alike`): only a loose link ("watch"
        for "spectators") or shared first letters ("spectacle") reach it, which `_absent` takes as
        named. There a count of another thing in the best sentence is no count of it in other words."""
        if any(term.startswith(word) or word.startswith(term) for word in self._written if len(word) >= FAMILY_STEM):
            return False
        return not any(other in self._written for other, _ in self._close_links(term) + self._counted_alike(term))

    def _absent(self, term: str, links: tuple[tuple[str, float], ...]) -> bool:
        """The article has neither the word, nor its family, nor a word a bridge links to it."""
        known = self._sentences.idf
        return (
            term not in known
            and term not in self._title_terms
            and term not in self._heading_terms
            and term[:PREFIX] not in self._article_prefixes
            and not any(other in known for other, _ in links)
        )


LEADING_CONJUNCTIONS = {
    "en": frozenset("and but so yet because since".split()),
    "de": frozenset("und aber doch denn da weil".split()),
    "fr": frozenset("et mais car donc puisque".split()),
    "es": frozenset("y e pero pues porque".split()),
}
"""Words that join a sentence to the one before it and may stand before its pointing word ("And
it ...", "Da dieser Stoff ...", "Mais elle ...")."""


def opens_pointing(code: str, text: str) -> bool:
    """Whether the sentence opens with a word pointing back ("He", "This", "Elle"), also after a
    joining word ("But it was never used", "Da dieser Stoff im Verdacht steht ..."): it goes on
    about what the sentence before it named."""
    opening = [word.lower() for word in words(text)[:2]]
    if opening and opening[0] in LEADING_CONJUNCTIONS.get(code, ()):
        opening = opening[1:]
    return bool(opening) and opening[0] in pointing_words(code)


def _section_headings(document: Document) -> dict[int, frozenset[str]]:
    """Paragraph index -> the terms of the sub-heading its section sits under ("TOYOTA RAV4 PRIME"):
    a section's sentences say "the SUV" and "the price", and the heading says which one."""
    article, language = document.article, document.language
    sections: dict[int, frozenset[str]] = {}
    current: frozenset[str] = frozenset()
    for index, paragraph in enumerate(article.paragraphs):
        if index in article.headings:
            # Headings in a row head one section together ("Defensive Line", then its table's header
            # row), and a table's header row heads its table within the section it stands in.
            above = current if index - 1 in article.headings or is_table_row(paragraph) else frozenset()
            current = above | frozenset(question_terms(language, paragraph))
        elif current:
            sections[index] = current
    return sections


def _questions_answered(document: Document, language: Language) -> dict[int, frozenset[str]]:
    """Paragraph index -> the terms of the question standing alone in the paragraph before it: an
    interview's "Q: Where did you grow up?" and the answer paragraph "A: St. Croix in the U.S.
    Virgin Islands", which holds none of the question's words. The question heads its answer as a
    sub-heading heads its section."""
    by_paragraph: dict[int, list[str]] = {}
    for sentence in document.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence.text)
    order = list(by_paragraph)
    answered: dict[int, frozenset[str]] = {}
    for before, after in zip(order, order[1:]):
        asking = by_paragraph[before]
        if all(_asks_itself(text) for text in asking) and not all(_asks_itself(text) for text in by_paragraph[after]):
            answered[after] = frozenset(term for text in asking for term in question_terms(language, text))
    return answered


def _counts_its_own(terms: list[str], number: int, wanted: set[str]) -> bool:
    """Whether the number at this position of a sentence's terms counts another thing than the
    wanted ones: the first term after it that is no number ("two of the three requirements")."""
    thing = next((term for term in terms[number + 1:number + 3] if not is_number(term)), None)
    return thing is not None and thing not in wanted


def _part_of_others(terms: list[str], number: int, wanted: set[str]) -> bool:
    """Whether the number at this position counts a part of other things than the wanted ones: the
    next term is a number counting its own thing ("two of the three requirements")."""
    following = number + 1
    return following < len(terms) and is_number(terms[following]) and _counts_its_own(terms, following, wanted)


def _credit(term: str, context: set[str], prefixes: set[str], links: tuple[tuple[str, float], ...], t: Tuning) -> float:
    """How much of a question word a passage holds: 1 for the word, less for its family or a bridge."""
    if term in context:
        return 1.0
    credit = t.prefix_credit if term[:PREFIX] in prefixes else 0.0
    bridged = max((w for other, w in links if other in context), default=0.0)
    return max(credit, t.bridge_credit * bridged)
