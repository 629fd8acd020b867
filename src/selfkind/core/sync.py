"""Sync's rules, the same on every computer so that all of them end alike whatever order
the change files reach them in: a deletion wins over the entry it deletes; of two versions
of one entry, the one finished later is kept (ties go to the greater digest, so every
computer picks the same); the same version twice changes nothing."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from selfkind.core.entry import Entry

DEVICE_ID = r"[0-9a-f]{16}"  # a computer's name in the sync folder: random, never a person's


def digest(entry: Entry) -> str:
    """One version of an entry: every field of it, answers included."""
    text = json.dumps(entry.to_json(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def later(incoming: Entry, here: Entry) -> bool:
    """Whether an incoming version of an entry wins over the one here."""
    return (incoming.completed_at or "", digest(incoming)) > (here.completed_at or "", digest(here))


@dataclass
class Merge:
    """What reading the other computers' changes does here."""

    added: list[Entry] = field(default_factory=list)
    replaced: list[Entry] = field(default_factory=list)  # a later version of an entry here
    kept: int = 0  # versions passed over because the one here was finished later
    deleted: list[str] = field(default_factory=list)  # ids deleted here
    tombstones: dict[str, str] = field(default_factory=dict)  # id: when, to remember

    @property
    def changes(self) -> int:
        return len(self.added) + len(self.replaced) + len(self.deleted)


def merge(
    incoming: Iterable[Entry],
    deletions: Mapping[str, str],
    here: Mapping[str, Entry],
    buried: set[str],
) -> Merge:
    """What to do with the entries and deletions read (`here`: this computer's entries of
    the same ids; `buried`: ids deleted here before)."""
    result = Merge()
    chosen: dict[str, Entry] = {}
    for entry in incoming:  # the winner among the versions read, whatever their order
        if entry.id in deletions or entry.id in buried:
            continue
        best = chosen.get(entry.id)
        if best is None or later(entry, best):
            chosen[entry.id] = entry
    for entry_id, entry in chosen.items():
        mine = here.get(entry_id)
        if mine is None:
            result.added.append(entry)
        elif digest(mine) == digest(entry):
            continue
        elif later(entry, mine):
            result.replaced.append(entry)
        else:
            result.kept += 1
    for entry_id, when in deletions.items():
        if entry_id in buried:
            continue
        result.tombstones[entry_id] = when
        if entry_id in here:
            result.deleted.append(entry_id)
    return result
