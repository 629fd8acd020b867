"""Dates on the command line: YYYY-MM-DD, today, yesterday, or Nd (N days ago)."""

from __future__ import annotations

import difflib
import re
from datetime import date, timedelta

import typer

DAYS_AGO = re.compile(r"([0-9]{1,5})d")


def parse_day(text: str, today: date | None = None) -> date:
    """The calendar day a date option names; raises typer.BadParameter with an example."""
    today = today or date.today()
    word = text.strip().lower()
    if word == "today":
        return today
    if word == "yesterday":
        return today - timedelta(days=1)
    if word == "tomorrow":  # known, so a command that takes no future day can say so kindly
        return today + timedelta(days=1)
    match = DAYS_AGO.fullmatch(word)
    if match:
        return today - timedelta(days=int(match.group(1)))
    try:
        return date.fromisoformat(word)
    except ValueError:
        close = difflib.get_close_matches(word, ["today", "yesterday"], n=1)
        hint = f"Did you mean {close[0]}? " if close else ""
        raise typer.BadParameter(
            f"'{text}' is not a date I know. {hint}Use YYYY-MM-DD (like 2026-11-25), today, yesterday or 7d."
        ) from None
