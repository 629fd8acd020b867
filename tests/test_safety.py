"""Safety: words that suggest danger bring support, idioms do not; help-now; leaving with everything."""

from __future__ import annotations

import json
from pathlib import Path

from selfkind import messages
from selfkind.services.support import LINES, lines_for


def test_support_follows_a_saved_entry_and_never_blocks_it(cli) -> None:
    result = cli("checkin", "--set", "mood=1", "--set", "note=I want to die")
    assert result.exit_code == 0
    # Without a terminal the panel goes to stderr; the entry and a fitting close to stdout.
    assert messages.CRISIS_TITLE in result.stderr
    assert "Samaritans" in result.stderr and "988" in result.stderr
    assert messages.CLOSING_AFTER_SUPPORT in " ".join(result.stdout.split())
    saved = json.loads(cli("entries", "list", "--json").stdout)
    assert saved[0]["answers"]["note"] == "I want to die"


def test_with_json_the_support_panel_goes_beside_the_json(cli) -> None:
    result = cli("checkin", "--set", "mood=1", "--set", "note=I want to die", "--json")
    assert json.loads(result.stdout)["answers"]["note"] == "I want to die"
    assert messages.CRISIS_TITLE in result.stderr


def test_an_ordinary_entry_shows_no_support_panel(cli) -> None:
    result = cli("checkin", "--set", "mood=4", "--set", "note=this deadline is killing me")
    assert result.exit_code == 0
    assert messages.CRISIS_TITLE not in result.output


def test_help_now_lists_every_line_until_a_region_is_set(cli) -> None:
    everything = cli("help-now")
    assert everything.exit_code == 0
    for line in LINES:
        assert line.name in everything.stdout
    assert "not therapy" in everything.stdout
    assert cli("config", "set", "region", "gb").exit_code == 0
    british = cli("help-now").stdout
    assert "Samaritans" in british and "Shout" in british and "findahelpline.com" in british
    assert "988" not in british and "741741" not in british
    assert "region: GB" in cli("config", "show").stdout
    assert cli("config", "set", "region", "none").exit_code == 0
    assert "988" in cli("help-now").stdout


def test_an_unknown_region_still_gets_the_international_lines(cli) -> None:
    result = cli("config", "set", "region", "Atlantis")
    assert result.exit_code == 2
    assert "does not know the region 'Atlantis'" in result.stderr
    shown = cli("help-now").stdout
    assert "findahelpline.com" in shown and "Emergency services" in shown
    everything = ["Emergency services", *(line.name for line in LINES)]
    assert [line.name for line in lines_for("XX")] == everything


def test_an_unknown_setting_is_a_usage_error(cli) -> None:
    assert cli("config", "set", "colour", "blue").exit_code == 2


def test_help_now_shows_the_latest_safety_plan_first(cli) -> None:
    cli(
        "run", "safety-plan", "--set", "warning_signs=I stop replying", "--set", "people_to_ask=Sam"
    )
    cli(
        "run",
        "safety-plan",
        "--set",
        "warning_signs=I stop sleeping",
        "--set",
        "people_to_ask=Alex",
    )
    shown = cli("help-now").stdout
    assert messages.HELP_NOW_PLAN in shown
    assert "I stop sleeping" in shown and "I stop replying" not in shown
    assert shown.index("I stop sleeping") < shown.index("Samaritans")


def test_help_now_works_even_when_the_data_cannot_be_read(cli, home: Path) -> None:
    home.mkdir()
    (home / "selfkind.db").write_bytes(b"not a database" * 100)
    result = cli("help-now")
    assert result.exit_code == 0
    assert "Samaritans" in result.stdout


def test_delete_everything_asks_and_removes_only_selfkinds_own_files(cli, home: Path) -> None:
    cli("checkin", "--set", "mood=5")
    (home / "my-notes.txt").write_text("not selfkind's")
    refused = cli("delete-everything")
    assert refused.exit_code == 2 and "--yes" in refused.stderr
    assert (home / "selfkind.db").exists()
    done = cli("delete-everything", "--yes")
    assert done.exit_code == 0
    assert not (home / "selfkind.db").exists()
    assert (home / "my-notes.txt").read_text() == "not selfkind's"
    assert json.loads(cli("entries", "list", "--json").stdout) == []


def test_delete_everything_removes_the_folder_when_only_selfkind_was_there(cli, home: Path) -> None:
    cli("checkin", "--set", "mood=5")
    assert cli("delete-everything", "--yes").exit_code == 0
    assert not home.exists()
    again = cli("delete-everything", "--yes")
    assert again.exit_code == 0 and "nothing to delete" in again.stderr


def test_data_opened_up_to_others_is_made_private_again_with_a_notice(cli, home: Path) -> None:
    import stat

    cli("checkin", "--set", "mood=5")
    (home / "exercises").mkdir(mode=0o755)
    (home / "exercises" / "mine.yaml").write_text("selfkind: 1\n")
    home.chmod(0o755)
    (home / "selfkind.db").chmod(0o644)
    (home / "exercises" / "mine.yaml").chmod(0o666)
    result = cli("entries", "list")
    assert result.exit_code == 0
    assert "it is private again" in result.stderr
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "exercises").stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "selfkind.db").stat().st_mode) == 0o600
    assert stat.S_IMODE((home / "exercises" / "mine.yaml").stat().st_mode) == 0o600
    assert "private again" not in cli("entries", "list").stderr  # said once, when it was needed


def test_a_file_of_the_person_s_own_in_the_data_folder_is_left_as_it_is(cli, home: Path) -> None:
    import stat

    cli("checkin", "--set", "mood=5")
    (home / "my-notes.txt").write_text("mine")
    (home / "my-notes.txt").chmod(0o644)
    assert "private again" not in cli("entries", "list").stderr
    assert stat.S_IMODE((home / "my-notes.txt").stat().st_mode) == 0o644


def test_when_the_disk_will_not_take_an_entry_every_word_is_shown(cli, monkeypatch) -> None:
    import sqlite3

    from selfkind.storage.store import Store

    def full(self, entry, source):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "save", full)
    result = cli("checkin", "--set", "mood=3", "--set", "note=a long hard day, kept safe")
    assert result.exit_code == 1
    assert "could not save this (database or disk is full)" in result.stderr
    assert "a long hard day, kept safe" in result.stderr
    assert "Overall, how has your mood been today?" in result.stderr
    assert "Traceback" not in result.output
