"""Issue 12: imports are checked like answers. Every imported entry is checked against the
exercise it names; one bad entry refuses the whole file, listing what is wrong, and nothing
here changes (the database is compared byte for byte and row by row)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from helpers import make_entry, save, y
from selfkind import messages
from selfkind.core.entry import DRAFT, Entry
from selfkind.formats import importer
from selfkind.services import imports
from selfkind.services.catalog import find_exercise
from selfkind.storage.store import open_store

UNEXPECTED = "Something went wrong"
JRNL_EXPORT = Path(__file__).parent / "fixtures" / "jrnl" / "journal.json"

MINE = make_entry("e0" + "0" * 30, "2026-03-01", answers={"mood": 7}, scores={"mood_rating": 7})
CHECKIN = make_entry(
    "a1" + "0" * 30, "2026-01-05", answers={"mood": 4, "note": "tired"}, scores={"mood_rating": 4}
)
REFRAME = make_entry(
    "b2" + "0" * 30,
    "2026-01-10",
    "kindness-reframe",
    at="20:00",
    answers={"situation": "Snapped", "harsh_before": 8, "kind_reply": "Go easy", "harsh_after": 3},
    scores={"harshness_change": -5},
)
SETBACK = make_entry(
    "c3" + "0" * 30,
    "2026-02-01",
    "setback-journal",
    answers={"situation": "A hard talk", "emotion": ["embarrassed", "hurt"]},
)
# An exercise of the person's own, with a choice step; its text travels in the file.
MOOD_WORD = y(
    """
    selfkind: 1
    id: mood-word
    title: A word for today
    steps:
      - type: choice
        id: word
        prompt: Which word fits today?
        options: [calm, tired, bright]
      - type: scale
        id: energy
        prompt: How much energy?
        min: 1
        max: 5
    scores:
      - id: energy_score
        label: Energy
        method: mean
        items: [energy]
    """
)
MOOD_WORD_HASH = hashlib.sha256(MOOD_WORD.encode()).hexdigest()


def mood_word_entry(entry_id: str, answers: dict, scores: dict | None = None) -> dict:
    return {
        "id": entry_id,
        "exercise": {"id": "mood-word", "title": "A word for today", "hash": MOOD_WORD_HASH},
        "started_at": "2026-02-10T09:00:00.000Z",
        "completed_at": "2026-02-10T09:02:00.000Z",
        "local_date": "2026-02-10",
        "status": "complete",
        "answers": answers,
        "scores": scores or {},
    }


def export_of(*entries: Entry | dict) -> dict:
    """A selfkind export of these entries, with the texts of the exercises they name."""
    data = [entry if isinstance(entry, dict) else entry.to_json() for entry in entries]
    texts = {}
    for item in data:
        exercise_id, exercise_hash = item["exercise"]["id"], item["exercise"]["hash"]
        source = MOOD_WORD if exercise_id == "mood-word" else find_exercise(exercise_id).source
        texts[exercise_hash] = {"id": exercise_id, "source": source}
    return {"selfkind_export": 1, "entries": data, "exercises": texts}


def snapshot(home: Path) -> tuple[bytes, list[str]]:
    """The database file's bytes and every row of every table."""
    database = home / "selfkind.db"
    raw = database.read_bytes()
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        return raw, list(db.iterdump())


@pytest.fixture
def incoming(tmp_path: Path):
    """Write data as a file to import; returns its path."""

    def write(data: dict | list | str) -> Path:
        path = tmp_path / "incoming.json"
        path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
        return path

    return write


@pytest.fixture
def refused(cli, home: Path, incoming):
    """Import data into a home holding one entry: it must be refused with exit 1, a plain
    message and no traceback, leaving the database exactly as it was. Returns stderr on
    one line."""
    save(MINE)

    def attempt(data: dict | list | str) -> str:
        path = incoming(data)
        before = snapshot(home)
        result = cli("import", str(path))
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output and UNEXPECTED not in result.output
        assert snapshot(home) == before
        return " ".join(result.stderr.split())

    return attempt


def imported(cli, data: dict | list) -> None:
    result = cli("import", "-", input=json.dumps(data))
    assert result.exit_code == 0, result.output


