"""Plans: every validation mistake at its PATH:LINE:COL, installing whole or not at all, the
plan commands, today's list, adherence week by week, and the authoring commands
(`exercise new`, `exercise add`, `exercise schema`)."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from helpers import LETTER, PLAN_ID, make_entry, plan_text, save, write, write_plan, y
from selfkind import messages
from selfkind.core.entry import DRAFT, Entry
from selfkind.core.plan import Plan, PlanItem
from selfkind.core.schedule import adherence, counts_by_day, today_items

LOCATED = re.compile(r"^  (.+):(\d+):(\d+): (.*)$")


def mistakes(stderr: str) -> list[tuple[str, int, int, str]]:
    """The `  PATH:LINE:COL: message` detail lines of an error."""
    found = []
    for line in stderr.splitlines():
        match = LOCATED.match(line)
        if match:
            found.append((match[1], int(match[2]), int(match[3]), match[4]))
    return found


def nothing_installed(home: Path) -> bool:
    plans = home / "plans"
    return not plans.exists() or not any(plans.iterdir())


@pytest.fixture
def tz() -> Iterator:
    """Switch the process's local time zone (POSIX TZ strings: 'X-14' is UTC+14)."""
    before = os.environ.get("TZ")

    def switch(zone: str) -> None:
        os.environ["TZ"] = zone
        time.tzset()

    yield switch
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


# --------------------------------------------------------------------------- validation


HEAD = """\
selfkind-plan: 1
id: softening
title: Softening the critic
start: 2026-11-30
items:
"""

# (name, plan text, expected (line, column, part of the message)); items start on line 6.
MISTAKES = [
    (
        "wrong version",
        HEAD.replace("selfkind-plan: 1", "selfkind-plan: 2")
        + "  - exercise: checkin\n    daily: true\n",
        (1, 16, "'selfkind-plan' should be 1, not '2'"),
    ),
    (
        "unknown key",
        HEAD.replace("title:", "titel:") + "  - exercise: checkin\n    daily: true\n",
        (3, 1, "'titel' is not a field of a plan; did you mean 'title'?"),
    ),
    (
        "bad id",
        HEAD.replace("id: softening", "id: Softening_Plan")
        + "  - exercise: checkin\n    daily: true\n",
        (2, 5, "'id' has 'Softening_Plan'; use lower-case letters"),
    ),
    (
        "missing start",
        HEAD.replace("start: 2026-11-30\n", "") + "  - exercise: checkin\n    daily: true\n",
        (1, 1, "a plan needs 'start'"),
    ),
    (
        "end before start",
        HEAD.replace("items:", "end: 2026-11-01\nitems:")
        + "  - exercise: checkin\n    daily: true\n",
        (5, 6, "'end' (2026-11-01) is before 'start' (2026-11-30)"),
    ),
    (
        "date in words",
        HEAD.replace("2026-11-30", "next monday") + "  - exercise: checkin\n    daily: true\n",
        (4, 8, "'start' should be a date like 2026-12-01, not 'next monday'"),
    ),
    (
        "impossible date",
        HEAD.replace("2026-11-30", "2026-02-30") + "  - exercise: checkin\n    daily: true\n",
        (4, 8, "'start' should be a date like 2026-12-01"),
    ),
    (
        "no schedule",
        HEAD + "  - exercise: checkin\n",
        (6, 5, "a plan item has no schedule; give exactly one of daily: true"),
    ),
    (
        "two schedules",
        HEAD + "  - exercise: checkin\n    daily: true\n    times_per_week: 3\n",
        (6, 5, "a plan item has 2 schedules (daily, times_per_week)"),
    ),
    (
        "daily false",
        HEAD + "  - exercise: checkin\n    daily: false\n",
        (7, 12, "'daily' can only be true"),
    ),
    (
        "not a weekday",
        HEAD + "  - exercise: checkin\n    days: [mon, funday]\n",
        (7, 17, "'days' should be one of mon, tue, wed, thu, fri, sat, sun, not 'funday'"),
    ),
    (
        "a weekday twice",
        HEAD + "  - exercise: checkin\n    days: [mon, thu, mon]\n",
        (7, 22, "'mon' appears twice in 'days'"),
    ),
    (
        "times_per_week 0",
        HEAD + "  - exercise: checkin\n    times_per_week: 0\n",
        (7, 21, "'times_per_week' should be a whole number from 1 to 7, not '0'"),
    ),
    (
        "times_per_week 8",
        HEAD + "  - exercise: checkin\n    times_per_week: 8\n",
        (7, 21, "'times_per_week' should be a whole number from 1 to 7, not '8'"),
    ),
    (
        "unknown exercise",
        HEAD + "  - exercise: kindnes-reframe\n    daily: true\n",
        (6, 15, "there is no exercise 'kindnes-reframe'; `selfkind exercise list` shows them"),
    ),
    (
        "missing file",
        HEAD + "  - exercise: ./letter.yaml\n    daily: true\n",
        (6, 15, "there is no file './letter.yaml' next to the plan"),
    ),
    (
        "file up a folder",
        HEAD + "  - exercise: ../outside.yaml\n    daily: true\n",
        (6, 15, "'../outside.yaml' must be a file next to the plan (no '..' or absolute paths)"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [case[1:] for case in MISTAKES], ids=[case[0] for case in MISTAKES]
)
def test_each_plan_mistake_is_reported_at_its_place(cli, home, tmp_path, text, expected) -> None:
    folder = tmp_path / "from-therapist"
    folder.mkdir()
    (tmp_path / "outside.yaml").write_text(y(LETTER), encoding="utf-8")  # exists, still refused
    path = folder / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    result = cli("plan", "add", str(path))
    assert result.exit_code == 1, result.output
    line, column, words = expected
    found = mistakes(result.stderr)
    assert any(
        (at, row, col) == (str(path), line, column) and words in said
        for at, row, col, said in found
    ), found
    assert "so nothing was installed" in result.stderr
    assert nothing_installed(home)
    assert "Traceback" not in result.output


@pytest.mark.parametrize("times", [0, 8])
def test_a_bad_weekly_count_is_one_mistake_not_two(cli, tmp_path, times) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + f"  - exercise: checkin\n    times_per_week: {times}\n")
    result = cli("plan", "add", str(path))
    assert [(line, column) for _, line, column, _ in mistakes(result.stderr)] == [(7, 21)]


def test_a_quoted_date_is_a_date(cli, tmp_path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(
        HEAD.replace("2026-11-30", '"2026-11-30"') + "  - exercise: checkin\n    daily: true\n"
    )
    result = cli("plan", "add", str(path))
    assert result.exit_code == 0, result.stderr
    [plan] = json.loads(cli("plan", "list", "--json").stdout)
    assert plan["start"] == "2026-11-30"


def test_a_named_file_may_not_take_a_built_in_id(cli, home, tmp_path) -> None:
    write(tmp_path / "letter.yaml", LETTER.replace("id: my-letter", "id: grounding"))
    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + "  - exercise: ./letter.yaml\n    daily: true\n")
    result = cli("plan", "add", str(path))
    assert result.exit_code == 1
    [(where, line, column, said)] = mistakes(result.stderr)
    assert (where, line, column) == (str(path), 6, 15)
    assert "'grounding'" in said and "built-in" in said
    assert nothing_installed(home)


def test_an_absolute_path_is_refused(cli, home, tmp_path) -> None:
    elsewhere = write(tmp_path / "elsewhere" / "letter.yaml", LETTER)
    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + f"  - exercise: {elsewhere}\n    daily: true\n")
    result = cli("plan", "add", str(path))
    assert result.exit_code == 1
    assert mistakes(result.stderr) == [
        (
            str(path),
            6,
            15,
            f"'{elsewhere}' must be a file next to the plan (no '..' or absolute paths)",
        )
    ]
    assert nothing_installed(home)


