"""The interface's translations: extract every English message, update each language's .po
file from it, and compile the .mo files selfkind reads.

    python tools/translations.py extract   # selfkind.pot, and new messages into each .po
    python tools/translations.py compile   # each .po -> .mo (run after editing a .po)

The .po files are the source; the .mo files are shipped beside them, compiled by Babel, and
tests/test_translations.py checks they match. Messages come from three places: the message
catalogue (src/selfkind/messages), the command line's help texts, and the support lines'
words (services/support.py). Exercises carry their own translations (exercises/README.md).
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "src" / "selfkind" / "locale"
TEMPLATE = LOCALE / "selfkind.pot"
LANGUAGES = ("es", "de", "fr", "pt")
FORMATS_FILE = "formats.json"  # as messages/formatting.py reads it
# gettext's two forms for each (Babel would bring CLDR's third, for millions, in es, fr, pt).
# Portuguese is written as in Portugal, the Portuguese-speaking region help-now knows.
CLDR_LOCALES = {"pt": "pt_PT"}  # CLDR's plain "pt" is Brazil's
# A whole date with the month's name is the language's full or long date format (CLDR may
# match the skeleton to a numeric one: Portuguese's "d/MM/y").
WHOLE_DATES = {"yMMMMEEEEd": "full", "yMMMMd": "long"}
# Where CLDR's short forms of one language do not agree: Portugal writes a day with its year
# in numbers (2/12/2026), so a day without it is in numbers too (5/11 – 2/12/2026).
SKELETONS = {"pt": {"day_month": "Md"}}
PLURAL_FORMS = {
    "es": "nplurals=2; plural=(n != 1);",
    "de": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "pt": "nplurals=2; plural=(n != 1);",
}
HEADER = "Built by tools/translations.py; exercises carry their own translations."


def messages_to_translate() -> Iterator[tuple[str | tuple[str, str], str]]:
    """Every English message, with a note for translators saying where it is used."""
    from selfkind import messages
    from selfkind.messages.plural import Plural

    for name, english in messages.ENGLISH.items():
        yield ((english.one, english.other) if isinstance(english, Plural) else english), name
    yield from _help_texts()
    yield from _support_words()


def _help_texts() -> Iterator[tuple[str, str]]:
    import typer.main

    from selfkind.cli.app import app
    from selfkind.cli.language import HELP_TEXTS, _tree

    for item in _tree(typer.main.get_command(app)):
        for attribute in HELP_TEXTS:
            english = getattr(item, "_selfkind_english", {}).get(attribute) or getattr(
                item, attribute, None
            )
            if english:
                yield english, f"help: {getattr(item, 'name', '')}"


def _support_words() -> Iterator[tuple[str, str]]:
    from selfkind.services.support import LINES, REGIONS_KNOWN

    for line in LINES:
        yield line.where, f"help-now: where {line.name} answers"
        yield line.how, f"help-now: how to reach {line.name}"
    for region in REGIONS_KNOWN:
        yield region.name, f"region {region.code}"
        yield region.short, f"region {region.code}, short"


def template() -> Catalog:
    catalog = Catalog(
        project="selfkind",
        copyright_holder="The selfkind authors",
        header_comment="# selfkind's interface, in English: the template of every language. "
        + HEADER,
        fuzzy=False,
    )
    for english, note in messages_to_translate():
        existing = catalog.get(english if isinstance(english, str) else english[0])
        if existing is not None:
            existing.auto_comments.append(note)
        else:
            catalog.add(english, auto_comments=[note])
    return catalog


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "selfkind.po"


def read(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=language)


def write(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, sort_output=False)
    path.write_bytes(buffer.getvalue())


def compiled(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def extract() -> None:
    pot = template()
    write(pot, TEMPLATE)
    for language in LANGUAGES:
        path = po_path(language)
        if path.exists():
            catalog = read(path, language)
        else:
            catalog = _new_catalog(language)
        catalog.update(pot, no_fuzzy_matching=True)
        write(catalog, path)


def _new_catalog(language: str) -> Catalog:
    catalog = Catalog(
        locale=language,
        project="selfkind",
        copyright_holder="The selfkind authors",
        header_comment=f"# selfkind's interface in {language}. {HEADER}",
        fuzzy=False,
    )
    catalog.mime_headers = [("Plural-Forms", PLURAL_FORMS[language])]
    return catalog


def compile_all() -> None:
    for language in LANGUAGES:
        catalog = read(po_path(language), language)
        po_path(language).with_suffix(".mo").write_bytes(compiled(catalog))
        (LOCALE / language / FORMATS_FILE).write_text(formats_json(language), encoding="utf-8")


def _widened(pattern: str, skeleton: str) -> str:
    """A matched pattern with the widths its skeleton asks for (CLDR may match a long
    weekday to a pattern with a short one)."""
    import re

    for letter in "EM":
        if letter * 4 in skeleton:
            pattern = re.sub(f"(?<!{letter}){letter}{{1,3}}(?!{letter})", letter * 4, pattern)
    return pattern


def formats_json(language: str) -> str:
    """The language's date patterns, month and weekday names and decimal mark, from CLDR."""
    from babel import Locale
    from babel.dates import get_day_names, get_month_names, match_skeleton
    from babel.numbers import get_decimal_symbol

    from selfkind.messages.formatting import STYLES

    cldr = Locale.parse(CLDR_LOCALES.get(language, language))
    skeletons = cldr.datetime_skeletons
    patterns = {}
    for style, (_, skeleton) in STYLES.items():
        skeleton = SKELETONS.get(language, {}).get(style, skeleton)
        if skeleton == "EEEEEE":  # a weekday alone, as short as the language writes it
            patterns[style] = skeleton
            continue
        if skeleton in WHOLE_DATES:  # the language's own full or long date
            patterns[style] = cldr.date_formats[WHOLE_DATES[skeleton]].pattern
            continue
        found = skeleton if skeleton in skeletons else match_skeleton(skeleton, skeletons)
        patterns[style] = _widened(skeletons[found].pattern, skeleton)
    names: dict[str, list[str]] = {}
    for width, called in (("abbreviated", "short"), ("wide", "wide")):
        for context, ending in (("format", ""), ("stand-alone", "_alone")):
            months = get_month_names(width, context, cldr)
            days = get_day_names(width, context, cldr)
            names[f"months_{called}{ending}"] = [months[n] for n in range(1, 13)]
            names[f"days_{called}{ending}"] = [days[n] for n in range(7)]
    # A weekday over a calendar's row: the usual abbreviation where it is short (lun, Mo.),
    # else CLDR's shorter form (Portuguese abbreviates "segunda" no further).
    usual = names["days_short"]
    if max(map(len, usual)) > 4:
        shortest = get_day_names("short", "format", cldr)
        usual = [shortest[n] for n in range(7)]
    names["days_min"] = usual
    formats = {"patterns": patterns, **names, "decimal": get_decimal_symbol(cldr)}
    return json.dumps(formats, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    {"extract": extract, "compile": compile_all}[sys.argv[1]]()
