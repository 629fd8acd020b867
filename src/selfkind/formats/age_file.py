"""age files (age-encryption.org/v1), through pyrage: a report locked for a therapist's key,
opened with their identity, and the identity file itself in age's own format, so Debian's
`age -d -i FILE` reads what selfkind writes and selfkind reads what `age -r KEY` writes.

Only this module imports pyrage, and only when a report is locked or opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

MAGIC = b"age-encryption.org/v1\n"
ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
SECRET = "AGE-SECRET-KEY-1"


class NotAgeFile(Exception):
    """The bytes are not an age file at all."""


class OtherKey(Exception):
    """No identity given opens the file: it was locked for another key (or its header was
    damaged, which age cannot tell apart)."""


class Damaged(Exception):
    """An age file for this key whose body does not open: changed or cut short."""


class BadIdentity(Exception):
    """An identity file without a usable secret key."""


@dataclass(frozen=True)
class Identity:
    """A therapist's identity: the file's text, and the public key (recipient) it gives."""

    text: str
    recipient: str


def new_identity() -> Identity:
    """A new X25519 identity, written as `age-keygen` writes one."""
    from pyrage import x25519

    secret = x25519.Identity.generate()
    recipient = str(secret.to_public())
    created = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = f"# created: {created}\n# public key: {recipient}\n{secret}\n"
    return Identity(text, recipient)


def identity_from(text: str) -> Identity:
    """The identity in a file's text (comment lines passed over); BadIdentity if none."""
    from pyrage import IdentityError, x25519

    keys = [line.strip() for line in text.splitlines() if line.strip().startswith(SECRET)]
    if len(keys) != 1:
        raise BadIdentity()
    try:
        secret = x25519.Identity.from_str(keys[0])
    except (IdentityError, ValueError):
        raise BadIdentity() from None
    return Identity(text, str(secret.to_public()))


def lock(data: bytes, recipient: str) -> bytes:
    """The data in an age file only the recipient's identity opens."""
    import pyrage
    from pyrage import x25519

    return pyrage.encrypt(data, [x25519.Recipient.from_str(recipient)])


def unlock(data: bytes, identity: Identity) -> bytes:
    """An age file's data, opened with the identity (binary or armored, as `age -a` writes)."""
    import pyrage
    from pyrage import x25519

    if not data.startswith(MAGIC) and not data.lstrip().startswith(ARMOR):
        raise NotAgeFile()
    secret = [line.strip() for line in identity.text.splitlines() if line.startswith(SECRET)]
    try:
        return pyrage.decrypt(data, [x25519.Identity.from_str(secret[0])])
    except pyrage.DecryptError as error:
        if "no matching keys" in str(error).lower():
            raise OtherKey() from None
        raise Damaged() from None
