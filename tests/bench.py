"""Speed and memory of selfkind's commands on synthetic homes: `python tests/bench.py`.

Not collected by pytest (timings flake on shared machines); it prints a table of
median wall time and peak memory over several runs. Homes are built once and kept
under $SELFKIND_BENCH_DIR (default: the system's temp folder) for later runs.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from selfkind.entry import COMPLETE, Entry, utc_timestamp
from selfkind.exercise.catalog import find_exercise
from selfkind.exercise.model import ChoicesStep, ChoiceStep, ConfirmStep, ScaleStep, TextStep
from selfkind.exercise.scoring import compute_scores
from selfkind.runner import run
from selfkind.store import open_store

WORDS = [
    "kind",
    "gentle",
    "tired",
    "work",
    "deadline",
    "friend",
    "walk",
    "rain",
    "coffee",
    "family",
    "slow",
    "breath",
    "sleep",
    "worried",
    "proud",
    "mistake",
    "learning",
    "garden",
    "tea",
    "music",
    "letter",
    "quiet",
    "hope",
    "morning",
    "evening",
]
EXERCISES = (
    "kindness-reframe",
    "setback-journal",
    "self-compassion-break",
    "grounding",
    "friend-perspective",
)


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 14))).capitalize() + "."


def answers_for(exercise, rng: random.Random) -> dict:
    """Answers a person might give, walked through the runner so conditions are honoured."""
    given = {}
    for step in exercise.answer_steps():
        if isinstance(step, ScaleStep):
            given[step.id] = str(rng.randint(step.min, step.max))
        elif isinstance(step, ChoicesStep):
            given[step.id] = rng.sample(list(step.options), max(1, step.min_selected))
        elif isinstance(step, ChoiceStep):
            given[step.id] = rng.choice(step.options)
        elif isinstance(step, ConfirmStep):
            given[step.id] = rng.choice(("yes", "no"))
        elif isinstance(step, TextStep):
            given[step.id] = " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))[
                : step.max_length
            ]
    return run(exercise, given).answers


def build_home(home: Path, entries: int, seed: int = 7) -> None:
    """A home with about `entries` entries: a daily check-in and several exercises a day."""
    rng = random.Random(seed)
    exercises = {name: find_exercise(name) for name in ("checkin", *EXERCISES)}
    per_day = 10
    days = entries // per_day
    start = date.today() - timedelta(days=days - 1)
    os.environ["SELFKIND_HOME"] = str(home)
    made: list[Entry] = []
    for day_number in range(days):
        day = start + timedelta(days=day_number)
        for slot in range(per_day):
            exercise = exercises["checkin" if slot == 0 else rng.choice(EXERCISES)]
            answers = answers_for(exercise, rng)
            moment = datetime(
                day.year, day.month, day.day, 7 + slot, rng.randint(0, 59), tzinfo=timezone.utc
            )
            made.append(
                Entry(
                    id=f"{rng.getrandbits(128):032x}",
                    exercise_id=exercise.id,
                    exercise_title=exercise.title,
                    exercise_hash=exercise.hash,
                    started_at=utc_timestamp(moment),
                    completed_at=utc_timestamp(moment + timedelta(minutes=exercise.minutes or 3)),
                    local_date=day.isoformat(),
                    status=COMPLETE,
                    answers=answers,
                    scores=compute_scores(exercise, answers),
                )
            )
    with open_store() as store:
        store.add_missing(made, {e.hash: (e.id, e.source) for e in exercises.values()})


def home_for(entries: int, folder: Path) -> Path:
    home = folder / f"home-{entries}"
    if not (home / "selfkind.db").exists():
        shutil.rmtree(home, ignore_errors=True)
        started = time.perf_counter()
        build_home(home, entries)
        print(
            f"built a home of {entries:,} entries in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    return home


def measure(command: list[str], home: Path, runs: int) -> tuple[float, float]:
    """Median wall seconds and peak resident megabytes of a command over `runs` runs."""
    env = dict(os.environ, SELFKIND_HOME=str(home), COLUMNS="100")
    seconds, peaks = [], []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(
            ["/usr/bin/time", "-f", "%M", *command],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        seconds.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed: {done.stderr[-500:]}")
        peaks.append(int(done.stderr.strip().splitlines()[-1]) / 1024)
    return statistics.median(seconds), max(peaks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(
        os.environ.get("SELFKIND_BENCH_DIR", Path(tempfile.gettempdir()) / "selfkind-bench")
    )
    folder.mkdir(parents=True, exist_ok=True)
    selfkind = shutil.which("selfkind") or str(Path(sys.executable).with_name("selfkind"))
    big = home_for(args.entries, folder)
    year = home_for(3_650, folder)
    rows = [
        ("summary --days 28 (1 year)", [selfkind, "summary", "--days", "28"], year, args.runs),
        (
            f"summary --days 28 ({args.entries:,})",
            [selfkind, "summary", "--days", "28"],
            big,
            args.runs,
        ),
        ("entries list --limit 20", [selfkind, "entries", "list", "--limit", "20"], big, args.runs),
        ("entries search kind", [selfkind, "entries", "search", "kind"], big, args.runs),
        (
            "entries search 'garden tea'",
            [selfkind, "entries", "search", "garden tea"],
            big,
            args.runs,
        ),
        (
            "export --format json (all)",
            [selfkind, "export", "--format", "json", "--out", str(folder / "all.json")],
            big,
            1,
        ),
    ]
    print(f"{'command':40} {'median s':>9} {'peak MB':>8}")
    for label, command, home, runs in rows:
        seconds, peak = measure(command, home, runs)
        print(f"{label:40} {seconds:9.3f} {peak:8.1f}")


if __name__ == "__main__":
    main()
