"""The home screen and the numbers behind it: kind about new starts, honest about drafts."""

from __future__ import annotations

import json
from datetime import date, timedelta

from helpers import make_entry, save
from selfkind import messages
from selfkind.core.entry import DRAFT
from selfkind.core.summaries import home_status

TODAY = date(2026, 11, 25)


def test_only_finished_entries_count_as_practice() -> None:
    status = home_status(
        [
            make_entry("draft", TODAY, status=DRAFT),
            make_entry("grounding", TODAY - timedelta(days=2), "grounding"),
        ],
        TODAY,
    )
    assert status.checkin is None  # a draft check-in is not a check-in
    assert [mark.practised for mark in status.days] == [False] * 4 + [True, False, False]
    assert status.days[-1].day == TODAY
    assert status.practised_days == 1


def test_todays_checkin_is_the_latest_one() -> None:
    morning = make_entry("sooner", TODAY, at="09:00")
    evening = make_entry("later", TODAY, at="20:00")
    assert home_status([morning, evening], TODAY).checkin.id == "later"


def test_a_new_start_is_not_a_row_of_missed_days() -> None:
    assert home_status([make_entry("c1", TODAY)], TODAY, first_day=TODAY).days_counted == 1
    two_days = home_status([make_entry("c1", TODAY)], TODAY, first_day=TODAY - timedelta(days=1))
    assert two_days.days_counted == 2
    long_ago = home_status([], TODAY, first_day=TODAY - timedelta(days=400))
    assert long_ago.days_counted == 7


def test_home_without_a_terminal_prints_status_and_exits(cli) -> None:
    result = cli()
    assert result.exit_code == 0
    assert messages.HOME_CHECKIN_DUE in result.stdout
    assert messages.HOME_NO_PRACTICE in result.stdout
    assert "Welcome to selfkind" not in result.stdout  # the welcome is for a person at a terminal


def test_home_after_a_first_checkin(cli) -> None:
    assert cli("checkin", "--set", "mood=7").exit_code == 0
    result = cli()
    assert "Today's check-in is done (mood 7)" in result.stdout
    assert messages.HOME_FIRST_DAY in result.stdout


def test_home_mentions_a_waiting_draft(cli, home) -> None:
    save(make_entry("draft", date.today(), "kindness-reframe", status=DRAFT))
    result = cli()
    assert "Your Kindness reframe from" in result.stdout
    assert "is waiting" in result.stdout
    listed = json.loads(cli("entries", "list", "--json").stdout)
    assert listed[0]["status"] == "draft"


def test_home_offers_to_finish_a_draft(cli, monkeypatch) -> None:
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from selfkind.ui import terminal

    save(make_entry("draft", date.today(), "kindness-reframe", status=DRAFT))
    monkeypatch.setattr(terminal, "is_interactive", lambda: True)
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text("\x1b[B\r")  # past "Check in", onto "Finish your ..."
        pipe.send_text("\x03")  # then stop at the question it leads to
        pipe.close()
        result = cli()
    # Chosen from the menu, the draft is picked up at once: not asked about a second time.
    assert "Pick up where you left off?" not in result.stdout
    assert messages.RESUMING_FROM_START in result.stdout
    assert result.exit_code == 130
