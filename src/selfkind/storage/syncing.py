"""The store's side of sync: which finished entries changed since the last change file, the
tombstones of deleted ones, the other computers' files already read, and applying what was
read in one transaction. The rules of what wins are in core/sync.py."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from selfkind.storage.rows import delete_rows, keep_exercise, write_entry, write_setting

if TYPE_CHECKING:
    from selfkind.core.entry import Entry
    from selfkind.core.sync import Merge
    from selfkind.storage.host import StoreHost

FOLDER = "sync-folder"  # the folder sync goes through, once named
AUTO = "sync"  # "auto": every command that saves syncs quickly at its end
DEVICE = "sync-device"  # this computer's random id in the sync folder
WRITTEN = "sync-written"  # the last change noted here that a change file holds
CHUNK = 500  # ids asked for at once (SQLite's limit on parameters is 999 on older builds)
Mark = tuple[int, int]  # a file read: its size and modification time (ns)


class Syncing:
    def lock_json(self: StoreHost) -> str | None:
        """An encrypted store's lock (salt, cost and a sealed check; no key), as it is kept."""
        return self._lock

    def device_id(self: StoreHost) -> str:
        """This computer's id in the sync folder, made the first time it is asked for."""
        found = self.setting(DEVICE)
        if found:
            return found
        with self.transaction() as db:
            found = self.setting(DEVICE) or secrets.token_hex(8)
            write_setting(db, DEVICE, found)
        return found

    def changed_since(self: StoreHost, after: int) -> tuple[list[str], int]:
        """The ids of finished entries saved or deleted after change `after`, each once, and
        the last change's number."""
        rows = self.db.execute(
            "SELECT seq, entry_id FROM sync_changes WHERE seq > ? ORDER BY seq", (after,)
        ).fetchall()
        ids = list(dict.fromkeys(row["entry_id"] for row in rows))
        return ids, rows[-1]["seq"] if rows else after

    def last_change(self: StoreHost) -> int:
        row = self.db.execute("SELECT max(seq) AS seq FROM sync_changes").fetchone()
        return row["seq"] or 0

    def complete_entries(self: StoreHost, ids: Iterable[str]) -> dict[str, Entry]:
        """These finished entries, by id (those not here, or not finished, left out)."""
        found: dict[str, Entry] = {}
        wanted = list(ids)
        for start in range(0, len(wanted), CHUNK):
            part = wanted[start : start + CHUNK]
            marks = ", ".join("?" * len(part))
            for row in self.db.execute(
                f"SELECT * FROM entries WHERE status = 'complete' AND id IN ({marks})", part
            ):
                found[row["id"]] = self._entry(row)
        return found

    def tombstones(self: StoreHost, ids: Iterable[str] | None = None) -> dict[str, str]:
        """Deleted entries' ids and when: these, or every one."""
        rows = self.db.execute("SELECT entry_id, deleted_at FROM sync_tombstones").fetchall()
        wanted = None if ids is None else set(ids)
        return {
            row["entry_id"]: row["deleted_at"]
            for row in rows
            if wanted is None or row["entry_id"] in wanted
        }

    def forget_tombstones(self: StoreHost, ids: Iterable[str]) -> None:
        """Entries brought back (an import of a backup, before any sync): no longer deleted."""
        with self.transaction() as db:
            db.executemany("DELETE FROM sync_tombstones WHERE entry_id = ?", [(i,) for i in ids])

    def files_read(self: StoreHost) -> dict[str, Mark]:
        rows = self.db.execute("SELECT name, size, mtime FROM sync_read")
        return {row["name"]: (row["size"], row["mtime"]) for row in rows}

    def note_written(self: StoreHost, change: int) -> None:
        with self.transaction() as db:
            write_setting(db, WRITTEN, str(change))

    def apply_sync(
        self: StoreHost,
        merged: Merge,
        sources: Mapping[str, tuple[str, str]],
        read: Mapping[str, Mark],
        settings: Mapping[str, str],
    ) -> None:
        """What other computers changed, in one transaction: all of it or none. The changes
        it makes here are not noted for this computer's next change file (they are in theirs)."""
        cipher = self.unlock()
        with self.transaction() as db:
            before = db.execute("SELECT max(seq) AS seq FROM sync_changes").fetchone()["seq"]
            for exercise_hash, (exercise_id, source) in sources.items():
                keep_exercise(db, exercise_hash, exercise_id, source)
            for entry in [*merged.added, *merged.replaced]:
                keep_exercise(db, entry.exercise_hash, entry.exercise_id, "")
                write_entry(db, entry, replace=True, cipher=cipher)
            delete_rows(db, merged.deleted)
            self._forget_mark(merged.deleted)
            db.executemany(
                "INSERT OR REPLACE INTO sync_tombstones (entry_id, deleted_at) VALUES (?, ?)",
                merged.tombstones.items(),
            )
            db.executemany(
                "INSERT OR REPLACE INTO sync_read (name, size, mtime) VALUES (?, ?, ?)",
                [(name, size, mtime) for name, (size, mtime) in read.items()],
            )
            for key, value in settings.items():
                write_setting(db, key, value)
            db.execute("DELETE FROM sync_changes WHERE seq > ?", (before or 0,))
