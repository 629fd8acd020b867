"""Plans in the data folder: installed whole or not at all, listed, read back and removed."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from selfkind import messages
from selfkind.errors import SelfkindError
from selfkind.paths import PRIVATE_FILE, data_dir, ensure_private_dir, plans_dir
from selfkind.plan.validate import FindExercise, LoadedPlan, load_plan

PLAN_FILE = "plan.yaml"


def install(loaded: LoadedPlan, origin: Path) -> bool:
    """Copy a validated plan and the files it names into the data folder in one step.

    Returns True if it replaced an installed plan with the same id.
    """
    ensure_private_dir(data_dir())
    folder = ensure_private_dir(plans_dir())
    staging = Path(tempfile.mkdtemp(prefix=f".{loaded.plan.id}.", dir=folder))
    try:
        (staging / PLAN_FILE).write_text(loaded.text, encoding="utf-8")
        (staging / PLAN_FILE).chmod(PRIVATE_FILE)
        for relative in loaded.files:
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(origin.parent / relative, target)
            target.chmod(PRIVATE_FILE)
        final = folder / loaded.plan.id
        replaced = final.exists()
        if replaced:
            old = folder / f".{loaded.plan.id}.old"
            shutil.rmtree(old, ignore_errors=True)
            final.rename(old)
            staging.rename(final)
            shutil.rmtree(old, ignore_errors=True)
        else:
            staging.rename(final)
        return replaced
    except OSError as error:
        raise SelfkindError(
            messages.STORE_FAILED.format(path=folder, reason=error.strerror)
        ) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


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


def plan_folder(plan_id: str) -> Path:
    return plans_dir() / plan_id


def remove(plan_id: str) -> None:
    shutil.rmtree(plan_folder(plan_id))
