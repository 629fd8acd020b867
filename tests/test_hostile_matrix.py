"""Every view, export and report, with hostile text in every field a person or a file fills:
nothing that a terminal, spreadsheet or browser would act on reaches the bytes written."""

from __future__ import annotations

import csv
import inspect
import io
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from helpers import command_node, every_command, make_entry, write
from selfkind.services.catalog import find_exercise
from selfkind.storage.store import open_store

TODAY = date.today()
# One of each class an attacker tried: window title, clear screen, hidden text, hyperlink,
# clipboard, 8-bit CSI, bell, carriage return, bidi override and isolate, Rich markup,
# Markdown links (web and script), HTML, and spreadsheet formulas.
HOSTILE = {
    "osc_title": "\x1b]0;pwned\x07",
    "clear": "\x1b[2J",
    "hidden": "\x1b[8m",
    "hyperlink": "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "clipboard": "\x1b]52;c;ZXZpbA==\x07",
    "c1_csi": "\x9b2J",
    "bell": "\x07",
    "return": "\rX",
    "bidi": "\u202eevil\u2066",
    "markup": "[bold red]loud[/]",
    "web_link": "[click](https://evil.example/x)",
    "script_link": "[tap](javascript:alert(1))",
    "html": "<script>alert(1)</script>",
    "formula": '=HYPERLINK("http://evil.example","x")',
}
EVIL = " ".join(HOSTILE.values())
LINE = " ".join(v for k, v in HOSTILE.items() if k != "return")  # one-line fields
SHORT = " ".join(HOSTILE[k] for k in ("osc_title", "clear", "c1_csi", "bidi", "markup", "html"))
FORMULA = HOSTILE["formula"]


def yaml_string(text: str) -> str:
    """A YAML double-quoted scalar holding these characters."""
    return json.dumps(text)  # JSON strings are YAML double-quoted strings


EXERCISE = """
selfkind: 1
id: hostile
title: {line}
description: {evil}
credit: {line}
steps:
  - type: say
    text: {evil}
  - type: text
    id: words
    prompt: {line}
    help: {line}
  - type: choice
    id: pick
    prompt: Pick
    options: [{option}, plain]
  - type: choices
    id: picks
    prompt: Picks
    options: [{option}, other]
  - type: scale
    id: before
    prompt: Before
    labels: {{0: {option}}}
  - type: scale
    id: after
    prompt: After
  - type: confirm
    id: sure
    prompt: Sure?
scores:
  - id: change
    label: {line}
    method: change
    before: before
    after: after
    bands:
      - {{up_to: 0, label: {option}}}
      - {{label: {option}}}
summary: {line}
"""
PLAN = """
selfkind-plan: 1
id: hostile-plan
title: {line}
from: {line}
note: {evil}
start: {start}
items:
  - exercise: hostile
    daily: true
  - exercise: checkin
    daily: true
"""


@pytest.fixture
def hostile_home(cli, tmp_path: Path) -> None:
    option = yaml_string(FORMULA[:40])
    write(
        tmp_path / "hostile.yaml",
        EXERCISE.format(line=yaml_string(SHORT), evil=yaml_string(EVIL), option=option),
    )
    assert cli("exercise", "add", str(tmp_path / "hostile.yaml")).exit_code == 0
    write(
        tmp_path / "plan" / "plan.yaml",
        PLAN.format(line=yaml_string(SHORT), evil=yaml_string(EVIL), start=TODAY - timedelta(3)),
    )
    assert cli("plan", "add", str(tmp_path / "plan" / "plan.yaml")).exit_code == 0
    pick = find_exercise("hostile").answer_step("pick").options[0]  # type: ignore[union-attr]
    yesterday = (TODAY - timedelta(1)).isoformat()
    entries = [
        make_entry("h1", yesterday, "hostile",
                   answers={"words": EVIL, "pick": pick, "picks": [pick], "before": 3, "after": 5, "sure": True},
                   scores={"change": 2}),
        make_entry("c1", yesterday, "checkin", answers={"mood": 4, "note": EVIL}, scores={"mood_rating": 4}),
        make_entry("j1", yesterday, "journal", answers={"title": LINE, "body": EVIL, "tags": [LINE]}),
        make_entry("s1", yesterday, "safety-plan", answers={"warning_signs": EVIL}),
    ]  # fmt: skip
    with open_store() as store:  # as if imported: straight into the store
        for entry in entries:
            store.save(entry, find_exercise(entry.exercise_id).source)
    # This home is a therapist's too: its own report, with every word, in its caseload.
    key = cli("clinic", "key").stdout.strip()
    shared = str(tmp_path / "hostile.selfkind-report")
    made = ["report", "--plan", "hostile-plan", "--include-text", "--for", key, "--out", shared]
    assert cli(*made, "--name", SHORT).exit_code == 0
    assert cli("clinic", "add", shared).exit_code == 0


