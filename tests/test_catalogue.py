"""One catalogue of words: every sentence a person can see lives in `selfkind.messages`.

The scan below reads every module of src/selfkind except the catalogue itself
(src/selfkind/messages/) and fails on a user-facing string literal. "User-facing" means:

WORDS
  A str literal, or the literal parts of an f-string, read after removing {placeholders},
  HTML tags, character references (&amp;) and strftime directives (%d %b):
  - a *sentence* holds two words next to each other ("a list", "Practised on"), and
  - a *label* holds any word of two letters or more ("id", "when", "Mood").
  Docstrings are never user-facing here (Typer shows a command's docstring as help text,
  which stays with its command), and neither are Typer's `help=` texts nor SQL (a literal
  starting with SELECT, INSERT, UPDATE, DELETE, CREATE, WITH or PRAGMA).

PLACES (where a literal reaches a person)
  1. Labels: the heading given to `add_column`, every cell given to `add_row`, and the
     `title=`, `subtitle=`, `caption=`, `header=`, `footer=` of any call.
  2. Sentences passed to what prints or shows text: `print`, `echo`, `secho`, `write`
     (every positional argument); `Text`, `Panel`, `Markdown`, `Rule`, `Padding`,
     `literal`, `message`, `append`/`append_text` of a Text (the first, which is the text:
     the second is a style); the first item of each `(text, style)` pair given to
     `Text.assemble`; and the `message=`, `prompt=`, `instruction=`, `placeholder=` of any call.
  3. Sentences passed to what carries a message to a person: any exception class (a name
     ending in Error, Exception, Mismatch, Refused or Problem, or starting with Invalid:
     SelfkindError, UsageError, AnswerMismatch, InvalidFile, UnpicklingError ...),
     `Problem(line, column, message)`, and a checker's `report(mark, message)`.
  4. Sentences returned, or assigned to a name or attribute, in the modules that make
     what people read: cli/, ui/, writers/ and formats/ (a shape's `describe`, a label).
     (core/ and storage/ assign regular expressions and SQL; their words reach people only
     through the places above.)
  In each place a literal counts when it is the value itself or reached through `a if c
  else b`, `a + b`, `a % b`, `a or b`; literals inside lists, dicts, sets, subscripts,
  comparisons or other calls are data, not words (a call of its own is checked on its own).

The ALLOWED list names the few literals that match and are not words for people, each
with its reason. The catalogue itself is checked too: every placeholder is named, no
message is built from word endings ({s}, {ies}, entr{ies}, {count}s), and a Plural's forms
agree.
"""

from __future__ import annotations

import ast
import re
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from selfkind import messages
from selfkind.messages import formatting, language, plural
from selfkind.messages.plural import Plural

SOURCE = Path(messages.__file__).parent.parent  # src/selfkind
CATALOGUE = Path(messages.__file__).parent

LABEL_CALLS = {"add_column": "first", "add_row": "all"}
LABEL_KEYWORDS = {"title", "subtitle", "caption", "header", "footer"}
TEXT_CALLS = {
    **dict.fromkeys(("print", "echo", "secho", "write"), "all"),
    **dict.fromkeys(
        ("Text", "Panel", "Markdown", "Rule", "Padding", "literal", "message"), "first"
    ),
    **dict.fromkeys(("append", "append_text"), "first"),
    "assemble": "pairs",
    "Problem": "all",
    "report": "all",
}
TEXT_KEYWORDS = {"message", "prompt", "instruction", "placeholder"}
EXCEPTION = re.compile(r"(Error|Exception|Mismatch|Refused|Problem)$|^Invalid")
RETURNING = ("cli/", "ui/", "writers/", "formats/")  # where returns and assignments count

