"""What a "how much" question measures, and which numbers in a sentence are of that measure.

"How much does a visit cost?" is not answered by "the air quality index is 218", though both hold
a number: the reader asked for money. So a number question is narrowed to a measure when its words
say which (money, a share, a length of time, an age, a distance, a speed, a weight, a size, an engine's
or a plant's power, a sound's loudness, a temperature), and a sentence
offers that measure only where a number stands beside one of its units ("Rs 299", "13 Prozent", "45 Tagen",
"65 ans", "125 km/h"), or an indefinite quantity right before one ("more than a year", "plusieurs mois").
A question that names no measure ("how many seats") stays a plain number question; one that may ask
either of two ("how long is the flight": a time or a length) asks both, and the sentence decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot.reader.answer.dates import MONTHS_ANY_FORM, RELATIVE_DAYS
from bot.reader.text.language import fold, folded_words

MEASURES = (
    "money", "share", "duration", "age", "distance", "area", "speed", "weight", "power", "loudness", "temperature",
    "price", "factor",
)
"""The measures a question may ask; "price" is a cost with no figure, "free of charge"
(`_FREE_OF_CHARGE`), asked with "money" by a question about what something costs (`_PRICE_ASKED`)."""
MEASURE_KINDS = frozenset(MEASURES)

_SIZE = (
    r"\bhow (tall|deep|wide|big|large)\b|\bwhat size\b|\bwie (gro(ss|ß)|tief|lang|breit)\b"
    r"|\bquelle (?:est la |etait la )?(taille|superficie|longueur|largeur|hauteur|profondeur)\b"
    r"|\b(?:que|cual es el|cual es la) (tamano|superficie|longitud|anchura|profundidad)\b|\bque tan (grande|alto|alta|largo|larga|ancho|ancha|profundo|profunda)\b"
    r"|\bcuanto mide\b"
)
"""Questions of size: answered by a length ("230 million light-years wide") or an area ("300 acres")."""
SIZES = ("distance", "area")

_PRICE_ADJECTIVE = (
    r"\bhow (expensive|cheap|pricey|costly|dear)\b"
    r"|\bthe (cheapest|priciest|most expensive|least expensive)(?= (a|an|the|it|they|you|one|[a-z]+'s)\b|\W*$)"
)
"""A price asked with an adjective ("How expensive is the watch?", "What is the cheapest an Apple Watch
gets?"; not "What is the most expensive film ever made?", which asks a thing): the article gives a
figure ("Apple Watches start at $169.99") and seldom the adjective."""

_SUM_RECEIVED = (
    r"^\W*(?:and )?how much (?:did|does|do|will|would|has|have|had|can|could|should|is|are|was|were)\b"
    r"(?!.*\b(?:of|in(?! total))\b)"
    r".*\b(?:receive|receives|received|get|gets|got|owe|owes|owed|win|wins|won|awarded"
    r"|raise|raised|raises|collect|collected|make|makes|made"
    r"|donate|donates|donated|contribute|contributes|contributed|pledge|pledges|pledged"
    r"|invest|invests|invested|lend|lends|lent|borrow|borrows|borrowed)\b(?!\s+(?:by|up)\b)"
)
"""A sum asked by what someone got, won, owes, made, donated, invested or borrowed, with no thing
named after "how much" ("How much rain does Houston get?") nor a part of one ("how much of the
vote"): "How much will each retiree receive?" asks money, as 18 of SQuAD train's 19 such questions
do, and "How much has Lord Alli donated to Labour in total?" does too. Not "lose", which asks a share
as often ("How much did the Nikkei lose?"), nor "give": "How much did the Foundation give to Big
Friends?" was then answered by the sum given to all."""

# Which measures a number question asks, from its words (lower case, accents folded). Checked in
# this order, so "how many years old" is an age and "wie viel Prozent" a share, not money.
_ASKED: tuple[tuple[tuple[str, ...], str], ...] = (
    (("age",), r"\bhow old\b|\bwie alt\b|\bquel age\b|\bque edad\b|\bcuantos anos (?:tiene|tenia|tendra|cumple|cumplio)"
               r"|\bcombien d'ans (?:a|avait|aura)\b"),
    # "What share did Christie have in New Hampshire?" asks a share as "what share of the vote" does.
    # A rate asked in French or Spanish ("Quel est le taux de chômage ?", "¿Cuál es la tasa de
    # paro?") is a share too: the article gives "7,5 %", and a sentence with no percentage in it
    # does not answer it; so is "Quelle part des ventes ...?". German rates are compounds of "Quote"
    # ("Wie hoch ist die Impfquote?"); English "quote" is a quotation.
    (("share",), r"\b(percentage|percent|per cent|proportion|share of|prozent|anteil|pourcentage|por ?ciento|porcentaje|proporcion"
                 r"|taux|tasas?)\b|\b\w{3,}quote\b|\bdie quote\b"
                 r"|^\W*(and )?what share\b(?! (of|in)\b)|\bquelle (?:est |etait |sera )?(?:la )?part\b"),
    # "How long was the cat gone?": a state that lasts asks a time, not the miles it travelled.
    (("duration",), r"\bhow long (is|are|was|were)\b.*\b(gone|missing|away|lost|closed|shut|open|jailed|detained|held"
                    r"|imprisoned|hospitali[sz]ed|married|asleep|unconscious|alive|in (office|power|prison|jail|hospital)"
                    r"|on the run)\W*$"),
    # "How long is the Rhine?" and "How long was each episode?": a length or a time.
    (("duration", *SIZES), r"\bhow long (is|are|was|were)\b(?!.*\bago\b)"),
    # "Wie schnell ist das Internet?" asks a speed ("bis zu 50 Mbit/s"), "Wie schnell wurde es
    # gebaut?" a time: German and Spanish ask both with one word.
    (("speed", "duration"), r"\bwie schnell\b|\bque tan rapido\b"),
    (("duration",), r"\bhow (long|quickly|soon)\b|\bwie lange\b|\bcombien de temps\b|\bdepuis combien\b"
                    r"|\bcuanto tiempo\b"
                    r"|\bfor how many (days|weeks|months|years|hours)\b"),
    (("speed",), r"\bhow fast\b|\b(speed|speeds|vitesse|geschwindigkeit|velocidad)\b"),
    (("distance",), r"\bhow far\b|\bwie weit\b|\ba quelle distance\b|\ba que distancia\b"),
    (("weight",), r"\bhow heavy\b|\bwie schwer\b|\b(weigh|weighs|weighed|weight|wiegt|wog|gewicht|pese|pesait|poids(?! lourds?)|pesa|pesaba|peso)\b"),
    # "How much land did the fires burn?": "over 800 000 hectares", not the "three months" of the
    # sentence that shares "burn"; an area has no "how big" in the question to ask it by.
    (("area",), r"\bhow much (?:[a-z]+ )?(?:land|ground|territory|acreage|farmland|forest|bush|bushland|countryside)\b"
                r"|\bwie viel (?:flache|land|wald)\b|\bcombien de (?:terres?|territoire|foret)\b"
                r"|\bcuant[ao] (?:terreno|territorio|tierra|bosque)\b"),
    (("money",), r"\bhow (rich|wealthy)\b|\b(cost|costs|costed|price|prices|priced|pay|paid|pays|charge|charged|charges|fee|fees|spend|spent"
              r"|worth|earn|earned|earns|salary|budget|money|revenue|profit|fine|fined|bail|bond|rent|wages?"
              r"|tax|taxes|ransom|reward|bonus|loan|debt|kaution|miete|lohn|steuer|caution|loyer|amende|rancon"
              r"|fianza|alquiler|multa|rescate|savings|economie|economies|economiser|ersparnis|einsparung|einsparungen"
              r"|ahorro|ahorros|(take|takes|took|taken|bring|brings|brought|rake|raked|pull|pulled) in"
              r"|teuer|kostet|kosten|kostete|preis|zahlen|bezahlt|zahlt|verdient|gehalt|geld"
              r"|kosteten|gekostet|zahlte|zahlten|gezahlt|ausgegeben|ausgeben|geldstrafe|strafgeld|bussgeld"
              r"|coute|coutent|coutera|couteront|coutait|coutaient|couterait|cout|prix|payer|paye|payes|payee|gagne|argent"
              r"|salaire|verse|verses|versee|versees|verser|depense|depenses|depensee|depenser"
              r"|vaut|valent|valait|valaient|vaudra|vaudront|vale|valen|valdra|valdran|valia|valian"
              r"|cuesta|cuestan|costo|costaba|costara|costaran|costaria|costarian|costaron|precio|pagar|paga|pago|pagado|pagaron|pagara"
              r"|gasto|gastado|gastaron|gastar|gana|dinero|sueldo|cobrar|cobra|cobran|cobro|cobraba|cobraban|cobraron|cobrara|cobrado|cobrada)\b"
              rf"|{_SUM_RECEIVED}"
              # "How much is the Trailmaster?": a thing and nothing done to it asks its price.
              r"|^\W*(and )?how much (is|are|was|were|will \w+ be) (?!.*\b(to|left|known|needed|used|lost|there)\b)"
              r"[\w' -]{1,40}\W*$"
              rf"|{_PRICE_ADJECTIVE}"),
    # After money ("How much more does it cost than ...?"): "How much faster is X than Y?", "Combien de
    # fois plus ...", answered by "20 times slower", "20x", "30 % more"; "Combien de fois a-t-on
    # tiré ?" counts how often.
    (("factor", "share"), r"\bhow (?:much|many times) (?:more |less )?[a-z]+ (?:[\w'-]+ ){0,6}?than\b"
                          r"|\bwie ?viel(?:mal)? \w+er\b.*\bals\b|\bcombien de fois (?:plus|moins)\b|\bcuantas veces (?:mas|menos)\b"),
    # "How powerful is the engine?", "How much power does the motor make?": "471 horsepower", "a
    # 5-megawatt plant"; not the "Power is sent to the rear wheels" that shares the question's word.
    (("power",), r"\bhow powerful\b|\bhow much power\b|\b(horsepower|wattage|power output)\b"),
    # "How loud can music be in pubs?": "above 85 decibels", not the sentence that shares "loud music".
    (("loudness",), r"\bhow loud\b|\bwie laut\b|\ba quel volume\b|\bque tan (?:fuerte|alto)\b.*\b(?:musica|ruido|sonido)\b"),
    # "Wie warm war das Wasser im Mittelmeer?": a temperature in degrees, not "wärmere Meere verdunsten mehr".
    (("temperature",), r"\bhow (?:hot|cold|warm)\b|\bwhat (?:was |is |will be )?the temperature\b|\bwie (?:warm|heiss|kalt)\b"
                       r"|\bwelche temperatur\b|\bquelle (?:est |etait |sera )?(?:la )?temperature\b|\bcombien de degres\b"
                       r"|\bque temperatura\b|\bcuantos grados\b"),
    (SIZES, _SIZE),
)
_ASKED_PATTERNS = tuple((measures, re.compile(pattern)) for measures, pattern in _ASKED)
_AMOUNT_NAMED = (
    r"^\W*(?:(?:what|which)(?: (?:is|was|are|were|will be) (?:the|his|her|its|their))?"
    r"|quel(?:le)?s?(?: (?:est|etait|sera) (?:le|la|son|sa|leur))?"
    r"|welche[rsnm]?|wie hoch (?:ist|war) (?:der|die|das|sein|ihr)|que|cual (?:es|era|sera) (?:el|la|su))"
    r"\s+(?:(?:total|annual|average|final|starting|base|estimated|weekly|monthly|yearly|net|gross|ticket|share)\s+)?"
    r"(?:price|cost|fine|profit|salary|revenue|fee|rent|bail|budget|wage|wages|bonus|ransom|reward"
    r"|prix|cout|amende|salaire|loyer|rancon|preis|kosten|gehalt|miete|kaution|lohn|precio|costo|multa|sueldo|salario"
    r"|alquiler|fianza)\b"
)
"""A question naming the amount it asks for right after its "what" ("What fine did the commission
impose?", "What profit did Lowe's report?", "What is her salary?", "Quel est le salaire de X ?", "¿Cuál es el precio?"):
it asks a figure as "how much" does; "What did the company do with its profit?" and "What controls
wages?" do not, so only a few words of kind stand between ("What annual fee ...?")."""
_ASKS_AMOUNT_NAMED = re.compile(_AMOUNT_NAMED)


def asks_amount_by_name(question: str) -> bool:
    """Whether the question opens by naming the amount it asks for (`_AMOUNT_NAMED`)."""
    return _ASKS_AMOUNT_NAMED.search(fold(question.lower().lstrip("¿¡ "))) is not None


_NUMBER_QUESTION = re.compile(
    r"\bhow many times (?:more |less )?[a-z]+ (?:[\w'-]+ ){0,6}?than\b"
    r"|\bhow (much|long|old|far|tall|deep|wide|quickly|soon|fast|heavy|rich|wealthy|powerful|loud|hot|cold|warm)\b|\bwie laut\b|\ba quel volume\b|\bwie schwer\b|\bwhat (percentage|percent|proportion|share)\b"
    r"|\bwhat (?:was |is |will be )?the temperature\b|\bwie (?:warm|heiss|kalt)\b|\bwelche temperatur\b|\bquelle (?:est |etait |sera )?(?:la )?temperature\b"
    r"|\bque temperatura\b"
    r"|\bwie (viel(?:e[nmr]?)?|lange?|alt|teuer|weit|tief|hoch|schnell)\b|\bwelche[rnm]? (anteil|prozentsatz)\b|\bcombien\b|\bquel (age|pourcentage)\b"
    r"|\bcuant[oa]s?\b|\bque (porcentaje|edad|proporcion)\b|\bque tan rapido\b|\ba (quelle|que) distance?i?a?\b"
    r"|\b(?:quel(?:le)?|cual|que)\b(?:\W+[\w'-]+){0,3}?\W+(?:taux|tasas?)\b|\bquelle (?:est |etait |sera )?(?:la )?part\b"
    r"|\ba (quelle vitesse|que velocidad)\b"
    r"|\bwas (?:kostet|kosten)\b|\b(what|quel|quelle|welche[rs]?|wie hoch|cual)\b(?:\W+[\w'-]+){0,6}?\W+(price|cost|savings|prix|cout|montant|economies?|preis|kosten"
    r"|ersparnis|einsparung|precio|costo|ahorros?|speed|vitesse|geschwindigkeit|velocidad|weight|gewicht|poids(?! lourds?)|peso)\b"
    r"|\bwhat (did|does|do|will|would) (?:the |a |an |its |his |her |their )?[\w'-]+(?: [\w'-]+)? (pay|spend|charge|earn)\b"
    r"|^\W*(?:do|does|did|is|are|was|were|will)\b.*\b(?:cost|charge|pay) (?:anything|money|a fee|extra)\b"
    rf"|{_SIZE}|{_PRICE_ADJECTIVE}|{_AMOUNT_NAMED}"
)
"""Openings of a question asking a number. A measure named after "what" is asked when it is near
it ("What did the Apple Watch Series 3 cost?", "What is the top speed?"), not at the end of a
longer phrase ("What diet did people look up most for losing weight?" asks a diet, and read as
asking a weight it was declined: no sentence gave one)."""


UNITS: dict[str, frozenset[str]] = {
    "money": folded_words(
        "$ € £ ¥ ₹ us$ usd eur gbp inr rs rs. dollar dollars euro euros pound pounds yen yuan rupee rupees "
        "cent cents pence franc francs peso pesos dólar dólares centavos franken rappen livres "
        "sh shs ksh tsh ush shilling shillings "
        "lempira lempiras quetzal quetzales colones córdobas bolívares soles francos rublos rubel rubles roubles"
    ),
    "factor": folded_words("times x fold mal fach fois veces"),
    # "por ciento" by its "ciento" alone: "por" is as often "by" ("daños por 10 millones").
    "share": folded_words("% percent percentage prozent prozentpunkte pourcentage ciento porciento"),
    "duration": folded_words(
        "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
        "sekunde sekunden minuten stunde stunden tag tage tagen tages woche wochen monat monate monaten monats jahr jahre jahren jahres "
        "jahrzehnt jahrzehnte seconde secondes heure heures jour jours semaine semaines mois an ans année années "
        "segundo segundos minuto minutos hora horas día días semana semanas mes meses año años"
    ),
    "age": folded_words(
        "old aged age year-old years-old month-old months-old week-old weeks-old day-old days-old "
        "jahre alt jährige jähriger jährigen lebensjahr lebensjahres ans âgé âgée años edad"
    ),
    # A written work's length is told in pages, as a road's in miles ("the 400-page book" answers "How
    # long is the book?"); German "Seiten" is as often sides.
    "distance": folded_words(
        "km kilometre kilometres kilometer kilometers mile miles metre metres meter meters m cm mm feet foot ft "
        "inch inches zoll pouce pouces pulgada pulgadas "
        "yard yards kilometern metern meilen mètre mètres kilomètre kilomètres metro metros "
        "kilómetro kilómetros milla millas centimetre centimetres centimeter centimeters millimetre millimetres "
        "millimeter millimeters nanometre nanometres nanometer nanometers nm µm micrometre micrometres "
        "light-year light-years lightyear lightyears lichtjahr lichtjahre lichtjahren zentimeter millimeter "
        "année-lumière années-lumière centimètre centimètres centímetro centímetros "
        "page pages página páginas"
    ),
    "area": folded_words(
        "acre acres hectare hectares km² m² sq square quadratkilometer quadratkilometern quadratmeter "
        "quadratmetern hektar carré carrés hectárea hectáreas cuadrado cuadrados"
    ),
    # A transfer or processing rate is a speed too: "at about 2 GB/s", "a 100 Mbps line".
    "speed": folded_words(
        "mph kph kmh km/h m/s knot knots noeuds nœuds knoten nudos "
        "kb/s mb/s gb/s tb/s kib/s mib/s gib/s kbit/s mbit/s gbit/s kbps mbps gbps"
    ),
    "weight": folded_words(
        "pound pounds lb lbs kg kilo kilos kilogram kilograms kilogramme kilogrammes ton tons tonne tonnes gram grams "
        "ounce ounces oz stone kilogramm gramm tonnen gramme kilogramo kilogramos gramo gramos tonelada toneladas "
        "libra libras"
    ),
    "loudness": folded_words("decibel decibels db dba dezibel décibel décibels decibelio decibelios"),
    "temperature": folded_words("degree degrees °c °f celsius fahrenheit grad degré degrés grado grados"),
    "power": folded_words(
        "horsepower hp bhp ps kw kilowatt kilowatts megawatt megawatts mw gigawatt gigawatts gw watt watts "
        "chevaux caballos pferdestärken"
    ),
}
_MEASURE_OF: dict[str, tuple[str, ...]] = {
    unit: tuple(measure for measure, units in UNITS.items() if unit in units) for unit in set().union(*UNITS.values())
}
"""Unit word -> the measures it may be a unit of ("years": a duration or an age)."""
_TOKEN = re.compile(r"\b(?:km|m|mi)/[hs]\b|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d.])|\b[KkMmGgTt]i?(?:B|bit)/s\b|[$€£¥₹]?\d[\d.,:]*\d(?:[a-zA-Z%]+)?%?|[$€£¥₹]?\d[a-zA-Z%]*|\w[\w'’.-]*|[$€£¥₹%]", re.UNICODE)
"""Words, units and numbers; a number grouped in thousands by spaces ("555 000 euros") is one."""
_UNIT_TAIL = re.compile(r"^[$€£¥₹]?\d[\d.,:]*(?P<tail>[a-zA-Z%]*)$")
CURRENCY_SIGNS = "$€£¥₹"
"""Currency signs written before the number ("$300"); a word's first letter is no unit ("million")."""
_LETTER_CURRENCY = re.compile(
    r"^(?P<code>R|Rs|Rp|RM|Sh|Shs|KSh|Ksh|TSh|Tsh|USh|Ush)(?P<amount>\d[\d.,]*(?:bn|m|mn|tn)|\d{1,3}(?:,\d{3})+)$"
)
"""A sum written with a currency's letters glued to it: the rand's "R4bn", "R7.5bn", "R1,500", the
rupee's "Rs500,000", the rupiah's, the ringgit's and East Africa's shillings ("Sh4m", "KSh2,500").
Only with a scale ("bn", "m") or thousands written apart, so a road, a model or a form ("R2", "RM3")
is no sum: "How much money is the tax agency getting?" was declined on a page whose every sum was
in rand, read as no money at all."""
_DEGREES = re.compile(
    r"(?P<number>[-−]?\d[\d.,]*)\s?°\s?[CF]?(?!\w)"
    r"|\b(?:below|above) freezing\b|\bsub-zero\b|\bbelow zero\b|\bunter null\b|\bminusgrade\b|\bsous z[ée]ro\b|\bbajo cero\b",
    re.IGNORECASE,
)
"""A temperature told by the degree sign ("supérieure à 1000°", "35 °C") or against freezing ("the
temperature was below freezing", "unter null"): the unit words of `UNITS` do not reach these."""
_DEGREE_WORDS = ("freezing", "zero", "Zero", "null", "Null", "inusgrad", "zéro", "cero")
"""Words one of which `_DEGREES` needs when the sentence has no degree sign: a cheap test before it,
which is tried at every position of every sentence of a page."""
_SHILLING_DASH = re.compile(r"(?<![\w/])(?P<amount>\d[\d.,]*(?:bn|m|mn|k)?)/-")
"""A sum as Tanzanian, Kenyan and Ugandan papers write shillings, a slash and a dash after the
figure with no other unit: "Each pole cost 4m/-", "a profit of 10,000/- per day", "620m/-"."""


_GUARANIES = re.compile(
    r"(?<![\w.])(?:G|Gs|₲)\.?\s?(?P<amount>\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.,]\d)|\d[\d,]*\s(?:millones|millón|mil)\b)"
)
"""A sum in guaraníes as Paraguayan papers write it, a "G." before a figure grouped by full stops:
"deberá devolver G. 160.083.711", "Gs. 37.000.000", "G. 37 millones". Read as no sum, "¿Cuánto
dinero tiene que devolver?" was declined beside the sentence giving it. Only a figure in thousands
or with its scale: "G. 5" is no sum."""


def letter_currency_amount(token: str) -> str | None:
    """The amount of a sum written as `_LETTER_CURRENCY` ("R4bn" -> "4bn"), else None."""
    match = _LETTER_CURRENCY.match(token)
    return match.group("amount") if match else None
_SCALES = folded_words(
    "thousand million millions billion billions trillion bn tausend millionen milliarde milliarden "
    "mille milliard milliards mil millón millones billón billones"
)
"""Words that scale the number before them: a bold amount takes them along ("$300 million")."""


_ONE = folded_words("a one un une una uno ein eine einen")
"""The article that counts one of a scale word: "un billón de pesos", "eine Milliarde Euro"."""


def is_scale(word: str) -> bool:
    """Whether a word (lower case, no accents) scales the number before it ("million", "bn")."""
    return word in _SCALES
REACH = 2
"""How many words away a unit may stand from its number ("$12", "12 million dollars")."""
_OWNERS = folded_words("the its his her their our my your su sus nuestro nuestra sa son ses leur leurs notre sein seine ihr ihre")
"""Words that open another noun phrase: a unit after one of them is no unit of the number before
("3MB su peso" is the app's weight, not pesos; "10 their pounds")."""


@lru_cache(maxsize=1024)
def asked_measures(question: str) -> frozenset[str]:
    """The measures a number question asks for, none for a plain count or no number question.
    Remembered per question: answering one asks it three times, and its long patterns cost a
    tenth of a millisecond each time."""
    folded = fold(question.lower())
    if not _NUMBER_QUESTION.search(folded):
        return frozenset()
    asked = frozenset(next((measures for measures, pattern in _ASKED_PATTERNS if pattern.search(folded)), ()))
    if asked == {"money"} and _COUNTS_THINGS.search(folded):
        return frozenset()
    return asked | {"price"} if "money" in asked and _PRICE_ASKED.search(folded) else asked



_HOW_LONG = re.compile(
    r"\bhow long\b|\bwie lange\b|\bcombien de temps\b|\bdepuis combien\b|\bcuanto tiempo\b"
    r"|\bfor how many (?:days|weeks|months|years|hours)\b"
)


def asks_how_long(question: str) -> bool:
    """Whether a question asks how long something lasted or took ("How long did she date Affleck?"),
    which only a length of time answers: not "how quickly" or "how soon", asked of a duration as
    well but answered by a rate or a manner ("growing at an alarming rate"), nor "How long will the
    jetty be?", a length in metres."""
    folded = fold(question.lower())
    return _HOW_LONG.search(folded) is not None and _ENDS_ON_BE.search(folded) is None


_ENDS_ON_BE = re.compile(r"\bbe\W*$")

_COUNTS_THINGS = re.compile(
    r"\b(?:cuant[oa]s |combien d(?:e |')|wie viele )(?!(?:euros?|dolares|dollars?|libras|livres|pesos|francs?|francos"
    r"|franken|pfund|millones|millionen|milliarden|millions?|milliards?|mil|mille|tausend|centimos|centimes|cent"
    r"|argent|dinero)\b)[a-z]+"
)
"""A French, Spanish or German count of things ("¿Cuántos pisos de alquiler hay?", "Combien de personnes ont payé
l'amende ?", "Wie viele Mitglieder zählt der Club?"): the money word there ("alquiler", "amende", and
"zählt", which reads "zahlt" with its accent dropped) says which things, and the answer is a number
of them, not an amount; a count of money's units ("¿Cuántos millones costó?", "combien d'euros", "wie
viele Euro") is still money. German "wie viel" (no plural) asks an amount and is left as it is."""


_PRICE_ASKED = re.compile(
    r"\b(?:cost|costs|price|prices|charge|charges|fee|fees|pay|ticket|tickets|entry|admission|kostet|kosten"
    r"|preis|eintritt|coute|coutent|cout|prix|entree|cuesta|cuestan|precio|costo|entrada)\b"
)
"""Words asking what something costs to have or attend, which "free of charge" answers; not money
given, raised or earned."""


_PERSON_NOUNS = (
    "star actor actress singer rapper player driver man woman boy girl mother father son daughter wife husband "
    "victim suspect officer teacher student patient resident worker founder owner"
)
"""English nouns for a person that news give an age after ("The former “Dawson’s Creek” star, 42, was
voted off"), as they do after a name."""
_FREE_OF_CHARGE = re.compile(
    r"\b(?:free of charge|(?:entirely |completely |totally )?free(?= to (?:attend|join|use|enter|download)\b)"
    r"|at no (?:extra |additional )?cost|for free|costs? nothing|kostenlos|kostenfrei|gebührenfrei|unentgeltlich"
    r"|gratuite?s?|gratis|gratuitos?|gratuitas?|sin costo|sans frais)\b",
    re.IGNORECASE,
)
"""A price of nothing, told in words: the answer to "How much does it cost?" or "Do the workshops
cost anything?" ("are always completely free of charge"), not to "How much money has X given?"."""
_AGE_APPOSITION = re.compile(
    rf"\b(?P<name>[A-Z][\w'’-]+|(?:{'|'.join(_PERSON_NOUNS.split())}))\.?,? \(?(?P<age>\d{{1,3}})(?:\)?[,)]|\s[–—]\s)"
)
"""A person's age as English and German news give it after the name or a noun for the person:
"Patrick Carlineo Jr., 55," / "(55)", "the star, 42,", "Braun, 38 – who reps ..."."""
_DAY_WORDS = MONTHS_ANY_FORM | RELATIVE_DAYS
"""Words a number after which is a day, not an age: "Nov. 5,", "Today (19), reports arise ..."."""
_AGE_TURNED = re.compile(
    r"\b(?:turned|turns|turning)\s+(?P<age>\d{1,3})\b"
    r"(?![.,]\d|\s*(?:%|percent|per cent|points?|degrees|times|million|billion|thousand|years? ago))",
)
"""An age told as the birthday reached: "He had just turned 21", "when she turns 40" (not "turned
10 percent higher")."""
_AGE_IN_YEARS = re.compile(
    r"\b(?:im|einem|ein) Alter (?:von|zwischen) (?P<age>\d{1,3})(?:\s+(?:und|bis|oder)\s+\d{1,3})?\s+Jahren\b"
)
"""An age as German news give it without "alt" or "-jährig": "zwei Töchter im Alter von 9 und 13
Jahren"; read alone, "Jahren" is a length of time."""

_SINCE_A_YEAR = re.compile(
    r"\b(?:since|seit|depuis|desde)\s+(?:[\w'’-]+\s+){0,2}?(?P<year>(?:1\d{3}|20\d{2})s?)\b", re.IGNORECASE
)
"""A length of time told by the year it began: "since the early 1990s", "depuis 2001", "desde 2010"
answer "how long has it been ...?" ("seit den 1990er-Jahren" is one by its unit)."""
_UNCOUNTED_DURATION = re.compile(
    r"\b(?:within|for|(?:in\s+)?a\s+matter\s+of|take|takes|took|taking|taken|binnen|innerhalb\s+von|en\s+cuesti[oó]n\s+de|en\s+l'espace\s+de)\s+"
    r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|sekunden|minuten|stunden|tagen|wochen|monaten|jahren"
    r"|jahrzehnten|secondes|heures|jours|semaines|segundos|minutos|horas|d[ií]as|semanas|meses|a[nñ]os)\b",
    re.IGNORECASE,
)
"""A length of time told by its unit alone, with no number: "within days, he began to improve",
"This can be done in a matter of hours", "binnen Stunden". Such a sentence often follows the one
that matches the question's words ("he told the man to remove the bedding"), and unless it counts as
holding a duration it cannot take over from it (`Tuning.neighbour_takes`) and "How soon did he get
better?" is declined for want of one. After "take" too: "many of which take hours to fix" answers
"How long do they take to fix?" (a follow-up in session 24 went to "one day" elsewhere)."""
_LONG_COMPOUND = re.compile(
    r"\b(?:\w+-)?(?P<unit>hour|day|week|month|year|decade|centur(?:y|ies)|(?:hour|day|week|month|year|decade)s)-?long\b",
    re.IGNORECASE,
)
"""A length of time told as an adjective ending in "long" ("After a lengthy decade-long restoration,
it opened", "a weeklong strike", "a two-year-long inquiry"): the answer to "How long did the
renovation take?", which was declined as no sentence of the article holding a duration."""
_COMPOUNDED_DURATION = re.compile(
    r"\b(?P<number>\d+-|(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig"
    r"|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|und)+)(?P<unit>jährig|monatig|wöchig|tägig|stündig)(?:e[mnrs]?)?\b"
)
"""A German length of time as one adjective of a number and a unit, lower case ("ihr zehnjähriges
Engagement als Sekretärin", "eine dreimonatige Pause", "die 10-jährige Amtszeit"): the answer to "Wie
lange war sie Sekretärin?", which was declined as no sentence of the article holding a duration.
In years it is as often an age ("der achtjährige Junge"), and is read as both, as French "dix ans"
is. The noun of a person's age ("der 41-Jährige") is capitalised and is an age (`_MEASURE_OF`)."""
_UNCOUNTED_DURATION_BY_VERB = re.compile(
    r"\b(?:(?:noch|einige|mehrere|viele)\s+)?(?P<unit>jahre|monate|wochen|tage|stunden|jahrzehnte)\s+(?:dauern|dauert|dauerte|lang)\b"
    r"|\b(?:dauern|dauert|dauerte)\s+(?:noch\s+)?(?:(?:einige|mehrere|viele)\s+)?(?P<unit_after>jahre|monate|wochen|tage|stunden)\b"
    r"|\b(?:pendant|durant|prendra|prend|a pris|prendre)\s+des\s+(?P<unit_fr>années|ans|mois|semaines|jours|heures)\b"
    r"|\b(?:durante|llevará|llevó|lleva|tardará|tardó|tarda)\s+(?P<unit_es>años|meses|semanas|días|horas)\b",
    re.IGNORECASE,
)
"""German, French and Spanish lengths of time told by their unit and a verb of lasting, with no
number: "wird es noch Jahre dauern", "dauert Monate", "prendra des années", "llevará años". The
English form ("take years") is in `_UNCOUNTED_DURATION`; without these, "Wie lange wird die
Sanierung dauern?" was declined on a page whose answer was "wird es noch Jahre dauern"."""
_PER_HOUR = re.compile(
    r"(?P<number>\b\d[\d.,]*)\s+(?:kil[oó]m[eè]tres?|kil[oó]metros?|km|millas|kilometern?)\s+"
    r"(?:por hora|par heure|à l'heure|à l’heure|pro stunde|in der stunde)\b",
    re.IGNORECASE,
)
"""A French, Spanish or German speed in words, whose unit is a length and a time: "rachas de hasta 50
kilómetros por hora", "130 kilomètres à l'heure" (not a distance)."""


_SHARE_IN_WORDS = re.compile(
    r"\b(?P<number>\d[\d.,]*)\s+pour\s?cent\b"
    r"|\b(?P<fraction>(?:la |une )?moitié|(?:un|deux) tiers|(?:un|trois) quarts?"
    r"|(?:la )?mitad|(?:un|dos) tercios?|(?:un|tres) cuartos?)(?= (?:des?|du|del|la|las|los|les)\b)",
    re.IGNORECASE,
)
"""A French or Spanish share in words: "7,5 pour cent des actifs", "la moitié des salariés", "un tiers
des électeurs", "dos tercios de los votos": "Quel est le taux de ...?" and "Quelle part ...?" ask a
share, and a sentence giving it so holds one. Only before "de": "un quart d'heure" is a time."""


def _unit_word(token: str) -> str:
    """A token as the unit lists hold it: lower case, no accents, no elision ("d'euros" -> "euros")."""
    return fold(token.lower()).replace("’", "'").rstrip(".").rsplit("'", 1)[-1] or token


def _number_part(token: str) -> str:
    """The number a token opens with when a number word is joined to its unit by a hyphen
    ("five-minute", "three-year-old"), else the token: "five-minute" is as long a time as "5-minute"."""
    head, hyphen, _ = token.partition("-")
    return head if hyphen and head.isalpha() else token


_LASTING = frozenset({"lang", "lange"})
"""Words after a number of years that make it a stretch of time, never an age: "Bondi sei rund 20
Jahre lang Staatsanwältin gewesen" answered "Wie alt ist Gaetz?"."""
_AGO_BEFORE = re.compile(r"\b(?:hace|il y a|vor)\s+$", re.IGNORECASE)
"""The words before a length of time back from now, which is no age: "hace tres años", "il y a deux
ans", "vor drei Jahren"."""


_PERSON_OF_AN_AGE = (
    "homme|femme|enfant|garçon|fille|adolescente?|jeune|mineure?|suspect|victime|retraitée?|bébé"
    "|hombre|mujer|niño|niña|joven|menor|chic[oa]|anciano|anciana|sospechos[oa]|víctima|bebé"
)
_AGES_TOLD_ROMANCE = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    r"\b(?:âgée?s?|agée?s?|edad de)\s+(?:de\s+)?(?P<age>\d{1,3})\s+(?:ans|años)\b",
    rf"\b(?:{_PERSON_OF_AN_AGE})s?\s+de\s+(?P<age>\d{{1,3}})\s+(?:ans|años)\b",
    r",\s+de\s+(?P<age>\d{1,3})\s+años\s*[,)]",
    r"\b(?P<age>\d{1,3})\s+años\s+de\s+edad\b",
))
"""A person's age as French and Spanish news give it: "le suspect, âgé de 36 ans", "un enfant de 14
ans", "Juan García, de 36 años,", "23 años de edad". Its years are no length of time: "Combien de
temps a-t-il fallu pour interpeller l'agresseur ?" was answered by "le suspect, âgé de 36 ans"."""


