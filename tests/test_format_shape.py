"""The shape of an exercise file (formats/shape.py, as formats/exercise.py describes it): unknown
keys, wrong types, ids, missing keys, step types and the format version, each at its exact
LINE:COLUMN with no knock-on problem reported."""

from __future__ import annotations

import pytest

from helpers import assert_reports, found, y

# ------------------------------------------------------------------ one mistake each

MISTAKES = [
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


def test_a_misspelt_required_key_is_reported_once_not_also_as_missing() -> None:
    text = "selfkind: 1\nid: x\ntitle: T\nsteps:\n  - type: text\n    id: moment\n    promt: Hi?\n"
    assert found(text) == [
        (7, 5, "'promt' is not a field of a text step; did you mean 'prompt'?"),
    ]
