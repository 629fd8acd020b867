"""Option types shared by several commands, so each flag means one thing everywhere."""

from __future__ import annotations

from typing import Annotated

import typer

Json = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a view.")]
