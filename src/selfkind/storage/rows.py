"""Rows of the entries database: writing and reading one entry, its words for search, and
the settings beside them. No transactions are begun here: the store's callers hold them."""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from selfkind import messages
from selfkind.core.entry import Entry, parse_timestamp
from selfkind.core.errors import SelfkindError
from selfkind.storage.sealing import COLUMNS, sealed, stored_values

if TYPE_CHECKING:
    from selfkind.storage.encryption import Cipher


@dataclass(frozen=True)
class EntryFilter:
    """Which entries to list; dates are local calendar dates as YYYY-MM-DD."""

    since: str | None = None
    until: str | None = None
    exercise_id: str | None = None
    limit: int | None = None
    complete_only: bool = False


EVERY_ENTRY = EntryFilter()


class StoreBusy(SelfkindError, sqlite3.OperationalError):
    """Another selfkind held the write lock past the busy timeout.

    Also an sqlite3.OperationalError whose text is SQLite's own, so code that shows a person's
    unsaved words on any database error still does, as before."""

    def __init__(self, reason: str = "database is locked") -> None:
        super().__init__(messages.STORE_BUSY)
        self.args = (reason,)


def searchable_text(answers: dict[str, Any]) -> str:
    """The words of an entry's answers, for search: text, and the options chosen."""
    words: list[str] = []
    for value in answers.values():
        if isinstance(value, str):
            words.append(value)
        elif isinstance(value, list):
            words.extend(map(str, value))
    return "\n".join(words)


class LockMissing(SelfkindError):
    """The store holds sealed values but no lock: nothing can be opened, and nothing is written
    (a new entry would land in the clear beside them)."""

    def __init__(self) -> None:
        super().__init__(messages.LOCK_MISSING)


def keep_exercise(
    db: sqlite3.Connection, exercise_hash: str, exercise_id: str, source: str
) -> None:
    """Keep an exercise's text by its hash. A known text is never replaced; one stored empty
    (an entry arrived without it) is filled in when it arrives."""
    db.execute(
        """INSERT INTO exercise_files (hash, exercise_id, source) VALUES (?, ?, ?)
           ON CONFLICT (hash) DO UPDATE SET source = excluded.source
           WHERE exercise_files.source = '' AND excluded.source != ''""",
        (exercise_hash, exercise_id, source),
    )


def entry_of_row(
    row: sqlite3.Row,
    answers: dict[str, Any] | None = None,
    scores: dict[str, Any] | None = None,
) -> Entry:
    """An entry from its row and its opened answers and scores (None: left out)."""
    return Entry(
        id=row["id"],
        exercise_id=row["exercise_id"],
        exercise_title=row["exercise_title"],
        exercise_hash=row["exercise_hash"],
        started_at=row["started_at"],
        completed_at=row["completed_at"],
        local_date=row["local_date"],
        status=row["status"],
        answers=answers or {},
        scores=scores or {},
        written_at=row["written_at"],
    )


def delete_rows(db: sqlite3.Connection, entry_ids: Iterable[str]) -> None:
    """Delete entries and their searchable words, leaving none of them in the index."""
    indexed = 0
    for entry_id in entry_ids:
        db.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
        indexed += db.execute("DELETE FROM entry_text WHERE entry_id = ?", (entry_id,)).rowcount
    if indexed:
        # FTS5 keeps a deleted row's words in its index (and writes them again, as a note of
        # the deletion) until the segments holding them are merged: merging all of them leaves
        # none. (FTS5's 'secure-delete' option, SQLite 3.42 or later, changes the index's
        # format for good, so older SQLites could no longer open it.)
        db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('optimize')")


def write_setting(db: sqlite3.Connection, key: str, value: str) -> None:
    """Set a setting; an empty value removes it (a draft's pause, once it is answered)."""
    if not value:
        db.execute("DELETE FROM settings WHERE key = ?", (key,))
        return
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))


def set_values(
    db: sqlite3.Connection, entry_id: str, answers: str | bytes, scores: str | bytes
) -> None:
    """Replace an entry's stored answers and scores (encrypting, or decrypting, the store)."""
    db.execute(
        "UPDATE entries SET answers = ?, scores = ? WHERE id = ?", (answers, scores, entry_id)
    )


def write_entry(
    db: sqlite3.Connection, entry: Entry, *, replace: bool, cipher: Cipher | None
) -> bool:
    """Write one entry, and its searchable words unless the store is encrypted; False if
    `replace` is off and it was there."""
    on_conflict = (
        """DO UPDATE SET exercise_id = excluded.exercise_id,
           exercise_title = excluded.exercise_title, exercise_hash = excluded.exercise_hash,
           started_at = excluded.started_at, completed_at = excluded.completed_at,
           local_date = excluded.local_date, status = excluded.status,
           answers = excluded.answers, scores = excluded.scores,
           written_at = excluded.written_at"""
        if replace
        else "DO NOTHING"
    )
    written = db.execute(
        f"""INSERT INTO entries (id, exercise_id, exercise_title, exercise_hash, started_at,
            completed_at, local_date, status, answers, scores, written_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) {on_conflict}""",
        (
            entry.id,
            entry.exercise_id,
            entry.exercise_title,
            entry.exercise_hash,
            entry.started_at,
            entry.completed_at,
            entry.local_date,
            entry.status,
            *stored_values(entry, cipher),
            entry.written_at,
        ),
    ).rowcount
    if written and cipher is None:
        index_words(db, entry)
    return bool(written)


