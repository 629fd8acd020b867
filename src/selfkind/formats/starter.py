"""The commented starting file that `selfkind exercise new` writes; it validates as it is.
Or a measure template's file (`--from`), which validates once its placeholders are filled."""

from __future__ import annotations

import re
from dataclasses import dataclass

SCHEMA_FILE = "selfkind-exercise.schema.json"

STARTER = """\
# yaml-language-server: $schema={schema}
# A selfkind exercise. The guide to every field: exercises/README.md in selfkind's
# source, or the comments below. Check it with: selfkind exercise validate {id}.yaml
# Try it with: selfkind run {id}.yaml   (add it for good: selfkind exercise add {id}.yaml)
selfkind: 1
id: {id}
title: {title}
description: >-
  One or two sentences on what this exercise is for.
minutes: 5
tags: [self-kindness]
# credit: Adapted from ...   (name the practice this is based on)

steps:
  # 'say' shows text; if the exercise recalls a difficulty, ask for a mild or moderate one.
  - type: say
    text: >-
      Think of something mildly difficult from today. If it gets to be too
      much, stop and try `selfkind run grounding`.

  # 'text' collects words; multiline: true opens a bigger box.
  - type: text
    id: situation
    prompt: What happened, in a sentence or two?

  # 'scale' collects a number; measure before and after to show a change.
  - type: scale
    id: feeling_before
    prompt: How heavy does it feel right now?
    labels: {{0: not at all, 10: very}}

  - type: text
    id: kind_words
    prompt: What would a good friend say to you about "{{{{ situation }}}}"?
    multiline: true

  - type: scale
    id: feeling_after
    prompt: And now, how heavy does it feel?
    labels: {{0: not at all, 10: very}}

scores:
  - id: feeling_change
    label: How heavy it feels
    method: change          # after minus before
    before: feeling_before
    after: feeling_after

summary: "{{{{ situation }}}}"

# A question about safety (say, thoughts of harming yourself) can bring up support lines
# right after an answer that calls for them; conditions are written as in `when`:
# support:
#   - {{answer: feeling_after, at_least: 9}}
"""


def starter_text(exercise_id: str) -> str:
    title = exercise_id.replace("-", " ").capitalize()
    return STARTER.format(id=exercise_id, title=title, schema=SCHEMA_FILE)


@dataclass(frozen=True)
class MeasureTemplate:
    """A measure shipped with its scoring and numbered placeholders for its wording."""

    id: str
    title: str
    text: str


def measure_template(template_id: str, text: str) -> MeasureTemplate:
    """The template's title read from its `title:` line (the file is ours, and whole)."""
    found = re.search(r"^title: (.+)$", text, flags=re.MULTILINE)
    return MeasureTemplate(template_id, found[1].strip() if found else template_id, text)


def from_template(template: MeasureTemplate, exercise_id: str) -> str:
    """The template's text for a new exercise: its id in place, the editor schema named."""
    text = re.sub(r"^id: .*$", f"id: {exercise_id}", template.text, count=1, flags=re.MULTILINE)
    return f"# yaml-language-server: $schema={SCHEMA_FILE}\n{text}"
