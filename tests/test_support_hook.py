"""Support when it is called for: an exercise's `support:` conditions, every text answer, the
words that close a run, and the safety plan, which names hard times on purpose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import make_entry, save, write
from selfkind import messages
from selfkind.core.closing import closing_words
from selfkind.formats.exercise import json_schema
from selfkind.formats.validate import check_exercise_text, parse_exercise
from selfkind.services.catalog import find_exercise

MEASURE = """
    selfkind: 1
    id: low-mood-measure
    title: A short measure
    steps:
      - type: scale
        id: low
        prompt: How often have you felt low?
        min: 0
        max: 3
      - type: scale
        id: harm_thoughts
        prompt: How often have you had thoughts of harming yourself?
        min: 0
        max: 3
      - type: text
        id: note
        prompt: Anything else?
        required: false
    support:
      - {answer: harm_thoughts, at_least: 1}
"""


@pytest.fixture
def measure(tmp_path: Path) -> Path:
    return write(tmp_path / "measure.yaml", MEASURE)


def flat(text: str) -> str:
    """Printed words on one line, as a message reads with its `commands` set in bold."""
    return " ".join(text.split())


def said(text: str) -> str:
    return text.replace("`", "")


def test_a_matching_answer_shows_the_lines_on_stderr_and_json_stays_json(cli, measure) -> None:
    result = cli("run", str(measure), "--set", "low=2", "--set", "harm_thoughts=1", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["answers"]["harm_thoughts"] == 1
    assert messages.CRISIS_TITLE in result.stderr and "findahelpline.com" in result.stderr


def test_an_answer_that_does_not_match_shows_no_lines(cli, measure) -> None:
    result = cli("run", str(measure), "--set", "low=2", "--set", "harm_thoughts=0", "--json")
    assert result.exit_code == 0
    json.loads(result.stdout)
    assert messages.CRISIS_TITLE not in result.output


def test_an_answers_file_is_checked_the_same_way(cli, measure, tmp_path: Path) -> None:
    answers = write(tmp_path / "answers.yaml", "low: 0\nharm_thoughts: 3\n")
    result = cli("run", str(measure), "--answers", str(answers))
    assert result.exit_code == 0
    assert messages.CRISIS_TITLE in result.stderr
    assert messages.CLOSING_AFTER_SUPPORT in flat(result.stdout)


def test_words_in_any_text_answer_also_call_for_support(cli, measure) -> None:
    result = cli("run", str(measure), "--set", "low=0", "--set", "harm_thoughts=0",
                 "--set", "note=I just want it all to stop")  # fmt: skip
    assert messages.CRISIS_TITLE in result.stderr


@pytest.mark.parametrize(
    ("support", "mistake"),
    [
        ("{answer: harm_thougths, at_least: 1}", "did you mean 'harm_thoughts'?"),
        ("{answer: note, at_least: 1}", "'note' is a text step"),
        ("{answer: harm_thoughts, at_least: 9}", "can never be true"),
        ("{answer: harm_thoughts}", "a condition needs one test"),
    ],
)
def test_support_conditions_are_checked_like_when(support: str, mistake: str) -> None:
    text = MEASURE.replace("{answer: harm_thoughts, at_least: 1}", support)
    problems, _ = check_exercise_text(write_text(text))
    assert any(mistake in problem.message for problem in problems), problems


def write_text(text: str) -> str:
    import textwrap

    return textwrap.dedent(text).lstrip("\n")


def test_support_may_name_a_step_that_comes_later_in_the_file() -> None:
    text = write_text(MEASURE).replace(
        "support:\n  - {answer: harm_thoughts",
        "support:\n  - {answer: note, answered: true}\n  - {answer: harm_thoughts",
    )
    exercise = parse_exercise(text, label="m.yaml", origin="test")
    assert len(exercise.support) == 2


def test_the_json_schema_documents_support() -> None:
    schema = json_schema()
    assert schema["properties"]["support"]["items"] == {"$ref": "#/$defs/condition"}


def test_the_starter_file_mentions_support(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli("exercise", "new", "my-measure").exit_code == 0
    assert "support:" in (tmp_path / "my-measure.yaml").read_text(encoding="utf-8")


# ------------------------------------------------------------------ the safety plan


def test_a_safety_plan_brings_no_crisis_panel_and_closes_with_where_it_is(cli) -> None:
    result = cli("run", "safety-plan", "--set", "warning_signs=I keep thinking I want to die")
    assert result.exit_code == 0
    assert messages.CRISIS_TITLE not in result.output
    assert said(messages.CLOSING_SAFETY_PLAN) in flat(result.stdout)


def test_every_part_of_the_safety_plan_may_be_left_empty(cli) -> None:
    assert cli("run", "safety-plan").exit_code == 0


# ------------------------------------------------------------------ closing words


BACKDRAFT = messages.CLOSING_BACKDRAFT.format(
    label="Inner critic's harshness", before="4", after="7"
)


@pytest.mark.parametrize(
    ("before", "after", "closing"),
    [
        (4, 7, BACKDRAFT),  # a rise, named, met with the note on backdraft
        (4, 9, f"{BACKDRAFT.replace('7', '9')} {messages.CLOSING_BACKDRAFT_HIGH}"),  # and help-now
        (7, 4, messages.CLOSING_EASED),
        (5, 5, messages.CLOSING_PRACTISED),
    ],
)
def test_closing_words_follow_what_the_ratings_did(before: int, after: int, closing: str) -> None:
    ratings = {"harsh_before": before, "harsh_after": after}
    entry = make_entry("r1", "2026-12-01", "kindness-reframe", answers=ratings)
    exercise = find_exercise("kindness-reframe")
    assert closing_words(exercise, entry, supported=False) == closing


def test_after_support_no_cheerful_line_whatever_the_ratings() -> None:
    ratings = {"harsh_before": 7, "harsh_after": 4}
    entry = make_entry("r1", "2026-12-01", "kindness-reframe", answers=ratings)
    exercise = find_exercise("kindness-reframe")
    assert closing_words(exercise, entry, supported=True) == messages.CLOSING_AFTER_SUPPORT


@pytest.mark.parametrize("mood", [1, 8])
def test_a_checkin_closes_with_its_own_last_words(mood: int) -> None:
    entry = make_entry("c1", "2026-12-01", answers={"mood": mood})
    assert closing_words(find_exercise("checkin"), entry, supported=False) is None


def test_a_low_checkin_at_the_command_line_gets_no_cheerful_line(cli) -> None:
    result = cli("checkin", "--set", "mood=2", "--set", "note=a heavy day")
    assert result.exit_code == 0
    assert "Thank you" not in result.stdout


# ------------------------------------------------------------------ a run that cannot finish


@pytest.mark.parametrize(
    "more",
    [
        [],  # the other answers are missing, and there is no terminal to ask
        ["--set", "harsh_before=42"],  # an answer that does not fit
    ],
)
def test_words_given_up_front_meet_support_even_when_the_run_cannot_finish(cli, more) -> None:
    result = cli("run", "kindness-reframe", "--set", "critic_words=I want to die", *more)
    assert result.exit_code == 2
    assert messages.CRISIS_TITLE in result.stderr


def test_a_wrong_passphrase_does_not_keep_support_from_words_given_up_front(cli) -> None:
    from typer.testing import CliRunner

    from selfkind.cli.app import app

    right = {"SELFKIND_PASSPHRASE": "correct horse battery"}
    assert CliRunner().invoke(app, ["encrypt"], env=right).exit_code == 0
    result = CliRunner().invoke(
        app,
        ["checkin", "--set", "mood=2", "--set", "note=I want to die"],
        env={"SELFKIND_PASSPHRASE": "not the one at all"},
    )
    assert result.exit_code == 1
    assert messages.CRISIS_TITLE in result.stderr


def test_without_a_terminal_the_panel_leaves_the_safety_plan_out_of_logs(cli) -> None:
    save(make_entry("p1", "2026-11-20", "safety-plan", answers={"people_to_ask": "Ana 555 0123"}))
    result = cli("checkin", "--set", "mood=2", "--set", "note=I want to die")
    assert messages.CRISIS_TITLE in result.stderr and "555 0123" not in result.stderr


def test_a_therapist_s_rating_that_rises_is_not_called_backdraft(tmp_path) -> None:
    """The format does not say whether a higher rating is harder: calm rising is good news."""
    calm = write(tmp_path / "calm.yaml", """
        selfkind: 1
        id: calm-check
        title: Calm
        steps:
          - {type: scale, id: calm_before, prompt: How calm}
          - {type: scale, id: calm_after, prompt: And now}
        scores:
          - {id: calm_change, label: Calm, method: change, before: calm_before, after: calm_after}
    """)  # fmt: skip
    exercise = parse_exercise(calm.read_text(encoding="utf-8"), label="calm.yaml", origin="yours")
    ratings = {"calm_before": 3, "calm_after": 9}
    entry = make_entry("m1", "2026-12-01", exercise, answers=ratings, scores={"calm_change": 6})
    assert closing_words(exercise, entry, supported=False) == messages.CLOSING_PRACTISED
