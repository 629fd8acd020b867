"""The home screen's suggestions for today, from the store; what is offered is kept, so a
learn piece is never offered twice in a row, and the first plan, once answered, never again."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from selfkind.core.suggest import LEARN_ORDER, Suggestions, for_mood, learn_next, offer_first_plan

if TYPE_CHECKING:
    from selfkind.core.summaries import HomeStatus
    from selfkind.storage.store import Store

LEARN_OFFERED = "learn-offered"  # the day a learn piece was last offered
FIRST_PLAN_OFFERED = "first-plan-offered"


def home_suggestions(store: Store, status: HomeStatus, *, has_plans: bool) -> Suggestions:
    """Today's suggestions; those offered now are noted in the store."""
    from selfkind.storage.rows import EntryFilter

    today = status.today
    read = [
        piece
        for piece in LEARN_ORDER
        if store.ids(EntryFilter(exercise_id=piece, complete_only=True, limit=1))
    ]
    last = store.setting(LEARN_OFFERED)
    learn = learn_next(read, date.fromisoformat(last) if last else None, today)
    offered = store.setting(FIRST_PLAN_OFFERED) is not None
    first_plan = offer_first_plan(status.first_day, today, has_plans=has_plans, offered=offered)
    if learn is not None:
        store.set_setting(LEARN_OFFERED, today.isoformat())
    return Suggestions(for_mood=for_mood(status.mood), learn=learn, first_plan=first_plan)


def first_plan_offered() -> None:
    """The first plan was offered and the menu answered: it is not offered again."""
    from selfkind.storage.store import open_store

    with open_store() as store:
        store.set_setting(FIRST_PLAN_OFFERED, date.today().isoformat())
