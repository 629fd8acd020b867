"""`selfkind export` and `selfkind import`: every format, files kept private, round trips, bad
files refused whole, and a journal exported by the real jrnl."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from helpers import make_entry, save
from selfkind.core.entry import DRAFT, Entry
from selfkind.services.catalog import find_exercise
from selfkind.storage.store import open_store

JRNL_EXPORT = Path(__file__).parent / "fixtures" / "jrnl" / "journal.json"

UNEXPECTED = "Something went wrong"


CHECKIN = make_entry(
    "a1" + "0" * 30,
    "2026-01-05",
    answers={"mood": 4, "note": "tired, but the walk helped"},
    scores={"mood_rating": 4},
)
REFRAME = make_entry(
    "b2" + "0" * 30,
    "2026-01-10",
    "kindness-reframe",
    at="20:00",
    answers={
        "situation": "Snapped at <b>my</b> sister \x1b[31mred\x1b[0m",
        "critic_words": "You are awful",
        "harsh_before": 8,
        "critic_protects": "being a bad sibling",
        "kind_reply": "You were exhausted.\nYou can say sorry tomorrow.",
        "harsh_after": 3,
    },
    scores={"harshness_change": -5},
)
SETBACK = make_entry(
    "c3" + "0" * 30,
    "2026-02-01",
    "setback-journal",
    at="12:30",
    answers={"situation": "Presentation went badly", "emotion": ["embarrassed", "hurt"]},
)
DRAFT_CHECKIN = make_entry(
    "d4" + "0" * 30, "2026-02-03", at="07:15", status=DRAFT, answers={"mood": 6}
)
DIARY = [CHECKIN, REFRAME, SETBACK, DRAFT_CHECKIN]


@pytest.fixture
def diary() -> list[Entry]:
    save(*DIARY)
    return DIARY


@pytest.fixture
def other_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Switch SELFKIND_HOME to a second, empty home (call it after exporting)."""

    def switch() -> Path:
        path = tmp_path / "other-home"
        monkeypatch.setenv("SELFKIND_HOME", str(path))
        return path

    return switch


def ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def fails_kindly(result, code: int = 1) -> str:
    """The command failed with `code`, with a message and no traceback; returns stderr."""
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert UNEXPECTED not in result.output
    assert result.stderr.strip()
    return result.stderr


def shown(cli) -> dict[str, str]:
    """`entries show --json` of every entry, by id."""
    listed = json.loads(ok(cli("entries", "list", "--json")))
    return {item["id"]: ok(cli("entries", "show", "--json", item["id"])) for item in listed}


def export_ids(cli, *options: str) -> list[str]:
    data = json.loads(ok(cli("export", "--format", "json", *options)))
    return [item["id"] for item in data["entries"]]


# ---------------------------------------------------------------- export: JSON


def test_json_export_has_every_entry_field_and_the_exercise_texts(cli, diary) -> None:
    data = json.loads(ok(cli("export")))  # json is the default
    assert data["selfkind_export"] == 1
    assert isinstance(data["selfkind_version"], str)
    assert data["exported_at"].startswith(str(datetime.now(timezone.utc).year))
    by_id = {item["id"]: item for item in data["entries"]}
    assert by_id == {entry.id: entry.to_json() for entry in diary}
    # newest first, like `entries list`, drafts included
    assert [item["id"] for item in data["entries"]] == [e.id for e in reversed(diary)]
    for entry in diary:
        kept = data["exercises"][entry.exercise_hash]
        assert kept == {
            "id": entry.exercise_id,
            "source": find_exercise(entry.exercise_id).source,
        }


def test_json_export_of_an_empty_home_is_valid_and_imports_as_nothing(cli, other_home) -> None:
    text = ok(cli("export", "--format", "json"))
    data = json.loads(text)
    assert data["entries"] == [] and data["exercises"] == {}
    other_home()
    result = cli("import", "-", input=text)
    assert result.exit_code == 0, result.output
    assert "Added 0 of 0" in result.stderr


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (("--since", "2026-01-10"), ["d4", "c3", "b2"]),
        (("--until", "2026-01-10"), ["b2", "a1"]),
        (("--since", "2026-01-06", "--until", "2026-02-01"), ["c3", "b2"]),
        (("--exercise", "checkin"), ["d4", "a1"]),
        (("--exercise", "checkin", "--since", "2026-02-01"), ["d4"]),
        (("--exercise", "grounding"), []),
    ],
)
def test_export_filters(cli, diary, options, expected) -> None:
    data = json.loads(ok(cli("export", "--format", "json", *options)))
    assert [item["id"][:2] for item in data["entries"]] == expected
    # only the exercise texts those entries were made with
    assert set(data["exercises"]) == {item["exercise"]["hash"] for item in data["entries"]}


