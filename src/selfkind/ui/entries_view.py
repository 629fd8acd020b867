"""`entries list` for people: a table at a terminal, whose ids always fit; in a pipe, one
tab-separated line per entry, never cut; and the labels for picking one to read."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass

from rich.table import Table
from rich.text import Text

from selfkind import messages
from selfkind.core.entry import DRAFT, Entry, local_time
from selfkind.core.text import clean, one_line
from selfkind.ui.console import literal
from selfkind.ui.render import QUIET, short_time

GAP = 2  # spaces between two columns
SUMMARY_AT_LEAST = 16  # below this, an exercise's title wraps rather than the summary shrinking
PICK_WIDTH = 72  # how much of a summary a label in the home screen's pick shows
WHOLE = sys.maxsize  # a summary for a pipe: never shortened


@dataclass(frozen=True)
class Row:
    """An entry as a list shows it: the shortest beginning of its id that names it (at
    least six characters), and its one-line summary."""

    entry: Entry
    prefix: str
    summary: str


def _summary(row: Row) -> Text:
    summary = literal(row.summary)
    if row.entry.status == DRAFT:
        summary = Text.assemble((messages.DRAFT_MARK + " ", "italic " + QUIET), summary)
    return summary


def exercise_width(titles: Sequence[str], room: int) -> int:
    """How wide the exercise column is, given `room` for it and the summary: every title
    whole while the summary keeps SUMMARY_AT_LEAST; past that titles wrap between words
    (never cut to "Set…"), as narrow as their longest word."""
    longest = max((len(title) for title in titles), default=0)
    longest_word = max((len(word) for title in titles for word in title.split()), default=0)
    narrowest = max(longest_word, len(messages.COLUMN_EXERCISE))
    return max(narrowest, min(longest, room - GAP - SUMMARY_AT_LEAST))


def entries_table(rows: Sequence[Row], *, width: int) -> Table:
    """Entries one per row, `width` columns wide: the id first (never cut: it is what
    `entries show` takes), then when, the exercise and a summary. When room is short the
    summary shrinks first, then the titles wrap."""
    titles = [one_line(row.entry.exercise_title, width=WHOLE) for row in rows]
    id_width = max([len(messages.COLUMN_ID), *(len(row.prefix) for row in rows)])
    times = [short_time(row.entry) for row in rows]
    when_width = max([len(messages.COLUMN_WHEN), *(len(time) for time in times)])
    room = width - id_width - when_width - 2 * GAP
    title_width = exercise_width(titles, room)
    table = Table(box=None, header_style=QUIET, pad_edge=False, padding=(0, GAP // 2))
    table.add_column(messages.COLUMN_ID, style=QUIET, no_wrap=True, min_width=id_width)
    table.add_column(messages.COLUMN_WHEN, no_wrap=True, min_width=when_width)
    table.add_column(messages.COLUMN_EXERCISE, width=title_width, overflow="fold")
    table.add_column(
        messages.COLUMN_SUMMARY,
        width=max(room - GAP - title_width, 1),
        overflow="ellipsis",
        no_wrap=True,
    )
    for row, time, title in zip(rows, times, titles, strict=True):
        table.add_row(row.prefix, time, literal(title), _summary(row))
    return table


def _field(text: str) -> str:
    """One field of a tab-separated line: on one line, no tab inside, nothing left out."""
    return " ".join(clean(text).split())


def entry_line(row: Row) -> str:
    """An entry for a pipe: id, date, time, exercise and summary, tab-separated, whole. An
    entry written later for its day has no time of its own: its mark stands in for one."""
    entry = row.entry
    time = local_time(entry.started_at).strftime("%H:%M")
    if entry.written_at is not None:
        time = messages.WRITTEN_LATER_SHORT
    summary = row.summary
    if entry.status == DRAFT:
        summary = f"{messages.DRAFT_MARK} {summary}"
    fields = [entry.id, entry.local_date, time, entry.exercise_title, summary]
    return "\t".join(_field(field) for field in fields)


def print_lines(rows: Sequence[Row]) -> None:
    """The entries as lines for a pipe, written plainly (Rich would turn tabs into spaces)."""
    sys.stdout.write("".join(entry_line(row) + "\n" for row in rows))
    sys.stdout.flush()


def pick_label(row: Row) -> str:
    """An entry in the home screen's pick: when, what, and how it began."""
    parts = [short_time(row.entry), row.entry.exercise_title, row.summary]
    return one_line(" · ".join(part for part in parts if part), width=PICK_WIDTH)