def stored(entry_id: str) -> Entry:
    with open_store() as store:
        return store.get(entry_id)


def in_days(days: int) -> datetime:
    return datetime.now(timezone.utc) + timedelta(days=days)


# ---------------------------------------------------------------- answers fit their steps


def test_an_answer_out_of_range_is_refused(refused, incoming) -> None:
    bad = {**REFRAME.to_json(), "answers": {**REFRAME.answers, "harsh_before": 11}}
    said = refused(export_of(CHECKIN, bad))
    path = incoming({})
    assert said.startswith(f"{path} has 1 mistake, so nothing was imported.")
    assert (
        f"{path}: entry 2 (id b2000000): the answer 'harsh_before' should be "
        "a whole number from 0 to 10, not 11"
    ) in said


@pytest.mark.parametrize(
    ("answers", "problem"),
    [
        (
            {"word": "grumpy", "energy": 3},
            "the answer 'word' should be one of: calm, tired, bright, not 'grumpy'",
        ),
        (
            {"word": "Calm", "energy": 3},
            "the answer 'word' should be one of: calm, tired, bright, not 'Calm'",
        ),
        (
            {"word": "calm", "energy": 6},
            "the answer 'energy' should be a whole number from 1 to 5, not 6",
        ),
    ],
    ids=["unknown-option", "option-in-another-case", "own-range"],
)
def test_answers_are_checked_against_the_exercise_text_in_the_file(
    refused, answers, problem
) -> None:
    said = refused(export_of(mood_word_entry("f1", answers)))
    assert f"entry 1 (id f1): {problem}" in said


def test_an_unknown_option_of_a_choices_step_is_refused(refused) -> None:
    bad = {**SETBACK.to_json(), "answers": {"emotion": ["embarrassed", "grumpy"]}}
    said = refused(export_of(bad))
    assert "entry 1 (id c3000000): the answer 'emotion' should be at least 1 of: sad," in said
    assert "not [embarrassed, grumpy]" in said


@pytest.mark.parametrize(
    ("answers", "problem"),
    [
        ({"mood": "six"}, "the answer 'mood' should be a whole number from 0 to 10, not 'six'"),
        ({"mood": True}, "the answer 'mood' should be a whole number from 0 to 10, not true"),
        ({"mood": 5, "note": 12}, "the answer 'note' should be some text, not 12"),
        ({"mood": 5, "note": ""}, "the answer 'note' should be some text, not ''"),
        ({"mood": 5, "note": ["a"]}, "the answer 'note' should be some text, not [a]"),
        (
            {"mood": 5, "note": "x" * 1001},
            "the answer 'note' is 1,001 characters long; its step keeps at most 1,000",
        ),
        (
            {"mood": 5.5},
            "the answer 'mood' should be text, a whole number, true/false or a list of text",
        ),
    ],
    ids=[
        "text-for-scale",
        "bool-for-scale",
        "number-for-text",
        "empty-text",
        "list-for-text",
        "too-long",
        "fraction",
    ],
)
def test_an_answer_of_the_wrong_type_is_refused(refused, answers, problem) -> None:
    said = refused(export_of({**CHECKIN.to_json(), "answers": answers}))
    assert f"entry 1 (id a1000000): {problem}" in said


def test_a_confirm_answer_must_be_true_or_false(refused) -> None:
    bad = {**REFRAME.to_json(), "answers": {**REFRAME.answers, "settle": "yes"}}
    said = refused(export_of(bad))
    assert "the answer 'settle' should be yes or no (true or false), not 'yes'" in said


def test_an_answer_under_a_step_id_the_exercise_does_not_have_is_refused(refused) -> None:
    said = refused(export_of({**CHECKIN.to_json(), "answers": {"mood": 4, "moood": 5}}))
    assert (
        "entry 1 (id a1000000): the answer 'moood' has no step in 'checkin' "
        "(its steps: mood, kindness, note)"
    ) in said


def test_an_entry_whose_hash_names_another_exercise_is_refused(refused) -> None:
    bad = {**CHECKIN.to_json(), "exercise": {**CHECKIN.to_json()["exercise"], "id": "grounding"}}
    said = refused(export_of(CHECKIN) | {"entries": [bad]})
    assert (
        "it names the exercise 'grounding', but the exercise text its hash names is 'checkin'"
        in said
    )


