"""`selfkind report`: a page to share with a therapist, holding only the words you choose."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from selfkind.cli.options import Since, Until

if TYPE_CHECKING:
    from selfkind.writers.report import ReportData


PlanOption = Annotated[
    str | None, typer.Option("--plan", metavar="ID", help="The window and items of this plan.")
]
Format = Annotated[
    str,
    typer.Option(
        "--format",
        metavar="FORMAT",
        help="html (a page, the default), md, or pdf (printed by a local Chromium or Chrome).",
    ),
]
Out = Annotated[
    Path | None,
    typer.Option("--out", metavar="FILE", help="Write to a file (readable only by you)."),
]
Name = Annotated[
    str | None, typer.Option("--name", metavar="NAME", help="Your name (or initials) at the top.")
]
SinceLast = Annotated[
    bool, typer.Option("--since-last", help="From the day after the plan's last report.")
]
IncludeText = Annotated[bool, typer.Option("--include-text", help="The same as --include words.")]
Include = Annotated[
    str | None,
    typer.Option(
        "--include",
        metavar="LEVEL",
        help="For every entry: scores (the default), answers (ratings and choices too) or "
        "words (what you wrote too). At a terminal you choose entry by entry.",
    ),
]
LEVELS = ("scores", "answers", "words")


def report_command(
    plan_id: PlanOption = None,
    since: Since = None,
    until: Until = None,
    format_: Format = "html",
    out: Out = None,
    name: Name = None,
    since_last: SinceLast = False,
    include: Include = None,
    include_text: IncludeText = False,
) -> None:
    """A report for your therapist: practice, plan adherence, scores as charts, and only the entries you choose to share."""
    from datetime import date

    from selfkind import messages
    from selfkind.core.errors import UsageError
    from selfkind.services.reports import remember_report, report_data, report_window
    from selfkind.ui import render, terminal
    from selfkind.ui.console import message
    from selfkind.ui.passphrase import passphrase
    from selfkind.writers.export import private_output
    from selfkind.writers.report import write_html, write_markdown

    check_options(format_, out, name)
    if include is not None and include not in LEVELS:
        raise UsageError(messages.REPORT_INCLUDE.format(level=include))
    level = "words" if include_text else include
    if since_last:
        since = from_last_report(plan_id, since)
    first, last, plans = report_window(plan_id, since, until, date.today())
    with report_data(first, last, plans, passphrase) as data:
        data.name = name
        data.asked = level is not None or (bool(data.entries) and terminal.is_interactive())
        every = {entry.id for entry in data.entries}
        if level is not None:
            data.rated = every if level in ("answers", "words") else set()
            data.included = every if level == "words" else set()
        elif data.asked:
            data.rated, data.included = chosen_entries(data)
        if format_ == "pdf":
            assert out is not None
            write_pdf(data, out)
        else:
            with private_output(out) as stream:
                (write_html if format_ == "html" else write_markdown)(data, stream)
    if plan_id is not None:
        remember_report(plan_id, last)
    if out is not None:
        shared, count = len(data.included), len(data.entries)
        written = messages.REPORT_WRITTEN.format(path=out, shared=shared, count=count)
        render.err().print(message(written))


NAME_LENGTH = 80


def check_options(format_: str, out: Path | None, name: str | None) -> None:
    """A format selfkind writes, a file for a PDF, and a name on one short line."""
    from selfkind import messages
    from selfkind.core.errors import UsageError

    if format_ not in ("html", "md", "pdf"):
        raise UsageError(messages.REPORT_FORMAT.format(format=format_))
    if format_ == "pdf" and out is None:
        raise UsageError(messages.REPORT_PDF_NEEDS_OUT)
    if name is not None and (not name.strip() or len(name) > NAME_LENGTH or "\n" in name):
        raise UsageError(messages.REPORT_NAME.format(limit=NAME_LENGTH))


def from_last_report(plan_id: str | None, since: str | None) -> str | None:
    """--since-last: the day after the plan's last report (the plan's start if none)."""
    from datetime import date

    from selfkind import messages
    from selfkind.core.errors import UsageError
    from selfkind.services.reports import since_last_report

    if plan_id is None or since is not None:
        raise UsageError(messages.REPORT_SINCE_LAST_HOW)
    after = since_last_report(plan_id, date.today())
    return after.isoformat() if after else None


def write_pdf(data: ReportData, out: Path) -> None:
    """The page, printed to a PDF readable only by you."""
    import io

    from selfkind.storage.paths import write_private
    from selfkind.writers.export import SafeText
    from selfkind.writers.pdf import print_pdf
    from selfkind.writers.report import write_html

    page = io.StringIO()
    write_html(data, SafeText(page))
    write_private(out.expanduser(), print_pdf(page.getvalue()))


def chosen_entries(data: ReportData) -> tuple[set[str], set[str]]:
    """The ids of the entries whose ratings and choices, and whose words, the person chooses
    to share, asked at the terminal (words shared bring their ratings with them)."""
    from selfkind import messages
    from selfkind.ui import render
    from selfkind.ui.prompts import choose_many

    exercise_for = data.exercise_for
    options = [
        (
            f"{render.short_time(e)}  {e.exercise_title}  {render.entry_summary(e, exercise_for(e))}",
            e.id,
        )
        for e in data.entries
    ]
    rated = set(choose_many(messages.REPORT_CHOOSE_RATINGS, options))
    words = set(choose_many(messages.REPORT_CHOOSE, options))
    return rated | words, words
