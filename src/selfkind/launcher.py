"""The `selfkind` console script. `--version` and `nudge` are answered at once, without
loading the command tree (typer, rich and pydantic cost over 100 ms); everything else goes
to `cli`."""

from __future__ import annotations

import sys


def main() -> int | None:
    arguments = sys.argv[1:]
    if arguments == ["--version"]:
        from selfkind import __version__

        print(f"selfkind {__version__}")
        return 0
    if arguments == ["nudge"]:
        from selfkind.nudge import main as nudge

        return nudge()
    from selfkind.cli import main as full

    return full()
