"""Practising: run an exercise, score it, and keep it as an entry (a draft while unfinished)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from selfkind import messages
from selfkind.core.entry import (
    COMPLETE,
    DRAFT,
    Entry,
    new_entry_id,
    now,
    parse_timestamp,
    utc_timestamp,
)
from selfkind.core.errors import SelfkindError
from selfkind.core.exercise import Answer, Exercise, Given
from selfkind.core.runner import Interrupted, Prompter, fitting, run
from selfkind.core.scoring import compute_scores
from selfkind.storage.store import EncryptionChanged, Store, StoreBusy

INTERRUPTED_EXIT = 130  # the shell's code for a program stopped with Ctrl-C


class DraftKept(SelfkindError):
    """The person stopped part-way; what they answered is kept as a draft."""

    exit_code = INTERRUPTED_EXIT


@dataclass(frozen=True)
class Practised:
    entry: Entry
    notices: list[str]
    supported: bool  # the support panel was called for, during the run or at its end


class _SupportWatch:
    """Calls for the support panel, at most once a run, when answers call for it."""

    def __init__(self, exercise: Exercise, on_support: Callable[[bool], None] | None) -> None:
        self.exercise = exercise
        self.on_support = on_support
        self.called = False

    def check(
        self,
        answers: Mapping[str, Answer],
        given: str | None = None,
        *,
        running: bool = False,
        words: bool = True,
    ) -> None:
        from selfkind.core.danger import (  # its words load on first use
            SAFETY_PLAN,
            calls_for_support,
        )

        if self.called or self.exercise.id == SAFETY_PLAN:  # a safety plan names hard times
            return
        if calls_for_support(self.exercise, answers, given=given, words=words):
            self._call(running)

    def check_words(self, texts: list[str]) -> None:
        """Words given up front, as written, when the run could not take them as answers."""
        from selfkind.core.danger import SAFETY_PLAN, suggests_danger

        if not self.called and self.exercise.id != SAFETY_PLAN and suggests_danger(texts):
            self._call(False)

    def _call(self, running: bool) -> None:
        self.called = True
        if self.on_support is not None:
            self.on_support(running)


def practise(
    store: Store,
    exercise: Exercise,
    given: Mapping[str, Given],
    prompter: Prompter | None = None,
    *,
    draft: Entry | None = None,
    day: date | None = None,
    on_support: Callable[[bool], None] | None = None,
) -> Practised:
    """Run an exercise and save it as a complete entry.

    With a prompter, every answer is saved at once as a draft, so stopping,
    a closed terminal or a crash never loses what was written; `draft` resumes one.
    `day` records it for an earlier day (the caller checks it is not in the future).
    `on_support` is called, once, as soon as an answer calls for the support panel
    (words that suggest danger, or one of the exercise's `support:` conditions), and
    before a pause or a failed save is reported if the words written so far call for it;
    it is told whether the run goes on.
    """
    started = now()
    # An entry for an earlier day is on that day, at this time of day, and says when it was
    # really written.
    on_day = started if day in (None, started.date()) else datetime.combine(day, started.timetz())
    entry = draft or Entry(
        id=new_entry_id(),
        exercise_id=exercise.id,
        exercise_title=exercise.title,
        exercise_hash=exercise.hash,
        started_at=utc_timestamp(on_day),
        completed_at=None,
        local_date=on_day.date().isoformat(),
        status=DRAFT,
        written_at=None if on_day is started else utc_timestamp(started),
    )
    entry = replace(entry, exercise_title=exercise.title, exercise_hash=exercise.hash)
    watch = _SupportWatch(exercise, on_support)
    stopped_at = _StoppedAt(store, entry.id) if draft is not None else None

    def keep_draft(answers: dict[str, Answer], step_id: str | None = None) -> None:
        _save(store, replace(entry, answers=answers, status=DRAFT), exercise, watch)
        if step_id is not None:
            watch.check(answers, step_id, running=True)
            if stopped_at is not None and step_id == stopped_at.step:
                stopped_at.forget()  # answered at last: a later pause is remembered anew

    try:
        return _run_and_save(
            store, exercise, entry, given, prompter, draft, watch, keep_draft, stopped_at
        )
    except DraftKept:
        raise
    except SelfkindError:  # answers that do not fit, a wrong passphrase, a damaged store...
        watch.check_words([value for value in given.values() if isinstance(value, str)])
        raise


def _run_and_save(
    store: Store,
    exercise: Exercise,
    entry: Entry,
    given: Mapping[str, Given],
    prompter: Prompter | None,
    draft: Entry | None,
    watch: _SupportWatch,
    keep_draft: Callable[..., None],
    stopped_at: _StoppedAt | None,
) -> Practised:
    resume = fitting(exercise, draft.answers) if draft else None
    try:
        result = run(
            exercise,
            given,
            prompter,
            resume=resume,
            resume_at=stopped_at.step if stopped_at is not None else None,
            on_answer=keep_draft,
            closing_unfit=lambda: watch.called,  # "see you tomorrow" does not follow support
        )
    except Interrupted as stopped:
        watch.check(stopped.answers)
        if stopped.answers:
            keep_draft(stopped.answers)
            (stopped_at or _StoppedAt(store, entry.id, read=False)).remember(stopped.at)
            raise DraftKept(messages.DRAFT_KEPT.format(exercise=exercise.id)) from None
        if draft is None:
            store.delete(entry.id)
        raise DraftKept(messages.INTERRUPTED) from None
    done = replace(
        entry,
        completed_at=utc_timestamp(now() - _written_later(entry)),
        status=COMPLETE,
        answers=result.answers,
        scores=compute_scores(exercise, result.answers),
    )
    _save(store, done, exercise, watch)
    # At a terminal each answer's words were read as it was given; conditions may still hold
    # only at the end (an answer left out).
    watch.check(done.answers, words=prompter is None)
    return Practised(done, result.notices, watch.called)


class _StoppedAt:
    """The question a draft was paused at, so that picking it up asks it again with the words
    typed there (kept among the draft's answers) in the box. Only the step's id is kept, beside
    the settings; losing it only means the words are taken as that step's answer."""

    def __init__(self, store: Store, entry_id: str, *, read: bool = True) -> None:
        self.store = store
        self.key = f"draft-stopped-at:{entry_id}"
        self.step = self._read() if read else None

    def _read(self) -> str | None:
        try:
            return self.store.setting(self.key) or None
        except (sqlite3.Error, OSError):
            return None

    def remember(self, step: str | None) -> None:
        # The draft itself is saved; without this it simply picks up after these words.
        with suppress(sqlite3.Error, OSError, SelfkindError):
            self.store.set_setting(self.key, step or "")
        self.step = step

    def forget(self) -> None:
        self.remember(None)


def paused_at(store: Store, draft: Entry) -> str | None:
    """The question a draft was paused at (its words there are typed, not yet an answer)."""
    return _StoppedAt(store, draft.id).step


def _written_later(entry: Entry) -> timedelta:
    """How much later than its recorded start an entry for an earlier day was written."""
    if entry.written_at is None:
        return timedelta(0)
    return parse_timestamp(entry.written_at) - parse_timestamp(entry.started_at)


def _save(store: Store, entry: Entry, exercise: Exercise, watch: _SupportWatch) -> None:
    """Save an entry; if it cannot be, show the person every word they wrote."""
    try:
        store.save(entry, exercise.source)
    except StoreBusy:
        watch.check(entry.answers)
        raise _not_saved(messages.NOT_SAVED_BUSY, entry, exercise) from None
    except (sqlite3.Error, OSError) as error:
        watch.check(entry.answers)
        raise _not_saved(messages.NOT_SAVED.format(reason=error), entry, exercise) from None
    except EncryptionChanged:
        watch.check(entry.answers)
        raise _not_saved(messages.NOT_SAVED_ENCRYPTION_CHANGED, entry, exercise) from None


def _not_saved(said: str, entry: Entry, exercise: Exercise) -> SelfkindError:
    from selfkind.core.templates import answered_questions

    written = [
        f"{question}\n    {answer}"
        for question, answer in answered_questions(exercise, entry.answers)
    ]
    return SelfkindError(said, details=tuple(written))
