"""The exercises an import is checked against: carried in the file, stored here, or known."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from selfkind.core.errors import InvalidFile
from selfkind.formats import importer
from selfkind.formats.import_checks import Checked

if TYPE_CHECKING:
    from selfkind.core.exercise import Exercise


def read_import(text: str, label: str, journal: Exercise) -> importer.Imported:
    """Entries from a selfkind or jrnl export, each checked against the exercise it was made
    with; raises SelfkindError (nothing read) if any is wrong."""
    return importer.read_import(text, label, journal, find_exercises)


def find_exercises(
    named: Iterable[tuple[str, str]], carried: dict[str, Exercise]
) -> dict[tuple[str, str], Checked | None]:
    """The exercise each (exercise id, hash) names: the text carried in the file, else the
    copy stored here with that hash, else the exercise known by that id (the person's own,
    a built-in, or one from a plan); None where there is none."""
    found: dict[tuple[str, str], Checked | None] = {}
    wanted = set(named)
    for exercise_id, exercise_hash in wanted:
        if exercise_hash in carried:
            found[(exercise_id, exercise_hash)] = Checked.of(carried[exercise_hash])
    stored = _stored({exercise_hash for (_, exercise_hash) in wanted - set(found)})
    known: dict[str, Checked | None] = {}
    for exercise_id, exercise_hash in wanted - set(found):
        if exercise_hash in stored:
            found[(exercise_id, exercise_hash)] = Checked.of(stored[exercise_hash])
            continue
        if exercise_id not in known:
            exercise = _known(exercise_id)
            known[exercise_id] = Checked.of(exercise) if exercise is not None else None
        found[(exercise_id, exercise_hash)] = known[exercise_id]
    return found


def _stored(hashes: set[str]) -> dict[str, Exercise]:
    """The exercise copies stored here with these hashes, read without changing anything
    (no database is made if there is none yet)."""
    from selfkind.storage.paths import database_path

    if not hashes or not database_path().is_file():
        return {}
    from selfkind.services.stored import stored_exercise
    from selfkind.storage.store import open_store

    found = {}
    with open_store() as store:
        for exercise_hash in hashes:
            exercise = stored_exercise(store, exercise_hash)[0]
            if exercise is not None:
                found[exercise_hash] = exercise
    return found


def _known(exercise_id: str) -> Exercise | None:
    from selfkind.services.catalog import known_exercise

    try:
        return known_exercise(exercise_id)
    except InvalidFile:  # the person's own file of that id has mistakes, so it cannot check
        return None
