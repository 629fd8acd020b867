"""Showing text that people or exercise files wrote: always literally, never as markup or escapes."""

from __future__ import annotations

import re

from rich.text import Text

# C0 controls except tab and newline, DEL, and C1 controls (which include 8-bit CSI).
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Remove terminal control characters (ESC and friends); keep newlines and tabs."""
    return CONTROL.sub("", text.replace("\r\n", "\n"))


def literal(text: str, style: str = "") -> Text:
    """A Rich Text shown exactly as written: no markup, no emoji codes, no escapes."""
    return Text(clean(text), style=style)


def one_line(text: str, width: int = 60) -> str:
    """The text on one line, shortened with an ellipsis past `width` characters."""
    flat = " ".join(clean(text).split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~=&])")


def markdown_escape(text: str) -> str:
    """A person's words made safe to place inside Markdown: shown as typed, line breaks kept."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", clean(text)).replace("\n", "  \n")


def message(text: str, style: str = "") -> Text:
    """One of selfkind's own messages: shown literally, but a `command` in backticks is set
    in bold, without the backticks, as the same words are in Markdown panels."""
    result = Text(style=style)
    for number, part in enumerate(clean(text).split("`")):
        result.append(part, style="bold" if number % 2 else "")
    return result
