"""Scores: computed from scale answers (and earlier scores) when an entry is saved."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from selfkind.core.exercise import Answers, Exercise, ScaleStep, Score
from selfkind.core.numbers import rounded

Range = tuple[float, float]


def score_range(method: str, ranges: Sequence[Range], times: int = 1) -> Range:
    """The lowest and highest value a score can take, from its inputs' ranges."""
    if method == "change":
        (before_low, before_high), (after_low, after_high) = ranges
        return (after_low - before_high, after_high - before_low)
    if method == "sum":
        low, high = sum(low for low, _ in ranges), sum(high for _, high in ranges)
    else:
        low, high = min(low for low, _ in ranges), max(high for _, high in ranges)
    return (low * times, high * times)


def compute_scores(exercise: Exercise, answers: Answers) -> dict[str, float | int]:
    """Every score the answers allow, rounded to two decimals; missing inputs leave a score out."""
    values: dict[str, float] = {}
    ranges: dict[str, Range] = {}
    for step in exercise.steps:
        if isinstance(step, ScaleStep):
            ranges[step.id] = (step.min, step.max)
            answer = answers.get(step.id)
            if isinstance(answer, int):
                values[step.id] = answer
    scores: dict[str, float] = {}
    for score in exercise.scores:
        value = _compute(score, values, ranges)
        ranges[score.id] = score_range(
            score.method, [ranges[name] for name in score.inputs()], score.times
        )
        if value is not None:
            values[score.id] = scores[score.id] = value
    return {score_id: rounded(value) for score_id, value in scores.items()}


def _compute(
    score: Score, values: Mapping[str, float], ranges: Mapping[str, Range]
) -> float | None:
    if score.method == "change":
        before, after = score.inputs()
        if before in values and after in values:
            return values[after] - values[before]
        return None
    items = []
    for name in score.items:
        if name in values:
            low, high = ranges[name]
            items.append(low + high - values[name] if name in score.reverse else values[name])
    if score.method == "sum":
        return float(sum(items)) * score.times if len(items) == len(score.items) else None
    return sum(items) / len(items) * score.times if items else None
