"""Singular and plural forms, chosen by a count with gettext's ngettext."""

from selfkind.messages.language import translated_plural


class Plural:
    """A message's two English forms: `one` for a count of 1, `other` for every other count.

    Both are whole sentences with named {placeholders}; `counted` picks one and fills it,
    so no caller passes word endings such as "y"/"ies". A translation may have more
    forms; its catalogue's plural rule chooses among them.
    """

    __slots__ = ("one", "other")

    def __init__(self, one: str, other: str) -> None:
        self.one = one
        self.other = other

    def __repr__(self) -> str:
        return f"Plural(one={self.one!r}, other={self.other!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Plural) and (self.one, self.other) == (other.one, other.other)

    def __hash__(self) -> int:
        return hash((self.one, self.other))


def counted(message: Plural, count: int, /, **values: object) -> str:
    """The form of `message` for `count`, filled with `count` and `values`:
    `ngettext(message.one, message.other, count).format(count=count, **values)`."""
    form = translated_plural(message.one, message.other, count)
    return form.format(count=count, **values)
