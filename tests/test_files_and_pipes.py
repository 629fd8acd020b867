"""Files, folders and pipes: selfkind never writes, changes or deletes through a symbolic link
in its data folder, every file it writes is 0600 (and folder 0700) whatever the umask, and a
reader that goes away (`| head`) ends the output quietly, with exit code 0."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from helpers import LETTER, installed_selfkind, make_entry, save, write, write_plan, y
from selfkind import messages
from selfkind.formats import yamlfile

PIPE_BUFFER = 64 * 1024
OUTSIDE = "a file that is not selfkind's\n"


def said(result) -> str:
    """What a command printed, on one line (Rich wraps long messages)."""
    return " ".join(result.output.split())


def one_line(text: str) -> str:
    """A message as a person sees it: on one line, its `commands` shown without backticks."""
    return " ".join(text.replace("`", "").split())


def tree(folder: Path) -> dict[str, str]:
    """Every file under a folder, with its text: to see that nothing changed."""
    return {
        str(path.relative_to(folder)): path.read_text()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder that is not selfkind's, holding a file, open to read as folders usually are."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "mine.yaml").write_text(OUTSIDE)
    folder.chmod(0o755)
    (folder / "mine.yaml").chmod(0o644)
    return folder


@pytest.fixture
def data(home: Path) -> Path:
    """A data folder holding entries."""
    save(make_entry("e1", "2024-03-01"), make_entry("e2", "2024-03-02"))
    assert (home / "selfkind.db").is_file()
    return home


# ------------------------------------------------------------------ delete-everything and links


def test_delete_everything_removes_a_link_and_never_what_it_points_to(
    cli, data: Path, outside: Path, tmp_path: Path
) -> None:
    (data / "exercises").symlink_to(outside, target_is_directory=True)
    alone = tmp_path / "alone.txt"
    alone.write_text(OUTSIDE)
    (data / "plans" / "softening").mkdir(parents=True)
    (data / "plans" / "softening" / "letter.yaml").symlink_to(alone)
    before = tree(outside)

    result = cli("delete-everything", "--yes")

    assert result.exit_code == 0, result.output
    assert tree(outside) == before  # nothing outside is touched
    assert alone.read_text() == OUTSIDE
    assert stat.S_IMODE(outside.stat().st_mode) == 0o755
    assert not data.exists()  # the links went, and with them the folder
    shown = said(result)
    assert one_line(messages.EVERYTHING_DELETED.format(folder=data)) in shown
    for link, target in (
        (data / "exercises", outside),
        (data / "plans" / "softening" / "letter.yaml", alone),
    ):
        assert one_line(messages.EVERYTHING_LINK_LEFT.format(link=link, target=target)) in shown


def test_delete_everything_checks_everything_before_removing_anything(
    cli, data: Path, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data / "exercises").symlink_to(outside, target_is_directory=True)
    locked = data / "plans" / "softening"
    locked.mkdir(parents=True)
    (locked / "plan.yaml").write_text("a plan")
    kept = sorted(path.name for path in data.iterdir())
    real_access = os.access

    def access(path, mode, **kwargs) -> bool:  # as a read-only folder is, even to root
        if Path(path) == locked and mode & os.W_OK:
            return False
        return real_access(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", access)
    result = cli("delete-everything", "--yes")

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    refused = messages.EVERYTHING_CANNOT.format(path=locked, reason="Permission denied")
    assert one_line(refused) in said(result)
    assert sorted(path.name for path in data.iterdir()) == kept  # nothing inside was removed
    assert (data / "exercises").is_symlink()
    assert (locked / "plan.yaml").read_text() == "a plan"
    assert tree(outside) == {"mine.yaml": OUTSIDE}


def test_delete_everything_that_fails_part_way_says_so_and_keeps_the_entries(
    cli, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data / "plans" / "softening").mkdir(parents=True)
    (data / "exercises").mkdir()

    def refuse(path, *args, **kwargs) -> None:
        if Path(path).name == "plans":
            raise PermissionError(13, "Permission denied", str(path))
        real_rmtree(path, *args, **kwargs)

    real_rmtree = shutil.rmtree
    monkeypatch.setattr(shutil, "rmtree", refuse)
    result = cli("delete-everything", "--yes")

    assert result.exit_code == 1
    shown = messages.EVERYTHING_PARTLY.format(
        folder=data, path=data / "plans", reason="Permission denied"
    )
    assert one_line(shown) in said(result)
    assert (data / "selfkind.db").is_file()  # the entries go last, so they are still here


# ------------------------------------------------------------------ writing through links


@pytest.mark.parametrize("linked", ["its folder", "its file"])
def test_exercise_add_refuses_to_write_through_a_link(
    cli, data: Path, outside: Path, tmp_path: Path, linked: str
) -> None:
    if linked == "its folder":
        link = data / "exercises"
        link.symlink_to(outside, target_is_directory=True)
    else:
        (data / "exercises").mkdir(mode=0o700)
        link = data / "exercises" / "my-letter.yaml"
        link.symlink_to(outside / "mine.yaml")
    mine = write(tmp_path / "my-letter.yaml", LETTER)

    result = cli("exercise", "add", str(mine))

    assert result.exit_code == 1
    assert one_line(messages.LINK_REFUSED.format(link=link)) in said(result)
    assert tree(outside) == {"mine.yaml": OUTSIDE}  # nothing written through the link
    assert stat.S_IMODE(outside.stat().st_mode) == 0o755  # nor any mode changed
    assert stat.S_IMODE((outside / "mine.yaml").stat().st_mode) == 0o644


@pytest.mark.parametrize("linked", ["the file", "its folder"])
def test_plan_add_refuses_a_file_reached_through_a_link(
    cli, home: Path, outside: Path, tmp_path: Path, linked: str
) -> None:
    folder = tmp_path / "plan"
    path = write_plan(folder, date.today())
    write(outside / "letter.yaml", LETTER)
    if linked == "the file":
        link = folder / "letter.yaml"
        link.unlink()
        link.symlink_to(outside / "letter.yaml")
    else:
        link = folder / "parts"
        link.symlink_to(outside, target_is_directory=True)
        path.write_text(path.read_text().replace("./letter.yaml", "./parts/letter.yaml"))

    result = cli("plan", "add", str(path))

    assert result.exit_code == 1
    assert one_line(messages.PLAN_FILE_LINK.format(link=link)) in said(result)
    assert not (home / "plans").exists()  # checked before anything was written
    assert tree(outside) == {"mine.yaml": OUTSIDE, "letter.yaml": y(LETTER)}


def test_plan_add_and_remove_refuse_links_in_the_data_folder(
    cli, data: Path, outside: Path, tmp_path: Path
) -> None:
    path = write_plan(tmp_path / "plan", date.today())
    plans = data / "plans"
    plans.symlink_to(outside, target_is_directory=True)
    added = cli("plan", "add", str(path))
    assert added.exit_code == 1
    assert one_line(messages.LINK_REFUSED.format(link=plans)) in said(added)
    assert tree(outside) == {"mine.yaml": OUTSIDE}

    plans.unlink()
    installed = outside / "softening"
    shutil.copytree(tmp_path / "plan", installed)
    plans.mkdir(mode=0o700)
    (plans / "softening").symlink_to(installed, target_is_directory=True)
    removed = cli("plan", "remove", "softening", "--yes")
    assert removed.exit_code == 1
    assert one_line(messages.LINK_REFUSED.format(link=plans / "softening")) in said(removed)
    assert (installed / "plan.yaml").is_file()


# ------------------------------------------------------------------ private whatever the umask


@pytest.fixture
def umask_000() -> Iterator[None]:
    """The loosest umask: files would be 0666 and folders 0777 if selfkind left it to the umask."""
    old = os.umask(0)
    yield
    os.umask(old)


def assert_private(*paths: Path) -> None:
    """Each path, and everything under it, is readable by its owner only: 0700 and 0600."""
    for top in paths:
        for path in [top, *top.rglob("*")] if top.is_dir() else [top]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            assert mode == (0o700 if path.is_dir() else 0o600), f"{path}: {oct(mode)}"


def test_exercise_add_and_plan_add_write_privately(
    cli, home: Path, tmp_path: Path, umask_000: None
) -> None:
    mine = write(tmp_path / "my-letter.yaml", LETTER.replace("my-letter", "mine"))
    added = cli("exercise", "add", str(mine))
    assert added.exit_code == 0, added.output
    assert_private(home)  # now: the next command would repair it, and say so
    folder = tmp_path / "plan"
    path = write_plan(folder, date.today())
    (folder / "letter.yaml").unlink()
    write(folder / "week" / "two" / "letter.yaml", LETTER)  # in folders of their own
    path.write_text(path.read_text().replace("./letter.yaml", "./week/two/letter.yaml"))
    planned = cli("plan", "add", str(path))
    assert planned.exit_code == 0, planned.output
    assert (home / "exercises" / "mine.yaml").read_text() == mine.read_text()
    assert (home / "plans" / "softening" / "week" / "two" / "letter.yaml").read_text() == y(LETTER)
    assert_private(home)


def test_exercise_new_and_schema_write_privately(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, umask_000: None
) -> None:
    monkeypatch.chdir(tmp_path)
    made = cli("exercise", "new", "evening-kindness")
    schema = cli("exercise", "schema", "--out", "mine.schema.json")
    assert made.exit_code == 0, made.output
    assert schema.exit_code == 0, schema.output
    written = sorted(path.name for path in tmp_path.iterdir() if path.name != "home")
    assert "evening-kindness.yaml" in written and "mine.schema.json" in written
    assert len(written) == 3  # and the editor schema beside the new file
    assert_private(*(tmp_path / name for name in written))


@pytest.mark.parametrize(
    "command",
    [
        ("export", "--format", "json"),
        ("export", "--format", "md"),
        ("report", "--format", "html"),
        ("report", "--format", "md"),
    ],
)
def test_export_and_report_write_privately(
    cli, data: Path, tmp_path: Path, command: tuple[str, ...], umask_000: None
) -> None:
    out = tmp_path / "out" / "written"
    out.parent.mkdir()
    result = cli(*command, "--since", "2024-01-01", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0
    assert_private(out)


# ------------------------------------------------------------------ a reader that goes away


@pytest.fixture(scope="module")
def full_home() -> Iterator[Path]:
    """A data folder with enough entries that every long listing outgrows a pipe's buffer."""
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        home = Path(folder) / "home"
        patch.setenv("SELFKIND_HOME", str(home))
        start = date(2020, 1, 1)
        words = "Today I was gentler with myself than I expected to be. " * 3
        title = "Day {}, and a kinder one than I feared"
        save(
            *(
                make_entry(
                    f"entry-{number:05d}",
                    (start + timedelta(days=number)).isoformat(),
                    "journal",
                    answers={"title": title.format(number), "body": words},
                )
                for number in range(1000)
            )
        )
        yield home


