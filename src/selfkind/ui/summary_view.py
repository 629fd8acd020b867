"""The summary screen in Rich, readable without colour (its --json form: ui/json_view.py)."""

from __future__ import annotations

from datetime import timedelta

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from selfkind import messages
from selfkind.core.numbers import number
from selfkind.core.summaries import Change, ScoreTrend, Summary, mood_words
from selfkind.messages.formatting import said_day
from selfkind.ui.console import literal, message
from selfkind.ui.render import ACCENT, CARD_EDGES, QUIET, card, out
from selfkind.ui.terminal import plain

BLOCKS = "▁▂▃▄▅▆▇█"
WEEKLY_AFTER = 56  # days; a longer window shows mood week by week, and a narrower calendar
SHADES = ("··", "░░", "▒▒", "▓▓", "██")  # no entries, then 1, 2, 3, 4 or more
NARROW_SHADES = ("·", "░", "▒", "▓", "█")
TABLE_FROM = 80  # columns; a narrower terminal gets the scores one block each, not a table
INDENT = (0, 0, 0, 2)  # a score's numbers under its name, wrapped lines included


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
            header = said_day(monday, "month")[0].upper() if monday.day <= 7 else ""
        else:
            header = monday.strftime("%d")
        table.add_column(header, justify="left", no_wrap=True, min_width=len(shades[0]))
    for weekday in range(7):
        name = said_day(first_monday + timedelta(days=weekday), "weekday_min")  # as home does
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


def days_in_words(summary: Summary) -> Group:
    """The calendar in words, for plain mode: on how many days there was practice, week by
    week (month by month in a window longer than WEEKLY_AFTER days)."""
    by_month = len(summary.days) > WEEKLY_AFTER
    periods: dict[str, list[int]] = {}
    for day, count in summary.days:
        monday = day - timedelta(days=day.weekday())
        name = (
            said_day(day, "month_year")
            if by_month
            else messages.SUMMARY_WEEK_OF.format(day=said_day(monday, "day_month"))
        )
        periods.setdefault(name, []).append(count)
    quiet = messages.SUMMARY_QUIET_MONTH if by_month else messages.SUMMARY_QUIET_WEEK
    return Group(
        *(
            Text(
                messages.counted(
                    messages.SUMMARY_DAYS_PRACTISED,
                    len(counts),
                    period=name,
                    practised=sum(1 for count in counts if count),
                )
                if any(counts)
                else quiet.format(period=name)
            )
            for name, counts in periods.items()
        )
    )


def legend(summary: Summary) -> RenderableType:
    """What each of the calendar's shades means, in the shades the calendar uses: on one line,
    or where that would not fit (longer words in another language), the shades on their own
    line, so that no shade is parted from its words."""
    shades = NARROW_SHADES if len(summary.days) > WEEKLY_AFTER else SHADES
    words = [
        messages.SUMMARY_LEGEND_NONE,
        *(str(count) for count in range(1, len(shades) - 1)),
        messages.SUMMARY_LEGEND_MORE.format(count=len(shades) - 1),
    ]
    keys = Text()
    for number_of, (shade, word) in enumerate(zip(shades, words, strict=True)):
        keys.append("  ")
        keys.append(shade, style=ACCENT if number_of else QUIET)
        keys.append(" ")
        keys.append(word, style=QUIET)
    heading = Text(messages.SUMMARY_LEGEND, style=QUIET)
    if cell_len(heading.plain + keys.plain) <= out().width - CARD_EDGES:
        return Text.assemble(heading, keys)
    return Group(heading, keys)


def duration(minutes: float) -> str:
    """'45 minutes', or '7 hours' once there are more than two of them."""
    if minutes < 120:
        return messages.counted(messages.DURATION_MINUTES, round(minutes))
    return messages.counted(messages.DURATION_HOURS, round(minutes / 60))


