"""`selfkind sync`: this computer's changes written to the sync folder as a file of its own,
then every other computer's files read and merged, as `import` would, in one transaction.

Never edits, renames or deletes another computer's file, so a sync engine carrying the
folder never sees two computers write the same file."""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from selfkind import messages
from selfkind.core.entry import utc_timestamp
from selfkind.core.errors import SelfkindError, UsageError
from selfkind.formats.sync_file import (
    NAME,
    SENT_SETTING,
    SET_AT,
    TRAVELLING,
    ChangeFile,
    file_name,
    sealed_context,
)
from selfkind.services.sync_read import SyncResult
from selfkind.storage.syncing import AUTO, FOLDER

if TYPE_CHECKING:
    from selfkind.core.entry import Entry
    from selfkind.storage.encryption import Cipher
    from selfkind.storage.errors import Passphrase
    from selfkind.storage.store import Store

COUNT = "sync-count"  # this computer's last change file's number
SENT = "sync-sent-exercises"  # exercise texts already in this computer's change files
WRITTEN_LOCK = "sync-written-lock"  # the store's lock when its change files were written
WARNED = "sync-warned-clear"  # told once that the folder holds readable words
QUICK_BYTES = 256 * 1024  # more new bytes than this from other computers: left for `sync`


def sync_folder(given: Path | None, store: Store) -> Path:
    """The folder named, remembered the first time; else the one remembered."""
    from selfkind.storage.paths import data_dir

    if given is None:
        remembered = store.setting(FOLDER)
        if not remembered:
            raise UsageError(messages.SYNC_NO_FOLDER)
        given = Path(remembered)
    folder = given.expanduser().absolute()
    if not folder.is_dir():
        raise SelfkindError(messages.SYNC_FOLDER_MISSING.format(folder=folder))
    home, where = data_dir().resolve(), folder.resolve()
    if where == home or home in where.parents:
        raise UsageError(messages.SYNC_FOLDER_INSIDE.format(folder=folder))
    if store.setting(FOLDER) != str(folder):
        from selfkind.storage.rows import write_setting

        with store.transaction() as db:
            write_setting(db, FOLDER, str(folder))
    return folder


def sync(given: Path | None, store: Store, passphrase: Passphrase | None) -> SyncResult:
    """Write this computer's changes, then read the others'."""
    from selfkind.services.sync_read import read_others

    folder = sync_folder(given, store)
    result = SyncResult(folder)
    cipher = store.unlock()
    result.written = write_changes(store, folder, cipher)
    read_others(store, folder, cipher, passphrase, result)
    # A deletion, here or read, takes the entry's words out of this computer's own files.
    fold_own(store, folder, force=bool(result.merged.deleted) or _deleted_since(store))
    if cipher is None and store.setting(WARNED) is None:
        from selfkind.storage.rows import write_setting

        result.readable_warning = True
        with store.transaction() as db:
            write_setting(db, WARNED, "yes")
    return result


def write_changes(store: Store, folder: Path, cipher: Cipher | None) -> int:
    """This computer's finished entries and deletions since its last change file, as a new
    one; how many it holds (none: no file)."""
    from selfkind.storage.syncing import WRITTEN

    device = store.device_id()
    written = store.setting(WRITTEN)
    lock = store.lock_json() or "clear"  # a setting is never empty
    restated = written is not None and store.setting(WRITTEN_LOCK) != lock
    if restated:  # encrypted, decrypted or a new passphrase: everything again, sealed anew
        written = None
    last, entries, some, deleted = _pending(store, written)
    settings = _travelling(store, written is None)
    from selfkind.services.sync_files import SENT_FILES, files_to_send

    files, digests = files_to_send(store, written is None)
    if not some and not deleted and not settings and not files:
        if written is None:  # a first sync with nothing yet: from here on, only changes
            store.note_written(last)
            store.set_setting(WRITTEN_LOCK, lock)
        return 0
    count = _next_count(store, folder, device)
    change = ChangeFile(
        device,
        count,
        utc_timestamp(datetime.now(timezone.utc)),
        deleted=deleted,
        settings=settings,
        lock=store.lock_json() if cipher is not None else None,
        files=files,
    )
    written_entries = _write_file(store, folder, change, entries, cipher)
    from selfkind.storage.rows import write_setting

    with store.transaction() as db:
        write_setting(db, COUNT, str(count))
        write_setting(db, WRITTEN, str(last))
        for key, value in settings.items():
            write_setting(db, SENT_SETTING.format(key=key), value["set_at"])
        write_setting(db, SENT_FILES, json.dumps(digests))
        write_setting(db, WRITTEN_LOCK, lock)
        if change.exercises:  # noted only once the file holding them is written
            sent = set(json.loads(store.setting(SENT) or "[]")) | set(change.exercises)
            write_setting(db, SENT, json.dumps(sorted(sent)))
    if restated:  # its older files are sealed another way (or not at all): this one has all
        _remove_own(folder, device, before=count)
    changed = written_entries + len(deleted) + len(settings)
    return changed + sum(len(named) for named in files.values())


