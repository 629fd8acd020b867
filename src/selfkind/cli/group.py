"""The group class of every selfkind command group: commands that start quickly."""

from __future__ import annotations

from typing import Any

from typer.core import TyperGroup


def _plain_flag(help_option: Any) -> Any:
    """Give a --help flag the default False instead of None.

    typer checks a None by building a pydantic TypeAdapter, and the first one loads pydantic
    (about 100 ms) on every run; a False is a plain bool and is not checked. Commands whose
    options are all flags (home, today, help-now, where) then start without pydantic.
    """
    if help_option is not None and help_option.default is None:
        help_option.default = False
    return help_option


class Group(TyperGroup):
    """A typer group whose own --help flag, and its commands', are plain bools."""

    def get_help_option(self, ctx: Any) -> Any:
        return _plain_flag(super().get_help_option(ctx))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None and not isinstance(command, Group):
            _plain_flag(command.get_help_option(ctx))
        return command
