"""The `.selfkind-report` format, version 1: a report's data as JSON, both ways.

`to_json` writes what a client's selfkind made; `from_json` reads what arrives at the
therapist's, as foreign bytes: every field's type, length and range is checked, and the
first thing out of place is named, so nothing half-read is ever kept. The schema is
documented in docs/json.md ("report-file"); tests/test_json_shapes.py holds the two together.
"""

from __future__ import annotations

import re
from typing import Any

from selfkind import messages
from selfkind.core.caseload import (
    LEVELS,
    EntryShared,
    Measure,
    PlanShared,
    Point,
    Practice,
    SharedReport,
)
from selfkind.core.errors import SelfkindError
from selfkind.core.exercise import Band
from selfkind.core.plan import WEEKDAYS, Plan, PlanItem
from selfkind.core.schedule import WeekAdherence
from selfkind.formats.caseload_digest import day_or_none
from selfkind.formats.json_reader import MOST, NotAReport, Reader
from selfkind.formats.plan_json import plan_item_json, week_json

VERSION = 1
KEY = "selfkind-report"
ID = re.compile(r"[a-z0-9_-]{1,64}")
LANGUAGE = re.compile(r"[a-z]{2,3}")  # a language code, as messages/language.py knows them
HASH = re.compile(r"[0-9a-f]{64}")
NAME_LENGTH = 200  # titles, labels, a client's name
TEXT_LENGTH = 100_000  # a question or an answer on an entry's card
PAGE_LENGTH = 20_000_000


class NewerReport(SelfkindError):
    """A report made by a newer selfkind, in a format this one does not know."""


# ---------------------------------------------------------------- writing


def to_json(report: SharedReport) -> dict[str, Any]:
    return {
        KEY: VERSION,
        "id": report.id,
        "made_at": report.made_at,
        "language": report.language,
        "name": report.name,
        "since": report.since.isoformat(),
        "until": report.until.isoformat(),
        "practice": {
            "days_practised": report.practice.days_practised,
            "days": report.practice.days,
            "entries": report.practice.entries,
            "last_practised": day_or_none(report.practice.last_practised),
        },
        "plans": [_plan_json(shared) for shared in report.plans],
        "measures": [_measure_json(measure) for measure in report.measures],
        "entries": [_entry_json(entry) for entry in report.entries],
        "page": report.page,
    }


def _plan_json(shared: PlanShared) -> dict[str, Any]:
    plan = shared.plan
    return {
        "id": plan.id,
        "title": plan.title,
        "from": plan.sender,
        "start": plan.start.isoformat(),
        "end": day_or_none(plan.end),
        "hash": shared.hash,
        "items": [
            {
                **plan_item_json(item),
                "weeks": [week_json(week) for week in shared.weeks.get(item.exercise_id, ())],
            }
            for item in plan.items
        ],
    }


def _measure_json(measure: Measure) -> dict[str, Any]:
    return {
        "exercise": measure.exercise_id,
        "exercise_title": measure.exercise_title,
        "score": measure.score_id,
        "label": measure.label,
        "method": measure.method,
        "range": list(measure.span) if measure.span else None,
        "bands": [{"label": band.label, "up_to": band.up_to} for band in measure.bands],
        "points": [
            {"date": point.day.isoformat(), "value": point.value, "band": point.band}
            for point in measure.points
        ],
    }


def _entry_json(entry: EntryShared) -> dict[str, Any]:
    return {
        "id": entry.id,
        "exercise": entry.exercise_id,
        "exercise_title": entry.exercise_title,
        "local_date": entry.local_date.isoformat(),
        "level": entry.level,
        "scores": entry.scores,
        "card": [{"question": question, "answer": answer} for question, answer in entry.card],
    }


# ---------------------------------------------------------------- reading


