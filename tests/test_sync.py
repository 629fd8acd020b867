"""Sync between a person's computers through a folder a sync engine carries: each computer
writes only its own change files, reads the others' as an import, and all end alike."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from helpers import make_entry
from selfkind.services.catalog import find_exercise
from selfkind.storage.store import open_store

PASSPHRASE = "correct horse battery staple"


class Computers:
    """Several homes sharing one sync folder (as a sync engine that has carried every file)."""

    def __init__(self, cli, tmp_path: Path, monkeypatch) -> None:
        self.cli, self.tmp, self.monkeypatch = cli, tmp_path, monkeypatch
        self.folder = tmp_path / "Sync"
        self.folder.mkdir()

    def on(self, name: str):
        self.monkeypatch.setenv("SELFKIND_HOME", str(self.tmp / name))
        return self.cli

    def checkin(self, name: str, note: str, mood: int = 5):
        result = self.on(name)("checkin", "--set", f"mood={mood}", "--set", f"note={note}")
        assert result.exit_code == 0, result.output
        return json.loads(self.on(name)("entries", "list", "--json").stdout)[0]["id"]

    def sync(self, name: str, *extra: str):
        result = self.on(name)("sync", *extra)
        assert result.exit_code == 0, result.output
        return result

    def notes(self, name: str) -> dict[str, str]:
        listed = json.loads(self.on(name)("entries", "list", "--json").stdout)
        return {entry["id"]: entry["answers"].get("note", "") for entry in listed}

    def save(self, name: str, entry) -> None:
        self.on(name)
        with open_store() as store:
            store.save(entry, find_exercise(entry.exercise_id).source)


@pytest.fixture
def computers(cli, tmp_path, monkeypatch) -> Computers:
    return Computers(cli, tmp_path, monkeypatch)


def files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_entries_made_on_two_computers_arrive_on_both_and_a_second_sync_changes_nothing(
    computers: Computers,
) -> None:
    laptop = computers.checkin("laptop", "from the laptop")
    computers.sync("laptop", str(computers.folder))  # remembered from here on
    desk = computers.checkin("desk", "from the desk")
    first = computers.sync("desk", str(computers.folder))
    assert "Read 1 change file from your other computers (entries: 1 new" in first.stderr
    computers.sync("laptop")
    both = {laptop: "from the laptop", desk: "from the desk"}
    assert computers.notes("laptop") == computers.notes("desk") == both
    before = files(computers.folder)
    again = computers.sync("laptop")
    assert "Nothing new from this computer." in again.stderr
    assert "Nothing new from your other computers." in again.stderr
    assert files(computers.folder) == before  # no file written, none touched


def test_a_computer_never_edits_renames_or_deletes_another_computers_file(
    computers: Computers,
) -> None:
    computers.checkin("laptop", "one")
    computers.sync("laptop", str(computers.folder))
    theirs = files(computers.folder)
    computers.checkin("desk", "two")
    computers.sync("desk", str(computers.folder))
    mine = {name: digest for name, digest in files(computers.folder).items() if name not in theirs}
    assert {name: files(computers.folder)[name] for name in theirs} == theirs
    [name] = mine
    desk_device = name.split("-")[0]
    assert all(not other.startswith(desk_device) for other in theirs)


def test_a_deletion_wins_and_an_older_copy_never_brings_the_entry_back(computers) -> None:
    kept = computers.checkin("laptop", "kept")
    gone = computers.checkin("laptop", "to delete")
    computers.sync("laptop", str(computers.folder))
    computers.sync("desk", str(computers.folder))
    assert computers.on("desk")("entries", "delete", gone[:8], "--yes").exit_code == 0
    computers.sync("desk")
    computers.sync("laptop")
    assert set(computers.notes("laptop")) == set(computers.notes("desk")) == {kept}
    # the laptop's first change file, which still holds it, is read by a new computer
    computers.sync("third", str(computers.folder))
    assert set(computers.notes("third")) == {kept}


def test_an_entry_changed_on_two_computers_keeps_the_version_finished_later(computers) -> None:
    earlier = make_entry("e" * 32, date(2026, 11, 30), at="08:00", answers={"mood": 3, "note": "a"})
    later = make_entry("e" * 32, date(2026, 11, 30), at="09:00", answers={"mood": 4, "note": "b"})
    computers.save("laptop", later)
    computers.save("desk", earlier)
    computers.sync("laptop", str(computers.folder))
    result = computers.sync("desk", str(computers.folder))
    assert "the version finished later is kept" in result.stderr
    computers.sync("laptop")
    assert computers.notes("laptop") == computers.notes("desk") == {"e" * 32: "b"}


def test_conflict_copies_placeholders_half_files_and_newer_files_are_passed_over(
    computers: Computers,
) -> None:
    computers.checkin("laptop", "whole")
    computers.sync("laptop", str(computers.folder))
    [name] = files(computers.folder)
    text = (computers.folder / name).read_text(encoding="utf-8")
    stem = name.removesuffix(".selfkind-sync")
    (computers.folder / f"{stem}.sync-conflict-20261202-101010-ABCDEFG.selfkind-sync").write_text(
        text
    )
    (computers.folder / f".{name}.icloud").write_text("")
    half = "0123456789abcdef-000001.selfkind-sync"
    (computers.folder / half).write_text(text[: len(text) // 2])
    newer = "fedcba9876543210-000001.selfkind-sync"
    (computers.folder / newer).write_text(json.dumps({"selfkind-sync": 2}))
    result = computers.sync("desk", str(computers.folder))
    said = " ".join(result.stderr.split())
    assert "Read 1 change file" in said
    assert (
        "sync-conflict-20261202-101010-ABCDEFG.selfkind-sync was passed over: it is a copy" in said
    )
    assert f".{name}.icloud was passed over: your sync tool has not brought" in said
    assert f"{half} was passed over for now: it is not whole yet" in said
    assert f"{newer} was passed over: a newer selfkind made it" in said
    # the half file, once whole (its own device's text under its own name), is read next time
    whole = text.replace(name.split("-")[0], "0123456789abcdef")
    (computers.folder / half).write_text(whole)
    assert "Read 1 change file" in computers.sync("desk").stderr


def test_a_change_file_whose_entry_does_not_fit_its_exercise_is_passed_over_whole(
    computers: Computers,
) -> None:
    computers.checkin("laptop", "fine")
    computers.sync("laptop", str(computers.folder))
    [name] = files(computers.folder)
    data = json.loads((computers.folder / name).read_text(encoding="utf-8"))
    data["entries"][0]["answers"]["mood"] = 99  # outside the check-in's scale
    forged = name.replace(name[:16], "00000000000000aa")
    data["device"] = "00000000000000aa"
    (computers.folder / forged).write_text(json.dumps(data))
    result = computers.sync("desk", str(computers.folder))
    assert f"{forged} was passed over: something in it is not right" in " ".join(
        result.stderr.split()
    )
    assert len(computers.notes("desk")) == 1  # the laptop's own file still came in


def test_with_encrypted_stores_the_folder_holds_no_word_of_any_answer(
    computers: Computers, monkeypatch
) -> None:
    monkeypatch.setenv("SELFKIND_PASSPHRASE", PASSPHRASE)
    words = {"laptop": "plumtree", "desk": "seahorse"}
    for name, word in words.items():
        computers.checkin(name, f"a note with {word} in it")
        assert computers.on(name)("encrypt").exit_code == 0
        computers.sync(name, str(computers.folder))
    computers.sync("laptop")
    assert sorted(computers.notes("laptop").values()) == sorted(computers.notes("desk").values())
    for path in computers.folder.iterdir():
        held = path.read_bytes()
        assert all(word.encode() not in held for word in [*words.values(), "note with"])
    monkeypatch.setenv("SELFKIND_PASSPHRASE", "a different passphrase")
    computers.checkin("third", "x")
    assert computers.on("third")("encrypt").exit_code == 0
    refused = computers.on("third")("sync", str(computers.folder))
    said = " ".join(refused.stderr.split())
    assert refused.exit_code == 0 and said.count("locked with a different passphrase") == 2
    assert len(computers.notes("third")) == 1  # nothing merged


def test_a_store_in_the_clear_does_not_read_sealed_changes_and_is_warned_once(
    computers: Computers, monkeypatch
) -> None:
    computers.checkin("desk", "clear")
    first = computers.sync("desk", str(computers.folder))
    assert "holds your words as they are" in first.stderr
    assert "holds your words as they are" not in computers.sync("desk").stderr
    monkeypatch.setenv("SELFKIND_PASSPHRASE", PASSPHRASE)
    computers.checkin("laptop", "sealed")
    assert computers.on("laptop")("encrypt").exit_code == 0
    computers.sync("laptop", str(computers.folder))
    refused = computers.on("desk")("sync")
    said = " ".join(refused.stderr.split())
    assert refused.exit_code == 0 and "Encrypt here with the same passphrase" in said
    assert set(computers.notes("desk").values()) == {"clear"}  # nothing read from it


def test_the_region_travels_and_the_later_setting_wins(computers: Computers) -> None:
    assert computers.on("laptop")("config", "set", "region", "GB").exit_code == 0
    assert "Wrote 1 change" in computers.sync("laptop", str(computers.folder)).stderr
    said = computers.sync("desk", str(computers.folder)).stderr
    assert "Your region came from another computer: the United Kingdom (GB)." in " ".join(
        said.split()
    )
    shown = json.loads(computers.on("desk")("config", "show", "--json").stdout)
    assert shown["region"] == "GB"


def test_a_folder_is_asked_for_once_and_must_be_there(computers: Computers, tmp_path) -> None:
    none = computers.on("laptop")("sync")
    assert none.exit_code == 2 and "Name the folder your sync tool carries" in none.stderr
    missing = computers.on("laptop")("sync", str(tmp_path / "nowhere"))
    assert missing.exit_code == 1 and "There is no folder" in missing.stderr
    inside = computers.on("laptop")("sync", str(tmp_path / "laptop"))
    assert inside.exit_code == 2 and "inside selfkind's own data folder" in inside.stderr


def test_sync_auto_syncs_after_a_save_and_nudge_never_syncs(computers: Computers) -> None:
    assert computers.on("laptop")("config", "set", "sync", "auto").exit_code == 2  # no folder
    set_folder = computers.on("laptop")("config", "set", "sync-folder", str(computers.folder))
    assert set_folder.exit_code == 0
    assert computers.on("laptop")("config", "set", "sync", "auto").exit_code == 0
    computers.checkin("laptop", "saved and synced")
    assert len(files(computers.folder)) == 1
    before = files(computers.folder)
    computers.on("laptop")("nudge")
    assert files(computers.folder) == before
    computers.checkin("desk", "other")
    computers.sync("desk", str(computers.folder))
    computers.checkin("laptop", "second")  # the quick sync also reads what arrived
    assert "other" in computers.notes("laptop").values()


def test_the_persons_own_exercises_and_plans_travel(computers: Computers, tmp_path) -> None:
    from helpers import LETTER, y

    letter = tmp_path / "my-letter.yaml"
    letter.write_text(y(LETTER), encoding="utf-8")
    assert computers.on("laptop")("exercise", "add", str(letter)).exit_code == 0
    assert computers.on("laptop")("plan", "add", "--builtin", "first-fortnight").exit_code == 0
    computers.sync("laptop", str(computers.folder))
    computers.sync("desk", str(computers.folder))
    shown = computers.on("desk")("exercise", "show", "my-letter")
    assert shown.exit_code == 0 and "A letter to yourself" in shown.stdout
    plans = json.loads(computers.on("desk")("plan", "list", "--json").stdout)
    assert [plan["id"] for plan in plans] == ["first-fortnight"]
    again = computers.sync("desk")  # taken, so not sent back
    assert "Nothing new from this computer." in again.stderr


def test_an_exercise_that_does_not_check_out_is_not_taken(computers: Computers) -> None:
    computers.checkin("laptop", "x")
    computers.sync("laptop", str(computers.folder))
    [name] = files(computers.folder)
    data = json.loads((computers.folder / name).read_text(encoding="utf-8"))
    data["device"], data["count"] = "00000000000000bb", 1
    bad = {
        "texts": {"sneaky.yaml": "selfkind: 1\nid: sneaky\n"},
        "changed_at": "2026-12-01T00:00:00Z",
    }
    data["files"] = {"exercises": {"sneaky": bad}, "plans": {}}
    (computers.folder / "00000000000000bb-000001.selfkind-sync").write_text(json.dumps(data))
    result = computers.sync("desk", str(computers.folder))
    assert "'sneaky' from another computer was not taken here" in " ".join(result.stderr.split())
    assert computers.on("desk")("exercise", "show", "sneaky").exit_code == 1


def test_a_computer_folds_its_own_many_files_into_one_and_never_anothers(
    computers: Computers, monkeypatch
) -> None:
    from selfkind.services import sync as sync_service

    monkeypatch.setattr(sync_service, "FOLD_AFTER", 3)
    computers.checkin("desk", "the desk's")
    computers.sync("desk", str(computers.folder))
    desks = files(computers.folder)
    made = [computers.checkin("laptop", f"note {n}") for n in range(5)]
    computers.sync("laptop", str(computers.folder))
    computers.sync("early", str(computers.folder))  # reads the laptop's early files
    assert computers.on("laptop")("entries", "delete", made[0][:8], "--yes").exit_code == 0
    for n in range(5, 8):
        made.append(computers.checkin("laptop", f"note {n}"))
        computers.sync("laptop")
    laptops = {name for name in files(computers.folder) if name not in desks}
    assert len(laptops) <= 3  # folded: none of the early files is left
    assert {name: files(computers.folder)[name] for name in desks} == desks  # untouched
    computers.sync("late", str(computers.folder))  # reads only the fold
    computers.sync("early")
    expected = set(made[1:]) | set(computers.notes("desk"))
    assert set(computers.notes("late")) == set(computers.notes("early")) == expected


def test_a_deleted_entrys_words_leave_the_sync_folder(computers: Computers) -> None:
    gone = computers.checkin("laptop", "porridge for breakfast")
    computers.sync("laptop", str(computers.folder))
    computers.sync("desk", str(computers.folder))
    assert computers.on("desk")("entries", "delete", gone[:8], "--yes").exit_code == 0
    computers.sync("desk")
    computers.sync("laptop")  # reads the deletion, and folds it out of its own files
    assert all(b"porridge" not in path.read_bytes() for path in computers.folder.iterdir())


def test_an_import_does_not_bring_back_an_entry_deleted_on_another_computer(
    computers: Computers, tmp_path
) -> None:
    gone = computers.checkin("laptop", "tea")
    computers.sync("laptop", str(computers.folder))
    computers.sync("desk", str(computers.folder))
    export = tmp_path / "desk.json"
    assert computers.on("desk")("export", "--out", str(export)).exit_code == 0
    assert computers.on("laptop")("entries", "delete", gone[:8], "--yes").exit_code == 0
    computers.sync("laptop")
    computers.sync("desk")
    brought = computers.on("desk")("import", str(export))
    assert "1 was deleted earlier (here or on another computer) and stays deleted." in " ".join(
        brought.stderr.split()
    )
    assert gone not in computers.notes("desk")


def test_a_computer_whose_passphrase_changes_writes_its_files_again(
    computers: Computers, monkeypatch
) -> None:
    monkeypatch.setenv("SELFKIND_PASSPHRASE", PASSPHRASE)
    computers.checkin("laptop", "shared")
    assert computers.on("laptop")("encrypt").exit_code == 0
    computers.sync("laptop", str(computers.folder))
    monkeypatch.setenv("SELFKIND_PASSPHRASE", "a passphrase of its own")
    computers.checkin("desk", "from the desk")
    assert computers.on("desk")("encrypt").exit_code == 0
    computers.sync("desk", str(computers.folder))
    assert computers.on("desk")("decrypt").exit_code == 0
    monkeypatch.setenv("SELFKIND_PASSPHRASE", PASSPHRASE)
    assert computers.on("desk")("encrypt").exit_code == 0
    computers.sync("desk")  # everything again, sealed anew; its older files removed
    said = " ".join(computers.sync("laptop").stderr.split())
    assert "passed over" not in said
    assert set(computers.notes("laptop").values()) == {"shared", "from the desk"}


def test_a_hostile_file_name_in_the_folder_is_named_harmlessly(computers: Computers) -> None:
    hostile = "0123456789abcdef-000001\x1b[31m\u202e.sync-conflict.selfkind-sync"
    (computers.folder / hostile).write_text("{}")
    said = computers.sync("desk", str(computers.folder)).stderr
    assert "was passed over" in said
    assert "\x1b" not in said and "\u202e" not in said


def test_before_any_sync_an_import_restores_a_deleted_entry_for_good(
    computers: Computers, tmp_path
) -> None:
    kept = computers.checkin("laptop", "restored")
    backup = tmp_path / "backup.json"
    assert computers.on("laptop")("export", "--out", str(backup)).exit_code == 0
    assert computers.on("laptop")("entries", "delete", kept[:8], "--yes").exit_code == 0
    assert computers.on("laptop")("import", str(backup)).exit_code == 0
    computers.sync("laptop", str(computers.folder))  # no deletion goes out with it
    computers.sync("desk", str(computers.folder))
    assert kept in computers.notes("desk") and kept in computers.notes("laptop")


def test_another_computers_key_is_derived_once_and_then_a_quick_sync_reads_it(
    computers: Computers, monkeypatch
) -> None:
    import os

    from selfkind.storage import encryption

    monkeypatch.setenv("SELFKIND_PASSPHRASE", PASSPHRASE)
    for name in ("laptop", "desk"):
        computers.checkin(name, f"first on the {name}")
        assert computers.on(name)("encrypt").exit_code == 0
        computers.sync(name, str(computers.folder))
    computers.sync("laptop")  # derives the desk's key once, and keeps it sealed
    derived: list[tuple[str, bytes]] = []
    real = encryption._key

    def counted(*args):  # type: ignore[no-untyped-def]
        derived.append((os.environ["SELFKIND_HOME"], args[1]))
        return real(*args)

    monkeypatch.setattr(encryption, "_key", counted)
    assert computers.on("laptop")("config", "set", "sync", "auto").exit_code == 0
    computers.checkin("desk", "later at the desk")
    computers.sync("desk")
    computers.checkin("laptop", "saved, and the desk's read")  # the quick sync after it
    assert "later at the desk" in computers.notes("laptop").values()
    on_laptop = {salt for home, salt in derived if home.endswith("laptop")}
    assert len(on_laptop) == 1  # its own lock only: the desk's key was kept, not derived


def test_a_quick_sync_leaves_much_that_arrived_for_selfkind_sync(
    computers: Computers, monkeypatch
) -> None:
    from selfkind.services import sync as sync_service

    monkeypatch.setattr(sync_service, "QUICK_BYTES", 10)
    computers.sync("laptop", str(computers.folder))
    assert computers.on("laptop")("config", "set", "sync", "auto").exit_code == 0
    computers.checkin("desk", "a long way from the desk")
    computers.sync("desk", str(computers.folder))
    saved = computers.on("laptop")("checkin", "--set", "mood=5", "--set", "note=here")
    assert "Much has arrived from your other computers" in " ".join(saved.stderr.split())
    assert "a long way from the desk" not in computers.notes("laptop").values()
    computers.sync("laptop")
    assert "a long way from the desk" in computers.notes("laptop").values()


@pytest.mark.parametrize("sealed", [False, True])
def test_a_lone_half_of_a_character_in_a_change_file_is_refused_as_in_an_import(
    computers: Computers, monkeypatch, sealed: bool
) -> None:
    if sealed:
        monkeypatch.setenv("SELFKIND_PASSPHRASE", PASSPHRASE)
    computers.checkin("laptop", "HALF")
    if sealed:
        assert computers.on("laptop")("encrypt").exit_code == 0
    computers.sync("laptop", str(computers.folder))
    [name] = files(computers.folder)
    if sealed:  # the half goes inside the sealed words, sealed again with the same key
        import base64

        from selfkind.formats.sync_file import from_text, sealed_context

        path = computers.folder / name
        change = from_text(path.read_text(), name[:16], 1)
        computers.on("laptop")
        with open_store(passphrase=lambda **_: PASSPHRASE) as store:
            cipher = store.unlock()
        entry = change.entries[0]
        words = cipher.open(base64.b64decode(entry["sealed"]), sealed_context(entry["id"]))
        words = words.replace("HALF", "\\ud800")
        entry["sealed"] = base64.b64encode(cipher.seal(words, sealed_context(entry["id"]))).decode()
        text = change.to_text()
        computers.checkin("desk", "mine")
        assert computers.on("desk")("encrypt").exit_code == 0
    else:
        text = (computers.folder / name).read_text().replace("HALF", "\\ud800")
    forged = "00000000000000cc-000001.selfkind-sync"
    data = json.loads(text)
    data["device"] = "00000000000000cc"
    (computers.folder / forged).write_text(json.dumps(data))
    (computers.folder / name).unlink()
    said = computers.sync("desk", str(computers.folder)).stderr
    assert f"{forged} was passed over: something in it is not right" in " ".join(said.split())


def test_a_carried_file_of_the_wrong_shape_is_left_out_and_the_rest_is_read(
    computers: Computers,
) -> None:
    computers.checkin("laptop", "the rest")
    computers.sync("laptop", str(computers.folder))
    [name] = files(computers.folder)
    data = json.loads((computers.folder / name).read_text(encoding="utf-8"))
    data["device"], data["count"] = "00000000000000dd", 1
    two = {"texts": {"a.yaml": "x", "b.yaml": "y"}, "changed_at": "2026-12-01T00:00:00Z"}
    odd_time = {"texts": {"odd.yaml": "x"}, "changed_at": "yesterday-ish"}
    data["files"] = {"exercises": {"two": two, "odd": odd_time}, "plans": {}}
    (computers.folder / name).unlink()
    (computers.folder / "00000000000000dd-000001.selfkind-sync").write_text(json.dumps(data))
    result = computers.sync("desk", str(computers.folder))
    assert "the rest" in computers.notes("desk").values()
    assert "not taken" not in result.stderr  # never offered to the checks: not of the shape


def test_a_region_from_another_computer_is_taken_only_if_config_set_would_take_it(
    computers: Computers,
) -> None:
    computers.checkin("laptop", "x")
    computers.sync("laptop", str(computers.folder))
    [name] = files(computers.folder)
    data = json.loads((computers.folder / name).read_text(encoding="utf-8"))
    data["device"], data["count"] = "00000000000000ee", 1
    data["settings"] = {"region": {"value": "\x1b[31mXX", "set_at": "2026-12-01T00:00:00Z"}}
    (computers.folder / name).unlink()
    (computers.folder / "00000000000000ee-000001.selfkind-sync").write_text(json.dumps(data))
    computers.sync("desk", str(computers.folder))
    shown = json.loads(computers.on("desk")("config", "show", "--json").stdout)
    assert shown["region"] is None
