"""Checking imported entries like answers: every answer fits its step in the exercise the
entry was made with, scores are worked out again from the answers, and times and dates are
ones a person could have written. Each check returns its problems as short phrases, which
the importer places after "entry N (id ...)"; nothing is written or printed here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from selfkind import messages
from selfkind.core.entry import COMPLETE, DRAFT, Entry, parse_timestamp
from selfkind.core.exercise import AnswerStep, Exercise, TextStep
from selfkind.core.scoring import compute_scores
from selfkind.core.text import is_text, one_line

SAFE_ID = re.compile(r"[a-z0-9_-]{1,64}")  # as selfkind makes them; `entries show` lowercases
LOCAL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
EARLIEST = datetime(1970, 1, 1, tzinfo=timezone.utc)
FIRST_DAY = EARLIEST.date()
WESTMOST = timedelta(hours=-12)  # the real time zones run from UTC-12 ...
EASTMOST = timedelta(hours=14)  # ... to UTC+14
SHOWN = 40  # characters of a value from the file shown in a problem
PLAIN = (str, int, bool)  # answers as stored: text, scale, confirm (and lists of text)
TEXT_FIELDS = ("id", "status", "started_at", "completed_at", "written_at", "local_date")
# Only a JSON escape from \uD800 to \uDFFF can make a lone half of a character, so the
# strings of a file without one need not be looked at.
HALF_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def latest_day() -> date:
    """The last day an imported time may fall on: tomorrow, in UTC (for clocks ahead)."""
    return datetime.now(timezone.utc).date() + timedelta(days=1)


# ---------------------------------------------------------------- showing what was found


def shown(value: Any) -> str:
    """A value from the file, short and on one line, to name in a problem: text in quotes,
    other values as JSON writes them (never the insides of a nested one)."""
    if isinstance(value, str):
        return f"'{shown_name(value)}'"
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    if isinstance(value, (int, float)):
        return shown_name(str(value))
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return one_line("[" + ", ".join(item[:SHOWN] for item in value[:SHOWN]) + "]", SHOWN)
    return "[…]" if isinstance(value, list) else "{…}"


def shown_name(name: str) -> str:
    """An id, step id or text from the file, short, on one line and printable."""
    return one_line(name[: SHOWN * 4].encode("utf-8", "backslashreplace").decode(), SHOWN)


def halves(data: dict[str, Any]) -> list[str]:
    """What in an entry (its 'exercise' an object) holds lone halves of characters."""
    exercise, answers = data["exercise"], data.get("answers")
    fields = [(key, data.get(key)) for key in TEXT_FIELDS]
    fields += [(f"exercise {key}", exercise.get(key)) for key in ("id", "title", "hash")]
    problems = [
        messages.IMPORT_FIELD_NOT_VALID_TEXT.format(key=key)
        for key, value in fields
        if isinstance(value, str) and not is_text(value)
    ]
    for step, answer in answers.items() if isinstance(answers, dict) else ():
        texts = answer if isinstance(answer, list) else [answer]
        if not all(is_text(text) for text in (step, *texts) if isinstance(text, str)):
            problems.append(messages.IMPORT_ANSWER_NOT_VALID_TEXT.format(step=shown_name(step)))
    return problems


# ---------------------------------------------------------------- the shape of an entry


def entry_from_json(
    data: Any, last: date, *, halves_possible: bool
) -> tuple[Entry | None, list[str]]:
    """An entry from its JSON form (as `to_json` writes it), or every problem with its shape
    and its times. Its answers are plain values here; `fitted` checks them against steps.
    Its text is looked at for lone halves of characters if the file may hold some."""
    if not isinstance(data, dict):
        return None, [messages.IMPORT_NOT_AN_ENTRY]
    exercise = data.get("exercise")
    if not isinstance(exercise, dict):
        return None, [messages.IMPORT_EXERCISE_NOT_OBJECT]
    problems: list[str] = halves(data) if halves_possible else []
    values = {
        key: _field(check, data, key, problems)
        for key, check in (
            ("id", _entry_id),
            ("status", _status),
            ("started_at", _timestamp),
            ("completed_at", _optional_timestamp),
            ("written_at", _optional_timestamp),
            ("local_date", _local_date),
            ("answers", _answers),
            ("scores", _scores),
        )
    }
    names = {key: _field(_text, exercise, key, problems) for key in ("id", "title", "hash")}
    if problems:
        return None, problems
    entry = Entry(
        id=values["id"],
        exercise_id=names["id"],
        exercise_title=names["title"],
        exercise_hash=names["hash"],
        started_at=values["started_at"],
        completed_at=values["completed_at"],
        local_date=values["local_date"],
        status=values["status"],
        answers=values["answers"],
        scores=values["scores"],
        written_at=values["written_at"],
    )
    problems = time_problems(entry, last)
    return (None if problems else entry), problems


class _Wrong(ValueError):
    """What a field check found wrong (a field may have several problems)."""

    def __init__(self, *problems: str) -> None:
        super().__init__(problems[0])
        self.problems = problems


def _field(
    check: Callable[[dict[str, Any], str], Any], data: dict[str, Any], key: str, problems: list[str]
) -> Any:
    """The field's value as `check` reads it, or None with its problems added."""
    try:
        return check(data, key)
    except _Wrong as wrong:
        problems.extend(wrong.problems)
        return None


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise _Wrong(messages.IMPORT_FIELD_NOT_TEXT.format(key=key))
    return value


