"""Plans in the data folder: installed whole or not at all, listed, read back and removed."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from selfkind import messages
from selfkind.core.errors import SelfkindError, UsageError
from selfkind.formats.plan import FindExercise, LoadedPlan, load_plan
from selfkind.storage.atomic import sync_folder
from selfkind.storage.paths import (
    PLAN_FILE,
    ensure_private_dir,
    link_between,
    plan_folder,
    plans_dir,
    refuse_links,
)


def install(loaded: LoadedPlan, origin: Path) -> bool:
    """Keep a validated plan and the files it names in the data folder, in one step: folders
    0700 and files 0600 whatever the umask, each file exactly the text that was validated.

    A file the plan names through a symbolic link is refused (it may lie anywhere), and so is
    a link in the data folder where the plan would go. Returns True if it replaced an
    installed plan with the same id.
    """
    for relative in loaded.files:
        link = link_between(origin.parent, origin.parent / relative)
        if link is not None:
            raise SelfkindError(messages.PLAN_FILE_LINK.format(link=link))
    final = refuse_links(plans_dir() / loaded.plan.id)
    folder = ensure_private_dir(plans_dir())
    staging = Path(tempfile.mkdtemp(prefix=f".{loaded.plan.id}.", dir=folder))  # made 0700
    try:
        _write(staging / PLAN_FILE, loaded.text)
        for relative, exercise in loaded.files.items():
            target = staging / relative
            ensure_private_dir(target.parent)
            _write(target, exercise.source)
        replaced = final.exists()
        if replaced:
            old = folder / f".{loaded.plan.id}.old"
            shutil.rmtree(old, ignore_errors=True)
            final.rename(old)
            staging.rename(final)
            shutil.rmtree(old, ignore_errors=True)
        else:
            staging.rename(final)
        sync_folder(folder)  # each file was flushed as it was written; now the renames
        return replaced
    except OSError as error:
        raise SelfkindError(
            messages.STORE_FAILED.format(path=folder, reason=error.strerror)
        ) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def builtin_plan_ids() -> list[str]:
    return sorted(path.stem for path in _builtin_plans().glob("*.yaml"))


def builtin_plan(plan_id: str, today: date, find_exercise: FindExercise) -> LoadedPlan:
    """A plan that ships with selfkind, moved to start today (its days kept)."""
    import re

    from selfkind.formats.plan import parse_plan

    path = _builtin_plans() / f"{plan_id}.yaml"
    if plan_id not in builtin_plan_ids():
        known = ", ".join(builtin_plan_ids())
        raise UsageError(messages.NO_SUCH_BUILTIN_PLAN.format(id=plan_id, known=known))
    text = path.read_text(encoding="utf-8")
    start = date.fromisoformat(re.search(r"^start: (\S+)$", text, re.MULTILINE)[1])  # type: ignore[index]
    shift = today - start

    def moved(found: re.Match[str]) -> str:
        return f"{found[1]}: {date.fromisoformat(found[2]) + shift}"

    text = re.sub(r"^(start|end): (\S+)$", moved, text, flags=re.MULTILINE)
    return parse_plan(text, path, find_exercise)


def add_builtin(plan_id: str, today: date) -> tuple[LoadedPlan, bool]:
    """Install a built-in plan starting today; True with it if it replaced one of that id."""
    from selfkind.services.catalog import known_exercise

    loaded = builtin_plan(plan_id, today, known_exercise)
    return loaded, install(loaded, Path(plan_id))  # every item is an id: no file beside it


def _builtin_plans() -> Path:
    from selfkind.storage.paths import builtin_exercises_dir

    return builtin_exercises_dir() / "plans"


def _write(path: Path, text: str) -> None:
    from selfkind.storage.paths import private_file

    with private_file(path) as stream:
        stream.write(text)


def installed_plans(find_exercise: FindExercise) -> list[LoadedPlan]:
    """Every installed plan, by id."""
    folder = plans_dir()
    if not folder.is_dir():
        return []
    plans = []
    for path in sorted(folder.glob(f"*/{PLAN_FILE}")):
        if not path.parent.name.startswith("."):
            plans.append(load_plan(path, find_exercise))
    return plans


def remove(plan_id: str) -> None:
    """Remove an installed plan's folder; a link in its place is refused, never followed."""
    shutil.rmtree(refuse_links(plan_folder(plan_id)))
