"""The database's shape, brought up to date by migrations applied in order.

Each migration is frozen: it depends on nothing that may change later (no live helper), so
a database made by any earlier selfkind is brought up to date exactly as it was then.
"""

from __future__ import annotations

import json
import sqlite3
import time
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from selfkind import messages
from selfkind.core.errors import SelfkindError

Migration = Callable[[sqlite3.Connection], None]

# How the full-text index splits words, as `m003_search` made it. Frozen like the migration: an
# encrypted store, which keeps no index, builds one in memory with it to search (see search.py),
# so the two find the same entries by construction. Another tokenizer would need a migration of
# its own, and this one left as it is for m003.
SEARCH_TOKENIZER = "unicode61 remove_diacritics 2"


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


def m003_search(db: sqlite3.Connection) -> None:
    """Full-text search over answers: FTS5 indexing a plain table of each entry's words.

    Each row's key orders it by the time its entry was started (as `rows.search_key` makes
    it; computed here as it was then), so the newest matches come straight from the index,
    however many entries match.
    """
    db.execute(
        """
        CREATE TABLE entry_text (
            rowid INTEGER PRIMARY KEY,
            entry_id TEXT NOT NULL UNIQUE,
            body TEXT NOT NULL
        )"""
    )
    db.execute(
        f"""CREATE VIRTUAL TABLE entries_fts USING fts5(
            body, content = 'entry_text', content_rowid = 'rowid',
            tokenize = '{SEARCH_TOKENIZER}')"""
    )
    # The documented triggers that keep an external-content FTS5 table in step with its table.
    db.execute(
        """CREATE TRIGGER entry_text_added AFTER INSERT ON entry_text BEGIN
             INSERT INTO entries_fts (rowid, body) VALUES (new.rowid, new.body);
           END"""
    )
    db.execute(
        """CREATE TRIGGER entry_text_removed AFTER DELETE ON entry_text BEGIN
             INSERT INTO entries_fts (entries_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
           END"""
    )
    db.execute(
        """CREATE TRIGGER entry_text_changed AFTER UPDATE ON entry_text BEGIN
             INSERT INTO entries_fts (entries_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
             INSERT INTO entries_fts (rowid, body) VALUES (new.rowid, new.body);
           END"""
    )
    # Entries made before search get their words indexed, as words and keys were made then.
    for entry_id, started_at, answers in db.execute(
        "SELECT id, started_at, answers FROM entries"
    ).fetchall():
        words: list[str] = []
        for value in json.loads(answers).values():
            if isinstance(value, str):
                words.append(value)
            elif isinstance(value, list):
                words.extend(str(item) for item in value)
        started = datetime.fromisoformat(started_at.replace("Z", "+00:00"))
        key = int(started.timestamp() * 1000) * 4096 + zlib.crc32(entry_id.encode()) % 4096
        while db.execute("SELECT 1 FROM entry_text WHERE rowid = ?", (key,)).fetchone():
            key += 1
        db.execute(
            "INSERT INTO entry_text (rowid, entry_id, body) VALUES (?, ?, ?)",
            (key, entry_id, "\n".join(words)),
        )


def m004_draft_index(db: sqlite3.Connection) -> None:
    """Unfinished entries are few, and the home screen and every run look for them: a small
    index of drafts only, so finding them does not read ten years of finished entries."""
    db.execute("CREATE INDEX entries_drafts ON entries (started_at) WHERE status = 'draft'")


def m005_parsed_exercises(db: sqlite3.Connection) -> None:
    """Room to keep each stored exercise parsed (see `exercise.parsed`)."""
    db.execute("ALTER TABLE exercise_files ADD COLUMN parsed BLOB")


def m006_written_at(db: sqlite3.Connection) -> None:
    """When an entry recorded later for an earlier day was really written (UTC); NULL for
    one written on its day."""
    db.execute("ALTER TABLE entries ADD COLUMN written_at TEXT")


def m007_sealed_index(db: sqlite3.Connection) -> None:
    """An index of the entries whose answers are sealed, so a write can check at once that it
    is not about to land in the clear beside them (see `_check_lock`). It holds nothing on a
    store in the clear; which column it names does not matter."""
    db.execute("CREATE INDEX entries_sealed ON entries (status) WHERE typeof(answers) = 'blob'")


