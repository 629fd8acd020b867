"""Shapes that hold other shapes: lists, objects with fields, tagged variants, maps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml

from selfkind import messages
from selfkind.core.text import closest
from selfkind.formats.shape.base import Checker, Got, Shape, Text


@dataclass
class ListOf(Shape):
    item: Shape
    min_items: int = 0
    max_items: int | None = None
    unique: bool = False
    doc: str = ""

    @property
    def describe(self) -> str:
        return messages.SHAPE_LIST

    def check(self, node: yaml.Node, checker: Checker, name: str) -> Got | None:
        if not isinstance(node, yaml.SequenceNode):
            checker.report(node.start_mark, messages.SHAPE_LIST_EXPECTED.format(name=name))
            return None
        if len(node.value) < self.min_items:
            said = messages.counted(messages.SHAPE_TOO_FEW_ITEMS, self.min_items, name=name)
            checker.report(node.start_mark, said)
        if self.max_items is not None and len(node.value) > self.max_items:
            said = messages.counted(messages.SHAPE_TOO_MANY_ITEMS, self.max_items, name=name)
            checker.report(node.start_mark, said)
        items: list[Got] = []
        seen: set[Any] = set()
        for child in node.value:
            got = self.item.check(child, checker, name)
            if got is None:
                continue
            if self.unique:
                key = repr(got.plain())
                if key in seen:
                    said = messages.SHAPE_TWICE_IN_LIST.format(raw=got.raw, name=name)
                    checker.report(child.start_mark, said)
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
        checker.report(node.start_mark, messages.SHAPE_MAPPING_EXPECTED.format(what=what))
        return None
    pairs = []
    seen: set[str] = set()
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            checker.report(key_node.start_mark, messages.SHAPE_KEY_NOT_WORD)
            continue
        key = key_node.value
        if key in seen:
            checker.report(key_node.start_mark, messages.SHAPE_KEY_TWICE.format(key=key))
            continue
        seen.add(key)
        pairs.append((key_node, key, value_node))
    return pairs


@dataclass
class Obj(Shape):
    """A closed mapping: every key must be one of `fields`."""

    name: str = ""  # the message that names it (e.g. "FORMAT_STEP"), said when it is used
    fields: dict[str, Field] = field(default_factory=dict)
    doc: str = ""
    name_values: tuple[tuple[str, str], ...] = ()  # the message's {placeholders}

    @property
    def describe(self) -> str:
        return called(self.name, self.name_values)

    def check(self, node: yaml.Node, checker: Checker, name: str) -> Got | None:
        what = self.describe
        pairs = mapping_pairs(node, checker, what[:1].upper() + what[1:])
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
                said = messages.SHAPE_NEEDS_FIELD.format(what=self.describe, key=key)
                checker.report(node.start_mark, said)
        return Got(values, node.start_mark, keys=frozenset(present))

    def close_field(self, key: str) -> str | None:
        """The field a misspelt key most likely meant."""
        return closest(key, self.fields)

    def unknown_key_message(self, key: str) -> str:
        close = self.close_field(key)
        if close:
            said = messages.SHAPE_UNKNOWN_FIELD_CLOSE
            return said.format(key=key, what=self.describe, close=close)
        fields = ", ".join(self.fields)
        return messages.SHAPE_UNKNOWN_FIELD.format(key=key, what=self.describe, fields=fields)

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
    name: str = ""  # the message that names it, as in Obj

    def check(self, node: yaml.Node, checker: Checker, name: str) -> Got | None:
        what = called(self.name)
        pairs = mapping_pairs(node, checker, what[:1].upper() + what[1:])
        if pairs is None:
            return None
        chosen = next((v for _, k, v in pairs if k == self.key), None)
        if chosen is None:
            checker.report(
                node.start_mark,
                messages.SHAPE_NEEDS_TAG.format(
                    what=what, key=self.key, options=", ".join(self.variants)
                ),
            )
            return None
        tag = chosen.value if isinstance(chosen, yaml.ScalarNode) else None
        if tag not in self.variants:
            close = closest(str(tag), self.variants) or ""
            said = messages.SHAPE_UNKNOWN_TAG_CLOSE if close else messages.SHAPE_UNKNOWN_TAG
            options = ", ".join(self.variants)
            checker.report(
                chosen.start_mark,
                said.format(tag=tag, key=self.key, what=what, options=options, close=close),
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
            key = self.keys.check(key_node, checker, messages.SHAPE_KEY_OF.format(name=name))
            value = self.values.check(value_node, checker, name)
            if key is not None and key.value in values:
                said = messages.SHAPE_MAP_KEY_TWICE.format(name=name, key=key.raw)
                checker.report(key.mark, said)
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


def called(name: str, values: tuple[tuple[str, str], ...] = ()) -> str:
    """What a shape is called, in the language being spoken: the message `name`, filled."""
    said: str = getattr(messages, name)
    return said.format(**dict(values)) if values else said
