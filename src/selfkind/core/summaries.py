"""Pure functions from entries to the numbers the views show. No storage, no terminal."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from selfkind import messages
from selfkind.core.entry import COMPLETE, Entry, parse_timestamp
from selfkind.core.exercise import Exercise
from selfkind.core.numbers import number, rounded

CHECKIN = "checkin"


@dataclass(frozen=True)
class DayMark:
    day: date
    practised: bool


@dataclass(frozen=True)
class HomeStatus:
    """Today's check-in and the last days of practice, for the home screen and `nudge`."""

    today: date
    checkin: Entry | None
    days: list[DayMark]
    first_day: date | None = None  # the first day of practice ever

    @property
    def mood(self) -> object:
        """Today's check-in mood as it was answered (None without a check-in or a mood)."""
        return self.checkin.answers.get("mood") if self.checkin is not None else None

    @property
    def practised_days(self) -> int:
        return sum(mark.practised for mark in self.days)

    @property
    def days_counted(self) -> int:
        """Days in the window since practice began: a new start is not a row of missed days."""
        if self.first_day is None:
            return len(self.days)
        return max(1, min(len(self.days), (self.today - self.first_day).days + 1))


def home_status(
    entries: Iterable[Entry], today: date, days: int = 7, first_day: date | None = None
) -> HomeStatus:
    """Whether today's check-in is done, and which of the last `days` days had practice.

    Only complete entries count; drafts are unfinished, not practice.
    """
    complete = [entry for entry in entries if entry.status == COMPLETE]
    practised = {entry.local_date for entry in complete}
    window = [today - timedelta(days=back) for back in range(days - 1, -1, -1)]
    checkins = [
        e for e in complete if e.exercise_id == CHECKIN and e.local_date == today.isoformat()
    ]
    return HomeStatus(
        today=today,
        checkin=max(checkins, key=lambda entry: entry.started_at) if checkins else None,
        days=[DayMark(day, day.isoformat() in practised) for day in window],
        first_day=first_day,
    )


# ---------------------------------------------------------------- the summary of a window

KIND_WORDS = {
    # the step in each built-in exercise where a person writes kind words to themselves
    "kindness-reframe": "kind_reply",
    "self-compassion-break": "kind_wish",
    "setback-journal": "balanced_thought",
    "friend-perspective": "next_time",
    "compassionate-letter": "letter",
}
LONGEST_SESSION = timedelta(hours=3)  # longer means the run was left open; it is not counted
# The built-ins' change scores rate something heavy (harshness, distress, how strong a
# feeling is), so a fall is easing. The format says not which way is better for anyone
# else's exercise, so theirs are told as "down" and "up" only.
HIGHER_IS_HARDER = {
    ("kindness-reframe", "harshness_change"),
    ("self-compassion-break", "distress_change"),
    ("setback-journal", "feeling_change"),
    ("setback-journal", "belief_change"),
    ("senses-grounding", "on_edge_change"),
    ("self-compassion-journal", "stirred_change"),
    ("soften-soothe-allow", "felt_change"),
    ("rain-pause", "intensity_change"),
    ("compassionate-self-imagery", "heaviness_change"),
    ("chair-dialogue", "harshness_change"),
    ("values-action", "held_change"),
    ("savouring", "weighed_change"),
    ("friend-perspective", "harshness_change"),
    ("compassionate-letter", "weight_change"),
}


@dataclass(frozen=True)
class Spread:
    """How a set of ratings went: the one computation behind the mood line and the score table.

    `usual` is the most common value; when several are equally common, the one nearest the
    mean wins, and of two equally near, the lower. `usual_times` says how often it came.
    """

    count: int
    usual: float
    usual_times: int
    lowest: float
    highest: float
    mean: float


def spread(values: Sequence[float]) -> Spread:
    """The count, most common value, lowest, highest and mean of some values (at least one)."""
    mean = sum(values) / len(values)
    times = Counter(values)
    most = max(times.values())
    usual = min(
        (value for value, n in times.items() if n == most), key=lambda v: (abs(v - mean), v)
    )
    return Spread(len(values), usual, most, min(values), max(values), mean)


