"""Reading the other computers' change files: each one whole and checked as an import is,
or passed over with a notice and read next time; then merged by core/sync's rules in one
transaction."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from selfkind import messages
from selfkind.core.errors import SelfkindError
from selfkind.core.sync import Merge, merge
from selfkind.formats.import_checks import HALF_ESCAPE, SAFE_ID
from selfkind.formats.sync_file import (
    NAME,
    OURS_SOMEHOW,
    SENT_SETTING,
    SET_AT,
    TRAVELLING,
    ChangeFile,
    Unreadable,
    from_text,
    sealed_context,
)

if TYPE_CHECKING:
    from selfkind.core.entry import Entry
    from selfkind.storage.encryption import Cipher
    from selfkind.storage.errors import Passphrase
    from selfkind.storage.store import Store

LARGEST = 256 * 1024 * 1024  # as an import: a larger file is not a change file of ours


@dataclass
class SyncResult:
    folder: Path
    written: int = 0  # entries and deletions in the new change file
    merged: Merge = field(default_factory=Merge)
    files_read: int = 0
    passed_over: list[str] = field(default_factory=list)  # one sentence each
    left_for_later: bool = False  # a quick sync found much to read: `selfkind sync` reads it
    settings: dict[str, str] = field(default_factory=dict)  # travelling settings taken here
    readable_warning: bool = False  # the first sync of a store in the clear


def read_others(
    store: Store,
    folder: Path,
    cipher: Cipher | None,
    passphrase: Passphrase | None,
    result: SyncResult,
    *,
    most_bytes: int | None = None,
) -> None:
    """Merge every other computer's change files not read before (or changed since). With
    `most_bytes` (a quick sync), more than that to read is left for `selfkind sync`."""
    already = store.files_read()
    notes: list[str] = []
    new = [
        (path, mark)
        for path, mark in _candidates(folder, store.device_id(), notes)
        if already.get(path.name) != mark
    ]
    if most_bytes is not None and sum(size for _, (size, _) in new) > most_bytes:
        result.left_for_later = True  # what it would pass over is said by the sync that reads
        return
    result.passed_over += notes
    keys = _Keys(store, cipher, passphrase)
    gathered = _Gathered()
    for path, mark in new:
        change = _change_file(path, mark, result)
        if change is None:
            continue
        try:
            opened = keys.opened(change)
        except Locked as locked:  # that file alone: the others are read
            result.passed_over.append(locked.said.format(name=path.name))
            continue
        if gathered.take(change, opened, path.name):
            gathered.read[path.name] = mark
        else:
            result.passed_over.append(messages.SYNC_FILE_WRONG.format(name=path.name))
    if not gathered.read:
        return
    entries, deleted = gathered.entries, gathered.deleted
    ids = {entry.id for entry in entries} | set(deleted)
    merged = merge(entries, deleted, store.complete_entries(ids), set(store.tombstones(ids)))
    settings = _settings_kept(store, gathered)
    store.apply_sync(merged, gathered.sources, gathered.read, settings)
    result.settings = {key: _shown(key, settings[key]) for key in TRAVELLING if key in settings}
    result.merged = merged
    result.files_read = len(gathered.read)
    if any(gathered.files.values()):
        from selfkind.services.sync_files import take_files

        result.passed_over += take_files(store, gathered.files)


@dataclass
class _Gathered:
    """Everything read from the change files taken so far."""

    entries: list[Entry] = field(default_factory=list)
    deleted: dict[str, str] = field(default_factory=dict)
    sources: dict[str, tuple[str, str]] = field(default_factory=dict)
    settings: dict[str, dict[str, str]] = field(default_factory=dict)
    read: dict[str, tuple[int, int]] = field(default_factory=dict)
    files: dict[str, dict[str, dict[str, Any]]] = field(
        default_factory=lambda: {"exercises": {}, "plans": {}}
    )

    def take(self, change: ChangeFile, opened: list[Any], name: str) -> bool:
        """Take a file whose entries pass the import's checks; False (nothing taken) if not."""
        from selfkind.formats.importer import read_entries
        from selfkind.services.imports import find_exercises

        try:
            checked = read_entries(
                opened, change.exercises, name, find_exercises, halves_possible=change.halves
            )
        except SelfkindError:
            return False
        self.entries += checked.entries
        self.sources.update(checked.sources)
        for entry_id, when in change.deleted.items():
            if SAFE_ID.fullmatch(entry_id) and when > self.deleted.get(entry_id, ""):
                self.deleted[entry_id] = when
        for key, value in change.settings.items():
            if _travels(key, value["value"]) and value["set_at"] > self.settings.get(key, {}).get(
                "set_at", ""
            ):
                self.settings[key] = value
        for kind, bundles in change.files.items():
            for name, bundle in bundles.items():
                known = self.files[kind].get(name)
                if known is None or bundle["changed_at"] > known["changed_at"]:
                    self.files[kind][name] = bundle
        return True


def _travels(key: str, value: str) -> bool:
    """A setting that travels, with a value `config set` would take (a region it knows)."""
    from selfkind.services.support import REGION, region_named

    return key in TRAVELLING and (key != REGION or not value or region_named(value) is not None)


def _shown(key: str, value: str) -> str:
    """A travelling setting as a person reads it: a region by its name too."""
    from selfkind.services.support import REGION, region_named

    region = region_named(value) if key == REGION and value else None
    return f"{region.called} ({region.code})" if region else value


