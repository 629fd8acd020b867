"""`entries list` as people and pipes see it: ids that always fit, titles never cut to a
stub, a limit that says what it left out, whole lines in a pipe; `entries show --latest`;
and picking an entry to read from the home screen."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pytest

from helpers import keyboard, make_entry, save
from selfkind import messages
from selfkind.core.entry import DRAFT
from selfkind.services.catalog import find_exercise
from selfkind.storage import listing
from selfkind.storage.store import open_store

ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
EXERCISES = [
    "setback-journal",
    "self-compassion-break",
    "grounding",
    "friend-perspective",
    "compassionate-letter",
    "kindness-reframe",
    "checkin",
]
LONG = "I was hard on myself after the meeting, but a friend would say I did my best " * 4


def answers_for(exercise_id: str) -> dict:
    answers: dict = {}
    for step in find_exercise(exercise_id).answer_steps():
        if step.type == "text":
            answers[step.id] = LONG
        elif step.type == "scale":
            answers[step.id] = step.min + 1
    return answers


def seven_entries() -> list[str]:
    """One entry of each exercise; two ids share their first six characters."""
    today = date.today()
    ids = [f"abcdef{n}{'0' * 25}" for n in (1, 2)] + [f"{n}{'5' * 31}" for n in range(5)]
    entries = [
        make_entry(entry_id, today - timedelta(days=n), exercise, answers=answers_for(exercise))
        for n, (entry_id, exercise) in enumerate(zip(ids, EXERCISES, strict=True))
    ]
    save(*entries)
    return ids


def at_a_terminal(monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    monkeypatch.setenv("TTY_COMPATIBLE", "1")  # Rich takes standard output for a terminal
    monkeypatch.setenv("COLUMNS", str(columns))


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_every_row_shows_its_id_and_whole_titles(cli, monkeypatch, columns: int) -> None:
    ids = seven_entries()
    at_a_terminal(monkeypatch, columns)
    result = cli("entries", "list")
    assert result.exit_code == 0, result.output
    screen = ESCAPES.sub("", result.stdout)
    lines = screen.splitlines()
    assert all(len(line.rstrip()) <= columns for line in lines), screen
    starts = [line.split(" ", 1)[0] for line in lines]
    # Two ids share six characters, so theirs show seven; every other id shows six.
    expected = ["abcdef1", "abcdef2"] + [entry_id[:6] for entry_id in ids[2:]]
    for prefix in expected:
        assert prefix in starts, screen
    words = " ".join(screen.split())
    for exercise in EXERCISES:
        title = find_exercise(exercise).title
        assert title in words or all(word in screen for word in title.split()), screen
        first = title.split()[0]
        for length in range(1, len(first)):
            assert first[:length] + "…" not in screen, screen  # never "Set…"


def test_the_ids_shown_open_the_entries(cli, monkeypatch) -> None:
    ids = seven_entries()
    with open_store() as store:
        prefixes = listing.unique_prefixes(store.db, ids)
    assert prefixes[ids[0]] == "abcdef1" and prefixes[ids[3]] == ids[3][:6]
    for entry_id, prefix in prefixes.items():
        shown = json.loads(cli("entries", "show", prefix, "--json").stdout)
        assert shown["id"] == entry_id


def test_the_newest_twenty_and_a_word_about_the_rest(cli) -> None:
    today = date.today()
    save(*[make_entry(f"{n:032x}", today, at=f"08:{n:02d}") for n in range(25)])
    result = cli("entries", "list")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 20
    said = messages.counted(messages.ENTRIES_SHOWN_OF, 25, shown=20)
    assert said in result.stderr
    assert "Showing the newest 20 of 25 entries" in result.stderr
    everything = cli("entries", "list", "--limit", "30")
    assert len(everything.stdout.splitlines()) == 25
    assert "Showing" not in everything.stderr
    assert len(json.loads(cli("entries", "list", "--json").stdout)) == 25  # JSON: all
    assert len(json.loads(cli("entries", "list", "--json", "--limit", "3").stdout)) == 3


def test_a_pipe_gets_whole_tab_separated_lines(cli, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    today = date.today()
    save(
        make_entry("f" * 32, today, "kindness-reframe", answers=answers_for("kindness-reframe")),
        make_entry("e" * 32, today, "checkin", at="07:00", status=DRAFT, answers={"mood": 3}),
    )
    result = cli("entries", "list")
    assert result.exit_code == 0
    first, second = result.stdout.splitlines()
    fields = first.split("\t")
    assert fields[:4] == ["f" * 32, today.isoformat(), fields[2], "Kindness reframe"]
    assert re.fullmatch(r"\d\d:\d\d", fields[2])
    assert " ".join(LONG.split()) in fields[4]  # never cut, however long
    assert len(first) > 300
    assert second.split("\t")[4].startswith(messages.DRAFT_MARK)


def test_show_latest(cli) -> None:
    today = date.today()
    save(
        make_entry("a" * 32, today, "checkin", at="07:00", answers={"mood": 4}),
        make_entry("b" * 32, today, "grounding", at="08:00"),
        make_entry("c" * 32, today, "checkin", at="09:00", status=DRAFT, answers={"mood": 9}),
    )
    newest = json.loads(cli("entries", "show", "--latest", "--json").stdout)
    assert newest["id"] == "b" * 32  # the draft is newer, but not finished
    checkin = json.loads(cli("entries", "show", "--latest", "checkin", "--json").stdout)
    assert checkin["id"] == "a" * 32
    result = cli("entries", "show", "--latest", "checkin")
    assert result.exit_code == 0
    assert "Overall, how has your mood been today?" in result.stdout


def test_show_latest_when_there_is_none(cli) -> None:
    result = cli("entries", "show", "--latest")
    assert result.exit_code == 1
    assert messages.LATEST_NONE.split(".")[0] in result.stderr
    save(make_entry("a" * 32, date.today(), "checkin"))
    mistyped = cli("entries", "show", "--latest", "chekin")
    assert mistyped.exit_code == 1
    assert "Did you mean 'checkin'?" in mistyped.stderr
    unknown = cli("entries", "show", "--latest", "zzzz")
    assert unknown.exit_code == 1
    assert "There is no exercise 'zzzz'" in unknown.stderr
    none_yet = cli("entries", "show", "--latest", "grounding")
    assert none_yet.exit_code == 1
    assert "No finished entries of 'grounding' yet" in none_yet.stderr
    assert cli("entries", "show").exit_code == 2
    assert cli("entries", "show", "aaaaaa").exit_code == 0  # an id, as before


def test_home_lets_you_pick_an_entry_to_read(cli, monkeypatch, no_suggestions) -> None:
    from selfkind.ui import terminal

    today = date.today()
    save(
        make_entry("a" * 32, today, "checkin", answers={"mood": 6, "note": "slow start"}),
        make_entry("b" * 32, today, "grounding", at="07:00"),
    )
    monkeypatch.setattr(terminal, "is_interactive", lambda: True)
    # The check-in is done, so the menu is: an exercise, recent entries, nothing.
    down, enter = "\x1b[B", "\r"
    with keyboard(down + enter + enter + enter):  # entries; the newest; then "that is all"
        result = cli()
    assert result.exit_code == 0, result.output
    assert messages.HOME_PICK_ENTRY in result.stdout
    assert "Overall, how has your mood been today?" in result.stdout
    assert "slow start" in result.stdout


def test_a_pipe_line_carries_no_escape_and_no_stray_tab() -> None:
    from selfkind.ui.entries_view import Row, entry_line

    nasty = "\x1b[31mred\x1b[0m\tand\nmore\x07 [bold]kept[/bold]"
    entry = make_entry("d" * 32, date.today(), "checkin", answers={"mood": 5, "note": nasty})
    line = entry_line(Row(entry, "dddddd", nasty))
    fields = line.split("\t")
    assert len(fields) == 5
    assert fields[4] == "red and more [bold]kept[/bold]"
    assert not re.search(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]", line)


def test_the_letter_is_read_back_with_the_one_command_its_last_words_give(cli) -> None:
    letter = find_exercise("compassionate-letter")
    command = "selfkind entries show --latest compassionate-letter"
    assert command in letter.steps[-1].text.replace("\n", " ")
    sets = {
        "topic": "my exam",
        "inadequate": "not clever enough",
        "weight_before": "6",
        "letter": "Dear me, you tried your best.",
        "weight_after": "3",
    }
    pairs = [word for key, value in sets.items() for word in ("--set", f"{key}={value}")]
    assert cli("run", "compassionate-letter", *pairs).exit_code == 0
    shown = cli(*command.split()[1:])
    assert shown.exit_code == 0, shown.output
    assert "Dear me, you tried your best." in shown.stdout
