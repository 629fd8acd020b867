"""What the plans ask of today: the installed plans and today's items, for `today` and the
home screen. Free of typer, so the home screen starts without it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selfkind.core.plan import Plan
    from selfkind.core.schedule import TodayItem


def installed() -> list[Plan]:
    """Every installed plan."""
    from selfkind.storage.paths import plans_dir

    if not plans_dir().is_dir():  # no plans: spare today and home the YAML reader and validator
        return []
    from selfkind.services.catalog import known_exercise
    from selfkind.services.install import installed_plans

    return [loaded.plan for loaded in installed_plans(known_exercise)]


def find_plan(plan_id: str) -> Plan:
    """The installed plan with this id; raises a kind error if there is none."""
    from selfkind import messages
    from selfkind.core.errors import SelfkindError
    from selfkind.formats.plan import load_plan
    from selfkind.services.catalog import known_exercise
    from selfkind.storage.paths import PLAN_FILE, plan_folder

    path = plan_folder(plan_id) / PLAN_FILE
    if plan_id.startswith(".") or "/" in plan_id or not path.is_file():
        raise SelfkindError(messages.NO_SUCH_PLAN.format(id=plan_id))
    return load_plan(path, known_exercise).plan


def todays_items(plans: list[Plan]) -> list[TodayItem]:
    """Today's items from the plans active today (the home screen shows them too)."""
    from datetime import date, timedelta

    from selfkind.core.schedule import counts_by_day, today_items
    from selfkind.storage.store import EntryFilter, open_store

    today = date.today()
    if not plans:
        return []
    monday = today - timedelta(days=today.weekday())
    with open_store() as store:  # which days are done is kept in the clear: no passphrase
        which = EntryFilter(since=monday.isoformat(), until=today.isoformat(), complete_only=True)
        counts = counts_by_day(store.each_entry(which, words=False))
    return today_items(plans, counts, today)
