"""Option types shared by several commands, so each flag means one thing everywhere."""

from datetime import date
from typing import Annotated

import typer

Json = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a view.")]


def day(value: str | None) -> str | None:
    """A date option as YYYY-MM-DD (accepts today, yesterday, 7d)."""
    return None if value is None else named_day(value).isoformat()


def named_day(text: str) -> date:
    """The day a date option names; a text naming none is the option's mistake."""
    from selfkind.core.dates import UnknownDate, parse_day

    try:
        return parse_day(text)
    except UnknownDate as error:
        raise typer.BadParameter(str(error)) from None


Since = Annotated[
    str | None,
    typer.Option(
        "--since",
        metavar="D",
        help="From this day: YYYY-MM-DD, today, yesterday or 7d.",
        parser=day,
    ),
]
Until = Annotated[
    str | None,
    typer.Option("--until", metavar="D", help="Up to and including this day.", parser=day),
]
ExerciseId = Annotated[
    str | None, typer.Option("--exercise", metavar="ID", help="Only this exercise.")
]
