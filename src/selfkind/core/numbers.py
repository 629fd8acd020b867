"""Numbers as people read them: rounded half up, without a trailing .0 or a -0."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from selfkind.messages.formatting import said_number


def rounded(value: float, places: int = 2) -> float | int:
    """Round half up (6.75 -> 6.8 at one place), to two decimals unless `places` says;
    whole numbers stay whole."""
    step = Decimal(1).scaleb(-places)
    result = float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))
    return int(result) if result.is_integer() else result


def number(value: float) -> str:
    """To one decimal as people round (6.75 -> 6.8), without a trailing .0 or a -0, with the
    decimal mark of the language spoken (6,8)."""
    return said_number(f"{rounded(value, 1) + 0.0:.1f}".rstrip("0").rstrip("."))
