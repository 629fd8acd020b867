"""Practising an exercise from the command line: find it, ask at a terminal, save, show.

Free of typer, so the launcher can start the daily check-in without loading it.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from rich.console import Console

    from selfkind.core.entry import Entry
    from selfkind.core.exercise import Exercise, Given
    from selfkind.services.practice import Practised
    from selfkind.storage.store import Passphrase, Store


def practise_and_show(
    name: str,
    *,
    answers: str | None,
    sets: list[str],
    as_json: bool,
    passphrase: Passphrase | None = None,
    day: date | None = None,
    finishing: bool = False,
) -> None:
    """Find the exercise, take answers given up front, ask the rest at a terminal, save, show.
    `finishing`: the person chose to finish its draft (home), so it is not asked again."""
    from selfkind.services.catalog import find_exercise
    from selfkind.services.practice import practise
    from selfkind.storage.store import open_store
    from selfkind.ui import console as consoles
    from selfkind.ui import terminal
    from selfkind.ui.passphrase import passphrase as ask

    interactive = terminal.is_interactive()
    with open_store(passphrase=passphrase or ask) as store:
        # After the store: a data folder that is not selfkind's is refused before anything,
        # the catalog's parsed-exercise file included, is written into it.
        exercise = find_exercise(name)
        given = given_answers(answers, sets)
        # At a terminal the panel shows right after the answer that calls for it; without
        # one it goes to stderr, beside any --json output and never in it.
        console = consoles.screen() if interactive else consoles.err()

        def on_support(running: bool) -> None:
            show_support(console, store, running=running, with_plan=interactive)
            if running and interactive:  # the panel stays in view until the person goes on
                from selfkind.core.runner import GoBack
                from selfkind.ui.prompts import wait_to_continue

                with contextlib.suppress(GoBack):  # there is no answer to go back to here
                    wait_to_continue()

        if interactive:
            practised = practise_at_terminal(
                store, exercise, given, day, on_support, finishing=finishing
            )
        else:
            practised = practise(store, exercise, given, day=day, on_support=on_support)
        after_saving(store)
    show_practised(practised, exercise, as_json)


def after_saving(store: Store) -> None:
    """With `config set sync auto`: a quick sync once something is saved. A sync that cannot
    happen is said in a line and never spoils what was saved."""
    from selfkind.storage.syncing import AUTO  # loaded with the store already

    if store.setting(AUTO) != "auto":  # the one cost when sync is not automatic
        return
    from selfkind.core.errors import SelfkindError
    from selfkind.services.sync import quick_sync
    from selfkind.ui.sync_view import show_quick_sync

    try:
        result = quick_sync(store)
    except SelfkindError as error:
        show_quick_sync(None, str(error))
        return
    if result is not None:
        show_quick_sync(result, None)


def given_answers(answers: str | None, sets: list[str]) -> dict[str, Given]:
    """Answers given up front: from an answers file, then each --set ID=VALUE."""
    if not (answers or sets):  # the answers reader loads YAML: only when there are answers
        return {}
    from selfkind.formats.answers import parse_set, read_answers_file

    given = read_answers_file(answers) if answers else {}
    given.update(parse_set(sets))
    return given


def practise_at_terminal(
    store: Store,
    exercise: Exercise,
    given: dict[str, Given],
    day: date | None,
    on_support: Callable[[bool], None],
    *,
    finishing: bool = False,
) -> Practised:
    """The run at a terminal: unlock first, welcome once, offer a draft, ask each step."""
    from datetime import date

    from selfkind import messages
    from selfkind.core.danger import SAFETY_PLAN
    from selfkind.messages.formatting import said_day
    from selfkind.services.practice import practise
    from selfkind.ui.console import message, screen
    from selfkind.ui.prompts import QuestionaryPrompter

    store.unlock()  # first, so a wrong passphrase changes nothing, not even the welcome
    welcome_once(store)
    draft = offer_draft(store, exercise, ask=not finishing) if day is None else None
    if day is not None and day != date.today():
        screen().print(
            message(messages.DATED_RUN.format(day=said_day(day, "long_weekday_day_month")))
        )
    prompter = QuestionaryPrompter(exercise, screen())
    practised = practise(
        store, exercise, given, prompter, draft=draft, day=day, on_support=on_support
    )
    if exercise.id == SAFETY_PLAN and store.encrypted and practised.entry.answers:
        offer_readable_plan(store, practised.entry)
    return practised


def show_practised(practised: Practised, exercise: Exercise, as_json: bool) -> None:
    """What was saved: notices, then the entry (or its JSON) and the closing words."""
    from selfkind.core.closing import closing_words
    from selfkind.ui import render
    from selfkind.ui.console import message

    for notice in practised.notices:
        render.err().print(message(notice))
    if as_json:
        from selfkind.ui import json_view

        json_view.print_json(json_view.entry(practised.entry))
        return
    screen = render.screen()
    screen.print()
    screen.print(render.entry_result(practised.entry, exercise))
    closing = closing_words(exercise, practised.entry, supported=practised.supported)
    if closing is not None:
        screen.print(message(closing, "italic"))


def show_support(
    console: Console, store: Store, *, running: bool = False, with_plan: bool = True
) -> None:
    """The calm panel with support lines and the person's safety plan, if they made one and
    `with_plan` (not for scripts: their standard error may be kept in a log)."""
    from selfkind.services.support import (
        REGION,
        panel_lines,
        region_named,
        safety_plan_and_exercise,
    )
    from selfkind.ui.support_view import crisis_panel, safety_plan_view

    region = store.setting(REGION)
    region_set = region_named(region) is not None
    console.print()
    panel = crisis_panel(
        panel_lines(region),
        safety_plan_view(*safety_plan_and_exercise(store)) if with_plan else None,
        region_set=region_set,
        running=running,
    )
    console.print(panel, soft_wrap=False)  # wrapped inside its frame, even in a pipe or a log
    console.print()


def offer_readable_plan(store: Store, plan: Entry) -> None:
    """On an encrypted store, offer (default no) to keep the safety plan readable without the
    passphrase, so help-now can show it at once in a hard moment."""
    from selfkind import messages
    from selfkind.ui import prompts, render
    from selfkind.ui.console import message

    render.screen().print()
    render.screen().print(message(messages.PLAN_READABLE_WHY))
    if prompts.confirm(messages.PLAN_READABLE_QUESTION, default=False):
        store.keep_readable(plan.id)
        render.screen().print(message(messages.PLAN_READABLE_YES))
    else:
        store.keep_none_readable()  # an older plan kept readable is sealed again too
        render.screen().print(message(messages.PLAN_READABLE_NO))


def offer_draft(store: Store, exercise: Exercise, *, ask: bool = True) -> Entry | None:
    """An unfinished entry of this exercise, if the person chooses to pick it up (or chose
    already: not `ask`); else it is deleted. A dated run never takes one (a day's own entry)."""
    draft = store.latest_draft(exercise.id)
    if draft is None:
        return None
    from selfkind import messages
    from selfkind.ui import prompts, render

    question = messages.RESUME_QUESTION.format(when=render.when(draft))
    options = [(messages.RESUME_YES, True), (messages.RESUME_NO, False)]
    if not ask or prompts.choose(question, options):
        from selfkind.services.practice import paused_at

        typed_at = paused_at(store, draft)  # words typed there go back in its box, not here
        answered = {key: value for key, value in draft.answers.items() if key != typed_at}
        render.screen().print(render.recap(exercise, answered))
        return draft
    store.delete(draft.id)
    return None


def welcome_once(store: Store) -> None:
    """The first time someone uses selfkind at a terminal, say what it is and where data lives."""
    if store.setting("welcomed") is None:
        from selfkind.storage.paths import data_dir
        from selfkind.ui import render  # once in a lifetime: not on every check-in's way

        render.screen().print(render.first_run(str(data_dir())))
        store.set_setting("welcomed", "yes")
