"""Void (作废), reprint (重打/副本) and the lost-receipt certificate (收款证明), DOMAIN.md §4."""

from __future__ import annotations

from pathlib import Path

from desktop_app.documents.model import Document, Paragraph, Title
from desktop_app.services.context import open_context
from desktop_app.services.issuing import issue_document
from tests.receipts.conftest import receipt_data
from tests.textutil import pdf_text, squash


def _issue(cli, out, **change):
    run = cli("receipt", "issue", "--out", str(out), data=receipt_data(**change))
    assert run.code == 0, run.err
    return run.out


def test_void_marks_record_and_renders_a_stamped_copy(cli, out, home):
    issued = _issue(cli, out)
    original = next(Path(f) for f in issued["files"] if f.endswith(".pdf"))
    before = original.read_bytes()
    run = cli("receipt", "void", "SJ-2026-00001", "--reason", "金额填写错误")
    assert run.code == 0, run.err
    assert run.out["status"] == "void" and run.out["reason"] == "金额填写错误"
    assert run.out["voided_at"] and run.out["operator"] is not None
    [stamped] = run.out["files"]
    text = squash(pdf_text(stamped))
    assert text.count("作废") >= 3 and "金额填写错误" in text and "SJ-2026-00001" in text
    assert original.read_bytes() == before  # the issued file itself is never rewritten
    ctx = open_context(home)
    try:
        doc = ctx.store.get("SJ-2026-00001")
        assert doc.status == "void" and doc.file("void_pdf").path == stamped
        assert doc.file("pdf").path == str(original)
        assert [e["action"] for e in ctx.store.audit_entries("SJ-2026-00001")] == ["issue", "void"]
    finally:
        ctx.close()


def test_void_twice_or_unknown_number_exits_2(cli, out):
    _issue(cli, out)
    assert cli("receipt", "void", "SJ-2026-00001", "--reason", "错").code == 0
    again = cli("receipt", "void", "SJ-2026-00001", "--reason", "再次")
    assert again.code == 2 and "作废" in again.err
    unknown = cli("receipt", "void", "SJ-2026-09999", "--reason", "x")
    assert unknown.code == 2 and "SJ-2026-09999" in unknown.err
    empty = cli("receipt", "void", "SJ-2026-00001", "--reason", " ")
    assert empty.code == 2


def test_void_needs_a_reason_and_changes_nothing_without_one(cli, out, home):
    _issue(cli, out)
    run = cli("receipt", "void", "SJ-2026-00001", "--reason", "  ")
    assert run.code == 2 and "reason" in run.err
    ctx = open_context(home)
    try:
        assert ctx.store.get("SJ-2026-00001").status == "issued"
    finally:
        ctx.close()


def test_void_of_a_letter_keeps_the_record_and_stamps_a_copy(cli, out, home):
    ctx = open_context(home)
    try:
        def build(number):
            return Document(kind="letter_test", title="付款通知", number=number).add(
                Title("付款通知"), Paragraph("请于十日内付款。"))

        result = issue_document(
            ctx, kind="letter_test", series_key="letter_test", default_pattern="HX-{year}-{seq:03d}",
            issued_on=__import__("datetime").date(2026, 1, 5), snapshot={}, build=build,
            out_dir=out, name_parts=lambda n: [n], formats=("pdf",), sync_ledger=False)
    finally:
        ctx.close()
    run = cli("receipt", "void", result.number, "--reason", "寄错对象")
    assert run.code == 0, run.err
    [stamped] = run.out["files"]
    text = squash(pdf_text(stamped))
    assert "作废" in text and "请于十日内付款" in text


def test_reprint_is_marked_on_every_copy_and_recorded(cli, out, home, tmp_path):
    _issue(cli, out)
    run = cli("receipt", "reprint", "SJ-2026-00001", "--out", str(tmp_path / "again"))
    assert run.code == 0, run.err
    assert run.out["number"] == "SJ-2026-00001"
    [pdf] = run.out["files"]
    text = squash(pdf_text(pdf))
    assert text.count("重打/副本") == 3 and text.count("SJ-2026-00001") == 3
    for label in ("存根联", "收据联", "记账联"):
        assert label in text
    second = cli("receipt", "reprint", "SJ-2026-00001", "--out", str(tmp_path / "again"))
    assert second.out["files"] != run.out["files"]
    ctx = open_context(home)
    try:
        doc = ctx.store.get("SJ-2026-00001")
        assert [f.role for f in doc.files].count("reprint_pdf") == 2
        assert [e["action"] for e in ctx.store.audit_entries("SJ-2026-00001")].count("reprint") == 2
        assert len(ctx.store.list_documents()) == 1  # a reprint is not a new document
    finally:
        ctx.close()


