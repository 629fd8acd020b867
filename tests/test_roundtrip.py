"""Every built-in exercise, run from an answers file, reads back exactly as it was given."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from selfkind.core.exercise import (
    ChoicesStep,
    ChoiceStep,
    ConfirmStep,
    ScaleStep,
    TextStep,
)
from selfkind.core.scoring import compute_scores
from selfkind.services.catalog import list_exercises

BUILT_INS = [item.exercise for item in list_exercises() if item.origin == "built-in"]


def test_all_seven_built_ins_are_there() -> None:
    ids = {exercise.id for exercise in BUILT_INS}
    assert ids >= {
        "checkin",
        "kindness-reframe",
        "setback-journal",
        "self-compassion-break",
        "friend-perspective",
        "compassionate-letter",
        "grounding",
    }


def answer_for(step, position: int):
    if isinstance(step, ScaleStep):
        return step.min + (position % (step.max - step.min + 1))
    if isinstance(step, ChoicesStep):
        return list(step.options[: max(1, step.min_selected)])
    if isinstance(step, ChoiceStep):
        return step.options[position % len(step.options)]
    if isinstance(step, ConfirmStep):
        return True
    assert isinstance(step, TextStep)
    return f"my own words for {step.id}: [b]not bold[/b]"


@pytest.mark.parametrize("exercise", BUILT_INS, ids=lambda e: e.id)
def test_round_trip_through_an_answers_file(cli, exercise, tmp_path: Path) -> None:
    given = {step.id: answer_for(step, n) for n, step in enumerate(exercise.answer_steps())}
    answers = tmp_path / "answers.yaml"
    answers.write_text(yaml.safe_dump(given, allow_unicode=True))
    result = cli("run", exercise.id, "--answers", str(answers), "--json")
    assert result.exit_code == 0, result.output
    saved = json.loads(result.stdout)

    shown = json.loads(cli("entries", "show", saved["id"], "--json").stdout)
    assert shown == saved
    # Every answer kept is exactly as given; every one left out was announced as skipped.
    for step_id, value in given.items():
        if step_id in shown["answers"]:
            assert shown["answers"][step_id] == value
        else:
            assert f"The answer for '{step_id}' was not used" in result.stderr
    if exercise.answer_steps():  # a learn piece asks nothing, and keeps nothing
        assert shown["answers"], "an exercise run from a full answers file keeps some answers"
    assert shown["scores"] == compute_scores(exercise, shown["answers"])
    for score in exercise.scores:
        if score.method == "change":
            before, after = shown["answers"][score.before], shown["answers"][score.after]
            assert shown["scores"][score.id] == after - before
