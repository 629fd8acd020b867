"""Where exercises come from: the built-ins, the person's own folder, or a path."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from selfkind import messages
from selfkind.errors import InvalidFile, SelfkindError
from selfkind.exercise.format import EXERCISE_ID
from selfkind.exercise.model import Exercise
from selfkind.exercise.validate import load_exercise
from selfkind.paths import builtin_exercises_dir, user_exercises_dir

BUILT_IN = "built-in"
YOURS = "yours"


@dataclass(frozen=True)
class Listed:
    """One exercise in the catalog: loaded, or the mistakes that keep it from loading."""

    path: Path
    origin: str
    exercise: Exercise | None = None
    error: InvalidFile | None = None


def _folders() -> list[tuple[str, Path]]:
    """Folders searched by id, first match wins: the person's own exercises replace built-ins."""
    return [(YOURS, user_exercises_dir()), (BUILT_IN, builtin_exercises_dir())]


def looks_like_path(name: str) -> bool:
    return name.endswith((".yaml", ".yml")) or "/" in name or "\\" in name


def find_exercise(name: str) -> Exercise:
    """The exercise named by an id or a path; raises a kind error if there is none."""
    if looks_like_path(name):
        path = Path(name).expanduser()
        if not path.is_file():
            raise SelfkindError(messages.NO_SUCH_FILE.format(path=path))
        return load_exercise(path)
    if re.fullmatch(EXERCISE_ID, name):
        for origin, folder in _folders():
            path = folder / f"{name}.yaml"
            if path.is_file():
                return load_exercise(path, origin=origin, trusted=origin == BUILT_IN)
    known = sorted({item.path.stem for item in list_exercises()})
    close = difflib.get_close_matches(name, known, n=1)
    if close:
        raise SelfkindError(messages.NO_SUCH_EXERCISE_CLOSE.format(name=name, close=close[0]))
    raise SelfkindError(messages.NO_SUCH_EXERCISE.format(name=name))


def list_exercises() -> list[Listed]:
    """Every exercise available, sorted by id; the person's own replace built-ins of the same id."""
    found: dict[str, Listed] = {}
    for origin, folder in reversed(_folders()):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            try:
                exercise = load_exercise(path, origin=origin, trusted=origin == BUILT_IN)
                found[path.stem] = Listed(path, origin, exercise=exercise)
            except InvalidFile as error:
                found[path.stem] = Listed(path, origin, error=error)
    return [found[key] for key in sorted(found)]
