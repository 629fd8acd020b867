"""Exercise validation: every class of mistake at its exact LINE:COLUMN, and the model it builds.

Each mistake is a small YAML snippet; the assertions pin the 1-based line and
column and a key part of the message, and that no other (knock-on) problem is
reported.
"""

from __future__ import annotations

import hashlib
import json
import os
import textwrap
import time
from pathlib import Path

import pytest
import yaml

from selfkind.core.errors import InvalidFile, Problem
from selfkind.core.exercise import (
    AllOf,
    AnswerMismatch,
    AnyOf,
    Band,
    ChoicesStep,
    ChoiceStep,
    ConfirmStep,
    Not,
    PauseStep,
    SayStep,
    ScaleStep,
    Score,
    TextStep,
)
from selfkind.core.exercise import Test as Leaf
from selfkind.core.scoring import compute_scores, rounded
from selfkind.core.templates import fill, names_in
from selfkind.formats.exercise import json_schema
from selfkind.formats.validate import check_exercise_text, load_exercise
from selfkind.formats.yamlfile import MAX_FILE_BYTES, UnreadableYaml, decode

EXERCISES_DIR = Path(__file__).resolve().parents[1] / "exercises"
BUILT_IN = sorted(EXERCISES_DIR.glob("*.yaml"))


def y(text: str) -> str:
    """A YAML snippet written indented in the test, as it would be in a file."""
    return textwrap.dedent(text).lstrip("\n")


def found(text: str) -> list[tuple[int, int, str]]:
    problems, exercise = check_exercise_text(text)
    assert all(isinstance(p, Problem) for p in problems)
    if problems:
        assert exercise is None, "an exercise must not be built when there are problems"
    return [(p.line, p.column, p.message) for p in problems]


def assert_reports(text: str, *expected: tuple[int, int, str]) -> None:
    """Exactly these problems (line, column, part of the message), in this order."""
    got = found(text)
    assert len(got) == len(expected), got
    for (line, column, fragment), actual in zip(expected, got, strict=True):
        assert actual[:2] == (line, column), actual
        assert fragment in actual[2], actual


