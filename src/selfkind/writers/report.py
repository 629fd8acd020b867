"""A report to share with a therapist: self-contained HTML (inline CSS and SVG) or Markdown.

Built from plain data: entries, plans and the numbers `summaries` and `plan.schedule`
compute. Nothing in a report loads anything from anywhere, and it has no scripts.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from selfkind import messages
from selfkind.core.entry import Entry
from selfkind.core.exercise import Exercise
from selfkind.core.plan import Plan
from selfkind.core.schedule import WeekAdherence, total_said, week_said
from selfkind.core.summaries import Summary, mood_words
from selfkind.core.text import clean, markdown_inline
from selfkind.messages.formatting import said_day
from selfkind.writers.charts import Chart, Line, line_chart
from selfkind.writers.export import Writable, html_start, plain_markdown
from selfkind.writers.measures import administrations, score_charts, shared_card


@dataclass
class ReportData:
    since: date
    until: date
    summary: Summary
    entries: list[Entry]  # finished entries in the window, oldest first
    exercise_for: Callable[[Entry], Exercise | None]
    plans: list[tuple[Plan, dict[str, list[WeekAdherence]]]] = field(default_factory=list)
    included: set[str] = field(default_factory=set)  # ids of entries whose words the person shares
    rated: set[str] = field(default_factory=set)  # ids of entries whose ratings and choices are
    name: str | None = None  # who the report is about, as they chose to write it
    asked: bool = False  # whether the person was asked which entries to share


STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-weight: 600; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ddd; font-weight: 500; }
.about { color: #555; } table { border-collapse: collapse; } td, th { padding: .2rem .8rem .2rem 0; text-align: left; }
th { color: #666; font-weight: 500; } td.n { text-align: right; white-space: nowrap; }
figure { margin: 1rem 0; } figcaption { font-weight: 500; margin-bottom: .3rem; }
svg { width: 100%; height: auto; font-size: 11px; fill: #666; }
.line { fill: none; stroke: #2b8a9a; stroke-width: 2; } circle { fill: #2b8a9a; } .grid { stroke: #e5e5e5; }
.line.s1 { stroke: #b0623a; stroke-dasharray: 5 3; } circle.s1, .name.s1 { fill: #b0623a; } .name.s0 { fill: #2b8a9a; }
.value { font-size: 10px; fill: #333; } .band { font-size: 10px; fill: #777; } .tick { stroke: #999; }
@media print { figure, table, article { break-inside: avoid; } h2, h3, figcaption { break-after: avoid; } body { margin: 0; } }
article { margin: 1rem 0; padding: .5rem 1rem; border-left: 3px solid #5aa9b8; background: #f7fbfc; }
.q { color: #555; font-style: italic; margin: .5rem 0 .1rem; } .a { white-space: pre-wrap; margin: 0; }
.note { white-space: pre-wrap; border-left: 3px solid #ddd; padding-left: .8rem; color: #444; }
"""


def _heading(data: ReportData, shown: Callable[[str], str]) -> tuple[str, str]:
    """The report's title and the line about it; `shown` readies a plan's title for the page."""
    plans = ", ".join(shown(plan.title) for plan, _ in data.plans)
    since = said_day(data.since, "long_day_month_year")
    until = said_day(data.until, "long_day_month_year")
    if plans:
        window = messages.REPORT_WINDOW_PLANS.format(since=since, until=until, plans=plans)
    else:
        window = messages.REPORT_WINDOW.format(since=since, until=until)
    if data.asked:
        count, rated = len(data.entries), len(data.rated | data.included)
        shared = messages.REPORT_SHARED.format(rated=rated, shared=len(data.included), count=count)
    else:
        shared = messages.REPORT_NOT_SHARED
    today = said_day(date.today(), "long_day_month_year")
    title = (
        messages.REPORT_TITLE_FOR.format(name=shown(data.name))
        if data.name
        else messages.REPORT_TITLE
    )
    return title, messages.REPORT_ABOUT.format(window=window, today=today, shared=shared)


def _practice(summary: Summary) -> str:
    """How many days had practice, and how many entries there were."""
    days = len(summary.days)
    said = messages.REPORT_PRACTICE_ONE_DAY if days == 1 else messages.REPORT_PRACTICE
    return messages.counted(said, summary.entries, practised=summary.practised_days, days=days)


def _html_row(cells: tuple[str, ...], tag: str = "th") -> str:
    return "<tr>" + "".join(f"<{tag}>{html.escape(cell)}</{tag}>" for cell in cells) + "</tr>\n"


