"""Entries in SQLite: connecting, migrations, and saving, listing, fetching and deleting entries.

Every write is one transaction, and the database runs in WAL mode with full
sync, so an interrupted process or a second terminal never loses an entry.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from selfkind import messages
from selfkind.entry import Entry
from selfkind.errors import SelfkindError
from selfkind.paths import PRIVATE_FILE, database_path, ensure_private_dir

Migration = Callable[[sqlite3.Connection], None]


def m001_initial(db: sqlite3.Connection) -> None:
    db.execute(
        """
        CREATE TABLE exercise_files (
            hash TEXT PRIMARY KEY,
            exercise_id TEXT NOT NULL,
            source TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE entries (
            id TEXT PRIMARY KEY,
            exercise_id TEXT NOT NULL,
            exercise_title TEXT NOT NULL,
            exercise_hash TEXT NOT NULL REFERENCES exercise_files(hash),
            started_at TEXT NOT NULL,
            completed_at TEXT,
            local_date TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('complete', 'draft')),
            answers TEXT NOT NULL,
            scores TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX entries_by_start ON entries (started_at)")
    db.execute("CREATE INDEX entries_by_date ON entries (local_date, started_at)")
    db.execute("CREATE INDEX entries_by_exercise ON entries (exercise_id, started_at)")


def m002_settings(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


MIGRATIONS: list[Migration] = [m001_initial, m002_settings]


@dataclass(frozen=True)
class EntryFilter:
    """Which entries to list; dates are local calendar dates as YYYY-MM-DD."""

    since: str | None = None
    until: str | None = None
    exercise_id: str | None = None
    limit: int | None = None


class Store:
    """The entries database. Open it with `open_store()`."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the lock up front, so two writers queue instead of failing."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def save(self, entry: Entry, exercise_source: str) -> None:
        """Save an entry (replacing one with the same id) and the exercise text it was made with."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO exercise_files (hash, exercise_id, source) VALUES (?, ?, ?)",
                (entry.exercise_hash, entry.exercise_id, exercise_source),
            )
            db.execute(
                """INSERT OR REPLACE INTO entries (id, exercise_id, exercise_title, exercise_hash,
                   started_at, completed_at, local_date, status, answers, scores)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    entry.id,
                    entry.exercise_id,
                    entry.exercise_title,
                    entry.exercise_hash,
                    entry.started_at,
                    entry.completed_at,
                    entry.local_date,
                    entry.status,
                    json.dumps(entry.answers, ensure_ascii=False),
                    json.dumps(entry.scores),
                ),
            )

    def list(self, which: EntryFilter = EntryFilter()) -> list[Entry]:
        """Entries matching the filter, newest first."""
        clauses, params = [], []
        if which.since:
            clauses.append("local_date >= ?")
            params.append(which.since)
        if which.until:
            clauses.append("local_date <= ?")
            params.append(which.until)
        if which.exercise_id:
            clauses.append("exercise_id = ?")
            params.append(which.exercise_id)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        limit = ""
        if which.limit is not None:
            limit = "LIMIT ?"
            params.append(which.limit)
        rows = self.db.execute(
            f"SELECT * FROM entries {where} ORDER BY started_at DESC, id DESC {limit}", params
        )
        return [_entry(row) for row in rows]

    def get(self, id_or_prefix: str) -> Entry:
        """The entry whose id is, or starts with, the given text; raises if none or several."""
        prefix = id_or_prefix.strip().lower()
        if not prefix:
            raise SelfkindError(messages.NO_SUCH_ENTRY.format(id=id_or_prefix))
        rows = self.db.execute(
            "SELECT * FROM entries WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
            (prefix, prefix + "~"),
        ).fetchall()
        if not rows:
            raise SelfkindError(messages.NO_SUCH_ENTRY.format(id=id_or_prefix))
        if len(rows) > 1 and rows[0]["id"] != prefix:
            raise SelfkindError(messages.AMBIGUOUS_ENTRY.format(id=id_or_prefix))
        return _entry(rows[0])

    def delete(self, entry_id: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM entries WHERE id = ?", (entry_id,))

    def latest_draft(self, exercise_id: str) -> Entry | None:
        """The newest unfinished entry of an exercise, if there is one."""
        row = self.db.execute(
            """SELECT * FROM entries WHERE exercise_id = ? AND status = 'draft'
               ORDER BY started_at DESC LIMIT 1""",
            (exercise_id,),
        ).fetchone()
        return _entry(row) if row else None

    def drafts(self) -> list[Entry]:
        """Unfinished entries, newest first."""
        rows = self.db.execute(
            "SELECT * FROM entries WHERE status = 'draft' ORDER BY started_at DESC"
        )
        return [_entry(row) for row in rows]

    def first_day(self) -> str | None:
        """The local date of the first finished entry, if there is one."""
        row = self.db.execute(
            "SELECT min(local_date) AS day FROM entries WHERE status = 'complete'"
        ).fetchone()
        return row["day"]

    def setting(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row["value"] if row else None

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))

    def exercise_source(self, exercise_hash: str) -> str | None:
        """The exercise text an entry was made with."""
        row = self.db.execute(
            "SELECT source FROM exercise_files WHERE hash = ?", (exercise_hash,)
        ).fetchone()
        return row["source"] if row else None

    def close(self) -> None:
        self.db.close()


def _entry(row: sqlite3.Row) -> Entry:
    return Entry(
        id=row["id"],
        exercise_id=row["exercise_id"],
        exercise_title=row["exercise_title"],
        exercise_hash=row["exercise_hash"],
        started_at=row["started_at"],
        completed_at=row["completed_at"],
        local_date=row["local_date"],
        status=row["status"],
        answers=json.loads(row["answers"]),
        scores=json.loads(row["scores"]),
    )


@contextmanager
def open_store(path: Path | None = None) -> Iterator[Store]:
    """Open (creating and migrating if needed) the entries database, private to this user."""
    path = path or database_path()
    try:
        ensure_private_dir(path.parent)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE))
    except OSError as error:
        raise SelfkindError(
            messages.STORE_FAILED.format(path=path, reason=error.strerror)
        ) from None
    try:
        db = sqlite3.connect(path, timeout=15, isolation_level=None)
    except sqlite3.Error as error:
        raise SelfkindError(messages.STORE_UNREADABLE.format(path=path, reason=error)) from None
    db.row_factory = sqlite3.Row
    store = Store(db)
    try:
        _prepare(db, path)
        yield store
    except sqlite3.OperationalError as error:
        raise SelfkindError(messages.STORE_FAILED.format(path=path, reason=error)) from None
    finally:
        store.close()


def _prepare(db: sqlite3.Connection, path: Path) -> None:
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError:
        raise SelfkindError(messages.NOT_A_DATABASE.format(path=path)) from None
    if version > len(MIGRATIONS):
        raise SelfkindError(messages.NEWER_DATABASE.format(path=path))
    if version == 0 and _has_foreign_tables(db):
        raise SelfkindError(messages.NOT_A_DATABASE.format(path=path))
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    if version < len(MIGRATIONS):
        _migrate(db)


def _has_foreign_tables(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def _migrate(db: sqlite3.Connection) -> None:
    """Apply the migrations not yet applied, in order, in one transaction."""
    db.execute("BEGIN IMMEDIATE")
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]  # another process may have won
        db.execute(
            "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        for migration in MIGRATIONS[version:]:
            migration(db)
            db.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, datetime('now'))",
                (migration.__name__,),
            )
        db.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
