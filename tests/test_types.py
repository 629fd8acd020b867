"""The type checker passes: mypy checks src/selfkind with the settings in pyproject.toml
([tool.mypy]), so a wrong type fails the tests like a wrong answer does."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow  # 5 to 10 s with a cold cache (as in CI), under a second warm
def test_mypy_finds_no_type_errors() -> None:
    from mypy import api

    stdout, stderr, status = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),  # kept between runs (and ignored by git)
            "--no-color-output",
            str(ROOT / "src" / "selfkind"),
        ]
    )
    assert status == 0, f"mypy found type errors:\n{stdout}{stderr}"