def test_reprint_of_a_void_receipt_shows_both_marks(cli, out):
    _issue(cli, out)
    cli("receipt", "void", "SJ-2026-00001", "--reason", "重复开具")
    run = cli("receipt", "reprint", "SJ-2026-00001", "--out", str(out))
    text = squash(pdf_text(run.out["files"][0]))
    assert "重打/副本" in text and "作废" in text


def test_reprint_unknown_number_exits_2(cli, out):
    assert cli("receipt", "reprint", "SJ-2026-00077", "--out", str(out)).code == 2


def test_certificate_quotes_the_original_and_is_not_a_second_original(cli, out, home):
    _issue(cli, out, series="deposit", amount="6007.14",
           purpose="示例花园3栋502室装修押金（合同编号 HT-2026-0012）")
    run = cli("receipt", "certificate", "YJ-2026-00001", "--out", str(out))
    assert run.code == 0, run.err
    assert run.out["number"] == "ZM-2026-00001"
    pdf = next(f for f in run.out["files"] if f.endswith(".pdf"))
    text = squash(pdf_text(pdf))
    for part in ("收款证明", "ZM-2026-00001", "YJ-2026-00001", "2026年1月5日", "张三",
                 "HT-2026-0012", "¥6,007.14", "人民币陆仟零柒元壹角肆分", "遗失", "不补开收据",
                 "不是收据原件"):
        assert part in text, part
    assert "押金收据" in text  # quoted as the original's title…
    assert "NO.YJ-2026-00001" not in text  # …but never printed as a receipt with its number
    ctx = open_context(home)
    try:
        cert = ctx.store.get("ZM-2026-00001")
        assert cert.kind == "receipt_certificate" and cert.parent_number == "YJ-2026-00001"
        assert ctx.store.get("YJ-2026-00001").status == "issued"
    finally:
        ctx.close()
    again = cli("receipt", "certificate", "YJ-2026-00001", "--out", str(out))
    assert again.out["number"] == "ZM-2026-00002"
    assert [w["code"] for w in again.out["warnings"]
            if w["code"] != "SAMPLE_PROFILE"] == ["CERTIFICATE_EXISTS"]


def test_certificate_refused_for_void_receipt_and_takes_no_number(cli, out):
    _issue(cli, out)
    _issue(cli, out)
    cli("receipt", "void", "SJ-2026-00001", "--reason", "作废测试")
    run = cli("receipt", "certificate", "SJ-2026-00001", "--out", str(out / "c"))
    assert run.code == 2 and "作废" in run.err
    assert not (out / "c").exists() or list((out / "c").iterdir()) == []
    ok = cli("receipt", "certificate", "SJ-2026-00002", "--out", str(out))
    assert ok.out["number"] == "ZM-2026-00001"
    not_receipt = cli("receipt", "certificate", "ZM-2026-00001", "--out", str(out))
    assert not_receipt.code == 2


def test_void_certificate_is_stamped(cli, out):
    _issue(cli, out)
    cli("receipt", "certificate", "SJ-2026-00001", "--out", str(out))
    run = cli("receipt", "void", "ZM-2026-00001", "--reason", "开错")
    assert run.code == 0
    text = squash(pdf_text(run.out["files"][0]))
    assert "收款证明" in text and "作废" in text


def test_imported_receipts_can_be_reprinted_certified_refunded_and_voided(cli, out, home):
    """Receipts imported from an old ledger carry a thinner snapshot (no title, layout…)."""
    from datetime import date
    from decimal import Decimal

    ctx = open_context(home)
    try:
        ctx.store.ensure_series("receipt_deposit", "YJ-{year}-{seq:05d}")
        ctx.store.import_document(
            kind="receipt", series_key="receipt_deposit", number="YJ-2025-00042", seq=42,
            issued_on=date(2025, 12, 1), party_name="王五", amount=Decimal("800.00"),
            data={"series": "deposit", "date": "2025-12-01",
                  "payer": {"name": "王五", "id_number": "110101199001011234"},
                  "purpose": "车位门禁卡押金", "amount": "800.00", "method": "cash",
                  "imported": True})
    finally:
        ctx.close()
    reprint = cli("receipt", "reprint", "YJ-2025-00042", "--out", str(out))
    assert reprint.code == 0, reprint.err
    text = squash(pdf_text(reprint.out["files"][0]))
    assert "押金收据" in text and "110***********1234" in text and "110101199001011234" not in text
    cert = cli("receipt", "certificate", "YJ-2025-00042", "--out", str(out))
    assert cert.code == 0, cert.err
    refund = cli("deposit", "refund", "YJ-2025-00042", "--out", str(out), data={
        "date": "2026-01-10", "refund": "800", "method": "cash"})
    assert refund.code == 0, refund.err
    assert "人民币捌佰元整" in squash(pdf_text(next(
        f for f in refund.out["files"] if f.endswith(".pdf"))))
    assert cli("receipt", "void", cert.out["number"], "--reason", "补录错误").code == 0