# (module, part of the literal as written, why it is not a word for a person)
ALLOWED: list[tuple[str, str, str]] = [
    (
        "formats/sync_file.py",
        "selfkind sync {}",
        "what a change file's sealed words are bound to (AES-GCM's associated data), never shown",
    ),
    (
        "formats/age_file.py",
        "# created:",
        "the comment lines of an age identity file, as age-keygen writes them (a file format)",
    ),
    ("writers/report.py", "body { font:", "the report's CSS"),
    (
        "formats/starter.py",
        "# yaml-language-server:",
        "the starting exercise file `exercise new` writes: a whole YAML document people edit,"
        " with sample prompts; it is translated as a file, not as messages",
    ),
    (
        "formats/built.py",
        "# yaml-language-server:",
        "the first lines of the file `exercise new --guided` writes: YAML comments in the file,"
        " as the starter's are",
    ),
    (
        "storage/parsed.py",
        "{}.{} is not part of an exercise",
        "an internal refusal while unpickling a kept exercise: caught, never shown",
    ),
    (
        "cli/nudge.py",
        "the database is a link",
        "an internal OSError: the nudge catches it and says nothing",
    ),
]

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"<[^<>]*>|&#?\w+;|%-?[a-zA-Z]")
LABEL = re.compile(r"[A-Za-z]{2,}")
SQL = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|PRAGMA)\b")
SENTENCE = re.compile(r"[A-Za-z]{2,}[ \t]+[A-Za-z]|[A-Za-z][ \t]+[A-Za-z]{2,}")


def _text(node: ast.AST) -> str | None:
    """A literal's text, with an f-string's values as `{}`; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value if isinstance(part, ast.Constant) else "{}" for part in node.values
        )
    return None


def _surface(node: ast.AST) -> Iterator[ast.AST]:
    """The literals an expression is made of directly (not those inside containers or calls)."""
    if _text(node) is not None:
        yield node
    elif isinstance(node, ast.IfExp):
        yield from _surface(node.body)
        yield from _surface(node.orelse)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        yield from _surface(node.left)
        yield from _surface(node.right)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _surface(value)


def _words(text: str, *, label: bool) -> bool:
    if SQL.match(text):
        return False
    bare = TAG.sub(" ", PLACEHOLDER.sub(" ", text))
    return bool((LABEL if label else SENTENCE).search(bare))


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _places(tree: ast.Module, returning: bool) -> Iterator[tuple[ast.AST, bool]]:
    """Every expression in a place people read, and whether it is a label."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _callee(node)
            args: list[ast.expr] = []
            if name in LABEL_CALLS:
                args = node.args[:1] if LABEL_CALLS[name] == "first" else node.args
                yield from ((arg, True) for arg in args)
                args = []
            elif name in TEXT_CALLS:
                which = TEXT_CALLS[name]
                if which == "pairs":
                    args = [
                        arg.elts[0] if isinstance(arg, ast.Tuple) and arg.elts else arg
                        for arg in node.args
                    ]
                else:
                    args = node.args[:1] if which == "first" else node.args
            elif EXCEPTION.search(name):
                args = node.args
            yield from ((arg, False) for arg in args)
            for keyword in node.keywords:
                if keyword.arg in LABEL_KEYWORDS:
                    yield keyword.value, True
                elif keyword.arg in TEXT_KEYWORDS:
                    yield keyword.value, False
        elif isinstance(node, (ast.Return, ast.Assign, ast.AnnAssign)) and returning:
            yield from ([] if node.value is None else [(node.value, False)])


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and _text(body[0].value) is not None:
                found.add(id(body[0].value))
    return found


def _allowed(module: str, text: str, allowed: list[tuple[str, str, str]]) -> bool:
    return any(module == where and part in text for where, part, _ in allowed)