def run_closed_early(home: Path, *args: str, already: bool = False) -> tuple[int, str, int]:
    """Run the installed command with its output read a few bytes and then closed, as by
    `selfkind ... | head -c 10` (or closed before it starts, `already`): the exit code, what it
    said on standard error, and how many bytes were read."""
    env = {"SELFKIND_HOME": str(home), "PATH": os.environ["PATH"], "COLUMNS": "100"}
    command = [installed_selfkind(), *args]
    with tempfile.TemporaryFile() as errors:
        if already:
            reader, writer = os.pipe()
            os.close(reader)
            try:
                done = subprocess.run(command, stdout=writer, stderr=errors, env=env, timeout=60)
            finally:
                os.close(writer)
            code, read = done.returncode, 0
        else:
            process = subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=errors, env=env, stdin=subprocess.DEVNULL
            )
            assert process.stdout is not None
            read = len(process.stdout.read(10))
            process.stdout.close()
            code = process.wait(timeout=60)
        errors.seek(0)
        return code, errors.read().decode(), read


LONG = [
    *(("export", "--format", name) for name in ("md", "json", "html", "csv")),
    ("entries", "list", "--limit", "5000"),
    ("entries", "list", "--limit", "5000", "--json"),
]
SHORT = [
    ("summary", "--days", "3000"),
    ("summary", "--days", "3000", "--json"),
    ("exercise", "list"),
    ("today",),
    ("help-now",),
    ("nudge",),
    ("--version",),
    (),
]


