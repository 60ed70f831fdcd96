"""``letterdesk doctor``: integrity, files vs SHA-256, numbering gaps, ledger, resources, and
``--repair`` re-rendering from the data snapshots (issue 9, item 7)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services import doctor
from desktop_app.services.context import AppContext
from desktop_app.services.files import output_dir
from desktop_app.store.db import sha256_file
from tests.textutil import docx_text, pdf_text, squash

from .conftest import issue_plain


def _receipt(ctx: AppContext, out: Path, name: str = "李四", series: str = "general"):
    from desktop_app.services.receipts import issue_receipt

    return issue_receipt(ctx, {"series": series, "payer": {"name": name}, "purpose": "购房定金",
                               "amount": "1409.50", "method": "cash", "date": "2026-03-01"},
                         output_dir(out))


def _letter(ctx: AppContext, out: Path):
    from desktop_app.services.letters import render_letter, sample_data

    return render_letter(ctx, "payment_demand", sample_data("payment_demand"), output_dir(out))


def test_a_healthy_home_passes(ctx: AppContext, tmp_path: Path) -> None:
    for _ in range(3):
        issue_plain(ctx, tmp_path / "out")
    from desktop_app.services.ledger_sync import sync_ledger

    assert sync_ledger(ctx) == []
    ok, report = doctor.run_doctor(ctx)
    assert ok, report["summary"]
    assert report["checks"]["files"]["checked"] == 3
    assert report["summary"] == ["一切正常"]


def test_missing_and_altered_files_are_listed(ctx: AppContext, tmp_path: Path) -> None:
    a = issue_plain(ctx, tmp_path / "out")
    b = issue_plain(ctx, tmp_path / "out")
    Path(a.files[0].path).unlink()
    Path(b.files[0].path).write_text("changed by hand", encoding="utf-8")
    ok, report = doctor.run_doctor(ctx)
    files = report["checks"]["files"]
    assert not ok
    assert [m["number"] for m in files["missing"]] == [a.number]
    assert [m["number"] for m in files["altered"]] == [b.number]
    assert any(a.number in line and "缺失" in line for line in report["summary"])


def test_a_lost_record_is_an_unexplained_gap(ctx: AppContext, tmp_path: Path) -> None:
    docs = [issue_plain(ctx, tmp_path / "out") for _ in range(4)]
    # simulate a lost record (something outside LetterDesk deleted a row)
    conn = sqlite3.connect(ctx.home / "letterdesk.sqlite3")
    conn.execute("DELETE FROM document_files WHERE document_id = ?", (docs[1].id,))
    conn.execute("DELETE FROM documents WHERE id = ?", (docs[1].id,))
    conn.commit()
    conn.close()
    ok, report = doctor.run_doctor(ctx)
    assert not ok
    [series] = report["checks"]["numbering"]["unexplained"]
    assert series["series"] == "receipt_general" and series["gaps"] == ["2"]


def test_a_consumed_number_without_a_record_is_a_gap(ctx: AppContext, tmp_path: Path) -> None:
    issue_plain(ctx, tmp_path / "out")
    ctx.store.conn.execute("UPDATE series_counter SET last_seq = 3")
    ok, report = doctor.run_doctor(ctx)
    assert not ok and report["checks"]["numbering"]["unexplained"][0]["gaps"] == ["2-3"]


def test_gaps_before_imported_numbers_are_explained(ctx: AppContext, tmp_path: Path) -> None:
    ctx.store.ensure_series("receipt_general", "SJ-{year}-{seq:05d}")
    for seq in (500, 501, 503):
        ctx.store.import_document(kind="receipt", series_key="receipt_general",
                                  number=f"SJ-2026-{seq:05d}", seq=seq, issued_on=date(2026, 1, 5),
                                  data={}, party_name="王五", amount=Decimal("1.00"))
    new = issue_plain(ctx, tmp_path / "out")
    assert new.seq == 504
    ok, report = doctor.run_doctor(ctx)
    [series] = report["checks"]["numbering"]["series"]
    assert series["before_letterdesk"] == ["1-499", "502"] and series["gaps"] == []
    assert report["checks"]["numbering"]["ok"]


def test_pending_ledger_and_missing_resources_fail(ctx: AppContext, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    issue_plain(ctx, tmp_path / "out")
    ctx.store.set_setting("ledger_pending", True)
    ok, report = doctor.run_doctor(ctx)
    assert not ok and not report["checks"]["ledger"]["ok"]
    monkeypatch.setattr("desktop_app.paths.resources_root", lambda: tmp_path / "nowhere")
    ok, report = doctor.run_doctor(ctx)
    missing = {m["resource"] for m in report["checks"]["resources"]["missing"]}
    assert "fonts/LetterDeskSerifSC-Regular.ttf" in missing and "lpr.json" in missing


def test_repair_rerenders_letters_and_receipts_from_their_snapshots(ctx: AppContext,
                                                                     tmp_path: Path) -> None:
    from desktop_app.services.receipts import reprint, void_document

    out = tmp_path / "out"
    letter = _letter(ctx, out)
    kept = _receipt(ctx, out, "李四")
    voided = _receipt(ctx, out, "赵六")
    void_document(ctx, voided.number, "金额写错")
    reprint(ctx, kept.number, output_dir(out))
    recorded = {str(p) for p in out.iterdir()}
    altered = Path(letter.files[0])
    altered.write_bytes(b"%PDF-1.4 tampered")
    for path in recorded - {str(altered)}:
        Path(path).unlink()
    ok, report = doctor.run_doctor(ctx)
    assert not ok
    ok, report = doctor.run_doctor(ctx, repair=True)
    assert ok, report["summary"]
    assert report["repair"]["failed"] == []
    assert recorded <= {str(p) for p in out.iterdir()}
    # the tampered file is kept aside, never overwritten
    aside = [p for p in out.iterdir() if ".altered-" in p.name]
    assert [p.read_bytes() for p in aside] == [b"%PDF-1.4 tampered"]
    # what a reader sees: number, party and marks are back
    assert letter.number in squash(pdf_text(letter.files[0]))
    assert letter.number in squash(docx_text(letter.files[1]))
    doc = ctx.store.get(voided.number)
    void_pdf = doc.file("void_pdf")
    assert void_pdf and "作废" in pdf_text(void_pdf.path) and "金额写错" in pdf_text(void_pdf.path)
    reprinted = ctx.store.get(kept.number).file("reprint_pdf")
    assert reprinted and "重打" in pdf_text(reprinted.path)
    assert "赵六" in pdf_text(doc.file("pdf").path)
    # recorded with new hashes and an audit entry per document
    assert doc.file("pdf").sha256 == sha256_file(Path(doc.file("pdf").path))
    assert any(e["action"] == "rerender" for e in ctx.store.audit_entries(voided.number))


def test_flagged_documents_are_rerendered_and_unflagged(ctx: AppContext, tmp_path: Path) -> None:
    issued = _receipt(ctx, tmp_path / "out")
    ctx.store.flag_needs_render(issued.number)
    ok, report = doctor.run_doctor(ctx)
    assert not ok and report["checks"]["needs_render"]["numbers"] == [issued.number]
    ok, report = doctor.run_doctor(ctx, repair=True)
    assert ok and not ctx.store.get(issued.number).needs_render


def test_cli_doctor_exit_status(home: Path, tmp_path: Path, capsys) -> None:
    from desktop_app.services.context import open_context

    ctx = open_context(home)
    issued = _receipt(ctx, tmp_path / "out")
    ctx.close()
    assert main(["--home", str(home), "doctor"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    Path(issued.files[0]).unlink()
    assert main(["--home", str(home), "doctor"]) == 1
    assert json.loads(capsys.readouterr().out)["checks"]["files"]["missing"]
    assert main(["--home", str(home), "doctor", "--repair"]) == 0
    assert Path(issued.files[0]).is_file()


def test_numbers_lost_in_restore_are_explained_gaps_and_only_those(ctx: AppContext,
                                                                   tmp_path: Path) -> None:
    issue_plain(ctx, tmp_path / "out")
    ctx.store.conn.execute("UPDATE series_counter SET last_seq = 4")  # 2, 3, 4 consumed
    for seq in (2, 3):  # what services.backup.restore records for an unreadable row
        ctx.store.audit("lost_in_restore", f"SJ-2026-{seq:05d}",
                        {"series": "receipt_general", "year": 2026, "seq": seq})
    stray = tmp_path / "out" / "SJ-2026-00003_收据.pdf"
    stray.write_bytes(b"%PDF-1.4 the only trace of 00003")
    ok, report = doctor.run_doctor(ctx)
    [series] = report["checks"]["numbering"]["series"]
    assert series["lost_in_restore"] == ["2-3"] and series["gaps"] == ["4"]
    assert not report["checks"]["numbering"]["ok"]
    assert any("缺号：4" in line for line in report["summary"])
    # the file of a lost number is its trace, not an unrecorded stray
    assert report["checks"]["stray_files"]["unrecorded"] == []
    assert report["checks"]["stray_files"]["lost_in_restore"] == [str(stray)]
    ctx.store.audit("lost_in_restore", "SJ-2026-00004",
                    {"series": "receipt_general", "year": 2026, "seq": 4})
    assert doctor.check_numbering(ctx)["ok"]
