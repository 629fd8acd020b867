"""Plan format version 1: validated as strictly as exercises, with every mistake in one pass.

A plan names exercises by id (known to selfkind) or by a file next to the plan;
each file is validated too, and its own mistakes are reported at its own lines.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from selfkind import messages
from selfkind.core import wording
from selfkind.core.errors import InvalidFile, Problem, SelfkindError
from selfkind.core.exercise import BUILT_IN, YOURS, Exercise, looks_like_path
from selfkind.core.plan import WEEKDAYS, Plan, PlanItem
from selfkind.core.recipient import CHARSET, LENGTH, PREFIX, is_recipient
from selfkind.formats.exercise import ID, TITLE, VERSION, translations
from selfkind.formats.shape import (
    Boolean,
    Checker,
    Choice,
    Day,
    Field,
    Got,
    Integer,
    ListOf,
    Obj,
    Text,
)
from selfkind.formats.validate import load_exercise
from selfkind.formats.yamlfile import UnreadableYaml, compose, other_format, read_text
from selfkind.messages.language import current_language

SCHEDULES = ("daily", "days", "times_per_week")
RECIPIENT_PATTERN = "[Aa][Gg][Ee]1[0-9A-Za-z]*"  # then its case, length, letters and checksum
FindExercise = Callable[[str], Exercise | None]

ITEM = Obj(
    name="FORMAT_PLAN_ITEM",
    fields={
        "exercise": Field(
            Text(one_line=True, max_length=300, doc="An exercise id, or a file next to the plan."),
            required=True,
        ),
        "daily": Field(Boolean(doc="Asked every day.")),
        "days": Field(ListOf(Choice(options=WEEKDAYS), min_items=1, unique=True)),
        "times_per_week": Field(Integer(1, 7)),
        "from_day": Field(
            Integer(1, 366, doc="Asked from this day of the plan (1 is its start); default 1.")
        ),
        "optional": Field(Boolean(doc="Offered, not asked: never counted as missed.")),
        "why": Field(Text(one_line=True, max_length=160, doc="One line on why this practice.")),
    },
)
PLAN_WORDS = Obj(
    name="FORMAT_TRANSLATION",
    doc="The plan's words in one language; `items` in the order of the plan's items.",
    fields={
        "title": Field(Text(one_line=True, max_length=120)),
        "note": Field(Text()),
        "items": Field(
            ListOf(Obj(name="FORMAT_PLAN_ITEM", fields={"why": ITEM.fields["why"]}), max_items=50)
        ),
    },
)
PLAN = Obj(
    name="FORMAT_PLAN",
    fields={
        "selfkind-plan": VERSION,
        "id": ID,
        "title": TITLE,
        "from": Field(Text(one_line=True, max_length=120)),
        "note": Field(Text(doc="Markdown, shown by `plan show`.")),
        "start": Field(Day(), required=True),
        "end": Field(Day()),
        "items": Field(ListOf(ITEM, min_items=1, max_items=50), required=True),
        "report_to": Field(
            Text(
                one_line=True,
                pattern=RECIPIENT_PATTERN,
                pattern_hint="PLAN_REPORT_TO_HINT",
                doc="The therapist's public key (age1…, from `selfkind clinic key`): reports "
                "for this plan are locked so only that therapist can read them.",
            )
        ),
        "translations": translations(
            PLAN_WORDS, "The plan's title, note and whys in other languages, by code (es, de...)."
        ),
    },
)


@dataclass
class LoadedPlan:
    """A valid plan, its text, and the exercise files it names (relative path: exercise)."""

    plan: Plan
    text: str
    files: dict[str, Exercise] = field(default_factory=dict)


def load_plan(path: Path, find_exercise: FindExercise) -> LoadedPlan:
    """Read and validate a plan and every file it names; raises listing every mistake.

    `find_exercise(id)` returns a known exercise or None.
    """
    try:
        text = read_text(path)
    except UnreadableYaml as error:
        raise InvalidFile(str(path), [error.problem]) from None
    return parse_plan(text, path, find_exercise)


def parse_plan(text: str, path: Path, find_exercise: FindExercise) -> LoadedPlan:
    """Validate a plan's text, as if read from `path` (its files are looked for beside it)."""
    label = str(path)
    try:
        root = compose(text)
    except UnreadableYaml as error:
        raise InvalidFile(label, [error.problem]) from None
    if root is None:
        raise InvalidFile(label, [Problem(1, 1, messages.PLAN_FILE_EMPTY)])
    if other_format(root, "selfkind"):
        raise InvalidFile(label, [Problem(1, 1, messages.FILE_IS_AN_EXERCISE)])
    checker = Checker()
    got = PLAN.check(root, checker, "plan")
    details: list[str] = []
    named_with_mistakes: list[str] = []
    items: list[PlanItem] = []
    files: dict[str, Exercise] = {}
    if got is not None:
        _check_dates(got, checker)
        _check_recipient(got, checker)
        _check_translations(got, checker)
        for item in got.value_of("items", []):
            _check_from_day(got, item, checker)
            before = len(details)
            made = _item(item, path.parent, checker, details, files, find_exercise)
            if len(details) > before:  # the file it names has mistakes of its own
                named_with_mistakes.append(str(item.value_of("exercise")))
            if made is not None:
                items.append(made)
    problems = sorted(set(checker.problems), key=lambda p: (p.line, p.column))
    if problems or details:
        located = [problem.located(label) for problem in problems]
        # A file with mistakes is pointed at from the plan's line; its mistakes are counted.
        pointers = {messages.PLAN_FILE_MISTAKES.format(name=name) for name in named_with_mistakes}
        count = sum(1 for p in problems if p.message not in pointers) + len(details)
        raise SelfkindError(
            messages.counted(messages.PLAN_MISTAKES, count, path=label),
            details=tuple(located + details),
        )
    assert got is not None  # a plan that is not a mapping has a problem reported above
    values = got.plain()
    words = wording.plan_words_for(values, current_language())
    if words.get("items"):
        whys = [said.get("why") for said in words["items"]]
        items = [replace(item, why=why or item.why) for item, why in zip(items, whys, strict=False)]
    plan = Plan(
        id=values["id"],
        title=words.get("title") or values["title"],
        start=values["start"],
        end=values.get("end"),
        sender=values.get("from"),
        note=words.get("note") or values.get("note"),
        items=tuple(items),
        report_to=values.get("report_to"),
    )
    return LoadedPlan(plan, text, files)


