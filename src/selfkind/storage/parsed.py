"""Parsed exercises, kept so that commands need not load the YAML reader and the validator
(about 50 ms) nor parse each file again: in the database beside the copies entries were made
with, and in the data folder for exercise files while they hold the same text.

Only classes of the exercise model are read back: a kept value holding anything else, or
written by another selfkind or another shape of the model, is ignored and parsed afresh.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

from selfkind import __version__
from selfkind.core import exercise as model
from selfkind.core.exercise import Exercise
from selfkind.storage.atomic import atomic_write
from selfkind.storage.paths import database_path, parsed_exercises_file

MODEL_CLASSES = {
    name: value
    for name, value in vars(model).items()
    if isinstance(value, type) and dataclasses.is_dataclass(value)
}


@functools.cache
def _fingerprint() -> tuple[Any, ...]:
    """This selfkind's version and the fields of every model class (the same all run)."""
    return (
        __version__,
        tuple(
            (name, tuple(field.name for field in dataclasses.fields(cls)))
            for name, cls in sorted(MODEL_CLASSES.items())
        ),
    )


class _ModelOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module == model.__name__ and name in MODEL_CLASSES:
            return MODEL_CLASSES[name]
        raise pickle.UnpicklingError(f"{module}.{name} is not part of an exercise")


def kept(exercise: Exercise) -> bytes:
    """An exercise as it is kept."""
    return pickle.dumps((_fingerprint(), exercise), protocol=pickle.HIGHEST_PROTOCOL)


def read_back(data: bytes) -> Exercise | None:
    """The exercise kept in `data`, or None if it is not one this selfkind wrote."""
    try:
        fingerprint, exercise = _ModelOnly(io.BytesIO(data)).load()
    except Exception:  # a damaged or foreign value is only a cache miss
        return None
    if fingerprint != _fingerprint() or not isinstance(exercise, Exercise):
        return None
    return exercise


def parsed_file(path: Path, origin: str, load: Callable[[], Exercise]) -> Exercise:
    """The exercise in a file: read back while the file holds the same text it was parsed
    from, else `load()`ed and kept for next time."""
    key = f"{origin}\0{path.resolve()}"
    cache = _read_cache()
    exercise = read_back(cache[key]) if key in cache else None
    if exercise is not None and _holds(path, exercise.source):
        return exercise
    exercise = load()
    cache[key] = kept(exercise)
    _write_cache(cache)
    return exercise


def _holds(path: Path, text: str) -> bool:
    """Whether the file still holds this text (a file's time and size can stay the same
    through an edit: copied with its times kept, or on a coarse clock)."""
    try:
        return path.read_bytes() == text.encode("utf-8")
    except OSError:
        return False


def _read_cache() -> dict[str, bytes]:
    """The kept exercises, read once a run while the file is unchanged (`exercise list`
    asks for each exercise in turn, and the file holds them all)."""
    path = parsed_exercises_file()
    try:
        status = path.stat()
        stamp = (status.st_mtime_ns, status.st_size)
        if _read.get(str(path), (None, {}))[0] != stamp:
            with path.open("rb") as file:
                cache = _ModelOnly(file).load()
            if not isinstance(cache, dict):
                return {}
            kept = {key: value for key, value in cache.items() if isinstance(value, bytes)}
            _read[str(path)] = (stamp, kept)
    except Exception:  # missing, damaged or foreign: start again
        return {}
    return dict(_read[str(path)][1])  # a copy: the caller adds to it before writing it


_read: dict[str, tuple[tuple[int, int] | None, dict[str, bytes]]] = {}


def _write_cache(cache: dict[str, bytes]) -> None:
    """Write the cache whole, or not at all; only beside a database selfkind already keeps."""
    target = parsed_exercises_file()
    if not database_path().is_file():
        return
    try:
        with atomic_write(target) as file:
            pickle.dump(cache, file, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:  # a full disk, a read-only folder, a link in its place: parse next time
        pass
