"""Encryption at rest: a key from a passphrase (scrypt) and sealed values (AES-GCM).

Imported only when a store is encrypted or being encrypted, so the `cryptography`
package costs nothing otherwise.
"""

from __future__ import annotations

import base64
import json
import os
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from selfkind import messages
from selfkind.core.errors import SelfkindError, UsageError
from selfkind.core.passphrase import SHORTEST, too_short

FORMAT = 1
# scrypt's cost: about 0.25 s and 64 MB here, paid once per command on an encrypted store.
COST = 2**16
COSTS = range(14, 21)  # the powers of two a lock may name; anything else is damage
BLOCK_SIZE = 8
PARALLELISM = 1
CHECK_CONTEXT = "passphrase check"
CHECK_TEXT = "selfkind"


class WrongPassphrase(SelfkindError):
    """The passphrase does not open this store; nothing was read or changed."""

    def __init__(self) -> None:
        super().__init__(messages.WRONG_PASSPHRASE)


@dataclass(frozen=True)
class Lock:
    """What is kept in the clear to check a passphrase and derive the key: salt, cost, a sealed check."""

    salt: bytes
    cost: int
    block_size: int
    parallelism: int
    check: bytes

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "kdf": "scrypt",
                "salt": base64.b64encode(self.salt).decode(),
                "n": self.cost,
                "r": self.block_size,
                "p": self.parallelism,
                "check": base64.b64encode(self.check).decode(),
            }
        )

    @classmethod
    def from_json(cls, text: str) -> Lock:
        try:
            data = json.loads(text)
            if data["format"] != FORMAT or data["kdf"] != "scrypt":
                raise ValueError(data["format"])
            lock = cls(
                salt=base64.b64decode(data["salt"], validate=True),
                cost=int(data["n"]),
                block_size=int(data["r"]),
                parallelism=int(data["p"]),
                check=base64.b64decode(data["check"], validate=True),
            )
        except (ValueError, KeyError, TypeError):
            raise SelfkindError(messages.LOCK_UNREADABLE) from None
        if not lock.sound():
            raise SelfkindError(messages.LOCK_UNREADABLE)
        return lock

    def sound(self) -> bool:
        """Whether the values are ones selfkind writes: scrypt is never asked for absurd work."""
        return (
            len(self.salt) == 16
            and self.cost in {2**power for power in COSTS}
            and self.block_size == BLOCK_SIZE
            and self.parallelism == PARALLELISM
            and len(self.check) == 12 + len(CHECK_TEXT) + 16
        )


class Damaged(Exception):
    """A sealed value that does not open with its key and context: changed, or moved."""


class Cipher:
    """Seals and opens text with one key. Each value is bound to where it belongs (`context`),
    so a sealed value moved to another entry or column does not open."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)
        self.key = key  # kept sealed, never in the clear, where it is kept at all (sync)

    def seal(self, text: str, context: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, text.encode(), context.encode())

    def open(self, sealed: bytes, context: str) -> str:
        try:
            return self._aead.decrypt(sealed[:12], sealed[12:], context.encode()).decode()
        except (InvalidTag, ValueError, TypeError):  # changed, moved, cut short or not text
            raise Damaged(context) from None


def _key(passphrase: str, salt: bytes, cost: int, block_size: int, parallelism: int) -> bytes:
    scrypt = Scrypt(salt=salt, length=32, n=cost, r=block_size, p=parallelism)
    # The same passphrase typed on another keyboard may arrive composed differently (é as one
    # character or two): normalised, it opens the store all the same.
    return scrypt.derive(unicodedata.normalize("NFC", passphrase).encode())


def new_lock(passphrase: str, *, cost: int = COST) -> tuple[Lock, Cipher]:
    """A new random salt and the cipher the passphrase gives with it."""
    if too_short(passphrase):
        raise UsageError(messages.PASSPHRASE_SHORT.format(length=SHORTEST))
    salt = os.urandom(16)
    cipher = Cipher(_key(passphrase, salt, cost, BLOCK_SIZE, PARALLELISM))
    check = cipher.seal(CHECK_TEXT, CHECK_CONTEXT)
    return Lock(salt, cost, BLOCK_SIZE, PARALLELISM, check), cipher


def unlock(lock: Lock, passphrase: str) -> Cipher:
    """The cipher for this lock; raises WrongPassphrase if the passphrase is not the one."""
    cipher = Cipher(_key(passphrase, lock.salt, lock.cost, lock.block_size, lock.parallelism))
    try:
        cipher.open(lock.check, CHECK_CONTEXT)
    except Damaged:
        raise WrongPassphrase() from None
    return cipher
