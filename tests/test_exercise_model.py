"""The exercise model (core/exercise.py): conditions tested against answers at run time, and
answers given up front (`--set`, `--answers`) checked and converted by their step."""

from __future__ import annotations

import pytest

from selfkind.core.exercise import (
    AllOf,
    AnswerMismatch,
    AnyOf,
    ChoicesStep,
    ChoiceStep,
    ConfirmStep,
    Not,
    SayStep,
    ScaleStep,
    TextStep,
)
from selfkind.core.exercise import Test as Leaf

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
