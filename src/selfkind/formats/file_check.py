"""What every check of an exercise file shares: the file's steps and ids, where to report,
and how a name that points at no answer step is reported."""

from __future__ import annotations

import yaml

from selfkind import messages
from selfkind.core.templates import names_in
from selfkind.core.text import closest
from selfkind.formats.shape import Checker, Got


def _step_nodes(root: yaml.Node) -> list[yaml.Node]:
    """The steps as written, including those with mistakes."""
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if getattr(key, "value", None) == "steps" and isinstance(value, yaml.SequenceNode):
                return list(value.value)
    return []


def _declared_id(step: yaml.Node) -> str | None:
    if isinstance(step, yaml.MappingNode):
        for key, value in step.value:
            if getattr(key, "value", None) == "id" and isinstance(value, yaml.ScalarNode):
                return value.value
    return None


class FileCheck:
    """Checks references, ranges and tests across the file; builds the model only if all is well."""

    def __init__(self, checker: Checker, got: Got, root: yaml.Node) -> None:
        self.checker = checker
        self.got = got
        self.steps: list[Got] = got.value_of("steps", [])
        valid_ids = [s.value_of("id") for s in self.steps if s.get("id")]
        self.all_answer_ids = set(valid_ids)
        nodes = _step_nodes(root)
        self.broken_ids = {_declared_id(node) for node in nodes} - self.all_answer_ids - {None}
        # Numbered as written, so a step with a mistake still counts.
        self.step_numbers = {
            (node.start_mark.line, node.start_mark.column): n for n, node in enumerate(nodes, 1)
        }
        self.answer_types: dict[str, str] = {}
        self.current_id: str | None = None

    def report(self, got: Got, message: str) -> None:
        self.checker.report(got.mark, message)

    def missing_reference(self, name: Got, earlier: set[str], what: str, scope: str) -> None:
        """Report a name that is not among the answer steps allowed here."""
        if name.value in self.broken_ids:
            return  # that step has its own mistake, reported where it is
        if name.value == self.current_id:
            said = messages.CHECK_NAMES_ITSELF.format(what=what, name=name.value, scope=scope)
            self.report(name, said)
            return
        if name.value in self.all_answer_ids:
            said = messages.CHECK_NAMES_LATER.format(what=what, name=name.value, scope=scope)
            self.report(name, said)
            return
        close = closest(str(name.value), sorted(earlier)) or ""
        said = messages.CHECK_NAMES_NOTHING_CLOSE if close else messages.CHECK_NAMES_NOTHING
        kind = (
            messages.CHECK_KIND_STEP_OR_SCORE if what == "'summary'" else messages.CHECK_KIND_STEP
        )
        self.report(name, said.format(what=what, name=name.value, close=close, kind=kind))

    def check_template(self, text: Got, field_name: str, allowed: set[str]) -> None:
        for name in names_in(text.value):
            if name not in allowed:
                placeholder = Got(name, text.mark)
                scope = messages.CHECK_TEMPLATE_SCOPE
                self.missing_reference(placeholder, allowed, f"'{field_name}'", scope)
