"""Walk an exercise's steps: answers given up front first, the rest from a Prompter.

The runner knows no terminal. Without a prompter, a missing required answer is
an error that lists every missing step. With one, the person can go back to
revise an answer, and stopping part-way hands back what was answered so far.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from selfkind import messages
from selfkind.core.errors import UsageError
from selfkind.core.exercise import (
    Answer,
    AnswerMismatch,
    AnswerStep,
    ChoiceStep,
    ConfirmStep,
    Exercise,
    Given,
    PauseStep,
    SayStep,
    ScaleStep,
    Step,
    TextStep,
)


@dataclass(frozen=True)
class Position:
    """Where a step stands in its exercise, for a counter like '3 of 9'."""

    number: int
    total: int


class GoBack(Exception):
    """Raised by a prompter when the person asks to revise the previous answer.

    `typed` holds words typed at the current question but not yet sent, to offer again.
    """

    def __init__(self, typed: str = "") -> None:
        super().__init__("go back")
        self.typed = typed


class PartlyTyped(KeyboardInterrupt):
    """Raised by a prompter when the person stops with words typed but not yet sent."""

    def __init__(self, text: str) -> None:
        super().__init__("stopped while typing")
        self.text = text


class Interrupted(Exception):
    """The person stopped part-way (Ctrl-C, Ctrl-D); carries what was answered."""

    def __init__(self, answers: dict[str, Answer]) -> None:
        super().__init__("stopped part-way")
        self.answers = answers


class Prompter(Protocol):
    """Asks a person for answers; the questionary form lives in `prompts.py`.

    `ask` and `show` may raise GoBack; KeyboardInterrupt or EOFError mean the person stopped.
    """

    def show(
        self, step: SayStep | PauseStep, answers: Mapping[str, Answer], position: Position
    ) -> None: ...

    def ask(
        self,
        step: AnswerStep,
        answers: Mapping[str, Answer],
        position: Position,
        previous: Answer | None,
    ) -> Answer | None: ...


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


def fitting(exercise: Exercise, answers: Mapping[str, Answer]) -> dict[str, Answer]:
    """The saved answers (e.g. of a draft) that still fit the exercise's steps."""
    kept = {}
    for step_id, value in answers.items():
        step = exercise.answer_step(step_id)
        if step is not None and step.fits(value):
            kept[step_id] = value
    return kept


def run(
    exercise: Exercise,
    given: Mapping[str, Given],
    prompter: Prompter | None = None,
    *,
    resume: Mapping[str, Answer] | None = None,
    on_answer: Callable[[dict[str, Answer], str], None] | None = None,
    closing_unfit: Callable[[], bool] = lambda: False,
) -> RunResult:
    """Walk the steps in order, honouring `when`, and return the answers.

    `given` answers are never asked; `resume` answers (from a draft) are kept but
    may be revised by going back. `on_answer` is called after every answer the
    person gives, with the answers so far and the id of the step just answered.
    Stopping part-way raises Interrupted with the answers so far. The exercise's closing
    words (what follows its last question) are left out when `closing_unfit()` says so.
    """
    walk = _Walk(exercise, coerce_given(exercise, given), prompter, dict(resume or {}))
    walk.closing_unfit = closing_unfit
    try:
        while walk.index < len(exercise.steps):
            answered = walk.step()
            if answered is not None and on_answer is not None and prompter is not None:
                on_answer(dict(walk.answers), answered)
    except (KeyboardInterrupt, EOFError) as stop:
        raise Interrupted(walk.written(stop)) from None
    if walk.missing:
        raise UsageError(
            messages.MISSING_ANSWERS,
            details=tuple(
                messages.MISSING_ANSWER.format(step=step.id, expects=step.expects())
                for step in walk.missing
            ),
        )
    notices = [messages.SKIPPED_ANSWER.format(step=step_id) for step_id in walk.skipped_given]
    return RunResult(answers=walk.answers, notices=notices)


