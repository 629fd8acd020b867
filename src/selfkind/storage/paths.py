"""Where selfkind keeps its data: $SELFKIND_HOME, else the platform's user data folder.

Paths are computed on every call, never at import, so tests and scripts can set
SELFKIND_HOME at any time.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TextIO, cast

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
    """Create a folder, and any missing folders above it, readable by this user only whatever
    the umask. Below the data folder a symbolic link is refused (see `refuse_links`)."""
    refuse_links(path)
    missing = []
    step = path
    while not os.path.lexists(step) and step.parent != step:
        missing.append(step)
        step = step.parent
    for folder in reversed(missing or [path]):  # a file in the way raises, as it should
        folder.mkdir(mode=PRIVATE_DIR, exist_ok=True)  # the umask only takes bits from 0700
    if path.stat().st_mode & 0o077:
        path.chmod(PRIVATE_DIR)
    return path


def link_between(base: Path, path: Path) -> Path | None:
    """The first symbolic link on the way down from `base` (not itself checked) to `path`."""
    try:
        parts = path.relative_to(base).parts
    except ValueError:
        return None
    for depth in range(1, len(parts) + 1):
        step = base.joinpath(*parts[:depth])
        if step.is_symlink():
            return step
    return None


def refuse_links(path: Path) -> Path:
    """`path`, when no symbolic link lies between the data folder and it: selfkind never writes,
    changes or deletes through one, so nothing outside its folder is touched by mistake. The
    data folder itself may be a link (that is simply where the person keeps it)."""
    link = link_between(data_dir(), path)
    if link is not None:
        from selfkind import messages
        from selfkind.core.errors import SelfkindError

        raise SelfkindError(messages.LINK_REFUSED.format(link=link))
    return path


def database_path() -> Path:
    return data_dir() / "selfkind.db"


def user_exercises_dir() -> Path:
    return data_dir() / "exercises"


def builtin_exercises_dir() -> Path:
    """The exercises shipped inside the package."""
    return Path(__file__).parent.parent / "exercises"


def parsed_exercises_file() -> Path:
    """Exercise files parsed before, kept to start faster (see `exercise.parsed`)."""
    return data_dir() / "parsed-exercises.pickle"


def plans_dir() -> Path:
    return data_dir() / "plans"


PLAN_FILE = "plan.yaml"  # each installed plan is a folder: this file and the files it names


def plan_folder(plan_id: str) -> Path:
    return plans_dir() / plan_id


SELFKIND_FILES = (
    "selfkind.db",
    "selfkind.db-wal",
    "selfkind.db-shm",
    "selfkind.db-journal",
    "parsed-exercises.pickle",
    "nudge",
)
SELFKIND_FOLDERS = ("exercises", "plans", "clinic")
# Files being replaced are written first as ".NAME.RANDOM" (atomic.py); a crash can leave one.
PARTIAL = (".parsed-exercises.pickle.", ".nudge.")


@dataclass(frozen=True)
class Removed:
    """What `remove_data` did: whether anything was removed, and each symbolic link it removed
    (the link only) with the place it pointed to, which was left as it was."""

    anything: bool
    links: tuple[tuple[Path, Path], ...] = ()


def remove_data() -> Removed:
    """Remove what selfkind keeps, and the folder if nothing else is in it.

    Only selfkind's own files and folders are touched, so a SELFKIND_HOME that points at
    a folder holding other things never loses them. Everything is checked before anything
    is removed, so what cannot be removed keeps the rest in place too. A link is removed
    itself and never followed: what it points to, inside the folder or out, stays.
    """
    import shutil

    from selfkind import messages
    from selfkind.core.errors import SelfkindError

    folder = data_dir()
    if not folder.is_dir():
        return Removed(False)
    targets, links = _removal_plan(folder)
    for done, path in enumerate(targets):
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)  # never follows a link inside (on every platform Python runs)
            else:
                path.unlink()
        except OSError as error:
            reason = error.strerror or str(error)
            if done:
                said = messages.EVERYTHING_PARTLY.format(folder=folder, path=path, reason=reason)
            else:
                said = messages.EVERYTHING_CANNOT.format(path=path, reason=reason)
            raise SelfkindError(said) from None
    if not folder.is_symlink() and not any(folder.iterdir()):
        folder.rmdir()
    return Removed(bool(targets), tuple(links))


def _removal_plan(folder: Path) -> tuple[list[Path], list[tuple[Path, Path]]]:
    """What `remove_data` will remove, and the links among it, once every part of it is
    known to be removable; raises (nothing removed) when a part is not."""
    from selfkind import messages
    from selfkind.core.errors import SelfkindError

    def refuse(path: Path | str, reason: str) -> SelfkindError:
        return SelfkindError(messages.EVERYTHING_CANNOT.format(path=path, reason=reason))

    denied = os.strerror(errno.EACCES)
    partly_written = [path.name for path in folder.glob(".*.*") if path.name.startswith(PARTIAL)]
    # Folders first and the database last, so that if removing fails part-way (after these
    # checks), what was written keeps the longest.
    files = sorted(SELFKIND_FILES, key=lambda name: name.startswith("selfkind.db"))
    folders = [folder / name for name in SELFKIND_FOLDERS]
    targets = [path for path in folders if path.is_symlink() or path.is_dir()]
    targets += [
        path
        for path in (folder / name for name in (*partly_written, *files))
        if path.is_symlink() or path.is_file()
    ]
    if targets and not os.access(folder, os.W_OK | os.X_OK):
        raise refuse(folder, denied)

    def unreadable(error: OSError) -> None:
        raise refuse(error.filename, error.strerror or str(error))

    links = [path for path in targets if path.is_symlink()]
    for path in targets:
        if path.is_symlink() or not path.is_dir():
            continue
        for parent, subfolders, names in os.walk(path, onerror=unreadable):  # links not followed
            if not os.access(parent, os.R_OK | os.W_OK | os.X_OK):
                raise refuse(parent, denied)
            inside = (Path(parent, name) for name in (*subfolders, *names))
            links += [link for link in inside if link.is_symlink()]
    return targets, [(link, _pointed_to(link)) for link in links]


def _pointed_to(link: Path) -> Path:
    """Where a symbolic link points, as a full path."""
    return Path(os.path.normpath(link.parent / os.readlink(link)))


def repair_permissions() -> list[Path]:
    """Make the data folder 0700 and selfkind's own files and folders in it 0600 and 0700
    again if something opened them up (anything else a person keeps there is theirs).

    Returns what was repaired (nothing when the folder does not exist yet).
    """
    folder = data_dir()
    if not folder.is_dir():
        return []
    repaired = []
    if folder.stat().st_mode & 0o077:
        folder.chmod(PRIVATE_DIR)
        repaired.append(folder)
    ours = [folder / name for name in (*SELFKIND_FILES, *SELFKIND_FOLDERS)]
    ours += [path for path in folder.glob(".*.*") if path.name.startswith(PARTIAL)]
    for top in ours:
        _repair(top, PRIVATE_DIR if top.name in SELFKIND_FOLDERS else PRIVATE_FILE, repaired)
        if top.name in SELFKIND_FOLDERS and not top.is_symlink():
            # os.walk passes over folders that vanish while it walks (another `plan add`).
            for parent, folders, files in os.walk(top):
                for name in folders:
                    _repair(Path(parent, name), PRIVATE_DIR, repaired)
                for name in files:
                    _repair(Path(parent, name), PRIVATE_FILE, repaired)
    return repaired


def _repair(path: Path, wanted: int, repaired: list[Path]) -> None:
    try:
        if not path.is_symlink() and path.stat().st_mode & 0o077:
            path.chmod(wanted)
            repaired.append(path)
    except FileNotFoundError:  # not there, or removed meanwhile by another selfkind
        pass


@contextmanager
def private_file(path: Path) -> Iterator[TextIO]:
    """A text file (UTF-8) readable only by you, written whole or not at all through
    `atomic.atomic_write`. A link at `path`, or between the data folder and it, is refused."""
    with _private(path, text=True) as stream:
        yield cast(TextIO, stream)


def write_private(path: Path, data: bytes, *, once: bool = False) -> bool:
    """Bytes (a PDF) in a file readable only by you, as `private_file` writes text; with
    `once`, only if there is no file there yet (False, changing nothing, if there is)."""
    try:
        with _private(path, text=False, once=once) as stream:
            stream.write(data)
    except FileExistsError:
        return False
    return True


@contextmanager
def _private(path: Path, *, text: bool, once: bool = False) -> Iterator[IO[Any]]:
    from selfkind import messages
    from selfkind.core.errors import SelfkindError
    from selfkind.storage.atomic import LinkRefused, atomic_write

    refuse_links(path)
    try:
        with atomic_write(path, text=text, once=once) as stream:
            yield stream
    except LinkRefused:
        raise SelfkindError(messages.LINK_REFUSED.format(link=path)) from None
    except FileExistsError:
        raise  # written `once`, and a file is there: the caller chooses another name
    except OSError as error:
        raise SelfkindError(
            messages.EXPORT_UNWRITABLE.format(path=path, reason=error.strerror or error)
        ) from None
