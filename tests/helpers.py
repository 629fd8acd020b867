"""Pieces several test files share: a keyboard for the prompts, entries made on chosen days,
the installed command, and a therapist's plan with its letter."""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput, Output

from selfkind.core.entry import COMPLETE, Entry, utc_timestamp
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
    day: str,
    exercise: str = "checkin",
    *,
    at: str = "08:00",
    minutes: float = 2,
    status: str = COMPLETE,
    answers: dict | None = None,
    scores: dict | None = None,
) -> Entry:
    """An entry of a built-in exercise, started at `at` (UTC) on `day`."""
    known = find_exercise(exercise)
    started = datetime.fromisoformat(f"{day}T{at}:00+00:00")
    finished = started + timedelta(minutes=minutes)
    return Entry(
        id=entry_id,
        exercise_id=known.id,
        exercise_title=known.title,
        exercise_hash=known.hash,
        started_at=utc_timestamp(started),
        completed_at=utc_timestamp(finished) if status == COMPLETE else None,
        local_date=day,
        status=status,
        answers=answers or {},
        scores=scores or {},
    )


def save(*entries: Entry) -> None:
    """Entries of built-in exercises, saved straight into the store."""
    with open_store() as store:
        for entry in entries:
            store.save(entry, find_exercise(entry.exercise_id).source)


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
