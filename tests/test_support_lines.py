"""Support lines by region: names people type map to a region, unknown ones are refused and
nothing is stored, each region shows its own lines and emergency number, and a region stored
by an older version never stops help-now from showing every line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import selfkind.services.support as support
from selfkind.services.support import BY_CODE, LINES, REGION, REGIONS_KNOWN, lines_for, region_named
from selfkind.storage.store import open_store

NAMES = {
    "UK": "GB",
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Northern Ireland": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "United Kingdom": "GB",
    "  united   KINGDOM ": "GB",
    "U.K.": "GB",
    "USA": "US",
    "US": "US",
    "America": "US",
    "United States": "US",
    "Deutschland": "DE",
    "Germany": "DE",
    "España": "ES",
    "ESPAÑA": "ES",
    "Espana": "ES",
    "Spain": "ES",
    "France": "FR",
    "Portugal": "PT",
    "Ireland": "IE",
    "Éire": "IE",
    "éire": "IE",
    "Eire": "IE",
    "New Zealand": "NZ",
    "Aotearoa": "NZ",
    "NZ": "NZ",
    "Canada": "CA",
    "Australia": "AU",
    **{code: code for code in BY_CODE},
    **{code.lower(): code for code in BY_CODE},
    " gb ": "GB",
}


def stored_region(home: Path) -> str | None:
    if not home.exists():
        return None
    with open_store() as store:
        return store.setting(REGION)


@pytest.mark.parametrize(("typed", "code"), sorted(NAMES.items()))
def test_the_names_people_type_map_to_their_region(cli, home: Path, typed: str, code: str) -> None:
    result = cli("config", "set", "region", typed)
    assert result.exit_code == 0, result.output
    region = BY_CODE[code]
    assert f"Support lines will be shown for {region.called} ({code})" in result.stderr
    assert stored_region(home) == code
    assert cli("config", "show").stdout.splitlines()[0] == f"region: {code} ({region.name})"


def test_the_united_kingdom_gets_samaritans_shout_and_999(cli) -> None:
    assert cli("config", "set", "region", "UK").exit_code == 0
    shown = cli("help-now")
    assert shown.exit_code == 0
    assert "Samaritans" in shown.stdout and "116 123" in shown.stdout
    assert "Shout" in shown.stdout and "85258" in shown.stdout
    assert "call 999" in shown.stdout
    assert "findahelpline.com" in shown.stdout
    assert (
        "988" not in shown.stdout and "741741" not in shown.stdout and "50808" not in shown.stdout
    )


def test_an_unknown_region_is_refused_naming_the_known_ones_and_nothing_is_stored(
    cli, home: Path
) -> None:
    refused = cli("config", "set", "region", "Atlantis")
    assert refused.exit_code == 2
    assert "Atlantis" in refused.stderr and "nothing was changed" in refused.stderr
    said = " ".join(refused.stderr.split())  # as one line, however the terminal wrapped it
    for region in REGIONS_KNOWN:
        assert f"{region.called} ({region.code})" in said
    assert "Traceback" not in refused.output
    assert not stored_region(home)
    assert (
        cli("config", "show").stdout.splitlines()[0] == "region: (not set, so every line is shown)"
    )


def test_a_refused_region_leaves_the_one_already_set(cli, home: Path) -> None:
    assert cli("config", "set", "region", "Germany").exit_code == 0
    for wrong in ("Atlantis", "XX", "", "  ", "United Kingdoms"):
        assert cli("config", "set", "region", wrong).exit_code == 2
    assert stored_region(home) == "DE"
    assert "TelefonSeelsorge" in cli("help-now").stdout


def test_none_clears_the_region(cli, home: Path) -> None:
    assert cli("config", "set", "region", "nz").exit_code == 0
    cleared = cli("config", "set", "region", " None ")
    assert cleared.exit_code == 0 and "No region is set" in cleared.stderr
    assert not stored_region(home)  # no row: the same as never set
    everything = cli("help-now").stdout
    assert "988" in everything and "TelefonSeelsorge" in everything and "1737" in everything


REGION_VIEWS = {
    "DE": (["TelefonSeelsorge", "0800 111 0 111", "0800 111 0 222", "116 123"], "call 112"),
    "ES": (["Línea 024", "call 024", "Teléfono de la Esperanza", "717 003 717"], "call 112"),
    "FR": (["3114", "SOS Amitié", "09 72 39 40 50"], "call 112"),
    "PT": (["Linha 1411", "SNS 24", "808 24 24 24", "SOS Voz Amiga", "213 544 545"], "call 112"),
    "IE": (["Samaritans", "116 123", "50808"], "call 112 (or 999)"),
    "NZ": (["Need to talk? 1737", "call or text 1737"], "call 111"),
    "AU": (["Lifeline", "13 11 14"], "call 000"),
    "CA": (["9-8-8 Suicide Crisis Helpline", "call or text 988"], "call 911"),
    "US": (["988 Suicide & Crisis Lifeline", "Crisis Text Line", "741741"], "call 911"),
    "GB": (["Samaritans", "Shout", "85258"], "call 999 (or 112)"),
}


@pytest.mark.parametrize("code", sorted(REGION_VIEWS))
def test_each_region_shows_its_lines_and_its_emergency_number(cli, code: str) -> None:
    expected, emergency = REGION_VIEWS[code]
    assert cli("config", "set", "region", code).exit_code == 0
    shown = cli("help-now")
    assert shown.exit_code == 0
    for text in [*expected, emergency, "Emergency services", "findahelpline.com"]:
        assert text in shown.stdout
    assert "911, 999" not in shown.stdout  # the region's own number, not the list for everyone
    assert ("741741" in shown.stdout) == (code == "US")
    assert ("85258" in shown.stdout) == (code == "GB")
    assert ("TelefonSeelsorge" in shown.stdout) == (code == "DE")


@pytest.mark.parametrize("code", sorted(BY_CODE))
def test_a_region_gets_exactly_its_own_lines_and_those_for_everyone(code: str) -> None:
    emergency, *rest = lines_for(code)
    assert emergency.name == "Emergency services" and emergency.regions == (code,)
    assert rest == [line for line in LINES if not line.regions or code in line.regions]
    assert len(rest) > 1  # at least one line of its own besides Find a Helpline


def test_every_line_serves_a_region_that_can_be_set() -> None:
    for line in LINES:
        assert set(line.regions) <= set(BY_CODE), line


def test_a_region_stored_by_an_older_version_still_shows_every_line(cli) -> None:
    cli("config", "set", "region", "GB")
    with open_store() as store:
        store.set_setting(REGION, "XX")  # as an older selfkind stored whatever was typed
    shown = cli("help-now")
    assert shown.exit_code == 0
    for line in LINES:
        assert line.name in shown.stdout
    assert "911, 999, 112, 000" in shown.stdout
    assert "region: XX (not one this version knows" in cli("config", "show").stdout
    panel = cli("checkin", "--set", "mood=1", "--set", "note=I want to die")
    assert panel.exit_code == 0
    # the panel, as for no region: a few lines that serve many, and where the rest are
    assert "Samaritans" in panel.stderr and "988" in panel.stderr
    assert "config set region" in " ".join(panel.stderr.split())


def test_with_no_region_the_panel_keeps_to_a_few_lines_and_help_now_lists_all(cli) -> None:
    panel = cli("checkin", "--set", "mood=1", "--set", "note=I want to die").stderr
    names = [line.name for line in LINES if line.name in panel]
    assert "Samaritans" in names and "Find a Helpline" in names
    assert len(names) <= 5 and "1737" not in panel
    every = cli("help-now").stdout
    assert all(line.name in every for line in LINES)


def test_a_number_is_never_broken_between_lines_at_60_columns(cli, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    cli("config", "set", "region", "DE")
    shown = cli("checkin", "--set", "mood=1", "--set", "note=I want to die").stderr
    assert "0800 111 0 111" in shown and "116 123" in shown


def test_with_no_region_the_emergency_line_lists_the_common_numbers(cli) -> None:
    shown = cli("help-now").stdout
    assert "call your local emergency number (911, 999, 112, 000, 111)" in shown


def test_region_names_that_are_not_regions_are_not_guessed() -> None:
    for text in (None, "", " ", "Atlantis", "United", "Irl", "Zealand", "G B", "NONE"):
        assert region_named(text) is None


def test_every_line_says_where_its_number_was_checked_and_when() -> None:
    source = Path(support.__file__).read_text(encoding="utf-8")
    block = source[source.index("LINES = (") : source.index("\n)\n", source.index("LINES = ("))]
    entries = re.split(r"\n    Line\(", block)[1:]
    comments = re.findall(r"((?:\n    #[^\n]*)+)\n    Line\(", block)
    assert len(entries) == len(LINES) == len(comments)
    for comment in comments:
        assert f"Checked {support.CHECKED}" in comment
    assert support.CHECKED == "2026-12-01"
