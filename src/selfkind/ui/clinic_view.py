"""One client of the caseload in Rich: `clinic show` (its --json form: ui/json_view.py).

Every name, title and label here came from a client's report: each goes through `literal`,
so it is shown as the words it is, never as markup.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from selfkind import messages
from selfkind.core.caseload import (
    ClientRow,
    SharedReport,
    made_on,
    measure_label,
    practice_said,
)
from selfkind.core.numbers import number
from selfkind.core.schedule import total_said, week_said
from selfkind.messages.formatting import said_day
from selfkind.services.clinic import ClientReports
from selfkind.ui.caseload_view import window
from selfkind.ui.console import literal, message
from selfkind.ui.render import ACCENT, QUIET, card


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
        asked = practice_said(report.done_and_asked)
        table.add_row(window(report.since, report.until), days, asked, made_on(report.made_at))
    return table


def trends_table(reports: list[SharedReport]) -> Table | None:
    """Each measure's latest value in each report, first to latest."""
    keys: dict[tuple[str, str], str] = {}
    for report in reports:
        for measure in report.measures:
            label = measure_label(measure.label, measure.method)
            keys.setdefault(measure.key, f"{label} · {measure.exercise_title}")
    if not keys:
        return None
    table = Table(box=None, header_style=QUIET, pad_edge=False)
    table.add_column("")
    for report in reports:
        table.add_column(said_day(report.until, "day_month"), justify="right")
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
        message(
            messages.LABELLED.format(
                label=messages.CLINIC_SHOW_LATEST, value=window(report.since, report.until)
            ),
            "bold",
        )
    ]
    for shared in report.plans:
        parts.append(literal(messages.REPORT_PLAN.format(title=shared.plan.title), ACCENT))
        for item in shared.plan.items:
            weeks = shared.weeks.get(item.exercise_id, ())
            item_said = f"{item.exercise_title} ({item.schedule()})"
            parts.append(
                literal(messages.LABELLED.format(label=item_said, value=total_said(weeks)))
            )
            by_week = Text(messages.WEEKS_BETWEEN.join(map(week_said, weeks)), QUIET)
            parts.append(Padding(by_week, (0, 0, 0, 2)))
    for entry in report.entries:
        if not entry.card:
            continue
        parts += [
            Text(""),
            literal(
                f"{entry.exercise_title} · {said_day(entry.local_date, 'weekday_day_month')}",
                ACCENT,
            ),
        ]
        for question, answer in entry.card:
            parts += [literal(question, QUIET), literal(answer)]
    return Group(*parts)
