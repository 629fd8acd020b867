"""Writing entries out: JSON (lossless, with the exercise texts), CSV, Markdown and HTML.

Entries are streamed, so ten years of them need no more memory than a week.
Writers know nothing of SQLite: they get entries and a way to find each one's exercise.
"""

from __future__ import annotations

import csv
import html
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol, TextIO

from selfkind import __version__, messages
from selfkind.core.entry import DRAFT, Entry, local_time
from selfkind.core.exercise import Exercise
from selfkind.core.templates import answer_text, answered_questions
from selfkind.core.text import clean, escaped_in_json, markdown_inline, spreadsheet_cell
from selfkind.messages.formatting import said_day
from selfkind.storage.paths import private_file

EXPORT_VERSION = 1
FORMATS = ("json", "csv", "md", "html")

ExerciseFor = Callable[[Entry], Exercise | None]


class Writable(Protocol):
    """Where a writer writes: a SafeText, or any text stream."""

    def write(self, text: str, /) -> int: ...


class SafeText:
    """A text stream that lets nothing through that a terminal or viewer would act on.

    Every export and report writes through one, so a writer that forgets to clean a person's
    words, or a file's, still cannot put an escape sequence, control or bidi character into
    a file that may be read with `cat`. JSON keeps every character, written as a \\u escape.
    """

    def __init__(self, stream: TextIO, *, json_text: bool = False) -> None:
        self.stream = stream
        self.json_text = json_text

    def write(self, text: str) -> int:
        return self.stream.write(escaped_in_json(text) if self.json_text else clean(text))


@contextmanager
def private_output(path: Path | None, *, json_text: bool = False) -> Iterator[SafeText]:
    """Standard output, or a file readable only by you, written whole or not at all; either
    way through a SafeText (`json_text`: keep every character, escaped)."""
    with _private_stream(path) as stream:
        yield SafeText(stream, json_text=json_text)


