"""A report's data as the client shares it with a therapist (`report --for`): the numbers
of the page, and each entry at the level the client chose, ready for `formats.report_file`."""

from __future__ import annotations

import io
import secrets
from dataclasses import replace
from datetime import date, datetime, timezone

from selfkind.core.caseload import (
    EntryShared,
    Measure,
    PlanShared,
    Point,
    Practice,
    SharedReport,
)
from selfkind.core.entry import Entry
from selfkind.core.exercise import Exercise
from selfkind.messages.language import current_language
from selfkind.writers.export import SafeText
from selfkind.writers.measures import ExerciseFor, shared_card, value_range
from selfkind.writers.report import ReportData, write_html


def shared_report(data: ReportData, plan_hashes: dict[str, str]) -> SharedReport:
    """The report a therapist's selfkind reads, with the page the client would see."""
    page = io.StringIO()
    write_html(data, SafeText(page))
    finished = [e for e in data.entries if e.completed_at]
    last = max((date.fromisoformat(e.local_date) for e in finished), default=None)
    summary = data.summary
    return SharedReport(
        id=secrets.token_hex(16),
        made_at=datetime.now(timezone.utc)
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z"),
        name=data.name,
        since=data.since,
        until=data.until,
        practice=Practice(summary.practised_days, len(summary.days), summary.entries, last),
        plans=tuple(
            PlanShared(plan, plan_hashes[plan.id], {k: tuple(v) for k, v in weeks.items()})
            for plan, weeks in data.plans
        ),
        measures=_measures(data.entries, data.exercise_for),
        entries=tuple(_shared_entries(data)),
        page=page.getvalue(),
        language=current_language(),
    )


def _measures(entries: list[Entry], exercise_for: ExerciseFor) -> tuple[Measure, ...]:
    """Every score of every exercise over the window, each value with its band."""
    measures: dict[tuple[str, str], Measure] = {}
    points: dict[tuple[str, str], list[Point]] = {}
    for entry in entries:
        exercise = exercise_for(entry)
        known = {score.id: score for score in exercise.scores} if exercise else {}
        for score_id, value in entry.scores.items():
            score = known.get(score_id)
            key = (entry.exercise_id, score_id)
            if key not in measures:
                measures[key] = Measure(
                    exercise_id=entry.exercise_id,
                    exercise_title=entry.exercise_title,
                    score_id=score_id,
                    label=score.label if score else score_id,
                    method=score.method if score else "mean",
                    span=value_range(exercise, score_id),
                    bands=score.bands if score else (),
                    points=(),
                )
            band = score.band_for(value) if score else None
            day = date.fromisoformat(entry.local_date)
            points.setdefault(key, []).append(Point(day, float(value), band))
    return tuple(replace(m, points=tuple(points[key])) for key, m in measures.items())


def _shared_entries(data: ReportData) -> list[EntryShared]:
    """Each entry the client chose to share something of, at that level."""
    shared = []
    for entry in data.entries:
        words = entry.id in data.included
        if not words and entry.id not in data.rated:
            level = "scores"
        else:
            level = "words" if words else "answers"
        exercise: Exercise | None = data.exercise_for(entry)
        card = shared_card(entry, exercise, words=words) if level != "scores" else []
        shared.append(
            EntryShared(
                id=entry.id,
                exercise_id=entry.exercise_id,
                exercise_title=entry.exercise_title,
                local_date=date.fromisoformat(entry.local_date),
                level=level,
                scores={key: float(value) for key, value in entry.scores.items()},
                card=tuple(card),
            )
        )
    return shared