def valid(text: str, origin: str = ""):
    problems, exercise = check_exercise_text(text, origin=origin)
    assert problems == []
    assert exercise is not None
    return exercise


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
    # --- YAML syntax and empty files
    pytest.param(
        "selfkind: 1\nid: x\n  title: T\n",
        [(3, 8, "YAML syntax: mapping values are not allowed here")],
        id="yaml-syntax-indentation",
    ),
    pytest.param(
        "selfkind: 1\nid: [x\n",
        [(3, 1, "YAML syntax: expected ',' or ']'")],
        id="yaml-syntax-unclosed-bracket",
    ),
    pytest.param(
        "selfkind: 1\n\tid: x\n",
        [(2, 1, "YAML syntax: found character '\\t' that cannot start any token")],
        id="yaml-syntax-tab",
    ),
    pytest.param("", [(1, 1, "the file is empty")], id="empty"),
    pytest.param("\n\n  \n", [(1, 1, "the file is empty")], id="empty-blank-lines"),
    pytest.param("# just a comment\n", [(1, 1, "the file is empty")], id="empty-comment-only"),
    pytest.param(
        "- a\n- b\n", [(1, 1, "An exercise should be a set of 'key: value' lines")], id="top-list"
    ),
    # --- unknown keys
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            titel: y
            steps:
              - type: say
                text: hi
        """),
        [(4, 1, "'titel' is not a field of an exercise; did you mean 'title'?")],
        id="unknown-top-key-hint",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            bogus: y
            steps:
              - type: say
                text: hi
        """),
        [(4, 1, "'bogus' is not a field of an exercise; the fields are: selfkind, id, title")],
        id="unknown-top-key-list",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: text
                id: a
                prompt: p
                mutliline: true
        """),
        [(8, 5, "'mutliline' is not a field of a text step; did you mean 'multiline'?")],
        id="unknown-step-key-hint",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: say
                text: hi
                prompt: p
        """),
        [(7, 5, "'prompt' is not a field of a say step")],
        id="unknown-step-key-for-type",
    ),
    # --- wrong types
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            minutes: five
            steps:
              - type: say
                text: hi
        """),
        [(4, 10, "'minutes' should be a whole number from 1 to 600, not 'five'")],
        id="minutes-as-text",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            minutes: 2.5
            steps:
              - type: say
                text: hi
        """),
        [(4, 10, "'minutes' should be a whole number from 1 to 600, not '2.5'")],
        id="minutes-as-float",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            minutes:
            steps:
              - type: say
                text: hi
        """),
        [(4, 9, "'minutes' should be a whole number from 1 to 600")],
        id="minutes-empty",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            minutes: 2020-01-01
            steps:
              - type: say
                text: hi
        """),
        [(4, 10, "'minutes' should be a whole number from 1 to 600, not '2020-01-01'")],
        id="minutes-as-date",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: text
                id: a
                prompt: p
                required: 'no'
        """),
        [(8, 15, "'required' should be true or false, not 'no'")],
        id="required-as-string",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: text
                id: a
                prompt: p
                required: "true"
        """),
        [(8, 15, "'required' should be true or false, not 'true'")],
        id="required-as-quoted-true",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: [T]
            steps:
              - type: say
                text: hi
        """),
        [(3, 8, "'title' should be one line of text, not a list")],
        id="title-as-list",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              type: say
              text: hi
        """),
        [(5, 3, "'steps' should be a list (lines starting with '- ')")],
        id="steps-not-a-list",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps: []
        """),
        [(4, 8, "'steps' needs at least one item")],
        id="steps-empty",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: choices
                id: a
                prompt: p
                options: [x, y]
                min_selected: many
        """),
        [(9, 19, "'min_selected' should be a whole number from 0 to 50, not 'many'")],
        id="min-selected-as-text",
    ),
    # --- ids
    pytest.param(
        y("""
            selfkind: 1
            id: Kindness_Reframe
            title: T
            steps:
              - type: say
                text: hi
        """),
        [(2, 5, "has 'Kindness_Reframe'; use lower-case letters, digits")],
        id="bad-exercise-id",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: kindness--reframe
            title: T
            steps:
              - type: say
                text: hi
        """),
        [(2, 5, "has 'kindness--reframe';")],
        id="bad-exercise-id-double-dash",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: text
                id: 1abc
                prompt: p
        """),
        [(6, 9, "has '1abc'; start with a lower-case letter")],
        id="bad-step-id",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: text
                id: a
                prompt: p
              - type: scale
                id: a
                prompt: q
        """),
        [(9, 9, "the step id 'a' is used twice; ids must be unique")],
        id="duplicate-step-ids",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            title: again
            steps:
              - type: text
                id: a
                prompt: p
                prompt: q
        """),
        [(4, 1, "'title' appears twice; keep one"), (9, 5, "'prompt' appears twice; keep one")],
        id="duplicate-yaml-keys",
    ),
    # --- missing required keys
    pytest.param(
        y("""
            steps:
              - type: say
                text: hi
        """),
        [
            (1, 1, "an exercise needs 'id'"),
            (1, 1, "an exercise needs 'selfkind'"),
            (1, 1, "an exercise needs 'title'"),
        ],
        id="missing-selfkind-id-title",
    ),
    pytest.param(
        "selfkind: 1\nid: x\ntitle: T\n", [(1, 1, "an exercise needs 'steps'")], id="missing-steps"
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: text
                id: a
        """),
        [(5, 5, "a text step needs 'prompt'")],
        id="missing-prompt",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: scale
                prompt: p
        """),
        [(5, 5, "a scale step needs 'id'")],
        id="missing-step-id",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: say
        """),
        [(5, 5, "a say step needs 'text'")],
        id="missing-say-text",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: choice
                id: a
                prompt: p
        """),
        [(5, 5, "a choice step needs 'options'")],
        id="missing-options",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: pause
                seconds: 0
        """),
        [(6, 14, "'seconds' should be a whole number from 1 to 600, not '0'")],
        id="pause-seconds-out-of-range",
    ),
    # --- step types
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: slider
                id: a
                prompt: p
              - type: sacle
                id: b
                prompt: p
              - id: c
                prompt: p
        """),
        [
            (5, 11, "'slider' is not a type of a step; use one of say, pause, text, scale"),
            (8, 11, "did you mean 'scale'?"),
            (
                11,
                5,
                "a step needs 'type': one of say, pause, text, scale, choice, choices, confirm",
            ),
        ],
        id="unknown-step-type",
    ),
    # --- templates
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: text
                id: name
                prompt: p
              - type: say
                text: Hello {{ nmae }} and {{name}}
        """),
        [
            (
                9,
                11,
                "'text' names 'nmae', but there is no answer step with that id; did you mean 'name'?",
            )
        ],
        id="template-missing-step",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: text
                id: first
                prompt: 'before {{ second }}'
              - type: text
                id: second
                prompt: p
            summary: '{{ second }} {{ first }}'
        """),
        [(7, 13, "'prompt' names 'second', which comes later; a template can only use answers")],
        id="template-later-step",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: say
                text: hi
                when: {answer: a, answered: true}
              - type: text
                id: a
                prompt: p
                help: 'about {{ b }}'
              - type: scale
                id: b
                prompt: p
        """),
        [
            (7, 20, "the condition on step 1 names 'a', which comes later"),
            (11, 11, "'help' names 'b', which comes later"),
        ],
        id="help-and-condition-later-step",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: text
                id: first
                prompt: p
            summary: '{{ nope }}'
        """),
        [(8, 10, "'summary' names 'nope', but there is no answer step with that id")],
        id="summary-missing-step",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: pause
                seconds: 3
                text: 'pause {{ gone }}'
        """),
        [(7, 11, "'text' names 'gone', but there is no answer step with that id")],
        id="pause-text-missing-step",
    ),
    # --- conditions naming steps
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: scale
                id: mood
                prompt: p
              - type: say
                when: {answer: mod, at_least: 3}
                text: hi
        """),
        [
            (
                9,
                20,
                "the condition on step 2 names 'mod', but there is no answer step with that id; "
                "did you mean 'mood'?",
            )
        ],
        id="condition-missing-step",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: say
                when: {answer: mood, at_least: 3}
                text: hi
              - type: scale
                id: mood
                prompt: p
        """),
        [(6, 20, "the condition on step 1 names 'mood', which comes later; conditions can only")],
        id="condition-later-step",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: say
                text: hi
              - type: say
                when: {answer: mood, at_least: 3}
                text: hi
        """),
        [(8, 20, "the condition on step 2 names 'mood', but there is no answer step")],
        id="condition-step-numbered-by-position",
    ),
    # --- scale, choices and options
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: scale
                id: a
                prompt: p
                min: 5
                max: 5
        """),
        [(8, 10, "'min' (5) must be less than 'max' (5)")],
        id="scale-min-equals-max",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: scale
                id: a
                prompt: p
                max: -1
        """),
        [(8, 10, "'min' (0) must be less than 'max' (-1)")],
        id="scale-max-below-default-min",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: scale
                id: a
                prompt: p
                min: 1
                max: 5
                labels: {0: none, 3: mid, 6: lots}
        """),
        [
            (10, 14, "the label for 0 is outside the scale's range 1–5"),
            (10, 31, "the label for 6 is outside the scale's range 1–5"),
        ],
        id="labels-outside-range",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: scale
                id: a
                prompt: p
                labels: {low: none}
        """),
        [(8, 14, "should be a whole number, not 'low'")],
        id="labels-key-not-a-number",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: choices
                id: a
                prompt: p
                options: [x, y]
                min_selected: 3
        """),
        [(9, 19, "'min_selected' is 3 but there are only 2 options")],
        id="choices-min-selected-too-many",
    ),
    pytest.param(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: choice
                id: a
                prompt: p
                options: [x, y, x]
              - type: choices
                id: b
                prompt: p
                options: [only]
        """),
        [(8, 21, "'x' appears twice in 'options'"), (12, 14, "'options' needs at least 2 items")],
        id="options-duplicate-and-too-few",
    ),
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
    # --- format version
    pytest.param(
        y("""
            selfkind: 2
            id: x
            title: T
            steps:
              - type: say
                text: hi
        """),
        [(1, 11, "'selfkind' should be 1, not '2'")],
        id="format-version-2",
    ),
    pytest.param(
        y("""
            selfkind: 1.0
            id: x
            title: T
            steps:
              - type: say
                text: hi
        """),
        [(1, 11, "'selfkind' should be 1, not '1.0'")],
        id="format-version-float",
    ),
    pytest.param(
        y("""
            selfkind: '1'
            id: x
            title: T
            steps:
              - type: say
                text: hi
        """),
        [(1, 11, "'selfkind' should be 1, not '1'")],
        id="format-version-quoted",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISTAKES)
def test_mistake_is_reported_at_its_place(text: str, expected) -> None:
    assert_reports(text, *expected)


# ------------------------------------------------------------------ conditions

CONDITION_PRELUDE = y("""
    selfkind: 1
    id: x
    title: T
    steps:
      - type: scale
        id: mood
        prompt: p
      - type: choice
        id: feel
        prompt: p
        options: [sad, calm]
      - type: choices
        id: many
        prompt: p
        options: [a, b, c]
      - type: text
        id: note
        prompt: p
      - type: confirm
        id: slept
        prompt: p
""")


def with_condition(condition: str) -> str:
    """The prelude and a say step whose `when:` is on line 23, its `{` at column 11."""
    return CONDITION_PRELUDE + f"  - type: say\n    when: {condition}\n    text: hi\n"


