"""A table of many rows drawn line by line: fixed columns, each cell's lines wrapped here.

Rich's Table measures every cell and wraps it through Text, which for a caseload of hundreds
of clients costs more than everything else `clinic list` does; a Grid lays its columns out
once and yields segments. In plain mode it is taken apart as the Table `as_table` gives
(ui/linear.py), so a screen reader hears it as any other table.
"""

from __future__ import annotations

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
    def __init__(self, headers: list[str], ratios: list[int], *, header_style: str) -> None:
        self.headers, self.ratios, self.header_style = headers, ratios, header_style
        self.rows: list[list[Cell]] = []
        self._styles: dict[str, Style] = {}

    def add_row(self, *cells: Cell) -> None:
        self.rows.append(list(cells))

    def as_table(self) -> Table:
        table = Table(*self.headers, box=None)
        for row in self.rows:
            table.add_row(*(Text("; ".join(text for text, _ in cell)) for cell in row))
        return table

    def widths(self, total: int) -> list[int]:
        """Each column's width: the room shared by ratio, but never under its longest word
        (up to LONGEST_WORD: a name is not cut), taken back from the columns with room."""
        room = total - GAP * (len(self.ratios) - 1)
        widths = [max(4, room * ratio // sum(self.ratios)) for ratio in self.ratios]
        floors = [min(LONGEST_WORD, self._longest_word(column)) for column in range(len(widths))]
        for column, floor in enumerate(floors):
            short = floor - widths[column]
            while short > 0:
                spare = max(range(len(widths)), key=lambda c: widths[c] - floors[c])
                if widths[spare] <= floors[spare]:
                    break  # no column has room: the line is wider than the terminal
                widths[spare] -= 1
                widths[column] += 1
                short -= 1
        return widths

    def _longest_word(self, column: int) -> int:
        cells = [[(self.headers[column], "")], *(row[column] for row in self.rows)]
        return max(_width(word) for cell in cells for text, _ in cell for word in text.split())

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
    """A cell's lines, each wrapped at spaces to the column's width (a longer word cut)."""
    for text, style in cell:
        line = ""
        for word in text.split(" "):
            if _width(word) > width:
                *whole, word = chop_cells(word, width)
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


def _width(text: str) -> int:
    """The columns a text takes: its length when ASCII (most are), else Rich's count."""
    return len(text) if text.isascii() else cell_len(text)
