"""The bench's sync rows: a first sync of ten years (36,500 entries) to an empty folder,
against `export --format json` of the same home; and one new entry synced through a folder
already holding those ten years from three computers, against `selfkind today`.

Each timed run starts from the state it measures (a fresh copy of the home and an empty
folder; one new entry saved), made outside the timing."""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
from collections.abc import Callable
from pathlib import Path

TEN_YEARS = 36_500
OTHERS = ("aaaaaaaaaaaaaaa1", "aaaaaaaaaaaaaaa2")  # two more computers' ids
FILES_EACH = 12  # change files each of them wrote over the years

Run = Callable[[list[str], dict[str, str]], tuple[float, float]]


def sync_rows(
    folder: Path, selfkind: str, runs: int, home: Path, run_once: Run, env_for
) -> dict[str, tuple[float, float]]:
    """Median seconds and peak MB of: the first sync, the export, the incremental sync."""
    first = _timed(runs, lambda: _fresh(folder, home), selfkind, env_for, run_once, "first")
    out = folder / "sync-bench-export.json"
    export = _timed(
        runs,
        lambda: folder / "sync-first",
        selfkind,
        env_for,
        run_once,
        "export",
        ["export", "--format", "json", "--out", str(out)],
    )
    later = _incremental_home(folder, home, selfkind, env_for)
    incremental = _timed(
        runs,
        lambda: _one_more(later, selfkind, env_for),
        selfkind,
        env_for,
        run_once,
        "incremental",
    )
    return {"sync_first": first, "export_ten_years": export, "sync_incremental": incremental}


def _timed(runs, prepare, selfkind, env_for, run_once, what, args=None):  # type: ignore[no-untyped-def]
    taken = []
    for _ in range(runs + 1):  # the first is a warm-up
        home = prepare()
        command = [selfkind, *(args or ["sync", str(home.with_name(home.name + "-folder"))])]
        taken.append(run_once(command, env_for(home)))
    kept = taken[1:]
    return statistics.median(t for t, _ in kept), max(m for _, m in kept)


def _fresh(folder: Path, home: Path) -> Path:
    """A copy of the ten-year home that has never synced, and an empty sync folder."""
    copy = folder / "sync-first"
    shutil.rmtree(copy, ignore_errors=True)
    copy.mkdir(mode=0o700)
    shutil.copy2(home / "selfkind.db", copy / "selfkind.db")
    target = copy.with_name(copy.name + "-folder")
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    return copy


def _incremental_home(folder: Path, home: Path, selfkind: str, env_for) -> Path:  # type: ignore[no-untyped-def]
    """A home that has synced through a folder holding ten years from three computers: its
    own first change file, and two others' files read."""
    later = folder / "sync-incremental"
    shared = later.with_name(later.name + "-folder")
    if (later / "selfkind.db").exists() and shared.is_dir():
        return later
    shutil.rmtree(later, ignore_errors=True)
    shutil.rmtree(shared, ignore_errors=True)
    later.mkdir(mode=0o700)
    shared.mkdir()
    shutil.copy2(home / "selfkind.db", later / "selfkind.db")
    _others(home, shared, selfkind, env_for)
    subprocess.run(
        [selfkind, "sync", str(shared)], env=env_for(later), check=True, capture_output=True
    )
    return later


def _others(home: Path, shared: Path, selfkind: str, env_for) -> None:  # type: ignore[no-untyped-def]
    """Two other computers' change files holding the same ten years between them."""
    listed = subprocess.run(
        [selfkind, "export", "--format", "json"], env=env_for(home), check=True, capture_output=True
    )
    export = json.loads(listed.stdout)
    entries, exercises = export["entries"], export["exercises"]
    per_file = -(-len(entries) // (len(OTHERS) * FILES_EACH))
    chunks = [entries[start : start + per_file] for start in range(0, len(entries), per_file)]
    for number, chunk in enumerate(chunks):
        device, count = OTHERS[number % len(OTHERS)], number // len(OTHERS) + 1
        change = {
            "selfkind-sync": 1,
            "device": device,
            "count": count,
            "made_at": chunk[-1]["completed_at"],
            "lock": None,
            "entries": chunk,
            "deleted": [],
            "exercises": exercises if count == 1 else {},
            "settings": {},
        }
        (shared / f"{device}-{count:06d}.selfkind-sync").write_text(json.dumps(change))


def _one_more(later: Path, selfkind: str, env_for) -> Path:  # type: ignore[no-untyped-def]
    subprocess.run(
        [selfkind, "checkin", "--set", "mood=5", "--set", "note=one more"],
        env=env_for(later),
        check=True,
        capture_output=True,
    )
    return later
