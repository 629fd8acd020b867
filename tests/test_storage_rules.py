"""The storage layer's own rules: migrations are frozen, every write is inside
`Store.transaction()`, and the store's names are plain (none shadows a builtin, none is
defined twice in a module)."""

from __future__ import annotations

import ast
import builtins
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from helpers import make_entry
from selfkind.services.catalog import find_exercise
from selfkind.storage import migrations
from selfkind.storage.store import Store, open_store

STORAGE = Path(migrations.__file__).parent
FIXTURES = Path(__file__).parent / "fixtures" / "store"
PASSPHRASE = "correct horse battery"
# What a migration may import of selfkind: the words it says and the error it raises.
FROZEN_IMPORTS = {"selfkind.messages", "selfkind.core.errors", "selfkind.storage.errors"}


# ---------------------------------------------------------------- frozen migrations


def test_migrations_import_nothing_of_selfkind_that_may_change() -> None:
    """A migration calls no live helper (rows.py, sealing.py...): what it does to an old
    database stays what it did the day it was written."""
    tree = ast.parse((STORAGE / "migrations.py").read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "a relative import"
            if node.module == "selfkind":  # from selfkind import messages
                imported.update(f"selfkind.{alias.name}" for alias in node.names)
            else:
                imported.add(str(node.module))
    ours = {name for name in imported if name.split(".")[0] == "selfkind"}
    assert ours
    assert ours <= FROZEN_IMPORTS


def schema(db: sqlite3.Connection) -> list[str]:
    """The database's shape: each statement SQLite keeps, its whitespace collapsed."""
    rows = db.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
    ).fetchall()
    version = db.execute("PRAGMA user_version").fetchone()[0]
    return [" ".join(sql.split()) + ";" for (sql,) in rows] + [f"PRAGMA user_version = {version};"]


def frozen_schema() -> list[str]:
    text = (FIXTURES / "schema.sql").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("--")]


def test_a_new_database_has_the_frozen_shape(home: Path) -> None:
    with open_store() as store:
        assert schema(store.db) == frozen_schema()
        assert [name for (name,) in store.db.execute("SELECT name FROM migrations")] == [
            migration.__name__ for migration in migrations.MIGRATIONS
        ]


def test_a_version_1_database_is_brought_to_todays_shape_with_its_words_found(
    home: Path,
) -> None:
    home.mkdir(mode=0o700, exist_ok=True)
    with closing(sqlite3.connect(home / "selfkind.db", isolation_level=None)) as db:
        db.executescript((FIXTURES / "version-1.sql").read_text(encoding="utf-8"))
    with open_store() as store:
        assert schema(store.db) == frozen_schema()
        assert store.get("o1").answers == {"mood": 4, "note": "A walk to the lighthouse"}
        assert store.get("o2").written_at is None
        assert [found.entry.id for found in store.search("lighthouse", 5)[0]] == ["o1"]
        assert [found.entry.id for found in store.search("cafe", 5)[0]] == ["o2"]  # a choice
        assert [found.entry.id for found in store.search("a", 5)[0]] == ["o2", "o1"]  # newest
        assert store.latest_draft("checkin").id == "o2"  # type: ignore[union-attr]


# ---------------------------------------------------------------- every write in transaction()


WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


@contextmanager
def writes_seen(store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, bool]]]:
    """Every statement that writes rows on the store's connection, and whether it ran inside
    `Store.transaction()`."""
    seen: list[tuple[str, bool]] = []
    inside = [False]
    transaction = Store.transaction

    @contextmanager
    def watched(self: Store) -> Iterator[sqlite3.Connection]:
        with transaction(self) as db:
            inside[0] = True
            try:
                yield db
            finally:
                inside[0] = False

    def trace(statement: str) -> None:
        if statement.lstrip().upper().startswith(WRITES):
            seen.append((" ".join(statement.split())[:60], inside[0]))

    monkeypatch.setattr(Store, "transaction", watched)
    store.db.set_trace_callback(trace)
    try:
        yield seen
    finally:
        store.db.set_trace_callback(None)


def test_every_write_is_inside_a_transaction(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checkin = find_exercise("checkin")
    made = [
        make_entry(f"t{n}", f"2026-11-1{n}", answers={"mood": 5, "note": f"plum tea {n}"})
        for n in range(4)
    ]
    with (
        open_store(passphrase=lambda again: PASSPHRASE) as store,
        writes_seen(store, monkeypatch) as seen,
    ):
        store.save(made[0], checkin.source)
        store.add_missing(made[1:], {checkin.hash: (checkin.id, checkin.source)})
        store.set_setting("welcomed", "yes")
        store.keep_parsed_exercise(checkin.hash, b"parsed")
        store.search("plum", 5)
        store.delete("t3")
        store.encrypt(PASSPHRASE)
        store.save(made[3], checkin.source)
        store.search("plum", 5)
        store.keep_readable("t0")
        store.keep_readable("t1")
        store.keep_none_readable()
        store.decrypt()
    assert len(seen) > 20
    assert [statement for statement, inside in seen if not inside] == []


# ---------------------------------------------------------------- plain names


def test_the_store_shadows_no_builtin() -> None:
    """`store.entries()`, not `store.list()`: a method named like a builtin hides it in the
    class body, and reads as the builtin at the call."""
    for cls in Store.__mro__[:-1]:
        shadowing = [
            name
            for name in vars(cls)
            if hasattr(builtins, name) and not (name.startswith("__") and name.endswith("__"))
        ]
        assert shadowing == [], cls


@pytest.mark.parametrize("module", sorted(path.name for path in STORAGE.glob("*.py")))
def test_no_storage_module_defines_a_function_twice(module: str) -> None:
    """Two functions of one name in a module (two `_entry`s) read as one, and one of them is
    then changed for the other."""
    tree = ast.parse((STORAGE / module).read_text(encoding="utf-8"))
    names = Counter(
        node.name
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and not (node.name.startswith("__") and node.name.endswith("__"))
    )
    assert [name for name, count in names.items() if count > 1] == []
