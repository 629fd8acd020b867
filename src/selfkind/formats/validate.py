"""Validate an exercise file and build its model, reporting every mistake in one pass."""

from __future__ import annotations

import difflib
import hashlib
from pathlib import Path
from typing import Any

import yaml

from selfkind.core.errors import InvalidFile, Problem
from selfkind.core.exercise import (
    STEP_TYPES,
    AllOf,
    AnyOf,
    Band,
    Condition,
    Exercise,
    Not,
    Score,
    Step,
    Test,
)
from selfkind.core.scoring import Range, score_range
from selfkind.core.templates import names_in
from selfkind.formats import exercise as fmt
from selfkind.formats.shape import Checker, Got
from selfkind.formats.yamlfile import UnreadableYaml, compose, read_text

SUGGESTED_TEST = {
    "scale": "equals, in, at_least or at_most",
    "choice": "equals or in",
    "choices": "contains",
    "text": "contains",
    "confirm": "equals",
}
ALLOWED_TESTS = {
    "scale": {"equals", "not_equals", "in", "at_least", "at_most", "answered"},
    "choice": {"equals", "not_equals", "in", "answered"},
    "choices": {"contains", "answered"},
    "text": {"equals", "not_equals", "in", "contains", "answered"},
    "confirm": {"equals", "not_equals", "answered"},
}


def load_exercise(path: Path, *, origin: str = "", trusted: bool = False) -> Exercise:
    """Read and validate an exercise file; raises InvalidFile listing every mistake."""
    try:
        text = read_text(path)
    except UnreadableYaml as error:
        raise InvalidFile(str(path), [error.problem]) from None
    return parse_exercise(text, label=str(path), origin=origin or str(path), trusted=trusted)


def parse_exercise(text: str, *, label: str, origin: str, trusted: bool = False) -> Exercise:
    """Validate exercise text; raises InvalidFile (labelled `label`) listing every mistake."""
    problems, exercise = check_exercise_text(text, origin=origin, trusted=trusted)
    if exercise is None:
        raise InvalidFile(label, problems)
    return exercise


def check_exercise_text(
    text: str, *, origin: str = "", trusted: bool = False
) -> tuple[list[Problem], Exercise | None]:
    """Every mistake in an exercise's text, and the exercise if there were none."""
    try:
        node = compose(text, trusted=trusted)
    except UnreadableYaml as error:
        return [error.problem], None
    if node is None:
        return [Problem(1, 1, "the file is empty; an exercise starts with 'selfkind: 1'")], None
    checker = Checker()
    got = fmt.EXERCISE.check(node, checker, "exercise")
    exercise = None
    if got is not None and isinstance(got.value, dict):
        exercise = _Builder(checker, got, node).build(text, origin)
    problems = sorted(set(checker.problems), key=lambda p: (p.line, p.column, p.message))
    return problems, (exercise if not problems else None)


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


