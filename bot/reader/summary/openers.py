"""Sentence openers that lean on the sentence before: pronouns, demonstratives, connectives.

"He said the plan would fail." or "However, prices fell." mean little when lifted out of the
article on their own, so the summary only shows such a sentence next to the one it follows.
One table entry per language; a language with no entry simply has no dependent openers.
Phrases are lower case and matched word by word against the sentence's first words, with
elisions split ("c'est" -> "c est", "it's" -> "it s"), so the French "c" entry covers c'est/c'était.
Articles that double as pronouns (German "das", "die"; Spanish "la", "lo"; Danish and Norwegian
"de", "den", "det"; Dutch "die", "dat") are left out: "Das Unternehmen..." opens a perfectly
self-contained sentence. Italian, Portuguese, Dutch and the Scandinavian languages list only their
third-person pronouns, "this" and "these", and the plain connectives ("ma", "mas", "maar", "men",
"ja, …"): a Norwegian feature's summary had "Ja, for ikke å glemme at de har sovnet i kajakken …"
("Yes, and not to forget that they fell asleep in the kayak …") on its own. Not Italian "e"
("and"): "E’" stands for "È" ("it is") on many sites.

Some uses of these words point nowhere, and a sentence opening with them reads fine alone; each
language lists them in `_SELF_CONTAINED`: existential "there is" / "es gibt" / "il y a", the dummy
subject of "It is expected that...", "This year...". Subordinators ("Although X, Y", "Aunque")
are not openers at all: the main clause they lean on is in the same sentence. Measured on BBC
News (`python -m bench.summaries`), skipping those sentences cost the summary about 0.003 ROUGE-1
for nothing a reader would notice.
"""

from __future__ import annotations

import functools
import re

_WORD = re.compile(r"\w+")
_SELF_CONTAINED_WORDS = 10
"""Enough first words for a self-contained opening like "it is still not yet clear whether"."""