def from_json(data: Any) -> SharedReport:
    """A report from its JSON; NotAReport naming the first thing out of place, NewerReport
    for a format this selfkind does not know yet."""
    if not isinstance(data, dict) or KEY not in data:
        raise NotAReport(messages.CLINIC_NOT_A_REPORT_DATA.format(where=KEY))
    version = data[KEY]
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise NewerReport(messages.CLINIC_NEWER_REPORT.format(version=version))
    read = Reader(data, "")
    if read.integer(KEY, 1, VERSION) != VERSION:
        raise NotAReport(messages.CLINIC_NOT_A_REPORT_DATA.format(where=KEY))
    practice = read.object("practice")
    since, until = read.day("since"), read.day("until")
    if until < since:
        raise read.wrong("until")
    return SharedReport(
        id=read.text("id", pattern=ID),
        made_at=read.moment("made_at"),
        name=read.text("name", NAME_LENGTH, optional=True, one_line=True) or None,
        since=since,
        until=until,
        practice=Practice(
            practice.integer("days_practised", 0, MOST),
            practice.integer("days", 1, MOST * 10),
            practice.integer("entries", 0, MOST * 10),
            practice.day("last_practised", optional=True),
        ),
        plans=tuple(_plan(each) for each in read.each("plans")),
        measures=tuple(_measure(each) for each in read.each("measures")),
        entries=tuple(_entry(each) for each in read.each("entries")),
        page=read.text("page", PAGE_LENGTH, empty=True),
        # Reports from before languages were said are in English.
        language=read.text("language", 3, optional=True, pattern=LANGUAGE) or "en",
    )


def _plan(read: Reader) -> PlanShared:
    items, weeks = [], {}
    for item in read.each("items"):
        exercise = item.text("exercise", pattern=ID)
        days = tuple(item.choice_list("days", WEEKDAYS))
        times = item.integer("times_per_week", 1, 7, optional=True)
        daily = item.boolean("daily")
        if int(daily) + int(bool(days)) + int(times is not None) != 1:
            raise item.wrong("daily")
        items.append(
            PlanItem(
                exercise_id=exercise,
                exercise_title=item.text("title", NAME_LENGTH, one_line=True),
                source=exercise,
                daily=daily,
                days=days,
                times_per_week=times,
                from_day=item.integer("from_day", 1, 366, optional=True) or 1,
                why=item.text("why", NAME_LENGTH, optional=True, one_line=True) or None,
                optional=item.boolean("optional", optional=True),
            )
        )
        weeks[exercise] = tuple(_week(week) for week in item.each("weeks"))
    plan = Plan(
        id=read.text("id", pattern=ID),
        title=read.text("title", NAME_LENGTH, one_line=True),
        start=read.day("start"),
        end=read.day("end", optional=True),
        sender=read.text("from", NAME_LENGTH, optional=True, one_line=True) or None,
        items=tuple(items),
    )
    return PlanShared(plan, read.text("hash", pattern=HASH), weeks)


def _week(read: Reader) -> WeekAdherence:
    monday = read.day("monday")
    if monday.weekday() != 0:
        raise read.wrong("monday")
    return WeekAdherence(
        monday=monday,
        asked=read.integer("asked", 0, 70),
        done=read.integer("done", 0, MOST),
        whole=read.integer("whole", 0, 70),
        so_far=read.boolean("so_far"),
    )


def _measure(read: Reader) -> Measure:
    span = read.numbers("range", 2, optional=True)
    return Measure(
        exercise_id=read.text("exercise", pattern=ID),
        exercise_title=read.text("exercise_title", NAME_LENGTH, one_line=True),
        score_id=read.text("score", pattern=ID),
        label=read.text("label", NAME_LENGTH, one_line=True),
        method=read.text("method", pattern=re.compile(r"mean|sum|change")),
        span=(span[0], span[1]) if span else None,
        bands=tuple(
            Band(band.text("label", NAME_LENGTH, one_line=True), band.number("up_to", True))
            for band in read.each("bands")
        ),
        points=tuple(
            Point(
                point.day("date"),
                point.number("value"),
                point.text("band", NAME_LENGTH, optional=True, one_line=True) or None,
            )
            for point in read.each("points")
        ),
    )


def _entry(read: Reader) -> EntryShared:
    scores = read.object("scores")
    return EntryShared(
        id=read.text("id", pattern=ID),
        exercise_id=read.text("exercise", pattern=ID),
        exercise_title=read.text("exercise_title", NAME_LENGTH, one_line=True),
        local_date=read.day("local_date"),
        level=read.text("level", pattern=re.compile("|".join(LEVELS))),
        scores={key: scores.number(key) for key in scores.keys(ID)},
        card=tuple(
            (line.text("question", TEXT_LENGTH), line.text("answer", TEXT_LENGTH, empty=True))
            for line in read.each("card")
        ),
    )
