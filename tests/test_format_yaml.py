"""Reading an exercise file's YAML (formats/yamlfile.py): syntax mistakes and empty files at
their LINE:COLUMN, and hostile or odd files (huge, alias bombs, deep nesting, bad bytes,
custom tags) refused quickly with their place, never run."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from helpers import assert_reports, found, valid, y
from selfkind.core.errors import InvalidFile, Problem
from selfkind.formats.validate import load_exercise
from selfkind.formats.yamlfile import MAX_FILE_BYTES, UnreadableYaml, decode

# ------------------------------------------------------------------ one mistake each

MISTAKES = [
    # --- YAML syntax and empty files
    pytest.param(
        "selfkind: 1\nid: x\n  title: T\n",
        [(3, 8, "line 3 is indented more than the key above it (line 2)")],
        id="yaml-syntax-indentation",
    ),
    pytest.param(
        "selfkind: 1\nid: [x\n",
        [(3, 1, "YAML syntax: expected ',' or ']'")],
        id="yaml-syntax-unclosed-bracket",
    ),
    pytest.param(
        "selfkind: 1\n\tid: x\n",
        [(2, 1, "YAML syntax: found character '\\t' that cannot start any token")],
        id="yaml-syntax-tab",
    ),
    pytest.param("", [(1, 1, "the file is empty")], id="empty"),
    pytest.param("\n\n  \n", [(1, 1, "the file is empty")], id="empty-blank-lines"),
    pytest.param("# just a comment\n", [(1, 1, "the file is empty")], id="empty-comment-only"),
    pytest.param(
        "- a\n- b\n", [(1, 1, "An exercise should be a set of 'key: value' lines")], id="top-list"
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISTAKES)
def test_mistake_is_reported_at_its_place(text: str, expected) -> None:
    assert_reports(text, *expected)


# ------------------------------------------------------------------ hostile and odd files


def test_file_over_one_mebibyte_is_refused_quickly(tmp_path: Path) -> None:
    started = time.perf_counter()
    with pytest.raises(UnreadableYaml) as raised:
        decode(b"x" * (MAX_FILE_BYTES + 1))
    assert raised.value.problem == Problem(
        1, 1, "the file is larger than 1 MiB; exercises are much smaller"
    )
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"selfkind: 1\ndescription: " + b"x" * (2 * MAX_FILE_BYTES) + b"\n")
    with pytest.raises(InvalidFile) as invalid:
        load_exercise(path)
    assert [p.message for p in invalid.value.problems] == [
        "the file is larger than 1 MiB; exercises are much smaller"
    ]
    assert time.perf_counter() - started < 0.5


def test_file_of_exactly_one_mebibyte_is_read() -> None:
    assert decode(b"x" * MAX_FILE_BYTES) == "x" * MAX_FILE_BYTES


BILLION_LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(ord('a') + i)}: &{chr(ord('a') + i)} ["
    + ",".join([f"*{chr(ord('a') + i - 1)}"] * 9)
    + "]\n"
    for i in range(1, 10)
)


def test_billion_laughs_is_refused_quickly() -> None:
    started = time.perf_counter()
    problems = found(BILLION_LAUGHS)
    assert time.perf_counter() - started < 0.5
    assert problems == [
        (6, 4, "aliases here expand to far too much data; write the values out instead")
    ]


def test_doubling_alias_bomb_is_refused_quickly() -> None:
    lines = ["x0: &x0 [lol, lol]"]
    lines += [f"x{i}: &x{i} [*x{i - 1}, *x{i - 1}]" for i in range(1, 64)]
    started = time.perf_counter()
    [(_, _, message)] = found("\n".join(lines) + "\n")
    assert time.perf_counter() - started < 0.5
    assert "aliases here expand to far too much data" in message


def test_small_aliases_are_fine() -> None:
    exercise = valid(
        y("""
            selfkind: 1
            id: x
            title: T
            description: &words Be kind.
            steps:
              - type: say
                text: *words
        """)
    )
    assert exercise.steps[0].text == "Be kind."


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        pytest.param("&a [*a]\n", 1, 1, id="root"),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: T\nsteps: &s\n  - type: say\n    text: hi\n  - *s\n",
            4,
            8,
            id="in-steps",
        ),
        pytest.param("&m {a: *m}\n", 1, 1, id="mapping"),
    ],
)
def test_self_referencing_alias_is_refused(text: str, line: int, column: int) -> None:
    assert found(text) == [(line, column, "an alias here refers to itself; remove the loop")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("[" * 5000 + "]" * 5000, id="flow-lists-5000"),
        pytest.param("{a: " * 5000 + "1" + "}" * 5000, id="flow-maps-5000"),
        pytest.param("".join("  " * i + "-\n" for i in range(3000)), id="block-lists-3000"),
        pytest.param("[" * 300 + "]" * 300, id="flow-lists-300"),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: T\nsteps:\n  - type: say\n    text: hi\n    when: "
            + "{not: " * 300
            + "{answer: a, answered: true}"
            + "}" * 300
            + "\n",
            id="conditions-300",
        ),
    ],
)
def test_deep_nesting_is_a_problem_not_a_crash(text: str) -> None:
    [(line, _, message)] = found(text)
    assert line >= 1
    assert message == "the file is nested too deeply to read"


def test_moderately_deep_conditions_are_fine() -> None:
    text = (
        "selfkind: 1\nid: x\ntitle: T\nsteps:\n  - type: confirm\n    id: a\n    prompt: p\n"
        "  - type: say\n    text: hi\n    when: "
        + "{not: " * 100
        + "{answer: a, answered: true}"
        + "}" * 100
        + "\n"
    )
    condition = valid(text).steps[1].when
    assert condition is not None
    assert condition.holds({}) is False  # an even number of nots around "answered"


@pytest.mark.parametrize(
    ("data", "line", "column"),
    [
        pytest.param(b"selfkind: 1\nid: caf\xe9\n", 2, 8, id="latin-1"),
        pytest.param(b"\xff\xfes\x00e\x00", 1, 1, id="utf-16"),
        pytest.param(b"a\nb\nc: \xc3\x28\n", 3, 4, id="bad-continuation"),
    ],
)
def test_non_utf8_bytes_are_refused_with_their_place(data: bytes, line: int, column: int) -> None:
    with pytest.raises(UnreadableYaml) as raised:
        decode(data)
    assert raised.value.problem == Problem(
        line, column, "this is not UTF-8 text; save the file as UTF-8"
    )


def test_non_utf8_file_is_an_invalid_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"selfkind: 1\nid: x\ntitle: Caf\xe9\n")
    with pytest.raises(InvalidFile) as raised:
        load_exercise(path)
    assert raised.value.details == (f"{path}:3:11: this is not UTF-8 text; save the file as UTF-8",)


def test_missing_file_is_an_invalid_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidFile) as raised:
        load_exercise(tmp_path / "nope.yaml")
    assert [p.message for p in raised.value.problems] == ["there is no file here; check the path"]


def test_invalid_file_lists_path_line_column_message(tmp_path: Path) -> None:
    path = tmp_path / "typo.yaml"
    path.write_text("selfkind: 1\nid: x\ntitle: T\ntitel: y\nsteps:\n  - {type: say, text: hi}\n")
    with pytest.raises(InvalidFile) as raised:
        load_exercise(path)
    assert raised.value.details == (
        f"{path}:4:1: 'titel' is not a field of an exercise; did you mean 'title'?",
    )


def test_utf8_bom_is_accepted() -> None:
    text = decode(
        "\ufeffselfkind: 1\nid: x\ntitle: Café\nsteps:\n  - {type: say, text: hi}\n".encode()
    )
    assert valid(text).title == "Café"


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        pytest.param(
            "selfkind: 1\nid: x\ntitle: !!python/object/apply:os.system 'touch {marker}'\n"
            "steps:\n  - {type: say, text: hi}\n",
            3,
            8,
            "custom tags like 'tag:yaml.org,2002:python/object/apply:os.system' are not allowed",
            id="scalar",
        ),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: !!python/object/apply:os.system ['touch {marker}']\n"
            "steps:\n  - {type: say, text: hi}\n",
            3,
            8,
            "custom tags like 'tag:yaml.org,2002:python/object/apply:os.system' are not allowed",
            id="sequence-in-scalar-field",
        ),
        pytest.param(
            "!!python/object/apply:os.system ['touch {marker}']\n",
            1,
            1,
            "custom tags like 'tag:yaml.org,2002:python/object/apply:os.system' are not allowed",
            id="whole-file",
        ),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: !custom T\nsteps:\n  - {type: say, text: hi}\n",
            3,
            8,
            "custom tags like '!custom' are not allowed here",
            id="local-tag",
        ),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: !!binary aGVsbG8=\nsteps:\n  - {type: say, text: hi}\n",
            3,
            8,
            "custom tags like 'tag:yaml.org,2002:binary' are not allowed here",
            id="binary",
        ),
    ],
)
def test_custom_tags_are_refused_and_never_run(
    text: str, line: int, column: int, message: str, tmp_path: Path, monkeypatch
) -> None:
    marker = tmp_path / "ran"
    called: list[object] = []
    monkeypatch.setattr(os, "system", lambda *args: called.append(args) or 0)
    assert_reports(text.replace("{marker}", str(marker)), (line, column, message))
    assert not marker.exists()
    assert called == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param(
            "selfkind: 1\nid: x\ntitle: T\ntags: !!python/object/apply:os.system [echo]\n"
            "steps:\n  - {type: say, text: hi}\n",
            4,
            id="tags-list",
        ),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: T\nsteps: !!python/tuple\n  - {type: say, text: hi}\n",
            4,
            id="steps-list",
        ),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: T\nsteps:\n  - !!python/object:os.Foo\n"
            "    type: say\n    text: hi\n",
            5,
            id="step-mapping",
        ),
        pytest.param(
            "!!python/object/new:dict\nselfkind: 1\nid: x\ntitle: T\n"
            "steps:\n  - {type: say, text: hi}\n",
            1,
            id="root-mapping",
        ),
        pytest.param(
            "selfkind: 1\nid: x\n!!python/str title: T\nsteps:\n  - {type: say, text: hi}\n",
            3,
            id="key",
        ),
    ],
)
def test_custom_tags_on_collections_and_keys_are_refused(text: str, line: int) -> None:
    problems = found(text)
    assert any(p[0] == line and "custom tag" in p[2] for p in problems), problems


@pytest.mark.parametrize(
    ("text", "line", "column", "fragment"),
    [
        pytest.param(
            "selfkind: 1\nid: x\ntitle: !!timestamp nope\nsteps:\n  - {type: say, text: hi}\n",
            3,
            8,
            "'title' should be one line of text",
            id="bad-timestamp",
        ),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: T\nsteps:\n  - type: text\n    id: a\n    prompt: p\n"
            "    required: !!bool maybe\n",
            8,
            15,
            "'required' should be true or false",
            id="bad-bool",
        ),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: T\nminutes: !!int five\nsteps:\n  - {type: say, text: hi}\n",
            4,
            10,
            "'minutes' should be a whole number from 1 to 600",
            id="bad-int",
        ),
        pytest.param(
            "selfkind: 1\nid: x\ntitle: !!timestamp 2020-13-45\nsteps:\n  - {type: say, text: hi}\n",
            3,
            8,
            "'title' should be one line of text",
            id="impossible-date",
        ),
    ],
)
def test_explicit_standard_tags_with_wrong_values(
    text: str, line: int, column: int, fragment: str
) -> None:
    assert_reports(text, (line, column, fragment))


def test_non_printable_character_is_reported_at_its_place() -> None:
    [(line, column, message)] = found("selfkind: 1\nid: x\x00\n")
    assert (line, column) == (2, 6)
    assert "\n" not in message
    assert "<unicode string>" not in message


def test_second_document_is_explained() -> None:
    [(line, column, message)] = found("selfkind: 1\n---\nid: x\n")
    assert (line, column) == (2, 1)
    assert "expected a single document in the stream" in message


def test_complex_keys_are_refused() -> None:
    text = "selfkind: 1\nid: x\ntitle: T\n? [a]\n: x\nsteps:\n  - {type: say, text: hi}\n"
    assert_reports(text, (4, 3, "keys must be plain words"))
