"""The command tree as a whole: help everywhere, the version, and the one error boundary."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from helpers import command_node, every_command
from selfkind import __version__, messages

COMMANDS = every_command()


def test_the_tree_is_read_whole() -> None:
    assert len(COMMANDS) > 30 and ["config", "set"] in COMMANDS and ["sos"] in COMMANDS


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help(cli, command: list[str]) -> None:
    result = cli(*command, "--help")
    assert result.exit_code == 0, result.output
    assert "Usage" in result.stdout
    node = command_node(command)
    assert node.help or node.callback.__doc__, command


def test_version(cli) -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"selfkind {__version__}"


def test_unknown_command_is_a_usage_error(cli) -> None:
    assert cli("fly").exit_code == 2


def test_unexpected_errors_are_kind_and_have_no_traceback(cli, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("secret journal text must not leak")

    monkeypatch.setattr("selfkind.services.catalog.list_exercises", broken)
    result = cli("exercise", "list")
    assert result.exit_code == 1
    assert "Something went wrong inside selfkind" in result.stderr
    assert "secret journal text" not in result.output
    assert "Traceback" not in result.output


def test_debug_shows_the_real_error(cli, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("the real cause")

    monkeypatch.setattr("selfkind.services.catalog.list_exercises", broken)
    monkeypatch.setenv("SELFKIND_DEBUG", "1")
    result = cli("exercise", "list")
    assert isinstance(result.exception, RuntimeError)


def test_exercise_list_shows_built_ins_and_json(cli) -> None:
    result = cli("exercise", "list")
    assert result.exit_code == 0
    for exercise_id in ("checkin", "kindness-reframe", "grounding"):
        assert exercise_id in result.stdout
    listed = json.loads(cli("exercise", "list", "--json").stdout)
    assert {item["id"] for item in listed} >= {"checkin", "setback-journal"}
    assert all(item["origin"] == "built-in" and item["valid"] for item in listed)


def test_user_exercises_replace_built_ins_and_broken_ones_are_flagged(cli, home: Path) -> None:
    mine = home / "exercises"
    mine.mkdir(parents=True)
    (mine / "checkin.yaml").write_text(
        "selfkind: 1\nid: checkin\ntitle: My own check-in\nsteps:\n"
        "  - {type: scale, id: mood, prompt: 'Mood?'}\n"
    )
    (mine / "broken.yaml").write_text("selfkind: 1\nid: broken\n")
    listed = {item["id"]: item for item in json.loads(cli("exercise", "list", "--json").stdout)}
    assert listed["checkin"]["title"] == "My own check-in"
    assert listed["checkin"]["origin"] == "yours"
    assert listed["broken"]["valid"] is False
    assert "has mistakes" in cli("exercise", "list").stdout
    saved = json.loads(cli("checkin", "--set", "mood=2", "--json").stdout)
    assert saved["exercise"]["title"] == "My own check-in"


def test_exercise_show(cli) -> None:
    result = cli("exercise", "show", "kindness-reframe")
    assert result.exit_code == 0
    assert "Kindness reframe" in result.stdout
    assert "min" in result.stdout


def test_exercise_show_text_is_literal(cli, tmp_path: Path) -> None:
    path = tmp_path / "odd.yaml"
    path.write_text(
        'selfkind: 1\nid: odd\ntitle: "[red]Odd[/red] \\e[31m"\n'
        "steps:\n  - {type: say, text: '[blink]hi[/blink]'}\n"
    )
    result = cli("exercise", "show", str(path))
    assert result.exit_code == 0, result.output
    assert "[red]Odd[/red]" in result.stdout
    assert "[blink]hi[/blink]" in result.stdout
    assert "\x1b" not in result.stdout


def test_validate_reports_every_file(cli, tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("selfkind: 1\nid: good\ntitle: Good\nsteps:\n  - {type: say, text: hi}\n")
    bad = tmp_path / "bad.yaml"
    bad.write_text("selfkind: 1\nid: bad\ntitle: Bad\nsteps:\n  - {type: sing, text: hi}\n")
    result = cli("exercise", "validate", str(good), str(bad))
    assert result.exit_code == 1
    assert f"{bad}:5:12: 'sing' is not a type of a step" in result.stdout
    assert "good.yaml looks good" in result.stderr
    assert cli("exercise", "validate", str(good)).exit_code == 0


def test_validate_missing_file(cli, tmp_path: Path) -> None:
    result = cli("exercise", "validate", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 1
    assert "nope.yaml:1:1: there is no file here" in result.stdout


def test_schema_is_json_and_can_be_written_to_a_file(cli, tmp_path: Path) -> None:
    schema = json.loads(cli("exercise", "schema").stdout)
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {"selfkind", "id", "title", "steps"}
    out = tmp_path / "schema.json"
    assert cli("exercise", "schema", "--out", str(out)).exit_code == 0
    assert json.loads(out.read_text()) == schema


def test_where_and_config_show_take_json(cli, home: Path) -> None:
    assert json.loads(cli("where", "--json").stdout) == {"folder": str(home)}
    assert json.loads(cli("config", "show", "--json").stdout) == {
        "region": None,
        "region_name": None,
        "sync_folder": None,
        "sync": "off",
        "language": None,
        "speaking": "en",
    }
    cli("config", "set", "region", "Deutschland")
    assert json.loads(cli("config", "show", "--json").stdout)["region"] == "DE"


TYPE_NAMES = ("<bool>", "<str>", "<int>", "list[", "[1<=x<=", "[x>=", "<path>", "{")


@pytest.mark.parametrize("command", [[], *COMMANDS], ids=lambda words: " ".join(words) or "root")
def test_help_shows_plain_metavars_and_no_type_names(cli, command: list[str]) -> None:
    shown = cli(*command, "--help").stdout
    assert not [name for name in TYPE_NAMES if name in shown], shown


def test_help_names_an_option_by_its_metavar(cli) -> None:
    shown = cli("summary", "--help").stdout
    assert "--days" in shown and " N " in shown
    assert "EXERCISE" in cli("run", "--help").stdout  # the argument, not {exercise}


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["summary", "--days", "abc"], messages.NUMBER_FROM_TO),
        (["summary", "--days", "0"], messages.NUMBER_FROM_TO),
        (["summary", "--days", "3661"], messages.NUMBER_FROM_TO),
        (["entries", "list", "--limit", "x"], messages.NUMBER_AT_LEAST),
        (["entries", "search", "kind", "--limit", "-1"], messages.NUMBER_AT_LEAST),
    ],
)
def test_a_number_that_does_not_fit_is_one_sentence_of_ours(
    cli, args: list[str], said: str
) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    option, text = args[-2], args[-1]
    example = 28 if option == "--days" else 1
    expected = said.format(option=option, low=1, high=3660, example=example, text=text)
    assert result.stderr.strip() == expected
    assert "Input should" not in result.output and "Usage:" not in result.output


def test_a_date_that_does_not_fit_names_its_option(cli) -> None:
    result = cli("entries", "list", "--since", "someday")
    assert result.exit_code == 2
    assert result.stderr.startswith("--since: 'someday' is not a date selfkind can read.")


def test_since_alone_runs_from_then_until_today(cli) -> None:
    week = (date.today() - timedelta(days=6)).isoformat()
    result = cli("summary", "--since", week, "--json")
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert (shown["since"], shown["until"]) == (week, date.today().isoformat())
    assert cli("summary", "--since", "today", "--json").exit_code == 0


def test_since_alone_in_the_future_says_so_not_swap(cli) -> None:
    later = (date.today() + timedelta(days=4)).isoformat()
    result = cli("summary", "--since", later)
    assert result.exit_code == 2
    assert result.stderr.strip() == messages.SINCE_NOT_YET.format(day=later)


@pytest.mark.parametrize("command", [["entries", "list"], ["export"]])  # summary has none
def test_a_mistyped_exercise_filter_suggests_the_id(cli, command: list[str]) -> None:
    result = cli(*command, "--exercise", "kindnes-reframe")
    assert result.exit_code == 2
    close = messages.NO_SUCH_EXERCISE_CLOSE.format(name="kindnes-reframe", close="kindness-reframe")
    assert result.stderr.strip() == close
    assert cli(*command, "--exercise", "kindness-reframe").exit_code == 0
    assert cli(*command, "--exercise", "zzzzzzzz").exit_code == 0  # near nothing: kept


def test_help_shows_the_help_of_a_command(cli) -> None:
    result = cli("help", "summary")
    assert result.exit_code == 0, result.output
    assert "Usage: selfkind summary" in result.stdout and "--days" in result.stdout
    assert "Usage: selfkind entries list" in cli("help", "entries", "list").stdout
    assert "Commands" in cli("help").stdout
    unknown = cli("help", "sumary")
    assert unknown.exit_code == 2
    assert unknown.stderr.strip().startswith("There is no command called 'sumary'.")
    assert cli("help-now").exit_code == 0 and cli("sos").exit_code == 0  # untouched
