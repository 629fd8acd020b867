"""The one way selfkind writes a file (storage/atomic.py): whole or not at all, 0600, never
through a link, flushed to disk with its folder; and every writer goes through it."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers import make_entry, save
from selfkind import messages
from selfkind.storage import atomic
from selfkind.storage.atomic import LinkRefused, atomic_write, write_atomically

OLD = b"the old file, whole\n"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """A file already there, open to read as files usually are, in a folder of its own."""
    folder = tmp_path / "folder"
    folder.mkdir()
    path = folder / "kept.txt"
    path.write_bytes(OLD)
    path.chmod(0o644)
    return path


def left_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def broken(*args: object) -> None:
    raise OSError(5, "Input/output error")


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_a_failed_write_leaves_the_old_file_whole_and_no_partial_file(
    target: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    monkeypatch.setattr(os, step, broken)
    with pytest.raises(OSError, match="Input/output error"):
        write_atomically(target, b"new words " * 10_000)
    assert target.read_bytes() == OLD
    assert left_in(target.parent) == ["kept.txt"]


def test_a_write_stopped_part_way_leaves_the_old_file_whole(target: Path) -> None:
    with pytest.raises(KeyboardInterrupt), atomic_write(target) as file:
        file.write(b"half of the new")
        raise KeyboardInterrupt
    assert target.read_bytes() == OLD
    assert left_in(target.parent) == ["kept.txt"]


def test_a_killed_write_leaves_the_old_file_whole(target: Path) -> None:
    """A process killed while it writes (no `finally` runs) leaves at most a partial file
    beside the target, named `.NAME.*`, and the target as it was."""
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from selfkind.storage.atomic import atomic_write
                with atomic_write({str(target)!r}) as file:
                    file.write(b"new " * 100_000)
                    file.flush()
                    print("writing", flush=True)
                    time.sleep(60)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    finally:
        writer.kill()
    assert target.read_bytes() == OLD
    partial = [name for name in left_in(target.parent) if name != "kept.txt"]
    assert len(partial) == 1 and partial[0].startswith(".kept.txt.")


def test_the_new_file_is_private_whatever_the_umask(target: Path) -> None:
    before = os.umask(0)
    try:
        write_atomically(target, b"new")
        write_atomically(target.with_name("fresh.txt"), b"fresh")
    finally:
        os.umask(before)
    assert target.read_bytes() == b"new"
    for path in (target, target.with_name("fresh.txt")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_file_and_then_its_folder_are_flushed_to_disk(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed: list[tuple[str, bytes]] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        kind = "folder" if stat.S_ISDIR(os.fstat(descriptor).st_mode) else "file"
        flushed.append((kind, target.read_bytes()))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    write_atomically(target, b"new")
    # the file before it is renamed into place (the old one still there), the folder after
    assert flushed == [("file", OLD), ("folder", b"new")]


@pytest.mark.parametrize("pointing", ["at a file", "nowhere"])
def test_a_link_in_the_targets_place_is_refused(target: Path, pointing: str) -> None:
    link = target.with_name("link.txt")
    link.symlink_to(target if pointing == "at a file" else target.with_name("missing"))
    with pytest.raises(LinkRefused):
        write_atomically(link, b"new")
    assert link.is_symlink()
    assert target.read_bytes() == OLD
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert left_in(target.parent) == ["kept.txt", "link.txt"]


def test_a_link_put_in_place_while_writing_is_refused(target: Path) -> None:
    link = target.with_name("link.txt")
    with pytest.raises(LinkRefused), atomic_write(link) as file:
        file.write(b"new")
        link.symlink_to(target)
    assert target.read_bytes() == OLD
    assert left_in(target.parent) == ["kept.txt", "link.txt"]


def test_text_is_written_as_given(target: Path) -> None:
    with atomic_write(target, text=True) as file:
        file.write("café\r\nline two\n")
    assert target.read_bytes() == "café\r\nline two\n".encode()


# ---------------------------------------------------------------- every writer goes through it


def test_no_other_module_replaces_a_file_its_own_way() -> None:
    """os.replace, tempfile and the like live in storage/atomic.py only (plans rename whole
    folders they made in the data folder, after writing each file through it)."""
    source = Path(atomic.__file__).parent.parent
    own_ways = ("os.replace", "os.rename", "NamedTemporaryFile", "mkstemp", "O_CREAT", ".tmp")
    found = [
        f"{path.relative_to(source)}: {way}"
        for path in sorted(source.rglob("*.py"))
        if path.name != "atomic.py"
        for way in own_ways
        if way in path.read_text(encoding="utf-8")
    ]
    # the database file is created empty for SQLite, which writes it itself
    assert found == ["storage/store.py: O_CREAT"]


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--format", "json", "--out", "{out}"],
        ["export", "--format", "md", "--out", "{out}"],
        ["report", "--format", "html", "--out", "{out}"],
        ["exercise", "schema", "--out", "{out}"],
    ],
    ids=["export json", "export md", "report", "schema"],
)
def test_a_file_a_person_names_is_written_through_it(
    cli, target: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    save(make_entry("e1", "2026-11-20", answers={"mood": 6, "note": "a walk"}))
    args = [arg.format(out=target) for arg in command]
    monkeypatch.setattr(os, "replace", broken)
    failed = cli(*args)
    assert failed.exit_code == 1, failed.output
    assert "Traceback" not in failed.output
    assert target.read_bytes() == OLD
    assert left_in(target.parent) == ["kept.txt"]

    monkeypatch.undo()
    link = target.with_name("link.txt")
    link.symlink_to(target)
    refused = cli(*[arg.format(out=link) for arg in command])
    assert refused.exit_code == 1
    said = " ".join(refused.stderr.split())
    assert " ".join(messages.LINK_REFUSED.format(link=link).replace("`", "").split()) in said
    assert target.read_bytes() == OLD

    assert cli(*args).exit_code == 0
    assert target.read_bytes() != OLD
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_write_once_never_replaces(tmp_path: Path) -> None:
    """The therapist's key is made once: a second writer (another window) changes nothing."""
    target = tmp_path / "key.txt"
    assert atomic.write_once(target, b"first") is True
    assert atomic.write_once(target, b"second") is False
    assert target.read_bytes() == b"first"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["key.txt"]
