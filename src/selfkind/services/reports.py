"""What a report for a therapist holds: its window of days, the plans it covers, and the
entries, summary and adherence the writers set out."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import TYPE_CHECKING

from selfkind import messages
from selfkind.core.dates import window_end
from selfkind.core.errors import SelfkindError, UsageError
from selfkind.messages.formatting import said_day

if TYPE_CHECKING:
    from selfkind.core.plan import Plan
    from selfkind.storage.errors import Passphrase
    from selfkind.writers.report import ReportData

DEFAULT_DAYS = 28  # four whole weeks end on the last day when no window is given


def report_window(
    plan_id: str | None, since: str | None, until: str | None, today: date
) -> tuple[date, date, list[Plan]]:
    """The first and last day a report covers, and the plans active in them: a plan's own
    days when `plan_id` is given, else the four weeks to `until`; never a day after today."""
    from selfkind.services.plans import find_plan, installed

    if plan_id:
        plan = find_plan(plan_id)
        first = date.fromisoformat(since) if since else plan.start
        last = min(date.fromisoformat(until) if until else today, today, plan.end or today)
        if first > last and not since:
            raise SelfkindError(
                messages.REPORT_NOT_STARTED.format(
                    title=plan.title, start=said_day(plan.start, "long_day_month_year")
                )
            )
        plans = [plan]
    else:
        chosen = window_end(
            date.fromisoformat(since) if since else None,
            date.fromisoformat(until) if until else None,
            today,
        )
        last = min(chosen, today)
        first = date.fromisoformat(since) if since else last - timedelta(days=DEFAULT_DAYS - 1)
        plans = [p for p in installed() if p.start <= last and (p.end is None or p.end >= first)]
    if first > last:
        raise UsageError(messages.SUMMARY_BAD_WINDOW)
    return first, last, plans


@contextmanager
def report_data(
    first: date, last: date, plans: list[Plan], passphrase: Passphrase
) -> Iterator[ReportData]:
    """The finished entries of the window, their summary and each plan item's adherence; the
    store stays open while the report is written (each entry's exercise is read as needed)."""
    from selfkind.core.schedule import adherence, counts_by_day
    from selfkind.core.summaries import summarize
    from selfkind.services.stored import exercises_of
    from selfkind.storage.store import EntryFilter, open_store
    from selfkind.writers.report import ReportData

    which = EntryFilter(since=first.isoformat(), until=last.isoformat(), complete_only=True)
    with open_store(passphrase=passphrase) as store:
        entries = list(store.each_entry(which, oldest_first=True))
        exercise_for = exercises_of(store)
        counts = counts_by_day(entries)
        today = date.today()
        yield ReportData(
            since=first,
            until=last,
            summary=summarize(entries, first, last, exercise_for),
            entries=entries,
            exercise_for=exercise_for,
            plans=[
                (
                    plan,
                    {
                        i.exercise_id: adherence(plan, i, counts, first, last, today)
                        for i in plan.items
                    },
                )
                for plan in plans
            ],
        )


# + a plan's id: the last day its latest report covered, and when it was made if that day
# was still under way then ("2026-12-01 2026-12-01T18:30:00.000Z")
LAST_REPORT = "report-last-day:"


def since_last_report(plan_id: str, today: date) -> date | None:
    """The first day the plan's next report covers (None: there was no report): the day
    after the last one covered; or, if that day was still under way when the report was
    made and practice was finished on it since, that day itself, so the evening's practice
    is not left out. Nothing new since is said as such."""
    from selfkind.storage.store import EntryFilter, open_store

    with open_store() as store:  # a setting and finish times, kept in the clear
        said = store.setting(LAST_REPORT + plan_id)
        if not said:
            return None
        day, *made = said.split()
        which = EntryFilter(since=day, until=day, complete_only=True)
        later = made and any(
            (e.completed_at or "") > made[0] for e in store.each_entry(which, words=False)
        )
    last = date.fromisoformat(day)
    after = last if later else last + timedelta(days=1)
    if after > today:
        raise SelfkindError(
            messages.REPORT_NOTHING_SINCE_LAST.format(day=said_day(last, "long_day_month"))
        )
    return after


def remember_report(plan_id: str, last: date, today: date) -> None:
    """Keep the last day a plan's report covered (and, if that day is under way, when the
    report was made), for the next `--since-last`."""
    from datetime import datetime, timezone

    from selfkind.core.entry import utc_timestamp
    from selfkind.storage.store import open_store

    said = last.isoformat()
    if last >= today:
        said += " " + utc_timestamp(datetime.now(timezone.utc))
    with open_store() as store:
        store.set_setting(LAST_REPORT + plan_id, said)


def locked_report(data: ReportData, recipient: str) -> bytes:
    """The report's data and page as a `.selfkind-report`: JSON locked with age for the
    therapist's key, so only their identity opens it."""
    import hashlib
    import json

    from selfkind.formats.age_file import lock
    from selfkind.formats.report_file import to_json
    from selfkind.storage.paths import PLAN_FILE, plan_folder
    from selfkind.writers.shared_report import shared_report

    hashes = {
        plan.id: hashlib.sha256((plan_folder(plan.id) / PLAN_FILE).read_bytes()).hexdigest()
        for plan, _ in data.plans
    }
    document = to_json(shared_report(data, hashes))
    return lock(json.dumps(document, ensure_ascii=False).encode(), recipient)