def _entry_id(data: dict[str, Any], key: str) -> str:
    entry_id = _text(data, key)
    if not SAFE_ID.fullmatch(entry_id):
        raise _Wrong(messages.IMPORT_BAD_ID.format(id=shown_name(entry_id)))
    return entry_id


def _status(data: dict[str, Any], key: str) -> str:
    status = data.get(key)
    if status not in (COMPLETE, DRAFT):
        raise _Wrong(messages.IMPORT_BAD_STATUS)
    return status


def _timestamp(data: dict[str, Any], key: str) -> str:
    value = _text(data, key)
    try:
        moment = parse_timestamp(value)
    except ValueError:
        raise _Wrong(messages.IMPORT_BAD_TIME.format(key=key, value=shown(value))) from None
    if moment.tzinfo is None:
        raise _Wrong(messages.IMPORT_TIME_NO_ZONE.format(key=key))
    return value


def _optional_timestamp(data: dict[str, Any], key: str) -> str | None:
    """completed_at (a draft has none) or written_at (only an entry written later has one)."""
    return None if data.get(key) is None else _timestamp(data, key)


def _local_date(data: dict[str, Any], key: str) -> str:
    value = _text(data, key)
    try:
        if not LOCAL_DATE.fullmatch(value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise _Wrong(messages.IMPORT_BAD_LOCAL_DATE.format(value=shown(value))) from None
    return value


def _answers(data: dict[str, Any], key: str) -> dict[str, Any]:
    """Plain values: text, whole numbers, true/false, lists of text."""
    value = data.get(key)
    if not isinstance(value, dict):
        raise _Wrong(messages.IMPORT_ANSWERS_NOT_OBJECT)
    problems = [
        messages.IMPORT_ANSWER_NOT_PLAIN.format(step=shown_name(step))
        for step, answer in value.items()
        if not (
            isinstance(answer, PLAIN)
            or (isinstance(answer, list) and all(isinstance(item, str) for item in answer))
        )
    ]
    if problems:
        raise _Wrong(*problems)
    return value


def _scores(data: dict[str, Any], key: str) -> dict[str, Any]:
    """Scores in the file must be numbers, though they are never kept: `fitted` works them
    out again from the answers."""
    value = data.get(key)
    if not isinstance(value, dict) or not all(
        isinstance(score, (int, float)) and not isinstance(score, bool) and math.isfinite(score)
        for score in value.values()
    ):
        raise _Wrong(messages.IMPORT_SCORES_NOT_NUMBERS)
    return value


# ---------------------------------------------------------------- times and dates


def in_range(moment: datetime, last: date) -> bool:
    """Whether an aware time lies between 1970-01-01 and `last` (in UTC)."""
    try:
        utc = moment.astimezone(timezone.utc)
    except OverflowError:  # so near year 1 or 9999 that it has no UTC time
        return False
    return utc >= EARLIEST and utc.date() <= last


def time_problems(entry: Entry, last: date) -> list[str]:
    """What is wrong with an entry's times: each between 1970 and tomorrow, completed not
    before started, and its local date that of its start in some real time zone."""
    started = parse_timestamp(entry.started_at)
    completed = parse_timestamp(entry.completed_at) if entry.completed_at else None
    problems = [
        messages.IMPORT_TIME_OUT_OF_RANGE.format(key=key, value=shown(text))
        for key, text in (
            ("started_at", entry.started_at),
            ("completed_at", entry.completed_at),
            ("written_at", entry.written_at),
        )
        if text is not None and not in_range(parse_timestamp(text), last)
    ]
    if problems:  # the rest compares times, which these may not allow
        return problems
    if completed is not None and completed < started:
        problems.append(
            messages.IMPORT_COMPLETED_BEFORE_STARTED.format(
                completed=shown(entry.completed_at), started=shown(entry.started_at)
            )
        )
    utc, day = started.astimezone(timezone.utc), date.fromisoformat(entry.local_date)
    if not (utc + WESTMOST).date() <= day <= (utc + EASTMOST).date():
        problems.append(
            messages.IMPORT_LOCAL_DATE_NO_ZONE.format(
                local_date=entry.local_date, started=shown(entry.started_at)
            )
        )
    return problems


# ---------------------------------------------------------------- the exercise of each entry


@dataclass(frozen=True)
class Checked:
    """An exercise to check entries against, with its answer steps by id."""

    exercise: Exercise
    steps: dict[str, AnswerStep]

    @classmethod
    def of(cls, exercise: Exercise) -> Checked:
        return cls(exercise, {step.id: step for step in exercise.answer_steps()})


# ---------------------------------------------------------------- answers and scores


def fitted(entry: Entry, checked: Checked | None) -> tuple[dict[str, float | int], list[str]]:
    """The scores to keep with the entry, worked out from its answers, and what does not fit.

    Scores are those selfkind would have saved: a complete entry's from its answers, none
    for a draft. An entry whose exercise is nowhere to be found keeps its answers (already
    checked to be plain values) and comes in without scores, which need the exercise.
    """
    if checked is None:
        return {}, []
    exercise = checked.exercise
    problems = []
    if exercise.id != entry.exercise_id:
        problems.append(
            messages.IMPORT_OTHER_EXERCISE.format(
                named=shown_name(entry.exercise_id), found=exercise.id
            )
        )
    for step_id, value in entry.answers.items():
        step = checked.steps.get(step_id)
        if step is None:
            problems.append(
                messages.IMPORT_ANSWER_NO_STEP.format(
                    step=shown_name(step_id),
                    exercise=exercise.id,
                    steps=one_line(", ".join(checked.steps) or "none", 80),
                )
            )
        elif not step.fits(value):
            problems.append(_misfit(step, value))
    if problems or entry.status != COMPLETE:
        return {}, problems
    return compute_scores(exercise, entry.answers), problems


def _misfit(step: AnswerStep, value: Any) -> str:
    """Why an answer does not fit its step, in the step's own words for what it expects."""
    if isinstance(step, TextStep) and isinstance(value, str) and len(value) > step.max_length:
        return messages.IMPORT_ANSWER_TOO_LONG.format(
            step=step.id, length=len(value), limit=step.max_length
        )
    return messages.IMPORT_ANSWER_DOESNT_FIT.format(
        step=step.id, expects=step.expects(), value=shown(value)
    )
