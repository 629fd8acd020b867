"""Support lines shown by `selfkind help-now`. Check them before each release: they change.

The list is data: add a line with the regions it serves (ISO country codes) and it
shows for people who set that region, and for everyone who has set none.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    where: str
    name: str
    how: str
    regions: tuple[str, ...] = ()  # empty: shown for everyone


LINES = (
    Line("Anywhere", "Emergency services", "call your local emergency number (911, 999, 112, 000)"),
    Line("US and Canada", "988 Suicide & Crisis Lifeline", "call or text 988", ("US", "CA")),
    Line("US", "Crisis Text Line", "text HOME to 741741", ("US",)),
    Line("UK and Ireland", "Samaritans", "call 116 123 (free, day or night)", ("GB", "IE")),
    Line("UK", "Shout", "text SHOUT to 85258", ("GB",)),
    Line("Australia", "Lifeline", "call 13 11 14", ("AU",)),
    Line("Everywhere else", "Find a Helpline", "findahelpline.com lists free lines near you"),
)
REGIONS = sorted({region for line in LINES for region in line.regions})


def lines_for(region: str | None) -> list[Line]:
    """The lines for a region (with those for everyone); every line when no region is set."""
    if not region:
        return list(LINES)
    return [line for line in LINES if not line.regions or region.upper() in line.regions]


REGION = "region"  # the setting that holds it


def support_region() -> str | None:
    """The region set with `config set region`, if any; None if the data cannot be read."""
    from selfkind.errors import SelfkindError
    from selfkind.store import open_store

    try:
        with open_store() as store:
            return store.setting(REGION)
    except SelfkindError:
        return None