_TERM_SERVED = re.compile(
    r"\b(?P<number>\w+)\s+(?:ans|années|mois|años|meses)\b(?=(?:\s+(?:et|y)\s+\w+\s+(?:mois|meses|jours|días))?"
    r"\s+(?:de\s+)?(?:prison|réclusion|détention|prisión|cárcel|inhabilitación|condena|internamiento)\b)",
    re.IGNORECASE,
)
"""A French or Spanish term in prison or out of office ("10 años y 5 meses de prisión", "dos años y
once meses de cárcel", "cinq ans de prison"): how long, never anyone's age ("¿Cuántos años tiene
Zaplana?" was answered by his sentence)."""


def _ages_told(text: str) -> set[int]:
    """Where the numbers of the ages a French or Spanish sentence tells (`_AGES_TOLD_ROMANCE`) start."""
    return {found.start("age") for pattern in _AGES_TOLD_ROMANCE for found in pattern.finditer(text)}


def measure_spans(text: str, is_number: Callable[[str], bool]) -> dict[str, list[tuple[int, int, str]]]:
    """For each measure the sentence offers, where (start and end characters, from the unit to
    its number: "Rs 299", "12 million dollars") and the number itself."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    for age in _AGE_APPOSITION.finditer(text):
        if fold(age.group("name").lower()) not in _DAY_WORDS:
            found.setdefault("age", []).append((age.start("age"), age.end("age"), age.group("age")))
    for age in _AGE_TURNED.finditer(text):
        found.setdefault("age", []).append((age.start("age"), age.end("age"), age.group("age")))
    for age in _AGE_IN_YEARS.finditer(text):
        found.setdefault("age", []).append((age.start("age"), age.end(), age.group("age")))
    for free in _FREE_OF_CHARGE.finditer(text):
        found.setdefault("price", []).append((free.start(), free.end(), "0"))
    if "°" in text or any(word in text for word in _DEGREE_WORDS):
        for degrees in _DEGREES.finditer(text):
            found.setdefault("temperature", []).append((degrees.start(), degrees.end(), degrees.group("number") or "0"))
    for speed in _PER_HOUR.finditer(text):
        found.setdefault("speed", []).append((speed.start(), speed.end(), speed.group("number")))
    for since in _SINCE_A_YEAR.finditer(text):
        found.setdefault("duration", []).append((since.start(), since.end(), since.group("year")))
    for vague in _UNCOUNTED_DURATION.finditer(text):
        found.setdefault("duration", []).append((vague.start(), vague.end(), vague.group("unit").lower()))
    for compound in _LONG_COMPOUND.finditer(text):
        found.setdefault("duration", []).append((compound.start(), compound.end(), compound.group("unit").lower()))
    for compound in _COMPOUNDED_DURATION.finditer(text):
        told = (compound.start(), compound.end(), compound.group("number").rstrip("-"))
        for measure in ("duration", "age") if compound.group("unit") == "jährig" else ("duration",):
            found.setdefault(measure, []).append(told)
    for vague in _UNCOUNTED_DURATION_BY_VERB.finditer(text):
        unit = next(group for group in vague.groups() if group)
        found.setdefault("duration", []).append((vague.start(), vague.end(), unit.lower()))
    for share in _SHARE_IN_WORDS.finditer(text):
        found.setdefault("share", []).append((share.start(), share.end(), share.group("number") or share.group("fraction").lower()))
    for sum_told in (*_SHILLING_DASH.finditer(text), *_GUARANIES.finditer(text)):
        found.setdefault("money", []).append((sum_told.start(), sum_told.end(), sum_told.group("amount")))
    matches = list(_TOKEN.finditer(text))
    tokens: dict[int, str] = {}

    def unit_word(position: int) -> str:
        if position not in tokens:
            tokens[position] = _unit_word(matches[position].group())
        return tokens[position]

    def units_at(position: int) -> tuple[str, ...]:
        """The measures the word at `position` is a unit of: "year-old", "53-day-long" and "two-thirds"
        by their parts, "year-old-man" by its first two, "million-year-old" by its last two (an age,
        not a duration), and a year of light ("light years", "años luz") is a length."""
        word = unit_word(position)
        if word == "miles" and position + 1 < len(matches) and unit_word(position + 1) == "de":
            return ()  # Spanish "miles de turistas": thousands of them, no length
        parts = word.split("-")
        pieces = (word, "-".join(parts[:2]), "-".join(parts[-2:]), *parts)
        units = next((units for piece in pieces if (units := _MEASURE_OF.get(piece))), ())
        if "duration" in units and (
            (position > 0 and unit_word(position - 1) == "light")
            or (position + 1 < len(matches) and unit_word(position + 1) == "luz")
        ):
            return ("distance",)
        return units

    def widened(span: tuple[int, int, str]) -> tuple[int, int, str]:
        """A vague amount with the bound before it, which says the most of it: "more than a year",
        "plus d'un an"."""
        start, end, number = span
        return bound_start(text, start), end, number

    def scaled_end(position: int) -> int:
        """Where the amount ends: past a scale word after the number ("$300 million")."""
        after = position + 1
        last = matches[after if after < len(matches) and unit_word(after) in _SCALES else position]
        return last.start() + len(last.group().rstrip("."))

    def whole_number_start(position: int) -> int:
        """Where the number whose last word is at `position` starts: "two and a half years" is
        one amount, whose bold "half years" alone misread; so is "10 millones de dólares", whose
        figure stands before the scale word, three words from the unit."""
        if unit_word(position) == "half" and position >= 3 and [unit_word(position - 2), unit_word(position - 1)] == [
            "and", "a"
        ] and is_number(matches[position - 3].group()):
            return position - 3
        if is_scale(unit_word(position)) and position >= 1 and (
            is_number(_number_part(matches[position - 1].group())) or unit_word(position - 1) in _ONE
        ):
            return position - 1  # "10 millones de dólares"; "un billón de pesos", "a million dollars"
        return position

    def spanish_hundred(position: int) -> bool:
        """Whether the word is the "ciento" of "por ciento": the unit of a share, no number of its own
        ("más del 60 por ciento" is 60, not "ciento")."""
        return unit_word(position) == "ciento" and position > 0 and unit_word(position - 1) == "por"

    numbers = [
        position for position, match in enumerate(matches)
        if is_number(_number_part(match.group())) and not spanish_hundred(position)
    ]

    def lasting(unit: int) -> bool:
        """Whether the unit is told as how long something lasted ("20 Jahre lang"), no one's age."""
        return unit + 1 < len(matches) and unit_word(unit + 1) in _LASTING

    for position in numbers:
        if unit_word(position) in _TIMES:
            continue
        ratio = _ratio_end(matches, position, is_number)
        if ratio is not None:
            found.setdefault("share", []).append((matches[position].start(), matches[ratio].end(), unit_word(position)))
        token = unit_word(position)
        inside = _UNIT_TAIL.match(token)
        number = _number_part(token).strip("$€£¥₹%")
        symbol = _MEASURE_OF.get(token[0], ()) if token[0] in CURRENCY_SIGNS else ()
        lettered = letter_currency_amount(matches[position].group())
        if lettered is not None:
            number, symbol = lettered, ("money",)
        own = {*(_MEASURE_OF.get(inside["tail"], ()) if inside else ()), *symbol}
        for measure in own:
            found.setdefault(measure, []).append((matches[position].start(), scaled_end(position), number))
        reach: dict[str, list[int]] = {}
        for other in range(max(0, position - REACH), min(len(matches), position + REACH + 1)):
            if any(unit_word(between) in _OWNERS for between in range(position + 1, other)):
                continue  # "al reducir a 3MB su peso": the thing's own weight, no pesos
            if other > position + 1 and unit_word(other - 1) in _RATE_BEFORE:
                continue  # "$10.50 an hour", "60 miles per hour": the unit of a rate's "an", not the number's
            if unit_word(other) in _RATE_BEFORE and other + 1 < len(matches) and units_at(other + 1):
                continue  # English "an hour" is no French "an" (a year)
            for measure in units_at(other):
                reach.setdefault(measure, []).append(other)
        for measure, near in reach.items():
            if measure == "age" and any(lasting(other) for other in near):
                continue
            if measure == "age" and _AGO_BEFORE.search(text, 0, matches[position].start()):
                continue  # "hace tres años, cuando el menor tenía diez años": a time ago, no age
            if measure not in own:
                # The closest unit, the one after on a tie: "3,200 miles (5,150 km)" is two amounts.
                unit = min(near, key=lambda other: (abs(other - position), other < position))
                if measure == "duration" and unit < position:
                    # "during day one of the trial", "in the financial year of 2016/17": which day or year, not
                    # how long; a duration puts its number first ("three days", "drei Tage", "trois jours")
                    continue
                first, last = min(unit, whole_number_start(position)), max(unit, position)
                found.setdefault(measure, []).append((matches[first].start(), scaled_end(last), number))
    for position in range(len(matches)):
        if _is_half_share(position, unit_word, len(matches)):
            found.setdefault("share", []).append(
                widened((matches[position].start(), matches[position].end(), unit_word(position)))
            )
        elif _is_each_nth(position, unit_word, len(matches)):
            found.setdefault("share", []).append(
                widened((matches[position].start(), matches[position + 1].end(), unit_word(position + 1)))
            )
    for position in range(len(matches) - 1):
        unit = _indefinite_unit(position, unit_word, len(matches), is_number)
        if unit is not None:
            for measure in set(units_at(unit)) & _INDEFINITE_MEASURES:
                found.setdefault(measure, []).append(
                    widened((matches[position].start(), matches[unit].start() + len(matches[unit].group().rstrip(".")),
                             unit_word(position)))
                )
    terms_served = {term.start() for term in _TERM_SERVED.finditer(text)}
    for measure, told in (("duration", _ages_told(text)), ("age", terms_served)):
        if told and measure in found:
            found[measure] = [span for span in found[measure] if not any(span[0] <= at < span[1] for at in told)]
            if not found[measure]:
                del found[measure]
    return found


