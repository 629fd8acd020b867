"""The pieces every question at the terminal shares: selfkind's prompt style, the keys that
go back or stop, and asking on the terminal even when output is redirected. With `prompts`,
`plainly` and `one_key`, the only modules that import questionary and prompt_toolkit."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import questionary
from prompt_toolkit.application import create_app_session
from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
from prompt_toolkit.output import create_output

from selfkind.core.runner import GoBack, PartlyTyped

Validate = Callable[[str], "bool | str"]  # True, or what to say about the words typed

QMARK = "›"
STYLE = questionary.Style(
    [
        ("qmark", "fg:ansicyan bold"),
        ("question", "bold"),
        ("answer", "fg:ansicyan"),
        ("instruction", "fg:ansibrightblack"),
        ("pointer", "fg:ansicyan bold"),
        ("highlighted", "fg:ansicyan"),
        ("selected", "fg:ansicyan"),
        ("separator", "fg:ansibrightblack"),
        ("disabled", "fg:ansibrightblack"),
        ("bar-done", "fg:ansicyan"),
        ("bar-todo", "fg:ansibrightblack"),
    ]
)


def our_keys(*, go_back: bool, ctrl_d: bool, plain_newline: bool) -> KeyBindings:
    """Shift-Tab goes back; Ctrl-C stops, keeping words typed but not yet sent; Ctrl-D stops
    (text prompts already stop on Ctrl-D themselves, when nothing is typed). In a multi-line
    box Enter starts a new line exactly as typed (prompt_toolkit would copy the indent)."""
    bindings = KeyBindings()

    if plain_newline:

        @bindings.add("enter", eager=True)
        def _newline(event: Any) -> None:
            event.current_buffer.insert_text("\n")

    @bindings.add("c-c", eager=True)
    def _stop_keeping_words(event: Any) -> None:
        typed = event.app.current_buffer.text if event.app.current_buffer else ""
        stop = PartlyTyped(typed) if typed.strip() else KeyboardInterrupt()
        event.app.exit(exception=stop, style="class:aborting")

    if go_back:

        @bindings.add("s-tab", eager=True)
        def _back(event: Any) -> None:
            typed = event.app.current_buffer.text if event.app.current_buffer else ""
            event.app.exit(exception=GoBack(typed))

    if ctrl_d:

        @bindings.add("c-d", eager=True)
        def _stop(event: Any) -> None:
            event.app.exit(exception=EOFError())

    return bindings


def ask(
    make_question: Callable[[], questionary.Question],
    *,
    go_back: bool = False,
    ctrl_d: bool = True,
    plain_newline: bool = False,
    extra: KeyBindings | None = None,
) -> Any:
    """Build and ask a question at the terminal; Ctrl-C raises KeyboardInterrupt, Ctrl-D
    EOFError, Shift-Tab GoBack. Built inside `at_terminal` because it binds its output then."""
    with at_terminal():
        app = make_question().application
        app.key_bindings = merge_key_bindings(
            [
                app.key_bindings or KeyBindings(),
                our_keys(go_back=go_back, ctrl_d=ctrl_d, plain_newline=plain_newline),
                extra or KeyBindings(),
            ]
        )
        return app.run()


@contextmanager
def at_terminal() -> Iterator[None]:
    """Prompt on the terminal even when standard output is redirected (e.g. `--json > file`)."""
    if sys.stdout.isatty() or not sys.stderr.isatty():
        yield
        return
    with create_app_session(output=create_output(stdout=sys.stderr)):
        yield
