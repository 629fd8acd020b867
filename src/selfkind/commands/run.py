"""`selfkind run` and `selfkind checkin`: practise an exercise and keep the entry."""

from typing import Annotated

import typer

from selfkind.commands.options import Json
from selfkind.commands.session import practise_and_show

Answers = Annotated[
    str | None,
    typer.Option(
        "--answers",
        metavar="FILE",
        help="Answers as 'step_id: answer' lines (YAML or JSON); '-' reads standard input.",
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
) -> None:
    """Walk through an exercise and save it as an entry.

    At a terminal each question waits for you: Shift-Tab goes back, Esc then Enter finishes a multi-line answer, and Ctrl-C pauses. What you answered is kept as a draft, and the next run offers to pick up where you left off. Answers given with --answers or --set are not asked. selfkind exercise list shows every exercise.
    """
    practise_and_show(exercise, answers=answers, sets=set_ or [], as_json=json_)


def checkin_command(answers: Answers = None, set_: Sets = None, json_: Json = False) -> None:
    """The one-minute daily check-in.

    The same as `selfkind run checkin`.
    """
    practise_and_show("checkin", answers=answers, sets=set_ or [], as_json=json_)