INDEFINITE = folded_words(
    "a an several few couple ein eine einen einem einer eines paar mehrere einige un une plusieurs "
    "quelques uno una unos unas varios varias algunos algunas"
)
"""Words that stand for a number right before a unit: "a year", "an hour", "a few weeks", "ein Jahr",
"plus d'un an", "más de un año", "several months"."""
_RATE_BEFORE = INDEFINITE | folded_words("per pro")
"""Words that take the unit after them from a number before them: "$10.50 an hour" is a wage, no
length of time (it answered "How long will the strike go on?"), "three days a week" is three
days, and "60 miles per hour" is no hour."""
_TIMES = folded_words("once twice thrice einmal zweimal dreimal")
"""Number words that count times: "twice a year" is how often, not an amount of years."""
_INDEFINITE_MEASURES = frozenset({"duration", "distance", "area", "weight"})
AMOUNT_MEASURES = frozenset({"distance", "area", "weight"})
"""The measures whose amount answers "how much" of some stuff ("a foot of snow", "two tonnes of
grain", "an acre of land"); a duration does not ("how much snow" is no "a year")."""
"""The measures an indefinite quantity can give: "a year", "a mile", "an acre", "a ton"; not "a dollar"
nor "one per cent", said more often of a kind than of an amount."""
_NOT_AN_AMOUNT_AFTER = folded_words(
    "ago earlier later before after old older younger früher später zuvor davor danach alt plus tôt tard "
    "auparavant antes después atrás"
)
"""Words after "a year" that make it a point in time or an age ("a year ago", "a week later", "a year old")."""
_NOT_AN_AMOUNT_BEFORE = folded_words("once twice times per every each pro par por cada jede jeden jedes chaque")
"""Words before "a year" that make it a rate ("twice a year", "once a week", "par an")."""


