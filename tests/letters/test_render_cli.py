"""``letterdesk render`` end to end: the files a user prints, the store, the error contract."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from desktop_app.services.context import open_context
from desktop_app.services.letters import sample_data
from tests.letters.conftest import files_in
from tests.textutil import docx_text, pdf_text, squash

KEY_FACTS = {
    "payment_demand": [
        "付款催告函", "〔2026〕催字第001号", "张三", "HT-2025-0088", "2025年6月18日",
        "¥300,000.00", "人民币叁拾万元整", "¥17,100.00", "人民币壹万柒仟壹佰元整",
        "¥317,100.00", "人民币叁拾壹万柒仟壹佰元整", "每日人民币90.00元", "2026年3月2日",
        "自收到本函之日起15日内", "110***********1234", "回执", "违约金计算明细",
    ],
    "mortgage_docs_request": [
        "催补按揭资料函", "〔2026〕催资字第001号", "李四", "HT-2025-0123", "2025年11月8日",
        "示例银行某某支行", "近六个月银行流水", "收入证明", "2026年3月20日前", "第七条第（三）项",
    ],
    "termination_notice": [
        "解除合同通知书", "〔2026〕解字第001号", "王五", "HT-2025-0066", "〔2025〕催字第018号",
        "2025年11月20日", "¥18,000.00", "人民币壹万捌仟元整", "¥180,000.00",
        "自收到本通知之日起30日内", "退房申请书", "第九条第（二）项",
    ],
    "receivable_demand": [
        "应收账款催收函", "〔2026〕账催字第001号", "某某贸易有限公司", "GH-2025-017",
        "25440000001", "2025-11-09", "¥120,000.00", "人民币壹拾贰万元整", "¥3,711.00",
        "2026年3月16日前", "账款确认",
    ],
    "debt_confirmation": [
        "催款通知单（债务确认）", "〔2026〕确字第001号", "赵六", "ZL-2024-031", "2026年2月28日",
        "¥25,000.00", "人民币贰万伍仟元整", "承诺于2026年3月31日前付清", "签字／盖章／捺印",
    ],
    "guarantor_demand": [
        "保证人催收通知书", "〔2026〕保字第001号", "孙七", "某某商贸有限公司", "JK-2025-009",
        "2026年1月31日", "¥304,500.00", "人民币叁拾万肆仟伍佰元整", "自收到本通知之日起10日内",
        "连带责任保证",
    ],
}


def _render(cli, write_json, tmp_path: Path, kind: str, data: dict, *extra: str):
    src = write_json(f"{kind}.json", data)
    out = tmp_path / "out"
    return (*cli("render", kind, "--data", str(src), "--out", str(out), *extra), out)


@pytest.mark.parametrize("kind", list(KEY_FACTS))
def test_key_facts_appear_in_pdf_and_docx(kind, cli, write_json, tmp_path, home) -> None:
    code, result, err, out = _render(cli, write_json, tmp_path, kind, sample_data(kind))
    assert code == 0, err
    # no warning about the letter itself (the home has no firm profile: SAMPLE_PROFILE)
    assert [w for w in result["warnings"] if w["code"] != "SAMPLE_PROFILE"] == []
    assert [w["code"] for w in result["warnings"]] == ["SAMPLE_PROFILE"]
    pdf = next(Path(f) for f in result["files"] if f.endswith(".pdf"))
    docx = next(Path(f) for f in result["files"] if f.endswith(".docx"))
    assert pdf.parent == out and docx.parent == out
    pdf_t, docx_t = squash(pdf_text(pdf)), squash(docx_text(docx))
    for fact in KEY_FACTS[kind]:
        assert squash(fact) in pdf_t, f"PDF lacks {fact}"
        assert squash(fact) in docx_t, f"DOCX lacks {fact}"
    assert "110101" not in pdf_t + docx_t  # full ID numbers never printed


def test_issue_records_number_files_snapshot_and_penalty(cli, write_json, tmp_path,
                                                         home) -> None:
    code, result, _, _ = _render(cli, write_json, tmp_path, "payment_demand",
                                 sample_data("payment_demand"))
    assert code == 0 and result["number"] == "〔2026〕催字第001号"
    assert Path(result["files"][0]).name == "〔2026〕催字第001号_张三.pdf"
    ctx = open_context(home)
    try:
        doc = ctx.store.get(result["number"])
        assert doc.kind == "payment_demand" and doc.party_name == "张三"
        assert str(doc.amount) == "300000.00" and str(doc.penalty) == "17100.00"
        assert doc.data["input"]["debtor"]["name"] == "张三"
        assert doc.data["summary"]["per_day"] == "90.00"
        assert doc.data["summary"]["until"] == "2026-03-02"
        assert {f.role for f in doc.files} == {"pdf", "docx"}
        assert all(len(f.sha256) == 64 for f in doc.files)
    finally:
        ctx.close()
    code, again, _, _ = _render(cli, write_json, tmp_path, "payment_demand",
                                sample_data("payment_demand"))
    assert again["number"] == "〔2026〕催字第002号"


@pytest.mark.parametrize(("change", "field"), [
    ({"contract": {"name": "商品房买卖合同", "number": "X", "signed_on": "2025-13-01"}},
     "contract.signed_on"),
    ({"debtor": {"address": "某地"}}, "debtor.name"),
    ({"items": [{"label": "房款", "amount": "abc", "due_date": "2025-01-01"}]},
     "items[0].amount"),
    ({"deadline_days": None}, "deadline"),
])
def test_bad_input_exits_2_naming_the_field_writes_nothing_consumes_no_number(
        change, field, cli, write_json, tmp_path, home) -> None:
    data = {**sample_data("payment_demand"), **change}
    code, result, err, out = _render(cli, write_json, tmp_path, "payment_demand", data)
    assert code == 2 and result is None
    assert len(err.strip().splitlines()) == 1 and field in err
    assert files_in(out) == []
    code, result, _, _ = _render(cli, write_json, tmp_path, "payment_demand",
                                 sample_data("payment_demand"))
    assert result["number"] == "〔2026〕催字第001号"


def test_unknown_kind_exits_2(cli, write_json, tmp_path, home) -> None:
    code, _, err, out = _render(cli, write_json, tmp_path, "love_letter", {})
    assert code == 2 and "kind" in err and files_in(out) == []


def test_preview_writes_a_draft_and_records_nothing(cli, write_json, tmp_path, home) -> None:
    code, result, err, out = _render(cli, write_json, tmp_path, "payment_demand",
                                     sample_data("payment_demand"), "--preview")
    assert code == 0, err
    assert result["number"] is None
    assert len(result["files"]) == 2 and all("草稿" in Path(f).name for f in result["files"])
    pdf = next(f for f in result["files"] if f.endswith(".pdf"))
    text = squash(pdf_text(pdf))
    assert "草稿" in text and "编号：签发时生成" in text
    ctx = open_context(home)
    try:
        assert ctx.store.list_documents() == []
    finally:
        ctx.close()
    code, issued, _, _ = _render(cli, write_json, tmp_path, "payment_demand",
                                 sample_data("payment_demand"))
    assert issued["number"] == "〔2026〕催字第001号"


def test_user_text_with_template_syntax_stays_literal(cli, write_json, tmp_path, home) -> None:
    data = sample_data("payment_demand")
    data["extra_text"] = "备注：{{x}} ${y} {} {debtor_name} {0} %s"
    code, result, err, _ = _render(cli, write_json, tmp_path, "payment_demand", data)
    assert code == 0, err
    literal = squash("备注：{{x}} ${y} {} {debtor_name} {0} %s")
    for f in result["files"]:
        text = pdf_text(f) if f.endswith(".pdf") else docx_text(f)
        assert literal in squash(text)


def test_red_line_wording_is_a_warning_not_a_block(cli, write_json, tmp_path, home) -> None:
    data = sample_data("payment_demand")
    data["extra_text"] = "再不付款就通知你单位并列入失信名单。"
    code, result, err, _ = _render(cli, write_json, tmp_path, "payment_demand", data)
    assert code == 0 and result["number"]
    hits = {w["code"]: w for w in result["warnings"]}
    assert hits["WORDING_THIRD_PARTY"]["field"] == "extra_text"
    assert "失信名单" in hits["WORDING_FAKE_AUTHORITY"]["phrase"]
    assert "warning: WORDING_FAKE_AUTHORITY" in err


def test_red_line_in_a_nested_free_text_field_names_it(cli, write_json, tmp_path, home) -> None:
    data = sample_data("mortgage_docs_request")
    data["consequence"] = "我方将上门催收并曝光"
    code, result, _, _ = _render(cli, write_json, tmp_path, "mortgage_docs_request", data,
                                 "--preview")
    assert code == 0
    assert {w["field"] for w in result["warnings"]} == {"consequence"}


def test_missing_glyph_is_reported_with_char_and_field(cli, write_json, tmp_path, home) -> None:
    data = copy.deepcopy(sample_data("payment_demand"))
    data["debtor"]["name"] = "张\U00020000"
    code, result, _, _ = _render(cli, write_json, tmp_path, "payment_demand", data, "--preview")
    assert code == 0
    glyph = [w for w in result["warnings"] if w["code"] == "MISSING_GLYPH"]
    assert glyph and glyph[0]["char"] == "\U00020000" and glyph[0]["field"] == "debtor.name"


def test_hostile_debtor_name_cannot_escape_the_output_folder(cli, write_json, tmp_path,
                                                             home) -> None:
    data = copy.deepcopy(sample_data("payment_demand"))
    data["debtor"]["name"] = "../../etc/passwd"
    code, result, _, out = _render(cli, write_json, tmp_path, "payment_demand", data)
    assert code == 0
    assert all(Path(f).parent == out for f in result["files"])


def test_single_format(cli, write_json, tmp_path, home) -> None:
    code, result, _, _ = _render(cli, write_json, tmp_path, "debt_confirmation",
                                 sample_data("debt_confirmation"), "--format", "docx")
    assert code == 0 and [Path(f).suffix for f in result["files"]] == [".docx"]


def test_official_preset_renders(cli, write_json, tmp_path, home) -> None:
    data = {**sample_data("guarantor_demand"), "preset": "official"}
    code, result, err, _ = _render(cli, write_json, tmp_path, "guarantor_demand", data)
    assert code == 0, err
    assert "孙七" in squash(pdf_text(result["files"][0]))


def test_ledger_lists_the_issued_letter(cli, write_json, tmp_path, home) -> None:
    code, result, _, _ = _render(cli, write_json, tmp_path, "payment_demand",
                                 sample_data("payment_demand"))
    assert code == 0
    from openpyxl import load_workbook

    wb = load_workbook(home / "台账.xlsx", read_only=True)
    cells = {str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
             for c in row if c is not None}
    assert result["number"] in cells


def test_kinds_json_is_valid_json_on_stdout(cli) -> None:
    code, data, _ = cli("kinds", "--json")
    assert code == 0 and json.dumps(data, ensure_ascii=False)


def test_termination_links_the_earlier_demand_and_its_delivery(cli, write_json, tmp_path,
                                                               home) -> None:
    code, demand, _, _ = _render(cli, write_json, tmp_path, "payment_demand",
                                 sample_data("payment_demand"))
    assert code == 0
    code, _, err = cli("delivery", "add", demand["number"], "--method", "ems", "--tracking",
                       "EA123456789CN", "--date", "2026-03-03", "--status", "signed")
    assert code == 0, err
    data = copy.deepcopy(sample_data("termination_notice"))
    data["demand"] = {"number": demand["number"], "date": "2026-03-02"}
    data["date"] = "2026-06-10"
    code, result, err, _ = _render(cli, write_json, tmp_path, "termination_notice", data)
    assert code == 0, err
    text = squash(pdf_text(result["files"][0]))
    assert squash(f"（{demand['number']}），该函已经EMS（单号EA123456789CN）于2026年3月3日寄出并已签收") \
        in text
    ctx = open_context(home)
    try:
        assert ctx.store.get(result["number"]).parent_number == demand["number"]
    finally:
        ctx.close()
