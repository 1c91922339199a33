"""What a "how much" question measures, and which numbers in a sentence are of that measure.

"How much does a visit cost?" is not answered by "the air quality index is 218", though both hold
a number: the reader asked for money. So a number question is narrowed to a measure when its words
say which (money, a share, a length of time, an age, a distance, a speed, a weight), and a sentence offers that
measure only where a number stands beside one of its units ("Rs 299", "13 Prozent", "45 Tagen",
"65 ans", "125 km/h").
A question that names no measure ("how many seats") stays a plain number question.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.reader.answer.dates import MONTHS_ANY_FORM
from bot.reader.text.language import fold, folded_words

MEASURES = ("money", "share", "duration", "age", "distance", "speed", "weight")
MEASURE_KINDS = frozenset(MEASURES)

# Which measure a number question asks, from its words (lower case, accents folded). Checked in
# this order, so "how many years old" is an age and "wie viel Prozent" a share, not money.
_ASKED: tuple[tuple[str, str], ...] = (
    ("age", r"\bhow old\b|\bwie alt\b|\bquel age\b|\bque edad\b|\bcuantos anos tiene"),
    ("share", r"\b(percentage|percent|per cent|proportion|share of|prozent|anteil|pourcentage|por ?ciento|porcentaje|proporcion)\b"),
    ("duration", r"\bhow (long|quickly|soon)\b|\bwie (lange|schnell)\b|\bcombien de temps\b|\bdepuis combien\b"
                 r"|\bcuanto tiempo\b|\bque tan rapido\b"
                 r"|\bfor how many (days|weeks|months|years|hours)\b"),
    ("speed", r"\bhow fast\b|\b(speed|speeds|vitesse|geschwindigkeit|velocidad)\b"),
    ("distance", r"\bhow (far|tall|deep|wide)\b|\bwie (weit|tief|lang)\b|\ba quelle distance\b|\ba que distancia\b"),
    ("weight", r"\bhow heavy\b|\b(weigh|weighs|weighed|weight|wiegt|wog|gewicht|pese|pesait|poids|pesa|pesaba|peso)\b"),
    ("money", r"\b(cost|costs|costed|price|prices|priced|pay|paid|pays|charge|charged|charges|fee|fees|spend|spent"
              r"|worth|earn|earned|earns|salary|budget|money|revenue|profit|fine|fined|bail|bond|rent|wages?"
              r"|tax|taxes|ransom|reward|bonus|loan|debt|kaution|miete|lohn|steuer|caution|loyer|amende|rancon"
              r"|fianza|alquiler|multa|rescate|savings|economie|economies|economiser|ersparnis|einsparung|einsparungen"
              r"|ahorro|ahorros|(take|takes|took|taken|bring|brings|brought|rake|raked|pull|pulled) in"
              r"|teuer|kostet|kosten|kostete|preis|zahlen|bezahlt|zahlt|verdient|gehalt|geld"
              r"|coute|coutent|coutera|cout|prix|payer|paye|gagne|argent|salaire"
              r"|cuesta|cuestan|costo|costaba|precio|pagar|paga|pago|gana|dinero|sueldo)\b"
              # "How much is the Trailmaster?": a thing and nothing done to it asks its price.
              r"|^\W*(and )?how much (is|are|was|were|will \w+ be) (?!.*\b(to|left|known|needed|used|lost|there)\b)"
              r"[\w' -]{1,40}\W*$"),
)
_ASKED_PATTERNS = tuple((measure, re.compile(pattern)) for measure, pattern in _ASKED)
_NUMBER_QUESTION = re.compile(
    r"\bhow (much|long|old|far|tall|deep|wide|quickly|soon|fast|heavy)\b|\bwie schwer\b|\bwhat (percentage|percent|proportion|share)\b"
    r"|\bwie (viel|viele|lange?|alt|teuer|weit|tief|hoch|schnell)\b|\bcombien\b|\bquel (age|pourcentage)\b"
    r"|\bcuant[oa]s?\b|\bque (porcentaje|edad|proporcion)\b|\bque tan rapido\b|\ba (quelle|que) distance?i?a?\b"
    r"|\b(what|quel|quelle|welche[rs]?|wie hoch|cual)\b.*\b(price|cost|savings|prix|cout|montant|economies?|preis|kosten"
    r"|ersparnis|einsparung|precio|costo|ahorros?|speed|vitesse|geschwindigkeit|velocidad|weight|gewicht|poids|peso)\b"
    r"|\bwhat (did|does|do|will|would) (?:the |a |an |its |his |her |their )?[\w'-]+(?: [\w'-]+)? (pay|spend|charge|earn)\b"
)


UNITS: dict[str, frozenset[str]] = {
    "money": folded_words(
        "$ € £ ¥ ₹ us$ usd eur gbp inr rs rs. dollar dollars euro euros pound pounds yen yuan rupee rupees "
        "cent cents pence franc francs peso pesos dólar dólares centavos franken rappen livres"
    ),
    "share": folded_words("% percent percentage prozent prozentpunkte pourcentage por ciento porciento"),
    "duration": folded_words(
        "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
        "sekunde sekunden minuten stunde stunden tag tage tagen woche wochen monat monate monaten jahr jahre jahren "
        "jahrzehnt jahrzehnte seconde secondes heure heures jour jours semaine semaines mois an ans année années "
        "segundo segundos minuto minutos hora horas día días semana semanas mes meses año años"
    ),
    "age": folded_words(
        "old aged age year-old years-old jahre alt jährige jähriger jährigen lebensjahr lebensjahres ans âgé âgée "
        "años edad"
    ),
    "distance": folded_words(
        "km kilometre kilometres kilometer kilometers mile miles metre metres meter meters m cm mm feet foot ft "
        "inch inches yard yards kilometern metern meilen mètre mètres kilomètre kilomètres metro metros "
        "kilómetro kilómetros milla millas"
    ),
    "speed": folded_words("mph kph kmh km/h m/s knot knots noeuds nœuds knoten nudos"),
    "weight": folded_words(
        "pound pounds lb lbs kg kilo kilos kilogram kilograms kilogramme kilogrammes ton tons tonne tonnes gram grams "
        "ounce ounces oz stone kilogramm gramm tonnen gramme kilogramo kilogramos gramo gramos tonelada toneladas "
        "libra libras"
    ),
}
_MEASURE_OF: dict[str, tuple[str, ...]] = {
    unit: tuple(measure for measure, units in UNITS.items() if unit in units) for unit in set().union(*UNITS.values())
}
"""Unit word -> the measures it may be a unit of ("years": a duration or an age)."""
_TOKEN = re.compile(r"\b(?:km|m|mi)/[hs]\b|[$€£¥₹]?\d[\d.,:]*\d(?:[a-zA-Z%]+)?%?|[$€£¥₹]?\d[a-zA-Z%]*|\w[\w'’.-]*|[$€£¥₹%]", re.UNICODE)
_UNIT_TAIL = re.compile(r"^[$€£¥₹]?\d[\d.,:]*(?P<tail>[a-zA-Z%]*)$")
CURRENCY_SIGNS = "$€£¥₹"
"""Currency signs written before the number ("$300"); a word's first letter is no unit ("million")."""
_SCALES = folded_words(
    "thousand million millions billion billions trillion bn tausend millionen milliarde milliarden "
    "mille milliard milliards mil millón millones"
)
"""Words that scale the number before them: a bold amount takes them along ("$300 million")."""
REACH = 2
"""How many words away a unit may stand from its number ("$12", "12 million dollars")."""


