"""Search of entries' words: through the full-text index, or on an encrypted store (which
keeps no index of its words) by reading the entries in memory as the index would."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from selfkind.core.entry import Entry
from selfkind.storage.rows import searchable_text
from selfkind.storage.sealing import EntryDamaged

if TYPE_CHECKING:
    from selfkind.storage.store import Store

MARKS = ("\ue000", "\ue001")  # private-use characters around matches in a search snippet


@dataclass(frozen=True)
class Found:
    """A search result: the entry, and the words around the match as (text, matched) parts."""

    entry: Entry
    snippet: tuple[tuple[str, bool], ...]

    @property
    def snippet_text(self) -> str:
        return "".join(text for text, _ in self.snippet)


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

    def search(self: Store, text: str, limit: int) -> tuple[list[Found], int]:
        """The newest `limit` entries whose answers hold every word of `text` (a word also
        matches longer words it begins), and how many match in all."""
        words = text.replace("\x00", " ").split()
        if not words:
            return [], 0
        if self.encrypted:
            return self._search_by_reading(words, limit)
        query = " ".join('"' + word.replace('"', '""') + '"*' for word in words)
        total = self.db.execute(
            "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (query,)
        ).fetchone()[0]
        rows = self.db.execute(
            """WITH hits AS (
                 SELECT rowid, snippet(entries_fts, 0, ?, ?, '…', 16) AS snippet
                 FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
               SELECT e.*, hits.snippet AS snippet FROM hits
               JOIN entry_text t ON t.rowid = hits.rowid
               JOIN entries e ON e.id = t.entry_id
               ORDER BY hits.rowid DESC""",
            (*MARKS, query, limit),
        ).fetchall()
        return [Found(self._entry(row), _parts(row["snippet"])) for row in rows], total

    def _search_by_reading(self: Store, words: list[str], limit: int) -> tuple[list[Found], int]:
        """Search an encrypted store, which keeps no index of its words: open every entry,
        newest first, and match in memory the way the index would. A damaged entry is
        passed over (see `passed_over`)."""
        from selfkind.storage.wordmatch import Query, snippet

        query = Query(words)
        self.unlock()
        found: list[Found] = []
        total = 0
        rows = self.db.execute("SELECT * FROM entries ORDER BY started_at DESC, id DESC")
        try:
            for row in rows:  # only the answers are opened to match; a whole entry if shown
                try:
                    body = searchable_text(self._object(row, *self._texts(row, ("answers",))))
                    if not query.matches(body):
                        continue
                    entry = self._entry(row) if len(found) < limit else None
                except EntryDamaged:
                    self.passed_over[row["id"]] = None
                    continue
                total += 1
                if entry is not None:
                    parts = snippet(body, words) or ((body[:80], False),)
                    found.append(Found(entry, parts))
        finally:
            rows.close()
        return found, total
