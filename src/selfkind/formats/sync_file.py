"""A sync change file: what one computer changed, as JSON, in a file only it ever writes.

Named `DEVICE-NNNNNN.selfkind-sync` (the computer's random id, then its own count), so no
two computers write the same name and a sync engine has nothing to reconcile. Anything else
in the folder is passed over: a sync engine's conflict copy or placeholder, a file still
arriving, or one from a newer selfkind, which the next sync reads once it is whole.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import IO, Any

from selfkind.core.entry import parse_timestamp
from selfkind.core.sync import DEVICE_ID
from selfkind.formats.import_checks import HALF_ESCAPE

VERSION = 1
SUFFIX = ".selfkind-sync"
NAME = re.compile(rf"(?P<device>{DEVICE_ID})-(?P<count>[0-9]{{6}}){re.escape(SUFFIX)}")
# Copies a sync engine makes beside a file, or stands in for one not downloaded yet:
# Syncthing's x.sync-conflict-DATE-TIME-DEVICE.ext, Dropbox's "x (conflicted copy ...)",
# OneDrive's x-HOSTNAME.ext, Nextcloud's "x (conflicted copy ...)", iCloud's .x.icloud.
OURS_SOMEHOW = re.compile(rf"{DEVICE_ID}-[0-9]{{6}}")


TRAVELLING = ("region",)  # settings that go with the person to every computer
SET_AT = "{key}-set-at"  # when a travelling setting was last set here
SENT_SETTING = "sync-sent-{key}"  # when the setting that last went into a change file was set


def sealed_context(entry_id: str) -> str:
    """What an entry's sealed words in a change file are bound to: that entry, in sync."""
    return f"selfkind sync {entry_id}"


def file_name(device: str, count: int) -> str:
    return f"{device}-{count:06d}{SUFFIX}"


@dataclass
class ChangeFile:
    """One change file's content: entries as export has them (their words sealed when the
    store is encrypted), deletions, exercise texts, and settings that travel."""

    device: str
    count: int
    made_at: str
    entries: list[dict[str, Any]] = field(default_factory=list)
    deleted: dict[str, str] = field(default_factory=dict)  # entry id: deleted at
    exercises: dict[str, dict[str, str]] = field(default_factory=dict)  # hash: {source}
    settings: dict[str, dict[str, str]] = field(default_factory=dict)  # key: {value, set_at}
    lock: str | None = None  # the encrypted store's lock (salt, cost, check), as it keeps it
    # The person's own exercises and plans that changed: kind: name: {texts, changed_at}
    files: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    # Read, not written: whether its text escapes a lone half of a character (\ud800), so
    # its entries' text is looked at for them as an import's is
    halves: bool = False

    def to_text(self) -> str:
        out = io.StringIO()
        self.write(out, self.entries, lambda: self.exercises)
        return out.getvalue()

    def write(
        self,
        out: IO[Any],
        entries: Iterable[dict[str, Any]],
        exercises: Callable[[], dict[str, dict[str, str]]],
    ) -> int:
        """Write the file to `out`, its entries one at a time (ten years need not be held
        whole), then the exercise texts they name; how many entries."""
        head = {
            "selfkind-sync": VERSION,
            "device": self.device,
            "count": self.count,
            "made_at": self.made_at,
            "lock": self.lock,
            "deleted": [{"id": k, "deleted_at": v} for k, v in self.deleted.items()],
            "settings": self.settings,
            "files": self.files,
        }
        out.write(_dumps(head)[:-1] + ',"entries":[')
        count = 0
        for entry in entries:
            out.write("," if count else "")
            out.write(_dumps(entry))
            count += 1
        self.exercises = exercises()
        out.write('],"exercises":' + _dumps(self.exercises) + "}")
        return count


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Unreadable(Exception):
    """Not a whole change file of this version: passed over, read again next time."""

    def __init__(self, newer: bool = False) -> None:
        super().__init__()
        self.newer = newer


def from_text(text: str, device: str, count: int) -> ChangeFile:
    """A change file's content; Unreadable if it is cut short, not ours, or newer. What each
    entry holds is checked later, as an import's entries are."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # still arriving, most likely
        raise Unreadable() from None
    if not isinstance(data, dict):
        raise Unreadable()
    version = data.get("selfkind-sync")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise Unreadable(newer=True)
    if version != VERSION or data.get("device") != device or data.get("count") != count:
        raise Unreadable()  # a file renamed, or another's under this name
    entries, deleted = data.get("entries"), data.get("deleted")
    exercises, settings, lock = data.get("exercises"), data.get("settings"), data.get("lock")
    if not (
        isinstance(entries, list)
        and isinstance(deleted, list)
        and isinstance(exercises, dict)
        and isinstance(settings, dict)
        and (lock is None or isinstance(lock, str))
        and isinstance(data.get("made_at"), str)
    ):
        raise Unreadable()
    gone: dict[str, str] = {}
    for item in deleted:
        if not (
            isinstance(item, dict)
            and isinstance(item.get("id"), str)
            and _a_time(item.get("deleted_at"))
        ):
            raise Unreadable()
        gone[item["id"]] = item["deleted_at"]
    files = _files(data.get("files"))
    return ChangeFile(
        device,
        count,
        data["made_at"],
        entries,
        gone,
        exercises,
        _settings(settings),
        lock,
        files,
        halves=HALF_ESCAPE.search(text) is not None,
    )


def _files(files: Any) -> dict[str, dict[str, dict[str, Any]]]:
    """The exercises and plans a file carries, each of the right shape (their content is
    checked as `exercise add` and `plan add` check it, when they are taken)."""
    kept: dict[str, dict[str, dict[str, Any]]] = {"exercises": {}, "plans": {}}
    if not isinstance(files, dict):
        return kept
    for kind in kept:
        bundles = files.get(kind)
        for name, bundle in bundles.items() if isinstance(bundles, dict) else ():
            texts = bundle.get("texts") if isinstance(bundle, dict) else None
            if (
                isinstance(name, str)
                and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name)
                and isinstance(texts, dict)
                and (len(texts) == 1 if kind == "exercises" else bool(texts))
                and all(isinstance(k, str) and isinstance(v, str) for k, v in texts.items())
                and _a_time(bundle.get("changed_at"))
            ):
                kept[kind][name] = {"texts": texts, "changed_at": bundle["changed_at"]}
    return kept


def _a_time(value: Any) -> bool:
    """Whether a value is a time as selfkind writes them (UTC, ISO 8601)."""
    try:
        return isinstance(value, str) and parse_timestamp(value).tzinfo is not None
    except ValueError:
        return False


def _settings(settings: dict[str, Any]) -> dict[str, dict[str, str]]:
    kept = {}
    for key, value in settings.items():
        if (
            isinstance(value, dict)
            and isinstance(value.get("value"), str)
            and _a_time(value.get("set_at"))
        ):
            kept[key] = {"value": value["value"], "set_at": value["set_at"]}
    return kept
