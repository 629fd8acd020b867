"""Shell completion: Click's `_SELFKIND_COMPLETE` protocol answered by the launcher from names
(commands, options, exercise, plan and entry ids) without loading typer, and
`selfkind completion bash|zsh|fish [--install]`."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import typer.main

from helpers import make_entry, save
from selfkind import messages
from selfkind.cli import completion
from selfkind.cli.app import app

HEAVY = ("typer", "rich", "questionary", "prompt_toolkit", "yaml", "pydantic", "cryptography")


def complete(
    home: Path, words: str, *, shell: str = "bash", cword: int | None = None
) -> tuple[list[str], list[str]]:
    """What a shell's Tab after `words` gets back through the console script's entry (Click's
    protocol), and which heavy packages answering it loaded."""
    probe = (
        "import sys\n"
        "sys.argv = ['selfkind']\n"
        "from selfkind.cli.launcher import main\n"
        "code = main()\n"
        f"loaded = sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))\n"
        "print('LOADED', ','.join(loaded))\n"
        "sys.exit(code)\n"
    )
    split = words.split(" ")
    position = len(split) - 1 if cword is None else cword
    env = {
        "SELFKIND_HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "_SELFKIND_COMPLETE": f"{shell}_complete",
        "COMP_WORDS": words,
        "COMP_CWORD": split[-1] if shell == "fish" else str(position),
    }
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr
    printed, _, loaded = done.stdout.rpartition("LOADED ")
    return printed.splitlines(), [name for name in loaded.strip().split(",") if name]


def test_a_command_completes_without_typer(home: Path) -> None:
    lines, loaded = complete(home, "selfkind ent")
    assert lines == ["plain,entries"]
    assert loaded == []
    lines, _ = complete(home, "selfkind entries ")
    assert lines == ["plain,list", "plain,search", "plain,show", "plain,delete"]


def test_an_exercise_id_completes_from_file_names(home: Path) -> None:
    lines, loaded = complete(home, "selfkind run kind")
    assert lines == ["plain,kindness-reframe"]
    assert loaded == []
    mine = home / "exercises"
    mine.mkdir(parents=True)
    (mine / "kind-walk.yaml").write_text("selfkind: 1\nid: kind-walk\n")
    lines, _ = complete(home, "selfkind entries list --exercise kind")
    assert lines == ["plain,kind-walk", "plain,kindness-reframe"]


def test_an_entry_id_completes_from_the_database(home: Path) -> None:
    save(make_entry("a1b2c3", date.today().isoformat()), make_entry("a1ffff", "2026-01-02"))
    lines, loaded = complete(home, "selfkind entries show a1")
    assert sorted(lines) == ["plain,a1b2c3", "plain,a1ffff"]
    assert loaded == []
    assert complete(home, "selfkind entries show zz")[0] == []


def test_options_plan_ids_and_the_zsh_and_fish_answers(home: Path) -> None:
    lines, _ = complete(home, "selfkind summary --")
    assert lines == [
        "plain,--days",
        "plain,--since",
        "plain,--until",
        "plain,--json",
        "plain,--help",
    ]
    (home / "plans" / "gentle-start").mkdir(parents=True)
    assert complete(home, "selfkind plan show ")[0] == ["plain,gentle-start"]
    assert complete(home, "selfkind help su", shell="zsh")[0] == ["plain", "summary", "_"]
    assert complete(home, "selfkind help su", shell="fish")[0] == ["plain,summary"]
    assert complete(home, "selfkind report --out ")[0] == ["file,"]


def test_what_the_names_cannot_place_goes_to_clicks_own_completion(home: Path) -> None:
    lines, loaded = complete(home, "selfkind run --no-such-option kind")
    assert lines == ["plain,kindness-reframe"]
    assert "typer" in loaded


def test_the_kept_tree_is_the_real_tree() -> None:
    """TREE answers a Tab without the command tree; it must name what the tree has."""
    real = completion.tree_of(typer.main.get_command(app))
    new = "\n".join(f"    {path!r}: {node!r}," for path, node in real.items())
    assert real == completion.TREE, f"replace TREE in cli/completion.py with:\n{new}"


@pytest.mark.parametrize("shell", completion.SHELLS)
def test_completion_prints_clicks_script_for_each_shell(cli, shell: str) -> None:
    result = cli("completion", shell)
    assert result.exit_code == 0, result.output
    assert f"_SELFKIND_COMPLETE={shell}_complete" in result.stdout
    assert "%(" not in result.stdout


def test_completion_refuses_a_shell_it_does_not_know(cli) -> None:
    result = cli("completion", "tcsh")
    assert result.exit_code == 2
    assert result.stderr.strip() == messages.COMPLETION_NO_SUCH_SHELL.format(text="tcsh")


@pytest.mark.parametrize(
    ("shell", "where"),
    [
        ("bash", "data/bash-completion/completions/selfkind"),
        ("zsh", ".zfunc/_selfkind"),
        ("fish", "config/fish/completions/selfkind.fish"),
    ],
)
def test_install_writes_where_the_shell_looks_and_says_where(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shell: str, where: str
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    result = cli("completion", shell, "--install")
    assert result.exit_code == 0, result.output
    path = tmp_path / where
    assert path.read_text() == completion.script(shell) + "\n"
    assert str(path) in result.stderr
    assert (messages.COMPLETION_ZSH_LINE in result.stderr) == (shell == "zsh")


def test_a_completion_request_is_answered_by_the_launcher_before_typer(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`python -m selfkind` and the console script both take the fast path."""
    env = {**os.environ, "_SELFKIND_COMPLETE": "bash_complete"}
    env.update(COMP_WORDS="selfkind chec", COMP_CWORD="1", SELFKIND_HOME=str(home))
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "selfkind"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.stdout == "plain,checkin\n"
    assert " typer" not in done.stderr and " pydantic" not in done.stderr
