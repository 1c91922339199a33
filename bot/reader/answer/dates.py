"""Calendar words in the bot's languages: what marks a date, shared by the kinds of answer, the
measures (a day after a month is no age) and the bold phrase."""

from __future__ import annotations

import re

from bot.reader.text.language import fold, folded_words

# Compared with a sentence's words after folding accents, so they are folded too ("märz" -> "marz").
MONTHS_AND_DAYS = folded_words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday century decade "
    "januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag jahrhundert janvier février mars avril juin juillet août septembre octobre "
    "novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche siècle "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "lunes martes miércoles jueves viernes sábado domingo siglo"
)
MONTHS_ANY_FORM = MONTHS_AND_DAYS | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
"""Month names and their short forms: the number after one ("Oct. 25") is a day, not a count."""

_RELATIVE_DAYS_BY_LANGUAGE = {
    "en": folded_words("yesterday today tomorrow tonight ago"),
    "de": folded_words("gestern heute vorgestern übermorgen"),
    "fr": folded_words("hier aujourd'hui demain avant-hier"),
    "es": folded_words("ayer hoy anteayer"),
}
RELATIVE_DAYS = frozenset().union(*_RELATIVE_DAYS_BY_LANGUAGE.values())
"""Words that date an event from the day of writing ("sacked yesterday"): news says when that way.
These are all languages' together, for a reader that does not know the sentence's language;
`relative_days` gives one language's."""


def relative_days(code: str) -> frozenset[str]:
    """The language's words of `RELATIVE_DAYS` (all of them for a language without its own): French
    "hier" is yesterday, German "hier" is here ("Hier zeigt sich das Meer ..." gave no date for
    "Wann wurde der Leuchtturm gebaut?")."""
    return _RELATIVE_DAYS_BY_LANGUAGE.get(code, RELATIVE_DAYS)


_TIMES_OF_DAY = {"en": frozenset("midnight noon midday dawn dusk daybreak nightfall".split())}
"""English words naming a time of day by itself: "landed just after midnight" says when, with no
clock or calendar word in it ("When did the plane land?" was declined for a sentence holding no date)."""


def is_time_of_day(code: str, token: str) -> bool:
    """Whether the word names a time of day in the language (`_TIMES_OF_DAY`), written in lower case:
    capitalised, "Dawn" or "Dusk" is as likely a name."""
    return token.islower() and token in _TIMES_OF_DAY.get(code, frozenset())


_WEEKDAYS_DE = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_DAY_PARTS_DE = frozenset("morgen vormittag mittag nachmittag abend nacht".split())
_SEASONS = {
    "de": folded_words("frühling frühjahr sommer herbst winter"),
    "fr": folded_words("printemps été automne hiver"),
    "es": folded_words("primavera verano otoño invierno"),
}
_BEFORE_A_SEASON = {
    "de": folded_words("im diesen diesem letzten letztem vergangenen kommenden nächsten"),
    "fr": folded_words("en au cet dernier prochain"),
    "es": folded_words("en este el pasado próximo"),
}
"""German, French and Spanish seasons say when after a word of time ("im Herbst", "en automne",
"en verano"): "Die Gebag hatte im Herbst eine Konzeptstudie vorgestellt" answers "Wann wurde die
Konzeptstudie vorgestellt?". Alone a season is a topic ("Der Sommer war heiß"). English is left out:
"fall" and "spring" are verbs and nouns of other kinds."""


def is_season_or_day_part(code: str, token: str, previous: str) -> bool:
    """Whether a word says when as a season after a word of time (`_SEASONS`), or, in German, as a
    weekday joined to a part of the day ("am Donnerstagabend", "am Montagnachmittag"), which no
    calendar word matches whole."""
    lowered = fold(token.lower())
    if lowered in _SEASONS.get(code, frozenset()):
        return fold(previous.lower()) in _BEFORE_A_SEASON[code]
    if code != "de":
        return False
    day = next((day for day in _WEEKDAYS_DE if lowered.startswith(day)), "")
    return bool(day) and lowered[len(day):] in _DAY_PARTS_DE


