"""Encryption at rest: `selfkind encrypt` / `decrypt`, the passphrase, and what reaches the disk."""

from __future__ import annotations

import hashlib
import itertools
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from helpers import keyboard, make_entry, save
from selfkind import messages
from selfkind.cli.app import app
from selfkind.core.errors import SelfkindError
from selfkind.services.catalog import find_exercise
from selfkind.storage.store import open_store
from selfkind.ui import terminal

PASSPHRASE = "correct horse battery"
ENTER = "\r"
SECRETS = ("marmalade", "Zanzibar", "olive grove")
PLAN = """\
selfkind-plan: 1
id: daily
title: A daily check-in
start: {start}
items:
  - exercise: checkin
    daily: true
"""


def shown(said: str) -> str:
    """A message as printed: `commands` are shown bold, without their backticks."""
    return said.replace("`", "")


def answers(secret: str) -> dict[str, str]:
    return {
        "situation": f"I burnt the {secret} again",
        "critic_words": "You are hopeless",
        "kind_reply": f"Anyone can burn {secret}; you are learning",
    }


@pytest.fixture
def diary(home: Path) -> list[str]:
    """Three reframes and a check-in, in the clear; returns their ids."""
    made = [
        make_entry(f"e{n}", f"2026-11-{10 + n}", "kindness-reframe", answers=answers(secret))
        for n, secret in enumerate(SECRETS)
    ]
    made.append(
        make_entry(
            "c1",
            "2026-11-20",
            answers={"mood": 7, "note": "Café au lait"},
            scores={"mood_rating": 7},
        )
    )
    save(*made)
    return [entry.id for entry in made]


def run(*args: str, passphrase: str | None = PASSPHRASE) -> Result:
    env = {"SELFKIND_PASSPHRASE": passphrase} if passphrase is not None else {}
    return CliRunner().invoke(app, list(args), env=env)


def encrypt() -> None:
    """Encrypt the store with PASSPHRASE, and make sure it took."""
    result = run("encrypt")
    assert result.exit_code == 0, result.output
    with open_store() as store:
        assert store.encrypted


def on_disk(home: Path) -> bytes:
    """Every byte selfkind keeps: the database and its write-ahead log, if there is one."""
    return b"".join(path.read_bytes() for path in sorted(home.iterdir()) if path.is_file())


