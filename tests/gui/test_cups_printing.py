"""Printing through a real CUPS queue (issue 7 §4): the GUI's printing path → cupsd → cups-pdf.

Runs where ``cupsd`` and ``printer-driver-cups-pdf`` are installed (installer/deps-debian.sh
--test). Starts the scheduler when it is not running and creates a cups-pdf queue; skips (never
fails) when the daemon or the queue cannot be set up here, and every step has a timeout. What
it checks is what a user would notice: a PDF arrives in cups-pdf's output folder with the
letter's pages, on A4.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

QUEUE = "LetterDeskPDF"
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
A4_PT = (595.3, 841.9)


def _run(args: list[str], timeout: float = 15) -> subprocess.CompletedProcess | None:
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None


def _scheduler_running() -> bool:
    proc = _run(["lpstat", "-r"], timeout=5)
    return bool(proc and proc.returncode == 0 and "not running" not in proc.stdout
                and "scheduler is running" in proc.stdout)


def _wait(predicate: Any, timeout: float, step: float = 0.25) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())


def _pdf_model() -> str | None:
    proc = _run(["lpinfo", "-m"], timeout=30)
    if proc and proc.returncode == 0:
        for line in proc.stdout.splitlines():
            name = line.split(" ", 1)[0]
            if "cups-pdf" in name.lower() and name.endswith("_opt.ppd"):
                return name
        for line in proc.stdout.splitlines():
            if "cups-pdf" in line.lower():
                return line.split(" ", 1)[0]
    return None


def output_dirs() -> list[Path]:
    """Where cups-pdf writes: the ``Out`` setting (${HOME} of the job's user) and ANONYMOUS."""
    home = pwd.getpwuid(os.getuid()).pw_dir
    user = pwd.getpwuid(os.getuid()).pw_name
    out = "/var/spool/cups-pdf/${USER}"
    anon = "/var/spool/cups-pdf/ANONYMOUS"
    if CUPS_PDF_CONF.is_file():
        for line in CUPS_PDF_CONF.read_text("utf-8", "replace").splitlines():
            parts = line.strip().split(None, 1)
            if len(parts) == 2 and parts[0] == "Out":
                out = parts[1]
            elif len(parts) == 2 and parts[0] == "AnonDirName":
                anon = parts[1]
    out = out.replace("${HOME}", home).replace("${USER}", user)
    return [Path(out), Path(anon)]


@pytest.fixture(scope="module")
def cups_queue() -> Iterator[str]:
    for tool in ("cupsd", "lpstat", "lpadmin", "lpinfo"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} not installed (apt-get install cups cups-bsd printer-driver-cups-pdf)")
    if not BACKEND.exists():
        pytest.skip("printer-driver-cups-pdf not installed")
    daemon: subprocess.Popen | None = None
    if not _scheduler_running():
        try:  # -f: stays in the foreground, so this test owns the process and can stop it
            daemon = subprocess.Popen([shutil.which("cupsd") or "cupsd", "-f"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            pytest.skip(f"cupsd cannot be started here: {exc}")
        if not _wait(_scheduler_running, 15) or daemon.poll() is not None:
            daemon.terminate()
            pytest.skip("cupsd did not come up (no permission or no sandbox support)")
    created = False
    try:
        probe = _run(["lpstat", "-p", QUEUE], timeout=10)
        if not (probe and probe.returncode == 0):
            model = _pdf_model()
            if model is None:
                pytest.skip("lpinfo lists no cups-pdf driver")
            made = _run(["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-m", model], 30)
            if not (made and made.returncode == 0):
                pytest.skip(f"cannot create the queue: {made.stderr.strip() if made else 'timeout'}")
            created = True
        _run(["cupsenable", QUEUE], timeout=10)
        _run(["cupsaccept", QUEUE], timeout=10)
        yield QUEUE
    finally:
        if created:
            _run(["lpadmin", "-x", QUEUE], timeout=15)
        if daemon is not None:
            daemon.terminate()
            try:
                daemon.wait(10)
            except subprocess.TimeoutExpired:
                daemon.kill()
                daemon.wait(5)


def _letter_pdf(ctx: Any) -> bytes:
    from desktop_app.gui.pages.letters_page import render_preview
    from desktop_app.services.letters import sample_data

    pdf, _warnings = render_preview(ctx.home, "payment_demand", sample_data("payment_demand"))
    return pdf


def test_letter_prints_through_the_cups_pdf_queue(qapp: Any, ctx: Any, profile: Any,
                                                  cups_queue: str) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinterInfo

    from desktop_app.gui.printing import print_to_printer

    if cups_queue not in QPrinterInfo.availablePrinterNames():
        pytest.skip("Qt's CUPS print plugin does not see the queue (no libcups plugin?)")
    letter = _letter_pdf(ctx)
    pages = len(PdfReader(BytesIO(letter)).pages)
    assert pages >= 1
    title = f"LetterDeskCupsTest-{uuid.uuid4().hex[:10]}"
    dirs = output_dirs()
    before = {p for d in dirs if d.is_dir() for p in d.glob("*.pdf")}

    assert print_to_printer(letter, cups_queue, doc_name=title) == pages

    def arrived() -> list[Path]:
        found = [p for d in dirs if d.is_dir() for p in d.glob("*.pdf")
                 if p not in before and title in p.name]
        # cups-pdf writes in place: wait until the file is complete (a readable PDF)
        return [p for p in found if p.stat().st_size > 0 and p.read_bytes().rstrip()
                .endswith(b"%%EOF")]

    assert _wait(lambda: bool(arrived()), 90, 0.5), (
        f"no PDF named {title} in {[str(d) for d in dirs]} within 90 s")
    out = arrived()[0]
    try:
        reader = PdfReader(out)
        assert len(reader.pages) == pages
        box = reader.pages[0].mediabox
        assert abs(float(box.width) - A4_PT[0]) < 3 and abs(float(box.height) - A4_PT[1]) < 3
    finally:
        out.unlink(missing_ok=True)
