"""Every command and view in a pseudo-language: each message of the interface, each help
text and each exercise's words made longer and written in accented letters (`Ţöðáý` for
"Today", a third longer). A plain English word left on screen was not translated; a line wider
than 60 columns is a layout that longer words break."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from rich.cells import cell_len
from typer.testing import CliRunner

from selfkind.cli.app import app
from selfkind.core import wording
from selfkind.core.exercise import Exercise
from selfkind.messages import formatting, language

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import translations

PSEUDO = "xx"
WIDTH = 60
LETTERS = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
        strict=True,
    )
)
KEPT = re.compile(r"(\{\{[^}]*\}\}|\{[^{}]*\}|`[^`]*`|--[a-z-]+|https?://\S+|\[\[[^\]]*\]\])")


def pseudo(text: str) -> str:
    """The text with its letters accented and a third longer, placeholders, `commands`,
    --options and addresses kept as they are."""
    if not text.strip():
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    core = text.strip()
    parts = KEPT.split(core)
    said = "".join(
        part if KEPT.fullmatch(part) else "".join(LETTERS.get(c, c) for c in part) for part in parts
    )
    return lead + said + "~" * (len(core) // 3) + trail


def pseudo_catalogue(folder: Path, english: str = "") -> None:
    """The pseudo-language's catalogue; messages holding `english` are left untranslated."""
    catalogue = Catalog(locale="en", fuzzy=False)
    catalogue.mime_headers = [("Plural-Forms", "nplurals=2; plural=(n != 1);")]
    for message in translations.template():
        if not message.id or (english and english in str(message.id)):
            continue
        if isinstance(message.id, tuple):
            catalogue.add(message.id, tuple(pseudo(form) for form in message.id))
        else:
            catalogue.add(message.id, pseudo(message.id))
    place = folder / PSEUDO / "LC_MESSAGES"
    place.mkdir(parents=True)
    (place / "selfkind.mo").write_bytes(translations.compiled(catalogue))
    dates = json.loads(translations.formats_json("es"))
    for key, names in dates.items():
        if isinstance(names, list):
            dates[key] = [pseudo(name) for name in names]
    (folder / PSEUDO / "formats.json").write_text(json.dumps(dates), "utf-8")


def pseudo_words(exercise: Exercise, code: str) -> Mapping[str, Any] | None:
    """Any exercise's words in the pseudo-language, as its file would give them."""
    if code != PSEUDO:
        return exercise.translations.get(code)
    steps = []
    for step in exercise.steps:
        said: dict[str, Any] = {}
        for name in ("text", "prompt", "help"):
            if getattr(step, name, None):
                said[name] = pseudo(getattr(step, name))
        if getattr(step, "labels", None):
            said["labels"] = {n: pseudo(label) for n, label in step.labels.items()}
        if getattr(step, "options", None):
            said["options"] = [pseudo(option) for option in step.options]
        steps.append(said)
    scores = [
        {"label": pseudo(score.label), "bands": [pseudo(band.label) for band in score.bands]}
        for score in exercise.scores
    ]
    texts = {
        name: pseudo(getattr(exercise, name))
        for name in ("title", "description", "credit", "summary")
        if getattr(exercise, name)
    }
    return {**texts, "steps": steps, "scores": scores}


def pseudo_plan_words(plan: Mapping[str, Any], code: str) -> Mapping[str, Any]:
    """A plan's words in the pseudo-language, as its file would give them."""
    if code != PSEUDO:
        return plan.get("translations", {}).get(code, {})
    items = [{"why": pseudo(item["why"])} if item.get("why") else {} for item in plan["items"]]
    note = {"note": pseudo(plan["note"])} if plan.get("note") else {}
    return {"title": pseudo(plan["title"]), **note, "items": items}


@pytest.fixture
def speak_pseudo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request) -> None:
    folder = tmp_path / "locale"
    pseudo_catalogue(folder, getattr(request, "param", ""))
    monkeypatch.setattr(language, "LOCALE_DIR", str(folder))
    monkeypatch.setattr(formatting, "LOCALE_DIR", str(folder))
    monkeypatch.setattr(formatting, "_loaded", {})
    monkeypatch.setattr(language, "_catalogues", {})
    monkeypatch.setattr(wording, "words_for", pseudo_words)
    monkeypatch.setattr(wording, "plan_words_for", pseudo_plan_words)
    monkeypatch.setenv("SELFKIND_LANG", PSEUDO)
    monkeypatch.setenv("COLUMNS", str(WIDTH))


