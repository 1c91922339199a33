"""Tables that lay out a page, told apart from tables of data.

trafilatura writes every table row as one line, "| cell | cell |", with a bar inside a cell
escaped ("Home \\| News"). Old sites build the whole page out of nested tables: the section menu
is a row, the navigation column a stack of one-link rows, the story one big cell. Read as table
rows, those put bars and empty cells into the summary and keep the menu glued to the page.

A row is layout when it has a single filled cell or when one of its cells is prose (a table of
data has short cells side by side): its filled cells become paragraphs of their own. A stack of
`HEADLINE_RUN` or more one-cell rows that are short labels ("Sections", "Local News", "County")
is a navigation column and goes. Rows of data stay as they are, since readers ask about them.

Before trafilatura runs, a table that holds the story's own paragraphs (`<p>` elements of prose)
is opened into plain blocks: trafilatura writes a table cell as one line, so a story laid out in a
cell ("<td><p>…</p><p>…</p></td>") would come out as one paragraph, glued to its headline and
dateline, with every answer in "paragraph 1 of 2".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from lxml.html import HtmlElement

from bot.reader.article import is_table_row
from bot.reader.extract.clutter import HEADLINE_RUN, Block, is_title_like
from bot.reader.extract.pasted_tables import PROSE_WORDS
from bot.reader.text.language import words

_CELL_BAR = re.compile(r"(?<!\\)\|")
PROSE_PARAGRAPHS = 2
"""A table holding this many paragraphs of prose lays out a story; a table of data holds none."""
_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})


def open_layout_tables(tree: HtmlElement) -> None:
    """Turn, in place, every table that holds `PROSE_PARAGRAPHS` paragraphs of prose (with the
    tables around it) into divisions, so trafilatura reads its paragraphs one by one.

    Not a table with a paragraph of prose broken by `<br>`: trafilatura reads the paragraphs of
    such hand-wrapped old pages line by line once they are out of their cell, cutting sentences in
    two, where the cell's one line keeps them whole."""
    prose: dict[HtmlElement, int] = {}
    wrapped: set[HtmlElement] = set()
    for paragraph in tree.iter("p"):
        if len(words(paragraph.text_content())) >= PROSE_WORDS:
            tables = list(paragraph.iterancestors("table"))
            if paragraph.find(".//br") is not None:
                wrapped.update(tables)
            for table in tables:
                prose[table] = prose.get(table, 0) + 1
    for table, paragraphs in prose.items():
        if paragraphs >= PROSE_PARAGRAPHS and table not in wrapped:
            _open(table)


def _open(table: HtmlElement) -> None:
    """A table's own parts (not those of a table inside a cell) as divisions."""
    table.tag = "div"
    for part in table:
        rows = list(part) if part.tag in _ROW_GROUPS else [part]
        if part.tag in _ROW_GROUPS:
            part.tag = "div"
        for row in rows:
            if row.tag == "tr":
                row.tag = "div"
                for cell in row:
                    if cell.tag in ("td", "th"):
                        cell.tag = "div"


def _cells(line: str) -> list[str] | None:
    """The filled cells of a table row, with escaped bars put back; None for a line that is no row."""
    text = line.strip()
    if len(text) < 2 or not (is_table_row(text) and text.endswith("|")):
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
