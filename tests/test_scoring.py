"""Scores: every mistake in an exercise's `scores:` at its place (formats/validate.py), and the
scores computed from answers (core/scoring.py): means, sums, changes, rounding and bands."""

from __future__ import annotations

import textwrap

import pytest

from helpers import assert_reports, valid, y
from selfkind.core.exercise import Band, Score
from selfkind.core.numbers import rounded
from selfkind.core.scoring import compute_scores

# ------------------------------------------------------------------ one mistake each

SCORES_PRELUDE = y("""
    selfkind: 1
    id: x
    title: T
    steps:
      - type: scale
        id: q1
        prompt: p
      - type: scale
        id: q2
        prompt: p
      - type: scale
        id: q3
        prompt: p
        min: 1
        max: 5
      - type: text
        id: note
        prompt: p
    scores:
""")


def with_scores(scores: str) -> str:
    """The prelude (scales q1, q2 from 0 to 10, q3 from 1 to 5, text note), scores from line 20."""
    return SCORES_PRELUDE + textwrap.indent(y(scores), "  ")


MISTAKES = [
    # --- scores
    pytest.param(
        with_scores("""
              - id: s
                label: S
                method: mean
                items: [q1, q2]
                reverse: [q3]
        """),
        [(24, 15, "'q3' is reversed but is not one of this score's items")],
        id="reverse-not-an-item",
    ),
    pytest.param(
        with_scores("""
              - id: s
                label: S
                method: mean
                items: [q1, q3]
                reverse: [q1]
        """),
        [(24, 14, "must share one range, but 'q1' goes 0–10, 'q3' goes 1–5")],
        id="reverse-mixed-ranges",
    ),
    pytest.param(
        with_scores("""
              - id: s
                label: S
                method: sum
                items: [q1, note]
        """),
        [(23, 17, "'note' is a text step; scores can only use scale steps and earlier scores")],
        id="score-names-text-step",
    ),
    pytest.param(
        with_scores("""
              - id: total
                label: T
                method: mean
                items: [sub]
              - id: sub
                label: S
                method: mean
                items: [q1, q2]
        """),
        [(23, 13, "'sub' is a score defined further down; move it above this one")],
        id="score-names-later-score",
    ),
    pytest.param(
        with_scores("""
              - id: m
                label: M
                method: mean
                items: [q4]
        """),
        [(23, 13, "there is no scale step or earlier score called 'q4'")],
        id="score-names-nothing",
    ),
    pytest.param(
        with_scores("""
              - id: q1
                label: S
                method: mean
                items: [q2]
              - id: s
                label: S
                method: mean
                items: [q2]
              - id: s
                label: S2
                method: sum
                items: [q2]
        """),
        [
            (20, 9, "the id 'q1' is already used; score ids must be unique among steps and scores"),
            (28, 9, "the id 's' is already used"),
        ],
        id="score-id-clashes",
    ),
    pytest.param(
        with_scores("""
              - id: ch
                label: C
                method: change
                before: q1
                items: [q2]
        """),
        [(20, 5, "a change score needs 'after'"), (24, 12, "a change score does not take 'items'")],
        id="change-missing-after-given-items",
    ),
    pytest.param(
        with_scores("""
              - id: m
                label: M
                method: mean
                before: q1
        """),
        [(20, 5, "a mean score needs 'items'"), (23, 13, "a mean score does not take 'before'")],
        id="mean-given-before",
    ),
    pytest.param(
        with_scores("""
              - id: m
                label: M
                method: median
                items: [q1]
        """),
        [(22, 13, "'method' should be one of mean, sum, change, not 'median'")],
        id="score-unknown-method",
    ),
    pytest.param(
        with_scores("""
              - id: m
                label: M
                method: mean
                items: [q1]
                bands:
                  - {up_to: 5, label: low}
                  - {up_to: 3, label: mid}
                  - {label: open}
                  - {up_to: 9, label: high}
        """),
        [
            (26, 17, "'up_to' values must rise from band to band (3 is not above 5)"),
            (27, 9, "only the last band can leave out 'up_to'"),
        ],
        id="bands-out-of-order-and-open-band-not-last",
    ),
    pytest.param(
        with_scores("""
            - id: s
              method: mean
              items: [q1]
        """),
        [(20, 5, "a score needs 'label'")],
        id="score-missing-label",
    ),
    pytest.param(
        with_scores("""
            - id: s
              label: [S]
              method: mean
              items: [q1]
        """),
        [(21, 12, "'label' should be one line of text, not a list")],
        id="score-label-a-list",
    ),
    pytest.param(
        with_scores("""
            - id: s
              label: S
              method: mean
              items: [q1]
              bands: [{up_to: 1}, {label: rest}]
        """),
        [(24, 13, "a band needs 'label'")],
        id="band-missing-label",
    ),
    pytest.param(
        with_scores("""
            - id: s
              label: S
              method: mean
              items: []
        """),
        [(23, 12, "'items' needs at least one item")],
        id="score-items-empty",
    ),
    pytest.param(
        with_scores("""
            - id: s
              label: S
              method: mean
              items: [Q1]
        """),
        [(23, 13, "has 'Q1'; start with a lower-case letter")],
        id="score-items-all-invalid",
    ),
    pytest.param(
        with_scores("""
            - id: s
              label: S
              method: mean
              items: [q1, q1]
        """),
        [(23, 17, "'q1' appears twice in 'items'")],
        id="score-items-duplicate",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISTAKES)
def test_mistake_is_reported_at_its_place(text: str, expected) -> None:
    assert_reports(text, *expected)


# ------------------------------------------------------------------ scores

SCORING = y("""
    selfkind: 1
    id: scoring
    title: Scoring
    steps:
      - {type: scale, id: a, prompt: A, min: 1, max: 5}
      - {type: scale, id: b, prompt: B, min: 1, max: 5}
      - {type: scale, id: c, prompt: C, min: 1, max: 5}
      - {type: scale, id: before, prompt: Before}
      - {type: scale, id: after, prompt: After}
      - {type: text, id: note, prompt: Note, required: false}
    scores:
      - {id: avg, label: Mean, method: mean, items: [a, b, c]}
      - {id: total, label: Sum, method: sum, items: [a, b, c]}
      - {id: rev, label: Reversed, method: mean, items: [a, b], reverse: [b]}
      - {id: delta, label: Change, method: change, before: before, after: after}
      - {id: overall, label: Overall, method: mean, items: [avg, rev]}
      - {id: flipped, label: Flipped, method: sum, items: [avg], reverse: [avg]}
""")


@pytest.fixture(scope="module")
def scoring():
    return valid(SCORING)


def test_scores_from_full_answers(scoring) -> None:
    answers = {"a": 1, "b": 2, "c": 4, "before": 8, "after": 3, "note": "x"}
    assert compute_scores(scoring, answers) == {
        "avg": 2.33,
        "total": 7,
        "rev": 2.5,  # a=1 and b reversed: 1 + 5 - 2 = 4
        "delta": -5,
        "overall": 2.42,  # mean of the unrounded 7/3 and 2.5
        "flipped": 3.67,  # 1 + 5 - 7/3
    }


def test_whole_scores_are_ints(scoring) -> None:
    scores = compute_scores(scoring, {"a": 2, "b": 2, "c": 2, "before": 4, "after": 4})
    assert scores == {"avg": 2, "total": 6, "rev": 3, "delta": 0, "overall": 2.5, "flipped": 4}
    assert all(type(scores[key]) is int for key in ("avg", "total", "rev", "delta", "flipped"))


def test_mean_averages_answered_items_and_sum_needs_all(scoring) -> None:
    scores = compute_scores(scoring, {"a": 5, "c": 2})
    assert scores == {"avg": 3.5, "rev": 5, "overall": 4.25, "flipped": 2.5}


def test_scores_absent_when_nothing_is_answered(scoring) -> None:
    assert compute_scores(scoring, {}) == {}
    assert compute_scores(scoring, {"note": "only text"}) == {}


def test_change_is_absent_if_either_side_is_missing(scoring) -> None:
    assert "delta" not in compute_scores(scoring, {"before": 3})
    assert "delta" not in compute_scores(scoring, {"after": 3})
    assert compute_scores(scoring, {"before": 3, "after": 7})["delta"] == 4


def test_reverse_uses_min_plus_max_minus_value(scoring) -> None:
    for value, reversed_value in [(1, 5), (2, 4), (3, 3), (5, 1)]:
        assert compute_scores(scoring, {"b": value})["rev"] == reversed_value


def test_rounding_is_half_up_to_two_decimals() -> None:
    text = (
        "selfkind: 1\nid: r\ntitle: R\nsteps:\n"
        + "".join(f"  - {{type: scale, id: s{n}, prompt: p}}\n" for n in range(8))
        + "scores:\n  - {id: m, label: M, method: mean, items: ["
        + ", ".join(f"s{n}" for n in range(8))
        + "]}\n"
    )
    exercise = valid(text)
    zeros = {f"s{n}": 0 for n in range(8)}
    assert compute_scores(exercise, {**zeros, "s0": 1}) == {"m": 0.13}  # 0.125: banker's gives 0.12
    assert compute_scores(exercise, {**zeros, "s0": 3}) == {"m": 0.38}  # 0.375
    assert compute_scores(exercise, {**zeros, "s0": 5}) == {"m": 0.63}  # 0.625
    assert compute_scores(exercise, {"s0": 1, "s1": 0, "s2": 0}) == {"m": 0.33}
    assert compute_scores(exercise, {"s0": 2, "s1": 0, "s2": 0}) == {"m": 0.67}


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.125, 0.13), (2.675, 2.68), (1.005, 1.01), (0.3333, 0.33), (2.0, 2), (0.0, 0), (7, 7)],
)
def test_rounded(value: float, expected: float) -> None:
    result = rounded(value)
    assert result == expected
    assert type(result) is type(expected)


def test_band_for() -> None:
    score = Score(
        id="s",
        label="S",
        method="mean",
        bands=(Band("low", 2.49), Band("moderate", 3.5), Band("high")),
    )
    assert [score.band_for(v) for v in (0, 2.49, 2.5, 3.5, 3.51, 100)] == [
        "low",
        "low",
        "moderate",
        "moderate",
        "high",
        "high",
    ]
    assert Score(id="s", label="S", method="mean").band_for(1) is None
    assert Score(id="s", label="S", method="sum", bands=(Band("low", 2),)).band_for(3) is None
