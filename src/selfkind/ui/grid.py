"""A table of many rows drawn line by line: fixed columns, each cell's lines wrapped here.

Rich's Table measures every cell and wraps it through Text, which for a caseload of hundreds
of clients costs more than everything else `clinic list` does; a Grid lays its columns out
once and yields segments. In plain mode it is taken apart as the Table `as_table` gives
(ui/linear.py), so a screen reader hears it as any other table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rich.cells import cell_len, chop_cells
from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

Cell = list[tuple[str, str]]  # lines of (text, style)
GAP = 2  # spaces between columns
LONGEST_WORD = 16  # a longer word is cut at its column's edge


class Grid:
    def __init__(self, headers: list[str], *, header_style: str) -> None:
        self.headers, self.header_style = headers, header_style
        self.rows: list[list[Cell]] = []
        self._styles: dict[str, Style] = {}

    def add_row(self, *cells: Cell) -> None:
        self.rows.append(list(cells))

    def as_table(self) -> Table:
        """The grid for plain mode: a line a row, each cell named by its column, as a screen
        reader cannot look up to the heading."""
        table = Table(*self.headers, box=None, show_header=False)
        for row in self.rows:
            table.add_row(
                *(
                    Text(f"{header}: " + "; ".join(text for text, _ in cell))
                    for header, cell in zip(self.headers, row, strict=True)
                )
            )
        return table

    def widths(self, total: int) -> list[int]:
        """Each column's width: its longest line when all fit; else each starts at its
        longest word, or its longest line if that is short (up to LONGEST_WORD: a name or
        "2 days ago" is not cut), and the room left is shared by how much more each needs,
        so the column with the longest lines gets the most."""
        room = total - GAP * (len(self.headers) - 1)
        columns = range(len(self.headers))
        words = [self._longest(column, words=True) for column in columns]
        lines = [max(self._longest(column, words=False), words[column]) for column in columns]
        if sum(lines) <= room:
            return lines
        widths = [
            min(LONGEST_WORD, line if line <= LONGEST_WORD else word)
            for line, word in zip(lines, words, strict=True)
        ]
        needs = [line - width for line, width in zip(lines, widths, strict=True)]
        spare = max(0, room - sum(widths))
        exact = [spare * need / max(1, sum(needs)) for need in needs]
        shares = [int(share) for share in exact]
        # what rounding down left over goes to the columns it was taken most from
        by_remainder = sorted(columns, key=lambda column: shares[column] - exact[column])
        for column in by_remainder[: spare - sum(shares)]:
            shares[column] += 1
        return [width + share for width, share in zip(widths, shares, strict=True)]

    def _longest(self, column: int, *, words: bool) -> int:
        """The widest word (or the widest line, headers apart: they wrap) in a column."""
        cells = [*(row[column] for row in self.rows)]
        if words:
            cells.append([(self.headers[column], "")])
            found = (_width(w) for cell in cells for text, _ in cell for w in text.split())
        else:
            found = (_width(text) for cell in cells for text, _ in cell)
        return max(found, default=1)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = self.widths(options.max_width)
        heads = [[(header, self.header_style)] for header in self.headers]
        yield from self._row(console, heads, widths)
        for number, row in enumerate(self.rows):
            if number:
                yield Segment.line()
            yield from self._row(console, row, widths)

    def _row(self, console: Console, cells: list[Cell], widths: list[int]) -> Iterator[Segment]:
        """A row's lines: each cell's text padded to its column (one segment a cell)."""
        wrapped = [list(_lines(cell, width)) for cell, width in zip(cells, widths, strict=True)]
        last = len(widths) - 1
        for line in range(max(len(lines) for lines in wrapped)):
            for column, (lines, width) in enumerate(zip(wrapped, widths, strict=True)):
                text, style = lines[line] if line < len(lines) else ("", "")
                pad = 0 if column == last else width - _width(text) + GAP
                yield Segment(text + " " * pad, self._style(console, style))
            yield Segment.line()

    def _style(self, console: Console, name: str) -> Style:
        if name not in self._styles:
            self._styles[name] = console.get_style(name) if name else Style.null()
        return self._styles[name]


def _lines(cell: Cell, width: int) -> Iterator[tuple[str, str]]:
    """A cell's lines, each wrapped at spaces to the column's width (a longer word broken
    after a hyphen where it has one, else cut)."""
    for text, style in cell:
        line = ""
        for word in text.split(" "):
            if _width(word) > width:
                *whole, word = _broken(word, width)
                if line:
                    yield line, style
                    line = ""
                yield from ((piece, style) for piece in whole)
            if line and _width(line) + 1 + _width(word) > width:
                yield line, style
                line = word
            else:
                line = f"{line} {word}" if line else word
        yield line, style


def _broken(word: str, width: int) -> list[str]:
    """A word too long for its column in pieces that fit: after its hyphens where they
    fall within the width ("Montgomery-", "Smithson"), else cut."""
    pieces: list[str] = []
    for part in re.split(r"(?<=-)", word):
        if pieces and _width(pieces[-1]) + _width(part) <= width:
            pieces[-1] += part
        else:
            pieces.extend(chop_cells(part, width) if _width(part) > width else [part])
    return pieces


def _width(text: str) -> int:
    """The columns a text takes: its length when ASCII (most are), else Rich's count."""
    return len(text) if text.isascii() else cell_len(text)
