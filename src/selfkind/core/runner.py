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
    Exercise,
    Given,
    PauseStep,
    SayStep,
    TextStep,
)


@dataclass(frozen=True)
class Position:
    """Where a step stands in its exercise, for a counter like '3 of 9' that never changes
    during a run: `total` counts the steps that always show (no `when`), and a step shown only
    on a condition takes the number of the step before it and a letter ('3a', '3b')."""

    number: int  # the steps that always show, up to this one
    total: int
    letter: str = ""  # "a", "b"... for a step shown only on a condition
    last: bool | None = None  # nothing can follow; None: when `number` reaches `total`

    @property
    def label(self) -> str:
        """'4', or '4a'; empty for a conditional step before any step that always shows."""
        return f"{self.number}{self.letter}" if self.number else ""

    @property
    def final(self) -> bool:
        """Whether no step can follow this one."""
        return self.number >= self.total if self.last is None else self.last


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
    """The person stopped part-way (Ctrl-C, Ctrl-D); carries what was answered, and `at`, the
    question they were at (None between questions), whose words in `answers` were not sent."""

    def __init__(self, answers: dict[str, Answer], at: str | None = None) -> None:
        super().__init__("stopped part-way")
        self.answers = answers
        self.at = at


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
    resume_at: str | None = None,
    on_answer: Callable[[dict[str, Answer], str], None] | None = None,
    closing_unfit: Callable[[], bool] = lambda: False,
) -> RunResult:
    """Walk the steps in order, honouring `when`, and return the answers.

    `given` answers are never asked; `resume` answers (from a draft) are kept but
    may be revised by going back; the one at `resume_at` (where the person stopped) is
    asked again, its words offered in the box. `on_answer` is called after every answer,
    with everything written so far (answers, and words not yet answered again) and the id
    of the step just answered.
    Stopping part-way raises Interrupted with the answers so far. The exercise's closing
    words (what follows its last question) are left out when `closing_unfit()` says so.
    """
    walk = _Walk(exercise, coerce_given(exercise, given), prompter, dict(resume or {}))
    walk.closing_unfit = closing_unfit
    walk.resume_at = resume_at
    try:
        while walk.index < len(exercise.steps):
            answered = walk.step()
            if answered is not None and on_answer is not None and prompter is not None:
                on_answer(walk.written(None), answered)
    except (KeyboardInterrupt, EOFError) as stop:
        raise Interrupted(walk.written(stop), walk.asking()) from None
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
    resume_at: str | None = None  # the question a draft stopped at: asked again, not replayed

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
            shown = not (self.closing() and self.closing_unfit()) and not self._replaying()
            if self.prompter is not None and shown:
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
        self.previous.pop(step.id, None)  # replaced, or cleared on purpose
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
        if step.id in self.kept and (step.id != self.resume_at or self.prompter is None):
            self.revisable.append(self.index)
            return self.kept.pop(step.id)
        if step.id in self.kept:  # words typed before a pause: in the box again, kept till replaced
            self.resume_at = None
            self.previous[step.id] = self.kept.pop(step.id)
        elif not step.required and self._before_resume_at():
            self.revisable.append(self.index)
            return None  # left empty before the pause: Shift-Tab still reaches it
        if self.prompter is not None:
            value = self.prompter.ask(step, self.answers, position, self.previous.get(step.id))
            self.revisable.append(self.index)
            return value
        if step.required:
            self.missing.append(step)
            return None
        return step.unanswered()

    def _replaying(self) -> bool:
        """Whether a draft is being picked up and its place is still ahead: words and pauses
        on the way there were read already, so the person lands where they stopped."""
        if self.prompter is None or (not self.kept and self.resume_at is None):
            return False
        return self._before_resume_at() or any(
            isinstance(later, AnswerStep) and later.id in self.kept
            for later in self.exercise.steps[self.index + 1 :]
        )

    def _before_resume_at(self) -> bool:
        """Whether a draft's pause came at a later step (so this one was passed already)."""
        if self.resume_at is None or self.prompter is None:
            return False
        return self._resume_index() > self.index

    def _resume_index(self) -> int:
        """Where a draft stopped: a question's place, or `#N` for the words or pause at step
        N (a question left empty before it is not asked again). -1 if it is not in the file."""
        steps = self.exercise.steps
        if self.resume_at is not None and self.resume_at.startswith("#"):
            number = self.resume_at[1:]
            at = int(number) if number.isdigit() else -1
            return at if 0 <= at < len(steps) and not isinstance(steps[at], AnswerStep) else -1
        return next(
            (n for n, step in enumerate(steps) if getattr(step, "id", None) == self.resume_at), -1
        )

    def position(self) -> Position:
        """The current step's place: its number among the steps that always show, a letter
        for a step shown only on a condition ('4a' after step 4), and whether any step can
        still follow it."""
        steps = self.exercise.steps
        current = steps[self.index]
        number = sum(step.when is None for step in steps[: self.index + 1])
        letter = ""
        if current.when is not None:
            since = self.index
            while since > 0 and steps[since - 1].when is not None:
                since -= 1
            shown = sum(step.is_shown(self.answers) for step in steps[since : self.index])
            letter = _letter(shown + 1)
        ahead = {s.id for s in steps[self.index :] if isinstance(s, AnswerStep)}
        last = not any(
            step.when is None or step.is_shown(self.answers) or step.when.names() & ahead
            for step in steps[self.index + 1 :]
        )
        total = sum(step.when is None for step in steps)
        return Position(number, total, letter, last)

    def asking(self) -> str | None:
        """Where the walk is: the id of the question being asked, or `#N` for the words or
        pause at step N; None once the steps are done."""
        if self.index >= len(self.exercise.steps):
            return None
        current = self.exercise.steps[self.index]
        return current.id if isinstance(current, AnswerStep) else f"#{self.index}"

    def written(self, stop: BaseException | None) -> dict[str, Answer]:
        """Everything the person wrote: a draft's answers not reached yet, undone answers until
        replaced, and words not yet sent."""
        undone = {
            step_id: value
            for step_id, value in self.previous.items()
            if (step := self.exercise.answer_step(step_id)) is not None and step.fits(value)
        }
        written = {**self.kept, **undone, **self.answers}
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


def _letter(count: int) -> str:
    """1 -> 'a', 2 -> 'b', ... 26 -> 'z', 27 -> 'aa'."""
    letters = ""
    while count > 0:
        count, rest = divmod(count - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters
