"""A therapist's caseload in the store: each report kept whole, with a digest to list it by.

Both are JSON text, sealed like an entry's answers when the store is encrypted (bound to the
report and column, so a value moved between reports does not open). Nothing here reads the
JSON: the service turns it into reports and digests.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from selfkind import messages
from selfkind.core.errors import SelfkindError

if TYPE_CHECKING:
    from selfkind.storage.encryption import Cipher
    from selfkind.storage.host import StoreHost as Store

COLUMNS = ("digest", "report")


class CaseloadDamaged(SelfkindError):
    def __init__(self) -> None:
        super().__init__(messages.CLINIC_CASELOAD_DAMAGED)


def add(store: Store, reports: list[tuple[str, str, str]], *, replacing: list[str]) -> int:
    """Add (report id, digest JSON, report JSON) for each report not here yet, and remove
    the reports they replace, in one transaction. Returns how many were added."""
    cipher = store.unlock()
    added = 0
    now = datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    with store.transaction() as db:
        _delete(db, replacing)
        for report_id, digest, report in reports:
            values = [
                _kept(text, report_id, column, cipher)
                for column, text in zip(COLUMNS, (digest, report), strict=True)
            ]
            cursor = db.execute(
                "INSERT OR IGNORE INTO caseload (id, added_at, digest, report) VALUES (?, ?, ?, ?)",
                (report_id, now, *values),
            )
            added += cursor.rowcount
    return added


def digests(store: Store) -> list[tuple[str, str]]:
    """Every report's id and digest JSON."""
    cipher = store.unlock()
    rows = store.db.execute("SELECT id, digest FROM caseload").fetchall()
    return [(row["id"], _read(row["digest"], row["id"], "digest", cipher)) for row in rows]


def reports(store: Store, report_ids: list[str]) -> list[str]:
    """These reports' JSON, in the order asked."""
    cipher = store.unlock()
    marks = ",".join("?" * len(report_ids))
    rows = store.db.execute(f"SELECT id, report FROM caseload WHERE id IN ({marks})", report_ids)
    found = {row["id"]: _read(row["report"], row["id"], "report", cipher) for row in rows}
    return [found[report_id] for report_id in report_ids if report_id in found]


def remove(store: Store, report_ids: list[str]) -> int:
    """Remove these reports, in one transaction; returns how many were removed."""
    with store.transaction() as db:
        return _delete(db, report_ids)


def _delete(db: sqlite3.Connection, report_ids: list[str]) -> int:
    marks = ",".join("?" * len(report_ids))
    return db.execute(f"DELETE FROM caseload WHERE id IN ({marks})", report_ids).rowcount


def seal_all(db: sqlite3.Connection, cipher: Cipher) -> None:
    """Seal every report in the clear (when the store is encrypted)."""
    for row in db.execute("SELECT id, digest, report FROM caseload").fetchall():
        _set(db, row["id"], *(_kept(row[c], row["id"], c, cipher) for c in COLUMNS))


def open_all(db: sqlite3.Connection, cipher: Cipher) -> None:
    """Store every report in the clear again (when the store is decrypted)."""
    for row in db.execute("SELECT id, digest, report FROM caseload").fetchall():
        _set(db, row["id"], *(_read(row[c], row["id"], c, cipher) for c in COLUMNS))


def _set(db: sqlite3.Connection, report_id: str, digest: str | bytes, report: str | bytes) -> None:
    db.execute(
        "UPDATE caseload SET digest = ?, report = ? WHERE id = ?", (digest, report, report_id)
    )


def _kept(text: str, report_id: str, column: str, cipher: Cipher | None) -> str | bytes:
    return text if cipher is None else cipher.seal(text, _context(report_id, column))


def _read(value: str | bytes, report_id: str, column: str, cipher: Cipher | None) -> str:
    """A stored value's JSON text: opened when sealed; on an encrypted store a value in the
    clear is not taken as genuine (it was not written by selfkind)."""
    if cipher is None:
        if not isinstance(value, str):
            raise CaseloadDamaged()
        return value
    from selfkind.storage.encryption import Damaged

    if not isinstance(value, bytes):
        raise CaseloadDamaged()
    try:
        return cipher.open(value, _context(report_id, column))
    except Damaged:
        raise CaseloadDamaged() from None


def _context(report_id: str, column: str) -> str:
    return f"caseload {report_id} {column}"
