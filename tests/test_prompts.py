"""The real questionary prompts, driven through prompt_toolkit's pipe input.

Unit tests ask one step of each type through `QuestionaryPrompter`; CLI tests
type a whole run at `selfkind run` with `terminal.is_interactive` patched to
True. Keys are sent up front and the pipe is closed straight after, so a prompt
that wants more input than a test typed ends with EOFError instead of waiting.
Tests that must tell Ctrl-D from the end of the pipe keep it open, and a
watchdog closes it after a few seconds, so nothing here can hang.
"""

from __future__ import annotations

import io
import json
import re
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import PipeInput
from prompt_toolkit.output import Output
from prompt_toolkit.output.vt100 import Vt100_Output
from rich.console import Console
from typer.testing import CliRunner, Result

from helpers import WATCHDOG, keyboard
from selfkind import messages
from selfkind.cli.app import app
from selfkind.core import runner
from selfkind.core.exercise import (
    Answer,
    AnswerStep,
    ChoicesStep,
    ConfirmStep,
    Exercise,
    PauseStep,
    ScaleStep,
    TextStep,
)
from selfkind.core.runner import GoBack, Position
from selfkind.formats.validate import parse_exercise
from selfkind.services.catalog import find_exercise
from selfkind.ui import prompts, terminal
from selfkind.ui.prompts import QuestionaryPrompter

BUILT_IN = Path(__file__).resolve().parents[1] / "exercises"

ENTER = "\r"
DOWN = "\x1b[B"
SPACE = " "
BACKSPACE = "\x7f"
CTRL_C = "\x03"
CTRL_D = "\x04"
SHIFT_TAB = "\x1b[Z"
ESC_ENTER = "\x1b\r"  # finishes a multi-line answer

QUICK = 4.0  # a key that ends a prompt does so well within this

STEPS = """\
selfkind: 1
id: every-step
title: Every step type
steps:
  - type: text
    id: name
    prompt: What shall we call this moment?
    help: A word or two.
    max_length: 10
  - type: text
    id: aside
    prompt: Anything to add about {{ name }}?
    required: false
  - type: text
    id: story
    prompt: Tell it in your own words.
    multiline: true
  - type: scale
    id: mood
    prompt: How is your mood?
    min: 0
    max: 10
    labels: {0: very low, 10: very good}
    help: A rough number is enough.
  - type: scale
    id: energy
    prompt: How much energy do you have?
    min: 1
    max: 5
    required: false
  - type: choice
    id: feeling
    prompt: Which feeling is closest?
    options: [sad, tense, tired]
  - type: choice
    id: colour
    prompt: Which colour fits?
    options: [blue, green]
    required: false
  - type: choices
    id: needs
    prompt: What would help?
    options: [rest, a walk, a friend]
  - type: choices
    id: two
    prompt: Pick at least two.
    options: [one, two, three]
    min_selected: 2
  - type: confirm
    id: gentle
    prompt: Will you go gently?
    default: true
  - type: confirm
    id: tea
    prompt: A cup of tea?
  - type: say
    text: "You called it **{{ name }}**, and said: {{ aside }}"
  - type: pause
    seconds: 30
    text: Breathe for a moment.
"""


@pytest.fixture(scope="module")
def exercise() -> Exercise:
    return parse_exercise(STEPS, label="every-step", origin="test")


# ---------------------------------------------------------------- keyboard and screen


class TextTerminal(Vt100_Output):
    """A 40x100 terminal drawn into a StringIO; it knows the room below the cursor, as a real
    one reports by CPR (without that, prompt_toolkit hides bottom toolbars such as the checkbox's
    validation message)."""

    def get_rows_below_cursor_position(self) -> int:
        return 40


class Screen:
    """What prompt_toolkit draws, kept as text, so a test can wait for a message to appear."""

    def __init__(self) -> None:
        self.buffer = io.StringIO()
        self.output = TextTerminal(self.buffer, lambda: Size(rows=40, columns=100), term="xterm")

    def text(self) -> str:
        return self.buffer.getvalue()

    def then(self, pipe: PipeInput, wanted: str, keys: str) -> threading.Thread:
        """Once `wanted` is drawn, type `keys` and end the pipe (as a person reading the screen)."""

        def typist() -> None:
            deadline = time.monotonic() + WATCHDOG / 2
            while wanted not in self.text() and time.monotonic() < deadline:
                time.sleep(0.02)
            if wanted in self.text():
                pipe.send_text(keys)
            pipe.close()

        thread = threading.Thread(target=typist, daemon=True)
        thread.start()
        return thread


def console() -> Console:
    return Console(file=io.StringIO(), width=100, highlight=False, emoji=False)


def printed(prompter: QuestionaryPrompter) -> str:
    file = prompter.console.file
    assert isinstance(file, io.StringIO)
    return file.getvalue()


def step_of(exercise: Exercise, step_id: str) -> AnswerStep:
    step = exercise.answer_step(step_id)
    assert step is not None
    return step


def ask(
    exercise: Exercise,
    step_id: str,
    keys: str,
    *,
    previous: Answer | None = None,
    answers: dict[str, Answer] | None = None,
) -> tuple[Answer | None, str]:
    """Ask one step with `keys` typed; the answer and what the prompter printed."""
    prompter = QuestionaryPrompter(exercise, console())
    with keyboard(keys):
        value = prompter.ask(step_of(exercise, step_id), answers or {}, Position(2, 3), previous)
    return value, printed(prompter)


