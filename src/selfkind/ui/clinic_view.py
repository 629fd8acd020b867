"""The caseload in Rich: `clinic list` and `clinic show` (their --json forms: ui/json_view.py).

Every name, title and label here came from a client's report: each goes through `literal`,
so it is shown as the words it is, never as markup.
"""

from __future__ import annotations

from datetime import date

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from selfkind import messages
from selfkind.core.caseload import ClientRow, Digest, MeasureNow, SharedReport
from selfkind.core.numbers import number
from selfkind.core.schedule import total_said, week_said
from selfkind.services.clinic import ClientReports
from selfkind.ui.console import literal, message
from selfkind.ui.grid import Cell, Grid
from selfkind.ui.render import ACCENT, QUIET, card


def window(since: date, until: date) -> str:
    return messages.CLINIC_WINDOW.format(since=f"{since:%d %b}", until=f"{until:%d %b %Y}")


def practice_asked(digest: Digest) -> str:
    if digest.done_and_asked is None:
        return messages.CLINIC_NOTHING_ASKED
    done, asked = digest.done_and_asked
    return messages.CLINIC_DONE_ASKED.format(done=done, asked=asked)


def moved(by: float | None) -> str:
    """A change as a signed number (a minus sign, a plus, or 0): never 'better' or 'worse',
    which depends on the measure."""
    if by is None:
        return "–"
    if by == 0:
        return "0"
    return ("+" if by > 0 else "−") + number(abs(by))


def measure_lines(measure: MeasureNow) -> Cell:
    """A measure's latest value with its band, then how far it moved (or that it is new)."""
    now = measure.latest
    said = messages.CLINIC_MEASURE_BAND if now.band else messages.CLINIC_MEASURE
    value = said.format(label=now.label, value=number(now.value), band=now.band or "")
    if measure.since_previous is None and measure.since_first is None:
        return [(value, ""), (messages.CLINIC_FIRST_REPORT, QUIET)]
    changes = messages.CLINIC_MOVED.format(
        previous=moved(measure.since_previous), first=moved(measure.since_first)
    )
    return [(value, ""), (changes, QUIET)]


def last_practised(row: ClientRow) -> str:
    days = row.days_since_practice
    if days is None:
        return messages.CLINIC_NEVER_PRACTISED
    if days == 0:
        return messages.CLINIC_PRACTISED_TODAY
    return messages.counted(messages.CLINIC_PRACTISED_AGO, days)


def caseload_table(rows: list[ClientRow]) -> RenderableType:
    """One row per client: plan and latest window, practice, measures, last practice."""
    grid = Grid(
        [
            messages.CLINIC_COLUMN_CLIENT,
            messages.CLINIC_COLUMN_PLAN,
            messages.CLINIC_COLUMN_PRACTICE,
            messages.CLINIC_COLUMN_MEASURES,
            messages.CLINIC_COLUMN_LAST,
        ],
        [3, 4, 3, 6, 3],
        header_style=QUIET,
    )
    for row in rows:
        latest = row.latest
        plans = " · ".join(title for _, title in latest.plans) or messages.CLINIC_NO_PLAN
        reports = messages.counted(messages.CLINIC_REPORTS, row.reports)
        about = [(plans, ""), (window(latest.since, latest.until), QUIET), (reports, QUIET)]
        measures = [line for m in row.measures for line in measure_lines(m)]
        grid.add_row(
            [(row.client, ACCENT)],
            about,
            [(practice_asked(latest), "")],
            measures or [(messages.CLINIC_NO_MEASURES, QUIET)],
            [(last_practised(row), "")],
        )
    count = messages.counted(messages.CLINIC_CLIENTS, len(rows))
    return Group(grid, Text(""), message(f"{count}. {messages.CLINIC_AS_OF}", QUIET))


def client_view(found: ClientReports) -> RenderableType:
    """A client's reports, their measures across reports, and the latest report."""
    row, reports = found.row, found.reports
    parts: list[RenderableType] = [reports_table(row, reports)]
    trends = trends_table(reports)
    if trends is not None:
        parts += [Text(""), message(messages.CLINIC_SHOW_TRENDS, "bold"), trends]
    parts += [Text(""), latest_view(reports[-1])]
    title = messages.CLINIC_SHOW_TITLE.format(
        client=row.client, count=messages.counted(messages.CLINIC_REPORTS, row.reports)
    )
    return card(Group(*parts), title=literal(title, "bold"))


def reports_table(row: ClientRow, reports: list[SharedReport]) -> Table:
    table = Table(box=None, header_style=QUIET, pad_edge=False)
    table.add_column(messages.CLINIC_COLUMN_WINDOW)
    table.add_column(messages.CLINIC_COLUMN_PRACTICE_DAYS, justify="right")
    table.add_column(messages.CLINIC_COLUMN_PRACTICE)
    table.add_column(messages.CLINIC_COLUMN_MADE, style=QUIET)
    for report in reports:
        practice = report.practice
        days = messages.CLINIC_PRACTICE_DAYS.format(
            practised=practice.days_practised, days=practice.days
        )
        done = report.done_and_asked
        asked = (
            messages.CLINIC_DONE_ASKED.format(done=done[0], asked=done[1])
            if done
            else messages.CLINIC_NOTHING_ASKED
        )
        table.add_row(window(report.since, report.until), days, asked, report.made_at[:10])
    return table


def trends_table(reports: list[SharedReport]) -> Table | None:
    """Each measure's latest value in each report, first to latest."""
    keys: dict[tuple[str, str], str] = {}
    for report in reports:
        for measure in report.measures:
            keys.setdefault(measure.key, f"{measure.label} · {measure.exercise_title}")
    if not keys:
        return None
    table = Table(box=None, header_style=QUIET, pad_edge=False)
    table.add_column("")
    for report in reports:
        table.add_column(f"{report.until:%d %b}", justify="right")
    for key, label in keys.items():
        cells = []
        for report in reports:
            found = [m.points[-1] for m in report.measures if m.key == key and m.points]
            cells.append(number(found[0].value) if found else "–")
        table.add_row(literal(label), *cells)
    return table


def latest_view(report: SharedReport) -> RenderableType:
    """The latest report: each plan item's weeks, and the entries shared with their words."""
    parts: list[RenderableType] = [
        message(f"{messages.CLINIC_SHOW_LATEST}: {window(report.since, report.until)}", "bold")
    ]
    for shared in report.plans:
        parts.append(literal(messages.REPORT_PLAN.format(title=shared.plan.title), ACCENT))
        for item in shared.plan.items:
            weeks = shared.weeks.get(item.exercise_id, ())
            parts.append(literal(f"{item.exercise_title} ({item.schedule()}): {total_said(weeks)}"))
            by_week = Text("; ".join(week_said(week) for week in weeks), QUIET)
            parts.append(Padding(by_week, (0, 0, 0, 2)))
    for entry in report.entries:
        if not entry.card:
            continue
        parts += [
            Text(""),
            literal(f"{entry.exercise_title} · {entry.local_date:%a %d %b}", ACCENT),
        ]
        for question, answer in entry.card:
            parts += [literal(question, QUIET), literal(answer)]
    return Group(*parts)
