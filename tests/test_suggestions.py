"""What the home screen suggests beside the plan: by today's mood (never savouring on a heavy
day), now and then a short read (never twice in a row), and once, a first plan."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from helpers import make_entry, save
from selfkind.core.suggest import (
    LEARN_ORDER,
    for_mood,
    hidden_today,
    learn_next,
    offer_first_plan,
)

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("mood", "suggested"),
    [
        (0, "self-compassion-break"),
        (3, "self-compassion-break"),
        (4, None),
        (5, None),
        (6, "savouring"),
        (10, "savouring"),
        (None, None),
        ("7", None),
        (True, None),
    ],
)
def test_todays_mood_suggests_a_break_on_a_heavy_day_and_savouring_on_a_good_one(mood, suggested):
    assert for_mood(mood) == suggested
    assert ("savouring" in hidden_today(mood)) == (suggested == "self-compassion-break")


def test_a_learn_piece_waits_three_days_after_one_was_offered_and_skips_those_read() -> None:
    assert learn_next([], None, TODAY) == LEARN_ORDER[0]
    assert learn_next([], TODAY, TODAY) is None  # never twice in a row
    assert learn_next([], TODAY - timedelta(days=2), TODAY) is None
    assert learn_next([LEARN_ORDER[0]], TODAY - timedelta(days=3), TODAY) == LEARN_ORDER[1]
    assert learn_next(LEARN_ORDER, None, TODAY) is None  # all read: none


def test_the_first_plan_is_offered_once_after_a_week_to_someone_without_a_plan() -> None:
    week_ago = TODAY - timedelta(days=7)
    assert offer_first_plan(week_ago, TODAY, has_plans=False, offered=False)
    assert not offer_first_plan(week_ago + timedelta(days=1), TODAY, has_plans=False, offered=False)
    assert not offer_first_plan(week_ago, TODAY, has_plans=True, offered=False)
    assert not offer_first_plan(week_ago, TODAY, has_plans=False, offered=True)
    assert not offer_first_plan(None, TODAY, has_plans=False, offered=False)


@pytest.fixture
def menus(monkeypatch):
    """The home screen at a terminal; every menu it offers is kept, and nothing is chosen
    unless `pick` names a value to choose."""
    from selfkind.ui import prompts, terminal

    shown: list[list[tuple[str, str]]] = []
    pick: list[str] = []

    def choose(question, options, default=None):  # type: ignore[no-untyped-def]
        shown.append(list(options))
        values = [value for _, value in options]
        return pick.pop(0) if pick and pick[0] in values else ":nothing"

    monkeypatch.setattr(terminal, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "choose", choose)
    return shown, pick


def labels(menu: list[tuple[str, str]]) -> list[str]:
    return [label for label, _ in menu]


def test_a_heavy_day_offers_the_break_and_leaves_savouring_out(cli, menus) -> None:
    shown, pick = menus
    save(make_entry("c" * 32, date.today(), "checkin", answers={"mood": 2}))
    pick.append(":exercise")
    assert cli().exit_code == 0
    first, exercises = shown
    assert "For today: Self-compassion break (5 min)" in labels(first)
    assert "savouring" not in [value for _, value in exercises]
    assert "self-compassion-break" in [value for _, value in exercises]


def test_a_good_day_offers_savouring(cli, menus) -> None:
    shown, pick = menus
    save(make_entry("c" * 32, date.today(), "checkin", answers={"mood": 8}))
    pick.append(":exercise")
    cli()
    first, exercises = shown
    assert any(label.startswith("For today: Savouring") for label in labels(first))
    assert "savouring" in [value for _, value in exercises]


def test_a_short_read_is_offered_on_one_home_screen_and_not_the_next(cli, menus) -> None:
    shown, _ = menus
    cli()
    cli()
    reads = [
        [label for label in labels(menu) if label.startswith("A short read")] for menu in shown
    ]
    assert reads == [["A short read: What self-compassion is, and is not (2 min)"], []]


def test_the_first_plan_is_offered_once_and_taken_adds_it(cli, menus) -> None:
    shown, pick = menus
    save(make_entry("c" * 32, date.today() - timedelta(days=8), "checkin"))
    pick.append(":first-plan")
    added = cli()
    assert "Added 'A gentle first fortnight'" in added.stderr
    assert ":first-plan" in [value for _, value in shown[0]]
    cli("plan", "remove", "first-fortnight", "--yes")
    cli()
    assert ":first-plan" not in [value for _, value in shown[-1]]  # once, even if stopped


def test_the_first_plan_stays_offered_when_the_menu_is_left_with_ctrl_c(cli, menus, monkeypatch):
    from selfkind.ui import prompts

    shown, _ = menus
    save(make_entry("c" * 32, date.today() - timedelta(days=8), "checkin"))
    keep = prompts.choose

    def stopped(question, options, default=None):  # type: ignore[no-untyped-def]
        shown.append(list(options))
        raise KeyboardInterrupt

    monkeypatch.setattr(prompts, "choose", stopped)
    assert cli().exit_code == 130
    monkeypatch.setattr(prompts, "choose", keep)
    cli()
    assert [":first-plan" in [v for _, v in menu] for menu in shown] == [True, True]


def test_a_planned_exercise_waiting_as_a_draft_is_offered_once_to_finish(
    cli, menus, tmp_path
) -> None:
    from helpers import y
    from selfkind.core.entry import DRAFT

    shown, _ = menus
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        y(
            f"""
            selfkind-plan: 1
            id: kind
            title: Kind
            start: {date.today().isoformat()}
            items:
              - exercise: kindness-reframe
                daily: true
            """
        ),
        encoding="utf-8",
    )
    assert cli("plan", "add", str(plan)).exit_code == 0
    cli()
    assert "kindness-reframe" in [value for _, value in shown[0]]
    save(make_entry("d" * 32, date.today(), "kindness-reframe", status=DRAFT))
    cli()
    values = [value for _, value in shown[1]]
    assert ":finish:kindness-reframe" in values and "kindness-reframe" not in values
