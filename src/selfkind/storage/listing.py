"""Small questions about the entries that listing them asks: how many a filter selects, the
shortest prefix that names each id, and which exercises have entries. None needs a passphrase."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import replace

from selfkind.storage.rows import EntryFilter, filtered_sql

SHORTEST_PREFIX = 6  # characters of an id shown, at the least


def count(db: sqlite3.Connection, which: EntryFilter) -> int:
    """How many entries the filter selects, leaving out its limit."""
    selected, params = filtered_sql(replace(which, limit=None), oldest_first=False)
    where = selected.split(" ORDER BY ")[0]  # counting needs no order
    row = db.execute(f"SELECT count(*) FROM entries {where}", params)
    return int(row.fetchone()[0])


def _shared(one: str, other: str | None) -> int:
    """How many first characters two ids share."""
    if other is None:
        return 0
    length = 0
    for mine, theirs in zip(one, other, strict=False):
        if mine != theirs:
            break
        length += 1
    return length


def unique_prefixes(
    db: sqlite3.Connection, ids: Iterable[str], shortest: int = SHORTEST_PREFIX
) -> dict[str, str]:
    """Each id's shortest beginning (at least `shortest` characters) that no other entry's id
    starts with, so `entries show` finds it: its neighbours in id order decide."""
    prefixes: dict[str, str] = {}
    for entry_id in ids:
        before = db.execute("SELECT max(id) FROM entries WHERE id < ?", (entry_id,)).fetchone()[0]
        after = db.execute("SELECT min(id) FROM entries WHERE id > ?", (entry_id,)).fetchone()[0]
        length = max(shortest, _shared(entry_id, before) + 1, _shared(entry_id, after) + 1)
        prefixes[entry_id] = entry_id[:length]
    return prefixes


def exercise_ids(db: sqlite3.Connection) -> list[str]:
    """The ids of the exercises that have entries, for a "did you mean"."""
    rows = db.execute("SELECT DISTINCT exercise_id FROM entries ORDER BY exercise_id")
    return [row[0] for row in rows]