def test_export_filters_accept_relative_days(cli) -> None:
    today = datetime.now().astimezone().date().isoformat()
    save(make_entry("e5" + "0" * 30, today), CHECKIN)
    assert [entry_id[:2] for entry_id in export_ids(cli, "--since", "today")] == ["e5"]
    assert [entry_id[:2] for entry_id in export_ids(cli, "--since", "3d")] == ["e5"]


def test_export_filters_apply_to_every_format(cli, diary) -> None:
    rows = list(
        csv.reader(io.StringIO(ok(cli("export", "--format", "csv", "--until", "2026-01-05"))))
    )
    assert [row[0] for row in rows[1:]] == [CHECKIN.id]
    md = ok(cli("export", "--format", "md", "--exercise", "kindness-reframe"))
    assert "Kindness reframe" in md and "Daily check-in" not in md
    page = ok(cli("export", "--format", "html", "--since", "2026-02-01"))
    assert "Presentation went badly" in page and "You are awful" not in page


def test_unknown_format_is_a_usage_error(cli, diary) -> None:
    stderr = fails_kindly(cli("export", "--format", "xml"), code=2)
    assert "xml" in stderr and "json" in stderr


# ---------------------------------------------------------------- export: --out


@pytest.mark.parametrize("format_", ["json", "csv", "md", "html"])
def test_out_writes_a_private_file_with_what_stdout_would_show(
    cli, diary, tmp_path: Path, format_: str
) -> None:
    target = tmp_path / "out" / f"mine.{format_}"
    target.parent.mkdir()
    expected = ok(cli("export", "--format", format_))
    result = cli("export", "--format", format_, "--out", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"Wrote 4 entries to {target}" in " ".join(result.stderr.split())
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    written = target.read_text(encoding="utf-8")
    if format_ == "json":  # differs only in the moment it was made
        written_data, expected_data = json.loads(written), json.loads(expected)
        written_data.pop("exported_at"), expected_data.pop("exported_at")
        assert written_data == expected_data
    else:
        assert written == expected
    assert sorted(os.listdir(target.parent)) == [target.name]  # no temporary file left


def test_out_replaces_an_existing_file_and_makes_it_private(cli, diary, tmp_path: Path) -> None:
    target = tmp_path / "mine.csv"
    target.write_text("old")
    target.chmod(0o644)
    ok(cli("export", "--format", "csv", "--out", str(target)))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text().startswith("id,exercise,")


def test_one_entry_is_said_in_the_singular(cli, tmp_path: Path) -> None:
    save(CHECKIN)
    result = cli("export", "--out", str(tmp_path / "one.json"))
    assert "Wrote 1 entry to" in result.stderr


@pytest.mark.parametrize("format_", ["json", "csv", "md", "html"])
def test_a_failed_export_leaves_no_partial_file(
    cli, diary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, format_: str
) -> None:
    from selfkind.writers import export

    def breaks_halfway(*args, **kwargs):
        out = next(arg for arg in args if hasattr(arg, "write"))
        out.write("half of an export" * 1000)
        raise OSError(28, "No space left on device")

    writer = {"json": "write_json", "csv": "write_csv", "md": "write_markdown"}
    monkeypatch.setattr(export, writer.get(format_, "write_html"), breaks_halfway)
    fresh = tmp_path / "new" / "fresh.out"
    kept = tmp_path / "new" / "kept.out"
    fresh.parent.mkdir()
    kept.write_text("an earlier export")
    for target in (fresh, kept):
        result = cli("export", "--format", format_, "--out", str(target))
        assert result.exit_code == 1
        assert "Traceback" not in result.output
    assert not fresh.exists()
    assert kept.read_text() == "an earlier export"
    assert sorted(os.listdir(fresh.parent)) == ["kept.out"]


def test_an_unwritable_out_path_gets_a_clear_message(cli, diary, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "mine.json"
    stderr = fails_kindly(cli("export", "--out", str(target)))
    assert str(target) in " ".join(stderr.split())


def test_export_to_a_closed_pipe_is_quiet(home: Path, tmp_path: Path) -> None:
    env = {**os.environ, "SELFKIND_HOME": str(home)}
    save(*DIARY)
    reader, writer = os.pipe()
    os.close(reader)  # like `| head` that has already exited
    try:
        done = subprocess.run(
            [sys.executable, "-m", "selfkind", "export", "--format", "md"],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=60,
        )
    finally:
        os.close(writer)
    assert UNEXPECTED not in done.stderr
    assert "Traceback" not in done.stderr


# ---------------------------------------------------------------- export: CSV, Markdown, HTML


def test_csv_has_one_row_per_entry_and_a_column_per_answer_and_score(cli, diary) -> None:
    rows = list(csv.DictReader(io.StringIO(ok(cli("export", "--format", "csv")))))
    assert [row["id"] for row in rows] == [entry.id for entry in diary]  # oldest first
    header = list(rows[0])
    answers = {f"answer:{key}" for entry in diary for key in entry.answers}
    scores = {f"score:{key}" for entry in diary for key in entry.scores}
    assert set(header) == {
        "id",
        "exercise",
        "title",
        "local_date",
        "started_at",
        "completed_at",
        "status",
        *answers,
        *scores,
    }
    assert len(header) == len(set(header))
    by_id = {row["id"]: row for row in rows}
    reframe = by_id[REFRAME.id]
    assert reframe["exercise"] == "kindness-reframe"
    assert reframe["title"] == "Kindness reframe"
    assert reframe["local_date"] == "2026-01-10"
    assert reframe["started_at"] == REFRAME.started_at
    assert reframe["answer:harsh_before"] == "8"
    assert reframe["answer:kind_reply"] == "You were exhausted.\nYou can say sorry tomorrow."
    assert reframe["score:harshness_change"] == "-5"
    assert reframe["answer:mood"] == "" and reframe["score:mood_rating"] == ""
    assert by_id[SETBACK.id]["answer:emotion"] == "embarrassed; hurt"
    assert by_id[CHECKIN.id]["score:mood_rating"] == "4"
    draft = by_id[DRAFT_CHECKIN.id]
    assert draft["status"] == "draft" and draft["completed_at"] == ""


def test_csv_column_names_are_unique_for_jrnl_entries(cli) -> None:
    ok(cli("import", str(JRNL_EXPORT)))
    header = next(csv.reader(io.StringIO(ok(cli("export", "--format", "csv")))))
    assert len(header) == len(set(header)), header


def test_csv_of_nothing_is_just_the_header(cli) -> None:
    rows = list(csv.reader(io.StringIO(ok(cli("export", "--format", "csv")))))
    assert rows == [
        ["id", "exercise", "title", "local_date", "started_at", "completed_at", "status"]
    ]


def local_clock(timestamp: str) -> str:
    return f"{datetime.fromisoformat(timestamp.replace('Z', '+00:00')).astimezone():%H:%M}"


def test_markdown_reads_like_a_journal(cli, diary) -> None:
    md = ok(cli("export", "--format", "md"))
    assert md.startswith("# My selfkind journal\n")
    days = [line for line in md.splitlines() if line.startswith("## ")]
    assert days == [
        "## Monday 05 January 2026",
        "## Saturday 10 January 2026",
        "## Sunday 01 February 2026",
        "## Tuesday 03 February 2026",
    ]
    assert f"### Kindness reframe · {local_clock(REFRAME.started_at)}" in md
    assert f"### Daily check-in (draft) · {local_clock(DRAFT_CHECKIN.started_at)}" in md
    # each answer under the question it answers, in the exercise's order
    assert "*How harsh do those words feel right now?*\n\n8\n" in md
    assert '*Your critic said: "You are awful". What would that friend say' in md
    assert "*Which feelings came up? Choose all that fit.*\n\nembarrassed, hurt\n" in md
    assert md.index("*In a sentence or two, what happened?*") < md.index(
        "*How harsh do those words feel right now?*"
    )
    assert md.index("Monday 05 January") < md.index("Saturday 10 January")
    assert "\x1b" not in md  # a journal may be read with `cat`


def test_html_is_one_self_contained_safe_page(cli, diary) -> None:
    page = ok(cli("export", "--format", "html"))
    assert page.lower().startswith("<!doctype html>")
    assert page.rstrip().endswith("</html>")
    lowered = page.lower()
    for outside in ("<script", "http://", "https://", "src=", "<link", "@import", "url("):
        assert outside not in lowered, outside
    assert "\x1b" not in page
    assert not any(ord(char) < 32 and char not in "\n\t" for char in page)
    assert "Snapped at &lt;b&gt;my&lt;/b&gt; sister" in page
    assert "<b>my</b>" not in page
    assert page.count("<article>") == len(DIARY)
    assert "Daily check-in (draft)" in page
    assert "How harsh do those words feel right now?" in page


def test_html_escapes_exercise_titles_and_prompts_filled_with_answers(cli) -> None:
    entry = make_entry(
        "f6" + "0" * 30,
        "2026-03-01",
        "kindness-reframe",
        answers={"critic_words": '<img src=x onerror="alert(1)">', "kind_reply": "ok"},
    )
    save(entry)
    page = ok(cli("export", "--format", "html"))
    assert "<img" not in page  # the text is there, escaped, never as a tag
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page


# ---------------------------------------------------------------- import: round trips


def test_json_export_round_trips_into_a_fresh_home(cli, diary, other_home, tmp_path) -> None:
    before = shown(cli)
    listed = ok(cli("entries", "list", "--json"))
    text = ok(cli("export"))
    path = tmp_path / "export.json"
    path.write_text(text, encoding="utf-8")
    other_home()
    assert shown(cli) == {}
    result = cli("import", str(path))
    assert result.exit_code == 0, result.output
    assert f"Added 4 of 4 entries from {path}" in " ".join(result.stderr.split())
    assert shown(cli) == before
    assert ok(cli("entries", "list", "--json")) == listed
    # the exercise texts came too: prompts show beside the answers
    detail = ok(cli("entries", "show", REFRAME.id))
    assert "How harsh do those words feel right now?" in detail

    again = cli("import", str(path))
    assert again.exit_code == 0, again.output
    message = " ".join(again.stderr.split())
    assert "Added 0 of 4 entries" in message and "4 were already here" in message
    assert ok(cli("entries", "list", "--json")) == listed


def test_export_import_export_keeps_the_exercises_section(cli, diary, other_home) -> None:
    first = json.loads(ok(cli("export")))
    other_home()
    ok(cli("import", "-", input=json.dumps(first)))
    second = json.loads(ok(cli("export")))
    assert second["exercises"] == first["exercises"]


@pytest.mark.parametrize(
    "tamper",
    [
        lambda source: source.replace("How harsh", "How HARSH"),  # no longer matches its hash
        lambda source: 12,
        lambda source: None,
    ],
    ids=["edited", "not-text", "missing"],
)
def test_an_exercise_text_that_cannot_be_kept_is_left_out_but_its_entries_come_in(
    cli, other_home, tamper
) -> None:
    save(REFRAME)
    data = json.loads(ok(cli("export")))
    kept = data["exercises"][REFRAME.exercise_hash]
    kept["source"] = tamper(kept["source"])
    other_home()
    result = cli("import", "-", input=json.dumps(data))
    assert result.exit_code == 0, result.output
    message = " ".join(result.stderr.split())
    assert "left out" in message and "Added 1 of 1 entry" in message
    assert json.loads(ok(cli("entries", "show", "--json", REFRAME.id))) == REFRAME.to_json()
    detail = ok(cli("entries", "show", REFRAME.id))
    assert "How HARSH" not in detail
    assert "harsh_before" in detail  # the answers, under their step ids


def test_an_invalid_exercise_text_is_left_out_even_when_its_hash_matches(cli) -> None:
    import hashlib

    source = "selfkind: 1\nid: broken\nsteps: not a list\n"
    digest = hashlib.sha256(source.encode()).hexdigest()
    entry = {**CHECKIN.to_json(), "exercise": {"id": "broken", "title": "Broken", "hash": digest}}
    data = {
        "selfkind_export": 1,
        "entries": [entry],
        "exercises": {digest: {"id": "broken", "source": source}},
    }
    result = cli("import", "-", input=json.dumps(data))
    assert result.exit_code == 0, result.output
    assert "left out" in " ".join(result.stderr.split())
    with open_store() as store:
        assert store.exercise_file(digest) is None
    assert "mood" in ok(cli("entries", "show", CHECKIN.id))


def test_import_merges_two_homes_by_id(cli, other_home, tmp_path) -> None:
    save(CHECKIN, REFRAME)
    mine = ok(cli("export"))
    other_home()
    save(REFRAME, SETBACK)
    result = cli("import", "-", input=mine)
    assert result.exit_code == 0, result.output
    message = " ".join(result.stderr.split())
    assert "Added 1 of 2 entries" in message and "1 was already here" in message
    assert {item["id"] for item in json.loads(ok(cli("entries", "list", "--json")))} == {
        CHECKIN.id,
        REFRAME.id,
        SETBACK.id,
    }


def test_import_never_overwrites_an_entry_already_here(cli, other_home) -> None:
    save(CHECKIN)
    theirs = ok(cli("export"))
    other_home()
    mine = make_entry(CHECKIN.id, "2026-01-05", answers={"mood": 9}, scores={"mood_rating": 9})
    save(mine)
    ok(cli("import", "-", input=theirs))
    assert json.loads(ok(cli("entries", "show", "--json", CHECKIN.id))) == mine.to_json()


def test_import_reads_standard_input(cli, diary, other_home) -> None:
    text = ok(cli("export"))
    other_home()
    result = cli("import", "-", input=text)
    assert result.exit_code == 0, result.output
    assert "from standard input" in result.stderr
    assert len(json.loads(ok(cli("entries", "list", "--json")))) == 4


def test_entries_list_json_can_be_imported(cli, diary, other_home) -> None:
    before = shown(cli)
    listed = ok(cli("entries", "list", "--json"))
    other_home()
    result = cli("import", "-", input=listed)
    assert result.exit_code == 0, result.output
    assert "Added 4 of 4" in " ".join(result.stderr.split())
    assert shown(cli) == before


# ---------------------------------------------------------------- import: bad files


def test_one_broken_entry_means_nothing_is_imported(cli, diary, other_home) -> None:
    data = json.loads(ok(cli("export")))
    data["entries"][1]["status"] = "finished"
    other_home()
    save(make_entry("e5" + "0" * 30, "2026-03-01"))
    before = ok(cli("entries", "list", "--json"))
    stderr = fails_kindly(cli("import", "-", input=json.dumps(data)))
    assert "nothing was imported" in stderr
    assert "entry 2" in stderr and "'status' should be complete or draft" in stderr
    assert ok(cli("entries", "list", "--json")) == before


def test_every_problem_is_listed(cli, diary, other_home) -> None:
    data = json.loads(ok(cli("export")))
    data["entries"][0]["local_date"] = "the fifth"
    data["entries"][2]["answers"]["harsh_before"] = 7.5
    data["entries"][3]["started_at"] = "2026-01-05T08:00:00"  # no time zone
    other_home()
    stderr = " ".join(fails_kindly(cli("import", "-", input=json.dumps(data))).split())
    # each line names the file, the entry's number and the first characters of its id
    assert "standard input: entry 1 (id d4000000): 'local_date' should be a date" in stderr
    assert "standard input: entry 3 (id b2000000): the answer 'harsh_before' should be" in stderr
    assert "standard input: entry 4 (id a1000000): 'started_at' should say its time zone" in stderr
    assert json.loads(ok(cli("entries", "list", "--json"))) == []


@pytest.mark.parametrize(
    ("broken", "problem"),
    [
        ({"id": "../../etc"}, "the id"),
        ({"id": ""}, "'id' should be text"),
        ({"exercise": "checkin"}, "'exercise' should be an object"),
        ({"answers": ["a"]}, "'answers' should be an object"),
        ({"answers": {"x": {"nested": 1}}}, "the answer 'x'"),
        ({"scores": {"x": "high"}}, "'scores' should be an object of score ids and numbers"),
        ({"scores": {"x": True}}, "'scores' should be an object of score ids and numbers"),
        ({"completed_at": "yesterday"}, "'completed_at' should be a time"),
    ],
)
def test_each_kind_of_broken_entry_is_named(cli, diary, other_home, broken, problem) -> None:
    data = json.loads(ok(cli("export")))
    data["entries"][2].update(broken)
    other_home()
    stderr = " ".join(fails_kindly(cli("import", "-", input=json.dumps(data))).split())
    assert "entry 3" in stderr and problem in stderr
    assert json.loads(ok(cli("entries", "list", "--json"))) == []


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"hello, this is not json", "is not JSON"),
        (b"", "is not JSON"),
        (b'{"entries": [', "is not JSON"),
        (b'{"name": "my notes", "items": [1, 2]}', "neither a selfkind export nor a jrnl export"),
        (b"42", "neither a selfkind export nor a jrnl export"),
        (b'{"selfkind_export": 1, "entries": "all of them"}', "'entries' should be a list"),
        (b"\xff\xfe{\x00}\x00", "is not a text file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is not a text file"),
    ],
)
def test_bad_files_get_a_clear_message(cli, tmp_path: Path, content: bytes, says: str) -> None:
    save(CHECKIN)
    path = tmp_path / "incoming.json"
    path.write_bytes(content)
    stderr = " ".join(fails_kindly(cli("import", str(path))).split())
    assert says in stderr
    assert str(path) in stderr
    assert [item["id"] for item in json.loads(ok(cli("entries", "list", "--json")))] == [CHECKIN.id]


