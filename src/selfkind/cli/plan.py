"""`selfkind plan ...` and `selfkind today`: a therapist's plan, and what it asks for today."""

from pathlib import Path
from typing import Annotated

import typer

from selfkind.cli.files import SchemaOut
from selfkind.cli.group import Group
from selfkind.cli.options import Json

app = typer.Typer(
    cls=Group,
    help="Plans from your therapist: add, list, show and remove them.",
    no_args_is_help=True,
)

PlanId = Annotated[
    str, typer.Argument(metavar="ID", help="The plan's id (see selfkind plan list).")
]


@app.command("add")
def add_command(
    file: Annotated[
        Path | None, typer.Argument(metavar="FILE", help="The plan's YAML file.")
    ] = None,
    builtin: Annotated[
        str | None,
        typer.Option(
            "--builtin",
            metavar="ID",
            help="A plan that comes with selfkind, starting today (first-fortnight).",
        ),
    ] = None,
) -> None:
    """Check a plan and every exercise it names, then keep a copy of them all."""
    from selfkind import messages
    from selfkind.core.errors import UsageError
    from selfkind.formats.plan import load_plan
    from selfkind.services.catalog import known_exercise
    from selfkind.services.install import install
    from selfkind.ui import render
    from selfkind.ui.console import message

    if (file is None) == (builtin is None):
        raise UsageError(messages.PLAN_FILE_OR_BUILTIN)
    if builtin is not None:
        from datetime import date

        from selfkind.services.install import add_builtin

        loaded, replaced = add_builtin(builtin, date.today())
    else:
        assert file is not None
        loaded = load_plan(file, known_exercise)
        replaced = install(loaded, file)
    said = messages.PLAN_UPDATED if replaced else messages.PLAN_ADDED
    render.err().print(message(said.format(title=loaded.plan.title, id=loaded.plan.id)))


@app.command("new")
def new_command(
    plan_id: Annotated[
        str, typer.Argument(metavar="ID", help="The new plan's id, like softening.")
    ],
    guided: Annotated[
        bool, typer.Option("--guided", help="Build it from questions at the terminal.")
    ] = False,
) -> None:
    """Write a plan, ID.yaml, from questions at the terminal (--guided), and its editor schema."""
    from selfkind import messages
    from selfkind.cli.files import new_file, write_new
    from selfkind.core.errors import UsageError
    from selfkind.formats.built import PLAN_SCHEMA_FILE
    from selfkind.formats.plan import json_schema
    from selfkind.ui import render, terminal
    from selfkind.ui.console import message

    path = new_file(plan_id)
    if not guided or not terminal.is_interactive():
        raise UsageError(messages.PLAN_NEW_GUIDED)
    write_new(path, guided_plan_text(plan_id, path), json_schema(), PLAN_SCHEMA_FILE)
    said = messages.PLAN_WRITTEN.format(path=path, schema=PLAN_SCHEMA_FILE)
    render.err().print(message(said))


def guided_plan_text(plan_id: str, path: Path) -> str:
    """The plan built from the answers, checked (as `plan validate` would) before it is written."""
    from selfkind.formats.built import plan_yaml
    from selfkind.formats.plan import parse_plan
    from selfkind.services.catalog import known_exercise, list_exercises
    from selfkind.ui.plan_builder import guided_plan

    exercises = [
        (item.exercise.title, item.exercise.id)
        for item in list_exercises()
        if item.exercise is not None
    ]
    text = plan_yaml(guided_plan(plan_id, exercises + files_beside(path)))
    parse_plan(text, path.resolve(), known_exercise)  # raises, listing every mistake
    return text


def files_beside(path: Path) -> list[tuple[str, str]]:
    """Exercise files in the plan's folder (the therapist's own), offered as ./NAME.yaml."""
    from selfkind.core.errors import InvalidFile
    from selfkind.formats.validate import load_exercise

    offered = []
    for file in sorted(path.resolve().parent.glob("*.yaml")):
        try:
            exercise = load_exercise(file)
        except InvalidFile:
            continue  # not an exercise, or not yet a valid one
        offered.append((f"{exercise.title} (./{file.name})", f"./{file.name}"))
    return offered


