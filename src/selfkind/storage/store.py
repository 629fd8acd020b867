"""Entries in SQLite: opening the store, and saving, listing, fetching and deleting entries.

Every write is one `transaction()` in WAL mode with full sync (migrations take their own), so
an interrupted process or a second terminal never loses an entry. The database's shape, rows,
search and encryption lifecycle are in storage/; how values are sealed, in sealing.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from selfkind import messages
from selfkind.core.entry import Entry
from selfkind.core.errors import SelfkindError
from selfkind.storage.errors import EncryptionChanged, PassedOver, Passphrase
from selfkind.storage.lifecycle import ENCRYPTION, Sealing
from selfkind.storage.migrations import prepare
from selfkind.storage.paths import PRIVATE_FILE, database_path, ensure_private_dir, refuse_links
from selfkind.storage.rows import (
    EVERY_ENTRY,
    EntryFilter,
    LockMissing,
    StoreBusy,
    busy,
    check_lock,
    delete_rows,
    entry_of_row,
    filtered_sql,
    holds_sealed_values,
    keep_exercise,
    log_emptied,
    plainly,
    write_entry,
    write_setting,
)
from selfkind.storage.sealing import COLUMNS, READABLE, EntryDamaged, ReadableMark, opened
from selfkind.storage.search import Searching
from selfkind.storage.syncing import Syncing

if TYPE_CHECKING:
    from selfkind.storage.encryption import Cipher, Lock

PASSPHRASE_TRIES = 3
BUSY_TIMEOUT_MS = 15_000  # how long a write waits for another window's write to finish


class Store(Searching, Sealing, Syncing):
    """The entries database. Open it with `open_store()`.

    When the store is encrypted, answers and scores are sealed on disk; the key is derived
    from `passphrase()` the first time an entry is read or written, and kept in memory only.
    """

    def __init__(self, db: sqlite3.Connection, passphrase: Passphrase | None) -> None:
        self.db = db
        self._passphrase = passphrase
        self._lock = self.setting(ENCRYPTION)
        self._cipher: Cipher | None = None
        self._mark = ReadableMark.from_setting(self.setting(READABLE)) if self._lock else None
        self.passed_over: dict[str, None] = {}  # ids of damaged entries passed over

    @property
    def encrypted(self) -> bool:
        return self._lock is not None

    def unlock(self) -> Cipher | None:
        """The cipher of an encrypted store (asking for the passphrase the first time), or None.
        Called before the first question, so the passphrase is not asked in the middle.
        Refused if the store holds sealed values but no lock."""
        if self._lock is None:
            if holds_sealed_values(self.db):
                raise self._sealed_without_lock()
            return None
        if self._cipher is None:
            from selfkind.storage.encryption import Lock

            if self._passphrase is None:
                raise SelfkindError(messages.STORE_LOCKED)
            self._cipher = self._try_passphrases(Lock.from_json(self._lock), self._passphrase)
        return self._cipher

    @staticmethod
    def _try_passphrases(lock: Lock, passphrase: Passphrase) -> Cipher:
        """The cipher from the first passphrase that opens the lock, asking up to three times;
        a passphrase given twice (SELFKIND_PASSPHRASE is) is not tried twice."""
        from selfkind.storage.encryption import WrongPassphrase, unlock

        tried: list[str] = []
        while len(tried) < PASSPHRASE_TRIES:
            given = passphrase(again=bool(tried))
            if given in tried:
                break
            tried.append(given)
            if given:
                try:
                    return unlock(lock, given)
                except WrongPassphrase:
                    pass
        raise WrongPassphrase()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the lock up front, so two writers queue instead of
        failing (StoreBusy if another holds it past the busy timeout).

        Refused if encryption was turned on or off since this store was opened, or if the lock
        is unreadable, or missing beside sealed values: nothing is written in the clear into an
        encrypted store (or sealed into a plain one).
        """
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise plainly(error) from None
        try:
            lock = self.setting(ENCRYPTION)
            if lock != self._lock:
                raise EncryptionChanged()
            check_lock(self.db, lock)
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def save(self, entry: Entry, exercise_source: str) -> None:
        """Save an entry (replacing one with the same id) and the exercise text it was made with."""
        cipher = self.unlock()
        with self.transaction() as db:
            keep_exercise(db, entry.exercise_hash, entry.exercise_id, exercise_source)
            write_entry(db, entry, replace=True, cipher=cipher)

    def add_missing(self, entries: Iterable[Entry], sources: dict[str, tuple[str, str]]) -> int:
        """Add entries whose ids are new, with the exercise texts they name, in one transaction;
        entries already here are left as they are. Returns how many were added."""
        added = 0
        cipher = self.unlock()
        with self.transaction() as db:
            for exercise_hash, (exercise_id, source) in sources.items():
                keep_exercise(db, exercise_hash, exercise_id, source)
            for entry in entries:
                keep_exercise(db, entry.exercise_hash, entry.exercise_id, "")
                added += write_entry(db, entry, replace=False, cipher=cipher)
        return added

    def differing(self, entries: Iterable[Entry]) -> int:
        """How many of these entries are here under the same id but differ from them (an
        import keeps the copy here: say so, rather than count it as already here)."""
        differ = 0
        for entry in entries:
            row = self.db.execute("SELECT * FROM entries WHERE id = ?", (entry.id,)).fetchone()
            with contextlib.suppress(EntryDamaged):  # a damaged one is named where it is read
                differ += row is not None and self._entry(row).to_json() != entry.to_json()
        return differ

    def entries(self, which: EntryFilter = EVERY_ENTRY) -> list[Entry]:
        """Entries matching the filter, newest first (damaged ones passed over: `each_entry`)."""
        return list(self.each_entry(which))

    def each_entry(
        self, which: EntryFilter = EVERY_ENTRY, *, oldest_first: bool = False, words: bool = True
    ) -> Iterator[Entry]:
        """Entries matching the filter, newest first (or oldest), read as they are needed.
        Without `words`, answers and scores are left out and no passphrase is needed.

        A damaged entry is passed over and its id kept in `passed_over`: the rest are read,
        and `open_store` names the ones passed over (exit 1) when it closes."""
        if words and self.encrypted:
            self.unlock()  # first, so the entry kept readable is checked with the key too
        selected, params = filtered_sql(which, oldest_first=oldest_first)
        rows = self.db.execute(f"SELECT * FROM entries {selected}", params)
        try:
            for row in rows:
                try:
                    entry = self._entry(row, words=words)
                except EntryDamaged:
                    self.passed_over[row["id"]] = None
                    continue
                yield entry
        finally:
            rows.close()  # an entry that cannot be opened must not leave the read open

    def ids(self, which: EntryFilter = EVERY_ENTRY) -> list[str]:
        """The ids of the entries matching the filter, newest first; needs no passphrase."""
        selected, params = filtered_sql(which, oldest_first=False)
        return [row["id"] for row in self.db.execute(f"SELECT id FROM entries {selected}", params)]

    def get(self, id_or_prefix: str, *, words: bool = True) -> Entry:
        """The entry whose id is, or starts with, the given text; raises if none or several.
        Without `words`, answers and scores are left out and no passphrase is needed."""
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
        return self._entry(rows[0], words=words)

    def delete(self, entry_id: str) -> bool:
        """Delete an entry so that none of its words stay in selfkind's files: its rows are
        overwritten (secure_delete), the search index is rewritten without them, and the log
        is emptied. An encrypted store's passphrase is asked first: a wrong one deletes nothing.

        Returns False if another selfkind kept the log from being emptied now (SQLite empties
        it when the last connection closes)."""
        self.unlock()
        with self.transaction() as db:
            delete_rows(db, [entry_id])
            self._forget_mark([entry_id])
        return log_emptied(self.db)

    def latest_draft(self, exercise_id: str) -> Entry | None:
        """The newest unfinished entry of an exercise, if there is one."""
        row = self.db.execute(
            """SELECT * FROM entries WHERE +exercise_id = ? AND status = 'draft'
               ORDER BY started_at DESC LIMIT 1""",
            (exercise_id,),
        ).fetchone()
        drafts = self._readable([row] if row else [])
        return drafts[0] if drafts else None

    def drafts(self) -> list[Entry]:
        """Unfinished entries, newest first."""
        rows = self.db.execute(
            "SELECT * FROM entries WHERE status = 'draft' ORDER BY started_at DESC"
        )
        return self._readable(rows)

    def _readable(self, rows: Iterable[sqlite3.Row]) -> list[Entry]:
        """The entries of these rows, passing over (and keeping the ids of) damaged ones, so one
        damaged draft does not stand in the way of the home screen or a run."""
        entries = []
        for row in rows:
            try:
                entries.append(self._entry(row))
            except EntryDamaged:
                self.passed_over[row["id"]] = None
        return entries

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
            write_setting(db, key, value)

    def exercise_file(self, exercise_hash: str) -> tuple[str, str] | None:
        """The id and text of the exercise an entry was made with, if they are known."""
        row = self.db.execute(
            "SELECT exercise_id, source FROM exercise_files WHERE hash = ? AND source != ''",
            (exercise_hash,),
        ).fetchone()
        return (row["exercise_id"], row["source"]) if row else None

    def parsed_exercise(self, exercise_hash: str) -> bytes | None:
        """The parsed form kept for a stored exercise, if there is one."""
        row = self.db.execute(
            "SELECT parsed FROM exercise_files WHERE hash = ?", (exercise_hash,)
        ).fetchone()
        return row["parsed"] if row else None

    def keep_parsed_exercise(self, exercise_hash: str, parsed: bytes) -> None:
        """Keep (or replace, after an upgrade) a stored exercise's parsed form, if the database
        takes it at once: it only saves time, so a busy or read-only one goes without."""
        try:
            self.db.execute("PRAGMA busy_timeout = 0")
            with self.transaction() as db:
                db.execute(
                    "UPDATE exercise_files SET parsed = ? WHERE hash = ?",
                    (parsed, exercise_hash),
                )
        except (sqlite3.OperationalError, SelfkindError):  # busy, read-only, or encrypted since
            pass
        finally:
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def _entry(self, row: sqlite3.Row, *, words: bool = True) -> Entry:
        """An entry from its row; EntryDamaged if its answers or scores cannot be read as
        genuine (see `_texts`)."""
        if not words:
            return entry_of_row(row)
        answers, scores = self._texts(row)
        return entry_of_row(row, self._object(row["id"], answers), self._object(row["id"], scores))

    def _texts(self, row: sqlite3.Row, columns: tuple[str, ...] = COLUMNS) -> list[str]:
        """A row's answers and/or scores as JSON text. On a store in the clear they are clear;
        on an encrypted one, sealed and opened where they are, or clear only for the entry
        kept readable. Anything else is damaged: fail closed, never shown as genuine."""
        values = [row[column] for column in columns]
        if self._lock is None:
            if any(isinstance(value, bytes) for value in values):
                raise self._sealed_without_lock()
            if not all(isinstance(value, str) for value in values):
                raise EntryDamaged(row["id"], encrypted=False)
            return values
        if all(isinstance(value, bytes) for value in values):
            cipher = self.unlock()
            assert cipher is not None
            return [
                opened(value, row["id"], column, cipher)
                for value, column in zip(values, columns, strict=True)
            ]
        if all(isinstance(value, str) for value in values) and self._kept_readable(row):
            return values
        raise EntryDamaged(row["id"], encrypted=True)

    def _sealed_without_lock(self) -> SelfkindError:
        """Why a store opened without a lock finds sealed values: another window encrypted it
        since, or its lock is missing."""
        return EncryptionChanged() if self.setting(ENCRYPTION) is not None else LockMissing()

    def _kept_readable(self, row: sqlite3.Row) -> bool:
        """Whether a clear row on an encrypted store is the entry the person chose to keep
        readable: the one the mark names, and, when the passphrase is at hand, the one it
        vouches for. Without it (help-now never asks, and takes only SELFKIND_PASSPHRASE) it
        cannot be checked, and the entry is shown as it is; see sealing.py."""
        mark = self._mark
        if mark is None or mark.entry_id != row["id"]:
            return False
        answers, scores = row["answers"], row["scores"]
        if not (isinstance(answers, str) and isinstance(scores, str)):
            return False
        try:
            cipher = self.unlock()
        except SelfkindError:  # no passphrase at hand, or a wrong one: readable, unchecked
            return True
        assert cipher is not None
        return mark.vouches_for(answers, scores, cipher)

    def _object(self, entry_id: str, text: str) -> dict[str, Any]:
        """A column's JSON text as the object selfkind writes; EntryDamaged if it is not one."""
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if not isinstance(value, dict):
            raise EntryDamaged(entry_id, encrypted=self.encrypted)
        return value


@contextmanager
def open_store(
    path: Path | None = None, *, passphrase: Passphrase | None = None
) -> Iterator[Store]:
    """Open (creating and migrating if needed) the entries database, private to this user.

    `passphrase` is called if the store is encrypted and an entry is read or written."""
    path = path or database_path()
    try:
        ensure_private_dir(path.parent)
        refuse_links(path)  # SQLite would follow a link to a database elsewhere
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_NOFOLLOW, PRIVATE_FILE))
    except OSError as error:
        raise SelfkindError(
            messages.STORE_FAILED.format(path=path, reason=error.strerror)
        ) from None
    try:
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as error:
        raise SelfkindError(messages.STORE_UNREADABLE.format(path=path, reason=error)) from None
    db.row_factory = sqlite3.Row
    try:
        prepare(db, path)
        store = Store(db, passphrase)
        yield store
        if store.passed_over:  # the rest was done: now name what was not
            raise PassedOver(list(store.passed_over))
    except sqlite3.OperationalError as error:
        if busy(error):
            raise StoreBusy(str(error)) from None
        raise SelfkindError(messages.STORE_FAILED.format(path=path, reason=error)) from None
    finally:
        db.close()
