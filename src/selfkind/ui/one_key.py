"""Small keyboard pieces for `prompts.py`: a yes or no on one key, and what Ctrl-X Ctrl-E
says when no editor is set."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Any

import questionary
from prompt_toolkit.application import Application
from prompt_toolkit.buffer import ValidationState
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.layout import FormattedTextControl, Layout, Window
from prompt_toolkit.validation import ValidationError

from selfkind import messages
from selfkind.ui.terminal import yes_and_no_words

YES_NO_GRACE = 0.5  # seconds an Enter pressed out of habit after y or n is taken as part of it


def yes_no(default: bool, *, qmark: str, style: questionary.Style) -> questionary.Question:
    """A yes or no answered on one key: y or n (Enter takes the default). The answer shows at
    once; an Enter pressed just after it is taken with it, not by the next step (where it could
    skip a pause), and any other key goes on to the next step."""
    answer: list[bool] = []
    instruction = messages.CONFIRM_YES_OR_NO if default else messages.CONFIRM_NO_OR_YES

    def line() -> StyleAndTextTuples:
        if answer:
            return [
                ("class:qmark", qmark),
                ("class:answer", f"  {messages.CONFIRM_YES if answer[0] else messages.CONFIRM_NO}"),
            ]
        return [("class:qmark", qmark), ("class:instruction", f" {instruction} ")]

    def answered(value: bool, event: Any) -> None:
        if answer:
            event.app.exit(result=answer[0])
            return
        answer.append(value)

        async def finish() -> None:
            await asyncio.sleep(YES_NO_GRACE)
            if not event.app.is_done:
                event.app.exit(result=value)

        event.app.create_background_task(finish())

    bindings = KeyBindings()
    yes, no = yes_and_no_words()
    for words, value in ((yes, True), (no, False)):
        for key in {word[0] for word in words} | {word[0].upper() for word in words}:
            bindings.add(key)(partial(answered, value))
    bindings.add("enter")(lambda event: event.app.exit(result=answer[0] if answer else default))

    @bindings.add("<any>")
    def _other(event: Any) -> None:  # another key after the answer belongs to the next step
        if answer:
            event.app.key_processor.feed_multiple(event.key_sequence, first=True)
            event.app.exit(result=answer[0])

    app: Application[bool] = Application(
        layout=Layout(Window(FormattedTextControl(line), height=1, always_hide_cursor=True)),
        key_bindings=bindings,
        style=style,
    )
    return questionary.Question(app)


def no_editor_keys() -> KeyBindings:
    """Ctrl-X Ctrl-E with no $VISUAL or $EDITOR: say under the box how to set one (the note
    goes as soon as the person types on)."""
    bindings = KeyBindings()

    @bindings.add("c-x", "c-e")
    def _say_how(event: Any) -> None:
        buffer = event.current_buffer
        buffer.validation_error = ValidationError(message=messages.EDITOR_NOT_SET)
        buffer.validation_state = ValidationState.INVALID  # not undone by a check still waiting

    return bindings
