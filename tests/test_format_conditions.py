"""Conditions (`when:`) in an exercise file: every mistake in a condition at its place, the
steps a condition may name, and the condition tree built from a valid one."""

from __future__ import annotations

import pytest

from helpers import assert_reports, valid, y
from selfkind.core.exercise import AllOf, AnyOf, Not
from selfkind.core.exercise import Test as Leaf

# ------------------------------------------------------------------ one mistake each

MISTAKES = [
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
