"""`{{ step_id }}` templates: the only special syntax in exercise text. Nothing is evaluated."""

from __future__ import annotations

import re
from collections.abc import Callable

from selfkind.exercise.model import Answer, Answers

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_-]+)\s*\}\}")


def names_in(text: str) -> list[str]:
    """The names a template refers to, in order."""
    return [match.group(1) for match in PLACEHOLDER.finditer(text)]


def answer_text(value: Answer | None) -> str:
    """An answer as it reads inside a sentence."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(value)
    return str(value)


def fill(text: str, answers: Answers, escape: Callable[[str], str] = str) -> str:
    """Replace each placeholder with its answer, passed through `escape` (e.g. for Markdown)."""
    return PLACEHOLDER.sub(lambda match: escape(answer_text(answers.get(match.group(1)))), text)
