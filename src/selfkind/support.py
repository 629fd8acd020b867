"""Support lines shown by `selfkind help-now`. Check them before each release: they change."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    where: str
    name: str
    how: str


LINES = (
    Line("Anywhere", "Emergency services", "call your local emergency number (911, 999, 112, 000)"),
    Line("US and Canada", "988 Suicide & Crisis Lifeline", "call or text 988"),
    Line("US", "Crisis Text Line", "text HOME to 741741"),
    Line("UK and Ireland", "Samaritans", "call 116 123 (free, day or night)"),
    Line("UK", "Shout", "text SHOUT to 85258"),
    Line("Australia", "Lifeline", "call 13 11 14"),
    Line("Everywhere else", "Find a Helpline", "findahelpline.com lists free lines near you"),
)
