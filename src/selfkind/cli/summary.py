"""`selfkind summary`: the last weeks at a glance."""

from typing import Annotated

import typer

from selfkind.cli.options import Json, Since, Until, WholeNumber


def summary_command(
    days: Annotated[
        int | None,
        typer.Option(
            "--days",
            metavar="N",
            help="The last N days (28 unless you say).",
            parser=WholeNumber("--days", 1, 3660, example=28),
        ),
    ] = None,
    since: Since = None,
    until: Until = None,
    json_: Json = False,
) -> None:
    """How your practice has looked: days practised, mood, exercises, scores and your own kind words."""
    from datetime import date, timedelta

    from selfkind import messages
    from selfkind.core.dates import window_end
    from selfkind.core.errors import UsageError
    from selfkind.core.summaries import summarize
    from selfkind.services.stored import exercises_of
    from selfkind.storage.store import EntryFilter, open_store
    from selfkind.ui import render
    from selfkind.ui.passphrase import passphrase
    from selfkind.ui.summary_view import summary_view

    if days is not None and (since or until):
        raise UsageError(messages.SUMMARY_DAYS_AND_DATES)
    last = window_end(
        date.fromisoformat(since) if since else None,
        date.fromisoformat(until) if until else None,
        date.today(),
    )
    first = date.fromisoformat(since) if since else last - timedelta(days=(days or 28) - 1)
    if first > last:
        raise UsageError(messages.SUMMARY_BAD_WINDOW)
    which = EntryFilter(since=first.isoformat(), until=last.isoformat(), complete_only=True)
    with open_store(passphrase=passphrase) as store:
        began = store.first_day()
        summary = summarize(
            store.each_entry(which),
            first,
            last,
            exercises_of(store),
            date.fromisoformat(began) if began else None,
        )
    if json_:
        from selfkind.ui import json_view

        json_view.print_json(json_view.summary(summary))
        return
    render.out().print(summary_view(summary))
