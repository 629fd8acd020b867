"""Storage you can trust: deletion leaves no word on disk, encryption fails closed, a busy
database says so, and an entry written later keeps when it was really written."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from helpers import make_entry, save
from selfkind import messages
from selfkind.cli.app import app
from selfkind.services.catalog import find_exercise
from selfkind.storage import store
from selfkind.storage.migrations import MIGRATIONS
from selfkind.storage.sealing import READABLE
from selfkind.storage.store import StoreBusy, open_store

PASSPHRASE = "correct horse battery"
# Words in no exercise file and sharing no first letters with any other word written here, so
# the index cannot keep them as a shared beginning and a tail: found whole, or not at all.
GONE = ("xylophonic", "zeppelinesque", "quixotry")


def run(*args: str, passphrase: str | None = PASSPHRASE) -> Result:
    env = {"SELFKIND_PASSPHRASE": passphrase} if passphrase is not None else {}
    return CliRunner().invoke(app, list(args), env=env)


def flat(text: str) -> str:
    """Printed text without its line wrapping, and `commands` as printed (without backticks)."""
    return " ".join(text.replace("`", "").split())


def said(message: str, **values: object) -> str:
    return flat(message.format(**values))


def on_disk(home: Path) -> dict[str, bytes]:
    """The database and its write-ahead log, as they are on disk right now."""
    return {
        name: (home / name).read_bytes()
        for name in ("selfkind.db", "selfkind.db-wal")
        if (home / name).exists()
    }


def found_on_disk(home: Path, words: tuple[str, ...]) -> list[tuple[str, str]]:
    """Which words are in which file, as `grep -a` would find them (any case)."""
    return [
        (word, name)
        for name, data in on_disk(home).items()
        for word in words
        if word.encode() in data.lower()
    ]


@contextmanager
def raw(home: Path) -> Iterator[sqlite3.Connection]:
    """The database opened directly, as a damaged disk or a hostile program would."""
    with closing(sqlite3.connect(home / "selfkind.db", isolation_level=None)) as db:
        yield db


def reframe(entry_id: str, day: str, situation: str) -> object:
    return make_entry(
        entry_id,
        day,
        "kindness-reframe",
        answers={
            "situation": situation,
            "critic_words": "You are hopeless",
            "kind_reply": "Anyone can slip; you are learning",
        },
    )


@pytest.fixture
def diary(home: Path) -> None:
    """Three reframes and a check-in; only e1 holds the GONE words."""
    save(
        reframe("e0", "2026-11-10", "I burnt the toast again"),
        reframe("e1", "2026-11-11", " ".join(GONE)),
        reframe("e2", "2026-11-12", "I missed the bus again"),
        make_entry(
            "c1", "2026-11-20", answers={"mood": 7, "note": "calm"}, scores={"mood_rating": 7}
        ),
    )


def encrypt() -> None:
    result = run("encrypt")
    assert result.exit_code == 0, result.output


def stored_ids() -> set[str]:
    with open_store() as opened:
        return set(opened.ids())


# ---------------------------------------------------------------- deletion is deletion


def test_a_deleted_entry_leaves_no_word_in_the_database_or_its_log(diary: None, home: Path) -> None:
    assert run("entries", "search", "xylophonic", "--json").stdout.count('"e1"') == 1
    assert {word for word, _ in found_on_disk(home, GONE)} == set(GONE)  # the grep sees them

    # Another selfkind window stays open (idle), so the log is not simply removed at the end.
    with raw(home) as other:
        other.execute("SELECT count(*) FROM entries").fetchone()
        result = run("entries", "delete", "e1", "--yes")
        assert result.exit_code == 0, result.output
        assert "Deleted the entry" in result.stderr
        assert said(messages.DELETED_LOG_BUSY) not in flat(result.stderr)  # the log was emptied
        assert found_on_disk(home, GONE) == []  # entries, search words and index pages alike
        assert other.execute("SELECT count(*) FROM entries").fetchone()[0] == 3

    assert stored_ids() == {"e0", "e2", "c1"}
    searched = json.loads(run("entries", "search", "again", "--json").stdout)
    assert {e["id"] for e in searched} == {"e0", "e2"}  # the rest of the index still answers
    with raw(home) as db:
        db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")


def test_the_plan_kept_readable_leaves_no_word_on_disk_when_deleted(home: Path) -> None:
    save(
        make_entry("p1", "2026-11-20", "safety-plan", answers={"warning_signs": " ".join(GONE)}),
        make_entry("c1", "2026-11-20", answers={"mood": 6}, scores={"mood_rating": 6}),
    )
    encrypt()
    with open_store(passphrase=lambda again=False: PASSPHRASE) as kept:
        kept.keep_readable("p1")
    assert found_on_disk(home, GONE)  # kept in the clear, as the person chose

    with raw(home) as other:
        other.execute("SELECT count(*) FROM entries").fetchone()
        assert run("entries", "delete", "p1", "--yes").exit_code == 0
        assert found_on_disk(home, GONE) == []
    with open_store() as opened:
        assert opened.setting(READABLE) is None


@pytest.mark.parametrize("given", ["not it", None])
def test_a_wrong_or_missing_passphrase_deletes_nothing(
    diary: None, home: Path, given: str | None
) -> None:
    encrypt()
    before = on_disk(home)["selfkind.db"]
    result = run("entries", "delete", "e1", "--yes", passphrase=given)
    assert result.exit_code == 1
    assert "Deleted" not in result.stderr
    if given:
        assert said(messages.WRONG_PASSPHRASE) in flat(result.stderr)
    assert stored_ids() == {"e0", "e1", "e2", "c1"}
    assert on_disk(home)["selfkind.db"] == before


# ---------------------------------------------------------------- encryption fails closed


@pytest.mark.parametrize("columns", [("answers", "scores"), ("answers",), ("scores",)])
def test_clear_text_planted_in_an_encrypted_store_is_damaged_not_shown(
    diary: None, home: Path, columns: tuple[str, ...]
) -> None:
    encrypt()
    planted = {"answers": json.dumps({"situation": "planted words"}), "scores": "{}"}
    with raw(home) as db:
        for column in columns:
            db.execute(f"UPDATE entries SET {column} = ? WHERE id = 'e1'", (planted[column],))

    shown = run("entries", "show", "e1", "--json")
    assert shown.exit_code == 1
    assert said(messages.SEALED_VALUE_DAMAGED, id="e1") in flat(shown.stderr)
    assert "planted" not in shown.output
    assert "planted" not in run("entries", "show", "e1").output
    searched = run("entries", "search", "you")  # words every reframe holds
    assert searched.exit_code == 1 and "e1" in searched.stderr.split()
    assert "planted" not in searched.output


def test_a_plan_planted_in_the_clear_is_not_shown_by_help_now(diary: None, home: Path) -> None:
    save(make_entry("p1", "2026-11-21", "safety-plan", answers={"warning_signs": "my own"}))
    encrypt()
    with raw(home) as db:
        db.execute(
            "UPDATE entries SET answers = ?, scores = '{}' WHERE id = 'p1'",
            (json.dumps({"warning_signs": "words someone else wrote"}),),
        )
    for given in (None, PASSPHRASE):
        help_now = run("help-now", passphrase=given)
        assert help_now.exit_code == 0 and "988" in help_now.stdout
        assert "someone else" not in help_now.stdout


def test_the_readable_mark_cannot_be_moved_or_its_words_changed_unseen(
    diary: None, home: Path
) -> None:
    save(make_entry("p1", "2026-11-21", "safety-plan", answers={"warning_signs": "my own"}))
    encrypt()
    with open_store(passphrase=lambda again=False: PASSPHRASE) as kept:
        kept.keep_readable("p1")
    assert "my own" in run("help-now", passphrase=None).stdout
    with raw(home) as db:  # the mark names one entry: another in the clear is damaged, even
        db.execute(  # where nothing can be checked without the passphrase
            "UPDATE entries SET answers = ?, scores = '{}' WHERE id = 'e2'",
            (json.dumps({"situation": "planted"}),),
        )
    unchecked = run("entries", "show", "e2", passphrase=None)
    assert unchecked.exit_code == 1 and "planted" not in unchecked.output
    assert json.loads(run("entries", "show", "p1", "--json").stdout)["answers"] == {
        "warning_signs": "my own"
    }

    # Words changed in the clear: with the passphrase at hand, the mark no longer vouches.
    with raw(home) as db:
        db.execute(
            "UPDATE entries SET answers = ? WHERE id = 'p1'",
            (json.dumps({"warning_signs": "changed"}),),
        )
    listed = run("entries", "list", "--json")
    assert listed.exit_code == 1 and "changed" not in listed.stdout
    assert "p1" in listed.stderr
    assert "changed" in run("help-now", passphrase=None).stdout  # the documented trade-off

    # The mark moved to name another entry, whose words are planted in the clear.
    with raw(home) as db:
        mark = json.loads(
            db.execute("SELECT value FROM settings WHERE key = ?", (READABLE,)).fetchone()[0]
        )
        db.execute(
            "UPDATE settings SET value = ? WHERE key = ?",
            (json.dumps({**mark, "id": "e1"}), READABLE),
        )
        db.execute(
            "UPDATE entries SET answers = ?, scores = '{}' WHERE id = 'e1'",
            (json.dumps({"situation": "planted"}),),
        )
    shown = run("entries", "show", "e1")
    assert shown.exit_code == 1 and "planted" not in shown.output


def test_keeping_another_plan_readable_seals_the_first_again(home: Path) -> None:
    save(
        make_entry("p1", "2026-11-20", "safety-plan", answers={"warning_signs": "first plan"}),
        make_entry("p2", "2026-11-21", "safety-plan", answers={"warning_signs": "second plan"}),
    )
    encrypt()
    with open_store(passphrase=lambda again=False: PASSPHRASE) as kept:
        kept.keep_readable("p1")
        kept.keep_readable("p2")
    disk = b"".join(on_disk(home).values())
    assert b"second plan" in disk and b"first plan" not in disk
    assert run("entries", "show", "p1").exit_code == 0  # sealed again, still opens


def test_a_damaged_entry_is_named_and_passed_over_by_list_export_and_decrypt(
    diary: None, home: Path, tmp_path: Path
) -> None:
    encrypt()
    with raw(home) as db:
        sealed = db.execute("SELECT answers FROM entries WHERE id = 'e1'").fetchone()[0]
        db.execute("UPDATE entries SET answers = ? WHERE id = 'e1'", (sealed[:-3],))
    rest = {"e0", "e2", "c1"}
    passed_over = flat(messages.counted(messages.ENTRIES_PASSED_OVER, 1))

    listed = run("entries", "list", "--json")
    assert listed.exit_code == 1
    assert {e["id"] for e in json.loads(listed.stdout)} == rest
    assert passed_over in flat(listed.stderr) and "e1" in listed.stderr.split()

    table = run("entries", "list")
    assert table.exit_code == 1
    assert "Kindness" in table.stdout and passed_over in flat(table.stderr)

    exported = run("export", "--format", "json")
    assert exported.exit_code == 1
    assert {e["id"] for e in json.loads(exported.stdout)["entries"]} == rest
    assert "e1" in exported.stderr.split()
    out = tmp_path / "all.json"
    assert run("export", "--out", str(out)).exit_code == 1
    assert {e["id"] for e in json.loads(out.read_text())["entries"]} == rest  # written whole

    decrypted = run("decrypt")
    assert decrypted.exit_code == 1
    assert "Decrypted 3 entries" in flat(decrypted.stderr)
    assert flat(messages.counted(messages.DECRYPT_SET_ASIDE, 1)) in flat(decrypted.stderr)
    assert "e1" in decrypted.stderr.split()
    after = run("entries", "list", "--json", passphrase=None)
    assert after.exit_code == 0 and {e["id"] for e in json.loads(after.stdout)} == rest
    with raw(home) as db:  # set aside unchanged, never destroyed
        kept = db.execute("SELECT answers FROM set_aside WHERE id = 'e1'").fetchone()[0]
    assert kept == sealed[:-3]
    assert run("run", "checkin", "--set", "mood=5", passphrase=None).exit_code == 0


def test_a_damaged_entry_in_a_clear_store_is_passed_over_too(diary: None, home: Path) -> None:
    with raw(home) as db:
        db.execute("UPDATE entries SET answers = 'not json {' WHERE id = 'e1'")
    listed = run("entries", "list", "--json", passphrase=None)
    assert listed.exit_code == 1
    assert {e["id"] for e in json.loads(listed.stdout)} == {"e0", "e2", "c1"}
    shown = run("entries", "show", "e1", passphrase=None)
    assert shown.exit_code == 1 and said(messages.ENTRY_DAMAGED, id="e1") in flat(shown.stderr)


@pytest.mark.parametrize("damage", ["removed", "altered"])
def test_without_a_sound_lock_beside_sealed_values_every_write_is_refused(
    diary: None, home: Path, damage: str
) -> None:
    encrypt()
    with raw(home) as db:
        if damage == "removed":
            db.execute("DELETE FROM settings WHERE key = 'encryption'")
        else:
            db.execute("UPDATE settings SET value = '{\"format\": 1}' WHERE key = 'encryption'")
    before = on_disk(home)["selfkind.db"]
    expected = messages.LOCK_MISSING if damage == "removed" else messages.LOCK_UNREADABLE
    for given in (PASSPHRASE, None):
        for args in (
            ("run", "checkin", "--set", "mood=3", "--set", "note=quince jelly"),
            ("config", "set", "region", "GB"),
            ("entries", "delete", "e0", "--yes"),
            *([("encrypt",)] if damage == "removed" and given else []),  # else: nothing asked
        ):
            result = run(*args, passphrase=given)
            assert result.exit_code == 1, (args, result.output)
            assert said(expected) in flat(result.stderr), (args, result.output)
    listed = run("entries", "list")
    assert listed.exit_code == 1 and said(expected) in flat(listed.stderr)
    assert on_disk(home)["selfkind.db"] == before
    assert not found_on_disk(home, ("quince",))


def test_the_check_for_sealed_values_reads_an_index(home: Path) -> None:
    with open_store() as opened:
        plan = opened.db.execute(
            "EXPLAIN QUERY PLAN SELECT EXISTS (SELECT 1 FROM entries WHERE typeof(answers) = 'blob')"
        ).fetchall()
    assert "USING INDEX entries_sealed" in " ".join(str(row[3]) for row in plan)


# ---------------------------------------------------------------- a busy database


@pytest.fixture
def busy(diary: None, home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Another selfkind holds the write lock for longer than selfkind waits."""
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 200)
    with raw(home) as other:
        other.execute("BEGIN IMMEDIATE")
        yield
        other.execute("ROLLBACK")


