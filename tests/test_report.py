"""`selfkind report`: what it holds (window, plan, adherence, a chart per score and for mood),
the words of only the entries the person chose, nothing that reaches outside the file, and
the HTML page as headless Chromium draws it."""

from __future__ import annotations

import contextlib
import html
import os
import re
import shutil
import stat
import subprocess
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from helpers import keyboard, make_entry, save, write_plan, y
from selfkind import messages
from selfkind.core.entry import Entry
from selfkind.formats.validate import load_exercise
from selfkind.services.catalog import find_exercise
from selfkind.storage.store import open_store

SCREENSHOT_COPY = Path("/tmp/report-screenshot.png")
NOT_ASKED = "The words of entries are not included; only numbers are."
EXTERNAL = ("<script", "http://", "https://", "src=", "<link", "url(", "@import")


@dataclass
class Practice:
    """A plan begun on the Monday two weeks back, and the entries made since."""

    start: date
    today: date
    words: dict[str, str]  # entry id: words that appear only if that entry is shared
    entries: int

    @property
    def days(self) -> int:
        return (self.today - self.start).days + 1

    letters_asked = 4  # Mon and Thu of the two weeks gone by; this week's none done, so none
    checkins_asked = 15  # every day of the two weeks gone by, and today's, which is done


@pytest.fixture
def practised(cli, tmp_path) -> Practice:
    today = date.today()
    start = today - timedelta(days=today.weekday() + 14)
    folder = tmp_path / "from-therapist"
    folder.mkdir()
    write_plan(folder, start)  # the plan and its letter, as a therapist hands them over
    assert cli("plan", "add", str(folder / "plan.yaml")).exit_code == 0
    checkin, reframe = find_exercise("checkin"), find_exercise("kindness-reframe")
    letter = load_exercise(folder / "letter.yaml")

    def checkin_on(day: date, mood: int, note: str, n: str) -> Entry:
        answers, scores = {"mood": mood, "note": note}, {"mood_rating": mood}
        at = "00:00" if day == today else "08:00"  # today's: finished before any test's now
        return make_entry(
            f"{n:0<32}", day, checkin, at=at, minutes=0, answers=answers, scores=scores
        )

    def reframe_on(day: date, situation: str, before: int, after: int, n: str) -> Entry:
        answers = {
            "situation": situation,
            "critic_words": "You always mess up",
            "harsh_before": before,
            "critic_protects": "being left out",
            "kind_reply": "You were tired and doing your best.",
            "harsh_after": after,
        }
        scores = {"harshness_change": after - before}
        return make_entry(
            f"{n:0<32}", day, reframe, at="09:00", minutes=3, answers=answers, scores=scores
        )

    made = [  # oldest first, as the report lists them
        checkin_on(start, 4, "tired but the walk helped", "a1"),
        reframe_on(start, "Snapped at Sam over dinner", 8, 4, "a2"),
        make_entry(
            "a3" + "0" * 30,
            start,
            letter,
            at="10:00",
            minutes=3,
            answers={"letter": "Dear me, you are allowed to rest", "warmth": 7},
            scores={"warmth_score": 7},
        ),
        checkin_on(start + timedelta(days=1), 6, "slept a little better", "a4"),
        reframe_on(start + timedelta(days=1), "Missed the deadline at work", 7, 4, "a5"),
        checkin_on(
            start + timedelta(days=8), 7, "A <b>bold</b> day \x1b[31mred\x1b[0m, truly gentle", "a6"
        ),
        reframe_on(start + timedelta(days=8), "Forgot my friend's birthday", 9, 4, "a7"),
        checkin_on(today, 8, "calm evening with tea", "a8"),
    ]
    with open_store() as store:
        for one in made:
            source = letter.source if one.exercise_id == "my-letter" else None
            store.save(one, source or find_exercise(one.exercise_id).source)
    words = {
        "a1": "the walk helped",
        "a2": "Snapped at Sam",
        "a3": "allowed to rest",
        "a4": "slept a little better",
        "a5": "Missed the deadline",
        "a6": "truly gentle",
        "a7": "Forgot my friend",
        "a8": "calm evening",
    }
    return Practice(start, today, {f"{k:0<32}": v for k, v in words.items()}, len(made))


