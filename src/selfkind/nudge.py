"""`selfkind nudge`: one short line for a shell start-up file, or nothing.

It runs in every new shell, so it loads only the standard library's sqlite3 and
reads without writing; any problem at all means printing nothing.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time

from selfkind import messages

CHECKIN = "checkin"
# `+exercise_id` keeps SQLite on the date index: one day's few entries, not every check-in.
TODAYS_CHECKINS = "SELECT status FROM entries WHERE local_date = ? AND +exercise_id = ?"


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
    from selfkind.paths import data_dir

    return str(data_dir())


def nudge_line(database: str, today: str) -> str | None:
    """What to say about today's check-in: nothing once it is done."""
    if not os.path.exists(database):
        return messages.NUDGE_CHECKIN
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.5)
    try:
        statuses = {status for (status,) in db.execute(TODAYS_CHECKINS, (today, CHECKIN))}
    finally:
        db.close()
    if "complete" in statuses:
        return None
    return messages.NUDGE_DRAFT if statuses else messages.NUDGE_CHECKIN


def main() -> int:
    """Print the line, if there is one. Never fails loudly: a shell must start whatever happens."""
    try:
        line = nudge_line(os.path.join(data_folder(), "selfkind.db"), time.strftime("%Y-%m-%d"))
        if line:
            print(line)
    except (Exception, KeyboardInterrupt):  # Ctrl-C while the database is busy, too
        pass
    return 0
