"""The exercise validator's own checks (formats/validate.py): what templates may name, scale,
choice and option ranges, and every mistake in a file reported in one pass, sorted by line."""

from __future__ import annotations

import pytest

from helpers import assert_reports, found, valid, y
from selfkind.formats.validate import check_exercise_text

# ------------------------------------------------------------------ one mistake each

MISTAKES = [
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
        [(8, 10, "'summary' names 'nope', but there is no answer step or score with that id")],
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
]


@pytest.mark.parametrize(("text", "expected"), MISTAKES)
def test_mistake_is_reported_at_its_place(text: str, expected) -> None:
    assert_reports(text, *expected)


# ------------------------------------------------------------------ naming steps


@pytest.mark.parametrize(
    ("text", "expected"),
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
            (8, 20, "names its own step 'mood'; conditions can only use answers given before"),
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
            (7, 13, "'prompt' names its own step 'first'; a template can only use answers given"),
            id="template",
        ),
    ],
)
def test_step_naming_itself_is_not_told_it_comes_later(text: str, expected) -> None:
    assert_reports(text, expected)
    [(_, _, message)] = found(text)
    assert "later" not in message


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