def report(cli, tmp_path: Path, *args: str, name: str = "report.html") -> str:
    out = tmp_path / name
    result = cli("report", "--plan", "softening", "--out", str(out), *args)
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def assert_self_contained(page: str) -> None:
    lowered = page.lower()
    for reference in EXTERNAL:
        assert reference not in lowered, reference
    assert "\x1b" not in page


# --------------------------------------------------------------------------- contents


def test_html_report_contents(cli, tmp_path, practised: Practice) -> None:
    out = tmp_path / "report.html"
    result = cli("report", "--plan", "softening", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert f"of 0 and the words of 0 of {practised.entries} entries" in result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert_self_contained(page)

    text = html.unescape(page)
    top = text[: text.index("<h2")]  # the window, the plan and the choice come first
    assert f"{practised.start:%d %B %Y} to {practised.today:%d %B %Y}" in top
    assert "plan: Softening the critic" in top
    assert f"Made on {date.today():%d %B %Y}." in top
    assert NOT_ASKED in top  # no terminal to ask at, and no --include-text

    rows = {
        cells[0]: cells[1:]
        for cells in (
            re.findall(r"<td[^>]*>(.*?)</td>", row) for row in re.findall(r"<tr>.*?</tr>", page)
        )
        if cells
    }
    weeks = [practised.start + timedelta(days=7 * n) for n in range(3)]
    assert rows["Kindness reframe"] == [
        "3 times a week",
        "3 done, 6 asked",  # this week is under way: not yet asked, so not missed
        f"{weeks[0]:%d %b}: 2 of 3; {weeks[1]:%d %b}: 1 of 3; "
        f"{weeks[2]:%d %b}, under way: 0 so far; 3 for the whole week",
    ]
    assert rows["A letter to yourself"][:2] == [
        "Mon and Thu",
        f"1 done, {practised.letters_asked} asked",
    ]
    assert rows["Daily check-in"][:2] == ["every day", f"4 done, {practised.checkins_asked} asked"]
    assert messages.ADHERENCE_RULE in text

    # One chart for the check-in mood, and one per other score: harshness (a change: its
    # values, as no entry's ratings are shared), warmth.
    assert page.count("<svg") == 3
    for caption in (
        "Mood (0 to 10)",
        "Inner critic&#x27;s harshness · Kindness reframe",
        "Warmth · A letter to yourself",
    ):
        assert f"<figcaption>{caption}</figcaption>" in page
    start = practised.start
    assert f"<title>{start:%d %b}: -4</title>" in page  # each point says its value
    assert "before · " not in page  # the ratings behind a change are not shared
    assert f">{start + timedelta(days=7):%d %b}</text>" in page  # a date every Monday
    # And every time it was done, in a table: the date, then each score.
    assert "Each time: Kindness reframe" in text
    assert f"<tr><td>{start:%a %d %b}</td><td>-4</td></tr>" in html.unescape(page)
    for words in practised.words.values():  # no terminal, no --include-text: no words
        assert words not in page


def test_report_with_every_entrys_words(cli, tmp_path, practised: Practice) -> None:
    page = report(cli, tmp_path, "--include-text")
    assert_self_contained(page)
    for words in practised.words.values():
        assert words in html.unescape(page)
    assert "A &lt;b&gt;bold&lt;/b&gt; day " in page  # escaped, and no terminal codes (below)
    assert "<b>" not in page
    every = messages.REPORT_SHARED.format(rated=8, shared=8, count=practised.entries)
    assert every in html.unescape(page)
    assert "How warm does it feel to read?" in page  # each answer beside its question


def test_markdown_report(cli, tmp_path, practised: Practice) -> None:
    text = report(cli, tmp_path, "--format", "md", name="report.md")
    lines = text.splitlines()
    assert lines[0] == "# selfkind report"
    assert lines[2] == (
        f"{practised.start:%d %B %Y} to {practised.today:%d %B %Y} · plan: Softening the critic. "
        f"Made on {date.today():%d %B %Y}. {NOT_ASKED}"
    )
    reframe = next(line for line in lines if line.startswith("| Kindness reframe |"))
    assert reframe.startswith("| Kindness reframe | 3 times a week | 3 done, 6 asked | ")
    assert "under way: 0 so far; 3 for the whole week |" in reframe  # week by week, as in the page
    letters = f"| A letter to yourself | Mon and Thu | 1 done, {practised.letters_asked} asked |"
    assert any(line.startswith(letters) for line in lines)
    checkins = f"| Daily check-in | every day | 4 done, {practised.checkins_asked} asked |"
    assert any(line.startswith(checkins) for line in lines)
    assert messages.ADHERENCE_RULE in lines
    assert "### Each time: Kindness reframe" in lines
    assert f"| {practised.start:%a %d %b} | -4 |" in lines  # not the ratings behind it
    assert "<svg" not in text
    for words in practised.words.values():
        assert words not in text

    shared = report(cli, tmp_path, "--format", "md", "--include-text", name="shared.md")
    for words in practised.words.values():
        assert words in shared
    assert "\x1b" not in shared
    assert "<b>" not in shared
    assert messages.REPORT_SHARED.format(rated=8, shared=8, count=practised.entries) in shared


def test_markdown_report_has_the_checkin_mood(cli, tmp_path, practised: Practice) -> None:
    text = report(cli, tmp_path, "--format", "md", name="report.md")
    mood = [line for line in text.splitlines() if "mood" in line.lower()]
    assert mood, "no line mentions the mood"
    said = messages.REPORT_MOOD_SAID.format(words="")[:-1]
    assert any(line.startswith(said) and "lowest 4, highest 8" in line for line in mood), mood


def test_report_to_standard_output_by_dates(cli, practised: Practice) -> None:
    since = practised.start + timedelta(days=7)
    result = cli("report", "--since", str(since), "--until", str(practised.today))
    assert result.exit_code == 0, result.output
    page = html.unescape(result.stdout)
    assert page.startswith("<!doctype html>")
    assert f"{since:%d %B %Y} to {practised.today:%d %B %Y} · plan: Softening the critic." in page
    assert "Practised on 2 of" in page and "; 3 entries." in page  # the window's entries only


def test_report_refuses_what_it_cannot_do(cli, practised: Practice) -> None:
    wrong_format = cli("report", "--format", "docx")
    assert wrong_format.exit_code == 2
    assert "'docx' is not a report format; use html, md or pdf." in wrong_format.stderr
    no_plan = cli("report", "--plan", "nothing-here")
    assert no_plan.exit_code == 1
    assert "There is no plan called 'nothing-here'" in no_plan.stderr


def test_report_of_a_plan_not_yet_started(cli, tmp_path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(
        y(
            f"""
            selfkind-plan: 1
            id: later
            title: Later
            start: {date.today() + timedelta(days=7)}
            items:
              - exercise: checkin
                daily: true
            """
        )
    )
    assert cli("plan", "add", str(path)).exit_code == 0
    result = cli("report", "--plan", "later")
    assert "--since" not in result.stderr


def test_at_a_terminal_only_what_is_chosen_is_shared(
    cli, tmp_path, monkeypatch, practised: Practice
) -> None:
    from selfkind.ui import terminal

    monkeypatch.setattr(terminal, "is_interactive", lambda: True)
    out = tmp_path / "chosen.html"
    ratings = " \x1b[B \r"  # the first two entries' ratings and choices
    words = " \x1b[B\x1b[B \x1b[B\x1b[B\x1b[B \r"  # the first, third and sixth entries' words
    with keyboard(ratings + words, close=False):
        result = cli("report", "--plan", "softening", "--out", str(out))
    assert result.exit_code == 0, result.output
    # ratings of the first two, words (and so ratings) of the first, third and sixth
    assert f"ratings and choices of 4 and the words of 3 of {practised.entries} entries" in (
        result.stderr
    )
    page = html.unescape(out.read_text(encoding="utf-8"))
    chosen = {f"{n:0<32}" for n in ("a1", "a3", "a6")}
    for entry_id, said in practised.words.items():
        assert (said in page) == (entry_id in chosen), said
    said = messages.REPORT_SHARED.format(rated=4, shared=3, count=practised.entries)
    assert said in page
    # The second entry's card: its scores and ratings (with the scale's ends), not its words.
    card = page[page.index("<h3>Kindness reframe · ") :]
    card = card[: card.index("</article>")]
    assert "Inner critic's harshness" in card and "8 → 4 (-4)" in card
    assert "8 (on 0 = " in card and " … 10 = " in card
    assert "Snapped at Sam" not in card
    assert_self_contained(out.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- Chromium


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's chromium; installed here if missing and this is root with apt, else skipped."""
    found = shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    )
    if found:
        return found
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        pytest.skip("chromium is not installed, and installing it needs root and apt-get")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        for command in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]):
            done = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env)
            if done.returncode != 0:
                pytest.skip(
                    f"could not install chromium: {' '.join(command)} said {done.stderr[-300:]}"
                )
    except subprocess.TimeoutExpired:
        pytest.skip("installing chromium took over 10 minutes")
    found = shutil.which("chromium")
    if not found:
        pytest.skip("apt-get installed chromium but there is no chromium command")
    return found