def seal_again(db: sqlite3.Connection, entry_id: str, cipher: Cipher) -> None:
    """Seal an entry's values again if they are stored in the clear (it was kept readable)."""
    row = db.execute("SELECT answers, scores FROM entries WHERE id = ?", (entry_id,)).fetchone()
    if row is None or not all(isinstance(row[column], str) for column in COLUMNS):
        return
    set_values(db, entry_id, *(sealed(row[column], entry_id, column, cipher) for column in COLUMNS))


def set_aside(db: sqlite3.Connection, entry_id: str) -> None:
    """Move an entry, unchanged, out of the entries into the set_aside table."""
    columns = """id, exercise_id, exercise_title, exercise_hash, started_at, completed_at,
                 local_date, status, answers, scores, written_at"""
    db.execute(
        f"""INSERT OR REPLACE INTO set_aside ({columns}, set_aside_at)
            SELECT {columns}, strftime('%Y-%m-%dT%H:%M:%fZ') FROM entries WHERE id = ?""",
        (entry_id,),
    )
    db.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
    db.execute("DELETE FROM entry_text WHERE entry_id = ?", (entry_id,))


def holds_sealed_values(db: sqlite3.Connection) -> bool:
    """Whether any entry's answers are sealed (at once, through `entries_sealed`)."""
    found = db.execute("SELECT EXISTS (SELECT 1 FROM entries WHERE typeof(answers) = 'blob')")
    return bool(found.fetchone()[0])


def check_lock(db: sqlite3.Connection, lock: str | None) -> None:
    """Refuse a write beside sealed values without a lock that can be read, so nothing new
    lands in the clear among them: LockMissing, or the lock's own LOCK_UNREADABLE."""
    if lock is None:
        if holds_sealed_values(db):
            raise LockMissing()
        return
    from selfkind.storage.encryption import Lock

    Lock.from_json(lock)


def log_emptied(db: sqlite3.Connection) -> bool:
    """Copy the write-ahead log into the database and cut it to nothing, so no old page stays
    in it; False if another selfkind reading or writing kept this from finishing in time."""
    try:
        return not db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.OperationalError:
        return False


def busy(error: sqlite3.Error) -> bool:
    """Whether SQLite gave up waiting for another connection's lock."""
    if isinstance(error, StoreBusy):
        return True
    name = getattr(error, "sqlite_errorname", None)
    if name is None:  # Python 3.10 names no code: SQLite's own words for the same two
        return str(error).startswith(("database is locked", "database table is locked"))
    return str(name).startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def plainly(error: sqlite3.OperationalError) -> sqlite3.OperationalError:
    """A database error as selfkind reports it: StoreBusy when another selfkind held the lock."""
    return StoreBusy(str(error)) if busy(error) else error


def search_key(entry_id: str, started_at: str) -> int:
    """A key that sorts by start time: milliseconds since 1970, spread by a hash of the id."""
    started = parse_timestamp(started_at)
    return int(started.timestamp() * 1000) * 4096 + zlib.crc32(entry_id.encode()) % 4096


def index_words(db: sqlite3.Connection, entry: Entry) -> None:
    """Keep an entry's words searchable (the FTS5 triggers follow entry_text)."""
    body = searchable_text(entry.answers)
    known = db.execute("SELECT rowid FROM entry_text WHERE entry_id = ?", (entry.id,)).fetchone()
    if known is not None:
        db.execute("UPDATE entry_text SET body = ? WHERE rowid = ?", (body, known[0]))
        return
    key = search_key(entry.id, entry.started_at)
    while db.execute("SELECT 1 FROM entry_text WHERE rowid = ?", (key,)).fetchone():
        key += 1  # two entries started in the same millisecond with the same spread
    db.execute(
        "INSERT INTO entry_text (rowid, entry_id, body) VALUES (?, ?, ?)", (key, entry.id, body)
    )


def filtered_sql(which: EntryFilter, *, oldest_first: bool) -> tuple[str, list[Any]]:
    """The WHERE, ORDER BY and LIMIT clauses of a filter, and their parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if which.since:
        clauses.append("local_date >= ?")
        params.append(which.since)
    if which.until:
        clauses.append("local_date <= ?")
        params.append(which.until)
    if which.exercise_id:
        clauses.append("exercise_id = ?")
        params.append(which.exercise_id)
    if which.complete_only:
        clauses.append("status = 'complete'")
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    order = "ASC" if oldest_first else "DESC"
    limit = ""
    if which.limit is not None:
        limit = "LIMIT ?"
        params.append(which.limit)
    # With a date window, `+` keeps SQLite on the date index (read the window, then sort it)
    # rather than walking every entry in time order looking for the window's few.
    by = "+started_at" if which.since or which.until else "started_at"
    return f"{where} ORDER BY {by} {order}, id {order} {limit}", params
