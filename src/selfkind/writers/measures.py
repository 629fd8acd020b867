"""What the report shows of the scores: a chart for each, and for each scored exercise a table
of every time it was done (the date, each score, its band), built from the entries alone."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import date

from selfkind import messages
from selfkind.core.entry import Entry
from selfkind.core.exercise import Exercise, ScaleStep, Score, TextStep
from selfkind.core.scoring import score_range
from selfkind.core.summaries import CHECKIN
from selfkind.core.templates import answer_text, as_shown, fill
from selfkind.messages.formatting import said_number
from selfkind.writers.charts import Chart, Line

ExerciseFor = Callable[[Entry], Exercise | None]


@dataclass
class Administrations:
    """Every time one scored exercise was done: a row per entry, a column per score."""

    title: str
    ids: list[str]  # the scores, in the exercise's order
    labels: list[str]
    rows: list[tuple[date, list[str]]] = field(default_factory=list)


def administrations(
    entries: Iterable[Entry], exercise_for: ExerciseFor, rated: Collection[str]
) -> list[Administrations]:
    """A table for each scored exercise but the check-in (its mood has a chart of its own);
    a change score shows its ratings before and after only for the entries in `rated`."""
    tables: dict[str, Administrations] = {}
    for entry in entries:
        exercise = exercise_for(entry)
        if not entry.scores or entry.exercise_id == CHECKIN:
            continue
        known = {score.id: score for score in exercise.scores} if exercise else {}
        table = tables.get(entry.exercise_id)
        if table is None:
            ids = list(known) or list(entry.scores)
            labels = [known[i].label if i in known else i for i in ids]
            table = tables[entry.exercise_id] = Administrations(entry.exercise_title, ids, labels)
        levels = entry.id in rated
        cells = [_cell(known.get(i), entry.scores.get(i), entry, levels) for i in table.ids]
        table.rows.append((date.fromisoformat(entry.local_date), cells))
    return list(tables.values())


def _cell(score: Score | None, value: float | None, entry: Entry, levels: bool) -> str:
    """A score as the table shows it: its value and band; a change with its ratings before
    and after if `levels` (the person shares the entry's ratings)."""
    if value is None:
        return ""
    said = said_number(f"{value:g}")
    if levels and score is not None and score.method == "change":
        before, after = entry.answers.get(score.before or ""), entry.answers.get(score.after or "")
        if before is not None and after is not None:
            said = f"{answer_text(before)} → {answer_text(after)} ({value:+g})"
    band = score.band_for(value) if score is not None else None
    return messages.REPORT_IN_BAND.format(value=said, band=band) if band else said


def score_charts(
    entries: Iterable[Entry], exercise_for: ExerciseFor, rated: Collection[str]
) -> list[Chart]:
    """A chart for each score but the check-in's mood: a change score as its before and after
    levels (two lines) when every entry's ratings are shared (`rated`), any other (and a
    change otherwise) as its values, over its bands when it has them."""
    charts: dict[tuple[str, str], Chart] = {}
    listed = list(entries)
    private = {(e.exercise_title, s) for e in listed if e.id not in rated for s in e.scores}
    for entry in listed:
        exercise = exercise_for(entry)
        known = {score.id: score for score in exercise.scores} if exercise else {}
        for score_id, value in entry.scores.items():
            if entry.exercise_id == CHECKIN and score_id == "mood_rating":
                continue
            score = known.get(score_id)
            key = (entry.exercise_title, score_id)
            chart = charts.get(key) or charts.setdefault(
                key, _chart(entry, exercise, score, score_id, levels=key not in private)
            )
            day = date.fromisoformat(entry.local_date)
            if len(chart.lines) == 2 and score is not None:
                for line, step in zip(chart.lines, (score.before, score.after), strict=True):
                    level = entry.answers.get(step or "")
                    if isinstance(level, (int, float)):
                        line.points.append((day, float(level)))
            else:
                chart.lines[0].points.append((day, value))
    return list(charts.values())


def _chart(
    entry: Entry, exercise: Exercise | None, score: Score | None, score_id: str, *, levels: bool
) -> Chart:
    label = f"{score.label if score else score_id} · {entry.exercise_title}"
    if levels and score is not None and score.method == "change" and exercise is not None:
        span = value_range(exercise, score.before or "")
        if span is not None:  # the levels themselves, on their own scale
            title = messages.REPORT_BEFORE_AND_AFTER.format(label=label)
            names = (messages.REPORT_BEFORE, messages.REPORT_AFTER)
            return Chart(title, [Line(name) for name in names], span)
    bands = score.bands if score is not None else ()
    return Chart(
        label, [Line("")], value_range(exercise, score_id), bands, gap_for(entry.exercise_id)
    )


def gap_for(exercise_id: str) -> int:
    """Days between two points beyond which no line joins them: a day for the daily
    check-in (a missed day shows as a gap, as on the mood chart), a week for the rest."""
    return 1 if exercise_id == CHECKIN else Chart.gap


def value_range(exercise: Exercise | None, step_or_score: str) -> tuple[float, float] | None:
    """The lowest and highest a step or a score can be, from the exercise's scale steps."""
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
            ranges[score.id] = score_range(score.method, inputs, score.times)
    return ranges.get(step_or_score)


def shared_card(entry: Entry, exercise: Exercise | None, *, words: bool) -> list[tuple[str, str]]:
    """What an entry's card shows: each score with its band, then its ratings (with the
    scale's ends, so a number reads right) and choices, and the person's words if `words`."""
    known = {score.id: score for score in exercise.scores} if exercise else {}
    lines = [
        (known[key].label if key in known else key, _cell(known.get(key), value, entry, True))
        for key, value in entry.scores.items()
    ]
    if exercise is None:
        return lines + ([(k, answer_text(v)) for k, v in entry.answers.items()] if words else [])
    written = {step.id for step in exercise.answer_steps() if isinstance(step, TextStep)}
    # A question may quote an earlier answer ("Coming back to {{ stressor }}, ..."): the
    # person's words are kept out of it too unless they chose to share them.
    quoted = {
        key: (messages.REPORT_WORDS_LEFT_OUT if key in written and not words else value)
        for key, value in entry.answers.items()
    }
    for step in exercise.answer_steps():
        value = entry.answers.get(step.id)
        if value is None or (step.id in written and not words):
            continue
        said = answer_text(value, step)
        if isinstance(step, ScaleStep):
            said = messages.REPORT_ON_SCALE.format(value=said, scale=scale_ends(step))
        lines.append((fill(step.prompt, as_shown(exercise, quoted)), said))
    return lines


def scale_ends(step: ScaleStep) -> str:
    """A scale's two ends as the person saw them: '0 = very low … 10 = very good'."""
    low, high = step.labels.get(step.min), step.labels.get(step.max)
    first = f"{step.min} = {low}" if low else str(step.min)
    last = f"{step.max} = {high}" if high else str(step.max)
    return f"{first} … {last}"
