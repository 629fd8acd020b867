"""Shell completion: `selfkind completion bash|zsh|fish`, and the answers to a shell's requests.

A shell asks through Click's protocol: `_SELFKIND_COMPLETE=bash_complete` (or zsh_complete,
fish_complete) with COMP_WORDS and COMP_CWORD, and reads `type,value` lines back (the scripts
in cli/shells/ are Click 8's). Every press of Tab starts a new Python, so the launcher answers
here without typer, YAML or pydantic: the command tree's names are kept in TREE (a test holds
it to the real tree), exercise and plan ids are file and folder names, entry ids one sqlite3
read, as `selfkind nudge` reads. What TREE cannot place goes to Click's own completion over
the full tree, with the same value completers.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing costs a Tab press about 20 ms: read by type checkers only
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

COMPLETE_VAR = "_SELFKIND_COMPLETE"
PROG = "selfkind"
SHELLS = ("bash", "zsh", "fish")
ENTRY_IDS = "SELECT id FROM entries ORDER BY started_at DESC LIMIT 200"
ENTRY_IDS_FROM = "SELECT id FROM entries WHERE id >= ? AND id < ? ORDER BY id LIMIT 200"
ENTRY_EXERCISES = "SELECT DISTINCT exercise_id FROM entries"
DAYS = ("today", "yesterday")
HELP = ["--help", "-h"]

# The value each parameter takes, where a list of names can complete it: (command, parameter
# name) -> kind. Options named --exercise take an exercise id, dates a day, paths a file.
KINDS: dict[tuple[str, str], str] = {
    ("run", "exercise"): "exercise",
    ("exercise show", "exercise"): "exercise",
    ("entries show", "entry_id"): "entry",
    ("entries delete", "entry_id"): "entry",
    ("plan show", "plan_id"): "plan",
    ("plan remove", "plan_id"): "plan",
    ("report", "plan_id"): "plan",
    ("help", "command"): "command",
    ("completion", "shell"): "shell",
}

# A command: (options that take a value -> kind, flags, arguments' kinds, the last argument
# repeats, subcommands). Made by `tree_of` from the real tree; tests/test_completion.py
# fails when they differ and prints the new TREE.
Node = tuple[dict[str, str], tuple[str, ...], tuple[str, ...], bool, tuple[str, ...]]
# fmt: off
TREE: dict[str, Node] = {
    '': ({}, ('--version', '--plain', '--help', '-h'), (), False, ('run', 'checkin', 'summary', 'today', 'report', 'help-now', 'delete-everything', 'encrypt', 'decrypt', 'export', 'import', 'sync', 'nudge', 'where', 'completion', 'help', 'exercise', 'entries', 'plan', 'clinic', 'config')),
    'run': ({'--answers': 'file', '--set': '', '--date': 'date'}, ('--json', '--help', '-h'), ('exercise',), False, ()),
    'checkin': ({'--answers': 'file', '--set': '', '--date': 'date'}, ('--json', '--help', '-h'), (), False, ()),
    'summary': ({'--days': '', '--since': 'date', '--until': 'date'}, ('--json', '--help', '-h'), (), False, ()),
    'today': ({}, ('--json', '--help', '-h'), (), False, ()),
    'report': ({'--plan': 'plan', '--since': 'date', '--until': 'date', '--format': '', '--out': 'file', '--name': '', '--include': '', '--for': ''}, ('--since-last', '--include-text', '--help', '-h'), (), False, ()),
    'help-now': ({}, ('--plain', '--help', '-h'), (), False, ()),
    'delete-everything': ({}, ('--yes', '-y', '--help', '-h'), (), False, ()),
    'encrypt': ({}, ('--help', '-h'), (), False, ()),
    'decrypt': ({}, ('--help', '-h'), (), False, ()),
    'export': ({'--format': '', '--out': 'file', '--since': 'date', '--until': 'date', '--exercise': 'exercise'}, ('--help', '-h'), (), False, ()),
    'import': ({}, ('--help', '-h'), ('file',), False, ()),
    'sync': ({}, ('--help', '-h'), ('',), False, ()),
    'nudge': ({}, ('--help', '-h'), (), False, ()),
    'where': ({}, ('--json', '--help', '-h'), (), False, ()),
    'completion': ({}, ('--install', '--help', '-h'), ('shell',), False, ()),
    'help': ({}, ('--help', '-h'), ('command',), True, ()),
    'exercise': ({}, ('--help', '-h'), (), False, ('list', 'show', 'validate', 'new', 'add', 'schema')),
    'exercise list': ({'--tag': ''}, ('--json', '--help', '-h'), (), False, ()),
    'exercise show': ({}, ('--json', '--help', '-h'), ('exercise',), False, ()),
    'exercise validate': ({}, ('--help', '-h'), ('file',), True, ()),
    'exercise new': ({'--from': ''}, ('--guided', '--list-templates', '--help', '-h'), ('',), False, ()),
    'exercise add': ({}, ('--replace', '--help', '-h'), ('file',), True, ()),
    'exercise schema': ({'--out': 'file'}, ('--help', '-h'), (), False, ()),
    'entries': ({}, ('--help', '-h'), (), False, ('list', 'search', 'show', 'delete')),
    'entries list': ({'--since': 'date', '--until': 'date', '--exercise': 'exercise', '--limit': ''}, ('--json', '--help', '-h'), (), False, ()),
    'entries search': ({'--limit': ''}, ('--json', '--help', '-h'), ('',), True, ()),
    'entries show': ({}, ('--latest', '--json', '--help', '-h'), ('entry',), False, ()),
    'entries delete': ({}, ('--yes', '-y', '--help', '-h'), ('entry',), False, ()),
    'plan': ({}, ('--help', '-h'), (), False, ('add', 'new', 'validate', 'schema', 'list', 'show', 'remove')),
    'plan add': ({'--builtin': ''}, ('--help', '-h'), ('file',), False, ()),
    'plan new': ({}, ('--guided', '--help', '-h'), ('',), False, ()),
    'plan validate': ({}, ('--help', '-h'), ('file',), True, ()),
    'plan schema': ({'--out': 'file'}, ('--help', '-h'), (), False, ()),
    'plan list': ({}, ('--json', '--help', '-h'), (), False, ()),
    'plan show': ({}, ('--json', '--help', '-h'), ('plan',), False, ()),
    'plan remove': ({}, ('--yes', '-y', '--help', '-h'), ('plan',), False, ()),
    'clinic': ({}, ('--help', '-h'), (), False, ('key', 'add', 'list', 'show', 'remove')),
    'clinic key': ({}, ('--show', '--help', '-h'), (), False, ()),
    'clinic add': ({'--client': ''}, ('--help', '-h'), ('file',), True, ()),
    'clinic list': ({}, ('--json', '--help', '-h'), (), False, ()),
    'clinic show': ({'--html': 'file'}, ('--json', '--help', '-h'), ('',), False, ()),
    'clinic remove': ({}, ('--yes', '-y', '--help', '-h'), ('',), False, ()),
    'config': ({}, ('--help', '-h'), (), False, ('set', 'show')),
    'config set': ({}, ('--help', '-h'), ('', ''), False, ()),
    'config show': ({}, ('--json', '--help', '-h'), (), False, ()),
}
# fmt: on


def respond(instruction: str, full_tree: Callable[[], Any]) -> int:
    """Answer one request of a completion script ($_SELFKIND_COMPLETE holds `instruction`);
    `full_tree` gives the click command tree, loaded only when TREE cannot answer."""
    shell, _, action = instruction.partition("_")
    if shell not in SHELLS or action not in ("source", "complete"):
        return 1
    if action == "source":
        print(script(shell))
        return 0
    args, incomplete = _request(shell)
    try:
        items = answer(args, incomplete)
    except Exception:  # a Tab must never show a traceback
        items = None
    if items is None:
        items = click_answer(full_tree(), args, incomplete)
    for kind, value in items:
        print(f"{kind}\n{value}\n_" if shell == "zsh" else f"{kind},{value}")
    return 0


def script(shell: str) -> str:
    """The completion script of a shell, as Click writes it for `selfkind`."""
    path = os.path.join(os.path.dirname(__file__), "shells", f"{shell}.sh")
    with open(path, encoding="utf-8") as file:
        template = file.read()
    names = {"complete_func": f"_{PROG}_completion", "complete_var": COMPLETE_VAR}
    return template % {**names, "prog_name": PROG}


def _request(shell: str) -> tuple[list[str], str]:
    """The words before the one being completed, and that word (Click's reading)."""
    line = os.environ.get("COMP_WORDS", "")
    words = _split(line) if any(mark in line for mark in "'\"\\") else line.split()
    if shell == "fish":
        incomplete = os.environ.get("COMP_CWORD", "")
        args = words[1:]
        if incomplete and args and args[-1] == incomplete:
            args.pop()
        return args, incomplete
    position = int(os.environ.get("COMP_CWORD", "0") or 0)
    before = words[1:position]
    return before, words[position] if position < len(words) else ""


def _split(line: str) -> list[str]:
    """Words as a shell splits them; an open quote keeps what was typed (Click's way)."""
    import shlex  # with re, about 15 ms: only for words with quotes

    lexer = shlex.shlex(line, posix=True)
    lexer.whitespace_split = True
    lexer.commenters = ""
    words: list[str] = []
    try:
        for word in lexer:
            words.append(word)
    except ValueError:
        words.append(lexer.token)
    return words


def answer(args: list[str], incomplete: str) -> list[tuple[str, str]] | None:
    """Completions from TREE: (type, value) pairs, or None when TREE cannot place the words."""
    placed = _place(args)
    if placed is None:
        return None
    path, expecting, position = placed
    options, flags, arguments, repeats, commands = TREE[path]
    if expecting is not None:
        return values(expecting, incomplete)
    if incomplete.startswith("-"):
        names = [*options, *flags]
        return [("plain", name) for name in names if name.startswith(incomplete)]
    if commands:
        return [("plain", name) for name in commands if name.startswith(incomplete)]
    if position >= len(arguments) and not (repeats and arguments):
        return []
    return values(arguments[min(position, len(arguments) - 1)], incomplete)


def _place(args: list[str]) -> tuple[str, str | None, int] | None:
    """Where the words lead: the command, the kind of value an option waits for, and how
    many arguments were given; None for what only Click can read (`--`, unknown words)."""
    path, expecting, position = "", None, 0
    for word in args:
        options, flags, _, _, commands = TREE[path]
        if expecting is not None:
            expecting = None
        elif word.startswith("-"):
            if word.partition("=")[0] in options and "=" not in word:
                expecting = options[word]
            elif word not in flags and word.partition("=")[0] not in options:
                return None
        elif commands:
            if word not in commands:
                return None
            path, position = f"{path} {word}".strip(), 0
        else:
            position += 1
    return path, expecting, position


def values(kind: str, incomplete: str) -> list[tuple[str, str]]:
    """The values of a kind that start with what was typed."""
    if kind == "file":
        return [("file", incomplete)]
    if kind == "entry":  # read by the id's index: a few of 100,000 entries
        return [("plain", name) for name in entry_ids(incomplete)]
    listed: dict[str, Callable[[], list[str]]] = {"exercise": exercise_ids, "plan": plan_ids}
    fixed = {"date": DAYS, "shell": SHELLS, "command": TREE[""][4]}
    found = listed[kind]() if kind in listed else list(fixed.get(kind, ()))
    return [("plain", name) for name in found if name.startswith(incomplete)]


def _folder() -> str:
    from selfkind.cli.nudge import data_folder

    return data_folder()


def _stems(folder: str, pattern: str = "") -> list[str]:
    """The names of the .yaml files in a folder (its subfolders too when `pattern` is "**")."""
    found: list[str] = []
    for _top, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith(".")) if pattern else []
        found += [name[:-5] for name in files if name.endswith(".yaml") and name != "plan.yaml"]
    return found


