"""The language selfkind speaks: how it is chosen, and that the interface, help, wrong usage,
dates, numbers and the nudge are said in it."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from selfkind import messages
from selfkind.messages.formatting import said_day
from selfkind.messages.language import chosen_language, current_language, use_language


@pytest.mark.parametrize(
    ("environ", "setting", "expected"),
    [
        ({}, None, "en"),
        ({"LANG": "de_DE.UTF-8"}, None, "de"),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, None, "fr"),
        ({"LC_MESSAGES": "fr_FR", "LC_ALL": "pt_PT.UTF-8"}, None, "pt"),
        ({"LC_ALL": "pt_BR.UTF-8"}, "es", "es"),  # the setting comes before the system's
        ({"SELFKIND_LANG": "de", "LC_ALL": "fr_FR"}, "es", "de"),  # and SELFKIND_LANG first
        ({"LANG": "C.UTF-8"}, None, "en"),
        ({"LANG": "it_IT.UTF-8"}, None, "en"),  # the first one set decides, even if unknown
        ({"SELFKIND_LANG": "es-MX"}, None, "es"),
        ({"SELFKIND_LANG": "  "}, "fr", "fr"),  # blank is not set
        ({"SELFKIND_LANG": "../../tmp/x"}, None, "en"),  # a code, never a path
    ],
)
def test_the_language_is_chosen_in_order(environ, setting, expected) -> None:
    assert chosen_language(setting, environ) == expected


def test_messages_and_plurals_are_said_in_the_language() -> None:
    english = messages.TEXT_REQUIRED
    use_language("es")
    assert english != messages.TEXT_REQUIRED and messages.TEXT_REQUIRED.strip()
    use_language("fr")  # French says 0 in the singular, as gettext's rule for it has it
    zero, one, two = (messages.counted(messages.PLAIN_PAUSE, n) for n in (0, 1, 2))
    assert zero.replace("0", "1") == one and two.replace("2", "1") != one
    use_language("en")
    assert english == messages.TEXT_REQUIRED


def test_dates_and_numbers_are_written_as_the_language_writes_them() -> None:
    day = date(2026, 12, 2)
    assert said_day(day, "weekday_day_month_year") == "Wed 02 Dec 2026"
    use_language("de")
    assert said_day(day, "weekday_day_month_year") == "Mi., 2. Dez. 2026"
    assert said_day(day, "long_weekday_day_month") == "Mittwoch, 2. Dezember"
    from selfkind.core.numbers import number

    assert number(6.75) == "6,8"
    use_language("es")
    assert said_day(day, "long_day_month_year") == "2 de diciembre de 2026"


def test_config_set_language_is_kept_privately_and_used(cli, home: Path) -> None:
    result = cli("config", "set", "language", "Deutsch")
    assert result.exit_code == 2 and "es" in result.stderr  # names, by code
    result = cli("config", "set", "language", "de")
    assert result.exit_code == 0, result.output
    kept = home / "language"
    assert kept.read_text() == "de\n" and stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert current_language() == "de"
    shown = cli("config", "show").stdout
    assert "Deutsch (de)" in shown
    assert '"speaking": "de"' in cli("config", "show", "--json").stdout
    assert cli("config", "set", "language", "none").exit_code == 0
    assert not kept.exists() and current_language() == "en"


def test_selfkind_lang_is_said_to_win_over_the_setting(cli, monkeypatch) -> None:
    monkeypatch.setenv("SELFKIND_LANG", "fr")
    result = cli("config", "set", "language", "es")
    assert result.exit_code == 0 and "SELFKIND_LANG" in result.stderr
    assert current_language() == "fr"


def test_a_language_setting_that_is_a_link_is_not_followed(cli, home: Path, tmp_path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_text("de\n")
    (home / "language").symlink_to(elsewhere)
    assert '"speaking": "en"' in cli("config", "show", "--json").stdout


def test_help_and_wrong_usage_are_said_in_the_language(cli, monkeypatch) -> None:
    english = cli("summary", "--help").stdout
    monkeypatch.setenv("SELFKIND_LANG", "es")
    spanish = cli("summary", "--help").stdout
    assert "Uso:" in spanish and "Opciones" in spanish and "Options" not in spanish
    assert "Uso:" in cli("entries").stdout  # a group alone shows its help, in the language too
    assert "The last N days" in english and "The last N days" not in spanish
    wrong = cli("summary", "--dayz", "3")
    assert wrong.exit_code == 2 and "--days" in wrong.stderr and "There is no" not in wrong.stderr
    monkeypatch.setenv("SELFKIND_LANG", "en")  # and back: the help was not left translated
    assert cli("summary", "--help").stdout == english


def test_the_nudge_speaks_the_chosen_language_and_keeps_its_words(home: Path) -> None:
    """The first nudge in another language keeps its lines, so later shells need no gettext."""
    from selfkind import __version__

    home.mkdir(parents=True, exist_ok=True)
    (home / "language").write_text("pt\n")
    run = [sys.executable, "-m", "selfkind", "nudge"]

    def nudged() -> str:
        done = subprocess.run(run, capture_output=True, text=True, check=True, env=os.environ)
        return done.stdout.strip()

    said = nudged()
    use_language("pt")
    assert said == messages.NUDGE_CHECKIN != ""
    use_language("en")
    assert said != messages.NUDGE_CHECKIN
    kept = home / "nudge-words"
    assert kept.read_text().split("\n")[:2] == [f"{__version__} pt", said]
    kept.write_text(f"{__version__} pt\nKept line\nKept draft line")
    assert nudged() == "Kept line"  # read back, not made again
    (home / "language").write_text("fr\n")
    assert nudged() not in ("Kept line", said)  # another language makes its own


def test_french_punctuation_never_begins_a_line() -> None:
    """French sets a space before ; : ? ! » and after «; at any width, the mark stays with
    its word (a line beginning "?" read as a mistake to the French second reader)."""
    from rich.console import Console

    import selfkind.ui.console  # noqa: F401  (it teaches Rich the no-break space)
    from selfkind.messages.language import typeset

    said = typeset("Où, là, maintenant ? « Tu n'es jamais là » ; voilà !", "fr")
    assert typeset(said, "de") == said and " ?" not in said
    for width in range(20, 61):
        console = Console(width=width, file=io.StringIO())
        with console.capture() as captured:
            console.print(said)
        for line in captured.get().splitlines():
            assert not line.lstrip().startswith(("?", "»", ";", "!", ":")), (width, line)
            assert not line.rstrip().endswith("«"), (width, line)