def test_the_long_listings_outgrow_the_pipe_buffer(full_home: Path) -> None:
    env = {**os.environ, "SELFKIND_HOME": str(full_home)}
    for args in LONG:
        done = subprocess.run([installed_selfkind(), *args], capture_output=True, env=env)
        assert done.returncode == 0, done.stderr
        assert len(done.stdout) > PIPE_BUFFER, args


@pytest.mark.parametrize("args", LONG, ids=" ".join)
def test_a_reader_that_stops_early_ends_the_output_quietly(
    full_home: Path, args: tuple[str, ...]
) -> None:
    code, errors, read = run_closed_early(full_home, *args)
    assert read == 10
    assert "Exception" not in errors and "Traceback" not in errors, errors
    assert errors == ""
    assert code == 0


@pytest.mark.parametrize("args", LONG[:1] + SHORT, ids=lambda args: " ".join(args) or "home")
def test_a_reader_gone_before_the_output_ends_it_quietly(
    full_home: Path, args: tuple[str, ...]
) -> None:
    code, errors, _ = run_closed_early(full_home, *args, already=True)
    assert "Exception" not in errors and "Traceback" not in errors, errors
    assert errors == ""
    assert code == 0


# ------------------------------------------------------------------ a file far too large


def big_exercise(path: Path, steps: int) -> Path:
    said = "".join(f"  - type: say\n    id: s{n}\n    text: Breathe.\n" for n in range(steps))
    path.write_text(f"selfkind: 1\nid: big\ntitle: Big\nsteps:\n{said}", encoding="utf-8")
    return path


