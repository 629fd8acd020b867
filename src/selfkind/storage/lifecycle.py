"""Turning encryption on and off, and keeping one chosen entry readable without the key:
the store's lifecycle of sealed values (how a value is sealed is in sealing.py)."""

from __future__ import annotations

import contextlib
import sqlite3
from typing import TYPE_CHECKING

from selfkind import messages
from selfkind.core.errors import SelfkindError
from selfkind.storage.caseload import open_all as open_caseload
from selfkind.storage.caseload import seal_all as seal_caseload
from selfkind.storage.rows import (
    index_words,
    log_emptied,
    seal_again,
    set_aside,
    set_values,
    write_setting,
)
from selfkind.storage.sealing import READABLE, EntryDamaged, ReadableMark, sealed, stored_values

if TYPE_CHECKING:
    from selfkind.storage.encryption import Cipher
    from selfkind.storage.host import StoreHost

ENCRYPTION = "encryption"  # the setting that holds an encrypted store's lock


class Sealing:
    """Encrypting, decrypting and keeping one entry readable: kept apart from the store's
    reading and writing of entries."""

    # The store's state this lifecycle changes (set by Store.__init__).
    _lock: str | None  # the lock's JSON, None on a store in the clear
    _cipher: Cipher | None  # the key, once the passphrase has opened the lock
    _mark: ReadableMark | None  # the entry kept readable, if any

    def _forget_mark(self: StoreHost, deleted: list[str]) -> None:
        """Inside a transaction deleting entries: the one kept readable is no longer marked."""
        if self._mark is not None and self._mark.entry_id in deleted:
            self.db.execute("DELETE FROM settings WHERE key = ?", (READABLE,))
            self._mark = None

    def encrypt(self: StoreHost, passphrase: str) -> int:
        """Seal every entry's answers and scores under a new passphrase in one transaction, drop
        the search index of their words, and leave no clear copy in the files. Returns how many."""
        from selfkind.storage.encryption import new_lock

        if self.encrypted:
            raise SelfkindError(messages.ALREADY_ENCRYPTED)
        lock, cipher = new_lock(passphrase)
        with self.transaction() as db:
            rows = db.execute("SELECT id, answers, scores FROM entries").fetchall()
            for row in rows:
                set_values(
                    db,
                    row["id"],
                    sealed(row["answers"], row["id"], "answers", cipher),
                    sealed(row["scores"], row["id"], "scores", cipher),
                )
            seal_caseload(db, cipher)
            db.execute("DELETE FROM entry_text")
            db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('delete-all')")
            db.execute("DELETE FROM settings WHERE key = ?", (READABLE,))
            write_setting(db, ENCRYPTION, lock.to_json())
        self._lock, self._cipher, self._mark = lock.to_json(), cipher, None
        self.rewrite_files()
        return len(rows)

    def decrypt(self: StoreHost) -> tuple[int, list[str]]:
        """Store every entry in the clear again (asking for the passphrase), search index
        included, in one transaction. An entry that cannot be opened (damaged) is set aside,
        unchanged (see `m008_set_aside`). Returns how many entries were decrypted, and the ids
        of those set aside."""
        if not self.encrypted:
            raise SelfkindError(messages.NOT_ENCRYPTED)
        cipher = self.unlock()
        assert cipher is not None
        decrypted, aside = 0, []
        with self.transaction() as db:
            open_caseload(db, cipher)
            for row in db.execute("SELECT * FROM entries").fetchall():
                try:
                    entry = self._entry(row)
                except EntryDamaged:
                    set_aside(db, row["id"])
                    aside.append(row["id"])
                    continue
                set_values(db, entry.id, *stored_values(entry, None))
                index_words(db, entry)
                decrypted += 1
            db.execute("DELETE FROM settings WHERE key IN (?, ?)", (ENCRYPTION, READABLE))
        self._lock, self._cipher, self._mark = None, None, None
        return decrypted, aside

    def rewrite_files(self: StoreHost) -> None:
        """Rebuild the database file and empty its write-ahead log, so no page or log frame
        keeps text from before encryption."""
        try:
            self.db.execute("VACUUM")  # needs room for a second copy of the database
        except sqlite3.OperationalError:
            raise SelfkindError(messages.ENCRYPTED_BUT_BUSY) from None
        if not log_emptied(self.db):
            raise SelfkindError(messages.ENCRYPTED_BUT_BUSY)

    def keep_readable(self: StoreHost, entry_id: str) -> None:
        """Store one entry's answers and scores in the clear in an encrypted store (the person's
        safety plan, so help-now can show it without the passphrase), with a mark that names it
        and vouches for its words under the key (see sealing.py). An entry kept readable before
        is sealed again: only one is ever accepted in the clear."""
        cipher = self.unlock()
        if cipher is None:
            return  # a store in the clear keeps every entry readable
        entry = self.get(entry_id)
        answers, scores = stored_values(entry, None)
        mark = ReadableMark.made(entry.id, str(answers), str(scores), cipher)
        with self.transaction() as db:
            before = ReadableMark.from_setting(self.setting(READABLE))
            sealed_again = False
            if before is not None and before.entry_id != entry.id:
                seal_again(db, before.entry_id, cipher)
                sealed_again = True
            set_values(db, entry.id, answers, scores)
            write_setting(db, READABLE, mark.to_setting())
        self._mark = mark
        if sealed_again:  # the older plan's clear words: cleared now if no other window reads
            with contextlib.suppress(SelfkindError):  # else by the next `selfkind encrypt`
                self.rewrite_files()

    def keep_none_readable(self: StoreHost) -> None:
        """Seal again the entry kept readable before, if any: the person chose to keep their
        newest safety plan encrypted, so no older one should stay in the clear."""
        cipher = self.unlock()
        before = ReadableMark.from_setting(self.setting(READABLE))
        if cipher is None or before is None:
            return
        with self.transaction() as db:
            seal_again(db, before.entry_id, cipher)
            db.execute("DELETE FROM settings WHERE key = ?", (READABLE,))
        self._mark = None
        with contextlib.suppress(SelfkindError):  # else cleared by the next `selfkind encrypt`
            self.rewrite_files()
