"""`{{ step_id }}` templates: the only special syntax in exercise text. Nothing is evaluated."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from selfkind import messages

if TYPE_CHECKING:  # hints only: views that fill templates need not load the model
    from selfkind.core.exercise import Answer, Answers, AnswerStep, Exercise


PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_-]+)\s*\}\}")
# A placeholder with the closing quote and full stop the template puts after it: an answer
# that ends its own sentence takes the quote but not a second full stop ("anything.".).
FILLED = re.compile(PLACEHOLDER.pattern + r"(?P<quote>[\"\u201d']?)(?P<stop>\.(?!\.))?")
SENTENCE_END = (".", "!", "?", "\u2026")


def names_in(text: str) -> list[str]:
    """The names a template refers to, in order."""
    return [match.group(1) for match in PLACEHOLDER.finditer(text)]


def shown_answer(value: Answer | None, step: AnswerStep | None) -> Answer | None:
    """A stored answer as the person reads it: a chosen option as its step shows it, in the
    language spoken (it is stored as the option the file names); any other as it is."""
    said = getattr(step, "shown_as", None)
    if said is not None and isinstance(value, list):
        return [said(option) for option in value]
    if said is not None and isinstance(value, str):
        return str(said(value))
    return value


def answer_text(value: Answer | None, step: AnswerStep | None = None) -> str:
    """An answer as it reads inside a sentence; a choice as its step shows it."""
    value = shown_answer(value, step)
    if value is None:
        return ""
    if isinstance(value, bool):
        return messages.ANSWER_SAID_YES if value else messages.ANSWER_SAID_NO
    if isinstance(value, list):
        return ", ".join(value)
    return str(value)


def as_shown(exercise: Exercise | None, answers: Answers) -> dict[str, Answer]:
    """The answers as the person reads them (`shown_answer`), for filling templates."""
    shown = dict(answers)
    for step in exercise.answer_steps() if exercise else []:
        value = shown_answer(answers.get(step.id), step)
        if value is not None:
            shown[step.id] = value
    return shown


def fill(text: str, answers: Answers, escape: Callable[[str], str] = str) -> str:
    """Replace each placeholder with its answer, passed through `escape` (e.g. for Markdown)."""

    def filled(match: re.Match[str]) -> str:
        said = answer_text(answers.get(match.group(1)))
        stop = match.group("stop") or ""
        if stop and said.rstrip().endswith(SENTENCE_END):
            stop = ""
        return escape(said) + match.group("quote") + stop

    return FILLED.sub(filled, text)


def answered_questions(exercise: Exercise | None, answers: Answers) -> list[tuple[str, str]]:
    """Each answer beside the question it answers, in the exercise's order; answers the
    exercise has no step for (it changed, or is unknown) follow under their step ids."""
    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    shown = as_shown(exercise, answers)
    for step in exercise.answer_steps() if exercise else []:
        if step.id in answers:
            pairs.append((fill(step.prompt, shown), answer_text(answers[step.id], step)))
            seen.add(step.id)
    pairs += [(key, answer_text(value)) for key, value in answers.items() if key not in seen]
    return pairs