_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "he", "she", "it", "they", "them", "his", "her", "its", "their", "him", "this", "that",
        "these", "those", "such", "there", "here", "then", "but", "and", "or", "so", "yet", "also",
        "however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless",
        "therefore", "thus", "hence", "instead", "still", "besides", "otherwise", "likewise",
        "similarly", "consequently", "additionally", "indeed", "both",
        "another", "the latter", "the former", "the same", "the rest", "in addition", "as a result", "on the other hand",
        "even so", "at the same time", "for example", "for instance", "in turn",
        "as was", "as were", "as is", "as are", "as did", "as does", "nor", "plus", "as for", "of course", "what s more",
    }),
    "de": frozenset({
        "er", "sie", "es", "ihr", "ihre", "ihrer", "ihren", "sein", "seine", "seiner", "seinen",
        "dies", "diese", "dieser", "dieses", "diesen", "dabei", "dafür", "dagegen", "daher",
        "damit", "danach", "dann", "darum", "deshalb", "deswegen", "dort", "hier", "aber", "doch",
        "jedoch", "und", "oder", "auch", "außerdem", "zudem", "dennoch", "trotzdem", "allerdings",
        "denn", "sondern", "somit", "also", "ebenso", "stattdessen", "sowohl", "beide",
        "letzterer", "ersterer", "zum beispiel",
    }),
    "fr": frozenset({
        "il", "elle", "ils", "elles", "lui", "leur", "leurs", "son", "sa", "ses", "ce", "c",
        "cela", "ceci", "ça", "cette", "ces", "celui", "celle", "ceux", "celles", "y", "mais",
        "cependant", "pourtant", "toutefois", "donc", "alors", "ainsi", "aussi", "et", "ou", "or",
        "puis", "néanmoins", "enfin", "sinon", "également", "en outre", "de plus", "par ailleurs",
        "en revanche", "par exemple", "de même", "de son côté", "quant à", "quant au", "quant aux",
    }),
    "es": frozenset({
        "él", "ella", "ellos", "ellas", "le", "les", "su", "sus", "esto", "eso", "este", "esta",
        "estos", "estas", "ese", "esa", "esos", "esas", "aquel", "aquella", "ello", "pero", "y",
        "o", "además", "también", "así", "entonces", "sino", "luego", "incluso",
        "tampoco", "asimismo", "no obstante", "sin embargo", "por eso", "por lo tanto",
        "por tanto", "por ello", "por otro lado", "en cambio", "por ejemplo", "de hecho", "lo mismo",
        "en cuanto a", "en cuanto al",
    }),
    "it": frozenset({
        "lui", "lei", "loro", "egli", "ella", "questo", "questa", "questi", "queste", "ciò", "ma",
        "però", "tuttavia", "inoltre", "quindi", "dunque", "anche", "infatti", "pertanto",
    }),
    "pt": frozenset({
        "ele", "ela", "eles", "elas", "isso", "isto", "mas", "porém", "contudo", "entretanto",
        "todavia", "também", "além disso", "portanto", "no entanto", "e", "ou", "assim",
    }),
    "nl": frozenset({
        "hij", "zij", "ze", "hun", "haar", "dit", "deze", "daarom", "maar", "en", "ook",
        "bovendien", "echter", "toch", "daarnaast", "ja",
    }),
    "da": frozenset({
        "han", "hun", "hans", "hendes", "deres", "dette", "disse", "derfor", "men", "og", "eller",
        "også", "desuden", "derudover", "dog", "alligevel", "imidlertid", "samtidig", "ja",
    }),
    "no": frozenset({
        "han", "hun", "hans", "hennes", "deres", "dette", "disse", "derfor", "men", "og", "eller",
        "også", "dessuten", "likevel", "imidlertid", "samtidig", "ja",
    }),
    "sv": frozenset({
        "han", "hon", "hans", "hennes", "deras", "detta", "dessa", "därför", "men", "och", "eller",
        "också", "dessutom", "ändå", "dock", "samtidigt", "ja",
    }),
}
_IT_IS = r"(?:is|s|was|will be|would be|has been|had been|remains|seems|appears)"
_SELF_CONTAINED: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"there (?:is|are|was|were|s|will|would|could|may|might|must|should|has|have|had|seems?|appears?)\b"
        rf"|it {_IT_IS}(?: not| now| still| also| widely| generally| yet| too)* "
        r"(?:clear|unclear|likely|unlikely|expected|understood|thought|believed|hoped|feared|possible"
        r"|impossible|important|necessary|essential|vital|hard|difficult|easy|estimated|reported|known"
        r"|unknown|uncertain|certain|claimed|alleged|rumoured|suggested|planned|intended|time"
        r"|recommended|advised|agreed|true|worth)\b"
        r"|(?:this|these) (?:year|week|month|season|weekend|morning|afternoon|evening|summer|autumn"
        r"|winter|spring|decade|century|days)\b"),
    "de": re.compile(r"es gibt\b|(?:dieses|diese|diesen) (?:jahr|woche|monat|sommer|winter|wochenende)\b"),
    "fr": re.compile(r"il (?:y a|faut)\b|(?:cette|ce|cet) (?:année|semaine|mois|été|hiver|week)\b"),
    "es": re.compile(r"(?:este|esta) (?:año|semana|mes|verano|invierno|fin de semana)\b"),
}
"""Openings made of those words that do not point back (matched on the lower-case first words)."""

_AFTER_LEAD_IN: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"(?:\w+\s+){0,2}\w+,\s+(?:he|she|it|they|his|her|its|their"
                     r"|(?:this|that|these|those) (?:is|was|are|were|has|have|had|will|would|can|could|may|might|means?))\b",
                     re.IGNORECASE),
    "fr": re.compile(r"(?:\w+\s+){0,2}\w+,\s+(?:il|elle|ils|elles|cela|ceci|ça|c['’]est)\b", re.IGNORECASE),
    "es": re.compile(r"(?:\w+\s+){0,2}\w+,\s+(?:él|ella|ellos|ellas|esto|eso)\b", re.IGNORECASE),
}
"""A pronoun right after a lead-in of one to three words and a comma: "Incidentally, this is why
…", "Last year, he …", "Mardi, il a annoncé …" point back as the pronoun alone would; "this"
before a noun ("According to reports, this bar is …") names its thing well enough to lead. German
sets no comma after a lead-in ("Am Montag sagte er …"), so it has no entry. Only the TL;DR avoids
them (`points_back_after_lead_in`): as summary sentences, taken only beside the sentence before,
they cost CNN/DailyMail's 3-sentence ROUGE-1 0.0001 (30 of 221 stories have one)."""

