"""`selfkind run` and `selfkind checkin`: practise an exercise and keep the entry."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from selfkind.commands.options import Json

if TYPE_CHECKING:
    from rich.console import Console

    from selfkind.entry import Entry
    from selfkind.exercise.model import Exercise
    from selfkind.store import Store

Answers = Annotated[
    str | None,
    typer.Option(
        "--answers",
        metavar="FILE",
        help="Answers as 'step_id: answer' lines (YAML or JSON); '-' reads standard input.",
    ),
]
Sets = Annotated[
    list[str] | None,
    typer.Option(
        "--set",
        metavar="ID=VALUE",
        help="One answer, like --set mood=6 (repeatable; a choices answer is comma-separated).",
    ),
]


def run_command(
    exercise: Annotated[str, typer.Argument(help="An exercise id, or the path to a .yaml file.")],
    answers: Answers = None,
    set_: Sets = None,
    json_: Json = False,
) -> None:
    """Walk through an exercise and save it as an entry.

    At a terminal each question waits for you: Shift-Tab goes back, Esc then Enter finishes a multi-line answer, and Ctrl-C pauses. What you answered is kept as a draft, and the next run offers to pick up where you left off. Answers given with --answers or --set are not asked. selfkind exercise list shows every exercise.
    """
    practise_and_show(exercise, answers=answers, sets=set_ or [], as_json=json_)


def checkin_command(answers: Answers = None, set_: Sets = None, json_: Json = False) -> None:
    """The one-minute daily check-in.

    The same as `selfkind run checkin`.
    """
    practise_and_show("checkin", answers=answers, sets=set_ or [], as_json=json_)


def practise_and_show(name: str, *, answers: str | None, sets: list[str], as_json: bool) -> None:
    """Find the exercise, take answers given up front, ask the rest at a terminal, save, show."""
    from selfkind import render, terminal
    from selfkind.answers import parse_set, read_answers_file
    from selfkind.exercise.catalog import find_exercise
    from selfkind.passphrase import passphrase
    from selfkind.practice import practise
    from selfkind.safety import suggests_danger
    from selfkind.store import open_store
    from selfkind.text import literal, message

    exercise = find_exercise(name)
    given = read_answers_file(answers) if answers else {}
    given.update(parse_set(sets))
    interactive = terminal.is_interactive()
    with open_store(passphrase=passphrase) as store:
        if interactive:
            from selfkind.commands.home import welcome_once
            from selfkind.prompts import QuestionaryPrompter

            welcome_once(store)
            store.unlock()
            draft = offer_draft(store, exercise)
            prompter = QuestionaryPrompter(exercise, render.screen())
            practised = practise(store, exercise, given, prompter, draft=draft)
        else:
            practised = practise(store, exercise, given)
    console = render.err()
    for notice in practised.notices:
        console.print(message(notice))
    danger = suggests_danger(v for v in practised.entry.answers.values() if isinstance(v, str))
    if as_json:
        render.print_json(practised.entry.to_json())
        if danger:  # beside the JSON, never in it
            show_support(render.err())
        return
    screen = render.screen()
    screen.print()
    screen.print(render.entry_result(practised.entry, exercise))
    if danger:  # a cheerful closing line would not fit; support does
        show_support(screen)
    else:
        screen.print(literal(render.closing_line(practised.entry), "italic"))


def show_support(console: Console) -> None:
    """The calm panel with support lines, after an entry whose words suggest danger."""
    from selfkind import render
    from selfkind.commands.safety import support_region
    from selfkind.support import lines_for

    console.print()
    console.print(render.crisis_panel(lines_for(support_region())))


def offer_draft(store: Store, exercise: Exercise) -> Entry | None:
    """An unfinished entry of this exercise, if the person chooses to pick it up; else it is deleted."""
    from selfkind import messages, prompts, render

    draft = store.latest_draft(exercise.id)
    if draft is None:
        return None
    question = messages.RESUME_QUESTION.format(when=render.when(draft))
    if prompts.choose(question, [(messages.RESUME_YES, True), (messages.RESUME_NO, False)]):
        render.screen().print(render.recap(exercise, draft.answers))
        return draft
    store.delete(draft.id)
    return None
