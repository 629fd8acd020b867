"""Exercise format version 1 as shapes: the single description behind validation and `exercise schema`."""

from __future__ import annotations

from typing import Any

import yaml

from selfkind import messages
from selfkind.core.exercise import EXERCISE_ID
from selfkind.formats.shape import (
    AnyScalar,
    Boolean,
    Checker,
    Choice,
    Field,
    Got,
    Integer,
    Lazy,
    ListOf,
    MapOf,
    Number,
    Obj,
    Shape,
    Tagged,
    Text,
    mapping_pairs,
)

STEP_ID = r"[a-z][a-z0-9_]*"

TESTS = ("equals", "not_equals", "at_least", "at_most", "in", "contains", "answered")
COMBINATORS = ("all", "any", "not")


def step_id(doc: str = "") -> Text:
    return Text(one_line=True, max_length=64, pattern=STEP_ID, pattern_hint="STEP_ID_HINT", doc=doc)


class ConditionShape(Shape):
    """`when:` — one test on an earlier answer, or all/any/not of conditions."""

    @property
    def describe(self) -> str:
        return messages.FORMAT_CONDITION

    def __init__(self) -> None:
        nested = Lazy(ref="condition", target=lambda: self)
        self.leaf = Obj(
            name="FORMAT_CONDITION",
            fields={
                "answer": Field(step_id("An earlier answer step."), required=True),
                "equals": Field(AnyScalar()),
                "not_equals": Field(AnyScalar()),
                "at_least": Field(Number()),
                "at_most": Field(Number()),
                "in": Field(ListOf(AnyScalar(), min_items=1)),
                "contains": Field(AnyScalar()),
                "answered": Field(Boolean()),
            },
        )
        self.combinators = {
            "all": ListOf(nested, min_items=1),
            "any": ListOf(nested, min_items=1),
            "not": nested,
        }

    def check(self, node: yaml.Node, checker: Checker, name: str) -> Got | None:
        pairs = mapping_pairs(node, checker, messages.FORMAT_CONDITION_START)
        if pairs is None:
            return None
        keys = [key for _, key, _ in pairs]
        combinator = next((key for key in keys if key in COMBINATORS), None)
        if combinator is None:
            got = self.leaf.check(node, checker, name)
            tests = [key for key in keys if key in TESTS]
            if not tests:
                said = messages.CONDITION_NEEDS_TEST.format(tests=", ".join(TESTS))
                checker.report(node.start_mark, said)
                return None
            if len(tests) > 1:
                checker.report(
                    node.start_mark,
                    messages.CONDITION_TESTS.format(count=len(tests), tests=", ".join(tests)),
                )
                return None
            return got
        if len(keys) > 1:
            others = ", ".join(key for key in keys if key != combinator)
            checker.report(
                node.start_mark,
                messages.CONDITION_ALONE.format(combinator=combinator, others=others),
            )
            return None
        value_node = next(v for _, k, v in pairs if k == combinator)
        got = self.combinators[combinator].check(value_node, checker, combinator)
        return None if got is None else Got({combinator: got}, node.start_mark)

    def schema(self) -> dict[str, Any]:
        leaf = self.leaf.schema()
        leaf["oneOf"] = [{"required": [test]} for test in TESTS]
        options = [leaf]
        for key, shape in self.combinators.items():
            options.append(
                {
                    "type": "object",
                    "properties": {key: shape.schema()},
                    "required": [key],
                    "additionalProperties": False,
                }
            )
        return {"oneOf": options}


CONDITION = ConditionShape()
WHEN = Field(Lazy(ref="condition", target=lambda: CONDITION))
HELP = Field(Text(doc="A short hint shown below the prompt; may use {{ step_id }}."))
PROMPT = Field(Text(doc="The question; may use {{ step_id }} of earlier steps."), required=True)
REQUIRED = Field(Boolean(doc="Whether an answer is needed (default true)."))
LABELS = MapOf(
    keys=Integer(),
    values=Text(one_line=True, max_length=40),
    key_pattern="^-?[0-9]+$",
    doc="Short words for some of the numbers, e.g. {0: not at all}.",
)
OPTION_LIST = ListOf(Text(one_line=True, max_length=120), min_items=2, max_items=50, unique=True)
OPTIONS = Field(OPTION_LIST, required=True)


def step(type_name: str, describe: str, **fields: Field) -> Obj:
    return Obj(
        name="FORMAT_STEP_OF_TYPE",
        name_values=(("type", type_name),),
        doc=describe,
        fields={"type": Field(Choice(options=(type_name,)), required=True), **fields},
    )


ANSWER = {"id": Field(step_id("Unique in the file."), required=True), "prompt": PROMPT}

