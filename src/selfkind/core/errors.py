"""The errors selfkind raises; the CLI's one error boundary prints them kindly."""

from __future__ import annotations

from dataclasses import dataclass

from selfkind import messages


class SelfkindError(Exception):
    """Something the person can act on: a message, optional detail lines, and an exit code."""

    exit_code = 1

    def __init__(self, message: str, *, details: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class UsageError(SelfkindError):
    """Wrong usage, or an answer that does not fit its step (exit code 2)."""

    exit_code = 2


@dataclass(frozen=True)
class Problem:
    """One mistake in a file, at a 1-based line and column."""

    line: int
    column: int
    message: str

    def located(self, path: str) -> str:
        return f"{path}:{self.line}:{self.column}: {self.message}"


class InvalidFile(SelfkindError):
    """An exercise, plan or answers file with mistakes; every mistake is listed."""

    def __init__(self, path: str, problems: list[Problem], *, exit_code: int = 1) -> None:
        super().__init__(
            messages.counted(messages.INVALID_FILE, len(problems), path=path),
            details=tuple(p.located(path) for p in problems),
        )
        self.path = path
        self.problems = problems
        self.exit_code = exit_code
