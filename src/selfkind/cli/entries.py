"""`selfkind entries ...`: list, search, show and delete what you have written."""

from typing import TYPE_CHECKING, Annotated

import typer

from selfkind.cli.group import Group
from selfkind.cli.options import ExerciseId, Json, Since, Until

if TYPE_CHECKING:
    from selfkind.core.entry import Entry
    from selfkind.storage.store import EntryFilter, Passphrase, Store
    from selfkind.ui.entries_view import Row

app = typer.Typer(
    cls=Group, help="Your entries: list, search, read and delete them.", no_args_is_help=True
)


SHOWN = 20  # entries a person sees unless they ask for more

EntryId = Annotated[
    str, typer.Argument(metavar="ID", help="The entry's id (its first characters are enough).")
]


@app.command("list")
def list_command(
    since: Since = None,
    until: Until = None,
    exercise: ExerciseId = None,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            metavar="N",
            min=1,
            help=f"At most N entries (the newest {SHOWN} unless you say; --json: all).",
        ),
    ] = None,
    json_: Json = False,
) -> None:
    """Your entries, newest first."""
    from selfkind.storage.store import EntryFilter

    if limit is None and not json_:
        limit = SHOWN
    which = EntryFilter(since=since, until=until, exercise_id=exercise, limit=limit)
    show_entries(which, as_json=json_)


def show_entries(
    which: "EntryFilter",
    *,
    as_json: bool,
    passphrase: "Passphrase | None" = None,
    table: bool = True,
) -> "list[Row]":
    """Print the entries a filter selects: a table at a terminal (unless not `table`: for a
    pick that shows them), one line each in a pipe, JSON for scripts; and, when the limit left
    some out, how many. Returns what was shown.

    Printed before the store closes: a damaged entry is passed over, and the store names it
    (exit 1) as it closes, after the rest are shown."""
    from dataclasses import replace

    from selfkind import messages
    from selfkind.services.stored import exercises_of, retitled
    from selfkind.storage import listing
    from selfkind.storage.store import EntryFilter, open_store
    from selfkind.ui import render
    from selfkind.ui.console import message
    from selfkind.ui.entries_view import WHOLE, Row, entries_table, print_lines
    from selfkind.ui.passphrase import passphrase as ask

    with open_store(passphrase=passphrase or ask) as store:
        found = store.entries(which)
        if as_json:
            from selfkind.ui import json_view

            json_view.print_json(json_view.entries(found))
            return []
        if not found:
            if not store.passed_over:  # all of them damaged: the store says so
                filtered = replace(which, limit=None) != EntryFilter()
                said = messages.NO_ENTRIES_MATCH if filtered else messages.NO_ENTRIES
                render.err().print(message(said))
            return []
        console = render.out()
        width = render.SUMMARY_WIDTH if console.is_terminal else WHOLE
        exercise_for = exercises_of(store)
        found = retitled(found, exercise_for)
        prefixes = listing.unique_prefixes(store.db, [entry.id for entry in found])
        rows = [
            Row(e, prefixes[e.id], render.entry_summary(e, exercise_for(e), width=width))
            for e in found
        ]
        if console.is_terminal:
            if table:
                console.print(entries_table(rows, width=console.width))
        else:
            print_lines(rows)
        total = listing.count(store.db, which) if which.limit == len(found) else 0
        if total > len(found):
            said = messages.counted(messages.ENTRIES_SHOWN_OF, total, shown=len(found))
            render.err().print(message(said))
        return rows


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
    from dataclasses import replace

    from selfkind import messages
    from selfkind.services.stored import exercises_of, retitled
    from selfkind.storage.store import open_store
    from selfkind.ui import render
    from selfkind.ui.console import message
    from selfkind.ui.passphrase import passphrase

    text = " ".join(words)

    with open_store(passphrase=passphrase) as store:
        found, total = store.search(text, limit)
        titled = retitled([item.entry for item in found], exercises_of(store))
        found = [replace(item, entry=entry) for item, entry in zip(found, titled, strict=True)]
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
    entry_id: Annotated[
        str | None,
        typer.Argument(
            metavar="ID",
            help="The entry's id (its first characters are enough); with --latest, an "
            "exercise's id (optional).",
        ),
    ] = None,
    latest: Annotated[
        bool,
        typer.Option("--latest", help="The newest finished entry (of that exercise, if given)."),
    ] = False,
    json_: Json = False,
) -> None:
    """One entry, with its exercise's prompts beside your answers; --latest, your newest."""
    from selfkind import messages
    from selfkind.core.errors import UsageError

    if not latest and entry_id is None:
        raise UsageError(messages.SHOW_NEEDS_ID)
    show_entry(entry_id, latest=latest, as_json=json_)


