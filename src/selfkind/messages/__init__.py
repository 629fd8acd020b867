"""The words selfkind says, kept together so their tone can be read and tuned in one sitting.

Messages with {placeholders} are filled with str.format; the values are the person's own
text and are always shown literally. Every placeholder is named. A message that depends on a
number is a `Plural` of whole sentences, filled with `counted(MESSAGE, count, **values)`.

The catalogue is split by subject; every message is reached here, so callers write
`messages.NAME` and get it in the language being spoken (messages/language.py), at the moment
it is said: a message kept in a module's constant would stay in the language of the first run
in that process. It imports nothing but its own modules: `selfkind nudge` reads it as a shell
starts.
"""

from selfkind.messages import (  # noqa: F401  (each is read by ENGLISH, below)
    builder,
    care,
    checks,
    clinic,
    entries,
    errors,
    exchange,
    plans,
    practice,
    report,
    shapes,
    storage,
    sync,
    usage,
    views,
)
from selfkind.messages.language import translated
from selfkind.messages.plural import Plural as Plural
from selfkind.messages.plural import counted as counted

TYPE_CHECKING = False  # typing itself costs the nudge time
if TYPE_CHECKING:  # the type checker sees each message as written; a run asks __getattr__
    from selfkind.messages.builder import *  # noqa: F403
    from selfkind.messages.care import *  # noqa: F403
    from selfkind.messages.checks import *  # noqa: F403
    from selfkind.messages.clinic import *  # noqa: F403
    from selfkind.messages.entries import *  # noqa: F403
    from selfkind.messages.errors import *  # noqa: F403
    from selfkind.messages.exchange import *  # noqa: F403
    from selfkind.messages.plans import *  # noqa: F403
    from selfkind.messages.practice import *  # noqa: F403
    from selfkind.messages.report import *  # noqa: F403
    from selfkind.messages.shapes import *  # noqa: F403
    from selfkind.messages.storage import *  # noqa: F403
    from selfkind.messages.sync import *  # noqa: F403
    from selfkind.messages.usage import *  # noqa: F403
    from selfkind.messages.views import *  # noqa: F403

MACHINERY = ("selfkind.messages.language", "selfkind.messages.plural")  # no messages in them
ENGLISH: dict[str, str | Plural] = {
    name: value
    for module in list(globals().values())
    if getattr(module, "__name__", "").startswith(__name__ + ".")
    and module.__name__ not in MACHINERY
    for name, value in vars(module).items()
    if name.isupper() and isinstance(value, (str, Plural))
}
"""Every message by its name, as written; the key to its translations."""


def __getattr__(name: str) -> str | Plural:
    """`messages.NAME`: the message in the language being spoken. A counted message is
    translated by `counted`, which knows the count its plural form depends on."""
    try:
        english = ENGLISH[name]
    except KeyError:
        raise AttributeError(f"selfkind.messages has no message {name}") from None
    return translated(english) if isinstance(english, str) else english
