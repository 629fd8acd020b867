"""The translations are whole and in step: every message of the interface translated in each
language with its placeholders and plural forms, the shipped .mo and date files compiled from
what is in the repository, and every built-in exercise and plan translated word for word."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402  (tools/translations.py)

LANGUAGES = translations.LANGUAGES
FIELD = re.compile(r"\{([a-z_0-9]*)(?:[:!][^{}]*)?\}")  # {name}, {count:,}: named, with any spec
COMMAND = re.compile(r"`[^`]+`")


def _catalogue(language: str):
    return translations.read(translations.po_path(language), language)


def _fields(text: str) -> set[str]:
    return set(FIELD.findall(text.replace("{{", "").replace("}}", "")))


def test_the_template_holds_every_message_the_code_says() -> None:
    """tools/translations.py extract was run after the last message was added."""
    with translations.TEMPLATE.open("rb") as file:
        kept = {message.id for message in translations.read_po(file) if message.id}
    made = {message.id for message in translations.template() if message.id}
    assert made - kept == set(), "run: python tools/translations.py extract"
    assert kept - made == set(), "run: python tools/translations.py extract"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    catalogue = _catalogue(language)
    assert catalogue.num_plurals == 2, catalogue.plural_forms
    assert {m.id for m in catalogue if m.id} == {m.id for m in translations.template() if m.id}
    assert problems_in(catalogue) == []


def problems_in(catalogue) -> list[str]:
    template = {message.id for message in translations.template() if message.id}
    problems = []
    for message in catalogue:
        if not message.id:
            continue
        ids = list(message.id) if isinstance(message.id, tuple) else [message.id]
        strings = list(message.string) if isinstance(message.string, tuple) else [message.string]
        if message.fuzzy or message.id not in template:
            problems.append(f"{ids[0]!r}: fuzzy or no longer in the template")
        if len(strings) != len(ids) or not all(s and s.strip() for s in strings):
            problems.append(f"{ids[0]!r}: not translated (every plural form)")
            continue
        # A plural form may leave the count unsaid ("one entry"); nothing else may go or come.
        may_go = {"count"} if len(ids) > 1 else set()
        for string in strings:
            if _fields(string) - _fields(ids[-1]) or _fields(ids[-1]) - _fields(string) - may_go:
                problems.append(f"{ids[0]!r}: placeholders {_fields(ids[-1])} -> {string!r}")
            if sorted(COMMAND.findall(string)) != sorted(COMMAND.findall(ids[0])):
                problems.append(f"{ids[0]!r}: a `command` is changed in {string!r}")
            if string.endswith("\n") != ids[0].endswith("\n") or ids[0].endswith(
                " "
            ) != string.endswith(" "):
                problems.append(f"{ids[0]!r}: its ending is changed in {string!r}")
    return problems


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
@pytest.mark.parametrize("language", LANGUAGES)
def test_gettext_checks_each_catalogue(language: str, tmp_path: Path) -> None:
    """msgfmt --check: the header, plural forms and format strings, as gettext reads them."""
    result = subprocess.run(
        ["msgfmt", "--check", "-o", str(tmp_path / "out.mo"), str(translations.po_path(language))],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_files_are_compiled_from_the_repository(language: str) -> None:
    shipped = translations.po_path(language).with_suffix(".mo").read_bytes()
    assert shipped == translations.compiled(_catalogue(language)), (
        "run: tools/translations.py compile"
    )
    dates = (translations.LOCALE / language / translations.FORMATS_FILE).read_text("utf-8")
    assert dates == translations.formats_json(language), "run: tools/translations.py compile"


def test_the_completeness_check_finds_what_is_wrong() -> None:
    """The check above finds an empty string, a lost placeholder and a changed command."""
    catalogue = _catalogue("es")
    broken = {
        "Choose at least {count}.": "Elige al menos.",
        "Type a whole number from {low} to {high}.": "",
        NAMED_COMMAND: "Ejecuta `selfkind correr grounding`.",
    }
    for message in catalogue:
        if message.id in broken:
            message.string = broken[message.id]
    found = "\n".join(problems_in(catalogue))
    assert "'Choose at least {count}.': placeholders" in found
    assert "'Type a whole number from {low} to {high}.': not translated" in found
    assert "a `command` is changed" in found


NAMED_COMMAND = next(
    m.id
    for m in translations.template()
    if isinstance(m.id, str) and "`selfkind run grounding`" in m.id
)


# ---------------------------------------------------------------- the built-ins

BUILT_INS = sorted((ROOT / "exercises").glob("*.yaml"))
STEP_TEXTS = ("text", "prompt", "help", "labels", "options")


@pytest.mark.parametrize("path", BUILT_INS, ids=lambda p: p.stem)
def test_every_built_in_is_translated_into_every_language(path: Path) -> None:
    english = yaml.safe_load(path.read_text("utf-8"))
    translated = english.get("translations", {})
    assert set(translated) == set(LANGUAGES)
    for language, words in translated.items():
        for name in ("title", "description", "credit", "summary"):
            assert (name in english) == bool(words.get(name)), f"{language}: {name}"
        assert len(words["steps"]) == len(english["steps"])
        for number, (step, said) in enumerate(zip(english["steps"], words["steps"], strict=True)):
            for name in STEP_TEXTS:
                assert (name in step) == bool((said or {}).get(name)), (
                    f"{language} {number}: {name}"
                )
        for score, said in zip(english.get("scores", []), words.get("scores", []), strict=True):
            assert said["label"] and len(said.get("bands", [])) == len(score.get("bands", []))


def test_the_built_in_plan_is_translated_into_every_language() -> None:
    plan = yaml.safe_load((ROOT / "exercises" / "plans" / "first-fortnight.yaml").read_text())
    assert set(plan["translations"]) == set(LANGUAGES)
    for words in plan["translations"].values():
        assert words["title"] and words["note"]
        assert [bool(item.get("why")) for item in words["items"]] == [
            bool(item.get("why")) for item in plan["items"]
        ]
