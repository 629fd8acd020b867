"""The report's charts: inline SVG a clinician can read at a glance and a screen reader can
read point by point. Weekly date ticks, each point with its value, no line drawn across days
without data, a measure's bands shaded with their names, and for a change score the levels
before and after as two lines."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from selfkind.core.exercise import Band
from selfkind.messages.formatting import said_day, said_number

WIDTH, HEIGHT, LEFT, RIGHT, BOTTOM, TOP = 560, 190, 40, 90, 26, 14
LABELLED_UP_TO = 16  # points; with more, each value is in its point's title only
SHADES = ("#f4f6f8", "#e9eef2", "#dde5eb", "#d2dce4")  # bands, lowest first: no band reads as
# good or bad by its colour (high is the good end of some measures, the hard end of others)
DATES_SHOWN = 9  # at most this many dates under a chart; the other Mondays get a tick only
Across = Callable[[date], float]  # a day's place from the left
Up = Callable[[float], float]  # a value's place from the top


@dataclass
class Line:
    """One series of a chart: its name (shown when a chart has more than one) and points."""

    name: str
    points: list[tuple[date, float]] = field(default_factory=list)


@dataclass
class Chart:
    title: str
    lines: list[Line]
    span: tuple[float, float] | None = None  # the lowest and highest the values can be
    bands: tuple[Band, ...] = ()
    gap: int = 7  # days between two points beyond which no line joins them


def line_chart(chart: Chart, since: date, until: date) -> str:
    """The chart as a figure: title, SVG, and the same points in the SVG's own titles."""
    values = [value for line in chart.lines for _, value in line.points]
    low, high = chart.span if chart.span else (min(values), max(values))
    if low == high:
        low, high = low - 1, high + 1
    days = max(1, (until - since).days)

    def x(day: date) -> float:
        return LEFT + (WIDTH - LEFT - RIGHT) * (day - since).days / days

    def y(value: float) -> float:
        return TOP + (HEIGHT - TOP - BOTTOM) * (high - min(max(value, low), high)) / (high - low)

    parts = [_bands(chart.bands, low, high, y), _grid(low, high, y), _ticks(since, until, x)]
    for number, line in enumerate(chart.lines):
        parts.append(_series(line, number, chart.gap, x, y))
        if len(chart.lines) > 1 and line.points:
            last_day, last_value = line.points[-1]
            parts.append(
                f'<text x="{x(last_day) + 6:.1f}" y="{y(last_value) + 4:.1f}" '
                f'class="name s{number}">{html.escape(line.name)}</text>'
            )
    title = html.escape(chart.title)
    return (
        f'<figure class="chart"><figcaption>{title}</figcaption>'
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{title}">'
        + "".join(parts)
        + "</svg></figure>\n"
    )


def _series(line: Line, number: int, gap: int, x: Across, y: Up) -> str:
    """A line through points no more than `gap` days apart, and every point with its value."""
    runs: list[list[tuple[date, float]]] = []
    for point in line.points:
        if runs and (point[0] - runs[-1][-1][0]).days <= gap:
            runs[-1].append(point)
        else:
            runs.append([point])
    drawn = "".join(
        f'<polyline points="{" ".join(f"{x(d):.1f},{y(v):.1f}" for d, v in run)}" '
        f'class="line s{number}"/>'
        for run in runs
        if len(run) > 1
    )
    labelled = len(line.points) <= LABELLED_UP_TO
    for day, value in line.points:
        said = html.escape(
            f"{line.name + ' · ' if line.name else ''}{said_day(day, 'day_month')}: {said_number(f'{value:g}')}"
        )
        drawn += (
            f'<circle cx="{x(day):.1f}" cy="{y(value):.1f}" r="3" class="s{number}">'
            f"<title>{said}</title></circle>"
        )
        if labelled:
            drawn += (
                f'<text x="{x(day):.1f}" y="{y(value) - 7:.1f}" text-anchor="middle" '
                f'class="value">{said_number(f"{value:g}")}</text>'
            )
    return drawn


def _bands(bands: tuple[Band, ...], low: float, high: float, y: Up) -> str:
    """Each band a shaded area from the band below it up to its limit, named at the right."""
    drawn, floor = "", low
    for number, band in enumerate(bands):
        top = high if band.up_to is None else min(band.up_to, high)
        if top <= floor:
            continue
        shade = SHADES[number % len(SHADES)]
        drawn += (
            f'<rect x="{LEFT}" y="{y(top):.1f}" width="{WIDTH - LEFT - RIGHT}" '
            f'height="{y(floor) - y(top):.1f}" fill="{shade}"/>'
            f'<text x="{WIDTH - RIGHT + 6}" y="{(y(top) + y(floor)) / 2 + 4:.1f}" '
            f'class="band">{html.escape(band.label)}</text>'
        )
        floor = top
    return drawn


def _grid(low: float, high: float, y: Up) -> str:
    return "".join(
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(v):.1f}" y2="{y(v):.1f}" class="grid"/>'
        f'<text x="{LEFT - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{said_number(f"{v:g}")}</text>'
        for v in (low, (low + high) / 2, high)
    )


def _ticks(since: date, until: date, x: Across) -> str:
    """A tick and a date every Monday (and at the first day, when it is not one)."""
    monday = since + timedelta(days=-since.weekday() % 7)
    days = [since] if since != monday else []
    while monday <= until:
        days.append(monday)
        monday += timedelta(days=7)
    bottom, every = HEIGHT - BOTTOM, -(-len(days) // DATES_SHOWN)
    return "".join(
        f'<line x1="{x(day):.1f}" x2="{x(day):.1f}" y1="{bottom}" y2="{bottom + 4}" class="tick"/>'
        + (
            f'<text x="{x(day):.1f}" y="{HEIGHT - 6}" text-anchor="middle">{said_day(day, "day_month")}</text>'
            if number % every == 0
            else ""
        )
        for number, day in enumerate(days)
    )
