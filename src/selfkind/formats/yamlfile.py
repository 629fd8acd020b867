"""Read a YAML file into a node tree with line numbers, refusing what could hurt.

Only composing is done (no objects are constructed from tags), so nothing in a
file can run code. Size, nesting and alias expansion are bounded so a hostile
file is refused quickly instead of eating memory.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from selfkind import messages
from selfkind.core.errors import Problem

MAX_FILE_BYTES = 1024 * 1024
MAX_NODES = 100_000  # values written in a file; far more than any exercise or plan needs
MAX_EXPANDED_NODES = 100_000  # values once aliases are expanded
STANDARD_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "null", "int", "float", "bool", "timestamp", "seq", "map")
}


class UnreadableYaml(Exception):
    """The text could not be read as YAML; carries the one problem to report."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def read_text(path: Path) -> str:
    """Read a file as UTF-8 text, refusing files that are too large or not text."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise UnreadableYaml(Problem(1, 1, messages.YAML_NO_FILE)) from None
    except IsADirectoryError:
        raise UnreadableYaml(Problem(1, 1, messages.YAML_FOLDER)) from None
    except OSError as error:
        raise UnreadableYaml(
            Problem(1, 1, messages.YAML_UNREADABLE.format(reason=error.strerror))
        ) from None
    return decode(data)


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8 text within the size bound."""
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableYaml(Problem(1, 1, messages.YAML_TOO_LARGE))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise UnreadableYaml(Problem(line, column, messages.YAML_NOT_UTF8)) from None


def compose(text: str, *, trusted: bool = False) -> yaml.Node | None:
    """Parse YAML text into its node tree (None for an empty document).

    `trusted` text (shipped with selfkind, or validated before it was stored) is read
    with libyaml, thirty times faster; other text with the pure-Python parser, which
    bounds nesting with Python's recursion limit and reports mistakes most precisely.
    """
    fast = getattr(yaml, "CSafeLoader", None)
    if trusted and fast is not None:
        try:
            node = yaml.compose(text, Loader=fast)
        except yaml.YAMLError:
            pass  # read it again below, for the precise report
        else:
            if node is not None:
                _check_expansion(node)
            return node
    if fast is not None:
        _check_count(text, fast)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = error.problem or ""
        if (
            reason.startswith("but") and error.context
        ):  # "but found another document" needs its context
            reason = f"{error.context}, {reason}"
        raise UnreadableYaml(Problem(line, column, _syntax(reason, text, line))) from None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        raise UnreadableYaml(
            Problem(
                line,
                column,
                messages.YAML_BAD_CHARACTER.format(code=error.character),
            )
        ) from None
    except yaml.YAMLError as error:
        raise UnreadableYaml(Problem(1, 1, messages.YAML_SYNTAX.format(reason=error))) from None
    except RecursionError:
        raise UnreadableYaml(Problem(1, 1, messages.YAML_TOO_DEEP)) from None
    if node is not None:
        _check_expansion(node)
    return node


def _syntax(reason: str, text: str, line: int) -> str:
    """The reader's complaint, with plain advice for the mistakes people make most when they
    first write YAML; it stops at the first, so it says there may be more."""
    return messages.YAML_SYNTAX_FIRST.format(said=_said(reason, text, line))


def _said(reason: str, text: str, line: int) -> str:
    if not reason:
        return messages.YAML_SYNTAX_UNKNOWN
    indented = _indentation(text, line)
    if indented and ("mapping values" in reason or "expected" in reason):
        return indented
    if "mapping values are not allowed" in reason:
        return messages.YAML_SYNTAX_QUOTE.format(reason=reason)
    if "'\\t'" in reason:
        return messages.YAML_SYNTAX_TABS.format(reason=reason)
    return messages.YAML_SYNTAX.format(reason=reason)


def _indentation(text: str, line: int) -> str | None:
    """An indentation mistake at `line` (from 1), said as one: a line indented more than the
    key above it, or less than the lines it belongs with."""
    lines = text.splitlines()
    if not 1 < line <= len(lines):
        return None
    here = lines[line - 1]
    above = next(
        (
            n
            for n in range(line - 2, -1, -1)
            if lines[n].strip() and not lines[n].lstrip().startswith("#")
        ),
        None,
    )
    if above is None or not here.strip():
        return None
    indent, before = _indent(here), _indent(lines[above])
    value_above = ":" in lines[above] and not lines[above].rstrip().endswith(":")
    if indent > before and value_above:
        return messages.YAML_INDENTED_MORE.format(line=line, above=above + 1)
    if indent < before and indent not in _indents(lines[: above + 1]):
        return messages.YAML_INDENTED_LESS.format(line=line)
    return None


def _indent(line: str) -> int:
    stripped = line.lstrip(" ")
    extra = 2 if stripped.startswith("- ") else 0  # a list item's keys line up after its dash
    return len(line) - len(stripped) + extra


def _indents(lines: list[str]) -> set[int]:
    """Where the lines so far begin, and their keys after a list item's dash."""
    written = [line for line in lines if line.strip()]
    return {len(line) - len(line.lstrip(" ")) for line in written} | {
        _indent(line) for line in written
    }


def other_format(root: yaml.Node | None, key: str) -> bool:
    """Whether a file's top-level mapping has `key` (a plan's 'selfkind-plan', an exercise's
    'selfkind'): a file of the other kind, given to the wrong command."""
    return isinstance(root, yaml.MappingNode) and any(
        getattr(name, "value", None) == key for name, _ in root.value
    )


def _too_many_values() -> UnreadableYaml:
    """A file that is simply too large: more values than any exercise or plan could need."""
    return UnreadableYaml(Problem(1, 1, messages.YAML_TOO_MANY_VALUES.format(limit=MAX_NODES)))


def _check_count(text: str, loader: type) -> None:
    """Refuse a file of more than MAX_NODES values in a fraction of a second, counted with
    libyaml's parser (events only: nothing is built, nothing expanded). Mistakes are left for
    the precise parser to report."""
    values = (yaml.ScalarEvent, yaml.CollectionStartEvent, yaml.AliasEvent)
    count = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            count += isinstance(event, values)
            if count > MAX_NODES:
                raise _too_many_values()
    except yaml.YAMLError:
        return


def _check_expansion(root: yaml.Node) -> None:
    """Refuse documents with custom tags, too many values, or aliases that refer to themselves
    or expand too far."""
    sizes: dict[int, int] = {}
    in_progress: set[int] = set()

    def size(node: yaml.Node, depth: int) -> int:
        if node.tag not in STANDARD_TAGS:
            raise UnreadableYaml(_at(node, messages.YAML_CUSTOM_TAG.format(tag=node.tag)))
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in in_progress:
            raise UnreadableYaml(_at(node, messages.YAML_ALIAS_LOOP))
        if depth > 200:
            raise UnreadableYaml(_at(node, messages.YAML_TOO_DEEP))
        if len(sizes) + len(in_progress) >= MAX_NODES:  # written out, before any alias counts
            raise _too_many_values()
        in_progress.add(key)
        total = 1
        if isinstance(node, yaml.SequenceNode):
            total += sum(size(child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total += sum(size(k, depth + 1) + size(v, depth + 1) for k, v in node.value)
        if total > MAX_EXPANDED_NODES:
            raise UnreadableYaml(_at(node, messages.YAML_ALIAS_TOO_LARGE))
        in_progress.discard(key)
        sizes[key] = total
        return total

    size(root, 0)


def _at(node: yaml.Node, message: str) -> Problem:
    return Problem(node.start_mark.line + 1, node.start_mark.column + 1, message)
