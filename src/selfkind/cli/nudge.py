"""`selfkind nudge`: one short line for a shell start-up file, or nothing.

It runs in every new shell, so it loads only the standard library; any problem at all
means printing nothing. Its answer is remembered beside the database, and while the
database files are unchanged (same day, sizes and times) the next shell reads that
instead of loading sqlite3.
"""

from __future__ import annotations

import os
import sys
import time

CHECKIN = "checkin"
# `+exercise_id` keeps SQLite on the date index: one day's few entries, not every check-in.
TODAYS_CHECKINS = "SELECT status FROM entries WHERE local_date = ? AND +exercise_id = ?"
DATABASE = "selfkind.db"
REMEMBERED = "nudge"  # in the data folder: "<stamp>\t<answer>"
SAID = {"checkin": "NUDGE_CHECKIN", "draft": "NUDGE_DRAFT", "done": None}  # the line to say
LINES = ("NUDGE_CHECKIN", "NUDGE_DRAFT")
WORDS = "nudge-words"  # in the data folder: "<version> <language>", then each of LINES


def data_folder() -> str:
    """The data folder, as `paths.data_dir()` finds it, without loading platformdirs (and the
    pathlib, re and enum it brings): $SELFKIND_HOME, else the platform's user data folder."""
    home = os.environ.get("SELFKIND_HOME")
    if home:
        return os.path.expanduser(home)
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_DATA_HOME", "").strip() or os.path.expanduser("~/.local/share")
        return os.path.join(base, "selfkind")
    if sys.platform == "darwin":
        return os.path.expanduser("~/Library/Application Support/selfkind")
    from selfkind.storage.paths import data_dir

    return str(data_dir())


def todays_answer(folder: str, today: str) -> str:
    """Where today's check-in stands: "checkin" (not yet), "draft" or "done"."""
    database = os.path.join(folder, DATABASE)
    if os.path.islink(database):  # refused by every other command: read nothing through it
        raise OSError("the database is a link")
    if not os.path.exists(database):
        return "checkin"
    before = _stamp(database, today)
    remembered = os.path.join(folder, REMEMBERED)
    try:
        with open(remembered, encoding="utf-8") as file:
            stamp, _, answer = file.read().partition("\t")
        if stamp == before and answer in SAID:
            return answer
    except OSError:
        pass
    answer = _ask_database(database, today)
    if _stamp(database, today) == before:  # nothing was written meanwhile: safe to remember
        try:  # noqa: SIM105 (contextlib is one more import in every shell)
            _remember(remembered, before, answer)
        except OSError:  # a full disk or a read-only folder: answer all the same
            pass
    return answer


def _stamp(database: str, today: str) -> str:
    """The day, and the size and time of the database and its log: any write changes it.
    An empty log holds nothing, so it counts as none (readers create and remove it)."""
    parts = [today]
    for path in (database, database + "-wal"):
        try:
            status = os.stat(path)
        except OSError:
            status = None
        if status is None or status.st_size == 0:
            parts.append("empty")
        else:
            parts.append(f"{status.st_size} {status.st_mtime_ns}")
    return " ".join(parts)


def read_only_rows(database: str, query: str, values: tuple[str, ...] = ()) -> list[tuple]:
    """A query's rows from the database, opened read-only: the fast paths (the nudge,
    completion) read a few values without the store, and never write."""
    import sqlite3

    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.5)
    try:
        return db.execute(query, values).fetchall()
    finally:
        db.close()


def _ask_database(database: str, today: str) -> str:
    statuses = {status for (status,) in read_only_rows(database, TODAYS_CHECKINS, (today, CHECKIN))}
    if "complete" in statuses:
        return "done"
    return "draft" if statuses else "checkin"


def said_in_chosen_language(name: str, folder: str) -> str:
    """The line `name` in the language chosen. English is the catalogue's own; another
    language's two lines are kept beside the database by the first nudge that says them, so
    later shells read one small file instead of loading gettext and the catalogue."""
    from selfkind.messages.language import ENGLISH, chosen_language, setting_in

    language = chosen_language(setting_in(folder))
    if language == ENGLISH:
        from selfkind import messages

        line: str = getattr(messages, name)
        return line
    kept = os.path.join(folder, WORDS)
    heading = f"{_version()} {language}"
    try:
        with open(kept, encoding="utf-8") as file:
            first, *lines = file.read().split("\n")
        if first == heading and len(lines) >= len(LINES):
            return lines[LINES.index(name)]
    except (OSError, UnicodeDecodeError):
        pass
    lines = _lines_in(language)
    _remember(kept, heading, "\n".join(lines), between="\n")
    return lines[LINES.index(name)]


def _lines_in(language: str) -> list[str]:
    from selfkind import messages
    from selfkind.messages.language import use_language

    use_language(language)
    return [getattr(messages, name) for name in LINES]


def _version() -> str:
    from selfkind import __version__

    return __version__


def _remember(path: str, stamp: str, answer: str, between: str = "\t") -> None:
    from selfkind.storage.atomic import write_atomically  # only when the answer changed

    write_atomically(path, f"{stamp}{between}{answer}".encode())


def main() -> int:
    """Print the line, if there is one. Never fails loudly: a shell must start whatever happens."""
    try:
        folder = data_folder()
        line = SAID[todays_answer(folder, time.strftime("%Y-%m-%d"))]
        if line:
            print(said_in_chosen_language(line, folder))
    except (Exception, KeyboardInterrupt):  # Ctrl-C while the database is busy, too
        pass
    return 0