@pytest.mark.parametrize(
    ("condition", "column", "message"),
    [
        pytest.param(
            "{answer: feel, at_least: 2}",
            36,
            "step 6 tests 'feel' with at_least, but 'feel' is a choice step; use equals or in",
            id="at_least-on-choice",
        ),
        pytest.param(
            "{answer: many, equals: a}",
            34,
            "'many' is a choices step; use contains",
            id="equals-on-choices",
        ),
        pytest.param(
            "{answer: feel, equals: maybe}",
            34,
            "'maybe' is not one of the options of 'feel'",
            id="equals-not-an-option",
        ),
        pytest.param(
            "{answer: feel, equals: sadd}",
            34,
            "'sadd' is not one of the options of 'feel'; did you mean 'sad'?",
            id="equals-not-an-option-hint",
        ),
        pytest.param(
            "{answer: feel, in: [sad, maybe]}",
            36,
            "'maybe' is not one of the options of 'feel'",
            id="in-not-an-option",
        ),
        pytest.param(
            "{answer: many, contains: d}",
            36,
            "'d' is not one of the options of 'many'",
            id="contains-not-an-option",
        ),
        pytest.param(
            "{answer: mood, contains: 3}",
            36,
            "'mood' is a scale step; use equals, in, at_least or at_most",
            id="contains-on-scale",
        ),
        pytest.param(
            "{answer: note, at_least: 3}",
            36,
            "'note' is a text step; use contains",
            id="at_least-on-text",
        ),
        pytest.param(
            "{answer: slept, equals: maybe}",
            35,
            "step 6 compares 'slept' with 'maybe', but 'slept' is yes/no; use true or false",
            id="equals-non-boolean-on-confirm",
        ),
        pytest.param(
            "{answer: slept, in: [true]}",
            31,
            "'slept' is a confirm step; use equals",
            id="in-on-confirm",
        ),
        pytest.param(
            "{answer: mood, equals: high}",
            34,
            "step 6 compares 'mood' with 'high', but 'mood' is a number from 0 to 10",
            id="equals-word-on-scale",
        ),
        pytest.param(
            "{answer: mood, at_least: 11}",
            36,
            "this test can never be true: 'mood' goes from 0 to 10",
            id="at_least-above-range",
        ),
        pytest.param(
            "{answer: mood, at_most: -1}",
            35,
            "this test can never be true: 'mood' goes from 0 to 10",
            id="at_most-below-range",
        ),
        pytest.param(
            "{answer: mood, in: [3, 12]}",
            34,
            "this test can never be true",
            id="in-outside-range",
        ),
        pytest.param(
            "{answer: mood, at_least: .inf}",
            36,
            "'at_least' should be a number, not '.inf'",
            id="at_least-infinite",
        ),
        pytest.param(
            "{answer: mood, equals: [1]}",
            34,
            "'equals' should be a single value (a word, number, or true/false), not a list",
            id="equals-a-list",
        ),
        pytest.param(
            "{answer: note, answered: 'yes'}",
            36,
            "'answered' should be true or false, not 'yes'",
            id="answered-not-boolean",
        ),
        pytest.param(
            "{answer: mood, in: []}",
            30,
            "'in' needs at least one item",
            id="in-empty",
        ),
        pytest.param(
            "{answer: mood, at_least: 2, at_most: 5}",
            11,
            "a condition has one test, not 2 (at_least, at_most); combine several with 'all:'",
            id="two-tests",
        ),
        pytest.param(
            "{answer: mood}",
            11,
            "a condition needs one test: equals, not_equals, at_least, at_most, in, contains, "
            "answered",
            id="no-test",
        ),
        pytest.param("{at_least: 2}", 11, "a condition needs 'answer'", id="no-answer"),
        pytest.param(
            "{all: [{answer: mood, at_least: 2}], answer: mood}",
            11,
            "'all' stands alone in its condition; move answer inside it",
            id="combinator-not-alone",
        ),
        pytest.param("{any: []}", 17, "'any' needs at least one item", id="any-empty"),
        pytest.param(
            "{not: [{answer: mood, at_least: 2}]}",
            17,
            "A condition should be a set of 'key: value' lines",
            id="not-given-a-list",
        ),
        pytest.param(
            "mood > 3", 11, "A condition should be a set of 'key: value' lines", id="expression"
        ),
    ],
)
def test_condition_mistake(condition: str, column: int, message: str) -> None:
    assert_reports(with_condition(condition), (23, column, message))


def test_condition_with_unknown_key_reports_the_key_and_the_missing_test() -> None:
    assert_reports(
        with_condition("{answer: note, contain: x}"),
        (23, 11, "a condition needs one test"),
        (23, 26, "'contain' is not a field of a condition; did you mean 'contains'?"),
    )


def test_nested_combinators_report_every_mistake_inside() -> None:
    condition = (
        "{all: [{answer: mood, at_least: 2}, {any: [{answer: feel, equals: happy}, "
        "{not: {answer: nope, answered: true}}]}]}"
    )
    assert_reports(
        with_condition(condition),
        (23, 77, "'happy' is not one of the options of 'feel'"),
        (
            23,
            100,
            "the condition on step 6 names 'nope', but there is no answer step with that "
            "id; did you mean 'note'?",
        ),
    )


def test_nested_combinators_build_the_condition_tree() -> None:
    condition = (
        "{all: [{answer: mood, at_least: 2}, {any: [{answer: feel, equals: sad}, "
        "{not: {answer: note, answered: true}}]}]}"
    )
    exercise = valid(with_condition(condition))
    assert exercise.steps[-1].when == AllOf(
        (
            Leaf("mood", "at_least", 2),
            AnyOf((Leaf("feel", "equals", "sad"), Not(Leaf("note", "answered", True)))),
        )
    )


def test_yaml_yes_is_a_boolean_for_confirm_tests() -> None:
    exercise = valid(with_condition("{answer: slept, equals: yes}"))
    assert exercise.steps[-1].when == Leaf("slept", "equals", True)


def test_condition_on_a_step_with_its_own_mistake_is_not_reported_again() -> None:
    text = y("""
        selfkind: 1
        id: x
        title: T
        steps:
          - type: scale
            id: mood
            prompt: p
            min: 3
            max: 1
          - type: sacle
            id: other
            prompt: p
          - type: say
            when: {answer: other, at_least: 2}
            text: 'hi {{ other }}'
    """)
    assert_reports(
        text,
        (8, 10, "'min' (3) must be less than 'max' (1)"),
        (10, 11, "'sacle' is not a type of a step"),
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            y("""
                selfkind: 1
                id: x
                title: T
                steps:
                  - type: scale
                    id: mood
                    prompt: p
                    when: {answer: mood, at_least: 3}
            """),
            id="condition",
        ),
        pytest.param(
            y("""
                selfkind: 1
                id: x
                title: T
                steps:
                  - type: text
                    id: first
                    prompt: 'self {{ first }}'
            """),
            id="template",
        ),
    ],
)
def test_step_naming_itself_is_not_told_it_comes_later(text: str) -> None:
    [(line, _, message)] = found(text)
    assert line in (7, 8)
    assert "later" not in message
    assert "mood" in message or "first" in message


