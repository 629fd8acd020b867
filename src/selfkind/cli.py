"""The command tree: the root app, its one error boundary, and the sub-apps of each noun."""

from __future__ import annotations

import os
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from selfkind import __version__, messages
from selfkind.commands import (
    encryption,
    entries,
    exchange,
    exercise,
    home,
    plan,
    report,
    run,
    safety,
    summary,
)
from selfkind.errors import SelfkindError


def print_error(error: SelfkindError) -> None:
    """Print an error kindly to standard error: the message, then any detail lines."""
    from selfkind.render import err
    from selfkind.text import literal, message

    console = err()
    console.print(message(error.message))
    for line in error.details:
        console.print(literal(f"  {line}"))


class ErrorBoundary(TyperGroup):
    """The one place errors become messages and exit codes; no traceback reaches a person."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except SelfkindError as error:
            print_error(error)
            raise typer.Exit(error.exit_code) from None
        except BrokenPipeError:
            # The reader went away (`| head`): nothing is wrong, so say nothing. Later writes
            # (Python flushes at exit) go nowhere instead of raising again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(0) from None
        except (KeyboardInterrupt, EOFError):
            print_error(SelfkindError(messages.INTERRUPTED))
            raise typer.Exit(130) from None
        except (typer.TyperException, typer.Exit, typer.Abort):
            raise
        except Exception:
            if os.environ.get("SELFKIND_DEBUG"):
                raise
            print_error(SelfkindError(messages.UNEXPECTED))
            raise typer.Exit(1) from None


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
app.command("help-now")(safety.help_now)
app.command("delete-everything")(safety.delete_everything)
app.command("encrypt")(encryption.encrypt_command)
app.command("decrypt")(encryption.decrypt_command)
app.add_typer(safety.config_app, name="config")
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
    from selfkind.paths import repair_permissions

    repaired = repair_permissions()
    if repaired:
        from selfkind.render import err
        from selfkind.text import message

        err().print(message(messages.PERMISSIONS_REPAIRED.format(count=len(repaired))))
    if ctx.invoked_subcommand is None:
        home.show_home()


@app.command("nudge")
def nudge() -> None:
    """One short line about today's check-in, or nothing: for your shell's start-up file."""
    from selfkind.nudge import main as nudge_main

    nudge_main()


@app.command("where")
def where() -> None:
    """Show the folder where your data lives."""
    from selfkind import messages
    from selfkind.paths import data_dir

    typer.echo(messages.WHERE.format(folder=data_dir()))


def main() -> None:
    """The `selfkind` console script."""
    app(prog_name="selfkind")
