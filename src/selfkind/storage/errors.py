"""What the store tells its callers beyond an entry: where a passphrase comes from, and the
two ways a store can stop part-way."""

from __future__ import annotations

from typing import Protocol

from selfkind import messages
from selfkind.core.errors import SelfkindError


class Passphrase(Protocol):
    """Where an encrypted store's passphrase comes from; asked `again` after a wrong one."""

    def __call__(self, *, again: bool = False) -> str: ...


class EncryptionChanged(SelfkindError):
    """Another window turned encryption on or off since this store was opened."""

    def __init__(self) -> None:
        super().__init__(messages.ENCRYPTION_CHANGED)


class PassedOver(SelfkindError):
    """Damaged entries were passed over while reading the rest; raised when the store closes,
    so a listing or export finishes first and then exits 1 naming them."""

    def __init__(self, entry_ids: list[str]) -> None:
        said = messages.counted(messages.ENTRIES_PASSED_OVER, len(entry_ids))
        super().__init__(said, details=tuple(entry_ids))
