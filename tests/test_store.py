"""Storage: migrations, privacy, refusing what is not ours, and finding entries."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from helpers import make_entry
from selfkind.core.entry import DRAFT
from selfkind.core.errors import SelfkindError
from selfkind.services.catalog import find_exercise
from selfkind.storage.migrations import MIGRATIONS
from selfkind.storage.store import EntryFilter, open_store


def test_new_database_is_private_migrated_and_in_wal_mode(home: Path) -> None:
    with open_store() as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = [row[0] for row in store.db.execute("SELECT name FROM migrations")]
        assert names == [migration.__name__ for migration in MIGRATIONS]
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "selfkind.db").stat().st_mode) == 0o600


def test_too_open_data_folder_is_made_private(home: Path) -> None:
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    with open_store():
        pass
    assert stat.S_IMODE(home.stat().st_mode) == 0o700


def test_save_list_filter_and_order(home: Path) -> None:
    with open_store() as store:
        unicode = {"mood": 5, "note": "ünïcode ✓"}
        store.save(make_entry("a" * 32, "2026-11-01", answers=unicode), "source one")
        store.save(make_entry("b" * 32, "2026-11-03", exercise="kindness-reframe"), "source two")
        store.save(make_entry("c" * 32, "2026-11-05", status=DRAFT), "source one")
        assert [e.id[0] for e in store.entries()] == ["c", "b", "a"]
        assert [e.id[0] for e in store.entries(EntryFilter(since="2026-11-02"))] == ["c", "b"]
        assert [e.id[0] for e in store.entries(EntryFilter(until="2026-11-03"))] == ["b", "a"]
        assert [e.id[0] for e in store.entries(EntryFilter(exercise_id="checkin"))] == ["c", "a"]
        assert [e.id[0] for e in store.entries(EntryFilter(limit=1))] == ["c"]
        assert store.get("a" * 32).answers == unicode
        assert store.exercise_file(find_exercise("checkin").hash) == ("checkin", "source one")


def test_get_by_prefix_ambiguous_and_missing(home: Path) -> None:
    with open_store() as store:
        store.save(make_entry("abc1" + "0" * 28, "2026-11-01"), "s")
        store.save(make_entry("abc2" + "0" * 28, "2026-11-01"), "s")
        assert store.get("abc1").id.startswith("abc1")
        assert store.get("ABC2").id.startswith("abc2")
        with pytest.raises(SelfkindError, match="More than one entry"):
            store.get("abc")
        with pytest.raises(SelfkindError, match="no entry with the id 'zzz'"):
            store.get("zzz")


def test_delete(home: Path) -> None:
    with open_store() as store:
        store.save(make_entry("d" * 32, "2026-11-01"), "s")
        store.delete("d" * 32)
        assert store.entries() == []


def test_a_database_from_a_newer_selfkind_is_refused_untouched(home: Path) -> None:
    with open_store():
        pass
    db = sqlite3.connect(home / "selfkind.db")
    db.execute("PRAGMA user_version = 99")
    db.close()
    before = (home / "selfkind.db").read_bytes()
    with pytest.raises(SelfkindError, match="newer selfkind"), open_store():
        pass
    assert (home / "selfkind.db").read_bytes() == before


@pytest.mark.parametrize("content", [b"not a database at all" * 100, b""])
def test_a_file_that_is_not_a_selfkind_database_is_refused(home: Path, content: bytes) -> None:
    home.mkdir()
    path = home / "selfkind.db"
    if content:
        path.write_bytes(content)
    else:  # a real SQLite database that belongs to something else
        other = sqlite3.connect(path)
        other.execute("CREATE TABLE notes (x)")
        other.commit()
        other.close()
    before = path.read_bytes()
    with pytest.raises(SelfkindError, match="not a selfkind database"), open_store():
        pass
    assert path.read_bytes() == before


def test_unwritable_data_folder_gives_a_clear_error(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SELFKIND_HOME", str(blocker / "home"))
    with pytest.raises(SelfkindError, match="could not read or write"), open_store():
        pass


@pytest.mark.parametrize(
    "which",
    [
        EntryFilter(limit=20),
        EntryFilter(since="2026-01-01", until="2026-02-01"),
        EntryFilter(since="2026-01-01"),  # the home screen's week, and `entries list --since`
        EntryFilter(exercise_id="checkin", limit=5),
    ],
)
def test_every_list_query_uses_an_index(home: Path, which: EntryFilter) -> None:
    with open_store() as store:
        statements: list[str] = []
        store.db.set_trace_callback(statements.append)
        store.entries(which)
        store.db.set_trace_callback(None)
        (query,) = [s for s in statements if s.lstrip().startswith("SELECT")]
        plan = " ".join(str(row[3]) for row in store.db.execute("EXPLAIN QUERY PLAN " + query))
        assert "USING INDEX" in plan, plan
        if which.since or which.until:  # a window of dates is looked up, never walked through
            assert "SEARCH entries USING INDEX entries_by_date" in plan, plan


def plan_of(store, call) -> str:  # type: ignore[no-untyped-def]
    """How SQLite answers the one SELECT on entries that `call(store)` runs."""
    statements: list[str] = []
    store.db.set_trace_callback(statements.append)
    call(store)
    store.db.set_trace_callback(None)
    (query,) = [s for s in statements if s.lstrip().startswith("SELECT") and "entries" in s]
    return " ".join(str(row[3]) for row in store.db.execute("EXPLAIN QUERY PLAN " + query))


@pytest.mark.parametrize(
    ("call", "index"),
    [
        (lambda store: store.drafts(), "entries_drafts"),
        (lambda store: store.latest_draft("checkin"), "entries_drafts"),
        (
            lambda store: store.entries(EntryFilter(since="2026-01-01", until="2026-01-28")),
            "entries_by_date",
        ),
        (
            lambda store: store.ids(EntryFilter(exercise_id="safety-plan", limit=1)),
            "entries_by_exercise",
        ),
    ],
)
def test_queries_the_daily_commands_run_read_only_what_they_need(
    home: Path, call, index: str
) -> None:  # type: ignore[no-untyped-def]
    with open_store() as store:
        plan = plan_of(store, call)
    assert f"INDEX {index}" in plan, plan


def test_the_nudge_reads_one_day_through_the_date_index(home: Path) -> None:
    from selfkind.cli.nudge import TODAYS_CHECKINS

    with open_store() as store:
        rows = store.db.execute("EXPLAIN QUERY PLAN " + TODAYS_CHECKINS, ("2026-11-26", "checkin"))
        plan = " ".join(str(row[3]) for row in rows)
    assert "INDEX entries_by_date (local_date=?)" in plan, plan


def test_a_file_removed_while_permissions_are_checked_is_passed_over(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from selfkind.storage import paths

    with open_store():
        pass
    gone = home / "selfkind.db-journal"  # there when looked for, removed by another selfkind
    gone.write_bytes(b"")
    real_stat = Path.stat

    def removed_meanwhile(self: Path, **kwargs):  # type: ignore[no-untyped-def]
        if self == gone:
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return real_stat(self, **kwargs)

    monkeypatch.setattr(Path, "stat", removed_meanwhile)
    (home / "selfkind.db").chmod(0o644)
    assert paths.repair_permissions() == [home / "selfkind.db"]


def test_what_vanishes_while_a_folder_is_walked_is_passed_over(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another selfkind (a `plan remove`) deletes a plan's folder and a file in plans/ just
    after the repair listed them: both are passed over, and everything else is still repaired."""
    import os
    import shutil

    from selfkind.storage import paths

    with open_store():
        pass
    (home / "exercises").mkdir(mode=0o700)  # private already: only plans/ is walked to repair
    plans = home / "plans"
    for folder in ("kept", "gone"):
        (plans / folder).mkdir(parents=True)
        (plans / folder / "plan.yaml").write_text("selfkind-plan: 1\n")
    (plans / "gone.yaml").write_text("selfkind-plan: 1\n")
    for path in [plans, *plans.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    real_scandir = os.scandir
    listed: list[os.DirEntry] = []  # plans/ as it was first read, before the removal

    class Listing:
        """What was in a folder when it was first read, handed back after it changed."""

        def __init__(self, entries: list[os.DirEntry]) -> None:
            self.entries = iter(entries)

        def __enter__(self) -> Listing:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

        def __iter__(self) -> Listing:
            return self

        def __next__(self) -> os.DirEntry:
            return next(self.entries)

        def close(self) -> None:
            pass

    def listed_then_removed(path=".", *args):  # type: ignore[no-untyped-def]
        """Every read of plans/ lists what was there before the other selfkind removed part."""
        if isinstance(path, int) or os.fspath(path) != str(plans):
            return real_scandir(path, *args)
        if not listed:
            with real_scandir(path) as listing:
                listed.extend(listing)
            shutil.rmtree(plans / "gone")
            (plans / "gone.yaml").unlink()
        return Listing(listed)

    with monkeypatch.context() as patch:
        patch.setattr(os, "scandir", listed_then_removed)
        repaired = paths.repair_permissions()
    assert sorted(entry.name for entry in listed) == ["gone", "gone.yaml", "kept"]  # read
    assert not (plans / "gone").exists() and not (plans / "gone.yaml").exists()  # then removed
    assert sorted(repaired) == [plans, plans / "kept", plans / "kept" / "plan.yaml"]
    for path in [plans, *plans.rglob("*")]:
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600)