def test_an_answer_that_is_not_text_a_json_escape_could_make_is_refused(refused) -> None:
    text = json.dumps(export_of(CHECKIN)).replace('"tired"', '"tired \\ud800"')
    said = refused(text)
    assert "entry 1 (id a1000000): the answer 'note' holds characters that are not text" in said


# ---------------------------------------------------------------- scores are worked out again


def test_scores_in_the_file_are_never_kept_they_are_worked_out_from_the_answers(cli) -> None:
    claims = {**CHECKIN.to_json(), "scores": {"mood_rating": 9, "invented": 100}}
    imported(cli, export_of(claims))
    assert stored(CHECKIN.id).scores == {"mood_rating": 4}
    data = export_of(claims, {**REFRAME.to_json(), "scores": {}})
    read = imports.read_import(json.dumps(data), "f", find_exercise("journal"))
    assert [entry.scores for entry in read.entries] == [
        {"mood_rating": 4},
        {"harshness_change": -5},
    ]
    assert read.notices == [messages.counted(messages.IMPORT_SCORES_RECOMPUTED, 2)]


def test_the_person_is_told_when_scores_were_worked_out_again(cli) -> None:
    claims = {**CHECKIN.to_json(), "scores": {"mood_rating": 9}}
    result = cli("import", "-", input=json.dumps(export_of(claims)))
    assert result.exit_code == 0
    said = messages.counted(messages.IMPORT_SCORES_RECOMPUTED, 1)
    assert said in " ".join(result.stderr.split())


def test_an_export_of_entries_made_here_needs_no_scores_worked_out_again(cli) -> None:
    save(CHECKIN, REFRAME, SETBACK)
    text = cli("export").stdout
    read = imports.read_import(text, "f", find_exercise("journal"))
    assert read.notices == []
    assert {entry.id: entry.scores for entry in read.entries} == {
        e.id: e.scores for e in (CHECKIN, REFRAME, SETBACK)
    }


def test_a_draft_comes_in_without_scores_as_selfkind_keeps_drafts(cli) -> None:
    draft = {**CHECKIN.to_json(), "status": DRAFT, "completed_at": None}
    imported(cli, export_of(draft))
    assert stored(CHECKIN.id).scores == {}


# ---------------------------------------------------------------- where the exercise is found


def test_entries_list_output_is_checked_against_the_copy_stored_here(cli, home, tmp_path) -> None:
    """`entries list --json` carries no exercise texts: an entry of an exercise no longer
    in any folder is checked against the copy kept with earlier entries."""
    data = mood_word_entry("f2", {"word": "calm", "energy": 4})
    imported(cli, export_of(data))  # keeps the text of mood-word here
    bad = mood_word_entry("f3", {"word": "calm", "energy": 9})
    path = tmp_path / "listed.json"
    path.write_text(json.dumps([bad]))
    before = snapshot(home)
    result = cli("import", str(path))
    assert result.exit_code == 1, result.output
    said = " ".join(result.stderr.split())
    assert (
        f"{path}: entry 1 (id f3): the answer 'energy' should be a whole number from 1 to 5, not 9"
        in said
    )
    assert snapshot(home) == before
    path.write_text(json.dumps([{**bad, "answers": {"word": "tired", "energy": 2}}]))
    assert cli("import", str(path)).exit_code == 0
    assert stored("f3").scores == {"energy_score": 2}


def test_entries_list_output_is_checked_against_the_exercise_known_by_its_id(refused) -> None:
    said = refused([{**CHECKIN.to_json(), "answers": {"mood": 12}}])
    assert "entry 1 (id a1000000): the answer 'mood' should be a whole number from 0 to 10" in said