def _indefinite_unit(
    position: int, unit_word: Callable[[int], str], size: int, is_number: Callable[[str], bool]
) -> int | None:
    """Where the unit of an indefinite quantity starting at `position` stands ("a year": the next
    word; "a couple of days": two words on), or None when the word there is none or names a point
    in time or a rate, not an amount."""
    if unit_word(position) not in INDEFINITE:
        return None
    unit = position + 1
    if unit_word(unit) in {"couple", "few", "paar"}:
        unit += 1
    if unit < size and unit_word(unit) == "of":
        unit += 1
    if unit >= size or unit_word(unit) not in _MEASURE_OF and "-" not in unit_word(unit):
        return None
    previous = unit_word(position - 1) if position else ""
    if previous in _NOT_AN_AMOUNT_BEFORE or previous in INDEFINITE or (
        previous and (is_number(previous) or previous in _MEASURE_OF)
    ):
        return None
    if unit + 1 < size and unit_word(unit + 1) in _NOT_AN_AMOUNT_AFTER:
        return None
    return unit


_HALF = folded_words("half hälfte moitié mitad drittel viertel fünftel zehntel")
"""Words for a part of a whole: "half", "die Hälfte", and German fractions ("mehr als ein Drittel davon")."""
_NOT_A_SHARE_BEFORE = folded_words("the a an first second other latter one and die der erste zweite la une première seconde")
"""Words before "half" that make it a part of something else ("the first half of 2020", "a half")."""