def test_a_named_file_with_mistakes_is_reported_at_its_own_lines(cli, home, tmp_path) -> None:
    folder = tmp_path / "from-therapist"
    letter = write(folder / "letter.yaml", LETTER.replace("multiline: true", "multiline: maybe"))
    path = folder / "plan.yaml"
    path.write_text(HEAD + "  - exercise: ./letter.yaml\n    days: [mon, thu]\n")
    result = cli("plan", "add", str(path))
    assert result.exit_code == 1
    assert mistakes(result.stderr) == [
        (str(path), 6, 15, "'./letter.yaml' has mistakes (listed below)"),
        (str(letter), 8, 16, "'multiline' should be true or false, not 'maybe'"),
    ]
    assert f"{path} has 1 mistake, so nothing was installed" in result.stderr  # not the pointer
    assert nothing_installed(home)


def test_every_mistake_is_reported_in_one_pass(cli, home, tmp_path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(
        y(
            """
            selfkind-plan: 1
            id: softening
            title: Softening the critic
            form: Dr. Rivera
            start: 2026-12-10
            end: 2026-12-01
            items:
              - exercise: checkin
                days: [mon, someday]
              - exercise: no-such-exercise
                daily: true
              - exercise: ./nowhere.yaml
                times_per_week: 2
              - exercise: grounding
            """
        )
    )
    result = cli("plan", "add", str(path))
    assert result.exit_code == 1
    assert [(line, column) for _, line, column, _ in mistakes(result.stderr)] == [
        (4, 1),  # 'form': did you mean 'from'?
        (6, 6),  # end before start
        (9, 17),  # someday
        (10, 15),  # no such exercise
        (12, 15),  # no such file
        (14, 5),  # no schedule
    ]
    assert "did you mean 'from'?" in result.stderr
    assert f"{path} has 6 mistakes" in result.stderr
    assert nothing_installed(home)


def test_a_broken_update_keeps_the_installed_plan(cli, tmp_path) -> None:
    path = write_plan(tmp_path / "plan", date.today() - timedelta(days=3))
    assert cli("plan", "add", str(path)).exit_code == 0
    path.write_text(plan_text(date.today(), title="New title").replace("daily: true", "daily: no"))
    assert cli("plan", "add", str(path)).exit_code == 1
    listed = json.loads(cli("plan", "list", "--json").stdout)
    assert [plan["title"] for plan in listed] == ["Softening the critic"]


# --------------------------------------------------------------------------- plan commands


def test_plan_add_copies_the_plan_and_its_files(cli, home, tmp_path) -> None:
    folder = tmp_path / "from-therapist"
    path = write_plan(folder, date.today() - timedelta(days=7))
    result = cli("plan", "add", str(path))
    assert result.exit_code == 0, result.output
    assert "Added the plan 'Softening the critic' (softening)" in result.stderr
    installed = home / "plans" / PLAN_ID
    assert sorted(p.name for p in installed.iterdir()) == ["letter.yaml", "plan.yaml"]
    assert (installed / "letter.yaml").read_text() == (folder / "letter.yaml").read_text()

    shutil.rmtree(folder)  # the originals go; the plan keeps working
    shown = cli("plan", "show", PLAN_ID)
    assert shown.exit_code == 0, shown.output
    assert "A letter to yourself" in shown.stdout
    today = json.loads(cli("today", "--json").stdout)
    assert [item["exercise"] for item in today] == ["kindness-reframe", "my-letter", "checkin"]
    ran = cli("run", "my-letter", "--set", "letter=Dear me", "--set", "warmth=7", "--json")
    assert ran.exit_code == 0, ran.output
    assert json.loads(ran.stdout)["exercise"]["title"] == "A letter to yourself"


def test_installed_plan_files_are_private(cli, home, tmp_path) -> None:
    path = write_plan(tmp_path / "plan", date.today())
    old = os.umask(0o022)
    try:
        assert cli("plan", "add", str(path)).exit_code == 0
    finally:
        os.umask(old)
    installed = home / "plans" / PLAN_ID
    for folder in (home, home / "plans", installed):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for name in ("plan.yaml", "letter.yaml"):
        assert stat.S_IMODE((installed / name).stat().st_mode) == 0o600, name


def test_adding_a_plan_again_updates_it(cli, home, tmp_path) -> None:
    path = write_plan(tmp_path / "plan", date.today())
    assert cli("plan", "add", str(path)).exit_code == 0
    path.write_text(plan_text(date.today(), title="Softening, week two"))
    result = cli("plan", "add", str(path))
    assert result.exit_code == 0
    assert "Updated the plan 'Softening, week two' (softening); your entries are kept" in (
        result.stderr
    )
    listed = json.loads(cli("plan", "list", "--json").stdout)
    assert [(plan["id"], plan["title"]) for plan in listed] == [(PLAN_ID, "Softening, week two")]
    assert sorted(p.name for p in (home / "plans").iterdir()) == [PLAN_ID]  # nothing left over


def test_plan_list(cli, tmp_path) -> None:
    empty = cli("plan", "list")
    assert empty.exit_code == 0
    assert messages.NO_PLANS.replace("`", "") in empty.stderr
    assert json.loads(cli("plan", "list", "--json").stdout) == []

    start = date.today() - timedelta(days=3)
    end = date.today() + timedelta(days=20)
    path = write_plan(tmp_path / "plan", start, end=end)
    assert cli("plan", "add", str(path)).exit_code == 0
    table = cli("plan", "list").stdout
    assert "softening" in table
    assert "Softening the critic" in table
    assert "Dr. Rivera" in table
    assert f"active until {end:%d %b}" in table
    assert json.loads(cli("plan", "list", "--json").stdout) == [
        {
            "id": PLAN_ID,
            "title": "Softening the critic",
            "from": "Dr. Rivera",
            "start": start.isoformat(),
            "end": end.isoformat(),
            "report_to": None,
            "items": [
                {
                    "exercise": "kindness-reframe",
                    "title": "Kindness reframe",
                    "daily": False,
                    "days": [],
                    "times_per_week": 3,
                    "from_day": 1,
                    "why": None,
                    "optional": False,
                },
                {
                    "exercise": "my-letter",
                    "title": "A letter to yourself",
                    "daily": False,
                    "days": ["mon", "thu"],
                    "times_per_week": None,
                    "from_day": 1,
                    "why": None,
                    "optional": False,
                },
                {
                    "exercise": "checkin",
                    "title": "Daily check-in",
                    "daily": True,
                    "days": [],
                    "times_per_week": None,
                    "from_day": 1,
                    "why": None,
                    "optional": False,
                },
            ],
        }
    ]


def test_plan_show_note_items_schedule_and_progress(cli, tmp_path) -> None:
    today = date.today()
    start = today - timedelta(days=today.weekday() + 14)  # the Monday two weeks back
    assert cli("plan", "add", str(write_plan(tmp_path / "plan", start))).exit_code == 0
    save(
        make_entry("c1", start),
        make_entry("c2", start + timedelta(days=1)),
        make_entry("c3", start + timedelta(days=2), status=DRAFT),  # a draft is not practice
        make_entry("k1", start, "kindness-reframe"),
    )
    result = cli("plan", "show", PLAN_ID)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Try these after a hard moment" in out  # the note, as Markdown
    assert "**" not in out
    assert "from Dr. Rivera" in out
    # Two weeks gone by are asked; this one is under way, with nothing done yet in it.
    for title, how, done in [
        ("Kindness reframe", "3 times a week", "1 done, 6 asked"),
        ("A letter to yourself", "Mon and Thu", "0 done, 4 asked"),
        ("Daily check-in", "every day", "2 done, 14 asked"),
    ]:
        row = next(line for line in out.splitlines() if title in line)
        assert how in row and done in row, row


def test_plan_show_of_a_plan_that_has_not_started(cli, tmp_path) -> None:
    start = date.today() + timedelta(days=5)
    assert cli("plan", "add", str(write_plan(tmp_path / "plan", start))).exit_code == 0
    out = cli("plan", "show", PLAN_ID).stdout
    assert f"starts {start:%d %b}" in out
    assert "not yet" in out


@pytest.mark.parametrize("name", ["nothing-here", "../plans", ".softening.old"])
def test_plan_show_of_an_unknown_plan(cli, name) -> None:
    result = cli("plan", "show", name)
    assert result.exit_code == 1
    assert f"There is no plan called '{name}'" in result.stderr


def test_plan_remove_asks_first_and_keeps_entries(cli, home, tmp_path) -> None:
    assert cli("plan", "add", str(write_plan(tmp_path / "plan", date.today()))).exit_code == 0
    save(make_entry("c1", date.today()))

    without_yes = cli("plan", "remove", PLAN_ID)
    assert without_yes.exit_code == 2
    assert "--yes" in without_yes.stderr
    assert (home / "plans" / PLAN_ID / "plan.yaml").is_file()

    removed = cli("plan", "remove", PLAN_ID, "--yes")
    assert removed.exit_code == 0
    assert "Removed the plan 'Softening the critic'. Your entries are kept." in removed.stderr
    assert not (home / "plans" / PLAN_ID).exists()
    assert json.loads(cli("plan", "list", "--json").stdout) == []
    assert len(json.loads(cli("entries", "list", "--json").stdout)) == 1
    assert cli("plan", "remove", PLAN_ID, "--yes").exit_code == 1


def test_plan_remove_at_a_terminal_can_be_declined(cli, home, tmp_path, monkeypatch) -> None:
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from selfkind.ui import terminal

    assert cli("plan", "add", str(write_plan(tmp_path / "plan", date.today()))).exit_code == 0
    monkeypatch.setattr(terminal, "is_interactive", lambda: True)
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text("n\r")
        result = cli("plan", "remove", PLAN_ID)
    assert result.exit_code == 0, result.output
    assert "Kept the plan" in result.stderr
    assert (home / "plans" / PLAN_ID / "plan.yaml").is_file()


# --------------------------------------------------------------------------- scheduling

MON = date(2026, 11, 30)  # a Monday; the plan's first day in these tests
DAY = timedelta(days=1)


def item(exercise: str = "checkin", **schedule) -> PlanItem:
    return PlanItem(
        exercise_id=exercise, exercise_title=exercise.title(), source=exercise, **schedule
    )


def plan(*items: PlanItem, start: date = MON, end: date | None = None) -> Plan:
    return Plan(id="p", title="P", start=start, end=end, items=items)


def state(plans: list[Plan], entries: list[Entry], day: date) -> list[tuple]:
    counts = counts_by_day(entries)
    return [
        (t.item.exercise_id, t.asked_today, t.done_today, t.done_this_week, t.due)
        for t in today_items(plans, counts, day)
    ]


def test_a_daily_item_is_due_until_done_that_day() -> None:
    daily = plan(item(daily=True))
    assert state([daily], [], MON) == [("checkin", True, 0, 0, True)]
    done = [make_entry("c1", MON), make_entry("c2", MON)]
    assert state([daily], done, MON) == [("checkin", True, 2, 1, False)]  # one day done
    assert state([daily], done, MON + DAY) == [("checkin", True, 0, 1, True)]


def test_a_weekday_item_is_asked_only_on_its_days() -> None:
    weekdays = plan(item("grounding", days=("mon", "thu")))
    assert state([weekdays], [], MON) == [("grounding", True, 0, 0, True)]
    assert state([weekdays], [], MON + DAY) == [("grounding", False, 0, 0, False)]  # Tuesday
    thursday = MON + 3 * DAY
    assert state([weekdays], [make_entry("g1", thursday, "grounding")], thursday) == [
        ("grounding", True, 1, 1, False)
    ]
    assert state([weekdays], [], MON + 7 * DAY) == [("grounding", True, 0, 0, True)]


def test_a_weekly_count_resets_on_monday() -> None:
    weekly = plan(item("kindness-reframe", times_per_week=2))
    saturday, sunday = MON + 5 * DAY, MON + 6 * DAY
    entries = [
        make_entry("k1", saturday, "kindness-reframe"),
        make_entry("k2", sunday, "kindness-reframe"),
    ]
    assert state([weekly], entries[:1], saturday) == [("kindness-reframe", True, 1, 1, True)]
    assert state([weekly], entries, sunday) == [("kindness-reframe", True, 1, 2, False)]
    next_monday = MON + 7 * DAY
    assert state([weekly], entries, next_monday) == [("kindness-reframe", True, 0, 0, True)]
    entries += [
        make_entry("k3", next_monday, "kindness-reframe"),
        make_entry("k4", next_monday, "kindness-reframe"),
    ]
    # two on Monday meet the count for the whole week
    assert state([weekly], entries, next_monday + 2 * DAY) == [
        ("kindness-reframe", True, 0, 2, False)
    ]


def test_plans_not_started_or_ended_are_not_in_todays_list() -> None:
    today = MON + 10 * DAY
    plans = [
        plan(item("grounding", daily=True), start=today + DAY),
        plan(item("journal", daily=True), start=MON, end=today - DAY),
        plan(item("checkin", daily=True), start=MON, end=today),  # its last day still counts
        plan(item("kindness-reframe", daily=True), start=today),  # and its first
    ]
    assert [row[0] for row in state(plans, [], today)] == ["checkin", "kindness-reframe"]


def test_drafts_never_count() -> None:
    entries = [
        make_entry("c1", MON, status=DRAFT),
        make_entry("g1", MON, "grounding", status=DRAFT),
    ]
    assert counts_by_day(entries) == {}
    assert state([plan(item(daily=True))], entries, MON) == [("checkin", True, 0, 0, True)]


def test_an_entry_counts_on_its_local_date() -> None:
    # Made at 23:30 UTC on Sunday, which was already Monday where it was made (UTC+13).
    late = make_entry("late", MON - DAY, at="23:30", local_date=MON)
    sunday = MON - DAY
    both = [
        plan(item(daily=True), start=sunday),
        plan(item("grounding", times_per_week=1), start=sunday),
    ]
    assert state(both, [late], MON) == [
        ("checkin", True, 1, 1, False),
        ("grounding", True, 0, 0, True),
    ]
    assert state(both, [late], sunday) == [
        ("checkin", True, 0, 0, True),
        ("grounding", True, 0, 0, True),
    ]


def test_today_json_in_the_command(cli, tmp_path) -> None:
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    folder = tmp_path / "plans"
    weekday = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[today.weekday()]
    other = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[(today.weekday() + 1) % 7]
    write(
        folder / "now.yaml",
        f"""
        selfkind-plan: 1
        id: now
        title: Now
        start: {today - timedelta(days=20)}
        items:
          - exercise: checkin
            daily: true
          - exercise: kindness-reframe
            times_per_week: 2
          - exercise: grounding
            days: [{weekday}]
          - exercise: journal
            days: [{other}]
        """,
    )
    write(
        folder / "later.yaml",
        f"""
        selfkind-plan: 1
        id: later
        title: Later
        start: {today + timedelta(days=1)}
        items:
          - exercise: self-compassion-break
            daily: true
        """,
    )
    write(
        folder / "over.yaml",
        f"""
        selfkind-plan: 1
        id: over
        title: Over
        start: {today - timedelta(days=30)}
        end: {today - timedelta(days=1)}
        items:
          - exercise: setback-journal
            daily: true
        """,
    )
    for name in ("now", "later", "over"):
        assert cli("plan", "add", str(folder / f"{name}.yaml")).exit_code == 0
    save(
        make_entry("c1", today),
        make_entry("k1", monday, "kindness-reframe"),
        make_entry("k2", today, "kindness-reframe", status=DRAFT),
        make_entry("k3", monday - timedelta(days=1), "kindness-reframe"),  # last week's Sunday
        make_entry("s1", today, "setback-journal"),
    )
    result = cli("today", "--json")
    assert result.exit_code == 0, result.output
    got = {
        row["exercise"]: (row["plan"], row["done_today"], row["done_this_week"], row["due"])
        for row in json.loads(result.stdout)
    }
    assert got == {
        "checkin": ("now", 1, 1, False),
        "kindness-reframe": ("now", int(today == monday), 1, True),
        "grounding": ("now", 0, 0, True),
        "journal": ("now", 0, 0, False),
    }
    text = cli("today").stdout
    assert "1 of 2 this week" in text
    assert "done today" in text and "due today" in text and "not today" in text


def test_today_with_a_plan_not_yet_started(cli, tmp_path) -> None:
    start = date.today() + timedelta(days=3)
    assert cli("plan", "add", str(write_plan(tmp_path / "plan", start))).exit_code == 0
    result = cli("today")
    assert result.exit_code == 0
    assert "no plans" not in result.stdout.lower()
    assert f"Your plan 'Softening the critic' starts on {start:%A %d %B}." in result.stdout
    assert json.loads(cli("today", "--json").stdout) == []


def test_a_checkin_counts_on_the_local_date_it_was_made(cli, tmp_path, tz) -> None:
    assert cli("plan", "add", str(write_plan(tmp_path / "plan", date(2020, 1, 6)))).exit_code == 0

    def checkin_today() -> dict:
        rows = json.loads(cli("today", "--json").stdout)
        return next(row for row in rows if row["exercise"] == "checkin")

    tz("EAST-14")  # UTC+14: the first calendar day to begin
    made_on = date.today()
    assert cli("checkin", "--set", "mood=6").exit_code == 0
    assert json.loads(cli("entries", "list", "--json").stdout)[0]["local_date"] == str(made_on)
    assert checkin_today()["done_today"] == 1

    tz("WEST+12")  # UTC-12: always at least a calendar day behind UTC+14
    assert date.today() < made_on
    row = checkin_today()
    assert (row["done_today"], row["due"]) == (0, True)


def test_home_lists_what_the_plans_ask_today(cli, tmp_path) -> None:
    path = write(
        tmp_path / "plan.yaml",
        f"""
        selfkind-plan: 1
        id: home
        title: Home
        start: {date.today() - timedelta(days=2)}
        items:
          - exercise: grounding
            daily: true
          - exercise: kindness-reframe
            daily: true
        """,
    )
    assert "From your plans today" not in cli().stdout
    assert cli("plan", "add", str(path)).exit_code == 0
    result = cli()
    assert result.exit_code == 0
    assert (
        "From your plans today: Grounding with breath and feet · Kindness reframe." in result.stdout
    )
    save(make_entry("k1", date.today(), "kindness-reframe"))
    assert "From your plans today: Grounding with breath and feet." in cli().stdout
    save(make_entry("g1", date.today(), "grounding"))
    assert "From your plans today" not in cli().stdout


# --------------------------------------------------------------------------- adherence


LATER = date(2099, 1, 1)  # a "today" long after the window: every week of it is over


def weeks(
    the_plan: Plan, entries: list[Entry], since: date, until: date, today: date = LATER
) -> list[tuple]:
    counts = counts_by_day(entries)
    return [
        (w.monday, w.asked, w.done) + (("so far",) if w.so_far else ())
        for w in adherence(the_plan, the_plan.items[0], counts, since, until, today)
    ]


def on(*offsets: int, exercise: str = "kindness-reframe") -> list[Entry]:
    return [make_entry(f"{exercise}-{i}", MON + n * DAY, exercise) for i, n in enumerate(offsets)]


def test_weekly_adherence_over_whole_weeks() -> None:
    weekly = plan(item("kindness-reframe", times_per_week=3), end=MON + 27 * DAY)
    entries = on(0, 1, 2, 3, 8, 21, 23, 23) + on(15, exercise="grounding")
    entries += [make_entry("draft", MON + 16 * DAY, "kindness-reframe", status=DRAFT)]
    assert weeks(weekly, entries, MON, MON + 27 * DAY) == [
        (MON, 3, 4),  # four done, three asked: every one counts ("done, all of them")
        (MON + 7 * DAY, 3, 1),
        (MON + 14 * DAY, 3, 0),  # other exercises and drafts do not count
        (MON + 21 * DAY, 3, 3),  # two on one day both count toward a weekly number
    ]


def test_weeks_the_plan_covers_in_part_are_prorated() -> None:
    thursday, tuesday = MON + 3 * DAY, MON + 15 * DAY
    weekly = plan(item("kindness-reframe", times_per_week=3), start=thursday, end=tuesday)
    entries = on(1, 2, 3, 4, 14, 15, 16)  # Tue and Wed come before the plan; the 16th after it
    assert weeks(weekly, entries, MON, MON + 30 * DAY) == [
        (MON, 2, 2),  # Thu to Sun: 3 x 4/7, about 2
        (MON + 7 * DAY, 3, 0),
        (MON + 14 * DAY, 1, 2),  # Mon and Tue: 3 x 2/7, about 1; both done count
    ]
    sunday_start = plan(item("kindness-reframe", times_per_week=1), start=MON + 6 * DAY)
    assert weeks(sunday_start, [], MON, MON + 6 * DAY) == [(MON, 1, 0)]  # never asks for none


def test_a_week_still_under_way_is_never_missed() -> None:
    weekly = plan(item("kindness-reframe", times_per_week=3))
    wednesday = MON + 9 * DAY
    assert weeks(weekly, on(0, 7, 8), MON, wednesday, today=wednesday) == [
        (MON, 3, 1),
        (MON + 7 * DAY, 2, 2, "so far"),  # asks only what is done so far: nothing missed
    ]
    assert weeks(weekly, on(0), MON, wednesday, today=wednesday)[-1] == (
        MON + 7 * DAY,
        0,
        0,
        "so far",
    )
    # a window that ended mid-week, once the week is over, asks its part: Mon to Wed of 3 a
    # week is 1 (3 x 3/7), and the report after it asks the other 2 (from the trial: two
    # reports meeting mid-week asked the week's number twice)
    assert weeks(weekly, on(0, 7, 8), MON, wednesday) == [(MON, 3, 1), (MON + 7 * DAY, 1, 2)]
    assert weeks(weekly, on(0, 7, 8), wednesday + DAY, MON + 13 * DAY) == [(MON + 7 * DAY, 2, 0)]


@pytest.mark.parametrize("times", range(1, 8))
def test_reports_meeting_mid_week_ask_the_week_once_between_them(times: int) -> None:
    weekly = plan(item("kindness-reframe", times_per_week=times))
    week = MON + 7 * DAY
    for cut in range(7):  # the first report ends on the week's day `cut`
        first = weeks(weekly, [], MON, week + cut * DAY)[-1]
        rest = weeks(weekly, [], week + (cut + 1) * DAY, MON + 20 * DAY)
        asked_after = rest[0][1] if rest and rest[0][0] == week else 0
        assert first[1] + asked_after == times, (times, cut)


def test_a_weekly_measure_done_a_day_late_counts_for_its_week() -> None:
    weekly = plan(item("kindness-reframe", times_per_week=1), end=MON + 27 * DAY)
    entries = on(2, 9, 22, 24)  # week three's on the Tuesday after it, then week four's own
    assert weeks(weekly, entries, MON, MON + 27 * DAY) == [
        (MON, 1, 1),
        (MON + 7 * DAY, 1, 1),
        (MON + 14 * DAY, 1, 1),  # made up on the Tuesday after
        (MON + 21 * DAY, 1, 1),
    ]
    # On that Tuesday: weeks one to three done, and the fourth's own still to come.
    tuesday = MON + 22 * DAY
    assert weeks(weekly, on(2, 9, 22), MON, tuesday, today=tuesday)[-2:] == [
        (MON + 14 * DAY, 1, 1),
        (MON + 21 * DAY, 0, 0, "so far"),
    ]
    # A weekly number above one is practice, not a measure: each counts in its own week.
    twice = plan(item("kindness-reframe", times_per_week=2), end=MON + 13 * DAY)
    assert weeks(twice, on(2, 7, 9), MON, MON + 13 * DAY) == [(MON, 2, 1), (MON + 7 * DAY, 2, 2)]


def test_daily_and_weekday_adherence_count_days() -> None:
    thursday, tuesday = MON + 3 * DAY, MON + 15 * DAY
    weekdays = plan(item("grounding", days=("mon", "thu")), start=thursday, end=tuesday)
    entries = on(0, 3, 3, 7, 14, exercise="grounding")  # Mon the 30th is before the plan
    assert weeks(weekdays, entries, MON, MON + 30 * DAY) == [
        (MON, 1, 1),  # Thu (two entries that day count once)
        (MON + 7 * DAY, 2, 1),  # Mon and Thu
        (MON + 14 * DAY, 1, 1),  # Mon
    ]
    daily = plan(item(daily=True))
    assert weeks(daily, on(0, 1, 1, 8, exercise="checkin"), MON, MON + 9 * DAY) == [
        (MON, 7, 2),
        (MON + 7 * DAY, 3, 1),  # Mon to Wed, in a window that ended there
    ]
    wednesday = MON + 9 * DAY  # today, its check-in not yet done: the week asks what is done
    assert weeks(daily, on(0, 8, exercise="checkin"), MON, wednesday, today=wednesday) == [
        (MON, 7, 1),
        (MON + 7 * DAY, 1, 1, "so far"),
    ]


def test_a_window_starting_mid_week_asks_its_share() -> None:
    # A report from Wednesday on: Mon and Tue are outside it, so Wed to Sun ask 3 x 5/7, about 2.
    weekly = plan(item("kindness-reframe", times_per_week=3))
    assert weeks(weekly, on(0, 1, 2), MON + 2 * DAY, MON + 6 * DAY) == [(MON, 2, 1)]


# --------------------------------------------------------------------------- authoring


def test_exercise_new_writes_a_starter_that_validates(cli, tmp_path, monkeypatch) -> None:
    import jsonschema
    import yaml

    from selfkind.formats.exercise import json_schema
    from selfkind.formats.validate import load_exercise

    monkeypatch.chdir(tmp_path)
    result = cli("exercise", "new", "evening-kindness")
    assert result.exit_code == 0, result.output
    written = tmp_path / "evening-kindness.yaml"
    schema_file = tmp_path / "selfkind-exercise.schema.json"
    text = written.read_text()
    assert text.splitlines()[0] == "# yaml-language-server: $schema=selfkind-exercise.schema.json"
    assert json.loads(schema_file.read_text()) == json_schema()
    exercise = load_exercise(written)
    assert (exercise.id, exercise.title) == ("evening-kindness", "Evening kindness")
    jsonschema.validate(yaml.safe_load(text), json.loads(schema_file.read_text()))
    assert cli("exercise", "validate", str(written)).exit_code == 0

    written.write_text(text + "# my edits\n")
    again = cli("exercise", "new", "evening-kindness")
    assert again.exit_code == 2
    assert "already there, so nothing was written" in again.stderr
    assert written.read_text().endswith("# my edits\n")


@pytest.mark.parametrize("bad", ["Evening_Kindness", "x-", "a--b", "../up"])
def test_exercise_new_refuses_a_bad_id(cli, tmp_path, monkeypatch, bad) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("exercise", "new", bad)
    assert result.exit_code == 2
    assert "cannot be an exercise id" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_exercise_add_installs_privately_and_run_uses_it(cli, home, tmp_path) -> None:
    path = write(tmp_path / "letter.yaml", LETTER)
    result = cli("exercise", "add", str(path))
    assert result.exit_code == 0, result.output
    assert "Added 'A letter to yourself'. selfkind run my-letter runs it." in result.stderr
    installed = home / "exercises" / "my-letter.yaml"
    assert stat.S_IMODE(installed.stat().st_mode) == 0o600
    assert stat.S_IMODE(installed.parent.stat().st_mode) == 0o700
    path.unlink()
    ran = cli("run", "my-letter", "--set", "letter=Dear me", "--set", "warmth=8", "--json")
    assert ran.exit_code == 0, ran.output
    stored = json.loads(ran.stdout)
    assert (stored["exercise"]["id"], stored["scores"]) == ("my-letter", {"warmth_score": 8})


def test_exercise_add_refuses_a_built_in_id_unless_replace(cli, home, tmp_path) -> None:
    mine = write(tmp_path / "grounding.yaml", LETTER.replace("id: my-letter", "id: grounding"))
    fine = write(tmp_path / "other.yaml", LETTER.replace("id: my-letter", "id: other-letter"))
    refused = cli("exercise", "add", str(fine), str(mine))
    assert refused.exit_code == 1
    assert "Nothing was added" in refused.stderr
    assert "the id 'grounding' belongs to a built-in exercise" in refused.stderr
    assert "--replace" in refused.stderr
    assert not (home / "exercises").exists() or not any((home / "exercises").iterdir())

    replaced = cli("exercise", "add", "--replace", str(mine))
    assert replaced.exit_code == 0, replaced.output
    assert (home / "exercises" / "grounding.yaml").is_file()
    ran = cli("run", "grounding", "--set", "letter=Dear me", "--set", "warmth=5", "--json")
    assert ran.exit_code == 0, ran.output
    assert json.loads(ran.stdout)["exercise"]["title"] == "A letter to yourself"


def test_exercise_add_refuses_an_invalid_file(cli, home, tmp_path) -> None:
    path = write(tmp_path / "letter.yaml", LETTER.replace("multiline: true", "multiline: maybe"))
    result = cli("exercise", "add", str(path))
    assert result.exit_code == 1
    assert f"{path}:8:16: 'multiline' should be true or false" in result.stderr
    assert not (home / "exercises").exists()


def test_exercise_schema_out(cli, tmp_path) -> None:
    from selfkind.formats.exercise import json_schema

    out = tmp_path / "schema.json"
    result = cli("exercise", "schema", "--out", str(out))
    assert result.exit_code == 0
    assert f"Wrote the exercise schema to {out}" in result.stderr
    assert json.loads(out.read_text()) == json_schema()
    assert json.loads(cli("exercise", "schema").stdout) == json_schema()
