"""Plans and today's list in Rich (their --json forms: ui/json_view.py)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from selfkind import messages
from selfkind.core.plan import Plan
from selfkind.core.recipient import short
from selfkind.core.schedule import TodayItem, WeekAdherence, total_said, week_said
from selfkind.messages.formatting import said_day
from selfkind.ui.console import literal, message
from selfkind.ui.render import ACCENT, QUIET, card, markdown


def status_of(plan: Plan, today: date) -> str:
    if today < plan.start:
        return messages.PLAN_STATUS_STARTS.format(day=said_day(plan.start, "day_month"))
    if plan.end and today > plan.end:
        return messages.PLAN_STATUS_ENDED.format(day=said_day(plan.end, "day_month"))
    if plan.end:
        return messages.PLAN_STATUS_ACTIVE_UNTIL.format(day=said_day(plan.end, "day_month"))
    return messages.PLAN_STATUS_ACTIVE


def plans_table(plans: Iterable[Plan], today: date) -> Table:
    table = Table(box=None, header_style=QUIET, pad_edge=False)
    table.add_column(messages.COLUMN_ID, style=ACCENT, no_wrap=True)
    table.add_column(messages.COLUMN_TITLE)
    table.add_column(messages.COLUMN_FROM, style=QUIET)
    table.add_column(messages.COLUMN_EXERCISES, justify="right")
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
    sender = messages.PLAN_FROM.format(sender=plan.sender) if plan.sender else ""
    key = messages.PLAN_REPORT_TO.format(key=short(plan.report_to)) if plan.report_to else ""
    facts = [sender, status_of(plan, today), key]
    parts.append(literal(" · ".join(fact for fact in facts if fact), QUIET))
    if plan.note:
        parts += [Text(""), markdown(plan.note)]
    table = Table(box=None, header_style=QUIET, pad_edge=False)
    table.add_column(messages.COLUMN_EXERCISE)
    table.add_column(messages.COLUMN_HOW_OFTEN, style=QUIET)
    table.add_column(messages.COLUMN_DONE_SO_FAR, justify="right")
    for item in plan.items:
        its = weeks.get(item.exercise_id, [])
        said = total_said(its) if its else messages.PLAN_NOT_YET
        if its and its[-1].so_far:
            said += " · " + week_said(its[-1])
        how = item.how_often()
        if item.from_day > 1:
            how = messages.PLAN_FROM_DAY.format(
                how=how, day=said_day(plan.item_start(item), "weekday_day_month")
            )
        table.add_row(literal(item.exercise_title), how, said)
    parts += [Text(""), table]
    if any(weeks.values()):
        parts.append(Text(messages.ADHERENCE_RULE, style=QUIET))
    whys = [item for item in plan.items if item.why]
    if whys:
        parts += [Text(""), Text(messages.PLAN_WHY_EACH, style="bold")]
        parts += [titled(item.exercise_title, item.why) for item in whys]
    return card(Group(*parts), title=literal(plan.title, "bold"), subtitle=literal(plan.id, QUIET))


def titled(title: str, why: str | None) -> Text:
    """An exercise's title, and after it, quietly, why the plan asks for it."""
    shown = literal(title)
    if why:
        shown.append(messages.PLAN_WHY_AFTER_TITLE).append_text(literal(why, QUIET))
    return shown


def item_state(entry: TodayItem) -> str:
    """Where an item stands today, in words."""
    item = entry.item
    if item.optional and not entry.done_today:
        return messages.PLAN_IF_YOU_LIKE_TODAY
    if item.times_per_week is not None:
        done = entry.done_this_week  # every one, as plan show and the report count them
        return messages.PLAN_DONE_THIS_WEEK.format(done=done, times=entry.asked_this_week)
    if entry.done_today:
        return messages.PLAN_DONE_TODAY
    return messages.PLAN_DUE_TODAY if entry.asked_today else messages.PLAN_NOT_TODAY


def today_view(items: list[TodayItem], upcoming: list[Plan]) -> RenderableType:
    """Today's plan items, due (○) or not needed today (●); plans still to start are named."""
    starts = [
        literal(
            messages.PLAN_STARTS.format(
                title=plan.title, start=said_day(plan.start, "long_weekday_day_month")
            )
        )
        for plan in upcoming
    ]
    if not items:
        return Group(*starts) if starts else message(messages.TODAY_NO_PLANS)
    table = Table(box=None, header_style=QUIET, pad_edge=False)
    table.add_column("", no_wrap=True)
    table.add_column(messages.COLUMN_EXERCISE)
    table.add_column(messages.COLUMN_PLAN, style=QUIET)
    table.add_column("", style=QUIET)
    for entry in items:
        mark = Text("○", style=ACCENT) if entry.due else Text("●", style=QUIET)
        title = entry.item.exercise_title
        if entry.new:
            title = messages.PLAN_NEW_TODAY.format(title=title)
        why = entry.item.why if entry.new else None
        table.add_row(mark, titled(title, why), literal(entry.plan.title), item_state(entry))
    if not any(entry.due for entry in items):
        return Group(table, Text(""), message(messages.TODAY_NOTHING), *starts)
    return Group(table, *starts)
