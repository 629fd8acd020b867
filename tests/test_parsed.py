"""Parsed exercises kept between runs: read back only when they are ours and current, and
never able to run anything."""

from __future__ import annotations

import os
import pickle
import stat
from pathlib import Path

import pytest

from helpers import make_entry, save
from selfkind.services import stored
from selfkind.services.catalog import find_exercise, kept_exercise, list_exercises
from selfkind.storage import parsed
from selfkind.storage.paths import parsed_exercises_file
from selfkind.storage.store import open_store

BUILT_INS = [item.exercise for item in list_exercises() if item.exercise is not None]


@pytest.mark.parametrize("exercise", BUILT_INS, ids=lambda exercise: exercise.id)
def test_every_built_in_reads_back_as_it_was(exercise) -> None:  # type: ignore[no-untyped-def]
    assert parsed.read_back(parsed.kept(exercise)) == exercise


class Runs:
    """A value that would run a command when unpickled by a careless reader."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (os.system, (f"touch {self.marker}",))


def test_a_hostile_kept_value_is_ignored_and_never_runs(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    hostile = [
        pickle.dumps(Runs(marker)),
        pickle.dumps((parsed._fingerprint(), Runs(marker))),
        b"not a pickle at all",
        b"",
        pickle.dumps((("another selfkind", ()), BUILT_INS[0])),  # another version's model
        pickle.dumps((parsed._fingerprint(), "not an exercise")),
    ]
    for data in hostile:
        assert parsed.read_back(data) is None
    assert not marker.exists()


def test_stored_copies_are_parsed_once_then_read_back(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(make_entry("e1", "2026-11-20", "kindness-reframe"))
    with open_store() as store:
        [entry] = store.entries()
        first = stored.exercises_of(store)(entry)
        assert first is not None and first.id == "kindness-reframe"
        assert store.parsed_exercise(entry.exercise_hash)

    def no_parsing(*_: object) -> None:
        raise AssertionError("the stored copy was parsed again")

    monkeypatch.setattr(stored, "_parse_stored", no_parsing)
    with open_store() as store:
        assert stored.exercises_of(store)(entry) == first


def test_exercise_files_are_read_back_while_unchanged(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(make_entry("e1", "2026-11-20"))  # the cache lives beside a database selfkind keeps
    source = find_exercise("checkin").source
    path = tmp_path / "mine.yaml"
    path.write_text(source.replace("Daily check-in", "My check-in"), encoding="utf-8")
    assert kept_exercise(path).title == "My check-in"
    cache = parsed_exercises_file()
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600

    loads: list[Path] = []
    from selfkind.formats import validate

    real = validate.load_exercise
    monkeypatch.setattr(validate, "load_exercise", lambda p, **kw: loads.append(p) or real(p, **kw))
    assert kept_exercise(path).title == "My check-in"
    assert loads == []  # read back

    # An edit that keeps the file's size and time (a copy that keeps times does) still counts.
    before = path.stat()
    path.write_text(source.replace("Daily check-in", "An check-in"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert kept_exercise(path).title == "An check-in"  # changed: parsed again
    assert loads == [path]


def test_a_cache_file_of_another_layout_is_a_miss_not_a_crash(home: Path) -> None:
    save(make_entry("e1", "2026-11-20"))
    for content in ({"built-in\0/x": {"not": "bytes"}}, ["a", "list"], "text"):
        parsed_exercises_file().write_bytes(pickle.dumps(content))
        assert find_exercise("checkin").id == "checkin"


def test_nothing_is_kept_in_a_folder_without_a_selfkind_database(home: Path) -> None:
    home.mkdir()
    find_exercise("checkin")
    assert list(home.iterdir()) == []
