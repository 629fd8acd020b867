"""Plain mode's linear text, for screen readers and simple terminals (TERM=dumb, --plain,
SELFKIND_PLAIN=1): every view as lines read top to bottom.

The consoles apply `Linear` to whatever they print, so a view needs no plain version of its
own to be safe: a frame becomes its title, its words and its subtitle; a table becomes a line
per row with its cells in order; anything else is taken apart as Rich renders it. Where a
view draws meaning (a calendar of shades, a sparkline), it gives words instead
(`terminal.plain()` says when).
As a last guard, no character of Box Drawing or Block Elements (U+2500-U+259F) reaches
the screen in plain mode.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

CELLS = " · "  # between a row's cells, as selfkind's own lines join facts


def trimmed(segments: Iterable[Segment]) -> Iterator[Segment]:
    """Lines without the spaces Rich pads them with, which a screen reader would read out."""
    for line in Segment.split_lines(segments):
        while line and not line[-1].control and not line[-1].text.rstrip(" "):
            line.pop()
        if line and not line[-1].control:
            last = line.pop()
            line.append(Segment(last.text.rstrip(" "), last.style))
        yield from line
        yield Segment.line()


class Linear:
    """A renderable laid out as lines: frames, tables and rules taken apart."""

    def __init__(self, inner: RenderableType) -> None:
        self.inner = inner

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        inner = self.inner
        if isinstance(inner, Panel):
            yield from _frame(inner)
        elif isinstance(inner, Table):
            yield from _rows(inner, console, options)
        elif hasattr(inner, "as_table"):  # a Grid (ui/grid.py): a table drawn faster
            yield from _rows(inner.as_table(), console, options)
        elif isinstance(inner, Rule):
            yield Text(str(inner.title)) if inner.title else Text("")
        elif isinstance(inner, Group):
            yield from (Linear(part) for part in inner.renderables)
        elif isinstance(inner, Padding):
            yield Padding(Linear(inner.renderable), (0, 0, 0, inner.left), expand=False)
        elif hasattr(inner, "__rich_console__") and not isinstance(inner, Text):
            for part in inner.__rich_console__(console, options):
                yield part if isinstance(part, Segment) else Linear(part)
        else:
            yield inner


def _frame(panel: Panel) -> Iterator[RenderableType]:
    if panel.title:
        yield panel.title
    yield Linear(panel.renderable)
    if panel.subtitle:
        yield panel.subtitle
    yield Text("")


def _rows(table: Table, console: Console, options: ConsoleOptions) -> Iterator[Text]:
    """A table as lines: its headers (when it shows them), then one line per row."""
    columns = table.columns
    if table.show_header and any(str(column.header) for column in columns):
        yield Text(CELLS.join(str(column.header) for column in columns if str(column.header)))
    cells = [list(column.cells) for column in columns]
    for row in range(table.row_count):
        texts = [_one_line(cells[column][row], console, options) for column in range(len(cells))]
        yield Text(CELLS).join(text for text in texts if text.plain.strip())


def _one_line(cell: RenderableType, console: Console, options: ConsoleOptions) -> Text:
    """A cell's words on one line (a cell holding several lines has them joined by spaces)."""
    if isinstance(cell, str):
        return Text(cell)
    if isinstance(cell, Text):
        return cell.copy()
    lines = console.render_lines(Linear(cell), options, pad=False)
    words = [" ".join("".join(segment.text for segment in line).split()) for line in lines]
    return Text(" ".join(word for word in words if word))