_POINTER_IN_SUBJECT: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"(?:\w+ ){1,3}(?:of|from|among) (?:those(?! (?:who|whom|whose|which|that|\w+(?:ed|ing|en))\b)"
                     r"|these|them|such)\b"),
    "de": re.compile(r"(?:\w+ ){1,3}(?:von|aus|unter) (?:diesen|dieser|ihnen|denen|jenen)\b"),
    "fr": re.compile(r"(?:\w+ ){1,3}(?:d entre (?:eux|elles)|de (?:ces|ceux|celles)|parmi (?:eux|elles|ces))\b"),
    "es": re.compile(r"(?:\w+ ){1,3}(?:de|entre) (?:ellos|ellas|estos|estas|esos|esas|aquellos|aquellas)\b"),
}
"""A word pointing back inside the sentence's first words, after "of" and the like: "Outbreaks from
those diseases …", "Many of them …", "Viele von ihnen …", "La plupart d'entre eux …", "Uno de estos
…" say more of something the sentence before named. Not "those" before "who" or a participle: "Only
51% of those polled …", "Many of those who …" name their people themselves."""

_GERMAN_ARTICLE_AS_PRONOUN = re.compile(
    r"(?:Das|Die|Der|Den|Dem)\s+"
    r"(?:(?:ist|war|sind|waren|hat|hatte|haben|hatten|wird|wurde|werden|wurden|kann|konnte|können|konnten"
    r"|muss|musste|müssen|soll|sollte|sollen|will|wollte|wollen|darf|durfte|mag|sei|wäre|hätte|würde)\b"
    r"|[a-zäöüß]+t(?:e|en)?,?\s+(?:sie|er|es|ihn|ihm|ihr|uns|euch|sich|mich|dich|man|die|der|das|den|dem|des"
    r"|ein|eine|einen|einem|einer|auch|nicht|noch|schon|nur|aber|dass|wie|vor|zu|zum|zur)\b)")
"""German "das", "die", "der" open a self-contained sentence as articles ("Das Unternehmen wächst."),
so the table leaves them out; but before a verb they are pronouns pointing back: "Das macht sie zur
Ausnahme.", "Die wollten nicht warten.", "Das zeigt, dass …". A verb is an auxiliary or modal, or a word in
-t (-te, -ten) followed by a pronoun, an article or a particle; so "Die gut ausgebildeten Lehrer" and
"Das seit Jahren geplante Projekt", where the word in -t qualifies what follows, stay articles.
Matched on the sentence as written: a capital second word is a noun ("Der Rat hat …")."""


