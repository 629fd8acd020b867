"""Rich views of selfkind's data for people, and its plain JSON form for scripts.

Anything a person or an exercise file wrote goes through `selfkind.core.text`, so it
is shown literally.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from selfkind import messages
from selfkind.core.entry import DRAFT, Entry, local_time
from selfkind.core.templates import (
    answer_text,
    answered_questions,
    as_shown,
    fill,
    names_in,
)
from selfkind.core.text import clean, one_line
from selfkind.messages.formatting import said_day, said_number
from selfkind.ui.console import ACCENT as ACCENT
from selfkind.ui.console import QUIET as QUIET

# The consoles every view prints through, made and kept safe in one place.
from selfkind.ui.console import err as err
from selfkind.ui.console import literal, message
from selfkind.ui.console import markdown as markdown
from selfkind.ui.console import out as out
from selfkind.ui.console import print_json as print_json
from selfkind.ui.console import screen as screen
from selfkind.ui.terminal import plain

if TYPE_CHECKING:  # loaded only where used: listing and searching need none of them
    from selfkind.core.entry import Found
    from selfkind.core.exercise import Exercise, Score
    from selfkind.core.summaries import HomeStatus

SUMMARY_WIDTH = 200  # tables cut a summary to the terminal's width; this only bounds the work


CARD_EDGES = 4  # a card's two borders and the space inside each


def card(body: RenderableType, *, title: Text | None = None, subtitle: Text | None = None) -> Panel:
    """The one frame selfkind's views share: title top left, a quiet subtitle bottom right."""
    return Panel(
        body,
        title=title,
        title_align="left",
        subtitle=subtitle,
        subtitle_align="right",
        border_style=ACCENT,
        padding=(0, 1),
    )


def when(entry: Entry) -> str:
    """The day and local time an entry was started, e.g. 'Wed 25 Nov 2026, 22:05'; for one
    written later for its day, the day alone (its time there is only a placeholder) and when
    it was written."""
    if entry.written_at is None:
        started = local_time(entry.started_at)
        return f"{said_day(started, 'weekday_day_month_year')}, {started:%H:%M}"
    day = said_day(date.fromisoformat(entry.local_date), "weekday_day_month_year")
    written = said_day(local_time(entry.written_at), "day_month_year")
    return f"{day} ({messages.WRITTEN_LATER.format(day=written)})"


def entry_summary(entry: Entry, exercise: Exercise | None, *, width: int = SUMMARY_WIDTH) -> str:
    """One line about an entry, at most `width` characters: its exercise's summary template
    (for a finished entry), else its first words, else its first score."""
    if entry.status != DRAFT and exercise is not None and exercise.summary:
        scores = {
            key: said_number(f"{value:g}") for key, value in entry.scores.items()
        }  # may be named too
        answers = as_shown(exercise, entry.answers)
        line = one_line(fill(exercise.summary, {**answers, **scores}), width=width)
        if line:
            return line
    texts = [value for value in entry.answers.values() if isinstance(value, str)]
    if texts:
        return one_line(texts[0], width=width)
    if entry.scores:
        labels = {score.id: score.label for score in exercise.scores} if exercise else {}
        score_id, value = next(iter(entry.scores.items()))
        return f"{labels.get(score_id, score_id)} {said_number(f'{value:g}')}"
    return ""


def short_time(entry: Entry) -> str:
    """When an entry was started, briefly: the year only when it is not this one; for one
    written later for its day, the day and a mark that it was."""
    moment = local_time(entry.started_at)
    style = "weekday_day_month" if moment.year == datetime.now().year else "day_month_year"
    if entry.written_at is not None:
        day = said_day(date.fromisoformat(entry.local_date), style)
        return f"{day} {messages.WRITTEN_LATER_SHORT}"
    return f"{said_day(moment, style)} {moment:%H:%M}"


def score_line(score: Score | None, score_id: str, value: float | int, entry: Entry) -> Text:
    """A score with its label, its band, and for a change its before and after."""
    label = score.label if score else score_id
    line = Text.assemble(literal(label, "bold"), "  ")
    if score is not None and score.method == "change":
        before, after = entry.answers.get(score.before or ""), entry.answers.get(score.after or "")
        if before is not None and after is not None:
            line.append_text(literal(f"{answer_text(before)} → {answer_text(after)}  "))
        line.append(f"({value:+g})", ACCENT)
    else:
        line.append(said_number(f"{value:g}"), ACCENT)
    band = score.band_for(value) if score else None
    if band:
        line.append("  ")
        line.append_text(literal(band, QUIET))
    return line


def scores_view(entry: Entry, exercise: Exercise | None) -> list[Text]:
    known = {score.id: score for score in exercise.scores} if exercise else {}
    return [score_line(known.get(key), key, value, entry) for key, value in entry.scores.items()]


def said_in_summary(entry: Entry, exercise: Exercise, summary: str) -> set[str]:
    """The scores an entry's one line already says, so its card does not say them twice: a
    rating of one step the summary template names ("Mood 6/10."), or the score the line is."""
    named = set(names_in(exercise.summary)) if exercise.summary else set()
    said = {
        score.id
        for score in exercise.scores
        if score.method != "change"
        and not score.bands
        and score.items
        and set(score.items) <= named
    } | (named & set(entry.scores))  # a score the line names itself
    labels = {score.id: score.label for score in exercise.scores}
    said |= {
        key
        for key, value in entry.scores.items()
        if summary == f"{labels.get(key, key)} {said_number(f'{value:g}')}"
    }
    return said