def _check_dates(got: Got, checker: Checker) -> None:
    start, end = got.get("start"), got.get("end")
    if start is not None and end is not None and end.value < start.value:
        said = messages.PLAN_END_BEFORE_START.format(end=end.value, start=start.value)
        checker.report(end.mark, said)


def _check_from_day(got: Got, item: Got, checker: Checker) -> None:
    """An item brought in after the plan has ended would never be asked."""
    start, end, day = got.get("start"), got.get("end"), item.get("from_day")
    if start is None or end is None or day is None:
        return
    if (end.value - start.value).days + 1 < day.value:
        said = messages.PLAN_FROM_DAY_AFTER_END.format(day=day.value, end=end.value)
        checker.report(day.mark, said)


def _check_translations(got: Got, checker: Checker) -> None:
    """A translation's whys are one for each item, in their order."""
    count = len(got.value_of("items", []))
    translations = got.get("translations")
    for language, words in translations.value.items() if translations else ():
        given = words.get("items")
        if given is not None and len(given.value) != count:
            said = messages.CHECK_WORDS_COUNT.format(
                language=language, given=len(given.value), what=messages.WORDS_ITEMS, count=count
            )
            checker.report(given.mark, said)


def _check_recipient(got: Got, checker: Checker) -> None:
    """A key of the right form whose checksum fits: one mistyped character is caught here."""
    key = got.get("report_to")
    if key is None or is_recipient(key.value):
        return
    text = key.value
    never = sorted({char for char in text[len(PREFIX) :] if char not in CHARSET})
    if text != text.lower():
        said = messages.PLAN_REPORT_TO_CAPITALS
    elif len(text) != LENGTH:
        said = messages.PLAN_REPORT_TO_LENGTH.format(count=len(text) - len(PREFIX))
    elif never:
        said = messages.PLAN_REPORT_TO_NEVER.format(chars=", ".join(f"'{c}'" for c in never))
    else:
        said = messages.PLAN_REPORT_TO_MISTYPED
    checker.report(key.mark, said)


