"""Whether a person is at a terminal to answer questions. Kept light: no prompt library here."""

from __future__ import annotations

import sys


def is_interactive() -> bool:
    """True when standard input is a terminal, so missing answers can be asked for."""
    return sys.stdin.isatty()
