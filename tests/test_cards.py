"""The card shown when an entry is saved, and one-line summaries: each thing said once,
words kept whole."""

from __future__ import annotations

import io

from rich.console import Console

from helpers import make_entry
from selfkind.core.text import one_line
from selfkind.services.catalog import find_exercise
from selfkind.ui.render import entry_result


def card_text(exercise_id: str, answers: dict, scores: dict) -> str:
    exercise = find_exercise(exercise_id)
    entry = make_entry("a1b2c3d4e5", "2026-11-30", exercise_id, answers=answers, scores=scores)
    console = Console(file=io.StringIO(), width=80, color_system=None)
    console.print(entry_result(entry, exercise))
    file = console.file
    assert isinstance(file, io.StringIO)
    return file.getvalue()


def test_a_checkin_card_says_the_mood_once() -> None:
    shown = card_text(
        "checkin",
        {"mood": 6, "kindness": 7, "note": "A slow day."},
        {"mood_rating": 6, "kindness_rating": 7},
    )
    assert "Mood 6/10." in shown
    assert shown.count("Mood") == 1
    assert "Kindness toward yourself" in shown  # not in the summary line, so still shown


def test_a_card_whose_line_is_its_score_says_it_once() -> None:
    shown = card_text("grounding", {"settled": 6}, {"settled_rating": 6})
    assert shown.count("How settled afterwards") == 1


def test_one_line_ends_on_a_whole_word() -> None:
    text = "Sit or stand so that you feel steady. Let your face soften, perhaps with a smile."
    short = one_line(text, width=55)
    kept = short.removesuffix("…")
    assert short.endswith("…") and len(short) <= 55
    assert text.startswith(kept) and text[len(kept)] in " ,.", short  # a whole word
    assert one_line("a" * 80, width=20) == "a" * 19 + "…"  # no space to end on: cut


def test_a_glance_at_an_exercise_never_shows_half_a_placeholder(cli) -> None:
    result = cli("exercise", "show", "compassionate-letter")
    assert "{{" not in result.stdout and "}}" not in result.stdout