def test_an_entry_of_an_exercise_found_nowhere_keeps_its_plain_answers_and_no_scores(cli) -> None:
    """The decision where the exercise cannot be found (not in the file, not stored here,
    no exercise of that id): its answers cannot be checked against steps, but they are the
    person's words and come in, as long as they are plain values; scores need the
    exercise, so none are kept."""
    unknown = {
        **CHECKIN.to_json(),
        "exercise": {"id": "from-elsewhere", "title": "Elsewhere", "hash": "0" * 64},
        "answers": {"anything": 99, "words": "mine", "picked": ["a", "b"], "ok": True},
        "scores": {"made_up": 3},
    }
    data = {"selfkind_export": 1, "entries": [unknown], "exercises": {}}
    imported(cli, data)
    kept = stored(CHECKIN.id)
    assert kept.answers == unknown["answers"] and kept.scores == {}
    read = imports.read_import(json.dumps(data), "f", find_exercise("journal"))
    assert read.notices == [
        messages.counted(messages.IMPORT_EXERCISES_UNKNOWN, 1, names="from-elsewhere")
    ]


# ---------------------------------------------------------------- times and dates


@pytest.mark.parametrize(
    ("started_at", "local_date"),
    [
        ("2026-01-05T08:00:00.000Z", "2026-01-07"),  # 22:00 on the 5th at UTC+14
        ("2026-01-05T09:59:00.000Z", "2026-01-06"),  # 23:59 on the 5th at UTC+14
        ("2026-01-05T12:01:00.000Z", "2026-01-04"),  # 00:01 on the 5th at UTC-12
    ],
)
def test_a_local_date_that_no_time_zone_allows_is_refused(refused, started_at, local_date) -> None:
    bad = {**CHECKIN.to_json(), "started_at": started_at, "completed_at": started_at}
    said = refused(export_of({**bad, "local_date": local_date}))
    assert (
        f"entry 1 (id a1000000): 'local_date' {local_date} is not the date of 'started_at' "
        f"('{started_at}') in any time zone (UTC-12 to UTC+14)"
    ) in said


@pytest.mark.parametrize(
    ("started_at", "local_date"),
    [
        ("2026-01-05T11:59:00.000Z", "2026-01-04"),  # UTC-12
        ("2026-01-05T10:00:00.000Z", "2026-01-06"),  # UTC+14
        ("2026-01-05T10:00:00.000Z", "2026-01-05"),
    ],
)
def test_a_local_date_some_time_zone_gives_comes_in(cli, started_at, local_date) -> None:
    entry = {**CHECKIN.to_json(), "started_at": started_at, "completed_at": started_at}
    imported(cli, export_of({**entry, "local_date": local_date}))
    assert stored(CHECKIN.id).local_date == local_date


@pytest.mark.parametrize(
    "started_at",
    [
        "0001-01-01T00:00:00Z",
        "0001-01-01T00:30:00+01:00",  # has no UTC time at all
        "9999-12-31T23:59:59Z",
        "9999-12-31T23:30:00-01:00",
        "1969-12-31T23:59:59Z",
        in_days(3).isoformat(timespec="seconds"),
    ],
    ids=[
        "year-1",
        "year-1-with-offset",
        "year-9999",
        "year-9999-with-offset",
        "before-1970",
        "after-tomorrow",
    ],
)
def test_a_start_outside_1970_to_tomorrow_is_refused(refused, started_at) -> None:
    bad = {**CHECKIN.to_json(), "started_at": started_at, "completed_at": None, "status": DRAFT}
    said = refused(export_of(bad))
    assert (
        f"entry 1 (id a1000000): 'started_at' is '{started_at}'; it should lie between "
        "1970-01-01 and tomorrow"
    ) in said


@pytest.mark.parametrize(
    "completed_at", ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", in_days(3).isoformat()]
)
def test_a_finish_outside_1970_to_tomorrow_is_refused(refused, completed_at) -> None:
    said = refused(export_of({**CHECKIN.to_json(), "completed_at": completed_at}))
    assert "entry 1 (id a1000000): 'completed_at' is " in said
    assert "it should lie between 1970-01-01 and tomorrow" in said


@pytest.mark.parametrize(
    ("written_at", "problem"),
    [
        ("9999-12-31T00:00:00Z", "'written_at' is '9999-12-31T00:00:00Z'; it should lie between"),
        ("1969-07-20T20:17:00Z", "'written_at' is '1969-07-20T20:17:00Z'; it should lie between"),
        ("2026-01-06T08:00:00", "'written_at' should say its time zone"),
    ],
)
def test_when_an_entry_was_written_later_is_checked_too(refused, written_at, problem) -> None:
    said = refused(export_of({**CHECKIN.to_json(), "written_at": written_at}))
    assert f"entry 1 (id a1000000): {problem}" in said