@dataclass(frozen=True)
class Change:
    """A change score told as a change: the mean before, the mean after, and which way it went.

    The direction and the size are read from the two means as people see them (to one
    decimal), so "6.8 → 3.3, eased by 3.5" always adds up on the page.
    """

    before: float
    after: float
    count: int
    higher_is_harder: bool

    @property
    def by(self) -> float:
        return rounded(abs(rounded(self.after, 1) - rounded(self.before, 1)), 1)

    @property
    def direction(self) -> int:
        """-1 went down, 0 no change, 1 went up (as shown, to one decimal)."""
        shown_before, shown_after = rounded(self.before, 1), rounded(self.after, 1)
        return (shown_after > shown_before) - (shown_after < shown_before)


@dataclass(frozen=True)
class ScoreTrend:
    """One score of one exercise over the window, oldest value first."""

    exercise_id: str
    exercise_title: str
    score_id: str
    label: str
    values: list[float]
    before: list[float]  # for a change score: the before and after answers behind each value
    after: list[float]
    is_change: bool = False  # a `change` score: after minus before

    @property
    def first(self) -> float:
        return self.values[0]

    @property
    def last(self) -> float:
        return self.values[-1]

    @property
    def spread(self) -> Spread:
        return spread(self.values)

    @property
    def mean(self) -> float:
        return self.spread.mean

    @property
    def change(self) -> Change | None:
        """Before and after on average, for a change score whose answers are known."""
        if not (self.is_change and self.before and self.after):
            return None
        return Change(
            sum(self.before) / len(self.before),
            sum(self.after) / len(self.after),
            len(self.before),
            (self.exercise_id, self.score_id) in HIGHER_IS_HARDER,
        )


@dataclass(frozen=True)
class ExerciseCount:
    exercise_id: str
    title: str
    times: int
    minutes: float


@dataclass(frozen=True)
class Summary:
    since: date
    until: date
    days: list[tuple[date, int]]  # every day of the window with its number of entries
    mood: list[tuple[date, float | None]]  # the check-in mood of each day (a mean if several)
    exercises: list[ExerciseCount]
    trends: list[ScoreTrend]
    kind_words: list[str]
    minutes: float
    checkin_moods: list[float]  # every check-in's mood, oldest first: what the mood line tells
    began: date | None = None  # the first day of practice ever, if it falls inside the window

    @property
    def mood_spread(self) -> Spread | None:
        """The mood over every check-in of the window, counted the way the score table counts
        it (one value per check-in, not a mean of each day's means)."""
        return spread(self.checkin_moods) if self.checkin_moods else None

    @property
    def practised_days(self) -> int:
        return sum(1 for _, count in self.days if count)

    @property
    def days_counted(self) -> int:
        """Days of the window since practice began: the days before are not days missed."""
        return sum(1 for day, _ in self.days if self.began is None or day >= self.began)

    @property
    def entries(self) -> int:
        return sum(count for _, count in self.days)


def minutes_spent(entry: Entry) -> float:
    """Minutes between starting and finishing an entry (nothing for one left open for hours)."""
    if entry.completed_at is None:
        return 0.0
    started = parse_timestamp(entry.started_at)
    finished = parse_timestamp(entry.completed_at)
    spent = finished - started
    return spent.total_seconds() / 60 if timedelta(0) <= spent <= LONGEST_SESSION else 0.0