def test_bad_standard_input_names_it(cli) -> None:
    stderr = fails_kindly(cli("import", "-", input="not json"))
    assert "standard input is not JSON" in stderr


def test_a_missing_file_gets_a_clear_message(cli, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    stderr = " ".join(fails_kindly(cli("import", str(missing))).split())
    assert f"could not read {missing}" in stderr and "No such file" in stderr


def test_a_folder_is_not_a_file_to_import(cli, tmp_path: Path) -> None:
    stderr = fails_kindly(cli("import", str(tmp_path)))
    assert "could not read" in stderr


def test_a_score_that_is_not_a_number_is_refused(cli) -> None:
    data = {"selfkind_export": 1, "entries": [CHECKIN.to_json()], "exercises": {}}
    data["entries"][0]["scores"] = {"mood_rating": float("nan")}
    text = json.dumps(data)
    assert "NaN" in text
    result = cli("import", "-", input=text)
    if result.exit_code == 0:  # if it is let in, nothing afterwards may break
        json.loads(ok(cli("entries", "list", "--json")), parse_constant=pytest.fail)
        assert UNEXPECTED not in cli("summary", "--since", "2026-01-01").output
    else:
        fails_kindly(result)


def test_a_local_date_in_another_spelling_is_refused_or_made_plain(cli) -> None:
    data = {"selfkind_export": 1, "entries": [CHECKIN.to_json()], "exercises": {}}
    data["entries"][0]["local_date"] = "20260105"
    result = cli("import", "-", input=json.dumps(data))
    if result.exit_code == 0:
        found = export_ids(cli, "--since", "2026-01-01", "--until", "2026-01-31")
        assert found == [CHECKIN.id]
    else:
        fails_kindly(result)


def test_an_imported_id_with_capitals_can_be_shown(cli) -> None:
    data = {"selfkind_export": 1, "entries": [CHECKIN.to_json()], "exercises": {}}
    data["entries"][0]["id"] = "ABCdef123"
    result = cli("import", "-", input=json.dumps(data))
    if result.exit_code == 0:
        shown_entry = json.loads(ok(cli("entries", "show", "--json", "ABCdef123")))
        assert shown_entry["id"] == "ABCdef123"
    else:
        fails_kindly(result)


# ---------------------------------------------------------------- import: jrnl

JRNL_ENTRIES = json.loads(JRNL_EXPORT.read_text(encoding="utf-8"))["entries"]


@pytest.fixture(
    params=["UTC0", "EST5EDT,M3.2.0,M11.1.0", "JST-9", "IST-5:30"],
    ids=["utc", "new-york", "tokyo", "india"],
)
def local_zone(request):
    """Run the test in another local time zone (jrnl's times are local, without a zone)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_jrnl_export_from_the_real_jrnl_imports_faithfully(cli, local_zone) -> None:
    result = cli("import", str(JRNL_EXPORT))
    assert result.exit_code == 0, result.output
    assert "Added 8 of 8 entries" in " ".join(result.stderr.split())
    imported = json.loads(ok(cli("entries", "list", "--json")))
    assert len(imported) == len(JRNL_ENTRIES) == 8
    by_title = {item["answers"]["title"]: item for item in imported}
    assert len(by_title) == 8
    for jrnl in JRNL_ENTRIES:
        entry = by_title[jrnl["title"]]
        assert entry["exercise"]["id"] == "journal"
        assert entry["exercise"]["title"] == "Journal entry"
        assert entry["status"] == "complete"
        assert entry["local_date"] == jrnl["date"]
        assert entry["started_at"] == entry["completed_at"]
        assert entry["started_at"].endswith("Z")
        assert local_clock(entry["started_at"]) == jrnl["time"]
        started = datetime.fromisoformat(entry["started_at"].replace("Z", "+00:00"))
        assert started.astimezone().strftime("%Y-%m-%d %H:%M") == f"{jrnl['date']} {jrnl['time']}"
        answers = entry["answers"]
        if jrnl["body"]:
            assert answers["body"] == jrnl["body"]
        else:
            assert "body" not in answers
        tags = answers.get("tags")
        assert set(tags.split(", ") if tags else []) == set(jrnl["tags"])
        assert answers["starred"] is jrnl["starred"]
        assert entry["scores"] == {}
    # newest first, by the moment each was written
    assert [item["answers"]["title"] for item in imported] == [
        item["title"] for item in reversed(JRNL_ENTRIES)
    ]

    again = cli("import", str(JRNL_EXPORT))
    assert again.exit_code == 0, again.output
    message = " ".join(again.stderr.split())
    assert "Added 0 of 8 entries" in message and "8 were already here" in message
    assert json.loads(ok(cli("entries", "list", "--json"))) == imported


def test_jrnl_local_times_become_utc(cli, local_zone) -> None:
    ok(cli("import", str(JRNL_EXPORT)))
    by_title = {
        item["answers"]["title"]: item for item in json.loads(ok(cli("entries", "list", "--json")))
    }
    late = by_title["Just before midnight."]  # 2024-03-01 23:59 local
    expected = {
        "UTC0": "2024-03-01T23:59:00.000Z",
        "EST5EDT,M3.2.0,M11.1.0": "2024-03-02T04:59:00.000Z",
        "JST-9": "2024-03-01T14:59:00.000Z",
        "IST-5:30": "2024-03-01T18:29:00.000Z",
    }
    assert late["started_at"] == expected[local_zone]
    assert late["local_date"] == "2024-03-01"
    summer = by_title["Title only, from another year."]  # 2022-06-15 14:30, summer time
    if local_zone.startswith("EST5EDT"):
        assert summer["started_at"] == "2022-06-15T18:30:00.000Z"


def test_jrnl_entries_keep_every_character_and_show_with_their_prompts(cli) -> None:
    ok(cli("import", str(JRNL_EXPORT)))
    by_title = {
        item["answers"]["title"]: item for item in json.loads(ok(cli("entries", "list", "--json")))
    }
    cafe = by_title["Café au lait ☕ with Zoë."]
    assert cafe["answers"]["body"] == "Crème brûlée was très bon 🎉 #café"
    assert cafe["answers"]["tags"] == "#café"
    morning = by_title["Morning pages."]
    assert morning["answers"]["body"] == (
        "line two of the body\n\nparagraph two: grateful for coffee #gratitude @Work"
    )
    assert set(morning["answers"]["tags"].split(", ")) == {"@work", "#gratitude"}
    assert by_title["Got the job!"]["answers"]["starred"] is True
    markup = by_title["Markup test: [red]x[/red]."]
    detail = ok(cli("entries", "show", markup["id"]))
    assert "[red]x[/red]" in detail
    assert "A few words to name this entry." in detail
    assert 'She said "hi"' in detail


def test_jrnl_entries_are_searchable(cli) -> None:
    ok(cli("import", str(JRNL_EXPORT)))
    found = json.loads(ok(cli("entries", "search", "--json", "creme brulee")))
    assert [item["answers"]["title"] for item in found] == ["Café au lait ☕ with Zoë."]
    gratitude = json.loads(ok(cli("entries", "search", "--json", "gratitude")))
    assert {item["answers"]["title"] for item in gratitude} == {"Morning pages.", "Same day again?"}


def test_a_broken_jrnl_entry_means_nothing_is_imported(cli) -> None:
    data = json.loads(JRNL_EXPORT.read_text(encoding="utf-8"))
    data["entries"][3]["date"] = "last tuesday"
    stderr = " ".join(fails_kindly(cli("import", "-", input=json.dumps(data))).split())
    assert "entry 4" in stderr and "last tuesday" in stderr
    assert json.loads(ok(cli("entries", "list", "--json"))) == []


def test_jrnl_and_selfkind_entries_round_trip_together(cli, other_home) -> None:
    ok(cli("import", str(JRNL_EXPORT)))
    save(CHECKIN)
    before = shown(cli)
    text = ok(cli("export"))
    other_home()
    ok(cli("import", "-", input=text))
    assert shown(cli) == before
