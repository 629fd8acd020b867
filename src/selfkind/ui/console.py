"""The consoles selfkind prints through, and the one way its output is made safe.

Every console is made here, and every one of them cleans what it is about to write: each
piece of text is passed through `text.clean` after Rich has laid it out, and no style may
carry a hyperlink. Markup is never read from strings. So a view that forgets to clean a
person's words, or a file's, still cannot send an escape sequence, a control or bidi
character, or a hidden link to the terminal.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from rich import _wrap
from rich.console import Console, ConsoleOptions, RenderableType, RenderHook
from rich.segment import Segment
from rich.text import Text

from selfkind.core.text import clean, escaped_in_json, links_shown
from selfkind.ui.terminal import plain

# A no-break space (U+00A0, U+202F) holds the words on each side together when Rich wraps a
# line, as it does in a terminal: French sets one before ; : ? ! » (messages/language.py),
# and Rich's own pattern breaks at every space, so a line could begin with the mark.
_wrap.re_word = re.compile(r"[^\S\u00a0\u202f]*[\S\u00a0\u202f]+[^\S\u00a0\u202f]*")

ACCENT = "cyan"  # titles, ids, names: what the eye looks for
QUIET = "dim"  # what only explains

DRAWN = {code: " " for code in range(0x2500, 0x25A0)}  # box drawing and block elements


class _Cleaned:
    """A renderable whose every piece of text is cleaned, and whose styles link nowhere; in
    plain mode laid out as lines, with no line drawn (`linear`)."""

    def __init__(self, inner: RenderableType, *, linear: bool) -> None:
        self.inner = inner
        self.linear = linear
        if linear:  # only then: the daily commands' first screen need not load it
            from selfkind.ui.linear import Linear

            self.inner = Linear(inner)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        segments = self._cleaned(console.render(self.inner, options))
        if self.linear:
            from selfkind.ui.linear import trimmed

            segments = trimmed(segments)
        yield from segments

    def _cleaned(self, segments: Iterable[Segment]) -> Iterator[Segment]:
        for segment in segments:
            if segment.control:  # cursor moves Rich itself makes; never from text
                yield segment
                continue
            style = segment.style
            if style is not None and style.link:
                style = style.update_link(None)
            text = clean(segment.text)
            yield Segment(text.translate(DRAWN) if self.linear else text, style)


class _Cleaner(RenderHook):
    def __init__(self, *, linear: bool) -> None:
        self.linear = linear

    def process_renderables(self, renderables: list[Any]) -> list[Any]:
        return [_Cleaned(renderable, linear=self.linear) for renderable in renderables]


def _console(**options: Any) -> Console:
    linear = plain()
    if linear:  # no colour, no style: Rich then writes no escape sequence at all
        options["color_system"] = None
        # Rich takes a dumb terminal to be 80 by 25 unless given both; its size is known.
        size = shutil.get_terminal_size()
        options.setdefault("width", size.columns)
        options.setdefault("height", size.lines)
    console = Console(highlight=False, emoji=False, markup=False, **options)
    console.push_render_hook(_Cleaner(linear=linear))
    return console


def out() -> Console:
    """A console for the command's output (standard output)."""
    return _console()


def err() -> Console:
    """A console for messages about the work (standard error): wrapped between words at a
    terminal, left whole in a pipe or a log, where a line break would only get in the way."""
    return _console(stderr=True, soft_wrap=not sys.stderr.isatty())


def screen() -> Console:
    """A console for talking with the person: the terminal, even when output is redirected."""
    return _console(stderr=not sys.stdout.isatty() and sys.stderr.isatty())


def markdown(text: str) -> RenderableType:
    """Markdown from an exercise or plan file: cleaned, with every link's target shown."""
    from rich.markdown import Markdown  # costs tens of milliseconds; only some views need it

    return Markdown(links_shown(clean(text)))


def print_json(data: Any) -> None:
    """JSON for scripts: printed plainly, never through Rich, lossless and safe to show."""
    sys.stdout.write(escaped_in_json(json.dumps(data, indent=2, ensure_ascii=False)) + "\n")


def literal(text: str, style: str = "") -> Text:
    """A Rich Text shown exactly as written: no markup, no emoji codes, no escapes."""
    return Text(clean(text), style=style)


def message(text: str, style: str = "") -> Text:
    """One of selfkind's own messages: shown literally, but a `command` in backticks is set
    in bold, without the backticks, as the same words are in Markdown panels."""
    result = Text(style=style)
    for number, part in enumerate(clean(text).split("`")):
        result.append(part, style="bold" if number % 2 else "")
    return result
