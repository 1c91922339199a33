"""Tables that lay out a page, told apart from tables of data.

trafilatura writes every table row as one line, "| cell | cell |", with a bar inside a cell
escaped ("Home \\| News"). Old sites build the whole page out of nested tables: the section menu
is a row, the navigation column a stack of one-link rows, the story one big cell. Read as table
rows, those put bars and empty cells into the summary and keep the menu glued to the page.

A row is layout when it has a single filled cell or when one of its cells is prose (a table of
data has short cells side by side): its filled cells become paragraphs of their own. A stack of
`HEADLINE_RUN` or more one-cell rows that are short labels ("Sections", "Local News", "County")
is a navigation column and goes. Rows of data stay as they are, since readers ask about them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from bot.reader.extract.clutter import HEADLINE_RUN, Block, is_title_like
from bot.reader.text.language import words

PROSE_WORDS = 25
"""A cell this long is a paragraph of text, not a value in a table."""
_CELL_BAR = re.compile(r"(?<!\\)\|")


def _cells(line: str) -> list[str] | None:
    """The filled cells of a table row, with escaped bars put back; None for a line that is no row."""
    text = line.strip()
    if len(text) < 2 or not (text.startswith("|") and text.endswith("|")):
        return None
    cells = (cell.replace("\\|", "|").strip() for cell in _CELL_BAR.split(text[1:-1]))
    return [cell for cell in cells if cell]


def unwrap_layout(blocks: Iterable[Block]) -> Iterator[Block]:
    """The blocks with layout rows opened into paragraphs and empty rows and navigation stacks gone."""
    labels: list[Block] = []
    for block in blocks:
        cells = _cells(block.text)
        if cells is not None and len(cells) == 1 and is_title_like(cells[0]):
            labels.append(replace(block, text=cells[0]))
            continue
        if len(labels) < HEADLINE_RUN:
            yield from labels
        labels = []
        if cells is None:
            yield block
        elif len(cells) == 1 or any(len(words(cell)) >= PROSE_WORDS for cell in cells):
            yield from (replace(block, text=cell) for cell in cells)
        elif cells:
            yield block
    if len(labels) < HEADLINE_RUN:
        yield from labels
