"""`selfkind sync [FOLDER]`: the same entries on each of your computers, through a folder
your own sync tool carries (Syncthing, Dropbox, a git repository...)."""

from pathlib import Path
from typing import Annotated

import typer


def sync_command(
    folder: Annotated[
        str | None,  # text, as the group reads it: a Path would load pydantic to check it
        typer.Argument(
            metavar="FOLDER",
            help="The folder your sync tool carries; remembered, so later just: selfkind sync.",
        ),
    ] = None,
) -> None:
    """Write this computer's changes to the sync folder and read your other computers'."""
    from selfkind.services.sync import sync
    from selfkind.storage.store import open_store
    from selfkind.ui.passphrase import Remembered
    from selfkind.ui.sync_view import show_sync

    passphrase = Remembered()  # asked once: it opens this store and the others' files
    with open_store(passphrase=passphrase) as store:
        result = sync(Path(folder) if folder else None, store, passphrase)
    show_sync(result)
