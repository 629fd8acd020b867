"""Authoring without surprises: an indentation mistake named as one, a syntax error that says
the reader stopped there, a plan given to `exercise validate` (and the reverse) named for what
it is, `plan validate` and `plan schema`, and a file next to a plan written with ./ as
documented."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from helpers import LETTER, write, write_plan, y
from selfkind import messages

EXERCISE = y(
    """
    selfkind: 1
    id: notes
    title: Notes
    steps:
      - type: text
        id: one
        prompt: What happened?
    """
)


def validate(cli, kind: str, path: Path):
    result = cli(kind, "validate", str(path))
    return result.exit_code, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("wrong", "said"),
    [
        (
            "        prompt: What happened?",
            "line 7 is indented more than the key above it (line 6)",
        ),
        ("   prompt: What happened?", "line 7 is indented less than the lines it belongs with"),
    ],
)
def test_an_indentation_mistake_is_named_as_one(cli, tmp_path, wrong: str, said: str) -> None:
    text = EXERCISE.replace("    prompt: What happened?", wrong)
    code, shown = validate(cli, "exercise", write(tmp_path / "notes.yaml", text))
    assert code == 1
    assert "notes.yaml:7:" in shown and said in shown
    assert "double quotes" not in shown  # the advice for a colon in a value is not given here
    assert "there may be more" in shown  # the reader stopped at the first


def test_a_colon_in_a_value_still_gets_the_quotes_advice(cli, tmp_path) -> None:
    text = EXERCISE.replace("prompt: What happened?", "prompt: Note: what happened?")
    code, shown = validate(cli, "exercise", write(tmp_path / "notes.yaml", text))
    assert code == 1 and "put the whole value in double quotes" in shown
    assert "indented" not in shown


def test_each_validate_names_a_file_of_the_other_kind(cli, tmp_path) -> None:
    plan = write_plan(tmp_path, date(2026, 12, 7))
    code, shown = validate(cli, "exercise", plan)
    assert code == 1
    assert shown.splitlines()[0] == f"{plan}:1:1: {messages.FILE_IS_A_PLAN}"  # one line, not 7
    exercise = write(tmp_path / "notes.yaml", EXERCISE)
    code, shown = validate(cli, "plan", exercise)
    assert code == 1
    assert shown.splitlines()[0] == f"{exercise}:1:1: {messages.FILE_IS_AN_EXERCISE}"


def test_plan_validate_checks_the_plan_and_its_files(cli, tmp_path) -> None:
    plan = write_plan(tmp_path, date(2026, 12, 7))
    code, shown = validate(cli, "plan", plan)
    assert code == 0 and messages.VALID_FILE.format(path=plan) in shown  # as for exercises
    (tmp_path / "letter.yaml").write_text(LETTER.replace("title:", "titel:"))
    code, shown = validate(cli, "plan", plan)
    assert code == 1
    assert f"{tmp_path / 'letter.yaml'}:" in shown  # the file's own mistakes, at its lines


def test_a_file_next_to_a_plan_is_written_with_dot_slash(cli, tmp_path) -> None:
    plan = write_plan(tmp_path, date(2026, 12, 7))
    plan.write_text(plan.read_text().replace("./letter.yaml", "letter.yaml"))
    code, shown = validate(cli, "plan", plan)
    assert code == 1
    assert messages.PLAN_FILE_DOT.format(name="letter.yaml") in shown
    assert cli("plan", "add", str(plan)).exit_code == 1  # and nothing is installed


def test_the_plan_schema_takes_the_documented_plan(cli, tmp_path) -> None:
    import jsonschema
    import yaml

    schema = json.loads(cli("plan", "schema").stdout)
    assert schema["title"] == "selfkind plan, format version 1"
    plan = write_plan(tmp_path, date(2026, 12, 7))
    as_json = json.loads(json.dumps(yaml.safe_load(plan.read_text()), default=str))  # dates
    jsonschema.validate(as_json, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"selfkind-plan": 1, "id": "x", "items": []}, schema)
    out = tmp_path / "selfkind-plan.schema.json"
    assert cli("plan", "schema", "--out", str(out)).exit_code == 0
    assert json.loads(out.read_text()) == schema


SUBSCALES = y(
    """
    selfkind: 1
    id: two-scales
    title: Two scales
    steps:
      - {type: scale, id: harsh, prompt: "How harsh?", min: 1, max: 5}
      - {type: scale, id: cold, prompt: "How cold?", min: 1, max: 5}
      - {type: scale, id: warm, prompt: "How warm?", min: 1, max: 5}
    scores:
      - {id: harshness, label: Harshness, method: mean, items: [harsh, cold]}
      - {id: warmth, label: Warmth, method: mean, items: [warm]}
      - {id: total, label: Critic in all, method: mean, items: [harshness, warmth], reverse: [REVERSED]}
    summary: "Critic {{ total }}, harshness {{ harshness }}."
    """
)


@pytest.mark.parametrize(
    ("reversed_", "said"),
    [
        ("warm", "it is inside 'warmth', which is. Reverse 'warmth' here"),
        ("warmt", "did you mean 'warmth'?"),
    ],
)
def test_a_reversed_name_that_is_not_an_item_gets_a_suggestion(cli, tmp_path, reversed_, said):
    path = write(tmp_path / "two.yaml", SUBSCALES.replace("REVERSED", reversed_))
    code, shown = validate(cli, "exercise", path)
    assert code == 1 and said in shown


def test_a_summary_may_name_a_score(cli, tmp_path) -> None:
    path = write(tmp_path / "two.yaml", SUBSCALES.replace("REVERSED", "warmth"))
    assert validate(cli, "exercise", path)[0] == 0
    sets = ["--set", "harsh=5", "--set", "cold=4", "--set", "warm=2"]
    result = cli("run", str(path), *sets)
    assert result.exit_code == 0, result.output
    assert "Critic 4.25, harshness 4.5." in result.stdout  # the mean of 4.5 and 6 - 2


def test_plan_new_offers_the_exercise_files_beside_it(tmp_path) -> None:
    from selfkind.cli.plan import files_beside

    write(tmp_path / "notes.yaml", EXERCISE)
    write(tmp_path / "broken.yaml", EXERCISE.replace("title: Notes", "titel: Notes"))
    write(tmp_path / "other.txt", "not yaml")
    assert files_beside(tmp_path / "plan.yaml") == [("Notes (./notes.yaml)", "./notes.yaml")]
