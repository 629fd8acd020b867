"""`selfkind plan new ID --guided`: a plan built from questions at the terminal (exercises
picked from the list, schedules in words). Returns plain data (formats/built.py writes it)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from selfkind import messages
from selfkind.core.dates import UnknownDate, parse_day
from selfkind.core.plan import WEEKDAYS
from selfkind.ui.builder import ask_number
from selfkind.ui.console import literal, screen
from selfkind.ui.prompts import ask_text, choose, choose_many

Data = dict[str, Any]
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def guided_plan(plan_id: str, exercises: list[tuple[str, str]]) -> Data:
    """The plan's data; `exercises` are (title, id) pairs to pick from."""
    data: Data = {"selfkind-plan": 1, "id": plan_id}
    data["title"] = ask_text(
        messages.PLAN_BUILD_TITLE, default=plan_id.replace("-", " ").capitalize()
    )
    sender = ask_text(messages.PLAN_BUILD_FROM, valid=lambda text: True)
    note = ask_text(messages.PLAN_BUILD_NOTE, valid=lambda text: True)
    data.update({"from": sender} if sender else {})
    data.update({"note": note} if note else {})
    start = _day(messages.PLAN_BUILD_START)
    data["start"] = start
    weeks = ask_text(
        messages.PLAN_BUILD_WEEKS,
        valid=lambda text: (
            not text.strip()
            or (text.strip().isdigit() and 0 < int(text) <= 104)
            or messages.BUILD_NUMBER.format(low=1, high=104)
        ),
    )
    if weeks:
        data["end"] = start + timedelta(weeks=int(weeks), days=-1)
    data["items"] = _items(exercises)
    return data


def _items(exercises: list[tuple[str, str]]) -> list[Data]:
    items: list[Data] = []
    options = [*exercises, (messages.PLAN_BUILD_DONE, "")]
    while True:
        picked = {item["exercise"] for item in items}  # each exercise once in a plan
        left = [option for option in options if option[1] not in picked]
        chosen = choose(messages.PLAN_BUILD_NEXT if items else messages.PLAN_BUILD_EXERCISE, left)
        if not chosen:
            if items:
                return items
            screen().print(literal(messages.PLAN_BUILD_NEEDS_AN_ITEM))
            continue
        items.append({"exercise": chosen, **_schedule()})


def _schedule() -> Data:
    how = choose(
        messages.PLAN_BUILD_HOW_OFTEN,
        [
            (messages.PLAN_BUILD_DAILY, "daily"),
            (messages.PLAN_BUILD_DAYS, "days"),
            (messages.PLAN_BUILD_TIMES, "times"),
        ],
    )
    if how == "daily":
        return {"daily": True}
    if how == "days":
        days: list[str] = []
        while not days:
            days = choose_many(
                messages.PLAN_BUILD_WHICH_DAYS, list(zip(DAY_NAMES, WEEKDAYS, strict=True))
            )
        return {"days": days}
    return {"times_per_week": ask_number(messages.PLAN_BUILD_TIMES_A_WEEK, 1, 7, 3)}


def _day(message: str) -> date:
    def valid(text: str) -> bool | str:
        try:
            parse_day(text)
        except UnknownDate:
            return messages.PLAN_BUILD_DATE
        return True

    return parse_day(ask_text(message, default="today", valid=valid))
