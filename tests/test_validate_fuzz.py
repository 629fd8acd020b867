"""Property tests: the validator never raises, and every problem points inside the file.

Random YAML documents (exercise-shaped and shapeless), random text, and random
mutations of the built-in exercises are fed to `check_exercise_text`. It must
return problems, never raise, and the problems must point inside the file.
The `@example`s pin inputs that once crashed it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from selfkind.core.errors import Problem
from selfkind.formats.validate import check_exercise_text

EXERCISES_DIR = Path(__file__).resolve().parents[1] / "exercises"
BUILT_IN = {
    path.stem: path.read_text(encoding="utf-8") for path in sorted(EXERCISES_DIR.glob("*.yaml"))
}

FUZZ = settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

TOP_KEYS = [
    "selfkind",
    "id",
    "title",
    "description",
    "minutes",
    "tags",
    "credit",
    "steps",
    "scores",
    "summary",
]
STEP_KEYS = [
    "type",
    "id",
    "prompt",
    "text",
    "when",
    "seconds",
    "multiline",
    "required",
    "max_length",
    "help",
    "min",
    "max",
    "labels",
    "options",
    "min_selected",
    "default",
]
STEP_TYPES = ["say", "pause", "text", "scale", "choice", "choices", "confirm"]
CONDITION_KEYS = [
    "answer",
    "equals",
    "not_equals",
    "at_least",
    "at_most",
    "in",
    "contains",
    "answered",
    "all",
    "any",
    "not",
]
SCORE_KEYS = ["id", "label", "method", "items", "reverse", "before", "after", "bands", "up_to"]
WORDS = [
    "mood",
    "note",
    "q1",
    "q2",
    "kindness",
    "mean",
    "sum",
    "change",
    "yes",
    "no",
    "true",
    "1",
    "0",
    "10",
    "-1",
    "{{ mood }}",
    "{{ nope }}",
    "",
    " ",
    "~",
    "null",
    "2020-01-01",
    "1.5",
]
VOCABULARY = TOP_KEYS + STEP_KEYS + STEP_TYPES + CONDITION_KEYS + SCORE_KEYS + WORDS


def assert_well_formed(text: str, problems: list[Problem], exercise: object) -> None:
    assert isinstance(problems, list)
    assert (exercise is None) == bool(problems)
    lines = len(text.splitlines())
    for problem in problems:
        assert isinstance(problem, Problem)
        assert 1 <= problem.line <= lines + 1, (problem, lines)
        assert problem.column >= 1, problem
        assert isinstance(problem.message, str)
        assert problem.message.strip(), problem
    assert problems == sorted(problems, key=lambda p: (p.line, p.column, p.message))
    assert len(set(problems)) == len(problems)


# ------------------------------------------------------------------ random YAML documents

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**12), max_value=10**12)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(VOCABULARY)
)
keys = st.sampled_from(VOCABULARY) | st.text(max_size=12)
anything = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=10,
)


REQUIRED_FIELDS = {
    "say": {"text": "hi"},
    "pause": {"seconds": 3},
    "text": {"id": "note", "prompt": "p"},
    "scale": {"id": "mood", "prompt": "p"},
    "choice": {"id": "feel", "prompt": "p", "options": ["sad", "calm"]},
    "choices": {"id": "many", "prompt": "p", "options": ["a", "b", "c"]},
    "confirm": {"id": "slept", "prompt": "p"},
}


@st.composite
def exercise_like(draw) -> dict:
    """A dict shaped roughly like an exercise, with random values where it matters."""
    document = draw(st.dictionaries(st.sampled_from(TOP_KEYS) | keys, anything, max_size=4))
    if draw(st.booleans()):
        document.update({"selfkind": 1, "id": "fuzz", "title": "Fuzz"})
    steps = []
    for _ in range(draw(st.integers(0, 5))):
        step: dict = {}
        if draw(st.booleans()):
            kind = draw(st.sampled_from(STEP_TYPES))
            step = {"type": kind, **REQUIRED_FIELDS[kind]}
            if "id" in step and draw(st.booleans()):
                step["id"] = draw(st.sampled_from(WORDS))
        step.update(draw(st.dictionaries(st.sampled_from(STEP_KEYS) | keys, anything, max_size=3)))
        if draw(st.booleans()):
            step["when"] = draw(
                st.dictionaries(st.sampled_from(CONDITION_KEYS), anything, min_size=1, max_size=3)
            )
        steps.append(step)
    if steps or draw(st.booleans()):
        document["steps"] = steps
    if draw(st.booleans()):
        document["scores"] = draw(
            st.lists(st.dictionaries(st.sampled_from(SCORE_KEYS), anything, max_size=5), max_size=3)
        )
    return document


documents = st.one_of(anything, exercise_like()).map(
    lambda data: yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
)

YAML_PIECES = [*":-[]{},&*!|>?'\"#%@` \n\n\n\t", "  ", "    ", "- ", ": ", "&a ", "*a", "!!str "]
yaml_alphabet = st.sampled_from([*YAML_PIECES, *VOCABULARY])
yaml_ish_text = st.lists(yaml_alphabet, max_size=60).map("".join)

MINUTES_AS_TEXT = "selfkind: 1\nid: x\ntitle: T\nminutes: five\nsteps:\n- type: say\n  text: hi\n"
STEP_WITHOUT_ID = "selfkind: 1\nid: x\ntitle: T\nsteps:\n- type: text\n  prompt: p\n"


@pytest.mark.slow  # 5 to 6 s
@FUZZ
@given(text=documents)
@example(text=MINUTES_AS_TEXT)
@example(text=STEP_WITHOUT_ID)
def test_random_documents_never_raise(text: str) -> None:
    problems, exercise = check_exercise_text(text)
    assert_well_formed(text, problems, exercise)


@FUZZ
@given(text=st.text(max_size=200) | yaml_ish_text)
@example(text="")
@example(text="\x00")
@example(text="&a [*a]")
@example(text="[" * 400)
@example(text="\ufeff")
@example(text="a: 1\r\nb: [\r\n")
def test_random_text_never_raises(text: str) -> None:
    assert_well_formed(text, *check_exercise_text(text))


# ------------------------------------------------------------------ mutated built-in exercises


def _lines(text: str) -> list[str]:
    return text.split("\n")


@st.composite
def mutated(draw) -> str:
    """A built-in exercise with one to three random edits."""
    name = draw(st.sampled_from(sorted(BUILT_IN)))
    lines = _lines(BUILT_IN[name])
    for _ in range(draw(st.integers(1, 3))):
        if not lines:
            lines = [""]
        at = draw(st.integers(0, len(lines) - 1))
        edit = draw(
            st.sampled_from(
                ["delete", "duplicate", "token", "character", "indent", "swap", "insert"]
            )
        )
        if edit == "delete":
            del lines[at]
        elif edit == "duplicate":
            lines.insert(at, lines[at])
        elif edit == "token":
            tokens = _tokens(lines[at])
            if tokens:
                start, end = draw(st.sampled_from(tokens))
                new = draw(st.sampled_from(VOCABULARY) | st.text(max_size=6))
                lines[at] = lines[at][:start] + new + lines[at][end:]
        elif edit == "character":
            if lines[at]:
                index = draw(st.integers(0, len(lines[at]) - 1))
                new = draw(st.characters() | st.sampled_from(list(":-[]{}#'\" \t&*!")))
                lines[at] = lines[at][:index] + new + lines[at][index + 1 :]
        elif edit == "indent":
            change = draw(st.sampled_from([-4, -2, -1, 1, 2, 4]))
            line = lines[at]
            lines[at] = " " * change + line if change > 0 else line[min(-change, _indent(line)) :]
        elif edit == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        else:
            indent = draw(st.sampled_from([0, 2, 4, 6, 8]))
            key = draw(st.sampled_from(VOCABULARY) | st.text(min_size=1, max_size=8))
            value = draw(st.sampled_from(WORDS) | st.text(max_size=8))
            lines.insert(at, f"{' ' * indent}{key}: {value}")
    return "\n".join(lines)


def _tokens(line: str) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(r"\w+|[^\w\s]", line)]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _delete_line(text: str, content: str) -> str:
    lines = _lines(text)
    lines.remove(content)
    return "\n".join(lines)


@FUZZ
@given(text=mutated())
@example(text=_delete_line(BUILT_IN["checkin"], "    id: mood"))
@example(text=BUILT_IN["checkin"])
@example(text=BUILT_IN["checkin"].replace("title:", "titel:"))
@example(text=BUILT_IN["friend-perspective"].replace("    options:", "    text:", 1))
def test_mutated_exercises_never_raise(text: str) -> None:
    problems, exercise = check_exercise_text(text)
    assert_well_formed(text, problems, exercise)
    if not problems:
        assert exercise is not None
        assert exercise.source == text


@pytest.mark.parametrize("name", sorted(BUILT_IN))
def test_built_in_exercises_are_unchanged_fixtures(name: str) -> None:
    problems, exercise = check_exercise_text(BUILT_IN[name])
    assert problems == []
    assert exercise is not None