def refused_then(exercise: Exercise, step_id: str, bad: str, message: str, fix: str) -> Answer:
    """Type `bad` + Enter; once `message` is drawn under the still-open prompt, type `fix`."""
    screen = Screen()
    prompter = QuestionaryPrompter(exercise, console())
    with keyboard(bad + ENTER, close=False, output=screen.output) as pipe:
        typist = screen.then(pipe, message, fix)
        value = prompter.ask(step_of(exercise, step_id), {}, Position(2, 3), None)
        typist.join(WATCHDOG)  # inside: the typist's close must come before the pipe's own
    assert message in screen.text()
    return value


# ---------------------------------------------------------------- text


def test_text_prints_counter_title_question_and_help(exercise: Exercise) -> None:
    value, shown = ask(exercise, "name", "a hard day" + ENTER)
    assert value == "a hard day"
    assert "Every step type" in shown
    assert "2 of 3" in shown
    assert "What shall we call this moment?" in shown
    assert "A word or two." in shown
    assert messages.KEY_HINTS in shown


def test_key_hints_are_printed_once_per_run(exercise: Exercise) -> None:
    prompter = QuestionaryPrompter(exercise, console())
    for keys in ("one" + ENTER, "two" + ENTER):
        with keyboard(keys):
            prompter.ask(step_of(exercise, "name"), {}, Position(1, 3), None)
    assert printed(prompter).count(messages.KEY_HINTS) == 1


def test_required_text_refuses_empty_in_place_then_accepts(exercise: Exercise) -> None:
    assert refused_then(exercise, "name", "", messages.TEXT_REQUIRED, "hello" + ENTER) == "hello"


def test_required_text_stays_open_after_empty_enter(exercise: Exercise) -> None:
    with pytest.raises(EOFError):  # the pipe ended while the prompt still waited
        ask(exercise, "name", ENTER + "   " + ENTER)


def test_text_refuses_an_answer_longer_than_max_length(exercise: Exercise) -> None:
    too_long = messages.TEXT_TOO_LONG.format(length=11, limit=10)
    fix = BACKSPACE + ENTER
    assert refused_then(exercise, "name", "x" * 11, too_long, fix) == "x" * 10


def test_text_answer_is_stripped(exercise: Exercise) -> None:
    assert ask(exercise, "name", "  calm  " + ENTER)[0] == "calm"


def test_optional_text_left_empty_is_none(exercise: Exercise) -> None:
    value, shown = ask(exercise, "aside", ENTER, answers={"name": "Tuesday"})
    assert value is None
    assert "Anything to add about Tuesday?" in shown
    assert messages.OPTIONAL in shown


def test_text_offers_the_previous_answer(exercise: Exercise) -> None:
    assert ask(exercise, "name", ENTER, previous="before")[0] == "before"
    assert ask(exercise, "name", BACKSPACE * 6 + "after" + ENTER, previous="before")[0] == "after"


def test_multiline_text_finishes_with_esc_enter_and_keeps_newlines(exercise: Exercise) -> None:
    value, shown = ask(exercise, "story", "line one" + ENTER + "line two" + ESC_ENTER)
    assert value == "line one\nline two"
    assert messages.MULTILINE_HINT in shown


CTRL_X_CTRL_E = "\x18\x05"


