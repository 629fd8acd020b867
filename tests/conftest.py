"""Every test gets its own empty SELFKIND_HOME; no test touches a real home folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from selfkind.cli.app import app
from selfkind.messages.language import ENGLISH, use_language


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "home"
    monkeypatch.setenv("SELFKIND_HOME", str(path))
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.delenv("SELFKIND_DEBUG", raising=False)
    monkeypatch.delenv("SELFKIND_PLAIN", raising=False)  # plain mode only where a test asks
    for variable in ("SELFKIND_LANG", "LC_ALL", "LC_MESSAGES"):  # English, unless a test asks
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    use_language(ENGLISH)
    if os.environ.get("TERM") == "dumb":  # a CI machine's; Rich and prompt_toolkit read
        monkeypatch.setenv("TERM", "unknown")  # "unknown" alike, and it is not plain mode
    return path


@pytest.fixture
def cli():
    """Invoke selfkind's CLI in-process: cli("run", "checkin", ...) -> Result."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input)

    return invoke


@pytest.fixture
def no_suggestions(monkeypatch: pytest.MonkeyPatch) -> None:
    """The home menu as these tests count it: what suits the day is tested on its own
    (test_suggestions.py), and would move these options down by one or two."""
    from selfkind.core.suggest import Suggestions
    from selfkind.services import suggestions

    monkeypatch.setattr(suggestions, "home_suggestions", lambda *a, **k: Suggestions())
