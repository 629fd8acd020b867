"""Option types shared by several commands, so each flag means one thing everywhere."""

from typing import Annotated

import typer

Json = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a view.")]


def day(value: str | None) -> str | None:
    """A date option as YYYY-MM-DD (accepts today, yesterday, 7d)."""
    from selfkind.core.dates import parse_day

    return None if value is None else parse_day(value).isoformat()


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
