"""`selfkind entries search` (FTS5 over answers) and `selfkind summary` (the weeks at a glance)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from helpers import make_entry, save
from selfkind.core.entry import DRAFT, Entry
from selfkind.core.summaries import first_sentence, minutes_spent
from selfkind.services.catalog import find_exercise
from selfkind.storage.migrations import MIGRATIONS
from selfkind.storage.paths import database_path
from selfkind.storage.search import MARKS
from selfkind.storage.store import open_store
from selfkind.ui.summary_view import sparkline

UNEXPECTED = "Something went wrong"


def ok(result) -> str:
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and UNEXPECTED not in result.output
    return result.stdout


def found_ids(cli, text: str, limit: int | None = None) -> list[str]:
    args = ["entries", "search", "--json"]
    if limit is not None:
        args += ["--limit", str(limit)]
    return [item["id"] for item in json.loads(ok(cli(*args, "--", text)))]


# ---------------------------------------------------------------- search


RIVER = make_entry(
    "a1" + "0" * 30,
    "2026-01-05",
    answers={"mood": 4, "note": "Walked by the river and felt some kindness"},
    scores={"mood_rating": 4},
)
SETBACK = make_entry(
    "b2" + "0" * 30,
    "2026-01-06",
    "setback-journal",
    answers={"situation": "The meeting ran late", "emotion": ["embarrassed", "hurt"]},
)
CAFE = make_entry(
    "c3" + "0" * 30,
    "2026-01-07",
    answers={"mood": 7, "note": "Café au lait with Zoë, très bon"},
)


@pytest.fixture
def notes() -> None:
    save(RIVER, SETBACK, CAFE)


def test_search_finds_words_in_text_answers_and_chosen_options(cli, notes) -> None:
    assert found_ids(cli, "river") == [RIVER.id]
    assert found_ids(cli, "meeting") == [SETBACK.id]
    assert found_ids(cli, "embarrassed") == [SETBACK.id]  # an option chosen from a list
    assert found_ids(cli, "hurt") == [SETBACK.id]


def test_search_looks_at_answers_only(cli, notes) -> None:
    assert found_ids(cli, "situation") == []  # a step id, not an answer
    assert found_ids(cli, "check-in") == []  # the exercise's title
    assert found_ids(cli, "4") == []  # numbers are not words


def test_a_word_matches_longer_words_it_begins(cli, notes) -> None:
    assert found_ids(cli, "kind") == [RIVER.id]
    assert found_ids(cli, "emb") == [SETBACK.id]
    assert found_ids(cli, "ness") == []  # the start of a word, not its middle


def test_every_word_must_match(cli, notes) -> None:
    assert found_ids(cli, "river kind") == [RIVER.id]
    assert found_ids(cli, "kind   river") == [RIVER.id]
    assert found_ids(cli, "river meeting") == []
    assert found_ids(cli, "late hurt meet") == [SETBACK.id]  # text and options together


def test_search_ignores_case_and_diacritics(cli, notes) -> None:
    assert found_ids(cli, "cafe") == [CAFE.id]
    assert found_ids(cli, "CAFÉ") == [CAFE.id]
    assert found_ids(cli, "zoe tres") == [CAFE.id]
    assert found_ids(cli, "RIVER") == [RIVER.id]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "*",
        "AND",
        "OR",
        "NOT",
        "(",
        ")",
        "-",
        "-river",
        "river*",
        '"river',
        'river"',
        "river AND",
        "river (",
        "NEAR(river kind)",
        "note:river",
        "^river",
        "{river}",
        "+",
        "'",
        "river's",
        "\\",
        "\x1b[31m",
        "🎉",
        "   ",
    ],
)
def test_query_syntax_never_crashes(cli, notes, query: str) -> None:
    for options in (["--json"], []):
        result = cli("entries", "search", *options, "--", query)
        assert result.exit_code == 0, result.output
        assert "Traceback" not in result.output and UNEXPECTED not in result.output
    found = json.loads(cli("entries", "search", "--json", "--", query).stdout)
    assert isinstance(found, list)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("AND", [RIVER.id]),  # an ordinary word here ("and" in "river and felt")
        ('"river"', [RIVER.id]),
        ("river*", [RIVER.id]),
        ("-river", [RIVER.id]),
        ("(river)", [RIVER.id]),
        ("NOT river", []),  # "not" is a word too, and every word must match
        ("river, kind.", [RIVER.id]),
    ],
)
def test_query_syntax_is_read_as_words(cli, notes, query: str, expected) -> None:
    assert found_ids(cli, query) == expected


def test_a_nul_in_the_query_is_read_as_a_space(notes) -> None:
    with open_store() as store:  # SQLite would end the text at the NUL; it separates words
        assert store.search("river\x00", 10) == store.search("river", 10)
        assert store.search("\x00", 10) == ([], 0)


def test_results_are_newest_first(cli) -> None:
    entries = [
        make_entry("d4" + "0" * 30, "2026-01-02", at="09:00", answers={"note": "tea at noon"}),
        make_entry("e5" + "0" * 30, "2026-01-09", at="07:00", answers={"note": "tea first"}),
        make_entry("f6" + "0" * 30, "2026-01-09", at="21:00", answers={"note": "tea late"}),
        make_entry("a7" + "0" * 30, "2025-12-30", at="23:00", answers={"note": "tea old"}),
    ]
    save(*entries)
    assert [entry_id[:2] for entry_id in found_ids(cli, "tea")] == ["f6", "e5", "d4", "a7"]
    table = ok(cli("entries", "search", "tea"))
    positions = [table.index(short) for short in ("f6000000", "e5000000", "d4000000", "a7000000")]
    assert positions == sorted(positions)


def test_drafts_are_found_too(cli) -> None:
    draft = make_entry("d4" + "0" * 30, "2026-01-02", status=DRAFT, answers={"note": "unfinished"})
    save(draft)
    assert found_ids(cli, "unfinished") == [draft.id]


def test_deleted_entries_disappear_from_results(cli, notes) -> None:
    assert found_ids(cli, "river") == [RIVER.id]
    ok(cli("entries", "delete", "--yes", RIVER.id))
    assert found_ids(cli, "river") == []
    assert found_ids(cli, "kind") == []
    assert found_ids(cli, "cafe") == [CAFE.id]  # the others keep their words
    with open_store() as store:
        store.delete(CAFE.id)
        assert store.search("cafe", 10) == ([], 0)


def test_edited_entries_are_indexed_again(cli, notes) -> None:
    edited = make_entry(RIVER.id, "2026-01-05", answers={"mood": 4, "note": "Swam in the lake"})
    save(edited)
    assert found_ids(cli, "river") == []
    assert found_ids(cli, "lake") == [RIVER.id]
    found = json.loads(ok(cli("entries", "search", "--json", "lake")))
    assert found[0]["answers"]["note"] == "Swam in the lake"


def test_imported_entries_are_searchable(cli, notes, tmp_path, monkeypatch) -> None:
    exported = ok(cli("export"))
    monkeypatch.setenv("SELFKIND_HOME", str(tmp_path / "second"))
    assert found_ids(cli, "river") == []
    ok(cli("import", "-", input=exported))
    assert found_ids(cli, "river") == [RIVER.id]
    assert found_ids(cli, "embarrassed") == [SETBACK.id]


def test_limit_shows_the_newest_and_says_how_many_match(cli) -> None:
    save(
        *(
            make_entry(f"{n:02d}" + "0" * 30, f"2026-01-{n:02d}", answers={"note": f"walk {n}"})
            for n in range(1, 6)
        )
    )
    assert [i[:2] for i in found_ids(cli, "walk", limit=2)] == ["05", "04"]
    result = cli("entries", "search", "--limit", "2", "walk")
    assert result.exit_code == 0, result.output
    assert "Showing the newest 2 of 5" in " ".join(result.stderr.split())
    assert "05000000" in result.stdout and "03000000" not in result.stdout
    everything = cli("entries", "search", "walk")
    assert "Showing" not in everything.stderr
    assert all(f"{n:02d}000000" in everything.stdout for n in range(1, 6))
    assert cli("entries", "search", "--limit", "0", "walk").exit_code == 2


def test_nothing_found_is_said_kindly(cli, notes) -> None:
    result = cli("entries", "search", "zebra")
    assert result.exit_code == 0
    assert "Nothing matches 'zebra'" in result.stderr
    assert result.stdout == ""
    assert ok(cli("entries", "search", "--json", "zebra")).strip() == "[]"


def test_json_results_are_entries_with_a_plain_snippet(cli, notes) -> None:
    found = json.loads(ok(cli("entries", "search", "--json", "river")))
    assert len(found) == 1
    item = found[0]
    snippet = item.pop("snippet")
    assert item == RIVER.to_json()
    assert isinstance(snippet, str)
    assert "river" in snippet
    assert MARKS[0] not in snippet and MARKS[1] not in snippet


def test_snippets_show_the_words_around_a_match_in_a_long_answer(cli) -> None:
    long = (
        " ".join(f"word{n}" for n in range(200))
        + " needle "
        + " ".join(f"more{n}" for n in range(200))
    )
    save(make_entry("a1" + "0" * 30, "2026-01-05", answers={"note": long}))
    snippet = json.loads(ok(cli("entries", "search", "--json", "needle")))[0]["snippet"]
    assert "needle" in snippet
    assert len(snippet) < 300
    assert "…" in snippet


def test_people_see_snippets_literally_without_terminal_codes(cli) -> None:
    save(
        make_entry(
            "a1" + "0" * 30,
            "2026-01-05",
            answers={"note": "[bold]loud[/bold] \x1b[31mred\x1b[0m meadow"},
        )
    )
    result = cli("entries", "search", "meadow")
    out = ok(result)
    assert "[bold]loud[/bold]" in out
    assert "\x1b" not in out
    assert "meadow" in out


def test_migration_indexes_entries_saved_before_search_existed(home: Path, cli) -> None:
    path = database_path()
    home.mkdir(mode=0o700)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for migration in MIGRATIONS[:2]:
        migration(db)
        db.execute(
            "INSERT INTO migrations VALUES (?, datetime('now'))",
            (migration.__name__,),
        )
    db.execute("PRAGMA user_version = 2")
    db.execute("COMMIT")
    old = make_entry(
        "a1" + "0" * 30,
        "2025-06-01",
        "setback-journal",
        answers={"situation": "An old lighthouse story", "emotion": ["wistful"], "level": 3},
    )
    exercise = find_exercise("setback-journal")
    db.execute(
        "INSERT INTO exercise_files VALUES (?, ?, ?)",
        (exercise.hash, exercise.id, exercise.source),
    )
    db.execute(
        "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            old.id,
            old.exercise_id,
            old.exercise_title,
            old.exercise_hash,
            old.started_at,
            old.completed_at,
            old.local_date,
            old.status,
            json.dumps(old.answers),
            json.dumps(old.scores),
        ),
    )
    db.close()

    assert found_ids(cli, "lighthouse") == [old.id]
    assert found_ids(cli, "wistful") == [old.id]
    with open_store() as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        names = [row[0] for row in store.db.execute("SELECT name FROM migrations ORDER BY rowid")]
        assert names == [migration.__name__ for migration in MIGRATIONS]
    # and the index keeps up from then on
    save(make_entry("b2" + "0" * 30, "2025-06-02", answers={"note": "a new lighthouse"}))
    assert found_ids(cli, "lighthouse") == ["b2" + "0" * 30, old.id]


# ---------------------------------------------------------------- summary: windows


def summary_json(cli, *options: str) -> dict:
    return json.loads(ok(cli("summary", "--json", *options)))


def test_an_empty_home_gets_a_kind_summary(cli) -> None:
    result = cli("summary")
    out = " ".join(ok(result).split())
    assert "Nothing here for these 28 days yet, and that is all right." in out
    data = summary_json(cli)
    assert data["days"] == 28
    assert data["entries"] == 0 and data["practised_days"] == 0 and data["minutes"] == 0
    assert list(data["calendar"].values()) == [0] * 28
    assert data["mood"] == {} and data["exercises"] == [] and data["scores"] == []
    assert data["kind_words"] == []


def test_default_window_is_the_last_28_days(cli) -> None:
    today = date.today()
    data = summary_json(cli)
    assert data["until"] == today.isoformat()
    assert data["since"] == (today - timedelta(days=27)).isoformat()
    assert list(data["calendar"]) == [
        (today - timedelta(days=back)).isoformat() for back in range(27, -1, -1)
    ]


@pytest.mark.parametrize(
    ("options", "since", "until"),
    [
        (("--days", "7"), -6, 0),
        (("--days", "1"), 0, 0),
        (("--since", "10d"), -10, 0),
        (("--since", "yesterday"), -1, 0),
        (("--until", "yesterday"), -28, -1),
        (("--since", "40d", "--until", "30d"), -40, -30),
    ],
)
def test_summary_windows(cli, options, since: int, until: int) -> None:
    today = date.today()
    data = summary_json(cli, *options)
    assert data["since"] == (today + timedelta(days=since)).isoformat()
    assert data["until"] == (today + timedelta(days=until)).isoformat()
    assert data["days"] == until - since + 1 == len(data["calendar"])


def test_explicit_dates_choose_the_window_exactly(cli) -> None:
    save(
        make_entry("a1" + "0" * 30, "2025-12-31", answers={"mood": 9}),
        make_entry("b2" + "0" * 30, "2026-01-01", answers={"mood": 5}),
        make_entry("c3" + "0" * 30, "2026-01-31", answers={"mood": 6}),
        make_entry("d4" + "0" * 30, "2026-02-01", answers={"mood": 1}),
    )
    data = summary_json(cli, "--since", "2026-01-01", "--until", "2026-01-31")
    assert data["days"] == 31
    assert data["entries"] == 2
    assert data["mood"] == {"2026-01-01": 5.0, "2026-01-31": 6.0}


@pytest.mark.parametrize(
    "options",
    [
        ("--days", "7", "--since", "2026-01-01"),
        ("--days", "7", "--until", "today"),
        ("--since", "2026-02-01", "--until", "2026-01-01"),
        ("--since", "today", "--until", "yesterday"),
        ("--days", "0"),
        ("--since", "someday"),
    ],
)
def test_summary_usage_errors(cli, options) -> None:
    result = cli("summary", *options)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and UNEXPECTED not in result.output


# ---------------------------------------------------------------- summary: numbers

WEEK = ("--since", "2026-01-01", "--until", "2026-01-07")


def reframe(entry_id: str, day: str, before: int, after: int, reply: str, **kwargs) -> Entry:
    return make_entry(
        entry_id,
        day,
        "kindness-reframe",
        answers={
            "situation": "a hard day",
            "critic_words": "You always mess up",
            "harsh_before": before,
            "critic_protects": "failing",
            "kind_reply": reply,
            "harsh_after": after,
        },
        scores={"harshness_change": after - before},
        **kwargs,
    )


def checkin(entry_id: str, day: str, mood: int, **kwargs) -> Entry:
    return make_entry(entry_id, day, answers={"mood": mood}, scores={"mood_rating": mood}, **kwargs)


@pytest.fixture
def week() -> None:
    save(
        checkin("a1" + "0" * 30, "2025-12-31", 9),  # the day before the window
        checkin("a2" + "0" * 30, "2026-01-01", 4, at="08:00", minutes=2),
        checkin("a3" + "0" * 30, "2026-01-01", 7, at="20:00", minutes=1),
        reframe("b1" + "0" * 30, "2026-01-03", 8, 4, "You did what you could. Rest.", minutes=10),
        checkin("a4" + "0" * 30, "2026-01-04", 1, status=DRAFT),  # unfinished: not practice
        checkin("a5" + "0" * 30, "2026-01-05", 6, minutes=300),  # left open for five hours
        reframe("b2" + "0" * 30, "2026-01-07", 6, 5, "Be gentle!  You are\nlearning.", minutes=6),
        checkin("a6" + "0" * 30, "2026-01-08", 2),  # the day after
    )


def test_summary_json_numbers(cli, week) -> None:
    data = summary_json(cli, *WEEK)
    assert data["since"] == "2026-01-01" and data["until"] == "2026-01-07"
    assert data["days"] == 7
    assert data["practised_days"] == 4
    assert data["entries"] == 5
    assert data["calendar"] == {
        "2026-01-01": 2,
        "2026-01-02": 0,
        "2026-01-03": 1,
        "2026-01-04": 0,
        "2026-01-05": 1,
        "2026-01-06": 0,
        "2026-01-07": 1,
    }
    assert data["mood"] == {"2026-01-01": 5.5, "2026-01-05": 6.0}
    assert data["minutes"] == 19.0
    assert data["exercises"] == [
        {"id": "checkin", "title": "Daily check-in", "times": 3, "minutes": 3.0},
        {"id": "kindness-reframe", "title": "Kindness reframe", "times": 2, "minutes": 16.0},
    ]
    scores = {(item["exercise"], item["score"]): item for item in data["scores"]}
    assert scores[("checkin", "mood_rating")] == {
        "exercise": "checkin",
        "score": "mood_rating",
        "label": "Mood",
        "count": 3,
        "first": 4,
        "last": 6,
        "mean": round(17 / 3, 2),
        "values": [4, 7, 6],
    }
    assert scores[("kindness-reframe", "harshness_change")] == {
        "exercise": "kindness-reframe",
        "score": "harshness_change",
        "label": "Inner critic's harshness",
        "count": 2,
        "first": -4,
        "last": -1,
        "mean": -2.5,
        "values": [-4, -1],
        "before_mean": 7.0,
        "after_mean": 4.5,
    }
    assert data["kind_words"] == ["Be gentle!", "You did what you could."]


def test_summary_view_shows_the_same_week(cli, week) -> None:
    out = " ".join(ok(cli("summary", *WEEK)).split())
    assert "You practised on 4 of 7 days." in out
    assert "About 19 minutes in all." in out
    assert (
        "Inner critic's harshness: 7 → 4.5 on average, eased by 2.5 (Kindness reframe, 2 times)"
        in out
    )
    assert "“Be gentle!”" in out and "“You did what you could.”" in out
    assert "Daily check-in" in out and "Kindness reframe" in out
    # the mood line: every check-in (4, 7, 6), as the score table counts them; no rating
    # came twice, so there is no "usually"
    assert "lowest 4, highest 7; 5.7 on average over 3 check-ins" in out
    assert "usually" not in out


def test_the_calendar_has_weekday_rows(cli, week) -> None:
    lines = ok(cli("summary", *WEEK)).splitlines()
    for weekday in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"):
        assert sum(weekday in line for line in lines) == 1, weekday
    thursday = next(line for line in lines if "Thu" in line)  # 2026-01-01, two entries
    assert "▒▒" in thursday


def test_drafts_are_never_counted_as_practice(cli) -> None:
    today = date.today().isoformat()
    save(checkin("a1" + "0" * 30, today, 3, status=DRAFT))
    data = summary_json(cli)
    assert data["entries"] == 0 and data["practised_days"] == 0
    assert data["exercises"] == [] and data["mood"] == {} and data["scores"] == []
    assert "Nothing here for these 28 days yet" in " ".join(ok(cli("summary")).split())


def test_reframes_run_today_give_score_trends_and_kind_words(cli) -> None:
    runs = [
        (8, 4, "You were tired. That is allowed."),
        (7, 5, "Mistakes are how people learn. Keep going."),
        (9, 3, "You showed up anyway!  That counts."),
        (6, 4, "It was one bad morning. Not a bad life."),
    ]
    for before, after, reply in runs:
        result = cli(
            "run",
            "kindness-reframe",
            "--set",
            "situation=Late again",
            "--set",
            "critic_words=You are hopeless",
            "--set",
            f"harsh_before={before}",
            "--set",
            "critic_protects=being let down",
            "--set",
            f"kind_reply={reply}",
            "--set",
            f"harsh_after={after}",
        )
        assert result.exit_code == 0, result.output
    data = summary_json(cli, "--days", "7")
    assert data["practised_days"] == 1 and data["entries"] == 4
    assert data["exercises"][0]["id"] == "kindness-reframe"
    assert data["exercises"][0]["times"] == 4
    (trend,) = data["scores"]
    assert trend["values"] == [-4, -2, -6, -2]
    assert trend["first"] == -4 and trend["last"] == -2 and trend["mean"] == -3.5
    assert trend["before_mean"] == 7.5 and trend["after_mean"] == 4.0
    assert data["kind_words"] == [
        "It was one bad morning.",
        "You showed up anyway!",
        "Mistakes are how people learn.",
    ]
    out = " ".join(ok(cli("summary", "--days", "7")).split())
    assert (
        "Inner critic's harshness: 7.5 → 4 on average, eased by 3.5 (Kindness reframe, 4 times)"
        in out
    )


def test_kind_words_are_distinct_and_from_each_exercises_kind_step(cli) -> None:
    save(
        reframe("b1" + "0" * 30, "2026-01-01", 5, 3, "Same words. Again."),
        reframe("b2" + "0" * 30, "2026-01-02", 5, 3, "Same words. Once more."),
        make_entry(
            "c1" + "0" * 30,
            "2026-01-03",
            "self-compassion-break",
            answers={"stressor": "exam", "kind_wish": "May I be patient with myself"},
        ),
        make_entry(
            "c2" + "0" * 30,
            "2026-01-04",
            "setback-journal",
            answers={"situation": "no kind step answered"},
        ),
    )
    data = summary_json(cli, "--since", "2026-01-01", "--until", "2026-01-07")
    assert data["kind_words"] == ["May I be patient with myself", "Same words."]


def test_kind_words_are_shown_literally(cli) -> None:
    save(reframe("b1" + "0" * 30, "2026-01-01", 5, 3, "[bold]You[/bold] \x1b[31mmatter. Yes."))
    out = ok(cli("summary", "--since", "2026-01-01", "--until", "2026-01-02"))
    assert "[bold]You[/bold]" in out
    assert "\x1b" not in out


def test_a_long_history_summarises_in_one_window(cli) -> None:
    start = date(2025, 1, 1)
    save(
        *(
            checkin(f"{n:04d}" + "0" * 28, (start + timedelta(days=n)).isoformat(), n % 11)
            for n in range(0, 365, 2)
        )
    )
    data = summary_json(cli, "--since", "2025-01-01", "--until", "2025-12-31")
    assert data["days"] == 365
    assert data["practised_days"] == data["entries"] == 183
    out = ok(cli("summary", "--since", "2025-01-01", "--until", "2025-12-31"))
    assert "You practised on 183 of 365 days." in " ".join(out.split())


# ---------------------------------------------------------------- units


def test_sparkline() -> None:
    assert sparkline([]) == ""
    assert sparkline([None, None]) == "··"
    assert sparkline([0, 10]) == "▁█"
    assert sparkline([1, 2, 3, 4, 5, 6, 7, 8]) == "▁▂▃▄▅▆▇█"
    assert sparkline([5, 5, 5]) == "▅▅▅"  # no change: the middle
    assert sparkline([3, None, 7]) == "▁·█"
    assert sparkline([5], 0, 10) == "▅"
    assert sparkline([0, 10, 20], 0, 10) == "▁██"  # outside the range: held at the ends
    assert sparkline([-5, 0], 0, 10) == "▁▁"
    assert sparkline([-4.5, -1.25, -3]) == "▁█▄"


def test_first_sentence() -> None:
    assert first_sentence("You did your best. Rest now.") == "You did your best."
    assert first_sentence("Be gentle!  You are learning.") == "Be gentle!"
    assert first_sentence("Is that fair? Maybe not.") == "Is that fair?"
    assert first_sentence("  one\nline   only  ") == "one line only"
    assert first_sentence("No full stop at the end") == "No full stop at the end"
    assert first_sentence("Ends here.") == "Ends here."
    long = "word " * 60
    shortened = first_sentence(long)
    assert len(shortened) <= 160 and shortened.endswith("…")
    assert first_sentence("x" * 100 + ". And more", limit=50).endswith("…")


def test_first_sentence_ends_at_the_first_end_of_any_kind() -> None:
    assert first_sentence("You did it! Rest now. Really.") == "You did it!"
    assert first_sentence("Why so hard? It was one day. Let it go.") == "Why so hard?"


def test_minutes_spent() -> None:
    started = "2026-01-01T08:00:00.000Z"

    def spent(completed: str | None) -> float:
        entry = make_entry("a1" + "0" * 30, "2026-01-01")
        from dataclasses import replace

        return minutes_spent(replace(entry, started_at=started, completed_at=completed))

    assert spent("2026-01-01T08:05:30.000Z") == 5.5
    assert spent("2026-01-01T08:00:00.000Z") == 0.0
    assert spent("2026-01-01T11:00:00.000Z") == 180.0  # three hours still counts
    assert spent("2026-01-01T11:00:01.000Z") == 0.0  # longer: it was left open
    assert spent("2026-01-01T20:00:00.000Z") == 0.0
    assert spent("2026-01-01T07:59:00.000Z") == 0.0  # a clock that went backwards
    assert spent(None) == 0.0  # a draft
    # times written with an offset instead of Z
    assert spent("2026-01-01T09:10:00+01:00") == 10.0


def test_one_day_of_mood_is_said_plainly() -> None:
    from selfkind.core.summaries import mood_words, spread

    assert mood_words(spread([6.0])) == "6, from the one check-in"
    assert mood_words(spread([4.0, 6.0])) == "lowest 4, highest 6; 5 on average over 2 check-ins"
    assert (
        mood_words(spread([6.0, 4.0, 6.0]))
        == "usually 6; lowest 4, highest 6; 5.3 on average over 3 check-ins"
    )
