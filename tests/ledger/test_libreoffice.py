"""LibreOffice (Debian's, as a second spreadsheet program) reads the ledger without error."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess

import pytest

from desktop_app.services import receipts
from desktop_app.services.letters import render_letter
from tests.ledger.conftest import demand_data, receipt_data

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# 44 comma, 34 quote, 76 UTF-8, 9th token: as shown (formats); -1: every sheet to its own file
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed (.ci/run installs it)")
def test_libreoffice_converts_every_ledger_sheet_to_csv(ctx, out, tmp_path):
    letter = render_letter(ctx, "payment_demand", demand_data("=HYPERLINK(\"x\")"), out).number
    kept = receipts.issue_receipt(ctx, receipt_data(purpose="+SUM(A1)", amount="1409.50"), out)
    voided = receipts.issue_receipt(ctx, receipt_data(amount="700.00"), out).number
    receipts.void_document(ctx, voided, "填错")
    converted = tmp_path / "csv"
    env = dict(os.environ, HOME=str(tmp_path))  # a private LibreOffice profile
    proc = subprocess.run(
        [str(SOFFICE), "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", CSV_FILTER, "--outdir", str(converted), str(ctx.ledger_path)],
        capture_output=True, text=True, timeout=180, env=env,
    )
    assert proc.returncode == 0, proc.stderr
    files = {p.name: p for p in converted.glob("*.csv")}
    assert len(files) == 5, (files, proc.stdout, proc.stderr)

    def rows(sheet: str) -> list[list[str]]:
        path = next(p for name, p in files.items() if sheet in name)
        return list(csv.reader(path.read_text(encoding="utf-8").splitlines()))

    letters = rows("函件")
    assert letters[1][0] == letter
    assert letters[1][3] == '=HYPERLINK("x")'  # shown as text, not evaluated
    receipts_rows = rows("收据")
    by_number = {r[0]: r for r in receipts_rows[1:]}
    assert by_number[kept.number][5] == "+SUM(A1)"
    assert by_number[kept.number][6] == "1,409.50"  # the #,##0.00 format applied
    assert by_number[kept.number][2] == "2026-01-05"
    assert by_number[voided][9] == "作废"
    assert receipts_rows[-1][6] == "1,409.50"  # totals leave the voided receipt out
