"""Practising an exercise from the command line: find it, ask at a terminal, save, show.

Free of typer, so the launcher can start the daily check-in without loading it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from selfkind.entry import Entry
    from selfkind.exercise.model import Exercise, Given
    from selfkind.store import Passphrase, Store


def practise_and_show(
    name: str,
    *,
    answers: str | None,
    sets: list[str],
    as_json: bool,
    passphrase: Passphrase | None = None,
) -> None:
    """Find the exercise, take answers given up front, ask the rest at a terminal, save, show."""
    from selfkind import render, terminal
    from selfkind.exercise.catalog import find_exercise
    from selfkind.passphrase import passphrase as ask
    from selfkind.practice import practise
    from selfkind.safety import suggests_danger
    from selfkind.store import open_store
    from selfkind.text import literal, message

    interactive = terminal.is_interactive()
    with open_store(passphrase=passphrase or ask) as store:
        # After the store: a data folder that is not selfkind's is refused before anything,
        # the catalog's parsed-exercise file included, is written into it.
        exercise = find_exercise(name)
        given: dict[str, Given] = {}
        if answers or sets:  # the answers reader loads YAML: only when there are answers to read
            from selfkind.answers import parse_set, read_answers_file

            given = read_answers_file(answers) if answers else {}
            given.update(parse_set(sets))
        if interactive:
            from selfkind.commands.home import welcome_once
            from selfkind.prompts import QuestionaryPrompter

            store.unlock()  # first, so a wrong passphrase changes nothing, not even the welcome
            welcome_once(store)
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
    from selfkind.support import lines_for, support_region

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