@pytest.mark.parametrize(
    "args", [("entries", "delete", "e0", "--yes"), ("config", "set", "region", "GB")]
)
def test_a_busy_database_says_another_selfkind_is_busy(busy: None, args: tuple[str, ...]) -> None:
    result = run(*args, passphrase=None)
    assert result.exit_code == 1
    assert flat(result.stderr) == said(messages.STORE_BUSY)
    assert "disk space" not in result.stderr


def test_a_busy_save_is_still_a_database_error_so_the_words_are_shown(busy: None) -> None:
    with open_store() as opened, pytest.raises(StoreBusy) as refused:
        opened.save(make_entry("n1", "2026-11-22"), find_exercise("checkin").source)
    assert isinstance(refused.value, sqlite3.OperationalError)  # practice shows the words
    assert refused.value.message == messages.STORE_BUSY
    assert stored_ids() == {"e0", "e1", "e2", "c1"}


# ---------------------------------------------------------------- entries written later


def test_when_an_entry_was_really_written_is_kept_and_shown_only_when_set(home: Path) -> None:
    from dataclasses import replace

    later = replace(make_entry("w1", "2026-11-20"), written_at="2026-11-23T21:05:00.000Z")
    save(later, make_entry("w2", "2026-11-21"))
    with open_store() as opened:
        assert opened.get("w1") == later
        assert opened.get("w2").written_at is None
    listed = {e["id"]: e for e in json.loads(run("entries", "list", "--json").stdout)}
    assert listed["w1"]["written_at"] == "2026-11-23T21:05:00.000Z"
    assert listed["w1"]["local_date"] == "2026-11-20"
    assert "written_at" not in listed["w2"]  # the spec's shape, unchanged
    assert set(listed["w2"]) == {
        *("id", "exercise", "started_at", "completed_at", "local_date", "status"),
        *("answers", "scores"),
    }
    exported = json.loads(run("export", "--format", "json").stdout)["entries"]
    assert {e["id"]: e.get("written_at") for e in exported} == {
        "w1": "2026-11-23T21:05:00.000Z",
        "w2": None,
    }
    encrypt()  # metadata, like the dates: kept in the clear on an encrypted store too
    with open_store(passphrase=lambda again=False: PASSPHRASE) as opened:
        assert opened.get("w1").written_at == "2026-11-23T21:05:00.000Z"