@contextmanager
def _private_stream(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
    else:
        with private_file(path.expanduser()) as stream:
            yield stream


def write_json(
    entries: Iterable[Entry], sources: Callable[[str], tuple[str, str] | None], out: Writable
) -> int:
    """The lossless export: every entry field, and each exercise text by its hash."""
    out.write(f'{{\n  "selfkind_export": {EXPORT_VERSION},\n')
    out.write(f'  "selfkind_version": {json.dumps(__version__)},\n')
    out.write(
        f'  "exported_at": {json.dumps(datetime.now(timezone.utc).isoformat(timespec="seconds"))},\n'
    )
    out.write('  "entries": [')
    hashes: dict[str, None] = {}
    count = 0
    for entry in entries:
        out.write(",\n    " if count else "\n    ")
        out.write(json.dumps(entry.to_json(), ensure_ascii=False))
        hashes[entry.exercise_hash] = None
        count += 1
    out.write("\n  ],\n" if count else "],\n")
    exercises = {}
    for exercise_hash in hashes:
        found = sources(exercise_hash)
        if found is not None:
            exercises[exercise_hash] = {"id": found[0], "source": found[1]}
    out.write(
        f'  "exercises": {json.dumps(exercises, ensure_ascii=False, indent=2).replace(chr(10), chr(10) + "  ")}\n'
    )
    out.write("}\n")
    return count


def write_csv(entries: Callable[[], Iterable[Entry]], out: Writable) -> int:
    """One row per entry, one column per answer and per score (read twice: columns, then rows)."""
    answer_columns: dict[str, None] = {}
    score_columns: dict[str, None] = {}
    for entry in entries():
        answer_columns.update(dict.fromkeys(entry.answers))
        score_columns.update(dict.fromkeys(entry.scores))
    fixed = ["id", "exercise", "title", "local_date", "started_at", "completed_at", "status"]
    writer = csv.writer(out, lineterminator="\n")
    # Prefixed, so an answer called 'title' or 'id' never shares a column name with an entry field.
    header = [f"answer:{name}" for name in answer_columns] + [
        f"score:{name}" for name in score_columns
    ]
    writer.writerow(fixed + header)
    count = 0
    for entry in entries():
        writer.writerow(
            [
                entry.id,
                entry.exercise_id,
                spreadsheet_cell(entry.exercise_title),
                entry.local_date,
                entry.started_at,
                entry.completed_at or "",
                entry.status,
                *(_cell(entry.answers.get(name)) for name in answer_columns),
                *(entry.scores.get(name, "") for name in score_columns),
            ]
        )
        count += 1
    return count


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return spreadsheet_cell("; ".join(value) if isinstance(value, list) else answer_text(value))


def questions_and_answers(entry: Entry, exercise: Exercise | None) -> list[tuple[str, str]]:
    """Each answer beside the question it answers, cleaned of terminal control characters
    (a journal may be read with `cat`)."""
    return [(clean(q), clean(a)) for q, a in answered_questions(exercise, entry.answers)]


def _with_days(entries: Iterable[Entry]) -> Iterator[tuple[datetime | None, Entry]]:
    """Entries in order, each with its day when it is the first entry of that day."""
    day = None
    for entry in entries:
        new = entry.local_date != day
        day = entry.local_date
        yield (datetime.fromisoformat(day) if new else None), entry


def write_markdown(entries: Iterable[Entry], exercise_for: ExerciseFor, out: Writable) -> int:
    """A journal to read: one heading per day, one section per entry, oldest first."""
    out.write(f"# {messages.JOURNAL_TITLE}\n")
    count = 0
    for day, entry in _with_days(entries):
        if day is not None:
            out.write(f"\n## {said_day(day, 'long_weekday_day_month_year')}\n")
        draft = " " + messages.DRAFT_MARK if entry.status == DRAFT else ""
        out.write(
            f"\n### {markdown_inline(entry.exercise_title)}{draft} · {local_time(entry.started_at):%H:%M}\n"
        )
        for question, answer in questions_and_answers(entry, exercise_for(entry)):
            out.write(f"\n*{plain_markdown(question)}*\n\n{plain_markdown(answer)}\n")
        count += 1
    return count


# What would make a line a heading, quote, list item, rule or table row: a list's mark only
# before a space, a rule's only on a line of nothing else (so **bold** and 2.25 stay).
MARKDOWN_LINE_START = re.compile(
    r"^(\s*)([#>=|]|[*+\-](?=\s|$)|[*\-_](?=[*\-_\s]*$)|\d+[.)](?=\s|$))"
)


def _escaped_start(match: re.Match[str]) -> str:
    """The mark escaped as CommonMark allows: punctuation only ('2\\.', not '\\2.')."""
    lead, mark = match.group(1), match.group(2)
    if mark[0].isdigit():
        return f"{lead}{mark[:-1]}\\{mark[-1]}"
    return f"{lead}\\{mark}"


def plain_markdown(text: str) -> str:
    """Words that read the same in any Markdown viewer: no line of them becomes a heading,
    list or quote, no tag becomes HTML, and each line break stays a line break."""
    safe = text.replace("<", "&lt;").replace("[", "\\[")  # no tag, no link
    lines = [MARKDOWN_LINE_START.sub(_escaped_start, line) for line in safe.split("\n")]
    return "  \n".join(lines)


HTML_STYLE = """
body { font: 16px/1.55 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-weight: 600; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ddd; font-weight: 500; }
article { margin: 1.2rem 0; padding: .6rem 1rem; border-left: 3px solid #5aa9b8; background: #f7fbfc; }
h3 { margin: .2rem 0 .6rem; font-size: 1rem; } .q { color: #555; font-style: italic; margin: .6rem 0 .1rem; }
.a { white-space: pre-wrap; margin: 0; } .when { color: #777; font-weight: normal; }
"""


def html_start(title: str, style: str) -> str:
    """The head of a self-contained page: its title and inline style, nothing loaded from outside."""
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{style}</style>\n</head>\n<body>\n"
    )


def write_html(entries: Iterable[Entry], exercise_for: ExerciseFor, out: Writable) -> int:
    """One self-contained page: no scripts, nothing loaded from anywhere."""
    heading = html.escape(messages.JOURNAL_TITLE)
    out.write(html_start(messages.JOURNAL_TITLE, HTML_STYLE) + f"<h1>{heading}</h1>\n")
    count = 0
    for day, entry in _with_days(entries):
        if day is not None:
            out.write(f"<h2>{said_day(day, 'long_weekday_day_month_year')}</h2>\n")
        draft = " " + messages.DRAFT_MARK if entry.status == DRAFT else ""
        title = html.escape(clean(entry.exercise_title) + draft)
        out.write(
            f'<article>\n<h3>{title} <span class="when">{local_time(entry.started_at):%H:%M}</span></h3>\n'
        )
        for question, answer in questions_and_answers(entry, exercise_for(entry)):
            out.write(
                f'<p class="q">{html.escape(question)}</p>\n<p class="a">{html.escape(answer)}</p>\n'
            )
        out.write("</article>\n")
        count += 1
    out.write("</body>\n</html>\n")
    return count
