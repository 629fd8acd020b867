"""Every `--json` output holds to the shape docs/json.md gives it.

The schemas are the ```json blocks of docs/json.md that have a "$schema" key; the block after
each is its example. The table at the top of the page says which command prints which shape.
Each command runs here on a home with a few entries (a check-in, an exercise with a choices
step, a draft, one written later) and a plan, and its standard output is checked against its
schema; the list of commands with --json comes from the Typer app itself, so a new one cannot
go undocumented.
"""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date, datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import typer
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from helpers import make_entry, save, write, write_plan
from selfkind.cli.app import app
from selfkind.core.entry import DRAFT, utc_timestamp

DOC = Path(__file__).resolve().parents[1] / "docs" / "json.md"
BUILT_IN = Path(__file__).resolve().parents[1] / "src" / "selfkind" / "exercises"

TODAY = date.today()
CHECKIN_ID = "c" * 32
JOURNAL_ID = "d" * 32
DRAFT_ID = "e" * 32
LATER_ID = "f" * 32
NOTE = "Tea with Sam \x1b[31mred\x1b[0m \u202eevil\u202c and [bold]not markup[/bold]"

# Each command that takes --json, and how this file runs it on the home below.
COMMANDS: dict[str, list[str]] = {
    "run": [
        "run",
        "setback-journal",
        "--set",
        "situation=I missed the bus",
        "--set",
        "emotion=ashamed,lonely",
        "--set",
        "feeling_before=7",
        "--set",
        "auto_thought=I always let people down",
        "--set",
        "evidence_for=I was late",
        "--set",
        "evidence_against=I told them, and they understood",
        "--set",
        "friend_view=Buses are late; you did your best",
        "--set",
        "balanced_thought=I was late once, and said so",
        "--set",
        "feeling_after=4",
        "--json",
    ],
    "checkin": ["checkin", "--set", "mood=5", "--json"],
    "entries list": ["entries", "list", "--json"],
    "entries show": ["entries", "show", CHECKIN_ID[:8], "--json"],
    "entries search": ["entries", "search", "bus", "--json"],
    "summary": ["summary", "--json"],
    "exercise list": ["exercise", "list", "--json"],
    "exercise show": ["exercise", "show", "setback-journal", "--json"],
    "plan list": ["plan", "list", "--json"],
    "plan show": ["plan", "show", "softening", "--json"],
    "today": ["today", "--json"],
    "config show": ["config", "show", "--json"],
    "where": ["where", "--json"],
    "clinic list": ["clinic", "list", "--json"],
    "clinic show": ["clinic", "show", "Alex", "--json"],
}
FILE_SHAPES = {"report-file"}  # carried in a file (a .selfkind-report), printed by no command


# ---------------------------------------------------------------- what docs/json.md says


@cache
def documented() -> tuple[dict[str, dict], dict[str, list[Any]], dict[str, str]]:
    """The schemas by shape, each shape's examples, and the shape of each command."""
    text = DOC.read_text(encoding="utf-8")
    schemas: dict[str, dict] = {}
    examples: dict[str, list[Any]] = {}
    shape = None
    for block in re.findall(r"^```json\n(.*?)^```$", text, flags=re.M | re.S):
        data = json.loads(block)
        if isinstance(data, dict) and "$schema" in data:
            shape = data["$id"].removeprefix("urn:selfkind:json:")
            assert shape not in schemas, f"two schemas for {shape}"
            schemas[shape] = data
            examples[shape] = []
        else:
            assert shape is not None, "an example before any schema"
            examples[shape].append(data)
    commands = {}
    for line, shape in re.findall(r"^\| `selfkind ([^`]*)` \| \[`([a-z-]+)`\]", text, flags=re.M):
        words = []
        for word in line.split():
            if not re.fullmatch(r"[a-z][a-z-]*", word):
                break
            words.append(word)
        assert "--json" in line.split(), line
        commands[" ".join(words)] = shape
    return schemas, examples, commands


@cache
def registry() -> Registry:
    schemas, _, _ = documented()
    return Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values()
    )


def validator(shape: str) -> Draft202012Validator:
    schemas, _, _ = documented()
    return Draft202012Validator(schemas[shape], registry=registry())


def problems(shape: str, data: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '(top)'}: {error.message}"
        for error in validator(shape).iter_errors(data)
    ]