def exercise_ids() -> list[str]:
    """Every exercise id: built-in, the person's own, from plans, and any with entries."""
    package = os.path.dirname(os.path.dirname(__file__))
    home = _folder()
    found = _stems(os.path.join(package, "exercises")) + _stems(os.path.join(home, "exercises"))
    found += _stems(os.path.join(home, "plans"), "**") + _entry_rows(ENTRY_EXERCISES)
    return sorted(set(found))


def plan_ids() -> list[str]:
    """The ids of the installed plans: their folders' names."""
    folder = os.path.join(_folder(), "plans")
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return sorted(n for n in names if not n.startswith(".") and os.path.isdir(f"{folder}/{n}"))


def entry_ids(start: str = "") -> list[str]:
    """The ids of the entries that start so (by id), or the newest when nothing was typed."""
    if not start:
        return _entry_rows(ENTRY_IDS)
    return _entry_rows(ENTRY_IDS_FROM, (start, start + "\U0010ffff"))


def _entry_rows(query: str, values: tuple[str, ...] = ()) -> list[str]:
    """One column of the database, read-only; nothing when there is none or it cannot be read."""
    database = os.path.join(_folder(), "selfkind.db")
    if os.path.islink(database) or not os.path.isfile(database):
        return []
    import sqlite3

    from selfkind.cli.nudge import read_only_rows

    try:
        return [str(row[0]) for row in read_only_rows(database, query, values)]
    except sqlite3.Error:
        return []


