"""`selfkind help-now`, `config` and `delete-everything`: support, the region it is for, and leaving."""

import sys
from typing import Annotated

import typer

from selfkind.cli.group import Group
from selfkind.cli.options import Json

config_app = typer.Typer(
    cls=Group, help="Settings: the region whose support lines help-now shows.", no_args_is_help=True
)


def help_now(
    plain: Annotated[
        bool,
        typer.Option("--plain", help="Plain text, to copy to your phone or to paper."),
    ] = False,
) -> None:
    """Support lines to reach right now, and your safety plan, if you are struggling or in danger."""
    from selfkind.services.support import REGION, lines_for, safety_plan_and_exercise
    from selfkind.storage.store import open_store
    from selfkind.ui import render
    from selfkind.ui.passphrase import from_environment
    from selfkind.ui.support_view import plain_text, safety_plan_view, support_lines

    region, plan, exercise = None, None, None
    # Help must show even when the data cannot be read, and without waiting for a passphrase.
    try:
        with open_store(passphrase=from_environment) as store:
            region = store.setting(REGION)
            plan, exercise = safety_plan_and_exercise(store)
    except Exception:  # whatever is wrong with the data, the support lines below still show
        pass
    if plain:
        sys.stdout.write(plain_text(lines_for(region), plan, exercise))
    else:
        plan_view = safety_plan_view(plan, exercise)
        render.out().print(support_lines(lines_for(region), plan_view))


@config_app.command("set")
def config_set(
    key: Annotated[str, typer.Argument(help="The setting: language, region, sync-folder or sync.")],
    value: Annotated[
        str,
        typer.Argument(
            help="language: es, de, fr, pt or en ('none' follows your system). region: a "
            "country, by code or name (GB, US, 'Deutschland'...; 'none' clears it). "
            "sync-folder: the folder your sync tool carries. sync: auto or off."
        ),
    ],
) -> None:
    """Change a setting: `selfkind config set language es`, `config set region GB`."""
    from selfkind import messages
    from selfkind.core.errors import UsageError
    from selfkind.services.language import LANGUAGE, set_language
    from selfkind.services.support import REGION
    from selfkind.ui import render
    from selfkind.ui.console import message

    if key == LANGUAGE:
        for line in set_language(value):
            render.err().print(message(line))
        return
    if key == REGION:
        said = set_region(value)
    elif key in ("sync-folder", "sync"):
        from selfkind.services.sync import set_sync

        said = set_sync(key, value)
    else:
        raise UsageError(messages.CONFIG_UNKNOWN.format(key=key))
    render.err().print(message(said))


def set_region(value: str) -> str:
    """Keep the region (or clear it), and when it was set, so it travels with sync."""
    from datetime import datetime, timezone

    from selfkind import messages
    from selfkind.core.entry import utc_timestamp
    from selfkind.core.errors import UsageError
    from selfkind.formats.sync_file import SET_AT
    from selfkind.services.support import REGION, REGIONS_KNOWN, region_named
    from selfkind.storage.store import open_store

    clear = value.strip().casefold() == "none"
    region = None if clear else region_named(value)
    if not clear and region is None:  # refused before anything is stored, never guessed
        named = sorted(f"{known.called} ({known.code})" for known in REGIONS_KNOWN)
        *most, last = named  # in the order of the names as the language says them
        known = messages.REGION_LIST.format(most=", ".join(most), last=last)
        raise UsageError(messages.REGION_UNKNOWN.format(region=value.strip(), known=known))
    with open_store() as store:
        store.set_setting(REGION, region.code if region else "")
        store.set_setting(SET_AT.format(key=REGION), utc_timestamp(datetime.now(timezone.utc)))
    if region is None:
        return messages.REGION_CLEARED
    return messages.REGION_SET.format(name=region.called, code=region.code)


@config_app.command("show")
def config_show(json_: Json = False) -> None:
    """Show the settings."""
    from selfkind import messages
    from selfkind.messages.language import translated
    from selfkind.services.language import language_shown
    from selfkind.services.support import region_named, support_region
    from selfkind.services.sync import sync_settings

    language, language_setting, language_line = language_shown()
    stored = support_region()
    region = region_named(stored)
    folder, automatic = sync_settings()
    if json_:
        from selfkind.ui import json_view

        name = region.name if region else None  # JSON keeps the English name, as before
        languages = (language_setting, language)
        json_view.print_json(json_view.settings(stored, name, folder, automatic, languages))
        return
    if region is not None:
        shown = messages.REGION_SHOWN.format(code=region.code, name=translated(region.name))
    elif stored:
        shown = messages.REGION_SHOWN_UNKNOWN.format(code=stored)
    else:
        shown = messages.REGION_SHOWN_NONE
    typer.echo(shown)
    typer.echo(
        messages.SYNC_FOLDER_SHOWN.format(folder=folder) if folder else messages.SYNC_FOLDER_NONE
    )
    typer.echo(messages.SYNC_SHOWN_AUTO if automatic else messages.SYNC_SHOWN_OFF)
    typer.echo(language_line)


def delete_everything(
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Delete without asking.")] = False,
) -> None:
    """Delete every entry, plan and exercise selfkind keeps for you (asks twice)."""
    from selfkind import messages
    from selfkind.core.errors import UsageError
    from selfkind.storage.paths import data_dir, remove_data
    from selfkind.ui import render, terminal
    from selfkind.ui.console import message

    folder = data_dir()
    if not yes:
        if not terminal.is_interactive():
            raise UsageError(messages.EVERYTHING_NEEDS_YES)
        from selfkind.ui.prompts import confirm

        if not (
            confirm(messages.EVERYTHING_CONFIRM.format(folder=folder))
            and confirm(messages.EVERYTHING_CONFIRM_AGAIN)
        ):
            render.err().print(message(messages.EVERYTHING_KEPT))
            return
    removed = remove_data()  # checks everything first; removes links, never what they point to
    said = messages.EVERYTHING_DELETED if removed.anything else messages.EVERYTHING_NOTHING
    render.err().print(message(said.format(folder=folder)))
    for link, target in removed.links:
        render.err().print(message(messages.EVERYTHING_LINK_LEFT.format(link=link, target=target)))
