"""`selfkind entries list/show/delete` as a person and as a script would use them."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest


def checkin(cli, mood: int, note: str | None = None) -> dict:
    args = ["checkin", "--set", f"mood={mood}", "--json"]
    if note:
        args += ["--set", f"note={note}"]
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_empty_list_is_kind(cli) -> None:
    result = cli("entries", "list")
    assert result.exit_code == 0
    assert "No entries here yet" in result.stderr
    assert cli("entries", "list", "--json").stdout.strip() == "[]"


def test_list_newest_first_with_summaries_and_short_ids(cli) -> None:
    first = checkin(cli, 4, "tired")
    second = checkin(cli, 8, "sunny walk")
    result = cli("entries", "list")
    assert result.exit_code == 0
    assert result.stdout.index(second["id"][:8]) < result.stdout.index(first["id"][:8])
    assert "Mood 8/10. sunny walk" in result.stdout
    listed = json.loads(cli("entries", "list", "--json").stdout)
    assert [e["id"] for e in listed] == [second["id"], first["id"]]


def test_list_filters(cli) -> None:
    checkin(cli, 5)
    today = date.today()
    assert len(json.loads(cli("entries", "list", "--since", "today", "--json").stdout)) == 1
    assert json.loads(cli("entries", "list", "--until", "yesterday", "--json").stdout) == []
    tomorrow = (today + timedelta(days=1)).isoformat()
    assert json.loads(cli("entries", "list", "--since", tomorrow, "--json").stdout) == []
    assert len(json.loads(cli("entries", "list", "--since", "7d", "--json").stdout)) == 1
    assert json.loads(cli("entries", "list", "--exercise", "grounding", "--json").stdout) == []
    result = cli("entries", "list", "--exercise", "grounding")
    assert "No entries match" in result.stderr
    assert len(json.loads(cli("entries", "list", "--limit", "1", "--json").stdout)) == 1


@pytest.mark.parametrize("bad", ["someday", "2026-13-01", "-3d"])
def test_bad_dates_are_usage_errors(cli, bad: str) -> None:
    result = cli("entries", "list", "--since", bad)
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_show_puts_prompts_beside_answers(cli) -> None:
    entry = checkin(cli, 6, "slow start")
    result = cli("entries", "show", entry["id"][:6])
    assert result.exit_code == 0, result.output
    assert "Overall, how has your mood been today?" in result.stdout
    assert "slow start" in result.stdout
    assert json.loads(cli("entries", "show", entry["id"], "--json").stdout) == entry


def test_show_uses_the_exercise_as_it_was(cli, tmp_path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "selfkind: 1\nid: mine\ntitle: Mine\nsteps:\n"
        "  - {type: text, id: words, prompt: The first wording of the question}\n"
    )
    entry = json.loads(cli("run", str(path), "--set", "words=hello", "--json").stdout)
    path.write_text(path.read_text().replace("The first wording", "A new wording"))
    result = cli("entries", "show", entry["id"])
    assert "The first wording of the question" in result.stdout


def test_show_missing_entry(cli) -> None:
    result = cli("entries", "show", "deadbeef")
    assert result.exit_code == 1
    assert "There is no entry with the id 'deadbeef'" in result.stderr


def test_delete_needs_yes_without_a_terminal(cli) -> None:
    entry = checkin(cli, 5)
    result = cli("entries", "delete", entry["id"])
    assert result.exit_code == 2
    assert "--yes" in result.stderr
    assert len(json.loads(cli("entries", "list", "--json").stdout)) == 1
    result = cli("entries", "delete", entry["id"][:8], "--yes")
    assert result.exit_code == 0
    assert "Deleted" in result.stderr
    assert json.loads(cli("entries", "list", "--json").stdout) == []
