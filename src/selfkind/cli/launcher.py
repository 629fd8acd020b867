"""The `selfkind` console script. The daily commands start without loading the full command
tree (typer and pydantic cost over 100 ms): `--version` and `nudge` at once, and `selfkind` on
its own and `selfkind checkin` without options inside the same error boundary as the rest.
A shell's completion request (`_SELFKIND_COMPLETE`) is answered from names by cli/completion.py,
which loads the full tree only for what the names cannot answer. Everything else goes to `cli`."""

from __future__ import annotations

import sys


def main() -> int | None:
    """Run the command; when standard output's reader goes away (`| head`), end quietly with 0."""
    try:
        try:
            sys.argv[1:] = _plain_option(sys.argv[1:])
            return _command(sys.argv[1:])
        finally:
            sys.stdout.flush()  # a reader that went away is noticed here, not at Python's exit
    except (BrokenPipeError, SystemExit) as stop:
        from selfkind.cli.startup import closed_pipe, end_quietly

        if closed_pipe(stop):
            end_quietly()
        raise


def _plain_option(arguments: list[str]) -> list[str]:
    """`--plain` anywhere before a `--` (`selfkind summary --plain` too): taken out, and said
    to every view and prompt as SELFKIND_PLAIN=1 would say it."""
    end = arguments.index("--") if "--" in arguments else len(arguments)
    if "--plain" not in arguments[:end]:
        return arguments
    import os

    os.environ["SELFKIND_PLAIN"] = "1"
    return [word for word in arguments[:end] if word != "--plain"] + arguments[end:]


def _command(arguments: list[str]) -> int | None:
    import os

    instruction = os.environ.get("_SELFKIND_COMPLETE")
    if instruction:  # a shell's Tab: answered from names, without the command tree
        from selfkind.cli.completion import main as complete

        return complete(instruction, _full_tree)
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
            from selfkind.cli.language import speak_chosen_language

            speak_chosen_language()
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


def _full_tree() -> object:
    """The click command tree, for the completion requests the names alone cannot answer."""
    import typer.main

    from selfkind.cli.app import app

    return typer.main.get_command(app)