def _by_first_word(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each opener's first word -> the openers (split into words) that start with it, so a sentence
    is checked against the few phrases its own first word can open, not the whole list."""
    found: dict[str, tuple[tuple[str, ...], ...]] = {}
    for phrase in sorted(phrases):
        words = tuple(phrase.split())
        found[words[0]] = found.get(words[0], ()) + (words,)
    return found


_OPENERS_BY_FIRST_WORD = {code: _by_first_word(phrases) for code, phrases in _OPENERS.items()}


@functools.lru_cache(maxsize=4096)
def needs_previous(text: str, language_code: str) -> bool:
    """True when the sentence opens with a word that refers back to the sentence before it.

    Kept per sentence: the summary's features and its selection each ask about every sentence."""
    if language_code == "de" and _GERMAN_ARTICLE_AS_PRONOUN.match(text.lstrip()):
        return True
    openers = _OPENERS_BY_FIRST_WORD.get(language_code)
    if not openers:
        return False
    first = tuple(_WORD.findall(text[:120].lower())[:_SELF_CONTAINED_WORDS])
    if not first:
        return False
    inner = _POINTER_IN_SUBJECT.get(language_code)
    if inner and inner.match(" ".join(first)):
        return True
    if not any(first[: len(phrase)] == phrase for phrase in openers.get(first[0], ())):
        return False
    self_contained = _SELF_CONTAINED.get(language_code)
    return not (self_contained and self_contained.match(" ".join(first)))


def points_back_after_lead_in(text: str, language_code: str) -> bool:
    """True when a pronoun pointing back follows a short lead-in and its comma (`_AFTER_LEAD_IN`)."""
    lead_in = _AFTER_LEAD_IN.get(language_code)
    found = lead_in.match(text.lstrip()) if lead_in else None
    if found is None:
        return False
    after = found.group().rsplit(",", 1)[1].strip() + text.lstrip()[found.end():]
    return needs_previous(after, language_code)


_UNNAMED_PERSON: dict[str, frozenset[str]] = {
    "en": frozenset({"he", "she", "they", "him", "them"}),
    "fr": frozenset({"il", "elle", "ils", "elles", "lui"}),
    "es": frozenset({"él", "ella", "ellos", "ellas"}),
}
_CLAUSE_LINKS: dict[str, frozenset[str]] = {
    "en": frozenset("and but or that which who whom whose because when whenever if while as so although though since "
                    "after before where until unless once means".split()),
    "fr": frozenset("et mais ou que qu qui dont quand lorsque si parce puisque comme où".split()),
    "es": frozenset("y e pero o que quien cuando si porque aunque como donde mientras".split()),
}
_GERMAN_PRONOUN_AFTER_VERB = re.compile(
    r"\b(?:hat|hatte|haben|hatten|ist|war|sind|waren|wird|wurde|werden|wurden|kann|konnte|können|will|wollte|wollen"
    r"|muss|musste|müssen|soll|sollte|sollen|sagt|sagte|sagen|sagten)\s+(?:er|sie|ihn|ihm)\b")
_PRONOUN_WORDS = 12
"""A long text's TL;DR candidate that speaks of a person by a pronoun before naming anyone
(`pronoun_before_name`): the personal pronouns by language, looked for in the first `_PRONOUN_WORDS`
words; the words that open a clause of the sentence's own, after which a pronoun points to that
sentence's subject ("More people are aware … but they have little confidence", "A schoolboy with an
illness which means he is allergic …"); German, which capitalises every noun, by a pronoun right
after an auxiliary or "sagt" ("Am Montag, dem 11. Oktober 2021, hat sie eine neue Regierung
ernannt."). "It" is left out: it is as often a dummy subject."""


def pronoun_before_name(text: str, language_code: str) -> bool:
    """True when the sentence speaks of someone as "he", "she" or "they" before it names anyone.

    A feature follows its people for paragraphs, calling them by pronouns: "Today he carries Fox's
    beers …", "The mother of three says she is confident …" were TL;DRs whose person the reader
    never met. The rule holds on long texts for the TL;DR and the opening sentences the summary brings
in beside the ranking (`compose.summarize`), not for the list's other sentences; a capitalised
    word after the first is a name, or a drop cap's split ("T he Smithsonian's …") none."""
    if language_code == "de":
        head = " ".join(text.split()[:_PRONOUN_WORDS])
        return bool(_GERMAN_PRONOUN_AFTER_VERB.search(head))
    pronouns = _UNNAMED_PERSON.get(language_code)
    if not pronouns:
        return False
    first = _WORD.findall(text)[:_PRONOUN_WORDS]
    for position, word in enumerate(first):
        if (position and word[:1].isupper()) or word.lower() in _CLAUSE_LINKS[language_code]:
            return False
        if word.lower() in pronouns and not (position == 1 and len(first[0]) == 1):
            return True
    return False