def test_summary_may_name_any_answer_step_and_templates_earlier_ones() -> None:
    exercise = valid(
        y("""
            selfkind: 1
            id: x
            title: T
            steps:
              - type: text
                id: first
                prompt: p
              - type: say
                text: 'you said {{ first }}'
              - type: choices
                id: last
                prompt: 'after {{first}}'
                help: '{{ first }}'
                options: [a, b]
            summary: '{{ last }}: {{ first }}'
        """)
    )
    assert exercise.summary == "{{ last }}: {{ first }}"


# ------------------------------------------------------------------ many mistakes, one pass


def test_every_mistake_is_reported_in_one_pass_sorted_by_line() -> None:
    text = y("""
        selfkind: 2
        id: Bad_Id
        title: T
        titel: typo
        steps:
          - type: sacle
            id: q
            prompt: p
          - type: text
            id: name
            prompt: p
            prompt: again
          - type: say
            when: {answer: mood, at_least: 3}
            text: 'Hello {{ nmae }}'
          - type: scale
            id: rating
            prompt: p
            min: 10
            max: 1
        scores:
          - id: s
            label: S
            method: mean
            items: [name]
            bands:
              - {up_to: 5, label: high}
              - {up_to: 1, label: low}
    """)
    assert_reports(
        text,
        (1, 11, "'selfkind' should be 1, not '2'"),
        (
            2,
            5,
            "has 'Bad_Id'; use lower-case letters, digits and single dashes, like kindness-reframe",
        ),
        (4, 1, "'titel' is not a field of an exercise; did you mean 'title'?"),
        (
            6,
            11,
            "'sacle' is not a type of a step; use one of say, pause, text, scale, choice, "
            "choices, confirm; did you mean 'scale'?",
        ),
        (12, 5, "'prompt' appears twice; keep one"),
        (14, 20, "names 'mood', but there is no answer step with that id"),
        (
            15,
            11,
            "'text' names 'nmae', but there is no answer step with that id; did you mean 'name'?",
        ),
        (19, 10, "'min' (10) must be less than 'max' (1)"),
        (25, 13, "'name' is a text step; scores can only use scale steps and earlier scores"),
        (28, 17, "'up_to' values must rise from band to band (1 is not above 5)"),
    )
    problems, _ = check_exercise_text(text)
    assert problems == sorted(problems, key=lambda p: (p.line, p.column))


def test_step_numbers_count_every_step_in_the_file() -> None:
    text = y("""
        selfkind: 1
        id: x
        title: T
        steps:
          - type: sacle
            id: q
            prompt: p
          - type: say
            text: hi
          - type: say
            when: {answer: mood, at_least: 3}
            text: hi
    """)
    assert_reports(
        text,
        (5, 11, "'sacle' is not a type of a step"),
        (11, 20, "the condition on step 3 names 'mood'"),
    )


def test_every_mistake_in_steps_is_reported_in_one_pass() -> None:
    text = y("""
        selfkind: 1
        id: x
        title: T
        minutes: 3
        steps:
          - type: text
            id: Bad
          - type: choice
            id: pick
            prompt: p
          - type: pause
            seconds: 9000
          - type: say
    """)
    assert found(text) == [
        (6, 5, "a text step needs 'prompt'"),
        (
            7,
            9,
            "'id' has 'Bad'; start with a lower-case letter, then letters, "
            "digits or _, like harsh_before",
        ),
        (8, 5, "a choice step needs 'options'"),
        (12, 14, "'seconds' should be a whole number from 1 to 600, not '9000'"),
        (13, 5, "a say step needs 'text'"),
    ]


# ------------------------------------------------------------------ hostile and odd files


def test_file_over_one_mebibyte_is_refused_quickly(tmp_path: Path) -> None:
    started = time.perf_counter()
    with pytest.raises(UnreadableYaml) as raised:
        decode(b"x" * (MAX_FILE_BYTES + 1))
    assert raised.value.problem == Problem(
        1, 1, "the file is larger than 1 MiB; exercises are much smaller"
    )
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"selfkind: 1\ndescription: " + b"x" * (2 * MAX_FILE_BYTES) + b"\n")
    with pytest.raises(InvalidFile) as invalid:
        load_exercise(path)
    assert [p.message for p in invalid.value.problems] == [
        "the file is larger than 1 MiB; exercises are much smaller"
    ]
    assert time.perf_counter() - started < 0.5


def test_file_of_exactly_one_mebibyte_is_read() -> None:
    assert decode(b"x" * MAX_FILE_BYTES) == "x" * MAX_FILE_BYTES


BILLION_LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(ord('a') + i)}: &{chr(ord('a') + i)} ["
    + ",".join([f"*{chr(ord('a') + i - 1)}"] * 9)
    + "]\n"
    for i in range(1, 10)
)


def test_billion_laughs_is_refused_quickly() -> None:
    started = time.perf_counter()
    problems = found(BILLION_LAUGHS)
    assert time.perf_counter() - started < 0.5
    assert problems == [
        (6, 4, "aliases here expand to far too much data; write the values out instead")
    ]


def test_doubling_alias_bomb_is_refused_quickly() -> None:
    lines = ["x0: &x0 [lol, lol]"]
    lines += [f"x{i}: &x{i} [*x{i - 1}, *x{i - 1}]" for i in range(1, 64)]
    started = time.perf_counter()
    [(_, _, message)] = found("\n".join(lines) + "\n")
    assert time.perf_counter() - started < 0.5
    assert "aliases here expand to far too much data" in message


def test_small_aliases_are_fine() -> None:
    exercise = valid(
        y("""
            selfkind: 1
            id: x
            title: T
            description: &words Be kind.
            steps:
              - type: say
                text: *words
        """)
    )
    assert exercise.steps[0].text == "Be kind."


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        pytest.param("&a [*a]\n", 1, 1, id="root"),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: T\nsteps: &s\n  - type: say\n    text: hi\n  - *s\n",
            4,
            8,
            id="in-steps",
        ),
        pytest.param("&m {a: *m}\n", 1, 1, id="mapping"),
    ],
)
def test_self_referencing_alias_is_refused(text: str, line: int, column: int) -> None:
    assert found(text) == [(line, column, "an alias here refers to itself; remove the loop")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("[" * 5000 + "]" * 5000, id="flow-lists-5000"),
        pytest.param("{a: " * 5000 + "1" + "}" * 5000, id="flow-maps-5000"),
        pytest.param("".join("  " * i + "-\n" for i in range(3000)), id="block-lists-3000"),
        pytest.param("[" * 300 + "]" * 300, id="flow-lists-300"),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: T\nsteps:\n  - type: say\n    text: hi\n    when: "
            + "{not: " * 300
            + "{answer: a, answered: true}"
            + "}" * 300
            + "\n",
            id="conditions-300",
        ),
    ],
)
def test_deep_nesting_is_a_problem_not_a_crash(text: str) -> None:
    [(line, _, message)] = found(text)
    assert line >= 1
    assert message == "the file is nested too deeply to read"


