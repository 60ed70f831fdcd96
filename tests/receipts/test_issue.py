"""Issuing receipts through the CLI: numbering, bad input, layouts, warnings (DOMAIN.md §4)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.services import receipts
from desktop_app.services.context import open_context
from tests.receipts.conftest import receipt_data
from tests.textutil import pdf_text, squash

MM = 72 / 25.4


def pdf_of(files: list[str]) -> Path:
    return Path(next(f for f in files if f.endswith(".pdf")))


def page_sizes_mm(path: Path) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width) / MM, 1), round(float(p.mediabox.height) / MM, 1))
            for p in PdfReader(str(path)).pages]


def test_numbers_continue_across_failed_issue_and_void(cli, out, home):
    first = cli("receipt", "issue", "--out", str(out), data=receipt_data())
    assert first.code == 0, first.err
    assert first.out["number"] == "SJ-2026-00001"

    failed = cli("receipt", "issue", "--out", str(out), data=receipt_data(amount="0"))
    assert failed.code == 2
    assert failed.out is None
    assert failed.err.count("\n") == 1 and "amount" in failed.err

    second = cli("receipt", "issue", "--out", str(out), data=receipt_data())
    assert second.out["number"] == "SJ-2026-00002"  # the failed issue consumed nothing

    assert cli("receipt", "void", "SJ-2026-00001", "--reason", "金额写错").code == 0
    third = cli("receipt", "issue", "--out", str(out), data=receipt_data())
    assert third.out["number"] == "SJ-2026-00003"  # a void keeps its number

    deposit = cli("receipt", "issue", "--out", str(out), data=receipt_data(series="deposit"))
    assert deposit.out["number"] == "YJ-2026-00001"  # its own series

    ctx = open_context(home)
    try:
        docs = ctx.store.list_documents(kinds=["receipt"])
        assert [(d.number, d.status) for d in docs] == [
            ("SJ-2026-00001", "void"), ("SJ-2026-00002", "issued"), ("SJ-2026-00003", "issued"),
            ("YJ-2026-00001", "issued")]
        assert docs[0].void_reason == "金额写错" and docs[0].voided_at and docs[0].void_operator
        assert docs[1].amount == Decimal("1409.50")
    finally:
        ctx.close()


def test_series_pattern_is_configurable(cli, out):
    assert cli("series", "set", "receipt_general", "SK{year}{seq:04d}").code == 0
    run = cli("receipt", "issue", "--out", str(out), data=receipt_data())
    assert run.out["number"] == "SK20260001"


BAD_INPUTS = [
    ({"amount": "0"}, "amount"),
    ({"amount": "-5"}, "amount"),
    ({"amount": "abc"}, "amount"),
    ({"amount": "1.234"}, "amount"),
    ({"amount": None}, "amount"),
    ({"series": "bonus"}, "series"),
    ({"series": None}, "series"),
    ({"method": "bitcoin"}, "method"),
    ({"layout": "a5"}, "layout"),
    ({"payer": None}, "payer.name"),
    ({"payer": {"name": "  ", "type": "person"}}, "payer.name"),
    ({"payer": {"name": "张三", "type": "robot"}}, "payer.type"),
    ({"purpose": ""}, "purpose"),
    ({"purpose": None}, "purpose"),
    ({"date": "2026-02-30"}, "date"),
]


@pytest.mark.parametrize(("change", "field"), BAD_INPUTS)
def test_bad_input_exits_2_naming_the_field_and_takes_no_number(cli, out, home, change, field):
    run = cli("receipt", "issue", "--out", str(out), data=receipt_data(**change))
    assert run.code == 2
    assert run.err.startswith("letterdesk: error: " + field + ":"), run.err
    assert list(out.iterdir()) == []
    ok = cli("receipt", "issue", "--out", str(out), data=receipt_data())
    assert ok.out["number"] == "SJ-2026-00001"


def test_json_numbers_arrive_as_text_and_are_accepted(cli, out, tmp_path, home):
    path = tmp_path / "raw.json"
    raw = json.dumps(receipt_data())[:-1] + ', "amount": 100}'
    path.write_text(raw.replace('"amount": "1409.50", ', ""), encoding="utf-8")
    from desktop_app.cli import main

    assert main(["--home", str(home), "receipt", "issue", "--data", str(path), "--out", str(out)]) == 0
    text = squash(pdf_text(next(out.glob("*.pdf"))))
    assert "¥100.00" in text and "人民币壹佰元整" in text


@pytest.mark.parametrize(
    ("layout", "pages", "size"),
    [("a4_three_part", 1, (210.0, 297.0)), ("a4_third", 3, (210.0, 99.0)),
     ("continuous_241x93", 3, (241.0, 93.1))],
)
def test_every_layout_shows_number_words_and_copy_labels(cli, out, layout, pages, size):
    run = cli("receipt", "issue", "--out", str(out),
              data=receipt_data(layout=layout, amount="16409.02"))
    assert run.code == 0, run.err
    pdf = pdf_of(run.out["files"])
    assert page_sizes_mm(pdf) == [size] * pages
    text = squash(pdf_text(pdf))
    assert text.count("SJ-2026-00001") == 3  # once on every copy
    assert text.count("人民币壹万陆仟肆佰零玖元零贰分") == 3
    assert text.count("¥16,409.02") == 3
    for label in ("存根联", "收据联", "记账联"):
        assert text.count(label) == 1
    for part in ("收据", "交款单位/人", "张三", "收款事由", "WY-2026-0012", "转账", "20260105123456",
                 "示例置业有限公司", "收款人", "经手人", "会计", "2026年1月5日"):
        assert part in text, part
    raw = pdf.read_bytes()
    assert b"Helvetica" not in raw  # every font embedded (initial font set)
    assert b"FontFile2" in raw


def test_overlay_prints_only_the_values(cli, out):
    run = cli("receipt", "issue", "--out", str(out), data=receipt_data(layout="overlay"))
    assert run.code == 0, run.err
    assert [Path(f).suffix for f in run.out["files"]] == [".pdf"]  # no DOCX for 套打
    pdf = pdf_of(run.out["files"])
    assert page_sizes_mm(pdf) == [(241.0, 93.1)]
    text = squash(pdf_text(pdf))
    assert "SJ-2026-00001" in text and "人民币壹仟肆佰零玖元伍角整" in text and "¥1,409.50" in text
    # the form is pre-printed: no labels, titles or copy names from us
    for printed in ("交款单位", "收款事由", "存根联", "收据联", "收款人"):
        assert printed not in text


def _x_of(pdf: Path, needle: str) -> float:
    found: list[float] = []

    def visit(text, cm, tm, font, size):  # noqa: ANN001 - pypdf visitor signature
        if needle in text:
            found.append(tm[4] * cm[0] + cm[4])

    PdfReader(str(pdf)).pages[0].extract_text(visitor_text=visit)
    assert found, needle
    return found[0]


def test_overlay_offset_moves_every_field(cli, out, home, tmp_path):
    first = pdf_of(cli("receipt", "issue", "--out", str(out),
                       data=receipt_data(layout="overlay")).out["files"])
    ctx = open_context(home)
    try:
        assert receipts.set_overlay_offset(ctx, "5", "-2.5") == {"x": "5.0", "y": "-2.5"}
        calib = receipts.calibration_page(ctx, tmp_path / "calib")
    finally:
        ctx.close()
    second = pdf_of(cli("receipt", "issue", "--out", str(out),
                        data=receipt_data(layout="overlay")).out["files"])
    assert _x_of(second, "SJ-2026-00002") - _x_of(first, "SJ-2026-00001") == pytest.approx(5 * MM, abs=0.05)
    text = squash(pdf_text(calib))
    assert "套打校准页" in text and "X=+5.0mm" in text and "Y=-2.5mm" in text and "编号" in text


def test_offset_out_of_range_is_refused(ctx):
    with pytest.raises(Exception) as info:
        receipts.set_overlay_offset(ctx, "31", "0")
    assert getattr(info.value, "field", "") == "overlay_offset_mm.x"


def test_docx_copy_has_the_same_text(cli, out):
    from tests.textutil import docx_text

    run = cli("receipt", "issue", "--out", str(out), data=receipt_data())
    docx = next(f for f in run.out["files"] if f.endswith(".docx"))
    text = squash(docx_text(docx))
    assert "SJ-2026-00001" in text and "人民币壹仟肆佰零玖元伍角整" in text and "存根联" in text


def test_copies_and_signers_come_from_settings(cli, out, home):
    ctx = open_context(home)
    try:
        ctx.store.set_setting("receipt_copies", ["收据联", "存根联", "记账联", "交款人联"])
        ctx.store.set_setting("receipt_signers", ["收款人", "总经理"])
    finally:
        ctx.close()
    run = cli("receipt", "issue", "--out", str(out), data=receipt_data())
    pdf = pdf_of(run.out["files"])
    assert len(PdfReader(str(pdf)).pages) == 2  # four copies: a second A4 sheet
    text = squash(pdf_text(pdf))
    assert text.index("收据联") < text.index("存根联") < text.index("记账联") < text.index("交款人联")
    assert text.count("总经理") == 4 and "会计" not in text
    assert text.count("SJ-2026-00001") == 4


def test_bad_copies_setting_names_the_setting(cli, out, home):
    ctx = open_context(home)
    try:
        ctx.store.set_setting("receipt_copies", [])
    finally:
        ctx.close()
    run = cli("receipt", "issue", "--out", str(out), data=receipt_data())
    assert run.code == 2 and "receipt_copies" in run.err


def test_employee_payer_warns_and_still_issues(cli, out):
    run = cli("receipt", "issue", "--out", str(out), data=receipt_data(
        series="deposit", payer={"name": "李四", "type": "employee"}, purpose="奖金保证金"))
    assert run.code == 0
    assert run.out["number"] == "YJ-2026-00001"
    [warning] = [w for w in run.out["warnings"] if w["code"] == "EMPLOYEE_DEPOSIT"]
    assert "劳动合同法" in warning["message"] and "第九条" in warning["message"]
    assert "第八十四条" in warning["message"] and "500" in warning["message"]
    assert "2,000" in warning["message"]
    assert "warning: EMPLOYEE_DEPOSIT" in run.err


def test_no_warning_for_other_payers(cli, out):
    run = cli("receipt", "issue", "--out", str(out), data=receipt_data())
    assert not [w for w in run.out["warnings"] if w["code"] == "EMPLOYEE_DEPOSIT"]


def test_id_number_is_masked_on_the_receipt_and_in_the_record(cli, out, home):
    run = cli("receipt", "issue", "--out", str(out), data=receipt_data())
    text = squash(pdf_text(pdf_of(run.out["files"])))
    assert "110***********1234" in text
    assert "110101199001011234" not in text
    ctx = open_context(home)
    try:
        data = ctx.store.get(run.out["number"]).data
    finally:
        ctx.close()
    assert "110101199001011234" not in json.dumps(data)


def test_deposit_gets_refund_conditions_by_default(cli, out):
    run = cli("receipt", "issue", "--out", str(out), data=receipt_data(series="deposit"))
    text = squash(pdf_text(pdf_of(run.out["files"])))
    assert text.count("押金收据") >= 3 and "无息退还" in text


def test_long_text_wraps_inside_its_box(cli, out):
    purpose = "示例花园" + "、".join(f"{i}栋{i}单元{i:02d}0{i}室" for i in range(1, 13)) + "装修押金"
    name = "某某省某某市示例房地产开发集团有限公司第二物业服务分公司"
    run = cli("receipt", "issue", "--out", str(out), data=receipt_data(
        layout="a4_third", purpose=purpose, payer={"name": name, "type": "company"},
        remarks="押金退还条件：" + "装修完成后经物业验收合格，无损坏公共设施、无拖欠费用。" * 3))
    assert run.code == 0, run.err
    text = squash(pdf_text(pdf_of(run.out["files"])))
    assert text.count(squash(purpose)) == 3  # nothing cut
    assert text.count(name) == 3


def test_text_that_cannot_fit_is_refused_before_numbering(cli, out):
    run = cli("receipt", "issue", "--out", str(out), data=receipt_data(
        layout="continuous_241x93", purpose="很长的收款事由" * 42,
        remarks="很长的备注内容" * 55))
    assert run.code == 2
    assert run.err.split(":")[2].strip() in ("purpose", "remarks"), run.err
    assert list(out.iterdir()) == []
    ok = cli("receipt", "issue", "--out", str(out), data=receipt_data())
    assert ok.out["number"] == "SJ-2026-00001"


def test_over_long_fields_are_refused(cli, out):
    run = cli("receipt", "issue", "--out", str(out), data=receipt_data(purpose="字" * 301))
    assert run.code == 2 and "purpose" in run.err