def first_sentence(text: str, limit: int = 160) -> str:
    """The opening sentence of a person's words, on one line."""
    flat = " ".join(text.split())
    ends = [at for at in (flat.find(end) for end in (". ", "! ", "? ")) if 0 <= at < limit]
    if ends:
        return flat[: min(ends) + 1]
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def summarize(
    entries: Iterable[Entry],
    since: date,
    until: date,
    exercise_for: Callable[[Entry], Exercise | None],
    first_day: date | None = None,
) -> Summary:
    """Everything the summary shows, for finished entries between two local dates (and the
    first day of practice ever, so days before it are not counted as days without)."""
    chronological = sorted(
        (
            e
            for e in entries
            if e.status == COMPLETE and since.isoformat() <= e.local_date <= until.isoformat()
        ),
        key=lambda entry: entry.started_at,
    )
    per_day: dict[str, int] = defaultdict(int)
    moods: dict[str, list[float]] = defaultdict(list)
    checkin_moods: list[float] = []
    counts: dict[str, ExerciseCount] = {}
    trends: dict[tuple[str, str], ScoreTrend] = {}
    for entry in chronological:
        per_day[entry.local_date] += 1
        mood = entry.answers.get("mood")
        if entry.exercise_id == CHECKIN and isinstance(mood, int) and not isinstance(mood, bool):
            moods[entry.local_date].append(mood)
            checkin_moods.append(mood)
        known = counts.get(entry.exercise_id)
        exercise = exercise_for(entry)
        # Its title in the language spoken: the entry keeps the one it was made in.
        title = exercise.title if exercise else entry.exercise_title
        counts[entry.exercise_id] = ExerciseCount(
            entry.exercise_id,
            title,
            (known.times if known else 0) + 1,
            (known.minutes if known else 0.0) + minutes_spent(entry),
        )
        _add_scores(trends, entry, exercise, title)
    window = [since + timedelta(days=n) for n in range((until - since).days + 1)]
    return Summary(
        since=since,
        until=until,
        days=[(day, per_day.get(day.isoformat(), 0)) for day in window],
        mood=[(day, _mean(moods.get(day.isoformat()))) for day in window],
        exercises=sorted(counts.values(), key=lambda count: (-count.times, count.title)),
        trends=list(trends.values()),
        kind_words=_kind_words(reversed(chronological)),
        minutes=sum(count.minutes for count in counts.values()),
        checkin_moods=checkin_moods,
        began=first_day if first_day is not None and since < first_day <= until else None,
    )


def _mean(values: list[float] | None) -> float | None:
    return sum(values) / len(values) if values else None


def _add_scores(
    trends: dict[tuple[str, str], ScoreTrend], entry: Entry, exercise: Exercise | None, title: str
) -> None:
    scores = {score.id: score for score in exercise.scores} if exercise else {}
    for score_id, value in entry.scores.items():
        key = (entry.exercise_id, score_id)
        if key not in trends:
            score = scores.get(score_id)
            trends[key] = ScoreTrend(
                entry.exercise_id,
                title,
                score_id,
                score.label if score else score_id,
                [],
                [],
                [],
                is_change=score is not None and score.method == "change",
            )
        trend = trends[key]
        trend.values.append(value)
        score = scores.get(score_id)
        if score is not None and score.method == "change":
            before, after = (
                entry.answers.get(score.before or ""),
                entry.answers.get(score.after or ""),
            )
            if isinstance(before, int) and isinstance(after, int):
                trend.before.append(before)
                trend.after.append(after)


def _kind_words(newest_first: Iterable[Entry], wanted: int = 3) -> list[str]:
    """A few of the person's own kind sentences, newest first."""
    found: list[str] = []
    for entry in newest_first:
        words = entry.answers.get(KIND_WORDS.get(entry.exercise_id, ""))
        if isinstance(words, str) and words.strip():
            sentence = first_sentence(words)
            if sentence not in found:
                found.append(sentence)
        if len(found) == wanted:
            break
    return found


def mood_words(mood: Spread) -> str:
    """How the mood went over every check-in, in the numbers the score table shows."""
    if mood.count == 1:
        return messages.SUMMARY_MOOD_ONE.format(mood=number(mood.mean))
    said = messages.SUMMARY_MOOD_USUALLY if mood.usual_times > 1 else messages.SUMMARY_MOOD_SPREAD
    return messages.counted(
        said,
        mood.count,
        usual=number(mood.usual),
        lowest=number(mood.lowest),
        highest=number(mood.highest),
        mean=number(mood.mean),
    )
