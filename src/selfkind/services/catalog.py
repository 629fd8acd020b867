"""Where exercises come from: the built-ins, the person's own folder, or a path."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from selfkind import messages
from selfkind.core.errors import InvalidFile, SelfkindError
from selfkind.core.exercise import BUILT_IN, EXERCISE_ID, YOURS, Exercise, looks_like_path
from selfkind.core.text import closest
from selfkind.core.wording import in_language
from selfkind.messages.language import current_language
from selfkind.storage.paths import PLAN_FILE, builtin_exercises_dir, plans_dir, user_exercises_dir

if TYPE_CHECKING:
    from selfkind.formats.starter import MeasureTemplate


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


def kept_exercise(
    path: Path, *, origin: str = "", trusted: bool = False, language: str | None = None
) -> Exercise:
    """Read and validate an exercise file, or read it back parsed while it is unchanged; in
    `language` (the one spoken, unless said) where the file gives its words."""
    from selfkind.storage.parsed import parsed_file

    def load() -> Exercise:
        from selfkind.formats.validate import load_exercise

        return load_exercise(path, origin=origin, trusted=trusted)

    return in_language(parsed_file(path, origin, load), language or current_language())


def known_exercise(exercise_id: str, language: str | None = None) -> Exercise | None:
    """The exercise with this id: the person's own, a built-in, or one from a plan (in
    `language` where it gives the words, as `kept_exercise`)."""
    if not re.fullmatch(EXERCISE_ID, exercise_id):
        return None
    for origin, folder in _folders():
        path = folder / f"{exercise_id}.yaml"
        if path.is_file():
            trusted = origin == BUILT_IN
            return kept_exercise(path, origin=origin, trusted=trusted, language=language)
    for origin, path in _plan_files():
        try:
            exercise = kept_exercise(path, origin=origin, language=language)
        except InvalidFile:
            continue
        if exercise.id == exercise_id:
            return exercise
    return None


def find_exercise(name: str) -> Exercise:
    """The exercise named by an id or a path; raises a kind error if there is none."""
    if looks_like_path(name):
        path = Path(name).expanduser()
        if not path.is_file():
            raise SelfkindError(messages.NO_SUCH_FILE.format(path=path))
        return kept_exercise(path)
    exercise = known_exercise(name)
    if exercise is not None:
        return exercise
    known = sorted(
        {item.exercise.id if item.exercise else item.path.stem for item in list_exercises()}
    )
    close = closest(name, known)
    if close:
        raise SelfkindError(messages.NO_SUCH_EXERCISE_CLOSE.format(name=name, close=close))
    raise SelfkindError(messages.NO_SUCH_EXERCISE.format(name=name))


def _plan_files() -> list[tuple[str, Path]]:
    """Exercise files that came with plans, with the plan they came with."""
    folder = plans_dir()
    if not folder.is_dir():
        return []
    return [
        (f"plan {path.relative_to(folder).parts[0]}", path)
        for path in sorted(folder.glob("*/**/*.yaml"))
        if path.name != PLAN_FILE and not path.relative_to(folder).parts[0].startswith(".")
    ]


def list_exercises() -> list[Listed]:
    """Every exercise available, sorted by id; the person's own replace built-ins of the same id,
    and both replace exercises that came with plans."""
    found: dict[str, Listed] = {}
    for origin, path in _plan_files():
        try:
            exercise = kept_exercise(path, origin=origin)
            found.setdefault(exercise.id, Listed(path, origin, exercise=exercise))
        except InvalidFile as error:
            found.setdefault(path.stem, Listed(path, origin, error=error))
    for origin, folder in reversed(_folders()):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            try:
                exercise = kept_exercise(path, origin=origin, trusted=origin == BUILT_IN)
                found[path.stem] = Listed(path, origin, exercise=exercise)
            except InvalidFile as error:
                found[path.stem] = Listed(path, origin, error=error)
    return [found[key] for key in sorted(found)]


def measure_templates() -> list[MeasureTemplate]:
    """The measure templates `exercise new --from` starts from, by id."""
    from selfkind.formats.starter import measure_template

    folder = builtin_exercises_dir() / "templates"
    return [
        measure_template(path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.yaml"))
    ]


def find_template(name: str) -> MeasureTemplate:
    """The measure template of this id; a usage error, with the nearest id, if there is none."""
    from selfkind.core.errors import UsageError

    templates = {template.id: template for template in measure_templates()}
    if name.casefold() in templates:
        return templates[name.casefold()]
    close = closest(name.casefold(), sorted(templates))
    said = messages.NO_SUCH_TEMPLATE_CLOSE if close else messages.NO_SUCH_TEMPLATE
    raise UsageError(said.format(name=name, close=close))


def install_exercise(exercise: Exercise) -> None:
    """Keep a checked exercise among the person's own, 0600, whole or not at all (a link
    where it would go is refused, never written through)."""
    from selfkind.storage.paths import (
        ensure_private_dir,
        private_file,
        refuse_links,
        user_exercises_dir,
    )

    target = refuse_links(user_exercises_dir() / f"{exercise.id}.yaml")
    ensure_private_dir(user_exercises_dir())
    with private_file(target) as stream:  # 0600 whatever the umask, whole or not at all
        stream.write(exercise.source)
