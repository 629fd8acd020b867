"""Entries for an earlier day: `--date` records one on that day, marked as written later."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from helpers import write_plan
from selfkind import messages
from selfkind.core.entry import parse_timestamp

YESTERDAY = date.today() - timedelta(days=1)


def test_a_checkin_for_yesterday_counts_on_yesterday_and_says_when_it_was_written(cli) -> None:
    result = cli("checkin", "--date", "yesterday", "--set", "mood=6", "--json")
    assert result.exit_code == 0, result.output
    entry = json.loads(result.stdout)
    assert entry["local_date"] == YESTERDAY.isoformat()
    assert parse_timestamp(entry["started_at"]).astimezone().date() == YESTERDAY
    assert parse_timestamp(entry["completed_at"]) >= parse_timestamp(entry["started_at"])
    assert parse_timestamp(entry["written_at"]).astimezone().date() == date.today()
    shown = cli("entries", "show", entry["id"]).stdout
    written = messages.WRITTEN_LATER.format(day=date.today().strftime("%d %b %Y"))
    assert written in shown
    assert messages.WRITTEN_LATER_SHORT in cli("entries", "list").stdout  # marked in the list


def test_an_entry_for_today_carries_no_written_at(cli) -> None:
    entry = json.loads(cli("checkin", "--date", "today", "--set", "mood=6", "--json").stdout)
    assert "written_at" not in entry and entry["local_date"] == date.today().isoformat()


@pytest.mark.parametrize("day", ["tomorrow", "1969-12-31", "2999-01-01", "someday"])
def test_a_day_in_the_future_before_1970_or_unknown_is_wrong_usage(cli, day: str) -> None:
    result = cli("run", "checkin", "--date", day, "--set", "mood=6")
    assert result.exit_code == 2
    said = result.stderr.strip()
    assert "Invalid value" not in said and "\n" not in said  # one plain sentence, or two
    assert cli("entries", "list", "--json").stdout.strip() == "[]"


def test_an_exercise_from_an_answers_file_can_be_dated_too(cli, tmp_path) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("stressor: a hard call\ndistress_before: 4\nname_it: ouch\n"
                       "kind_wish: go easy\ndistress_after: 3\n", encoding="utf-8")  # fmt: skip
    result = cli(
        "run", "self-compassion-break", "--answers", str(answers), "--date", "3d", "--json"
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["local_date"] == (date.today() - timedelta(3)).isoformat()


def test_a_plan_counts_a_dated_entry_on_its_day(cli, tmp_path) -> None:
    write_plan(tmp_path, date.today() - timedelta(days=7))
    assert cli("plan", "add", str(tmp_path / "plan.yaml")).exit_code == 0
    assert cli("checkin", "--date", "yesterday", "--set", "mood=5").exit_code == 0
    days = json.loads(cli("summary", "--days", "7", "--json").stdout)
    assert days["practised_days"] == 1
    today = json.loads(cli("today", "--json").stdout)
    checkin = next(item for item in today if item["exercise"] == "checkin")
    assert checkin["done_today"] == 0 and checkin["due"]  # yesterday's entry is not today's


def test_a_dated_entry_survives_export_and_import(cli, tmp_path) -> None:
    entry = json.loads(cli("checkin", "--date", "2d", "--set", "mood=4", "--json").stdout)
    out = tmp_path / "all.json"
    assert cli("export", "--out", str(out)).exit_code == 0
    assert cli("entries", "delete", entry["id"], "--yes").exit_code == 0
    assert cli("import", str(out)).exit_code == 0
    again = json.loads(cli("entries", "show", entry["id"], "--json").stdout)
    assert again["written_at"] == entry["written_at"]