def test_editor_keys_without_an_editor_say_how_to_set_one(
    exercise: Exercise, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    screen = Screen()
    prompter = QuestionaryPrompter(exercise, console())
    with keyboard("line one" + CTRL_X_CTRL_E, close=False, output=screen.output) as pipe:
        typist = screen.then(pipe, "export EDITOR=nano", " and two" + ESC_ENTER)
        value = prompter.ask(step_of(exercise, "story"), {}, Position(2, 3), None)
        typist.join(WATCHDOG)
    assert messages.EDITOR_NOT_SET in screen.text()  # said under the box, which stays open
    assert value == "line one and two"


def test_multiline_text_is_not_finished_by_enter(exercise: Exercise) -> None:
    with pytest.raises(EOFError):
        ask(exercise, "story", "line one" + ENTER + "line two" + ENTER)


# ---------------------------------------------------------------- scale


def test_scale_prints_labels_and_help(exercise: Exercise) -> None:
    value, shown = ask(exercise, "mood", "7" + ENTER)
    assert value == 7
    assert "How is your mood?" in shown
    assert "A rough number is enough." in shown
    assert "0 = very low" in shown
    assert "10 = very good" in shown


def test_scale_without_labels_says_the_range(exercise: Exercise) -> None:
    shown = ask(exercise, "energy", "3" + ENTER)[1]
    assert "a number from 1 to 5" in shown


@pytest.mark.parametrize("bad", ["12", "six", "-1", "7.5", ""])
def test_scale_refuses_a_misfit_in_place_then_accepts(exercise: Exercise, bad: str) -> None:
    message = messages.SCALE_INVALID.format(low=0, high=10)
    fix = BACKSPACE * len(bad) + "7" + ENTER
    assert refused_then(exercise, "mood", bad, message, fix) == 7


def test_scale_stays_open_after_out_of_range_answers(exercise: Exercise) -> None:
    with pytest.raises(EOFError):
        ask(exercise, "mood", "12" + ENTER + BACKSPACE * 2 + "six" + ENTER)


def test_scale_accepts_after_corrections(exercise: Exercise) -> None:
    keys = "12" + ENTER + BACKSPACE * 2 + "six" + ENTER + BACKSPACE * 3 + "7" + ENTER
    assert ask(exercise, "mood", keys)[0] == 7


def test_optional_scale_enter_is_none(exercise: Exercise) -> None:
    value, shown = ask(exercise, "energy", ENTER)
    assert value is None
    assert messages.OPTIONAL in shown


def test_optional_scale_still_refuses_out_of_range(exercise: Exercise) -> None:
    message = messages.SCALE_INVALID.format(low=1, high=5)
    assert refused_then(exercise, "energy", "9", message, BACKSPACE + "2" + ENTER) == 2


def test_scale_offers_the_previous_answer(exercise: Exercise) -> None:
    assert ask(exercise, "mood", ENTER, previous=4)[0] == 4
    assert ask(exercise, "mood", BACKSPACE + "9" + ENTER, previous=4)[0] == 9


# ---------------------------------------------------------------- choice and choices


def test_choice_down_and_enter_picks_the_second_option(exercise: Exercise) -> None:
    value, shown = ask(exercise, "feeling", DOWN + ENTER)
    assert value == "tense"
    assert "Which feeling is closest?" in shown


def test_choice_enter_picks_the_first_option(exercise: Exercise) -> None:
    assert ask(exercise, "feeling", ENTER)[0] == "sad"


def test_optional_choice_can_be_skipped(exercise: Exercise) -> None:
    assert ask(exercise, "colour", DOWN * 2 + ENTER)[0] is None
    assert ask(exercise, "colour", DOWN + ENTER)[0] == "green"


def test_choice_starts_at_the_previous_answer(exercise: Exercise) -> None:
    assert ask(exercise, "feeling", ENTER, previous="tired")[0] == "tired"
    assert ask(exercise, "feeling", DOWN + ENTER, previous="sad")[0] == "tense"


def test_choices_space_toggles(exercise: Exercise) -> None:
    keys = SPACE + DOWN + DOWN + SPACE + ENTER
    value, shown = ask(exercise, "needs", keys)
    assert value == ["rest", "a friend"]
    assert "What would help?" in shown


def test_choices_toggling_twice_unchecks(exercise: Exercise) -> None:
    assert ask(exercise, "needs", SPACE + SPACE + DOWN + SPACE + ENTER)[0] == ["a walk"]


def test_optional_choices_with_none_checked_is_none(exercise: Exercise) -> None:
    assert ask(exercise, "needs", ENTER)[0] is None


def test_choices_starts_with_the_previous_answer_checked(exercise: Exercise) -> None:
    assert ask(exercise, "needs", ENTER, previous=["a walk"])[0] == ["a walk"]


def test_choices_min_selected_refuses_too_few_in_place(exercise: Exercise) -> None:
    message = messages.CHOICES_TOO_FEW.format(count=2)
    value = refused_then(exercise, "two", SPACE, message, DOWN + SPACE + ENTER)
    assert value == ["one", "two"]


def test_choices_min_selected_stays_open_with_too_few(exercise: Exercise) -> None:
    with pytest.raises(EOFError):
        ask(exercise, "two", SPACE + ENTER)


# ---------------------------------------------------------------- confirm


@pytest.mark.parametrize(
    ("keys", "previous", "expected"),
    [
        ("y" + ENTER, None, True),  # an Enter out of habit after the letter is taken with it
        ("n" + ENTER, None, False),
        (ENTER, None, True),  # the step's default
        (ENTER, False, False),  # a previous answer wins over the default
    ],
)
def test_confirm(exercise: Exercise, keys: str, previous: Answer | None, expected: bool) -> None:
    value, shown = ask(exercise, "gentle", keys, previous=previous)
    assert value is expected
    assert "Will you go gently?" in shown


def test_confirm_without_a_default_is_no(exercise: Exercise) -> None:
    assert ask(exercise, "tea", ENTER)[0] is False


@pytest.mark.parametrize(("key", "expected"), [("y", True), ("N", False), ("n", False)])
def test_confirm_answers_on_one_key(exercise: Exercise, key: str, expected: bool) -> None:
    prompter = QuestionaryPrompter(exercise, console())
    screen = Screen()
    started = time.monotonic()
    with keyboard(key, close=False, output=screen.output):  # no Enter, and the keyboard stays
        value = prompter.ask(step_of(exercise, "gentle"), {}, Position(1, 3), None)
    assert value is expected
    assert time.monotonic() - started < QUICK
    assert ("Yes" if expected else "No") in screen.text()


def test_keys_after_a_one_key_answer_go_to_the_next_question(exercise: Exercise) -> None:
    prompter = QuestionaryPrompter(exercise, console())
    for later in ("a calm day" + ENTER, ENTER + "a calm day" + ENTER):
        with keyboard("y", close=False) as pipe:
            # The rest comes a moment later, as a person's habitual Enter after the y would.
            typist = threading.Timer(0.2, pipe.send_text, args=(later,))
            typist.start()
            assert prompter.ask(step_of(exercise, "gentle"), {}, Position(1, 3), None) is True
            aside = prompter.ask(step_of(exercise, "aside"), {}, Position(2, 3), None)
            typist.join()
        assert aside == "a calm day"  # a habitual Enter after y does not skip the next question


def test_shift_tab_and_ctrl_c_still_work_at_a_yes_or_no(exercise: Exercise) -> None:
    prompter = QuestionaryPrompter(exercise, console())
    for keys, error in ((SHIFT_TAB, GoBack), (CTRL_C, KeyboardInterrupt), (CTRL_D, EOFError)):
        for before in ("", "y"):  # before answering, and in the moment after
            with keyboard(before + keys, close=False), pytest.raises(error):
                prompter.ask(step_of(exercise, "gentle"), {}, Position(1, 3), None)


# ---------------------------------------------------------------- stopping and going back

ALL_KINDS = ["name", "story", "mood", "feeling", "needs", "gentle"]


@pytest.mark.parametrize("step_id", ALL_KINDS)
def test_shift_tab_goes_back(exercise: Exercise, step_id: str) -> None:
    with pytest.raises(GoBack):
        ask(exercise, step_id, SHIFT_TAB)


@pytest.mark.parametrize("step_id", ALL_KINDS)
def test_shift_tab_goes_back_even_after_typing(exercise: Exercise, step_id: str) -> None:
    with pytest.raises(GoBack):
        ask(exercise, step_id, "5" + SHIFT_TAB, previous=None)


@pytest.mark.parametrize("step_id", ALL_KINDS)
def test_ctrl_c_stops(exercise: Exercise, step_id: str) -> None:
    with pytest.raises(KeyboardInterrupt):
        ask(exercise, step_id, CTRL_C)


@pytest.mark.parametrize("step_id", ALL_KINDS)
def test_ctrl_d_stops(exercise: Exercise, step_id: str) -> None:
    prompter = QuestionaryPrompter(exercise, console())
    started = time.monotonic()
    with keyboard(CTRL_D, close=False), pytest.raises(EOFError):
        prompter.ask(step_of(exercise, step_id), {}, Position(1, 1), None)
    assert time.monotonic() - started < QUICK, "Ctrl-D did not stop; the watchdog did"


# ---------------------------------------------------------------- say and pause


def test_say_shows_markdown_and_answers_exactly_as_typed(exercise: Exercise) -> None:
    prompter = QuestionaryPrompter(exercise, console())
    say = exercise.steps[11]
    answers: dict[str, Answer] = {
        "name": "**bold** [red]x[/red]",
        "aside": "a_b `code` <b>\x1b[31mred\x1b[0m # not a heading",
    }
    with keyboard(ENTER):  # a say step before the last waits until the person has read it
        prompter.show(say, answers, Position(12, 13))  # type: ignore[arg-type]
    shown = printed(prompter)
    assert "**bold** [red]x[/red]" in shown
    assert "a_b `code` <b>red # not a heading" in shown  # the whole escape sequence goes
    assert "\x1b" not in shown
    assert "You called it" in shown
    assert "12 of 13" in shown


def test_a_say_step_waits_for_enter_and_shift_tab_goes_back(exercise: Exercise) -> None:
    prompter = QuestionaryPrompter(exercise, console())
    say = exercise.steps[11]
    with keyboard(SHIFT_TAB), pytest.raises(GoBack):
        prompter.show(say, {}, Position(12, 13))  # type: ignore[arg-type]
    with keyboard(""), pytest.raises(EOFError):  # still waiting when the keyboard ends
        prompter.show(say, {}, Position(12, 13))  # type: ignore[arg-type]
    with keyboard(""):  # the last step needs no Enter
        prompter.show(say, {}, Position(13, 13))  # type: ignore[arg-type]


def test_say_shows_html_entities_in_answers_as_typed(exercise: Exercise) -> None:
    prompter = QuestionaryPrompter(exercise, console())
    answers: dict[str, Answer] = {"name": "Tom &amp; Jerry", "aside": "&copy; me &#65;"}
    prompter.show(exercise.steps[11], answers, Position(1, 1))  # type: ignore[arg-type]
    shown = printed(prompter)
    assert "Tom &amp; Jerry" in shown
    assert "&copy; me &#65;" in shown


def test_say_renders_the_exercise_authors_markdown(tmp_path: Any) -> None:
    source = STEPS.replace("**{{ name }}**", "**gently**")
    exercise = parse_exercise(source, label="x", origin="test")
    prompter = QuestionaryPrompter(exercise, console())
    prompter.show(exercise.steps[11], {"aside": "ok"}, Position(1, 1))  # type: ignore[arg-type]
    shown = printed(prompter)
    assert "You called it gently, and said: ok" in shown


def test_question_shows_answers_literally(exercise: Exercise) -> None:
    shown = ask(exercise, "aside", ENTER, answers={"name": "[bold]x[/bold] \x1b[2J"})[1]
    assert "Anything to add about [bold]x[/bold] ?" in shown  # the escape goes whole
    assert "\x1b" not in shown


def test_pause_step_prints_its_text_and_enter_moves_on(exercise: Exercise) -> None:
    prompter = QuestionaryPrompter(exercise, console())
    started = time.monotonic()
    with keyboard(ENTER, close=False):
        prompter.show(exercise.steps[12], {}, Position(13, 13))  # type: ignore[arg-type]
    assert time.monotonic() - started < QUICK
    assert "Breathe for a moment." in printed(prompter)


def test_pause_returns_early_on_enter() -> None:
    started = time.monotonic()
    with keyboard(ENTER, close=False):
        prompts.pause(30)
    assert time.monotonic() - started < QUICK


def test_pause_ctrl_c_stops() -> None:
    started = time.monotonic()
    with keyboard(CTRL_C, close=False), pytest.raises(KeyboardInterrupt):
        prompts.pause(30)
    assert time.monotonic() - started < QUICK


def test_pause_ctrl_d_stops() -> None:
    started = time.monotonic()
    with keyboard(CTRL_D, close=False), pytest.raises(EOFError):
        prompts.pause(30)
    assert time.monotonic() - started < QUICK


def test_pause_ends_by_itself() -> None:
    started = time.monotonic()
    with keyboard("", close=False):
        prompts.pause(1)
    assert 0.8 < time.monotonic() - started < QUICK


# ---------------------------------------------------------------- every built-in exercise


class Typist(QuestionaryPrompter):
    """The real prompter, with a person who types a fitting answer as each prompt opens."""

    def __init__(self, exercise: Exercise, pipe: PipeInput) -> None:
        super().__init__(exercise, console())
        self.pipe = pipe

    def show(self, step: Any, answers: Any, position: Position) -> None:
        if isinstance(step, PauseStep) or position.number < position.total:
            self.pipe.send_text(ENTER)  # skip the pause, or continue after reading
        super().show(step, answers, position)

    def ask(self, step: AnswerStep, answers: Any, position: Position, previous: Any) -> Any:
        self.pipe.send_text(keys_for(step))
        return super().ask(step, answers, position, previous)


def keys_for(step: AnswerStep) -> str:
    if isinstance(step, TextStep):
        return "some words" + (ESC_ENTER if step.multiline else ENTER)
    if isinstance(step, ScaleStep):
        return str(step.max) + ENTER
    if isinstance(step, ChoicesStep):
        return (SPACE + DOWN) * max(1, step.min_selected) + ENTER
    if isinstance(step, ConfirmStep):
        return "y" + ENTER
    return ENTER  # a choice: the first option


@pytest.mark.parametrize("path", sorted(BUILT_IN.glob("*.yaml")), ids=lambda path: path.stem)
def test_every_built_in_exercise_can_be_answered_at_the_prompts(path: Path) -> None:
    built_in = find_exercise(str(path))
    started = time.monotonic()
    with keyboard("", close=False) as pipe:
        result = runner.run(built_in, {}, Typist(built_in, pipe))
    assert time.monotonic() - started < WATCHDOG, "a prompt waited for the watchdog"
    asked = [step for step in built_in.answer_steps() if step.is_shown(result.answers)]
    assert set(result.answers) == {step.id for step in asked}
    for step in asked:
        assert step.fits(result.answers[step.id]), step.id


# ---------------------------------------------------------------- choose and confirm helpers


def test_choose_returns_the_value_of_the_chosen_label() -> None:
    with keyboard(DOWN + ENTER):
        assert prompts.choose("Which?", [("First", 1), ("Second", 2)]) == 2


def test_choose_starts_at_the_default() -> None:
    with keyboard(ENTER):
        assert prompts.choose("Which?", [("First", 1), ("Second", 2)], default=2) == 2


@pytest.mark.parametrize(
    ("keys", "expected"), [("y" + ENTER, True), ("n" + ENTER, False), (ENTER, False)]
)
def test_confirm_helper(keys: str, expected: bool) -> None:
    with keyboard(keys):
        assert prompts.confirm("Sure?") is expected


def test_choose_and_confirm_stop_on_ctrl_c_and_ctrl_d() -> None:
    for keys, error in ((CTRL_C, KeyboardInterrupt), (CTRL_D, EOFError)):
        with keyboard(keys, close=False), pytest.raises(error):
            prompts.choose("Which?", [("First", 1), ("Second", 2)])
        with keyboard(keys, close=False), pytest.raises(error):
            prompts.confirm("Sure?")


# ---------------------------------------------------------------- through the CLI


@pytest.fixture
def interactive(monkeypatch: pytest.MonkeyPatch, no_suggestions: None) -> None:
    monkeypatch.setattr(terminal, "is_interactive", lambda: True)


def typed(*args: str, keys: str = "", output: Output | None = None) -> Result:
    """`selfkind ARGS` at a terminal where `keys` are typed (and then the keyboard ends)."""
    with keyboard(keys, output=output):
        return CliRunner().invoke(app, list(args))


def entries() -> list[dict[str, Any]]:
    result = CliRunner().invoke(app, ["entries", "list", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


CHECKIN = find_exercise("checkin")
MOOD, KINDNESS, NOTE = (step.prompt for step in CHECKIN.answer_steps())


def test_full_checkin_typed_at_the_prompts(interactive: None) -> None:
    result = typed("run", "checkin", keys="6" + ENTER + "7" + ENTER + "slow start" + ENTER)
    assert result.exit_code == 0, result.output
    for prompt in (MOOD, KINDNESS, NOTE):
        assert prompt in result.stdout
    # The closing words show only on a condition (low or other moods): not in the total, and
    # numbered after the step they follow.
    counters = re.findall(r"Daily check-in · (\w+) of (\d)", result.stdout)
    assert counters == [("1", "3"), ("2", "3"), ("3", "3"), ("3a", "3")]
    [entry] = entries()
    assert entry["status"] == "complete"
    assert entry["exercise"]["id"] == "checkin"
    assert entry["answers"] == {"mood": 6, "kindness": 7, "note": "slow start"}
    assert entry["scores"] == {"mood_rating": 6, "kindness_rating": 7}
    assert entry["completed_at"]


def test_checkin_command_is_interactive_too(interactive: None) -> None:
    result = typed("checkin", keys="5" + ENTER + ENTER + ENTER)
    assert result.exit_code == 0, result.output
    [entry] = entries()
    assert entry["answers"] == {"mood": 5}
    assert entry["status"] == "complete"


def test_going_back_revises_an_earlier_answer(interactive: None) -> None:
    keys = (
        "6" + ENTER  # mood
        + "7" + ENTER  # kindness
        + SHIFT_TAB  # back from the note to kindness, which offers 7
        + BACKSPACE + "9" + ENTER
        + "better" + ENTER
    )  # fmt: skip
    result = typed("run", "checkin", keys=keys)
    assert result.exit_code == 0, result.output
    assert result.stdout.count(KINDNESS) == 2
    [entry] = entries()
    assert entry["answers"] == {"mood": 6, "kindness": 9, "note": "better"}
    assert entry["scores"]["kindness_rating"] == 9


def test_going_back_twice_reaches_the_first_answer(interactive: None) -> None:
    keys = (
        "6" + ENTER + "7" + ENTER + SHIFT_TAB + SHIFT_TAB + BACKSPACE + "2" + ENTER + ENTER + ENTER
    )
    result = typed("run", "checkin", keys=keys)
    assert result.exit_code == 0, result.output
    [entry] = entries()
    # kindness was undone by going back past it; its earlier 7 is offered again and kept
    assert entry["answers"] == {"mood": 2, "kindness": 7}


def test_shift_tab_at_the_first_question_asks_it_again(interactive: None) -> None:
    result = typed("run", "checkin", keys=SHIFT_TAB + "4" + ENTER + ENTER + ENTER)
    assert result.exit_code == 0, result.output
    assert result.stdout.count(MOOD) == 2
    assert entries()[0]["answers"] == {"mood": 4}


def test_ctrl_c_mid_run_keeps_a_draft(interactive: None) -> None:
    result = typed("run", "checkin", keys="6" + ENTER + CTRL_C)
    assert result.exit_code == 130
    assert "Paused" in result.stderr
    assert "selfkind run checkin" in result.stderr
    assert "Traceback" not in result.output
    [entry] = entries()
    assert entry["status"] == "draft"
    assert entry["answers"] == {"mood": 6}
    assert entry["completed_at"] is None


def test_ctrl_d_mid_run_keeps_a_draft(interactive: None) -> None:
    with keyboard("6" + ENTER + "7" + ENTER + CTRL_D, close=False):
        result = CliRunner().invoke(app, ["run", "checkin"])
    assert result.exit_code == 130
    [entry] = entries()
    assert entry["status"] == "draft"
    assert entry["answers"] == {"mood": 6, "kindness": 7}


def test_ctrl_c_after_going_back_keeps_what_was_written(interactive: None) -> None:
    keys = "6" + ENTER + "7" + ENTER + SHIFT_TAB + SHIFT_TAB + CTRL_C  # back to mood, then stop
    result = typed("run", "checkin", keys=keys)
    assert result.exit_code == 130
    [entry] = entries()
    assert entry["status"] == "draft"
    assert entry["answers"]["mood"] == 6


def test_ctrl_c_while_typing_keeps_the_words_not_yet_sent(interactive: None) -> None:
    result = typed("run", "checkin", keys="6" + ENTER + ENTER + "a slow sta" + CTRL_C)
    assert result.exit_code == 130
    [entry] = entries()
    assert entry["status"] == "draft"
    assert entry["answers"] == {"mood": 6, "note": "a slow sta"}


def test_ctrl_c_while_typing_a_number_keeps_only_the_answers_sent(interactive: None) -> None:
    result = typed("run", "checkin", keys="6" + ENTER + "7" + CTRL_C)
    assert result.exit_code == 130
    [entry] = entries()
    assert entry["answers"] == {"mood": 6}


def test_ctrl_c_at_the_first_question_saves_nothing(interactive: None) -> None:
    result = typed("run", "checkin", keys=CTRL_C)
    assert result.exit_code == 130
    assert messages.INTERRUPTED in result.stderr
    assert entries() == []


def test_drafts_are_marked_in_the_entries_list(interactive: None) -> None:
    typed("run", "checkin", keys="5" + ENTER + ENTER + ENTER)  # a finished one beside it
    typed("run", "checkin", keys="6" + ENTER + CTRL_C)
    listing = CliRunner().invoke(app, ["entries", "list"])
    assert listing.exit_code == 0
    draft, finished = sorted(entries(), key=lambda entry: entry["status"] == "complete")
    rows = {line.split("\t")[0]: line for line in listing.stdout.splitlines()}  # a pipe's lines
    assert "(draft)" in rows[draft["id"]]
    assert "(draft)" not in rows[finished["id"]]


def test_resuming_a_draft_completes_the_same_entry(interactive: None) -> None:
    typed("run", "checkin", keys="6" + ENTER + CTRL_C)
    [draft] = entries()
    # Enter picks the first option, "Pick up where I left off"; then kindness and the note
    result = typed("run", "checkin", keys=ENTER + "8" + ENTER + "kept going" + ENTER)
    assert result.exit_code == 0, result.output
    assert messages.RESUME_QUESTION.split("{when}")[0] in result.stdout
    recap, asked = result.stdout.split(messages.KEY_HINTS)
    assert messages.RESUMING in recap and MOOD in recap  # what was kept is shown first
    assert MOOD not in asked  # and not asked again
    [entry] = entries()
    assert entry["id"] == draft["id"]
    assert entry["started_at"] == draft["started_at"]
    assert entry["status"] == "complete"
    assert entry["answers"] == {"mood": 6, "kindness": 8, "note": "kept going"}
    assert entry["scores"] == {"mood_rating": 6, "kindness_rating": 8}


def test_resumed_answers_can_be_revised_by_going_back(interactive: None) -> None:
    typed("run", "checkin", keys="6" + ENTER + CTRL_C)
    keys = ENTER + SHIFT_TAB + BACKSPACE + "5" + ENTER + ENTER + ENTER
    result = typed("run", "checkin", keys=keys)
    assert result.exit_code == 0, result.output
    [entry] = entries()
    assert entry["answers"] == {"mood": 5}
    assert entry["status"] == "complete"


def test_words_typed_before_a_pause_are_in_the_box_again_not_an_answer(
    interactive: None,
) -> None:
    typed("run", "checkin", keys="6" + ENTER + ENTER + "a slow sta" + CTRL_C)
    [draft] = entries()
    assert draft["answers"] == {"mood": 6, "note": "a slow sta"}
    # Picked up: the note is asked again with its words in the box; typing goes on after them.
    result = typed("run", "checkin", keys=ENTER + "rt" + ENTER)
    assert result.exit_code == 0, result.output
    asked = result.stdout.split(messages.KEY_HINTS)[1]
    assert NOTE in asked and MOOD not in asked and KINDNESS not in asked
    assert re.findall(r"Daily check-in · (\d+)", asked)[0] == "3"  # the note's own number
    [entry] = entries()
    assert entry["id"] == draft["id"] and entry["status"] == "complete"
    assert entry["answers"] == {"mood": 6, "note": "a slow start"}


def test_words_in_the_box_again_are_kept_by_another_pause(interactive: None) -> None:
    typed("run", "checkin", keys="6" + ENTER + ENTER + "a slow sta" + CTRL_C)
    for keys in (ENTER + CTRL_C, ENTER + BACKSPACE * 10 + CTRL_C):  # untouched, or emptied
        result = typed("run", "checkin", keys=keys)
        assert result.exit_code == 130
        [entry] = entries()
        assert entry["status"] == "draft"
        assert entry["answers"] == {"mood": 6, "note": "a slow sta"}
    result = typed("run", "checkin", keys=ENTER + "rt" + ENTER)  # still in the box
    assert entries()[0]["answers"] == {"mood": 6, "note": "a slow start"}


def test_words_in_the_box_again_still_bring_support(interactive: None) -> None:
    first = typed("run", "checkin", keys="4" + ENTER + ENTER + "i want to kill myself" + CTRL_C)
    assert messages.CRISIS_TITLE in first.output
    paused = typed("run", "checkin", keys=ENTER + CTRL_C)  # picked up, paused again unchanged
    assert messages.CRISIS_TITLE in paused.output
    sent = typed("run", "checkin", keys=ENTER + " tonight" + ENTER + ENTER)
    assert sent.exit_code == 0, sent.output
    assert messages.CRISIS_TITLE in sent.output
    assert entries()[0]["answers"]["note"] == "i want to kill myself tonight"


def test_starting_fresh_deletes_the_draft(interactive: None) -> None:
    typed("run", "checkin", keys="6" + ENTER + CTRL_C)
    [draft] = entries()
    result = typed("run", "checkin", keys=DOWN + ENTER + "3" + ENTER + ENTER + ENTER)
    assert result.exit_code == 0, result.output
    assert MOOD in result.stdout
    [entry] = entries()
    assert entry["id"] != draft["id"]
    assert entry["status"] == "complete"
    assert entry["answers"] == {"mood": 3}


def test_ctrl_c_at_the_resume_question_keeps_the_draft(interactive: None) -> None:
    typed("run", "checkin", keys="6" + ENTER + CTRL_C)
    [draft] = entries()
    result = typed("run", "checkin", keys=CTRL_C)
    assert result.exit_code == 130
    assert entries() == [draft]


def test_a_draft_of_another_exercise_is_not_offered(interactive: None) -> None:
    typed("run", "checkin", keys="6" + ENTER + CTRL_C)
    result = typed("run", "grounding", keys=CTRL_C)
    assert messages.RESUME_YES not in result.stdout


def test_enter_moves_on_from_pauses(interactive: None) -> None:
    started = time.monotonic()
    # grounding: say, say, pause, say, pause, rating; each say is read, then Enter
    result = typed("run", "grounding", keys=ENTER * 5 + "7" + ENTER)
    assert time.monotonic() - started < QUICK  # not the 90 seconds of its two pauses
    assert result.exit_code == 0, result.output
    [entry] = entries()
    assert entry["answers"] == {"settled": 7}
    assert entry["status"] == "complete"


def test_ctrl_c_in_a_pause_stops_the_run(interactive: None) -> None:
    result = typed("run", "grounding", keys=CTRL_C)
    assert result.exit_code == 130
    assert messages.INTERRUPTED in result.stderr
    assert entries() == []


def test_answers_set_up_front_are_not_asked(interactive: None) -> None:
    result = typed("run", "checkin", "--set", "mood=6", keys="7" + ENTER + "fine" + ENTER)
    assert result.exit_code == 0, result.output
    assert MOOD not in result.stdout
    assert KINDNESS in result.stdout
    assert NOTE in result.stdout
    [entry] = entries()
    assert entry["answers"] == {"mood": 6, "kindness": 7, "note": "fine"}


def test_going_back_does_not_reach_answers_set_up_front(interactive: None) -> None:
    keys = SHIFT_TAB + "7" + ENTER + ENTER
    result = typed("run", "checkin", "--set", "mood=6", keys=keys)
    assert result.exit_code == 0, result.output
    assert MOOD not in result.stdout
    assert entries()[0]["answers"] == {"mood": 6, "kindness": 7}


def test_json_output_of_an_interactive_run(interactive: None) -> None:
    result = typed("run", "checkin", "--json", keys="6" + ENTER + ENTER + ENTER)
    assert result.exit_code == 0, result.output
    start = result.stdout.index("{\n")
    assert json.loads(result.stdout[start:])["answers"] == {"mood": 6}


def test_welcome_note_is_shown_once(interactive: None) -> None:
    first = typed("run", "checkin", keys="6" + ENTER + ENTER + ENTER)
    second = typed("run", "checkin", keys="6" + ENTER + ENTER + ENTER)
    assert first.exit_code == second.exit_code == 0
    assert "Welcome to selfkind" in first.stdout
    assert "Welcome to selfkind" not in second.stdout


def test_no_welcome_note_without_a_terminal(cli) -> None:
    result = cli("run", "checkin", "--set", "mood=6")
    assert result.exit_code == 0
    assert "Welcome to selfkind" not in result.output


HOME_OPTIONS = [
    messages.HOME_CHECKIN,
    messages.HOME_EXERCISE,
    messages.HOME_ENTRIES,
    messages.HOME_NOTHING,
]


def test_home_offers_choices_and_nothing_for_now_exits(interactive: None) -> None:
    result = typed(keys=DOWN * (len(HOME_OPTIONS) - 1) + ENTER)
    assert result.exit_code == 0, result.output
    assert messages.HOME_CHECKIN_DUE in result.stdout
    assert messages.HOME_WHAT_NEXT in result.stdout
    assert "Welcome to selfkind" in result.stdout
    assert entries() == []


def test_home_starts_a_checkin(interactive: None) -> None:
    result = typed(keys=ENTER + "6" + ENTER + ENTER + ENTER)
    assert result.exit_code == 0, result.output
    assert MOOD in result.stdout
    [entry] = entries()
    assert entry["answers"] == {"mood": 6}


def test_home_after_a_checkin_does_not_offer_another(interactive: None) -> None:
    typed("run", "checkin", keys="6" + ENTER + ENTER + ENTER)
    # without the check-in option, "Nothing for now" is one place higher
    result = typed(keys=DOWN * (len(HOME_OPTIONS) - 2) + ENTER)
    assert result.exit_code == 0, result.output
    assert messages.HOME_CHECKIN_DONE_MOOD.format(mood=6) in result.stdout
    assert len(entries()) == 1


def test_home_reads_recent_entries(interactive: None) -> None:
    typed("run", "checkin", keys="6" + ENTER + ENTER + ENTER)
    # after a check-in: exercise, entries, nothing; then the entry, and "that is all"
    result = typed(keys=DOWN + ENTER + ENTER + ENTER)
    assert result.exit_code == 0, result.output
    assert "Daily check-in" in result.stdout
    assert "Mood 6/10" in result.stdout


def test_home_starts_an_exercise(interactive: None) -> None:
    result = typed(keys=DOWN + ENTER + ENTER + CTRL_C)  # try an exercise, the first one, stop
    assert result.exit_code == 130
    assert messages.HOME_PICK_EXERCISE in result.stdout
    assert " · 1 of " in result.stdout
    assert entries() == []


def test_home_ctrl_c_exits_130(interactive: None) -> None:
    result = typed(keys=CTRL_C)
    assert result.exit_code == 130
    assert "Traceback" not in result.output


def test_entries_delete_asks_first(interactive: None) -> None:
    typed("run", "checkin", keys="6" + ENTER + ENTER + ENTER)
    [entry] = entries()
    screen = Screen()
    kept = typed("entries", "delete", entry["id"][:8], keys="n" + ENTER, output=screen.output)
    assert kept.exit_code == 0
    question = messages.CONFIRM_DELETE.split("{date}")[0].format(title="Daily check-in")
    assert question in kept.stdout  # printed whole above the yes/no, wrapped between words
    assert "(y/N)" in screen.text()
    assert messages.KEPT in kept.stderr
    assert len(entries()) == 1
    deleted = typed("entries", "delete", entry["id"][:8], keys="y" + ENTER)
    assert deleted.exit_code == 0
    assert entries() == []


def test_entries_delete_ctrl_c_keeps_the_entry(interactive: None) -> None:
    typed("run", "checkin", keys="6" + ENTER + ENTER + ENTER)
    [entry] = entries()
    result = typed("entries", "delete", entry["id"], keys=CTRL_C)
    assert result.exit_code == 130
    assert len(entries()) == 1
