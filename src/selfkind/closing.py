"""The words that close a run, chosen by what happened in it, never by chance.

A cheerful line fits an ordinary practice; it does not fit after the support panel, after
a hard day's check-in, or when a rating rose (kindness can at first stir up old pain).
"""

from __future__ import annotations

from selfkind import messages
from selfkind.entry import Entry
from selfkind.exercise.model import Exercise
from selfkind.safety import SAFETY_PLAN

CHECKIN = "checkin"  # closes itself: its last step thanks the person, or meets a hard day


def closing_words(exercise: Exercise, entry: Entry, *, supported: bool) -> str | None:
    """The line after a saved entry, or None where the exercise's own last words are enough."""
    if exercise.id == SAFETY_PLAN:
        return messages.CLOSING_SAFETY_PLAN
    if supported:
        return messages.CLOSING_AFTER_SUPPORT
    if exercise.id == CHECKIN:
        return None
    changes = [
        _change(entry, score.before, score.after)
        for score in exercise.scores
        if score.method == "change"
    ]
    changes = [change for change in changes if change is not None]
    if any(after > before for before, after in changes):
        return messages.CLOSING_BACKDRAFT
    if any(after < before for before, after in changes):
        return messages.CLOSING_EASED
    return messages.CLOSING_PRACTISED


def _change(entry: Entry, before: str | None, after: str | None) -> tuple[float, float] | None:
    """The before and after values of a change score, where both were given."""
    ratings = {k: v for k, v in entry.answers.items() if type(v) is int}  # scale answers
    values = {**entry.scores, **ratings}
    start, end = values.get(before or ""), values.get(after or "")
    if start is None or end is None:
        return None
    return float(start), float(end)
