"""What a plan asks for and what was done: today's list and adherence week by week.

Pure functions of plans and entries; an entry counts on the local date it was made.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from selfkind import messages
from selfkind.core.entry import COMPLETE, Entry
from selfkind.core.plan import Plan, PlanItem, week_of
from selfkind.messages.formatting import said_day


@dataclass(frozen=True)
class TodayItem:
    """One plan item as it stands today."""

    plan: Plan
    item: PlanItem
    asked_today: bool
    done_today: int
    done_this_week: int
    asked_this_week: int = 0  # a weekly number's share of this week (a week begun part-way)
    new: bool = False  # brought in today by a plan that brings its practices in one by one

    @property
    def due(self) -> bool:
        """Still wanted today: a daily or weekday item not yet done, or a weekly count not met.
        An item only offered is never due."""
        if self.item.optional:
            return False
        if self.item.times_per_week is not None:
            return self.done_this_week < self.asked_this_week
        return self.asked_today and self.done_today == 0


@dataclass(frozen=True)
class WeekAdherence:
    """A week of one plan item: what it asked and what was done.

    `done` counts every entry (more than asked stays more), each day once for a daily or
    weekday item. A week still under way (`so_far`) asks only what is done in it so far,
    so it is never missed; `whole` is what the whole week asks.
    """

    monday: date
    asked: int
    done: int
    whole: int
    so_far: bool = False


MAKE_UP_DAYS = 2  # a weekly item done on the Monday or Tuesday after its week counts for it


def counts_by_day(entries: Iterable[Entry]) -> Counter[tuple[str, str]]:
    """Finished entries per (exercise id, local date)."""
    return Counter((e.exercise_id, e.local_date) for e in entries if e.status == COMPLETE)


def today_items(
    plans: Iterable[Plan], counts: Counter[tuple[str, str]], today: date
) -> list[TodayItem]:
    """Every item of every plan active today, with what is done today and this week (as the
    plan's adherence counts it: an entry that made up last week is not this week's)."""
    items = []
    for plan in plans:
        for item in plan.items:
            if not plan.asks_on(item, today):
                continue
            week = _this_week(plan, item, counts, today)
            items.append(
                TodayItem(
                    plan=plan,
                    item=item,
                    asked_today=item.asked_on(today),
                    done_today=counts[(item.exercise_id, today.isoformat())],
                    done_this_week=week.done if week else 0,
                    asked_this_week=week.whole if week else 0,
                    new=item.from_day > 1 and plan.item_start(item) == today,
                )
            )
    return items


def adherence(
    plan: Plan,
    item: PlanItem,
    counts: Counter[tuple[str, str]],
    since: date,
    until: date,
    today: date,
) -> list[WeekAdherence]:
    """Done and asked, week by week, for the days of the plan between two dates; days after
    `today` are not asked yet. Every entry counts (more than asked stays more), in the week
    it was made; but an item asked once a week (a weekly measure) done in the first
    MAKE_UP_DAYS days after a week without it counts for that week, which then stays made up
    whatever follows. An item asked on some weekdays may be done on any day of its week."""
    first = max(since, plan.item_start(item))
    last = min(until, plan.end, today) if plan.end else min(until, today)
    weeks: list[WeekAdherence] = []
    if first > last:  # the plan has not started yet (or the window ends before it)
        return weeks
    monday, _ = week_of(first)
    while monday <= last:
        inside = [day for day in _days(monday) if first <= day <= last]
        so_far = monday <= today < monday + timedelta(days=7)
        # what the whole week asks: for the week under way, its days still to come too
        end = max(until, monday + timedelta(days=6)) if so_far else until
        whole = _asked(plan, item, monday, first, end)
        done = _done(item, counts, inside)
        if weeks and _once_a_week(item) and inside and inside[0] == monday:
            before = weeks[-1]
            early = _done(item, counts, inside[:MAKE_UP_DAYS])
            moved = min(early, max(0, before.whole - before.done))
            weeks[-1] = replace(before, done=before.done + moved)
            done -= moved
        weeks.append(
            WeekAdherence(monday, min(done, whole) if so_far else whole, done, whole, so_far)
        )
        monday += timedelta(days=7)
    return weeks


def _this_week(
    plan: Plan, item: PlanItem, counts: Counter[tuple[str, str]], today: date
) -> WeekAdherence | None:
    monday, _ = week_of(today)  # from the week before: what made it up is not this week's
    weeks = adherence(plan, item, counts, monday - timedelta(days=7), today, today)
    return weeks[-1] if weeks and weeks[-1].monday == monday else None


def _once_a_week(item: PlanItem) -> bool:
    return item.times_per_week == 1 or len(item.days) == 1


def _days(monday: date) -> list[date]:
    return [monday + timedelta(days=n) for n in range(7)]


def _asked(plan: Plan, item: PlanItem, monday: date, first: date, until: date) -> int:
    """What a week asks within the plan and the window (`first` to `until`; the week under
    way is given whole, `until` its Sunday). A weekday or daily item: its days in both. A
    weekly number: whole, or its share (never none) in a week the plan (or the item) starts
    or ends in part; and where the window starts or ends in the week, the part of that share its days
    hold, counted so that two reports meeting mid-week ask the week's number once between
    them."""
    if item.optional:
        return 0
    planned = [day for day in _days(monday) if plan.asks_on(item, day)]
    inside = [day for day in planned if first <= day <= until]
    if item.times_per_week is None:
        return sum(1 for day in inside if item.asked_on(day))
    whole = item.times_per_week
    if len(planned) < 7:
        whole = max(1, round(whole * len(planned) / 7))
    if not inside or len(inside) == len(planned):
        return whole if inside else 0
    start, stop = planned.index(inside[0]), planned.index(inside[-1]) + 1
    return _share(whole, stop, len(planned)) - _share(whole, start, len(planned))


def _share(whole: int, days: int, of: int) -> int:
    """How much of `whole` the first `days` of `of` days hold, rounded half up."""
    return math.floor(whole * days / of + 0.5)


def _done(item: PlanItem, counts: Counter[tuple[str, str]], days: list[date]) -> int:
    """Entries of the item on these days: every one for a weekly number, else each day once."""
    found = [counts[(item.exercise_id, day.isoformat())] for day in days]
    if item.times_per_week is not None:
        return sum(found)
    return sum(1 for count in found if count)


def totals(weeks: Iterable[WeekAdherence]) -> tuple[int, int]:
    """Done (every entry) and asked, over some weeks."""
    listed = list(weeks)
    return sum(week.done for week in listed), sum(week.asked for week in listed)


def total_said(weeks: Iterable[WeekAdherence]) -> str:
    """'5 done, 6 asked': the same words in plan show, the report and its Markdown."""
    done, asked = totals(weeks)
    return messages.ADHERENCE_TOTAL.format(done=done, asked=asked)


def week_said(week: WeekAdherence) -> str:
    """'23 Nov: 2 of 3', or for the week under way '30 Nov, under way: 1 so far; 3 for the whole week'."""
    said = messages.ADHERENCE_WEEK_SO_FAR if week.so_far else messages.ADHERENCE_WEEK
    return said.format(monday=said_day(week.monday, "day_month"), done=week.done, asked=week.whole)
