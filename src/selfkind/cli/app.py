"""The command tree: the root app, its one error boundary, and the sub-apps of each noun."""

from typing import Annotated, Any

import typer

from selfkind import __version__, messages
from selfkind.cli import (
    care,
    encryption,
    entries,
    exchange,
    exercise,
    home,
    plan,
    report,
    run,
    summary,
)
from selfkind.cli.group import Group
from selfkind.cli.options import Json
from selfkind.cli.startup import check_permissions, error_boundary


class ErrorBoundary(Group):
    """The root group: every command runs inside the one error boundary."""

    def invoke(self, ctx: Any) -> Any:
        with error_boundary(passing=(typer.TyperException, typer.Exit, typer.Abort)):
            return super().invoke(ctx)


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
app.command("help-now")(care.help_now)
for word in ("crisis", "sos", "emergency"):  # what someone in a hard moment might type instead
    app.command(word, hidden=True)(care.help_now)
app.command("delete-everything")(care.delete_everything)
app.command("encrypt")(encryption.encrypt_command)
app.command("decrypt")(encryption.decrypt_command)
app.add_typer(care.config_app, name="config")
app.command("export")(exchange.export_command)
app.command("import")(exchange.import_command)


def show_version(value: bool) -> None:
    if value:
        typer.echo(f"selfkind {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", callback=show_version, is_eager=True, help="Show the version."),
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


def main() -> None:
    """The `selfkind` console script."""
    app(prog_name="selfkind")