def test_chromium_draws_the_report(cli, tmp_path, chromium: str, practised: Practice) -> None:
    page = report(cli, tmp_path, "--include-text")
    assert_self_contained(page)
    assert page.count("<svg") == 3
    shot = tmp_path / "report.png"
    done = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'chromium-profile'}",
            f"--screenshot={shot}",
            "--window-size=1000,1400",
            (tmp_path / "report.html").as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.is_file(), done.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000
    with contextlib.suppress(OSError):
        shutil.copyfile(shot, SCREENSHOT_COPY)  # for a person to look at


def test_since_alone_on_a_day_to_come_says_so(cli) -> None:
    later = (date.today() + timedelta(days=4)).isoformat()
    result = cli("report", "--since", later, "--out", "report.html")
    assert result.exit_code == 2
    assert result.stderr.strip() == messages.SINCE_NOT_YET.format(day=later)


MEASURE = y(
    """
    selfkind: 1
    id: critic-scale
    title: Critic scale
    steps:
      - {type: scale, id: harsh, prompt: "How harsh was your inner voice?", min: 1, max: 5}
      - {type: scale, id: kind, prompt: "How kind were you to yourself?", min: 1, max: 5}
    scores:
      - id: critic
        label: Self-criticism
        method: mean
        items: [harsh, kind]
        reverse: [kind]
        bands:
          - {up_to: 2.49, label: low}
          - {up_to: 3.5, label: moderate}
          - {label: high}
    """
)