def test_moderately_deep_conditions_are_fine() -> None:
    text = (
        "selfkind: 1\nid: x\ntitle: T\nsteps:\n  - type: confirm\n    id: a\n    prompt: p\n"
        "  - type: say\n    text: hi\n    when: "
        + "{not: " * 100
        + "{answer: a, answered: true}"
        + "}" * 100
        + "\n"
    )
    condition = valid(text).steps[1].when
    assert condition is not None
    assert condition.holds({}) is False  # an even number of nots around "answered"


@pytest.mark.parametrize(
    ("data", "line", "column"),
    [
        pytest.param(b"selfkind: 1\nid: caf\xe9\n", 2, 8, id="latin-1"),
        pytest.param(b"\xff\xfes\x00e\x00", 1, 1, id="utf-16"),
        pytest.param(b"a\nb\nc: \xc3\x28\n", 3, 4, id="bad-continuation"),
    ],
)
def test_non_utf8_bytes_are_refused_with_their_place(data: bytes, line: int, column: int) -> None:
    with pytest.raises(UnreadableYaml) as raised:
        decode(data)
    assert raised.value.problem == Problem(
        line, column, "this is not UTF-8 text; save the file as UTF-8"
    )


def test_non_utf8_file_is_an_invalid_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"selfkind: 1\nid: x\ntitle: Caf\xe9\n")
    with pytest.raises(InvalidFile) as raised:
        load_exercise(path)
    assert raised.value.details == (f"{path}:3:11: this is not UTF-8 text; save the file as UTF-8",)


def test_missing_file_is_an_invalid_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidFile) as raised:
        load_exercise(tmp_path / "nope.yaml")
    assert [p.message for p in raised.value.problems] == ["there is no file here; check the path"]


def test_invalid_file_lists_path_line_column_message(tmp_path: Path) -> None:
    path = tmp_path / "typo.yaml"
    path.write_text("selfkind: 1\nid: x\ntitle: T\ntitel: y\nsteps:\n  - {type: say, text: hi}\n")
    with pytest.raises(InvalidFile) as raised:
        load_exercise(path)
    assert raised.value.details == (
        f"{path}:4:1: 'titel' is not a field of an exercise; did you mean 'title'?",
    )


def test_utf8_bom_is_accepted() -> None:
    text = decode(
        "\ufeffselfkind: 1\nid: x\ntitle: Café\nsteps:\n  - {type: say, text: hi}\n".encode()
    )
    assert valid(text).title == "Café"


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        pytest.param(
            "selfkind: 1\nid: x\ntitle: !!python/object/apply:os.system 'touch {marker}'\n"
            "steps:\n  - {type: say, text: hi}\n",
            3,
            8,
            "custom tags like 'tag:yaml.org,2002:python/object/apply:os.system' are not allowed",
            id="scalar",
        ),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: !!python/object/apply:os.system ['touch {marker}']\n"
            "steps:\n  - {type: say, text: hi}\n",
            3,
            8,
            "'title' should be one line of text, not a list|custom tags",
            id="sequence-in-scalar-field",
        ),
        pytest.param(
            "!!python/object/apply:os.system ['touch {marker}']\n",
            1,
            1,
            "An exercise should be a set of 'key: value' lines|custom tags",
            id="whole-file",
        ),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: !custom T\nsteps:\n  - {type: say, text: hi}\n",
            3,
            8,
            "custom tags like '!custom' are not allowed here",
            id="local-tag",
        ),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: !!binary aGVsbG8=\nsteps:\n  - {type: say, text: hi}\n",
            3,
            8,
            "custom tags like 'tag:yaml.org,2002:binary' are not allowed here",
            id="binary",
        ),
    ],
)
def test_custom_tags_are_refused_and_never_run(
    text: str, line: int, column: int, message: str, tmp_path: Path, monkeypatch
) -> None:
    marker = tmp_path / "ran"
    called: list[object] = []
    monkeypatch.setattr(os, "system", lambda *args: called.append(args) or 0)
    problems = found(text.replace("{marker}", str(marker)))
    assert problems[0][:2] == (line, column)
    assert any(part in problems[0][2] for part in message.split("|"))  # | : either
    assert not marker.exists()
    assert called == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param(
            "selfkind: 1\nid: x\ntitle: T\ntags: !!python/object/apply:os.system [echo]\n"
            "steps:\n  - {type: say, text: hi}\n",
            4,
            id="tags-list",
        ),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: T\nsteps: !!python/tuple\n  - {type: say, text: hi}\n",
            4,
            id="steps-list",
        ),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: T\nsteps:\n  - !!python/object:os.Foo\n"
            "    type: say\n    text: hi\n",
            5,
            id="step-mapping",
        ),
        pytest.param(
            "!!python/object/new:dict\nselfkind: 1\nid: x\ntitle: T\n"
            "steps:\n  - {type: say, text: hi}\n",
            1,
            id="root-mapping",
        ),
        pytest.param(
            "selfkind: 1\nid: x\n!!python/str title: T\nsteps:\n  - {type: say, text: hi}\n",
            3,
            id="key",
        ),
    ],
)
def test_custom_tags_on_collections_and_keys_are_refused(text: str, line: int) -> None:
    problems = found(text)
    assert any(p[0] == line and "custom tag" in p[2] for p in problems), problems


@pytest.mark.parametrize(
    ("text", "line", "column", "fragment"),
    [
        pytest.param(
            "selfkind: 1\nid: x\ntitle: !!timestamp nope\nsteps:\n  - {type: say, text: hi}\n",
            3,
            8,
            "'title' should be one line of text",
            id="bad-timestamp",
        ),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: T\nsteps:\n  - type: text\n    id: a\n    prompt: p\n"
            "    required: !!bool maybe\n",
            8,
            15,
            "'required' should be true or false",
            id="bad-bool",
        ),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: T\nminutes: !!int five\nsteps:\n  - {type: say, text: hi}\n",
            4,
            10,
            "'minutes' should be a whole number from 1 to 600",
            id="bad-int",
        ),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: !!timestamp 2020-13-45\nsteps:\n  - {type: say, text: hi}\n",
            3,
            8,
            "'title' should be one line of text",
            id="impossible-date",
        ),
    ],
)
def test_explicit_standard_tags_with_wrong_values(
    text: str, line: int, column: int, fragment: str
) -> None:
    assert_reports(text, (line, column, fragment))


def test_non_printable_character_is_reported_at_its_place() -> None:
    [(line, column, message)] = found("selfkind: 1\nid: x\x00\n")
    assert (line, column) == (2, 6)
    assert "\n" not in message
    assert "<unicode string>" not in message


def test_second_document_is_explained() -> None:
    [(line, column, message)] = found("selfkind: 1\n---\nid: x\n")
    assert (line, column) == (2, 1)
    assert "single document" in message or "one document" in message


def test_complex_keys_are_refused() -> None:
    text = "selfkind: 1\nid: x\ntitle: T\n? [a]\n: x\nsteps:\n  - {type: say, text: hi}\n"
    assert_reports(text, (4, 3, "keys must be plain words"))


# ------------------------------------------------------------------ built-in exercises


