"""`selfkind entries ...`: list, search, show and delete what you have written."""

from typing import TYPE_CHECKING, Annotated

import typer

from selfkind.cli.group import Group
from selfkind.cli.options import ExerciseId, Json, Since, Until

if TYPE_CHECKING:
    from selfkind.storage.store import EntryFilter, Passphrase

app = typer.Typer(
    cls=Group, help="Your entries: list, search, read and delete them.", no_args_is_help=True
)


EntryId = Annotated[
    str, typer.Argument(metavar="ID", help="The entry's id (its first characters are enough).")
]


@app.command("list")
def list_command(
    since: Since = None,
    until: Until = None,
    exercise: ExerciseId = None,
    limit: Annotated[
        int | None, typer.Option("--limit", metavar="N", min=1, help="At most N entries.")
    ] = None,
    json_: Json = False,
) -> None:
    """Your entries, newest first."""
    from selfkind.storage.store import EntryFilter

    which = EntryFilter(since=since, until=until, exercise_id=exercise, limit=limit)
    show_entries(which, as_json=json_)


def show_entries(
    which: "EntryFilter", *, as_json: bool, passphrase: "Passphrase | None" = None
) -> None:
    """Print the entries a filter selects: a table for people, JSON for scripts.

    Printed before the store closes: a damaged entry is passed over, and the store names it
    (exit 1) as it closes, after the rest are shown."""
    from selfkind import messages
    from selfkind.services.stored import exercises_of
    from selfkind.storage.store import EntryFilter, open_store
    from selfkind.ui import render
    from selfkind.ui.console import message
    from selfkind.ui.passphrase import passphrase as ask

    with open_store(passphrase=passphrase or ask) as store:
        found = store.entries(which)
        if as_json:
            from selfkind.ui import json_view

            json_view.print_json(json_view.entries(found))
            return
        if not found:
            if not store.passed_over:  # all of them damaged: the store says so
                filtered = which != EntryFilter()
                said = messages.NO_ENTRIES_MATCH if filtered else messages.NO_ENTRIES
                render.err().print(message(said))
            return
        exercise_for = exercises_of(store)
        summaries = {e.id: render.entry_summary(e, exercise_for(e)) for e in found}
        render.out().print(render.entries_table(found, summaries))


@app.command("search")
def search_command(
    words: Annotated[
        list[str], typer.Argument(metavar="TEXT", help="Words to find in your answers.")
    ],
    limit: Annotated[
        int, typer.Option("--limit", metavar="N", min=1, help="At most N entries.")
    ] = 20,
    json_: Json = False,
) -> None:
    """Find entries by the words in your answers, newest first."""
    from selfkind import messages
    from selfkind.storage.store import open_store
    from selfkind.ui import render
    from selfkind.ui.console import message
    from selfkind.ui.passphrase import passphrase

    text = " ".join(words)

    with open_store(passphrase=passphrase) as store:
        found, total = store.search(text, limit)
    if json_:
        from selfkind.ui import json_view

        json_view.print_json(json_view.search_hits(found))
        return
    if not found:
        render.err().print(message(messages.SEARCH_NOTHING.format(text=text)))
        return
    render.out().print(render.search_results(found))
    if total > len(found):
        render.err().print(message(messages.SEARCH_MORE.format(shown=len(found), total=total)))


@app.command("show")
def show_command(
    entry_id: EntryId,
    json_: Json = False,
) -> None:
    """One entry, with its exercise's prompts beside your answers."""
    from selfkind.services.stored import exercises_of
    from selfkind.storage.store import open_store
    from selfkind.ui import render
    from selfkind.ui.passphrase import passphrase

    with open_store(passphrase=passphrase) as store:
        entry = store.get(entry_id)
        exercise = exercises_of(store)(entry)
    if json_:
        from selfkind.ui import json_view

        json_view.print_json(json_view.entry(entry))
        return
    render.out().print(render.entry_detail(entry, exercise))


@app.command("delete")
def delete_command(
    entry_id: EntryId,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Delete without asking.")] = False,
) -> None:
    """Delete one entry, after asking."""
    from selfkind import messages
    from selfkind.core.errors import UsageError
    from selfkind.storage.store import open_store
    from selfkind.ui import render, terminal
    from selfkind.ui.console import message
    from selfkind.ui.passphrase import passphrase

    with open_store(passphrase=passphrase) as store:
        entry = store.get(entry_id, words=False)  # its date and title: no passphrase needed
        store.unlock()  # before asking, so a wrong passphrase deletes nothing
        if not yes:
            if not terminal.is_interactive():
                raise UsageError(messages.DELETE_NEEDS_YES)
            question = messages.CONFIRM_DELETE.format(
                title=entry.exercise_title, date=render.when(entry)
            )
            from selfkind.ui.prompts import confirm

            if not confirm(question):
                render.err().print(message(messages.KEPT))
                return
        emptied = store.delete(entry.id)
    render.err().print(message(messages.DELETED.format(date=render.when(entry))))
    if not emptied:
        render.err().print(message(messages.DELETED_LOG_BUSY))
