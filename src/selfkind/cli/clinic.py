"""`selfkind clinic ...`: the therapist's side. A key clients lock their reports with, and a
caseload of those reports, kept only on this machine."""

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from selfkind.cli.group import Group
from selfkind.cli.options import Json
from selfkind.messages.formatting import said_day

app = typer.Typer(
    cls=Group,
    help="For therapists: your key, and the reports clients share with you.",
    no_args_is_help=True,
)

Client = Annotated[
    str, typer.Argument(metavar="CLIENT", help="The client's name (see selfkind clinic list).")
]


@app.command("key")
def key_command(
    show: Annotated[
        bool, typer.Option("--show", help="Print your key again; never make one.")
    ] = False,
) -> None:
    """Make your key, once, and print its public half for clients (age1…)."""
    from selfkind import messages
    from selfkind.services.clinic import clinic_key
    from selfkind.ui import render
    from selfkind.ui.console import message

    key = clinic_key(make=not show)
    typer.echo(key.recipient)  # alone on standard output, for scripts and copying
    said = messages.CLINIC_KEY_MADE if key.made else messages.CLINIC_KEY_SHOWN
    render.err().print(message(said.format(path=key.path)))


@app.command("add")
def add_command(
    files: Annotated[
        list[Path], typer.Argument(metavar="FILE", help="Reports (.selfkind-report files).")
    ],
    client: Annotated[
        str | None,
        typer.Option("--client", metavar="NAME", help="Whose reports these are, if not named."),
    ] = None,
) -> None:
    """Open clients' reports with your key and keep them in your caseload."""
    from selfkind import messages
    from selfkind.core.caseload import made_on
    from selfkind.services.clinic import add_reports
    from selfkind.ui import render
    from selfkind.ui.console import message
    from selfkind.ui.passphrase import passphrase

    done = add_reports(files, client, passphrase)
    err = render.err()
    for path, name in done.already:
        err.print(message(messages.CLINIC_ALREADY_HERE.format(file=path, client=name)))
    for path, name, report in done.added:
        said = messages.CLINIC_ADDED_FOR.format(
            file=path,
            client=name,
            since=said_day(report.since, "day_month"),
            until=said_day(report.until, "day_month_year"),
        )
        err.print(message(said))
    for path, old in done.replaced:
        said = messages.CLINIC_REPLACED.format(
            file=path, client=old.client, made=made_on(old.made_at)
        )
        err.print(message(said))
    for path, name in done.older:
        err.print(message(messages.CLINIC_OLDER_COPY.format(file=path, client=name)))
    for name, near in done.near:
        err.print(message(messages.CLINIC_NEW_CLIENT_NEAR.format(client=name, near=near)))
    if done.added:
        err.print(message(messages.counted(messages.CLINIC_ADDED, len(done.added))))


@app.command("list")
def list_command(json_: Json = False) -> None:
    """Your clients: plan, practice, measures and their changes, from each latest report."""
    from selfkind import messages
    from selfkind.services.clinic import caseload_rows
    from selfkind.ui import console
    from selfkind.ui.passphrase import passphrase

    rows = caseload_rows(date.today(), passphrase)
    if json_:
        from selfkind.ui import json_view

        json_view.print_json(json_view.caseload(rows))
        return
    if not rows:
        console.err().print(console.message(messages.CLINIC_EMPTY))
        return
    from selfkind.ui.caseload_view import caseload_table

    console.out().print(caseload_table(rows))


@app.command("show")
def show_command(
    client: Client,
    json_: Json = False,
    html: Annotated[
        Path | None,
        typer.Option("--html", metavar="FILE", help="Write the client's page to a file."),
    ] = None,
) -> None:
    """One client: every report as trends across them, and the latest report."""
    from selfkind import messages
    from selfkind.services.clinic import client_reports
    from selfkind.ui import render
    from selfkind.ui.console import message
    from selfkind.ui.passphrase import passphrase

    found = client_reports(client, date.today(), passphrase)
    if html is not None:
        from selfkind.writers.clinic_page import write_page
        from selfkind.writers.export import private_output

        with private_output(html) as stream:
            write_page(found.row.client, found.reports, stream)
        said = messages.CLINIC_HTML_WRITTEN.format(client=found.row.client, path=html)
        render.err().print(message(said))
        return
    if json_:
        from selfkind.ui import json_view

        json_view.print_json(json_view.client_reports(found))
        return
    from selfkind.ui.clinic_view import client_view

    render.out().print(client_view(found))


@app.command("remove")
def remove_command(
    client: Client,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Remove without asking.")] = False,
) -> None:
    """Remove a client and all their reports from your caseload, after asking."""
    from selfkind import messages
    from selfkind.cli.options import asked_first
    from selfkind.services.clinic import client_to_remove, remove_reports
    from selfkind.ui import render
    from selfkind.ui.console import message
    from selfkind.ui.passphrase import passphrase

    name, report_ids = client_to_remove(client, passphrase)
    count = messages.counted(messages.CLINIC_REPORTS, len(report_ids))
    question = messages.CLINIC_REMOVE_CONFIRM.format(client=name, count=count)
    if not asked_first(question, messages.CLINIC_REMOVE_NEEDS_YES, yes=yes):
        render.err().print(message(messages.CLINIC_KEPT))
        return
    removed = remove_reports(report_ids, passphrase)
    render.err().print(message(messages.counted(messages.CLINIC_REMOVED, removed, client=name)))