def entry_result(entry: Entry, exercise: Exercise) -> RenderableType:
    """What a person sees when an entry has just been saved."""
    parts: list[RenderableType] = []
    summary = entry_summary(entry, exercise)
    if summary:
        parts.append(literal(summary))
    said = said_in_summary(entry, exercise, summary)
    known = {score.id: score for score in exercise.scores}
    parts += [
        score_line(known.get(key), key, value, entry)
        for key, value in entry.scores.items()
        if key not in said
    ]
    if not parts:
        parts.append(Text(messages.ENTRY_SAVED_EMPTY, style=QUIET))
    return card(
        Group(*parts),
        title=literal(exercise.title, "bold"),
        subtitle=Text(f"{when(entry)} · {entry.short_id}", style=QUIET),
    )


def highlighted(found: Found) -> Text:
    """A search snippet with the matching words in bold; everything else literal."""
    text = Text()
    for part, matched in found.snippet:
        text.append(
            clean(part.replace("\n", " ")),
            style=f"bold {ACCENT}" if matched else "",
        )
    return text


def search_results(found: Iterable[Found]) -> Table:
    """Entries that match, newest first, each with the words around the match."""
    table = Table(box=None, header_style=QUIET, pad_edge=False)
    table.add_column(messages.COLUMN_ID, style=QUIET, no_wrap=True, min_width=8)
    table.add_column(messages.COLUMN_WHEN, no_wrap=True, min_width=16)
    # The words matter most: on a narrow terminal the exercise's title gives way to them.
    narrow = out().width < 80
    table.add_column(
        messages.COLUMN_EXERCISE, max_width=12 if narrow else 22, overflow="ellipsis", no_wrap=True
    )
    table.add_column(messages.COLUMN_WORDS, ratio=1, overflow="fold")
    for item in found:
        entry = item.entry
        table.add_row(
            entry.short_id, short_time(entry), literal(entry.exercise_title), highlighted(item)
        )
    return table


def entry_detail(entry: Entry, exercise: Exercise | None) -> RenderableType:
    """One entry, with its exercise's prompts beside the answers."""
    parts: list[RenderableType] = []
    for question, answer in answered_questions(exercise, entry.answers):
        parts.append(literal(question, QUIET))
        parts.append(Padding(literal(answer), (0, 0, 1, 2)))
    parts += scores_view(entry, exercise)
    draft = [messages.DRAFT_STATUS] if entry.status == DRAFT else []
    facts = [when(entry), *draft, entry.short_id]
    return card(
        Group(*parts) if parts else Text(messages.ENTRY_NO_ANSWERS, style=QUIET),
        title=literal(exercise.title if exercise else entry.exercise_title, "bold"),
        subtitle=Text(" · ".join(facts), style=QUIET),
    )


def problem_lines(lines: Iterable[str]) -> None:
    """`PATH:LINE:COL: message` lines, printed plainly for editors and scripts."""
    for line in lines:
        sys.stdout.write(clean(line) + "\n")
    sys.stdout.flush()


def recap(exercise: Exercise, answers: dict[str, Any]) -> RenderableType:
    """What a draft holds so far, question by question, to pick up the thread."""
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column(style=QUIET, ratio=1, overflow="ellipsis", no_wrap=True)
    table.add_column(ratio=1, overflow="ellipsis", no_wrap=True)
    for step in exercise.answer_steps():
        if step.id in answers:
            question = one_line(fill(step.prompt, as_shown(exercise, answers)), width=SUMMARY_WIDTH)
            said = answer_text(answers[step.id], step)
            table.add_row(literal(question), literal(one_line(said)))
    if not table.row_count:  # paused at the first question: nothing to recall yet
        return message(messages.RESUMING_FROM_START)
    return Group(message(messages.RESUMING), table)


def first_run(folder: str) -> RenderableType:
    return card(message(messages.FIRST_RUN.format(folder=folder)))


def week_row(status: HomeStatus) -> RenderableType | None:
    """The last days as a small calendar row: a filled dot for each day with practice (in
    plain mode, the days in words; none when there were none: the gentle line says so)."""
    if plain():
        days = [said_day(mark.day, "weekday_min") for mark in status.days if mark.practised]
        return Text(messages.HOME_DAYS_PRACTISED.format(days=", ".join(days))) if days else None
    row = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1))
    for _ in status.days:
        row.add_column(justify="center")
    row.add_row(*[Text(said_day(mark.day, "weekday_min"), style=QUIET) for mark in status.days])
    row.add_row(
        *[Text("●", ACCENT) if mark.practised else Text("·", QUIET) for mark in status.days]
    )
    return row


def home(status: HomeStatus, drafts: list[Entry], planned: list[str]) -> RenderableType:
    """The home screen: today's check-in, the last week, and a gentle line."""
    if status.checkin is not None:
        mood = status.mood
        checkin = (
            messages.HOME_CHECKIN_DONE
            if mood is None
            else messages.HOME_CHECKIN_DONE_MOOD.format(mood=mood)
        )
    else:
        checkin = messages.HOME_CHECKIN_DUE
    count, days = status.practised_days, status.days_counted
    if count == 0:
        gentle = messages.HOME_NO_PRACTICE
    elif days == 1:
        gentle = messages.HOME_FIRST_DAY
    else:
        gentle = messages.HOME_PRACTICE.format(count=count, days=days)
    lines: list[RenderableType] = [Text(checkin), Text("")]
    row = week_row(status)
    lines += [row, Text("")] if row is not None else []
    if planned:
        lines.append(literal(messages.HOME_PLAN_DUE.format(titles=" · ".join(planned))))
    lines += [
        literal(messages.HOME_DRAFT.format(title=d.exercise_title, when=when(d))) for d in drafts
    ]
    lines.append(Text(gentle, style=QUIET))
    return card(
        Group(*lines),
        title=Text("selfkind", style="bold"),
        subtitle=Text(said_day(status.today, "long_weekday_day_month"), style=QUIET),
    )
