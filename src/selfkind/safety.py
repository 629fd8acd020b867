"""Noticing words that suggest danger to self, so support can be offered. It never blocks.

A short, curated list of first-person phrases in several forms. Keyword screens miss
indirect wording and can fire on idioms, so the idioms people use every day ("this
deadline is killing me") are kept out, and selfkind never claims to assess risk.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_PHRASES = (
    r"(want|wanted|going|ready|plan(ning)?) to die",
    r"wanna die",
    r"wish (i|that i) (was|were|had been) (dead|never born)",
    r"(kill|killing|killed|hurt|hurting|harm|harming|cut|cutting) my ?self",
    r"self[- ]?harm",
    r"end(ing)? (my|it) (life|all)",
    r"end it all",
    r"take my (own )?life",
    r"suicid(e|al)",
    r"no (reason|point) (to|in) (live|living|going on)",
    r"nothing (left )?to live for",
    r"(better|be) off (dead|without me)",
    r"(don'?t|do not) want to (be alive|live|be here any ?more)",
    r"can'?t go on (living|like this)",
    r"not (want|wanting) to wake up",
    r"disappear for ever|disappear forever",
)
DANGER = re.compile(r"\b(" + "|".join(_PHRASES) + r")\b", re.IGNORECASE)


def suggests_danger(texts: Iterable[str]) -> bool:
    """Whether any of these words suggest the person may be in danger (self-harm, suicide)."""
    return any(DANGER.search(" ".join(text.split())) for text in texts)
