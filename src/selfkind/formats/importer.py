"""Reading entries in: a selfkind JSON export (lossless), or a jrnl JSON export.

Every entry is checked like answers given to `selfkind run` (see `import_checks`) before
anything is kept. Nothing is written here; the store adds what is read in one transaction,
so a bad or foreign file changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from selfkind import messages
from selfkind.core.entry import COMPLETE, Entry, utc_timestamp
from selfkind.core.errors import SelfkindError
from selfkind.core.exercise import Exercise, TextStep
from selfkind.core.text import is_text
from selfkind.formats.import_checks import (
    FIRST_DAY,
    HALF_ESCAPE,
    LOCAL_DATE,
    SAFE_ID,
    Checked,
    entry_from_json,
    fitted,
    in_range,
    latest_day,
    shown,
    shown_name,
)

JRNL_NAMESPACE = uuid.UUID("5f0c5b1e-7d38-4b0b-9a41-6a7c3f1e2d90")  # ids for jrnl entries
JRNL_TIME = re.compile(r"[0-9]{2}:[0-9]{2}(:[0-9]{2})?")  # jrnl writes 21:30
MAX_MEGABYTES = 256  # about 250,000 entries; a 100,000-entry export is about 100 MB
MAX_CHARACTERS = MAX_MEGABYTES * 1024 * 1024
FindExercises = Callable[
    [Iterable[tuple[str, str]], dict[str, Exercise]], dict[tuple[str, str], Checked | None]
]
SHOWN_MISTAKES = 20  # lines listed before "and K more"


@dataclass
class Imported:
    """What a file holds: entries, exercise texts by hash, and notices for the person."""

    kind: str  # "selfkind" or "jrnl"
    entries: list[Entry] = field(default_factory=list)
    sources: dict[str, tuple[str, str]] = field(default_factory=dict)  # hash: (exercise id, text)
    unreadable_sources: int = 0
    notices: list[str] = field(default_factory=list)


def read_import(text: str, label: str, journal: Exercise, find: FindExercises) -> Imported:
    """Entries from a selfkind or jrnl export; raises SelfkindError (nothing read) if any is wrong.

    `journal` is the exercise jrnl entries become; `find` gives the exercise each
    (exercise id, hash) of the file names, to check its entries against.
    """
    data = _json(text, label)
    halves_possible = HALF_ESCAPE.search(text) is not None
    if isinstance(data, dict) and "selfkind_export" in data:
        return _selfkind(data.get("entries"), data.get("exercises"), label, halves_possible, find)
    if isinstance(data, list):  # the output of `entries list --json`
        return _selfkind(data, {}, label, halves_possible, find)
    if isinstance(data, dict) and isinstance(data.get("entries"), list) and "tags" in data:
        return _jrnl(data["entries"], label, journal)
    raise SelfkindError(messages.IMPORT_UNKNOWN.format(path=label))


def read_entries(
    entries: Any, exercises: Any, label: str, find: FindExercises, *, halves_possible: bool
) -> Imported:
    """Entries in export's shape (a sync change file's), checked as an import's are."""
    return _selfkind(entries, exercises, label, halves_possible, find)


def _json(text: str, label: str) -> Any:
    """The file's JSON; a file too large, nested too deeply or holding a number too long
    to read gets its own plain sentence."""
    if len(text) > MAX_CHARACTERS:
        raise SelfkindError(messages.IMPORT_TOO_LARGE.format(path=label, limit=MAX_MEGABYTES))
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        reason = messages.IMPORT_JSON_WHERE.format(
            line=error.lineno, column=error.colno, reason=error.msg
        )
        raise SelfkindError(messages.IMPORT_NOT_JSON.format(path=label, reason=reason)) from None
    except RecursionError:
        raise SelfkindError(messages.IMPORT_TOO_DEEP.format(path=label)) from None
    except ValueError:  # an integer past Python's limit on digits (4,300)
        raise SelfkindError(messages.IMPORT_HUGE_NUMBER.format(path=label)) from None


