"""Where selfkind keeps its data: $SELFKIND_HOME, else the platform's user data folder.

Paths are computed on every call, never at import, so tests and scripts can set
SELFKIND_HOME at any time.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def data_dir() -> Path:
    """The data folder (not created)."""
    home = os.environ.get("SELFKIND_HOME")
    if home:
        return Path(home).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("selfkind", appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create a folder (and parents) readable by this user only."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if path.stat().st_mode & 0o077:
        path.chmod(PRIVATE_DIR)
    return path


def database_path() -> Path:
    return data_dir() / "selfkind.db"


def user_exercises_dir() -> Path:
    return data_dir() / "exercises"


def builtin_exercises_dir() -> Path:
    """The exercises shipped inside the package."""
    return Path(__file__).parent / "exercises"


def parsed_exercises_file() -> Path:
    """Exercise files parsed before, kept to start faster (see `exercise.parsed`)."""
    return data_dir() / "parsed-exercises.pickle"


def plans_dir() -> Path:
    return data_dir() / "plans"


SELFKIND_FILES = (
    "selfkind.db",
    "selfkind.db-wal",
    "selfkind.db-shm",
    "selfkind.db-journal",
    "parsed-exercises.pickle",
    "nudge",
)
SELFKIND_FOLDERS = ("exercises", "plans")
# Files being replaced are written first as ".NAME.PID"; a crash can leave one behind.
PARTIAL = (".parsed-exercises.pickle.", ".nudge.")


def remove_data() -> bool:
    """Remove what selfkind keeps, and the folder if nothing else is in it; True if anything was.

    Only selfkind's own files and folders are touched, so a SELFKIND_HOME that points at
    a folder holding other things never loses them.
    """
    import shutil

    folder = data_dir()
    removed = False
    partly_written = [path.name for path in folder.glob(".*.*") if path.name.startswith(PARTIAL)]
    for name in (*SELFKIND_FILES, *partly_written):
        path = folder / name
        if path.is_file():
            path.unlink()
            removed = True
    for name in SELFKIND_FOLDERS:
        path = folder / name
        if path.is_dir():
            shutil.rmtree(path)
            removed = True
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
    return removed


def repair_permissions() -> list[Path]:
    """Make the data folder 0700 and its files 0600 again if something opened them up.

    Returns what was repaired (nothing when the folder does not exist yet).
    """
    folder = data_dir()
    if not folder.is_dir():
        return []
    repaired = []
    if folder.stat().st_mode & 0o077:
        folder.chmod(PRIVATE_DIR)
        repaired.append(folder)
    # os.walk passes over folders that vanish while it walks (another selfkind's `plan add`).
    for parent, folders, files in os.walk(folder):
        for name, wanted in [(n, PRIVATE_DIR) for n in folders] + [
            (n, PRIVATE_FILE) for n in files
        ]:
            path = Path(parent) / name
            try:
                if not path.is_symlink() and path.stat().st_mode & 0o077:
                    path.chmod(wanted)
                    repaired.append(path)
            except FileNotFoundError:  # removed meanwhile by another selfkind (a log, a cache)
                continue
    return repaired
