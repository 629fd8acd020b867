"""Shapes of single values: text, numbers, yes/no, one of a list, dates."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import yaml

from selfkind import messages
from selfkind.formats.shape.base import (
    BOOL_TAG,
    FLOAT_TAG,
    INT_TAG,
    STR_TAG,
    Checker,
    Got,
    Shape,
)


class Scalar(Shape):
    """A single value whose text and type are checked by `accepts`."""

    doc: str = ""

    def accepts(self, tag: str, value: Any) -> bool:
        raise NotImplementedError

    def json_type(self) -> dict[str, Any]:
        raise NotImplementedError

    def check(self, node: yaml.Node, checker: Checker, name: str) -> Got | None:
        scalar = self._scalar(node, checker, name)
        if scalar is None:
            return None
        value, raw = scalar
        if not self.accepts(node.tag, value):
            checker.report(
                node.start_mark,
                messages.SHAPE_NOT_EXPECTED.format(name=name, expected=self.describe, raw=raw),
            )
            return None
        return Got(value, node.start_mark, raw)

    def schema(self) -> dict[str, Any]:
        result = self.json_type()
        if self.doc:
            result["description"] = self.doc
        return result


@dataclass
class Integer(Scalar):
    low: int | None = None
    high: int | None = None
    doc: str = ""

    @property
    def describe(self) -> str:
        if self.low is not None and self.low == self.high:
            return str(self.low)
        if self.low is not None and self.high is not None:
            return messages.SHAPE_WHOLE_NUMBER_FROM.format(low=self.low, high=self.high)
        if self.low is not None:
            return messages.SHAPE_WHOLE_NUMBER_AT_LEAST.format(low=self.low)
        return messages.SHAPE_WHOLE_NUMBER

    def accepts(self, tag: str, value: Any) -> bool:
        return (
            tag == INT_TAG
            and isinstance(value, int)
            and (self.low is None or value >= self.low)
            and (self.high is None or value <= self.high)
        )

    def json_type(self) -> dict[str, Any]:
        result: dict[str, Any] = {"type": "integer"}
        if self.low is not None:
            result["minimum"] = self.low
        if self.high is not None:
            result["maximum"] = self.high
        return result


@dataclass
class Number(Scalar):
    @property
    def describe(self) -> str:
        return messages.SHAPE_NUMBER

    doc: str = ""

    def accepts(self, tag: str, value: Any) -> bool:
        return tag in (INT_TAG, FLOAT_TAG) and math.isfinite(value)

    def json_type(self) -> dict[str, Any]:
        return {"type": "number"}


@dataclass
class Boolean(Scalar):
    @property
    def describe(self) -> str:
        return messages.SHAPE_TRUE_OR_FALSE

    doc: str = ""

    def accepts(self, tag: str, value: Any) -> bool:
        return tag == BOOL_TAG

    def json_type(self) -> dict[str, Any]:
        return {"type": "boolean"}


@dataclass
class Choice(Scalar):
    """One of a fixed set of words."""

    options: tuple[str, ...] = ()
    doc: str = ""

    @property
    def describe(self) -> str:
        return messages.SHAPE_ONE_OF.format(options=", ".join(self.options))

    def check(self, node: yaml.Node, checker: Checker, name: str) -> Got | None:
        got = super().check(node, checker, name)
        return None if got is None else Got(got.raw, got.mark, got.raw)  # the word as written

    def accepts(self, tag: str, value: Any) -> bool:
        return str(value) in self.options and tag == STR_TAG

    def json_type(self) -> dict[str, Any]:
        return {"enum": list(self.options)}


@dataclass
class AnyScalar(Scalar):
    """A single word, number or true/false, checked later against what it is compared with."""

    @property
    def describe(self) -> str:
        return messages.SHAPE_SINGLE_VALUE

    def accepts(self, tag: str, value: Any) -> bool:
        return True

    def json_type(self) -> dict[str, Any]:
        return {"type": ["string", "number", "boolean"]}


@dataclass
class Day(Scalar):
    """A calendar date written as YYYY-MM-DD."""

    @property
    def describe(self) -> str:
        return messages.SHAPE_DATE

    doc: str = ""

    def accepts(self, tag: str, value: Any) -> bool:
        if tag == STR_TAG:  # a quoted date is still a date
            return bool(re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value)) and _is_date(value)
        return isinstance(value, date) and not isinstance(value, datetime)

    def check(self, node: yaml.Node, checker: Checker, name: str) -> Got | None:
        got = super().check(node, checker, name)
        if got is not None and isinstance(got.value, str):
            return Got(date.fromisoformat(got.value), got.mark, got.raw)
        return got

    def json_type(self) -> dict[str, Any]:
        return {"type": "string", "format": "date"}


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
