"""Scores in an exercise file: what each adds up, the ranges it spans, its bands."""

from __future__ import annotations

from selfkind import messages
from selfkind.core.exercise import (
    Band,
    Score,
)
from selfkind.core.scoring import Range, score_range
from selfkind.core.text import closest
from selfkind.formats.file_check import FileCheck
from selfkind.formats.shape import Got


class ScoreChecks(FileCheck):
    def check_scores(self) -> list[Got]:
        scores_got = self.got.get("scores")
        if scores_got is None:
            return []
        ranges: dict[str, Range] = {}
        for step in self.steps:
            if step.need("type").value == "scale" and step.get("id"):
                low = step.value_of("min", 0)
                high = step.value_of("max", 10)
                ranges[step.value_of("id")] = (low, high)
        later = {s.value_of("id") for s in scores_got.value if s.get("id")}
        seen: set[str] = set()
        checked: list[Got] = []
        for score in scores_got.value:
            if self.check_score(score, ranges, seen, later):
                checked.append(score)
            if score.get("id"):
                seen.add(score.value_of("id"))
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
            self.report(score_id, messages.CHECK_SCORE_ID_USED.format(id=score_id.value))
            ok = False
        names, inputs_ok = self.score_inputs(score, method.value, ranges, later)
        ok = inputs_ok and ok
        ok = self.reverse_fits(score, names, ranges, checked_so_far=ok) and ok
        bands = score.get("bands")
        if bands is not None and not self.check_bands(bands):
            ok = False
        if not ok:
            return False
        times = score.value_of("times", 1)
        ranges[score_id.value] = score_range(method.value, [ranges[n.value] for n in names], times)
        return True

    def score_inputs(
        self, score: Got, method: str, ranges: dict[str, Range], later: set[str]
    ) -> tuple[list[Got], bool]:
        """The steps and scores a score adds up (`items`, or `before` and `after` for a
        change), and whether each is there, fits the method and names an earlier scale."""
        ok = True
        wanted: tuple[str, ...]
        unwanted: tuple[str, ...]
        if method == "change":
            wanted, unwanted = ("before", "after"), ("items", "reverse", "times")
        else:
            wanted, unwanted = ("items",), ("before", "after")
        for key in wanted:
            if score.get(key) is None:
                self.report(score, messages.CHECK_SCORE_NEEDS.format(method=method, key=key))
                ok = False
        for key in unwanted:
            if (extra := score.get(key)) is not None:
                said = messages.CHECK_SCORE_DOES_NOT_TAKE.format(method=method, key=key)
                self.report(extra, said)
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
        return names, ok

    def reverse_fits(
        self, score: Got, names: list[Got], ranges: dict[str, Range], *, checked_so_far: bool
    ) -> bool:
        """Reversed items are among the items and, once all else is right, share one range."""
        reverse = score.get("reverse")
        if reverse is None:
            return True
        ok = True
        item_names = {name.value for name in names}
        for name in reverse.value:
            if name.value not in item_names:
                self.report(name, self._not_an_item(str(name.value), item_names))
                ok = False
        if ok and checked_so_far and len({ranges[name.value] for name in names}) > 1:
            spans = ", ".join(_span(n.value, ranges[n.value]) for n in names)
            self.report(reverse, messages.CHECK_RANGES_DIFFER.format(spans=spans))
            ok = False
        return ok

    def _not_an_item(self, name: str, items: set[str]) -> str:
        """A reversed name that is not an item: inside one of the items (a subscale), or
        close to one."""
        scores = self.got.get("scores")
        for score in scores.value if scores is not None else []:
            plain = score.plain() if isinstance(score.value, dict) else {}
            if plain.get("id") in items and name in (plain.get("items") or []):
                return messages.CHECK_REVERSED_IN_SUBSCALE.format(name=name, subscale=plain["id"])
        close = closest(name, sorted(items))
        if close:
            return messages.CHECK_REVERSED_NOT_ITEM_CLOSE.format(name=name, close=close)
        return messages.CHECK_REVERSED_NOT_ITEM.format(name=name)

    def report_score_input(self, name: Got, later: set[str]) -> None:
        kind = self.answer_types.get(name.value)
        if kind is not None:
            self.report(
                name,
                messages.CHECK_SCORE_OF_STEP.format(name=name.value, kind=kind),
            )
        elif name.value in later:
            self.report(name, messages.CHECK_SCORE_LATER.format(name=name.value))
        elif name.value not in self.broken_ids:
            close = closest(str(name.value), sorted(self.all_answer_ids)) or ""
            said = messages.CHECK_NO_SCORE_INPUT_CLOSE if close else messages.CHECK_NO_SCORE_INPUT
            self.report(name, said.format(name=name.value, close=close))

    def check_bands(self, bands: Got) -> bool:
        ok = True
        previous: float | None = None
        for position, band in enumerate(bands.value, start=1):
            up_to = band.get("up_to")
            if up_to is None:
                if position != len(bands.value):
                    self.report(band, messages.CHECK_LAST_BAND_ONLY)
                    ok = False
                continue
            if previous is not None and up_to.value <= previous:
                self.report(
                    up_to,
                    messages.CHECK_BANDS_RISE.format(value=up_to.value, previous=previous),
                )
                ok = False
            previous = up_to.value
        return ok


def _span(name: str, span: Range) -> str:
    low, high = span
    return messages.CHECK_SPAN.format(name=name, low=low, high=high)


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
        times=values.get("times", 1),
    )