def test_the_first_moment_of_1970_and_today_come_in(cli) -> None:
    first = {
        **CHECKIN.to_json(),
        "started_at": "1970-01-01T00:00:00Z",
        "completed_at": "1970-01-01T00:01:00Z",
        "local_date": "1969-12-31",  # 12:00 the day before, at UTC-12
    }
    now = datetime.now(timezone.utc).isoformat()
    today = {
        **REFRAME.to_json(),
        "started_at": now,
        "completed_at": now,
        "local_date": date.today().isoformat(),
    }
    imported(cli, export_of(first, today))


def test_a_finish_before_the_start_is_refused(refused) -> None:
    said = refused(export_of({**CHECKIN.to_json(), "completed_at": "2026-01-05T07:59:59Z"}))
    assert (
        "entry 1 (id a1000000): 'completed_at' ('2026-01-05T07:59:59Z') is before 'started_at' "
        f"('{CHECKIN.started_at}')"
    ) in said


def test_a_status_other_than_complete_or_draft_is_refused(refused) -> None:
    said = refused(export_of({**CHECKIN.to_json(), "status": "finished"}))
    assert "entry 1 (id a1000000): 'status' should be complete or draft" in said


# ---------------------------------------------------------------- the list of mistakes


def test_every_mistake_of_an_entry_is_listed_with_its_number_and_id(refused) -> None:
    bad = {**REFRAME.to_json(), "answers": {"harsh_before": 11, "harsh_after": -1, "nope": "x"}}
    unnamed = {**CHECKIN.to_json()}
    del unnamed["id"]
    said = refused(export_of(CHECKIN, bad, unnamed))
    assert "has 4 mistakes, so nothing was imported" in said
    assert "entry 2 (id b2000000): the answer 'harsh_before' should be" in said
    assert "entry 2 (id b2000000): the answer 'harsh_after' should be" in said
    assert "entry 2 (id b2000000): the answer 'nope' has no step in 'kindness-reframe'" in said
    assert "entry 3 (no id): 'id' should be text" in said