RELATIVE_PERIODS = folded_words("night morning evening afternoon week weekend month year")
RELATIVE_BEFORE = folded_words("last next")
"""An English period after one of these is a time too ("sacked last night", "next week"); "this year" is
left out: it opens sentences that say nothing of when ("This year, for the first time, ...")."""
_MONTHS_AS_VERBS = frozenset({"may", "march"})
"""English months that are verbs in lower case: "he may resign" holds no date."""


def is_calendar_word(token: str) -> bool:
    """A month's or a day's name (or "century"), as written: "May" is a month, "may" a verb."""
    lowered = fold(token.lower())
    return lowered in MONTHS_AND_DAYS and not (lowered in _MONTHS_AS_VERBS and token[:1].islower())


_ASKS_AHEAD = re.compile(
    r"^(?:when (?:will|shall)\b|when (?:is|are)\b.*\b(?:due|expected|scheduled|set|going|planned|slated)\b"
    r"|when (?:does|do)\b.*\b(?:come out|start|begin|open|launch|arrive|return|premiere|debut|go on sale|take place)\b"
    r"|when (?:is|are|does|do)\b.*\b(?:next|again)\b"
    r"|wann (?:wird|werden)\b|quand (?:va|vont|sera|seront)\b|cuando (?:va|van|sera|seran)\b"
    r"|wann (?:findet|finden)\b"
    r"|quand (?:a|ont) lieu\b|cuando (?:es|son|se juega|se celebra|se celebran|empieza|comienza)\b)"
)
"""A "when" question about something still to come: "When will they release the data?", "When is the
probe due to launch?", "When does the game come out on consoles?" (a verb of one event starting;
not "When do treaties apply?", a condition), the next time or once more ("When is the next
hearing?", "When do the Wild play the Sabres again?"), "Wann wird...", "Quand va...", "¿Cuándo será...?";
and in the present news use for a date fixed ahead: "¿Cuándo es el partido?", "Wann findet das
Konzert statt?", "Quand a lieu le match ?". Not German "Wann ist …?" nor "Wann startet …?": they
ask as often of what recurs ("Wann ist die Schafskälte?", "Mitte Juni") or began ("seit 2018")."""


_ASKS_BACK = re.compile(
    r"^(?:(?:when|(?:at )?what time) (?:was|were|did)\b|wann (?:wurde|wurden|war|waren)\b|quand (?:a|ont|fut|furent)\b"
    r"|cuando (?:fue|fueron)\b)(?![^?]*,\s*(?:what|who|which|how|where|why)\b)"
)
"""A "when" question about one thing that happened: "When was the group founded?", "What time did
the plane take off?", "Wann wurde...",
"Quand a-t-il...", "¿Cuándo fue...?". Not "When do treaties apply?" (a condition, answered by
"as soon as they enter into force"), nor "When rock folds ..., what ...?", which asks the "what"."""


_FUTURE_TENSE = re.compile(
    r"^(?:[Qq]uand\b.*\b(?!(?:camera|opera|extra|ultra|cholera|mantra|tiara)\b)[a-z]{2,}(?:ra|ront)\b"
    r"|[Qq]uand\b.*\b(?:va-t-(?:il|elle|on)|vont-(?:ils|elles))\b"
    r"|[Cc]u[aá]ndo\b.*\b[a-zñ]+r(?:á|án)\b"
    r"|(?:[Aa]b |[Bb]is )?[Ww]ann (?:soll|sollen)\b)"
)
"""The same asked in a verb's future tense, which French and Spanish put anywhere in the question
("Quand le pont rouvrira-t-il ?", "Quand les billets seront-ils retirés ?", "¿Cuándo se firmará el
contrato?"), or with the German "soll": only lower-case words, so a name ending in "ra" ("Clara") is
none; Spanish keeps its accent ("llevara", without it, is a past subjunctive)."""