def asked_measure(question: str) -> str | None:
    """The measure a number question asks for, or None for a plain count or no number question."""
    folded = fold(question.lower())
    if not _NUMBER_QUESTION.search(folded):
        return None
    return next((measure for measure, pattern in _ASKED_PATTERNS if pattern.search(folded)), None)


_AGE_APPOSITION = re.compile(r"\b(?P<name>[A-Z][\w'’-]+)\.?,? \(?(?P<age>\d{1,3})\)?[,)]")
"""A person's age as English and German news give it after the name: "Patrick Carlineo Jr., 55," /
"(55)"."""


def _unit_word(token: str) -> str:
    """A token as the unit lists hold it: lower case, no accents, no elision ("d'euros" -> "euros")."""
    return fold(token.lower()).replace("’", "'").rstrip(".").rsplit("'", 1)[-1] or token


def measure_spans(text: str, is_number: Callable[[str], bool]) -> dict[str, list[tuple[int, int, str]]]:
    """For each measure the sentence offers, where (start and end characters, from the unit to
    its number: "Rs 299", "12 million dollars") and the number itself."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    for age in _AGE_APPOSITION.finditer(text):
        if fold(age.group("name").lower()) not in MONTHS_ANY_FORM:  # "Nov. 5," is a day, not an age
            found.setdefault("age", []).append((age.start("age"), age.end("age"), age.group("age")))
    matches = list(_TOKEN.finditer(text))
    numbers = [position for position, match in enumerate(matches) if is_number(match.group())]
    tokens: dict[int, str] = {}

    def unit_word(position: int) -> str:
        if position not in tokens:
            tokens[position] = _unit_word(matches[position].group())
        return tokens[position]

    def scaled_end(position: int) -> int:
        """Where the amount ends: past a scale word after the number ("$300 million")."""
        after = position + 1
        last = matches[after if after < len(matches) and unit_word(after) in _SCALES else position]
        return last.start() + len(last.group().rstrip("."))

    for position in numbers:
        ratio = _ratio_end(matches, position, is_number)
        if ratio is not None:
            found.setdefault("share", []).append((matches[position].start(), matches[ratio].end(), unit_word(position)))
        token = unit_word(position)
        inside = _UNIT_TAIL.match(token)
        number = token.strip("$€£¥₹%")
        symbol = _MEASURE_OF.get(token[0], ()) if token[0] in CURRENCY_SIGNS else ()
        own = {*(_MEASURE_OF.get(inside["tail"], ()) if inside else ()), *symbol}
        for measure in own:
            found.setdefault(measure, []).append((matches[position].start(), scaled_end(position), number))
        reach: dict[str, list[int]] = {}
        for other in range(max(0, position - REACH), min(len(matches), position + REACH + 1)):
            word = unit_word(other)
            pieces = (word, *word.split("-"))  # "year-old", "53-day-long", "two-thirds"
            for measure in next((units for piece in pieces if (units := _MEASURE_OF.get(piece))), ()):
                reach.setdefault(measure, []).append(other)
        for measure, near in reach.items():
            if measure not in own:
                # The closest unit, the one after on a tie: "3,200 miles (5,150 km)" is two amounts.
                unit = min(near, key=lambda other: (abs(other - position), other < position))
                first, last = min(unit, position), max(unit, position)
                found.setdefault(measure, []).append((matches[first].start(), scaled_end(last), number))
    return found


_RATIO_WORDS = (("out", "of"), ("in",), ("sur",), ("von",), ("de", "cada"))
"""The words between two numbers that make them a share: "eight out of ten", "one in five",
"huit sur dix", "acht von zehn", "ocho de cada diez"."""


def _ratio_end(matches: list[re.Match[str]], position: int, is_number: Callable[[str], bool]) -> int | None:
    """Where a share written as a ratio ends (its second number), if one starts at `position`."""
    for between in _RATIO_WORDS:
        after = position + len(between) + 1
        if after < len(matches) and all(
            fold(matches[position + 1 + k].group().lower()) == word for k, word in enumerate(between)
        ):
            second = matches[after].group()
            if is_number(second) and not (second.isdigit() and len(second) == 4):
                return after
    return None


def measures_in(text: str, is_number: Callable[[str], bool]) -> dict[str, set[str]]:
    """For each measure the sentence offers, its numbers that have a unit within `REACH` words."""
    return {measure: {number for _, _, number in spans} for measure, spans in measure_spans(text, is_number).items()}
