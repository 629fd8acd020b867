"""The caseload in Rich: `clinic list` (its --json form: ui/json_view.py).

Every name, title and label here came from a client's report: the console shows each as the
words it is, never as markup. Light on imports: a caseload lists as a shell command should.
"""

from __future__ import annotations

from datetime import date

from rich.console import Group, RenderableType
from rich.text import Text

from selfkind import messages
from selfkind.core.caseload import ClientRow, MeasureNow, measure_label, practice_said
from selfkind.core.numbers import number
from selfkind.messages.formatting import said_day
from selfkind.ui.console import ACCENT, QUIET, message
from selfkind.ui.grid import Cell, Grid


def window(since: date, until: date) -> str:
    return messages.CLINIC_WINDOW.format(
        since=said_day(since, "day_month"), until=said_day(until, "day_month_year")
    )


def moved(by: float | None) -> str:
    """A change as a signed number (a minus sign, a plus, or 0): never 'better' or 'worse',
    which depends on the measure."""
    if by is None:
        return "–"
    if by == 0:
        return "0"
    return ("+" if by > 0 else "-") + number(abs(by))


def measure_line(measure: MeasureNow, reports: int) -> str:
    """A measure's latest value with its band, and how far it moved since the previous and
    the first report ("Mood 6: +1 / +2"), or that this is the first."""
    now = measure.latest
    said = messages.CLINIC_MEASURE_BAND if now.band else messages.CLINIC_MEASURE
    label = measure_label(now.label, now.method)
    value = said.format(label=label, value=number(now.value), band=now.band or "")
    if not measure.in_latest:
        return messages.CLINIC_NOT_IN_LATEST.format(
            measure=value, day=said_day(now.day, "day_month")
        )
    if measure.since_previous is None and measure.since_first is None:
        said = messages.CLINIC_FIRST_REPORT if reports == 1 else messages.CLINIC_NEW_MEASURE
        return said.format(measure=value)
    changes = messages.CLINIC_MOVED_PAIR.format(
        previous=moved(measure.since_previous), first=moved(measure.since_first)
    )
    # kept on one line (no-break spaces): a "+3" alone on the next line reads as a number
    return messages.CLINIC_MOVED.format(measure=value, changes=changes.replace(" ", "\u00a0"))


def last_practised(row: ClientRow) -> str:
    days = row.days_since_practice
    if days is None:
        return messages.CLINIC_NEVER_PRACTISED
    if days == 0:
        return messages.CLINIC_PRACTISED_TODAY
    return messages.counted(messages.CLINIC_PRACTISED_AGO, days)


def caseload_table(rows: list[ClientRow]) -> RenderableType:
    """One row per client: name, plan and latest window; practice; measures; last practice."""
    grid = Grid(
        [
            messages.CLINIC_COLUMN_CLIENT,
            messages.CLINIC_COLUMN_PRACTICE,
            messages.CLINIC_COLUMN_MEASURES,
            messages.CLINIC_COLUMN_LAST,
        ],
        header_style=QUIET,
    )
    for row in rows:
        latest = row.latest
        plans = " · ".join(title for _, title in latest.plans) or messages.CLINIC_NO_PLAN
        reports = messages.counted(messages.CLINIC_REPORTS, row.reports)
        about: Cell = [
            (row.client, ACCENT),
            (plans, ""),
            (window(latest.since, latest.until), QUIET),
            (reports, QUIET),
        ]
        measures: Cell = [(measure_line(m, row.reports), "") for m in row.measures]
        grid.add_row(
            about,
            [(practice_said(latest.done_and_asked), "")],
            measures or [(messages.CLINIC_NO_MEASURES, QUIET)],
            [(last_practised(row), "")],
        )
    count = messages.counted(messages.CLINIC_CLIENTS, len(rows))
    return Group(grid, Text(""), message(f"{count}. {messages.CLINIC_AS_OF}", QUIET))
