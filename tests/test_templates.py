"""`{{ step_id }}` templates (core/templates.py): answers filled in, escaped, never evaluated."""

from __future__ import annotations

import os

from selfkind.core.templates import fill, names_in

# ------------------------------------------------------------------ templates


def test_fill_replaces_answers() -> None:
    answers = {"a": ["rest", "time"], "b": "calm", "c": 7, "d": True, "e": False}
    assert fill("{{a}} | {{ b }} | {{  c  }} | {{d}} | {{e}}", answers) == (
        "rest, time | calm | 7 | yes | no"
    )


def test_fill_skipped_answer_is_empty() -> None:
    assert fill("[{{ gone }}]", {}) == "[]"


def test_fill_escapes_answers_only() -> None:
    def escape(text: str) -> str:
        return text.replace("*", "\\*")

    assert fill("*{{ a }}*", {"a": "*bold*"}, escape) == "*\\*bold\\**"


def test_fill_does_not_expand_placeholders_inside_answers() -> None:
    assert fill("{{ a }}", {"a": "{{ b }}", "b": "secret"}) == "{{ b }}"


def test_fill_leaves_other_braces_alone() -> None:
    for text in ("{{ not a name }}", "{ a }", "{{}}", "{a}", "{{ a }", "no braces"):
        assert fill(text, {"a": "X", "not": "X", "name": "X"}) == text
    assert names_in("{{a}} {{ b }} {{ c d }} { {e} }") == ["a", "b"]


def test_fill_evaluates_nothing(monkeypatch) -> None:
    called: list[object] = []
    monkeypatch.setattr(os, "system", lambda *args: called.append(args) or 0)
    for text in ("{{ __import__('os').system('x') }}", "{{ 1+1 }}", "{{ a.__class__ }}"):
        result = fill(text, {"a": "A"})
        assert "2" not in result
        assert "class" not in result.replace(text, "")
        assert "module" not in result
    assert called == []


def test_fill_leaves_non_names_literal() -> None:
    assert fill("{{ __import__('os') }}", {}) == "{{ __import__('os') }}"


def test_an_answer_that_ends_its_sentence_takes_no_second_full_stop() -> None:
    template = 'Your critic said: "{{ words }}". What would a friend say?'
    ended = fill(template, {"words": "You never get anything right."})
    assert ended == 'Your critic said: "You never get anything right." What would a friend say?'
    assert fill(template, {"words": "You are lazy"}) == (
        'Your critic said: "You are lazy". What would a friend say?'
    )
    assert fill("through {{ s }}.", {"s": "a hard week!"}) == "through a hard week!"
    assert fill("{{ a }}... then", {"a": "so"}) == "so... then"  # an ellipsis is left whole
