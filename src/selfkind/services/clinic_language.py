"""A client's report in the therapist's language, where the exercises it names are known
here and their files give the words: titles, score and band labels, and on entry cards the
questions and the answers chosen (options, ratings with their scale, yes or no). What the
client wrote, and any text not found, stay as sent."""

from __future__ import annotations

from dataclasses import replace

from selfkind import messages
from selfkind.core.caseload import EntryShared, Measure, PlanShared, SharedReport
from selfkind.core.exercise import Band, ConfirmStep, Exercise, OptionsStep, ScaleStep
from selfkind.messages.language import current_language, use_language
from selfkind.services.catalog import known_exercise
from selfkind.writers.measures import scale_ends

Pair = tuple[Exercise, Exercise]  # the exercise in the report's language, and in ours


def in_my_language(report: SharedReport) -> SharedReport:
    mine = current_language()
    if report.language == mine:
        return report
    named = {m.exercise_id for m in report.measures} | {e.exercise_id for e in report.entries}
    named |= {item.exercise_id for shared in report.plans for item in shared.plan.items}
    pairs: dict[str, Pair] = {}
    for exercise_id in named:
        theirs, ours = known_exercise(exercise_id, report.language), known_exercise(exercise_id)
        if theirs is not None and ours is not None and ours.language == mine:
            pairs[exercise_id] = (theirs, ours)
    cards = _cards(pairs, report.language)
    return replace(
        report,
        plans=tuple(_plan(shared, pairs) for shared in report.plans),
        measures=tuple(_measure(m, pairs.get(m.exercise_id)) for m in report.measures),
        entries=tuple(
            _entry(e, pairs.get(e.exercise_id), cards.get(e.exercise_id, {}))
            for e in report.entries
        ),
    )


def _plan(shared: PlanShared, pairs: dict[str, Pair]) -> PlanShared:
    """A plan's exercises by our titles (its own title and whys are as the client's plan
    file says them in the client's language)."""
    items = tuple(
        replace(item, exercise_title=pairs[item.exercise_id][1].title)
        if item.exercise_id in pairs
        else item
        for item in shared.plan.items
    )
    return replace(shared, plan=replace(shared.plan, items=items))


def _measure(measure: Measure, pair: Pair | None) -> Measure:
    if pair is None:
        return measure
    score = next((s for s in pair[1].scores if s.id == measure.score_id), None)
    if score is None:
        return measure
    bands = measure.bands
    if len(score.bands) == len(bands):
        bands = tuple(
            Band(said.label, band.up_to) for band, said in zip(bands, score.bands, strict=True)
        )
    return replace(measure, exercise_title=pair[1].title, label=score.label, bands=bands)


Said = dict[str, tuple[str, dict[str, str]]]  # a question as the client saw it: ours, answers


def _entry(entry: EntryShared, pair: Pair | None, said: Said) -> EntryShared:
    if pair is None:
        return entry
    card = []
    for question, answer in entry.card:
        ours, answers = said.get(question, (question, {}))
        card.append((ours, answers.get(answer, answer)))
    return replace(entry, exercise_title=pair[1].title, card=tuple(card))


def _cards(pairs: dict[str, Pair], language: str) -> dict[str, Said]:
    """For each exercise, its questions and the answers a card shows for them (a choice, a
    rating with its scale's ends, yes or no) as the client's selfkind said them, and as we
    say them. The client's are said in their language for a moment, then ours again."""
    mine = current_language()
    use_language(language)
    try:
        theirs = {exercise_id: _said(pair[0]) for exercise_id, pair in pairs.items()}
    finally:
        use_language(mine)
    cards: dict[str, Said] = {}
    for exercise_id, (_, ours) in pairs.items():
        own = _said(ours)
        cards[exercise_id] = {
            question: (own_question, dict(zip(answers, own_answers, strict=True)))
            for (question, answers), (own_question, own_answers) in zip(
                theirs[exercise_id], own, strict=True
            )
        }
    return cards


def _said(exercise: Exercise) -> list[tuple[str, list[str]]]:
    """Each question (and score label) of an exercise, with every answer a card can show."""
    said: list[tuple[str, list[str]]] = [(score.label, []) for score in exercise.scores]
    for step in exercise.answer_steps():
        answers: list[str] = []
        if isinstance(step, OptionsStep):
            answers = [step.shown_as(option) for option in step.options]
        elif isinstance(step, ScaleStep):
            ends = scale_ends(step)
            answers = [
                messages.REPORT_ON_SCALE.format(value=value, scale=ends)
                for value in range(step.min, step.max + 1)
            ]
        elif isinstance(step, ConfirmStep):
            answers = [messages.ANSWER_SAID_YES, messages.ANSWER_SAID_NO]
        said.append((step.prompt, answers))
    return said
