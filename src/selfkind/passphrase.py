"""Where the passphrase of an encrypted store comes from: SELFKIND_PASSPHRASE, or the person."""

from __future__ import annotations

import os

from selfkind import messages, terminal
from selfkind.errors import SelfkindError, UsageError

ENVIRONMENT = "SELFKIND_PASSPHRASE"


def from_environment(*, again: bool = False) -> str:
    """SELFKIND_PASSPHRASE, for when asking is not wanted; raises if it is not set."""
    given = os.environ.get(ENVIRONMENT)
    if not given:
        raise SelfkindError(messages.STORE_LOCKED)
    return given


def passphrase(*, again: bool = False) -> str:
    """The passphrase that opens the store: SELFKIND_PASSPHRASE, else asked at the terminal
    (`again` after a wrong one)."""
    given = os.environ.get(ENVIRONMENT)
    if given:
        return given
    if not terminal.is_interactive():
        raise SelfkindError(messages.PASSPHRASE_NEEDED)
    from selfkind.prompts import at_terminal, secret

    with at_terminal():
        return secret(messages.PASSPHRASE_AGAIN_WRONG if again else messages.PASSPHRASE_ASK)


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
    given = os.environ.get(ENVIRONMENT)
    if given:
        return given
    if not terminal.is_interactive():
        raise UsageError(messages.PASSPHRASE_NEEDED_TO_ENCRYPT)
    from selfkind.encryption import SHORTEST
    from selfkind.prompts import at_terminal, secret

    with at_terminal():
        chosen = secret(messages.PASSPHRASE_NEW)
        if len(chosen.strip()) < SHORTEST:  # said before it is typed a second time
            raise UsageError(messages.PASSPHRASE_SHORT.format(length=SHORTEST))
        if secret(messages.PASSPHRASE_AGAIN) != chosen:
            raise UsageError(messages.PASSPHRASES_DIFFER)
    return chosen
