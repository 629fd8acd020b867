"""A report a client shares with their therapist, and the caseload the therapist keeps of
them: what a report holds, and what `clinic list` and `clinic show` read from it.

A report is the client's data, never the page they saw: the therapist's selfkind draws its
own page from these values, so nothing in a report file is shown but as words and numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from selfkind import messages
from selfkind.messages.formatting import said_day

if TYPE_CHECKING:  # `clinic list` reads digests alone: it spares the exercise and plan models
    from selfkind.core.exercise import Band
    from selfkind.core.plan import Plan
    from selfkind.core.schedule import WeekAdherence

LEVELS = ("scores", "answers", "words")  # what of an entry the client chose to share
T = TypeVar("T")


@dataclass(frozen=True)
class Point:
    day: date
    value: float
    band: str | None = None


@dataclass(frozen=True)
class Measure:
    """One score of one exercise over the report's window, oldest first."""

    exercise_id: str
    exercise_title: str
    score_id: str
    label: str
    method: str  # mean | sum | change
    span: tuple[float, float] | None  # the lowest and highest it can be, when known
    bands: tuple[Band, ...]
    points: tuple[Point, ...]

    @property
    def key(self) -> tuple[str, str]:
        return self.exercise_id, self.score_id


@dataclass(frozen=True)
class PlanShared:
    """A plan the report covers, its file's hash, and each item's weeks."""

    plan: Plan
    hash: str
    weeks: dict[str, tuple[WeekAdherence, ...]]  # by the item's exercise id

    @property
    def done_and_asked(self) -> tuple[int, int]:
        from selfkind.core.schedule import totals

        return totals(week for weeks in self.weeks.values() for week in weeks)


@dataclass(frozen=True)
class EntryShared:
    """An entry as the client chose to share it: its scores, and the lines of its card
    (ratings and choices at "answers", the person's words too at "words")."""

    id: str
    exercise_id: str
    exercise_title: str
    local_date: date
    level: str
    scores: dict[str, float]
    card: tuple[tuple[str, str], ...]  # (question or score label, what was answered)


@dataclass(frozen=True)
class Practice:
    days_practised: int
    days: int
    entries: int
    last_practised: date | None


@dataclass(frozen=True)
class SharedReport:
    """Everything one `.selfkind-report` holds."""

    id: str
    made_at: str  # UTC, ISO 8601
    name: str | None
    since: date
    until: date
    practice: Practice
    plans: tuple[PlanShared, ...] = ()
    measures: tuple[Measure, ...] = ()
    entries: tuple[EntryShared, ...] = ()
    page: str = ""  # the page the client saw, for readers without selfkind; never shown here
    language: str = "en"  # the language the client's selfkind spoke: its words are in it

    @property
    def done_and_asked(self) -> tuple[int, int] | None:
        """Practice asked by its plans over the window; None when it covers no plan."""
        if not self.plans:
            return None
        pairs = [plan.done_and_asked for plan in self.plans]
        return sum(done for done, _ in pairs), sum(asked for _, asked in pairs)


def measure_label(label: str, method: str) -> str:
    """A measure's name as the caseload shows it: a change score says it is after minus
    before, so '-4' is not read as a level on its scale."""
    return messages.CLINIC_CHANGE_SCORE.format(label=label) if method == "change" else label


def made_on(made_at: str) -> str:
    """The day a report was made, where the therapist is, as the views write days."""
    from datetime import datetime

    moment = datetime.fromisoformat(made_at.replace("Z", "+00:00")).astimezone()
    return said_day(moment, "day_month_year")


def practice_said(done_and_asked: tuple[int, int] | None) -> str:
    """'17 done of 18 asked', or that the report covers no plan: in every caseload view."""
    if done_and_asked is None:
        return messages.CLINIC_NOTHING_ASKED
    done, asked = done_and_asked
    return messages.CLINIC_DONE_ASKED.format(done=done, asked=asked)


# ---------------------------------------------------------------- the caseload


NAME_LENGTH = 80  # a person's name, as the client writes it (--name) or the therapist (--client)


def fits_name(name: str) -> bool:
    """A name on one line, not blank, of at most NAME_LENGTH characters."""
    return bool(name.strip()) and len(name) <= NAME_LENGTH and "\n" not in name


