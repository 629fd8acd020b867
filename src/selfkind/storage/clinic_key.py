"""The therapist's age identity file, in the data folder: made once, never replaced."""

from __future__ import annotations

from pathlib import Path

from selfkind import messages
from selfkind.core.errors import SelfkindError
from selfkind.storage.atomic import write_once
from selfkind.storage.paths import data_dir, ensure_private_dir, refuse_links

CLINIC_FOLDER = "clinic"


def key_path() -> Path:
    return data_dir() / CLINIC_FOLDER / "key.txt"


def read_key() -> str | None:
    """The identity file's text, or None if there is none yet."""
    path = refuse_links(key_path())
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error
        raise SelfkindError(messages.CLINIC_NO_FILE.format(file=path, reason=reason)) from None


def create_key(text: str) -> bool:
    """Write the identity file if there is none, whole and readable only by you (so two
    windows cannot both make one, and a crash leaves none half-written). Returns False,
    changing nothing, when one is there already."""
    path = refuse_links(key_path())
    ensure_private_dir(path.parent)
    return write_once(path, text.encode("utf-8"))
