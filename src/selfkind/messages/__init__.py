"""The words selfkind says, kept together so their tone can be read and tuned in one sitting.

Messages with {placeholders} are filled with str.format; the values are the person's own
text and are always shown literally. Every placeholder is named. A message that depends on a
number is a `Plural` of whole sentences, filled with `counted(MESSAGE, count, **values)`.

The catalogue is split by subject; every message is re-exported here, so callers write
`messages.NAME`. It imports nothing but its own modules: `selfkind nudge` reads it as a
shell starts.
"""

from selfkind.messages.builder import *  # noqa: F403
from selfkind.messages.care import *  # noqa: F403
from selfkind.messages.checks import *  # noqa: F403
from selfkind.messages.clinic import *  # noqa: F403
from selfkind.messages.entries import *  # noqa: F403
from selfkind.messages.errors import *  # noqa: F403
from selfkind.messages.exchange import *  # noqa: F403
from selfkind.messages.plans import *  # noqa: F403
from selfkind.messages.plural import Plural as Plural
from selfkind.messages.plural import counted as counted
from selfkind.messages.practice import *  # noqa: F403
from selfkind.messages.report import *  # noqa: F403
from selfkind.messages.shapes import *  # noqa: F403
from selfkind.messages.storage import *  # noqa: F403
from selfkind.messages.sync import *  # noqa: F403
from selfkind.messages.usage import *  # noqa: F403
from selfkind.messages.views import *  # noqa: F403
