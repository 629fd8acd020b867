"""A release, made as one is made: sdist, then a wheel built from the sdist, installed and run.

The built-in exercises reach the package through hatch's include mapping in pyproject.toml
(the symlink src/selfkind/exercises serves only the editable install, and an sdist leaves
links out). This test catches a wheel that would install a selfkind with no exercises.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILTIN_IDS = sorted(path.stem for path in (ROOT / "exercises").glob("*.yaml"))

pytestmark = [
    pytest.mark.slow,  # 15 to 40 s: two builds and a virtualenv with selfkind's dependencies
    pytest.mark.skipif(
        not (ROOT / "pyproject.toml").is_file(), reason="needs the source tree, not an install"
    ),
]


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None, timeout: float = 300):
    result = subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, (
        f"{' '.join(map(str, args))} exited {result.returncode}\n"
        f"--- stdout\n{result.stdout[-4000:]}\n--- stderr\n{result.stderr[-4000:]}"
    )
    return result


def bin_dir(venv: Path) -> Path:
    return venv / ("Scripts" if sys.platform == "win32" else "bin")


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without this test run's Python (no PYTHONPATH, no active venv)."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env.update(extra)
    return env


def test_the_wheel_built_from_the_sdist_installs_a_working_selfkind(tmp_path: Path) -> None:
    pytest.importorskip("build", reason="the test extra installs `build`")
    assert BUILTIN_IDS, "no exercises/*.yaml in the source tree"
    dist = tmp_path / "dist"

    # `python -m build` with no target: the sdist, then the wheel built from that sdist.
    run(sys.executable, "-m", "build", "--outdir", dist, ROOT, cwd=tmp_path)
    (sdist,) = dist.glob("selfkind-*.tar.gz")
    (wheel,) = dist.glob("selfkind-*.whl")

    with tarfile.open(sdist) as tar:
        in_sdist = {name.partition("/")[2] for name in tar.getnames()}  # without selfkind-0.1.0/
    missing = [i for i in BUILTIN_IDS if f"exercises/{i}.yaml" not in in_sdist]
    assert not missing, f"the sdist lacks exercises/{{{','.join(missing)}}}.yaml"

    with zipfile.ZipFile(wheel) as whl:
        in_wheel = whl.namelist()
    missing = [i for i in BUILTIN_IDS if f"selfkind/exercises/{i}.yaml" not in in_wheel]
    assert not missing, f"the wheel lacks selfkind/exercises/{{{','.join(missing)}}}.yaml"
    duplicates = sorted({name for name in in_wheel if in_wheel.count(name) > 1})
    assert not duplicates, f"the wheel holds these twice: {duplicates}"

    # A fresh virtualenv with the wheel and its dependencies (pip may use its cache or index).
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    python = bin_dir(venv) / "python"
    run(
        python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel,
        cwd=tmp_path, env=clean_env(), timeout=600,
    )  # fmt: skip

    # Run from an empty folder, so nothing of the source tree can be imported instead.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = clean_env(SELFKIND_HOME=str(tmp_path / "home"), COLUMNS="120")
    selfkind = bin_dir(venv) / "selfkind"

    where = run(python, "-c", "import selfkind; print(selfkind.__file__)", cwd=elsewhere, env=env)
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout

    listed = json.loads(run(selfkind, "exercise", "list", "--json", cwd=elsewhere, env=env).stdout)
    built_in = sorted(item["id"] for item in listed if item["origin"] == "built-in")
    assert built_in == BUILTIN_IDS
    assert all(item["valid"] for item in listed), listed

    done = run(
        selfkind, "checkin", "--json",
        "--set", "mood=6", "--set", "kindness=7", "--set", "note=an ordinary day",
        cwd=elsewhere, env=env,
    )  # fmt: skip
    entry = json.loads(done.stdout)
    assert entry["status"] == "complete"
    assert entry["answers"] == {"mood": 6, "kindness": 7, "note": "an ordinary day"}

    listed_again = run(selfkind, "entries", "list", "--json", cwd=elsewhere, env=env)
    assert entry["id"] in listed_again.stdout

    # The languages come with it, compiled: a run in Spanish needs nothing from the tree.
    for language in ("es", "de", "fr", "pt"):
        for shipped in ("LC_MESSAGES/selfkind.mo", "formats.json"):
            assert f"selfkind/locale/{language}/{shipped}" in in_wheel
    spanish = run(selfkind, "help-now", cwd=elsewhere, env={**env, "SELFKIND_LANG": "es"})
    assert "Servicios de emergencia" in spanish.stdout
