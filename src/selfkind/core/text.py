"""Showing text that people or exercise files wrote: always literally, never as markup or escapes."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Whole escape sequences first, so no printable tail ("[31m") is left behind: CSI (7- and
# 8-bit), OSC/DCS/APC/PM/SOS strings up to their terminator, and two-character escapes.
SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]"
    # a string's body holds no other start, so an unterminated one costs one pass, not n
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x80-\x9f]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]"
)
# Then any control left: C0 except tab and newline, DEL, C1; and the bidirectional controls
# that reorder what follows them (U+202A-U+202E, U+2066-U+2069, and the marks).
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# A Markdown link or image: [words](target "title").
# Neither part may hold a bracket (a target one pair of parentheses), so a file of "[a]("
# repeated is read in one pass.
MARKDOWN_LINK = re.compile(
    r"!?\[([^\[\]\n]*)\]\(\s*<?([^()\s<>\[\]]*(?:\([^()\s<>\[\]]*\)[^()\s<>\[\]]*)?)>?"
    r"(?:\s+[\"'(][^()\[\]\n]*\)?)?\)"
)


def clean(text: str) -> str:
    """Text safe to show anywhere: escape sequences, control characters (but tab and
    newline) and bidirectional controls removed."""
    return CONTROL.sub("", SEQUENCE.sub("", text.replace("\r\n", "\n")))


def is_text(value: str) -> bool:
    """Whether a string can be stored: a JSON escape can make a lone half of a character."""
    if value.isascii():  # most are, and Python knows it without looking
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def links_shown(markdown: str) -> str:
    """Markdown from a file with every link's target in plain sight, as "words (url)" for
    web links and as its words alone for anything else, so no target hides behind words."""

    def shown(link: re.Match[str]) -> str:
        words, target = link.group(1), link.group(2)
        web = target.startswith(("https://", "http://"))
        return f"{words} ({target})" if web and words != target else words or target

    return MARKDOWN_LINK.sub(shown, markdown)


def one_line(text: str, width: int = 60) -> str:
    """The text on one line, shortened with an ellipsis past `width` characters."""
    flat = " ".join(clean(text).split())
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:  # end on a whole word where one is near
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~=&])")


def markdown_escape(text: str) -> str:
    """A person's words made safe to place inside Markdown: shown as typed, line breaks kept."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", clean(text)).replace("\n", "  \n")


# Marks that mean something in the middle of a line: emphasis, code, links, tags, cells.
MARKDOWN_INLINE = re.compile(r"([\\`*_{}\[\]<>|~#&])")


def markdown_inline(text: str) -> str:
    """Words from a person or a file for a Markdown heading or table cell: one line, its
    marks escaped, so they can start no link, tag, emphasis or new cell."""
    return MARKDOWN_INLINE.sub(r"\\\1", " ".join(clean(text).split()))


# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(text: str) -> str:
    """Words from a person or a file for a CSV cell: cleaned, and never read as a formula."""
    shown = clean(text)
    return "'" + shown if shown.startswith(FORMULA_START) else shown


# Characters JSON may carry raw that a terminal would still act on: C1 controls and bidi.
_UNSAFE_IN_JSON = re.compile(r"[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def escaped_in_json(json_text: str) -> str:
    """JSON text with every character a terminal would act on written as a \\u escape (they
    can only stand inside strings, where an escape means the same character)."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice a mistyped word most likely meant, for a "did you mean" (None if none is near)."""
    import difflib  # only when a word was not known

    close = difflib.get_close_matches(word, list(choices), n=1)
    return close[0] if close else None