# Words that are not the interface's to translate: what people type (commands, options, ids,
# settings and answers), names, and the test's own data.
def allowed_words() -> set[str]:
    import typer.main

    from selfkind.cli.language import _tree
    from selfkind.services.catalog import list_exercises, measure_templates
    from selfkind.services.support import LINES

    words = {"selfkind", "YAML", "JSON", "HTML", "PDF", "SHA", "age", "UTC", "CSV", "EDITOR"}
    for message in translations.template():
        for form in message.id if isinstance(message.id, tuple) else (message.id,):
            for kept in KEPT.findall(form or ""):
                words.update(re.findall(r"[A-Za-z]{3,}", kept))
    for item in _tree(typer.main.get_command(app)):
        words.update(re.findall(r"[A-Za-z]{3,}", " ".join(getattr(item, "opts", ()))))
        words.update(re.findall(r"[A-Za-z]{3,}", str(getattr(item, "name", "") or "")))
        words.update(re.findall(r"[A-Z]{3,}", str(getattr(item, "metavar", "") or "")))
        if getattr(item, "param_type_name", "") == "argument":  # shown as its name: EXERCISE
            words.add(str(item.name).upper())
    for listed in list_exercises():
        exercise = listed.exercise
        if exercise is not None:
            words.update(re.findall(r"[A-Za-z]{3,}", exercise.id))
            for step in exercise.answer_steps():
                words.update(re.findall(r"[A-Za-z]{3,}", step.id))
                # A choice is stored as the option the file names, and a search's snippet is
                # cut from what is stored (every other view shows the option translated).
                words.update(re.findall(r"[A-Za-z]{3,}", " ".join(getattr(step, "options", ()))))
            for score in exercise.scores:
                words.update(re.findall(r"[A-Za-z]{3,}", score.id))
            words.update(exercise.tags)
    for line in LINES:
        words.update(re.findall(r"[A-Za-z]{3,}", line.name))
    for template in measure_templates():  # a measure's published name
        words.update(re.findall(r"[A-Za-z]{3,}", template.title))
    return words | set(TYPED)


TYPED = ["Zorblat", "quaxen", "Vim", "Mylo", "nothing"]  # what the test's person writes: no English
COMMANDS: list[list[str]] = [
    [],
    ["checkin", "--set", "mood=2", "--set", "kindness=3", "--set", "note=Zorblat quaxen"],
    ["checkin", "--set", "mood=7", "--set", "note=Vim"],
    ["run", "grounding", "--set", "settled=6"],
    [
        "run",
        "self-compassion-break",
        *("--set", "stressor=Zorblat", "--set", "distress_before=6", "--set", "name_it=Mylo"),
        *("--set", "kind_wish=quaxen", "--set", "distress_after=3"),
    ],
    [
        "run",
        "setback-journal",
        *(
            "--set",
            "situation=Zorblat",
            "--set",
            "emotion=sad, anxious",
            "--set",
            "feeling_before=7",
        ),
        *(
            "--set",
            "auto_thought=quaxen",
            "--set",
            "evidence_for=Mylo",
            "--set",
            "evidence_against=Vim",
        ),
        *("--set", "friend_view=Mylo", "--set", "balanced_thought=Vim", "--set", "feeling_after=4"),
    ],
    ["today"],
    ["summary"],
    ["summary", "--days", "365"],
    ["entries", "list"],
    ["entries", "search", "Zorblat"],
    ["exercise", "list"],
    ["exercise", "show", "kindness-reframe"],
    ["exercise", "show", "checkin"],
    ["exercise", "new", "--list-templates"],
    ["plan", "add", "--builtin", "first-fortnight"],
    ["plan", "list"],
    ["plan", "show", "first-fortnight"],
    ["today"],
    ["help-now"],
    ["help-now", "--plain"],
    ["config", "set", "region", "ES"],
    ["help-now"],
    ["config", "show"],
    ["report", "--format", "md"],
    ["clinic", "list"],
    ["summary", "--dayz", "3"],
    ["run"],
    ["run", "kindnes-reframe"],
    ["entries", "show", "nothing"],
    ["help", "summary"],
]


def outputs(runner: CliRunner) -> Iterator[tuple[list[str], str, str]]:
    import typer.main

    from selfkind.cli.language import _tree

    for command in COMMANDS:
        result = runner.invoke(app, command)
        yield command, result.stdout, result.stderr
    names: list[list[str]] = [[]]
    root = typer.main.get_command(app)
    for name, sub in root.commands.items():
        if not sub.hidden:
            names.append([name])
            names += [[name, inner] for inner in getattr(sub, "commands", {})]
    del _tree
    for words in names:
        result = runner.invoke(app, [*words, "--help"])
        yield [*words, "--help"], result.stdout, result.stderr


# Not screens drawn for 60 columns: text to copy or save whole (help-now --plain, a Markdown
# report), and `config show`'s one `key: value` line per setting; everything said on standard
# error is one unbroken line when it is not a terminal, which wraps it there.
WHOLE_LINES = {"help-now --plain", "report --format md", "config show"}
ENGLISH = re.compile(r"(?<![A-Za-z0-9_/.-])[A-Za-z]{3,}(?![A-Za-z0-9_/-])")
PATH = re.compile(r"(/[^\s:,]+)+")


def test_every_command_is_translated_and_fits_60_columns(speak_pseudo) -> None:
    allowed = allowed_words()
    untranslated: dict[str, set[str]] = {}
    too_wide: dict[str, list[str]] = {}
    runner = CliRunner()
    seen = 0
    for command, shown, said in outputs(runner):
        seen += 1
        where = " ".join(command) or "(home)"
        for line in shown.splitlines():
            if cell_len(line) > WIDTH and where not in WHOLE_LINES and "\t" not in line:
                too_wide.setdefault(where, []).append(line)
        for line in (shown + said).splitlines():
            words = set(ENGLISH.findall(PATH.sub(" ", line))) - allowed
            if words:
                untranslated.setdefault(where, set()).update(words)
    assert seen > 60
    assert untranslated == {}
    assert too_wide == {}


@pytest.mark.parametrize("speak_pseudo", ["Your practice"], indirect=True)
def test_the_scan_finds_a_message_left_in_english(speak_pseudo) -> None:
    """A message the catalogue does not translate shows in English, and the scan sees it."""
    result = CliRunner().invoke(app, ["summary"])
    words = set(ENGLISH.findall(result.stdout)) - allowed_words()
    assert {"Your", "practice"} <= words, result.stdout
