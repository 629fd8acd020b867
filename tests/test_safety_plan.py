"""The safety plan: every part optional, the newest plan with words shown first, a plain copy
to keep on a phone or paper, and (on an encrypted store) readable without the passphrase
only if the person chooses it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from helpers import keyboard, make_entry, save
from selfkind import messages
from selfkind.cli.app import app
from selfkind.ui import terminal

PASSPHRASE = "correct horse battery"
ENTER = "\r"
PLAN_WORDS = "I pace the hallway at night"  # words no exercise file holds


def run(*args: str, passphrase: str | None = None) -> Result:
    env = {"SELFKIND_PASSPHRASE": passphrase} if passphrase is not None else {}
    return CliRunner().invoke(app, list(args), env=env)


def make_plan(entry_id: str, day: str, answers: dict) -> None:
    save(make_entry(entry_id, day, "safety-plan", answers=answers))


def on_disk(home: Path) -> bytes:
    return b"".join(path.read_bytes() for path in home.iterdir() if path.is_file())


def test_help_now_plain_prints_the_plan_and_lines_as_text_to_copy() -> None:
    make_plan("p1", "2026-11-20", {"warning_signs": PLAN_WORDS, "people_to_ask": "Ana\n555 0123"})
    result = run("help-now", "--plain")
    assert result.exit_code == 0
    assert PLAN_WORDS in result.stdout and "  555 0123" in result.stdout
    assert "Samaritans" in result.stdout
    assert not set("╭╮╰╯│─\x1b`") & set(result.stdout)  # no frames, escapes or markup


def test_an_empty_plan_does_not_hide_the_one_before_it() -> None:
    make_plan("p1", "2026-11-20", {"warning_signs": PLAN_WORDS})
    make_plan("p2", "2026-11-25", {})  # every part skipped
    assert PLAN_WORDS in run("help-now").stdout
    assert PLAN_WORDS in run("help-now", "--plain").stdout


def test_plain_help_now_names_an_encrypted_plan_it_cannot_open() -> None:
    make_plan("p1abcdef", "2026-11-20", {"warning_signs": PLAN_WORDS})
    assert run("encrypt", passphrase=PASSPHRASE).exit_code == 0
    result = run("help-now", "--plain")
    assert result.exit_code == 0
    assert "p1abcdef" in result.stdout and PLAN_WORDS not in result.stdout


@pytest.fixture
def interactive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(terminal, "is_interactive", lambda: True)


def write_plan_at_the_terminal(keep_readable: str) -> Result:
    """Every part skipped but the first, then the answer to keeping it readable."""
    # intro (Enter), the first part (Esc Enter ends a multi-line answer), six parts skipped
    keys = ENTER + PLAN_WORDS + "\x1b\r" + "\x1b\r" * 6 + keep_readable + ENTER
    with keyboard(keys):
        return CliRunner().invoke(
            app, ["run", "safety-plan"], env={"SELFKIND_PASSPHRASE": PASSPHRASE}
        )


def encrypted_store() -> None:
    save(make_entry("c1", "2026-11-20", answers={"mood": 6}, scores={"mood_rating": 6}))
    assert run("encrypt", passphrase=PASSPHRASE).exit_code == 0


def test_on_an_encrypted_store_the_plan_stays_encrypted_unless_chosen(
    interactive: None, home: Path
) -> None:
    encrypted_store()
    result = write_plan_at_the_terminal("n")
    assert result.exit_code == 0, result.output
    assert messages.PLAN_READABLE_QUESTION in result.stdout
    assert PLAN_WORDS.encode() not in on_disk(home)
    assert PLAN_WORDS not in run("help-now").stdout


def test_a_plan_kept_readable_shows_in_help_now_without_the_passphrase(
    interactive: None, home: Path
) -> None:
    encrypted_store()
    result = write_plan_at_the_terminal("y")
    assert result.exit_code == 0, result.output
    assert PLAN_WORDS in run("help-now").stdout  # no passphrase given
    assert PLAN_WORDS in run("help-now", "--plain").stdout
    assert PLAN_WORDS.encode() in on_disk(home)  # as the person chose
    assert run("entries", "show", "c1").exit_code != 0  # everything else still needs it
    assert run("decrypt", passphrase=PASSPHRASE).exit_code == 0
    assert PLAN_WORDS in run("help-now").stdout


def test_keeping_a_new_plan_encrypted_seals_an_older_readable_one_too(
    interactive: None, home: Path
) -> None:
    encrypted_store()
    assert write_plan_at_the_terminal("y").exit_code == 0
    assert PLAN_WORDS.encode() in on_disk(home)
    assert write_plan_at_the_terminal("n").exit_code == 0
    assert PLAN_WORDS.encode() not in on_disk(home)  # nothing of either plan in the clear