def click_answer(root: Any, args: list[str], incomplete: str) -> list[tuple[str, str]]:
    """Click's own completion over the full command tree, with our value completers."""
    from typer._click.shell_completion import ShellComplete

    class Asked(ShellComplete):
        def source_vars(self) -> dict[str, Any]:
            return {}

        def get_completion_args(self) -> tuple[list[str], str]:
            return args, incomplete

        def format_completion(self, item: Any) -> str:
            return str(item.value)

    with_completers(root)
    items = Asked(root, {}, PROG, COMPLETE_VAR).get_completions(args, incomplete)
    return [(item.type, str(item.value)) for item in items]


def with_completers(root: Any) -> None:
    """Give the tree's parameters our value completers (for Click's own completion)."""
    for path, command in walk(root):
        for param in command.params:
            kind = kind_of(path, param)
            if kind and kind != "file":
                param._custom_shell_complete = _completer(kind)


def _completer(kind: str) -> Any:
    def complete(ctx: Any, param: Any, incomplete: str) -> list[str]:
        return [value for _, value in values(kind, incomplete)]

    return complete


def walk(command: Any, path: str = "") -> list[tuple[str, Any]]:
    """Every visible command of a click tree with its path ("" for the root)."""
    found = [(path, command)]
    for name, sub in getattr(command, "commands", {}).items():
        if not sub.hidden:
            found += walk(sub, f"{path} {name}".strip())
    return found


