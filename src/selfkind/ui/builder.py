"""`selfkind exercise new ID --guided`: an exercise built from questions at the terminal, for
a therapist who would rather not write YAML. Each step, score and support condition is asked
in turn, and the YAML so far is shown after each step; the command validates it before it
writes anything. Returns plain data (formats/built.py writes it)."""

from __future__ import annotations

import re
from typing import Any

from selfkind import messages
from selfkind.formats.built import exercise_yaml, step_id
from selfkind.formats.exercise import STEP_ID
from selfkind.ui.console import literal, screen
from selfkind.ui.prompts import ask_text, choose, choose_many, confirm

Data = dict[str, Any]


def step_kinds() -> list[tuple[str, str]]:
    """The kinds of step to add, as the menu says them, and each one's type."""
    return [
        (messages.BUILD_SCALE, "scale"),
        (messages.BUILD_TEXT, "text"),
        (messages.BUILD_CHOICE, "choice"),
        (messages.BUILD_CHOICES, "choices"),
        (messages.BUILD_CONFIRM, "confirm"),
        (messages.BUILD_SAY, "say"),
        (messages.BUILD_PAUSE, "pause"),
        (messages.BUILD_DONE, ""),
    ]


ID = re.compile(STEP_ID)  # as the format takes it


def guided_exercise(exercise_id: str) -> Data:
    """The exercise's data, asked for step by step."""
    title = ask_text(messages.BUILD_TITLE, default=exercise_id.replace("-", " ").capitalize())
    data: Data = {"selfkind": 1, "id": exercise_id, "title": title, "steps": []}
    while kind := choose(
        messages.BUILD_NEXT_STEP if data["steps"] else messages.BUILD_FIRST_STEP, step_kinds()
    ):
        data["steps"].append(_step(kind, data["steps"]))
        screen().print(literal(messages.BUILD_SO_FAR, "bold"))
        screen().print(literal(exercise_yaml(data), "dim"))
    scales = [step["id"] for step in data["steps"] if step["type"] == "scale"]
    scores: list[Data] = []
    while scales and confirm(messages.BUILD_ANOTHER_SCORE if scores else messages.BUILD_ADD_SCORE):
        scores.append(_score(scales, scores, data["steps"]))
    if scores:
        data["scores"] = scores
    if scales and confirm(messages.BUILD_ADD_SUPPORT):
        answer = choose(messages.BUILD_SUPPORT_STEP, [(name, name) for name in scales])
        low, high = _range(data["steps"], answer)
        data["support"] = [
            {"answer": answer, "at_least": ask_number(messages.BUILD_SUPPORT_AT_LEAST, low, high)}
        ]
    return data


def _step(kind: str, steps: list[Data]) -> Data:
    if kind == "say":
        return {"type": "say", "text": ask_text(messages.BUILD_SAY_TEXT)}
    if kind == "pause":
        return {"type": "pause", "seconds": ask_number(messages.BUILD_PAUSE_SECONDS, 5, 600, 30)}
    prompt = ask_text(messages.BUILD_QUESTION)
    taken = {step["id"] for step in steps if "id" in step}
    name = ask_text(
        messages.BUILD_ID,
        default=step_id(prompt, taken),
        valid=lambda text: (
            (bool(ID.fullmatch(text.strip())) and text.strip() not in taken)
            or messages.BUILD_ID_BAD
        ),
    )
    step: Data = {"type": kind, "id": name, "prompt": prompt}
    step.update(_answers(kind))
    if kind != "confirm" and not confirm(messages.BUILD_REQUIRED, default=True):
        step["required"] = False
    earlier = [s["id"] for s in steps if s["type"] == "scale"]
    if earlier and confirm(messages.BUILD_WHEN):
        answer = choose(messages.BUILD_WHEN_STEP, [(name, name) for name in earlier])
        low, high = _range(steps, answer)
        step["when"] = {
            "answer": answer,
            "at_least": ask_number(messages.BUILD_AT_LEAST, low, high),
        }
    return step


def _answers(kind: str) -> Data:
    """What a question's answers are: a scale's range and end labels, a list's options."""
    if kind == "scale":
        low = ask_number(messages.BUILD_SCALE_FROM, 0, 100, 0)
        high = ask_number(messages.BUILD_SCALE_TO, low + 1, 100, max(low + 1, 10))
        labels = {
            number: said
            for number, message in (
                (low, messages.BUILD_LOW_LABEL),
                (high, messages.BUILD_HIGH_LABEL),
            )
            if (said := ask_text(message.format(number=number), valid=lambda text: True))
        }
        return {"min": low, "max": high, **({"labels": labels} if labels else {})}
    if kind in ("choice", "choices"):
        said = ask_text(
            messages.BUILD_OPTIONS,
            valid=lambda text: len(_options(text)) >= 2 or messages.BUILD_OPTIONS_FEW,
        )
        return {"options": _options(said)}
    if kind == "text" and confirm(messages.BUILD_MULTILINE):
        return {"multiline": True}
    return {}


def _score(scales: list[str], scores: list[Data], steps: list[Data]) -> Data:
    label = ask_text(messages.BUILD_SCORE_LABEL)
    taken = {step["id"] for step in steps if "id" in step} | {score["id"] for score in scores}
    method = choose(
        messages.BUILD_SCORE_METHOD, [(messages.BUILD_MEAN, "mean"), (messages.BUILD_SUM, "sum")]
    )
    names = scales + [score["id"] for score in scores]
    items: list[str] = []
    while not items:
        items = choose_many(messages.BUILD_ITEMS, [(name, name) for name in names])
        if not items:
            screen().print(literal(messages.BUILD_ITEMS_NONE))
    score: Data = {"id": step_id(label, taken), "label": label, "method": method, "items": items}
    reverse = choose_many(messages.BUILD_REVERSE, [(name, name) for name in items])
    if reverse:
        score["reverse"] = reverse
    named = {
        "low": messages.BAND_LOW,
        "moderate": messages.BAND_MODERATE,
        "high": messages.BAND_HIGH,
    }
    if confirm(messages.BUILD_BANDS.format(**named)):
        low = ask_number(messages.BUILD_LOW_UP_TO.format(**named), -1000, 1000, whole=False)
        moderate = ask_number(messages.BUILD_MODERATE_UP_TO.format(**named), low, 1000, whole=False)
        score["bands"] = [
            {"up_to": low, "label": named["low"]},
            {"up_to": moderate, "label": named["moderate"]},
            {"label": named["high"]},
        ]
    return score


def _range(steps: list[Data], answer: str) -> tuple[int, int]:
    step = next(step for step in steps if step.get("id") == answer)
    return int(step["min"]), int(step["max"])


def ask_number(
    message: str, low: float, high: float, default: float | None = None, *, whole: bool = True
) -> Any:
    """A number typed, from `low` to `high` (a whole one unless not `whole`)."""
    said = messages.BUILD_NUMBER.format(low=low, high=high)

    def value(text: str) -> float | None:
        try:
            number = int(text) if whole else float(text)
        except ValueError:
            return None
        return number if low <= number <= high else None

    typed = ask_text(
        message,
        default="" if default is None else f"{default:g}",
        valid=lambda text: value(text.strip()) is not None or said,
    )
    return value(typed)


def _options(text: str) -> list[str]:
    return [option.strip() for option in text.split(",") if option.strip()]
