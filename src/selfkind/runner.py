"""Walk an exercise's steps: answers given up front first, the rest from a Prompter.

The runner knows no terminal. Without a prompter, a missing required answer is
an error that lists every missing step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from selfkind import messages
from selfkind.errors import UsageError
from selfkind.exercise.model import (
    Answer,
    AnswerMismatch,
    AnswerStep,
    Exercise,
    Given,
    PauseStep,
    SayStep,
)


class Prompter(Protocol):
    """Asks a person for answers; the questionary form lives in `prompts.py`."""

    def show(self, step: SayStep | PauseStep, answers: Mapping[str, Answer]) -> None: ...

    def ask(self, step: AnswerStep, answers: Mapping[str, Answer]) -> Answer | None: ...


@dataclass
class RunResult:
    answers: dict[str, Answer] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)


def coerce_given(exercise: Exercise, given: Mapping[str, Given]) -> dict[str, Answer | None]:
    """Check every answer given up front against its step; raises UsageError listing all misfits."""
    steps = {step.id: step for step in exercise.answer_steps()}
    coerced: dict[str, Answer | None] = {}
    problems: list[str] = []
    for step_id, value in given.items():
        step = steps.get(step_id)
        if step is None:
            problems.append(
                messages.ANSWER_FOR_NO_STEP.format(
                    step=step_id, exercise=exercise.id, steps=", ".join(steps) or "none"
                )
            )
            continue
        try:
            coerced[step_id] = step.coerce(value)
        except AnswerMismatch as mismatch:
            problems.append(messages.ANSWER_DOESNT_FIT.format(step=step_id, problem=mismatch))
    if problems:
        raise UsageError(messages.ANSWERS_DONT_FIT, details=tuple(problems))
    return coerced


def run(
    exercise: Exercise, given: Mapping[str, Given], prompter: Prompter | None = None
) -> RunResult:
    """Walk the steps in order, honouring `when`, and return the answers."""
    coerced = coerce_given(exercise, given)
    result = RunResult()
    missing: list[AnswerStep] = []
    for step in exercise.steps:
        shown = step.is_shown(result.answers)
        if isinstance(step, AnswerStep):
            if not shown:
                if step.id in coerced:
                    result.notices.append(messages.SKIPPED_ANSWER.format(step=step.id))
                continue
            value = _answer(step, coerced, result.answers, prompter, missing)
            if value is not None:
                result.answers[step.id] = value
        elif shown and prompter is not None:
            prompter.show(step, result.answers)  # type: ignore[arg-type]
    if missing:
        raise UsageError(
            messages.MISSING_ANSWERS,
            details=tuple(
                messages.MISSING_ANSWER.format(step=step.id, expects=step.expects())
                for step in missing
            ),
        )
    return result


def _answer(
    step: AnswerStep,
    coerced: Mapping[str, Answer | None],
    answers: Mapping[str, Answer],
    prompter: Prompter | None,
    missing: list[AnswerStep],
) -> Answer | None:
    if step.id in coerced:
        return coerced[step.id]
    if prompter is not None:
        return prompter.ask(step, answers)
    if step.required:
        missing.append(step)
        return None
    return step.unanswered()