def test_a_banded_measure_shows_its_bands_values_and_gaps(cli, tmp_path) -> None:
    measure = tmp_path / "critic-scale.yaml"
    measure.write_text(MEASURE, encoding="utf-8")
    exercise = load_exercise(measure)
    start = date.today() - timedelta(days=20)
    days = [start, start + timedelta(days=1), start + timedelta(days=9)]  # then a gap
    for n, (day, harsh) in enumerate(zip(days, (5, 3, 1), strict=True)):
        answers = {"harsh": harsh, "kind": 2}
        entry = make_entry(
            f"m{n:031d}", day, exercise, answers=answers, scores={"critic": (harsh + 4) / 2}
        )
        with open_store() as store:
            store.save(entry, exercise.source)
    result = cli("report", "--since", str(start))
    assert result.exit_code == 0, result.output
    page = html.unescape(result.stdout)
    chart = page[page.index("Self-criticism · Critic scale</figcaption>") :]
    chart = chart[: chart.index("</figure>")]
    for band in ("low", "moderate", "high"):
        assert f'class="band">{band}</text>' in chart  # each band shaded and named
    assert chart.count("<rect") == 3
    # The two days together are joined; the one after a gap is not joined to them.
    [joined] = re.findall(r'<polyline points="([^"]*)"', chart)
    assert len(joined.split()) == 2
    for value in ("4.5", "3.5", "2.5"):
        assert f'class="value">{value}</text>' in chart
    table = page[page.index("Each time: Critic scale") :]
    assert f"<td>{start:%a %d %b}</td><td>4.5 (high)</td>" in table
    assert f"<td>{days[1]:%a %d %b}</td><td>3.5 (moderate)</td>" in table


