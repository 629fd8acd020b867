"""Whether a person is at a terminal to answer questions, and whether output should be plain
linear text. Kept light: no prompt library, no Rich here."""

from __future__ import annotations

import os
import sys

from selfkind import messages


def is_interactive() -> bool:
    """True when standard input is a terminal, so missing answers can be asked for."""
    return sys.stdin.isatty()


def plain() -> bool:
    """Whether output is linear text: TERM=dumb, `--plain` or SELFKIND_PLAIN=1."""
    chosen = os.environ.get("SELFKIND_PLAIN", "").strip().lower()
    return os.environ.get("TERM") == "dumb" or chosen not in ("", "0", "no", "false")


def yes_and_no_words() -> tuple[set[str], set[str]]:
    """What a person may type for yes and for no: y and n always, and the language's own
    words (sí, ja, oui, sim...), whose first letters are keys too."""
    yes = {"y", "yes", *messages.YES_WORDS.casefold().split()}
    no = {"n", "no", *messages.NO_WORDS.casefold().split()}
    return yes - no, no - yes