def summary_view(summary: Summary) -> RenderableType:
    """The whole summary: practice, mood, exercises, scores, changes and the person's own words."""
    same_year = summary.since.year == summary.until.year
    since = said_day(summary.since, "day_month" if same_year else "day_month_year")
    window = f"{since} – {said_day(summary.until, 'day_month_year')}"
    days = len(summary.days)
    if summary.entries == 0:
        return card(
            message(messages.counted(messages.SUMMARY_EMPTY, days)),
            title=Text(messages.SUMMARY_TITLE.format(window=window), style="bold"),
        )
    said = messages.SUMMARY_PRACTICE_SINCE if summary.began else messages.SUMMARY_PRACTICE
    practice = [messages.counted(said, summary.days_counted, practised=summary.practised_days)]
    if summary.minutes >= 1:
        practice.append(messages.SUMMARY_TIME.format(time=duration(summary.minutes)))
    drawn = not plain()  # plain mode says in words what the shades and marks show
    parts: list[RenderableType] = [
        Text(" ".join(practice)),
        Text(""),
        *([calendar(summary), legend(summary)] if drawn else [days_in_words(summary)]),
    ]
    moods = [mood for _, mood in summary.mood]
    label = messages.SUMMARY_MOOD
    if len(moods) > WEEKLY_AFTER and drawn:  # a long window: one mark a week, so the line fits
        first = (7 - summary.since.weekday()) % 7  # weeks from Monday, as the calendar's
        starts = ([0] if first else []) + list(range(first, len(moods), 7))
        ends = [*starts[1:], len(moods)]
        weeks = [
            [m for m in moods[start:end] if m is not None]
            for start, end in zip(starts, ends, strict=True)
        ]
        moods = [sum(week) / len(week) if week else None for week in weeks]
        label = messages.SUMMARY_MOOD_BY_WEEK
    mood = summary.mood_spread
    if mood is not None:
        line = Table.grid(padding=(0, 2, 0, 0))
        line.add_column(no_wrap=True, style="bold")
        line.add_column()  # wraps between words
        spark = Text(sparkline(moods, 0, 10), style=ACCENT, no_wrap=True, overflow="crop")
        words = Text(mood_words(mood), style=QUIET)
        line.add_row(Text(label), Group(spark, words) if drawn else words)
        parts += [Text(""), line]
    parts += [Text(""), exercises_table(summary)]
    if summary.trends:
        parts += [Text(""), Scores(summary)]
    if summary.kind_words:
        parts += [Text(""), Text(messages.SUMMARY_KIND_WORDS, style="bold")]
        parts += [
            literal(messages.KIND_WORDS_QUOTED.format(words=w), "italic")
            for w in summary.kind_words
        ]
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
        if 0 < count.minutes < 1:  # short runs took time too; blank would read as nothing
            minutes = messages.SUMMARY_UNDER_A_MINUTE
        table.add_row(literal(count.title), str(count.times), minutes)
    return table


class Scores:
    """Every score of the window: ratings as a trend, change scores as before → after.

    A terminal of TABLE_FROM columns or more, with room for the table's widest words, gets a
    table; a narrower one gets one block per score (its name on a line of its own, then its
    numbers), so no label is ever broken inside a word.
    """

    def __init__(self, summary: Summary) -> None:
        self.ratings = [trend for trend in summary.trends if trend.change is None]
        self.changes = [
            (trend, change) for trend in summary.trends if (change := trend.change) is not None
        ]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        table = trends_table(self.ratings) if self.ratings else None
        fits = table is None or (
            Measurement.get(console, options, table).minimum <= options.max_width
        )
        if console.width >= TABLE_FROM and fits and not plain():
            if table is not None:
                yield table
            if table is not None and self.changes:
                yield Text("")
            yield from change_lines(self.changes)
            return
        for number_of, trend in enumerate(self.ratings):
            if number_of:
                yield Text("")
            yield from score_block(trend)
        for number_of, (trend, change) in enumerate(self.changes):
            if number_of or self.ratings:
                yield Text("")
            yield score_name(trend)
            said = messages.counted(
                messages.SUMMARY_CHANGE_SHORT, change.count, change=change_words(change)
            )
            yield Padding(message(said), INDENT)


def score_name(trend: ScoreTrend) -> Text:
    return Text.assemble(
        literal(trend.label, "bold"), (" · ", QUIET), literal(trend.exercise_title, QUIET)
    )


def score_block(trend: ScoreTrend) -> list[RenderableType]:
    """One score on a narrow screen: its name, then its numbers and its sparkline."""
    numbers = messages.SUMMARY_SCORE_NUMBERS.format(
        first=number(trend.first), last=number(trend.last), mean=number(trend.spread.mean)
    )
    line = Text(numbers)
    if not plain():
        line.append("  " + sparkline(list(trend.values[-30:])), ACCENT)
    return [score_name(trend), Padding(line, INDENT)]


def trends_table(ratings: list[ScoreTrend]) -> Table:
    table = Table(box=None, header_style=QUIET, pad_edge=False)
    table.add_column(messages.COLUMN_SCORE)  # wraps between words; Scores keeps words whole
    table.add_column(messages.COLUMN_FIRST, justify="right")
    table.add_column(messages.COLUMN_LAST, justify="right")
    table.add_column(messages.COLUMN_MEAN, justify="right")
    table.add_column(messages.COLUMN_TREND, no_wrap=True, overflow="ellipsis")
    for trend in ratings:
        spark = Text(sparkline(list(trend.values[-30:])), style=ACCENT)
        table.add_row(
            score_name(trend),
            number(trend.first),
            number(trend.last),
            number(trend.spread.mean),
            spark,
        )
    return table


def change_words(change: Change) -> str:
    """Before → after on average, and which way it went, kindly: a rise is common at first."""
    if change.direction == 0:
        said = messages.SUMMARY_CHANGE_SAME
    elif change.direction < 0:
        said = (
            messages.SUMMARY_CHANGE_EASED
            if change.higher_is_harder
            else messages.SUMMARY_CHANGE_DOWN
        )
    else:
        said = (
            messages.SUMMARY_CHANGE_ROSE if change.higher_is_harder else messages.SUMMARY_CHANGE_UP
        )
    return said.format(
        before=number(change.before), after=number(change.after), by=number(change.by)
    )


def change_lines(changes: list[tuple[ScoreTrend, Change]]) -> list[Text]:
    """Before and after, on average: the clearest way to see an exercise helping."""
    return [
        message(
            messages.counted(
                messages.SUMMARY_CHANGE,
                change.count,
                label=trend.label,
                change=change_words(change),
                title=trend.exercise_title,
            )
        )
        for trend, change in changes
    ]
