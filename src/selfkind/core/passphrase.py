"""What a new passphrase must be: one rule, shared by the prompt that asks for it and the
cipher that takes it."""

SHORTEST = 8  # characters in a new passphrase, spaces around it not counted


def too_short(passphrase: str) -> bool:
    return len(passphrase.strip()) < SHORTEST
