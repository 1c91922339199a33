"""Calendar words in the bot's languages: what marks a date, shared by the kinds of answer, the
measures (a day after a month is no age) and the bold phrase."""

from __future__ import annotations

from bot.reader.text.language import folded_words

# Compared with a sentence's words after folding accents, so they are folded too ("märz" -> "marz").
MONTHS_AND_DAYS = folded_words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday century decade "
    "januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag jahrhundert janvier février mars avril juin juillet août septembre octobre "
    "novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche siècle "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "lunes martes miércoles jueves viernes sábado domingo siglo"
)
MONTHS_ANY_FORM = MONTHS_AND_DAYS | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
"""Month names and their short forms: the number after one ("Oct. 25") is a day, not a count."""
