"""Pieces several test files share: a keyboard for the prompts, entries made on chosen days,
the installed command, a therapist's plan with its letter, and exercise text checked for its
mistakes."""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput, Output

from selfkind.core.entry import COMPLETE, Entry, utc_timestamp
from selfkind.core.errors import Problem
from selfkind.core.exercise import Exercise
from selfkind.formats.validate import check_exercise_text
from selfkind.services.catalog import find_exercise
from selfkind.storage.store import open_store

WATCHDOG = 8.0  # seconds after which a test keyboard is closed whatever happens


@contextmanager
def keyboard(keys: str, *, close: bool = True, output: Output | None = None) -> Iterator[PipeInput]:
    """A prompt_toolkit session whose keyboard has typed `keys`.

    With `close`, the pipe ends right after the keys (a prompt wanting more gets
    EOFError); a watchdog closes it after WATCHDOG seconds in any case.
    """
    with (
        create_pipe_input() as pipe,
        create_app_session(input=pipe, output=output or DummyOutput()),
    ):
        _close_once(pipe)
        pipe.send_text(keys)
        watchdog = threading.Timer(WATCHDOG, pipe.close)
        watchdog.daemon = True
        watchdog.start()
        if close:
            pipe.close()
        try:
            yield pipe
        finally:
            watchdog.cancel()


def _close_once(pipe: PipeInput) -> None:
    """Let the watchdog, a typist thread and the pipe's own exit all close it safely.

    prompt_toolkit checks "already closed?" and then closes without a lock, so two
    threads closing together could close the same descriptor twice (EBADF, or worse,
    another file that took its number).
    """
    inner = getattr(pipe, "pipe", None)  # the POSIX pipe input's two descriptors
    if inner is None:
        return
    lock = threading.Lock()
    close_write = inner.close_write

    def locked() -> None:
        with lock:
            close_write()

    inner.close_write = locked


def make_entry(
    entry_id: str,
    day: str | date,
    exercise: str | Exercise = "checkin",
    *,
    at: str = "08:00",
    minutes: float = 2,
    status: str = COMPLETE,
    local_date: str | date | None = None,
    answers: dict | None = None,
    scores: dict | None = None,
) -> Entry:
    """An entry of an exercise (a built-in's id, or the exercise itself), started at `at`
    (UTC, HH:MM or HH:MM:SS) on `day` and finished `minutes` later; a draft is not finished.

    Its local date is `day`, unless `local_date` says where it was made the calendar showed
    another day (a time zone far from UTC).
    """
    known = find_exercise(exercise) if isinstance(exercise, str) else exercise
    started = datetime.fromisoformat(f"{day}T{at}").replace(tzinfo=timezone.utc)
    finished = started + timedelta(minutes=minutes)
    return Entry(
        id=entry_id,
        exercise_id=known.id,
        exercise_title=known.title,
        exercise_hash=known.hash,
        started_at=utc_timestamp(started),
        completed_at=utc_timestamp(finished) if status == COMPLETE else None,
        local_date=str(local_date or day),
        status=status,
        answers=answers or {},
        scores=scores or {},
    )


def save(*entries: Entry) -> None:
    """Entries of built-in exercises, saved straight into the store."""
    with open_store() as store:
        for entry in entries:
            store.save(entry, find_exercise(entry.exercise_id).source)


def command_tree():  # type: ignore[no-untyped-def]
    """selfkind's command line as Click sees it: Typer's tree, hidden commands too."""
    import typer.main

    from selfkind.cli.app import app

    return typer.main.get_command(app)


def every_command() -> list[list[str]]:
    """Every command and group in the Typer tree, hidden ones too, by its words."""
    found: list[list[str]] = []

    def walk(node, words: list[str]) -> None:  # type: ignore[no-untyped-def]
        for name, child in getattr(node, "commands", {}).items():
            found.append([*words, name])
            walk(child, [*words, name])

    walk(command_tree(), [])
    return found


def command_node(words: list[str]):  # type: ignore[no-untyped-def]
    """The command or group these words name (`["plan", "add"]`)."""
    node = command_tree()
    for name in words:
        node = node.commands[name]
    return node


def installed_selfkind() -> str:
    """The installed `selfkind` command (beside this Python, else on PATH); skips the module
    when there is none."""
    beside = Path(sys.executable).with_name("selfkind")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("selfkind")
    if found is None:
        pytest.skip(
            "the selfkind command is not installed next to this Python or on PATH "
            "(pip install -e . first)",
            allow_module_level=True,
        )
    return found


LETTER = """
    selfkind: 1
    id: my-letter
    title: A letter to yourself
    steps:
      - type: text
        id: letter
        prompt: Write to yourself as a good friend would.
        multiline: true
      - type: scale
        id: warmth
        prompt: How warm does it feel to read?
        min: 0
        max: 10
    scores:
      - id: warmth_score
        label: Warmth
        method: mean
        items: [warmth]
    summary: "{{ letter }}"
"""


PLAN_ID = "softening"


def y(text: str) -> str:
    """A YAML snippet written indented in the test, as it would be in a file."""
    return textwrap.dedent(text).lstrip("\n")


def found(text: str) -> list[tuple[int, int, str]]:
    """The problems the validator finds in an exercise's text, as (line, column, message)."""
    problems, exercise = check_exercise_text(text)
    assert all(isinstance(p, Problem) for p in problems)
    if problems:
        assert exercise is None, "an exercise must not be built when there are problems"
    return [(p.line, p.column, p.message) for p in problems]


def assert_reports(text: str, *expected: tuple[int, int, str]) -> None:
    """Exactly these problems (line, column, part of the message), in this order."""
    got = found(text)
    assert len(got) == len(expected), got
    for (line, column, fragment), actual in zip(expected, got, strict=True):
        assert actual[:2] == (line, column), actual
        assert fragment in actual[2], actual


def valid(text: str, origin: str = "") -> Exercise:
    """The exercise built from a text that has no mistakes."""
    problems, exercise = check_exercise_text(text, origin=origin)
    assert problems == []
    assert exercise is not None
    return exercise


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(y(text), encoding="utf-8")
    return path


def plan_text(start: date, *, end: date | None = None, title: str = "Softening the critic") -> str:
    return y(
        f"""
        selfkind-plan: 1
        id: {PLAN_ID}
        title: {title}
        from: Dr. Rivera
        note: |
          Try these **after** a hard moment, not only when you remember.
        start: {start.isoformat()}
        {f"end: {end.isoformat()}" if end else ""}
        items:
          - exercise: kindness-reframe
            times_per_week: 3
          - exercise: ./letter.yaml
            days: [mon, thu]
          - exercise: checkin
            daily: true
        """
    )


def write_plan(folder: Path, start: date, **kwargs) -> Path:
    write(folder / "letter.yaml", LETTER)
    path = folder / "plan.yaml"
    path.write_text(plan_text(start, **kwargs), encoding="utf-8")
    return path
