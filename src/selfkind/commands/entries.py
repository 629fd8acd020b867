"""`selfkind entries ...`: list, show and delete what you have written."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from selfkind.commands.options import Json

if TYPE_CHECKING:
    from selfkind.store import EntryFilter

app = typer.Typer(help="Your entries: list them, read one, delete one.", no_args_is_help=True)


def day(value: str | None) -> str | None:
    """A date option as YYYY-MM-DD (accepts today, yesterday, 7d)."""
    from selfkind.dates import parse_day

    return None if value is None else parse_day(value).isoformat()


Since = Annotated[
    str | None,
    typer.Option(
        "--since",
        metavar="D",
        help="From this day: YYYY-MM-DD, today, yesterday or 7d.",
        parser=day,
    ),
]
EntryId = Annotated[
    str, typer.Argument(metavar="ID", help="The entry's id (its first characters are enough).")
]
Until = Annotated[
    str | None,
    typer.Option("--until", metavar="D", help="Up to and including this day.", parser=day),
]


@app.command("list")
def list_command(
    since: Since = None,
    until: Until = None,
    exercise: Annotated[
        str | None, typer.Option("--exercise", metavar="ID", help="Only this exercise.")
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", metavar="N", min=1, help="At most N entries.")
    ] = None,
    json_: Json = False,
) -> None:
    """Your entries, newest first."""
    from selfkind.store import EntryFilter

    which = EntryFilter(since=since, until=until, exercise_id=exercise, limit=limit)
    show_entries(which, as_json=json_)


def show_entries(which: EntryFilter, *, as_json: bool) -> None:
    """Print the entries a filter selects: a table for people, JSON for scripts."""
    from selfkind import messages, render
    from selfkind.practice import exercise_of
    from selfkind.store import EntryFilter, open_store
    from selfkind.text import message

    with open_store() as store:
        found = store.list(which)
        cache: dict = {}
        summaries = {e.id: render.entry_summary(e, exercise_of(store, e, cache)) for e in found}
    if as_json:
        render.print_json([entry.to_json() for entry in found])
        return
    if not found:
        filtered = which != EntryFilter()
        render.err().print(message(messages.NO_ENTRIES_MATCH if filtered else messages.NO_ENTRIES))
        return
    render.out().print(render.entries_table(found, summaries))


@app.command("show")
def show_command(
    entry_id: EntryId,
    json_: Json = False,
) -> None:
    """One entry, with its exercise's prompts beside your answers."""
    from selfkind import render
    from selfkind.practice import exercise_of
    from selfkind.store import open_store

    with open_store() as store:
        entry = store.get(entry_id)
        exercise = exercise_of(store, entry)
    if json_:
        render.print_json(entry.to_json())
        return
    render.out().print(render.entry_detail(entry, exercise))


@app.command("delete")
def delete_command(
    entry_id: EntryId,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Delete without asking.")] = False,
) -> None:
    """Delete one entry, after asking."""
    from selfkind import messages, render, terminal
    from selfkind.errors import UsageError
    from selfkind.store import open_store
    from selfkind.text import message

    with open_store() as store:
        entry = store.get(entry_id)
        if not yes:
            if not terminal.is_interactive():
                raise UsageError(messages.DELETE_NEEDS_YES)
            question = messages.CONFIRM_DELETE.format(
                title=entry.exercise_title, date=render.when(entry)
            )
            from selfkind.prompts import confirm

            if not confirm(question):
                render.err().print(message(messages.KEPT))
                return
        store.delete(entry.id)
    render.err().print(message(messages.DELETED.format(date=render.when(entry))))
