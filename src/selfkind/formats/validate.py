"""Validate an exercise file and build its model, reporting every mistake in one pass."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

from selfkind import messages
from selfkind.core.errors import InvalidFile, Problem
from selfkind.core.exercise import (
    STEP_TYPES,
    Condition,
    Exercise,
    Step,
)
from selfkind.formats import exercise as fmt
from selfkind.formats.condition_checks import ConditionChecks
from selfkind.formats.score_checks import ScoreChecks, make_score
from selfkind.formats.shape import Checker, Got
from selfkind.formats.translation_checks import TranslationChecks
from selfkind.formats.yamlfile import UnreadableYaml, compose, other_format, read_text

# A measure template's stand-in for wording that must come from the measure's source.
PLACEHOLDER = re.compile(r"\[\[[^\[\]\n]{1,200}\]\]")


def load_exercise(path: Path, *, origin: str = "", trusted: bool = False) -> Exercise:
    """Read and validate an exercise file; raises InvalidFile listing every mistake."""
    try:
        text = read_text(path)
    except UnreadableYaml as error:
        raise InvalidFile(str(path), [error.problem]) from None
    return parse_exercise(text, label=str(path), origin=origin or str(path), trusted=trusted)


def parse_exercise(text: str, *, label: str, origin: str, trusted: bool = False) -> Exercise:
    """Validate exercise text; raises InvalidFile (labelled `label`) listing every mistake."""
    problems, exercise = check_exercise_text(text, origin=origin, trusted=trusted)
    if exercise is None:
        raise InvalidFile(label, problems)
    return exercise


def check_exercise_text(
    text: str, *, origin: str = "", trusted: bool = False
) -> tuple[list[Problem], Exercise | None]:
    """Every mistake in an exercise's text, and the exercise if there were none."""
    try:
        node = compose(text, trusted=trusted)
    except UnreadableYaml as error:
        return [error.problem], None
    if node is None:
        return [Problem(1, 1, messages.CHECK_EMPTY_EXERCISE)], None
    if other_format(node, "selfkind-plan"):
        return [Problem(1, 1, messages.FILE_IS_A_PLAN)], None
    checker = Checker()
    got = fmt.EXERCISE.check(node, checker, "exercise")
    exercise = None
    if got is not None and isinstance(got.value, dict):
        exercise = _Builder(checker, got, node).build(text, origin)
    problems = sorted(set(checker.problems), key=lambda p: (p.line, p.column, p.message))
    return problems, (exercise if not problems else None)


class _Builder(ConditionChecks, ScoreChecks, TranslationChecks):
    """Checks references, ranges and tests across the file; builds the model only if all is well."""

    def build(self, text: str, origin: str) -> Exercise | None:
        checked_steps = self.check_steps()
        checked_scores = self.check_scores()
        support = self.check_support()
        translations = self.check_translations()
        summary = self.got.get("summary")
        if summary is not None:
            self.current_id = None
            scores = self.got.value_of("scores", [])  # each named, even one with a mistake
            score_ids = {score.value_of("id") for score in scores if score.get("id")}
            self.check_template(summary, "summary", set(self.answer_types) | score_ids)
        for written in _texts(self.got):
            if (placeholder := PLACEHOLDER.search(written.value)) is not None:
                said = messages.CHECK_PLACEHOLDER.format(placeholder=placeholder[0])
                self.report(written, said)
        if self.checker.problems:
            return None
        steps = [make_step(step, when) for step, when in checked_steps]
        scores = [make_score(score) for score in checked_scores]
        values = self.got.plain()
        return Exercise(
            id=values["id"],
            title=values["title"],
            description=values.get("description"),
            minutes=values.get("minutes"),
            tags=tuple(values.get("tags", ())),
            credit=values.get("credit"),
            steps=tuple(steps),
            scores=tuple(scores),
            summary=values.get("summary"),
            support=support,
            source=text,
            hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            origin=origin,
            translations=translations,
        )

    def check_steps(self) -> list[tuple[Got, Condition | None]]:
        checked: list[tuple[Got, Condition | None]] = []
        earlier: dict[str, Got] = {}
        for step in self.steps:
            step_id = step.get("id")
            self.current_id = step_id.value if step_id else None
            number = self.step_numbers.get((step.mark.line, step.mark.column), "")
            owner = (
                messages.CHECK_STEP_NAMED.format(id=step_id.value)
                if step_id
                else messages.CHECK_STEP_NUMBERED.format(number=number)
            )
            when = None
            if (when_got := step.get("when")) is not None:
                when = self.build_condition(when_got, earlier, owner)
            for field_name in ("prompt", "text", "help"):
                if (template := step.get(field_name)) is not None:
                    self.check_template(template, field_name, set(earlier))
            self.check_step_ranges(step)
            if step_id is not None:
                if step_id.value in earlier:
                    self.report(step_id, messages.CHECK_STEP_ID_TWICE.format(id=step_id.value))
                else:
                    earlier[step_id.value] = step
                    self.answer_types[step_id.value] = step.need("type").value
            checked.append((step, when))
        return checked

    def check_step_ranges(self, step: Got) -> None:
        kind = step.need("type").value
        if kind == "scale":
            low = step.value_of("min", 0)
            high = step.value_of("max", 10)
            if low >= high:
                where = step.get("min") or step.get("max") or step
                self.report(where, messages.CHECK_MIN_NOT_BELOW_MAX.format(low=low, high=high))
                return
            labels = step.get("labels")
            for number, label in labels.value.items() if labels else ():
                if not low <= number <= high:
                    self.report(
                        label,
                        messages.CHECK_LABEL_OUTSIDE.format(number=number, low=low, high=high),
                    )
        least, options = step.get("min_selected"), step.get("options")
        if kind == "choices" and least is not None and options is not None:
            count = len(options.value)
            if least.value > count:
                self.report(
                    least,
                    messages.counted(messages.CHECK_TOO_FEW_OPTIONS, count, least=least.value),
                )


def _texts(got: Got) -> Iterator[Got]:
    """Every string in a checked file, however deep."""
    if isinstance(got.value, str):
        yield got
    elif isinstance(got.value, (dict, list)):
        for inner in got.value.values() if isinstance(got.value, dict) else got.value:
            yield from _texts(inner)


def make_step(step: Got, when: Condition | None) -> Step:
    values = step.plain()
    step_class = STEP_TYPES[values.pop("type")]
    values.pop("when", None)
    if "options" in values:
        values["options"] = tuple(values["options"])
    return step_class(when=when, **values)
