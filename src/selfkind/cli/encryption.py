"""`selfkind encrypt` and `selfkind decrypt`: encryption at rest, on or off, for every entry."""


def encrypt_command() -> None:
    """Encrypt your answers with a passphrase; commands that read them will ask for it.

    The passphrase is typed twice (or read from SELFKIND_PASSPHRASE). A lost passphrase cannot be recovered. Dates and exercise names stay readable, and exports and reports are written in the clear. selfkind decrypt turns it off.
    """
    from selfkind import messages
    from selfkind.storage.store import open_store
    from selfkind.ui import render
    from selfkind.ui.console import message
    from selfkind.ui.passphrase import new_passphrase

    console = render.err()
    with open_store() as store:
        if store.encrypted:
            store.rewrite_files()
            console.print(message(messages.ALREADY_ENCRYPTED))
            return
        console.print(message(messages.ENCRYPT_WARNING))
        count = store.encrypt(new_passphrase())
    console.print(message(messages.counted(messages.ENCRYPTED, count)))


def decrypt_command() -> None:
    """Store your answers in the clear again (asks for the passphrase, or reads SELFKIND_PASSPHRASE)."""
    from selfkind import messages
    from selfkind.core.errors import SelfkindError
    from selfkind.storage.paths import data_dir
    from selfkind.storage.store import open_store
    from selfkind.ui import render
    from selfkind.ui.console import message
    from selfkind.ui.passphrase import passphrase

    console = render.err()
    with open_store(passphrase=passphrase) as store:
        if not store.encrypted:
            console.print(message(messages.NOT_ENCRYPTED))
            return
        count, set_aside = store.decrypt()
    said = messages.counted(messages.DECRYPTED, count, folder=data_dir())
    console.print(message(said))
    if set_aside:  # the rest is decrypted; exit 1 naming what was not
        raise SelfkindError(
            messages.counted(messages.DECRYPT_SET_ASIDE, len(set_aside)),
            details=tuple(set_aside),
        )
