"""An exercise in another language: the same steps, ids, options and scores, with the words
its file gives for that language (the `translations:` map). Stored answers stay in the terms of
the file itself (a choice is stored as its option, not as the option shown), so entries made
in different languages compare."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from selfkind.core.exercise import Band, Exercise, OptionsStep, ScaleStep, Score, Step
from selfkind.messages.language import typeset

TOP_TEXTS = ("title", "description", "credit", "summary")


def in_language(exercise: Exercise, language: str) -> Exercise:
    """The exercise with its words in `language`, where its file gives them; any word the
    translation leaves out stays as written."""
    words = words_for(exercise, language)
    if not words or exercise.language == language:
        return exercise
    steps = [
        _step_in(step, step_words or {}, language)
        for step, step_words in zip(
            exercise.steps, _padded(words.get("steps"), exercise.steps), strict=False
        )
    ]
    scores = [
        _score_in(score, score_words or {})
        for score, score_words in zip(
            exercise.scores, _padded(words.get("scores"), exercise.scores), strict=False
        )
    ]
    texts: dict[str, Any] = {
        name: typeset(words[name], language) for name in TOP_TEXTS if words.get(name)
    }
    return dataclasses.replace(
        exercise, **texts, steps=tuple(steps), scores=tuple(scores), language=language
    )


def words_for(exercise: Exercise, language: str) -> Mapping[str, Any] | None:
    """The words the exercise's file gives for `language`, if any."""
    return exercise.translations.get(language)


def plan_words_for(plan: Mapping[str, Any], language: str) -> Mapping[str, Any]:
    """The words a plan's file gives for `language` (its title, note and whys), if any."""
    words: Mapping[str, Any] = plan.get("translations", {}).get(language, {})
    return words


def _padded(given: Any, english: tuple[Any, ...]) -> list[Any]:
    return list(given or []) + [None] * (len(english) - len(given or []))


def _step_in(step: Step, words: Mapping[str, Any], language: str) -> Step:
    changes: dict[str, Any] = {
        name: typeset(words[name], language)
        for name in ("text", "prompt", "help")
        if words.get(name)
    }
    if isinstance(step, ScaleStep) and words.get("labels"):
        changes["labels"] = {**step.labels, **words["labels"]}
    if isinstance(step, OptionsStep) and words.get("options"):
        changes["shown"] = tuple(words["options"])
    return dataclasses.replace(step, **changes) if changes else step


def _score_in(score: Score, words: Mapping[str, Any]) -> Score:
    bands = score.bands
    if words.get("bands"):
        bands = tuple(
            Band(label, band.up_to)
            for band, label in zip(score.bands, words["bands"], strict=False)
        )
    return dataclasses.replace(score, label=words.get("label") or score.label, bands=bands)
