"""Answers given up front: an answers file (YAML or JSON, `-` for standard input) and --set."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from selfkind import messages
from selfkind.core.errors import InvalidFile, Problem, UsageError
from selfkind.core.exercise import Given
from selfkind.formats.shape import NULL_TAG, Checker, mapping_pairs
from selfkind.formats.yamlfile import MAX_FILE_BYTES, UnreadableYaml, compose, decode, read_text

STDIN = "-"


def read_answers_file(name: str) -> dict[str, Given]:
    """Answers from a file of `step_id: answer` lines (an entry's JSON works too)."""
    label = "<stdin>" if name == STDIN else name
    try:
        if name == STDIN:
            text = decode(sys.stdin.buffer.read(MAX_FILE_BYTES + 1))
        else:
            path = Path(name).expanduser()
            if not path.is_file():
                raise UsageError(messages.NO_SUCH_FILE.format(path=path))
            text = read_text(path)
        root = compose(text)
    except UnreadableYaml as error:
        raise InvalidFile(label, [error.problem], exit_code=2) from None
    if root is None:
        return {}
    checker = Checker()
    given = _answers_from(root, checker)
    if checker.problems:
        raise InvalidFile(label, checker.problems, exit_code=2)
    return given


def _answers_from(root: yaml.Node, checker: Checker) -> dict[str, Given]:
    pairs = mapping_pairs(root, checker, messages.FORMAT_ANSWERS_FILE)
    if pairs is None:
        return {}
    # An entry's JSON (from `entries show --json`) carries its answers under "answers".
    inner = next((v for _, key, v in pairs if key == "answers"), None)
    if inner is not None and any(key == "exercise" for _, key, _ in pairs):
        return _answers_from(inner, checker)
    given: dict[str, Given] = {}
    for key_node, key, value in pairs:
        if isinstance(value, yaml.ScalarNode):
            if value.tag != NULL_TAG:
                given[key] = value.value
        elif isinstance(value, yaml.SequenceNode) and all(
            isinstance(item, yaml.ScalarNode) for item in value.value
        ):
            given[key] = [item.value for item in value.value]
        else:
            mark = key_node.start_mark
            checker.problems.append(
                Problem(
                    mark.line + 1, mark.column + 1, messages.ANSWER_NOT_A_VALUE.format(step=key)
                )
            )
    return given


def parse_set(pairs: list[str]) -> dict[str, Given]:
    """`--set ID=VALUE` options as answers; a later one for the same id wins."""
    given: dict[str, Given] = {}
    for text in pairs:
        step_id, equals, value = text.partition("=")
        if not equals:
            raise UsageError(messages.BAD_SET.format(text=text))
        given[step_id.strip()] = value
    return given
