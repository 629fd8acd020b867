"""Adherence a clinician and a client can both trust: one four-week plan (daily check-ins,
a practice three times a week, a weekly measure) with gaps and a measure done a day late,
read on a Tuesday and on a Sunday of its last week, with the clock fixed. `plan show`,
`today`, the home screen and both reports must say the same numbers: every entry counted,
a late weekly measure counted for its week, and the week under way never missed."""

from __future__ import annotations

import datetime as clock
import html
import importlib
import json
import pkgutil
import sys
from datetime import date, timedelta

import pytest

import selfkind
from helpers import make_entry, save, y
from selfkind import messages

START = date(2026, 11, 2)  # a Monday
TUESDAY, SUNDAY = date(2026, 11, 24), date(2026, 11, 29)  # of the plan's fourth week
PLAN = y(
    """
    selfkind-plan: 1
    id: four-weeks
    title: Four weeks
    note: Gently, a little each day.
    start: 2026-11-02
    end: 2026-11-29
    items:
      - exercise: checkin
        daily: true
      - exercise: kindness-reframe
        times_per_week: 3
      - exercise: grounding
        times_per_week: 1
    """
)
CHECKIN_GAPS = {5, 6, 12, 20, 21, 22, 24}  # days of November without a check-in
KINDNESS = [3, 5, 7, 8, 10, 23, 26]  # four in week one, one in week two, none in week three
GROUNDING = [4, 11, 23, 27]  # week three's on the Monday after it (the 23rd)


def on(day: date) -> type[date]:
    """A date class whose today() is `day`."""

    class Fixed(date):
        @classmethod
        def today(cls) -> date:
            return day

    return Fixed


@pytest.fixture
def at(monkeypatch):
    """Fix selfkind's clock on a day: `date.today()` everywhere it is asked."""

    # Every module loaded first, so that each is patched here and put back after: one
    # loaded while the clock is fixed would keep the fixed day for the tests that follow.
    for found in pkgutil.walk_packages(selfkind.__path__, "selfkind."):
        if not found.name.endswith("__main__"):  # that one would run the command
            importlib.import_module(found.name)

    def fix(day: date) -> None:
        fixed = on(day)
        monkeypatch.setattr(clock, "date", fixed)  # for `from datetime import date` inside
        for name, module in list(sys.modules.items()):
            if name.startswith("selfkind") and getattr(module, "date", None) is date:
                monkeypatch.setattr(module, "date", fixed)

    return fix


@pytest.fixture
def four_weeks(cli, tmp_path) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    assert cli("plan", "add", str(tmp_path / "plan.yaml")).exit_code == 0
    november = [date(2026, 11, n) for n in range(1, 31)]
    entries = [
        make_entry(f"c{day.day:031d}", day, "checkin", answers={"mood": 5})
        for day in november
        if START <= day <= SUNDAY and day.day not in CHECKIN_GAPS
    ]
    entries += [make_entry(f"k{n:031d}", date(2026, 11, n), "kindness-reframe") for n in KINDNESS]
    entries += [make_entry(f"g{n:031d}", date(2026, 11, n), "grounding") for n in GROUNDING]
    save(*entries)


# (day, item): done and asked in all, then the week under way: done so far, and what it asks
EXPECTED = {
    (TUESDAY, "checkin"): ((16, 22), (1, 7)),  # 15 of 21 days, then Monday's (today: not yet)
    (TUESDAY, "kindness-reframe"): ((6, 10), (1, 3)),  # 4+1+0 of 9; Monday's, so far
    (TUESDAY, "grounding"): ((3, 3), (0, 1)),  # the late one counts for week three
    (SUNDAY, "checkin"): ((21, 27), (6, 7)),
    (SUNDAY, "kindness-reframe"): ((7, 11), (2, 3)),
    (SUNDAY, "grounding"): ((4, 4), (1, 1)),
}
DUE = {  # what home and `today` still ask for
    TUESDAY: {"checkin", "kindness-reframe", "grounding"},
    SUNDAY: {"kindness-reframe"},
}
TITLES = {"checkin": "Daily check-in", "kindness-reframe": "Kindness reframe"}
TITLES["grounding"] = "Grounding with breath and feet"


def said(day: date, exercise: str) -> tuple[str, str]:
    (done, asked), (so_far, whole) = EXPECTED[(day, exercise)]
    monday = day - timedelta(days=day.weekday())
    total = messages.ADHERENCE_TOTAL.format(done=done, asked=asked)
    week = messages.ADHERENCE_WEEK_SO_FAR.format(monday=f"{monday:%d %b}", done=so_far, asked=whole)
    return total, week


@pytest.mark.parametrize("day", [TUESDAY, SUNDAY])
def test_plan_show_today_home_and_reports_say_the_same(cli, four_weeks, at, tmp_path, day) -> None:
    at(day)
    shown = json.loads(cli("plan", "show", "four-weeks", "--json").stdout)
    for item in shown["items"]:
        (done, asked), (so_far, whole) = EXPECTED[(day, item["exercise"])]
        assert (item["done"], item["asked"]) == (done, asked), item["exercise"]
        under_way = item["weeks"][-1]
        assert under_way["so_far"] and (under_way["done"], under_way["whole"]) == (so_far, whole)
        assert all(
            not week["so_far"] and week["asked"] == week["whole"] for week in item["weeks"][:-1]
        )

    screen = " ".join(cli("plan", "show", "four-weeks").stdout.replace("│", " ").split())
    page = (
        html.unescape((tmp_path / "r.html").read_text()) if _report(cli, tmp_path, "html") else ""
    )
    markdown = (tmp_path / "r.md").read_text() if _report(cli, tmp_path, "md") else ""
    for exercise in TITLES:
        total, week = said(day, exercise)
        assert total in screen and week in screen, (exercise, screen)
        assert total in page and week in page, exercise
        assert total in markdown and week in markdown, exercise
    for text in (screen, page, " ".join(markdown.split())):
        assert messages.ADHERENCE_RULE in text

    today = json.loads(cli("today", "--json").stdout)
    assert {row["exercise"] for row in today if row["due"]} == DUE[day]
    weekly = next(row for row in today if row["exercise"] == "kindness-reframe")
    assert weekly["done_this_week"] == EXPECTED[(day, "kindness-reframe")][1][0]
    measure = next(row for row in today if row["exercise"] == "grounding")
    assert measure["done_this_week"] == EXPECTED[(day, "grounding")][1][0]  # not the late one

    home = " ".join(cli().stdout.replace("│", " ").split())
    planned = [TITLES[e] for e in TITLES if e in DUE[day]]  # in the plan's order
    assert messages.HOME_PLAN_DUE.format(titles=" · ".join(planned)) in home, home


def _report(cli, tmp_path, form: str) -> bool:
    out = tmp_path / f"r.{form}"
    result = cli("report", "--plan", "four-weeks", "--format", form, "--out", str(out))
    assert result.exit_code == 0, result.output
    return True
