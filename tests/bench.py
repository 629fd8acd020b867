"""Speed and memory of selfkind's commands, next to Python's floor, a minimal Typer app and jrnl.

Run `python tests/bench.py` (not collected by pytest: timings flake on shared machines). It
prints markdown tables of median wall time and peak memory over several runs, then the
targets with PASS or MISS. Homes are built once with selfkind's own API and kept under
$SELFKIND_BENCH_DIR (default: the system's temp folder) for later runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from selfkind import __version__
from selfkind.core.entry import COMPLETE, Entry, utc_timestamp
from selfkind.core.exercise import ChoicesStep, ChoiceStep, ConfirmStep, ScaleStep, TextStep
from selfkind.core.runner import run
from selfkind.core.scoring import compute_scores
from selfkind.formats.plan import load_plan
from selfkind.services.catalog import find_exercise, known_exercise
from selfkind.services.install import install
from selfkind.storage.store import open_store

# The reference: what any Typer command costs before it does anything of its own.
REF_APP = '''"""A minimal Typer app, the reference for selfkind's commands that load the CLI framework."""

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer()


@app.command()
def hello(name: str = "you") -> None:
    """Say hello."""
    print(f"Hello {name}")


@app.command()
def table() -> None:
    """Print a three-row table."""
    grid = Table("day", "mood", "note")
    for row in (("Mon", "6", "a walk"), ("Tue", "4", "rain"), ("Wed", "7", "tea with a friend")):
        grid.add_row(*row)
    Console().print(grid)


if __name__ == "__main__":
    app()
