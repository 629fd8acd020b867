"""Matching search words in text in memory, as the search index would (FTS5's unicode61
tokenizer with diacritics removed, every word a prefix). An encrypted store keeps no index
of its words, so its search opens each entry and matches here."""

from __future__ import annotations

import re
import unicodedata

TOKEN = re.compile(r"[^\W_]+")
SNIPPET_TOKENS = 16
BEFORE_FIRST_MATCH = 4


def _plain(text: str) -> str:
    """Case and accents set aside, as the index does: "Café" and "cafe" are the same word
    (but, as there, "ß" is not "ss", nor "ﬁ" "fi")."""
    if text.isascii():  # most words people write: no accents to set aside
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text.lower().replace("ς", "σ"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _plain_words(text: str) -> str:
    """A text's words set plain one by one, a space between (accents and case are set aside
    per word, as the index does: across a whole text, marks that part words would join them)."""
    if text.isascii():
        return text.lower()
    return " ".join(_plain(token) for token in TOKEN.findall(unicodedata.normalize("NFC", text)))


class Query:
    """Search words compiled once, to test many texts quickly (`snippet` then shows where)."""

    def __init__(self, words: list[str]) -> None:
        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        for word in words:
            tokens = [_plain(token) for token in TOKEN.findall(unicodedata.normalize("NFC", word))]
            if tokens:
                # Whole tokens one after another from a token's start, the last one as a prefix.
                whole = "".join(re.escape(token) + r"(?![^\W_])[\W_]+" for token in tokens[:-1])
                pattern = re.compile(r"(?<![^\W_])" + whole + re.escape(tokens[-1]))
                self._patterns.append((tokens[0], pattern))

    def matches(self, text: str) -> bool:
        """Whether every word is in `text`; False when there were no words to look for."""
        if not self._patterns:
            return False
        plain = _plain_words(text)
        # A plain substring test first: far quicker, and most texts fail it.
        return all(first in plain and pattern.search(plain) for first, pattern in self._patterns)


def snippet(body: str, words: list[str]) -> tuple[tuple[str, bool], ...] | None:
    """The words around the matches, as (text, matched) parts, if every word matches; else None.

    A word matches where its tokens follow one another in `body`, the last one as a prefix.
    """
    body = unicodedata.normalize("NFC", body)  # an accent typed apart joins its letter
    spans = [(match.start(), match.end()) for match in TOKEN.finditer(body)]
    tokens = [_plain(body[start:end]) for start, end in spans]
    matched: set[int] = set()
    for word in words:
        wanted = [_plain(token) for token in TOKEN.findall(unicodedata.normalize("NFC", word))]
        if not wanted:
            continue
        places = [
            at
            for at in range(len(tokens) - len(wanted) + 1)
            if tokens[at : at + len(wanted) - 1] == wanted[:-1]
            and tokens[at + len(wanted) - 1].startswith(wanted[-1])
        ]
        if not places:
            return None
        for at in places:
            matched.update(range(at, at + len(wanted)))
    if not matched:
        return None
    first = max(0, min(matched) - BEFORE_FIRST_MATCH)
    last = min(len(spans), first + SNIPPET_TOKENS) - 1
    parts: list[tuple[str, bool]] = [("…", False)] if first else []
    position = spans[first][0]
    for index in range(first, last + 1):
        start, end = spans[index]
        if start > position:
            parts.append((body[position:start], False))
        parts.append((body[start:end], index in matched))
        position = end
    if last < len(spans) - 1:
        parts.append(("…", False))
    return tuple(parts)