def asks_ahead(question: str) -> bool:
    """Whether a "when" question asks about something still to come (`_ASKS_AHEAD`, `_FUTURE_TENSE`)."""
    opening = question.lstrip("¿¡ ")
    return (
        _ASKS_AHEAD.search(fold(opening.lower())) is not None
        or _FUTURE_TENSE.search(opening if opening.lower().startswith("cu") else fold(opening)) is not None
    )


_TELLS_AHEAD = {
    "en": r"\b(?:will|shall|scheduled|due|expected|set to|slated|plans?|planned|planning|next|upcoming|coming|later"
          r"|soon|going to|is to|are to|to be|hopes?|aims?|by the end of|on sale|starting|from|look(?:s|ing)? forward to"
          r"|(?:is|are) (?:\w+ly )?\w+ed|opens|starts|begins|ends|arrives|launches|returns|premieres|debuts)\b|'ll\b",
    "de": r"\b(?:wird|werden|soll|sollen|sollte|ab|kunftig|nachste[nmrs]?|geplant|voraussichtlich|bis|kommende[nmrs]?"
          r"|findet|finden|beginnt|beginnen|startet|starten)\b",
    "fr": r"\b(?:[a-z]{2,}(?:ra|ront)|va|vont|devrait|devraient|doit|doivent|prevue?s?|prochaine?s?|a partir d|des le|d'ici)\b",
    "es": r"\b(?:[a-zñ]{2,}r(?:á|án)|va a|van a|prevé|previsto|prevista|próxim[oa]s?|a partir de|desde(?!\s+(?:el año\s+)?\d{4}\b)|hasta"
          r"|para (?:el )?(?:año )?\d{4})\b",
}
"""Words that tell of a time to come: a future tense or a plan ("will", "is scheduled for", "next
Tuesday", "sera diffusée", "devrait rouvrir", "soll ab Januar", "se firmará"), a German present of an
event's taking place or start ("findet am 5. Juli eine Stichwahl statt", "beginnt im Mai"), or an English present
that news uses for a date fixed ahead ("Their results are published in the December 2019 issue",
"goes on sale in late January", "opens on Monday") or a plan told with "to be" ("products to be
available in 2016"). Spanish keeps its accents, as in `_FUTURE_TENSE`; its "desde" before a year
tells since when, not from when on ("Desde 2004, acumula dos órdenes de búsqueda" answered "¿Cuándo
será juzgada?"); its "para el 2028" tells by when ("unas 20.000 viviendas construidas para el
2027-2028", in a conditional, "se podrían disponer")."""
_TELLS_AHEAD_COMPILED = {code: re.compile(pattern) for code, pattern in _TELLS_AHEAD.items()}


def tells_ahead(code: str, text: str) -> bool:
    """Whether a sentence tells of a time to come (`_TELLS_AHEAD`): a date in one that tells only
    of what happened ("pleaded not guilty ... Tuesday afternoon", "en febrero 2012 ... reunió")
    belongs to another event than a "when will" question's. A language without the list passes."""
    pattern = _TELLS_AHEAD_COMPILED.get(code)
    if pattern is None:
        return True
    lowered = text.lower().replace("’", "'")
    return pattern.search(lowered if code == "es" else fold(lowered)) is not None


_ASKS_WHEN_NOT_EN = re.compile(
    r"^(?:wann|quand|cuando)\b(?![^?]*\b(?:normalerweise|gewohnlich|meistens|immer|jedes mal|d'habitude|toujours"
    r"|generalement|chaque fois|normalmente|siempre|suele|suelen|cada vez)\b)"
)
"""A German, French or Spanish "when" question, unless it asks when something usually happens: their
past comes in more forms than `_ASKS_BACK` lists ("Wann starb Rollo?", "Wann hat Anja ihr Studio
eröffnet?", "Quand Ayrault a-t-il annoncé ...?", "¿Cuándo terminó el embargo?"), and on the reworded
dev share every one of them asked when one event happened or will ("Wann findet die zweite Runde
statt?"), none a condition as English "When do treaties apply?" does."""


