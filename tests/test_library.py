"""The built-in practices: each new one runs from an answers file, its distress branches
are met, and its scores are worked out as its file says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from selfkind.core.exercise import TextStep
from selfkind.services.catalog import find_exercise


def run(cli, tmp_path: Path, exercise: str, answers: dict):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    result = cli("run", exercise, "--answers", str(path), "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


class Shown:
    """A prompter that answers nothing more and keeps the words each say step shows."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def show(self, step, answers, position) -> None:  # type: ignore[no-untyped-def]
        self.said.append(" ".join(getattr(step, "text", "").split()))

    def ask(self, step, answers, position, previous):  # type: ignore[no-untyped-def]
        return None  # an optional step left empty


def said_in(exercise: str, given: dict) -> list[str]:
    from selfkind.core.runner import run as walk

    shown = Shown()
    walk(find_exercise(exercise), given, shown)
    return shown.said


def test_senses_grounding_runs_and_meets_a_hard_moment(cli, tmp_path) -> None:
    entry, _ = run(cli, tmp_path, "senses-grounding", {"on_edge_before": 9, "on_edge_after": 8})
    assert entry["scores"] == {"on_edge_change": -1}
    hard = said_in("senses-grounding", {"on_edge_before": "9", "on_edge_after": "8"})
    assert sum("selfkind help-now" in text for text in hard) == 2  # at the start and the end
    calm = said_in("senses-grounding", {"on_edge_before": "3", "on_edge_after": "1"})
    assert not any("help-now" in text for text in calm)


def test_grounding_offers_the_senses_for_those_whom_breath_unsettles() -> None:
    first = find_exercise("grounding").steps[0]
    assert "selfkind run senses-grounding" in " ".join(first.text.split())  # type: ignore[union-attr]


def test_the_setback_journal_rates_belief_in_the_thought_before_and_after(cli, tmp_path) -> None:
    answers = {
        "situation": "I was late",
        "emotion": ["ashamed"],
        "feeling_before": 7,
        "auto_thought": "I always let people down",
        "belief_before": 80,
        "evidence_for": "I was late",
        "evidence_against": "I told them",
        "friend_view": "It happens",
        "balanced_thought": "I was late once",
        "belief_after": 35,
        "feeling_after": 4,
    }
    entry, _ = run(cli, tmp_path, "setback-journal", answers)
    assert entry["scores"] == {"feeling_change": -3, "belief_change": -45}
    del answers["belief_before"], answers["belief_after"]  # optional: skipped, no score
    entry, _ = run(cli, tmp_path, "setback-journal", answers)
    assert entry["scores"] == {"feeling_change": -3}


def test_the_list_groups_exercises_by_what_they_are_for(cli) -> None:
    shown = cli("exercise", "list").stdout
    lines = [line.split()[0] for line in shown.splitlines() if line.strip()]
    daily, hard, practice = (
        lines.index("Every"),
        lines.index("For"),
        lines.index("Practice"),
    )
    assert daily < lines.index("checkin") < hard
    assert hard < lines.index("senses-grounding") < practice < lines.index("kindness-reframe")


def test_the_list_filters_by_tag_and_says_when_none_has_it(cli) -> None:
    shown = cli("exercise", "list", "--tag", "Hard-Moments").stdout
    assert "senses-grounding" in shown and "kindness-reframe" not in shown
    none = cli("exercise", "list", "--tag", "nope")
    assert none.exit_code == 0 and none.stdout == ""
    assert "No exercise has the tag 'nope'. Tags in use: " in none.stderr
    ids = [e["id"] for e in json.loads(cli("exercise", "list", "--tag", "daily", "--json").stdout)]
    assert ids == ["checkin"]


NEW_PRACTICES = {
    # exercise: (its before rating, its after rating, one answer of words)
    "self-compassion-journal": ("stirred_before", "stirred_after", "moment"),
    "soften-soothe-allow": ("felt_before", "felt_after", "trouble"),
    "rain-pause": ("intensity_before", "intensity_after", "recognise"),
    "compassionate-self-imagery": ("heavy_before", "heavy_after", "concern"),
    "chair-dialogue": ("harsh_before", "harsh_after", "topic"),
    "values-action": ("held_before", "held_after", "action"),
    "savouring": ("weighed_before", "weighed_after", "moment"),
}


