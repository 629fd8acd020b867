"""An exercise written from answers (`exercise new --guided`): the data as YAML, in the order
a person reads the format, with the same first lines as the commented starter."""

from __future__ import annotations

import re
from typing import Any

import yaml

from selfkind.formats.starter import SCHEMA_FILE

HEADER = """\
# yaml-language-server: $schema={schema}
# Written with `selfkind exercise new --guided`. The guide to every field: exercises/README.md.
# Check it with: selfkind exercise validate {id}.yaml   Try it: selfkind run {id}.yaml
"""


def exercise_yaml(data: dict[str, Any]) -> str:
    """The exercise's YAML text: keys in the order given, a blank line before each part."""
    return _written(data, HEADER, SCHEMA_FILE, ("steps", "scores", "support", "summary"))


def step_id(prompt: str, taken: set[str]) -> str:
    """An id from a question's first words: 'How harsh was it?' -> 'how_harsh_was'."""
    words = re.findall(r"[a-z0-9]+", prompt.lower())[:3] or ["step"]
    base = "_".join(words)
    if not base[0].isalpha():
        base = f"q_{base}"
    found, number = base, 2
    while found in taken:
        found, number = f"{base}_{number}", number + 1
    return found


PLAN_HEADER = """\
# yaml-language-server: $schema={schema}
# Written with `selfkind plan new --guided`. The guide: exercises/README.md ("For therapists").
# Check it with: selfkind plan validate {id}.yaml   Hand it over: selfkind plan add {id}.yaml
"""
PLAN_SCHEMA_FILE = "selfkind-plan.schema.json"


def plan_yaml(data: dict[str, Any]) -> str:
    """A plan's YAML text, dates written as dates."""
    return _written(data, PLAN_HEADER, PLAN_SCHEMA_FILE, ("items",))


def _written(data: dict[str, Any], header: str, schema: str, parts: tuple[str, ...]) -> str:
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=88)
    body = re.sub(rf"\n({'|'.join(parts)}):", r"\n\n\1:", body)
    return header.format(schema=schema, id=data.get("id", "")) + body
