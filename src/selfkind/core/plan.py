"""A validated plan and the schedule rules: what is asked on which days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from selfkind import messages

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True, kw_only=True)
class PlanItem:
    """One exercise of a plan and how often it is asked: daily, on some weekdays, or N a week."""

    exercise_id: str
    exercise_title: str
    source: str  # as the plan names it: an id, or a file next to the plan
    daily: bool = False
    days: tuple[str, ...] = ()
    times_per_week: int | None = None
    from_day: int = 1  # asked from the plan's Nth day: a plan may bring practices in one by one
    why: str | None = None  # one line on why this practice, shown with it
    optional: bool = False  # offered, never asked: done counts, nothing is ever missed

    def schedule(self) -> str:
        """The schedule in words, e.g. 'every day', 'Mon and Thu', '3 times a week'."""
        if self.daily:
            return messages.PLAN_EVERY_DAY
        if self.days:
            names = [day.capitalize() for day in self.days]
            if len(names) == 1:
                return names[0]
            return messages.PLAN_DAYS.format(most=", ".join(names[:-1]), last=names[-1])
        return messages.counted(messages.PLAN_TIMES_A_WEEK, self.times_per_week or 1)

    def how_often(self) -> str:
        """The schedule, and for an item only offered, that it is up to the person."""
        said = self.schedule()
        return messages.PLAN_IF_YOU_LIKE.format(how=said) if self.optional else said

    def asked_on(self, day: date) -> bool:
        """Whether this item is asked for on a day (a times-a-week item: any day of the week)."""
        if self.days:
            return WEEKDAYS[day.weekday()] in self.days
        return True

    def asked_in(self, days: list[date]) -> int:
        """How many times the item is asked for within some days of one week."""
        if self.times_per_week is not None:
            return self.times_per_week
        return sum(1 for day in days if self.asked_on(day))


@dataclass(frozen=True, kw_only=True)
class Plan:
    id: str
    title: str
    start: date
    items: tuple[PlanItem, ...]
    end: date | None = None
    sender: str | None = None  # the plan's `from:`
    note: str | None = None
    report_to: str | None = None  # the therapist's age recipient, for reports of this plan

    def active_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def item_start(self, item: PlanItem) -> date:
        """The first day an item is asked: the plan's start, or its `from_day` in the plan."""
        return self.start + timedelta(days=item.from_day - 1)

    def asks_on(self, item: PlanItem, day: date) -> bool:
        """Whether the plan is on and the item has begun on a day (its weekdays aside)."""
        return self.active_on(day) and self.item_start(item) <= day


def week_of(day: date) -> tuple[date, date]:
    """The Monday and Sunday of a day's week."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)