def kind_of(path: str, param: Any) -> str:
    """The kind of value a parameter takes ("" for free text)."""
    from pathlib import Path
    from typing import get_args

    if (path, param.name) in KINDS:
        return KINDS[(path, param.name)]
    if "--exercise" in param.opts:
        return "exercise"
    annotation = param.type_descriptor.annotation
    if annotation is Path or Path in get_args(annotation) or param.metavar == "FILE":
        return "file"
    return "date" if param.metavar == "D" else ""


def tree_of(root: Any) -> dict[str, Node]:
    """TREE, read from the real command tree."""
    tree: dict[str, Node] = {}
    for path, command in walk(root):
        options: dict[str, str] = {}
        flags: list[str] = []
        arguments: list[str] = []
        repeats = False
        for param in command.params:
            if param.hidden:
                continue
            if param.param_type_name == "argument":
                arguments.append(kind_of(path, param))
                repeats = param.nargs == -1
            elif param.is_flag:
                flags += [*param.opts, *param.secondary_opts]
            else:
                options.update(dict.fromkeys(param.opts, kind_of(path, param)))
        flags += HELP  # every command's --help, named in the root's context settings
        subcommands = getattr(command, "commands", {}).items()
        visible = tuple(name for name, sub in subcommands if not sub.hidden)
        tree[path] = (options, tuple(flags), tuple(arguments), repeats, visible)
    return tree


def install(shell: str) -> tuple[str, str | None]:
    """Write the script where the shell looks for it: its path, and a line for the shell's
    start-up file when the shell needs one to look there."""
    home = os.path.expanduser("~")
    data = os.environ.get("XDG_DATA_HOME") or os.path.join(home, ".local", "share")
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
    places = {
        "bash": os.path.join(data, "bash-completion", "completions", PROG),
        "zsh": os.path.join(home, ".zfunc", f"_{PROG}"),
        "fish": os.path.join(config, "fish", "completions", f"{PROG}.fish"),
    }
    path = places[shell]
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as file:
        file.write(script(shell) + "\n")
    from selfkind import messages

    return path, messages.COMPLETION_ZSH_LINE if shell == "zsh" else None


def main(instruction: str, full_tree: Callable[[], Any]) -> int:
    """The launcher's entry: answer, and never let a Tab press show a traceback."""
    try:
        return respond(instruction, full_tree)
    except Exception:
        if os.environ.get("SELFKIND_DEBUG"):
            raise
        sys.stdout.flush()
        return 1
