"""`selfkind report`: a page to share with a therapist, holding only the words you choose."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from selfkind.cli.options import Since, Until
from selfkind.messages.formatting import said_day

if TYPE_CHECKING:
    from datetime import date

    from selfkind.core.plan import Plan
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
For = Annotated[
    str | None,
    typer.Option(
        "--for",
        metavar="KEY",
        help="Your therapist's key (age1…): writes a .selfkind-report only they can open. "
        "A plan with report_to offers its key at the terminal.",
    ),
]
LEVELS = ("scores", "answers", "words")
SUFFIX = ".selfkind-report"  # a report locked for a therapist's key


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
    for_: For = None,
) -> None:
    """A report for your therapist: practice, plan adherence, scores as charts, and only the entries you choose to share."""
    from datetime import date

    from selfkind import messages
    from selfkind.core.errors import UsageError
    from selfkind.core.recipient import short
    from selfkind.services.reports import remember_report, report_data, report_window
    from selfkind.ui import render
    from selfkind.ui.console import message
    from selfkind.ui.passphrase import passphrase

    for_ = for_.strip() if for_ else None
    check_options(format_, out, name, for_)
    if include is not None and include not in LEVELS:
        raise UsageError(messages.REPORT_INCLUDE.format(level=include))
    level = "words" if include_text else include
    if since_last:
        since = from_last_report(plan_id, since)
    first, last, plans = report_window(plan_id, since, until, date.today())
    recipient = for_ or offered_key(plans if plan_id else [], format_, first, last)
    if recipient is None and out is not None and out.suffix == SUFFIX:
        raise UsageError(messages.REPORT_LOCKED_NEEDS_KEY)
    if recipient is not None and name is None:
        name = asked_name()
    named = f"{plan_id or 'report'}-{last}"  # a locked report's file, if not given --out
    with report_data(first, last, plans, passphrase) as data:
        data.name = name
        choose_entries(data, level)
        out = write_report(data, format_, out, recipient, named)
    if plan_id is not None:
        remember_report(plan_id, last, date.today())
    if out is not None:
        said = messages.REPORT_FOR_WRITTEN if recipient else messages.REPORT_WRITTEN
        written = said.format(
            path=out,
            since=said_day(first, "day_month"),
            until=said_day(last, "day_month_year"),
            rated=len(data.rated | data.included),
            shared=len(data.included),
            count=len(data.entries),
            key=short(recipient) if recipient else "",
        )
        render.err().print(message(written))
        earlier = Path(f"{named}{SUFFIX}")
        if recipient and out != earlier and out.name.startswith(named):  # made again: say so
            said = messages.REPORT_FOR_EARLIER.format(earlier=earlier)
            render.err().print(message(said))


def choose_entries(data: ReportData, level: str | None) -> None:
    """What of each entry the report shares: every entry at `level`, or as the person
    chooses at the terminal (scores alone without a terminal)."""
    from selfkind.ui import terminal

    data.asked = level is not None or (bool(data.entries) and terminal.is_interactive())
    every = {entry.id for entry in data.entries}
    if level is not None:
        data.rated = every if level in ("answers", "words") else set()
        data.included = every if level == "words" else set()
    elif data.asked:
        data.rated, data.included = chosen_entries(data)


def write_report(
    data: ReportData, format_: str, out: Path | None, recipient: str | None, named: str
) -> Path | None:
    """The report, locked for a therapist's key, or as a page, Markdown or PDF; returns the
    file written (a locked report without --out: NAME.selfkind-report beside you, or
    NAME-2, NAME-3…, never over a report made before)."""
    from selfkind.services.reports import locked_report
    from selfkind.storage.paths import write_private
    from selfkind.writers.export import private_output
    from selfkind.writers.report import write_html, write_markdown

    if recipient is not None:
        locked = locked_report(data, recipient)
        if out is None:
            return write_beside(named, locked)
        write_private(out.expanduser(), locked)
    elif format_ == "pdf":
        assert out is not None
        write_pdf(data, out)
    else:
        with private_output(out) as stream:
            (write_html if format_ == "html" else write_markdown)(data, stream)
    return out


def write_beside(named: str, data: bytes) -> Path:
    """NAME.selfkind-report beside you, or NAME-2, NAME-3…: never over a report made before."""
    from selfkind.storage.paths import write_private

    number = 1
    out = Path(f"{named}{SUFFIX}")
    while not write_private(out, data, once=True):
        number += 1
        out = Path(f"{named}-{number}{SUFFIX}")
    return out


def check_options(format_: str, out: Path | None, name: str | None, key: str | None) -> None:
    """A format selfkind writes, a file for a PDF, a name on one short line, and a key whose
    every character is right (the page and data go together in a locked report)."""
    from selfkind import messages
    from selfkind.core.caseload import NAME_LENGTH, fits_name
    from selfkind.core.errors import UsageError
    from selfkind.core.recipient import is_recipient

    if key is not None:
        if not is_recipient(key):
            raise UsageError(messages.REPORT_FOR_NOT_A_KEY.format(key=key))
        if format_ != "html":
            raise UsageError(messages.REPORT_FOR_FORMAT)

    if format_ not in ("html", "md", "pdf"):
        raise UsageError(messages.REPORT_FORMAT.format(format=format_))
    if format_ == "pdf" and out is None:
        raise UsageError(messages.REPORT_PDF_NEEDS_OUT)
    if name is not None and not fits_name(name):
        raise UsageError(messages.REPORT_NAME.format(limit=NAME_LENGTH))


def offered_key(plans: list[Plan], format_: str, first: date, last: date) -> str | None:
    """The key a plan's `report_to` names, if the person takes it at the terminal (shown by
    its first and last characters, to be checked against the therapist's)."""
    from selfkind import messages
    from selfkind.core.recipient import short
    from selfkind.ui import terminal

    keys = [plan.report_to for plan in plans if plan.report_to]
    if not keys or format_ != "html" or not terminal.is_interactive():
        return None
    from selfkind.ui.prompts import confirm

    question = messages.REPORT_FOR_CONFIRM.format(
        since=said_day(first, "day_month"),
        until=said_day(last, "day_month_year"),
        key=short(keys[0]),
    )
    return keys[0] if confirm(question, default=True) else None


def asked_name() -> str | None:
    """At a terminal, the name a locked report carries, so the therapist knows whose it is
    (Enter alone: none, and they name it themselves)."""
    from selfkind import messages
    from selfkind.core.caseload import NAME_LENGTH, fits_name
    from selfkind.ui import terminal

    if not terminal.is_interactive():
        return None
    from selfkind.ui.prompts import ask_text

    def valid(text: str) -> bool | str:
        return not text.strip() or fits_name(text) or messages.REPORT_NAME.format(limit=NAME_LENGTH)

    return ask_text(messages.REPORT_FOR_NAME, valid=valid).strip() or None


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