'''
JRNL_CONFIG = Path(__file__).with_name("fixtures") / "jrnl" / "jrnl.yaml"  # JOURNAL_PATH filled in
JRNL_ENTRIES = 36_500  # ten a day for ten years
JRNL_WORD = "garden"
PLAN = """\
selfkind-plan: 1
id: bench
title: A plan to benchmark
start: START
items:
  - exercise: checkin
    daily: true
  - exercise: kindness-reframe
    times_per_week: 3
  - exercise: grounding
    days: [mon, thu]
"""
PROMPT_MARK = "\u203a"  # what questionary shows where the answer goes
PASSPHRASE = "a bench passphrase"  # of the encrypted homes
NONE = "–"

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


def add_plan(home: Path) -> None:
    """Install a plan that asks for a daily check-in and two exercises, so `today` has work."""
    os.environ["SELFKIND_HOME"] = str(home)
    path = home.with_name(f"{home.name}-plan.yaml")
    start = date.today() - timedelta(days=365)
    path.write_text(PLAN.replace("START", start.isoformat()), encoding="utf-8")
    install(load_plan(path, known_exercise), path)
    path.unlink()


def home_for(entries: int, folder: Path) -> Path:
    """The cached home of about `entries` entries, built whole first if it is not there."""
    home = folder / f"home-{entries}"
    if not (home / "selfkind.db").exists():
        partial = folder / f"home-{entries}.partial"
        shutil.rmtree(partial, ignore_errors=True)
        started = time.perf_counter()
        build_home(partial, entries)
        shutil.rmtree(home, ignore_errors=True)
        partial.rename(home)
        print(
            f"built a home of {entries:,} entries in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    if not (home / "plans").is_dir():
        add_plan(home)
    return home


def encrypted_home_for(entries: int, folder: Path) -> Path:
    """A copy of the cached home of about `entries` entries, encrypted with PASSPHRASE (an
    encrypted store keeps no index of its words: its search builds one in memory)."""
    home = folder / f"home-{entries}-encrypted"
    if not (home / "selfkind.db").exists():
        clear = home_for(entries, folder)
        partial = folder / f"home-{entries}-encrypted.partial"
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(mode=0o700)
        shutil.copy2(clear / "selfkind.db", partial / "selfkind.db")
        started = time.perf_counter()
        with open_store(partial / "selfkind.db") as store:
            store.encrypt(PASSPHRASE)
        shutil.rmtree(home, ignore_errors=True)
        partial.rename(home)
        print(
            f"encrypted a home of {entries:,} entries in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    return home


CLIENTS, REPORTS_EACH = 200, 12


def caseload_home_for(folder: Path) -> Path:
    """A therapist's home holding 200 clients' reports, 12 each (one every four weeks, for
    about a year), each as `clinic add` keeps it: built once with selfkind's own API."""
    home = folder / f"home-caseload-{CLIENTS}x{REPORTS_EACH}"
    if (home / "selfkind.db").exists():
        return home
    import json as json_module

    from selfkind.core.caseload import digest_of
    from selfkind.formats.caseload_digest import digest_to_json
    from selfkind.formats.report_file import from_json, to_json
    from selfkind.storage import caseload

    partial = folder / f"{home.name}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    os.environ["SELFKIND_HOME"] = str(partial)
    rng = random.Random(3)
    kept = []
    first = date.today() - timedelta(weeks=4 * REPORTS_EACH)
    first -= timedelta(days=first.weekday())
    for client in range(CLIENTS):
        for number in range(REPORTS_EACH):
            since = first + timedelta(weeks=4 * number)
            report = from_json(_bench_report(rng, f"{client:04x}{number:04x}", since))
            name = f"Client {client:03d}"
            kept.append(
                (
                    report.id,
                    digest_to_json(digest_of(report, name)),
                    json_module.dumps(to_json(report)),
                )
            )
    with open_store() as store:
        caseload.add(store, kept, replacing=[])
    shutil.rmtree(home, ignore_errors=True)
    partial.rename(home)
    return home


def _bench_report(rng: random.Random, report_id: str, since: date) -> dict:
    """A four-week report: a plan of two items, three measures, a check-in most days."""
    until = since + timedelta(days=27)
    days = [since + timedelta(days=n) for n in range(28) if rng.random() < 0.7]
    weeks = [
        {"monday": (since + timedelta(weeks=w)).isoformat(), "asked": 7, "whole": 7,
         "done": rng.randint(2, 7), "so_far": False}
        for w in range(4)
    ]  # fmt: skip
    measures = [
        {"exercise": "checkin", "exercise_title": "Daily check-in", "score": score,
         "label": label, "method": "mean", "range": [0, 10], "bands": [],
         "points": [{"date": d.isoformat(), "value": rng.randint(0, 10), "band": None}
                    for d in days]}
        for score, label in (("mood_rating", "Mood"), ("kindness_rating", "Kindness"))
    ]  # fmt: skip
    measures.append(
        {"exercise": "measure", "exercise_title": "A weekly measure", "score": "total",
         "label": "Total", "method": "sum", "range": [0, 27],
         "bands": [{"label": "low", "up_to": 9}, {"label": "high", "up_to": None}],
         "points": [{"date": (since + timedelta(weeks=w)).isoformat(),
                     "value": rng.randint(0, 27), "band": "low"} for w in range(4)]}
    )  # fmt: skip
    return {
        "selfkind-report": 1, "id": report_id, "made_at": f"{until}T18:00:00.000Z",
        "name": None, "since": since.isoformat(), "until": until.isoformat(),
        "practice": {"days_practised": len(days), "days": 28, "entries": len(days),
                     "last_practised": days[-1].isoformat() if days else None},
        "plans": [{"id": "plan", "title": "A plan", "from": None, "start": "2025-01-06",
                   "end": None, "hash": "0" * 64,
                   "items": [{"exercise": "checkin", "title": "Daily check-in", "daily": True,
                              "days": [], "times_per_week": None, "weeks": weeks}]}],
        "measures": measures, "entries": [], "page": "",
    }  # fmt: skip


def find_selfkind() -> str:
    """The `selfkind` script of the venv running the bench, else the first on PATH."""
    beside = Path(sys.executable).with_name("selfkind")
    if beside.exists():
        return str(beside)
    found = shutil.which("selfkind")
    if found is None:
        raise SystemExit(f"no selfkind script beside {sys.executable} or on PATH")
    print(f"warning: measuring {found}, which may not run {sys.executable}", file=sys.stderr)
    return found


def find_jrnl() -> str | None:
    """$JRNL, else the jrnl 4.6 venv the fixtures use, else `jrnl` on PATH."""
    for candidate in (os.environ.get("JRNL"), "/tmp/jrnl-venv/bin/jrnl", shutil.which("jrnl")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def command_env(home: Path | None = None, **extra: str) -> dict[str, str]:
    """The environment of a measured command: bytecode caching on, 100 columns, its own home."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("PYTHONDONTWRITEBYTECODE", "SELFKIND_HOME", "VISUAL", "EDITOR")
    }
    env.update(COLUMNS="100", **extra)
    if home is not None:
        env["SELFKIND_HOME"] = str(home)
    return env


class Failed(Exception):
    """A measured command exited with an error or never showed what was expected."""


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak resident megabytes of one run of a command."""
    started = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *command],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        encoding="utf-8",
        errors="replace",
        check=False,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise Failed(f"exit {done.returncode}: {done.stderr.strip()[-400:]}")
    return elapsed, int(done.stderr.strip().splitlines()[-1]) / 1024


Job = tuple[list[str], dict[str, str], int]  # command, environment, timed runs


def measure(jobs: dict[str, Job]) -> dict[str, tuple[float, float] | Failed]:
    """Median wall seconds and peak megabytes of each command, after one warm-up run each.

    Runs go round the commands in turn, so a change in the machine's load falls on all alike."""
    times: dict[str, list[tuple[float, float]]] = {key: [] for key in jobs}
    failed: dict[str, Failed] = {}
    for round_number in range(1 + max((runs for _, _, runs in jobs.values()), default=0)):
        for key, (command, env, runs) in jobs.items():
            if key in failed or round_number > runs:
                continue
            try:
                taken = run_once(command, env)
            except Failed as error:
                failed[key] = error
                continue
            if round_number:
                times[key].append(taken)
    results: dict[str, tuple[float, float] | Failed] = dict(failed)
    for key, taken in times.items():
        if key not in failed:
            results[key] = statistics.median(t for t, _ in taken), max(m for _, m in taken)
    return {key: results[key] for key in jobs}


def first_prompt(selfkind: str, home: Path, runs: int) -> float:
    """Median seconds from spawning `selfkind checkin` in a terminal to the mood question's prompt."""
    import pexpect

    env = command_env(home, PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm-256color")
    seconds = []
    for number in range(runs + 1):
        started = time.perf_counter()
        child = pexpect.spawn(
            selfkind, ["checkin"], env=env, dimensions=(40, 100), encoding="utf-8", timeout=30
        )
        try:
            child.expect("mood")
            child.expect(PROMPT_MARK)
            elapsed = time.perf_counter() - started
            child.send("\x03")  # Ctrl-C at the first question saves nothing
            child.expect(pexpect.EOF)
        except pexpect.ExceptionPexpect as error:
            raise Failed(f"no mood prompt; the terminal showed {child.before!r:.400}") from error
        finally:
            child.close(force=True)
        if number:
            seconds.append(elapsed)
    return statistics.median(seconds)


def write_journal(path: Path, entries: int, seed: int = 11) -> None:
    """A plain-text jrnl journal: ten entries a day from 2015, each a title and a few lines."""
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    lines = []
    for number in range(entries):
        day = start + timedelta(days=number // 10)
        hour, minute = 7 + number % 10 + (number % 10 > 4) * 3, rng.randint(0, 59)
        clock = f"{(hour - 1) % 12 + 1:02d}:{minute:02d}:00 {'AM' if hour < 12 else 'PM'}"
        lines.append(f"[{day.isoformat()} {clock}] {sentence(rng)}")
        for _ in range(rng.randint(0, 3)):
            tag = f" @{rng.choice(('work', 'home', 'friend'))}" if rng.random() < 0.2 else ""
            lines.append(sentence(rng) + tag)
        lines.append("")
    partial = path.with_suffix(".partial")
    partial.write_text("\n".join(lines), encoding="utf-8")
    partial.replace(path)


def jrnl_env(folder: Path) -> dict[str, str]:
    """jrnl's environment: a throwaway HOME and XDG folders, a fixed locale and time zone."""
    home = folder / "jrnl-home"
    return command_env(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        LC_ALL="C.UTF-8",
        TZ="UTC",
    )


def jrnl_home(jrnl: str, selfkind: str, folder: Path) -> Path:
    """Write the jrnl journal and config, and a selfkind home of the same entries (cached).

    The entries reach selfkind the way a person would move them: `jrnl --export json`, then
    `selfkind import`."""
    journal = folder / f"jrnl-{JRNL_ENTRIES}.txt"
    if not journal.exists():
        write_journal(journal, JRNL_ENTRIES)
    env = jrnl_env(folder)
    config = Path(env["XDG_CONFIG_HOME"]) / "jrnl" / "jrnl.yaml"
    config.parent.mkdir(parents=True, exist_ok=True)
    template = JRNL_CONFIG.read_text(encoding="utf-8")
    config.write_text(template.replace("JOURNAL_PATH", str(journal)), encoding="utf-8")
    home = folder / f"home-jrnl-{JRNL_ENTRIES}"
    if (home / "selfkind.db").exists():
        return home
    started = time.perf_counter()
    exported = folder / f"jrnl-{JRNL_ENTRIES}.json"
    with exported.open("wb") as out:
        done = subprocess.run(
            [jrnl, "--export", "json"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.PIPE,  # jrnl's "36500 entries found" box
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise Failed(f"jrnl --export json exited {done.returncode}: {done.stderr[-400:]}")
    count = len(json.loads(exported.read_bytes())["entries"])
    partial = folder / f"home-jrnl-{JRNL_ENTRIES}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    done = subprocess.run(
        [selfkind, "import", str(exported)],
        env=command_env(partial, LC_ALL="C.UTF-8", TZ="UTC"),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise Failed(f"selfkind import exited {done.returncode}: {done.stderr.strip()[-400:]}")
    shutil.rmtree(home, ignore_errors=True)
    partial.rename(home)
    print(
        f"moved {count:,} jrnl entries into a selfkind home in "
        f"{time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return home


@dataclass
class Row:
    """One line of the table: the command, the home it read, and how it went."""

    label: str
    home: str
    framework: bool  # loads the CLI framework, so the Typer app is its reference
    seconds: float | None = None
    peak: float | None = None


def danger_check(runs: int) -> dict[str, float]:
    """The danger check in this process, in ms: compiling its phrases on first use, and the
    median over the corpus's sentences and over answers of three sentences (one per line
    of three corpus lines joined)."""

    corpus = Path(__file__).parent / "data" / "danger_corpus.tsv"
    rows = [line.split("\t")[2] for line in corpus.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]  # fmt: skip
    first = subprocess.run(
        [sys.executable, "-c", "import time; from selfkind.core.danger import suggests_danger as s; "
         "t = time.perf_counter(); s(['a']); print(time.perf_counter() - t)"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    from selfkind.core.danger import suggests_danger

    def median_ms(answers: list[str]) -> float:
        times = []
        for answer in answers * runs:
            began = time.perf_counter()
            suggests_danger([answer])
            times.append(time.perf_counter() - began)
        return statistics.median(times) * 1000

    threes = [". ".join(rows[n : n + 3]) for n in range(0, len(rows) - 2, 3)]
    return {
        "compile": float(first.stdout) * 1000,
        "sentence": median_ms(rows),
        "answer": median_ms(threes),
    }


def ratio(value: float | None, base: float | None) -> float | None:
    return None if value is None or not base else value / base


def shown(value: float | None, form: str, scale: float = 1) -> str:
    return NONE if value is None else format(value * scale, form)


def target(
    text: str,
    value: float | None,
    unit: str,
    passes: Callable[[float], bool],
    form: str = ".2f",
) -> str:
    """A target line: PASS or MISS, what it asks for, and what was measured."""
    if value is None:
        return f"- SKIP {text}: not measured"
    return f"- {'PASS' if passes(value) else 'MISS'} {text}: {value:{form}}{unit}"


def command_rows(
    args: argparse.Namespace, runs: int, folder: Path, selfkind: str
) -> dict[str, Row]:
    """The floor, the Typer app and selfkind's commands, each measured (the key names it)."""
    python = sys.executable
    big = home_for(args.entries, folder)
    year = home_for(3_650, folder)
    sealed, sealed_big = (
        encrypted_home_for(10_000, folder),
        encrypted_home_for(args.entries, folder),
    )
    therapist = caseload_home_for(folder)
    empty = folder / "home-empty"  # no check-in today and no draft: checkin asks at once
    shutil.rmtree(empty, ignore_errors=True)
    empty.mkdir()
    reference = folder / "ref_app.py"
    reference.write_text(REF_APP, encoding="utf-8")
    many, one_year = f"{args.entries:,}", "1 year (3,650)"
    summary = [selfkind, "summary", "--days", "28"]
    commands: list[tuple[str, Row, list[str], Path | None, int]] = [
        ("floor", Row("`python -c pass`", NONE, False), [python, "-c", "pass"], None, runs),
        (
            "typer",
            Row("typer app (`ref_app.py table`)", NONE, True),
            [python, str(reference), "table"],
            None,
            runs,
        ),
        (
            "questionary",  # the floor for a prompt: the prompt library loaded, nothing asked
            Row("`python -c 'import questionary'`", NONE, False),
            [python, "-c", "import questionary"],
            None,
            runs,
        ),
        ("version", Row("`selfkind --version`", NONE, False), [selfkind, "--version"], empty, runs),
        ("help", Row("`selfkind --help`", NONE, True), [selfkind, "--help"], empty, runs),
        ("nudge", Row("`selfkind nudge`", many, False), [selfkind, "nudge"], big, runs),
        (
            "nudge_es",
            Row("`selfkind nudge`, in Spanish", many, False),
            [selfkind, "nudge"],
            big,
            runs,
        ),
        ("home", Row("`selfkind` (the home screen)", many, True), [selfkind], big, runs),
        ("today", Row("`selfkind today`", many, True), [selfkind, "today"], big, runs),
        (
            "exercises",  # every built-in, grouped: read back parsed after the first run
            Row("`selfkind exercise list`", many, True),
            [selfkind, "exercise", "list"],
            big,
            runs,
        ),
        ("summary_year", Row("`selfkind summary --days 28`", one_year, True), summary, year, runs),
        ("summary_big", Row("`selfkind summary --days 28`", many, True), summary, big, runs),
        (
            "summary_es",  # a language's catalogue and dates are loaded: what that costs
            Row("`selfkind summary --days 28`, in Spanish", many, True),
            summary,
            big,
            runs,
        ),
        (
            "list",
            Row("`selfkind entries list --limit 20`", many, True),
            [selfkind, "entries", "list", "--limit", "20"],
            big,
            runs,
        ),
        (
            "search",
            Row("`selfkind entries search kind`", many, True),
            [selfkind, "entries", "search", "kind"],
            big,
            runs,
        ),
        (
            "search_encrypted_10k",
            Row("`selfkind entries search kind`, encrypted", "10,000", True),
            [selfkind, "entries", "search", "kind"],
            sealed,
            runs,
        ),
        (
            "search_encrypted",
            Row("`selfkind entries search kind`, encrypted", many, True),
            [selfkind, "entries", "search", "kind"],
            sealed_big,
            runs,
        ),
        (
            "clinic_list",
            Row("`selfkind clinic list`", f"{CLIENTS} clients × {REPORTS_EACH} reports", True),
            [selfkind, "clinic", "list"],
            therapist,
            runs,
        ),
        (
            "complete",
            Row("Tab after `selfkind entries show a` (`_SELFKIND_COMPLETE`)", many, False),
            [selfkind],
            big,
            runs,
        ),
    ]
    if not args.quick:
        out = str(folder / "all.json")
        commands.append(
            (
                "export",
                Row("`selfkind export --format json --out FILE`", many, True),
                [selfkind, "export", "--format", "json", "--out", out],
                big,
                min(runs, 3),
            )
        )
    rows = {key: row for key, row, *_ in commands}
    sealed_env = {"SELFKIND_PASSPHRASE": PASSPHRASE}
    tab = {  # what bash sends on a Tab (Click's protocol)
        "_SELFKIND_COMPLETE": "bash_complete",
        "COMP_WORDS": "selfkind entries show a",
        "COMP_CWORD": "3",
    }

    def extra(key: str) -> dict[str, str]:
        if key.endswith("_es"):
            return {"SELFKIND_LANG": "es"}
        return sealed_env if "encrypted" in key else tab if key == "complete" else {}

    measured = measure(
        {
            key: (command, command_env(home, **extra(key)), times)
            for key, _, command, home, times in commands
        }
    )
    for key, result in measured.items():
        row = rows[key]
        if isinstance(result, Failed):
            print(f"{row.label} ({row.home}) failed: {result}", file=sys.stderr)
        else:
            row.seconds, row.peak = result
            print(f"  {row.label} ({row.home}): {row.seconds * 1000:.0f} ms", file=sys.stderr)
    if not args.quick:
        from bench_sync import TEN_YEARS, sync_rows

        ten_years = home_for(TEN_YEARS, folder)
        labels = {
            "sync_first": "`selfkind sync FOLDER`, the first, to an empty folder",
            "export_ten_years": "`selfkind export --format json --out FILE`",
            "sync_incremental": "`selfkind sync` after one new entry, a folder of 3 computers",
        }
        timed = sync_rows(folder, selfkind, runs, ten_years, run_once, command_env)
        for key, (seconds, peak) in timed.items():
            rows[key] = Row(labels[key], "10 years (36,500)", True, seconds, peak)
    row = rows["checkin"] = Row("`selfkind checkin`, time to first prompt", "empty", True)
    try:
        row.seconds = first_prompt(selfkind, empty, runs)
    except ImportError:
        print("checkin skipped: pexpect is not installed (pip install pexpect)", file=sys.stderr)
    except Failed as error:
        print(f"checkin failed: {error}", file=sys.stderr)
    else:
        print(f"  {row.label}: {row.seconds * 1000:.0f} ms", file=sys.stderr)
    return rows


def jrnl_pairs(
    runs: int, folder: Path, selfkind: str
) -> list[tuple[str, float | None, float | None]]:
    """jrnl's median seconds next to selfkind's for the same question, if jrnl is there."""
    jrnl = find_jrnl()
    if jrnl is None:
        print(
            "jrnl not found, so no jrnl comparison: set $JRNL, or run `python3 -m venv "
            "/tmp/jrnl-venv && /tmp/jrnl-venv/bin/pip install jrnl==4.6`",
            file=sys.stderr,
        )
        return []
    try:
        home = jrnl_home(jrnl, selfkind, folder)
    except Failed as error:
        print(f"jrnl comparison skipped: {error}", file=sys.stderr)
        return []
    theirs_env, ours_env = jrnl_env(folder), command_env(home, LC_ALL="C.UTF-8", TZ="UTC")
    questions = (
        (["-n", "7"], ["entries", "list", "--limit", "7"]),
        (["-contains", JRNL_WORD], ["entries", "search", JRNL_WORD]),
    )
    jobs: dict[str, Job] = {}
    for theirs, ours in questions:
        jobs[f"jrnl {' '.join(theirs)}"] = ([jrnl, *theirs], theirs_env, runs)
        jobs[f"selfkind {' '.join(ours)}"] = ([selfkind, *ours], ours_env, runs)
    measured = measure(jobs)
    medians: dict[str, float | None] = {}
    for key, result in measured.items():
        if isinstance(result, Failed):
            print(f"{key} failed: {result}", file=sys.stderr)
        medians[key] = None if isinstance(result, Failed) else result[0]
    pairs = []
    for theirs_key, ours_key in zip(list(jobs)[::2], list(jobs)[1::2], strict=True):
        label = f"`{theirs_key}` vs `{ours_key}`"
        pairs.append((label, medians[theirs_key], medians[ours_key]))
        print(
            f"  {label}: {shown(medians[theirs_key], '.0f', 1000)} "
            f"vs {shown(medians[ours_key], '.0f', 1000)} ms",
            file=sys.stderr,
        )
    return pairs


def report(
    rows: dict[str, Row],
    pairs: list[tuple[str, float | None, float | None]],
    runs: int,
    danger: dict[str, float],
) -> None:
    """The tables in markdown, then the targets."""
    floor, typer = rows["floor"].seconds, rows["typer"].seconds
    print(
        f"selfkind {__version__} · Python {platform.python_version()} · {platform.system()} · "
        f"median of {runs} runs · {date.today()}"
    )
    print()
    print("| command | home | median ms | peak MB | × floor | × typer app |")
    print("|---|---|--:|--:|--:|--:|")
    for row in rows.values():
        versus = shown(ratio(row.seconds, typer), ".2f") if row.framework else ""
        print(
            f"| {row.label} | {row.home} | {shown(row.seconds, '.0f', 1000)} "
            f"| {shown(row.peak, '.1f')} | {shown(ratio(row.seconds, floor), '.2f')} | {versus} |"
        )
    if pairs:
        print()
        print(
            f"The same {JRNL_ENTRIES:,} entries in jrnl's file and in a selfkind home "
            "(made with `jrnl --export json` and `selfkind import`):"
        )
        print()
        print("| command pair | jrnl ms | selfkind ms | faster × |")
        print("|---|--:|--:|--:|")
        for label, theirs, ours in pairs:
            print(
                f"| {label} | {shown(theirs, '.0f', 1000)} | {shown(ours, '.0f', 1000)} "
                f"| {shown(ratio(theirs, ours), '.1f')} |"
            )
    seconds = {key: row.seconds for key, row in rows.items()}
    lines = [
        target("`nudge` ≤ 2.0× floor", ratio(seconds["nudge"], floor), "×", lambda v: v <= 2.0),
        target(
            "`nudge` in Spanish ≤ 2.0× floor",
            ratio(seconds["nudge_es"], floor),
            "×",
            lambda v: v <= 2.0,
        ),
        target("`--version` ≤ 3× floor", ratio(seconds["version"], floor), "×", lambda v: v <= 3),
        target(
            "a completion request (Tab) ≤ 5× floor",
            ratio(seconds["complete"], floor),
            "×",
            lambda v: v <= 5,
        ),
    ]
    lines.append(
        target(
            f"`clinic list` ({rows['clinic_list'].home}) ≤ 1.2× typer app",
            ratio(seconds["clinic_list"], typer),
            "×",
            lambda v: v <= 1.2,
        )
    )
    for key in ("home", "today", "exercises", "summary_big", "summary_es", "list", "search"):
        row = rows[key]
        lines.append(
            target(
                f"{row.label} ({row.home}) ≤ 1.0× typer app",
                ratio(row.seconds, typer),
                "×",
                lambda v: v <= 1.0,
            )
        )
    if "sync_first" in seconds:
        lines.append(
            target(
                "incremental `sync` (a folder of ten years from 3 computers) ≤ 1.5× `today`",
                ratio(seconds["sync_incremental"], seconds["today"]),
                "×",
                lambda v: v <= 1.5,
            )
        )
        lines.append(
            target(
                "first `sync` of 36,500 entries faster than `export --format json` of them",
                ratio(seconds["sync_first"], seconds["export_ten_years"]),
                "×",
                lambda v: v < 1.0,
            )
        )
    lines.append(
        target(
            "`checkin` time to first prompt ≤ 1.2× `import questionary` (the same run)",
            ratio(seconds["checkin"], seconds["questionary"]),
            "×",
            lambda v: v <= 1.2,
        )
    )
    if pairs:
        for label, theirs, ours in pairs:
            lines.append(
                target(f"{label} ≥ 10× faster", ratio(theirs, ours), "×", lambda v: v >= 10)
            )
    else:
        lines.append("- SKIP jrnl comparisons ≥ 10× faster: jrnl not found")
    lines.append(
        target(
            f"`summary --days 28` on {rows['summary_big'].home} ≤ 1.2× on 1 year",
            ratio(seconds["summary_big"], seconds["summary_year"]),
            "×",
            lambda v: v <= 1.2,
        )
    )
    print()
    print(
        f"The danger check (in process): {danger['sentence']:.2f} ms a sentence, "
        f"{danger['answer']:.2f} ms an answer of three sentences (medians over the corpus), "
        f"{danger['compile']:.0f} ms to compile its phrases on first use."
    )
    lines.append(
        target(
            "danger check < 1 ms a typical answer", danger["answer"], " ms", lambda v: v < 1, ".2f"
        )
    )
    print()
    print("Targets:")
    print()
    print("\n".join(lines))


def main() -> None:
    began = time.perf_counter()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, help="timed runs of each command (default 7)")
    parser.add_argument("--entries", type=int, default=100_000, help="entries in the big home")
    parser.add_argument("--quick", action="store_true", help="3 runs and no export")
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 7)
    folder = Path(
        os.environ.get("SELFKIND_BENCH_DIR", Path(tempfile.gettempdir()) / "selfkind-bench")
    )
    folder.mkdir(parents=True, exist_ok=True)
    selfkind = find_selfkind()
    rows = command_rows(args, runs, folder, selfkind)
    pairs = jrnl_pairs(runs, folder, selfkind)
    report(rows, pairs, runs, danger_check(runs))
    print(f"the bench took {time.perf_counter() - began:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
