"""Every `--json` shape, built in one place: one function per shape, plain dicts and lists.

Commands build a shape here and print it with `print_json`, the one way JSON reaches
standard output (escaped there, so a person's words are kept whole and shown safely).
Dates are ISO strings, text is as it was written, and nothing holds Rich markup.
docs/json.md describes every shape with its JSON Schema; tests/test_json_shapes.py holds
the commands to them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from selfkind.formats.plan_json import plan_item_json, week_json
from selfkind.ui.console import print_json as print_json

if TYPE_CHECKING:
    from selfkind.core.caseload import ClientRow
    from selfkind.core.entry import Entry, Found
    from selfkind.core.exercise import Condition, Exercise, Step
    from selfkind.core.plan import Plan, PlanItem
    from selfkind.core.schedule import TodayItem, WeekAdherence
    from selfkind.core.summaries import Summary
    from selfkind.services.catalog import Listed
    from selfkind.services.clinic import ClientReports


# ---------------------------------------------------------------- the data folder and settings


def folder(path: Path) -> dict[str, Any]:
    """`where --json`."""
    return {"folder": str(path)}


def settings(
    region: str | None,
    region_name: str | None,
    sync_folder: str | None,
    sync_auto: bool,
    language: tuple[str | None, str],
) -> dict[str, Any]:
    """`config show --json`: the region as stored (a code) and its name, if selfkind knows it;
    the sync folder and whether sync is automatic; the language set (a code, or None) and
    the one spoken."""
    return {
        "region": region or None,
        "region_name": region_name,
        "sync_folder": sync_folder,
        "sync": "auto" if sync_auto else "off",
        "language": language[0],
        "speaking": language[1],
    }


# ---------------------------------------------------------------- entries


def entry(found: Entry) -> dict[str, Any]:
    """One entry in the spec's entry JSON (`run`, `checkin`, `entries show`).

    The same form is written by export and read back by import, so the entry keeps it
    (`Entry.to_json`); this is the one place a command gets it for --json."""
    return found.to_json()


def entries(found: Iterable[Entry]) -> list[dict[str, Any]]:
    """`entries list --json`: entries, newest first."""
    return [entry(item) for item in found]


def search_hits(found: Iterable[Found]) -> list[dict[str, Any]]:
    """`entries search --json`: each entry found, with the words around the match."""
    return [{**entry(item.entry), "snippet": item.snippet_text} for item in found]


# ---------------------------------------------------------------- exercises


def exercise_listed(item: Listed) -> dict[str, Any]:
    """One exercise of `exercise list --json`; a file with mistakes is listed as not valid."""
    if item.exercise is None:
        return {"id": item.path.stem, "origin": item.origin, "path": str(item.path), "valid": False}
    exercise = item.exercise
    return {
        "id": exercise.id,
        "title": exercise.title,
        "description": exercise.description,
        "minutes": exercise.minutes,
        "tags": list(exercise.tags),
        "origin": item.origin,
        "path": str(item.path),
        "valid": True,
    }


def exercises(listed: Iterable[Listed]) -> list[dict[str, Any]]:
    """`exercise list --json`."""
    return [exercise_listed(item) for item in listed]


def exercise(shown: Exercise) -> dict[str, Any]:
    """`exercise show --json`: an exercise, its steps and its scores, as the file says them
    (defaults filled in; prompts with their `{{ placeholders }}`, unfilled)."""
    return {
        "id": shown.id,
        "title": shown.title,
        "description": shown.description,
        "minutes": shown.minutes,
        "tags": list(shown.tags),
        "credit": shown.credit,
        "origin": shown.origin,  # for a file named by its path, that path
        "hash": shown.hash,
        "steps": [step_json(step) for step in shown.steps],
        "scores": [
            {"id": score.id, "label": score.label, "method": score.method} for score in shown.scores
        ],
    }


def step_json(step: Step) -> dict[str, Any]:
    """One step: its type, what it says or asks, its own fields, and when it is shown."""
    from selfkind.core.exercise import (
        AnswerStep,
        ChoicesStep,
        ConfirmStep,
        OptionsStep,
        PauseStep,
        SayStep,
        ScaleStep,
        TextStep,
    )

    data: dict[str, Any] = {"type": step.type}
    if isinstance(step, SayStep):
        data["text"] = step.text
    elif isinstance(step, PauseStep):
        data.update(seconds=step.seconds, text=step.text)
    elif isinstance(step, AnswerStep):
        data.update(id=step.id, prompt=step.prompt, help=step.help, required=step.required)
        if isinstance(step, TextStep):
            data.update(multiline=step.multiline, max_length=step.max_length)
        elif isinstance(step, ScaleStep):
            labels = {str(value): label for value, label in sorted(step.labels.items())}
            data.update(min=step.min, max=step.max, labels=labels)
        elif isinstance(step, OptionsStep):
            data["options"] = list(step.options)
            if isinstance(step, ChoicesStep):
                data["min_selected"] = step.min_selected
        elif isinstance(step, ConfirmStep):
            data["default"] = step.default
    data["when"] = None if step.when is None else condition_json(step.when)
    return data


def condition_json(condition: Condition) -> dict[str, Any]:
    """A `when:` condition in the exercise format's own form."""
    from selfkind.core.exercise import AllOf, AnyOf, Not

    if isinstance(condition, AllOf):
        return {"all": [condition_json(inner) for inner in condition.conditions]}
    if isinstance(condition, AnyOf):
        return {"any": [condition_json(inner) for inner in condition.conditions]}
    if isinstance(condition, Not):
        return {"not": condition_json(condition.condition)}
    value = list(condition.value) if isinstance(condition.value, tuple) else condition.value
    return {"answer": condition.answer, condition.test: value}


