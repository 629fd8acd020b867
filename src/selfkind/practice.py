"""Practising: run an exercise, score it, and keep it as an entry."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from selfkind.entry import COMPLETE, Entry, new_entry_id, now, utc_timestamp
from selfkind.errors import InvalidFile
from selfkind.exercise.model import Exercise, Given
from selfkind.exercise.scoring import compute_scores
from selfkind.exercise.validate import parse_exercise
from selfkind.runner import Prompter, run
from selfkind.store import Store


@dataclass(frozen=True)
class Practised:
    entry: Entry
    notices: list[str]


def practise(
    store: Store, exercise: Exercise, given: Mapping[str, Given], prompter: Prompter | None = None
) -> Practised:
    """Run an exercise with the given answers (asking for the rest) and save it as a complete entry."""
    started = now()
    result = run(exercise, given, prompter)
    entry = Entry(
        id=new_entry_id(),
        exercise_id=exercise.id,
        exercise_title=exercise.title,
        exercise_hash=exercise.hash,
        started_at=utc_timestamp(started),
        completed_at=utc_timestamp(now()),
        local_date=started.date().isoformat(),
        status=COMPLETE,
        answers=result.answers,
        scores=compute_scores(exercise, result.answers),
    )
    store.save(entry, exercise.source)
    return Practised(entry, result.notices)


def exercise_of(
    store: Store, entry: Entry, cache: dict[str, Exercise | None] | None = None
) -> Exercise | None:
    """The exercise as it was when the entry was made (None if its copy cannot be read)."""
    cache = {} if cache is None else cache
    if entry.exercise_hash not in cache:
        source = store.exercise_source(entry.exercise_hash)
        exercise = None
        if source is not None:
            try:
                exercise = parse_exercise(source, label=entry.exercise_id, origin="stored copy")
            except InvalidFile:
                exercise = None
        cache[entry.exercise_hash] = exercise
    return cache[entry.exercise_hash]
