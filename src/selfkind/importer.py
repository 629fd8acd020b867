"""Reading entries in: a selfkind JSON export (lossless), or a jrnl JSON export.

Nothing is written here; the store adds what is read in one transaction, so a
bad or foreign file changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from selfkind import messages
from selfkind.entry import COMPLETE, DRAFT, Entry, parse_timestamp, utc_timestamp
from selfkind.errors import SelfkindError
from selfkind.exercise.model import Exercise
from selfkind.exercise.validate import check_exercise_text

JRNL_NAMESPACE = uuid.UUID("5f0c5b1e-7d38-4b0b-9a41-6a7c3f1e2d90")  # ids for jrnl entries
SAFE_ID = re.compile(r"[a-z0-9_-]{1,64}")  # as selfkind makes them; `entries show` lowercases
LOCAL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass
class Imported:
    """What a file holds: entries, and exercise texts by hash."""

    kind: str  # "selfkind" or "jrnl"
    entries: list[Entry] = field(default_factory=list)
    sources: dict[str, tuple[str, str]] = field(default_factory=dict)  # hash: (exercise id, text)
    unreadable_sources: int = 0


def read_import(text: str, label: str, journal: Exercise) -> Imported:
    """Entries from a selfkind or jrnl export; raises SelfkindError (nothing read) if any is wrong.

    `journal` is the exercise jrnl entries become.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        reason = f"line {error.lineno}, column {error.colno}: {error.msg}"
        raise SelfkindError(messages.IMPORT_NOT_JSON.format(path=label, reason=reason)) from None
    if isinstance(data, dict) and "selfkind_export" in data:
        return _selfkind(data.get("entries"), data.get("exercises"), label)
    if isinstance(data, list):  # the output of `entries list --json`
        return _selfkind(data, {}, label)
    if isinstance(data, dict) and isinstance(data.get("entries"), list) and "tags" in data:
        return _jrnl(data["entries"], label, journal)
    raise SelfkindError(messages.IMPORT_UNKNOWN.format(path=label))


def _fail(label: str, problems: list[str]) -> SelfkindError:
    shown = problems[:20] + ([f"... and {len(problems) - 20} more"] if len(problems) > 20 else [])
    return SelfkindError(messages.IMPORT_BAD_ENTRIES.format(path=label), details=tuple(shown))


# ---------------------------------------------------------------- selfkind


def _selfkind(entries: Any, exercises: Any, label: str) -> Imported:
    imported = Imported("selfkind")
    problems: list[str] = []
    if not isinstance(entries, list):
        raise _fail(label, ["'entries' should be a list"])
    for number, data in enumerate(entries, start=1):
        try:
            imported.entries.append(entry_from_json(data))
        except ValueError as error:
            problems.append(f"entry {number}: {error}")
    if isinstance(exercises, dict):
        for exercise_hash, found in exercises.items():
            source = found.get("source") if isinstance(found, dict) else None
            if _source_fits(str(exercise_hash), source):
                exercise_id = found.get("id") if isinstance(found.get("id"), str) else ""  # type: ignore[union-attr]
                imported.sources[str(exercise_hash)] = (exercise_id, source)  # type: ignore[assignment]
            else:  # the entries still come in; they show their answers without the questions
                imported.unreadable_sources += 1
    elif exercises is not None:
        problems.append("'exercises' should map each exercise hash to its text")
    if problems:
        raise _fail(label, problems)
    return imported


def _source_fits(exercise_hash: str, source: Any) -> bool:
    """Whether an exercise text in an export can be kept: it is validated like any file
    someone wrote, and must be the text its hash names."""
    return (
        isinstance(source, str)
        and hashlib.sha256(source.encode("utf-8")).hexdigest() == exercise_hash
        and not check_exercise_text(source)[0]
    )


