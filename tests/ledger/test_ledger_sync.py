"""The Excel ledger mirror (ARCHITECTURE.md "Excel ledger"; issue 6 items 1–3)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.domain.errors import ValidationError
from desktop_app.services import deposits, receipts
from desktop_app.services.ledger_sync import (
    LEDGER_LOCKED,
    export_ledger,
    ledger_status,
    sync_ledger,
)
from tests.ledger.conftest import receipt_data, sheet_dicts, sheet_rows

HOSTILE = ["=1+1", "+SUM(A1)", "-2", "@x", '=HYPERLINK("http://evil.example","点我")']


def test_issuing_a_receipt_writes_the_ledger_with_all_sheets(ctx, out):
    number = receipts.issue_receipt(ctx, receipt_data(), out).number
    wb = load_workbook(ctx.ledger_path)
    assert wb.sheetnames == ["函件", "收据", "押金", "违约金", "送达"]
    row = sheet_dicts(ctx.ledger_path, "收据")[0]
    assert row["编号"] == number
    assert row["类型"] == "押金收据"
    assert row["日期"] == datetime(2026, 1, 5)
    assert row["金额"] == 2000
    assert row["方式"] == "现金"
    assert row["状态"] == "正常"


def test_sheet_layout_header_bold_frozen_filter_formats(ctx, out):
    receipts.issue_receipt(ctx, receipt_data(amount="1409.50"), out)
    ws = load_workbook(ctx.ledger_path)["收据"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:N2"
    assert ws["A1"].font.b
    assert ws["C2"].number_format == "yyyy-mm-dd"
    assert ws["G2"].number_format == "#,##0.00"
    assert ws["G2"].value == Decimal("1409.50")
    assert ws.column_dimensions["F"].width > 20


def test_voided_receipt_is_marked_and_left_out_of_totals(ctx, out):
    kept = receipts.issue_receipt(ctx, receipt_data(amount="300.00"), out).number
    voided = receipts.issue_receipt(ctx, receipt_data(amount="700.00"), out).number
    receipts.void_document(ctx, voided, "金额填错")
    rows = {r["编号"]: r for r in sheet_dicts(ctx.ledger_path, "收据")}
    assert rows[kept]["状态"] == "正常"
    assert rows[voided]["状态"] == "作废"
    assert rows[voided]["作废原因"] == "金额填错"
    assert rows[voided]["作废时间"] and rows[voided]["作废人"]
    total = sheet_rows(ctx.ledger_path, "收据")[-1]
    assert str(total[0]).startswith("合计")
    assert total[6] == 300


def test_deposit_balance_after_refund_and_deduction(ctx, out):
    number = receipts.issue_receipt(ctx, receipt_data(amount="2000.00"), out).number
    deposits.refund_deposit(ctx, number, {"date": "2026-02-01", "refund": "500.00",
                                          "deductions": [{"reason": "损坏", "amount": "100.00"}],
                                          "method": "cash"}, out)
    row = sheet_dicts(ctx.ledger_path, "押金")[0]
    assert (row["收据编号"], row["押金金额"], row["已扣除"], row["已退还"], row["余额"]) == (
        number, 2000, 100, 500, 1400)
    assert row["状态"] == "部分扣退"
    deposits.refund_deposit(ctx, number, {"date": "2026-03-01", "refund": "1400.00",
                                          "method": "cash"}, out)
    row = sheet_dicts(ctx.ledger_path, "押金")[0]
    assert (row["余额"], row["状态"]) == (0, "已结清")


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_strings_stay_literal_text(ctx, out, text):
    receipts.issue_receipt(ctx, receipt_data(payer={"name": text, "type": "person"},
                                             purpose=text), out)
    ws = load_workbook(ctx.ledger_path)["收据"]
    assert ws["D2"].value == text and ws["D2"].data_type == "s"
    assert ws["F2"].value == text and ws["F2"].data_type == "s"
    # and in the XML: an inline string, no <f> element anywhere in the sheet
    import zipfile

    with zipfile.ZipFile(ctx.ledger_path) as z:
        xml = z.read("xl/worksheets/sheet2.xml").decode()
    assert "<f>" not in xml


def test_control_characters_are_replaced_not_fatal(ctx, out):
    ctx.store.ensure_series("receipt_general", "SJ-{year}-{seq:05d}")
    from datetime import date

    ctx.store.import_document(kind="receipt", series_key="receipt_general",
                              number="SJ-2026-00001", seq=1, issued_on=date(2026, 1, 5),
                              data={"series": "general", "purpose": "房款\x07\x1b结清"},
                              party_name="王\x00五", amount=Decimal("10.00"))
    assert sync_ledger(ctx) == []
    row = sheet_dicts(ctx.ledger_path, "收据")[0]
    assert row["交款人"] == "王\ufffd五"
    assert row["事由"] == "房款\ufffd\ufffd结清"


def test_id_numbers_are_masked_unless_turned_off(ctx, out):
    ctx.store.ensure_series("receipt_general", "SJ-{year}-{seq:05d}")
    from datetime import date

    ctx.store.import_document(kind="receipt", series_key="receipt_general",
                              number="SJ-2026-00001", seq=1, issued_on=date(2026, 1, 5),
                              data={"series": "general",
                                    "payer": {"name": "李四", "id_number": "110101199001011234"}},
                              party_name="李四", amount=Decimal("10.00"))
    sync_ledger(ctx)
    assert sheet_dicts(ctx.ledger_path, "收据")[0]["证件号码"] == "110***********1234"
    ctx.store.set_setting("mask_personal_data", False)
    sync_ledger(ctx)
    assert sheet_dicts(ctx.ledger_path, "收据")[0]["证件号码"] == "110101199001011234"


def test_locked_ledger_warns_keeps_pending_and_next_sync_writes_it(ctx, out):
    # a folder where the workbook should be: os.replace fails like a file open in Excel
    ctx.ledger_path.mkdir(parents=True)
    result = receipts.issue_receipt(ctx, receipt_data(), out)
    assert result.number == "YJ-2026-00001"  # issuing still succeeded
    codes = [w["code"] for w in result.warnings]
    assert LEDGER_LOCKED in codes
    assert "稍后将自动重写" in next(w["message"] for w in result.warnings
                                  if w["code"] == LEDGER_LOCKED)
    assert ledger_status(ctx)["pending"] is True
    assert ctx.store.get(result.number).number == result.number  # recorded in the store
    assert not [p for p in ctx.ledger_path.parent.iterdir() if p.name.startswith(".~")]
    ctx.ledger_path.rmdir()  # "Excel closed"
    assert sync_ledger(ctx) == []
    status = ledger_status(ctx)
    assert status["pending"] is False and status["synced_at"]
    assert sheet_dicts(ctx.ledger_path, "收据")[0]["编号"] == result.number


def test_ledger_in_a_read_only_folder_is_a_warning(ctx, out, tmp_path):
    # the data home's parent made unwritable; root ignores permissions, so use a file as parent
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    ctx.store.set_setting("ledger_path", str(blocker / "台账.xlsx"))
    warnings = sync_ledger(ctx)
    assert [w["code"] for w in warnings] == [LEDGER_LOCKED]
    assert ledger_status(ctx)["pending"] is True


def test_ledger_path_setting_is_honoured(ctx, out, tmp_path):
    shared = tmp_path / "shared" / "财务台账.xlsx"
    ctx.store.set_setting("ledger_path", str(shared))
    receipts.issue_receipt(ctx, receipt_data(), out)
    assert shared.is_file()
    assert oct(shared.stat().st_mode & 0o777) == "0o644"


def test_export_filters_by_date_kind_and_status_and_is_audited(ctx, out, tmp_path):
    a = receipts.issue_receipt(ctx, receipt_data(date="2026-01-05"), out).number
    b = receipts.issue_receipt(ctx, receipt_data(date="2026-02-05"), out).number
    c = receipts.issue_receipt(ctx, receipt_data(date="2026-03-05"), out).number
    receipts.void_document(ctx, c, "重复")
    target = tmp_path / "exp" / "导出.xlsx"
    result = export_ledger(ctx, target, date_from="2026-02-01", date_to="2026年3月31日",
                           kind="receipt", status=None)
    assert result["file"] == str(target.resolve())
    assert result["rows"]["收据"] == 2
    assert [r["编号"] for r in sheet_dicts(target, "收据")] == [b, c]
    only_void = export_ledger(ctx, target, status="void")
    assert only_void["rows"]["收据"] == 1
    assert [r["编号"] for r in sheet_dicts(target, "收据")] == [c]
    assert a not in [r["编号"] for r in sheet_dicts(target, "收据")]
    assert [e for e in ctx.store.audit_entries() if e["action"] == "export"]


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"date_from": "2026-13-01"}, "--from"),
    ({"date_to": "yesterday"}, "--to"),
    ({"date_from": "2026-03-01", "date_to": "2026-02-01"}, "--to"),
    ({"status": "deleted"}, "--status"),
])
def test_export_bad_filters_name_the_option(ctx, tmp_path, kwargs, field):
    with pytest.raises(ValidationError) as err:
        export_ledger(ctx, tmp_path / "x.xlsx", **kwargs)
    assert err.value.field == field
    assert not (tmp_path / "x.xlsx").exists()


def test_export_to_a_folder_is_refused(ctx, tmp_path):
    folder = tmp_path / "dir.xlsx"
    folder.mkdir()
    with pytest.raises(ValidationError) as err:
        export_ledger(ctx, folder)
    assert err.value.field == "--out"


def test_ledger_rows_round_trip_many_documents(ctx):
    from datetime import date

    ctx.store.ensure_series("receipt_general", "SJ-{year}-{seq:05d}")
    for i in range(1, 51):
        ctx.store.import_document(kind="receipt", series_key="receipt_general",
                                  number=f"SJ-2026-{i:05d}", seq=i, issued_on=date(2026, 1, 1 + i % 28),
                                  data={"series": "general", "purpose": f"第{i}笔"},
                                  party_name=f"单位{i}", amount=Decimal(f"{i}.25"))
    sync_ledger(ctx)
    rows = sheet_dicts(ctx.ledger_path, "收据")
    assert len(rows) == 50
    assert sum(Decimal(str(r["金额"])) for r in rows) == sum(Decimal(f"{i}.25") for i in range(1, 51))
    assert sheet_rows(ctx.ledger_path, "收据")[-1][6] == float(sum(
        Decimal(f"{i}.25") for i in range(1, 51)))


def test_sync_cli_reports_ledger_path(home: Path, capsys):
    from desktop_app.cli import main

    assert main(["--home", str(home), "ledger", "sync"]) == 0
    assert (home / "台账.xlsx").is_file()
