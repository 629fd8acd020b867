"""Practising: run an exercise, score it, and keep it as an entry (a draft while unfinished)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace

from selfkind import messages
from selfkind.entry import COMPLETE, DRAFT, Entry, new_entry_id, now, utc_timestamp
from selfkind.errors import SelfkindError
from selfkind.exercise.model import Answer, Exercise, Given
from selfkind.exercise.scoring import compute_scores
from selfkind.runner import Interrupted, Prompter, fitting, run
from selfkind.store import EncryptionChanged, Store

INTERRUPTED_EXIT = 130  # the shell's code for a program stopped with Ctrl-C


class DraftKept(SelfkindError):
    """The person stopped part-way; what they answered is kept as a draft."""

    exit_code = INTERRUPTED_EXIT


@dataclass(frozen=True)
class Practised:
    entry: Entry
    notices: list[str]


def practise(
    store: Store,
    exercise: Exercise,
    given: Mapping[str, Given],
    prompter: Prompter | None = None,
    *,
    draft: Entry | None = None,
) -> Practised:
    """Run an exercise and save it as a complete entry.

    With a prompter, every answer is saved at once as a draft, so stopping,
    a closed terminal or a crash never loses what was written; `draft` resumes one.
    """
    started = now()
    entry = draft or Entry(
        id=new_entry_id(),
        exercise_id=exercise.id,
        exercise_title=exercise.title,
        exercise_hash=exercise.hash,
        started_at=utc_timestamp(started),
        completed_at=None,
        local_date=started.date().isoformat(),
        status=DRAFT,
    )
    entry = replace(entry, exercise_title=exercise.title, exercise_hash=exercise.hash)

    def keep_draft(answers: dict[str, Answer]) -> None:
        _save(store, replace(entry, answers=answers, status=DRAFT), exercise)

    resume = fitting(exercise, draft.answers) if draft else None
    try:
        result = run(exercise, given, prompter, resume=resume, on_answer=keep_draft)
    except Interrupted as stopped:
        if stopped.answers:
            keep_draft(stopped.answers)
            raise DraftKept(messages.DRAFT_KEPT.format(exercise=exercise.id)) from None
        if draft is None:
            store.delete(entry.id)
        raise DraftKept(messages.INTERRUPTED) from None
    done = replace(
        entry,
        completed_at=utc_timestamp(now()),
        status=COMPLETE,
        answers=result.answers,
        scores=compute_scores(exercise, result.answers),
    )
    _save(store, done, exercise)
    return Practised(done, result.notices)


def _save(store: Store, entry: Entry, exercise: Exercise) -> None:
    """Save an entry; if it cannot be, show the person every word they wrote."""
    try:
        store.save(entry, exercise.source)
    except (sqlite3.Error, OSError) as error:
        raise _not_saved(messages.NOT_SAVED.format(reason=error), entry, exercise) from None
    except EncryptionChanged:
        raise _not_saved(messages.NOT_SAVED_ENCRYPTION_CHANGED, entry, exercise) from None


def _not_saved(said: str, entry: Entry, exercise: Exercise) -> SelfkindError:
    from selfkind.export import questions_and_answers

    written = [
        f"{question}\n    {answer}" for question, answer in questions_and_answers(entry, exercise)
    ]
    return SelfkindError(said, details=tuple(written))