def _write_file(
    store: Store, folder: Path, change: ChangeFile, entries: Iterable[Entry], cipher: Cipher | None
) -> int:
    """The change file, whole or not at all; how many entries it holds."""
    from selfkind.storage.atomic import atomic_write

    hashes: set[str] = set()

    def each_entry() -> Iterator[dict[str, Any]]:
        for entry in entries:
            hashes.add(entry.exercise_hash)
            yield _entry_json(entry, cipher)

    try:
        with atomic_write(
            folder / file_name(change.device, change.count), text=True, once=True
        ) as out:
            return change.write(out, each_entry(), lambda: _exercise_texts(store, hashes))
    except OSError as error:
        raise SelfkindError(
            messages.SYNC_WRITE_FAILED.format(folder=folder, reason=error.strerror)
        ) from None


def _pending(
    store: Store, written: str | None
) -> tuple[int, Iterable[Entry], bool, dict[str, str]]:
    """The last change noted, the finished entries to write (and whether there are any),
    and the deletions: since change `written`, or everything there is (a first sync: read
    one at a time, as they are written)."""
    if written is None:
        from selfkind.storage.rows import EntryFilter

        every = EntryFilter(complete_only=True)
        some = bool(store.ids(EntryFilter(complete_only=True, limit=1)))
        return store.last_change(), store.each_entry(every), some, store.tombstones()
    ids, last = store.changed_since(int(written))
    entries = store.complete_entries(ids)
    gone = store.tombstones(entry_id for entry_id in ids if entry_id not in entries)
    return last, list(entries.values()), bool(entries), gone


def _own_files(folder: Path, device: str) -> list[tuple[int, Path]]:
    """This computer's own change files in the folder, by their number."""
    with os.scandir(folder) as found:
        return sorted(
            (int(named["count"]), Path(item.path))
            for item in found
            if (named := NAME.fullmatch(item.name)) and named["device"] == device
        )


def _remove_own(folder: Path, device: str, before: int) -> None:
    """Remove this computer's own change files numbered below `before` (never another's)."""
    for count, path in _own_files(folder, device):
        if count < before:
            path.unlink(missing_ok=True)


def _entry_json(entry: Entry, cipher: Cipher | None) -> dict[str, Any]:
    data = entry.to_json()
    if cipher is not None:  # the words go sealed: a folder in someone's cloud holds none
        words = json.dumps({"answers": data.pop("answers"), "scores": data.pop("scores")})
        data["sealed"] = base64.b64encode(cipher.seal(words, sealed_context(entry.id))).decode()
    return data


def _exercise_texts(store: Store, hashes: set[str]) -> dict[str, dict[str, str]]:
    """The texts of exercises this computer has not put in a change file before."""
    sent = set(json.loads(store.setting(SENT) or "[]"))
    texts = {}
    for exercise_hash in sorted(hashes - sent):
        found = store.exercise_file(exercise_hash)
        if found is not None and found[1]:
            texts[exercise_hash] = {"id": found[0], "source": found[1]}
    return texts


def _travelling(store: Store, first: bool) -> dict[str, dict[str, str]]:
    """Settings that go with the person, with when each was set (the later one wins)."""
    sent = {}
    for key in TRAVELLING:
        set_at = store.setting(SET_AT.format(key=key))
        if set_at and (first or set_at > (store.setting(SENT_SETTING.format(key=key)) or "")):
            sent[key] = {"value": store.setting(key) or "", "set_at": set_at}
    return sent


def _next_count(store: Store, folder: Path, device: str) -> int:
    """One more than this computer's last change file, in the store or in the folder."""
    own = _own_files(folder, device)
    return max(int(store.setting(COUNT) or 0), own[-1][0] if own else 0) + 1


def sync_settings() -> tuple[str | None, bool]:
    """The sync folder (if set) and whether sync is automatic; nothing if the data cannot be
    read (config show still shows what it can)."""
    from selfkind.storage.store import open_store

    try:
        with open_store() as store:
            return store.setting(FOLDER) or None, store.setting(AUTO) == "auto"
    except SelfkindError:
        return None, False


