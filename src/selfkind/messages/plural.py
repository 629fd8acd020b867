"""Singular and plural forms, chosen by a count the way gettext's ngettext chooses them."""


class Plural:
    """A message's two English forms: `one` for a count of 1, `other` for every other count.

    Both are whole sentences with named {placeholders}; `counted` picks one and fills it,
    so no caller passes word endings such as "y"/"ies". A translation may need more forms;
    gettext's plural rules take over when the catalogue is translated.
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
    form = message.one if count == 1 else message.other
    return form.format(count=count, **values)