@pytest.mark.parametrize("exercise", sorted(NEW_PRACTICES))
def test_a_new_practice_runs_scores_its_change_and_meets_a_hard_moment(cli, tmp_path, exercise):
    before, after, words = NEW_PRACTICES[exercise]
    found = find_exercise(exercise)
    answers = {s.id: "a few words" for s in found.answer_steps() if isinstance(s, TextStep)}
    answers.update({before: 6, after: 4})
    answers.update({s.id: False for s in found.answer_steps() if s.id == "echoes"})
    entry, _ = run(cli, tmp_path, exercise, answers)
    [score] = entry["scores"].values()
    assert score == -2 and entry["answers"][words] == "a few words"
    given = {key: str(value) for key, value in answers.items()}
    hard = said_in(exercise, {**given, before: "9"})
    assert any("selfkind help-now" in text for text in hard)  # the distress branch
    still = said_in(exercise, {**given, after: "9"})
    assert any("selfkind help-now" in text for text in still)  # and after, if still hard
    assert not any("help-now" in text for text in said_in(exercise, given))
    assert found.credit and found.minutes  # credited and timed


LEARN = sorted(
    path.stem for path in Path(__file__).parents[1].joinpath("exercises").glob("learn-*.yaml")
)


@pytest.mark.parametrize("piece", LEARN)
def test_a_learn_piece_is_a_short_read_in_the_learn_group(cli, tmp_path, piece: str) -> None:
    from selfkind.core.exercise import SayStep
    from selfkind.core.purposes import purpose

    found = find_exercise(piece)
    assert all(isinstance(step, SayStep) for step in found.steps)  # nothing to answer
    assert 1 <= (found.minutes or 0) <= 2 and found.credit
    assert purpose(found.tags) == "Learn"
    entry, _ = run(cli, tmp_path, piece, {})
    assert entry["answers"] == {}


def test_there_are_the_four_learn_pieces_the_library_promises() -> None:
    assert len(LEARN) == 4


def test_three_systems_looks_at_the_week_and_meets_a_week_on_alert(cli, tmp_path) -> None:
    answers = {
        "threat": 6,
        "drive": 7,
        "soothing": 2,
        "one_thing": "a walk",
        "soothed_by": "my cat",
    }
    entry, _ = run(cli, tmp_path, "three-systems", answers)
    assert entry["answers"]["soothing"] == 2 and entry["scores"] == {}
    given = {key: str(value) for key, value in answers.items()}
    assert any("help-now" in text for text in said_in("three-systems", {**given, "threat": "9"}))
    assert not any("help-now" in text for text in said_in("three-systems", given))


def test_kind_phrases_are_said_back_and_rated_for_fit(cli, tmp_path) -> None:
    answers = {"needs": "rest", "phrases": "May I rest\nMay I be patient", "fit": 7}
    entry, _ = run(cli, tmp_path, "loving-kindness-phrases", answers)
    assert entry["scores"] == {"fit_rating": 7}
    shown = said_in("loving-kindness-phrases", {k: str(v) for k, v in answers.items()})
    assert any("{{ phrases }}" in text for text in shown)  # the pause says them back
    assert any("selfkind run learn-backdraft" in text for text in shown)


def test_the_chair_dialogue_lets_a_critic_that_echoes_someone_who_hurt_you_be_left_out(
    cli, tmp_path
) -> None:
    words = {"topic": "work", "to_critic": "enough", "to_criticised": "ok"}
    answers = {**words, "harsh_before": 6, "harsh_after": 5, "echoes": True}
    answers["critic_turn"] = "leave the critic's chair empty"
    entry, _ = run(cli, tmp_path, "chair-dialogue", {**answers, "criticised_alone": "tired"})
    assert "critic" not in entry["answers"] and entry["scores"] == {"harshness_change": -1}
    assert "criticised" not in entry["answers"]  # nothing asked about the critic's words
    given = {key: str(value) for key, value in answers.items()}
    shown = said_in("chair-dialogue", {**given, "echoes": "yes"})
    assert any("not the truth about you" in text and "help-now" in text for text in shown)
    unasked = said_in("chair-dialogue", {**given, "echoes": "no"})
    assert not any("not the truth about you" in text for text in unasked)


def test_savouring_points_a_hard_day_to_the_self_compassion_break() -> None:
    first = " ".join(find_exercise("savouring").steps[0].text.split())  # type: ignore[union-attr]
    assert "selfkind run self-compassion-break" in first


def test_the_readme_gives_each_built_in_the_minutes_its_file_does() -> None:
    import re

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    said = readme[readme.index("The built-in exercises:") :].split("\n\n")[0]
    listed = {name: int(minutes) for name, minutes in re.findall(r"`([a-z-]+)`\s+\((\d+)", said)}
    assert len(listed) >= 17
    assert {name: find_exercise(name).minutes for name in listed} == listed
