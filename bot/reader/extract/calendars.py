"""A blog's calendar box: a month's days in a table of seven columns, printed after the post.

WordPress and many blog systems show a month calendar in the sidebar ("February 2020", "| Su | Mo |
Tu | … |", "| 9 | 10 | 11 | 12 | 13 | 14 | 15 |"), which the extractor keeps as table rows at the
post's end; they answered "when …?" with a row of day numbers. A row is the calendar's when its seven
cells are the weekdays' short names, or days of the month in order with blanks only before the first
or after the last; a data table's row of seven numbers is rarely a run of consecutive days.
"""

from __future__ import annotations

from bot.reader.article import is_table_row

DAYS_IN_A_WEEK = 7
_WEEKDAYS = frozenset(
    "mo tu we th fr sa su m t w f s mon tue wed thu fri sat sun di mi do so lu ma me je ve "
    "lun mar mer jeu ven sam dim mié jue vie sáb dom l j v x d".split()
)
"""Weekdays as a calendar's header abbreviates them, in English, German, French and Spanish."""


def is_calendar_row(text: str) -> bool:
    """Whether a table row is a month calendar's: its header of weekday names or a week of days."""
    if not is_table_row(text):
        return False
    cells = [cell.strip().lower().rstrip(".") for cell in text.strip().strip("|").split("|")]
    if len(cells) != DAYS_IN_A_WEEK:
        return False
    if all(cell in _WEEKDAYS for cell in cells):
        return True
    filled = [index for index, cell in enumerate(cells) if cell]
    # A day is one or two decimal digits: `int` refuses a superscript or a number of 4,300 digits.
    if not filled or not all(cells[index].isdecimal() and len(cells[index]) <= 2 for index in filled):
        return False
    first, last = filled[0], filled[-1]
    days = [int(cells[index]) for index in range(first, last + 1) if cells[index]]
    consecutive = len(days) == last - first + 1 and all(b == a + 1 for a, b in zip(days, days[1:]))
    return consecutive and 1 <= days[0] and days[-1] <= 31 and (first == 0 or days[0] == 1) and (
        last == DAYS_IN_A_WEEK - 1 or days[-1] >= 28)
