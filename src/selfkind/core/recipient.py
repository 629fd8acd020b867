"""An age recipient (`age1…`), the public key a therapist gives clients: checked to the last
character, so a mistyped one is caught before a report is locked for nobody.

age writes an X25519 recipient in Bech32 (BIP 173) with the prefix `age`: 32 bytes of key and
a six-character checksum. The check is ours (a few lines of arithmetic) so that reading a
plan never loads the age library.
"""

from __future__ import annotations

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
PREFIX = "age1"
LENGTH = 62  # "age1" + 52 characters of key + 6 of checksum
GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, word in enumerate(GENERATOR):
            if (top >> i) & 1:
                check ^= word
    return check


def is_recipient(text: str) -> bool:
    """Whether `text` is an age X25519 recipient with a right checksum."""
    if len(text) != LENGTH or not text.startswith(PREFIX):
        return False
    data = text[len(PREFIX) :]
    if any(char not in CHARSET for char in data):
        return False
    expanded = [ord(c) >> 5 for c in "age"] + [0] + [ord(c) & 31 for c in "age"]
    return _polymod(expanded + [CHARSET.index(c) for c in data]) == 1


def short(recipient: str) -> str:
    """The recipient's first and last characters, to be checked against the therapist's."""
    return f"{recipient[:10]}…{recipient[-6:]}"
