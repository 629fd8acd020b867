"""`clinic show --html`: one client's page, drawn by the therapist's selfkind from the data in
their reports (never the page the client's selfkind made, which is foreign HTML). Every text
from a report is cleaned and escaped here, so it reads as the words it is."""

from __future__ import annotations

import html
from datetime import date

from selfkind import messages
from selfkind.core.caseload import Measure, SharedReport, made_on, measure_label, practice_said
from selfkind.core.schedule import total_said, week_said
from selfkind.core.text import clean
from selfkind.messages.formatting import said_day
from selfkind.writers.charts import Chart, Line, line_chart
from selfkind.writers.export import Writable, html_start
from selfkind.writers.measures import gap_for
from selfkind.writers.report import STYLE, plan_columns


def _text(words: str) -> str:
    return html.escape(clean(words))


def _row(cells: tuple[str, ...], tag: str = "td") -> str:
    """A table row of cells already made safe for the page."""
    return "<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for cell in cells) + "</tr>\n"


def write_page(client: str, reports: list[SharedReport], out: Writable) -> None:
    """Every report of one client, first to latest, then the latest one in full."""
    latest = reports[-1]
    title = messages.CLINIC_PAGE_TITLE.format(client=clean(client))
    about = messages.CLINIC_PAGE_ABOUT.format(
        count=messages.counted(messages.CLINIC_REPORTS, len(reports)),
        since=said_day(latest.since, "long_day_month_year"),
        until=said_day(latest.until, "long_day_month_year"),
    )
    out.write(html_start(title, STYLE))
    out.write(f'<h1>{html.escape(title)}</h1>\n<p class="about">{html.escape(about)}</p>\n')
    out.write(f"<h2>{html.escape(messages.CLINIC_SHOW_REPORTS)}</h2>\n<table>")
    heads = (messages.CLINIC_COLUMN_WINDOW, messages.CLINIC_COLUMN_PRACTICE_DAYS)
    out.write(_row((*heads, messages.CLINIC_COLUMN_PRACTICE, messages.CLINIC_COLUMN_MADE), "th"))
    for report in reports:
        out.write(_row(_report_cells(report)))
    out.write("</table>\n")
    first_day, last_day = reports[0].since, latest.until
    for chart in _charts(reports):
        out.write(line_chart(chart, first_day, last_day))
    _write_latest(latest, out)
    out.write("</body>\n</html>\n")


def _report_cells(report: SharedReport) -> tuple[str, ...]:
    practice = report.practice
    asked = practice_said(report.done_and_asked)
    return (
        html.escape(
            f"{said_day(report.since, 'day_month_year')} – {said_day(report.until, 'day_month_year')}"
        ),
        messages.CLINIC_PRACTICE_DAYS.format(practised=practice.days_practised, days=practice.days),
        html.escape(asked),
        html.escape(made_on(report.made_at)),
    )


def _charts(reports: list[SharedReport]) -> list[Chart]:
    """Each measure over every report's days: a day two reports both cover is drawn once."""
    charts: dict[tuple[str, str], tuple[Measure, dict[date, float]]] = {}
    for report in reports:
        for measure in report.measures:
            _, points = charts.setdefault(measure.key, (measure, {}))
            for point in measure.points:
                points[point.day] = point.value
    return [
        Chart(
            clean(f"{measure_label(measure.label, measure.method)} · {measure.exercise_title}"),
            [Line("", sorted(points.items()))],
            measure.span,
            measure.bands,
            gap_for(measure.exercise_id),
        )
        for measure, points in charts.values()
    ]


def _write_latest(report: SharedReport, out: Writable) -> None:
    since = said_day(report.since, "long_day_month")
    heading = messages.LABELLED.format(
        label=messages.CLINIC_SHOW_LATEST,
        value=f"{since} – {said_day(report.until, 'long_day_month_year')}",
    )
    out.write(f"<h2>{html.escape(heading)}</h2>\n")
    for shared in report.plans:
        plan_title = messages.REPORT_PLAN.format(title=clean(shared.plan.title))
        out.write(f"<h3>{html.escape(plan_title)}</h3>\n<table>")
        out.write(_row(plan_columns(), "th"))
        for item in shared.plan.items:
            weeks = shared.weeks.get(item.exercise_id, ())
            cells = (
                _text(item.exercise_title),
                html.escape(item.schedule()),
                html.escape(total_said(weeks)),
                html.escape(messages.WEEKS_BETWEEN.join(map(week_said, weeks))),
            )
            out.write(_row(cells))
        out.write(f'</table>\n<p class="about">{html.escape(messages.ADHERENCE_RULE)}</p>\n')
    shared_entries = [entry for entry in report.entries if entry.card]
    if shared_entries:
        out.write(f"<h3>{html.escape(messages.REPORT_ENTRIES_SHARED)}</h3>\n")
    for entry in shared_entries:
        out.write(
            f"<article><h3>{_text(entry.exercise_title)} · {said_day(entry.local_date, 'weekday_day_month_year')}</h3>\n"
        )
        for question, answer in entry.card:
            out.write(f'<p class="q">{_text(question)}</p>\n<p class="a">{_text(answer)}</p>\n')
        out.write("</article>\n")
