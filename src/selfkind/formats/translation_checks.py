"""An exercise's translations: each gives words for the steps and scores the file has, in
their order, and nothing else, so an entry made in one language compares with one made in
another (exercises/README.md, "In other languages")."""

from __future__ import annotations

from typing import Any

from selfkind import messages
from selfkind.core.templates import names_in
from selfkind.formats.file_check import FileCheck
from selfkind.formats.shape import Got

# The words each type of step has, and so may be translated.
STEP_TEXTS = {
    "say": ("text",),
    "pause": ("text",),
    "text": ("prompt", "help"),
    "scale": ("prompt", "help", "labels"),
    "choice": ("prompt", "help", "options"),
    "choices": ("prompt", "help", "options"),
    "confirm": ("prompt", "help"),
}
TOP_TEXTS = ("title", "description", "credit", "summary")


class TranslationChecks(FileCheck):
    def check_translations(self) -> dict[str, dict[str, Any]]:
        """Every translation that fits the file, as plain data by language."""
        translations = self.got.get("translations")
        checked: dict[str, dict[str, Any]] = {}
        for language, words in translations.value.items() if translations else ():
            problems = len(self.checker.problems)
            self._check_words(language, words)
            if len(self.checker.problems) == problems:
                checked[language] = words.plain()
        return checked

    def _check_words(self, language: str, words: Got) -> None:
        for field_name in TOP_TEXTS:
            if (given := words.get(field_name)) is not None:
                self._same_placeholders(language, field_name, self.got.get(field_name), given)
        steps = words.get("steps")
        if steps is not None:
            self._same_count(language, steps, len(self.steps), messages.WORDS_STEPS)
            for number, (step, step_words) in enumerate(
                zip(self.steps, steps.value, strict=False), 1
            ):
                self._check_step_words(language, number, step, step_words)
        scores = words.get("scores")
        if scores is not None:
            english_scores = self.got.value_of("scores", [])
            self._same_count(language, scores, len(english_scores), messages.WORDS_SCORES)
            for score, score_words in zip(english_scores, scores.value, strict=False):
                self._check_score_words(language, score, score_words)

    def _check_step_words(self, language: str, number: int, step: Got, words: Got) -> None:
        kind = step.need("type").value
        for field_name, given in words.value.items():
            english = step.get(field_name)
            if field_name not in STEP_TEXTS[kind] or english is None:
                said = messages.CHECK_WORDS_NOT_IN_STEP.format(
                    field=field_name, number=number, type=kind, language=language
                )
                self.report(given, said)
            elif field_name == "options":
                self._same_count(language, given, len(english.value), messages.WORDS_OPTIONS)
            elif field_name == "labels" and set(given.value) != set(english.value):
                said = messages.CHECK_WORDS_LABELS.format(
                    language=language,
                    number=number,
                    given=", ".join(map(str, sorted(given.value))),
                    numbers=", ".join(map(str, sorted(english.value))),
                )
                self.report(given, said)
            elif field_name != "labels":
                self._same_placeholders(language, field_name, english, given)

    def _check_score_words(self, language: str, score: Got, words: Got) -> None:
        bands, english = words.get("bands"), score.value_of("bands", [])
        if bands is not None and len(bands.value) != len(english):
            said = messages.CHECK_WORDS_BANDS.format(
                language=language,
                id=score.value_of("id"),
                given=len(bands.value),
                count=len(english),
            )
            self.report(bands, said)

    def _same_count(self, language: str, given: Got, count: int, what: str) -> None:
        if len(given.value) != count:
            said = messages.CHECK_WORDS_COUNT.format(
                language=language, given=len(given.value), what=what, count=count
            )
            self.report(given, said)

    def _same_placeholders(
        self, language: str, field_name: str, english: Got | None, given: Got
    ) -> None:
        expected = sorted(set(names_in(english.value))) if english is not None else []
        found = sorted(set(names_in(given.value)))
        if found != expected:
            said = messages.CHECK_WORDS_PLACEHOLDERS.format(
                language=language,
                field=field_name,
                given=", ".join(found) or messages.CHECK_WORDS_NO_PLACEHOLDERS,
                expected=", ".join(expected) or messages.CHECK_WORDS_NO_PLACEHOLDERS,
            )
            self.report(given, said)
