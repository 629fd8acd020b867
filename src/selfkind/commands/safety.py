"""`selfkind help-now`, `config` and `delete-everything`: support, the region it is for, and leaving."""

from __future__ import annotations

import os
from typing import Annotated

import typer

REGION = "region"
SAFETY_PLAN = "safety-plan"

config_app = typer.Typer(
    help="Settings: the region whose support lines help-now shows.", no_args_is_help=True
)


def support_region() -> str | None:
    """The region set with `config set region`, if any; None if the data cannot be read."""
    from selfkind.errors import SelfkindError
    from selfkind.store import open_store

    try:
        with open_store() as store:
            return store.setting(REGION)
    except SelfkindError:
        return None


def help_now() -> None:
    """Support lines to reach right now, and your safety plan, if you are struggling or in danger."""
    from selfkind import messages, render
    from selfkind.errors import SelfkindError
    from selfkind.passphrase import ENVIRONMENT as PASSPHRASE
    from selfkind.passphrase import from_environment
    from selfkind.practice import exercises_of
    from selfkind.store import EntryFilter, open_store
    from selfkind.support import lines_for
    from selfkind.text import message

    plan_view = None
    region = None
    # Help must show even when the data cannot be read, and without waiting for a passphrase.
    try:
        with open_store(passphrase=from_environment) as store:
            region = store.setting(REGION)
            made_one = EntryFilter(exercise_id=SAFETY_PLAN, complete_only=True, limit=1)
            if store.encrypted and not os.environ.get(PASSPHRASE) and store.count(made_one):
                plan_view = message(messages.SAFETY_PLAN_LOCKED)
            elif latest := store.list(made_one):
                plan_view = render.entry_detail(latest[0], exercises_of(store)(latest[0]))
    except SelfkindError:
        pass
    render.out().print(render.support_lines(lines_for(region), plan_view))


@config_app.command("set")
def config_set(
    key: Annotated[str, typer.Argument(help="The setting: region.")],
    value: Annotated[
        str, typer.Argument(help="A country code like GB, US, CA, IE or AU; 'none' to clear it.")
    ],
) -> None:
    """Change a setting: `selfkind config set region GB`."""
    from selfkind import messages, render
    from selfkind.errors import UsageError
    from selfkind.store import open_store
    from selfkind.support import REGIONS
    from selfkind.text import message

    if key != REGION:
        raise UsageError(messages.CONFIG_UNKNOWN.format(key=key))
    region = value.strip().upper()
    with open_store() as store:
        store.set_setting(REGION, "" if region == "NONE" else region)
    if region == "NONE":
        said = messages.REGION_CLEARED
    elif region in REGIONS:
        said = messages.REGION_SET.format(region=region)
    else:
        said = messages.REGION_UNKNOWN.format(region=region, known=", ".join(REGIONS))
    render.err().print(message(said))


@config_app.command("show")
def config_show() -> None:
    """Show the settings."""
    region = support_region()
    typer.echo(f"region: {region or '(not set: every line is shown)'}")


def delete_everything(
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Delete without asking.")] = False,
) -> None:
    """Delete every entry, plan and exercise selfkind keeps for you (asks twice)."""
    from selfkind import messages, render, terminal
    from selfkind.errors import UsageError
    from selfkind.paths import data_dir, remove_data
    from selfkind.text import message

    folder = data_dir()
    if not yes:
        if not terminal.is_interactive():
            raise UsageError(messages.EVERYTHING_NEEDS_YES)
        from selfkind.prompts import confirm

        if not (
            confirm(messages.EVERYTHING_CONFIRM.format(folder=folder))
            and confirm(messages.EVERYTHING_CONFIRM_AGAIN)
        ):
            render.err().print(message(messages.EVERYTHING_KEPT))
            return
    removed = remove_data()
    said = messages.EVERYTHING_DELETED if removed else messages.EVERYTHING_NOTHING
    render.err().print(message(said.format(folder=folder)))
