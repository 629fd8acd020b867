"""The exercise model: validated steps, conditions and scores as plain, frozen data.

Nothing here knows about YAML, terminals or storage. Steps know how to check an
answer given up front (`coerce`); conditions know how to test answers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from selfkind import messages

Answer = str | int | bool | list[str]
"""A stored answer: text and choice are str, scale int, choices list[str], confirm bool."""

Given = str | list[str]
"""An answer given up front, as written: a string, or a list of strings for `choices`."""

Answers = Mapping[str, Answer]

WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")
EXERCISE_ID = r"[a-z0-9]+(-[a-z0-9]+)*"  # the format checks it; the catalog finds files by it
BUILT_IN = "built-in"  # where an exercise came from (Exercise.origin)
YOURS = "yours"
YES_NO = {"true": True, "yes": True, "false": False, "no": False}


class AnswerMismatch(ValueError):
    """An answer given up front does not fit its step; the message says what was expected."""


# ---------------------------------------------------------------- conditions


@dataclass(frozen=True)
class Test:
    """One leaf condition: `answer` compared by `test` (equals, at_least, ...) with `value`."""

    answer: str
    test: str
    value: Any

    def names(self) -> set[str]:
        """The answers this condition looks at."""
        return {self.answer}

    def holds(self, answers: Answers) -> bool:
        if self.test == "answered":
            return (self.answer in answers) == self.value
        if self.answer not in answers:
            return False
        given = answers[self.answer]
        if self.test == "equals":
            return given == self.value
        if self.test == "not_equals":
            return given != self.value
        if self.test == "at_least":
            return given >= self.value
        if self.test == "at_most":
            return given <= self.value
        if self.test == "in":
            return given in self.value
        if isinstance(given, list):  # contains, on a choices answer
            return self.value in given
        return str(self.value).casefold() in str(given).casefold()


@dataclass(frozen=True)
class AllOf:
    conditions: tuple[Condition, ...]

    def names(self) -> set[str]:
        return set().union(*(condition.names() for condition in self.conditions))

    def holds(self, answers: Answers) -> bool:
        return all(condition.holds(answers) for condition in self.conditions)


@dataclass(frozen=True)
class AnyOf:
    conditions: tuple[Condition, ...]

    def names(self) -> set[str]:
        return set().union(*(condition.names() for condition in self.conditions))

    def holds(self, answers: Answers) -> bool:
        return any(condition.holds(answers) for condition in self.conditions)


@dataclass(frozen=True)
class Not:
    condition: Condition

    def names(self) -> set[str]:
        return self.condition.names()

    def holds(self, answers: Answers) -> bool:
        return not self.condition.holds(answers)


Condition = Test | AllOf | AnyOf | Not


# ---------------------------------------------------------------- steps


@dataclass(frozen=True, kw_only=True)
class Step:
    """A step of any type; `when` decides whether it is shown."""

    type: ClassVar[str]
    when: Condition | None = None

    def is_shown(self, answers: Answers) -> bool:
        return self.when is None or self.when.holds(answers)


@dataclass(frozen=True, kw_only=True)
class SayStep(Step):
    type: ClassVar[str] = "say"
    text: str


@dataclass(frozen=True, kw_only=True)
class PauseStep(Step):
    type: ClassVar[str] = "pause"
    seconds: int
    text: str | None = None


@dataclass(frozen=True, kw_only=True)
class AnswerStep(Step):
    """A step that collects an answer."""

    id: str
    prompt: str
    help: str | None = None
    required: bool = True

    def coerce(self, given: Given) -> Answer | None:
        """The stored form of an answer given up front (None: no answer); raises AnswerMismatch."""
        raise NotImplementedError

    def unanswered(self) -> Answer | None:
        """What is stored when a step that is not required gets no answer."""
        return None

    def fits(self, value: Any) -> bool:
        """Whether a stored answer (e.g. from a draft) still fits this step."""
        raise NotImplementedError

    def expects(self) -> str:
        """What this step's answer looks like, in words."""
        raise NotImplementedError

    def _one_string(self, given: Given) -> str:
        if isinstance(given, list):
            raise AnswerMismatch(messages.ANSWER_NOT_A_LIST.format(expected=self.expects()))
        return given.strip()


@dataclass(frozen=True, kw_only=True)
class TextStep(AnswerStep):
    type: ClassVar[str] = "text"
    multiline: bool = False
    max_length: int = 10_000

    def expects(self) -> str:
        return messages.ANSWER_TEXT

    def fits(self, value: Any) -> bool:
        return isinstance(value, str) and 0 < len(value) <= self.max_length

    def coerce(self, given: Given) -> Answer | None:
        text = self._one_string(given)
        if not text:
            if self.required:
                raise AnswerMismatch(messages.ANSWER_EMPTY)
            return None
        if len(text) > self.max_length:
            raise AnswerMismatch(
                messages.ANSWER_TOO_LONG.format(length=len(text), limit=self.max_length)
            )
        return text


@dataclass(frozen=True, kw_only=True)
class ScaleStep(AnswerStep):
    type: ClassVar[str] = "scale"
    min: int = 0
    max: int = 10
    labels: Mapping[int, str] = field(default_factory=dict)

    def expects(self) -> str:
        return messages.ANSWER_WHOLE_NUMBER.format(low=self.min, high=self.max)

    def fits(self, value: Any) -> bool:
        return (
            isinstance(value, int) and not isinstance(value, bool) and self.min <= value <= self.max
        )

    def coerce(self, given: Given) -> Answer | None:
        text = self._one_string(given)
        if not text and not self.required:
            return None
        if not WHOLE_NUMBER.fullmatch(text) or not self.min <= int(text) <= self.max:
            said = messages.ANSWER_NOT_EXPECTED.format(expected=self.expects(), text=text)
            raise AnswerMismatch(said)
        return int(text)


