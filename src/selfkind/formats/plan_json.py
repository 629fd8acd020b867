"""A plan's items and weeks as JSON, as every JSON that holds them writes them (`plan list`,
`plan show`, `today` and a `.selfkind-report`): one shape, one place."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from selfkind.core.plan import PlanItem
    from selfkind.core.schedule import WeekAdherence


def plan_item_json(item: PlanItem) -> dict[str, Any]:
    """One exercise of a plan and how often it is asked, as every JSON of a plan has it."""
    return {
        "exercise": item.exercise_id,
        "title": item.exercise_title,
        "daily": item.daily,
        "days": list(item.days),
        "times_per_week": item.times_per_week,
        "from_day": item.from_day,
        "why": item.why,
        "optional": item.optional,
    }


def week_json(week: WeekAdherence) -> dict[str, Any]:
    """A week of a plan item, as `plan show --json` and a report have it."""
    return {
        "monday": week.monday.isoformat(),
        "asked": week.asked,
        "done": week.done,
        "so_far": week.so_far,
        "whole": week.whole,
    }
