"""A report as a PDF, printed by the Chromium or Chrome already on this computer.

The page is written to a private temporary folder and printed by the browser with a profile
of its own in that folder, with every background connection switched off: nothing is sent,
and the person's own browser profile is not touched. The folder is removed afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from contextlib import suppress
from pathlib import Path

from selfkind import messages
from selfkind.core.errors import SelfkindError

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
PRINT_SECONDS = 90  # a report of a year prints in a few seconds; a stuck browser is stopped
QUIET = (  # no first-run pages, and no update checks, syncing or other connections
    "--headless",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--disable-gpu",
    "--no-pdf-header-footer",
)


def find_browser() -> str | None:
    """The first Chromium or Chrome on PATH."""
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def print_pdf(page: str) -> bytes:
    """The page (self-contained HTML) printed to PDF by a local Chromium or Chrome."""
    browser = find_browser()
    if browser is None:
        raise SelfkindError(messages.REPORT_NO_BROWSER)
    with tempfile.TemporaryDirectory(prefix="selfkind-report-") as folder:  # 0700
        html, pdf = Path(folder) / "report.html", Path(folder) / "report.pdf"
        html.write_text(page, encoding="utf-8")
        html.chmod(0o600)
        command = [browser, *QUIET, f"--user-data-dir={folder}/profile", f"--print-to-pdf={pdf}"]
        if os.geteuid() == 0:  # Chromium will not start its sandbox as root (in a container)
            command.append("--no-sandbox")
        with suppress(OSError, subprocess.TimeoutExpired):  # said below: there is no PDF
            subprocess.run(
                [*command, html.as_uri()],
                capture_output=True,
                timeout=PRINT_SECONDS,
                check=False,
                stdin=subprocess.DEVNULL,
            )
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise SelfkindError(messages.REPORT_PDF_FAILED.format(browser=browser))
        return pdf.read_bytes()
