"""What `exercise` and `plan` do alike with files: check them, and print their format's schema."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

SchemaOut = Annotated[
    Path | None, typer.Option("--out", metavar="FILE", help="Write to a file instead.")
]


def validate_each(paths: list[Path], load: Callable[[Path], object]) -> None:
    """Load each file; print PATH:LINE:COL: lines for each mistake, or that it is good; exit
    1 if any file has mistakes."""
    from selfkind import messages
    from selfkind.core.errors import SelfkindError
    from selfkind.ui import render
    from selfkind.ui.console import literal, message

    failed = 0
    console = render.err()
    for path in paths:
        try:
            load(path)
        except SelfkindError as error:
            failed += 1
            render.problem_lines(error.details)
            continue
        console.print(message(messages.VALID_FILE.format(path=path)))
    if failed:
        console.print(literal(messages.counted(messages.VALIDATE_FAILED, failed)))
        raise typer.Exit(1)
    if len(paths) > 1:
        console.print(message(messages.ALL_VALID.format(count=len(paths))))


def show_schema(schema: dict[str, Any], out: Path | None, written: str | None) -> None:
    """A JSON Schema on standard output, or in a file readable only by you (and `written`
    said, when there is something to say)."""
    from selfkind.storage.paths import private_file
    from selfkind.ui import render
    from selfkind.ui.console import message

    text = json.dumps(schema, indent=2) + "\n"
    if out is None:
        typer.echo(text, nl=False)
        return
    with private_file(out) as stream:
        stream.write(text)
    if written:
        render.err().print(message(written.format(path=out)))


def new_file(file_id: str) -> Path:
    """ID.yaml here, for a new exercise or plan: an id written as ids are, and no file of
    that name already (selfkind never overwrites one)."""
    import re

    from selfkind import messages
    from selfkind.core.errors import UsageError
    from selfkind.formats.exercise import EXERCISE_ID

    if not re.fullmatch(EXERCISE_ID, file_id):
        raise UsageError(
            messages.BAD_EXERCISE_ID.format(id=file_id, hint=messages.EXERCISE_ID_HINT)
        )
    path = Path(f"{file_id}.yaml")
    if path.exists():
        raise UsageError(messages.FILE_EXISTS.format(path=path))
    return path


def write_new(path: Path, text: str, schema: dict[str, Any], schema_file: str) -> None:
    """The new file, and its format's schema beside it for editors unless one is there."""
    from selfkind.storage.paths import private_file

    with private_file(path) as stream:
        stream.write(text)
    if not Path(schema_file).exists():
        show_schema(schema, Path(schema_file), None)  # the command says what it wrote