def _settings_kept(store: Store, gathered: _Gathered) -> dict[str, str]:
    """Travelling settings set later elsewhere than here, as settings to write."""
    kept: dict[str, str] = {}
    for key, value in gathered.settings.items():
        if value["set_at"] > (store.setting(SET_AT.format(key=key)) or ""):
            kept |= {
                key: value["value"],
                SET_AT.format(key=key): value["set_at"],
                SENT_SETTING.format(key=key): value["set_at"],
            }
    return kept


def _candidates(
    folder: Path, device: str, notes: list[str]
) -> Iterator[tuple[Path, tuple[int, int]]]:
    """Other computers' change files, with their size and time; a copy a sync engine made,
    or a placeholder for a file not downloaded yet, is named in `notes` and passed over."""
    with os.scandir(folder) as found:
        items = sorted(found, key=lambda item: item.name)
    for item in items:
        named = NAME.fullmatch(item.name)
        if named is None:
            if OURS_SOMEHOW.search(item.name) and not item.name.startswith("."):
                notes.append(messages.SYNC_FILE_COPY.format(name=item.name))
            elif item.name.startswith(".") and item.name.endswith(".icloud"):
                notes.append(messages.SYNC_FILE_NOT_HERE.format(name=item.name))
            continue
        if named["device"] == device or not item.is_file(follow_symlinks=False):
            continue
        stat = item.stat(follow_symlinks=False)
        yield Path(item.path), (stat.st_size, stat.st_mtime_ns)


def _change_file(path: Path, mark: tuple[int, int], result: SyncResult) -> ChangeFile | None:
    named = NAME.fullmatch(path.name)
    assert named is not None
    try:
        if mark[0] > LARGEST:
            raise Unreadable()
        text = path.read_text(encoding="utf-8")
        return from_text(text, named["device"], int(named["count"]))
    except Unreadable as unreadable:
        said = messages.SYNC_FILE_NEWER if unreadable.newer else messages.SYNC_FILE_ARRIVING
        result.passed_over.append(said.format(name=path.name))
    except (OSError, UnicodeDecodeError):
        result.passed_over.append(messages.SYNC_FILE_ARRIVING.format(name=path.name))
    return None


def _key_setting(lock: str) -> str:
    return "sync-key:" + hashlib.sha256(lock.encode()).hexdigest()[:32]


class Locked(Exception):
    """A change file whose words this computer cannot open: `said` names why."""

    def __init__(self, said: str) -> None:
        super().__init__(said)
        self.said = said


class _Keys:
    """The ciphers that open other computers' sealed words: each from this store's
    passphrase and that computer's lock, derived once a sync."""

    def __init__(self, store: Store, cipher: Cipher | None, passphrase: Passphrase | None):
        self.store, self.cipher, self.passphrase = store, cipher, passphrase
        self.known: dict[str, Cipher] = {}
        self.refused: dict[str, str] = {}  # lock: why its files cannot be opened here

    def opened(self, change: ChangeFile) -> list[Any]:
        """The file's entries with their words open (as export has them)."""
        if change.lock is None:
            return change.entries
        cipher = self._for(change.lock)
        from selfkind.storage.encryption import Damaged

        opened = []
        for data in change.entries:
            if not isinstance(data, dict) or not isinstance(data.get("sealed"), str):
                opened.append(data)  # the checks name what is wrong with it
                continue
            data = dict(data)
            try:
                sealed = base64.b64decode(data.pop("sealed"), validate=True)
                text = cipher.open(sealed, sealed_context(str(data.get("id"))))
                change.halves = change.halves or HALF_ESCAPE.search(text) is not None
                words = json.loads(text)
                data |= {"answers": words["answers"], "scores": words["scores"]}
            except (Damaged, ValueError, KeyError, TypeError):
                pass  # left without answers: the checks refuse the file, naming the entry
            opened.append(data)
        return opened

    def _for(self, lock: str) -> Cipher:
        """The cipher for a lock, derived once; Locked (once known, at once) if there is none."""
        if lock in self.known:
            return self.known[lock]
        if lock in self.refused:
            raise Locked(self.refused[lock])
        if self.cipher is None:
            said = messages.SYNC_ENCRYPTED_THERE
        elif lock == self.store.lock_json():
            self.known[lock] = self.cipher
            return self.cipher
        elif (kept := self._kept(lock)) is not None:
            self.known[lock] = kept
            return kept
        elif self.passphrase is None:  # a quick sync after a save asks for nothing
            said = messages.SYNC_FILE_FOR_LATER
        else:
            from selfkind.storage.encryption import Lock, WrongPassphrase, unlock

            try:
                self.known[lock] = unlock(Lock.from_json(lock), self.passphrase())
                self._keep(lock, self.known[lock])
                return self.known[lock]
            except (WrongPassphrase, SelfkindError):
                said = messages.SYNC_OTHER_PASSPHRASE
        self.refused[lock] = said
        raise Locked(said)

    def _kept(self, lock: str) -> Cipher | None:
        """Another computer's key, derived at an earlier sync and kept sealed under this
        store's own key: scrypt's quarter second is paid once, and a quick sync can read."""
        from selfkind.storage.encryption import Cipher, Damaged

        kept = self.store.setting(_key_setting(lock))
        if kept is None or self.cipher is None:
            return None
        try:
            sealed = base64.b64decode(kept, validate=True)
            return Cipher(base64.b64decode(self.cipher.open(sealed, _key_setting(lock))))
        except (Damaged, ValueError):
            return None

    def _keep(self, lock: str, cipher: Cipher) -> None:
        assert self.cipher is not None
        key = base64.b64encode(cipher.key).decode()
        sealed = self.cipher.seal(key, _key_setting(lock))
        self.store.set_setting(_key_setting(lock), base64.b64encode(sealed).decode())
