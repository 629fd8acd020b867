"""The summary screen in Rich, readable without colour (its --json form: ui/json_view.py)."""

from __future__ import annotations

from datetime import timedelta

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from selfkind import messages
from selfkind.core.summaries import Summary
from selfkind.ui.console import literal, message
from selfkind.ui.render import ACCENT, QUIET, card

BLOCKS = "▁▂▃▄▅▆▇█"
WEEKLY_AFTER = 56  # days; a longer window shows mood week by week, and a narrower calendar
SHADES = ("··", "░░", "▒▒", "▓▓", "██")  # no entries, then 1, 2, 3, 4 or more
NARROW_SHADES = ("·", "░", "▒", "▓", "█")


def sparkline(
    values: list[float | None], low: float | None = None, high: float | None = None
) -> str:
    """One block character per value, from ▁ (lowest) to █ (highest); · where there is none."""
    known = [value for value in values if value is not None]
    if not known:
        return "·" * len(values)
    low = min(known) if low is None else low
    high = max(known) if high is None else high
    span = high - low
    marks = []
    for value in values:
        if value is None:
            marks.append("·")
        else:
            level = 0.5 if span == 0 else (value - low) / span
            marks.append(BLOCKS[min(len(BLOCKS) - 1, max(0, round(level * (len(BLOCKS) - 1))))])
    return "".join(marks)


def calendar(summary: Summary) -> Table:
    """Days practised like a contribution graph: weekdays as rows, weeks as columns.

    A long window gets cells one character wide, so a whole year fits in 60 columns.
    """
    first_monday = summary.since - timedelta(days=summary.since.weekday())
    weeks = (summary.until - first_monday).days // 7 + 1
    counts = dict(summary.days)
    narrow = len(summary.days) > WEEKLY_AFTER
    shades = NARROW_SHADES if narrow else SHADES
    table = Table(
        box=None,
        show_header=True,
        header_style=QUIET,
        pad_edge=False,
        padding=(0, 0 if narrow else 1, 0, 0),
    )
    table.add_column("", min_width=4)
    for week in range(weeks):
        monday = first_monday + timedelta(weeks=week)
        if narrow:  # a month's initial over the week it begins
            header = monday.strftime("%b")[0] if monday.day <= 7 else ""
        else:
            header = monday.strftime("%d")
        table.add_column(header, justify="left", no_wrap=True, min_width=len(shades[0]))
    for weekday in range(7):
        name = (first_monday + timedelta(days=weekday)).strftime("%a")  # as the home row names it
        row: list[Text] = [Text(name, style=QUIET)]
        for week in range(weeks):
            day = first_monday + timedelta(weeks=week, days=weekday)
            count = counts.get(day)
            if count is None:  # outside the window
                row.append(Text(" " * len(shades[0])))
            else:
                row.append(Text(shades[min(count, 4)], style=ACCENT if count else QUIET))
        table.add_row(*row)
    return table


def mood_words(known: list[float]) -> str:
    """How the mood went, in words beside its sparkline."""
    if len(known) == 1:
        return "  " + messages.SUMMARY_MOOD_ONE_DAY.format(mood=number(known[0]))
    mean = number(sum(known) / len(known))
    return "  " + messages.SUMMARY_MOOD_RANGE.format(
        first=number(known[0]), last=number(known[-1]), mean=mean
    )


def duration(minutes: float) -> str:
    """'45 minutes', or '7 hours' once there are more than two of them."""
    if minutes < 120:
        return messages.counted(messages.DURATION_MINUTES, round(minutes))
    return messages.counted(messages.DURATION_HOURS, round(minutes / 60))


def number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def summary_view(summary: Summary) -> RenderableType:
    """The whole summary: practice, mood, exercises, scores, changes and the person's own words."""
    since = f"{summary.since:%d %b}" + (
        "" if summary.since.year == summary.until.year else f" {summary.since:%Y}"
    )
    window = f"{since} – {summary.until:%d %b %Y}"
    days = len(summary.days)
    if summary.entries == 0:
        return card(
            message(messages.counted(messages.SUMMARY_EMPTY, days)),
            title=Text(messages.SUMMARY_TITLE.format(window=window), style="bold"),
        )
    practice = [messages.counted(messages.SUMMARY_PRACTICE, days, practised=summary.practised_days)]
    if summary.minutes >= 1:
        practice.append(messages.SUMMARY_TIME.format(time=duration(summary.minutes)))
    parts: list[RenderableType] = [
        Text(" ".join(practice)),
        Text(""),
        calendar(summary),
    ]
    moods = [mood for _, mood in summary.mood]
    known = [mood for mood in moods if mood is not None]
    label = messages.SUMMARY_MOOD + "  "
    if len(moods) > WEEKLY_AFTER:  # a long window: one mark a week, so the line fits
        weeks = [
            [m for m in moods[start : start + 7] if m is not None]
            for start in range(0, len(moods), 7)
        ]
        moods = [sum(week) / len(week) if week else None for week in weeks]
        label = messages.SUMMARY_MOOD_BY_WEEK + "  "
    if known:
        parts += [
            Text(""),
            Text.assemble(
                (label, "bold"),
                (sparkline(moods, 0, 10), ACCENT),
                (mood_words(known), QUIET),
            ),
        ]
    parts += [Text(""), exercises_table(summary)]
    if summary.trends:
        parts += [Text(""), trends_table(summary)]
    changes = change_lines(summary)
    if changes:
        parts += [Text(""), *changes]
    if summary.kind_words:
        parts += [Text(""), Text(messages.SUMMARY_KIND_WORDS, style="bold")]
        parts += [literal(f"“{words}”", "italic") for words in summary.kind_words]
    return card(
        Group(*parts), title=Text(messages.SUMMARY_TITLE.format(window=window), style="bold")
    )


def exercises_table(summary: Summary) -> Table:
    table = Table(box=None, header_style=QUIET, pad_edge=False)
    table.add_column(messages.COLUMN_EXERCISE)
    table.add_column(messages.COLUMN_TIMES, justify="right")
    table.add_column(messages.COLUMN_MINUTES, justify="right")
    for count in summary.exercises:
        minutes = str(round(count.minutes)) if count.minutes >= 1 else ""
        table.add_row(literal(count.title), str(count.times), minutes)
    return table


def trends_table(summary: Summary) -> Table:
    table = Table(box=None, header_style=QUIET, pad_edge=False)
    table.add_column(messages.COLUMN_SCORE, overflow="fold")
    table.add_column(messages.COLUMN_FIRST, justify="right")
    table.add_column(messages.COLUMN_LAST, justify="right")
    table.add_column(messages.COLUMN_MEAN, justify="right")
    table.add_column(messages.COLUMN_TREND, no_wrap=True, overflow="ellipsis")
    for trend in summary.trends:
        name = Text.assemble(
            literal(trend.label), (" · ", QUIET), literal(trend.exercise_title, QUIET)
        )
        spark = Text(sparkline(list(trend.values[-30:])), style=ACCENT)
        table.add_row(name, number(trend.first), number(trend.last), number(trend.mean), spark)
    return table


def change_lines(summary: Summary) -> list[Text]:
    """Before and after, on average: the clearest way to see an exercise helping."""
    lines = []
    for trend in summary.trends:
        if trend.before and trend.after:
            before = sum(trend.before) / len(trend.before)
            after = sum(trend.after) / len(trend.after)
            lines.append(
                message(
                    messages.counted(
                        messages.SUMMARY_CHANGE,
                        len(trend.before),
                        label=trend.label,
                        before=number(before),
                        after=number(after),
                        title=trend.exercise_title,
                    )
                )
            )
    return lines
