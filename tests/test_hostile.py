"""Hostile text never changes the terminal: whatever people or files write is shown literally."""

from __future__ import annotations

import io
import re
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from helpers import make_entry
from selfkind.core.entry import Entry
from selfkind.core.summaries import summarize
from selfkind.core.text import clean
from selfkind.services.catalog import find_exercise
from selfkind.ui import entries_view, render, summary_view

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
PIECES = [
    "\x1b",
    "[",
    "]",
    "/",
    "red",
    "bold",
    "link=http://x",
    "\x07",
    "\x9b",
    "\r",
    "\n",
    "\t",
    "*",
    "#",
    "`",
    "<b>",
    "{{ x }}",
    ":smile:",
    "\u202e",
    "é",
    " ",
    "a",
    "0",
    "\x00",
    "\x08",
    "\x7f",
    "[red]",
]
NASTY = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


def entry_with(words: str) -> Entry:
    """A kindness reframe whose title and answers are `words`."""
    answers = {"situation": words, "kind_reply": words, "emotion": [words]}
    made = make_entry(
        "a" * 32, "2026-11-20", "kindness-reframe", answers=answers, scores={"harshness_change": -2}
    )
    return replace(made, exercise_title=words or "t")


def plain(renderable) -> str:
    console = Console(file=io.StringIO(), width=70, color_system=None, force_terminal=False)
    console.print(renderable)
    return console.file.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=NASTY)
def test_views_never_emit_control_characters_and_never_read_markup(words: str) -> None:
    exercise = find_exercise("kindness-reframe")
    entry = entry_with(words)
    shown = "".join(
        plain(view)
        for view in (
            render.entry_detail(entry, exercise),
            render.entry_result(entry, exercise),
            entries_view.entries_table([entries_view.Row(entry, entry.id[:6], words)], width=70),
            summary_view.summary_view(
                summarize([entry], entry_date(), entry_date(), lambda _: exercise)
            ),
        )
    )
    assert not CONTROL.search(shown.replace("\n", "").replace("\t", ""))
    if "[red]" in clean(words):  # what is left once escape sequences go
        assert "[red]" in shown.replace("\n", "")  # Rich markup stays as typed


def entry_date():
    from datetime import date

    return date(2026, 11, 20)
