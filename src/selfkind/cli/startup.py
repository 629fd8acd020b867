"""What every command does around its work: the data folder's permissions checked first,
and errors turned into kind messages and exit codes. Free of typer, so the launcher's
fast paths share it with the full command tree."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

from selfkind import messages
from selfkind.core.errors import SelfkindError


def print_error(error: SelfkindError) -> None:
    """Print an error kindly to standard error: the message, then any detail lines."""
    from selfkind.ui.console import literal, message
    from selfkind.ui.render import err

    console = err()
    console.print(message(error.message))
    for line in error.details:
        console.print(literal(f"  {line}"))


@contextmanager
def error_boundary(passing: tuple[type[BaseException], ...] = ()) -> Iterator[None]:
    """The one place errors become messages and exit codes (SystemExit); no traceback reaches
    a person. Exceptions of the `passing` types go through untouched."""
    try:
        yield
        sys.stdout.flush()  # so a reader that went away is noticed here, not at Python's exit
    except SelfkindError as error:
        print_error(error)
        raise SystemExit(error.exit_code) from None
    except (BrokenPipeError, SystemExit) as stop:
        if closed_pipe(stop):
            end_quietly()
        raise
    except (KeyboardInterrupt, EOFError):
        print_error(SelfkindError(messages.INTERRUPTED))
        raise SystemExit(130) from None
    except passing:
        raise
    except Exception:
        if os.environ.get("SELFKIND_DEBUG"):
            raise
        print_error(SelfkindError(messages.UNEXPECTED))
        raise SystemExit(1) from None


def closed_pipe(stop: BaseException) -> bool:
    """Whether standard output's reader went away (`selfkind export | head`): a BrokenPipeError,
    or the SystemExit that Rich and Click raise while handling one."""
    return isinstance(stop, BrokenPipeError) or (
        isinstance(stop, SystemExit) and isinstance(stop.__context__, BrokenPipeError)
    )


def end_quietly() -> NoReturn:
    """End when the reader of standard output has gone: nothing is wrong, so nothing is said,
    and the exit code is 0, as after `head` has read enough (and under `set -o pipefail`).

    As Python's documentation advises (signal module, "Note on SIGPIPE"), standard output now
    goes to devnull, so what is still buffered, and Python's flush at exit, raise nothing.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    # What is cleaned up on the way out (a half-read list of entries closing after its
    # database) would complain to no one who needs to hear it.
    sys.unraisablehook = _say_nothing
    raise SystemExit(0)


def _say_nothing(unraisable: object) -> None:
    """An unraisable-exception hook for after the reader has gone."""


def check_permissions() -> None:
    """Make the data folder and its files private again if something opened them up, and say so."""
    from selfkind.storage.paths import repair_permissions

    repaired = repair_permissions()
    if repaired:
        from selfkind.ui.console import message
        from selfkind.ui.render import err

        err().print(message(messages.counted(messages.PERMISSIONS_REPAIRED, len(repaired))))
