"""The group class of every selfkind command group: commands that start quickly, help that
shows plain metavars (`--days N`, nothing after a flag), and option values read by our own
value types (cli/options.py), so a mistake is one sentence of ours and no pydantic loads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args, get_origin

from typer._coercion import RuntimeParam
from typer.core import TyperArgument, TyperGroup, TyperOption, _TyperParameter

from selfkind import messages
from selfkind.cli.options import ValueType, WholeNumber
from selfkind.ui.terminal import plain


@dataclass(frozen=True)
class _OurRuntime(RuntimeParam):
    """Typer's runtime coercion of one parameter, done by a value type of ours."""

    kind: ValueType

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        option = param.opts[0] if param.opts else param.human_readable_name
        if isinstance(value, (list, tuple)):
            return [self.kind.convert(item, option) for item in value]
        return self.kind.convert(value, option)


def _display_type(param: _TyperParameter, ctx: Any) -> str | None:
    """The help's type column: an option's metavar (nothing for a flag), nothing for an
    argument (its metavar is already its name)."""
    return param.metavar if isinstance(param, TyperOption) else None


def _no_range(param: _TyperParameter) -> str | None:
    return None  # a whole number's range is said by its error, not as [1<=x<=3660]


def _usage_name(param: _TyperParameter) -> str:
    """An argument in the usage line: EXERCISE, [ID] when optional, TEXT... when repeated."""
    name = param.display_name_raw if param.required else f"[{param.display_name_raw}]"
    return name + ("..." if param.nargs != 1 else "")


def _runtime(param: _TyperParameter) -> Any:
    """Typer's coercion of the value, or ours when a value type of ours reads it."""
    kind: ValueType | None = getattr(param, "kind", None)
    if kind is None:
        return _TyperParameter.get_runtime_param(param)
    if param._runtime_param is None:
        descriptor = param.type_descriptor
        param._runtime_param = _OurRuntime(descriptor.parameter_info, descriptor.annotation, kind)
    return param._runtime_param


class PlainOption(TyperOption):
    """A Typer option shown as `--days N` (a flag as itself) and read by our value types."""

    display_type_rich = _display_type
    _get_number_range_help_str = _no_range
    get_runtime_param = _runtime


class PlainArgument(TyperArgument):
    """A Typer argument shown by its metavar alone (EXERCISE) and read by our value types."""

    display_type_rich = _display_type
    _get_number_range_help_str = _no_range
    _usage_display_name = _usage_name
    get_runtime_param = _runtime


def plain_parameters(params: list[Any]) -> None:
    """Turn a command's Typer parameters into plain ones, once (a command is reused)."""
    for param in params:
        if isinstance(param, (PlainOption, PlainArgument)):
            continue
        if isinstance(param, TyperOption):
            param.__class__ = PlainOption
            if param.metavar is None and param.is_flag:
                param.metavar = ""
        elif isinstance(param, TyperArgument):
            param.__class__ = PlainArgument
            param.metavar = param.metavar or (param.name or "").upper()
        else:
            continue
        param.kind = _kind_of(param)


def _kind_of(param: Any) -> ValueType | None:
    """Our value type for a parameter, if we read it: its `parser=` when that is one of ours,
    a whole number (with Typer's min and max, then dropped from the help), or text."""
    info = param.type_descriptor.parameter_info
    if isinstance(info.parser, ValueType):
        return info.parser
    annotation = param.type_descriptor.annotation
    if get_origin(annotation) is list:
        (annotation,) = get_args(annotation)
    if info.parser is not None or annotation is bool or annotation is Path:
        return None
    option = param.opts[0] if param.opts else param.human_readable_name
    if annotation is int:
        kind = WholeNumber(option, param.min, param.max)
        param.min = param.max = None
        return kind
    if annotation is str:
        return ValueType(option)
    return None


def _plain_flag(help_option: Any) -> Any:
    """Give a --help flag the default False instead of None.

    typer checks a None by building a pydantic TypeAdapter, and the first one loads pydantic
    (about 100 ms) on every run; a False is a plain bool and is not checked. Commands whose
    options are all flags (home, today, help-now, where) then start without pydantic.
    """
    if help_option is not None and help_option.default is None:
        help_option.default = False
    if help_option is not None:
        plain_parameters([help_option])
        help_option.help = messages.HELP_SHOW_HELP
    return help_option


def _help_as_lines(command: Any) -> None:
    """In plain mode, help as Click writes it, in lines of text: Typer's Rich help draws
    frames around the options."""
    if plain():
        command.rich_markup_mode = None
        if command.help and not command.short_help:  # Click would cut it at 45 characters
            command.short_help = command.help.split("\n\n")[0].replace("\n", " ")


class Group(TyperGroup):
    """A typer group whose own --help flag, and its commands', are plain bools, and whose
    parameters, and its commands', are plain (see `plain_parameters`)."""

    def get_help_option(self, ctx: Any) -> Any:
        return _plain_flag(super().get_help_option(ctx))

    def get_params(self, ctx: Any) -> Any:
        plain_parameters(self.params)
        return super().get_params(ctx)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _help_as_lines(self)
        super().format_help(ctx, formatter)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            plain_parameters(command.params)
            _help_as_lines(command)
        if command is not None and not isinstance(command, Group):
            _plain_flag(command.get_help_option(ctx))
        return command
