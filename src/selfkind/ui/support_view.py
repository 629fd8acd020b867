"""Support, shown: help-now, the panel shown the moment an answer calls for it, and the
safety plan as plain text to copy. Calm, brief, never blocking."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from selfkind import messages
from selfkind.core.text import clean
from selfkind.ui.console import message

if TYPE_CHECKING:
    from selfkind.core.entry import Entry
    from selfkind.core.exercise import Exercise
    from selfkind.services.support import Line

QUIET = "dim"


def another_number() -> re.Pattern[str]:
    """Where a second number begins: "111, 0800 222 or 116 123", with the language's "or"."""
    said_or = re.escape(messages.NUMBERS_OR)
    return re.compile(rf",? {said_or} (?=[0-9+])|, (?=[0-9+])")


def lines_table(lines: Iterable[Line]) -> RenderableType:
    """Each line as its name and where it serves, then how to reach it on a line of its own,
    and each of several numbers on one of its own, so that no number is broken between lines."""
    rows: list[RenderableType] = []
    for line in lines:
        rows.append(Text.assemble((line.name, "bold"), "  ", (line.where, QUIET)))
        numbers, aside, note = line.how.partition(" (")  # "(free, day or night)" stays whole
        first, *others = another_number().split(numbers)
        ways = [first, *(messages.HELP_NOW_OR.format(how=other) for other in others)]
        ways[-1] += aside + note
        rows += [Padding(Text(way), (0, 0, 0, 2)) for way in ways]
    return Group(*rows)


def support_lines(lines: list[Line], safety_plan: RenderableType | None = None) -> RenderableType:
    """help-now: the person's own safety plan first, if they made one, then lines to reach."""
    parts: list[RenderableType] = []
    if safety_plan is not None:
        parts += [Text(messages.HELP_NOW_PLAN, style="bold"), safety_plan, Text("")]
    parts += [
        Text(messages.HELP_NOW_INTRO),
        Text(""),
        lines_table(lines),
        Text(""),
        message(messages.HELP_NOW_GROUNDING),
        *([message(messages.HELP_NOW_MAKE_PLAN)] if safety_plan is None else []),
        Text(messages.HELP_NOW_NOT_CARE, style=QUIET),
    ]
    return Group(*parts)


def crisis_panel(
    lines: list[Line],
    safety_plan: RenderableType | None = None,
    *,
    region_set: bool = True,
    running: bool = False,
) -> RenderableType:
    """Words that do not presume, the person's own safety plan first if they made one, the
    lines for their region, a pointer to grounding, and (in a run) that it may go on or stop."""
    from selfkind.ui.render import card

    parts: list[RenderableType] = [message(messages.CRISIS_WORDS), Text("")]
    if safety_plan is not None:
        parts += [Text(messages.HELP_NOW_PLAN, style="bold"), safety_plan, Text("")]
    parts += [lines_table(lines), Text("")]
    if not region_set:  # a few lines that serve many people: say where the others are
        parts += [message(messages.CRISIS_SET_REGION), Text("")]
    parts.append(message(messages.CRISIS_GROUNDING))
    parts.append(message(messages.CRISIS_GO_ON if running else messages.CRISIS_MORE))
    return card(Group(*parts), title=Text(messages.CRISIS_TITLE, style="bold"))


def safety_plan_view(plan: Entry | str | None, exercise: Exercise | None) -> RenderableType | None:
    """The person's latest safety plan, or a note that it is encrypted (`plan` is its id);
    None if they made none."""
    from selfkind.ui import render

    if plan is None or isinstance(plan, str):
        return plan and message(messages.SAFETY_PLAN_LOCKED.format(id=plan[:8]))
    return render.entry_detail(plan, exercise)


def plain_text(lines: list[Line], plan: Entry | str | None, exercise: Exercise | None) -> str:
    """help-now as plain text, to copy to a phone or paper: no frames, no colour, no markup."""
    from selfkind.core.templates import answered_questions

    said: list[str] = []
    if isinstance(plan, str):
        said += [messages.SAFETY_PLAN_LOCKED.format(id=plan[:8]).replace("`", ""), ""]
    elif plan is not None:
        said += [messages.HELP_NOW_PLAN, ""]
        for question, answer in answered_questions(exercise, plan.answers):
            said += [question, *(f"  {line}" for line in answer.splitlines()), ""]
    said += [messages.HELP_NOW_INTRO, ""]
    said += [
        messages.LABELLED.format(label=line.where, value=f"{line.name}, {line.how}")
        for line in lines
    ]
    said += ["", messages.HELP_NOW_GROUNDING.replace("`", ""), messages.HELP_NOW_NOT_CARE]
    return "\n".join(clean(line) for line in said) + "\n"
