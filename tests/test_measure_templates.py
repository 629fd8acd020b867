"""The measure templates: scored exactly as their sources publish, shipped with numbered
placeholders where the official wording goes, and refused until that wording is in place.

Every worked example below is read from the cited source's scoring rules (the comment at
the top of each template names the source): the bands' edges on both sides, the lowest and
highest totals, the reversed items, WHO-5's percentage."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from selfkind.core.scoring import compute_scores
from selfkind.formats.starter import from_template
from selfkind.formats.validate import PLACEHOLDER, check_exercise_text, parse_exercise
from selfkind.services.catalog import find_template, measure_templates

TEMPLATES = ("gad-2", "gad-7", "phq-2", "phq-9", "scs-sf", "who-5")


def filled(template_id: str) -> str:
    """The template with every placeholder replaced by stand-in words of ours."""
    text = find_template(template_id).text
    return PLACEHOLDER.sub(lambda found: "Stand-in for " + found[0][2:-2], text)


def scored(template_id: str, answers: list[int]) -> dict:
    exercise = parse_exercise(filled(template_id), label=template_id, origin="test")
    given = {f"q{number}": value for number, value in enumerate(answers, start=1)}
    scores = compute_scores(exercise, given)
    bands = {score.id: score.band_for(scores[score.id]) for score in exercise.scores}
    return {"scores": scores, "bands": bands, "exercise": exercise, "answers": given}


def test_the_six_templates_the_issue_names_are_listed(cli) -> None:
    assert tuple(template.id for template in measure_templates()) == TEMPLATES
    listed = cli("exercise", "new", "--list-templates").stdout
    assert all(template in listed for template in TEMPLATES)


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_template_is_refused_until_every_placeholder_is_filled(template: str) -> None:
    text = find_template(template).text
    problems, exercise = check_exercise_text(text)
    assert exercise is None
    assert problems and all("is a placeholder" in problem.message for problem in problems)
    fields = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    placeholders = set(PLACEHOLDER.findall(fields))
    assert {re.search(r"\[\[.*\]\]", p.message)[0] for p in problems} == placeholders  # type: ignore[index]
    problems, exercise = check_exercise_text(filled(template))
    assert problems == [] and exercise is not None


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_template_cites_its_source_and_where_the_wording_is_published(template: str) -> None:
    text = find_template(template).text
    comment = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    assert re.search(r"\b(19|20)\d\d;\d+", comment)  # a journal reference: year;volume
    assert "official" in comment and "[[...]]" in comment
    exercise = parse_exercise(filled(template), label=template, origin="test")
    assert exercise.credit and "measure" in exercise.tags


@pytest.mark.parametrize(
    ("answers", "total", "band"),
    [
        ([0] * 9, 0, "minimal"),
        ([1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "minimal"),
        ([1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "mild"),
        ([1] * 9, 9, "mild"),
        ([2, 2, 2, 2, 2, 0, 0, 0, 0], 10, "moderate"),
        ([2, 2, 2, 2, 2, 2, 2, 0, 0], 14, "moderate"),
        ([3, 3, 3, 3, 3, 0, 0, 0, 0], 15, "moderately severe"),
        ([3, 3, 3, 3, 3, 3, 1, 0, 0], 19, "moderately severe"),
        ([3, 3, 3, 3, 3, 3, 2, 0, 0], 20, "severe"),
        ([3] * 9, 27, "severe"),
    ],
)
def test_phq9_sums_nine_items_into_kroenke_2001_bands(answers, total, band) -> None:
    got = scored("phq-9", answers)
    assert got["scores"] == {"total": total} and got["bands"]["total"] == band


@pytest.mark.parametrize("item9", [0, 1, 2, 3])
def test_phq9_item_9_above_0_calls_for_support_whatever_the_total(item9: int) -> None:
    from selfkind.core.danger import calls_for_support

    got = scored("phq-9", [0] * 8 + [item9])
    assert bool(calls_for_support(got["exercise"], got["answers"])) == (item9 > 0)


def test_phq9s_tenth_question_is_asked_but_not_scored() -> None:
    got = scored("phq-9", [1] * 9)
    assert compute_scores(got["exercise"], {**got["answers"], "difficulty": 3}) == {"total": 9}


@pytest.mark.parametrize(
    ("answers", "total", "band"),
    [
        ([0] * 7, 0, "minimal"),
        ([1, 1, 1, 1, 0, 0, 0], 4, "minimal"),
        ([1, 1, 1, 1, 1, 0, 0], 5, "mild"),
        ([3, 3, 3, 0, 0, 0, 0], 9, "mild"),
        ([2, 2, 2, 2, 2, 0, 0], 10, "moderate"),
        ([2, 2, 2, 2, 2, 2, 2], 14, "moderate"),
        ([3, 3, 3, 3, 3, 0, 0], 15, "severe"),
        ([3] * 7, 21, "severe"),
    ],
)
def test_gad7_sums_seven_items_into_spitzer_2006_bands(answers, total, band) -> None:
    got = scored("gad-7", answers)
    assert got["scores"] == {"total": total} and got["bands"]["total"] == band


@pytest.mark.parametrize("template", ["phq-2", "gad-2"])
@pytest.mark.parametrize(
    ("answers", "positive"),
    [
        ([0, 0], False),
        ([1, 1], False),
        ([2, 0], False),
        ([1, 2], True),
        ([3, 0], True),
        ([3, 3], True),
    ],
)
def test_the_two_item_screens_are_positive_at_3_or_more(template, answers, positive) -> None:
    got = scored(template, answers)
    assert got["scores"] == {"total": sum(answers)}
    assert got["bands"]["total"].startswith("positive") == positive


@pytest.mark.parametrize(
    ("answers", "raw", "percentage", "poor"),
    [
        ([0] * 5, 0, 0, True),
        ([2, 2, 2, 3, 3], 12, 48, True),
        ([3, 3, 3, 2, 2], 13, 52, False),  # the published edge: below 13 is poor wellbeing
        ([5] * 5, 25, 100, False),
    ],
)
def test_who5_is_a_raw_sum_and_four_times_it_a_percentage(answers, raw, percentage, poor) -> None:
    got = scored("who-5", answers)
    assert got["scores"] == {"raw": raw, "percentage": percentage}
    assert (got["bands"]["raw"] == "poor wellbeing (below 13)") == poor
    assert got["bands"]["percentage"] is None  # the cut-off is read on the raw score


REVERSED = (1, 4, 8, 9, 11, 12)  # Raes et al. (2011): the uncompassionate items


def test_scs_sf_reverses_items_1_4_8_9_11_12_and_means_all_twelve() -> None:
    exercise = scored("scs-sf", [3] * 12)["exercise"]
    [total] = exercise.scores
    assert total.method == "mean" and len(total.items) == 12
    assert total.reverse == tuple(f"q{n}" for n in REVERSED)
    most = [1 if n in REVERSED else 5 for n in range(1, 13)]  # kind items high, harsh low
    assert scored("scs-sf", most)["scores"] == {"total": 5}
    assert scored("scs-sf", [5] * 12)["scores"] == {"total": 3}  # (6*5 + 6*1) / 12
    some = [2, 4, 3, 1, 5, 4, 3, 2, 2, 3, 1, 2]
    reversed_ = [6 - a if n in REVERSED else a for n, a in enumerate(some, start=1)]
    assert scored("scs-sf", some)["scores"] == {"total": round(sum(reversed_) / 12, 2)}
    assert scored("scs-sf", some)["bands"]["total"] is None  # no published cut-points


def test_exercise_new_from_a_template_writes_it_under_the_new_id(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    made = cli("exercise", "new", "my-phq", "--from", "PHQ-9")
    assert made.exit_code == 0, made.output
    text = Path("my-phq.yaml").read_text(encoding="utf-8")
    assert text == from_template(find_template("phq-9"), "my-phq")
    assert re.search(r"^id: my-phq$", text, re.MULTILINE) and "official wording" in made.stderr
    refused = cli("exercise", "add", "my-phq.yaml")
    assert refused.exit_code == 1 and "[[PHQ-9 item 9]] is a placeholder" in refused.stderr
    Path("my-phq.yaml").write_text(PLACEHOLDER.sub("Our stand-in", text), encoding="utf-8")
    assert cli("exercise", "add", "my-phq.yaml").exit_code == 0


def test_an_unknown_template_is_named_with_the_nearest(cli, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("exercise", "new", "mine", "--from", "phq9")
    assert result.exit_code == 2 and "Did you mean 'phq-9'?" in result.stderr
    assert not Path("mine.yaml").exists()
    both = cli("exercise", "new", "mine", "--from", "phq-9", "--guided")
    assert both.exit_code == 2 and not Path("mine.yaml").exists()
    assert cli("exercise", "new").exit_code == 2
