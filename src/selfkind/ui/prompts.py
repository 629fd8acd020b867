"""Asking a person at the terminal: with `one_key`, the only modules that import questionary
and prompt_toolkit.

`QuestionaryPrompter` is the runner's Prompter. Every prompt accepts Shift-Tab
to go back to the previous answer; Ctrl-C and Ctrl-D stop (the runner keeps a
draft). Nothing here stores anything.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import partial
from typing import Any, TypeVar

import questionary
from prompt_toolkit.application import Application, create_app_session
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
from prompt_toolkit.layout import FormattedTextControl, Layout, Window
from prompt_toolkit.output import create_output
from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from selfkind import messages
from selfkind.core.exercise import (
    Answer,
    AnswerStep,
    ChoicesStep,
    ChoiceStep,
    ConfirmStep,
    Exercise,
    PauseStep,
    SayStep,
    ScaleStep,
    TextStep,
)
from selfkind.core.runner import GoBack, PartlyTyped, Position
from selfkind.core.templates import fill
from selfkind.core.text import clean, markdown_escape
from selfkind.ui.console import literal
from selfkind.ui.one_key import no_editor_keys, yes_no
from selfkind.ui.render import markdown, screen

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
SKIP = object()  # the value of the "(skip)" option in an optional choice
T = TypeVar("T")


def _our_keys(*, go_back: bool, ctrl_d: bool, plain_newline: bool) -> KeyBindings:
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


def _ask(
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
                _our_keys(go_back=go_back, ctrl_d=ctrl_d, plain_newline=plain_newline),
                extra or KeyBindings(),
            ]
        )
        return app.run()


class QuestionaryPrompter:
    """Shows steps and asks for answers in the terminal, with a step counter and the title."""

    def __init__(self, exercise: Exercise, console: Console) -> None:
        self.exercise = exercise
        self.console = console
        self.hinted = False

    # ---------------------------------------------------------------- runner protocol

    def show(
        self, step: SayStep | PauseStep, answers: Mapping[str, Answer], position: Position
    ) -> None:
        self._header(position)
        if isinstance(step, SayStep):
            text = fill(step.text, answers, escape=markdown_escape)
            self.console.print(Panel(markdown(text), border_style="dim", padding=(0, 1)))
            if not position.final:  # the last words need no answer
                wait_to_continue()
            return
        if step.text:
            self.console.print(markdown(fill(step.text, answers, escape=markdown_escape)))
        pause(step.seconds)

    def ask(
        self,
        step: AnswerStep,
        answers: Mapping[str, Answer],
        position: Position,
        previous: Answer | None,
    ) -> Answer | None:
        self._header(position)
        # The question is printed by Rich, which wraps words cleanly; prompt_toolkit then asks
        # on a short line of its own (a long wrapped prompt can blank a multi-line box).
        self.console.print(literal(fill(step.prompt, answers), "bold"))
        if step.help:
            self.console.print(literal(fill(step.help, answers), "dim"))
        if isinstance(step, ScaleStep):
            return self._scale(step, previous)
        if isinstance(step, ChoicesStep):
            return self._choices(step, previous)
        if isinstance(step, ChoiceStep):
            return self._choice(step, previous)
        if isinstance(step, ConfirmStep):
            default = previous if isinstance(previous, bool) else step.default
            return bool(_ask(partial(yes_no, default, qmark=QMARK, style=STYLE), go_back=True))
        assert isinstance(step, TextStep)
        return self._text(step, previous)

    # ---------------------------------------------------------------- step types

    def _text(self, step: TextStep, previous: Answer | None) -> Answer | None:
        def valid(text: str) -> bool | str:
            if step.required and not text.strip():
                return messages.TEXT_REQUIRED
            if len(text.strip()) > step.max_length:
                return messages.TEXT_TOO_LONG.format(
                    length=len(text.strip()), limit=step.max_length
                )
            return True

        editor = bool(os.environ.get("VISUAL") or os.environ.get("EDITOR"))
        if step.multiline:
            self._hint(
                step,
                messages.MULTILINE_HINT,
                *([messages.EDITOR_HINT] if editor else []),
                optional=messages.OPTIONAL_MULTILINE,
            )
        else:
            self._hint(step)
        question = partial(
            questionary.text,
            "",
            default=previous if isinstance(previous, str) else "",
            validate=valid,
            multiline=step.multiline,
            instruction="",  # our own hint is printed above; questionary would add another
            qmark=QMARK,
            style=STYLE,
            enable_open_in_editor=step.multiline and editor,
        )
        typed = _ask(
            question,
            go_back=True,
            ctrl_d=False,
            plain_newline=step.multiline,
            extra=no_editor_keys() if step.multiline and not editor else None,
        )
        return typed.strip() or None

    def _scale(self, step: ScaleStep, previous: Answer | None) -> Answer | None:
        labels = [f"{number} = {label}" for number, label in sorted(step.labels.items())]
        whole = messages.PROMPT_SCALE_RANGE.format(low=step.min, high=step.max)
        self._hint(step, *(labels or [whole]))

        def valid(text: str) -> bool | str:
            if not text.strip() and not step.required:
                return True
            return step.fits(_whole_number(text)) or messages.SCALE_INVALID.format(
                low=step.min, high=step.max
            )

        question = partial(
            questionary.text,
            "",
            default="" if previous is None else str(previous),
            validate=valid,
            qmark=QMARK,
            style=STYLE,
        )
        return _whole_number(_ask(question, go_back=True, ctrl_d=False))

    def _choice(self, step: ChoiceStep, previous: Answer | None) -> Answer | None:
        choices: list[Any] = list(step.options)
        if not step.required:
            choices.append(questionary.Choice(messages.SKIP_CHOICE, value=SKIP))
        question = partial(
            questionary.select,
            "",
            choices=choices,
            default=previous if previous in step.options else None,
            qmark=QMARK,
            style=STYLE,
        )
        value = _ask(question, go_back=True)
        return None if value is SKIP else value

    def _choices(self, step: ChoicesStep, previous: Answer | None) -> Answer | None:
        chosen = previous if isinstance(previous, list) else []

        def valid(selected: list[str]) -> bool | str:
            if len(selected) >= step.min_selected:
                return True
            return messages.CHOICES_TOO_FEW.format(count=step.min_selected)

        question = partial(
            questionary.checkbox,
            "",
            choices=[
                questionary.Choice(option, checked=option in chosen) for option in step.options
            ],
            validate=valid,
            instruction=f"({messages.CHOICES_HINT})",
            qmark=QMARK,
            style=STYLE,
        )
        return _ask(question, go_back=True) or None

    def _hint(self, step: AnswerStep, *hints: str, optional: str = messages.OPTIONAL) -> None:
        """One quiet line under the question: what fits, and whether it can be skipped."""
        parts = [*hints, *([] if step.required else [optional])]
        if parts:
            self.console.print(literal(" · ".join(parts), "dim"))

    def _header(self, position: Position) -> None:
        if not self.hinted:
            self.console.print(Text(messages.KEY_HINTS, style="dim"))
            self.hinted = True
        title = literal(self.exercise.title, "dim bold")
        if not position.label:  # shown on a condition before any step that always shows
            self.console.print(Text.assemble("\n", title))
            return
        where = messages.PROMPT_POSITION.format(number=position.label, total=position.total)
        self.console.print(Text.assemble("\n", title, (" · " + where, "dim")))


def _whole_number(text: str) -> int | None:
    text = text.strip()
    try:
        return int(text) if text.lstrip("+-").isdigit() and text.isascii() else None
    except ValueError:
        return None


def wait_to_continue() -> None:
    """Wait until the person has read what is shown: Enter continues, Shift-Tab goes back."""
    pause(None)


def pause(seconds: int | None) -> None:
    """A quiet progress bar for `seconds` (None: until Enter); Enter moves on, Ctrl-C stops."""
    started = time.monotonic()
    width = 30

    def line() -> StyleAndTextTuples:
        if seconds is None:
            return [("class:instruction", f"({messages.CONTINUE_HINT})")]
        elapsed = min(seconds, time.monotonic() - started)
        done = round(width * elapsed / seconds)
        left = max(0, round(seconds - elapsed))
        return [
            ("class:bar-done", "▰" * done),
            ("class:bar-todo", "▱" * (width - done)),
            ("", f"  {left}s  "),
            ("class:instruction", f"({messages.PAUSE_HINT})"),
        ]

    bindings = KeyBindings()
    bindings.add("enter")(lambda event: event.app.exit())
    bindings.add("c-c")(lambda event: event.app.exit(exception=KeyboardInterrupt()))
    bindings.add("c-d")(lambda event: event.app.exit(exception=EOFError()))
    bindings.add("s-tab")(lambda event: event.app.exit(exception=GoBack()))
    with at_terminal():
        app: Application[None] = Application(
            layout=Layout(Window(FormattedTextControl(line), height=1)),
            key_bindings=bindings,
            style=STYLE,
            refresh_interval=0.25 if seconds else None,
        )
        if seconds is not None:

            async def finish() -> None:
                await asyncio.sleep(seconds)
                app.exit()

            def start() -> None:
                app.create_background_task(finish())

            app.pre_run_callables.append(start)
        app.run()


@contextmanager
def at_terminal() -> Iterator[None]:
    """Prompt on the terminal even when standard output is redirected (e.g. `--json > file`)."""
    if sys.stdout.isatty() or not sys.stderr.isatty():
        yield
        return
    with create_app_session(output=create_output(stdout=sys.stderr)):
        yield


def choose(message: str, options: Sequence[tuple[str, T]], default: T | None = None) -> T:
    """Pick one of several labelled options."""
    screen().print(literal(message, "bold"))
    choices = [questionary.Choice(label, value=value) for label, value in options]
    chosen = next((choice for choice in choices if choice.value == default), None)
    return _ask(
        partial(questionary.select, "", choices=choices, default=chosen, qmark=QMARK, style=STYLE)
    )


def choose_many(message: str, options: Sequence[tuple[str, T]]) -> list[T]:
    """Pick any of several labelled options (none checked to begin with)."""
    screen().print(literal(message, "bold"))
    choices = [questionary.Choice(clean(label), value=value) for label, value in options]
    return list(
        _ask(
            partial(
                questionary.checkbox,
                "",
                choices=choices,
                instruction=f"({messages.CHOICES_HINT})",
                qmark=QMARK,
                style=STYLE,
            )
        )
        or []
    )


def confirm(message: str, *, default: bool = False) -> bool:
    """A yes or no, the question printed above it (a long prompt line would wrap mid-word)."""
    screen().print(literal(message, "bold"))
    return bool(_ask(partial(yes_no, default, qmark=QMARK, style=STYLE)))


def secret(message: str) -> str:
    """A passphrase, typed without being shown."""
    screen().print(literal(message, "bold"))
    return str(_ask(partial(questionary.password, "", qmark=QMARK, style=STYLE)) or "")
