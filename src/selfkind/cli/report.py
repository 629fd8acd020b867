"""`selfkind report`: a page to share with a therapist, holding only the words you choose."""

from pathlib import Path
from typing import Annotated

import typer

from selfkind.cli.options import Since, Until


def report_command(
    plan_id: Annotated[
        str | None, typer.Option("--plan", metavar="ID", help="The window and items of this plan.")
    ] = None,
    since: Since = None,
    until: Until = None,
    format_: Annotated[
        str, typer.Option("--format", metavar="FORMAT", help="html (a page, the default) or md.")
    ] = "html",
    out: Annotated[
        Path | None,
        typer.Option("--out", metavar="FILE", help="Write to a file (readable only by you)."),
    ] = None,
    include_text: Annotated[
        bool,
        typer.Option(
            "--include-text", help="Include the words of every entry (otherwise you choose)."
        ),
    ] = False,
) -> None:
    """A report for your therapist: practice, plan adherence, scores as charts, and only the entries you choose to share."""
    from datetime import date, timedelta

    from selfkind import messages
    from selfkind.cli.plan import find_plan
    from selfkind.core.errors import SelfkindError, UsageError
    from selfkind.core.schedule import adherence, counts_by_day
    from selfkind.core.summaries import summarize
    from selfkind.core.text import message
    from selfkind.services.plans import installed
    from selfkind.services.stored import exercises_of
    from selfkind.storage.store import EntryFilter, open_store
    from selfkind.ui import render, terminal
    from selfkind.ui.passphrase import passphrase
    from selfkind.writers.export import private_output
    from selfkind.writers.report import ReportData, write_html, write_markdown

    if format_ not in ("html", "md"):
        raise UsageError(messages.REPORT_FORMAT.format(format=format_))
    today = date.today()
    if plan_id:
        plans = [find_plan(plan_id)]
        first = date.fromisoformat(since) if since else plans[0].start
        last = min(date.fromisoformat(until) if until else today, today, plans[0].end or today)
    else:
        last = min(date.fromisoformat(until) if until else today, today)  # no future days
        first = date.fromisoformat(since) if since else last - timedelta(days=27)
        plans = [
            plan
            for plan in installed()
            if plan.start <= last and (plan.end is None or plan.end >= first)
        ]
    if plan_id and first > last and not since:
        raise SelfkindError(
            messages.REPORT_NOT_STARTED.format(
                title=plans[0].title, start=f"{plans[0].start:%d %B %Y}"
            )
        )
    if first > last:
        raise UsageError(messages.SUMMARY_BAD_WINDOW)
    which = EntryFilter(since=first.isoformat(), until=last.isoformat(), complete_only=True)
    with open_store(passphrase=passphrase) as store:
        entries = list(store.iter(which, oldest_first=True))
        exercise_for = exercises_of(store)

        counts = counts_by_day(entries)
        data = ReportData(
            since=first,
            until=last,
            summary=summarize(entries, first, last, exercise_for),
            entries=entries,
            exercise_for=exercise_for,
            plans=[
                (
                    plan,
                    {
                        item.exercise_id: adherence(plan, item, counts, first, last)
                        for item in plan.items
                    },
                )
                for plan in plans
            ],
        )
        data.asked = include_text or (bool(entries) and terminal.is_interactive())
        if include_text:
            data.included = {entry.id for entry in entries}
        elif data.asked:
            from selfkind.ui.prompts import choose_many

            options = [
                (
                    f"{render.short_time(e)}  {e.exercise_title}  {render.entry_summary(e, exercise_for(e))}",
                    e.id,
                )
                for e in entries
            ]
            data.included = set(choose_many(messages.REPORT_CHOOSE, options))
        with private_output(out) as stream:
            (write_html if format_ == "html" else write_markdown)(data, stream)
    if out is not None:
        render.err().print(
            message(
                messages.REPORT_WRITTEN.format(
                    path=out, shared=len(data.included), count=len(entries)
                )
            )
        )
