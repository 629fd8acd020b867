"""Parsed exercises, kept so that commands need not load the YAML reader and the validator
(about 50 ms) nor parse each file again: in the database beside the copies entries were made
with, and in the data folder for exercise files while they are unchanged.

Only classes of the exercise model are read back: a kept value holding anything else, or
written by another selfkind or another shape of the model, is ignored and parsed afresh.
"""

from __future__ import annotations

import dataclasses
import io
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

from selfkind import __version__
from selfkind.exercise import model
from selfkind.exercise.model import Exercise
from selfkind.paths import PRIVATE_FILE, database_path, parsed_exercises_file

MODEL_CLASSES = {
    name: value
    for name, value in vars(model).items()
    if isinstance(value, type) and dataclasses.is_dataclass(value)
}


def _fingerprint() -> tuple[Any, ...]:
    """This selfkind's version and the fields of every model class."""
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
    """The exercise in a file: read back while the file is unchanged (same time and size),
    else `load()`ed and kept for next time."""
    stat = path.stat()
    key = f"{origin}\0{path.resolve()}"
    stamp = (stat.st_mtime_ns, stat.st_size)
    cache = _read_cache()
    if key in cache and cache[key][0] == stamp:
        exercise = read_back(cache[key][1])
        if exercise is not None:
            return exercise
    exercise = load()
    cache[key] = (stamp, kept(exercise))
    _write_cache(cache)
    return exercise


def _read_cache() -> dict[str, tuple[tuple[int, int], bytes]]:
    try:
        with parsed_exercises_file().open("rb") as file:
            cache = _ModelOnly(file).load()
    except Exception:  # missing, damaged or foreign: start again
        return {}
    return cache if isinstance(cache, dict) else {}


def _write_cache(cache: dict[str, tuple[tuple[int, int], bytes]]) -> None:
    """Write the cache whole, or not at all; only beside a database selfkind already keeps."""
    target = parsed_exercises_file()
    if not database_path().is_file():
        return
    partial = target.with_name(f".{target.name}.{os.getpid()}")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        with os.fdopen(descriptor, "wb") as file:
            pickle.dump(cache, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, target)
    except OSError:
        partial.unlink(missing_ok=True)