def fingerprint(home: Path) -> dict[str, str]:
    """What the files hold (the shared-memory index and an empty log come and go with readers)."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in home.iterdir()
        if not path.name.endswith("-shm") and path.stat().st_size
    }


def test_encrypting_leaves_no_answer_in_the_clear_on_disk(diary: list[str], home: Path) -> None:
    before = on_disk(home)
    assert all(secret.encode() in before for secret in SECRETS)  # the check can see them

    result = run("encrypt")
    assert result.exit_code == 0, result.output
    assert "Encrypted 4 entries" in result.stderr
    assert shown(messages.ENCRYPT_WARNING).split(".")[0] in result.stderr

    saved = run("run", "checkin", "--set", "mood=4", "--set", "note=quince jelly")
    assert saved.exit_code == 0, saved.output
    disk = on_disk(home)
    for words in (*SECRETS, "quince", "Café", "hopeless"):
        assert words.encode() not in disk, words
    assert b"kindness-reframe" in disk  # exercise ids and dates stay readable, as documented


def test_with_the_passphrase_everything_still_works(diary: list[str]) -> None:
    assert run("encrypt").exit_code == 0

    listed = run("entries", "list", "--json")
    assert listed.exit_code == 0, listed.output
    assert {e["id"] for e in json.loads(listed.stdout)} == set(diary)
    shown = run("entries", "show", "e1", "--json")
    assert json.loads(shown.stdout)["answers"] == answers("Zanzibar")

    found = run("entries", "search", "zanz", "--json")  # a prefix, in another case
    assert [e["id"] for e in json.loads(found.stdout)] == ["e1"]
    both = run("entries", "search", "burn olive", "--json")
    assert [e["id"] for e in json.loads(both.stdout)] == ["e2"]
    accents = run("entries", "search", "cafe")
    assert accents.exit_code == 0 and "Café" in accents.stdout

    summary = json.loads(
        run("summary", "--since", "2026-11-01", "--until", "2026-11-25", "--json").stdout
    )
    assert summary["practised_days"] == 4
    assert summary["mood"] == {"2026-11-20": 7}  # scores open too

    exported = run("export", "--format", "json")
    assert exported.exit_code == 0 and "olive grove" in exported.stdout


@pytest.mark.slow  # 2 to 6 s
def test_search_matches_the_same_entries_encrypted_as_in_the_clear(diary: list[str]) -> None:
    queries = [
        "burn",
        "burnt",
        "learning you",
        "au",
        "caf",
        "hopeless marmalade",
        "nothing-here",
        "e",
    ]

    def ids(query: str) -> list[str]:
        return [e["id"] for e in json.loads(run("entries", "search", query, "--json").stdout)]

    clear = {query: ids(query) for query in queries}
    encrypt()
    assert {query: ids(query) for query in queries} == clear
    assert clear["burn"] and not clear["nothing-here"]


def test_a_wrong_passphrase_is_a_clear_error_and_changes_nothing(
    diary: list[str], home: Path
) -> None:
    encrypt()
    before = fingerprint(home)
    for args in (
        ("entries", "list"),
        ("decrypt",),
        ("run", "checkin", "--set", "mood=3"),
        ("export", "--format", "md"),  # not even a heading is written before the passphrase
    ):
        result = run(*args, passphrase="not it")
        assert result.exit_code == 1
        assert result.stdout == ""
        assert shown(messages.WRONG_PASSPHRASE) in result.stderr
        assert "Traceback" not in result.output
    assert fingerprint(home) == before


def test_without_a_passphrase_or_terminal_it_says_how_to_give_one(diary: list[str]) -> None:
    encrypt()
    result = run("entries", "list", passphrase=None)
    assert result.exit_code == 1
    assert "SELFKIND_PASSPHRASE" in result.stderr

    refused = run("encrypt", passphrase=None)  # already encrypted: nothing asked
    assert (
        refused.exit_code == 0 and shown(messages.ALREADY_ENCRYPTED).split(".")[0] in refused.stderr
    )


def test_encrypting_needs_a_passphrase(diary: list[str], home: Path) -> None:
    before = fingerprint(home)
    result = run("encrypt", passphrase=None)
    assert result.exit_code == 2 and "SELFKIND_PASSPHRASE" in result.stderr
    assert fingerprint(home) == before


def test_decrypting_brings_back_the_clear_store_and_its_search_index(
    diary: list[str], home: Path
) -> None:
    encrypt()
    result = run("decrypt")
    assert result.exit_code == 0 and "Decrypted 4 entries" in result.stderr
    assert b"olive grove" in on_disk(home)
    with open_store() as store:  # no passphrase needed, and the index answers again
        assert not store.encrypted
        assert store.db.execute("SELECT count(*) FROM entry_text").fetchone()[0] == 4
        found, total = store.search("olive", 10)
    assert total == 1 and found[0].entry.id == "e2"
    again = run("decrypt", passphrase=None)
    assert again.exit_code == 0 and shown(messages.NOT_ENCRYPTED).split(".")[0] in again.stderr


def test_a_sealed_value_moved_to_another_entry_does_not_open(diary: list[str], home: Path) -> None:
    encrypt()
    with open_store() as store:
        sealed = store.db.execute("SELECT answers FROM entries WHERE id = 'e0'").fetchone()[0]
        store.db.execute("UPDATE entries SET answers = ? WHERE id = 'e1'", (sealed,))
    result = run("entries", "show", "e1")
    assert result.exit_code == 1
    assert shown(messages.SEALED_VALUE_DAMAGED.format(id="e1")) in result.stderr
    assert "marmalade" not in result.output


def test_help_now_never_waits_for_a_passphrase(home: Path) -> None:
    plan = make_entry("p1", "2026-11-20", "safety-plan", answers={"warning_signs": "Not sleeping"})
    save(plan)
    encrypt()
    for passphrase in (None, "an old one"):
        locked = run("help-now", passphrase=passphrase)
        assert locked.exit_code == 0
        assert shown(messages.SAFETY_PLAN_LOCKED.format(id="p1")) in locked.stdout.replace(
            "\n", " "
        )
        assert "988" in locked.stdout  # the support lines come whatever happens
    opened = run("help-now")
    assert "Not sleeping" in opened.stdout


def test_settings_need_no_passphrase(diary: list[str]) -> None:
    encrypt()
    assert run("config", "set", "region", "GB", passphrase=None).exit_code == 0
    assert "region: GB" in run("config", "show", passphrase=None).stdout


# ---------------------------------------------------------------- at a terminal


@pytest.fixture
def interactive(monkeypatch: pytest.MonkeyPatch, no_suggestions: None) -> None:
    monkeypatch.setattr(terminal, "is_interactive", lambda: True)


def typed(*args: str, keys: str) -> Result:
    with keyboard(keys):
        return CliRunner().invoke(app, list(args), env={"SELFKIND_PASSPHRASE": ""})


def test_the_passphrase_is_chosen_twice_at_the_terminal(
    diary: list[str], interactive: None, home: Path
) -> None:
    result = typed("encrypt", keys=f"{PASSPHRASE}{ENTER}{PASSPHRASE}{ENTER}")
    assert result.exit_code == 0, result.output
    assert PASSPHRASE not in result.output  # typed without being shown
    assert b"marmalade" not in on_disk(home)
    assert run("entries", "show", "e0").exit_code == 0


def test_a_short_or_mistyped_new_passphrase_is_asked_again(
    diary: list[str], interactive: None, home: Path
) -> None:
    keys = f"short{ENTER}{PASSPHRASE}{ENTER}typo{ENTER}{PASSPHRASE}{ENTER}{PASSPHRASE}{ENTER}"
    result = typed("encrypt", keys=keys)
    assert result.exit_code == 0, result.output
    assert messages.PASSPHRASE_SHORT_AGAIN.format(length=8) in result.stdout
    assert messages.PASSPHRASES_DIFFER_AGAIN in result.stdout
    assert run("entries", "show", "e0").exit_code == 0  # opened by the one finally chosen


def test_three_failed_choices_change_nothing(
    diary: list[str], interactive: None, home: Path
) -> None:
    before = fingerprint(home)
    keys = "".join(f"{PASSPHRASE}{ENTER}something else {n}{ENTER}" for n in range(3))
    result = typed("encrypt", keys=keys)
    assert result.exit_code == 2
    assert shown(messages.PASSPHRASE_NOT_CHOSEN) in result.stderr
    assert fingerprint(home) == before


def test_a_checkin_asks_for_the_passphrase_before_the_first_question(
    diary: list[str], interactive: None
) -> None:
    encrypt()
    result = typed("checkin", keys=f"{PASSPHRASE}{ENTER}6{ENTER}7{ENTER}a calm morning{ENTER}")
    assert result.exit_code == 0, result.output
    asked = result.stdout
    assert asked.index(messages.PASSPHRASE_ASK) < asked.index(
        find_exercise("checkin").steps[0].prompt
    )
    today = [
        e
        for e in json.loads(run("entries", "list", "--json").stdout)
        if e["exercise"]["id"] == "checkin"
    ]
    assert today[0]["answers"]["note"] == "a calm morning"


# ---------------------------------------------------------------- search without the index

VOCABULARY = [
    *("garden", "Gärten", "tea", "teapot", "kind", "kindness", "KIND", "naïve", "café", "x1"),
    *("e\u0301te", "Straße", "ﬁne", "x²"),  # an accent typed apart, ß, a ligature, a superscript
]
QUERIES = (
    "gar",
    "te",
    "kin",
    "cafe",
    "NAIVE",
    "garden-tea",
    "x",
    "ete",
    "été",
    "strasse",
    "fine",
    "x2",
)
PUNCTUATION = [" ", ", ", ". ", "\n", "-", "'", " — "]


TIMES = ("08:00", "08:00:00.001", "09:30")  # entries started in one millisecond too


@st.composite
def bodies(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(VOCABULARY), max_size=12))
    gaps = draw(st.lists(st.sampled_from(PUNCTUATION), min_size=len(words), max_size=len(words)))
    return "".join(word + gap for word, gap in zip(words, gaps, strict=True))


def test_an_encrypted_store_finds_what_the_store_in_the_clear_finds(tmp_path: Path) -> None:
    """An encrypted store keeps no index of its words and builds one in memory to search: it
    finds the same entries, newest first in the same order, with the same words around the
    matches, and counts as many."""
    journal = find_exercise("journal")
    stores = itertools.count()
    with open_store(tmp_path / "sealed.db", passphrase=lambda again: PASSPHRASE) as sealed:
        sealed.encrypt(PASSPHRASE)

        @settings(max_examples=80, deadline=None)
        @given(
            notes=st.lists(st.tuples(bodies(), st.sampled_from(TIMES)), min_size=1, max_size=6),
            query=st.lists(st.sampled_from([*VOCABULARY, *QUERIES]), min_size=1, max_size=3),
        )
        def agree(notes: list[tuple[str, str]], query: list[str]) -> None:
            made = [
                make_entry(f"m{n}", "2026-11-20", "journal", at=at, answers={"body": text})
                for n, (text, at) in enumerate(notes)
            ]
            sealed.db.execute("DELETE FROM entries")
            with open_store(tmp_path / f"clear{next(stores)}.db") as clear:
                for entry in made:
                    clear.save(entry, journal.source)
                    sealed.save(entry, journal.source)
                in_the_clear = clear.search(" ".join(query), 3)
            assert sealed.search(" ".join(query), 3) == in_the_clear

        agree()


def test_the_entry_kept_readable_is_found_like_the_rest(home: Path) -> None:
    plan = make_entry("p1", "2026-11-20", "safety-plan", answers={"warning_signs": "Not sleeping"})
    save(plan, make_entry("e1", "2026-11-21", answers={"mood": 5, "note": "Sleeping better"}))
    encrypt()
    with open_store(passphrase=lambda again: PASSPHRASE) as store:
        store.keep_readable("p1")
        found, total = store.search("sleep", 10)
    assert total == 2 and [hit.entry.id for hit in found] == ["e1", "p1"]
    assert found[1].entry.answers == plan.answers


def test_a_snippet_marks_the_matches_and_keeps_the_words_around_them(home: Path) -> None:
    body = (
        " ".join(f"w{n}" for n in range(30))
        + " Café crème, then "
        + " ".join(f"v{n}" for n in range(30))
    )
    save(make_entry("s1", "2026-11-21", "journal", answers={"body": body}))
    encrypt()
    with open_store(passphrase=lambda again: PASSPHRASE) as store:
        [found], total = store.search("cafe crem", 10)
        assert store.search("cafe tea", 10) == ([], 0)
    assert total == 1
    assert [text for text, matched in found.snippet if matched] == ["Café", "crème"]
    text = found.snippet_text
    assert text.startswith("…") and text.endswith("…")
    assert "w26 w27 w28 w29 Café crème, then" in text


def test_the_home_screen_asks_for_the_passphrase_once(
    diary: list[str], interactive: None, tmp_path: Path
) -> None:
    save(make_entry("t1", date.today().isoformat(), answers={"mood": 5, "note": "plum tea"}))
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN.format(start=date.today() - timedelta(days=7)), encoding="utf-8")
    assert run("plan", "add", str(plan)).exit_code == 0
    encrypt()
    assert run("today", passphrase=None).exit_code == 0  # which days are done is not secret
    down = "\x1b[B"
    # the passphrase, then past "An exercise" to "Read recent entries" (today is checked in),
    # then the entry to read in full, and "that is all"
    result = typed(keys=f"{PASSPHRASE}{ENTER}{down}{ENTER}{ENTER}{ENTER}")
    assert result.exit_code == 0, result.output
    assert result.stdout.count(messages.PASSPHRASE_ASK) == 1
    assert "plum tea" in result.stdout  # the recent entries, read with that one passphrase


def test_a_mistyped_passphrase_can_be_typed_again(diary: list[str], interactive: None) -> None:
    encrypt()
    result = typed("entries", "list", keys=f"not it{ENTER}{ENTER}{PASSPHRASE}{ENTER}")
    assert result.exit_code == 0, result.output
    assert result.stdout.count(messages.PASSPHRASE_AGAIN_WRONG) == 2
    assert "e0" in result.stdout

    three = typed("entries", "list", keys=f"one{ENTER}two{ENTER}three{ENTER}four{ENTER}")
    assert three.exit_code == 1
    assert three.stdout.count(messages.PASSPHRASE_AGAIN_WRONG) == 2  # three tries in all
    assert shown(messages.WRONG_PASSPHRASE) in three.stderr


def test_a_wrong_passphrase_from_the_environment_is_not_asked_again(
    diary: list[str], interactive: None
) -> None:
    encrypt()
    with keyboard(PASSPHRASE + ENTER):
        result = CliRunner().invoke(
            app, ["entries", "list"], env={"SELFKIND_PASSPHRASE": "an old one"}
        )
    assert result.exit_code == 1
    assert messages.PASSPHRASE_AGAIN_WRONG not in result.output
    assert "SELFKIND_PASSPHRASE" in result.stderr


@pytest.mark.parametrize("short", ["x", "        ", "seven77"])
def test_a_passphrase_too_short_to_protect_anything_is_refused(
    diary: list[str], home: Path, short: str
) -> None:
    before = fingerprint(home)
    result = run("encrypt", passphrase=short)
    assert result.exit_code == 2
    assert "at least 8 characters" in result.stderr
    assert fingerprint(home) == before


def test_damage_to_the_lock_or_a_sealed_value_is_named_and_help_still_shows(
    diary: list[str], home: Path
) -> None:
    encrypt()
    with open_store() as store:
        sealed = store.db.execute("SELECT answers FROM entries WHERE id = 'e0'").fetchone()[0]
        store.db.execute("UPDATE entries SET answers = ? WHERE id = 'e0'", (sealed[:5],))
    cut = run("entries", "show", "e0")
    assert cut.exit_code == 1
    assert shown(messages.SEALED_VALUE_DAMAGED.format(id="e0")) in " ".join(cut.stderr.split())
    # a way out: deleting opens nothing, but like every change it needs the passphrase
    assert run("entries", "delete", "e0", "--yes").exit_code == 0

    with open_store() as store:
        lock = json.loads(store.setting("encryption"))
        store.set_setting("encryption", json.dumps({**lock, "n": 3}))
    damaged = run("entries", "list")
    assert damaged.exit_code == 1
    assert shown(messages.LOCK_UNREADABLE).split(".")[0] in damaged.stderr
    help_now = run("help-now")
    assert help_now.exit_code == 0 and "988" in help_now.stdout


def test_a_window_opened_before_encryption_writes_nothing_in_the_clear_and_loses_nothing(
    diary: list[str], home: Path
) -> None:
    from selfkind.services.practice import practise

    letter = find_exercise("journal")
    with open_store() as before:
        with open_store() as other:
            other.encrypt(PASSPHRASE)
        with pytest.raises(SelfkindError) as refused:
            practise(before, letter, {"title": "Tuesday", "body": "the walk by the canal"})
    assert "another window" in refused.value.message
    assert any("the walk by the canal" in line for line in refused.value.details)  # shown
    assert b"canal" not in on_disk(home)


def test_words_of_other_scripts_are_found_alike_encrypted_or_not(tmp_path: Path) -> None:
    cases = [("ΟΔΟΣ.ΚΑΙ", "οδος"), ("हिंदू धर्म", "मैं"), ("كَتَبَ", "كتب"), ("don't stop", "don")]
    cases += [("a_b c", "b")]
    journal = find_exercise("journal")
    made = [
        make_entry(f"w{n}", "2026-11-20", "journal", at=f"08:0{n}", answers={"body": text})
        for n, (text, _) in enumerate(cases)
    ]
    with (
        open_store(tmp_path / "clear.db") as clear,
        open_store(tmp_path / "sealed.db", passphrase=lambda again: PASSPHRASE) as sealed,
    ):
        sealed.encrypt(PASSPHRASE)
        for entry in made:
            clear.save(entry, journal.source)
            sealed.save(entry, journal.source)
        for _, word in cases:
            assert sealed.search(word, 10) == clear.search(word, 10)