def _item(
    item: Got,
    folder: Path,
    checker: Checker,
    details: list[str],
    files: dict[str, Exercise],
    find_exercise: FindExercise,
) -> PlanItem | None:
    chosen = [key for key in SCHEDULES if key in item.keys]
    if len(chosen) == 1 and item.get(chosen[0]) is None:
        return None  # its value has a mistake of its own, reported where it is
    if len(chosen) != 1:
        said = (
            messages.PLAN_ITEM_SCHEDULES.format(count=len(chosen), schedules=", ".join(chosen))
            if chosen
            else messages.PLAN_ITEM_NO_SCHEDULE
        )
        checker.report(item.mark, said)
        return None
    daily = item.get("daily")
    if daily is not None and daily.value is not True:
        checker.report(daily.mark, messages.PLAN_DAILY_NOT_TRUE)
        return None
    name = item.get("exercise")
    if name is None:
        return None
    exercise = _exercise(name, folder, checker, details, files, find_exercise)
    if exercise is None:
        return None
    values = item.plain()
    return PlanItem(
        exercise_id=exercise.id,
        exercise_title=exercise.title,
        source=name.value,
        daily=bool(values.get("daily")),
        days=tuple(values.get("days", ())),
        times_per_week=values.get("times_per_week"),
        from_day=values.get("from_day", 1),
        why=values.get("why"),
        optional=bool(values.get("optional")),
    )


def _exercise(
    name: Got,
    folder: Path,
    checker: Checker,
    details: list[str],
    files: dict[str, Exercise],
    find_exercise: FindExercise,
) -> Exercise | None:
    """The exercise a plan item names: a file next to the plan, or an id selfkind knows."""
    if looks_like_path(name.value):
        relative = Path(name.value)
        if relative.is_absolute() or ".." in relative.parts:
            checker.report(name.mark, messages.PLAN_FILE_OUTSIDE.format(name=name.value))
            return None
        if not name.value.startswith("./"):  # as documented, so a file never reads as an id
            checker.report(name.mark, messages.PLAN_FILE_DOT.format(name=name.value))
            return None
        path = folder / relative
        if not path.is_file():
            checker.report(name.mark, messages.PLAN_FILE_MISSING.format(name=name.value))
            return None
        try:
            exercise = load_exercise(path)
        except InvalidFile as error:
            checker.report(name.mark, messages.PLAN_FILE_MISTAKES.format(name=name.value))
            details.extend(error.details)
            return None
        known = find_exercise(exercise.id)
        if known is not None and known.origin in (BUILT_IN, YOURS):
            said = (
                messages.PLAN_FILE_BUILT_IN_ID
                if known.origin == BUILT_IN
                else messages.PLAN_FILE_OWN_ID
            )
            checker.report(name.mark, said.format(name=name.value, id=exercise.id))
            return None
        files[relative.as_posix()] = exercise
        return exercise
    by_id = find_exercise(name.value)
    if by_id is None:
        checker.report(name.mark, messages.PLAN_NO_SUCH_EXERCISE.format(name=name.value))
    return by_id


def json_schema() -> dict[str, Any]:
    """The JSON Schema of plan format version 1, for editors."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "selfkind plan, format version 1",
        **PLAN.schema(),
    }
