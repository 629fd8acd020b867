"""Which language selfkind speaks, and each message said in it.

The words are written in English in this catalogue; a language's translations are gettext
catalogues in selfkind/locale/<code>/LC_MESSAGES/selfkind.mo, keyed by the English. English
needs none, so a run in English never loads the gettext module (the nudge runs in every
shell); another language loads its catalogue the first time a message is said.
"""

import os

TYPE_CHECKING = False  # typing itself costs the nudge time
if TYPE_CHECKING:
    from typing import Any

ENGLISH = "en"
LANGUAGES = ("en", "es", "de", "fr", "pt")  # English first; each other has a catalogue
LANGUAGE_NAMES = {  # each as its speakers write it
    "en": "English",
    "es": "español",
    "de": "Deutsch",
    "fr": "français",
    "pt": "português",
}
DOMAIN = "selfkind"
LOCALE_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "locale")
# Where the language may be named, strongest first; `config set language` sits after the first.
CHOSEN_BY = "SELFKIND_LANG"
SYSTEM_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
SETTING_FILE = "language"  # in the data folder: the code `config set language` chose
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
FRENCH_MARKS = (" ;", " :", " ?", " !", " »", "« ")
NO_BREAK = "\u202f"  # a narrow no-break space


class _State:
    language: str | None = None  # None: not decided yet


_state = _State()
_catalogues: "dict[str, Any]" = {}  # each language's, once loaded (clinic show says two)


def language_code(value: str) -> str | None:
    """The language a setting or locale names ('es', 'pt_BR.UTF-8', 'de-AT' -> 'de'), if
    selfkind speaks it; 'C' and 'POSIX' name English."""
    base = value.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if base in ("c", "posix"):
        return ENGLISH
    if not (base.isascii() and base.isalpha() and 2 <= len(base) <= 3):  # never a path
        return None
    return base if base in LANGUAGES or _has_catalogue(base) else None


def chosen_language(setting: str | None, environ: "Any" = os.environ) -> str:
    """The language to speak: SELFKIND_LANG, else the `config set language` setting, else the
    system's (LC_ALL, LC_MESSAGES, LANG), else English. The first of them that is set decides,
    as a locale's variables do; one naming a language selfkind does not speak means English."""
    for value in (environ.get(CHOSEN_BY), setting, *(environ.get(v) for v in SYSTEM_VARIABLES)):
        if value and value.strip():
            return language_code(value) or ENGLISH
    return ENGLISH


def setting_in(folder: str) -> str | None:
    """The language `config set language` keeps in the data folder, if any (a link is not
    followed: the data folder's files are its own)."""
    try:
        descriptor = os.open(os.path.join(folder, SETTING_FILE), os.O_RDONLY | NOFOLLOW)
        with open(descriptor, encoding="utf-8") as file:
            return file.read(64).strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def use_language(language: str) -> None:
    """Speak `language` from now on (its catalogue is loaded when a message is first said)."""
    _state.language = language


def current_language() -> str:
    """The language being spoken; decided from the environment alone if no one has said."""
    if _state.language is None:
        use_language(chosen_language(None))
    return _state.language or ENGLISH


def translated(english: str) -> str:
    """A message in the current language (the English where a translation is missing)."""
    catalogue = _catalogue()
    return english if catalogue is None else typeset(catalogue.gettext(english))


def translated_plural(one: str, other: str, count: int) -> str:
    """The form of a counted message for `count`, by the language's plural rule."""
    catalogue = _catalogue()
    if catalogue is None:
        return one if count == 1 else other
    return typeset(catalogue.ngettext(one, other, count))


def typeset(text: str, language: str | None = None) -> str:
    """Text as the language sets it. French puts a space before ; : ? ! » and after «, and a
    line must not begin with the mark: that space is made a narrow no-break one (U+202F),
    which ui/console.py tells Rich not to break at."""
    if (language or current_language()) != "fr" or not any(m in text for m in FRENCH_MARKS):
        return text
    import re

    return re.sub(r"« | (?=[;:?!»])", lambda space: space[0].replace(" ", NO_BREAK), text)


def _catalogue() -> "Any":
    language = current_language()
    if language == ENGLISH:
        return None
    if language not in _catalogues:
        _catalogues[language] = _load(language)
    return _catalogues[language]


def _has_catalogue(code: str) -> bool:
    return os.path.isfile(_catalogue_path(code))


def _catalogue_path(code: str) -> str:
    return os.path.join(LOCALE_DIR, code, "LC_MESSAGES", DOMAIN + ".mo")


def _load(language: str) -> "Any":
    import gettext

    try:
        with open(_catalogue_path(language), "rb") as file:
            return gettext.GNUTranslations(file)
    except OSError:  # a missing or damaged catalogue: say it in English
        return gettext.NullTranslations()
