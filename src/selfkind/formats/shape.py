"""Declarative shapes for YAML files: one description serves both the validator and the JSON Schema.

A shape checks a YAML node, reports every mistake it finds with the node's
line and column, and returns a `Got`: the value together with where it came
from, so later checks (references, ranges) can point at the right place too.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

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

    describe = "a value"

    def check(self, node: yaml.Node, checker: Checker, name: str) -> Got | None:
        raise NotImplementedError

    def schema(self) -> dict[str, Any]:
        raise NotImplementedError

    def _scalar(self, node: yaml.Node, checker: Checker, name: str) -> tuple[Any, str] | None:
        """A scalar node's (value, text), or None after reporting why it is not one."""
        if not isinstance(node, yaml.ScalarNode):
            kind = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
            checker.report(node.start_mark, f"'{name}' should be {self.describe}, not {kind}")
            return None
        try:
            return scalar_value(node), node.value
        except Exception:  # an explicit tag whose text does not parse, e.g. !!timestamp nope
            checker.report(node.start_mark, f"'{name}' should be {self.describe}")
            return None


@dataclass
class Text(Shape):
    """A string; scalars of other types are read as the text they were written as."""

    max_length: int | None = None
    one_line: bool = False
    pattern: str | None = None
    pattern_hint: str = ""
    doc: str = ""

    @property
    def describe(self) -> str:  # type: ignore[override]
        return "one line of text" if self.one_line else "text"

    def check(self, node: yaml.Node, checker: Checker, name: str) -> Got | None:
        scalar = self._scalar(node, checker, name)
        if scalar is None:
            return None
        value, raw = scalar
        if value is None and node.tag == NULL_TAG:
            checker.report(node.start_mark, f"'{name}' is empty; write some text or remove it")
            return None
        text = raw.strip() if self.one_line else raw
        if self.one_line and "\n" in text:
            checker.report(node.start_mark, f"'{name}' should fit on one line")
            return None
        if not text.strip():
            checker.report(node.start_mark, f"'{name}' is empty; write some text or remove it")
            return None
        if self.max_length is not None and len(text) > self.max_length:
            checker.report(
                node.start_mark,
                f"'{name}' is {len(text)} characters long; keep it to {self.max_length}",
            )
            return None
        if self.pattern and not re.fullmatch(self.pattern, text):
            checker.report(node.start_mark, f"'{name}' has '{text}'; {self.pattern_hint}")
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
            checker.report(node.start_mark, f"'{name}' should be {self.describe}, not '{raw}'")
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
    def describe(self) -> str:  # type: ignore[override]
        if self.low is not None and self.low == self.high:
            return str(self.low)
        if self.low is not None and self.high is not None:
            return f"a whole number from {self.low} to {self.high}"
        if self.low is not None:
            return f"a whole number of at least {self.low}"
        return "a whole number"

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
    describe = "a number"
    doc: str = ""

    def accepts(self, tag: str, value: Any) -> bool:
        return tag in (INT_TAG, FLOAT_TAG) and math.isfinite(value)

    def json_type(self) -> dict[str, Any]:
        return {"type": "number"}


@dataclass
class Boolean(Scalar):
    describe = "true or false"
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
    def describe(self) -> str:  # type: ignore[override]
        return "one of " + ", ".join(self.options)

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

    describe = "a single value (a word, number, or true/false)"

    def accepts(self, tag: str, value: Any) -> bool:
        return True

    def json_type(self) -> dict[str, Any]:
        return {"type": ["string", "number", "boolean"]}


@dataclass
class ListOf(Shape):
    item: Shape
    min_items: int = 0
    max_items: int | None = None
    unique: bool = False
    doc: str = ""

    @property
    def describe(self) -> str:  # type: ignore[override]
        return "a list"

    def check(self, node: yaml.Node, checker: Checker, name: str) -> Got | None:
        if not isinstance(node, yaml.SequenceNode):
            checker.report(node.start_mark, f"'{name}' should be a list (lines starting with '- ')")
            return None
        if len(node.value) < self.min_items:
            needed = "one item" if self.min_items == 1 else f"{self.min_items} items"
            checker.report(node.start_mark, f"'{name}' needs at least {needed}")
        if self.max_items is not None and len(node.value) > self.max_items:
            checker.report(node.start_mark, f"'{name}' has more than {self.max_items} items")
        items: list[Got] = []
        seen: set[Any] = set()
        for child in node.value:
            got = self.item.check(child, checker, name)
            if got is None:
                continue
            if self.unique:
                key = repr(got.plain())
                if key in seen:
                    checker.report(child.start_mark, f"'{got.raw}' appears twice in '{name}'")
                    continue
                seen.add(key)
            items.append(got)
        return Got(items, node.start_mark)

    def schema(self) -> dict[str, Any]:
        result: dict[str, Any] = {"type": "array", "items": self.item.schema()}
        if self.min_items:
            result["minItems"] = self.min_items
        if self.max_items is not None:
            result["maxItems"] = self.max_items
        if self.unique:
            result["uniqueItems"] = True
        if self.doc:
            result["description"] = self.doc
        return result


@dataclass
class Field:
    shape: Shape
    required: bool = False


