"""Personal data (issue 9, item 8; 个人信息保护法): ID numbers and bank accounts are masked by
default in letters, receipts, the ledger and its exports, and ``profile show``; every
export is in the audit log."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from desktop_app.cli import main
from desktop_app.services.context import AppContext, open_context
from desktop_app.services.files import output_dir
from tests.textutil import docx_text, pdf_text, squash

ID = "110101199001011234"
ACCOUNT = "6222020200112233445"


def _cells(book: Path) -> list[str]:
    wb = load_workbook(book)
    return [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.value is not None]


def _issue_all(ctx: AppContext, out: Path) -> list[str]:
    from desktop_app.services.letters import render_letter, sample_data
    from desktop_app.services.receipts import issue_receipt

    letter = sample_data("payment_demand")
    letter["debtor"]["id_number"] = ID
    files = list(render_letter(ctx, "payment_demand", letter, out).files)
    files += issue_receipt(ctx, {"series": "deposit", "payer": {"name": "李四", "id_number": ID},
                                 "purpose": "押金", "amount": "100", "method": "cash",
                                 "date": "2026-03-01"}, out).files
    ctx.store.add_party(name="王五", id_number=ID, bank_account=ACCOUNT)
    return files


def test_letters_and_receipts_print_masked_ids(ctx: AppContext, tmp_path: Path) -> None:
    files = _issue_all(ctx, output_dir(tmp_path / "out"))
    for f in files:
        text = squash(pdf_text(f) if f.endswith(".pdf") else docx_text(f))
        assert ID not in text, f
        assert "1234" in text and "110" in text, f  # masked, not dropped: 110***********1234


def test_ledger_and_export_are_masked_and_exports_audited(home: Path, tmp_path: Path,
                                                          capsys) -> None:
    ctx = open_context(home)
    _issue_all(ctx, output_dir(tmp_path / "out"))
    from desktop_app.services.ledger_sync import sync_ledger

    assert sync_ledger(ctx) == []
    ledger = ctx.ledger_path
    ctx.close()
    export = tmp_path / "export.xlsx"
    assert main(["--home", str(home), "ledger", "export", "--out", str(export)]) == 0
    capsys.readouterr()
    for book in (ledger, export):
        joined = squash(" ".join(_cells(book)))
        assert ID not in joined and ACCOUNT not in joined, book
    ctx = open_context(home)
    exports = [e for e in ctx.store.audit_entries() if e["action"] == "export"]
    assert exports and str(export.name) in (exports[-1]["detail"] or "")
    ctx.close()


def test_profile_show_masks_the_bank_account(home: Path, tmp_path: Path, capsys) -> None:
    data = tmp_path / "profile.json"
    data.write_text(json.dumps({"name": "某某置业有限公司", "address": "某路1号", "phone": "123",
                                "bank": "某银行", "bank_account_name": "某某置业有限公司",
                                "bank_account": ACCOUNT}, ensure_ascii=False), encoding="utf-8")
    assert main(["--home", str(home), "profile", "set", "--data", str(data)]) == 0
    capsys.readouterr()
    assert main(["--home", str(home), "profile", "show"]) == 0
    shown = capsys.readouterr().out
    assert ACCOUNT not in shown and ACCOUNT[-4:] in shown