def set_sync(key: str, value: str) -> str:
    """`config set sync-folder PATH` or `config set sync auto|off`; what to say."""
    from selfkind.storage.store import open_store

    with open_store() as store:
        if key == FOLDER:
            folder = sync_folder(Path(value), store)
            return messages.SYNC_FOLDER_SET.format(folder=folder)
        choice = value.strip().casefold()
        if choice not in ("auto", "off"):
            raise UsageError(messages.SYNC_AUTO_CHOICES.format(value=value))
        folder_set = store.setting(FOLDER)
        if choice == "auto" and not folder_set:
            raise UsageError(messages.SYNC_AUTO_NEEDS_FOLDER)
        store.set_setting(AUTO, "auto" if choice == "auto" else "")
    if choice == "auto":
        return messages.SYNC_AUTO_ON.format(folder=folder_set)
    return messages.SYNC_AUTO_OFF


def quick_sync(store: Store) -> SyncResult | None:
    """After a command that saved, with `sync auto`: this computer's changes written, and the
    others' read if few have arrived (else left for `selfkind sync`). None if sync is not
    automatic here, or the folder is not there just now (a drive not mounted)."""
    from selfkind.services.sync_read import read_others

    remembered = store.setting(FOLDER)
    if store.setting(AUTO) != "auto" or not remembered or not Path(remembered).is_dir():
        return None
    folder = Path(remembered)
    result = SyncResult(folder)
    cipher = store.unlock()
    result.written = write_changes(store, folder, cipher)
    read_others(store, folder, cipher, None, result, most_bytes=QUICK_BYTES)
    return result


FOLD_AFTER = 64  # this computer's change files kept before they are folded into one
FOLDED = "sync-folded"  # the latest deletion this computer's folded files take in


def _deleted_since(store: Store) -> bool:
    """Whether an entry was deleted here (or read as deleted) since the last fold."""
    deleted = store.tombstones()
    return bool(deleted) and max(deleted.values()) > (store.setting(FOLDED) or "")


def fold_own(store: Store, folder: Path, *, force: bool = False) -> int:
    """Fold this computer's change files into one, when there are many: the latest of each
    entry, every deletion, the latest of each setting and file. Only its own files are read
    and removed; another computer's are never touched. How many were folded (0: none)."""
    from selfkind.formats.sync_file import Unreadable, from_text
    from selfkind.storage.atomic import write_once

    device = store.device_id()
    own = _own_files(folder, device)
    if len(own) <= FOLD_AFTER and not (force and own):
        return 0
    try:
        changes = [from_text(path.read_text("utf-8"), device, n) for n, path in own]
    except (OSError, UnicodeDecodeError, Unreadable):
        return 0  # one of its own is not readable just now: left as they are
    if len({change.lock for change in changes}) > 1:
        return 0  # sealed two ways: the next full rewrite replaces them
    deleted = store.tombstones()
    folded = _folded(changes, _next_count(store, folder, device), set(deleted))
    if not write_once(folder / file_name(device, folded.count), folded.to_text().encode()):
        return 0  # that name was taken a moment before: its files stay as they are
    for _, path in own:
        path.unlink(missing_ok=True)
    from selfkind.storage.rows import write_setting

    with store.transaction() as db:
        write_setting(db, COUNT, str(folded.count))
        write_setting(db, FOLDED, max(deleted.values(), default=""))
    return len(own)


def _folded(changes: list[ChangeFile], count: int, gone: set[str]) -> ChangeFile:
    """The files as one; an entry deleted anywhere (`gone`) is left out, words and all."""
    last = changes[-1]
    fold = ChangeFile(last.device, count, last.made_at, lock=last.lock)
    latest: dict[str, dict[str, Any]] = {}
    for change in changes:
        fold.deleted.update(change.deleted)
        fold.exercises.update(change.exercises)
        for entry in change.entries:
            entry_id = str(entry.get("id")) if isinstance(entry, dict) else ""
            known = latest.get(entry_id)
            if known is None or str(entry.get("completed_at")) >= str(known.get("completed_at")):
                latest[entry_id] = entry
        for key, value in change.settings.items():
            if value["set_at"] >= fold.settings.get(key, {}).get("set_at", ""):
                fold.settings[key] = value
        for kind, bundles in change.files.items():
            for name, bundle in bundles.items():
                fold.files.setdefault(kind, {})[name] = bundle
    fold.entries = [e for key, e in latest.items() if key not in fold.deleted and key not in gone]
    return fold
