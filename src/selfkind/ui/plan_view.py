"""Plans and today's list in Rich, and their --json forms."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from selfkind import messages
from selfkind.core.plan import Plan, PlanItem
from selfkind.core.schedule import TodayItem, WeekAdherence
from selfkind.core.text import literal, message
from selfkind.ui.render import ACCENT, QUIET, card, markdown


def plan_json(plan: Plan) -> dict[str, Any]:
    return {
        "id": plan.id,
        "title": plan.title,
        "from": plan.sender,
        "start": plan.start.isoformat(),
        "end": plan.end.isoformat() if plan.end else None,
        "items": [item_json(item) for item in plan.items],
    }


def item_json(item: PlanItem) -> dict[str, Any]:
    return {
        "exercise": item.exercise_id,
        "title": item.exercise_title,
        "daily": item.daily,
        "days": list(item.days),
        "times_per_week": item.times_per_week,
    }


def status_of(plan: Plan, today: date) -> str:
    if today < plan.start:
        return f"starts {plan.start:%d %b}"
    if plan.end and today > plan.end:
        return f"ended {plan.end:%d %b}"
    return "active" + (f" until {plan.end:%d %b}" if plan.end else "")


def plans_table(plans: Iterable[Plan], today: date) -> Table:
    table = Table(box=None, header_style=QUIET, pad_edge=False)
    table.add_column("id", style=ACCENT, no_wrap=True)
    table.add_column("title")
    table.add_column("from", style=QUIET)
    table.add_column("exercises", justify="right")
    table.add_column("", style=QUIET)
    for plan in plans:
        table.add_row(
            plan.id,
            literal(plan.title),
            literal(plan.sender or ""),
            str(len(plan.items)),
            status_of(plan, today),
        )
    return table


def plan_detail(plan: Plan, weeks: dict[str, list[WeekAdherence]], today: date) -> RenderableType:
    """A plan's note, its items with their schedule, and done out of asked so far."""

    parts: list[RenderableType] = []
    facts = [f"from {plan.sender}" if plan.sender else "", status_of(plan, today)]
    parts.append(literal(" · ".join(fact for fact in facts if fact), QUIET))
    if plan.note:
        parts += [Text(""), markdown(plan.note)]
    table = Table(box=None, header_style=QUIET, pad_edge=False)
    table.add_column("exercise")
    table.add_column("how often", style=QUIET)
    table.add_column("done so far", justify="right")
    for item in plan.items:
        asked = sum(week.asked for week in weeks.get(item.exercise_id, []))
        done = sum(week.done for week in weeks.get(item.exercise_id, []))
        table.add_row(
            literal(item.exercise_title),
            item.schedule(),
            f"{done} of {asked}" if asked else "not yet",
        )
    parts += [Text(""), table]
    return card(Group(*parts), title=literal(plan.title, "bold"), subtitle=literal(plan.id, QUIET))


def item_state(entry: TodayItem) -> str:
    """Where an item stands today, in words."""
    item = entry.item
    if item.times_per_week is not None:
        return (
            f"{min(entry.done_this_week, item.times_per_week)} of {item.times_per_week} this week"
        )
    if entry.done_today:
        return "done today"
    return "due today" if entry.asked_today else "not today"


def today_view(items: list[TodayItem], upcoming: list[Plan]) -> RenderableType:
    """Today's plan items, due (○) or not needed today (●); plans still to start are named."""
    starts = [
        literal(messages.PLAN_STARTS.format(title=plan.title, start=f"{plan.start:%A %d %B}"))
        for plan in upcoming
    ]
    if not items:
        return Group(*starts) if starts else message(messages.TODAY_NO_PLANS)
    table = Table(box=None, header_style=QUIET, pad_edge=False)
    table.add_column("", no_wrap=True)
    table.add_column("exercise")
    table.add_column("plan", style=QUIET)
    table.add_column("", style=QUIET)
    for entry in items:
        mark = Text("○", style=ACCENT) if entry.due else Text("●", style=QUIET)
        table.add_row(
            mark, literal(entry.item.exercise_title), literal(entry.plan.title), item_state(entry)
        )
    if not any(entry.due for entry in items):
        return Group(table, Text(""), message(messages.TODAY_NOTHING), *starts)
    return Group(table, *starts)


def today_json(items: list[TodayItem]) -> list[dict[str, Any]]:
    return [
        {
            "plan": entry.plan.id,
            **item_json(entry.item),
            "asked_today": entry.asked_today,
            "done_today": entry.done_today,
            "done_this_week": entry.done_this_week,
            "due": entry.due,
        }
        for entry in items
    ]
