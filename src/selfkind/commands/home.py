"""`selfkind` on its own: how today looks, and in a terminal, what to do next."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selfkind.store import Store


def show_home() -> None:
    """The home screen; in a terminal, offers the next thing to do."""
    from datetime import date, timedelta

    from selfkind import messages, render, terminal
    from selfkind.store import EntryFilter, open_store
    from selfkind.summaries import home_status

    today = date.today()
    with open_store() as store:
        recent = store.list(EntryFilter(since=(today - timedelta(days=6)).isoformat()))
        status = home_status(recent, today)
        if terminal.is_interactive():
            welcome_once(store)
    render.screen().print(render.home(status))
    if not terminal.is_interactive():
        return

    from selfkind import prompts
    from selfkind.commands.run import practise_and_show
    from selfkind.exercise.catalog import list_exercises

    options = [
        (messages.HOME_EXERCISE, "exercise"),
        (messages.HOME_ENTRIES, "entries"),
        (messages.HOME_NOTHING, "nothing"),
    ]
    if status.checkin is None:
        options.insert(0, (messages.HOME_CHECKIN, "checkin"))
    choice = prompts.choose(messages.HOME_WHAT_NEXT, options)
    if choice == "checkin":
        practise_and_show("checkin", answers=None, sets=[], as_json=False)
    elif choice == "exercise":
        exercises = [item.exercise for item in list_exercises() if item.exercise is not None]
        labelled = [
            (f"{ex.title}" + (f" ({ex.minutes} min)" if ex.minutes else ""), ex.id)
            for ex in exercises
            if ex.id != "checkin"
        ]
        practise_and_show(
            prompts.choose(messages.HOME_PICK_EXERCISE, labelled),
            answers=None,
            sets=[],
            as_json=False,
        )
    elif choice == "entries":
        from selfkind.commands.entries import show_entries

        show_entries(EntryFilter(since=(today - timedelta(days=6)).isoformat()), as_json=False)


def welcome_once(store: Store) -> None:
    """The first time someone uses selfkind at a terminal, say what it is and where data lives."""
    from selfkind import render
    from selfkind.paths import data_dir

    if store.setting("welcomed") is None:
        render.screen().print(render.first_run(str(data_dir())))
        store.set_setting("welcomed", "yes")
