"""selfkind in each of its languages, at a real terminal: a check-in and the self-compassion
break typed through as a person would (yes on the language's own key), then the summary and
help-now with the language's region set. The language is chosen a different way each time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len

from selfkind import messages
from selfkind.core.exercise import (
    AnswerStep,
    ChoicesStep,
    ChoiceStep,
    ConfirmStep,
    Exercise,
    PauseStep,
    SayStep,
    ScaleStep,
)
from selfkind.messages.language import use_language
from selfkind.services.catalog import known_exercise
from test_e2e import (
    CTRL_C,
    ENTER,
    ESC_ENTER,
    QMARK,
    SELFKIND,
    TIMEOUT,
    env,
    opening,
    saved,
    terminal,
)

pexpect = pytest.importorskip("pexpect")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pexpect needs a POSIX pty")
__all__ = ["env", "terminal"]  # the fixtures, shared with test_e2e

# Each language, how a person chooses it, their region, and words they would type.
PEOPLE = {
    "es": ({"LANG": "es_ES.UTF-8"}, "ES", "Un día difícil en el trabajo"),
    "de": ({"SELFKIND_LANG": "de"}, "DE", "Ein schwerer Tag bei der Arbeit"),
    "fr": ({"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "en_GB.UTF-8"}, "FR", "Une journée difficile"),
    "pt": ({"LC_ALL": "pt_PT.UTF-8"}, "PT", "Um dia difícil no trabalho"),
}
SETTING = "de"  # this one is chosen with `config set language`, not the environment


def said_in(language: str, name: str) -> str:
    use_language(language)
    try:
        return str(getattr(messages, name))
    finally:
        use_language("en")


def in_language(exercise_id: str, language: str) -> Exercise:
    exercise = known_exercise(exercise_id, language)
    assert exercise is not None and exercise.language == language
    return exercise


def typed_through(run: Any, exercise: Exercise, language: str, words: str) -> dict[str, Any]:
    """Each step as it comes: read on at a say step, end a pause early, answer a question
    (yes on the language's own key)."""
    answers: dict[str, Any] = {}
    go_on, pause = said_in(language, "CONTINUE_HINT"), said_in(language, "PAUSE_HINT")
    yes_key = said_in(language, "YES_WORDS").split()[0]
    for step in exercise.steps:
        if not step.is_shown(answers):
            continue
        if isinstance(step, SayStep):
            if run.child.expect_exact([go_on, pexpect.EOF]) == 1:
                return answers
            run.child.send(ENTER)
            continue
        if isinstance(step, PauseStep):
            run.see(pause)
            run.child.send(ENTER)
            continue
        assert isinstance(step, AnswerStep)
        run.see(opening(step.prompt))
        run.see(QMARK)
        run.child.send(_keys(step, answers, yes_key, words))
    run.child.expect(pexpect.EOF)
    return answers


def _keys(step: AnswerStep, answers: dict[str, Any], yes_key: str, words: str) -> str:
    """What the person types at a question, and what it is kept as."""
    if isinstance(step, ConfirmStep):
        answers[step.id] = True
        return yes_key + ENTER
    if isinstance(step, ScaleStep):
        answers[step.id] = (step.min + step.max) // 2
        return f"{answers[step.id]}{ENTER}"
    if isinstance(step, (ChoiceStep, ChoicesStep)):
        answers[step.id] = step.options[0]
        return " " + ENTER
    answers[step.id] = words
    return words + (ESC_ENTER if getattr(step, "multiline", False) else ENTER)


@pytest.mark.parametrize("language", PEOPLE)
def test_a_person_practises_in_their_language(terminal, env, language, home: Path) -> None:
    chosen, region, words = PEOPLE[language]
    for variable in ("LANG", "LC_ALL", "LC_MESSAGES", "SELFKIND_LANG"):
        env.pop(variable, None)
    env.update(chosen if language != SETTING else {"LANG": "C.UTF-8"})
    if language == SETTING:
        subprocess.run([SELFKIND, "config", "set", "language", language], env=env, check=True)
    subprocess.run([SELFKIND, "config", "set", "region", region], env=env, check=True)

    checkin = terminal("checkin")
    answered = typed_through(checkin, in_language("checkin", language), language, words)

    exercise = in_language("self-compassion-break", language)
    practice = terminal("run", "self-compassion-break")
    practice.see(exercise.title)
    break_answers = typed_through(practice, exercise, language, words)
    seen = checkin.seen.getvalue() + practice.seen.getvalue()
    assert "Traceback" not in seen
    assert said_in(language, "KEY_HINTS")[:20] in seen

    # The entries are the exercises' own: the same ids, answers and scores as in English.
    first, second = sorted(saved(env), key=lambda entry: entry["started_at"])
    assert first["exercise"]["id"] == "checkin" and first["answers"] == answered
    assert second["exercise"]["id"] == "self-compassion-break"
    assert second["answers"] == break_answers and set(second["scores"]) == {
        score.id for score in exercise.scores
    }

    narrow = {**env, "COLUMNS": "60"}
    summary = subprocess.run(
        [SELFKIND, "summary"], env=narrow, capture_output=True, text=True, timeout=TIMEOUT
    ).stdout
    assert exercise.title in summary and in_language("checkin", language).title in summary
    assert all(cell_len(line) <= 60 for line in summary.splitlines())

    helping = terminal("help-now")
    helping.see(said_in(language, "HELP_NOW_INTRO")[:30])
    assert helping.finish() == 0
    shown = helping.seen.getvalue()
    assert "112" in shown and said_in(language, "EMERGENCY_NAME") in shown


def test_ctrl_c_in_another_language_keeps_a_draft_said_in_it(terminal, env) -> None:
    env["SELFKIND_LANG"] = "fr"
    checkin = terminal("checkin")
    checkin.see(QMARK)
    checkin.child.send("4" + ENTER)
    checkin.see(QMARK)
    checkin.child.send(CTRL_C)
    checkin.see(said_in("fr", "DRAFT_KEPT")[:25])
    checkin.finish()
    [draft] = saved(env)
    assert draft["status"] == "draft" and draft["answers"] == {"mood": 4}
