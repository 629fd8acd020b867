"""Search of entries' words: through the full-text index, or on an encrypted store (which
keeps no index of its words) through the same index, built in memory for one search."""

from __future__ import annotations

import heapq
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

from selfkind.core.entry import Entry, Found
from selfkind.storage.migrations import SEARCH_TOKENIZER
from selfkind.storage.rows import search_key, searchable_text
from selfkind.storage.sealing import EntryDamaged, opened

if TYPE_CHECKING:
    from selfkind.storage.host import StoreHost

MARKS = ("\ue000", "\ue001")  # private-use characters around matches in a search snippet

# What the store's index is asked: how many entries match, and the newest `limit` of them with
# the words around the match. The index built in memory is asked the same (see there).
COUNT = "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?"
NEWEST = """WITH hits AS (
                 SELECT rowid, snippet(entries_fts, 0, ?, ?, '…', 16) AS snippet
                 FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid DESC LIMIT ?)"""


def _index_in_memory(memory: sqlite3.Connection, *, keeping_words: bool) -> None:
    """Make `entries_fts` in memory an index like the store's own (its tokenizer), keeping the
    words it indexes (for snippets) or only indexing them (quicker). It serves one search, so
    it is not merged as it grows (a third quicker)."""
    kept = "" if keeping_words else "content = '', columnsize = 0, "
    memory.execute(
        f"CREATE VIRTUAL TABLE entries_fts USING fts5(body, {kept}tokenize = '{SEARCH_TOKENIZER}')"
    )
    memory.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('automerge', 0)")
    memory.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('crisismerge', 64)")


def _key(entry_id: str, started_at: str) -> int:
    """The key an entry has in the store's own index (see `rows.search_key`)."""
    try:
        return search_key(entry_id, started_at)
    except ValueError:  # a start time no selfkind wrote: found all the same, shown last
        return 0


def _match(words: list[str]) -> str:
    """The query that finds every word, each as it is written (never as FTS5 syntax) and as
    the beginning of longer words."""
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def _parts(snippet: str) -> tuple[tuple[str, bool], ...]:
    """A snippet with MARKS around its matches, as (text, matched) parts."""
    parts: list[tuple[str, bool]] = []
    for piece in snippet.split(MARKS[0]):
        matched, mark, rest = piece.partition(MARKS[1])
        if mark:
            parts.append((matched, True))
        else:
            rest = matched
        if rest:
            parts.append((rest, False))
    return tuple(parts)


class Searching:
    """The store's search, kept apart from its reading and writing of entries."""

    def search(self: StoreHost, text: str, limit: int) -> tuple[list[Found], int]:
        """The newest `limit` entries whose answers hold every word of `text` (a word also
        matches longer words it begins), and how many match in all."""
        words = text.replace("\x00", " ").split()
        if not words:
            return [], 0
        if self.encrypted:
            return self._search_in_memory(_match(words), limit)
        query = _match(words)
        total = self.db.execute(COUNT, (query,)).fetchone()[0]
        rows = self.db.execute(
            f"""{NEWEST}
               SELECT e.*, hits.snippet AS snippet FROM hits
               JOIN entry_text t ON t.rowid = hits.rowid
               JOIN entries e ON e.id = t.entry_id
               ORDER BY hits.rowid DESC""",
            (*MARKS, query, limit),
        ).fetchall()
        return [Found(self._entry(row), _parts(row["snippet"])) for row in rows], total

    def _search_in_memory(self: StoreHost, query: str, limit: int) -> tuple[list[Found], int]:
        """Search an encrypted store, which keeps no index of its words: open every entry's
        answers and index them, for this one search, in a database in memory made as the
        store's own index is (same tokenizer, see migrations.py), then ask it the same query.
        A damaged entry is passed over (see `passed_over`). The words never reach a file, and
        are gone when the search is done."""
        indexed: list[tuple[str, str]] = []  # each entry's id and start time, by rowid
        memory = sqlite3.connect(":memory:", isolation_level=None)
        try:
            memory.execute("PRAGMA temp_store = MEMORY")  # no temporary file either
            # Every entry's words, indexed but not kept (quicker): enough to find the matches.
            _index_in_memory(memory, keeping_words=False)
            memory.execute("BEGIN")
            memory.executemany(
                "INSERT INTO entries_fts (rowid, body) VALUES (?, ?)",
                self._words_to_index(indexed),
            )
            memory.execute("COMMIT")
            matched = memory.execute(
                "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?", (query,)
            ).fetchall()
            # The newest, as the store in the clear orders them: by their keys there, made
            # only for the entries that match (two alike: the one written first is older).
            newest = heapq.nlargest(limit, ((_key(*indexed[at]), at) for (at,) in matched))
            shown: list[Entry] = []
            for _, at in newest:
                entry_id = indexed[at][0]
                row = self.db.execute("SELECT * FROM entries WHERE id = ?", (entry_id,)).fetchone()
                if row is None:  # deleted by another selfkind meanwhile
                    continue
                try:
                    shown.append(self._entry(row))
                except EntryDamaged:  # its answers open, but not its scores
                    self.passed_over[entry_id] = None
            # The words of those shown, kept this time, for the words around the matches
            # (rowids in the same order as their keys).
            memory.execute("DROP TABLE entries_fts")
            _index_in_memory(memory, keeping_words=True)
            memory.executemany(
                "INSERT INTO entries_fts (rowid, body) VALUES (?, ?)",
                ((-place, searchable_text(entry.answers)) for place, entry in enumerate(shown)),
            )
            snippets = dict(
                memory.execute(
                    f"{NEWEST} SELECT rowid, snippet FROM hits", (*MARKS, query, limit)
                ).fetchall()
            )
        finally:
            memory.close()
        found = [
            Found(entry, _parts(snippets[-place]))
            for place, entry in enumerate(shown)
            if -place in snippets  # else changed meanwhile, and no longer a match
        ]
        return found, len(matched) - (len(newest) - len(found))

    def _words_to_index(
        self: StoreHost, indexed: list[tuple[str, str]]
    ) -> Iterator[tuple[int, str]]:
        """Each entry's rowid in the index and words, as the store in the clear indexes them
        (`indexed` gets each rowid's entry id and start time); damaged entries are passed
        over. In the order the entries were written (the table's own, so nothing is sorted)."""
        cipher = self.unlock()
        rows = self.db.cursor()
        rows.row_factory = None  # plain tuples: quicker, and read once for every entry
        try:
            for entry_id, started_at, answers in rows.execute(
                "SELECT id, started_at, answers FROM entries ORDER BY rowid"
            ):
                try:
                    if isinstance(answers, bytes) and cipher is not None:  # most, at once
                        text = opened(answers, entry_id, "answers", cipher)
                    else:  # the entry kept readable, or a damaged one: as the store reads it
                        row = self.db.execute("SELECT * FROM entries WHERE id = ?", (entry_id,))
                        [text] = self._texts(row.fetchone(), ("answers",))
                    body = searchable_text(self._object(entry_id, text))
                except EntryDamaged:
                    self.passed_over[entry_id] = None
                    continue
                indexed.append((entry_id, started_at))
                yield len(indexed) - 1, body
        finally:
            rows.close()
