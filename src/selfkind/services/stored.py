"""The exercise each entry was made with, as it was then: from the copy stored beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selfkind.core.entry import Entry
    from selfkind.core.exercise import Exercise
    from selfkind.storage.store import Store


def exercises_of(store: Store) -> Callable[[Entry], Exercise | None]:
    """A lookup of the exercise each entry was made with (None if its copy cannot be read),
    in the language being spoken where its file gives the words.

    Each copy is parsed once and kept parsed in the database, so later commands read it back
    without the YAML reader and the validator.
    """
    from selfkind.core.wording import in_language
    from selfkind.messages.language import current_language
    from selfkind.storage.parsed import kept

    language = current_language()
    known: dict[str, Exercise | None] = {}

    def exercise_of(entry: Entry) -> Exercise | None:
        if entry.exercise_hash not in known:
            exercise, parsed_now = stored_exercise(store, entry.exercise_hash)
            if parsed_now and exercise is not None:
                store.keep_parsed_exercise(entry.exercise_hash, kept(exercise))
            known[entry.exercise_hash] = exercise and in_language(exercise, language)
        return known[entry.exercise_hash]

    return exercise_of


def retitled(entries: list[Entry], exercise_for: Callable[[Entry], Exercise | None]) -> list[Entry]:
    """The entries with their exercise's title in the language spoken: an entry keeps the
    title it was made under, which may be in another language."""
    from dataclasses import replace

    titled = []
    for entry in entries:
        exercise = exercise_for(entry)
        if exercise is not None and exercise.title != entry.exercise_title:
            entry = replace(entry, exercise_title=exercise.title)
        titled.append(entry)
    return titled


def stored_exercise(store: Store, exercise_hash: str) -> tuple[Exercise | None, bool]:
    """The exercise copy stored with this hash (None if there is none or it cannot be read),
    and whether it had to be parsed now (its parsed form was not kept yet)."""
    from selfkind.storage.parsed import read_back

    data = store.parsed_exercise(exercise_hash)
    exercise = read_back(data) if data else None
    if exercise is not None:
        return exercise, False
    return _parse_stored(store, exercise_hash), True


def _parse_stored(store: Store, exercise_hash: str) -> Exercise | None:
    from selfkind.core.errors import InvalidFile
    from selfkind.formats.validate import parse_exercise

    found = store.exercise_file(exercise_hash)
    if found is None:
        return None
    try:
        # Stored copies were validated when they were stored (imports included).
        return parse_exercise(found[1], label=found[0], origin="stored copy", trusted=True)
    except InvalidFile:
        return None
