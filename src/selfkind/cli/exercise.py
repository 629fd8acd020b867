"""`selfkind exercise ...`: list, show, validate, and the schema for editors."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from selfkind.cli.files import SchemaOut
from selfkind.cli.group import Group
from selfkind.cli.options import Json

if TYPE_CHECKING:
    from selfkind.services.catalog import Listed

app = typer.Typer(
    cls=Group,
    help="Exercises: list them, look inside one, check files you wrote.",
    no_args_is_help=True,
)


@app.command("list")
def list_command(
    json_: Json = False,
    tag: Annotated[
        str | None,
        typer.Option("--tag", metavar="TAG", help="Only exercises with this tag (hard-moments…)."),
    ] = None,
) -> None:
    """Every exercise you can run, built-in and your own, grouped by what it is for."""
    from selfkind.services.catalog import list_exercises
    from selfkind.ui import exercise_view, render

    listed = list_exercises()
    if tag is not None:
        listed = tagged(listed, tag)
        if not listed and not json_:
            return
    if json_:
        from selfkind.ui import json_view

        json_view.print_json(json_view.exercises(listed))
        return
    render.out().print(exercise_view.exercises_table(listed))


def tagged(listed: "list[Listed]", tag: str) -> "list[Listed]":
    """The exercises with a tag; none is said with the tags in use (nothing is wrong)."""
    from selfkind import messages
    from selfkind.core.purposes import has_tag
    from selfkind.ui import render
    from selfkind.ui.console import message

    found = [i for i in listed if i.exercise is not None and has_tag(i.exercise.tags, tag)]
    if not found:
        tags = sorted({t for i in listed if i.exercise is not None for t in i.exercise.tags})
        said = messages.EXERCISE_NO_TAG.format(tag=tag, tags=", ".join(tags))
        render.err().print(message(said))
    return found


@app.command("show")
def show_command(
    exercise: Annotated[str, typer.Argument(help="An exercise id, or the path to a .yaml file.")],
    json_: Json = False,
) -> None:
    """An exercise at a glance: what it is for, how long it takes, its steps."""
    from selfkind.services.catalog import find_exercise
    from selfkind.ui import exercise_view, render

    found = find_exercise(exercise)
    if json_:
        from selfkind.ui import json_view

        json_view.print_json(json_view.exercise(found))
        return
    render.out().print(exercise_view.exercise_detail(found))


@app.command("validate")
def validate_command(
    paths: Annotated[list[Path], typer.Argument(help="Exercise files to check.")],
) -> None:
    """Check exercise files; prints PATH:LINE:COL: message for each mistake."""
    from selfkind.cli.files import validate_each
    from selfkind.formats.validate import load_exercise

    validate_each(paths, load_exercise)


@app.command("new")
def new_command(
    exercise_id: Annotated[
        str | None,
        typer.Argument(metavar="ID", help="The new exercise's id, like evening-kindness."),
    ] = None,
    guided: Annotated[
        bool, typer.Option("--guided", help="Build it from questions at the terminal instead.")
    ] = False,
    template: Annotated[
        str | None,
        typer.Option(
            "--from",
            metavar="TEMPLATE",
            help="Start from a measure template (phq-9, gad-7, phq-2, gad-2, who-5, scs-sf).",
        ),
    ] = None,
    list_templates: Annotated[
        bool, typer.Option("--list-templates", help="List the measure templates and stop.")
    ] = False,
) -> None:
    """Write a commented starting file, ID.yaml, that already validates (and the schema for editors)."""
    from selfkind import messages
    from selfkind.cli.files import new_file, write_new
    from selfkind.core.errors import UsageError
    from selfkind.formats.exercise import json_schema
    from selfkind.formats.starter import SCHEMA_FILE, from_template, starter_text
    from selfkind.services.catalog import find_template
    from selfkind.ui import render
    from selfkind.ui.console import message

    if list_templates:
        from selfkind.services.catalog import measure_templates
        from selfkind.ui import exercise_view

        render.out().print(exercise_view.templates_table(measure_templates()))
        return
    if exercise_id is None:
        raise UsageError(messages.EXERCISE_NEW_NEEDS_ID)
    if guided and template is not None:
        raise UsageError(messages.EXERCISE_GUIDED_OR_TEMPLATE)
    chosen = find_template(template) if template is not None else None
    path = new_file(exercise_id)
    if chosen is not None:
        text = from_template(chosen, exercise_id)
        said = messages.EXERCISE_FROM_TEMPLATE.format(path=path, title=chosen.title)
    else:
        text = guided_text(exercise_id, path) if guided else starter_text(exercise_id)
        said = messages.EXERCISE_CREATED.format(path=path, schema=SCHEMA_FILE)
    write_new(path, text, json_schema(), SCHEMA_FILE)
    render.err().print(message(said))


def guided_text(exercise_id: str, path: Path) -> str:
    """The exercise built from the answers at the terminal, checked before it is written."""
    from selfkind import messages
    from selfkind.core.errors import SelfkindError, UsageError
    from selfkind.formats.built import exercise_yaml
    from selfkind.formats.validate import check_exercise_text
    from selfkind.ui import terminal
    from selfkind.ui.builder import guided_exercise

    if not terminal.is_interactive():
        raise UsageError(messages.BUILD_NEEDS_TERMINAL)
    text = exercise_yaml(guided_exercise(exercise_id))
    problems, _ = check_exercise_text(text)
    if problems:
        said = messages.BUILD_INVALID.format(count=len(problems))
        raise SelfkindError(said, details=tuple(p.located(str(path)) for p in problems))
    return text


@app.command("add")
def add_command(
    paths: Annotated[list[Path], typer.Argument(help="Exercise files to install.")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Let an exercise replace a built-in of the same id.")
    ] = False,
) -> None:
    """Check exercise files, then install them so `selfkind run ID` finds them."""
    from selfkind import messages
    from selfkind.core.errors import InvalidFile, SelfkindError
    from selfkind.core.exercise import BUILT_IN, Exercise
    from selfkind.formats.validate import load_exercise
    from selfkind.services.catalog import install_exercise, known_exercise
    from selfkind.storage.paths import refuse_links, user_exercises_dir
    from selfkind.ui import render
    from selfkind.ui.console import message

    loaded: list[Exercise] = []
    details: list[str] = []
    for path in paths:
        try:
            exercise = load_exercise(path)
        except InvalidFile as error:
            details.extend(error.details)
            continue
        try:
            existing = known_exercise(exercise.id)
        except InvalidFile:  # a copy of yours with mistakes, which this one may mend
            existing = None
        if existing is not None and existing.origin == BUILT_IN and not replace:
            details.append(messages.CLASHES_WITH_BUILT_IN.format(path=path, id=exercise.id))
            continue
        loaded.append(exercise)
    if details:
        raise SelfkindError(messages.NOTHING_ADDED, details=tuple(details))
    # Every place is checked before anything is written: no link is written through.
    for item in loaded:
        refuse_links(user_exercises_dir() / f"{item.id}.yaml")
    for exercise in loaded:
        install_exercise(exercise)
        render.err().print(
            message(messages.EXERCISE_ADDED.format(id=exercise.id, title=exercise.title))
        )


@app.command("schema")
def schema_command(out: SchemaOut = None) -> None:
    """Print the JSON Schema of the exercise format, for editors that check YAML."""
    from selfkind import messages
    from selfkind.cli.files import show_schema
    from selfkind.formats.exercise import json_schema

    show_schema(json_schema(), out, messages.SCHEMA_WRITTEN)
