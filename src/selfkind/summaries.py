"""Pure functions from entries to the numbers the views show. No storage, no terminal."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from selfkind.entry import COMPLETE, Entry

CHECKIN = "checkin"


@dataclass(frozen=True)
class DayMark:
    day: date
    practised: bool


@dataclass(frozen=True)
class HomeStatus:
    """Today's check-in and the last days of practice, for the home screen and `nudge`."""

    today: date
    checkin: Entry | None
    days: list[DayMark]
    first_day: date | None = None  # the first day of practice ever

    @property
    def practised_days(self) -> int:
        return sum(mark.practised for mark in self.days)

    @property
    def days_counted(self) -> int:
        """Days in the window since practice began: a new start is not a row of missed days."""
        if self.first_day is None:
            return len(self.days)
        return max(1, min(len(self.days), (self.today - self.first_day).days + 1))


def home_status(
    entries: Iterable[Entry], today: date, days: int = 7, first_day: date | None = None
) -> HomeStatus:
    """Whether today's check-in is done, and which of the last `days` days had practice.

    Only complete entries count; drafts are unfinished, not practice.
    """
    complete = [entry for entry in entries if entry.status == COMPLETE]
    practised = {entry.local_date for entry in complete}
    window = [today - timedelta(days=back) for back in range(days - 1, -1, -1)]
    checkins = [
        e for e in complete if e.exercise_id == CHECKIN and e.local_date == today.isoformat()
    ]
    return HomeStatus(
        today=today,
        checkin=max(checkins, key=lambda entry: entry.started_at) if checkins else None,
        days=[DayMark(day, day.isoformat() in practised) for day in window],
        first_day=first_day,
    )
