"""Write the ledger workbook (台账.xlsx) from the store.

The whole workbook is regenerated, never edited in place (TECH-NOTES.md: load-append-save
costs 2 s at 10k rows and 691 MB at 100k), so it can never drift from the store, which is the
record. Rows stream from SQLite into the zip (``ledger.xlsx``) in constant memory.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desktop_app.ledger.sheets import SHEETS, LedgerSource
from desktop_app.ledger.xlsx import XlsxWriter


def write_workbook(path: Path, src: LedgerSource) -> dict[str, int]:
    """Write every ledger sheet to ``path`` (overwritten); returns data rows per sheet."""
    counts: dict[str, int] = {}
    with XlsxWriter(path, title="台账", creator="函据通 LetterDesk") as wb:
        for spec in SHEETS:
            counts[spec.title] = wb.write_sheet(spec.title, spec.columns, spec.rows(src),
                                                spec.total_label)
    return counts


def write_workbook_atomic(target: Path, src: LedgerSource) -> dict[str, int]:
    """Write to a temporary file beside ``target``, then ``os.replace`` it in one step.

    A reader (Excel, the accountant's copy on a shared folder) sees either the old or the new
    workbook, never half of one. ``OSError`` (target open in Excel, read-only, a folder in
    the way) propagates; the temporary file is removed.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".~" + target.stem + "-", suffix=".xlsx.tmp",
                               dir=target.parent)
    os.close(fd)
    try:
        # mkstemp makes the file private (0600); a ledger on a shared folder must stay readable
        mode = target.stat().st_mode & 0o777 if target.is_file() else 0o644
        os.chmod(tmp, mode)
        counts = write_workbook(Path(tmp), src)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return counts
