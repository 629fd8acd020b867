"""An exercise's `translations:`: words only, checked against the file's own steps and scores;
shown in the language spoken; stored in the file's own terms, so entries made in different
languages compare. And a report read by a therapist in another language."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from helpers import found, valid, y
from selfkind.core.wording import in_language
from selfkind.messages.language import use_language

EXERCISE = y(
    """
    selfkind: 1
    id: ready-check
    title: Ready?
    summary: "Ready: {{ ready }}"
    steps:
      - type: say
        text: Take a breath.
      - type: choice
        id: ready
        prompt: Are you ready?
        options: ["Yes", "Not yet"]
      - type: scale
        id: calm
        prompt: How calm are you?
        labels: {0: not at all, 10: very}
        when: {answer: ready, equals: "Yes"}
      - type: pause
        seconds: 5
    scores:
      - id: calmness
        label: Calm
        method: mean
        items: [calm]
        bands: [{up_to: 4, label: low}, {label: high}]
    translations:
      es:
        title: ¿Lista la mente?
        summary: "Preparación: {{ ready }}"
        steps:
          - text: Respira hondo.
          - prompt: ¿Estás preparado?
            options: ["Sí", "Todavía no"]
          - prompt: ¿Cuánta calma sientes?
            labels: {0: nada, 10: mucha}
          - {}
        scores:
          - label: Calma
            bands: [poca, mucha]
    """
)


def test_a_translation_is_shown_and_answers_stay_the_file_s_own() -> None:
    exercise = valid(EXERCISE)
    spanish = in_language(exercise, "es")
    assert (spanish.title, spanish.language, spanish.hash) == (
        "¿Lista la mente?",
        "es",
        exercise.hash,
    )
    ready = spanish.answer_step("ready")
    assert ready is not None and ready.options == ("Yes", "Not yet")
    assert [ready.shown_as(option) for option in ready.options] == ["Sí", "Todavía no"]
    assert ready.coerce("todavía no") == "Not yet" and ready.coerce("yes") == "Yes"
    calm = spanish.answer_step("calm")
    assert calm is not None and calm.labels == {0: "nada", 10: "mucha"}
    assert calm.is_shown({"ready": "Yes"})  # the condition is the file's, in its terms
    assert [band.label for band in spanish.scores[0].bands] == ["poca", "mucha"]
    assert in_language(exercise, "de") is exercise  # no German: the file's own words


@pytest.mark.parametrize(
    ("old", "new", "where", "expected"),
    [
        ("      - {}\n", "", "      - text: Respira", "The es translation has 3 steps"),
        (
            "      - text: Respira hondo.",
            "      - prompt: Respira hondo.",
            "      - prompt: Respira",
            "'prompt' is not a text of step 1 (a say step)",
        ),
        (
            'options: ["Sí", "Todavía no"]',
            'options: ["Sí", "No", "Quizá"]',
            "        options:",
            "has 3 options, but the exercise has 2",
        ),
        (
            "labels: {0: nada, 10: mucha}",
            "labels: {0: nada, 5: mucha}",
            "        labels: {0: nada",
            "labels of step 3 are for 0, 5",
        ),
        (
            'summary: "Preparación: {{ ready }}"',
            'summary: "Preparación"',
            '    summary: "Prep',
            "uses no placeholders, but the English uses ready",
        ),
        ("bands: [poca, mucha]", "bands: [poca]", "        bands:", "has 1 band labels"),
        ("  es:\n", "  spanish:\n", "  spanish:", "two-letter language code"),
    ],
)
def test_a_translation_that_does_not_fit_is_reported_at_its_line(old, new, where, expected):
    assert old in EXERCISE
    text = EXERCISE.replace(old, new, 1)
    line = text[: text.index(where)].count("\n") + 1
    [(found_line, _, said)] = found(text)
    assert expected in said and found_line == line, (found_line, said)


def test_a_run_in_spanish_shows_its_words_and_stores_the_option(cli, tmp_path: Path, monkeypatch):
    path = tmp_path / "ready-check.yaml"
    path.write_text(EXERCISE, encoding="utf-8")
    monkeypatch.setenv("SELFKIND_LANG", "es")
    result = cli("run", str(path), "--set", "ready=Sí", "--set", "calm=3", "--json")
    assert result.exit_code == 0, result.output
    entry = json.loads(result.stdout)
    assert entry["answers"] == {"ready": "Yes", "calm": 3} and entry["scores"] == {"calmness": 3}
    shown = cli("entries", "show", entry["id"]).stdout
    assert "¿Estás preparado?" in shown and "Sí" in shown
    assert "Preparación: Sí" in cli("entries", "list").stdout
    monkeypatch.setenv("SELFKIND_LANG", "en")
    english = cli("entries", "show", entry["id"]).stdout
    assert "Are you ready?" in english and "Yes" in english
    assert "Ready: Yes" in cli("entries", "list").stdout


def test_a_plan_s_words_are_translated_and_checked(cli, tmp_path: Path, monkeypatch) -> None:
    plan = tmp_path / "plan.yaml"
    text = y(
        f"""
        selfkind-plan: 1
        id: gentle
        title: Gentle weeks
        start: {date.today().isoformat()}
        items:
          - exercise: checkin
            daily: true
            why: A minute a day.
        translations:
          fr:
            title: Des semaines douces
            items:
              - why: Une minute par jour.
        """
    )
    assert "      - why: Une minute par jour.\n" in text
    plan.write_text(text.replace("      - why: Une minute par jour.\n", "      []\n"), "utf-8")
    wrong = cli("plan", "validate", str(plan))
    assert wrong.exit_code != 0 and "has 0 items, but the exercise has 1" in wrong.output
    plan.write_text(text, "utf-8")
    assert cli("plan", "add", str(plan)).exit_code == 0
    monkeypatch.setenv("SELFKIND_LANG", "fr")
    shown = cli("plan", "show", "gentle").stdout
    assert "Des semaines douces" in shown and "Une minute par jour." in shown


def test_the_therapist_reads_a_spanish_report_in_english(cli, tmp_path: Path, monkeypatch) -> None:
    from test_clinic import Homes

    homes = Homes(cli, tmp_path, monkeypatch)
    key = homes.key()
    homes.plan(date.today() - timedelta(days=3), key)
    monkeypatch.setenv("SELFKIND_LANG", "es")
    homes.checkin(date.today(), 6)
    homes.reframe(date.today(), 8, 3)
    report = homes.report("r.selfkind-report", "--for", key, "--include", "answers")
    monkeypatch.setenv("SELFKIND_LANG", "en")
    assert homes.add(report).exit_code == 0
    shown = homes.as_therapist()("clinic", "show", "Alex").stdout
    use_language("es")
    from selfkind.services.catalog import known_exercise

    spanish = known_exercise("kindness-reframe")
    use_language("en")
    assert spanish is not None and spanish.title not in shown
    assert "Kindness reframe" in shown and "Daily check-in" in shown
    # the answers on the cards too: a rating with its scale's ends, as the therapist reads them
    assert "(on 0 = " in shown and "escala" not in shown
    page = homes.as_therapist()("clinic", "show", "Alex", "--json").stdout
    assert json.loads(page)["reports"][0]["language"] == "es"