def client_key(name: str) -> str:
    """The name a client is found by: case and spacing do not make a second client."""
    return " ".join(name.casefold().split())


@dataclass(frozen=True)
class Latest:
    """A measure's value at the end of one report's window."""

    exercise_id: str
    score_id: str
    label: str
    exercise_title: str
    value: float
    band: str | None
    day: date
    method: str = "mean"  # a `change` score is after minus before, not a level

    @property
    def key(self) -> tuple[str, str]:
        return self.exercise_id, self.score_id


@dataclass(frozen=True)
class Digest:
    """What the caseload keeps of a report to list it without reading the whole of it."""

    report_id: str
    client: str
    made_at: str
    since: date
    until: date
    plans: tuple[tuple[str, str], ...]  # (id, title)
    done_and_asked: tuple[int, int] | None
    last_practised: date | None
    latest: tuple[Latest, ...]


def digest_of(report: SharedReport, client: str) -> Digest:
    latest = tuple(
        Latest(
            m.exercise_id,
            m.score_id,
            m.label,
            m.exercise_title,
            last.value,
            last.band,
            last.day,
            m.method,
        )
        for m in report.measures
        for last in m.points[-1:]
    )
    return Digest(
        report_id=report.id,
        client=client,
        made_at=report.made_at,
        since=report.since,
        until=report.until,
        plans=tuple((p.plan.id, p.plan.title) for p in report.plans),
        done_and_asked=report.done_and_asked,
        last_practised=report.practice.last_practised,
        latest=latest,
    )


def in_order(digests: list[Digest]) -> list[Digest]:
    """A client's reports, first to latest: by the last day covered, then when made."""
    return sorted(digests, key=lambda d: (d.until, d.made_at, d.report_id))


@dataclass(frozen=True)
class MeasureNow:
    """A measure's latest value, and how far it moved since the previous and the first
    report (None where that report did not have it, or there is none). A measure the latest
    report does not have keeps its last value from an earlier one (`in_latest` False), with
    no change: the reports between are not read to list it."""

    latest: Latest
    since_previous: float | None
    since_first: float | None
    in_latest: bool = True


@dataclass
class ClientRow:
    """One client in `clinic list`."""

    client: str
    reports: int
    latest: Digest
    measures: list[MeasureNow] = field(default_factory=list)
    last_practised: date | None = None  # the latest day practised in any of their reports
    days_since_practice: int | None = None


def ends(ordered: list[T]) -> list[T]:
    """The first, the one before the latest, and the latest (fewer when there are fewer)."""
    return ordered if len(ordered) <= 3 else [ordered[0], ordered[-2], ordered[-1]]


def client_row(
    ended: list[Digest], today: date, *, reports: int, last_practised: date | None
) -> ClientRow:
    """A client's row from the digests of their first, previous and latest reports (`ends`
    of them in order), how many reports they have, and the last day practised in any."""
    latest = ended[-1]
    row = ClientRow(latest.client, reports, latest)
    found: dict[tuple[str, str], int] = {}  # each measure: the last of `ended` that has it
    for number, digest in enumerate(ended):
        for now in digest.latest:
            found[now.key] = number
    last = len(ended) - 1
    for key, number in found.items():
        now = next(m for m in ended[number].latest if m.key == key)
        if number < last:
            row.measures.append(MeasureNow(now, None, None, in_latest=False))
            continue
        previous, first = (ended[-2], ended[0]) if last else (None, None)
        row.measures.append(MeasureNow(now, _moved(now, previous), _moved(now, first)))
    if last_practised is not None:
        row.last_practised = last_practised
        row.days_since_practice = max(0, (today - last_practised).days)
    return row


def row_of(digests: list[Digest], today: date) -> ClientRow:
    """A client's row from all their reports' digests."""
    ordered = in_order(digests)
    practised = [d.last_practised for d in ordered if d.last_practised is not None]
    last = max(practised, default=None)
    return client_row(ends(ordered), today, reports=len(ordered), last_practised=last)


def _moved(now: Latest, earlier: Digest | None) -> float | None:
    if earlier is None:
        return None
    for then in earlier.latest:
        if then.key == now.key:
            return round(now.value - then.value, 6)
    return None
