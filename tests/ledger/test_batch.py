"""Batch runs (issue 6 item 6): template, rows validated first, rejected rows take no number."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.domain.errors import ValidationError
from desktop_app.services.batch import run_batch, terminal_progress, write_template
from tests.ledger.conftest import demand_data, sheet_dicts
from tests.textutil import pdf_text, squash


def jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)
                              for r in rows) + "\n", encoding="utf-8")
    return path


def test_jsonl_batch_with_a_bad_row_exits_3_and_bad_row_takes_no_number(ctx, tmp_path, out):
    bad = demand_data("坏行")
    bad["items"][0]["amount"] = "-5"
    source = jsonl(tmp_path / "rows.jsonl", [demand_data("甲"), bad, demand_data("乙"),
                                             "{not json", demand_data("丙")])
    calls: list[tuple[int, int]] = []
    report = run_batch(ctx, "payment_demand", source, out, progress=lambda d, t: calls.append((d, t)))
    assert report.exit_code == 3
    assert [i["number"] for i in report.issued] == [
        "〔2026〕催字第001号", "〔2026〕催字第002号", "〔2026〕催字第003号"]
    assert [i["row"] for i in report.issued] == [1, 3, 5]
    assert [(r["row"], r["field"]) for r in report.rejected] == [(2, "items[0].amount"), (4, "line")]
    assert calls[-1] == (3, 3)
    # each issued row is a real letter with its own debtor
    pdf = next(f for f in report.issued[1]["files"] if f.endswith(".pdf"))
    assert "乙" in squash(pdf_text(pdf))
    # ledger synced once at the end, with all three letters
    assert [r["编号"] for r in sheet_dicts(ctx.ledger_path, "函件")] == [
        i["number"] for i in report.issued]
    assert report.to_json()["summary"].startswith("共 5 行")


def test_all_good_rows_exit_0(ctx, tmp_path, out):
    report = run_batch(ctx, "payment_demand", jsonl(tmp_path / "r.jsonl", [demand_data()]), out)
    assert report.exit_code == 0 and not report.rejected and len(report.issued) == 1


def test_cancel_stops_between_rows_and_keeps_issued_rows(ctx, tmp_path, out):
    # letters go through the store in small chunks (one transaction each, rendered by a
    # process pool); cancel is checked before each chunk, so it stops within a few rows
    source = jsonl(tmp_path / "r.jsonl", [demand_data(str(i)) for i in range(30)])
    done: list[int] = []
    report = run_batch(ctx, "payment_demand", source, out,
                       progress=lambda d, t: done.append(d), cancel=lambda: done[-1] >= 1)
    issued = len(report.issued)
    assert report.cancelled and 1 <= issued < 30
    assert report.not_processed == 30 - issued
    assert report.exit_code == 3
    numbers = [d.number for d in ctx.store.list_documents(kinds=["payment_demand"])]
    assert numbers == [f"〔2026〕催字第{i:03d}号" for i in range(1, issued + 1)]


def test_unusable_files_are_validation_errors(ctx, tmp_path, out):
    with pytest.raises(ValidationError) as err:
        run_batch(ctx, "payment_demand", tmp_path / "missing.xlsx", out)
    assert err.value.field == "--from"
    (tmp_path / "x.txt").write_text("a")
    with pytest.raises(ValidationError):
        run_batch(ctx, "payment_demand", tmp_path / "x.txt", out)
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(ValidationError):
        run_batch(ctx, "payment_demand", tmp_path / "broken.xlsx", out)
    with pytest.raises(ValidationError) as err:
        run_batch(ctx, "no_such_kind", tmp_path / "x.txt", out)
    assert err.value.field == "kind"
    assert ctx.store.list_documents() == []


def test_template_has_headers_example_and_validation(ctx, tmp_path):
    result = write_template(ctx, "payment_demand", tmp_path / "t.xlsx")
    ws = load_workbook(result["file"])["数据"]
    headers = [c.value for c in ws[1]]
    for name in ("债务人名称*", "债务人地址", "合同名称*", "合同编号*", "签订日期*", "应付金额*",
                 "应付日期*", "已付金额", "付款日期", "日利率*", "计算截止日", "付款期限天数"):
        assert name in headers
    assert ws["A2"].value == "示例"
    assert ws.data_validations.dataValidation  # dates, money, 是/否 lists
    assert ws.freeze_panes == "B2"


def test_filled_template_issues_rows_and_skips_the_example(ctx, tmp_path, out):
    path = Path(write_template(ctx, "payment_demand", tmp_path / "t.xlsx")["file"])
    wb = load_workbook(path)
    ws = wb["数据"]
    headers = [str(c.value).rstrip("*") for c in ws[1]]
    example = {h: c.value for h, c in zip(headers, ws[2], strict=True)}
    good = dict(example, 序号=1, 债务人名称="=1+1 公司")
    bad = dict(example, 序号=2, 债务人名称="钱七", 签订日期="2025-02-30")
    for row in (good, bad):
        ws.append([row.get(h) for h in headers])
    name_cell = ws.cell(row=3, column=headers.index("债务人名称") + 1)
    name_cell.data_type = "s"  # typed as text (a leading ' in Excel)
    wb.save(path)
    report = run_batch(ctx, "payment_demand", path, out)
    assert [i["row"] for i in report.issued] == [3]
    assert [(r["row"], r["column"]) for r in report.rejected] == [(4, "签订日期")]
    assert report.exit_code == 3
    doc = ctx.store.get(report.issued[0]["number"])
    assert doc.party_name == "=1+1 公司"
    assert doc.amount is not None
    ledger = load_workbook(ctx.ledger_path)["函件"]
    assert ledger["D2"].value == "=1+1 公司" and ledger["D2"].data_type == "s"


@pytest.mark.parametrize("kind", ["mortgage_docs_request", "termination_notice",
                                  "receivable_demand", "debt_confirmation", "guarantor_demand"])
def test_template_for_every_other_kind_round_trips_its_sample(ctx, tmp_path, out, kind):
    path = Path(write_template(ctx, kind, tmp_path / f"{kind}.xlsx")["file"])
    wb = load_workbook(path)
    ws = wb["数据"]
    ws["A2"] = 1  # use the example row (the kind's sample) as a real row
    wb.save(path)
    report = run_batch(ctx, kind, path, out)
    assert report.rejected == [] and len(report.issued) == 1, report.rejected


def test_receipt_batch(ctx, tmp_path, out):
    path = Path(write_template(ctx, "receipt", tmp_path / "r.xlsx")["file"])
    wb = load_workbook(path)
    ws = wb["数据"]
    ws["A2"] = 1
    wb.save(path)
    report = run_batch(ctx, "receipt", path, out)
    assert report.exit_code == 0, report.rejected
    assert report.issued[0]["number"] == "YJ-2026-00001"


def test_terminal_progress_draws_a_bar():
    stream = io.StringIO()
    draw = terminal_progress(stream)
    for i in range(0, 11):
        draw(i, 10)
    text = stream.getvalue()
    assert "10/10 100%" in text