# ---------------------------------------------------------------- plans and today


def plan(shown: Plan) -> dict[str, Any]:
    """One plan of `plan list --json`."""
    return {
        "id": shown.id,
        "title": shown.title,
        "from": shown.sender,
        "start": shown.start.isoformat(),
        "end": shown.end.isoformat() if shown.end else None,
        "report_to": shown.report_to,
        "items": [plan_item_json(item) for item in shown.items],
    }


def plans(installed: Iterable[Plan]) -> list[dict[str, Any]]:
    """`plan list --json`."""
    return [plan(item) for item in installed]


def plan_status(shown: Plan, today: date) -> str:
    """upcoming, active or ended, on a day."""
    if today < shown.start:
        return "upcoming"
    if shown.end is not None and today > shown.end:
        return "ended"
    return "active"


def plan_detail(shown: Plan, weeks: dict[str, list[WeekAdherence]], today: date) -> dict[str, Any]:
    """`plan show --json`: the plan as `plan list` has it, with its note, where it stands
    today, and for each item done out of asked so far, in total and week by week."""
    from selfkind.core.schedule import totals

    def progress(item: PlanItem) -> dict[str, Any]:
        its = weeks.get(item.exercise_id, [])
        done, asked = totals(its)
        return {
            **plan_item_json(item),
            "asked": asked,
            "done": done,
            "weeks": [week_json(week) for week in its],
        }

    listed = plan(shown)
    del listed["items"]  # given again below, each with how it has gone; last, as in the list
    return {
        **listed,
        "note": shown.note,
        "status": plan_status(shown, today),
        "as_of": today.isoformat(),
        "items": [progress(item) for item in shown.items],
    }


def today_items(items: Iterable[TodayItem]) -> list[dict[str, Any]]:
    """`today --json`: every item of every plan active today, and where it stands."""
    return [
        {
            "plan": item.plan.id,
            **plan_item_json(item.item),
            "asked_today": item.asked_today,
            "done_today": item.done_today,
            "done_this_week": item.done_this_week,
            "asked_this_week": item.asked_this_week,
            "due": item.due,
            "new": item.new,
        }
        for item in items
    ]


# ---------------------------------------------------------------- summary


def summary(shown: Summary) -> dict[str, Any]:
    """`summary --json`: every number the summary shows."""
    return {
        "since": shown.since.isoformat(),
        "until": shown.until.isoformat(),
        "days": len(shown.days),
        "practised_days": shown.practised_days,
        "entries": shown.entries,
        "minutes": round(shown.minutes, 1),
        "calendar": {day.isoformat(): count for day, count in shown.days},
        "mood": {day.isoformat(): mood for day, mood in shown.mood if mood is not None},
        "exercises": [
            {
                "id": c.exercise_id,
                "title": c.title,
                "times": c.times,
                "minutes": round(c.minutes, 1),
            }
            for c in shown.exercises
        ],
        "scores": [
            {
                "exercise": t.exercise_id,
                "score": t.score_id,
                "label": t.label,
                "count": len(t.values),
                "first": t.first,
                "last": t.last,
                "mean": round(t.mean, 2),
                "values": t.values,
                **(
                    {
                        "before_mean": round(sum(t.before) / len(t.before), 2),
                        "after_mean": round(sum(t.after) / len(t.after), 2),
                    }
                    if t.before
                    else {}
                ),
            }
            for t in shown.trends
        ],
        "kind_words": shown.kind_words,
    }


# ---------------------------------------------------------------- the caseload


def caseload(rows: Iterable[ClientRow]) -> list[dict[str, Any]]:
    """`clinic list --json`: one object per client, from their latest report."""
    return [client_row(row) for row in rows]


def client_row(row: ClientRow) -> dict[str, Any]:
    latest = row.latest
    done, asked = latest.done_and_asked or (None, None)
    return {
        "client": row.client,
        "reports": row.reports,
        "plans": [{"id": plan_id, "title": title} for plan_id, title in latest.plans],
        "since": latest.since.isoformat(),
        "until": latest.until.isoformat(),
        "made_at": latest.made_at,
        "done": done,
        "asked": asked,
        "last_practised": row.last_practised.isoformat() if row.last_practised else None,
        "days_since_practice": row.days_since_practice,
        "measures": [
            {
                "exercise": m.latest.exercise_id,
                "exercise_title": m.latest.exercise_title,
                "score": m.latest.score_id,
                "label": m.latest.label,
                "value": m.latest.value,
                "band": m.latest.band,
                "date": m.latest.day.isoformat(),
                "change_since_previous": m.since_previous,
                "change_since_first": m.since_first,
            }
            for m in row.measures
        ],
    }


def client_reports(found: ClientReports) -> dict[str, Any]:
    """`clinic show --json`: the client's row and every report's data (without the page the
    client saw, which selfkind never shows), first to latest."""
    from selfkind.formats.report_file import to_json

    reports = []
    for report in found.reports:
        data = to_json(report)
        del data["page"]
        reports.append(data)
    return {"client": client_row(found.row), "reports": reports}