def test_at_most_twenty_mistakes_are_listed_then_how_many_more(
    cli, home, incoming, monkeypatch
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")  # one mistake a line
    save(MINE)
    bad = [
        {**CHECKIN.to_json(), "id": f"bad{number:02d}", "answers": {"mood": 11}}
        for number in range(25)
    ]
    path = incoming(export_of(*bad))
    before = snapshot(home)
    result = cli("import", str(path))
    assert result.exit_code == 1
    lines = [line.strip() for line in result.stderr.splitlines() if line.strip()]
    listed = [line for line in lines if line.startswith(f"{path}: entry")]
    assert len(listed) == 20
    assert listed[0].startswith(f"{path}: entry 1 (id bad00): the answer 'mood'")
    assert listed[-1].startswith(f"{path}: entry 20 (id bad19): ")
    assert lines[-1] == "and 5 more"
    assert "has 25 mistakes" in " ".join(result.stderr.split())
    assert snapshot(home) == before


def test_a_hostile_id_is_shown_short_and_plain(refused) -> None:
    said = refused(export_of({**CHECKIN.to_json(), "id": "\x1b[31m" + "x" * 5000}))
    assert "\x1b" not in said
    assert "entry 1 (id " in said and "xxxxxxxx…): the id '" in said
    assert "x" * 100 not in said


# ---------------------------------------------------------------- hostile files


def test_deeply_nested_json_gets_its_own_sentence(refused, incoming) -> None:
    said = refused("[" * 100_000 + "]" * 100_000)
    assert said == " ".join(messages.IMPORT_TOO_DEEP.format(path=incoming("")).split())


def test_deep_nesting_inside_an_answer_is_refused_plainly(refused) -> None:
    text = json.dumps(export_of(CHECKIN)).replace('"tired"', "[" * 500 + "]" * 500)
    said = refused(text)
    assert "the answer 'note' should be text, a whole number" in said


def test_a_five_thousand_digit_number_gets_its_own_sentence(refused, incoming) -> None:
    said = refused('{"selfkind_export": 1, "entries": [' + "9" * 5000 + "]}")
    assert said == " ".join(messages.IMPORT_HUGE_NUMBER.format(path=incoming("")).split())


def test_a_long_number_within_python_s_limit_is_an_answer_out_of_range(refused) -> None:
    text = json.dumps(export_of(CHECKIN)).replace('"mood": 4', '"mood": ' + "9" * 4000)
    said = refused(text)
    assert "the answer 'mood' should be a whole number from 0 to 10, not 99999" in said


def test_an_oversized_file_gets_its_own_sentence(refused, incoming, monkeypatch) -> None:
    monkeypatch.setattr(importer, "MAX_CHARACTERS", 1000)
    text = json.dumps(export_of(CHECKIN, REFRAME, SETBACK))
    assert len(text) > 1000
    said = refused(text)
    limit = importer.MAX_MEGABYTES
    assert said == " ".join(
        messages.IMPORT_TOO_LARGE.format(path=incoming(""), limit=limit).split()
    )


# ---------------------------------------------------------------- jrnl


JRNL = json.loads(JRNL_EXPORT.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "day",
    ["0001-01-01", "9999-12-31", "1969-12-31", (date.today() + timedelta(days=3)).isoformat()],
    ids=["year-1", "year-9999", "before-1970", "after-tomorrow"],
)
def test_a_jrnl_date_outside_1970_to_tomorrow_is_refused_with_its_entry_number(
    refused, day
) -> None:
    data = json.loads(json.dumps(JRNL))
    data["entries"][3]["date"] = day
    said = refused(data)
    assert f"entry 4: its date ({day}) should lie between 1970-01-01 and tomorrow" in said


@pytest.mark.parametrize(
    ("date_", "time_"), [("2024-02-30", "10:00"), ("2024-03-01", "25:00"), ("20240301", "10:00")]
)
def test_a_jrnl_date_jrnl_could_not_have_written_is_refused(refused, date_, time_) -> None:
    data = json.loads(json.dumps(JRNL))
    data["entries"][1].update(date=date_, time=time_)
    said = refused(data)
    assert f"entry 2: its date and time ({date_} {time_}) should look like" in said


def test_a_long_jrnl_title_is_kept_whole_at_the_start_of_the_body(
    cli, tmp_path, monkeypatch
) -> None:
    data = json.loads(json.dumps(JRNL))
    long_title = "A title that goes on " * 30
    data["entries"][0]["title"] = long_title
    imported(cli, data)
    found = [
        e
        for e in json.loads(cli("entries", "list", "--json").stdout)
        if e["answers"]["title"].startswith("A title")
    ]
    assert len(found) == 1
    answers = found[0]["answers"]
    assert len(answers["title"]) <= 300 and answers["title"].endswith("…")
    assert answers["body"] == long_title.strip()
    # what came in can go out and in again, checked like any export
    text = cli("export").stdout
    monkeypatch.setenv("SELFKIND_HOME", str(tmp_path / "other-home"))
    result = cli("import", "-", input=text)
    assert result.exit_code == 0, result.output


def test_an_id_twice_in_one_file_is_a_mistake_not_a_silent_choice(refused) -> None:
    said = refused([CHECKIN.to_json(), {**CHECKIN.to_json(), "answers": {"mood": 2}}])
    assert "entry 2 (id a1000000): its id is entry 1's too" in said


def test_an_entry_edited_in_the_file_but_here_already_is_named_not_counted_as_known(cli) -> None:
    imported(cli, export_of(CHECKIN.to_json()))
    edited = {**CHECKIN.to_json(), "answers": {**CHECKIN.answers, "note": "edited later"}}
    result = cli("import", "-", input=json.dumps(export_of(edited)))
    assert result.exit_code == 0
    said = " ".join(result.stderr.split())
    assert messages.counted(messages.IMPORT_KEPT_HERE, 1).replace("`", "") in said
    assert stored(CHECKIN.id).answers == CHECKIN.answers  # the copy here is kept
    again = cli("import", "-", input=json.dumps(export_of(CHECKIN.to_json())))
    assert "differ" not in again.stderr  # the same entry twice is simply already here
