"""The home screen and the numbers behind it: kind about new starts, honest about drafts."""

from __future__ import annotations

import json
from datetime import date, timedelta

from selfkind import messages
from selfkind.core.entry import COMPLETE, DRAFT, Entry
from selfkind.core.summaries import home_status

TODAY = date(2026, 11, 25)


def entry(day: date, *, exercise: str = "checkin", status: str = COMPLETE) -> Entry:
    return Entry(
        id=f"{exercise}-{day}-{status}",
        exercise_id=exercise,
        exercise_title=exercise.title(),
        exercise_hash="h",
        started_at=f"{day}T09:00:00.000Z",
        completed_at=None if status == DRAFT else f"{day}T09:01:00.000Z",
        local_date=day.isoformat(),
        status=status,
        answers={"mood": 4},
    )


def test_only_finished_entries_count_as_practice() -> None:
    status = home_status(
        [entry(TODAY, status=DRAFT), entry(TODAY - timedelta(days=2), exercise="grounding")],
        TODAY,
    )
    assert status.checkin is None  # a draft check-in is not a check-in
    assert [mark.practised for mark in status.days] == [False] * 4 + [True, False, False]
    assert status.days[-1].day == TODAY
    assert status.practised_days == 1


def test_todays_checkin_is_the_latest_one() -> None:
    morning, evening = entry(TODAY), entry(TODAY)
    evening = Entry(**{**evening.__dict__, "id": "later", "started_at": f"{TODAY}T20:00:00.000Z"})
    assert home_status([morning, evening], TODAY).checkin.id == "later"


def test_a_new_start_is_not_a_row_of_missed_days() -> None:
    assert home_status([entry(TODAY)], TODAY, first_day=TODAY).days_counted == 1
    two_days = home_status([entry(TODAY)], TODAY, first_day=TODAY - timedelta(days=1))
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
    from selfkind.storage.store import open_store

    with open_store() as store:
        store.save(entry(date.today(), exercise="kindness-reframe", status=DRAFT), "source")
    result = cli()
    assert "Your Kindness-Reframe from" in result.stdout
    assert "is waiting" in result.stdout
    listed = json.loads(cli("entries", "list", "--json").stdout)
    assert listed[0]["status"] == "draft"


def test_home_offers_to_finish_a_draft(cli, monkeypatch) -> None:
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from selfkind.storage.store import open_store
    from selfkind.ui import terminal

    with open_store() as store:
        store.save(entry(date.today(), exercise="kindness-reframe", status=DRAFT), "source")
    monkeypatch.setattr(terminal, "is_interactive", lambda: True)
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text("\x1b[B\r")  # past "Check in", onto "Finish your ..."
        pipe.send_text("\x03")  # then stop at the question it leads to
        pipe.close()
        result = cli()
    # Only the kindness reframe has a draft, so this question shows the menu chose to finish it.
    assert "stopped part-way. Pick up where you left off?" in result.stdout
    assert result.exit_code == 130
