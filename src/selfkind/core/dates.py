"""Dates on the command line: YYYY-MM-DD, today, yesterday, or Nd (N days ago)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from selfkind import messages
from selfkind.core.text import closest

DAYS_AGO = re.compile(r"([0-9]{1,5})d")


class UnknownDate(ValueError):
    """A date option's text names no day; its message says what would."""


def parse_day(text: str, today: date | None = None) -> date:
    """The calendar day a date option names; raises UnknownDate with an example."""
    today = today or date.today()
    word = text.strip().lower()
    if word in _words("today", messages.TODAY_WORDS):
        return today
    if word in _words("yesterday", messages.YESTERDAY_WORDS):
        return today - timedelta(days=1)
    # Known, so a command that takes no future day can say so kindly.
    if word in _words("tomorrow", messages.TOMORROW_WORDS):
        return today + timedelta(days=1)
    match = DAYS_AGO.fullmatch(word)
    if match:
        return today - timedelta(days=int(match.group(1)))
    try:
        return date.fromisoformat(word)
    except ValueError:
        close = closest(word, ["today", "yesterday"])
        if close:
            raise UnknownDate(messages.DATE_UNKNOWN_CLOSE.format(text=text, close=close)) from None
        raise UnknownDate(messages.DATE_UNKNOWN.format(text=text)) from None


def _words(english: str, said: str) -> set[str]:
    """The English word and the language's own (a message of words, e.g. "hoy")."""
    return {english, *said.casefold().split()}


def window_end(since: date | None, until: date | None, today: date) -> date:
    """The last day of a window asked for with --since and --until: --until, else today.
    --since alone means from then until today, so a day still to come is wrong usage."""
    from selfkind.core.errors import UsageError

    if since is not None and until is None and since > today:
        raise UsageError(
            messages.SINCE_NOT_YET.format(day=since.isoformat())
        )  # as --since takes it
    return until or today
