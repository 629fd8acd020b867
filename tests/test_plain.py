"""Plain mode, for screen readers and simple terminals (TERM=dumb, --plain, SELFKIND_PLAIN=1):
every view is lines of text read top to bottom, with no box drawing, shade or sparkline
(U+2500-U+259F), no line wider than the screen and no escape sequence; what the shades
meant is said in words; every question is answered by typing a line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, timedelta

import pytest
from rich.console import Group
from rich.markdown import Markdown
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from typer.testing import CliRunner

from helpers import keyboard, make_entry, save
from selfkind import messages
from selfkind.cli import launcher
from selfkind.cli.app import app
from selfkind.core.runner import Position
from selfkind.services.catalog import find_exercise
from selfkind.ui import console as consoles
from selfkind.ui import prompts, terminal
from selfkind.ui.prompts import QuestionaryPrompter

DRAWN = re.compile("[\u2500-\u259f]")
ESCAPE = "\x1b"
ENTER = "\r"


def is_plain_text(screen: str, width: int) -> None:
    assert not DRAWN.findall(screen), DRAWN.findall(screen)
    assert ESCAPE not in screen
    for line in screen.splitlines():
        assert len(line) <= width, line
        assert line == line.rstrip(), repr(line)  # no padding for a screen reader to read


def run(*args: str, width: int = 60, **env: str) -> str:
    environ = {"COLUMNS": str(width), "TTY_COMPATIBLE": "1", "SELFKIND_PLAIN": "1", **env}
    result = CliRunner().invoke(app, list(args), env=environ)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def month() -> None:
    start = date.today() - timedelta(days=27)
    entries = [
        make_entry(
            f"{n:02x}{'a' * 30}",
            start + timedelta(days=n),
            answers={"mood": 3 + n % 6, "kindness": 5, "note": "a slow walk"},
            scores={"mood_rating": 3 + n % 6, "kindness_rating": 5},
        )
        for n in range(0, 28, 2)
    ]
    entries.append(
        make_entry(
            "b" * 32,
            start + timedelta(days=5),
            "setback-journal",
            answers={"situation": "late", "feeling_before": 7, "feeling_after": 4},
            scores={"feeling_change": -3},
        )
    )
    save(*entries)


# ---------------------------------------------------------------- views


@pytest.mark.parametrize("width", [60, 120])
def test_the_summary_says_in_words_what_its_shades_and_marks_show(month, width: int) -> None:
    screen = run("summary", width=width)
    is_plain_text(screen, width)
    weeks = [line for line in screen.splitlines() if line.startswith("Week of ")]
    assert len(weeks) in (4, 5)  # every week of the window, said as days with practice
    assert sum(int(re.search(r"on (\d+) of", line)[1]) for line in weeks) == 15
    assert "lowest 3, highest 7" in screen  # the mood, in numbers (no sparkline)
    assert "Strength of the feelings" in screen
    assert messages.SUMMARY_LEGEND not in screen  # no shades, so nothing to explain


def test_a_long_summary_goes_month_by_month(month) -> None:
    screen = run("summary", "--days", "120")
    is_plain_text(screen, 60)
    assert re.search(r"^\w+ \d{4}: practice on \d+ of \d+ days$", screen, re.M), screen


@pytest.mark.parametrize("width", [60, 120])
def test_entries_are_one_line_each_with_their_ids(month, width: int) -> None:
    screen = run("entries", "list", width=width)
    is_plain_text(screen, width)
    lines = screen.splitlines()
    assert lines[0].startswith("id · when · exercise · summary"), screen
    rows = [line for line in lines[1:] if re.match(r"[0-9a-f]{6} · ", line)]
    assert len(rows) == 15, screen  # every entry, its id (six characters name it) first
    assert any("Mood" in line for line in rows)


def test_home_names_the_days_with_practice(month) -> None:
    today = date.today()
    save(make_entry("c" * 32, today, answers={"mood": 6}, scores={"mood_rating": 6}))
    screen = run()
    is_plain_text(screen, 60)
    line = next(line for line in screen.splitlines() if line.startswith("Days with practice"))
    assert today.strftime("%a") in line
    assert "●" not in screen


def test_an_exercise_is_lines() -> None:
    screen = run("exercise", "show", "grounding")
    is_plain_text(screen, 60)
    assert "Grounding" in screen


@pytest.mark.parametrize("width", [60, 120])
def test_help_now_is_lines_and_no_number_is_broken(width: int) -> None:
    screen = run("help-now", width=width)
    is_plain_text(screen, width)
    assert "  call 0800 111 0 111\n  or 0800 111 0 222\n  or 116 123" in screen
    assert "safety-plan" in screen  # the pointer to writing a safety plan, as at a terminal


@pytest.mark.parametrize("args", [["summary", "--help"], ["--help"], ["help", "entries"]])
def test_help_is_lines_at_the_terminals_width(args: list[str]) -> None:
    # In a process of its own: Typer's test runner fixes help at 80 columns.
    environ = {**os.environ, "COLUMNS": "60", "SELFKIND_PLAIN": "1"}
    code = "from selfkind.cli.launcher import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=environ, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    is_plain_text(done.stdout, 60)
    assert "Usage: selfkind" in done.stdout


def test_frames_tables_and_markdown_are_taken_apart_by_the_console(capsys, monkeypatch) -> None:
    """The guard is the console's: a view that draws a frame, a table with borders or a
    Markdown quote and rule, without a plain version of its own, still prints lines."""
    monkeypatch.setenv("SELFKIND_PLAIN", "1")
    monkeypatch.setenv("COLUMNS", "60")
    table = Table("Day", "Mood")  # the default box draws lines
    table.add_row("Mon", "6")
    quoted = Markdown("> a quote\n\n---\n\n# A heading")
    consoles.out().print(Panel(Group(table, quoted), title=Text("Title")))
    screen = capsys.readouterr().out
    is_plain_text(screen, 60)
    lines = [line.strip() for line in screen.splitlines() if line.strip()]
    assert lines[:3] == ["Title", "Day · Mood", "Mon · 6"]
    assert "a quote" in screen and "A heading" in screen


def test_without_plain_mode_the_views_still_draw(month) -> None:
    result = CliRunner().invoke(app, ["summary"], env={"COLUMNS": "60", "TTY_COMPATIBLE": "1"})
    assert DRAWN.search(result.stdout)  # the same run, shown to a sighted terminal


@pytest.mark.parametrize(
    "env",
    [{"TERM": "dumb"}, {"SELFKIND_PLAIN": "1"}, {"SELFKIND_PLAIN": "yes"}],
)
def test_plain_mode_is_chosen_by_the_environment(monkeypatch, env: dict[str, str]) -> None:
    monkeypatch.setenv("TERM", "xterm")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert terminal.plain()


def test_plain_mode_is_off_by_default_and_by_zero(monkeypatch) -> None:
    monkeypatch.setenv("TERM", "xterm")
    assert not terminal.plain()
    monkeypatch.setenv("SELFKIND_PLAIN", "0")
    assert not terminal.plain()


@pytest.mark.parametrize(
    "argv",
    [["--plain", "summary"], ["summary", "--plain"], ["summary", "--plain", "--days", "7"]],
)
def test_the_plain_option_works_before_or_after_the_command(
    monkeypatch, capsys, argv: list[str]
) -> None:
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    monkeypatch.setattr("sys.argv", ["selfkind", *argv])
    with pytest.raises(SystemExit) as ended:
        launcher.main()
    assert ended.value.code in (0, None)
    screen = capsys.readouterr().out
    assert "Week of" in screen or "Nothing here" in screen
    is_plain_text(screen, 120)


def test_the_plain_option_after_a_double_dash_is_a_word(monkeypatch) -> None:
    assert launcher._plain_option(["entries", "search", "--", "--plain"]) == [
        "entries",
        "search",
        "--",
        "--plain",
    ]


# ---------------------------------------------------------------- questions


@pytest.fixture
def plain_mode(monkeypatch) -> None:
    monkeypatch.setenv("SELFKIND_PLAIN", "1")
    monkeypatch.setenv("TERM", "xterm")


def asked(step_id: str, keys: str, exercise_id: str = "setback-journal", previous=None):
    exercise = find_exercise(exercise_id)
    step = exercise.answer_step(step_id)
    assert step is not None
    prompter = QuestionaryPrompter(exercise, consoles.screen())
    with keyboard(keys):
        return prompter.ask(step, {}, Position(3, 11), previous)


def test_options_are_numbered_and_answered_by_number(plain_mode, capsys) -> None:
    assert asked("emotion", "3, 7" + ENTER) == ["ashamed", "frustrated"]
    shown = capsys.readouterr().out
    assert "1. sad" in shown and "11. something else" in shown
    assert messages.PLAIN_PICK_MANY.format(count=11) in shown


def test_a_wrong_number_among_several_is_named_and_the_box_emptied(plain_mode, capsys) -> None:
    """From the trial: '3, 9' of 11 options stayed in the box, unheard, and the next '3'
    made '3, 93'."""
    assert asked("emotion", "3, 99" + ENTER + "3" + ENTER) == ["ashamed"]
    shown = capsys.readouterr().out
    assert messages.PLAIN_PICK_NOT_ONE.format(part="99", count=11) in shown
    assert messages.PLAIN_PICK_NONE not in shown  # one at least is asked for here


def test_several_options_may_be_typed_with_spaces_or_as_words(plain_mode) -> None:
    assert asked("emotion", "1 2" + ENTER) == ["sad", "anxious"]
    assert asked("emotion", "Lonely, 1" + ENTER) == ["lonely", "sad"]


def test_a_wrong_number_is_said_and_asked_again(plain_mode, capsys) -> None:
    with keyboard("3" + ENTER + "first" + ENTER):
        chosen = prompts.choose("Which?", [("First", 1), ("Second", 2)])
    assert chosen == 1
    assert messages.PLAIN_PICK_AGAIN.format(count=2) in capsys.readouterr().out


def test_yes_or_no_is_typed(plain_mode, capsys) -> None:
    with keyboard("maybe" + ENTER + "y" + ENTER):
        assert prompts.confirm("Go on?") is True
    shown = capsys.readouterr().out
    assert messages.PLAIN_YES_NO in shown
    assert messages.PLAIN_YES_NO_DEFAULT_NO in shown
    with keyboard(ENTER):
        assert prompts.confirm("Go on?", default=True) is True


def test_a_pause_is_said_in_words_and_ends_on_enter(plain_mode, capsys) -> None:
    with keyboard(ENTER):
        prompts.pause(45)
    shown = capsys.readouterr().out
    assert messages.counted(messages.PLAIN_PAUSE, 45) in shown
    assert "▰" not in shown and "▱" not in shown


def test_a_menu_is_numbered(plain_mode, capsys) -> None:
    with keyboard("2" + ENTER):
        chosen = prompts.choose("Which?", [("First", 1), ("Second", 2)])
    assert chosen == 2
    assert "1. First\n2. Second" in capsys.readouterr().out


def test_a_scale_is_typed_and_checked_plainly(plain_mode, capsys) -> None:
    assert asked("feeling_before", "11" + ENTER + "4" + ENTER) == 4
    assert messages.SCALE_INVALID.format(low=0, high=10) in capsys.readouterr().out


def test_a_whole_exercise_in_plain_mode(plain_mode, cli, monkeypatch) -> None:
    monkeypatch.setattr(terminal, "is_interactive", lambda: True)
    keys = "6" + ENTER + ENTER + "a quiet day" + ENTER  # mood, kindness skipped, a note
    with keyboard(keys + ENTER * 3):
        result = cli("checkin")
    assert result.exit_code == 0, result.output
    is_plain_text(result.stdout, 120)
    assert "Mood 6/10. a quiet day" in result.stdout


def test_a_default_is_said_and_taken_by_enter_alone_never_typed_before(plain_mode, capsys) -> None:
    options = [("First", 1), ("Second", 2), ("Third", 3)]
    with keyboard(ENTER):
        assert prompts.choose("Which?", options, default=3) == 3
    assert messages.PLAIN_PICK_DEFAULT.format(number=3) in capsys.readouterr().out
    with keyboard("1" + ENTER):  # not "31": the default is not waiting in the box
        assert prompts.choose("Which?", options, default=3) == 1


def test_a_quiet_week_is_said_without_a_count(month) -> None:
    screen = run("summary", "--days", "120")
    assert messages.SUMMARY_QUIET_MONTH.format(period="") in screen  # ": a quiet month"
    assert "practice on 0 of" not in screen


def test_plain_help_gives_each_command_its_whole_first_sentence() -> None:
    environ = {**os.environ, "COLUMNS": "60", "SELFKIND_PLAIN": "1"}
    code = "from selfkind.cli.launcher import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", code, "--help"], env=environ, capture_output=True, text=True
    )
    commands = done.stdout.split("Commands:")[1]
    assert "..." not in commands  # Click would cut each at 45 characters
    assert "Walk through an exercise and save it as an entry." in " ".join(commands.split())


@pytest.mark.parametrize("plain", [False, True])
def test_a_suggested_answer_is_said_and_never_added_to(monkeypatch, capsys, plain: bool) -> None:
    monkeypatch.setenv("TERM", "xterm")
    if plain:
        monkeypatch.setenv("SELFKIND_PLAIN", "1")
    with keyboard("5" + ENTER):
        assert prompts.ask_text("Highest?", default="10") == "5"  # not "105"
    with keyboard(ENTER):
        assert prompts.ask_text("Highest?", default="10") == "10"
    assert messages.ENTER_ALONE.format(default="10") in capsys.readouterr().out
