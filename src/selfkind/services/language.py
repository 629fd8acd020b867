"""`config set language` and `config show`'s language line: the setting is a small file in the
data folder (messages/language.py reads it), so even the nudge can read it without SQLite."""

from __future__ import annotations

import os

from selfkind import messages
from selfkind.core.errors import UsageError
from selfkind.messages.language import (
    CHOSEN_BY,
    LANGUAGE_NAMES,
    LANGUAGES,
    SETTING_FILE,
    SYSTEM_VARIABLES,
    chosen_language,
    current_language,
    language_code,
    setting_in,
    use_language,
)
from selfkind.storage.paths import data_dir, ensure_private_dir, private_file, refuse_links

LANGUAGE = "language"  # the setting's name


def set_language(value: str) -> list[str]:
    """Keep the language (or clear it with 'none'); what to say, in the language now spoken."""
    clear = value.strip().casefold() == "none"
    code = None if clear else language_code(value)
    if not clear and (code is None or code not in LANGUAGES):
        known = ", ".join(f"{LANGUAGE_NAMES[known]} ({known})" for known in LANGUAGES)
        raise UsageError(messages.LANGUAGE_UNKNOWN.format(language=value.strip(), known=known))
    folder = ensure_private_dir(data_dir())
    path = folder / SETTING_FILE
    if code is None:
        refuse_links(path)
        if path.exists():
            os.remove(path)
    else:
        with private_file(path) as file:
            file.write(code + "\n")
    use_language(chosen_language(code))
    name = LANGUAGE_NAMES[current_language()]
    said = [
        messages.LANGUAGE_CLEARED.format(name=name)
        if code is None
        else messages.LANGUAGE_SET.format(name=name)
    ]
    overriding = os.environ.get(CHOSEN_BY, "").strip()
    if overriding and code is not None:
        said.append(messages.LANGUAGE_OVERRIDDEN.format(value=overriding))
    return said


def language_shown() -> tuple[str, str | None, str]:
    """The language spoken, the setting (None if not set), and the line that says which."""
    setting = setting_in(str(data_dir()))
    code = chosen_language(setting)
    name = LANGUAGE_NAMES.get(code, code)
    system = next((v for v in SYSTEM_VARIABLES if os.environ.get(v, "").strip()), None)
    if os.environ.get(CHOSEN_BY, "").strip():
        line = messages.LANGUAGE_SHOWN_CHOSEN.format(name=name, code=code, variable=CHOSEN_BY)
    elif setting:
        line = messages.LANGUAGE_SHOWN.format(name=name, code=code)
    elif system:
        line = messages.LANGUAGE_SHOWN_CHOSEN.format(name=name, code=code, variable=system)
    else:
        line = messages.LANGUAGE_SHOWN_DEFAULT.format(name=name, code=code)
    return code, setting, line