@dataclass
class _Walk:
    """The state of one walk through an exercise."""

    exercise: Exercise
    coerced: dict[str, Answer | None]
    prompter: Prompter | None
    kept: dict[str, Answer]
    index: int = 0
    answers: dict[str, Answer] = field(default_factory=dict)
    previous: dict[str, Answer] = field(default_factory=dict)  # answers undone by going back
    revisable: list[int] = field(default_factory=list)  # steps the person answered, newest last
    missing: list[AnswerStep] = field(default_factory=list)
    skipped_given: list[str] = field(default_factory=list)
    closing_unfit: Callable[[], bool] = lambda: False

    def step(self) -> str | None:
        """Take the current step and move on; the step's id if it recorded an answer."""
        step = self.exercise.steps[self.index]
        position = self.position()
        if not step.is_shown(self.answers):
            if (
                isinstance(step, AnswerStep)
                and step.id in self.coerced
                and step.id not in self.skipped_given
            ):
                self.skipped_given.append(step.id)
            self.index += 1
            return None
        if isinstance(step, (SayStep, PauseStep)):
            if self.prompter is not None and not (self.closing() and self.closing_unfit()):
                try:
                    self.prompter.show(step, self.answers, position)
                except GoBack:
                    self.go_back()
                    return None
            self.index += 1
            return None
        assert isinstance(step, AnswerStep)  # a step is words, a pause or a question
        try:
            value = self.answer(step, position)
        except GoBack as back:
            if back.typed.strip():
                self.previous[step.id] = back.typed
            self.go_back()
            return None
        if value is not None:
            self.answers[step.id] = value
        self.index += 1
        return step.id

    def closing(self) -> bool:
        """Whether the current step is among the closing words, after the last question."""
        return not any(isinstance(s, AnswerStep) for s in self.exercise.steps[self.index :])

    def answer(self, step: AnswerStep, position: Position) -> Answer | None:
        if step.id in self.coerced:
            return self.coerced[step.id]
        if step.id in self.kept:
            self.revisable.append(self.index)
            return self.kept.pop(step.id)
        if self.prompter is not None:
            value = self.prompter.ask(step, self.answers, position, self.previous.get(step.id))
            self.revisable.append(self.index)
            return value
        if step.required:
            self.missing.append(step)
            return None
        return step.unanswered()

    def position(self) -> Position:
        """The current step's number among the steps shown. Later steps whose conditions wait
        on answers not given yet count as many as any one answer could show (two words for
        low and for high moods count once), so the total only ever shrinks."""
        steps = self.exercise.steps
        ahead = {s.id for s in steps[self.index :] if isinstance(s, AnswerStep)}
        later = steps[self.index + 1 :]
        waiting = [s for s in later if s.when is not None and s.when.names() & ahead]
        settled = [s for s in later if s.when is None or not s.when.names() & ahead]
        shown_before = sum(step.is_shown(self.answers) for step in steps[: self.index])
        shown_after = sum(s.is_shown(self.answers) for s in settled) + self._most_shown(
            waiting, ahead
        )
        return Position(shown_before + 1, shown_before + 1 + shown_after)

    def _most_shown(self, waiting: list[Step], ahead: set[str]) -> int:
        """The most of these steps the answers not given yet could show: steps that wait on
        the same one answer, with few possible values, count as many as any value shows;
        the others all count."""
        by_answer: dict[str, list[Step]] = {}
        most = 0
        for step in waiting:
            names = step.when.names() & ahead if step.when is not None else set()
            if len(names) == 1:
                by_answer.setdefault(names.pop(), []).append(step)
            else:
                most += 1
        for name, steps in by_answer.items():
            answer_step = self.exercise.answer_step(name)
            possible = _possible_answers(answer_step) if answer_step is not None else None
            if possible is None:
                most += len(steps)
                continue
            most += max(
                sum(
                    s.is_shown({**self.answers, name: value} if value is not None else self.answers)
                    for s in steps
                )
                for value in possible
            )
        return most

    def written(self, stop: BaseException) -> dict[str, Answer]:
        """Everything the person wrote: undone answers until replaced, and words not yet sent."""
        undone = {
            step_id: value
            for step_id, value in self.previous.items()
            if (step := self.exercise.answer_step(step_id)) is not None and step.fits(value)
        }
        written = {**undone, **self.answers}
        current = self.exercise.steps[min(self.index, len(self.exercise.steps) - 1)]
        if isinstance(stop, PartlyTyped) and isinstance(current, TextStep) and stop.text.strip():
            written[current.id] = stop.text.strip()[: current.max_length]
        return written

    def go_back(self) -> None:
        """Return to the last step the person answered, undoing the answers from there on."""
        if not self.revisable:
            return  # nothing to go back to: ask the same step again
        self.index = self.revisable.pop()
        for later in self.exercise.steps[self.index :]:
            if isinstance(later, AnswerStep) and later.id in self.answers:
                self.previous[later.id] = self.answers.pop(later.id)


def _possible_answers(step: AnswerStep) -> list[Answer | None] | None:
    """Every answer a step can take (None for none), where they are few; else None."""
    values: list[Answer | None]
    if isinstance(step, ConfirmStep):
        return [True, False] if step.when is None else [True, False, None]
    if isinstance(step, ScaleStep):
        values = list(range(step.min, step.max + 1))
    elif isinstance(step, ChoiceStep):
        values = list(step.options)
    else:
        return None
    # No answer at all if the step is optional, or may itself be left out by its condition.
    return values if step.required and step.when is None else [*values, None]
