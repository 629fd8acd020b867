"""A plan that brings practices in one by one (`from_day`, `why`, `optional`), and the
built-in first fortnight made of it: added with --builtin, starting the day it is added."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from helpers import y
from selfkind.core.schedule import adherence, today_items
from selfkind.formats.plan import parse_plan
from selfkind.services.catalog import known_exercise
from selfkind.services.install import builtin_plan

TUESDAY = date(2026, 12, 1)
PLAN = y(
    """
    selfkind-plan: 1
    id: bit-by-bit
    title: Bit by bit
    start: 2026-12-01
    end: 2026-12-14
    items:
      - exercise: checkin
        daily: true
      - exercise: self-compassion-break
        times_per_week: 2
        from_day: 4
        why: For a hard moment.
      - exercise: safety-plan
        times_per_week: 1
        from_day: 13
        optional: true
    """
)


def plan(text: str = PLAN):
    return parse_plan(text, Path("plan.yaml"), known_exercise).plan


def test_an_item_is_not_asked_before_its_day_and_is_new_on_it() -> None:
    bit = plan()
    first = [i.item.exercise_id for i in today_items([bit], Counter(), TUESDAY)]
    assert first == ["checkin"]
    friday = today_items([bit], Counter(), TUESDAY + timedelta(days=3))
    assert [(i.item.exercise_id, i.new, i.due) for i in friday] == [
        ("checkin", False, True),
        ("self-compassion-break", True, True),
    ]
    assert friday[1].asked_this_week == 1  # Fri to Sun: its share of 2 a week, as adherence
    saturday = today_items([bit], Counter(), TUESDAY + timedelta(days=4))
    assert not any(i.new for i in saturday)


def test_a_late_item_asks_only_its_share_of_the_week_it_starts_in() -> None:
    bit = plan()
    [item] = [i for i in bit.items if i.exercise_id == "self-compassion-break"]
    done = Counter({("self-compassion-break", "2026-12-05"): 1})
    weeks = adherence(bit, item, done, bit.start, date(2026, 12, 13), date(2026, 12, 13))
    # Fri to Sun of its first week: 2 a week * 3/7 rounds to 1; then a whole week, under way
    assert [(w.monday.day, w.asked, w.done, w.whole) for w in weeks] == [
        (30, 1, 1, 1),
        (7, 0, 0, 2),
    ]


def test_an_item_offered_is_never_asked_never_due_and_counted_when_done() -> None:
    bit = plan()
    offered = bit.items[-1]
    last = date(2026, 12, 14)
    [entry] = [i for i in today_items([bit], Counter(), last) if i.item.optional]
    assert not entry.due
    done = Counter({("safety-plan", "2026-12-14"): 1})
    weeks = adherence(bit, offered, done, bit.start, last, last)
    assert [(w.asked, w.done, w.whole) for w in weeks] == [(0, 0, 0), (0, 1, 0)]  # Sun, Mon
    assert offered.how_often() == "once a week, if you like"


def test_a_practice_brought_in_after_the_plan_ends_is_refused(tmp_path) -> None:
    from selfkind.core.errors import SelfkindError

    with pytest.raises(SelfkindError) as raised:
        plan(PLAN.replace("from_day: 13", "from_day: 15"))
    assert any("'from_day' 15 is after the plan ends" in d for d in raised.value.details)


def test_the_first_fortnight_starts_today_and_brings_in_a_practice_every_two_or_three_days():
    fortnight = builtin_plan("first-fortnight", TUESDAY, known_exercise).plan
    assert (fortnight.start, fortnight.end) == (TUESDAY, TUESDAY + timedelta(days=13))
    assert fortnight.items[0].exercise_id == "checkin" and fortnight.items[0].daily
    days = [item.from_day for item in fortnight.items[1:]]
    assert days[0] == 2 and all(b - a in (1, 2, 3) for a, b in pairwise(days))
    assert all(item.why and len(item.why) <= 90 for item in fortnight.items)  # one line
    last = fortnight.items[-1]
    assert last.exercise_id == "safety-plan" and last.optional  # offered, not required
    offered = {item.exercise_id for item in fortnight.items if item.optional}
    assert offered == {"safety-plan", "learn-what-self-compassion-is"}  # a read is read once


def test_plan_add_builtin_keeps_it_like_any_plan(cli) -> None:
    added = cli("plan", "add", "--builtin", "first-fortnight")
    assert added.exit_code == 0, added.output
    shown = json.loads(cli("plan", "show", "first-fortnight", "--json").stdout)
    assert shown["start"] == date.today().isoformat()
    items = {item["exercise"]: item for item in shown["items"]}
    assert items["self-compassion-break"]["from_day"] == 4
    assert items["safety-plan"]["optional"] is True and items["checkin"]["why"]
    today = json.loads(cli("today", "--json").stdout)
    assert [(item["exercise"], item["new"]) for item in today] == [("checkin", False)]


def test_an_unknown_builtin_plan_or_both_a_file_and_builtin_are_refused(cli) -> None:
    unknown = cli("plan", "add", "--builtin", "first-fortnite")
    assert unknown.exit_code == 2 and "The built-in plans: first-fortnight." in unknown.stderr
    assert cli("plan", "add", "x.yaml", "--builtin", "first-fortnight").exit_code == 2
    assert cli("plan", "add").exit_code == 2