class _Builder:
    """Checks references, ranges and tests across the file; builds the model only if all is well."""

    def __init__(self, checker: Checker, got: Got, root: yaml.Node) -> None:
        self.checker = checker
        self.got = got
        self.steps: list[Got] = got.get("steps").value if got.get("steps") else []  # type: ignore[union-attr]
        valid_ids = [s.get("id").value for s in self.steps if s.get("id")]  # type: ignore[union-attr]
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

    # ------------------------------------------------------------ whole file

    def build(self, text: str, origin: str) -> Exercise | None:
        checked_steps = self.check_steps()
        checked_scores = self.check_scores()
        support = self.check_support()
        summary = self.got.get("summary")
        if summary is not None:
            self.current_id = None
            self.check_template(summary, "summary", set(self.answer_types))
        if self.checker.problems:
            return None
        steps = [make_step(step, when) for step, when in checked_steps]
        scores = [make_score(score) for score in checked_scores]
        values = self.got.plain()
        return Exercise(
            id=values["id"],
            title=values["title"],
            description=values.get("description"),
            minutes=values.get("minutes"),
            tags=tuple(values.get("tags", ())),
            credit=values.get("credit"),
            steps=tuple(steps),
            scores=tuple(scores),
            summary=values.get("summary"),
            support=support,
            source=text,
            hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            origin=origin,
        )

    # ------------------------------------------------------------ steps

    def check_steps(self) -> list[tuple[Got, Condition | None]]:
        checked: list[tuple[Got, Condition | None]] = []
        earlier: dict[str, Got] = {}
        for step in self.steps:
            step_id = step.get("id")
            self.current_id = step_id.value if step_id else None
            number = self.step_numbers.get((step.mark.line, step.mark.column), "")
            owner = f"step '{step_id.value}'" if step_id else f"step {number}"
            when = None
            if step.get("when") is not None:
                when = self.build_condition(step.get("when"), earlier, owner)  # type: ignore[arg-type]
            for field_name in ("prompt", "text", "help"):
                if step.get(field_name) is not None:
                    self.check_template(step.get(field_name), field_name, set(earlier))  # type: ignore[arg-type]
            self.check_step_ranges(step)
            if step_id is not None:
                if step_id.value in earlier:
                    self.report(
                        step_id, f"the step id '{step_id.value}' is used twice; ids must be unique"
                    )
                else:
                    earlier[step_id.value] = step
                    self.answer_types[step_id.value] = step.get("type").value  # type: ignore[union-attr]
            checked.append((step, when))
        return checked

    def check_step_ranges(self, step: Got) -> None:
        kind = step.get("type").value  # type: ignore[union-attr]
        if kind == "scale":
            low = step.get("min").value if step.get("min") else 0  # type: ignore[union-attr]
            high = step.get("max").value if step.get("max") else 10  # type: ignore[union-attr]
            if low >= high:
                where = step.get("min") or step.get("max") or step
                self.report(where, f"'min' ({low}) must be less than 'max' ({high})")
                return
            labels = step.get("labels")
            for number, label in labels.value.items() if labels else ():
                if not low <= number <= high:
                    self.report(
                        label, f"the label for {number} is outside the scale's range {low}–{high}"
                    )
        if kind == "choices" and step.get("min_selected") and step.get("options"):
            least = step.get("min_selected")
            count = len(step.get("options").value)  # type: ignore[union-attr]
            if least.value > count:  # type: ignore[union-attr]
                self.report(
                    least, f"'min_selected' is {least.value} but there are only {count} options"
                )  # type: ignore[union-attr]

    # ------------------------------------------------------------ references

    def missing_reference(self, name: Got, earlier: set[str], what: str, scope: str) -> None:
        """Report a name that is not among the answer steps allowed here."""
        if name.value in self.broken_ids:
            return  # that step has its own mistake, reported where it is
        if name.value == self.current_id:
            self.report(name, f"{what} names its own step '{name.value}'; {scope}")
            return
        if name.value in self.all_answer_ids:
            self.report(name, f"{what} names '{name.value}', which comes later; {scope}")
            return
        close = difflib.get_close_matches(str(name.value), sorted(earlier), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        self.report(
            name, f"{what} names '{name.value}', but there is no answer step with that id{hint}"
        )

    def check_template(self, text: Got, field_name: str, allowed: set[str]) -> None:
        for name in names_in(text.value):
            if name not in allowed:
                placeholder = Got(name, text.mark)
                scope = "a template can only use answers given before it"
                self.missing_reference(placeholder, allowed, f"'{field_name}'", scope)

    # ------------------------------------------------------------ conditions

    def check_support(self) -> tuple[Condition, ...]:
        """`support:` conditions may name any answer step in the file, earlier or later."""
        listed = self.got.get("support")
        if listed is None:
            return ()
        self.current_id = None
        steps = {s.get("id").value: s for s in self.steps if s.get("id")}  # type: ignore[union-attr]
        built = [self.build_condition(c, steps, "the support list") for c in listed.value]
        return tuple(c for c in built if c is not None)

    def build_condition(self, got: Got, earlier: dict[str, Got], owner: str) -> Condition | None:
        value = got.value
        if "all" in value or "any" in value:
            key = "all" if "all" in value else "any"
            parts = [self.build_condition(part, earlier, owner) for part in value[key].value]
            if any(part is None for part in parts):
                return None
            return (AllOf if key == "all" else AnyOf)(tuple(parts))  # type: ignore[arg-type]
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
            scope = "conditions can only use answers given before them"
            self.missing_reference(name, set(earlier), f"the condition on {owner}", scope)
            return None
        step = earlier[name.value]
        kind = step.get("type").value  # type: ignore[union-attr]
        target = got.value[test_name]
        if test_name not in ALLOWED_TESTS[kind]:
            self.report(
                target,
                f"{owner} tests '{name.value}' with {test_name}, but '{name.value}' is a "
                f"{kind} step; use {SUGGESTED_TEST[kind]}",
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
            low = step.get("min").value if step.get("min") else 0  # type: ignore[union-attr]
            high = step.get("max").value if step.get("max") else 10  # type: ignore[union-attr]
            number = target.value
            if isinstance(number, bool) or not isinstance(number, (int, float)):
                self.report(
                    target,
                    f"{owner} compares '{name}' with '{target.raw}', but '{name}' is a number from {low} to {high}",
                )
                return None
            if test_name in ("equals", "not_equals", "in") and number != int(number):
                self.report(
                    target, f"'{name}' takes whole numbers, so {target.raw} can never match"
                )
                return None
            never = (
                (test_name == "at_least" and number > high)
                or (test_name == "at_most" and number < low)
                or (test_name in ("equals", "in") and not low <= number <= high)
            )
            if never:
                self.report(
                    target, f"this test can never be true: '{name}' goes from {low} to {high}"
                )
                return None
            return number
        if kind == "confirm":
            if not isinstance(target.value, bool):
                self.report(
                    target,
                    f"{owner} compares '{name}' with '{target.raw}', but '{name}' is yes/no; use true or false",
                )
                return None
            return target.value
        text = target.raw if target.raw is not None else str(target.value)
        if kind in ("choice", "choices"):
            if step.get("options") is None:
                return None  # the step's own mistake is reported where it is
            options = [option.value for option in step.get("options").value]  # type: ignore[union-attr]
            if text not in options:
                close = difflib.get_close_matches(text, options, n=1)
                hint = f"; did you mean '{close[0]}'?" if close else ""
                self.report(target, f"'{text}' is not one of the options of '{name}'{hint}")
                return None
        return text

    # ------------------------------------------------------------ scores

    def check_scores(self) -> list[Got]:
        scores_got = self.got.get("scores")
        if scores_got is None:
            return []
        ranges: dict[str, Range] = {}
        for step in self.steps:
            if step.get("type").value == "scale" and step.get("id"):  # type: ignore[union-attr]
                low = step.get("min").value if step.get("min") else 0  # type: ignore[union-attr]
                high = step.get("max").value if step.get("max") else 10  # type: ignore[union-attr]
                ranges[step.get("id").value] = (low, high)  # type: ignore[union-attr]
        later = {s.get("id").value for s in scores_got.value if s.get("id")}  # type: ignore[union-attr]
        seen: set[str] = set()
        checked: list[Got] = []
        for score in scores_got.value:
            if self.check_score(score, ranges, seen, later):
                checked.append(score)
            if score.get("id"):
                seen.add(score.get("id").value)  # type: ignore[union-attr]
        return checked

    def check_score(
        self, score: Got, ranges: dict[str, Range], seen: set[str], later: set[str]
    ) -> bool:
        """Check one score's inputs; on success, record its range for the scores after it."""
        score_id = score.get("id")
        method = score.get("method")
        if score_id is None or method is None:
            return False
        ok = True
        if score_id.value in self.answer_types or score_id.value in seen:
            self.report(
                score_id,
                f"the id '{score_id.value}' is already used; score ids must be unique among steps and scores",
            )
            ok = False
        if method.value == "change":
            wanted, unwanted = ("before", "after"), ("items", "reverse")
        else:
            wanted, unwanted = ("items",), ("before", "after")
        for key in wanted:
            if score.get(key) is None:
                self.report(score, f"a {method.value} score needs '{key}'")
                ok = False
        for key in unwanted:
            if score.get(key) is not None:
                self.report(score.get(key), f"a {method.value} score does not take '{key}'")  # type: ignore[arg-type]
                ok = False
        names: list[Got] = []
        for key in wanted:
            got = score.get(key)
            if got is not None:
                names += got.value if isinstance(got.value, list) else [got]
        if not names:
            ok = False
        for name in names:
            if name.value not in ranges:
                ok = False
                self.report_score_input(name, later)
        reverse = score.get("reverse")
        item_names = {name.value for name in names}
        for name in reverse.value if reverse else ():
            if name.value not in item_names:
                self.report(
                    name, f"'{name.value}' is reversed but is not one of this score's items"
                )
                ok = False
        if ok and reverse is not None:
            distinct = {ranges[name.value] for name in names}
            if len(distinct) > 1:
                spans = ", ".join(f"'{n.value}' {_span(ranges[n.value])}" for n in names)
                self.report(
                    reverse,
                    f"reversed items and the items averaged with them must share one range, but {spans}",
                )
                ok = False
        bands = score.get("bands")
        if bands is not None and not self.check_bands(bands):
            ok = False
        if not ok:
            return False
        ranges[score_id.value] = score_range(method.value, [ranges[n.value] for n in names])
        return True

    def report_score_input(self, name: Got, later: set[str]) -> None:
        kind = self.answer_types.get(name.value)
        if kind is not None:
            self.report(
                name,
                f"'{name.value}' is a {kind} step; scores can only use scale steps and earlier scores",
            )
        elif name.value in later:
            self.report(
                name, f"'{name.value}' is a score defined further down; move it above this one"
            )
        elif name.value not in self.broken_ids:
            close = difflib.get_close_matches(str(name.value), sorted(self.all_answer_ids), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            self.report(
                name, f"there is no scale step or earlier score called '{name.value}'{hint}"
            )

    def check_bands(self, bands: Got) -> bool:
        ok = True
        previous: float | None = None
        for position, band in enumerate(bands.value, start=1):
            up_to = band.get("up_to")
            if up_to is None:
                if position != len(bands.value):
                    self.report(band, "only the last band can leave out 'up_to'")
                    ok = False
                continue
            if previous is not None and up_to.value <= previous:
                self.report(
                    up_to,
                    f"'up_to' values must rise from band to band ({up_to.value} is not above {previous})",
                )
                ok = False
            previous = up_to.value
        return ok


def _span(span: Range) -> str:
    low, high = span
    return f"goes {low:g}–{high:g}"


def make_step(step: Got, when: Condition | None) -> Step:
    values = step.plain()
    step_class = STEP_TYPES[values.pop("type")]
    values.pop("when", None)
    if "options" in values:
        values["options"] = tuple(values["options"])
    return step_class(when=when, **values)


def make_score(score: Got) -> Score:
    values = score.plain()
    return Score(
        id=values["id"],
        label=values["label"],
        method=values["method"],
        items=tuple(values.get("items", ())),
        reverse=tuple(values.get("reverse", ())),
        before=values.get("before"),
        after=values.get("after"),
        bands=tuple(Band(label=b["label"], up_to=b.get("up_to")) for b in values.get("bands", ())),
    )