def test_a_check_in_rating_is_not_joined_across_a_missed_day(cli) -> None:
    """From the trial: kindness was drawn as one line across the days without a check-in,
    as if it had been rated on them; like mood, a missed day is a gap."""
    start = date.today() - timedelta(days=6)
    for n, gap in enumerate((0, 1, 3, 4)):  # the 2nd day missed
        scores = {"mood_rating": 5, "kindness_rating": 4 + n}
        answers = {"mood": 5, "kindness": 4 + n}
        save(make_entry(f"k{n:031d}", start + timedelta(days=gap), answers=answers, scores=scores))
    page = html.unescape(cli("report", "--since", str(start)).stdout)
    chart = page[page.index("Kindness toward yourself · Daily check-in</figcaption>") :]
    chart = chart[: chart.index("</figure>")]
    lines = re.findall(r'<polyline points="([^"]*)"', chart)
    assert sorted(len(line.split()) for line in lines) == [2, 2]


# --------------------------------------------------------------------------- PDF

needs_chromium = pytest.mark.skipif(
    shutil.which("chromium") is None or shutil.which("pdftotext") is None,
    reason="the PDF test prints with Chromium and reads with poppler (.ci/run installs both)",
)


@needs_chromium
def test_a_pdf_keeps_each_title_with_what_it_names(cli, tmp_path, practised: Practice) -> None:
    measure = tmp_path / "critic-scale.yaml"
    measure.write_text(MEASURE, encoding="utf-8")
    exercise = load_exercise(measure)
    with open_store() as store:  # a measure done on most days: a long table, three pages
        for n in range(16):
            day, harsh = practised.start + timedelta(days=n), 1 + n % 5
            answers, scores = {"harsh": harsh, "kind": 2}, {"critic": (harsh + 4) / 2}
            entry = make_entry(f"m{n:031d}", day, exercise, answers=answers, scores=scores)
            store.save(entry, exercise.source)
    out = tmp_path / "report.pdf"
    result = cli("report", "--plan", "softening", "--format", "pdf", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert 2 <= int(re.search(r"Pages:\s+(\d+)", info.stdout)[1]) <= 5
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    titles = ("Mood (0 to 10)", "Warmth · A letter to yourself", "Each time:", "Scores over")
    for page in text.split("\f")[:-1]:
        last = [line.strip() for line in page.splitlines() if line.strip()][-1]
        assert not last.startswith((*titles, "date")), last  # no title or table head ends a page
    for title in titles:
        assert title in text
    assert "3 done, 6 asked" in text


def test_a_pdf_without_a_browser_says_what_to_do(cli, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no Chromium, no Chrome
    result = cli("report", "--format", "pdf", "--out", str(tmp_path / "r.pdf"))
    assert result.exit_code == 1
    assert result.stderr.strip() == messages.REPORT_NO_BROWSER
    assert not (tmp_path / "r.pdf").exists()
    result = cli("report", "--format", "pdf")
    assert result.exit_code == 2
    assert result.stderr.strip() == messages.REPORT_PDF_NEEDS_OUT


def test_the_header_has_the_name_and_the_plans_note(cli, tmp_path, practised: Practice) -> None:
    page = report(cli, tmp_path, "--name", "Sam <b>R.</b>")
    assert "<h1>selfkind report: Sam &lt;b&gt;R.&lt;/b&gt;</h1>" in page
    assert "Try these **after** a hard moment" in html.unescape(page)  # the plan's note, as written
    text = report(cli, tmp_path, "--format", "md", "--name", "Sam", name="r.md")
    assert text.splitlines()[0] == "# selfkind report: Sam"
    assert "Try these **after** a hard moment" in text  # the note is Markdown already
    refused = cli("report", "--name", "x" * 81)
    assert refused.exit_code == 2
    assert refused.stderr.strip() == messages.REPORT_NAME.format(limit=80)


def test_since_last_starts_the_day_after_the_last_report(
    cli, tmp_path, practised: Practice
) -> None:
    first = report(cli, tmp_path, "--since-last", "--format", "md", name="first.md")
    assert first.splitlines()[2].startswith(f"{practised.start:%d %B %Y} to ")  # none before
    again = cli("report", "--plan", "softening", "--since-last")
    assert again.exit_code == 1  # the last one covered today: nothing new yet
    assert again.stderr.strip() == messages.REPORT_NOTHING_SINCE_LAST.format(
        day=f"{practised.today:%d %B}"
    )
    # Practice later the same day is in the next report (from the trial: it was left out).
    assert cli("checkin", "--set", "mood=7").exit_code == 0
    evening = report(cli, tmp_path, "--since-last", "--format", "md", name="evening.md")
    today = f"{practised.today:%d %B %Y}"
    assert evening.splitlines()[2].startswith(f"{today} to {today}")
    earlier = practised.today - timedelta(days=3)
    assert cli("report", "--plan", "softening", "--until", str(earlier)).exit_code == 0
    after = report(cli, tmp_path, "--since-last", "--format", "md", name="after.md")
    day_after = earlier + timedelta(days=1)
    assert after.splitlines()[2].startswith(f"{day_after:%d %B %Y} to {practised.today:%d %B %Y}")
    wrong = cli("report", "--since-last")
    assert wrong.exit_code == 2 and wrong.stderr.strip() == messages.REPORT_SINCE_LAST_HOW


def test_include_answers_shares_ratings_and_choices_but_no_words(cli, tmp_path, practised) -> None:
    page = html.unescape(report(cli, tmp_path, "--include", "answers"))
    for said in practised.words.values():
        assert said not in page
    assert "8 (on 0 = " in page  # a rating, with its scale's ends
    # shared ratings: a change shows them, in its chart and its table
    assert "Inner critic's harshness · Kindness reframe: before and after" in page
    assert f"<title>before · {practised.start:%d %b}: 8</title>" in page
    assert f"<tr><td>{practised.start:%a %d %b}</td><td>8 → 4 (-4)</td></tr>" in page
    assert messages.REPORT_SHARED.format(rated=8, shared=0, count=practised.entries) in page
    wrong = cli("report", "--include", "everything")
    assert wrong.exit_code == 2
    assert wrong.stderr.strip() == messages.REPORT_INCLUDE.format(level="everything")


def test_shared_ratings_never_carry_words_inside_their_questions(cli, tmp_path) -> None:
    """A question that quotes an earlier answer ('Coming back to "{{ stressor }}"…') must not
    bring the person's words into a report that shares ratings only."""
    sets = ["--set", "stressor=work email 10", "--set", "distress_before=6",
            "--set", "name_it=zzouch", "--set", "kind_wish=go easy", "--set", "distress_after=3"]  # fmt: skip
    assert cli("run", "self-compassion-break", *sets).exit_code == 0
    page = html.unescape(cli("report", "--include", "answers").stdout)
    assert "6 (on " in page  # the rating is shared
    for words in ("work email", "zzouch", "go easy"):
        assert words not in page
    assert "work email 10" in html.unescape(cli("report", "--include", "words").stdout)


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("**Missing a day is fine.**", "**Missing a day is fine.**"),  # bold stays bold
        ("2.25 (low)", "2.25 (low)"),  # no stray backslash before a number
        ("1. first", "1\\. first"),  # not a numbered list
        ("- item", "\\- item"),
        ("---", "\\---"),  # not a rule, nor the line above made a heading
        ("# not a heading", "\\# not a heading"),
    ],
)
def test_words_in_markdown_read_as_written(written: str, kept: str) -> None:
    from selfkind.writers.export import plain_markdown

    assert plain_markdown(written) == kept