def _markdown_head(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(cells) + " |\n" + "|---" * len(cells) + "|\n"


def plan_columns() -> tuple[str, ...]:
    """The plan table's headings, each week's last."""
    return (
        messages.REPORT_COLUMN_EXERCISE,
        messages.REPORT_COLUMN_HOW_OFTEN,
        messages.REPORT_COLUMN_DONE,
        messages.REPORT_COLUMN_WEEKS,
    )


def write_html(data: ReportData, out: Writable) -> None:
    """The report as one self-contained page."""
    title, about = _heading(data, lambda text: html.escape(clean(text)))
    summary = data.summary
    out.write(
        html_start(title, STYLE) + f'<h1>{title}</h1>\n<p class="about">{about}</p>\n'
        f"<p>{_practice(summary)}</p>\n"
    )
    for plan, weeks in data.plans:
        heading = messages.REPORT_PLAN.format(title=clean(plan.title))
        out.write(f"<h2>{html.escape(heading)}</h2>\n")
        if plan.note:
            out.write(f'<p class="note">{html.escape(clean(plan.note).strip())}</p>\n')
        out.write("<table>" + _html_row(plan_columns()))
        for item in plan.items:
            item_weeks = weeks.get(item.exercise_id, [])
            by_week = messages.WEEKS_BETWEEN.join(map(week_said, item_weeks))
            out.write(
                f"<tr><td>{html.escape(clean(item.exercise_title))}</td><td>{item.schedule()}</td>"
                f'<td class="n">{total_said(item_weeks)}</td><td>{by_week}</td></tr>\n'
            )
        out.write(f'</table>\n<p class="about">{html.escape(messages.ADHERENCE_RULE)}</p>\n')
    moods = [(day, mood) for day, mood in summary.mood if mood is not None]
    if moods:
        out.write(f"<h2>{html.escape(messages.REPORT_MOOD)}</h2>\n")
        if summary.mood_spread is not None:
            out.write(f"<p>{html.escape(_mood_said(summary))}</p>\n")
        mood = Chart(messages.REPORT_MOOD_CHART, [Line("", moods)], (0, 10), gap=1)
        out.write(line_chart(mood, data.since, data.until))
    rated = data.rated | data.included
    charts = score_charts(data.entries, data.exercise_for, rated)
    if charts:
        out.write(f"<h2>{html.escape(messages.REPORT_SCORES)}</h2>\n")
        for chart in charts:
            out.write(line_chart(chart, data.since, data.until))
        for table in administrations(data.entries, data.exercise_for, rated):
            heading = messages.REPORT_EACH_TIME.format(title=clean(table.title))
            out.write(f"<h3>{html.escape(heading)}</h3>\n<table>")
            out.write(_html_row((messages.REPORT_COLUMN_DATE, *map(clean, table.labels))))
            for day, cells in table.rows:
                out.write(_html_row((said_day(day, "weekday_day_month"), *map(clean, cells)), "td"))
            out.write("</table>\n")
    shared = _shared(data)
    if shared:
        out.write(f"<h2>{html.escape(messages.REPORT_ENTRIES_SHARED)}</h2>\n")
        for entry, lines in shared:
            out.write(
                f"<article><h3>{html.escape(clean(entry.exercise_title))} · {entry.local_date}</h3>\n"
            )
            for question, answer in lines:
                out.write(
                    f'<p class="q">{html.escape(clean(question))}</p>\n'
                    f'<p class="a">{html.escape(clean(answer))}</p>\n'
                )
            out.write("</article>\n")
    out.write("</body>\n</html>\n")


def _shared(data: ReportData) -> list[tuple[Entry, list[tuple[str, str]]]]:
    """Each entry the person chose to share something of, with what its card shows."""
    return [
        (entry, shared_card(entry, data.exercise_for(entry), words=entry.id in data.included))
        for entry in data.entries
        if entry.id in data.included or entry.id in data.rated
    ]


def _mood_said(summary: Summary) -> str:
    """The mood over every check-in, in the summary's own words ("usually 6; lowest 1, …")."""
    assert summary.mood_spread is not None
    return messages.REPORT_MOOD_SAID.format(words=mood_words(summary.mood_spread))


def write_markdown(data: ReportData, out: Writable) -> None:
    """The report as Markdown: the same sections, with tables instead of charts."""
    title, about = _heading(data, markdown_inline)
    summary = data.summary
    out.write(f"# {title}\n\n{about}\n\n{_practice(summary)}\n")
    for plan, weeks in data.plans:
        heading = messages.REPORT_PLAN.format(title=markdown_inline(plan.title))
        columns = plan_columns()
        note = f"{plain_markdown(plan.note.strip())}\n\n" if plan.note else ""
        out.write(f"\n## {heading}\n\n{note}" + _markdown_head(columns))
        for item in plan.items:
            item_weeks = weeks.get(item.exercise_id, [])
            by_week = messages.WEEKS_BETWEEN.join(map(week_said, item_weeks))
            out.write(
                f"| {markdown_inline(item.exercise_title)} | {item.schedule()} "
                f"| {total_said(item_weeks)} | {by_week} |\n"
            )
        out.write(f"\n{messages.ADHERENCE_RULE}\n")
    if summary.mood_spread is not None:
        out.write(f"\n## {messages.REPORT_MOOD}\n\n{_mood_said(summary)}\n")
    tables = administrations(data.entries, data.exercise_for, data.rated | data.included)
    if tables:
        out.write(f"\n## {messages.REPORT_SCORES}\n")
    for table in tables:
        heading = messages.REPORT_EACH_TIME.format(title=markdown_inline(table.title))
        out.write(f"\n### {heading}\n\n")
        labels = tuple(markdown_inline(label) for label in table.labels)
        out.write(_markdown_head((messages.REPORT_COLUMN_DATE, *labels)))
        for day, cells in table.rows:
            out.write(
                f"| {said_day(day, 'weekday_day_month')} | "
                + " | ".join(map(markdown_inline, cells))
                + " |\n"
            )
    shared = _shared(data)
    if shared:
        out.write(f"\n## {messages.REPORT_ENTRIES_SHARED}\n")
        for entry, lines in shared:
            out.write(f"\n### {markdown_inline(entry.exercise_title)} · {entry.local_date}\n")
            for question, answer in lines:
                out.write(
                    f"\n*{plain_markdown(clean(question))}*\n\n{plain_markdown(clean(answer))}\n"
                )
