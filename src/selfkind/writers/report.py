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
from selfkind.core.exercise import Exercise, ScaleStep
from selfkind.core.plan import Plan
from selfkind.core.schedule import WeekAdherence, total_said, week_said
from selfkind.core.scoring import score_range
from selfkind.core.summaries import CHECKIN, Summary
from selfkind.core.text import clean, markdown_inline
from selfkind.writers.export import Writable, html_start, plain_markdown, questions_and_answers


@dataclass
class ReportData:
    since: date
    until: date
    summary: Summary
    entries: list[Entry]  # finished entries in the window, oldest first
    exercise_for: Callable[[Entry], Exercise | None]
    plans: list[tuple[Plan, dict[str, list[WeekAdherence]]]] = field(default_factory=list)
    included: set[str] = field(default_factory=set)  # ids of entries whose words the person shares
    asked: bool = False  # whether the person was asked which entries to share


def score_points(
    data: ReportData,
) -> dict[tuple[str, str], tuple[str, list[tuple[date, float]], tuple[float, float] | None]]:
    """Each score's values over time: (label, [(day, value)], its range if known)."""
    charts: dict[
        tuple[str, str], tuple[str, list[tuple[date, float]], tuple[float, float] | None]
    ] = {}
    for entry in data.entries:
        exercise = data.exercise_for(entry)
        scores = {score.id: score for score in exercise.scores} if exercise else {}
        for score_id, value in entry.scores.items():
            if entry.exercise_id == CHECKIN and score_id == "mood_rating":
                continue  # the check-in mood has a chart of its own
            key = (entry.exercise_title, score_id)
            if key not in charts:
                score = scores.get(score_id)
                label = f"{score.label if score else score_id} · {entry.exercise_title}"
                charts[key] = (label, [], _range(exercise, score_id))
            charts[key][1].append((date.fromisoformat(entry.local_date), value))
    return charts


def _range(exercise: Exercise | None, score_id: str) -> tuple[float, float] | None:
    """The lowest and highest a score can be, from its scale steps."""
    if exercise is None:
        return None
    ranges: dict[str, tuple[float, float]] = {
        step.id: (step.min, step.max)
        for step in exercise.answer_steps()
        if isinstance(step, ScaleStep)
    }
    for score in exercise.scores:
        known = [ranges.get(name) for name in score.inputs()]
        inputs = [span for span in known if span is not None]
        if len(inputs) == len(known):
            ranges[score.id] = score_range(score.method, inputs)
    return ranges.get(score_id)


def line_chart(
    title: str,
    points: list[tuple[date, float]],
    since: date,
    until: date,
    span: tuple[float, float] | None,
) -> str:
    """An inline SVG line chart of values over the days of the window."""
    width, height, left, bottom, top = 560, 170, 40, 24, 14
    low, high = span if span else (min(v for _, v in points), max(v for _, v in points))
    if low == high:
        low, high = low - 1, high + 1
    days = max(1, (until - since).days)

    def x(day: date) -> float:
        return left + (width - left - 10) * (day - since).days / days

    def y(value: float) -> float:
        return top + (height - top - bottom) * (high - value) / (high - low)

    path = " ".join(f"{x(day):.1f},{y(value):.1f}" for day, value in points)
    dots = "".join(f'<circle cx="{x(d):.1f}" cy="{y(v):.1f}" r="3"/>' for d, v in points)
    grid = "".join(
        f'<line x1="{left}" x2="{width - 10}" y1="{y(v):.1f}" y2="{y(v):.1f}" class="grid"/>'
        f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:g}</text>'
        for v in (low, (low + high) / 2, high)
    )
    return (
        f"<figure><figcaption>{html.escape(title)}</figcaption>"
        f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="{html.escape(title)}">'
        f"{grid}"
        f'<polyline points="{path}" class="line"/>{dots}'
        f'<text x="{left}" y="{height - 6}">{since:%d %b}</text>'
        f'<text x="{width - 10}" y="{height - 6}" text-anchor="end">{until:%d %b}</text>'
        "</svg></figure>\n"
    )


STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-weight: 600; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ddd; font-weight: 500; }
.about { color: #555; } table { border-collapse: collapse; } td, th { padding: .2rem .8rem .2rem 0; text-align: left; }
th { color: #666; font-weight: 500; } td.n { text-align: right; }
figure { margin: 1rem 0; } figcaption { font-weight: 500; margin-bottom: .3rem; }
svg { width: 100%; height: auto; font-size: 11px; fill: #666; }
.line { fill: none; stroke: #2b8a9a; stroke-width: 2; } circle { fill: #2b8a9a; } .grid { stroke: #e5e5e5; }
article { margin: 1rem 0; padding: .5rem 1rem; border-left: 3px solid #5aa9b8; background: #f7fbfc; }
.q { color: #555; font-style: italic; margin: .5rem 0 .1rem; } .a { white-space: pre-wrap; margin: 0; }
"""


def _heading(data: ReportData, shown: Callable[[str], str]) -> tuple[str, str]:
    """The report's title and the line about it; `shown` readies a plan's title for the page."""
    plans = ", ".join(shown(plan.title) for plan, _ in data.plans)
    since, until = f"{data.since:%d %B %Y}", f"{data.until:%d %B %Y}"
    if plans:
        window = messages.REPORT_WINDOW_PLANS.format(since=since, until=until, plans=plans)
    else:
        window = messages.REPORT_WINDOW.format(since=since, until=until)
    if data.asked:
        count = len(data.entries)
        shared = messages.REPORT_SHARED.format(shared=len(data.included), count=count)
    else:
        shared = messages.REPORT_NOT_SHARED
    today = f"{date.today():%d %B %Y}"
    return messages.REPORT_TITLE, messages.REPORT_ABOUT.format(
        window=window, today=today, shared=shared
    )


def _practice(summary: Summary) -> str:
    """How many days had practice, and how many entries there were."""
    days = len(summary.days)
    said = messages.REPORT_PRACTICE_ONE_DAY if days == 1 else messages.REPORT_PRACTICE
    return messages.counted(said, summary.entries, practised=summary.practised_days, days=days)


def _html_row(cells: tuple[str, ...], tag: str = "th") -> str:
    return "<tr>" + "".join(f"<{tag}>{html.escape(cell)}</{tag}>" for cell in cells) + "</tr>\n"


def _markdown_head(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(cells) + " |\n" + "|---" * len(cells) + "|\n"


PLAN_COLUMNS = (
    messages.REPORT_COLUMN_EXERCISE,
    messages.REPORT_COLUMN_HOW_OFTEN,
    messages.REPORT_COLUMN_DONE,
)
SCORE_COLUMNS = (
    messages.REPORT_COLUMN_SCORE,
    messages.REPORT_COLUMN_FIRST,
    messages.REPORT_COLUMN_LAST,
    messages.REPORT_COLUMN_MEAN,
    messages.REPORT_COLUMN_COUNT,
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
        out.write("<table>" + _html_row((*PLAN_COLUMNS, messages.REPORT_COLUMN_WEEKS)))
        for item in plan.items:
            item_weeks = weeks.get(item.exercise_id, [])
            by_week = "; ".join(week_said(week) for week in item_weeks)
            out.write(
                f"<tr><td>{html.escape(clean(item.exercise_title))}</td><td>{item.schedule()}</td>"
                f'<td class="n">{total_said(item_weeks)}</td><td>{by_week}</td></tr>\n'
            )
        out.write(f'</table>\n<p class="about">{html.escape(messages.ADHERENCE_RULE)}</p>\n')
    moods = [(day, mood) for day, mood in summary.mood if mood is not None]
    if moods:
        out.write(f"<h2>{html.escape(messages.REPORT_MOOD)}</h2>\n")
        chart = line_chart(messages.REPORT_MOOD_CHART, moods, data.since, data.until, (0, 10))
        out.write(chart)
    charts = score_points(data)
    if charts:
        out.write(f"<h2>{html.escape(messages.REPORT_SCORES)}</h2>\n")
        for label, points, span in charts.values():
            out.write(line_chart(clean(label), points, data.since, data.until, span))
    shared = [entry for entry in data.entries if entry.id in data.included]
    if shared:
        out.write(f"<h2>{html.escape(messages.REPORT_ENTRIES_SHARED)}</h2>\n")
        for entry in shared:
            out.write(
                f"<article><h3>{html.escape(clean(entry.exercise_title))} · {entry.local_date}</h3>\n"
            )
            for question, answer in questions_and_answers(entry, data.exercise_for(entry)):
                out.write(
                    f'<p class="q">{html.escape(question)}</p>\n<p class="a">{html.escape(answer)}</p>\n'
                )
            out.write("</article>\n")
    out.write("</body>\n</html>\n")


def write_markdown(data: ReportData, out: Writable) -> None:
    """The report as Markdown: the same sections, with tables instead of charts."""
    title, about = _heading(data, markdown_inline)
    summary = data.summary
    out.write(f"# {title}\n\n{about}\n\n{_practice(summary)}\n")
    for plan, weeks in data.plans:
        heading = messages.REPORT_PLAN.format(title=markdown_inline(plan.title))
        columns = (*PLAN_COLUMNS, messages.REPORT_COLUMN_WEEKS)
        out.write(f"\n## {heading}\n\n" + _markdown_head(columns))
        for item in plan.items:
            item_weeks = weeks.get(item.exercise_id, [])
            by_week = "; ".join(week_said(week) for week in item_weeks)
            out.write(
                f"| {markdown_inline(item.exercise_title)} | {item.schedule()} "
                f"| {total_said(item_weeks)} | {by_week} |\n"
            )
        out.write(f"\n{messages.ADHERENCE_RULE}\n")
    moods = [mood for _, mood in summary.mood if mood is not None]
    if moods:
        mean = sum(moods) / len(moods)
        said = messages.counted(
            messages.REPORT_MOOD_LINE,
            len(moods),
            first=f"{moods[0]:g}",
            last=f"{moods[-1]:g}",
            mean=f"{mean:.1f}",
        )
        out.write(f"\n## {messages.REPORT_MOOD}\n\n{said}\n")
    charts = score_points(data)
    if charts:
        out.write(f"\n## {messages.REPORT_SCORES}\n\n" + _markdown_head(SCORE_COLUMNS))
        for label, points, _ in charts.values():
            values = [value for _, value in points]
            out.write(
                f"| {markdown_inline(label)} | {values[0]:g} | {values[-1]:g} | {sum(values) / len(values):.1f} | {len(values)} |\n"
            )
    shared = [entry for entry in data.entries if entry.id in data.included]
    if shared:
        out.write(f"\n## {messages.REPORT_ENTRIES_SHARED}\n")
        for entry in shared:
            out.write(f"\n### {markdown_inline(entry.exercise_title)} · {entry.local_date}\n")
            for question, answer in questions_and_answers(entry, data.exercise_for(entry)):
                out.write(f"\n*{plain_markdown(question)}*\n\n{plain_markdown(answer)}\n")