def asks_when_one_event(question: str) -> bool:
    """Whether the question asks when one event will happen (`_ASKS_AHEAD`, `_FUTURE_TENSE`) or
    happened (`_ASKS_BACK`, `_ASKS_WHEN_NOT_EN`). News often tells of a plan and not its date ("They
    also plan to release the data"), or of an event and not when ("a recently formed group", "He was
    subsequently quarantined after the diagnosis"), and a sentence saying so, with no date in its
    reach, answers no such question."""
    opening = fold(question.lstrip("¿¡ ").lower())
    return asks_ahead(question) or _ASKS_BACK.search(opening) is not None or _ASKS_WHEN_NOT_EN.search(opening) is not None


PAST_ONLY = folded_words("ago yesterday gestern vorgestern hier avant-hier ayer anteayer")
"""Date words that can only tell of the past ("a couple of weeks ago", "gestern")."""
_PERIOD_AFTER = re.compile(r"\b(last|next) (" + "|".join(sorted(RELATIVE_PERIODS)) + r")(?:['’]s)?\b", re.IGNORECASE)


def periods_past(text: str) -> frozenset[str]:
    """The periods (`RELATIVE_PERIODS`) a sentence dates only after "last", never after "next": "hit
    another snag last week" tells of the past, and answers no "When will they sign the deal?"."""
    found: dict[str, set[str]] = {}
    for match in _PERIOD_AFTER.finditer(text):
        found.setdefault(match.group(2).lower(), set()).add(match.group(1).lower())
    return frozenset(period for period, before in found.items() if before == {"last"})


_TIME_AHEAD = re.compile(
    r"\b(?:will|'ll|’ll|expected to|set to|due to|going to|plans? to|aims? to|hopes? to|projected to|forecast to)"
    r"\b[^.;:!?]*?(?P<span>\b(?:in|within)\s+(?:(?:some|about|around|roughly|nearly|just|another|the next|less than"
    r"|more than|under)\s+)?(?:\d[\d.,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen"
    r"|twenty|thirty|fifty|a few|a couple of|several)\s+(?:days?|weeks?|months?|years?|decades?))\b",
    re.IGNORECASE,
)
"""A time ahead told by how far off it is, after a word of the future: "its reserves are expected to
run out in some 15 years", "the plant will open within two weeks". It answers "When will the oil
run out?" as a date would; without the future ("it was built in two weeks") it tells how long."""


def times_ahead(text: str) -> list[tuple[int, int]]:
    """Where the sentence's English times ahead (`_TIME_AHEAD`) stand, start and end characters."""
    return [match.span("span") for match in _TIME_AHEAD.finditer(text)]


_SINCE_WHEN = re.compile(r"^\W*(?:and |und |et |y )?(?:since when|seit wann|depuis quand|desde cu[aá]ndo)\b", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:since|seit|depuis|desde)\b((?:\W+[\w'’.]+){1,3})", re.IGNORECASE)
_A_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")


def asks_since_when(question: str) -> bool:
    """Whether the question asks since when ("Seit wann ist der Nordatlantik so warm?")."""
    return _SINCE_WHEN.search(question) is not None


def tells_since(text: str) -> bool:
    """Whether the sentence tells a start with "since", "seit", "depuis" or "desde" and a year, a
    month or a day within three words ("seit März 2023", "since last July"): what a since-when
    question asks, which another sentence's bare "2023" does not tell."""
    for found in _SINCE.finditer(text):
        following = found.group(1).split()
        if any(_A_YEAR.match(word.strip(".,")) or fold(word.lower().strip(".,")) in MONTHS_ANY_FORM for word in following):
            return True
    return False
