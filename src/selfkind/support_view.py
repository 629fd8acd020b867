"""The support panel: shown the moment an answer calls for it, calm, brief, never blocking."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

from selfkind import messages
from selfkind.text import message

if TYPE_CHECKING:
    from selfkind.store import Store
    from selfkind.support import Line


def crisis_panel(
    lines: list[Line], safety_plan: RenderableType | None = None, *, running: bool = False
) -> RenderableType:
    """Words that do not presume, the person's own safety plan first if they made one, the
    lines for their region, a pointer to grounding, and (in a run) that it may go on or stop."""
    from selfkind.render import card, lines_table

    parts: list[RenderableType] = [message(messages.CRISIS_WORDS), Text("")]
    if safety_plan is not None:
        parts += [Text(messages.HELP_NOW_PLAN, style="bold"), safety_plan, Text("")]
    parts += [lines_table(lines), Text(""), message(messages.CRISIS_GROUNDING)]
    parts.append(message(messages.CRISIS_GO_ON if running else messages.CRISIS_MORE))
    return card(Group(*parts), title=Text(messages.CRISIS_TITLE, style="bold"))


def safety_plan_view(store: Store) -> RenderableType | None:
    """The person's latest safety plan, or a note that it is encrypted; None if they made none.
    Read from the store as it is: help-now never waits for a passphrase."""
    from selfkind import render
    from selfkind.errors import SelfkindError
    from selfkind.exercise.stored import exercises_of
    from selfkind.safety import SAFETY_PLAN
    from selfkind.store import EntryFilter

    made = store.ids(EntryFilter(exercise_id=SAFETY_PLAN, complete_only=True, limit=1))
    if not made:
        return None
    try:
        latest = store.get(made[0])
        return render.entry_detail(latest, exercises_of(store)(latest))
    except SelfkindError:  # encrypted, and the passphrase is not at hand
        return message(messages.SAFETY_PLAN_LOCKED.format(id=made[0][:8]))
