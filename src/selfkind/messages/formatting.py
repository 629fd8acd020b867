"""Dates and numbers as the language being spoken writes them.

English keeps the forms written here. Another language's come from the Unicode CLDR by way of
Babel: tools/translations.py asks Babel for each style's pattern and the month and weekday
names, and keeps them in locale/<code>/formats.json beside the catalogue. A run reads that
small file instead of loading Babel, which costs about 50 ms before it formats anything.
"""

import os
from datetime import date

from selfkind.messages.language import ENGLISH, LOCALE_DIR, current_language

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# Each style: its English form (strftime), and the CLDR skeleton that names it in any language.
STYLES = {
    "weekday_day_month_year": ("%a %d %b %Y", "yMMMEd"),
    "weekday_day_month": ("%a %d %b", "MMMEd"),
    "day_month_year": ("%d %b %Y", "yMMMd"),
    "day_month": ("%d %b", "MMMd"),
    "long_day_month_year": ("%d %B %Y", "yMMMMd"),
    "long_day_month": ("%d %B", "MMMMd"),
    "long_weekday_day_month": ("%A %d %B", "MMMMEEEEd"),
    "long_weekday_day_month_year": ("%A %d %B %Y", "yMMMMEEEEd"),
    "month_year": ("%B %Y", "yMMMM"),
    "weekday_min": ("%a", "EEEEEE"),  # as short as the language writes a weekday (a column)
    "month": ("%b", "MMM"),
}
FORMATS_FILE = "formats.json"
_loaded: "dict[str, Any]" = {}


def said_day(day: date, style: str) -> str:
    """A date (or the date of a datetime) in one of the STYLES, in the language spoken."""
    language = current_language()
    english, _ = STYLES[style]
    if language == ENGLISH:
        return day.strftime(english)
    formats = _formats(language)
    if formats is None:
        return day.strftime(english)
    return _filled(formats["patterns"][style], day, formats)


def said_number(text: str) -> str:
    """A number written with a decimal point ("6.8"), with the language's decimal mark."""
    language = current_language()
    formats = None if language == ENGLISH else _formats(language)
    return text if formats is None else text.replace(".", formats["decimal"])


def _formats(language: str) -> "dict[str, Any] | None":
    if language not in _loaded:
        path = os.path.join(LOCALE_DIR, language, FORMATS_FILE)
        import json

        try:
            with open(path, encoding="utf-8") as file:
                _loaded[language] = json.load(file)
        except (OSError, ValueError):  # no file for this language: English forms
            _loaded[language] = None
    return _loaded[language]


def _filled(pattern: str, day: date, formats: "dict[str, Any]") -> str:
    """A CLDR date pattern filled (the fields the styles use: d, M, L, y, E, c)."""
    import re

    def field(match: "re.Match[str]") -> str:
        token = match.group(0)
        if token.startswith("'"):
            return token[1:-1].replace("''", "'") or "'"
        letter, width = token[0], len(token)
        if letter == "d":
            return f"{day.day:0{width}d}"
        if letter == "y":
            return f"{day.year:04d}" if width != 2 else f"{day.year % 100:02d}"
        if letter in "ML":
            if width <= 2:
                return f"{day.month:0{width}d}"
            names = "months_wide" if width >= 4 else "months_short"
            return formats[names + ("" if letter == "M" else "_alone")][day.month - 1]
        if letter in "Ec":
            names = {4: "days_wide", 6: "days_min"}.get(width, "days_short")
            return formats[names + ("" if letter == "E" else "_alone")][day.weekday()]
        return token

    return re.sub(r"'(?:[^']|'')*'|([A-Za-z])\1*", field, pattern)
