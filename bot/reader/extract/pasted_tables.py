"""A table in pasted text: its rows kept as rows, not read as sentences.

A table copied from a browser or a spreadsheet reaches the chat as lines of cells separated by
tabs ("Alabama⇥5.1 million⇥3.2%⇥Rate fell for the third month."). Tidied into single spaces, each
line read as a sentence of glued cells, and a state-by-state table with a notes column filled the
summary ("Alabama 5.1 million 3.2% Montgomery Rate fell for the third month in a row."). Written as
extraction writes a page's table rows ("| Alabama | 5.1 million | 3.2% | … |"), the rows stay out
of the summary and the sentences' count, and questions are still answered from them, as from a
page's table.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.reader.text.language import words

PROSE_WORDS = 25
"""A cell this long is a paragraph of text, not a value in a table."""
_TABS = re.compile(r"\t+")


def pasted_row(line: str, tidy: Callable[[str], str]) -> str | None:
    """The line as a table row when it is cells separated by tabs, each `tidy`'d; else None. A line
    with one cell (an indented paragraph) or with a cell of prose (two columns of a page's layout
    copied together) is no row of data."""
    cells = [tidy(cell) for cell in _TABS.split(line.strip())]
    cells = [cell for cell in cells if cell]
    if len(cells) < 2 or any(len(words(cell)) >= PROSE_WORDS for cell in cells):
        return None
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"
