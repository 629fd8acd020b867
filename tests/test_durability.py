"""Durability: runs killed at random moments, writers at once, and data selfkind must not touch.

These drive the installed `selfkind` command in real processes, as people (and their
second terminal) do. Random choices come from a fixed seed; what is asserted holds
whatever moment a kill lands on.
"""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from helpers import installed_selfkind, make_entry
from selfkind import messages
from selfkind.core.entry import COMPLETE, Entry
from selfkind.services.catalog import find_exercise
from selfkind.storage.migrations import MIGRATIONS
from selfkind.storage.rows import searchable_text
from selfkind.storage.store import open_store
from selfkind.writers.export import EXPORT_VERSION

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="SIGKILL and POSIX file permissions"
)

SEED = 20261125
CHECKIN = find_exercise("checkin")
SHARED_WORD = "gentle"  # in every check-in note of the kill test, in no imported note


SELFKIND = installed_selfkind()


def environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("SELFKIND_")}
    env.update(SELFKIND_HOME=str(home), COLUMNS="500", NO_COLOR="1")
    return env


def selfkind(
    home: Path, *args: str, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """Run the installed command to the end, with no terminal (nothing is asked)."""
    return subprocess.run(
        [*prefix, SELFKIND, *args],
        env=environment(home),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def flat(text: str) -> str:
    return " ".join(text.split())


def utc(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def check_database(db: Path) -> None:
    """SQLite's own checks: pages, foreign keys, and the search index against its table."""
    with closing(sqlite3.connect(db, isolation_level=None)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        # Raises "database disk image is malformed" if the FTS index and entry_text disagree
        # (rank 1: compare the index with its external content table too).
        raw.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)")
        orphans = raw.execute(
            """SELECT count(*) FROM entry_text t LEFT JOIN entries e ON e.id = t.entry_id
               WHERE e.id IS NULL"""
        ).fetchone()[0]
        unindexed = raw.execute(
            """SELECT count(*) FROM entries e LEFT JOIN entry_text t ON t.entry_id = e.id
               WHERE t.entry_id IS NULL"""
        ).fetchone()[0]
        assert (orphans, unindexed) == (0, 0), "search rows without entries, or entries without"


def stored_entries(db: Path) -> dict[str, Entry]:
    """Every entry, read through the normal store, each checked to be whole and searchable."""
    with open_store(db) as store:
        entries = {entry.id: entry for entry in store.each_entry()}
        for entry in entries.values():
            assert entry.status == COMPLETE and entry.completed_at, entry
            body = store.db.execute(
                "SELECT body FROM entry_text WHERE entry_id = ?", (entry.id,)
            ).fetchone()
            assert body is not None and body[0] == searchable_text(entry.answers), entry
    return entries


# ---------------------------------------------------------------- killed at random moments


@dataclass
class Job:
    """One `selfkind` process of the kill test, what happens to it, and what it printed."""

    number: int
    kind: str  # "checkin" or "import"
    fate: str  # "finish"; "anytime": killed after `delay`; "saving": `delay` after it opens the db
    delay: float = 0.0
    mood: int = 0
    note: str = ""
    batch: list[dict[str, Any]] = field(default_factory=list)
    path: Path | None = None
    returncode: int | None = None
    saving_when_killed: bool = False  # it had the database open when the signal was sent
    stdout: str = ""
    stderr: str = ""

    @property
    def args(self) -> list[str]:
        if self.kind == "import":
            return ["import", str(self.path)]
        return [
            "run",
            "checkin",
            "--set",
            f"mood={self.mood}",
            "--set",
            f"note={self.note}",
            "--json",
        ]

    @property
    def marker(self) -> str:
        return f"kept{self.number:03d}"

    @property
    def killed(self) -> bool:
        return self.returncode == -signal.SIGKILL

    @property
    def reported(self) -> dict[str, Any] | None:
        """The entry the process printed as saved (a check-in), if it printed it whole."""
        if self.kind != "checkin":
            return None
        try:
            return json.loads(self.stdout)
        except json.JSONDecodeError:
            return None


def import_batch(rng: random.Random, number: int, size: int) -> list[dict[str, Any]]:
    """Entries as an export holds them, each one new, with words only this batch has."""
    base = datetime(2025, 1, 1, 7, 30, tzinfo=timezone.utc) + timedelta(days=number)
    batch = []
    for line in range(size):
        started = base + timedelta(minutes=7 * line)
        batch.append(
            {
                "id": f"{rng.getrandbits(128):032x}",
                "exercise": {"id": CHECKIN.id, "title": CHECKIN.title, "hash": CHECKIN.hash},
                "started_at": utc(started),
                "completed_at": utc(started + timedelta(minutes=1)),
                "local_date": started.date().isoformat(),
                "status": COMPLETE,
                "answers": {
                    "mood": line % 11,
                    "note": f"batch{number:03d} line{line:03d} brought over from an older journal",
                },
                "scores": {"mood_rating": line % 11},
            }
        )
    return batch


FIRST_RUNS = 4  # one at a time: creating the database at once is raced in its own test


def kill_test_jobs(rng: random.Random, folder: Path, count: int) -> list[Job]:
    jobs = []
    for number in range(count):
        if number < FIRST_RUNS - 1:  # the first runs create the database: kill them meanwhile
            kind, fate, delay = "checkin", "saving", rng.uniform(0, 0.02)
        elif number == FIRST_RUNS - 1:  # then one is let finish, creating it for the rest
            kind, fate, delay = "checkin", "finish", 0.0
        else:
            kind = "import" if rng.random() < 0.2 else "checkin"
            fate = rng.choices(["finish", "anytime", "saving"], weights=[3, 2, 6])[0]
            window = 0.06 if kind == "import" else 0.008
            delay = rng.uniform(0, 0.7) if fate == "anytime" else rng.uniform(0, window)
        job = Job(number, kind, fate, delay)
        if kind == "import":
            job.batch = import_batch(rng, number, size=150)
            job.path = folder / f"export-{number:03d}.json"
            export = {
                "selfkind_export": EXPORT_VERSION,
                "entries": job.batch,
                "exercises": {CHECKIN.hash: {"id": CHECKIN.id, "source": CHECKIN.source}},
            }
            job.path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        else:
            job.mood = rng.randint(0, 10)
            words = rng.sample(["walk", "tea", "rain", "café", "friend", "rest", "ünïcode ✓"], 3)
            job.note = f"{job.marker} {SHARED_WORD} {' '.join(words)}"
        jobs.append(job)
    return jobs


def holds_open(pid: int, db: Path) -> bool:
    """Whether the process has the database (or its WAL) open: it is reading or saving."""
    fds = Path(f"/proc/{pid}/fd")
    if not fds.is_dir():  # no /proc: the WAL appears when any process opens the database
        return db.with_name(db.name + "-wal").exists()
    targets = {str(db), f"{db}-wal"}
    try:
        names = os.listdir(fds)
    except OSError:
        return False
    for name in names:
        try:
            if os.readlink(fds / name) in targets:
                return True
        except OSError:
            continue
    return False


def perform(job: Job, home: Path, db: Path) -> None:
    process = subprocess.Popen(
        [SELFKIND, *job.args],
        env=environment(home),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    if job.fate != "finish":
        deadline = time.monotonic() + 30
        if job.fate == "saving":
            while (
                process.poll() is None
                and not holds_open(process.pid, db)
                and time.monotonic() < deadline
            ):
                time.sleep(0.0005)
        deadline = time.monotonic() + job.delay
        while process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.0005)
        if process.poll() is None:
            job.saving_when_killed = holds_open(process.pid, db)
            process.send_signal(signal.SIGKILL)
    job.stdout, job.stderr = process.communicate(timeout=60)
    job.returncode = process.returncode


@pytest.mark.slow  # 20 to 30 s
def test_entries_reported_saved_survive_sigkill_at_random_moments(
    home: Path, tmp_path: Path
) -> None:
    """40 check-ins and imports of 150 entries, three at a time; most are killed with SIGKILL,
    at any moment or just after they open the database. Afterwards the database is sound,
    every entry a run printed is there exactly as printed, and nothing is there by halves."""
    rng = random.Random(SEED)
    jobs = kill_test_jobs(rng, tmp_path, count=40)
    db = Path(os.path.realpath(home)) / "selfkind.db"
    for job in jobs[:FIRST_RUNS]:
        perform(job, home, db)
    with ThreadPoolExecutor(max_workers=3) as pool:  # a few at once, as on a busy machine
        list(pool.map(lambda job: perform(job, home, db), jobs[FIRST_RUNS:]))

    killed = [job for job in jobs if job.killed]
    summary = (
        f"{len(jobs)} runs: {len(killed)} killed "
        f"({sum(job.saving_when_killed for job in killed)} with the database open), "
        f"{sum(job.reported is not None for job in jobs)} check-ins reported saved"
    )
    for job in jobs:
        assert "Traceback" not in job.stderr and "locked" not in job.stderr, (job, summary)
        if not job.killed:  # a kill never troubles the runs around or after it
            assert job.returncode == 0, (job, summary)
    assert killed, summary

    check_database(db)
    stored = stored_entries(db)
    accounted: set[str] = set()
    kept_unreported = imports_kept = 0
    with open_store(db) as store:
        for job in jobs:
            if job.kind == "checkin":
                here = [e for e in stored.values() if e.answers.get("note") == job.note]
                assert len(here) <= 1, (job, here)
                if job.reported is not None:
                    assert here, f"run {job.number} reported {job.reported['id']} saved; {summary}"
                    assert here[0].to_json() == job.reported
                if here:
                    entry = here[0]
                    assert entry.exercise_id == CHECKIN.id
                    assert entry.answers == {"mood": job.mood, "note": job.note}
                    found, total = store.search(job.marker, 10)
                    assert [item.entry.id for item in found] == [entry.id] and total == 1
                    accounted.add(entry.id)
                    kept_unreported += job.reported is None
            else:
                ids = {row["id"] for row in job.batch}
                here = ids & stored.keys()
                assert len(here) in (0, len(ids)), f"import {job.number} half-saved: {len(here)}"
                if job.returncode == 0:
                    assert here == ids
                for row in job.batch:
                    if row["id"] in stored:
                        assert stored[row["id"]].to_json() == row
                accounted |= here
                imports_kept += bool(here)
    assert accounted == stored.keys(), "entries no run wrote"
    imports = sum(job.kind == "import" for job in jobs)
    print(
        f"{summary}; {kept_unreported} killed after saving but before reporting; "
        f"{imports_kept} of {imports} imports kept whole, the others not at all"
    )

    # The same, as people and scripts see it through the command.
    listed = selfkind(home, "entries", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    by_id = {item["id"]: item for item in json.loads(listed.stdout)}
    assert by_id.keys() == stored.keys()
    reported = [job.reported for job in jobs if job.reported is not None]
    for item in reported:
        assert by_id[item["id"]] == item
    for item in rng.sample(reported, min(3, len(reported))):
        shown = selfkind(home, "entries", "show", item["id"], "--json")
        assert shown.returncode == 0, shown.stderr
        assert json.loads(shown.stdout) == item
    searched = selfkind(home, "entries", "search", SHARED_WORD, "--limit", "100000", "--json")
    assert searched.returncode == 0, searched.stderr
    checkins = {entry.id for entry in stored.values() if SHARED_WORD in entry.answers["note"]}
    assert {item["id"] for item in json.loads(searched.stdout)} == checkins


# ---------------------------------------------------------------- writers at once


def create_store(db: Path) -> None:
    """The database as the first run leaves it (creating it is raced separately below)."""
    with open_store(db):
        pass


@pytest.mark.slow  # 10 to 20 s
def test_two_terminals_checking_in_at_once_lose_nothing(home: Path) -> None:
    """Two writers start together, 10 check-ins each, each run a process of its own."""
    writers, each = 2, 10
    create_store(home / "selfkind.db")

    def writer(number: int) -> list[tuple[str, subprocess.CompletedProcess[str]]]:
        done = []
        for turn in range(each):
            note = f"writer{number} turn{turn:02d} steady"
            result = selfkind(
                home, "run", "checkin", "--set", f"mood={(number + turn) % 11}",
                "--set", f"note={note}", "--json",
            )  # fmt: skip
            done.append((note, result))
        return done

    with ThreadPoolExecutor(max_workers=writers) as pool:
        runs = [run for done in pool.map(writer, range(writers)) for run in done]

    printed = {}
    for note, result in runs:
        assert result.returncode == 0, result.stderr
        assert "locked" not in result.stderr and "Traceback" not in result.stderr
        entry = json.loads(result.stdout)
        assert entry["answers"]["note"] == note
        printed[entry["id"]] = entry
    assert len(printed) == writers * each
    check_database(home / "selfkind.db")
    listed = selfkind(home, "entries", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert {item["id"]: item for item in json.loads(listed.stdout)} == printed


WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from selfkind.core.entry import COMPLETE, Entry, new_entry_id, now, utc_timestamp
    from selfkind.services.catalog import find_exercise
    from selfkind.storage.store import open_store

    db, number, count, folder = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    checkin = find_exercise("checkin")
    (folder / f"ready-{number}").touch()
    while not (folder / "go").exists():
        time.sleep(0.001)
    saved = 0
    while saved < count:
        with open_store(db) as store:  # reopened now and then: opening and closing race too
            for _ in range(min(20, count - saved)):
                moment = now()
                note = f"writer{number} save{saved:04d} together"
                entry = Entry(
                    id=new_entry_id(), exercise_id=checkin.id, exercise_title=checkin.title,
                    exercise_hash=checkin.hash, started_at=utc_timestamp(moment),
                    completed_at=utc_timestamp(moment), local_date=moment.date().isoformat(),
                    status=COMPLETE, answers={"mood": saved % 11, "note": note},
                    scores={"mood_rating": saved % 11},
                )
                store.save(entry, checkin.source)
                assert store.get(entry.id) == entry
                if saved % 10 == 0:
                    assert [f.entry.id for f in store.search(f"save{saved:04d} writer{number}", 5)[0]] == [entry.id]
                print(entry.id, flush=True)
                saved += 1
    """
)


def test_writers_saving_as_fast_as_they_can_all_keep_every_entry(
    home: Path, tmp_path: Path
) -> None:
    """Three processes save 120 entries each through the store in tight loops, all at once,
    reopening it every 20: the lock is taken in turn, never refused."""
    writers, each = 3, 120
    db = home / "selfkind.db"
    create_store(db)
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(number), str(each), str(tmp_path)],
            env=environment(home),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for number in range(writers)
    ]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not all(
        (tmp_path / f"ready-{number}").exists() for number in range(writers)
    ):
        time.sleep(0.005)
    (tmp_path / "go").touch()
    printed: list[str] = []
    for process in processes:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        assert "locked" not in err
        printed += out.split()
    assert len(printed) == len(set(printed)) == writers * each
    check_database(db)
    stored = stored_entries(db)
    assert stored.keys() == set(printed)
    for number in range(writers):
        notes = sorted(
            e.answers["note"] for e in stored.values() if f"writer{number} " in e.answers["note"]
        )
        assert notes == [f"writer{number} save{n:04d} together" for n in range(each)]


RACER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from selfkind.core.errors import SelfkindError
    from selfkind.storage.store import open_store

    folder, number, rounds = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    for turn in range(rounds):
        while not (folder / f"go-{turn}").exists():
            time.sleep(0.0002)
        try:
            with open_store(folder / f"turn-{turn}" / "selfkind.db") as store:
                store.set_setting(f"racer-{number}", "here")
            print(turn, "ok", flush=True)
        except SelfkindError as error:
            print(turn, error.message, flush=True)
        (folder / f"done-{turn}-{number}").touch()
    """
)


def test_first_runs_in_two_terminals_at_once_both_open_the_new_database(tmp_path: Path) -> None:
    """Four processes open a brand-new database at the same instant, 60 times over."""
    racers, rounds = 4, 60
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(tmp_path), str(number), str(rounds)],
            env=environment(tmp_path / "unused"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for number in range(racers)
    ]
    for turn in range(rounds):
        (tmp_path / f"go-{turn}").touch()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not all(
            (tmp_path / f"done-{turn}-{number}").exists() for number in range(racers)
        ):
            time.sleep(0.001)
    outcomes = []
    for process in processes:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        outcomes += out.splitlines()
    failed = [line for line in outcomes if not line.endswith(" ok")]
    assert len(outcomes) == racers * rounds
    assert not failed, f"{len(failed)} of {len(outcomes)} opens failed, e.g. {failed[0]}"
    for turn in range(rounds):
        check_database(tmp_path / f"turn-{turn}" / "selfkind.db")


# ---------------------------------------------------------------- data that is not ours


def newer_selfkind(db: Path) -> None:
    """A store as a later selfkind leaves it: one more migration than this one knows."""
    with open_store(db) as store:
        kept = make_entry("a" * 32, "2026-11-25", CHECKIN, answers={"mood": 5, "note": "kept"})
        store.save(kept, CHECKIN.source)
    with closing(sqlite3.connect(db, isolation_level=None)) as raw:
        raw.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
        raw.execute("CREATE TABLE from_the_future (x)")


def random_bytes(db: Path) -> None:
    db.write_bytes(random.Random(SEED).randbytes(8192))


def text_file(db: Path) -> None:
    db.write_text("Dear diary,\nnot a database, but mine.\n", encoding="utf-8")


def other_app(user_version: int) -> Callable[[Path], None]:
    def make(db: Path) -> None:
        with closing(sqlite3.connect(db, isolation_level=None)) as raw:
            raw.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
            raw.execute("INSERT INTO notes (body) VALUES ('another program''s data')")
            if user_version:
                raw.execute(f"PRAGMA user_version = {user_version}")

    return make


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


READ = (("entries", "list"),)
READ_AND_WRITE = (*READ, ("run", "checkin", "--set", "mood=5", "--set", "note=hello", "--json"))


@pytest.mark.parametrize(
    ("make", "expected", "commands"),
    [
        pytest.param(newer_selfkind, messages.NEWER_DATABASE, READ_AND_WRITE, id="newer-selfkind"),
        pytest.param(random_bytes, messages.NOT_A_DATABASE, READ, id="random-bytes"),
        pytest.param(text_file, messages.NOT_A_DATABASE, READ, id="text-file"),
        pytest.param(other_app(0), messages.NOT_A_DATABASE, READ_AND_WRITE, id="other-sqlite-app"),
        pytest.param(
            other_app(2),
            messages.NOT_A_DATABASE,
            READ_AND_WRITE,
            id="other-sqlite-app-with-user-version",
        ),
        pytest.param(
            other_app(len(MIGRATIONS)),
            messages.NOT_A_DATABASE,
            READ,
            id="other-sqlite-app-with-our-user-version",
        ),
    ],
)
def test_data_that_is_not_ours_is_refused_and_left_unchanged(
    home: Path, make: Callable[[Path], None], expected: str, commands: tuple[tuple[str, ...], ...]
) -> None:
    home.mkdir(mode=0o700)
    db = home / "selfkind.db"
    make(db)
    for path in home.iterdir():
        path.chmod(0o600)  # private, as selfkind keeps its files: nothing for it to repair
    before = folder_bytes(home)
    for command in commands:
        result = selfkind(home, *command)
        assert result.returncode == 1, (command, result.stderr)
        assert flat(result.stderr) == flat(expected.format(path=db)), command
        assert result.stdout == ""
        assert folder_bytes(home) == before, f"{command} changed the folder"


# ---------------------------------------------------------------- a folder we cannot write


def test_data_folder_under_a_regular_file_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file where a folder would go\n", encoding="utf-8")
    cases = [
        # Its parent is a file, so it cannot be made.
        (blocker / "selfkind", errno.ENOTDIR, ("run", "checkin", "--set", "mood=5", "--json")),
        # The data folder itself is a file.
        (blocker, errno.EEXIST, ("entries", "list")),
    ]
    for home, code, command in cases:
        result = selfkind(home, *command)
        assert result.returncode == 1, (home, command, result.stderr)
        expected = messages.STORE_FAILED.format(path=home / "selfkind.db", reason=os.strerror(code))
        assert flat(result.stderr) == flat(expected)
        assert result.stdout == ""
    assert blocker.read_text(encoding="utf-8") == "a file where a folder would go\n"


def without_privileges() -> tuple[str, ...] | None:
    """A command prefix under which file permissions apply (root ignores them), or None."""
    if os.geteuid() != 0:
        return ()
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    # In a new user namespace root keeps its uid but loses the power to override permissions.
    probe = subprocess.run([unshare, "--user", "true"], capture_output=True)
    return (unshare, "--user") if probe.returncode == 0 else None


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    folder.chmod(0o500)
    try:
        yield
    finally:
        folder.chmod(0o700)


@pytest.fixture
def unprivileged() -> tuple[str, ...]:
    prefix = without_privileges()
    if prefix is None:
        pytest.skip("running as root without `unshare --user`: permissions cannot be tested")
    return prefix


def test_read_only_empty_data_folder_is_a_clear_error(
    home: Path, unprivileged: tuple[str, ...]
) -> None:
    home.mkdir(mode=0o700)
    with read_only(home):
        result = selfkind(home, "run", "checkin", "--set", "mood=5", "--json", prefix=unprivileged)
    assert result.returncode == 1, result.stderr
    expected = messages.STORE_FAILED.format(
        path=home / "selfkind.db", reason=os.strerror(errno.EACCES)
    )
    assert flat(result.stderr) == flat(expected)
    assert list(home.iterdir()) == []


def test_read_only_data_folder_with_entries_is_a_clear_error(
    home: Path, unprivileged: tuple[str, ...]
) -> None:
    saved = selfkind(home, "run", "checkin", "--set", "mood=5", "--json")
    assert saved.returncode == 0, saved.stderr
    before = folder_bytes(home)
    db = home / "selfkind.db"
    with read_only(home):
        result = selfkind(home, "entries", "list", prefix=unprivileged)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert flat(messages.NOT_A_DATABASE.format(path=db)) not in flat(result.stderr)
    store_trouble = (messages.STORE_FAILED, messages.STORE_UNREADABLE)
    prefixes = [flat(text.split("{reason}")[0].format(path=db)) for text in store_trouble]
    assert flat(result.stderr).startswith(tuple(prefixes)), result.stderr
    assert folder_bytes(home) == before