def test_a_database_from_before_search_is_migrated_with_its_words(home: Path) -> None:
    """The migrations run on a version-2 database holding an entry (frozen: they must not
    call today's helpers, which read columns added later)."""
    home.mkdir(mode=0o700)
    with closing(sqlite3.connect(home / "selfkind.db", isolation_level=None)) as db:
        db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        for migration in MIGRATIONS[:2]:
            migration(db)
            db.execute("INSERT INTO migrations VALUES (?, datetime('now'))", (migration.__name__,))
        db.execute("PRAGMA user_version = 2")
        old = make_entry("o1", "2020-03-01", answers={"mood": 4, "note": "lighthouse"})
        db.execute("INSERT INTO exercise_files VALUES (?, ?, '')", (old.exercise_hash, "checkin"))
        db.execute(
            "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                old.id, old.exercise_id, old.exercise_title, old.exercise_hash, old.started_at,
                old.completed_at, old.local_date, old.status, json.dumps(old.answers), "{}",
            ),
        )  # fmt: skip
    with open_store() as opened:
        assert opened.get("o1").answers == old.answers
        assert opened.get("o1").written_at is None
        found, total = opened.search("lighthouse", 5)
    assert total == 1 and found[0].entry.id == "o1"


def test_a_damaged_draft_is_passed_over_by_the_home_screen_and_named(home: Path) -> None:
    save(make_entry("d1", "2026-11-21", status="draft", answers={"mood": 3}))
    with raw(home) as db:
        db.execute("UPDATE entries SET answers = 'not json' WHERE id = 'd1'")
    shown = CliRunner().invoke(app, [])
    assert shown.exit_code == 1  # the rest was shown, then the damaged draft named
    assert messages.HOME_CHECKIN_DUE in shown.stdout
    assert "d1" in shown.stderr