@pytest.mark.parametrize("path", BUILT_IN, ids=[p.stem for p in BUILT_IN])
def test_built_in_exercise_is_valid(path: Path) -> None:
    problems, exercise = check_exercise_text(path.read_text(encoding="utf-8"))
    assert problems == []
    assert exercise is not None
    assert exercise.id == path.stem
    assert load_exercise(path).id == path.stem


def test_there_are_built_in_exercises() -> None:
    assert len(BUILT_IN) >= 5


# ------------------------------------------------------------------ a full valid exercise

FULL = y("""
    selfkind: 1
    id: every-part
    title: Every part
    description: |
      A test exercise with **every** step type.
    minutes: 3
    tags: [test, full]
    credit: Written for the test suite
    steps:
      - type: say
        text: Welcome.
      - type: pause
        seconds: 5
      - type: pause
        seconds: 10
        text: Breathe.
      - type: text
        id: situation
        prompt: What happened?
      - type: text
        id: note
        prompt: Anything else about {{ situation }}?
        multiline: true
        required: false
        max_length: 500
        help: Optional, about {{situation}}.
      - type: scale
        id: before
        prompt: How harsh?
      - type: scale
        id: q1
        prompt: Q1
        min: 1
        max: 5
        labels: {1: never, 5: always}
        required: false
        help: Pick one.
      - type: scale
        id: q2
        prompt: Q2
        min: 1
        max: 5
      - type: choice
        id: feeling
        prompt: Which feeling?
        options: [sad, ashamed, lonely]
      - type: choice
        id: word
        prompt: One word?
        options: ['yes', 'no']
        required: false
        help: If you like.
      - type: choices
        id: needs
        prompt: What do you need?
        options: [rest, company, time]
        min_selected: 1
        help: Any that fit.
      - type: choices
        id: extras
        prompt: Extras?
        options: [a, b]
      - type: confirm
        id: slept
        prompt: Did you sleep?
        default: true
        help: Last night.
      - type: confirm
        id: plain
        prompt: Plain?
      - type: say
        when: {answer: before, equals: 5}
        text: equals
      - type: say
        when: {answer: feeling, not_equals: sad}
        text: not_equals
      - type: say
        when: {answer: before, at_least: 7}
        text: at_least
      - type: say
        when: {answer: before, at_most: 3.5}
        text: at_most
      - type: say
        when: {answer: feeling, in: [ashamed, lonely]}
        text: in
      - type: say
        when: {answer: needs, contains: rest}
        text: contains choices
      - type: say
        when: {answer: situation, contains: Work}
        text: contains text
      - type: say
        when: {answer: situation, equals: 42}
        text: equals on text
      - type: say
        when: {answer: word, equals: 'no'}
        text: equals on a choice whose option looks like a boolean
      - type: say
        when: {answer: note, answered: false}
        text: answered
      - type: say
        when: {answer: slept, equals: false}
        text: confirm equals
      - type: say
        when:
          all:
            - {answer: before, in: [1, 2]}
            - any:
                - {answer: slept, not_equals: true}
                - not: {answer: q1, answered: true}
        text: "combinators, {{ feeling }}"
      - type: scale
        id: after
        prompt: And now, after thinking about {{ needs }}?
    scores:
      - id: harshness_change
        label: Change in harshness
        method: change
        before: before
        after: after
      - id: kindness
        label: Kindness
        method: mean
        items: [q1, q2]
        reverse: [q2]
        bands:
          - {up_to: 2.49, label: low}
          - {up_to: 3.5, label: moderate}
          - {label: high}
      - id: total
        label: Total
        method: sum
        items: [q1, q2]
      - id: overall
        label: Overall
        method: mean
        items: [kindness, total]
    summary: "{{ situation }} ({{ feeling }}, {{ after }})"
""")


def test_full_exercise_builds_the_model_with_defaults() -> None:
    exercise = valid(FULL, origin="test")
    assert exercise.id == "every-part"
    assert exercise.title == "Every part"
    assert exercise.description == "A test exercise with **every** step type.\n"
    assert exercise.minutes == 3
    assert exercise.tags == ("test", "full")
    assert exercise.credit == "Written for the test suite"
    assert exercise.summary == "{{ situation }} ({{ feeling }}, {{ after }})"
    assert exercise.source == FULL
    assert exercise.hash == hashlib.sha256(FULL.encode()).hexdigest()
    assert exercise.origin == "test"

    steps = {getattr(step, "id", f"#{n}"): step for n, step in enumerate(exercise.steps)}
    assert steps["#0"] == SayStep(text="Welcome.")
    assert steps["#1"] == PauseStep(seconds=5)
    assert steps["#1"].text is None
    assert steps["#2"] == PauseStep(seconds=10, text="Breathe.")
    assert steps["situation"] == TextStep(id="situation", prompt="What happened?")
    situation = steps["situation"]
    assert (situation.multiline, situation.required, situation.max_length, situation.help) == (
        False,
        True,
        10_000,
        None,
    )
    assert steps["note"] == TextStep(
        id="note",
        prompt="Anything else about {{ situation }}?",
        multiline=True,
        required=False,
        max_length=500,
        help="Optional, about {{situation}}.",
    )
    before = steps["before"]
    assert isinstance(before, ScaleStep)
    assert (before.min, before.max, dict(before.labels), before.required) == (0, 10, {}, True)
    assert steps["q1"] == ScaleStep(
        id="q1",
        prompt="Q1",
        min=1,
        max=5,
        labels={1: "never", 5: "always"},
        required=False,
        help="Pick one.",
    )
    assert steps["feeling"] == ChoiceStep(
        id="feeling", prompt="Which feeling?", options=("sad", "ashamed", "lonely")
    )
    assert steps["feeling"].required is True
    assert steps["word"] == ChoiceStep(
        id="word", prompt="One word?", options=("yes", "no"), required=False, help="If you like."
    )
    assert steps["needs"] == ChoicesStep(
        id="needs",
        prompt="What do you need?",
        options=("rest", "company", "time"),
        min_selected=1,
        help="Any that fit.",
    )
    assert steps["extras"].min_selected == 0
    assert steps["slept"] == ConfirmStep(
        id="slept", prompt="Did you sleep?", default=True, help="Last night."
    )
    assert steps["plain"].default is False

    conditions = [step.when for step in exercise.steps if isinstance(step, SayStep)]
    assert conditions == [
        None,
        Leaf("before", "equals", 5),
        Leaf("feeling", "not_equals", "sad"),
        Leaf("before", "at_least", 7),
        Leaf("before", "at_most", 3.5),
        Leaf("feeling", "in", ("ashamed", "lonely")),
        Leaf("needs", "contains", "rest"),
        Leaf("situation", "contains", "Work"),
        Leaf("situation", "equals", "42"),
        Leaf("word", "equals", "no"),
        Leaf("note", "answered", False),
        Leaf("slept", "equals", False),
        AllOf(
            (
                Leaf("before", "in", (1, 2)),
                AnyOf((Leaf("slept", "not_equals", True), Not(Leaf("q1", "answered", True)))),
            )
        ),
    ]
    assert all(step.when is None for step in exercise.steps if not isinstance(step, SayStep))

    assert exercise.scores == (
        Score(
            id="harshness_change",
            label="Change in harshness",
            method="change",
            before="before",
            after="after",
        ),
        Score(
            id="kindness",
            label="Kindness",
            method="mean",
            items=("q1", "q2"),
            reverse=("q2",),
            bands=(Band("low", 2.49), Band("moderate", 3.5), Band("high", None)),
        ),
        Score(id="total", label="Total", method="sum", items=("q1", "q2")),
        Score(id="overall", label="Overall", method="mean", items=("kindness", "total")),
    )
    assert [s.id for s in exercise.answer_steps()] == [
        "situation",
        "note",
        "before",
        "q1",
        "q2",
        "feeling",
        "word",
        "needs",
        "extras",
        "slept",
        "plain",
        "after",
    ]
    assert exercise.answer_step("needs") is steps["needs"]
    assert exercise.answer_step("nope") is None


