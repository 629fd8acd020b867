"""The installed `selfkind` in a real pseudo-terminal, typed at as a person would."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers import installed_selfkind
from selfkind import messages
from selfkind.services.catalog import find_exercise
from selfkind.ui import plainly

pexpect = pytest.importorskip("pexpect")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pexpect needs a POSIX pty")


SELFKIND = installed_selfkind()

ENTER = "\r"
DOWN = "\x1b[B"
CTRL_C = "\x03"
ESC_ENTER = "\x1b\r"
QMARK = "›"  # drawn by the prompt itself, once it is ready for keys
TIMEOUT = 10


@pytest.fixture
def env(home: Path) -> dict[str, str]:
    """The environment of a person's terminal; the pty's size decides the width."""
    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    environ.update(SELFKIND_HOME=str(home), TERM="xterm-256color")
    # A real terminal answers prompt_toolkit's cursor-position requests; pexpect does not, and
    # each prompt would then wait a second for the answer before it closes.
    environ["PROMPT_TOOLKIT_NO_CPR"] = "1"
    environ.pop("SELFKIND_DEBUG", None)
    return environ


class Terminal:
    """One selfkind process in a pty, and everything it showed."""

    def __init__(self, args: list[str], env: dict[str, str], *, command: str | None = None):
        self.seen = io.StringIO()
        self.child = pexpect.spawn(
            command or SELFKIND,
            args,
            env=env,
            dimensions=(40, 100),
            encoding="utf-8",
            timeout=TIMEOUT,
        )
        self.child.logfile_read = self.seen

    def see(self, text: str) -> None:
        self.child.expect_exact(text)

    def answer(self, question: str, keys: str) -> None:
        """Wait for the question and its prompt, then type."""
        self.see(question)
        self.see(QMARK)
        self.child.send(keys)

    def read_on(self) -> None:
        """A say step waits until it has been read: press Enter to continue."""
        self.see(messages.CONTINUE_HINT)
        self.child.send(ENTER)

    def finish(self) -> int:
        self.child.expect(pexpect.EOF)
        self.child.close()
        return self.child.exitstatus

    def stop(self) -> None:
        if self.child.isalive():
            self.child.close(force=True)


@pytest.fixture
def terminal(env: dict[str, str]) -> Iterator[Any]:
    started: list[Terminal] = []

    def start(*args: str, command: str | None = None) -> Terminal:
        started.append(Terminal(list(args), env, command=command))
        return started[-1]

    yield start
    for one in started:
        one.stop()


def saved(env: dict[str, str]) -> list[dict[str, Any]]:
    result = subprocess.run(
        [SELFKIND, "entries", "list", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=True,
    )
    return json.loads(result.stdout)


def opening(prompt: str) -> str:
    """The first words of a prompt: enough to know it, short enough not to be wrapped, and
    before any {{ placeholder }} (which is shown filled in)."""
    return prompt.split("{{")[0][:30]


HARSHNESS = next(s.label for s in find_exercise("kindness-reframe").scores)
REFRAME = {
    step.id: opening(step.prompt) for step in find_exercise("kindness-reframe").answer_steps()
}
CHECKIN = {step.id: opening(step.prompt) for step in find_exercise("checkin").answer_steps()}


def test_a_kindness_reframe_typed_through(terminal, env: dict[str, str]) -> None:
    run = terminal("run", "kindness-reframe")
    run.read_on()  # choose something mild or moderate
    run.answer(REFRAME["situation"], "I missed the deadline" + ENTER)
    run.answer(REFRAME["critic_words"], "You never get this right." + ENTER)
    run.answer(REFRAME["harsh_before"], "8" + ENTER)
    run.read_on()  # a high rating is met with a gentle word
    run.answer(REFRAME["settle"], "y" + ENTER)  # and an offer of a pause to settle
    run.see(messages.PAUSE_HINT)
    run.child.send(ENTER)  # Enter ends the pause early
    run.answer(REFRAME["critic_protects"], "Being let down" + ENTER + "again" + ESC_ENTER)
    run.read_on()  # picture a wise friend
    run.answer(
        REFRAME["kind_reply"], "You worked hard." + ENTER + "One miss is not never." + ESC_ENTER
    )
    run.answer(REFRAME["harsh_after"], "3" + ENTER)
    run.see(HARSHNESS)
    assert run.finish() == 0
    [entry] = saved(env)
    assert entry["status"] == "complete"
    assert entry["exercise"]["id"] == "kindness-reframe"
    assert entry["answers"] == {
        "situation": "I missed the deadline",
        "critic_words": "You never get this right.",
        "harsh_before": 8,
        "settle": True,
        "critic_protects": "Being let down\nagain",
        "kind_reply": "You worked hard.\nOne miss is not never.",
        "harsh_after": 3,
    }
    assert entry["scores"] == {"harshness_change": -5}
    assert "Traceback" not in run.seen.getvalue()


def test_a_checkin_stopped_and_picked_up_again(terminal, env: dict[str, str]) -> None:
    first = terminal("checkin")
    first.answer(CHECKIN["mood"], "3" + ENTER)
    first.answer(CHECKIN["kindness"], CTRL_C)
    first.see("Paused")
    assert first.finish() == 130
    [draft] = saved(env)
    assert draft["status"] == "draft"
    assert draft["answers"] == {"mood": 3}

    second = terminal("checkin")
    second.answer("Pick up where you left off?", ENTER)  # the first option is picking up
    second.answer(CHECKIN["kindness"], "6" + ENTER)
    second.answer(CHECKIN["note"], "a slow evening" + ENTER)
    assert second.finish() == 0
    assert messages.RESUME_YES in second.seen.getvalue()
    recap, asked = second.seen.getvalue().split("Shift-Tab goes back")
    assert messages.RESUMING in recap and CHECKIN["mood"] in recap  # what was kept, shown
    assert CHECKIN["mood"] not in asked  # and not asked again
    [entry] = saved(env)
    assert entry["id"] == draft["id"]
    assert entry["status"] == "complete"
    assert entry["answers"] == {"mood": 3, "kindness": 6, "note": "a slow evening"}


def test_words_typed_before_a_pause_are_in_the_box_when_picked_up(
    terminal, env: dict[str, str]
) -> None:
    first = terminal("run", "kindness-reframe")
    first.read_on()
    first.answer(REFRAME["situation"], "I missed the bus" + ENTER)
    first.answer(REFRAME["critic_words"], "You are always la" + CTRL_C)  # never sent
    first.see("Paused")
    assert first.finish() == 130
    [draft] = saved(env)
    assert draft["answers"] == {
        "situation": "I missed the bus",
        "critic_words": "You are always la",
    }

    second = terminal("run", "kindness-reframe")
    second.answer("Pick up where you left off?", ENTER)
    second.see(REFRAME["critic_words"])  # the same question, not the one after it
    second.see(QMARK)
    second.see("You are always la")  # drawn in the box, ready to be finished
    # straight there: the opening words, read before the pause, are not shown again
    assert messages.CONTINUE_HINT not in second.seen.getvalue()
    recap = second.seen.getvalue().split(messages.KEY_HINTS[:20])[0]
    assert "I missed the bus" in recap  # what was answered is recalled;
    assert "You are always la" not in recap  # words typed, not sent, are not an answer
    second.child.send("te." + ENTER)
    second.answer(REFRAME["harsh_before"], "3" + ENTER)
    second.answer(REFRAME["critic_protects"], ESC_ENTER)
    second.read_on()
    second.answer(REFRAME["kind_reply"], "Buses are late too." + ESC_ENTER)
    second.answer(REFRAME["harsh_after"], "1" + ENTER)
    assert second.finish() == 0
    [entry] = saved(env)
    assert entry["id"] == draft["id"] and entry["status"] == "complete"
    assert entry["answers"]["critic_words"] == "You are always late."
    assert entry["answers"]["harsh_before"] == 3


def test_a_yes_or_no_on_one_key_and_the_editor_keys_without_an_editor(
    terminal, env: dict[str, str]
) -> None:
    env.pop("EDITOR", None)
    env.pop("VISUAL", None)
    run = terminal("run", "kindness-reframe")
    run.read_on()
    run.answer(REFRAME["situation"], "I missed the bus" + ENTER)
    run.answer(REFRAME["critic_words"], "You are always late." + ENTER)
    run.answer(REFRAME["harsh_before"], "8" + ENTER)
    run.read_on()
    run.answer(REFRAME["settle"], "n")  # one key: no Enter
    run.answer(REFRAME["critic_protects"], "Being" + "\x18\x05")  # Ctrl-X Ctrl-E
    run.see("export EDITOR=nano")  # under the box, which stays open
    run.child.send(" let down" + ESC_ENTER)
    run.read_on()
    run.answer(REFRAME["kind_reply"], CTRL_C)
    run.see("Paused")
    assert run.finish() == 130
    [draft] = saved(env)
    assert draft["answers"]["settle"] is False
    assert draft["answers"]["critic_protects"] == "Being let down"


def test_home_screen_offers_and_nothing_for_now_leaves(terminal, env: dict[str, str]) -> None:
    home = terminal()
    home.see("Welcome to selfkind")
    home.see(messages.HOME_CHECKIN_DUE)
    home.see(messages.HOME_WHAT_NEXT)
    home.see(messages.HOME_NOTHING)
    home.child.send(DOWN * 3 + ENTER)
    assert home.finish() == 0
    assert saved(env) == []


def test_ctrl_c_at_the_first_question_keeps_nothing(terminal, env: dict[str, str]) -> None:
    run = terminal("checkin")
    run.answer(CHECKIN["mood"], CTRL_C)
    run.see(messages.INTERRUPTED)
    assert run.finish() == 130
    assert saved(env) == []


def test_prompts_stay_on_the_terminal_when_output_is_redirected(
    terminal, env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "entry.json"
    run = terminal("-c", f"'{SELFKIND}' checkin --json > '{out}'", command="/bin/sh")
    run.answer(CHECKIN["mood"], "6" + ENTER)
    run.answer(CHECKIN["kindness"], ENTER)
    run.answer(CHECKIN["note"], ENTER)
    assert run.finish() == 0
    assert json.loads(out.read_text())["answers"] == {"mood": 6}


def test_the_resume_question_stays_on_the_terminal_when_output_is_redirected(
    terminal, env: dict[str, str], tmp_path: Path
) -> None:
    first = terminal("checkin")
    first.answer(CHECKIN["mood"], "6" + ENTER)
    first.answer(CHECKIN["kindness"], CTRL_C)
    assert first.finish() == 130

    out = tmp_path / "entry.json"
    run = terminal("-c", f"'{SELFKIND}' checkin --json > '{out}'", command="/bin/sh")
    run.see("Pick up where you left off?")
    options_shown = run.child.expect_exact([messages.RESUME_YES, pexpect.TIMEOUT], timeout=2) == 0
    run.child.send(ENTER)
    run.answer(CHECKIN["kindness"], ENTER)
    run.answer(CHECKIN["note"], ENTER)
    assert run.finish() == 0
    written = out.read_text()
    assert options_shown and written.startswith("{"), (
        f"options on the terminal: {options_shown}; the --json file starts {written[:40]!r}"
    )
    assert json.loads(written)["answers"] == {"mood": 6}


@pytest.mark.slow  # 4 to 9 s
def test_encrypting_at_the_terminal_then_checking_in_with_the_passphrase(
    terminal, env: dict[str, str]
) -> None:
    first = terminal("checkin")
    first.answer(CHECKIN["mood"], "5" + ENTER)
    first.answer(CHECKIN["kindness"], ENTER)
    first.answer(CHECKIN["note"], "plum blossom" + ENTER)
    assert first.finish() == 0

    encrypt = terminal("encrypt")
    encrypt.see(messages.ENCRYPT_WARNING[:30])
    encrypt.answer(messages.PASSPHRASE_NEW, "river stone" + ENTER)
    encrypt.answer(messages.PASSPHRASE_AGAIN, "river stone" + ENTER)
    encrypt.see("Encrypted 1 entry")
    assert encrypt.finish() == 0
    assert "river stone" not in encrypt.seen.getvalue()  # typed, never shown

    stopped = terminal("checkin")
    stopped.answer(messages.PASSPHRASE_ASK, CTRL_C)  # the passphrase comes before any question
    assert stopped.finish() == 130

    second = terminal("checkin")
    second.answer(messages.PASSPHRASE_ASK, "river stone" + ENTER)
    second.answer(CHECKIN["mood"], "7" + ENTER)
    second.answer(CHECKIN["kindness"], ENTER)
    second.answer(CHECKIN["note"], "pear tree" + ENTER)
    assert second.finish() == 0

    disk = b"".join(path.read_bytes() for path in Path(env["SELFKIND_HOME"]).glob("selfkind.db*"))
    assert b"plum blossom" not in disk and b"pear tree" not in disk
    opened = saved({**env, "SELFKIND_PASSPHRASE": "river stone"})
    assert [entry["answers"].get("note") for entry in opened] == ["pear tree", "plum blossom"]


def lines_on_screen(seen: str) -> bool:
    """The support panel, with a line to reach, is on the screen (the pty is 100 columns)."""
    return messages.CRISIS_TITLE in seen and "findahelpline.com" in seen


def test_crisis_words_in_the_first_step_bring_support_before_the_next_question(
    terminal, env: dict[str, str]
) -> None:
    run = terminal("run", "kindness-reframe")
    run.read_on()
    run.answer(REFRAME["situation"], "honestly I want to die" + ENTER)
    run.see(messages.CRISIS_TITLE)
    run.read_on()  # the panel stays until the person goes on
    run.see(REFRAME["critic_words"])  # and then the exercise goes on
    before_next = run.seen.getvalue().split(REFRAME["critic_words"])[0]
    assert lines_on_screen(before_next)
    run.child.send(CTRL_C)
    assert run.finish() == 130
    assert run.seen.getvalue().count(messages.CRISIS_TITLE) == 1  # once a run


def test_crisis_words_in_a_middle_step_then_ctrl_c_leave_support_on_screen(
    terminal, env: dict[str, str]
) -> None:
    run = terminal("run", "kindness-reframe")
    run.read_on()
    run.answer(REFRAME["situation"], "A hard day at work" + ENTER)
    run.answer(REFRAME["critic_words"], "You are a burden to everyone, I want to disappear" + ENTER)
    run.read_on()
    run.answer(REFRAME["harsh_before"], CTRL_C)
    run.see("Paused")
    assert run.finish() == 130
    assert lines_on_screen(run.seen.getvalue())
    [draft] = saved(env)
    assert draft["status"] == "draft" and "burden" in draft["answers"]["critic_words"]


def test_crisis_words_typed_but_not_sent_bring_support_when_paused(
    terminal, env: dict[str, str]
) -> None:
    run = terminal("run", "kindness-reframe")
    run.read_on()
    run.answer(REFRAME["situation"], "I want to kill myself" + CTRL_C)  # never sent with Enter
    run.see("Paused")
    assert run.finish() == 130
    shown = run.seen.getvalue()
    assert lines_on_screen(shown)
    assert shown.index(messages.CRISIS_TITLE) < shown.index("Paused")  # support first


def test_after_support_a_checkin_does_not_close_cheerfully(terminal, env: dict[str, str]) -> None:
    run = terminal("checkin")
    run.answer(CHECKIN["mood"], "5" + ENTER)
    run.answer(CHECKIN["kindness"], "5" + ENTER)
    run.answer(CHECKIN["note"], "i wanna kms" + ENTER)
    run.see(messages.CRISIS_TITLE)
    run.read_on()
    assert run.finish() == 0
    shown = " ".join(run.seen.getvalue().split())
    assert "See you tomorrow" not in shown  # the check-in's own cheerful last words
    assert messages.CLOSING_AFTER_SUPPORT in shown


def test_yesterday_s_checkin_filled_in_at_the_terminal(terminal, env: dict[str, str]) -> None:
    from datetime import date, timedelta

    run = terminal("checkin", "--date", "yesterday")
    run.answer(CHECKIN["mood"], "6" + ENTER)
    run.answer(CHECKIN["kindness"], ENTER)
    run.answer(CHECKIN["note"], "filled in the next morning" + ENTER)
    assert run.finish() == 0
    [entry] = saved(env)
    assert entry["local_date"] == (date.today() - timedelta(days=1)).isoformat()
    assert "written_at" in entry


def test_a_setback_journal_in_a_dumb_terminal(terminal, env: dict[str, str]) -> None:
    """TERM=dumb (Emacs's shell, a braille display's line mode): every answer typed on a
    line after "> ", options by number, no escape sequence and no line drawn, Ctrl-C pausing."""
    env["TERM"] = "dumb"
    steps = {
        step.id: opening(step.prompt) for step in find_exercise("setback-journal").answer_steps()
    }
    first = terminal("run", "setback-journal")

    def answer(run: Terminal, question: str, keys: str) -> None:
        run.see(question)
        run.see(plainly.MARK)
        run.child.send(keys)

    first.see(messages.CONTINUE_HINT)
    first.child.send(ENTER)
    answer(first, steps["situation"], "I missed the deadline" + ENTER)
    answer(first, steps["emotion"], "3, frustrated" + ENTER)
    answer(first, steps["feeling_before"], "7" + ENTER)
    first.see(messages.CONTINUE_HINT)  # a strong feeling is met with a gentle word
    first.child.send(ENTER)
    answer(first, steps["settle"], "maybe" + ENTER)
    first.see(messages.PLAIN_YES_NO)  # said on a line of its own, then asked again
    first.child.send("y" + ENTER)
    first.see(messages.counted(messages.PLAIN_PAUSE, 45))
    first.child.send(ENTER)
    answer(first, steps["auto_thought"], CTRL_C)
    first.see("Paused")
    assert first.finish() == 130
    shown = first.seen.getvalue()
    assert "\x1b" not in shown
    assert not any("\u2500" <= char <= "\u259f" for char in shown)
    assert "1. sad" in shown
    [draft] = saved(env)
    assert draft["answers"]["emotion"] == ["ashamed", "frustrated"]
    assert draft["answers"]["settle"] is True

    second = terminal("run", "setback-journal")
    answer(second, "Pick up where you left off?", "1" + ENTER)
    second.see(steps["auto_thought"])
    assert "\x1b" not in second.seen.getvalue()


def test_a_measure_built_with_exercise_new_guided(
    terminal, env: dict[str, str], tmp_path, monkeypatch
) -> None:
    """A therapist builds a banded four-item measure, one item reversed, with support when
    an answer is high, without writing YAML; the file validates and scores as worked out."""
    clear = "\x15"  # Ctrl-U: the suggested words out of the box
    down = "\x1b[B"
    monkeypatch.chdir(tmp_path)  # where the file is written
    build = terminal("exercise", "new", "critic-check", "--guided")
    build.see(messages.BUILD_TITLE)
    build.child.send(clear + "Critic check" + ENTER)
    questions = ["How harsh was your inner voice?", "How often did it criticise you?",
                 "How cold did it feel?", "How kind were you to yourself?"]  # fmt: skip
    for number, question in enumerate(questions, start=1):
        build.see(messages.BUILD_FIRST_STEP if number == 1 else messages.BUILD_NEXT_STEP)
        build.child.send(ENTER)  # a scale, the first kind
        build.see(messages.BUILD_QUESTION)
        build.child.send(question + ENTER)
        build.see(messages.BUILD_ID)
        build.child.send(clear + f"q{number}" + ENTER)
        build.see(messages.BUILD_SCALE_FROM)
        build.child.send(clear + "1" + ENTER)
        build.see(messages.BUILD_SCALE_TO)
        build.child.send(clear + "5" + ENTER)
        build.see(messages.BUILD_LOW_LABEL.format(number=1))
        build.child.send("not at all" + ENTER)
        build.see(messages.BUILD_HIGH_LABEL.format(number=5))
        build.child.send("very much" + ENTER)
        build.see(messages.BUILD_REQUIRED)
        build.child.send("y")
        if number > 1:
            build.see(messages.BUILD_WHEN)
            build.child.send("n")
    build.see(messages.BUILD_NEXT_STEP)
    build.child.send(down * 7 + ENTER)  # no more steps
    build.see(messages.BUILD_ADD_SCORE)
    build.child.send("y")
    build.see(messages.BUILD_SCORE_LABEL)
    build.child.send("Self-criticism" + ENTER)
    build.see(messages.BUILD_SCORE_METHOD)
    build.child.send(ENTER)  # the mean
    build.see(messages.BUILD_ITEMS)
    build.child.send(" " + down + " " + down + " " + down + " " + ENTER)  # all four
    build.see(messages.BUILD_REVERSE)
    build.child.send(down * 3 + " " + ENTER)  # q4, the kind one
    bands = {
        "low": messages.BAND_LOW,
        "moderate": messages.BAND_MODERATE,
        "high": messages.BAND_HIGH,
    }
    build.see(messages.BUILD_BANDS.format(**bands))
    build.child.send("y")
    build.see(messages.BUILD_LOW_UP_TO.format(**bands))
    build.child.send("2.49" + ENTER)
    build.see(messages.BUILD_MODERATE_UP_TO.format(**bands))
    build.child.send("3.5" + ENTER)
    build.see(messages.BUILD_ANOTHER_SCORE)
    build.child.send("n")
    build.see(messages.BUILD_ADD_SUPPORT)
    build.child.send("y")
    build.see(messages.BUILD_SUPPORT_STEP)
    build.child.send(ENTER)  # q1
    build.see(messages.BUILD_SUPPORT_AT_LEAST)
    build.child.send("5" + ENTER)
    assert build.finish() == 0, build.seen.getvalue()[-2000:]
    written = tmp_path / "critic-check.yaml"
    assert "Traceback" not in build.seen.getvalue()
    check = subprocess.run([SELFKIND, "exercise", "validate", str(written)], env=env, capture_output=True, text=True)  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    sets = ["--set", "q1=4", "--set", "q2=3", "--set", "q3=5", "--set", "q4=2", "--json"]
    run = subprocess.run([SELFKIND, "run", str(written), *sets], env=env, capture_output=True, text=True)  # fmt: skip
    entry = json.loads(run.stdout)
    assert entry["scores"] == {"self_criticism": 4.0}  # (4 + 3 + 5 + (6 - 2)) / 4


def test_a_plan_built_with_plan_new_guided(terminal, env: dict[str, str], tmp_path, monkeypatch):
    """A plan from questions, answered in plain mode by words as a screen reader user would:
    a daily check-in and a kindness reframe three times a week, for four weeks."""
    env["SELFKIND_PLAIN"] = "1"
    monkeypatch.chdir(tmp_path)
    build = terminal("plan", "new", "four-weeks", "--guided")
    for question, keys in [
        (messages.PLAN_BUILD_TITLE, "\x15Four kinder weeks"),
        (messages.PLAN_BUILD_FROM, "Dr. Ana Ruiz"),
        (messages.PLAN_BUILD_NOTE, "Missing a day is fine."),
        (messages.PLAN_BUILD_START, "\x152026-12-07"),
        (messages.PLAN_BUILD_WEEKS, "4"),
        (messages.PLAN_BUILD_EXERCISE, "Daily check-in"),
        (messages.PLAN_BUILD_HOW_OFTEN, "1"),
        (messages.PLAN_BUILD_NEXT, "Kindness reframe"),
        (messages.PLAN_BUILD_HOW_OFTEN, "3"),
        (messages.PLAN_BUILD_TIMES_A_WEEK, "\x153"),
        (messages.PLAN_BUILD_NEXT, messages.PLAN_BUILD_DONE),
    ]:
        build.see(question)
        build.see(">")  # the mark (a terminal that can redraw draws its space by moving on)
        build.child.send(keys + ENTER)
    assert build.finish() == 0, build.seen.getvalue()[-1500:]
    written = tmp_path / "four-weeks.yaml"
    check = subprocess.run([SELFKIND, "plan", "validate", str(written)], env=env, capture_output=True, text=True)  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    added = subprocess.run([SELFKIND, "plan", "add", str(written)], env=env, capture_output=True, text=True)  # fmt: skip
    assert added.returncode == 0, added.stderr
    shown = json.loads(subprocess.run([SELFKIND, "plan", "show", "four-weeks", "--json"], env=env, capture_output=True, text=True).stdout)  # fmt: skip
    assert (shown["start"], shown["end"], shown["from"]) == (
        "2026-12-07",
        "2027-01-03",
        "Dr. Ana Ruiz",
    )
    schedules = {
        item["exercise"]: (item["daily"], item["times_per_week"]) for item in shown["items"]
    }
    assert schedules == {"checkin": (True, None), "kindness-reframe": (False, 3)}


def test_a_report_locked_with_the_key_on_the_plan(terminal, env, tmp_path, monkeypatch) -> None:
    """The client never types the therapist's key: the plan carries it, and the report asks
    once, showing its first and last characters."""
    from datetime import date, timedelta

    from selfkind.core.recipient import short

    therapist = dict(env, SELFKIND_HOME=str(tmp_path / "therapist"))
    run = lambda *args, on=env: subprocess.run(  # noqa: E731
        [SELFKIND, *args], env=on, capture_output=True, text=True, timeout=TIMEOUT, check=True
    )
    key = run("clinic", "key", on=therapist).stdout.strip()
    plan = tmp_path / "plan.yaml"
    start = (date.today() - timedelta(days=10)).isoformat()
    plan.write_text(
        f"selfkind-plan: 1\nid: softening\ntitle: Softening\nstart: {start}\n"
        f"report_to: {key}\nitems:\n  - exercise: checkin\n    daily: true\n"
    )
    run("plan", "add", str(plan))
    run("checkin", "--set", "mood=6")
    monkeypatch.chdir(tmp_path)
    report = terminal("report", "--plan", "softening")
    report.answer(messages.REPORT_FOR_CONFIRM.split("(")[0], "y")
    report.answer(messages.REPORT_FOR_NAME.split("?")[0], "Alex M" + ENTER)
    report.answer(messages.REPORT_CHOOSE_RATINGS.split("?")[0], ENTER)
    report.answer(messages.REPORT_CHOOSE.split("?")[0], ENTER)
    assert report.finish() == 0
    assert short(key) in " ".join(report.seen.getvalue().split())  # to check with the therapist
    written = tmp_path / f"softening-{date.today().isoformat()}.selfkind-report"
    assert written.read_bytes().startswith(b"age-encryption.org/v1\n")
    added = run("clinic", "add", str(written), on=therapist)  # named: no --client needed
    assert "Alex M, " in added.stderr and "Added 1 report" in added.stderr
    # made again the same day: beside the first, never over it (from the trial)
    again = terminal("report", "--plan", "softening")
    again.answer(messages.REPORT_FOR_CONFIRM.split("(")[0], "y")
    again.answer(messages.REPORT_FOR_NAME.split("?")[0], ENTER)  # none this time
    again.answer(messages.REPORT_CHOOSE_RATINGS.split("?")[0], ENTER)
    again.answer(messages.REPORT_CHOOSE.split("?")[0], ENTER)
    assert again.finish() == 0
    assert "made earlier, is still beside it" in again.seen.getvalue()
    second = written.with_name(written.name.replace(".selfkind-report", "-2.selfkind-report"))
    assert second.exists() and written.read_bytes() != second.read_bytes()
    assert run("clinic", "add", str(written), on=therapist).stderr.count("already") == 1
