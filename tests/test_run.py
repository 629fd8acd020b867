"""`selfkind run` and `checkin` without a terminal: answers up front, exit codes, what is saved."""

from __future__ import annotations

import json
import stat
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from selfkind import messages

EXERCISE = """\
selfkind: 1
id: tiny
title: Tiny exercise
steps:
  - type: scale
    id: before
    prompt: How heavy does it feel?
  - type: choice
    id: feeling
    prompt: Which feeling is closest?
    options: [sad, tense, tired]
  - type: text
    id: why
    prompt: What makes it {{ feeling }}?
    when: {answer: feeling, equals: sad}
  - type: choices
    id: needs
    prompt: What would help?
    options: [rest, a walk, a friend]
  - type: confirm
    id: gentle
    prompt: Will you go gently?
    default: true
  - type: scale
    id: after
    prompt: And now?
    required: false
scores:
  - id: change
    label: Change
    method: change
    before: before
    after: after
summary: "{{ feeling }}: {{ why }}"
"""


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.yaml"
    path.write_text(EXERCISE)
    return path


def test_checkin_saves_an_entry_from_set(cli, home: Path) -> None:
    result = cli("run", "checkin", "--set", "mood=6", "--set", "note=slow start", "--json")
    assert result.exit_code == 0, result.output
    entry = json.loads(result.stdout)
    assert entry["exercise"]["id"] == "checkin"
    assert entry["answers"] == {"mood": 6, "note": "slow start"}
    assert entry["scores"] == {"mood_rating": 6}
    assert entry["status"] == "complete"
    started = datetime.fromisoformat(entry["started_at"].replace("Z", "+00:00"))
    assert entry["local_date"] == started.astimezone().date().isoformat()
    assert entry["completed_at"] >= entry["started_at"]
    shown = json.loads(cli("entries", "show", entry["id"], "--json").stdout)
    assert shown == entry