def words_outside_the_catalogue(
    root: Path = SOURCE, allowed: list[tuple[str, str, str]] = ALLOWED
) -> list[str]:
    """`module:line: 'literal'` for every user-facing literal outside the catalogue."""

    found: list[tuple[str, int, str]] = []
    for path in sorted(root.rglob("*.py")):
        module = path.relative_to(root).as_posix()
        if module.startswith("messages/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = _docstrings(tree)
        returning = module.startswith(RETURNING)
        for place, label in _places(tree, returning):
            for literal in _surface(place):
                text = _text(literal)
                assert text is not None
                if id(literal) in docstrings or _allowed(module, text, allowed):
                    continue
                if _words(text, label=label):
                    found.append((module, getattr(literal, "lineno", 0), text))
    return [f"{module}:{line}: {text!r}" for module, line, text in sorted(found)]


def test_every_sentence_people_see_is_in_the_catalogue() -> None:
    found = words_outside_the_catalogue()
    assert found == [], (
        "These words reach people but are not in selfkind.messages; add them there "
        "(or, if they are not words for people, to ALLOWED with a reason):\n" + "\n".join(found)
    )


def test_the_allowed_list_is_short_and_still_needed() -> None:
    assert len(ALLOWED) <= 10
    flagged = words_outside_the_catalogue(allowed=[])
    for module, text, reason in ALLOWED:
        assert reason, module
        assert any(line.startswith(module + ":") and text in line for line in flagged), (
            f"{module}: nothing matches {text!r} any more; take it off ALLOWED"
        )


def test_the_scan_finds_a_sentence_added_to_a_view(tmp_path: Path) -> None:
    """The scan itself, on a made-up package: what it must find, and what it must leave."""
    views = tmp_path / "ui"
    views.mkdir()
    (views / "view.py").write_text(
        "def view(console, table, count):\n"
        '    """A docstring is help, not a message."""\n'
        '    console.print("You did it, well done.")\n'
        '    table.add_column("when")\n'
        '    console.print(Text("quiet", style="dim bold"))\n'
        '    raise SelfkindError(f"{count} things went wrong")\n'
        '    return "A sentence returned by a view"\n',
        encoding="utf-8",
    )
    found = [line.split(": ", 1)[1] for line in words_outside_the_catalogue(tmp_path)]
    assert found == [
        "'You did it, well done.'",
        "'when'",
        "'{} things went wrong'",
        "'A sentence returned by a view'",
    ]


# --------------------------------------------------------------------------- the catalogue


def _catalogue() -> dict[str, str | Plural]:
    return messages.ENGLISH


def _forms(value: str | Plural) -> list[str]:
    return [value.one, value.other] if isinstance(value, Plural) else [value]


def _fields(text: str) -> list[str]:
    return [field for _, field, _, _ in string.Formatter().parse(text) if field is not None]


def test_the_catalogue_holds_only_messages() -> None:
    machinery = (language, plural, formatting)
    modules = [
        vars(module)
        for module in vars(messages).values()
        if isinstance(module, ModuleType) and module not in machinery
    ]
    names = {name for module in modules for name in module if name.isupper()}
    assert len(names) > 400
    assert names == set(_catalogue()), "a catalogue entry is a str or a Plural"
    assert all(getattr(messages, name) for name in names)


FRAGMENTS = {"s", "es", "ies", "y", "were", "was", "is", "are", "it", "them", "has", "have"}


@pytest.mark.parametrize("name", sorted(_catalogue()))
def test_placeholders_are_named_and_whole(name: str) -> None:
    for text in _forms(_catalogue()[name]):
        fields = _fields(text)
        assert all(fields), f"{name}: every placeholder has a name, not {{}}: {text!r}"
        assert not any(field.isdigit() for field in fields), f"{name}: {{0}} is positional"
        assert not FRAGMENTS & set(fields), f"{name} builds words from endings: {text!r}"
        assert not re.search(r"[A-Za-z]{2}\{|\}[A-Za-z]", text), (
            f"{name} glues a placeholder to a word (like entr{{ies}} or {{count}}s): {text!r}"
        )


@pytest.mark.parametrize(
    "name", sorted(name for name, value in _catalogue().items() if isinstance(value, Plural))
)
def test_plural_forms_agree(name: str) -> None:
    plural = _catalogue()[name]
    assert isinstance(plural, Plural)
    one, other = set(_fields(plural.one)), set(_fields(plural.other))
    assert "count" in other, f"{name}: the plural form shows the count"
    assert one <= other, f"{name}: the singular form needs nothing the plural does not"


def test_counted_chooses_a_form_like_ngettext() -> None:
    mistakes = Plural(one="{path} has {count} mistake", other="{path} has {count} mistakes")
    assert messages.counted(mistakes, 1, path="a.yaml") == "a.yaml has 1 mistake"
    assert messages.counted(mistakes, 0, path="a.yaml") == "a.yaml has 0 mistakes"
    assert messages.counted(mistakes, 2, path="a.yaml") == "a.yaml has 2 mistakes"
    assert messages.counted(messages.ENCRYPTED, 1_234).startswith("Encrypted 1,234 entries.")


def test_the_catalogue_loads_nothing_but_itself() -> None:
    """`selfkind nudge` reads the catalogue as a shell starts: it must stay bare Python."""
    probe = (
        "import sys; before = set(sys.modules); import selfkind.messages; "
        "print(' '.join(sorted(set(sys.modules) - before)))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    assert loaded and all(name.startswith("selfkind") for name in loaded), loaded
    assert all(len(path.read_text().splitlines()) < 400 for path in CATALOGUE.glob("*.py"))