def m008_set_aside(db: sqlite3.Connection) -> None:
    """Where `decrypt` keeps, unchanged, entries it could not open: out of the entries (once
    the store is clear they could not be told from genuine ones), never destroyed."""
    db.execute(
        """
        CREATE TABLE set_aside (
            id TEXT PRIMARY KEY,
            exercise_id TEXT NOT NULL,
            exercise_title TEXT NOT NULL,
            exercise_hash TEXT NOT NULL,
            started_at TEXT NOT NULL,
            completed_at TEXT,
            local_date TEXT NOT NULL,
            status TEXT NOT NULL,
            answers,
            scores,
            written_at TEXT,
            set_aside_at TEXT NOT NULL
        )"""
    )


def m009_caseload(db: sqlite3.Connection) -> None:
    """A therapist's caseload: each report a client shared, kept whole, with a digest to list
    it by. Both are JSON text, sealed like answers when the store is encrypted."""
    db.execute(
        """
        CREATE TABLE caseload (
            id TEXT PRIMARY KEY,
            added_at TEXT NOT NULL,
            digest NOT NULL,
            report NOT NULL
        )"""
    )


def m010_sync(db: sqlite3.Connection) -> None:
    """What `sync` needs to write only what changed: every save or deletion of a finished
    entry noted in order (by triggers, so no code path can forget), deletions kept as
    tombstones so an older copy from another computer never brings an entry back, and the
    other computers' change files already read."""
    db.execute(
        "CREATE TABLE sync_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, entry_id TEXT NOT NULL)"
    )
    db.execute("CREATE TABLE sync_tombstones (entry_id TEXT PRIMARY KEY, deleted_at TEXT NOT NULL)")
    db.execute(
        "CREATE TABLE sync_read (name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL)"
    )
    for event, row in (("INSERT", "new"), ("UPDATE", "new")):
        db.execute(
            f"""CREATE TRIGGER sync_on_{event.lower()} AFTER {event} ON entries
                WHEN {row}.status = 'complete'
                BEGIN INSERT INTO sync_changes (entry_id) VALUES ({row}.id); END"""
        )
    db.execute(
        """CREATE TRIGGER sync_on_delete AFTER DELETE ON entries WHEN old.status = 'complete'
           BEGIN
             INSERT OR REPLACE INTO sync_tombstones (entry_id, deleted_at)
               VALUES (old.id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
             INSERT INTO sync_changes (entry_id) VALUES (old.id);
           END"""
    )


MIGRATIONS: list[Migration] = [
    m001_initial,
    m002_settings,
    m003_search,
    m004_draft_index,
    m005_parsed_exercises,
    m006_written_at,
    m007_sealed_index,
    m008_set_aside,
    m009_caseload,
    m010_sync,
]


def prepare(db: sqlite3.Connection, path: Path) -> None:
    """Check the file is a selfkind database this version can read, then bring it up to date.

    Nothing is changed in a file that is not ours or is from a newer selfkind.
    """
    try:  # one snapshot: another first run may be creating the tables right now
        version, names = db.execute(
            """SELECT (SELECT user_version FROM pragma_user_version),
                      (SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'table')"""
        ).fetchone()
        tables = set((names or "").split())
    except sqlite3.DatabaseError as error:
        name = getattr(error, "sqlite_errorname", None)  # None on Python 3.10: read its words
        if name == "SQLITE_NOTADB" or (name is None and str(error) == "file is not a database"):
            raise SelfkindError(messages.NOT_A_DATABASE.format(path=path)) from None
        raise SelfkindError(messages.STORE_FAILED.format(path=path, reason=error)) from None
    if version > len(MIGRATIONS):
        raise SelfkindError(messages.NEWER_DATABASE.format(path=path))
    ours = "migrations" in tables if version else not tables
    if not ours:
        raise SelfkindError(messages.NOT_A_DATABASE.format(path=path))
    use_wal(db)
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA secure_delete = ON")  # a deleted entry's words are overwritten, not left
    db.execute("PRAGMA foreign_keys = ON")
    if version < len(MIGRATIONS):
        migrate(db)


def use_wal(db: sqlite3.Connection, patience: float = 15.0) -> None:
    """Switch to WAL mode. Two first runs at once can find the file locked, and SQLite's busy
    timeout does not cover this switch, so wait and try again."""
    waited = 0.0
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or waited >= patience:
                raise
            time.sleep(0.05)
            waited += 0.05


def migrate(db: sqlite3.Connection) -> None:
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
