"""Option types shared by several commands, so each flag means one thing everywhere.

A value type of ours (`ValueType`) turns an option's text into its value and, when the text
does not fit, says so in one sentence of the catalogue (a UsageError: exit 2, printed by the
one error boundary). typer 0.29 vendors Click without its ParamTypes and checks values with
pydantic; cli/group.py hands these types the text directly, so they load no pydantic. Each is
also callable, so Typer's own `parser=` path gives the same sentence if it is ever taken.
"""

from datetime import date
from typing import Annotated, Any

import typer

from selfkind import messages
from selfkind.core.errors import UsageError

Json = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a view.")]


class ValueType:
    """What an option's text means: its metavar, and how its text becomes a value."""

    metavar = "VALUE"

    def __init__(self, option: str) -> None:
        self.option = option

    def convert(self, text: str, option: str) -> Any:
        """The value `text` names; raises UsageError with a sentence naming `option`."""
        return text

    def __call__(self, text: str) -> Any:
        return self.convert(text, self.option)


class Day(ValueType):
    """A date: YYYY-MM-DD, today, yesterday or 7d; its value is the day as YYYY-MM-DD."""

    metavar = "D"

    def convert(self, text: str, option: str) -> str:
        return named_day(text, option).isoformat()


class WholeNumber(ValueType):
    """A whole number, at least `low` and at most `high` when they are given."""

    metavar = "N"

    def __init__(
        self, option: str, low: float | None = None, high: float | None = None, example: int = 0
    ) -> None:
        super().__init__(option)
        self.low, self.high = low, high
        self.example = example or int(low if low is not None and low > 0 else 1)

    def convert(self, text: str, option: str) -> int:
        try:
            value: int | None = int(str(text).strip())
        except ValueError:
            value = None
        fits = value is not None and (self.low is None or value >= self.low)
        if value is None or not fits or (self.high is not None and value > self.high):
            raise UsageError(self.sentence(str(text), option))
        return value

    def sentence(self, text: str, option: str) -> str:
        low, high = _whole(self.low), _whole(self.high)
        said = messages.NUMBER_ANY
        if low is not None:
            said = messages.NUMBER_FROM_TO if high is not None else messages.NUMBER_AT_LEAST
        return said.format(option=option, low=low, high=high, example=self.example, text=text)


def _whole(bound: float | None) -> int | float | None:
    return int(bound) if bound is not None and bound == int(bound) else bound


def day(value: str | None) -> str | None:
    """A date option as YYYY-MM-DD (accepts today, yesterday, 7d)."""
    return None if value is None else named_day(value).isoformat()


def named_day(text: str, option: str = "") -> date:
    """The day a date option names; a text naming none is the option's mistake (exit 2)."""
    from selfkind.core.dates import UnknownDate, parse_day

    try:
        return parse_day(text)
    except UnknownDate as error:
        said = messages.OPTION_DATE.format(option=option, problem=error) if option else str(error)
        raise UsageError(said) from None


def known_exercise_id(exercise_id: str | None) -> str | None:
    """An --exercise filter as given; a near miss of a known id is a usage error that names it.

    An id that is close to none is kept (an entry may name an exercise since removed)."""
    if exercise_id is None:
        return None
    from selfkind.cli.completion import exercise_ids
    from selfkind.core.text import closest

    known = exercise_ids()
    if exercise_id in known:
        return exercise_id
    close = closest(exercise_id, known)
    if close is None:
        return exercise_id
    raise UsageError(messages.NO_SUCH_EXERCISE_CLOSE.format(name=exercise_id, close=close))


Since = Annotated[
    str | None,
    typer.Option(
        "--since",
        metavar="D",
        help="From this day: YYYY-MM-DD, today, yesterday or 7d.",
        parser=Day("--since"),
    ),
]
Until = Annotated[
    str | None,
    typer.Option(
        "--until", metavar="D", help="Up to and including this day.", parser=Day("--until")
    ),
]


class ExerciseName(ValueType):
    """An exercise id to filter by; a near miss of a known id says which was meant."""

    metavar = "ID"

    def convert(self, text: str, option: str) -> str | None:
        return known_exercise_id(text)


ExerciseId = Annotated[
    str | None,
    typer.Option(
        "--exercise", metavar="ID", help="Only this exercise.", parser=ExerciseName("--exercise")
    ),
]


def asked_first(question: str, needs_yes: str, *, yes: bool) -> bool:
    """Whether to go ahead with something that cannot be undone: --yes, or a yes at the
    terminal; with no terminal to ask at, `needs_yes` says to pass --yes (exit 2)."""
    if yes:
        return True
    from selfkind.ui import terminal

    if not terminal.is_interactive():
        raise UsageError(needs_yes)
    from selfkind.ui.prompts import confirm

    return confirm(question)
