"""The store as its mixins (search.py, lifecycle.py, syncing.py) see it: what their methods use of the
Store they are part of, so the type checker checks them without importing store.py.

Only the type checker reads this module."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from collections.abc import Iterator

    from selfkind.core.entry import Entry, Found
    from selfkind.storage.encryption import Cipher
    from selfkind.storage.sealing import ReadableMark


class StoreHost(Protocol):
    db: sqlite3.Connection
    passed_over: dict[str, None]
    _lock: str | None
    _cipher: Cipher | None
    _mark: ReadableMark | None

    @property
    def encrypted(self) -> bool: ...

    def unlock(self) -> Cipher | None: ...

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...

    def setting(self, key: str) -> str | None: ...

    def get(self, id_or_prefix: str, *, words: bool = True) -> Entry: ...

    def rewrite_files(self) -> None: ...

    def _search_in_memory(self, query: str, limit: int) -> tuple[list[Found], int]: ...

    def _words_to_index(self, indexed: list[tuple[str, str]]) -> Iterator[tuple[int, str]]: ...

    def _entry(self, row: sqlite3.Row, *, words: bool = True) -> Entry: ...

    def _forget_mark(self, deleted: list[str]) -> None: ...

    def _texts(self, row: sqlite3.Row, columns: tuple[str, ...] = ...) -> list[str]: ...

    def _object(self, entry_id: str, text: str) -> dict[str, Any]: ...
