"""`selfkind export` and `selfkind import`: your data, yours to keep, move and share."""

from pathlib import Path
from typing import Annotated

import typer

from selfkind.cli.options import ExerciseId, Since, Until


def export_command(
    format_: Annotated[
        str,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="json (everything, to import again), csv (spreadsheets), md (a journal) or html (a page).",
        ),
    ] = "json",
    out: Annotated[
        Path | None,
        typer.Option("--out", metavar="FILE", help="Write to a file (readable only by you)."),
    ] = None,
    since: Since = None,
    until: Until = None,
    exercise: ExerciseId = None,
) -> None:
    """Write out your entries, to keep, to move to another computer, or to read."""
    import sys

    from selfkind import messages
    from selfkind.core.errors import UsageError
    from selfkind.services.stored import exercises_of
    from selfkind.storage.store import EntryFilter, open_store
    from selfkind.ui import render
    from selfkind.ui.console import message
    from selfkind.ui.passphrase import passphrase
    from selfkind.writers import export

    if format_ not in export.FORMATS:
        raise UsageError(messages.EXPORT_FORMAT.format(format=format_))
    which = EntryFilter(since=since, until=until, exercise_id=exercise)
    with open_store(passphrase=passphrase) as store:
        store.unlock()  # ask first, so nothing is written until the entries can be read
        with export.private_output(out, json_text=format_ == "json") as stream:
            exercise_for = exercises_of(store)

            if format_ == "json":
                count = export.write_json(store.each_entry(which), store.exercise_file, stream)
            elif format_ == "csv":
                count = export.write_csv(lambda: store.each_entry(which, oldest_first=True), stream)
            elif format_ == "md":
                count = export.write_markdown(
                    store.each_entry(which, oldest_first=True), exercise_for, stream
                )
            else:
                count = export.write_html(
                    store.each_entry(which, oldest_first=True), exercise_for, stream
                )
        if out is not None:  # before the store closes and names any entry it passed over
            said = messages.counted(messages.EXPORTED, count, path=out)
            render.err().print(message(said))
    sys.stdout.flush()


def import_text(file: str, label: str) -> str:
    """The text of the file to import ('-': standard input), never more than the limit read."""
    import sys

    from selfkind import messages
    from selfkind.core.errors import SelfkindError
    from selfkind.formats.importer import MAX_CHARACTERS, MAX_MEGABYTES

    try:
        if file == "-":
            data = sys.stdin.buffer.read(MAX_CHARACTERS + 1)
        else:
            with Path(file).expanduser().open("rb") as handle:
                data = handle.read(MAX_CHARACTERS + 1)
        if len(data) > MAX_CHARACTERS:
            raise SelfkindError(messages.IMPORT_TOO_LARGE.format(path=label, limit=MAX_MEGABYTES))
        return data.decode("utf-8")
    except OSError as error:
        raise SelfkindError(
            messages.IMPORT_UNREADABLE.format(path=label, reason=error.strerror)
        ) from None
    except UnicodeDecodeError:
        raise SelfkindError(messages.IMPORT_NOT_TEXT.format(path=label)) from None


def import_command(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE",
            help="A selfkind JSON export or a jrnl JSON export; '-' reads standard input.",
        ),
    ],
) -> None:
    """Bring entries in from a selfkind export (from this or another computer) or from jrnl."""
    from selfkind import messages
    from selfkind.services.catalog import find_exercise
    from selfkind.services.imports import read_import
    from selfkind.storage.store import open_store
    from selfkind.storage.syncing import FOLDER
    from selfkind.ui import render
    from selfkind.ui.console import message
    from selfkind.ui.passphrase import passphrase

    label = messages.STANDARD_INPUT if file == "-" else file
    text = import_text(file, label)
    imported = read_import(text, label, find_exercise("journal"))
    with open_store(passphrase=passphrase) as store:
        buried = store.tombstones(entry.id for entry in imported.entries)
        if store.setting(FOLDER) is None:  # restored from a backup: undeleted
            store.forget_tombstones(buried)
            buried = {}
        # With sync, an entry deleted here or on another computer stays deleted: brought
        # back, one computer would keep it and the others not.
        taken = [entry for entry in imported.entries if entry.id not in buried]
        added = store.add_missing(taken, imported.sources)
        # Entries already here may have been edited in the file: those edits are not taken.
        differ = store.differing(taken) if added < len(taken) else 0
        from selfkind.cli.session import after_saving

        after_saving(store)
    count = len(imported.entries)
    if imported.unreadable_sources:
        render.err().print(
            message(messages.counted(messages.IMPORT_SOURCES_SKIPPED, imported.unreadable_sources))
        )
    for notice in imported.notices:  # scores worked out again, exercises not known here
        render.err().print(message(notice))
    if differ:
        render.err().print(message(messages.counted(messages.IMPORT_KEPT_HERE, differ)))
    said = messages.counted(messages.IMPORTED, count, added=added, path=label)
    if len(taken) - added:
        said += " " + messages.counted(messages.IMPORTED_KNOWN, len(taken) - added)
    if buried:
        said += " " + messages.counted(messages.IMPORTED_DELETED, len(buried))
    render.err().print(message(said))
