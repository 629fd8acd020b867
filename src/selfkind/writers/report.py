"""A report to share with a therapist: self-contained HTML (inline CSS and SVG) or Markdown.

Built from plain data: entries, plans and the numbers `summaries` and `plan.schedule`
compute. Nothing in a report loads anything from anywhere, and it has no scripts.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TextIO

from selfkind.core.entry import Entry
from selfkind.core.exercise import Exercise
from selfkind.core.plan import Plan
from selfkind.core.schedule import WeekAdherence
from selfkind.core.scoring import score_range
from selfkind.core.summaries import CHECKIN, Summary
from selfkind.core.text import clean, markdown_inline
from selfkind.writers.export import html_start, plain_markdown, questions_and_answers


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
        step.id: (step.min, step.max) for step in exercise.answer_steps() if hasattr(step, "min")
    }
    for score in exercise.scores:
        inputs = [ranges.get(name) for name in score.inputs()]
        if all(inputs):
            ranges[score.id] = score_range(score.method, inputs)  # type: ignore[arg-type]
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
    window = f"{data.since:%d %B %Y} to {data.until:%d %B %Y}" + (
        f" · plan: {plans}" if plans else ""
    )
    if data.asked:
        shared = f"The person chose which entries' words to include: {len(data.included)} of {len(data.entries)}."
    else:
        shared = "The words of entries are not included; only numbers are."
    about = f"{window}. Made on {date.today():%d %B %Y}. {shared}"
    return "selfkind report", about


def write_html(data: ReportData, out: TextIO) -> None:
    """The report as one self-contained page."""
    title, about = _heading(data, lambda text: html.escape(clean(text)))
    summary = data.summary
    out.write(
        html_start(title, STYLE) + f'<h1>{title}</h1>\n<p class="about">{about}</p>\n'
        f"<p>Practised on {summary.practised_days} of {len(summary.days)} days; "
        f"{summary.entries} entries.</p>\n"
    )
    for plan, weeks in data.plans:
        out.write(f"<h2>Plan: {html.escape(clean(plan.title))}</h2>\n")
        out.write(
            "<table><tr><th>exercise</th><th>how often</th><th>done / asked</th><th>week by week</th></tr>\n"
        )
        for item in plan.items:
            item_weeks = weeks.get(item.exercise_id, [])
            done, asked = sum(w.done for w in item_weeks), sum(w.asked for w in item_weeks)
            by_week = ", ".join(f"{w.monday:%d %b}: {w.done}/{w.asked}" for w in item_weeks)
            out.write(
                f"<tr><td>{html.escape(clean(item.exercise_title))}</td><td>{item.schedule()}</td>"
                f'<td class="n">{done} / {asked}</td><td>{by_week}</td></tr>\n'
            )
        out.write("</table>\n")
    moods = [(day, mood) for day, mood in summary.mood if mood is not None]
    if moods:
        out.write("<h2>Check-in mood</h2>\n")
        out.write(line_chart("Mood (0 to 10)", moods, data.since, data.until, (0, 10)))
    charts = score_points(data)
    if charts:
        out.write("<h2>Scores over time</h2>\n")
        for label, points, span in charts.values():
            out.write(line_chart(clean(label), points, data.since, data.until, span))
    shared = [entry for entry in data.entries if entry.id in data.included]
    if shared:
        out.write("<h2>Entries the person chose to share</h2>\n")
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


def write_markdown(data: ReportData, out: TextIO) -> None:
    """The report as Markdown: the same sections, with tables instead of charts."""
    title, about = _heading(data, markdown_inline)
    summary = data.summary
    out.write(
        f"# {title}\n\n{about}\n\nPractised on {summary.practised_days} of {len(summary.days)} days; {summary.entries} entries.\n"
    )
    for plan, weeks in data.plans:
        out.write(
            f"\n## Plan: {markdown_inline(plan.title)}\n\n| exercise | how often | done / asked |\n|---|---|---|\n"
        )
        for item in plan.items:
            item_weeks = weeks.get(item.exercise_id, [])
            done, asked = sum(w.done for w in item_weeks), sum(w.asked for w in item_weeks)
            out.write(
                f"| {markdown_inline(item.exercise_title)} | {item.schedule()} | {done} / {asked} |\n"
            )
    moods = [mood for _, mood in summary.mood if mood is not None]
    if moods:
        mean = sum(moods) / len(moods)
        out.write(
            f"\n## Check-in mood\n\nMood from {moods[0]:g} to {moods[-1]:g}, "
            f"{mean:.1f} on average, over {len(moods)} days.\n"
        )
    charts = score_points(data)
    if charts:
        out.write(
            "\n## Scores over time\n\n| score | first | last | mean | count |\n|---|---|---|---|---|\n"
        )
        for label, points, _ in charts.values():
            values = [value for _, value in points]
            out.write(
                f"| {markdown_inline(label)} | {values[0]:g} | {values[-1]:g} | {sum(values) / len(values):.1f} | {len(values)} |\n"
            )
    shared = [entry for entry in data.entries if entry.id in data.included]
    if shared:
        out.write("\n## Entries the person chose to share\n")
        for entry in shared:
            out.write(f"\n### {markdown_inline(entry.exercise_title)} · {entry.local_date}\n")
            for question, answer in questions_and_answers(entry, data.exercise_for(entry)):
                out.write(f"\n*{plain_markdown(question)}*\n\n{plain_markdown(answer)}\n")
