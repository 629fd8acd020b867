"""The exercise format as a whole: the built-in exercises are valid, a file using every part
builds the model with its defaults, and the JSON Schema (formats/exercise.py) agrees."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml

from helpers import valid, y
from selfkind.core.exercise import (
    AllOf,
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
from selfkind.formats.exercise import json_schema
from selfkind.formats.validate import check_exercise_text, load_exercise

EXERCISES_DIR = Path(__file__).resolve().parents[1] / "exercises"
BUILT_IN = sorted(EXERCISES_DIR.glob("*.yaml"))


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
