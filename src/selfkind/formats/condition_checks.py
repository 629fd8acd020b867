"""Conditions in an exercise file (`when:` and `support:`): each test names an earlier
answer step, and its value must fit that step."""

from __future__ import annotations

from typing import Any

from selfkind import messages
from selfkind.core.exercise import (
    AllOf,
    AnyOf,
    Condition,
    Not,
    Test,
)
from selfkind.core.text import closest
from selfkind.formats import exercise as fmt
from selfkind.formats.file_check import FileCheck
from selfkind.formats.shape import Got

SUGGESTED_TEST = {  # the message naming the tests that fit each type of answer
    "scale": "CHECK_TESTS_SCALE",
    "choice": "CHECK_TESTS_CHOICE",
    "choices": "CHECK_TESTS_CHOICES",
    "text": "CHECK_TESTS_TEXT",
    "confirm": "CHECK_TESTS_CONFIRM",
}
ALLOWED_TESTS = {
    "scale": {"equals", "not_equals", "in", "at_least", "at_most", "answered"},
    "choice": {"equals", "not_equals", "in", "answered"},
    "choices": {"contains", "answered"},
    "text": {"equals", "not_equals", "in", "contains", "answered"},
    "confirm": {"equals", "not_equals", "answered"},
}


class ConditionChecks(FileCheck):
    def check_support(self) -> tuple[Condition, ...]:
        """`support:` conditions may name any answer step in the file, earlier or later."""
        listed = self.got.get("support")
        if listed is None:
            return ()
        self.current_id = None
        steps = {s.value_of("id"): s for s in self.steps if s.get("id")}
        owner = messages.CHECK_SUPPORT_LIST
        built = [self.build_condition(c, steps, owner) for c in listed.value]
        return tuple(c for c in built if c is not None)

    def build_condition(self, got: Got, earlier: dict[str, Got], owner: str) -> Condition | None:
        value = got.value
        if "all" in value or "any" in value:
            key = "all" if "all" in value else "any"
            built = [self.build_condition(part, earlier, owner) for part in value[key].value]
            parts = tuple(part for part in built if part is not None)
            if len(parts) < len(built):
                return None
            return (AllOf if key == "all" else AnyOf)(parts)
        if "not" in value:
            inner = self.build_condition(value["not"], earlier, owner)
            return None if inner is None else Not(inner)
        return self.build_test(got, earlier, owner)

    def build_test(self, got: Got, earlier: dict[str, Got], owner: str) -> Condition | None:
        name = got.get("answer")
        test_name = next((key for key in fmt.TESTS if key in got.value), None)
        if name is None or test_name is None:
            return None
        if name.value not in earlier:
            scope = messages.CHECK_CONDITION_SCOPE
            what = messages.CHECK_CONDITION_ON.format(owner=owner)
            self.missing_reference(name, set(earlier), what, scope)
            return None
        step = earlier[name.value]
        kind = step.need("type").value
        target = got.value[test_name]
        if test_name not in ALLOWED_TESTS[kind]:
            self.report(
                target,
                messages.CHECK_WRONG_TEST.format(
                    owner=owner,
                    name=name.value,
                    test=test_name,
                    kind=kind,
                    tests=getattr(messages, SUGGESTED_TEST[kind]),
                ),
            )
            return None
        if test_name == "answered":
            return Test(name.value, test_name, target.value)
        if test_name == "in":
            values = [self.fit_value(item, step, kind, owner, name.value) for item in target.value]
            if any(v is None for v in values):
                return None
            return Test(name.value, test_name, tuple(values))
        fitted = self.fit_value(target, step, kind, owner, name.value, test_name)
        return None if fitted is None else Test(name.value, test_name, fitted)

    def fit_value(
        self, target: Got, step: Got, kind: str, owner: str, name: str, test_name: str = "in"
    ) -> Any:
        """The value a test compares with, in the form the step's answers take; None if it cannot fit."""
        if kind == "scale":
            low = step.value_of("min", 0)
            high = step.value_of("max", 10)
            number = target.value
            if isinstance(number, bool) or not isinstance(number, (int, float)):
                self.report(
                    target,
                    messages.CHECK_NOT_A_NUMBER.format(
                        owner=owner, name=name, raw=target.raw, low=low, high=high
                    ),
                )
                return None
            if test_name in ("equals", "not_equals", "in") and number != int(number):
                self.report(target, messages.CHECK_NOT_WHOLE.format(name=name, raw=target.raw))
                return None
            never = (
                (test_name == "at_least" and number > high)
                or (test_name == "at_most" and number < low)
                or (test_name in ("equals", "in") and not low <= number <= high)
            )
            if never:
                self.report(target, messages.CHECK_NEVER_TRUE.format(name=name, low=low, high=high))
                return None
            return number
        if kind == "confirm":
            if not isinstance(target.value, bool):
                self.report(
                    target,
                    messages.CHECK_NOT_YES_NO.format(owner=owner, name=name, raw=target.raw),
                )
                return None
            return target.value
        text = target.raw if target.raw is not None else str(target.value)
        if kind in ("choice", "choices"):
            listed = step.get("options")
            if listed is None:
                return None  # the step's own mistake is reported where it is
            options = [option.value for option in listed.value]
            if text not in options:
                close = closest(text, options) or ""
                said = messages.CHECK_NOT_AN_OPTION_CLOSE if close else messages.CHECK_NOT_AN_OPTION
                self.report(target, said.format(text=text, name=name, close=close))
                return None
        return text
