"""What every command does around its work: the data folder's permissions checked first,
and errors turned into kind messages and exit codes. Free of typer, so the launcher's
fast paths share it with the full command tree."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from selfkind import messages
from selfkind.errors import SelfkindError


def print_error(error: SelfkindError) -> None:
    """Print an error kindly to standard error: the message, then any detail lines."""
    from selfkind.render import err
    from selfkind.text import literal, message

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
    except SelfkindError as error:
        print_error(error)
        raise SystemExit(error.exit_code) from None
    except BrokenPipeError:
        # The reader went away (`| head`): nothing is wrong, so say nothing. Later writes
        # (Python flushes at exit) go nowhere instead of raising again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(0) from None
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


def check_permissions() -> None:
    """Make the data folder and its files private again if something opened them up, and say so."""
    from selfkind.paths import repair_permissions

    repaired = repair_permissions()
    if repaired:
        from selfkind.render import err
        from selfkind.text import message

        count = (
            f"{len(repaired)} file or folder"
            if len(repaired) == 1
            else f"{len(repaired)} files or folders"
        )
        err().print(message(messages.PERMISSIONS_REPAIRED.format(count=count)))
