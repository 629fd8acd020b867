"""The launcher's fast paths: `nudge` and `--version` load nothing heavy and never get in the
way of a shell starting; `selfkind` and `selfkind checkin` start without typer or pydantic."""

from __future__ import annotations

import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from helpers import make_entry, save
from selfkind import messages
from selfkind.cli import nudge
from selfkind.core.entry import DRAFT
from selfkind.storage.paths import data_dir

HEAVY = ("typer", "rich", "questionary", "prompt_toolkit", "yaml", "pydantic", "cryptography")


def run_launcher(*args: str, env_home: Path, code: int = 0) -> tuple[str, list[str]]:
    """What `selfkind ARGS` prints through the console script's entry (exiting with `code`),
    and which heavy packages it loaded."""
    probe = (
        "import sys\n"
        f"sys.argv = ['selfkind', *{list(args)!r}]\n"
        "from selfkind.cli.launcher import main\n"
        "try:\n"
        "    code = main()\n"
        "except SystemExit as stop:\n"
        "    code = stop.code\n"
        f"loaded = sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))\n"
        "print('LOADED', ','.join(loaded))\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env={"SELFKIND_HOME": str(env_home), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=30,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == code, done.stderr
    printed, _, loaded = done.stdout.rpartition("LOADED ")
    return printed, [name for name in loaded.strip().split(",") if name]


def test_nudge_loads_nothing_heavy_and_names_the_checkin(home: Path) -> None:
    printed, loaded = run_launcher("nudge", env_home=home)
    assert printed == messages.NUDGE_CHECKIN + "\n"
    assert loaded == []
    assert not home.exists()  # a nudge never creates the data folder


def test_version_loads_nothing_heavy(home: Path) -> None:
    printed, loaded = run_launcher("--version", env_home=home)
    assert printed.startswith("selfkind ")
    assert loaded == []


def test_nudge_is_quiet_once_the_checkin_is_done(home: Path) -> None:
    today = date.today().isoformat()

    def nudged() -> str:
        return run_launcher("nudge", env_home=home)[0]

    save(make_entry("y1", (date.today() - timedelta(days=1)).isoformat()))
    assert nudged() == messages.NUDGE_CHECKIN + "\n"  # yesterday's does not count
    save(make_entry("t0", today, "kindness-reframe"))
    assert nudged() == messages.NUDGE_CHECKIN + "\n"  # nor another exercise
    save(make_entry("t1", today, status=DRAFT, answers={"mood": 4}))
    assert nudged() == messages.NUDGE_DRAFT + "\n"
    save(make_entry("t2", today))
    assert nudged() == ""


def test_nudge_needs_no_passphrase(home: Path, monkeypatch: pytest.MonkeyPatch, cli) -> None:
    save(
        make_entry(
            "t2", date.today().isoformat(), status=DRAFT, answers={"mood": 6, "note": "fine"}
        )
    )
    monkeypatch.setenv("SELFKIND_PASSPHRASE", "a long passphrase")
    assert cli("encrypt").exit_code == 0
    printed, _ = run_launcher("nudge", env_home=home)
    assert printed == messages.NUDGE_DRAFT + "\n"


@pytest.mark.parametrize(
    "content",
    [b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 200, b""],
)
def test_nudge_says_nothing_and_succeeds_whatever_the_file_holds(
    home: Path, content: bytes
) -> None:
    home.mkdir()
    (home / "selfkind.db").write_bytes(content)
    done = subprocess.run(
        [sys.executable, "-m", "selfkind", "nudge"],
        env={"SELFKIND_HOME": str(home), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_nudge_finds_the_same_folder_as_everything_else(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("SELFKIND_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert nudge.data_folder() == str(data_dir())
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert nudge.data_folder() == str(data_dir())


def test_home_and_checkin_start_without_typer_or_pydantic(home: Path) -> None:
    printed, loaded = run_launcher(env_home=home)
    assert messages.HOME_CHECKIN_DUE.split(".")[0] in printed
    assert {"typer", "pydantic", "yaml", "questionary"}.isdisjoint(loaded)

    save(make_entry("t1", date.today().isoformat(), status=DRAFT, answers={"mood": 4}))
    # Without a terminal the check-in cannot ask, and says so through the same error boundary.
    printed, loaded = run_launcher("checkin", env_home=home, code=2)
    assert {"typer", "pydantic"}.isdisjoint(loaded)


def test_the_fast_paths_keep_the_error_boundary_and_the_permission_check(home: Path) -> None:
    save(make_entry("t1", date.today().isoformat()))
    (home / "selfkind.db").chmod(0o644)
    done = subprocess.run(
        [sys.executable, "-m", "selfkind", "checkin"],
        env={"SELFKIND_HOME": str(home), "PATH": "/usr/bin:/bin", "COLUMNS": "200"},
        capture_output=True,
        text=True,
        timeout=30,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert "private again" in done.stderr
    assert "--set" in done.stderr and "Traceback" not in done.stderr
    assert (home / "selfkind.db").stat().st_mode & 0o777 == 0o600


def test_the_nudge_remembers_its_answer_until_the_database_changes(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = date.today().isoformat()
    save(make_entry("t1", today, status=DRAFT, answers={"mood": 4}))
    run_launcher("entries", "list", env_home=home)  # keeps the check-in parsed: a write
    assert nudge.todays_answer(str(home), today) == "draft"
    assert stat.S_IMODE((home / nudge.REMEMBERED).stat().st_mode) == 0o600

    asked: list[str] = []
    real = nudge._ask_database
    monkeypatch.setattr(nudge, "_ask_database", lambda *a: asked.append("db") or real(*a))
    assert nudge.todays_answer(str(home), today) == "draft"
    assert asked == []  # remembered: sqlite3 not even loaded in a real shell
    run_launcher("entries", "list", env_home=home)  # another command reading changes nothing
    assert nudge.todays_answer(str(home), today) == "draft"
    assert asked == []

    save(make_entry("t2", today))  # any write changes the database's stamp
    assert nudge.todays_answer(str(home), today) == "done"
    assert asked == ["db"]
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert nudge.todays_answer(str(home), tomorrow) == "checkin"  # a new day asks again


def test_the_nudge_answers_even_when_it_cannot_remember(home: Path) -> None:
    today = date.today().isoformat()
    save(make_entry("t1", today, status=DRAFT, answers={"mood": 4}))
    (home / nudge.REMEMBERED).mkdir()  # stands in for a full disk or a read-only folder
    for _ in range(2):
        assert nudge.todays_answer(str(home), today) == "draft"
    assert sorted(p.name for p in home.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize("arguments", [["--version"], ["nudge"]], ids=" ".join)
def test_a_fast_path_prints_what_the_full_command_tree_prints(
    arguments: list[str], home: Path, cli
) -> None:
    """The launcher answers these without the Typer tree; what it prints must not drift."""
    fast, _ = run_launcher(*arguments, env_home=home)
    assert fast == cli(*arguments).stdout


@pytest.mark.parametrize(
    "arguments",
    [
        ["summary", "--days", "7"],
        ["summary", "--since", "7d", "--until", "today"],
        ["entries", "list", "--limit", "5", "--since", "yesterday", "--exercise", "checkin"],
        ["entries", "search", "kind", "--limit", "3"],
        ["today"],
    ],
    ids=" ".join,
)
def test_the_daily_read_commands_read_their_options_without_pydantic(
    arguments: list[str], home: Path
) -> None:
    """Our value types (cli/options.py) read dates, numbers and ids; typer would build a
    pydantic TypeAdapter for each, and loading pydantic costs more than the command."""
    save(make_entry("t1", date.today().isoformat()))
    _, loaded = run_launcher(*arguments, env_home=home)
    assert "pydantic" not in loaded