def entry_from_json(data: Any) -> Entry:
    """An entry from its JSON form (as `to_json` writes it); raises ValueError saying what is off."""
    if not isinstance(data, dict):
        raise ValueError("it should be an object with id, exercise, times and answers")
    exercise = data.get("exercise")
    if not isinstance(exercise, dict):
        raise ValueError("'exercise' should be an object with id, title and hash")
    entry_id = _text(data, "id")
    if not SAFE_ID.fullmatch(entry_id):
        raise ValueError(f"the id '{entry_id}' should be lower-case letters, digits, - or _")
    status = data.get("status")
    if status not in (COMPLETE, DRAFT):
        raise ValueError("'status' should be complete or draft")
    completed_at = data.get("completed_at")
    if completed_at is not None:
        _timestamp(data, "completed_at")
    local_date = _text(data, "local_date")
    try:
        if not LOCAL_DATE.fullmatch(local_date):
            raise ValueError
        date.fromisoformat(local_date)
    except ValueError:
        raise ValueError(
            f"'local_date' should be a date like 2026-11-25, not '{local_date}'"
        ) from None
    return Entry(
        id=entry_id,
        exercise_id=_text(exercise, "id"),
        exercise_title=_text(exercise, "title"),
        exercise_hash=_text(exercise, "hash"),
        started_at=_timestamp(data, "started_at"),
        completed_at=completed_at,
        local_date=local_date,
        status=status,
        answers=_answers(data.get("answers")),
        scores=_scores(data.get("scores")),
    )


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise ValueError(f"'{key}' should be text")
    return value


def _timestamp(data: dict[str, Any], key: str) -> str:
    value = _text(data, key)
    try:
        moment = parse_timestamp(value)
    except ValueError:
        raise ValueError(
            f"'{key}' should be a time like 2026-11-25T08:00:00Z, not '{value}'"
        ) from None
    if moment.tzinfo is None:
        raise ValueError(f"'{key}' should say its time zone (end it with Z for UTC)")
    return value


def _answers(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("'answers' should be an object of step ids and answers")
    for key, answer in value.items():
        fits = isinstance(answer, (str, bool, int)) or (
            isinstance(answer, list) and all(isinstance(item, str) for item in answer)
        )
        if not fits:
            raise ValueError(
                f"the answer '{key}' should be text, a whole number, true/false or a list of text"
            )
    return value


def _scores(value: Any) -> dict[str, float | int]:
    if not isinstance(value, dict) or not all(
        isinstance(score, (int, float)) and not isinstance(score, bool) and math.isfinite(score)
        for score in value.values()
    ):
        raise ValueError("'scores' should be an object of score ids and numbers")
    return value


# ---------------------------------------------------------------- jrnl


def _jrnl(entries: list[Any], label: str, journal: Exercise) -> Imported:
    imported = Imported("jrnl", sources={journal.hash: (journal.id, journal.source)})
    problems: list[str] = []
    for number, data in enumerate(entries, start=1):
        try:
            imported.entries.append(_jrnl_entry(data, journal))
        except ValueError as error:
            problems.append(f"entry {number}: {error}")
    if problems:
        raise _fail(label, problems)
    return imported


def _jrnl_entry(data: Any, journal: Exercise) -> Entry:
    """A jrnl entry as a journal entry: its date and time (local), title, body, tags and star."""
    if not isinstance(data, dict):
        raise ValueError("it should be an object with date, time, title and body")
    day, time = data.get("date"), data.get("time") or "09:00"
    try:
        moment = datetime.fromisoformat(f"{day}T{time}").astimezone()
    except (TypeError, ValueError):
        raise ValueError(
            f"its date and time ({day} {time}) should look like 2026-11-25 and 21:30"
        ) from None
    title = data.get("title")
    body = data.get("body") or ""
    tags = data.get("tags") or []
    if not isinstance(title, str) or not isinstance(body, str) or not isinstance(tags, list):
        raise ValueError("its title and body should be text, and its tags a list")
    answers: dict[str, Any] = {"title": title.strip() or "(untitled)"}
    if body.strip():
        answers["body"] = body.rstrip()
    if tags:
        answers["tags"] = ", ".join(str(tag) for tag in tags)
    answers["starred"] = bool(data.get("starred"))
    key = f"jrnl\n{day} {time}\n{title}\n{body}"
    stamp = utc_timestamp(moment)
    return Entry(
        id=uuid.uuid5(JRNL_NAMESPACE, key).hex,
        exercise_id=journal.id,
        exercise_title=journal.title,
        exercise_hash=journal.hash,
        started_at=stamp,
        completed_at=stamp,
        local_date=moment.date().isoformat(),
        status=COMPLETE,
        answers=answers,
    )
