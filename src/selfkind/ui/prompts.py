"""Asking a person at the terminal: with `asking`, `plainly` and `one_key`, the only modules
that import questionary and prompt_toolkit. In plain mode every question is asked by
`plainly`, on a line of typed words.

`QuestionaryPrompter` is the runner's Prompter. Every prompt accepts Shift-Tab
to go back to the previous answer; Ctrl-C and Ctrl-D stop (the runner keeps a
draft). Nothing here stores anything.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any, TypeVar

import questionary
from prompt_toolkit.application import Application
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.layout import FormattedTextControl, Layout, Window
from rich.console import Console
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
from selfkind.core.runner import GoBack, Position
from selfkind.core.templates import as_shown, fill
from selfkind.core.text import clean, markdown_escape
from selfkind.ui import plainly
from selfkind.ui.asking import QMARK, STYLE, Validate, ask, at_terminal
from selfkind.ui.console import literal, markdown, screen
from selfkind.ui.one_key import no_editor_keys, yes_no
from selfkind.ui.terminal import plain

SKIP = object()  # the value of the "(skip)" option in an optional choice
T = TypeVar("T")


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
            from rich.panel import Panel  # a say step is never the first thing asked

            text = fill(step.text, as_shown(self.exercise, answers), escape=markdown_escape)
            self.console.print(Panel(markdown(text), border_style="dim", padding=(0, 1)))
            if not position.final:  # the last words need no answer
                wait_to_continue()
            return
        if step.text:
            shown = as_shown(self.exercise, answers)
            self.console.print(markdown(fill(step.text, shown, escape=markdown_escape)))
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
        shown = as_shown(self.exercise, answers)
        self.console.print(literal(fill(step.prompt, shown), "bold"))
        if step.help:
            self.console.print(literal(fill(step.help, shown), "dim"))
        if isinstance(step, ScaleStep):
            return self._scale(step, previous)
        if isinstance(step, ChoicesStep):
            return self._choices(step, previous)
        if isinstance(step, ChoiceStep):
            return self._choice(step, previous)
        if isinstance(step, ConfirmStep):
            default = previous if isinstance(previous, bool) else step.default
            return _yes_or_no(default, go_back=True)
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
        typed = _typed(
            valid,
            default=previous if isinstance(previous, str) else "",
            multiline=step.multiline,
            editor=step.multiline and editor,
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

        typed = _typed(valid, default="" if previous is None else str(previous), keep=False)
        return _whole_number(typed)

    def _choice(self, step: ChoiceStep, previous: Answer | None) -> Answer | None:
        if plain():
            was = step.options.index(previous) if previous in step.options else None
            shown = [step.shown_as(option) for option in step.options]
            place = plainly.pick_one(shown, default=was, skip=not step.required)
            return None if place is None else step.options[place]
        choices: list[Any] = [questionary.Choice(step.shown_as(o), value=o) for o in step.options]
        if not step.required:
            choices.append(questionary.Choice(messages.SKIP_CHOICE, value=SKIP))
        question = partial(
            questionary.select,
            "",
            choices=choices,
            default=previous if previous in step.options else None,
            instruction=messages.SELECT_HINT,
            qmark=QMARK,
            style=STYLE,
        )
        value = ask(question, go_back=True)
        return None if value is SKIP else value

    def _choices(self, step: ChoicesStep, previous: Answer | None) -> Answer | None:
        chosen = previous if isinstance(previous, list) else []
        if plain():
            was = [place for place, option in enumerate(step.options) if option in chosen]
            shown = [step.shown_as(option) for option in step.options]
            places = plainly.pick_many(shown, was, fewest=step.min_selected)
            return [step.options[place] for place in places] or None

        def valid(selected: list[str]) -> bool | str:
            if len(selected) >= step.min_selected:
                return True
            return messages.CHOICES_TOO_FEW.format(count=step.min_selected)

        question = partial(
            questionary.checkbox,
            "",
            choices=[
                questionary.Choice(step.shown_as(option), value=option, checked=option in chosen)
                for option in step.options
            ],
            validate=valid,
            instruction=f"({messages.CHOICES_HINT})",
            qmark=QMARK,
            style=STYLE,
        )
        return ask(question, go_back=True) or None

    def _hint(self, step: AnswerStep, *hints: str, optional: str | None = None) -> None:
        """One quiet line under the question: what fits, and whether it can be skipped."""
        parts = [*hints, *([] if step.required else [optional or messages.OPTIONAL])]
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


def _typed(
    valid: Validate,
    *,
    default: str,
    multiline: bool = False,
    editor: bool = False,
    keep: bool = True,
) -> str:
    """Words typed in the box, checked by `valid` (plainly, in plain mode, where `keep` says
    whether words refused are in the box again: a wrong number is better typed afresh)."""
    extra = no_editor_keys() if multiline and not editor else None
    if plain():
        return plainly.line(
            valid, default=default, multiline=multiline, editor=editor, keep=keep, extra=extra
        )
    question = partial(
        questionary.text,
        "",
        default=default,
        validate=valid,
        multiline=multiline,
        instruction="",  # our own hint is printed above; questionary would add another
        qmark=QMARK,
        style=STYLE,
        enable_open_in_editor=editor,
    )
    return str(ask(question, go_back=True, ctrl_d=False, plain_newline=multiline, extra=extra))


def _yes_or_no(default: bool, *, go_back: bool = False) -> bool:
    if plain():
        return plainly.yes_or_no(default, go_back=go_back)
    return bool(ask(partial(yes_no, default, qmark=QMARK, style=STYLE), go_back=go_back))


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
    """A quiet progress bar for `seconds` (None: until Enter); Enter moves on, Ctrl-C stops.
    In plain mode the pause is said in words and waits for Enter."""
    if plain():
        plainly.wait(seconds)
        return
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


def choose(message: str, options: Sequence[tuple[str, T]], default: T | None = None) -> T:
    """Pick one of several labelled options."""
    screen().print(literal(message, "bold"))
    if plain():
        values = [value for _, value in options]
        was = values.index(default) if default in values else None
        place = plainly.pick_one([label for label, _ in options], default=was)
        return values[place if place is not None else 0]  # Enter alone is not taken here
    choices = [questionary.Choice(label, value=value) for label, value in options]
    chosen = next((choice for choice in choices if choice.value == default), None)
    return ask(
        partial(
            questionary.select,
            "",
            choices=choices,
            default=chosen,
            instruction=messages.SELECT_HINT,
            qmark=QMARK,
            style=STYLE,
        )
    )


def choose_many(message: str, options: Sequence[tuple[str, T]]) -> list[T]:
    """Pick any of several labelled options (none checked to begin with)."""
    screen().print(literal(message, "bold"))
    if plain():
        places = plainly.pick_many([clean(label) for label, _ in options], [])
        return [options[place][1] for place in places]
    choices = [questionary.Choice(clean(label), value=value) for label, value in options]
    return list(
        ask(
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
    return _yes_or_no(default)


def secret(message: str) -> str:
    """A passphrase, typed without being shown."""
    screen().print(literal(message, "bold"))
    if plain():
        return plainly.secret()
    return str(ask(partial(questionary.password, "", qmark=QMARK, style=STYLE)) or "")


def ask_text(message: str, *, default: str = "", valid: Validate | None = None) -> str:
    """Words typed on a line, the question printed above it; `valid` may refuse them. A
    default is said ("Enter alone: 10") and taken by Enter alone, never put in the box, where
    words typed would be added to it ("05", "101")."""
    shown = message + (" " + messages.ENTER_ALONE.format(default=default) if default else "")
    screen().print(literal(shown, "bold"))
    check = valid or (lambda text: bool(text.strip()) or messages.TEXT_REQUIRED)
    typed = _typed(lambda text: check(text if text.strip() else default), default="").strip()
    return typed or default