TOO_MANY = messages.YAML_TOO_MANY_VALUES.format(limit=yamlfile.MAX_NODES)


def test_twenty_thousand_steps_are_too_many_not_an_alias(cli, tmp_path: Path) -> None:
    path = big_exercise(tmp_path / "big.yaml", 20_000)
    started = time.perf_counter()
    result = cli("exercise", "validate", str(path))
    assert time.perf_counter() - started < 3
    assert result.exit_code == 1
    assert one_line(f"{path}:1:1: {TOO_MANY}") in said(result)
    assert "alias" not in result.output


def test_too_many_values_are_told_apart_from_aliases_without_libyaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(yamlfile.yaml, "CSafeLoader", raising=False)
    monkeypatch.setattr(yamlfile, "MAX_NODES", 700)
    monkeypatch.setattr(yamlfile, "MAX_EXPANDED_NODES", 700)
    with pytest.raises(yamlfile.UnreadableYaml) as refused:
        yamlfile.compose(big_exercise(tmp_path / "big.yaml", 200).read_text())
    assert refused.value.problem.message == messages.YAML_TOO_MANY_VALUES.format(limit=700)
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [*{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}]\n"
        for n in range(6)
    )
    with pytest.raises(yamlfile.UnreadableYaml) as expanded:
        yamlfile.compose(bomb)
    assert "aliases here expand to far too much data" in expanded.value.problem.message


def test_a_database_that_is_a_link_elsewhere_is_refused_and_left_alone(
    cli, home: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere.db"
    elsewhere.write_bytes(b"not selfkind's")
    home.mkdir(parents=True, exist_ok=True)
    (home / "selfkind.db").symlink_to(elsewhere)
    result = cli("checkin", "--set", "mood=5")
    assert result.exit_code == 1
    assert "selfkind.db" in result.stderr and "link" in result.stderr
    assert elsewhere.read_bytes() == b"not selfkind's"


def test_nudge_reads_nothing_through_a_linked_database(home: Path, tmp_path: Path) -> None:
    from selfkind.cli import nudge

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    home.mkdir(parents=True, exist_ok=True)
    (home / "selfkind.db").symlink_to(elsewhere / "selfkind.db")
    with pytest.raises(OSError):
        nudge.todays_answer(str(home), "2026-12-01")
    assert list(elsewhere.iterdir()) == []  # no log or shared-memory file made over there