def show_entry(
    entry_id: str | None,
    *,
    latest: bool = False,
    as_json: bool = False,
    passphrase: "Passphrase | None" = None,
) -> None:
    """Print one entry: by its id, or (with `latest`) the newest finished one, of the
    exercise `entry_id` names if it names one."""
    from selfkind.services.stored import exercises_of
    from selfkind.storage.store import open_store
    from selfkind.ui import render
    from selfkind.ui.passphrase import passphrase as ask

    with open_store(passphrase=passphrase or ask) as store:
        if latest:
            entry = newest_finished(store, entry_id)
        else:
            assert entry_id is not None
            entry = store.get(entry_id)
        exercise = exercises_of(store)(entry)
    if as_json:
        from selfkind.ui import json_view

        json_view.print_json(json_view.entry(entry))
        return
    render.out().print(render.entry_detail(entry, exercise))


def newest_finished(store: "Store", exercise_id: str | None) -> "Entry":
    """The newest finished entry (of the exercise, if given). When there is none: an exercise
    selfkind does not know gets a "did you mean"; a known one, a word on how to begin."""
    from selfkind import messages
    from selfkind.core.errors import SelfkindError
    from selfkind.core.text import closest
    from selfkind.storage import listing
    from selfkind.storage.store import EntryFilter

    found = store.entries(EntryFilter(exercise_id=exercise_id, complete_only=True, limit=1))
    if found:
        return found[0]
    if exercise_id is None:
        raise SelfkindError(messages.LATEST_NONE)
    from selfkind.services.catalog import list_exercises

    known = set(listing.exercise_ids(store.db))
    known |= {item.exercise.id for item in list_exercises() if item.exercise is not None}
    if exercise_id in known:
        raise SelfkindError(messages.LATEST_NONE_OF.format(exercise=exercise_id))
    close = closest(exercise_id, known)
    if close is None:
        raise SelfkindError(messages.LATEST_UNKNOWN.format(exercise=exercise_id))
    raise SelfkindError(messages.LATEST_UNKNOWN_CLOSE.format(exercise=exercise_id, close=close))


@app.command("delete")
def delete_command(
    entry_id: EntryId,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Delete without asking.")] = False,
) -> None:
    """Delete one entry, after asking."""
    from selfkind import messages
    from selfkind.cli.options import asked_first
    from selfkind.storage.store import open_store
    from selfkind.ui import render
    from selfkind.ui.console import message
    from selfkind.ui.passphrase import passphrase

    with open_store(passphrase=passphrase) as store:
        entry = store.get(entry_id, words=False)  # its date and title: no passphrase needed
        store.unlock()  # before asking, so a wrong passphrase deletes nothing
        question = messages.CONFIRM_DELETE.format(
            title=entry.exercise_title, date=render.when(entry)
        )
        if not asked_first(question, messages.DELETE_NEEDS_YES, yes=yes):
            render.err().print(message(messages.KEPT))
            return
        emptied = store.delete(entry.id)
        from selfkind.cli.session import after_saving

        after_saving(store)
    render.err().print(message(messages.DELETED.format(date=render.when(entry))))
    if not emptied:
        render.err().print(message(messages.DELETED_LOG_BUSY))