def mapping_pairs(
    node: yaml.Node, checker: Checker, what: str
) -> list[tuple[yaml.ScalarNode, str, yaml.Node]] | None:
    """A mapping's (key node, key, value node) triples, reporting odd and repeated keys."""
    if not isinstance(node, yaml.MappingNode):
        checker.report(node.start_mark, f"{what} should be a set of 'key: value' lines")
        return None
    pairs = []
    seen: set[str] = set()
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            checker.report(key_node.start_mark, "keys must be plain words")
            continue
        key = key_node.value
        if key in seen:
            checker.report(key_node.start_mark, f"'{key}' appears twice; keep one")
            continue
        seen.add(key)
        pairs.append((key_node, key, value_node))
    return pairs


@dataclass
class Obj(Shape):
    """A closed mapping: every key must be one of `fields`."""

    name: str = "this"
    fields: dict[str, Field] = field(default_factory=dict)
    doc: str = ""

    @property
    def describe(self) -> str:  # type: ignore[override]
        return self.name

    def check(self, node: yaml.Node, checker: Checker, name: str) -> Got | None:
        pairs = mapping_pairs(node, checker, self.name[:1].upper() + self.name[1:])
        if pairs is None:
            return None
        values: dict[str, Got] = {}
        for key_node, key, value_node in pairs:
            spec = self.fields.get(key)
            if spec is None:
                checker.report(key_node.start_mark, self.unknown_key_message(key))
                continue
            got = spec.shape.check(value_node, checker, key)
            if got is not None:
                values[key] = got
        present = {key for _, key, _ in pairs}
        misspelt = {self.close_field(key) for key in present if key not in self.fields}
        for key, spec in self.fields.items():
            if spec.required and key not in present and key not in misspelt:
                checker.report(node.start_mark, f"{self.name} needs '{key}'")
        return Got(values, node.start_mark, keys=frozenset(present))

    def close_field(self, key: str) -> str | None:
        """The field a misspelt key most likely meant."""
        close = difflib.get_close_matches(key, list(self.fields), n=1)
        return close[0] if close else None

    def unknown_key_message(self, key: str) -> str:
        message = f"'{key}' is not a field of {self.name}"
        close = self.close_field(key)
        if close:
            return f"{message}; did you mean '{close}'?"
        return f"{message}; the fields are: {', '.join(self.fields)}"

    def schema(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "type": "object",
            "properties": {key: spec.shape.schema() for key, spec in self.fields.items()},
            "additionalProperties": False,
        }
        required = [key for key, spec in self.fields.items() if spec.required]
        if required:
            result["required"] = required
        if self.doc:
            result["description"] = self.doc
        return result


@dataclass
class Tagged(Shape):
    """A mapping whose `key` (e.g. `type`) picks which closed shape applies."""

    key: str = "type"
    variants: dict[str, Obj] = field(default_factory=dict)
    name: str = "this"

    def check(self, node: yaml.Node, checker: Checker, name: str) -> Got | None:
        pairs = mapping_pairs(node, checker, self.name[:1].upper() + self.name[1:])
        if pairs is None:
            return None
        chosen = next((v for _, k, v in pairs if k == self.key), None)
        if chosen is None:
            checker.report(
                node.start_mark,
                f"{self.name} needs '{self.key}': one of {', '.join(self.variants)}",
            )
            return None
        tag = chosen.value if isinstance(chosen, yaml.ScalarNode) else None
        if tag not in self.variants:
            close = difflib.get_close_matches(str(tag), list(self.variants), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            checker.report(
                chosen.start_mark,
                f"'{tag}' is not a {self.key} of {self.name}; use one of "
                f"{', '.join(self.variants)}{hint}",
            )
            return None
        return self.variants[tag].check(node, checker, name)

    def schema(self) -> dict[str, Any]:
        return {"oneOf": [variant.schema() for variant in self.variants.values()]}


@dataclass
class MapOf(Shape):
    """A mapping from checked keys to checked values (e.g. scale labels)."""

    keys: Shape = field(default_factory=Text)
    values: Shape = field(default_factory=Text)
    doc: str = ""
    key_pattern: str = ".*"

    def check(self, node: yaml.Node, checker: Checker, name: str) -> Got | None:
        pairs = mapping_pairs(node, checker, f"'{name}'")
        if pairs is None:
            return None
        values: dict[Any, Got] = {}
        for key_node, _, value_node in pairs:
            key = self.keys.check(key_node, checker, f"a key of {name}")
            value = self.values.check(value_node, checker, name)
            if key is not None and key.value in values:
                checker.report(key.mark, f"'{name}' has {key.raw} twice; keep one")
            elif key is not None and value is not None:
                values[key.value] = Got(value.value, key.mark, value.raw)
        return Got(values, node.start_mark)

    def schema(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "type": "object",
            "propertyNames": {"pattern": self.key_pattern},
            "additionalProperties": self.values.schema(),
        }
        if self.doc:
            result["description"] = self.doc
        return result


@dataclass
class Lazy(Shape):
    """A shape defined later (for recursive formats); `ref` names it in the JSON Schema."""

    ref: str = ""
    target: Callable[[], Shape] | None = None

    def check(self, node: yaml.Node, checker: Checker, name: str) -> Got | None:
        assert self.target is not None
        return self.target().check(node, checker, name)

    def schema(self) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{self.ref}"}


@dataclass
class Day(Scalar):
    """A calendar date written as YYYY-MM-DD."""

    describe = "a date like 2026-12-01"
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
