"""What a sync did, in a few plain lines on standard error."""

from __future__ import annotations

from typing import TYPE_CHECKING

from selfkind import messages

if TYPE_CHECKING:
    from selfkind.services.sync import SyncResult


def show_sync(result: SyncResult) -> None:
    from selfkind.ui import render
    from selfkind.ui.console import message

    merged = result.merged
    lines = [
        messages.counted(messages.SYNC_WROTE, result.written)
        if result.written
        else messages.SYNC_NOTHING_TO_WRITE,
        messages.counted(
            messages.SYNC_READ,
            result.files_read,
            added=len(merged.added),
            replaced=len(merged.replaced),
            deleted=len(merged.deleted),
        )
        if result.files_read
        else messages.SYNC_NOTHING_READ_PASSED
        if result.passed_over
        else messages.SYNC_NOTHING_TO_READ,
    ]
    if merged.kept or merged.replaced:
        lines.append(messages.counted(messages.SYNC_KEPT_LATER, merged.kept + len(merged.replaced)))
    for key, value in result.settings.items():
        lines.append(messages.SYNC_SETTING_TAKEN.format(key=key, value=value or "none"))
    lines += result.passed_over
    if result.readable_warning:
        lines.append(messages.SYNC_READABLE)
    console = render.err()
    for line in lines:
        console.print(message(line))


def show_quick_sync(result: SyncResult | None, problem: str | None) -> None:
    """After a save: nothing when all went well; what was passed over or left, or why it
    could not sync, in quiet lines."""
    from selfkind.ui import render
    from selfkind.ui.console import message

    lines = [problem] if problem else []
    if result is not None:
        lines += result.passed_over
        if result.left_for_later:
            lines.append(messages.SYNC_LEFT_FOR_LATER)
    for line in lines:
        render.err().print(message(line, style="dim"))
