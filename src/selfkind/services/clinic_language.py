"""A client's report in the therapist's language, where the exercises it names are known
here and their files give the words: titles, score and band labels, and on entry cards the
questions and chosen options. What the client wrote, and any text not found, stay as sent."""

from __future__ import annotations

from dataclasses import replace

from selfkind.core.caseload import EntryShared, Measure, PlanShared, SharedReport
from selfkind.core.exercise import Band, Exercise, OptionsStep
from selfkind.messages.language import current_language
from selfkind.services.catalog import known_exercise

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
    return replace(
        report,
        plans=tuple(_plan(shared, pairs) for shared in report.plans),
        measures=tuple(_measure(m, pairs.get(m.exercise_id)) for m in report.measures),
        entries=tuple(_entry(e, pairs.get(e.exercise_id)) for e in report.entries),
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


def _entry(entry: EntryShared, pair: Pair | None) -> EntryShared:
    if pair is None:
        return entry
    theirs, ours = pair
    # Each question as the client saw it: as we say it, and its options as we say them.
    words: dict[str, tuple[str, dict[str, str]]] = {
        said.label: (own.label, {}) for said, own in zip(theirs.scores, ours.scores, strict=False)
    }
    for said, own in zip(theirs.answer_steps(), ours.answer_steps(), strict=False):
        options = {}
        if isinstance(said, OptionsStep) and isinstance(own, OptionsStep):
            options = {said.shown_as(option): own.shown_as(option) for option in said.options}
        words[said.prompt] = (own.prompt, options)
    card = []
    for question, answer in entry.card:
        ours_said, options = words.get(question, (question, {}))
        card.append((ours_said, options.get(answer, answer)))
    return replace(entry, exercise_title=ours.title, card=tuple(card))
