"""The person's own exercises and plans travel with sync: each file as a whole, the one
changed later kept on every computer. Deleting one does not travel (a plan removed on one
computer may still be wanted on another)."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from selfkind import messages
from selfkind.core.entry import parse_timestamp, utc_timestamp
from selfkind.core.errors import InvalidFile, SelfkindError

if TYPE_CHECKING:
    from selfkind.storage.store import Store

SENT_FILES = "sync-sent-files"  # each file's digest as it last went into a change file
Files = dict[str, dict[str, dict[str, Any]]]  # kind: name: {"texts": {path: text}, "changed_at"}


def own_files() -> Files:
    """Every exercise and plan of the person's own here, with when each last changed."""
    from selfkind.storage.paths import PLAN_FILE, plans_dir, user_exercises_dir

    found: Files = {"exercises": {}, "plans": {}}
    exercises = user_exercises_dir()
    for path in sorted(exercises.glob("*.yaml")) if exercises.is_dir() else []:
        found["exercises"][path.stem] = _bundle(path.parent, [path])
    plans = plans_dir()
    for plan in sorted(plans.glob(f"*/{PLAN_FILE}")) if plans.is_dir() else []:
        if not plan.parent.name.startswith("."):
            paths = [p for p in sorted(plan.parent.rglob("*.yaml")) if p.is_file()]
            found["plans"][plan.parent.name] = _bundle(plan.parent, paths)
    return found


def _bundle(folder: Path, paths: list[Path]) -> dict[str, Any]:
    newest = max(path.stat().st_mtime for path in paths)
    return {
        "texts": {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8") for p in paths},
        "changed_at": utc_timestamp(datetime.fromtimestamp(newest, timezone.utc)),
    }


def _digest(bundle: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(bundle["texts"], sort_keys=True).encode()).hexdigest()


def files_to_send(store: Store, first: bool) -> tuple[Files, dict[str, str]]:
    """The files changed since they last went out (all of them, the first time), and the
    digests to remember once they are written."""
    sent = json.loads(store.setting(SENT_FILES) or "{}")
    going: Files = {"exercises": {}, "plans": {}}
    digests = dict(sent)
    for kind, bundles in own_files().items():
        for name, bundle in bundles.items():
            key, digest = f"{kind}/{name}", _digest(bundle)
            if first or sent.get(key) != digest:
                going[kind][name] = bundle
                digests[key] = digest
    if not any(going.values()):
        return {}, sent
    return going, digests


def take_files(store: Store, arrived: Files) -> list[str]:
    """Install what arrived that is newer than the copy here (or not here); what could not
    be taken, as notes. Each is checked as `exercise add` and `plan add` check them."""
    here = own_files()
    notes: list[str] = []
    sent = json.loads(store.setting(SENT_FILES) or "{}")
    for kind, bundles in arrived.items():
        for name, bundle in bundles.items():
            mine = here.get(kind, {}).get(name)
            if mine is not None and (
                _digest(mine) == _digest(bundle) or mine["changed_at"] >= bundle["changed_at"]
            ):
                continue
            try:
                _install(kind, name, bundle)
            except (InvalidFile, SelfkindError, OSError):
                notes.append(messages.SYNC_FILE_NOT_TAKEN.format(name=name))
                continue
            sent[f"{kind}/{name}"] = _digest(bundle)  # they have it: not sent back
    store.set_setting(SENT_FILES, json.dumps(sent))
    return notes


def _install(kind: str, name: str, bundle: dict[str, Any]) -> None:
    from selfkind.services.catalog import install_exercise
    from selfkind.storage.paths import PLAN_FILE, plan_folder, user_exercises_dir

    when = parse_timestamp(bundle["changed_at"]).timestamp()
    if kind == "exercises":
        from selfkind.formats.validate import parse_exercise

        [text] = bundle["texts"].values()
        exercise = parse_exercise(text, label=f"{name}.yaml", origin=name)
        if exercise.id != name:
            raise SelfkindError(name)
        install_exercise(exercise)
        os.utime(user_exercises_dir() / f"{name}.yaml", (when, when))
        return
    from selfkind.formats.plan import load_plan
    from selfkind.services.catalog import known_exercise
    from selfkind.services.install import install

    with tempfile.TemporaryDirectory() as staging:
        for relative, text in bundle["texts"].items():
            path = Path(staging, relative)
            if ".." in Path(relative).parts or Path(relative).is_absolute():
                raise SelfkindError(name)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        loaded = load_plan(Path(staging, PLAN_FILE), known_exercise)
        if loaded.plan.id != name:
            raise SelfkindError(name)
        install(loaded, Path(staging, PLAN_FILE))
    for path in plan_folder(name).rglob("*.yaml"):
        os.utime(path, (when, when))