_EACH = folded_words("jeder jede jedes")
_NTH = folded_words(
    "zweite dritte vierte fünfte sechste siebte achte neunte zehnte zwanzigste hundertste tausendste"
)
"""German gives a share as "each n-th" ("Mehr als jeder zehnte Erwachsene hat das Ticket gekauft",
"jeder fünfte Bundesbürger"): the answer to "Welcher Anteil ...?" as much as "zehn Prozent"."""


def _is_each_nth(position: int, unit_word: Callable[[int], str], size: int) -> bool:
    """Whether the words at `position` are a German "jeder zehnte" (`_EACH`, `_NTH`)."""
    return position + 1 < size and unit_word(position) in _EACH and unit_word(position + 1) in _NTH


def _is_half_share(position: int, unit_word: Callable[[int], str], size: int) -> bool:
    """Whether the word at `position` is "half" standing for a share of a group ("just over half were
    female", "la moitié des ..."), not part of a time ("half an hour", "the second half")."""
    if unit_word(position) not in _HALF:
        return False
    previous = unit_word(position - 1) if position else ""
    following = unit_word(position + 1) if position + 1 < size else ""
    return previous not in _NOT_A_SHARE_BEFORE and following not in INDEFINITE and following not in _MEASURE_OF


_BOUND = re.compile(
    r"\b(?:more than|less than|fewer than|over|under|about|around|nearly|almost|roughly|approximately|just over"
    r"|just under|up to|at least|mehr als|weniger als|fast|knapp|rund|etwa|uber|plus de|moins de"
    r"|pres de|environ|presque|mas de|menos de|casi|cerca de|alrededor de)\s*$"
)
"""Words that bound an amount, just before it: they belong to the answer ("more than a year")."""
_ELIDED_BOUND = re.compile(r"\b(?:plus|moins|pres)\s*$")
"""The same before an elided French article: "plus d'un an"."""
_LONGEST_BOUND = 16
"""Characters before an amount searched for a bound."""


