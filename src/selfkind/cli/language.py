"""The language the command line speaks: chosen as each run starts, and used in its help and
in what it says about wrong usage (Typer's copy of Click says these in English only)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from selfkind import messages
from selfkind.messages.language import chosen_language, setting_in, translated, use_language

HELP_TEXTS = ("help", "short_help", "epilog")
# The words of Typer's help, by the message that says each (they are English constants there).
TYPER_WORDS = {
    "ARGUMENTS_PANEL_TITLE": "HELP_ARGUMENTS",
    "OPTIONS_PANEL_TITLE": "HELP_OPTIONS",
    "COMMANDS_PANEL_TITLE": "HELP_COMMANDS",
    "REQUIRED_LONG_STRING": "HELP_REQUIRED",
}
ENGLISH = "_selfkind_english"  # where a command keeps its help as written
# Typer's words for a command it does not know, with its nearest one.
NO_SUCH_COMMAND = re.compile(r"No such command '(.+?)'\.(?: Did you mean '([^']+)'.*)?$", re.S)


def speak_chosen_language() -> None:
    """Speak the language chosen by SELFKIND_LANG, `config set language` or the system."""
    from selfkind.storage.paths import data_dir

    use_language(chosen_language(setting_in(str(data_dir()))))


def translate_help(root: Any) -> None:
    """Every help text in the command tree, and Typer's panel titles, in the language being
    spoken. The English is kept on each command, so a later run may choose another language."""
    import typer.rich_utils as panels
    from typer._click.formatting import HelpFormatter

    for item in _tree(root):
        english = item.__dict__.setdefault(ENGLISH, {a: getattr(item, a, None) for a in HELP_TEXTS})
        for attribute, text in english.items():
            if text:
                setattr(item, attribute, translated(text))
        if hasattr(item, "options_metavar"):  # a command's usage line: [OPTIONS], COMMAND
            item.options_metavar = messages.HELP_OPTIONS_METAVAR
        if getattr(item, "subcommand_metavar", None):
            item.subcommand_metavar = messages.HELP_COMMAND_METAVAR
    for constant, name in TYPER_WORDS.items():
        setattr(panels, constant, getattr(messages, name))
    HelpFormatter.write_usage.__defaults__ = ("", messages.HELP_USAGE)  # (args, prefix)
    panels.DEFAULT_STRING = messages.HELP_DEFAULT.replace("{value}", "{}")  # Typer fills it so


def help_asked(root: Any, args: list[str]) -> bool:
    """Whether this command line shows help: -h or --help, `selfkind help`, or a group named
    with nothing after it (a group with no command shows its help)."""
    if "-h" in args or "--help" in args or args[:1] == ["help"]:
        return True
    command = root
    for word in args:
        command = getattr(command, "commands", {}).get(word)
        if command is None:
            return False
    return command is not root and bool(getattr(command, "commands", None))


def _tree(command: Any) -> Iterator[Any]:
    yield command
    yield from command.params
    for sub in getattr(command, "commands", {}).values():
        yield from _tree(sub)


def usage_problem(error: Any) -> str:
    """What Click found wrong with the command line, as one sentence of ours."""
    from typer._click.exceptions import BadOptionUsage, MissingParameter, NoSuchOption

    if isinstance(error, NoSuchOption):
        possible = sorted(error.possibilities or ())
        if possible:
            options = ", ".join(possible)
            return messages.USAGE_NO_SUCH_OPTION_CLOSE.format(
                option=error.option_name, close=options
            )
        return messages.USAGE_NO_SUCH_OPTION.format(option=error.option_name)
    if isinstance(error, BadOptionUsage):
        if "does not take a value" in error.message:
            return messages.USAGE_OPTION_TAKES_NO_VALUE.format(option=error.option_name)
        return messages.USAGE_OPTION_NEEDS_VALUE.format(option=error.option_name)
    if isinstance(error, MissingParameter) and error.param is not None:
        hint = error.param.get_error_hint()
        return messages.USAGE_MISSING.format(what=hint.strip("'\""))
    if (unknown := NO_SUCH_COMMAND.match(error.message)) is not None:
        name, nearest = unknown.groups()
        if nearest:
            return messages.USAGE_NO_SUCH_COMMAND_CLOSE.format(name=name, close=nearest)
        return messages.USAGE_NO_SUCH_COMMAND.format(name=name)
    if error.message.startswith("Got unexpected extra argument"):
        extra = error.message.rpartition("(")[2].rstrip(")")
        return messages.USAGE_EXTRA_ARGUMENTS.format(extra=extra)
    problem: str = error.format_message().strip()
    return problem if problem.endswith((".", "?", "!")) else problem + "."