class _Mistakes:
    """Every mistake in a file, counted; the first SHOWN_MISTAKES kept to list."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.lines: list[str] = []
        self.count = 0

    def add(self, problem: str, number: int | None = None, which: str | None = None) -> None:
        self.count += 1
        if len(self.lines) >= SHOWN_MISTAKES:
            return
        if number is None:
            line = messages.IMPORT_FILE_MISTAKE.format(path=self.label, problem=problem)
        elif which is None:
            line = messages.IMPORT_JRNL_MISTAKE.format(
                path=self.label, number=number, problem=problem
            )
        else:
            line = messages.IMPORT_ENTRY_MISTAKE.format(
                path=self.label, number=number, which=which, problem=problem
            )
        self.lines.append(line)

    def refuse(self) -> None:
        """Raise the refusal listing them, if there are any."""
        if not self.count:
            return
        more = self.count - len(self.lines)
        shown_lines = self.lines + (
            [messages.IMPORT_MORE_MISTAKES.format(count=more)] if more else []
        )
        raise SelfkindError(
            messages.counted(messages.IMPORT_REFUSED, self.count, path=self.label),
            details=tuple(shown_lines),
        )


# ---------------------------------------------------------------- selfkind


def _selfkind(
    entries: Any, exercises: Any, label: str, halves_possible: bool, find: FindExercises
) -> Imported:
    imported = Imported("selfkind")
    mistakes = _Mistakes(label)
    if not isinstance(entries, list):
        mistakes.add(messages.IMPORT_ENTRIES_NOT_LIST)
        mistakes.refuse()
    carried = _carried(exercises, imported)
    if exercises is not None and not isinstance(exercises, dict):
        mistakes.add(messages.IMPORT_EXERCISES_NOT_MAP)
    last = latest_day()
    read = [
        (number, _entry_label(data), *entry_from_json(data, last, halves_possible=halves_possible))
        for number, data in enumerate(entries, start=1)
    ]
    named = find(
        {(entry.exercise_id, entry.exercise_hash) for *_, entry, _ in read if entry is not None},
        carried,
    )
    recomputed, unknown = 0, set()
    first_of: dict[str, int] = {}  # an id's first entry: a second one would be passed over
    for number, which, entry, problems in read:
        if entry is not None:
            checked = named[(entry.exercise_id, entry.exercise_hash)]
            scores, problems = fitted(entry, checked)
            if first_of.setdefault(entry.id, number) != number:
                problems = [*problems, messages.IMPORT_ID_TWICE.format(first=first_of[entry.id])]
            if checked is None:
                unknown.add(entry.exercise_id)
            elif scores != entry.scores:
                recomputed += 1
            imported.entries.append(
                entry if scores == entry.scores else replace(entry, scores=scores)
            )
        for problem in problems:  # in the order of the file
            mistakes.add(problem, number, which)
    mistakes.refuse()
    imported.notices = _notices(imported.entries, named, recomputed, unknown)
    return imported


def _entry_label(data: Any) -> str:
    """How a mistake names its entry: by the first characters of its id, as selfkind lists."""
    entry_id = data.get("id") if isinstance(data, dict) else None
    if not isinstance(entry_id, str) or not entry_id:
        return messages.IMPORT_ENTRY_NO_ID
    short = entry_id[:8] if SAFE_ID.fullmatch(entry_id) else shown_name(entry_id)
    return messages.IMPORT_ENTRY_ID.format(id=short)


def _notices(
    entries: list[Entry],
    named: dict[tuple[str, str], Checked | None],
    recomputed: int,
    unknown: set[str],
) -> list[str]:
    notices = []
    if recomputed:
        notices.append(messages.counted(messages.IMPORT_SCORES_RECOMPUTED, recomputed))
    if unknown:
        count = sum(named[(e.exercise_id, e.exercise_hash)] is None for e in entries)
        notices.append(
            messages.counted(
                messages.IMPORT_EXERCISES_UNKNOWN,
                count,
                names=", ".join(shown_name(name) for name in sorted(unknown)[:5])
                + (", …" if len(unknown) > 5 else ""),
            )
        )
    return notices


def _carried(exercises: Any, imported: Imported) -> dict[str, Exercise]:
    """The exercise texts in the file that can be kept, by hash: each is validated like any
    file someone wrote, and must be the text its hash names. Those that cannot are counted
    (their entries still come in, checked against the exercise known here)."""
    from selfkind.formats.validate import check_exercise_text

    carried: dict[str, Exercise] = {}
    if not isinstance(exercises, dict):
        return carried
    for exercise_hash, found in exercises.items():
        source = found.get("source") if isinstance(found, dict) else None
        exercise = None
        if (
            isinstance(source, str)
            and is_text(source)
            and hashlib.sha256(source.encode("utf-8")).hexdigest() == exercise_hash
        ):
            exercise = check_exercise_text(source)[1]
        if exercise is None:
            imported.unreadable_sources += 1
            continue
        carried[exercise_hash] = exercise
        imported.sources[exercise_hash] = (exercise.id, exercise.source)
    return carried


# ---------------------------------------------------------------- jrnl


def _jrnl(entries: list[Any], label: str, journal: Exercise) -> Imported:
    imported = Imported("jrnl", sources={journal.hash: (journal.id, journal.source)})
    mistakes = _Mistakes(label)
    checked = Checked.of(journal)
    last = latest_day()
    for number, data in enumerate(entries, start=1):
        entry, problems = _jrnl_entry(data, journal, last)
        if entry is not None:
            problems = fitted(entry, checked)[1]
            imported.entries.append(entry)
        for problem in problems:
            mistakes.add(problem, number)
    mistakes.refuse()
    return imported


def _jrnl_entry(data: Any, journal: Exercise, last: date) -> tuple[Entry | None, list[str]]:
    """A jrnl entry as a journal entry: its date and time (local), title, body, tags and star."""
    if not isinstance(data, dict):
        return None, [messages.IMPORT_JRNL_NOT_ENTRY]
    day, time = data.get("date"), data.get("time") or "09:00"
    try:
        if not (isinstance(day, str) and LOCAL_DATE.fullmatch(day)):
            raise ValueError
        if not (isinstance(time, str) and JRNL_TIME.fullmatch(time)):
            raise ValueError
        written = datetime.fromisoformat(f"{day}T{time}")
    except ValueError:
        return None, [
            messages.IMPORT_JRNL_BAD_DATE.format(day=_shown_jrnl(day), time=_shown_jrnl(time))
        ]
    # Its day as written, and the moment it names, both between 1970 and tomorrow.
    if not (FIRST_DAY <= written.date() <= last and in_range(written.astimezone(), last)):
        return None, [messages.IMPORT_JRNL_DATE_OUT_OF_RANGE.format(day=day)]
    title = data.get("title")
    body = data.get("body") or ""
    tags = data.get("tags") or []
    if not isinstance(title, str) or not isinstance(body, str) or not isinstance(tags, list):
        return None, [messages.IMPORT_JRNL_NOT_TEXT]
    if not (is_text(title) and is_text(body) and all(is_text(str(tag)) for tag in tags)):
        return None, [messages.IMPORT_JRNL_NOT_VALID_TEXT]
    key = f"jrnl\n{day} {time}\n{title}\n{body}"
    moment = written.astimezone()
    stamp = utc_timestamp(moment)
    return Entry(
        id=uuid.uuid5(JRNL_NAMESPACE, key).hex,
        exercise_id=journal.id,
        exercise_title=journal.title,
        exercise_hash=journal.hash,
        started_at=stamp,
        completed_at=stamp,
        local_date=moment.date().isoformat(),
        status=COMPLETE,
        answers=_jrnl_answers(title, body, [str(tag) for tag in tags], data, journal),
    ), []


def _jrnl_answers(
    title: str, body: str, tags: list[str], data: dict[str, Any], journal: Exercise
) -> dict[str, Any]:
    """A jrnl entry's words as the journal's answers. A title longer than the journal keeps
    is shortened, and the whole of it starts the body; tags beyond what it keeps are left
    out of the tags (they are still in the words, where jrnl found them)."""
    answers: dict[str, Any] = {"title": title.strip() or messages.IMPORT_JRNL_UNTITLED}
    title_step = journal.answer_step("title")
    if isinstance(title_step, TextStep) and len(answers["title"]) > title_step.max_length:
        body = f"{answers['title']}\n{body}" if body.strip() else answers["title"]
        answers["title"] = _shortened(answers["title"], title_step.max_length)
    if body.strip():
        answers["body"] = body.rstrip()
    tags_step = journal.answer_step("tags")
    limit = tags_step.max_length if isinstance(tags_step, TextStep) else None
    kept: list[str] = []
    for tag in filter(str.strip, tags):
        if limit is None or len(", ".join([*kept, tag])) <= limit:
            kept.append(tag)
    if kept:
        answers["tags"] = ", ".join(kept)
    answers["starred"] = bool(data.get("starred"))
    return answers


def _shortened(text: str, limit: int) -> str:
    return " ".join(text.split())[: limit - 1].rstrip() + "…"


def _shown_jrnl(value: Any) -> str:
    """A jrnl date or time as written (without quotes, as jrnl shows them)."""
    return shown_name(value) if isinstance(value, str) else shown(value)
