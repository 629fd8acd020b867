"""Questions in plain mode (`terminal.plain`): every answer typed on a line of its own.

A screen reader follows a line of text better than a menu redrawn under arrow keys, and a
simple terminal (TERM=dumb) cannot redraw at all. So options are numbered and answered by
number, yes or no is typed, a pause waits for Enter, and a problem with an answer is said
on a line of its own before the question is asked again, with the words typed kept. The
keys stay the same: Shift-Tab goes back, Ctrl-C stops and keeps what was typed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO

from prompt_toolkit import PromptSession
from prompt_toolkit.application import create_app_session
from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.utils import is_dumb_terminal

from selfkind import messages
from selfkind.ui.asking import Validate, at_terminal, our_keys
from selfkind.ui.console import literal, screen
from selfkind.ui.terminal import yes_and_no_words

MARK = "> "  # where the answer goes: plain text a screen reader reads as it is


def line(
    check: Validate,
    *,
    default: str = "",
    multiline: bool = False,
    editor: bool = False,
    go_back: bool = True,
    keep: bool = True,
    extra: KeyBindings | None = None,
) -> str:
    """A line of words (several, in a multi-line answer), asked again until `check` takes it;
    with `keep`, the words it did not take are in the box again."""
    while True:
        keys = our_keys(go_back=go_back, ctrl_d=False, plain_newline=multiline)
        # A terminal that cannot redraw shows only what is typed, not words already in the
        # box: they are written after the mark, and typing goes on from them.
        mark = MARK + default if is_dumb_terminal() else MARK
        with text_only():
            session: PromptSession[str] = PromptSession(
                mark,
                multiline=multiline,
                enable_open_in_editor=editor,
                key_bindings=merge_key_bindings([keys, extra or KeyBindings()]),
            )
            typed = session.prompt(default=default)
        said = check(typed)
        if said is True:
            return typed
        screen().print(literal(str(said)))
        default = typed if keep else ""


class _TextOnly(DummyOutput):
    """Output for a terminal that cannot redraw: the prompt's words and the keys typed are
    written as they are; cursor moves, colours and the rest (prompt_toolkit sends some even
    to a dumb terminal, such as showing the cursor) are left out."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def fileno(self) -> int:
        return self.stream.fileno()

    def encoding(self) -> str:
        return self.stream.encoding or "utf-8"

    def write(self, data: str) -> None:
        self.stream.write(data)

    def write_raw(self, data: str) -> None:
        self.stream.write(data)

    def flush(self) -> None:
        self.stream.flush()


@contextmanager
def text_only() -> Iterator[None]:
    """Ask on the terminal (see `at_terminal`); a dumb one gets only text."""
    if not is_dumb_terminal():
        with at_terminal():
            yield
        return
    stream = sys.stdout if sys.stdout.isatty() or not sys.stderr.isatty() else sys.stderr
    with create_app_session(output=_TextOnly(stream)):
        yield


def numbered(options: Sequence[str]) -> None:
    for number, option in enumerate(options, start=1):
        screen().print(literal(f"{number}. {option}"))


def pick_one(
    options: Sequence[str], *, default: int | None = None, skip: bool = False
) -> int | None:
    """The number of the option chosen (from 0); Enter alone takes the default, or skips (None).
    A default is said, not put in the box: a terminal that cannot redraw would show it as
    typed, and a number typed after it would make another."""
    numbered(options)
    hint = messages.PLAIN_PICK_ONE.format(count=len(options))
    if default is not None:
        hint += " " + messages.PLAIN_PICK_DEFAULT.format(number=default + 1)
    elif skip:
        hint += " " + messages.PLAIN_PICK_SKIP
    screen().print(literal(hint, "dim"))

    def check(typed: str) -> bool | str:
        if not typed.strip():
            return skip or default is not None or again
        return _option(typed, options) is not None or again

    again = messages.PLAIN_PICK_AGAIN.format(count=len(options))
    typed = line(check, keep=False)
    return _option(typed, options) if typed.strip() else default


def pick_many(options: Sequence[str], chosen: Sequence[int], *, fewest: int = 0) -> list[int]:
    """The numbers of the options chosen (from 0): typed as numbers separated by commas."""
    numbered(options)
    hint = messages.PLAIN_PICK_MANY.format(count=len(options))
    if not fewest:
        hint += " " + messages.PLAIN_PICK_NONE
    screen().print(literal(hint, "dim"))

    def check(typed: str) -> bool | str:
        picked = _options(typed, options)
        if picked is None:
            unknown = next(p.strip() for p in _parts(typed) if _option(p, options) is None)
            return messages.PLAIN_PICK_NOT_ONE.format(part=unknown, count=len(options))
        return len(picked) >= fewest or messages.CHOICES_TOO_FEW.format(count=fewest)

    # A wrong answer is said and the box emptied: words left in it would not be heard.
    default = ", ".join(str(number + 1) for number in chosen)
    return _options(line(check, default=default, keep=False), options) or []


def yes_or_no(default: bool, *, go_back: bool = False) -> bool:
    """y or n typed (Enter alone takes the default)."""
    hint = messages.PLAIN_YES_NO_DEFAULT_YES if default else messages.PLAIN_YES_NO_DEFAULT_NO
    screen().print(literal(hint, "dim"))

    def check(typed: str) -> bool | str:
        return _yes_no(typed, default) is not None or messages.PLAIN_YES_NO

    return bool(_yes_no(line(check, go_back=go_back, keep=False), default))


def wait(seconds: int | None) -> None:
    """A pause said in words, over when Enter is pressed (no bar redrawn as time passes)."""
    said = (
        messages.CONTINUE_HINT
        if seconds is None
        else messages.counted(messages.PLAIN_PAUSE, seconds)
    )
    screen().print(literal(said, "dim"))
    line(lambda typed: True)


def secret() -> str:
    """A passphrase, never shown: a terminal that cannot redraw would echo each character."""
    if is_dumb_terminal():
        import getpass

        return getpass.getpass(MARK)
    with at_terminal():
        session: PromptSession[str] = PromptSession(MARK, is_password=True)
        return session.prompt()


def _option(typed: str, options: Sequence[str]) -> int | None:
    """An option's place, from its number or its words as written (any case)."""
    text = typed.strip()
    if text.isdigit() and text.isascii() and 1 <= int(text) <= len(options):
        return int(text) - 1
    words = [option.casefold() for option in options]
    return words.index(text.casefold()) if text.casefold() in words else None


def _parts(typed: str) -> list[str]:
    """The answers in a line: "1, 3", "1; 3", or "1 3"."""
    parts = typed.replace(";", ",").split(",")
    if len(parts) == 1 and all(word.isdigit() for word in typed.split()):
        parts = typed.split()  # "1 3" as well as "1, 3"
    return [part for part in parts if part.strip()]


def _options(typed: str, options: Sequence[str]) -> list[int] | None:
    places: list[int] = []
    for part in _parts(typed):
        place = _option(part, options)
        if place is None:
            return None
        if place not in places:
            places.append(place)
    return places


def _yes_no(typed: str, default: bool) -> bool | None:
    text = typed.strip().casefold()
    if not text:
        return default
    yes, no = yes_and_no_words()
    if text in yes:
        return True
    if text in no:
        return False
    return None
