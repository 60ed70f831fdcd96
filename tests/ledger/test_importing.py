"""Import parties and pre-LetterDesk receipts from Excel: bad rows reported and skipped."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app.domain.errors import ValidationError
from desktop_app.services import receipts
from desktop_app.services.importing import import_parties, import_receipts
from tests.ledger.conftest import receipt_data, sheet_dicts


def workbook(path: Path, rows: list[list[object]], title_rows: int = 0) -> Path:
    wb = Workbook()
    ws = wb.active
    for _ in range(title_rows):
        ws.append(["往来单位清单"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_import_parties_with_header_variants_and_bad_rows(ctx, tmp_path):
    path = workbook(tmp_path / "parties.xlsx", [
        ["单位名称", "类型", "身份证号", "联系地址", "手机", "备注"],
        ["张三", "债务人", "110101199001011234", "某市某路1号", 13800000000, None],
        ["示例公司", "公司", "91110000MA01ABCD2X", "某市某路2号", "010-12345678", "老客户"],
        [None, "客户", None, "无名", None, None],
        ["李四", "外星人", None, None, None, None],
        ["王五", "员工", 110101199001011234.0, None, None, None],
        ["张三", "债务人", "110101199001011234", "重复", None, None],
    ], title_rows=1)
    report = import_parties(ctx, path)
    assert report["imported"] == 2
    assert [(r["row"], r["column"]) for r in report["rejected"]] == [
        (5, "单位名称"), (6, "类型"), (7, "身份证号"), (8, "单位名称")]
    assert "Excel" in report["rejected"][2]["reason"]
    parties = {p["name"]: p for p in ctx.store.list_parties()}
    assert parties["张三"]["type"] == "debtor"
    assert parties["张三"]["phone"] == "13800000000"
    assert parties["示例公司"]["type"] == "company"
    assert parties["示例公司"]["id_number"] == "91110000MA01ABCD2X"


def test_import_receipts_numbering_continues_after_the_highest(ctx, tmp_path, out):
    path = workbook(tmp_path / "old.xlsx", [
        ["收据编号", "日期", "交款单位", "事由", "金额（元）", "方式", "状态", "作废原因"],
        ["SJ-2026-00007", datetime(2026, 1, 3), "甲公司", "房款", 1409.5, "转账", None, None],
        ["SJ-2026-00012", "2026-01-09", "乙公司", "房款", "2,000.00", "现金", "作废", "写错"],
        ["YJ-2026-00003", "2026/1/10", "丙", "押金", "500", "现金", "正常", None],
        ["SJ-2026-00013", "2026-01-11", "丁", "房款", "-5", "现金", None, None],
        ["SJ-2026-00014", "2026-02-30", "戊", "房款", "5", "现金", None, None],
        ["SJ-2025-00015", "2026-01-12", "己", "房款", "5", "现金", None, None],
        ["SJ-2026-00016", "2026-01-12", None, "房款", "5", "现金", None, None],
        ["AB123", "2026-01-12", "庚", "房款", "5", "现金", None, None],
        ["SJ-2026-00007", "2026-01-12", "辛", "房款", "5", "现金", None, None],
        ["SJ-2026-00017", "2026-01-12", "壬", "房款", "1.005", "现金", None, None],
    ])
    report = import_receipts(ctx, path)
    assert report["imported"] == 3
    rejected = [(r["row"], r["column"]) for r in report["rejected"]]
    assert rejected == [(5, "金额（元）"), (6, "日期"), (7, "日期"), (8, "交款单位"),
                        (9, "收据编号"), (10, "收据编号"), (11, "金额（元）")]
    assert all(r["reason"] for r in report["rejected"])
    voided = ctx.store.get("SJ-2026-00012")
    assert voided.is_void and voided.void_reason == "写错" and voided.imported
    assert str(ctx.store.get("SJ-2026-00007").amount) == "1409.50"
    # numbering continues after the highest imported number, per series
    general = receipts.issue_receipt(ctx, receipt_data(series="general", date="2026-02-01"), out)
    deposit = receipts.issue_receipt(ctx, receipt_data(series="deposit", date="2026-02-01"), out)
    assert general.number == "SJ-2026-00013"
    assert deposit.number == "YJ-2026-00004"
    rows = {r["编号"]: r for r in sheet_dicts(ctx.ledger_path, "收据")}
    assert rows["SJ-2026-00012"]["状态"] == "作废"


def test_receipt_series_from_a_type_column(ctx, tmp_path):
    path = workbook(tmp_path / "typed.xlsx", [
        ["编号", "类型", "日期", "交款人", "事由", "金额"],
        ["YJ-2026-00009", "押金收据", "2026-01-03", "甲", "押金", "10"],
    ])
    assert import_receipts(ctx, path)["imported"] == 1
    assert ctx.store.get("YJ-2026-00009").series_key == "receipt_deposit"


def test_receipt_series_from_a_category_column(ctx, tmp_path):
    path = workbook(tmp_path / "category.xlsx", [
        ["收据编号", "类别", "日期", "交款人", "事由", "金额"],
        ["YJ-2026-00012", "押金收据", "2026-01-03", "甲", "押金", "10"],
        ["YJ-2026-00013", "定金", "2026-01-04", "乙", "押金", "10"],
    ])
    report = import_receipts(ctx, path)
    assert report["imported"] == 1
    # the 类别 column is read: its unknown value is reported against it
    assert [(r["row"], r["column"]) for r in report["rejected"]] == [(3, "类别")]


def test_unreadable_file_is_a_validation_error(ctx, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip file")
    with pytest.raises(ValidationError) as err:
        import_parties(ctx, bad)
    assert err.value.field == "file"
    with pytest.raises(ValidationError):
        import_receipts(ctx, tmp_path / "missing.xlsx")
    no_header = workbook(tmp_path / "nohdr.xlsx", [["a", "b"], [1, 2]])
    with pytest.raises(ValidationError) as err:
        import_receipts(ctx, no_header)
    assert "表头" in err.value.message


def test_import_cli_exit_3_when_rows_rejected(home, tmp_path, capsys):
    import json

    from desktop_app.cli import main

    path = workbook(tmp_path / "p.xlsx", [["名称", "类型"], ["甲", "客户"], ["乙", "火星"]])
    assert main(["--home", str(home), "import", "parties", str(path)]) == 3
    report = json.loads(capsys.readouterr().out)
    assert report["imported"] == 1 and report["rejected"][0]["row"] == 3


def test_formula_without_a_computed_value_is_reported_not_read_as_empty(ctx, tmp_path):
    path = workbook(tmp_path / "formula.xlsx", [
        ["编号", "类型", "日期", "交款人", "事由", "金额"],
        ["YJ-2026-00021", "押金收据", "2026-01-03", "甲", "押金", "=5*2"],
        ["YJ-2026-00022", "押金收据", "2026-01-03", "乙", "押金", "10"],
    ])
    report = import_receipts(ctx, path)
    assert report["imported"] == 1
    [rejected] = report["rejected"]
    assert (rejected["row"], rejected["column"]) == (2, "金额")
    assert "公式" in rejected["reason"] and "=5*2" in rejected["reason"]
