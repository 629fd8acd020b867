"""The one way selfkind writes a file: whole or not at all, and readable by you only.

The bytes go to a new file beside the target (0600 whatever the umask, created afresh, so
never opened through a link), which is flushed to disk and renamed over the target; then the
folder is flushed too, so the rename outlives a power cut. A failure at any step leaves the
old file whole and no partial file behind (a crash part-way can leave one, named `.NAME.*`;
see `paths.PARTIAL`). A symbolic link at the target is refused: neither written through nor
replaced.

Every file selfkind writes goes through here: its own (the nudge's answer, the parsed
exercises), what it keeps for you (exercises, plans), and what you ask it to write where you
say (exports, reports, the schema), which is private too. Only `os` is imported, so `selfkind
nudge`, which runs as every shell starts, writes through it as well.
"""

from __future__ import annotations

import errno
import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import TracebackType
    from typing import IO, Any

PRIVATE_FILE = 0o600
_CREATE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL  # never an existing file, nor a link
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class LinkRefused(OSError):
    """The target is a symbolic link: selfkind neither writes through one nor replaces it."""

    def __init__(self, path: str) -> None:
        super().__init__(errno.ELOOP, "a symbolic link", path)


class AtomicWrite:
    """`with atomic_write(path) as file:` a file (binary, or UTF-8 text) that replaces `path`
    when the block ends without an error, and is removed if it does not."""

    def __init__(
        self, path: str | os.PathLike[str], *, text: bool = False, once: bool = False
    ) -> None:
        self.path = os.fspath(path)
        self._text = text
        self._once = once  # never replace: FileExistsError if the target is there
        self._partial: str | None = None
        self._file: IO[Any] | None = None

    def __enter__(self) -> IO[Any]:
        if os.path.islink(self.path):
            raise LinkRefused(self.path)
        folder, name = os.path.split(self.path)
        while True:
            partial = os.path.join(folder, f".{name}.{os.urandom(4).hex()}")
            try:
                descriptor = os.open(partial, _CREATE, PRIVATE_FILE)
                break
            except FileExistsError:  # another writer's, or one a crash left: another name
                continue
        self._partial = partial
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(descriptor, PRIVATE_FILE)  # the umask may have taken more away
            if self._text:
                self._file = os.fdopen(descriptor, "w", encoding="utf-8", newline="")
            else:
                self._file = os.fdopen(descriptor, "wb")
        except BaseException:
            os.close(descriptor)
            _remove(partial)
            raise
        return self._file

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        file, partial = self._file, self._partial
        assert file is not None and partial is not None
        try:
            if kind is None:
                file.flush()
                os.fsync(file.fileno())
                file.close()
                if os.path.islink(self.path):  # one put there while the file was written
                    raise LinkRefused(self.path)
                if self._once:  # linked into place: fails, changing nothing, if one is there
                    os.link(partial, self.path)
                    _remove(partial)
                else:
                    os.replace(partial, self.path)
                partial = None
                sync_folder(os.path.dirname(self.path) or os.curdir)
        finally:
            if partial is not None:
                try:  # noqa: SIM105 (contextlib: one more import in every shell)
                    file.close()
                except OSError:  # the write failed already: that is the error to tell
                    pass
                _remove(partial)


def atomic_write(
    path: str | os.PathLike[str], *, text: bool = False, once: bool = False
) -> AtomicWrite:
    """A file that replaces `path` whole, or leaves it as it was (see the module): binary, or
    with `text` UTF-8 text written as it is given (no newline translation); with `once`, a
    file made only if none is there (FileExistsError, changing nothing, if one is)."""
    return AtomicWrite(path, text=text, once=once)


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace `path` with `data`, whole or not at all."""
    with atomic_write(path) as file:
        file.write(data)


def write_once(path: str | os.PathLike[str], data: bytes) -> bool:
    """Write `path` whole if there is no file there yet; False, changing nothing, if there is
    (another window's, written a moment before)."""
    try:
        with atomic_write(path, once=True) as file:
            file.write(data)
    except FileExistsError:
        return False
    return True


def sync_folder(folder: str | os.PathLike[str]) -> None:
    """Flush a folder's entries to disk, so a file renamed into it stays renamed after a power
    cut. Where folders cannot be opened (Windows), or a file system cannot flush one, the
    rename is left to the system."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
    finally:
        os.close(descriptor)


def _remove(path: str) -> None:
    try:  # noqa: SIM105 (as above)
        os.unlink(path)
    except OSError:  # gone already, or the folder became read-only: nothing more to do
        pass
