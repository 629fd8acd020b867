"""Where the passphrase of an encrypted store comes from: SELFKIND_PASSPHRASE, or the person."""

from __future__ import annotations

import os
from collections.abc import Callable

from selfkind import messages
from selfkind.core.errors import SelfkindError, UsageError
from selfkind.ui import terminal

ENVIRONMENT = "SELFKIND_PASSPHRASE"


def from_environment(*, again: bool = False) -> str:
    """SELFKIND_PASSPHRASE, for when asking is not wanted; raises if it is not set."""
    given = os.environ.get(ENVIRONMENT)
    if not given:
        raise SelfkindError(messages.STORE_LOCKED)
    return given


def _environment_or_person(
    ask: Callable[[Callable[[str], str]], str], without_terminal: SelfkindError
) -> str:
    """SELFKIND_PASSPHRASE if it is set; else what `ask(secret)` gets at the terminal."""
    given = os.environ.get(ENVIRONMENT)
    if given:
        return given
    if not terminal.is_interactive():
        raise without_terminal
    from selfkind.ui.prompts import at_terminal, secret

    with at_terminal():
        return ask(secret)


def passphrase(*, again: bool = False) -> str:
    """The passphrase that opens the store: SELFKIND_PASSPHRASE, else asked at the terminal
    (`again` after a wrong one)."""
    said = messages.PASSPHRASE_AGAIN_WRONG if again else messages.PASSPHRASE_ASK
    return _environment_or_person(
        lambda secret: secret(said), SelfkindError(messages.PASSPHRASE_NEEDED)
    )


class Remembered:
    """A passphrase asked for once and given again, so the home screen and the exercise or
    entries it leads to (each opening the store) ask only once."""

    def __init__(self) -> None:
        self._given: str | None = None

    def __call__(self, *, again: bool = False) -> str:
        if self._given is None or again:
            self._given = passphrase(again=again)
        return self._given


def new_passphrase() -> str:
    """A passphrase to encrypt with: SELFKIND_PASSPHRASE, else chosen at the terminal, twice."""
    return _environment_or_person(_choose, UsageError(messages.PASSPHRASE_NEEDED_TO_ENCRYPT))


def _choose(secret: Callable[[str], str]) -> str:
    """A new passphrase, typed twice; a short one or a mismatch is asked again (three tries)."""
    from selfkind.core.passphrase import SHORTEST, too_short

    problem = ""
    for _ in range(3):
        chosen = secret(f"{problem} {messages.PASSPHRASE_NEW}".strip())
        if too_short(chosen):  # said before it is typed a second time
            problem = messages.PASSPHRASE_SHORT_AGAIN.format(length=SHORTEST)
        elif secret(messages.PASSPHRASE_AGAIN) != chosen:
            problem = messages.PASSPHRASES_DIFFER_AGAIN
        else:
            return chosen
    raise UsageError(messages.PASSPHRASE_NOT_CHOSEN)
