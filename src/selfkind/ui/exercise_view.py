"""The exercises as `exercise list` and `exercise show` draw them: grouped by purpose, and
one exercise's steps at a glance."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from selfkind import messages
from selfkind.core.templates import PLACEHOLDER
from selfkind.core.text import clean, one_line
from selfkind.ui.console import ACCENT, QUIET, literal, markdown
from selfkind.ui.render import SUMMARY_WIDTH, card

if TYPE_CHECKING:
    from selfkind.core.exercise import Exercise
    from selfkind.formats.starter import MeasureTemplate
    from selfkind.services.catalog import Listed


def exercises_table(listed: Iterable[Listed]) -> Table:
    """The exercises grouped by what they are for (their tags), each group under its name;
    one that cannot be read is listed last, with where its mistakes are."""
    from selfkind.core.exercise import BUILT_IN
    from selfkind.core.purposes import purpose, purposes

    table = Table(box=None, header_style=QUIET, pad_edge=False)
    table.add_column(messages.COLUMN_ID, style=ACCENT, no_wrap=True)
    table.add_column(messages.COLUMN_TITLE)
    table.add_column(messages.COLUMN_MINUTES, justify="right")
    items = list(listed)
    # Where every exercise is built in, the column would say so on every line, in the
    # room a title needs on a narrow terminal.
    origins = any(item.origin != BUILT_IN for item in items)
    if origins:
        table.add_column(messages.COLUMN_FROM, style=QUIET)
    groups: dict[str, list[Listed]] = {title: [] for _, title in purposes()}
    for item in items:
        if item.exercise is not None:
            groups[purpose(item.exercise.tags)].append(item)
    for title, members in groups.items():
        if not members:
            continue
        if table.row_count:
            table.add_row()  # a blank line between groups
        table.add_row(Text(title, "bold"), "", "", *([""] * origins), style="not dim")
        for item in members:
            assert item.exercise is not None
            minutes = str(item.exercise.minutes) if item.exercise.minutes else ""
            table.add_row(
                item.exercise.id, literal(item.exercise.title), minutes, *[item.origin] * origins
            )
    for item in items:
        if item.exercise is None:
            table.add_row(
                literal(item.path.stem),
                Text(messages.EXERCISE_HAS_MISTAKES.format(path=clean(str(item.path))), "yellow"),
                "",
                *[item.origin] * origins,
            )
    return table


def templates_table(templates: Iterable[MeasureTemplate]) -> Table:
    """The measure templates: the id to pass to --from, and the measure's name."""
    table = Table(box=None, header_style=QUIET, pad_edge=False)
    table.add_column(messages.COLUMN_TEMPLATE, style=ACCENT, no_wrap=True)
    table.add_column(messages.COLUMN_MEASURE)
    for template in templates:
        table.add_row(template.id, literal(template.title))
    return table


STEP_VERBS = {  # the message that says what you do at a step of each type
    "say": "STEP_VERB_SAY",
    "pause": "STEP_VERB_PAUSE",
    "text": "STEP_VERB_TEXT",
    "scale": "STEP_VERB_SCALE",
    "choice": "STEP_VERB_CHOICE",
    "choices": "STEP_VERB_CHOICE",
    "confirm": "STEP_VERB_CONFIRM",
}


def steps_glance(exercise: Exercise) -> Table:
    """The steps of an exercise for `exercise show`: what you do at each, in its own words."""
    from selfkind.core.exercise import AnswerStep, ConfirmStep, PauseStep, SayStep, ScaleStep

    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column(style=QUIET, no_wrap=True)
    table.add_column(ratio=1)
    for step in exercise.steps:
        if isinstance(step, SayStep):  # a glance: the opening words, without Markdown marks
            said = PLACEHOLDER.sub("…", step.text)  # before cutting: never half a {{ name }}
            words = one_line(said.replace("*", "").replace("`", ""), width=72)
        elif isinstance(step, PauseStep):
            words = messages.counted(messages.STEP_PAUSE, step.seconds)
        else:
            assert isinstance(step, AnswerStep)  # a step is words, a pause or a question
            words = step.prompt
        line = literal(one_line(PLACEHOLDER.sub("…", words), width=SUMMARY_WIDTH))
        if isinstance(step, ScaleStep):
            line.append(f" ({step.min}–{step.max})", QUIET)
        if isinstance(step, AnswerStep) and not step.required and not isinstance(step, ConfirmStep):
            line.append(" " + messages.STEP_OPTIONAL, QUIET)
        if step.when is not None:
            line.append(" " + messages.STEP_SOMETIMES, QUIET)
        table.add_row(getattr(messages, STEP_VERBS[step.type]), line)
    return table


def exercise_detail(exercise: Exercise) -> RenderableType:
    parts: list[RenderableType] = []
    minutes = messages.EXERCISE_MINUTES.format(minutes=exercise.minutes)
    facts = [minutes if exercise.minutes else "", ", ".join(exercise.tags)]
    line = " · ".join(fact for fact in facts if fact)
    if line:
        parts.append(literal(line, QUIET))
    if exercise.description:
        parts.append(markdown(exercise.description))
    parts.append(Text(""))
    parts.append(steps_glance(exercise))
    if exercise.credit:
        parts.append(Text(""))
        parts.append(literal(exercise.credit, "italic " + QUIET))
    return card(
        Group(*parts), title=literal(exercise.title, "bold"), subtitle=literal(exercise.id, QUIET)
    )