def test_minimal_exercise_defaults() -> None:
    exercise = valid(
        "selfkind: 1\nid: a1\ntitle: '  Spaced  '\nsteps:\n  - {type: say, text: hi}\n"
    )
    assert exercise.title == "Spaced"
    assert (exercise.description, exercise.minutes, exercise.tags, exercise.credit) == (
        None,
        None,
        (),
        None,
    )
    assert (exercise.scores, exercise.summary) == ((), None)


# ------------------------------------------------------------------ conditions at run time

ANSWERS = {
    "mood": 5,
    "feel": "sad",
    "many": ["a", "b"],
    "note": "Feeling Tired today",
    "slept": False,
}


@pytest.mark.parametrize(
    ("test", "expected"),
    [
        (Leaf("mood", "equals", 5), True),
        (Leaf("mood", "equals", 4), False),
        (Leaf("mood", "not_equals", 4), True),
        (Leaf("mood", "not_equals", 5), False),
        (Leaf("mood", "at_least", 5), True),
        (Leaf("mood", "at_least", 5.5), False),
        (Leaf("mood", "at_most", 5), True),
        (Leaf("mood", "at_most", 4), False),
        (Leaf("mood", "in", (4, 5)), True),
        (Leaf("mood", "in", (1, 2)), False),
        (Leaf("feel", "equals", "sad"), True),
        (Leaf("feel", "in", ("calm",)), False),
        (Leaf("many", "contains", "a"), True),
        (Leaf("many", "contains", "c"), False),
        (Leaf("note", "contains", "tired"), True),
        (Leaf("note", "contains", "TIRED TODAY"), True),
        (Leaf("note", "contains", "sleepy"), False),
        (Leaf("note", "equals", "Feeling Tired today"), True),
        (Leaf("slept", "equals", False), True),
        (Leaf("slept", "equals", True), False),
        (Leaf("slept", "answered", True), True),
        (Leaf("slept", "answered", False), False),
        (Leaf("mood", "answered", True), True),
    ],
    ids=str,
)
def test_condition_on_an_answer(test: Leaf, expected: bool) -> None:
    assert test.holds(ANSWERS) is expected


@pytest.mark.parametrize(
    "test",
    [
        Leaf("x", "equals", 5),
        Leaf("x", "not_equals", 5),
        Leaf("x", "at_least", 0),
        Leaf("x", "at_most", 10),
        Leaf("x", "in", (1, 2)),
        Leaf("x", "contains", ""),
        Leaf("x", "equals", False),
        Leaf("x", "answered", True),
    ],
    ids=str,
)
def test_condition_on_an_unanswered_step_is_false(test: Leaf) -> None:
    assert test.holds({}) is False
    assert test.holds({"other": 5}) is False


def test_answered_false_is_true_only_when_unanswered() -> None:
    test = Leaf("x", "answered", False)
    assert test.holds({}) is True
    assert test.holds({"x": False}) is False
    assert test.holds({"x": 0}) is False


def test_combinators() -> None:
    yes, no = Leaf("mood", "at_least", 1), Leaf("mood", "at_least", 9)
    assert AllOf((yes, yes)).holds(ANSWERS) is True
    assert AllOf((yes, no)).holds(ANSWERS) is False
    assert AnyOf((no, yes)).holds(ANSWERS) is True
    assert AnyOf((no, no)).holds(ANSWERS) is False
    assert Not(no).holds(ANSWERS) is True
    assert Not(yes).holds(ANSWERS) is False
    assert AllOf((yes, AnyOf((no, Not(no))))).holds(ANSWERS) is True
    # "not" of a test on an unanswered step is true: the test itself is false.
    assert Not(Leaf("gone", "equals", 3)).holds(ANSWERS) is True
    assert Not(Leaf("gone", "answered", False)).holds(ANSWERS) is False


def test_step_is_shown_by_its_condition() -> None:
    assert SayStep(text="hi").is_shown({}) is True
    step = SayStep(text="hi", when=Leaf("mood", "at_most", 3))
    assert step.is_shown({"mood": 2}) is True
    assert step.is_shown({"mood": 4}) is False
    assert step.is_shown({}) is False


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


# ------------------------------------------------------------------ templates


def test_fill_replaces_answers() -> None:
    answers = {"a": ["rest", "time"], "b": "calm", "c": 7, "d": True, "e": False}
    assert fill("{{a}} | {{ b }} | {{  c  }} | {{d}} | {{e}}", answers) == (
        "rest, time | calm | 7 | yes | no"
    )


def test_fill_skipped_answer_is_empty() -> None:
    assert fill("[{{ gone }}]", {}) == "[]"


def test_fill_escapes_answers_only() -> None:
    def escape(text: str) -> str:
        return text.replace("*", "\\*")

    assert fill("*{{ a }}*", {"a": "*bold*"}, escape) == "*\\*bold\\**"


def test_fill_does_not_expand_placeholders_inside_answers() -> None:
    assert fill("{{ a }}", {"a": "{{ b }}", "b": "secret"}) == "{{ b }}"


def test_fill_leaves_other_braces_alone() -> None:
    for text in ("{{ not a name }}", "{ a }", "{{}}", "{a}", "{{ a }", "no braces"):
        assert fill(text, {"a": "X", "not": "X", "name": "X"}) == text
    assert names_in("{{a}} {{ b }} {{ c d }} { {e} }") == ["a", "b"]


def test_fill_evaluates_nothing(monkeypatch) -> None:
    called: list[object] = []
    monkeypatch.setattr(os, "system", lambda *args: called.append(args) or 0)
    for text in ("{{ __import__('os').system('x') }}", "{{ 1+1 }}", "{{ a.__class__ }}"):
        result = fill(text, {"a": "A"})
        assert "2" not in result
        assert "class" not in result.replace(text, "")
        assert "module" not in result
    assert called == []


def test_fill_leaves_non_names_literal() -> None:
    assert fill("{{ __import__('os') }}", {}) == "{{ __import__('os') }}"


