"""The command tree: the root app, its one error boundary, and the sub-apps of each noun."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from typer._click.exceptions import NoArgsIsHelpError
from typer._click.exceptions import UsageError as ClickUsageError

from selfkind import __version__, messages
from selfkind.cli import (
    care,
    clinic,
    encryption,
    entries,
    exchange,
    exercise,
    home,
    plan,
    report,
    run,
    summary,
    sync,
)
from selfkind.cli.group import Group
from selfkind.cli.language import (
    help_asked,
    speak_chosen_language,
    translate_help,
    usage_problem,
)
from selfkind.cli.options import Json, ValueType
from selfkind.cli.startup import check_permissions, error_boundary
from selfkind.core.errors import UsageError


class ErrorBoundary(Group):
    """The root group: every command runs inside the one error boundary, and wrong usage
    that Click finds is said as plainly as ours."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        with error_boundary(passing=PASSING), plain_usage(ctx):
            speak_chosen_language()  # before any help is shown or any mistake is said
            if help_asked(self, args):  # Typer's help machinery costs ~80 ms: only then
                translate_help(self)
            return super().parse_args(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        with error_boundary(passing=PASSING), plain_usage(ctx):
            return super().invoke(ctx)


PASSING = (typer.TyperException, typer.Exit, typer.Abort)


@contextmanager
def plain_usage(ctx: Any) -> Iterator[None]:
    """Click's word on wrong usage (an unknown option, a missing argument) as our plain
    sentence and where to look, instead of a usage line and a box (exit 2)."""
    try:
        yield
    except ClickUsageError as error:
        if isinstance(error, NoArgsIsHelpError):
            raise
        problem = usage_problem(error)
        where = error.ctx or ctx
        command = where.command_path
        if where is ctx and ctx.invoked_subcommand:
            command = f"{command} {ctx.invoked_subcommand}"
        said = messages.USAGE_PROBLEM.format(problem=problem, command=command)
        raise UsageError(said) from None


app = typer.Typer(
    cls=ErrorBoundary,
    name="selfkind",
    help="A gentle self-compassion coach for the terminal. Everything stays on this machine.",
    invoke_without_command=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.command("run")(run.run_command)
app.command("checkin")(run.checkin_command)
app.add_typer(exercise.app, name="exercise")
app.add_typer(entries.app, name="entries")
app.command("summary")(summary.summary_command)
app.command("today")(plan.today_command)
app.add_typer(plan.app, name="plan")
app.command("report")(report.report_command)
app.add_typer(clinic.app, name="clinic")
app.command("help-now")(care.help_now)
for word in ("crisis", "sos", "emergency"):  # what someone in a hard moment might type instead
    app.command(word, hidden=True)(care.help_now)
app.command("delete-everything")(care.delete_everything)
app.command("encrypt")(encryption.encrypt_command)
app.command("decrypt")(encryption.decrypt_command)
app.add_typer(care.config_app, name="config")
app.command("export")(exchange.export_command)
app.command("import")(exchange.import_command)
app.command("sync")(sync.sync_command)


def show_version(value: bool) -> None:
    if value:
        typer.echo(f"selfkind {__version__}")
        raise typer.Exit()


def choose_plain(value: bool) -> None:
    if value:  # read by every view and prompt, as SELFKIND_PLAIN=1 would be
        os.environ["SELFKIND_PLAIN"] = "1"


@app.callback()
def root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", callback=show_version, is_eager=True, help="Show the version."),
    ] = False,
    plain: Annotated[
        bool,
        typer.Option(
            "--plain",
            callback=choose_plain,
            is_eager=True,
            help="Plain lines of text for screen readers and simple terminals "
            "(also TERM=dumb or SELFKIND_PLAIN=1). Works after a command too.",
        ),
    ] = False,
) -> None:
    """A gentle self-compassion coach for the terminal. Everything stays on this machine."""
    check_permissions()
    if ctx.invoked_subcommand is None:
        home.show_home()


@app.command("nudge")
def nudge() -> None:
    """One short line about today's check-in, or nothing: for your shell's start-up file."""
    from selfkind.cli.nudge import main as nudge_main

    nudge_main()


@app.command("where")
def where(json_: Json = False) -> None:
    """Show the folder where your data lives."""
    from selfkind.storage.paths import data_dir

    if json_:
        from selfkind.ui import json_view

        json_view.print_json(json_view.folder(data_dir()))
        return
    typer.echo(messages.WHERE.format(folder=data_dir()))


class ShellName(ValueType):
    """A shell selfkind can complete in."""

    metavar = "SHELL"

    def convert(self, text: str, option: str) -> str:
        from selfkind.cli.completion import SHELLS

        if text not in SHELLS:
            raise UsageError(messages.COMPLETION_NO_SUCH_SHELL.format(text=text))
        return text


@app.command("completion")
def completion(
    shell: Annotated[
        str, typer.Argument(metavar="SHELL", help="bash, zsh or fish.", parser=ShellName("SHELL"))
    ],
    install: Annotated[
        bool, typer.Option("--install", help="Write it where that shell looks for it.")
    ] = False,
) -> None:
    """Print a shell completion script: Tab then completes commands, options and ids.

    Load it with `eval "$(selfkind completion bash)"` in ~/.bashrc (zsh and fish alike), or write it once with --install.
    """
    from selfkind.cli import completion as completing

    if not install:
        typer.echo(completing.script(shell))
        return
    path, line = completing.install(shell)
    typer.echo(messages.COMPLETION_WRITTEN.format(shell=shell, path=path), err=True)
    if line:
        typer.echo(messages.COMPLETION_SOURCE_IT.format(rc="~/.zshrc", line=line), err=True)


@app.command("help")
def help_command(
    ctx: typer.Context,
    command: Annotated[
        list[str] | None, typer.Argument(metavar="COMMAND", help="A command, like summary.")
    ] = None,
) -> None:
    """Show the help of selfkind, or of one command (for support in a hard moment: help-now)."""
    shown: Any = ctx.parent or ctx
    for word in command or []:
        group = shown.command
        found = group.get_command(shown, word) if hasattr(group, "get_command") else None
        if found is None:
            raise UsageError(messages.NO_SUCH_HELP_TOPIC.format(name=word))
        shown = typer.Context(found, info_name=word, parent=shown)
    text = shown.get_help()
    if text:
        typer.echo(text)


def main() -> None:
    """The `selfkind` console script."""
    app(prog_name="selfkind")
