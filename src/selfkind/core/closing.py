"""The words that close a run, chosen by what happened in it, never by chance.

A cheerful line fits an ordinary practice; it does not fit after the support panel, after
a hard day's check-in, or when a rating rose (kindness can at first stir up old pain). Only
the built-ins are known to rate distress or harshness, where higher is harder.
"""

from __future__ import annotations

from selfkind import messages
from selfkind.core.entry import Entry
from selfkind.core.exercise import BUILT_IN, Exercise, ScaleStep, Score

CHECKIN = "checkin"  # closes itself: its last step thanks the person, or meets a hard day
HIGH = 0.8  # of a scale's range: a rating this high after an exercise points to help-now too


def closing_words(exercise: Exercise, entry: Entry, *, supported: bool) -> str | None:
    """The line after a saved entry, or None where the exercise's own last words are enough."""
    from selfkind.core.danger import SAFETY_PLAN  # here: the danger words load only when needed

    if exercise.id == SAFETY_PLAN:
        return messages.CLOSING_SAFETY_PLAN
    if supported:
        return messages.CLOSING_AFTER_SUPPORT
    if exercise.id == CHECKIN:
        return None
    if exercise.origin != BUILT_IN:  # the format says not whether a higher rating is harder
        return messages.CLOSING_PRACTISED
    changes = [
        (score, *change)
        for score in exercise.scores
        if score.method == "change" and (change := _change(entry, score)) is not None
    ]
    for score, before, after in changes:
        if after > before:
            said = messages.CLOSING_BACKDRAFT.format(
                label=score.label, before=f"{before:g}", after=f"{after:g}"
            )
            high = _high(exercise, score, after)
            return f"{said} {messages.CLOSING_BACKDRAFT_HIGH}" if high else said
    if any(after < before for _, before, after in changes):
        return messages.CLOSING_EASED
    return messages.CLOSING_PRACTISED


def _change(entry: Entry, score: Score) -> tuple[float, float] | None:
    """The before and after values of a change score, where both were given."""
    ratings = {k: v for k, v in entry.answers.items() if type(v) is int}  # scale answers
    values = {**entry.scores, **ratings}
    start, end = values.get(score.before or ""), values.get(score.after or "")
    if start is None or end is None:
        return None
    return float(start), float(end)


def _high(exercise: Exercise, score: Score, after: float) -> bool:
    """Whether a change score's after-rating stands high on its scale (8 or more of 0-10)."""
    step = exercise.answer_step(score.after or "")
    if not isinstance(step, ScaleStep):
        return False
    return after >= step.min + HIGH * (step.max - step.min)