def test_checkin_command_is_run_checkin(cli) -> None:
    result = cli("checkin", "--set", "mood=3", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["exercise"]["id"] == "checkin"


def test_data_folder_and_database_are_private(cli, home: Path) -> None:
    assert cli("checkin", "--set", "mood=5").exit_code == 0
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    for path in home.iterdir():
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_view_shows_summary_and_scores(cli, tiny: Path) -> None:
    result = cli(
        "run",
        str(tiny),
        "--set",
        "before=7",
        "--set",
        "feeling=sad",
        "--set",
        "why=the rain",
        "--set",
        "needs=rest,a walk",
        "--set",
        "after=4",
    )
    assert result.exit_code == 0, result.output
    assert "Tiny exercise" in result.stdout
    assert "sad: the rain" in result.stdout
    assert "7 → 4" in result.stdout and "-3" in result.stdout
    assert messages.CLOSING_PRACTISED in " ".join(result.stdout.split())  # not a built-in


def test_answers_file_and_set_together_set_wins(cli, tiny: Path, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("before: 2\nfeeling: Tense\nneeds: [a friend]\ngentle: no\nafter: 9\n")
    result = cli("run", str(tiny), "--answers", str(answers), "--set", "after=5", "--json")
    assert result.exit_code == 0, result.output
    entry = json.loads(result.stdout)
    assert entry["answers"] == {
        "before": 2,
        "feeling": "tense",
        "needs": ["a friend"],
        "gentle": False,
        "after": 5,
    }
    assert entry["scores"] == {"change": 3}


def test_answers_from_standard_input_as_json(cli, tiny: Path) -> None:
    payload = json.dumps({"before": 1, "feeling": "tired", "needs": ["rest"]})
    result = cli("run", str(tiny), "--answers", "-", "--json", input=payload)
    assert result.exit_code == 0, result.output
    entry = json.loads(result.stdout)
    # confirm takes its default when nobody is asked; an optional scale stays absent
    assert entry["answers"] == {"before": 1, "feeling": "tired", "needs": ["rest"], "gentle": True}
    assert entry["scores"] == {}


def test_an_entrys_json_can_be_given_back_as_answers(cli, tiny: Path, tmp_path: Path) -> None:
    first = cli("run", str(tiny), "--set", "before=3", "--set", "feeling=tired", "--json")
    saved = tmp_path / "entry.json"
    saved.write_text(first.stdout)
    again = cli("run", str(tiny), "--answers", str(saved), "--json")
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["answers"] == json.loads(first.stdout)["answers"]


def test_missing_required_answers_exit_2_and_list_every_one(cli, tiny: Path, home: Path) -> None:
    result = cli("run", str(tiny), "--set", "feeling=sad")
    assert result.exit_code == 2
    assert "before: a whole number from 0 to 10" in result.stderr
    assert "why: some text" in result.stderr
    assert "Traceback" not in result.output
    assert json.loads(cli("entries", "list", "--json").stdout) == []


def test_answers_that_do_not_fit_are_all_named_and_nothing_is_saved(cli, tiny: Path) -> None:
    result = cli(
        "run",
        str(tiny),
        "--set",
        "before=eleven",
        "--set",
        "feeling=angry",
        "--set",
        "needs=rest,sleep",
        "--set",
        "gentle=maybe",
        "--set",
        "colour=blue",
    )
    assert result.exit_code == 2
    for fragment in (
        "before: expects a whole number from 0 to 10, not 'eleven'",
        "feeling: expects one of: sad, tense, tired",
        "needs: expects any of",
        "gentle: expects yes or no",
        "colour: there is no step with this id",
    ):
        assert fragment in result.stderr
    assert json.loads(cli("entries", "list", "--json").stdout) == []


def test_answer_for_a_skipped_step_is_ignored_with_a_notice(cli, tiny: Path) -> None:
    result = cli(
        "run",
        str(tiny),
        "--set",
        "before=5",
        "--set",
        "feeling=tense",
        "--set",
        "why=noise",
        "--json",
    )
    assert result.exit_code == 0, result.output
    assert "why" not in json.loads(result.stdout)["answers"]
    assert "The answer for 'why' was not used" in result.stderr


def test_bad_set_syntax_is_a_usage_error(cli) -> None:
    result = cli("checkin", "--set", "mood")
    assert result.exit_code == 2
    assert "--set takes ID=VALUE" in result.stderr


def test_broken_answers_file_reports_line_and_column(cli, tiny: Path, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("before: 3\nfeeling: [sad\n")
    result = cli("run", str(tiny), "--answers", str(answers))
    assert result.exit_code == 2
    assert f"{answers}:3:1: YAML syntax" in result.stderr


def test_unknown_exercise_suggests_a_close_one(cli) -> None:
    result = cli("run", "chekin", "--set", "mood=1")
    assert result.exit_code == 1
    assert "Did you mean 'checkin'?" in result.stderr


def test_missing_exercise_file(cli, tmp_path: Path) -> None:
    result = cli("run", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 1
    assert "There is no file at" in result.stderr


def test_invalid_exercise_file_lists_its_mistakes(cli, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("selfkind: 1\nid: Bad Id\ntitle: x\nsteps: []\n")
    result = cli("run", str(path))
    assert result.exit_code == 1
    assert f"{path}:2:5:" in result.stderr
    assert f"{path}:4:8: 'steps' needs at least one item" in result.stderr


def test_markup_and_escapes_in_answers_are_shown_literally(cli, tiny: Path) -> None:
    result = cli(
        "run",
        str(tiny),
        "--set",
        "before=1",
        "--set",
        "feeling=sad",
        "--set",
        "why=[bold red]loud[/] \x1b[31mred\x1b]0;title\x07",
    )
    assert result.exit_code == 0, result.output
    assert "[bold red]loud[/]" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


COUNTED = """selfkind: 1
id: counted
title: Counted
steps:
  - {type: scale, id: mood, prompt: "Mood?", min: 0, max: 10}
  - {type: say, text: low, when: {answer: mood, at_most: 3}}
  - {type: confirm, id: talk, prompt: "Talk?", when: {answer: mood, at_most: 3}}
  - {type: say, text: high, when: {answer: mood, at_least: 4}}
  - {type: text, id: note, prompt: "Note?", required: false}
  - {type: say, text: later, when: {answer: talk, equals: true}}
"""


class Counting:
    """A prompter that answers from a dict and notes each step's counter."""

    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = answers
        self.seen: list[tuple[str, int, bool]] = []

    def show(self, step: Any, answers: Any, position: Any) -> None:
        self.seen.append((position.label, position.total, position.final))

    def ask(self, step: Any, answers: Any, position: Any, previous: Any) -> Any:
        self.seen.append((position.label, position.total, position.final))
        return self.answers.get(step.id)


@pytest.mark.parametrize(
    ("answers", "counters"),
    [
        (  # a low mood shows three steps more: numbered after the step they follow
            {"mood": 2, "talk": True, "note": "x"},
            [("1", 2, False), ("1a", 2, False), ("1b", 2, False), ("2", 2, False), ("2a", 2, True)],
        ),
        (
            {"mood": 8, "note": "x"},
            [("1", 2, False), ("1a", 2, False), ("2", 2, True)],
        ),
    ],
)
def test_the_step_total_counts_only_steps_that_always_show(
    answers: dict[str, Any], counters: list[tuple[str, int, bool]]
) -> None:
    from selfkind.core.runner import run
    from selfkind.formats.validate import parse_exercise

    exercise = parse_exercise(COUNTED, label="counted", origin="test")
    prompter = Counting(answers)
    run(exercise, {}, prompter)
    assert prompter.seen == counters  # the total never changes, whatever the answers


def test_a_draft_resumed_at_its_question_offers_the_words_and_keeps_them() -> None:
    from selfkind.core.runner import Interrupted, run
    from selfkind.formats.validate import parse_exercise

    exercise = parse_exercise(COUNTED, label="counted", origin="test")
    offered: list[tuple[str, Any]] = []

    class Stopping(Counting):
        def ask(self, step: Any, answers: Any, position: Any, previous: Any) -> Any:
            offered.append((step.id, previous))
            raise KeyboardInterrupt  # paused again, the box untouched

    draft = {"mood": 8, "note": "half a thou"}
    with pytest.raises(Interrupted) as stopped:
        run(exercise, {}, Stopping({}), resume=draft, resume_at="note")
    assert offered == [("note", "half a thou")]  # asked again, its words in the box
    assert stopped.value.answers == draft and stopped.value.at == "note"  # and never lost
    # Without the mark (an older draft), the words stand as the note's answer, as before.
    assert run(exercise, {}, Counting({}), resume=draft).answers == draft


def test_a_draft_picked_up_lands_on_its_question_without_the_words_before_it() -> None:
    from selfkind.core.runner import run
    from selfkind.formats.validate import parse_exercise

    exercise = parse_exercise(COUNTED, label="counted", origin="test")
    prompter = Counting({"note": "done"})
    run(exercise, {}, prompter, resume={"mood": 8}, resume_at="note")
    # "high" (shown after a mood of 8) was read before the pause: only the note is asked
    assert prompter.seen == [("2", 2, True)]
    fresh = Counting({"mood": 8, "note": "done"})
    run(exercise, {}, fresh)
    assert fresh.seen == [("1", 2, False), ("1a", 2, False), ("2", 2, True)]


PASSED_OVER = """
selfkind: 1
id: passed-over
title: Passed over
steps:
  - {type: text, id: first, prompt: "First?"}
  - {type: text, id: optional, prompt: "Optional?", required: false}
  - {type: say, text: reading}
  - {type: text, id: last, prompt: "Last?"}
"""


def test_a_draft_stopped_while_reading_picks_up_at_those_words_not_at_a_question_left_empty():
    """From a trial: stopped while reading, a draft went back to an optional question the
    person had passed over. It picks up at the words being read, and nothing is asked twice."""
    from selfkind.core.runner import Interrupted, run
    from selfkind.formats.validate import parse_exercise

    exercise = parse_exercise(PASSED_OVER, label="passed-over", origin="test")

    class StopReading(Counting):
        def show(self, step: Any, answers: Any, position: Any) -> None:
            raise KeyboardInterrupt

    with pytest.raises(Interrupted) as stopped:
        run(exercise, {}, StopReading({"first": "one"}))
    assert stopped.value.answers == {"first": "one"} and stopped.value.at == "#2"
    picked_up = Counting({"last": "done"})
    result = run(exercise, {}, picked_up, resume={"first": "one"}, resume_at="#2")
    assert picked_up.seen == [("3", 4, False), ("4", 4, True)]  # the words, then the last
    assert result.answers == {"first": "one", "last": "done"}
    # A mark that no longer fits the file (it changed) is passed over: asked from the gap.
    again = Counting({"optional": "", "last": "done"})
    run(exercise, {}, again, resume={"first": "one"}, resume_at="#1")
    assert again.seen[0] == ("2", 4, False)
