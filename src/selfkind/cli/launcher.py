"""The `selfkind` console script. The daily commands start without loading the full command
tree (typer and pydantic cost over 100 ms): `--version` and `nudge` at once, and `selfkind` on
its own and `selfkind checkin` without options inside the same error boundary as the rest.
Everything else goes to `cli`."""

from __future__ import annotations

import sys


def main() -> int | None:
    """Run the command; when standard output's reader goes away (`| head`), end quietly with 0."""
    try:
        try:
            return _command(sys.argv[1:])
        finally:
            sys.stdout.flush()  # a reader that went away is noticed here, not at Python's exit
    except (BrokenPipeError, SystemExit) as stop:
        from selfkind.cli.startup import closed_pipe, end_quietly

        if closed_pipe(stop):
            end_quietly()
        raise


def _command(arguments: list[str]) -> int | None:
    if arguments == ["--version"]:
        from selfkind import __version__

        print(f"selfkind {__version__}")
        return 0
    if arguments == ["nudge"]:
        from selfkind.cli.nudge import main as nudge

        return nudge()
    if arguments in ([], ["checkin"]):
        from selfkind.cli.startup import check_permissions, error_boundary

        with error_boundary():
            check_permissions()
            if arguments:
                from selfkind.cli.session import practise_and_show

                practise_and_show("checkin", answers=None, sets=[], as_json=False)
            else:
                from selfkind.cli.home import show_home

                show_home()
        return 0
    from selfkind.cli.app import main as full

    full()
    return None
