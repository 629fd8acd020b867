"""Sealed values: how an encrypted store keeps each entry's answers and scores, and which
values it accepts as genuine.

On an encrypted store every answers and scores value is sealed (see encryption.py), bound to
its entry and column. Anything else found there (clear text planted in the column, a value
moved from another entry or column, one cut short) is damaged: named, never shown as genuine.

The one exception is the entry the person chose to keep readable without the passphrase (their
safety plan, so help-now can show it at once in a hard moment). The READABLE setting names it,
beside a seal, under the key, of its id and a digest of its clear values. When the passphrase
is at hand the seal is checked, so a mark forged or moved to another entry, or words changed
in the clear, show as damaged. Without the passphrase nothing can be checked, and the clear
entry the mark names is shown as it is. That is the trade-off of keeping one entry readable:
someone who can write to the data folder (and so could as well replace selfkind itself) could
make help-now show a plan the person did not write, until a command with the passphrase
calls it damaged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from selfkind import messages
from selfkind.core.errors import SelfkindError

if TYPE_CHECKING:
    from selfkind.core.entry import Entry
    from selfkind.storage.encryption import Cipher

READABLE = "readable-entry"  # the setting naming the one entry kept readable, with its seal
COLUMNS = ("answers", "scores")


class EntryDamaged(SelfkindError):
    """An entry whose answers or scores cannot be read as genuine: changed, moved, cut short,
    planted in the clear, or not the JSON selfkind writes."""

    def __init__(self, entry_id: str, *, encrypted: bool) -> None:
        said = messages.SEALED_VALUE_DAMAGED if encrypted else messages.ENTRY_DAMAGED
        super().__init__(said.format(id=entry_id))
        self.entry_id = entry_id


def sealed(text: str, entry_id: str, column: str, cipher: Cipher) -> bytes:
    """A column's JSON text sealed, bound to its entry and column (`opened` reads it back)."""
    return cipher.seal(text, _context(entry_id, column))


def opened(value: bytes, entry_id: str, column: str, cipher: Cipher) -> str:
    """A sealed value's JSON text; EntryDamaged if it does not open where it is."""
    try:
        return cipher.open(value, _context(entry_id, column))
    except Exception as error:  # Damaged imported only then: a search opens every entry
        from selfkind.storage.encryption import Damaged

        if isinstance(error, Damaged):
            raise EntryDamaged(entry_id, encrypted=True) from None
        raise


def stored_values(entry: Entry, cipher: Cipher | None) -> tuple[str | bytes, str | bytes]:
    """An entry's answers and scores as stored: JSON text, sealed when the store is encrypted."""
    answers = json.dumps(entry.answers, ensure_ascii=False)
    scores = json.dumps(entry.scores)
    if cipher is None:
        return answers, scores
    return sealed(answers, entry.id, "answers", cipher), sealed(scores, entry.id, "scores", cipher)


@dataclass(frozen=True)
class ReadableMark:
    """The one entry an encrypted store keeps in the clear, and a seal that vouches for it."""

    entry_id: str
    seal: bytes

    @classmethod
    def made(cls, entry_id: str, answers: str, scores: str, cipher: Cipher) -> ReadableMark:
        """The mark for an entry kept readable with these clear values."""
        return cls(entry_id, cipher.seal(_digest(answers, scores), _mark_context(entry_id)))

    @classmethod
    def from_setting(cls, text: str | None) -> ReadableMark | None:
        """The mark kept in the READABLE setting; None if there is none or it cannot be read
        (then no clear value is accepted)."""
        if text is None:
            return None
        import base64  # here, not at start-up: only an encrypted store with a kept plan needs it

        try:
            data = json.loads(text)
            return cls(str(data["id"]), base64.b64decode(data["seal"], validate=True))
        except (ValueError, KeyError, TypeError):
            return None

    def to_setting(self) -> str:
        import base64

        return json.dumps({"id": self.entry_id, "seal": base64.b64encode(self.seal).decode()})

    def vouches_for(self, answers: str, scores: str, cipher: Cipher) -> bool:
        """Whether the seal, opened with the key, is for these clear values of this entry."""
        from selfkind.storage.encryption import Damaged

        try:
            vouched = cipher.open(self.seal, _mark_context(self.entry_id))
        except Damaged:
            return False
        return vouched == _digest(answers, scores)


def _context(entry_id: str, column: str) -> str:
    """What a sealed value is bound to: its entry and column."""
    return f"{entry_id} {column}"


def _mark_context(entry_id: str) -> str:
    """What a readable mark's seal is bound to (never an entry's column: those are one word)."""
    return f"{entry_id} kept readable"


def _digest(answers: str, scores: str) -> str:
    import hashlib

    return hashlib.sha256(json.dumps([answers, scores]).encode()).hexdigest()
