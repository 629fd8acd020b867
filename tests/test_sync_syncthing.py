"""Sync end to end, as a person with two computers and Syncthing would have it: two real
Syncthing instances on 127.0.0.1 (every outward feature off: tests/syncthing_pair.py) carry
one folder between two homes, each running the installed `selfkind`."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from helpers import installed_selfkind
from syncthing_pair import SYNC_TIMEOUT, pair_logs, syncthing_or_skip, syncthing_pair, wait_for

SELFKIND = installed_selfkind()
pytestmark = pytest.mark.slow


def selfkind(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SELFKIND_HOME": str(home), "COLUMNS": "80"}
    done = subprocess.run(
        [SELFKIND, *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return done


def notes(home: Path) -> set[str]:
    listed = json.loads(selfkind(home, "entries", "list", "--json").stdout)
    return {entry["answers"].get("note", "") for entry in listed}


def change_files(folder: Path) -> set[str]:
    return {path.name for path in folder.glob("*.selfkind-sync")}


def test_entries_made_on_two_computers_reach_both_through_syncthing(tmp_path: Path) -> None:
    syncthing_or_skip()
    laptop, desk = tmp_path / "laptop", tmp_path / "desk"
    with syncthing_pair(tmp_path) as (folder_a, folder_b, rescan):
        logs = pair_logs(tmp_path)
        selfkind(laptop, "checkin", "--set", "mood=6", "--set", "note=written on the laptop")
        selfkind(desk, "checkin", "--set", "mood=4", "--set", "note=written at the desk")
        selfkind(laptop, "sync", str(folder_a))
        from_laptop = change_files(folder_a)
        rescan()
        wait_for(lambda: from_laptop <= change_files(folder_b), SYNC_TIMEOUT, "laptop's file", logs)
        said = selfkind(desk, "sync", str(folder_b)).stderr
        assert "Read 1 change file from your other computers (entries: 1 new" in " ".join(
            said.split()
        )
        from_desk = change_files(folder_b) - from_laptop
        rescan()
        wait_for(lambda: from_desk <= change_files(folder_a), SYNC_TIMEOUT, "desk's file", logs)
        selfkind(laptop, "sync")
        both = {"written on the laptop", "written at the desk"}
        assert notes(laptop) == notes(desk) == both
        assert not list(folder_a.glob("*sync-conflict*"))  # each wrote only its own files