@dataclass(frozen=True, kw_only=True)
class OptionsStep(AnswerStep):
    """A step answered from a list of options."""

    options: tuple[str, ...]
    shown: tuple[str, ...] = ()  # the options in the language being spoken, if translated

    def shown_as(self, option: str) -> str:
        """An option as the person reads it; what is stored is always the option itself."""
        if option in self.options and self.shown:
            return self.shown[self.options.index(option)]
        return option

    def option_for(self, text: str) -> str:
        """The option a person meant, as written or as shown, matched without regard to case."""
        for option in self.options:
            names = {option.casefold(), self.shown_as(option).casefold()}
            if text.strip().casefold() in names:
                return option
        said = messages.ANSWER_NOT_AN_OPTION.format(expected=self.expects(), text=text.strip())
        raise AnswerMismatch(said)


@dataclass(frozen=True, kw_only=True)
class ChoiceStep(OptionsStep):
    type: ClassVar[str] = "choice"

    def expects(self) -> str:
        return messages.ANSWER_ONE_OF.format(options=", ".join(map(self.shown_as, self.options)))

    def fits(self, value: Any) -> bool:
        return value in self.options

    def coerce(self, given: Given) -> Answer | None:
        text = self._one_string(given)
        if not text and not self.required:
            return None
        return self.option_for(text)


@dataclass(frozen=True, kw_only=True)
class ChoicesStep(OptionsStep):
    type: ClassVar[str] = "choices"
    min_selected: int = 0
    required: bool = False

    def expects(self) -> str:
        options = ", ".join(map(self.shown_as, self.options))
        if self.min_selected:
            return messages.ANSWER_AT_LEAST_OF.format(least=self.min_selected, options=options)
        return messages.ANSWER_ANY_OF.format(options=options)

    def fits(self, value: Any) -> bool:
        return (
            isinstance(value, list)
            and len(value) >= max(1, self.min_selected)
            and all(item in self.options for item in value)
        )

    def coerce(self, given: Given) -> Answer | None:
        parts = given if isinstance(given, list) else given.split(",")
        chosen: list[str] = []
        for part in parts:
            if part.strip():
                option = self.option_for(part)
                if option not in chosen:
                    chosen.append(option)
        if len(chosen) < self.min_selected:
            raise AnswerMismatch(messages.ANSWER_EXPECTS.format(expected=self.expects()))
        return chosen or None


@dataclass(frozen=True, kw_only=True)
class ConfirmStep(AnswerStep):
    type: ClassVar[str] = "confirm"
    default: bool = False
    required: bool = False

    def unanswered(self) -> Answer | None:
        return self.default

    def expects(self) -> str:
        return messages.ANSWER_YES_NO

    def fits(self, value: Any) -> bool:
        return isinstance(value, bool)

    def coerce(self, given: Given) -> Answer | None:
        text = self._one_string(given).casefold()
        if text not in YES_NO:
            said = messages.ANSWER_NOT_EXPECTED.format(expected=self.expects(), text=text)
            raise AnswerMismatch(said)
        return YES_NO[text]


STEP_TYPES: dict[str, type[Step]] = {
    cls.type: cls
    for cls in (SayStep, PauseStep, TextStep, ScaleStep, ChoiceStep, ChoicesStep, ConfirmStep)
}


# ---------------------------------------------------------------- scores


@dataclass(frozen=True)
class Band:
    label: str
    up_to: float | None = None


@dataclass(frozen=True, kw_only=True)
class Score:
    id: str
    label: str
    method: str  # mean | sum | change
    items: tuple[str, ...] = ()
    reverse: tuple[str, ...] = ()
    before: str | None = None
    after: str | None = None
    bands: tuple[Band, ...] = ()
    times: int = 1  # a mean or sum multiplied by this, e.g. 4 for WHO-5's percentage

    def inputs(self) -> tuple[str, ...]:
        """The steps or scores this score is made from."""
        if self.method == "change":
            return (self.before or "", self.after or "")
        return self.items

    def band_for(self, value: float) -> str | None:
        """The label of the band a value falls in, if the score has bands."""
        for band in self.bands:
            if band.up_to is None or value <= band.up_to:
                return band.label
        return None


# ---------------------------------------------------------------- exercise


@dataclass(frozen=True, kw_only=True)
class Exercise:
    """A validated exercise, with the text it was read from and that text's hash."""

    id: str
    title: str
    steps: tuple[Step, ...]
    description: str | None = None
    minutes: int | None = None
    tags: tuple[str, ...] = ()
    credit: str | None = None
    scores: tuple[Score, ...] = ()
    summary: str | None = None
    support: tuple[Condition, ...] = ()  # conditions that call for the support panel
    source: str = ""
    hash: str = ""
    origin: str = ""
    # Words in other languages by code, as the file gives them (core/wording.py applies them);
    # `language` is the one this exercise's words are in.
    translations: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, compare=False)
    language: str = "en"

    def answer_steps(self) -> list[AnswerStep]:
        return [step for step in self.steps if isinstance(step, AnswerStep)]

    def answer_step(self, step_id: str) -> AnswerStep | None:
        return next((s for s in self.answer_steps() if s.id == step_id), None)


def looks_like_path(name: str) -> bool:
    """Whether a name given for an exercise is a file's path rather than an id."""
    return name.endswith((".yaml", ".yml")) or "/" in name or "\\" in name