def json_commands() -> set[str]:
    """Every command in the Typer tree that has a --json option."""
    found = set()

    def walk(command: Any, path: tuple[str, ...]) -> None:
        subcommands = getattr(command, "commands", None)
        if subcommands:
            for name, sub in subcommands.items():
                walk(sub, (*path, name))
            return
        options = {opt for param in command.params for opt in getattr(param, "opts", ())}
        if "--json" in options:
            found.add(" ".join(path))

    walk(typer.main.get_command(app), ())
    return found


# ---------------------------------------------------------------- the home the commands read


@pytest.fixture
def kept(cli, tmp_path: Path) -> None:
    """A home with a check-in (with awkward words), a journal entry with a choices answer, a
    draft, an entry written later, a plan that began nine days ago, and a region."""
    yesterday, earlier = TODAY - timedelta(days=1), TODAY - timedelta(days=3)
    written = utc_timestamp(datetime.now(timezone.utc))
    save(
        make_entry(
            CHECKIN_ID,
            yesterday.isoformat(),
            answers={"mood": 6, "kindness": 4, "note": NOTE},
            scores={"mood_rating": 6, "kindness_rating": 4},
        ),
        make_entry(
            JOURNAL_ID,
            TODAY.isoformat(),
            "setback-journal",
            minutes=11,
            answers={
                "situation": "I missed the bus",
                "emotion": ["ashamed", "lonely"],
                "feeling_before": 7,
                "settle": False,
                "feeling_after": 4,
            },
            scores={"feeling_change": -3},
        ),
        make_entry(
            DRAFT_ID,
            earlier.isoformat(),
            "kindness-reframe",
            status=DRAFT,
            answers={"situation": "I snapped at my brother"},
        ),
        dataclasses.replace(
            make_entry(
                LATER_ID, earlier.isoformat(), answers={"mood": 3}, scores={"mood_rating": 3}
            ),
            written_at=written,
        ),
    )
    plan = write_plan(tmp_path / "from-the-therapist", TODAY - timedelta(days=9))
    assert cli("plan", "add", str(plan)).exit_code == 0
    assert cli("config", "set", "region", "GB").exit_code == 0
    # This home is a therapist's too, holding one report of its own.
    key = cli("clinic", "key").stdout.strip()
    shared = tmp_path / "alex.selfkind-report"
    made = cli("report", "--for", key, "--name", "Alex", "--include", "words", "--out", str(shared))
    assert made.exit_code == 0, made.output
    assert cli("clinic", "add", str(shared)).exit_code == 0


# ---------------------------------------------------------------- the tests


def test_every_command_with_json_is_documented() -> None:
    """The commands of the Typer app that take --json, the page's table, and this file's list
    are the same commands."""
    _, _, commands = documented()
    in_app = json_commands()
    assert set(commands) == in_app, "docs/json.md's table and the app's --json commands differ"
    assert set(COMMANDS) == in_app, "COMMANDS here and the app's --json commands differ"


def test_the_schemas_are_schemas_and_the_examples_fit_them() -> None:
    schemas, examples, commands = documented()
    shapes = set(commands.values()) | FILE_SHAPES
    assert shapes == set(schemas), "a shape no command prints, or no schema"
    for shape, schema in schemas.items():
        Draft202012Validator.check_schema(schema)
        assert examples[shape], f"no example for {shape}"
        for example in examples[shape]:
            assert problems(shape, example) == [], f"the example of {shape}"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_json_output_holds_to_its_schema(cli, kept, command: str) -> None:
    _, _, commands = documented()
    result = cli(*COMMANDS[command])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert problems(commands[command], data) == []
    if isinstance(data, list):  # an empty list would check nothing
        assert data, f"{command} printed an empty list"


