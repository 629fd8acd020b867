"""Declarative shapes for YAML files: one description serves both the validator and the JSON Schema.

A shape checks a YAML node, reports every mistake it finds with the node's
line and column, and returns a `Got`: the value together with where it came
from, so later checks (references, ranges) can point at the right place too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from selfkind import messages
from selfkind.core.errors import Problem

STR_TAG = "tag:yaml.org,2002:str"
NULL_TAG = "tag:yaml.org,2002:null"
INT_TAG = "tag:yaml.org,2002:int"
FLOAT_TAG = "tag:yaml.org,2002:float"
BOOL_TAG = "tag:yaml.org,2002:bool"


@dataclass(frozen=True)
class Got:
    """A checked value and its place in the file; `raw` is a scalar's text as written."""

    value: Any
    mark: yaml.Mark
    raw: str | None = None
    keys: frozenset[str] = frozenset()  # for a mapping: every key written, valid or not

    def plain(self) -> Any:
        """The value with every nested `Got` unwrapped."""
        if isinstance(self.value, dict):
            return {key: got.plain() for key, got in self.value.items()}
        if isinstance(self.value, list):
            return [got.plain() for got in self.value]
        return self.value

    def get(self, key: str) -> Got | None:
        return self.value.get(key) if isinstance(self.value, dict) else None

    def need(self, key: str) -> Got:
        """A key its shape requires, so one that passed its check has it (KeyError if not)."""
        got = self.get(key)
        if got is None:
            raise KeyError(key)
        return got

    def value_of(self, key: str, default: Any = None) -> Any:
        """A key's value, or `default` where the key is missing."""
        got = self.get(key)
        return default if got is None else got.value


@dataclass
class Checker:
    """Collects problems while shapes are checked."""

    problems: list[Problem] = field(default_factory=list)

    def report(self, mark: yaml.Mark, message: str) -> None:
        self.problems.append(Problem(mark.line + 1, mark.column + 1, message))


def scalar_value(node: yaml.ScalarNode) -> Any:
    """The Python value of a scalar node with a standard tag."""
    return SafeConstructor().construct_object(node)


class Shape:
    """Checks one YAML node; `describe` says what is expected, for messages."""

    @property
    def describe(self) -> str:  # a subclass may make it a plain class attribute
        return messages.SHAPE_A_VALUE

    def check(self, node: yaml.Node, checker: Checker, name: str) -> Got | None:
        raise NotImplementedError

    def schema(self) -> dict[str, Any]:
        raise NotImplementedError

    def _scalar(self, node: yaml.Node, checker: Checker, name: str) -> tuple[Any, str] | None:
        """A scalar node's (value, text), or None after reporting why it is not one."""
        if not isinstance(node, yaml.ScalarNode):
            said = (
                messages.SHAPE_NOT_LIST
                if isinstance(node, yaml.SequenceNode)
                else messages.SHAPE_NOT_MAPPING
            )
            checker.report(node.start_mark, said.format(name=name, expected=self.describe))
            return None
        try:
            return scalar_value(node), node.value
        except Exception:  # an explicit tag whose text does not parse, e.g. !!timestamp nope
            checker.report(
                node.start_mark, messages.SHAPE_UNREADABLE.format(name=name, expected=self.describe)
            )
            return None


@dataclass
class Text(Shape):
    """A string; scalars of other types are read as the text they were written as."""

    max_length: int | None = None
    one_line: bool = False
    pattern: str | None = None
    pattern_hint: str = ""  # the message that says what the pattern wants
    doc: str = ""

    @property
    def describe(self) -> str:
        return messages.SHAPE_ONE_LINE if self.one_line else messages.SHAPE_TEXT

    def check(self, node: yaml.Node, checker: Checker, name: str) -> Got | None:
        scalar = self._scalar(node, checker, name)
        if scalar is None:
            return None
        value, raw = scalar
        if value is None and node.tag == NULL_TAG:
            checker.report(node.start_mark, messages.SHAPE_EMPTY.format(name=name))
            return None
        text = raw.strip() if self.one_line else raw
        if self.one_line and "\n" in text:
            checker.report(node.start_mark, messages.SHAPE_NOT_ONE_LINE.format(name=name))
            return None
        if not text.strip():
            checker.report(node.start_mark, messages.SHAPE_EMPTY.format(name=name))
            return None
        if self.max_length is not None and len(text) > self.max_length:
            checker.report(
                node.start_mark,
                messages.SHAPE_TOO_LONG.format(name=name, length=len(text), limit=self.max_length),
            )
            return None
        if self.pattern and not re.fullmatch(self.pattern, text):
            checker.report(
                node.start_mark,
                messages.SHAPE_NO_MATCH.format(
                    name=name, text=text, hint=getattr(messages, self.pattern_hint)
                ),
            )
            return None
        return Got(text, node.start_mark, raw)

    def schema(self) -> dict[str, Any]:
        result: dict[str, Any] = {"type": "string", "minLength": 1}
        if self.max_length is not None:
            result["maxLength"] = self.max_length
        if self.pattern:
            result["pattern"] = f"^{self.pattern}$"
        if self.doc:
            result["description"] = self.doc
        return result