STEP = Tagged(
    key="type",
    name="FORMAT_STEP",
    variants={
        "say": step("say", "Shows text (Markdown).", text=Field(Text(), required=True), when=WHEN),
        "pause": step(
            "pause",
            "A quiet pause with a progress bar; Enter skips it.",
            seconds=Field(Integer(1, 600), required=True),
            text=Field(Text()),
            when=WHEN,
        ),
        "text": step(
            "text",
            "Collects written text.",
            **ANSWER,
            multiline=Field(Boolean(doc="A multi-line box (default false).")),
            required=REQUIRED,
            max_length=Field(Integer(1, 100_000, doc="Default 10000.")),
            help=HELP,
            when=WHEN,
        ),
        "scale": step(
            "scale",
            "Collects a whole number in a range.",
            **ANSWER,
            min=Field(Integer(doc="Default 0.")),
            max=Field(Integer(doc="Default 10.")),
            labels=Field(LABELS),
            required=REQUIRED,
            help=HELP,
            when=WHEN,
        ),
        "choice": step(
            "choice",
            "Collects one of a list of options.",
            **ANSWER,
            options=OPTIONS,
            required=REQUIRED,
            help=HELP,
            when=WHEN,
        ),
        "choices": step(
            "choices",
            "Collects any number of a list of options.",
            **ANSWER,
            options=OPTIONS,
            min_selected=Field(Integer(0, 50, doc="Default 0.")),
            help=HELP,
            when=WHEN,
        ),
        "confirm": step(
            "confirm",
            "Collects yes or no.",
            **ANSWER,
            default=Field(Boolean(doc="Default false.")),
            help=HELP,
            when=WHEN,
        ),
    },
)

BAND = Obj(
    name="FORMAT_BAND",
    fields={
        "up_to": Field(Number(doc="Highest value in this band; leave out on the last band.")),
        "label": Field(Text(one_line=True, max_length=40), required=True),
    },
)

SCORE = Obj(
    name="FORMAT_SCORE",
    fields={
        "id": Field(step_id("Unique among steps and scores."), required=True),
        "label": Field(Text(one_line=True, max_length=80), required=True),
        "method": Field(Choice(options=("mean", "sum", "change")), required=True),
        "items": Field(ListOf(step_id(), min_items=1, unique=True)),
        "reverse": Field(ListOf(step_id(), min_items=1, unique=True)),
        "before": Field(step_id()),
        "after": Field(step_id()),
        "bands": Field(ListOf(BAND, min_items=1)),
        "times": Field(
            Integer(1, 100, doc="Multiply a mean or sum by this (4 for WHO-5's percentage).")
        ),
    },
)

# A translation carries only words; everything else is the English file's (exercises/README.md).
LANGUAGE_CODE = "^[a-z]{2,3}$"
STEP_WORDS = Obj(
    name="FORMAT_STEP_WORDS",
    doc="One step's words, in the order of the steps; only the texts that step has.",
    fields={
        "text": Field(Text()),
        "prompt": Field(Text()),
        "help": Field(Text()),
        "labels": Field(LABELS),
        "options": Field(OPTION_LIST),
    },
)
SCORE_WORDS = Obj(
    name="FORMAT_SCORE_WORDS",
    fields={
        "label": Field(Text(one_line=True, max_length=80)),
        "bands": Field(ListOf(Text(one_line=True, max_length=40), min_items=1)),
    },
)
WORDS = Obj(
    name="FORMAT_TRANSLATION",
    doc="The exercise's words in one language: every list in the order of the English one.",
    fields={
        "title": Field(Text(one_line=True, max_length=120)),
        "description": Field(Text()),
        "credit": Field(Text(one_line=True, max_length=300)),
        "summary": Field(Text(one_line=True, max_length=300)),
        "steps": Field(ListOf(STEP_WORDS, max_items=200)),
        "scores": Field(ListOf(SCORE_WORDS)),
    },
)


def translations(words: Obj, doc: str) -> Field:
    """A file's `translations:`, by language code (shared with the plan format)."""
    return Field(
        MapOf(
            keys=Text(one_line=True, pattern=LANGUAGE_CODE, pattern_hint="LANGUAGE_CODE_HINT"),
            values=words,
            key_pattern=LANGUAGE_CODE,
            doc=doc,
        )
    )


# Shared with the plan format: a version number, an id, a one-line title.
VERSION = Field(Integer(1, 1, doc="Format version: 1."), required=True)
ID = Field(
    Text(one_line=True, max_length=64, pattern=EXERCISE_ID, pattern_hint="EXERCISE_ID_HINT"),
    required=True,
)
TITLE = Field(Text(one_line=True, max_length=120), required=True)

EXERCISE = Obj(
    name="FORMAT_EXERCISE",
    doc="A selfkind exercise, format version 1.",
    fields={
        "selfkind": VERSION,
        "id": ID,
        "title": TITLE,
        "description": Field(Text(doc="Markdown, shown by `exercise show`.")),
        "minutes": Field(Integer(1, 600, doc="An estimate, in whole minutes.")),
        "tags": Field(ListOf(Text(one_line=True, max_length=30), unique=True)),
        "credit": Field(Text(one_line=True, max_length=300, doc="The practice it adapts.")),
        "steps": Field(ListOf(STEP, min_items=1, max_items=200), required=True),
        "scores": Field(ListOf(SCORE)),
        "summary": Field(Text(one_line=True, max_length=300, doc="A one-line template.")),
        "support": Field(
            ListOf(
                Lazy(ref="condition", target=lambda: CONDITION),
                min_items=1,
                doc="Conditions (as in `when`) that show the support panel right after the "
                "answer that makes one hold, e.g. {answer: harm_thoughts, at_least: 1}.",
            )
        ),
        "translations": translations(
            WORDS,
            "The exercise in other languages, by code (es, de, fr, pt): the same steps and "
            "scores, in the same order, with only their words translated.",
        ),
    },
)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of exercise format version 1, for editors."""
    schema = EXERCISE.schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "selfkind exercise, format version 1",
        **schema,
        "$defs": {"condition": CONDITION.schema()},
    }