ANSWERED = ["words=x", "pick=plain", "picks=other", "before=1", "after=2", "sure=yes"]
COMMANDS = {
    "home": [],
    "today": ["today"],
    "entries list": ["entries", "list"],
    "entries show": ["entries", "show", "h1"],
    "entries show journal": ["entries", "show", "j1"],
    "entries search": ["entries", "search", "loud"],
    "summary": ["summary", "--days", "7"],
    "exercise list": ["exercise", "list"],
    "exercise show": ["exercise", "show", "hostile"],
    "plan list": ["plan", "list"],
    "plan show": ["plan", "show", "hostile-plan"],
    "plan remove": ["plan", "remove", "hostile-plan", "--yes"],
    "run": ["run", "hostile", *(f"--set={answer}" for answer in ANSWERED)],
    "help-now": ["help-now"],
    "help-now plain": ["help-now", "--plain"],
    "export json": ["export", "--format", "json"],
    "export csv": ["export", "--format", "csv"],
    "export md": ["export", "--format", "md"],
    "export html": ["export", "--format", "html"],
    "report html": ["report", "--plan", "hostile-plan", "--include-text"],
    "report md": ["report", "--plan", "hostile-plan", "--format", "md", "--include-text"],
    "entries list json": ["entries", "list", "--json"],
    "entries show json": ["entries", "show", "h1", "--json"],
    "clinic list": ["clinic", "list"],
    "clinic show": ["clinic", "show", SHORT],
    "clinic show json": ["clinic", "show", SHORT, "--json"],
    "clinic list json": ["clinic", "list", "--json"],
    "clinic remove": ["clinic", "remove", SHORT, "--yes"],
}
ACTED_ON = ["\x1b", "\x07", "\r", "\x9b", "\x9d", "\u202e", "\u2066"]
# Every other command in the Typer tree, and why it is not in COMMANDS.
NOT_VIEWS = {
    "checkin": "the built-in check-in's own words; `run` is in COMMANDS",
    "delete-everything": "names only the data folder",
    "encrypt": "asks for a passphrase; names no entry, exercise or plan",
    "decrypt": "asks for a passphrase; names no entry, exercise or plan",
    "import": "quotes a file's mistakes: test_import_checks.py feeds it escapes",
    "sync": "names files in the sync folder: test_sync.py feeds it names with escapes",
    "nudge": "one line about today's check-in, with no words from an entry",
    "where": "the data folder's path",
    "completion": "a shell script, and the path it was written to",
    "help": "the commands' own help texts",
    "exercise validate": "quotes a file's mistakes: test_a_hostile_mistake_is_quoted_harmlessly",
    "exercise add": "quotes a file's mistakes: test_a_hostile_mistake_is_quoted_harmlessly",
    "plan add": "quotes a plan's mistakes: test_a_hostile_mistake_is_quoted_harmlessly",
    "exercise new": "writes a starting file for an id of lower-case words",
    "exercise schema": "the format's JSON Schema, which holds no one's words",
    "plan schema": "the format's JSON Schema, which holds no one's words",
    "plan new": "asks at a terminal and writes what the therapist typed, checked as plan validate does",
    "plan validate": "quotes a file's mistakes, as exercise validate does (the same problem lines)",
    "entries delete": "names the entry by its date",
    "config set": "a region code",
    "config show": "the settings: a region code",
    "clinic key": "the therapist's own key and the path of its file",
    "clinic add": "names each file and its client, as clinic list does (test_clinic.py feeds it "
    "reports with hostile words and broken files)",
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_no_view_export_or_report_passes_hostile_text_through(cli, hostile_home, name: str) -> None:
    result = cli(*COMMANDS[name])
    assert result.exit_code == 0, result.output
    written = result.stdout + result.stderr
    assert "evil" in written or name.startswith(("summary", "plan list", "today", "exercise list", "help-now")), "the fixture's words should be shown"  # fmt: skip
    for character in ACTED_ON:
        assert character not in written, f"{character!r} reached the output of {name}"
    assert not any(0x80 <= ord(c) <= 0x9F for c in written), f"a C1 control in {name}"
    if "json" in name:
        assert json.loads(result.stdout) is not None  # still JSON, every character kept
    elif "html" in name:  # words as text: no tag, no link
        assert "<script>" not in written and "href=" not in written
    elif name.endswith(" md"):  # no link Markdown would follow, whatever its target
        assert not re.search(r"(?<!\\)\[[^\]]*\]\(", written)
    elif "csv" in name:
        for row in csv.reader(io.StringIO(result.stdout)):
            for cell in row:
                assert not cell.startswith(("=", "+", "@")), cell
    else:  # the terminal: markup is shown as typed, links show their targets
        assert "[bold red]loud[/]" in written or "loud" not in written


def test_a_link_in_a_file_shows_its_target_in_plain_sight(cli, hostile_home) -> None:
    shown = cli("exercise", "show", "hostile").stdout
    assert "click (https://evil.example/x)" in " ".join(shown.split())
    assert "javascript" not in shown


def test_json_keeps_every_character_of_what_was_written(cli, hostile_home) -> None:
    entry = json.loads(cli("entries", "show", "h1", "--json").stdout)
    assert entry["answers"]["words"] == EVIL


def test_every_command_is_in_the_matrix_or_says_why_not() -> None:
    """A new command that shows what people or files wrote cannot be left out unnoticed; an
    alias (`sos` for `help-now`) is checked through the function it runs."""
    commands = every_command()

    def runs(words: list[str]):  # type: ignore[no-untyped-def]
        return inspect.unwrap(command_node(words).callback)

    def named(args: list[str]) -> list[str]:  # the command words at the start of the args
        return next(args[:n] for n in range(len(args), 0, -1) if args[:n] in commands)

    checked = {runs(named(args)) for args in COMMANDS.values() if args}
    leaves = [words for words in commands if not hasattr(command_node(words), "commands")]
    unchecked = [
        " ".join(words)
        for words in leaves
        if runs(words) not in checked and " ".join(words) not in NOT_VIEWS
    ]
    assert unchecked == [], "add these to COMMANDS (or to NOT_VIEWS, saying why)"
    assert set(NOT_VIEWS) <= {" ".join(words) for words in leaves}, "NOT_VIEWS names no command"


@pytest.mark.parametrize(
    "command", [["exercise", "validate"], ["exercise", "add"], ["plan", "add"]]
)
def test_a_hostile_mistake_is_quoted_harmlessly(cli, tmp_path: Path, command: list[str]) -> None:
    """A file's mistakes quote what it says (here an unknown key made of hostile text)."""
    key = yaml_string(EVIL)
    if command[0] == "plan":
        text = PLAN.format(line="P", evil="n", start=TODAY) + f"{key}: 1\n"
    else:
        text = f"selfkind: 1\nid: x\ntitle: T\n{key}: 1\nsteps:\n  - {{type: say, text: hi}}\n"
    path = tmp_path / "file.yaml"
    path.write_text(text, encoding="utf-8")
    result = cli(*command, str(path))
    assert result.exit_code == 1, result.output
    written = result.stdout + result.stderr
    assert "evil" in written and "is not a field" in written  # the key is quoted
    for character in ACTED_ON:
        assert character not in written, f"{character!r} reached the output of {command}"
    assert not any(0x80 <= ord(c) <= 0x9F for c in written)