@app.command("validate")
def validate_command(
    paths: Annotated[list[Path], typer.Argument(metavar="FILE", help="Plan files to check.")],
) -> None:
    """Check plan files and every exercise file they name; prints PATH:LINE:COL: message."""
    from selfkind.cli.files import validate_each
    from selfkind.formats.plan import load_plan
    from selfkind.services.catalog import known_exercise

    validate_each(paths, lambda path: load_plan(path, known_exercise))


@app.command("schema")
def schema_command(out: SchemaOut = None) -> None:
    """Print the JSON Schema of the plan format, for editors that check YAML."""
    from selfkind import messages
    from selfkind.cli.files import show_schema
    from selfkind.formats.plan import json_schema

    show_schema(json_schema(), out, messages.PLAN_SCHEMA_WRITTEN)


@app.command("list")
def list_command(json_: Json = False) -> None:
    """Your plans, with their dates and how many exercises each asks for."""
    from datetime import date

    from selfkind import messages
    from selfkind.services.plans import installed
    from selfkind.ui import render
    from selfkind.ui.console import message
    from selfkind.ui.plan_view import plans_table

    plans = installed()
    if json_:
        from selfkind.ui import json_view

        json_view.print_json(json_view.plans(plans))
        return
    if not plans:
        render.err().print(message(messages.NO_PLANS))
        return
    render.out().print(plans_table(plans, date.today()))


@app.command("show")
def show_command(plan_id: PlanId, json_: Json = False) -> None:
    """A plan's note, its exercises and schedule, and how it has gone so far."""
    from datetime import date

    from selfkind.core.schedule import adherence, counts_by_day
    from selfkind.services.plans import find_plan
    from selfkind.storage.store import EntryFilter, open_store
    from selfkind.ui import render
    from selfkind.ui.plan_view import plan_detail

    plan = find_plan(plan_id)
    today = date.today()
    with open_store() as store:  # which days are done is kept in the clear: no passphrase
        which = EntryFilter(
            since=plan.start.isoformat(), until=today.isoformat(), complete_only=True
        )
        counts = counts_by_day(store.each_entry(which, words=False))
    weeks = {
        item.exercise_id: adherence(plan, item, counts, plan.start, today, today)
        for item in plan.items
    }
    if json_:
        from selfkind.ui import json_view

        json_view.print_json(json_view.plan_detail(plan, weeks, today))
        return
    render.out().print(plan_detail(plan, weeks, today))


@app.command("remove")
def remove_command(
    plan_id: PlanId,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Remove without asking.")] = False,
) -> None:
    """Remove a plan (your entries stay), after asking."""
    from selfkind import messages
    from selfkind.cli.options import asked_first
    from selfkind.services.install import remove
    from selfkind.services.plans import find_plan
    from selfkind.ui import render
    from selfkind.ui.console import message

    plan = find_plan(plan_id)
    question = messages.PLAN_CONFIRM_REMOVE.format(title=plan.title)
    if not asked_first(question, messages.PLAN_REMOVE_NEEDS_YES, yes=yes):
        render.err().print(message(messages.PLAN_KEPT))
        return
    remove(plan.id)
    render.err().print(message(messages.PLAN_REMOVED.format(title=plan.title)))


def today_command(json_: Json = False) -> None:
    """What your plans ask for today, and what is already done."""
    from datetime import date

    from selfkind.services.plans import installed, todays_items
    from selfkind.ui import render
    from selfkind.ui.plan_view import today_view

    plans = installed()
    items = todays_items(plans)
    if json_:
        from selfkind.ui import json_view

        json_view.print_json(json_view.today_items(items))
        return
    upcoming = [plan for plan in plans if plan.start > date.today()]
    render.out().print(today_view(items, upcoming))
