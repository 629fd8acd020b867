"""Reading JSON that came from elsewhere, field by field: each value's type, length and range
checked as it is read, and the first one out of place named by where it sits
("plans[0].items[1].weeks"), so nothing half-read is ever kept."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from typing import Any

from selfkind import messages
from selfkind.core.errors import SelfkindError
from selfkind.core.text import is_text

MOST = 10_000  # items in any list or object


class NotAReport(SelfkindError):
    """A file whose data is not a report this selfkind can read."""


class Reader:
    """One JSON object of the file, read field by field; `where` names it in a problem."""

    def __init__(self, data: Any, where: str) -> None:
        self.where = where
        if not isinstance(data, dict):
            raise self.wrong("")
        self.data = data

    def wrong(self, key: str) -> NotAReport:
        where = ".".join(part for part in (self.where, key) if part)
        return NotAReport(messages.CLINIC_NOT_A_REPORT_DATA.format(where=where or "{}"))

    def _get(self, key: str, optional: bool) -> Any:
        if key not in self.data:
            raise self.wrong(key)
        value = self.data[key]
        if value is None and not optional:
            raise self.wrong(key)
        return value

    def keys(self, pattern: re.Pattern[str]) -> list[str]:
        if len(self.data) > MOST or not all(pattern.fullmatch(key) for key in self.data):
            raise self.wrong("")
        return list(self.data)

    def text(
        self,
        key: str,
        longest: int = 64,
        *,
        pattern: re.Pattern[str] | None = None,
        optional: bool = False,
        one_line: bool = False,
        empty: bool = False,
    ) -> str:
        value = self._get(key, optional)
        if value is None:
            return ""
        ok = isinstance(value, str) and len(value) <= longest and (empty or value.strip())
        ok = ok and is_text(value) and not (one_line and "\n" in value)
        if not ok or (pattern is not None and not pattern.fullmatch(value)):
            raise self.wrong(key)
        return str(value)

    def integer(self, key: str, low: int, high: int, *, optional: bool = False) -> Any:
        value = self._get(key, optional)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.wrong(key)
        return value

    def number(self, key: str, optional: bool = False) -> Any:
        value = self._get(key, optional)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.wrong(key)
        if not math.isfinite(value) or abs(value) > 1e9:
            raise self.wrong(key)
        return float(value)

    def numbers(self, key: str, count: int, *, optional: bool = False) -> list[float] | None:
        value = self._get(key, optional)
        if value is None:
            return None
        if not isinstance(value, list) or len(value) != count:
            raise self.wrong(key)
        return [Reader({"n": each}, f"{self.where}.{key}").number("n") for each in value]

    def boolean(self, key: str, *, optional: bool = False) -> bool:
        value = self._get(key, optional)
        if value is None and optional:  # left out by an older selfkind
            return False
        if not isinstance(value, bool):
            raise self.wrong(key)
        return value

    def day(self, key: str, *, optional: bool = False) -> Any:
        value = self._get(key, optional)
        if value is None:
            return None
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError:
            raise self.wrong(key) from None

    def moment(self, key: str) -> str:
        value = self.text(key)
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise self.wrong(key) from None
        if moment.tzinfo is None:
            raise self.wrong(key)
        return value

    def choice_list(self, key: str, options: tuple[str, ...]) -> list[str]:
        value = self._get(key, False)
        if not isinstance(value, list) or not all(each in options for each in value):
            raise self.wrong(key)
        return list(value)

    def object(self, key: str) -> Reader:
        return Reader(self._get(key, False), f"{self.where}.{key}".strip("."))

    def each(self, key: str) -> list[Reader]:
        value = self._get(key, False)
        if not isinstance(value, list) or len(value) > MOST:
            raise self.wrong(key)
        where = f"{self.where}.{key}".strip(".")
        return [Reader(item, f"{where}[{i}]") for i, item in enumerate(value)]
