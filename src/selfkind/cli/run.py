"""`selfkind run` and `selfkind checkin`: practise an exercise and keep the entry."""

from datetime import date
from typing import Annotated

import typer

from selfkind.cli.options import Json
from selfkind.cli.session import practise_and_show

Answers = Annotated[
    str | None,
    typer.Option(
        "--answers",
        metavar="FILE",
        help="Answers as 'step_id: answer' lines (YAML or JSON); '-' reads standard input.",
    ),
]
OnDay = Annotated[
    str | None,
    typer.Option(
        "--date",
        metavar="D",
        help="Write it for an earlier day: YYYY-MM-DD, today, yesterday or 3d (3 days ago). "
        "It counts on that day, marked as written later.",
    ),
]
Sets = Annotated[
    list[str] | None,
    typer.Option(
        "--set",
        metavar="ID=VALUE",
        help="One answer, like --set mood=6 (repeatable; a choices answer is comma-separated).",
    ),
]


def run_command(
    exercise: Annotated[str, typer.Argument(help="An exercise id, or the path to a .yaml file.")],
    answers: Answers = None,
    set_: Sets = None,
    json_: Json = False,
    on_day: OnDay = None,
) -> None:
    """Walk through an exercise and save it as an entry.

    At a terminal each question waits for you: Shift-Tab goes back, Esc then Enter finishes a multi-line answer, and Ctrl-C pauses. What you answered is kept as a draft, and the next run offers to pick up where you left off. Answers given with --answers or --set are not asked. selfkind exercise list shows every exercise.
    """
    practise_and_show(
        exercise, answers=answers, sets=set_ or [], as_json=json_, day=written_for(on_day)
    )


def checkin_command(
    answers: Answers = None, set_: Sets = None, json_: Json = False, on_day: OnDay = None
) -> None:
    """The one-minute daily check-in.

    The same as `selfkind run checkin`.
    """
    practise_and_show(
        "checkin", answers=answers, sets=set_ or [], as_json=json_, day=written_for(on_day)
    )


def written_for(text: str | None) -> date | None:
    """The day an entry is written for: today or earlier, and not before 1970."""
    if text is None:
        return None
    from selfkind import messages
    from selfkind.cli.options import named_day
    from selfkind.core.errors import UsageError

    day = named_day(text, "--date")
    if day > date.today():
        raise UsageError(messages.DATE_IN_FUTURE.format(day=day))
    if day.year < 1970:
        raise UsageError(messages.DATE_TOO_EARLY.format(day=day))
    return day
