"""What the home screen suggests besides the plan: something that fits today's mood, now and
then a short piece to learn from, and once, a gentle first plan. Pure choices; the home
screen keeps what it has offered."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

LOW_MOOD = 3  # as the check-in's own line for a heavy day
GOOD_MOOD = 6
FOR_A_HEAVY_DAY = "self-compassion-break"
FOR_A_GOOD_DAY = "savouring"  # never offered on a heavy day: it can sting then
LEARN_EVERY = timedelta(days=3)  # so a learn piece is never offered twice in a row
FIRST_PLAN = "first-fortnight"
FIRST_PLAN_AFTER = timedelta(days=7)  # a week of practice first
LEARN_ORDER = (  # the order a newcomer meets them in; any other learn piece after these
    "learn-what-self-compassion-is",
    "learn-common-humanity",
    "learn-inner-critic",
    "learn-backdraft",
)


@dataclass(frozen=True)
class Suggestions:
    for_mood: str | None = None  # an exercise id that fits today's check-in
    learn: str | None = None  # a learn piece not yet read
    first_plan: bool = False  # offer the first fortnight


def for_mood(mood: object) -> str | None:
    """A heavy day gets the self-compassion break; a good one, savouring; between, nothing."""
    if not isinstance(mood, int) or isinstance(mood, bool):
        return None
    if mood <= LOW_MOOD:
        return FOR_A_HEAVY_DAY
    return FOR_A_GOOD_DAY if mood >= GOOD_MOOD else None


def hidden_today(mood: object) -> set[str]:
    """Exercises left out of today's choices: savouring on a heavy day."""
    return {FOR_A_GOOD_DAY} if for_mood(mood) == FOR_A_HEAVY_DAY else set()


def learn_next(read: Iterable[str], last_offered: date | None, today: date) -> str | None:
    """The first learn piece not yet read, if none was offered in the last few days."""
    if last_offered is not None and today - last_offered < LEARN_EVERY:
        return None
    done = set(read)
    return next((piece for piece in LEARN_ORDER if piece not in done), None)


def offer_first_plan(
    first_day: date | None, today: date, *, has_plans: bool, offered: bool
) -> bool:
    """Once, after a week of practice, to someone with no plan yet."""
    if offered or has_plans or first_day is None:
        return False
    return today - first_day >= FIRST_PLAN_AFTER