# ------------------------------------------------------------------ answers given up front

COERCE = [
    (TextStep(id="t", prompt="p"), "  hello ", "hello"),
    (TextStep(id="t", prompt="p", required=False), "   ", None),
    (TextStep(id="t", prompt="p", max_length=5), "12345", "12345"),
    (ScaleStep(id="s", prompt="p", min=1, max=5), "3", 3),
    (ScaleStep(id="s", prompt="p", min=1, max=5), " +5 ", 5),
    (ScaleStep(id="s", prompt="p", min=-3, max=3), "-3", -3),
    (ScaleStep(id="s", prompt="p", required=False), "", None),
    (ChoiceStep(id="c", prompt="p", options=("Calm", "sad")), "calm", "Calm"),
    (ChoiceStep(id="c", prompt="p", options=("Calm", "sad")), " SAD ", "sad"),
    (ChoiceStep(id="c", prompt="p", options=("a", "b"), required=False), "", None),
    (ChoicesStep(id="c", prompt="p", options=("a", "B", "c")), "a,b", ["a", "B"]),
    (ChoicesStep(id="c", prompt="p", options=("a", "B", "c")), "a, a ,c,,", ["a", "c"]),
    (ChoicesStep(id="c", prompt="p", options=("a", "B", "c")), ["B", "a"], ["B", "a"]),
    (ChoicesStep(id="c", prompt="p", options=("a", "b")), "", None),
    (ChoicesStep(id="c", prompt="p", options=("a", "b")), [], None),
    (ConfirmStep(id="c", prompt="p"), "yes", True),
    (ConfirmStep(id="c", prompt="p"), " TRUE ", True),
    (ConfirmStep(id="c", prompt="p"), "No", False),
    (ConfirmStep(id="c", prompt="p"), "false", False),
]


@pytest.mark.parametrize(("step", "given", "expected"), COERCE, ids=repr)
def test_coerce_accepts(step, given, expected) -> None:
    assert step.coerce(given) == expected


COERCE_REJECTS = [
    (TextStep(id="t", prompt="p"), "", "needs some text; it cannot be left empty"),
    (TextStep(id="t", prompt="p"), "  ", "needs some text"),
    (
        TextStep(id="t", prompt="p", max_length=5),
        "toolong",
        "is 7 characters long; this step takes at most 5",
    ),
    (TextStep(id="t", prompt="p"), ["x"], "expects some text, not a list"),
    (
        ScaleStep(id="s", prompt="p", min=1, max=5),
        "0",
        "expects a whole number from 1 to 5, not '0'",
    ),
    (ScaleStep(id="s", prompt="p", min=1, max=5), "6", "not '6'"),
    (ScaleStep(id="s", prompt="p", min=1, max=5), "3.0", "not '3.0'"),
    (ScaleStep(id="s", prompt="p", min=1, max=5), "three", "not 'three'"),
    (ScaleStep(id="s", prompt="p", min=1, max=5), "\u0663", "not '\u0663'"),  # Arabic-Indic 3
    (ScaleStep(id="s", prompt="p", min=1, max=5), "", "not ''"),
    (ScaleStep(id="s", prompt="p"), ["3"], "not a list"),
    (
        ChoiceStep(id="c", prompt="p", options=("Calm", "sad")),
        "happy",
        "expects one of: Calm, sad; 'happy' is not one of them",
    ),
    (ChoiceStep(id="c", prompt="p", options=("Calm", "sad")), "", "'' is not one of them"),
    (ChoiceStep(id="c", prompt="p", options=("Calm", "sad")), ["calm"], "not a list"),
    (
        ChoicesStep(id="c", prompt="p", options=("a", "b"), min_selected=1),
        "",
        "expects at least 1 of: a, b",
    ),
    (ChoicesStep(id="c", prompt="p", options=("a", "b")), "a,x", "'x' is not one of them"),
    (ConfirmStep(id="c", prompt="p"), "y", "expects yes or no (true or false), not 'y'"),
    (ConfirmStep(id="c", prompt="p"), "1", "not '1'"),
    (ConfirmStep(id="c", prompt="p"), "", "not ''"),
    (ConfirmStep(id="c", prompt="p"), ["yes"], "not a list"),
]


@pytest.mark.parametrize(("step", "given", "message"), COERCE_REJECTS, ids=repr)
def test_coerce_rejects(step, given, message: str) -> None:
    with pytest.raises(AnswerMismatch) as raised:
        step.coerce(given)
    assert message in str(raised.value)


def test_unanswered_defaults() -> None:
    assert ConfirmStep(id="c", prompt="p", default=True).unanswered() is True
    assert ConfirmStep(id="c", prompt="p").unanswered() is False
    assert TextStep(id="t", prompt="p").unanswered() is None
    assert ChoicesStep(id="c", prompt="p", options=("a", "b")).required is False


# ------------------------------------------------------------------ JSON Schema


def test_json_schema_is_json_and_closed() -> None:
    schema = json_schema()
    assert json.loads(json.dumps(schema)) == schema
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {"selfkind", "id", "title", "steps"}
    assert "condition" in schema["$defs"]


@pytest.fixture(scope="module")
def schema_validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", BUILT_IN, ids=[p.stem for p in BUILT_IN])
def test_built_in_exercise_matches_json_schema(path: Path, schema_validator) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = [f"{list(e.path)}: {e.message}" for e in schema_validator.iter_errors(data)]
    assert errors == []


def test_full_exercise_matches_json_schema(schema_validator) -> None:
    errors = [e.message for e in schema_validator.iter_errors(yaml.safe_load(FULL))]
    assert errors == []


@pytest.mark.parametrize(
    ("change", "value"),
    [
        ("titel", "typo"),
        ("selfkind", 2),
        ("id", "Bad_Id"),
        ("minutes", "five"),
        ("steps", []),
    ],
)
def test_json_schema_rejects_mistakes(schema_validator, change: str, value) -> None:
    data = yaml.safe_load(FULL)
    data[change] = value
    assert not schema_validator.is_valid(data)


def test_json_schema_rejects_bad_steps_and_conditions(schema_validator) -> None:
    data = yaml.safe_load(FULL)
    data["steps"].append({"type": "say", "text": "x", "when": {"answer": "before"}})
    assert not schema_validator.is_valid(data)
    data = yaml.safe_load(FULL)
    data["steps"].append(
        {"type": "say", "text": "x", "when": {"answer": "before", "at_least": 1, "at_most": 3}}
    )
    assert not schema_validator.is_valid(data)
    data = yaml.safe_load(FULL)
    data["steps"].append({"type": "text", "id": "z", "prompt": "p", "mutliline": True})
    assert not schema_validator.is_valid(data)


def test_a_misspelt_required_key_is_reported_once_not_also_as_missing() -> None:
    text = "selfkind: 1\nid: x\ntitle: T\nsteps:\n  - type: text\n    id: moment\n    promt: Hi?\n"
    assert found(text) == [
        (7, 5, "'promt' is not a field of a text step; did you mean 'prompt'?"),
    ]