def bound_start(text: str, start: int) -> int:
    """Where an amount starting at `start` starts with the bound before it ("more than 100",
    "rund 30 000", "casi 500", "plus d'un an"): a reader needs the bound to read the amount right."""
    before = fold(text[max(0, start - _LONGEST_BOUND):start].lower())
    bound = _BOUND.search(before) or (_ELIDED_BOUND.search(before) if text[start:start + 2] in ("d'", "d’") else None)
    return start - (len(before) - bound.start()) if bound else start


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


_NOT_COUNTS = frozenset(UNITS) - {"share", "factor"}
"""Measures whose number counts nothing a "how many" question asks: a sum, a time, an age, a
distance, a speed, a weight, a power. A share may count ("36 Prozent" of the votes), and so may a
factor's word: "met three times" answers "How many times did they meet?"."""


_SHILLINGS_BEFORE = folded_words("sh shs ksh tsh ush")


def _in_shillings(text: str, matches: list[re.Match[str]], position: int) -> bool:
    """Whether the number at `position` is a sum of shillings: "4m/-" (`_SHILLING_DASH`) or "Sh 2bn",
    whose letters stand before it, where no other unit does; or of guaraníes ("G. 160.083.711",
    `_GUARANIES`)."""
    before = _unit_word(matches[position - 1].group()) if position > 0 else ""
    return text.startswith("/-", matches[position].end()) or before in _SHILLINGS_BEFORE or any(
        guaranies.start("amount") == matches[position].start() for guaranies in _GUARANIES.finditer(text)
    )