@pytest.mark.parametrize("name", sorted(path.stem for path in BUILT_IN.glob("*.yaml")))
def test_every_built_in_exercise_shows_as_json(cli, name: str) -> None:
    """Between them the built-ins have every kind of step and condition."""
    result = cli("exercise", "show", name, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert problems("exercise", data) == []
    assert data["id"] == name and data["origin"] == "built-in"


EVERY_STEP = """
    selfkind: 1
    id: every-step
    title: Every kind of step
    steps:
      - type: say
        text: Hello **there**.
      - type: scale
        id: mood
        prompt: How are you?
        labels: {0: low, 10: high}
      - type: choice
        id: place
        prompt: Where are you?
        options: [home, work]
        required: false
      - type: choices
        id: feelings
        prompt: Which feelings?
        options: [calm, tired, something else]
      - type: confirm
        id: rest
        prompt: Rest a moment?
        when: {all: [{answer: mood, at_most: 5}, {answer: place, in: [home]}]}
      - type: pause
        seconds: 5
        when: {answer: rest, equals: true}
      - type: text
        id: note
        prompt: Anything about {{ place }}?
        multiline: true
        required: false
        when: {any: [{answer: feelings, contains: tired}, {not: {answer: place, answered: true}}]}
    scores:
      - id: mood_score
        label: Mood
        method: mean
        items: [mood]
"""


def test_an_exercise_with_every_kind_of_step_and_condition(cli, tmp_path: Path) -> None:
    """Named by its path (its origin is then that path), with each step type and each
    kind of condition, in the exercise format's own form."""
    path = write(tmp_path / "every-step.yaml", EVERY_STEP)
    result = cli("exercise", "show", str(path), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert problems("exercise", data) == []
    assert data["origin"] == str(path)
    steps = {step["type"]: step for step in data["steps"]}
    assert set(steps) == {"say", "pause", "text", "scale", "choice", "choices", "confirm"}
    assert steps["say"] == {"type": "say", "text": "Hello **there**.", "when": None}
    assert steps["scale"]["labels"] == {"0": "low", "10": "high"}
    assert steps["choices"]["min_selected"] == 0 and steps["choice"]["required"] is False
    assert steps["text"]["prompt"] == "Anything about {{ place }}?"
    assert steps["confirm"]["when"] == {
        "all": [{"answer": "mood", "at_most": 5}, {"answer": "place", "in": ["home"]}]
    }
    assert steps["pause"]["when"] == {"answer": "rest", "equals": True}
    assert steps["text"]["when"] == {
        "any": [
            {"answer": "feelings", "contains": "tired"},
            {"not": {"answer": "place", "answered": True}},
        ]
    }


def test_a_person_s_words_come_back_whole_and_safe(cli, kept) -> None:
    """JSON holds the words exactly as written; what would act on a terminal is escaped."""
    result = cli("entries", "show", CHECKIN_ID, "--json")
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert json.loads(result.stdout)["answers"]["note"] == NOTE


def test_plan_show_counts_what_was_done(cli, kept) -> None:
    data = json.loads(cli("plan", "show", "softening", "--json").stdout)
    assert data["status"] == "active" and data["as_of"] == TODAY.isoformat()
    checkin = next(item for item in data["items"] if item["exercise"] == "checkin")
    assert checkin["done"] == 2  # yesterday's, and the one written later for three days ago
    *gone_by, under_way = checkin["weeks"]
    assert under_way["so_far"] and not any(week["so_far"] for week in gone_by)
    assert under_way["asked"] == min(under_way["done"], under_way["whole"])  # never missed
    assert all(week["asked"] == week["whole"] for week in gone_by)
    assert checkin["done"] == sum(week["done"] for week in checkin["weeks"])
    assert checkin["asked"] == sum(week["asked"] for week in checkin["weeks"])


def test_an_upcoming_plan_shows_as_upcoming(cli, tmp_path: Path) -> None:
    plan = write_plan(tmp_path, TODAY + timedelta(days=3))
    assert cli("plan", "add", str(plan)).exit_code == 0
    data = json.loads(cli("plan", "show", "softening", "--json").stdout)
    assert problems("plan", data) == []
    assert data["status"] == "upcoming"
    assert all(item["done"] == 0 for item in data["items"])


def test_json_without_data(cli) -> None:
    """An empty home: lists are empty, nothing is missing."""
    for command in ("entries list", "entries search", "plan list", "today"):
        result = cli(*COMMANDS[command])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout) == []
    data = json.loads(cli("config", "show", "--json").stdout)
    assert data == {
        "region": None,
        "region_name": None,
        "sync_folder": None,
        "sync": "off",
        "language": None,
        "speaking": "en",
    }
    assert problems("summary", json.loads(cli("summary", "--json").stdout)) == []
