"""What an exercise is for, read from its tags, so `exercise list` can group the library:
every day, hard moments, practice and reflection, learning, and measures."""

from __future__ import annotations

from collections.abc import Iterable

from selfkind import messages


# The tag that places an exercise, in the order the groups are listed; an exercise with
# none of them is practice and reflection.
def purposes() -> tuple[tuple[str, str], ...]:
    """Each group's tag and title, in the language being spoken."""
    return (
        ("daily", messages.PURPOSE_DAILY),
        ("hard-moments", messages.PURPOSE_HARD_MOMENTS),
        ("", messages.PURPOSE_PRACTICE),
        ("learn", messages.PURPOSE_LEARN),
        ("measure", messages.PURPOSE_MEASURES),
    )


def purpose(tags: Iterable[str]) -> str:
    """The group an exercise's tags place it in (its title)."""
    given = {tag.casefold() for tag in tags}
    for tag, title in purposes():
        if tag and tag in given:
            return title
    return messages.PURPOSE_PRACTICE


def has_tag(tags: Iterable[str], wanted: str) -> bool:
    return wanted.casefold() in {tag.casefold() for tag in tags}
