"""`selfkind` on its own: how today looks, and in a terminal, what to do next."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selfkind.core.entry import Entry
    from selfkind.core.exercise import Exercise
    from selfkind.core.schedule import TodayItem
    from selfkind.core.suggest import Suggestions
    from selfkind.core.summaries import HomeStatus
    from selfkind.storage.store import EntryFilter
    from selfkind.ui.passphrase import Remembered

FINISH = ":finish:"  # before an exercise's id: finish its draft, as chosen


def show_home() -> None:
    """The home screen; in a terminal, offers the next thing to do."""
    from datetime import date, timedelta

    from selfkind.cli.session import welcome_once
    from selfkind.core.suggest import Suggestions
    from selfkind.core.summaries import home_status
    from selfkind.services.plans import installed, todays_items
    from selfkind.services.stored import exercises_of, retitled
    from selfkind.storage.store import EntryFilter, PassedOver, open_store
    from selfkind.ui import render, terminal
    from selfkind.ui.passphrase import Remembered

    today = date.today()
    week = EntryFilter(since=(today - timedelta(days=6)).isoformat(), until=today.isoformat())
    passphrase = Remembered()
    passed_over = None
    plans = installed()
    suggested = Suggestions()
    try:
        with open_store(passphrase=passphrase) as store:
            first_day = store.first_day()
            status = home_status(
                store.entries(week),
                today,
                first_day=date.fromisoformat(first_day) if first_day else None,
            )
            drafts = store.drafts()
            if drafts:  # a draft's title, in the language spoken
                drafts = retitled(drafts, exercises_of(store))
            if terminal.is_interactive():
                from selfkind.services.suggestions import home_suggestions

                welcome_once(store)
                suggested = home_suggestions(store, status, has_plans=bool(plans))
    except PassedOver as damaged:  # the rest is shown first, then what could not be read
        passed_over = damaged
    due = [item for item in todays_items(plans) if item.due]
    render.screen().print(render.home(status, drafts, [item.item.exercise_title for item in due]))
    if passed_over is not None:
        raise passed_over
    if terminal.is_interactive():
        offer_next(status, due, drafts, week, passphrase, suggested)


def offer_next(
    status: HomeStatus,
    due: list[TodayItem],
    drafts: list[Entry],
    week: EntryFilter,
    passphrase: Remembered,
    suggested: Suggestions,
) -> None:
    """At a terminal: the check-in if it is not done, what plans ask, drafts to finish,
    what suits today, another exercise, the week's entries, or nothing."""
    from selfkind import messages
    from selfkind.cli.session import practise_and_show
    from selfkind.core.suggest import FIRST_PLAN, hidden_today
    from selfkind.ui import prompts

    options: list[tuple[str, str]] = []
    if status.checkin is None:
        options.append((messages.HOME_CHECKIN, "checkin"))
    waiting = {draft.exercise_id for draft in drafts}  # "Finish your ..." stands for those
    for item in due:
        if item.item.exercise_id not in {"checkin", *waiting}:
            options.append(
                (
                    messages.HOME_PLANNED.format(title=item.item.exercise_title),
                    item.item.exercise_id,
                )
            )
    for draft in drafts:
        label = messages.HOME_FINISH.format(title=draft.exercise_title)
        options.append((label, FINISH + draft.exercise_id))
    options += suggested_options(suggested, {item.item.exercise_id for item in due})
    options += [
        (messages.HOME_EXERCISE, ":exercise"),
        (messages.HOME_ENTRIES, ":entries"),
        (messages.HOME_NOTHING, ":nothing"),
    ]
    choice = prompts.choose(messages.HOME_WHAT_NEXT, options)
    if suggested.first_plan:  # answered, so seen: never offered again (Ctrl-C never gets here)
        from selfkind.services.suggestions import first_plan_offered

        first_plan_offered()
    if choice == ":exercise":
        hidden = hidden_today(status.mood)
        choice = prompts.choose(messages.HOME_PICK_EXERCISE, exercise_options(hidden))
    if choice == ":first-plan":
        add_first_plan(FIRST_PLAN)
    elif choice == ":entries":
        read_entries(week, passphrase)
    elif not choice.startswith(":") or choice.startswith(FINISH):
        finishing = choice.startswith(FINISH)  # chosen: not asked again whether to pick it up
        name = choice.removeprefix(FINISH)
        practise_and_show(
            name, answers=None, sets=[], as_json=False, passphrase=passphrase, finishing=finishing
        )


def read_entries(week: EntryFilter, passphrase: Remembered) -> None:
    """The week's entries, then one to read in full, and another, until the person is done."""
    from selfkind import messages
    from selfkind.cli.entries import show_entries, show_entry
    from selfkind.ui import prompts
    from selfkind.ui.entries_view import pick_label

    rows = show_entries(
        week, as_json=False, passphrase=passphrase, table=False
    )  # the pick shows them
    if not rows:
        return
    options = [(pick_label(row), row.entry.id) for row in rows]
    options.append((messages.HOME_DONE_READING, ":done"))
    choice = prompts.choose(messages.HOME_PICK_ENTRY, options)
    while choice != ":done":
        show_entry(choice, passphrase=passphrase)
        choice = prompts.choose(messages.HOME_PICK_ENTRY, options, default=":done")


def suggested_options(suggested: Suggestions, planned: set[str]) -> list[tuple[str, str]]:
    """What suits today's mood, a piece to learn from, the first plan: each if there is one
    (and not already asked by a plan)."""
    from selfkind import messages
    from selfkind.services.catalog import known_exercise

    options = []
    for exercise_id, label in (
        (suggested.for_mood, messages.HOME_FOR_TODAY),
        (suggested.learn, messages.HOME_LEARN),
    ):
        exercise = known_exercise(exercise_id) if exercise_id else None
        if exercise is not None and exercise.id not in planned:
            options.append((label.format(title=with_minutes(exercise)), exercise.id))
    if suggested.first_plan:
        options.append((messages.HOME_FIRST_PLAN, ":first-plan"))
    return options


def add_first_plan(plan_id: str) -> None:
    """The built-in first plan, starting today, and what it asks today."""
    from datetime import date

    from selfkind import messages
    from selfkind.services.install import add_builtin
    from selfkind.ui import render
    from selfkind.ui.console import message

    loaded, _ = add_builtin(plan_id, date.today())
    said = messages.HOME_FIRST_PLAN_ADDED.format(title=loaded.plan.title, id=loaded.plan.id)
    render.err().print(message(said))


def with_minutes(exercise: Exercise) -> str:
    from selfkind import messages

    if not exercise.minutes:
        return exercise.title
    return messages.HOME_EXERCISE_MINUTES.format(title=exercise.title, minutes=exercise.minutes)


def exercise_options(hidden: set[str] | None = None) -> list[tuple[str, str]]:
    """Every exercise but the check-in (and any that does not suit today), shortest first: on
    a hard day the short ones lead."""
    from selfkind.services.catalog import list_exercises

    exercises = [item.exercise for item in list_exercises() if item.exercise is not None]
    exercises.sort(key=lambda exercise: (exercise.minutes or 0, exercise.title))
    left_out = {"checkin", *(hidden or ())}
    return [(with_minutes(e), e.id) for e in exercises if e.id not in left_out]