def measuring_numbers(text: str, is_number: Callable[[str], bool]) -> tuple[frozenset[str], frozenset[str]]:
    """The numbers of a sentence (lower case, no accents) that measure rather than count, and those
    that may count. A number measures when its unit stands right after it, past a scale word ("seven
    years before", "12 million dollars", "43-year-old"), is written on it ("$22.6bn", "10km"), or it
    is an age after a name ("Battin, 33,") or one reached ("turned 21"). `measure_spans` reaches two words either way, which
    suits a measure asked but not a count: "nine witnesses testifying over three days" counts
    witnesses. A number written twice, once each way, is in both."""
    matches = list(_TOKEN.finditer(text))
    ages = {age.start("age") for age in (*_AGE_APPOSITION.finditer(text), *_AGE_TURNED.finditer(text))}
    measuring: set[str] = set()
    counting: set[str] = set()
    for position, match in enumerate(matches):
        token = match.group()
        if not is_number(token):
            continue
        word = _unit_word(token)
        inside = _UNIT_TAIL.match(word)
        after = position + 1
        if after < len(matches) and _unit_word(matches[after].group()) in _SCALES:
            after += 1
        unit = _unit_word(matches[after].group()) if after < len(matches) else ""
        units = {*_MEASURE_OF.get(unit, ()), *_MEASURE_OF.get(unit.split("-")[0], ())}
        if inside:
            units.update(_MEASURE_OF.get(inside["tail"], ()))
        if word[0] in CURRENCY_SIGNS or match.start() in ages or units & _NOT_COUNTS:
            measuring.add(word.strip(CURRENCY_SIGNS))
        elif letter_currency_amount(token) is not None or _in_shillings(text, matches, position):
            measuring.add(word)
        else:
            counting.add(word)
    return frozenset(measuring), frozenset(counting)
