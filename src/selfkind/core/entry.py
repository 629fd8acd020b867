"""An entry: one run of an exercise, as stored and as exchanged in JSON."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

COMPLETE = "complete"
DRAFT = "draft"


@dataclass(frozen=True, kw_only=True)
class Entry:
    id: str
    exercise_id: str
    exercise_title: str
    exercise_hash: str
    started_at: str
    completed_at: str | None
    local_date: str
    status: str
    answers: dict[str, Any] = field(default_factory=dict)
    scores: dict[str, float | int] = field(default_factory=dict)
    # When it was really written (UTC), for an entry recorded later for an earlier day: its
    # started_at, completed_at and local_date are on that day. None for one written on its day.
    written_at: str | None = None

    @property
    def short_id(self) -> str:
        """The first characters of the id: enough to name it in `entries show`."""
        return self.id[:8]

    def to_json(self) -> dict[str, Any]:
        """The entry in the spec's JSON form (used by --json, export and import); "written_at"
        only for an entry written later for an earlier day, so other entries keep the spec's shape."""
        data: dict[str, Any] = {
            "id": self.id,
            "exercise": {
                "id": self.exercise_id,
                "title": self.exercise_title,
                "hash": self.exercise_hash,
            },
            "started_at": self.started_at,
            "completed_at": self.completed_at,
            "local_date": self.local_date,
            "status": self.status,
            "answers": self.answers,
            "scores": self.scores,
        }
        if self.written_at is not None:
            data["written_at"] = self.written_at
        return data


def new_entry_id() -> str:
    return uuid.uuid4().hex


def utc_timestamp(moment: datetime) -> str:
    """A UTC time as ISO 8601 with milliseconds and a Z, e.g. 2026-11-25T22:05:29.123Z."""
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_timestamp(timestamp: str) -> datetime:
    """A stored time (ISO 8601, 'Z' or an offset) as an aware datetime; ValueError if it is not one."""
    return datetime.fromisoformat(timestamp.replace("Z", "+00:00"))


def local_time(timestamp: str) -> datetime:
    """A stored time in this computer's time zone."""
    return parse_timestamp(timestamp).astimezone()


def now() -> datetime:
    """The current time, aware of the local time zone."""
    return datetime.now().astimezone()


@dataclass(frozen=True)
class Found:
    """A search result: the entry, and the words around the match as (text, matched) parts."""

    entry: Entry
    snippet: tuple[tuple[str, bool], ...]

    @property
    def snippet_text(self) -> str:
        return "".join(text for text, _ in self.snippet)
