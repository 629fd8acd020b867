"""What a plan asks for and what was done: today's list and adherence week by week.

Pure functions of plans and entries; an entry counts on the local date it was made.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from selfkind.core.entry import COMPLETE, Entry
from selfkind.core.plan import Plan, PlanItem, week_of


@dataclass(frozen=True)
class TodayItem:
    """One plan item as it stands today."""

    plan: Plan
    item: PlanItem
    asked_today: bool
    done_today: int
    done_this_week: int

    @property
    def due(self) -> bool:
        """Still wanted today: a daily or weekday item not yet done, or a weekly count not met."""
        if self.item.times_per_week is not None:
            return self.done_this_week < self.item.times_per_week
        return self.asked_today and self.done_today == 0


@dataclass(frozen=True)
class WeekAdherence:
    monday: date
    asked: int
    done: int


def counts_by_day(entries: Iterable[Entry]) -> Counter[tuple[str, str]]:
    """Finished entries per (exercise id, local date)."""
    return Counter((e.exercise_id, e.local_date) for e in entries if e.status == COMPLETE)


def today_items(
    plans: Iterable[Plan], counts: Counter[tuple[str, str]], today: date
) -> list[TodayItem]:
    """Every item of every plan active today, with what is done today and this week."""
    monday, _ = week_of(today)
    week = [monday + timedelta(days=n) for n in range(today.weekday() + 1)]
    items = []
    for plan in plans:
        if not plan.active_on(today):
            continue
        for item in plan.items:
            items.append(
                TodayItem(
                    plan=plan,
                    item=item,
                    asked_today=item.asked_on(today),
                    done_today=counts[(item.exercise_id, today.isoformat())],
                    done_this_week=sum(counts[(item.exercise_id, day.isoformat())] for day in week),
                )
            )
    return items


def adherence(
    plan: Plan, item: PlanItem, counts: Counter[tuple[str, str]], since: date, until: date
) -> list[WeekAdherence]:
    """Done out of asked, week by week, for the days of the plan between two dates."""
    first = max(since, plan.start)
    last = min(until, plan.end) if plan.end else until
    weeks = []
    monday, _ = week_of(first)
    while monday <= last:
        days = [monday + timedelta(days=n) for n in range(7)]
        inside = [day for day in days if first <= day <= last]
        if item.times_per_week is not None:
            # A week the plan only partly covers asks for its share; a week still under way
            # (cut by `until`, not by the plan) asks for them all.
            planned = [day for day in days if plan.active_on(day) and day >= first]
            asked = item.times_per_week
            if len(planned) < 7:
                asked = max(1, round(item.times_per_week * len(planned) / 7))
            done = min(asked, sum(counts[(item.exercise_id, day.isoformat())] for day in inside))
        else:
            asked_days = [day for day in inside if item.asked_on(day)]
            asked = len(asked_days)
            done = sum(1 for day in asked_days if counts[(item.exercise_id, day.isoformat())])
        weeks.append(WeekAdherence(monday, asked, done))
        monday += timedelta(days=7)
    return weeks
