"""Each kind's Document: the blocks and wording a reader will see (before rendering)."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from desktop_app.documents.model import AckSlip, Addressee, Document, PageBreak, Table, Title
from desktop_app.domain.errors import ValidationError
from desktop_app.services.letters import build_letter, prepare_letter, sample_data


def sample(kind: str, **top: Any) -> dict[str, Any]:
    data = copy.deepcopy(sample_data(kind))
    for key, value in top.items():
        if value is ...:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def text_of(doc: Document) -> str:
    return "\n".join(t for _, t in doc.texts())


def codes(warnings: list[dict[str, Any]]) -> list[str]:
    return [w["code"] for w in warnings]


def blocks(doc: Document, kind: type) -> list[Any]:
    return [b for b in doc.blocks if isinstance(b, kind)]


# -- payment_demand -------------------------------------------------------------------------
PAYMENT = {
    "debtor": {"name": "张三", "id_number": "110101199001011234"},
    "contract": {"name": "商品房买卖合同", "number": "HT-2025-0088", "signed_on": "2025-06-18",
                 "clause": "第九条第（二）项"},
    "items": [{"label": "首期房款", "amount": "200000.00", "due_date": "2025-07-15"},
              {"label": "第二期房款", "amount": "150000.00", "due_date": "2025-10-15"}],
    "payments": [{"date": "2025-08-20", "amount": "50000.00", "item": "首期房款"}],
    "rate": {"type": "daily", "value": "0.0003"},
    "until": "2026-03-02",
    "deadline_days": "15",
    "ack_slip": True,
    "date": "2026-03-02",
}


def test_payment_demand_amounts_table_has_each_item_and_totals() -> None:
    doc, _ = build_letter("payment_demand", PAYMENT)
    table = blocks(doc, Table)[0]
    assert table.header[-1] == "违约金（暂计）"
    assert table.caption == "逾期款项及违约金（暂计至2026年3月2日，单位：元）"
    # 200,000 − 50,000 paid: 36 days on 200,000 + 194 days on 150,000 at 万分之三
    assert table.rows[0] == ("首期房款", "2025-07-15", "200,000.00", "50,000.00", "150,000.00",
                             "230", "日万分之三", "10,890.00")
    assert table.rows[1][-1] == "6,210.00"
    assert table.total == ("合计", "", "350,000.00", "50,000.00", "300,000.00", "", "",
                           "17,100.00")
    assert table.align[2:6] == ("right", "right", "right", "right")


def test_payment_demand_totals_in_figures_and_words_and_per_day_increment() -> None:
    doc, _ = build_letter("payment_demand", PAYMENT)
    text = text_of(doc)
    assert "¥300,000.00（人民币叁拾万元整）" in text
    assert "¥17,100.00（人民币壹万柒仟壹佰元整）" in text
    assert "¥317,100.00（人民币叁拾壹万柒仟壹佰元整）" in text
    assert "自2026年3月3日起，违约金按每日人民币90.00元继续累计，直至贵方实际付清欠款之日为止" in text


def test_payment_demand_prints_basis_demand_consequences_and_contact() -> None:
    doc, _ = build_letter("payment_demand", PAYMENT)
    text = text_of(doc)
    assert "2025年6月18日" in text and "《商品房买卖合同》（合同编号：HT-2025-0088）" in text
    assert "逾期天数自应付款日的次日起算（民法典第二百零一条）" in text
    assert "先冲抵欠付的本金" in text
    assert "请贵方自收到本函之日起15日内" in text and "账号：6222000000001234" in text
    assert "依法通过诉讼或仲裁解决，并主张违约金及实现债权的费用" in text
    assert "《商品房买卖合同》第九条第（二）项的约定" in text and "解除合同" in text
    assert "保留" in text and "请不必理会本函" in text
    assert "联系人：王经理" in text
    assert blocks(doc, Addressee)[0].name == "张三"


def test_payment_demand_masks_the_id_number() -> None:
    doc, _ = build_letter("payment_demand", PAYMENT)
    text = text_of(doc)
    assert "110***********1234" in text and "110101199001011234" not in text


def test_payment_demand_annex_follows_on_its_own_page() -> None:
    doc, _ = build_letter("payment_demand", PAYMENT)
    i = next(i for i, b in enumerate(doc.blocks) if isinstance(b, PageBreak))
    annex = [b for b in doc.blocks[i:] if isinstance(b, Table)][0]
    assert annex.header[0] == "项目" and len(annex.rows) == 3  # split at the payment
    assert annex.rows[0][1:4] == ("2025-07-16", "2025-08-20", "36")
    assert annex.total and annex.total[-1] == "17,100.00"


def test_ack_slip_confirms_the_debt_and_promises_payment_without_a_final_penalty() -> None:
    doc, _ = build_letter("payment_demand",
                          dict(PAYMENT, deadline="2026-03-20", deadline_days=None))
    slip = blocks(doc, AckSlip)[0]
    body = "".join(slip.paragraphs)
    assert "确认" in body and "截至2026年3月2日" in body and "¥300,000.00" in body
    assert "承诺于2026年3月20日前付清" in body
    assert "继续计算，直至实际付清之日止" in body
    assert "17,100.00" not in body  # DOMAIN.md §3: no final penalty figure on the slip
    assert "签字／盖章／捺印" in slip.fields and "签署日期" in slip.fields
    assert any("身份" in f for f in slip.fields)


def test_ack_slip_is_optional() -> None:
    doc, _ = build_letter("payment_demand", dict(PAYMENT, ack_slip=False))
    assert blocks(doc, AckSlip) == []


def test_statutory_allocation_and_paid_penalty_are_printed() -> None:
    doc, _ = build_letter("payment_demand", dict(PAYMENT, allocation="statutory"))
    text = text_of(doc)
    assert "民法典第五百六十一条" in text and "已冲抵的违约金" in text


def test_penalty_engine_warnings_pass_through() -> None:
    _, warnings = build_letter("payment_demand",
                               dict(PAYMENT, rate={"type": "daily", "value": "0.04"}))
    assert "DAILY_RATE_PERCENT_TYPO" in codes(warnings)


def test_claim_older_than_two_and_a_half_years_is_flagged() -> None:
    old = dict(PAYMENT, items=[{"label": "尾款", "amount": "1000", "due_date": "2023-08-01"}],
               payments=[])
    _, warnings = build_letter("payment_demand", old)
    flag = [w for w in warnings if w["code"] == "LIMITATION_NEAR"]
    assert flag and flag[0]["field"] == "items[0].due_date" and "民法典第一百八十八条" in \
        flag[0]["message"]
    recent = dict(PAYMENT, items=[{"label": "尾款", "amount": "1000", "due_date": "2023-09-03"}],
                  payments=[])
    assert "LIMITATION_NEAR" not in codes(build_letter("payment_demand", recent)[1])


def test_snapshot_keeps_input_and_penalty_summary_as_json_text() -> None:
    _, prep, _ = prepare_letter("payment_demand", PAYMENT)
    snap = prep.snapshot()
    assert snap["input"]["debtor"]["name"] == "张三"
    assert snap["input"]["contract"]["signed_on"] == "2025-06-18"
    assert snap["summary"] == {**snap["summary"], "penalty": "17100.00", "outstanding": "300000.00",
                               "per_day": "90.00", "until": "2026-03-02"}
    assert str(prep.penalty) == "17100.00" and str(prep.amount) == "300000.00"


# -- mortgage_docs_request --------------------------------------------------------------------
def test_mortgage_docs_request_lists_documents_bank_deadline_and_clause() -> None:
    doc, warnings = build_letter("mortgage_docs_request", sample_data("mortgage_docs_request"))
    text = text_of(doc)
    assert warnings == []
    for expected in ("示例银行某某支行", "1. 近六个月银行流水", "2. 收入证明", "3. 婚姻状况证明",
                     "2025年12月8日前", "请贵方于2026年3月20日前（含当日）",
                     "《商品房买卖合同》第七条第（三）项的约定"):
        assert expected in text, expected
    assert blocks(doc, Title)[0].text == "催补按揭资料函"


def test_mortgage_docs_request_needs_at_least_one_document() -> None:
    with pytest.raises(ValidationError) as exc:
        build_letter("mortgage_docs_request", sample("mortgage_docs_request", documents=[]))
    assert exc.value.field == "documents"
    with pytest.raises(ValidationError) as exc:
        build_letter("mortgage_docs_request", sample("mortgage_docs_request",
                                                     documents=["收入证明", " "]))
    assert exc.value.field == "documents[1]"


def test_mortgage_docs_request_quotes_the_agreed_consequence() -> None:
    data = sample("mortgage_docs_request", consequence="我方有权解除合同并没收定金")
    text = text_of(build_letter("mortgage_docs_request", data)[0])
    assert "第七条第（三）项的约定处理：我方有权解除合同并没收定金。" in text


# -- termination_notice -------------------------------------------------------------------------
def test_termination_cites_demand_clause_and_effect_on_arrival() -> None:
    doc, warnings = build_letter("termination_notice", sample_data("termination_notice"))
    text = text_of(doc)
    assert warnings == []
    assert "2025年11月20日" in text and "〔2025〕催字第018号" in text
    assert "经EMS（单号1100000000000）于2025年11月23日签收" in text
    assert "第五百六十五条" in text and "本通知自到达贵方之日起生效" in text
    assert "解除《商品房买卖合同》（合同编号：HT-2025-0066）" in text
    # 3 % of the cumulative 600,000.00
    assert "¥600,000.00的3%" in text and "¥18,000.00（人民币壹万捌仟元整）" in text
    assert "¥180,000.00（人民币壹拾捌万元整）" in text


def test_termination_attachment_page_is_the_refund_application() -> None:
    doc, _ = build_letter("termination_notice", sample_data("termination_notice"))
    i = next(i for i, b in enumerate(doc.blocks) if isinstance(b, PageBreak))
    after = doc.blocks[i + 1:]
    assert isinstance(after[0], Title) and after[0].text == "退房申请书"
    assert "附件：退房申请书（一份）" in text_of(doc)
    doc2, _ = build_letter("termination_notice", sample("termination_notice", attachment=False))
    assert not blocks(doc2, PageBreak) and "退房申请书" not in text_of(doc2)


def test_termination_mortgage_variant_speaks_of_loan_documents() -> None:
    data = sample("termination_notice", variant="mortgage", overdue_amount=...)
    data["demand"]["title"] = None
    text = text_of(build_letter("termination_notice", data)[0])
    assert "办理按揭贷款所需的全部资料" in text and "《催补按揭资料函》" in text
    assert "逾期付款" not in text


def test_termination_requires_the_contract_clause() -> None:
    data = sample("termination_notice")
    del data["contract"]["clause"]
    with pytest.raises(ValidationError) as exc:
        build_letter("termination_notice", data)
    assert exc.value.field == "contract.clause"


def test_termination_soon_after_the_demand_warns_about_the_cure_period() -> None:
    data = sample("termination_notice")
    data["demand"]["date"] = "2026-01-10"
    _, warnings = build_letter("termination_notice", data)
    assert "CURE_PERIOD_SHORT" in codes(warnings)


def test_termination_claim_percent_needs_the_base_amount() -> None:
    with pytest.raises(ValidationError) as exc:
        build_letter("termination_notice", sample("termination_notice", cumulative_amount=...))
    assert exc.value.field == "cumulative_amount"


# -- receivable_demand --------------------------------------------------------------------------
def test_receivable_invoice_table_computes_due_dates_and_days_overdue() -> None:
    doc, _ = build_letter("receivable_demand", sample_data("receivable_demand"))
    table = blocks(doc, Table)[0]
    assert table.header[0] == "发票号码"
    # 2025-09-10 + 60 days = 2025-11-09; overdue to 2026-03-02: 113 days
    assert table.rows[0] == ("25440000001", "2025-09-10", "86,000.00", "0.00", "86,000.00", "60",
                             "2025-11-09", "113")
    assert table.rows[1][3:5] == ("20,000.00", "34,000.00")
    assert table.total and table.total[4] == "120,000.00"


def test_receivable_with_rate_prints_penalty_and_annex() -> None:
    doc, _ = build_letter("receivable_demand", sample_data("receivable_demand"))
    text = text_of(doc)
    # 86,000 × 0.0003 × 113 + 34,000 × 0.0003 × 78 = 2,915.40 + 795.60
    assert "¥3,711.00（人民币叁仟柒佰壹拾壹元整）" in text
    assert "附件：违约金计算明细" in text and blocks(doc, PageBreak)


def test_receivable_without_rate_has_no_penalty() -> None:
    doc, _ = build_letter("receivable_demand", sample("receivable_demand", rate=...))
    text = text_of(doc)
    assert "逾期违约金暂计" not in text and "附件" not in text
    assert "上述逾期未付款项合计¥120,000.00（人民币壹拾贰万元整）" in text
    assert not blocks(doc, PageBreak)


def test_receivable_objection_period() -> None:
    text = text_of(build_letter("receivable_demand", sample("receivable_demand",
                                                             objection_days="10"))[0])
    assert "收到本函之日起10日内书面提出" in text


def test_receivable_duplicate_invoice_number_is_refused() -> None:
    data = sample("receivable_demand")
    data["invoices"][1]["number"] = data["invoices"][0]["number"]
    with pytest.raises(ValidationError) as exc:
        build_letter("receivable_demand", data)
    assert exc.value.field == "invoices[1].number"


# -- debt_confirmation -----------------------------------------------------------------------
def test_debt_confirmation_states_amount_as_of_date_and_promise() -> None:
    doc, _ = build_letter("debt_confirmation", sample_data("debt_confirmation"))
    text = text_of(doc)
    assert "截至2026年2月28日" in text and "¥25,000.00（人民币贰万伍仟元整）" in text
    slip = blocks(doc, AckSlip)[0]
    body = "".join(slip.paragraphs)
    assert "确认截至2026年2月28日尚欠" in body and "承诺于2026年3月31日前付清" in body
    assert "继续计算" in body and "本通知单不确定违约金的最终金额" in text
    assert slip.fields[0] == "签字／盖章／捺印"


def test_debt_confirmation_without_promise_date_leaves_a_blank() -> None:
    doc, _ = build_letter("debt_confirmation", sample("debt_confirmation", promise_date=...))
    body = "".join(blocks(doc, AckSlip)[0].paragraphs)
    assert "承诺于＿＿＿＿年＿＿月＿＿日前付清" in body


def test_debt_confirmation_flags_claims_past_the_limitation_period() -> None:
    data = sample("debt_confirmation")
    data["items"][0]["due_date"] = "2022-01-05"
    _, warnings = build_letter("debt_confirmation", data)
    flag = [w for w in warnings if w["code"] == "LIMITATION_PASSED"]
    assert flag and flag[0]["field"] == "items[0].due_date"
    assert "法释〔1999〕7号" in flag[0]["message"]


# -- guarantor_demand --------------------------------------------------------------------------
def test_joint_guarantor_is_asked_to_pay_into_the_account() -> None:
    doc, warnings = build_letter("guarantor_demand", sample_data("guarantor_demand"))
    text = text_of(doc)
    assert warnings == []
    assert blocks(doc, Addressee)[0].name == "孙七"
    assert "连带责任保证" in text and "第六百八十八条" in text and "在保证期间内" in text
    assert "账号：6222000000001234" in text
    assert "¥304,500.00（人民币叁拾万肆仟伍佰元整）" in text
    assert "110***********1234" in text


def test_general_guarantee_warns_that_a_letter_is_not_enough() -> None:
    data = sample("guarantor_demand")
    data["guarantee"]["type"] = "general"
    doc, warnings = build_letter("guarantor_demand", data)
    general = [w for w in warnings if w["code"] == "GUARANTEE_GENERAL"]
    assert general and "提起诉讼或者申请仲裁" in general[0]["message"]
    text = text_of(doc)
    assert "一般保证" in text and "第六百八十七条" in text and "账号：" not in text


def test_missing_guarantee_type_defaults_to_general() -> None:
    data = sample("guarantor_demand")
    del data["guarantee"]["type"]
    _, warnings = build_letter("guarantor_demand", data)
    assert {"GUARANTEE_TYPE_DEFAULT", "GUARANTEE_GENERAL"} <= set(codes(warnings))


def test_default_period_is_six_months_from_the_main_due_date() -> None:
    from desktop_app.documents.kinds.guarantor_demand import guarantee_period_end

    end, default = guarantee_period_end({"main_due_date": date(2025, 8, 31)})
    assert (end, default) == (date(2026, 2, 28), True)
    data = sample("guarantor_demand")
    del data["guarantee"]["period_months"]
    _, warnings = build_letter("guarantor_demand", data)
    assert "GUARANTEE_PERIOD_DEFAULT" in codes(warnings)
    assert "2026年7月31日" in next(w["message"] for w in warnings
                                   if w["code"] == "GUARANTEE_PERIOD_DEFAULT")


def test_ended_guarantee_period_warns_and_does_not_claim_to_be_within_it() -> None:
    data = sample("guarantor_demand")
    data["guarantee"] = {"type": "joint", "period_end": "2026-02-01"}
    doc, warnings = build_letter("guarantor_demand", data)
    assert "GUARANTEE_PERIOD_ENDED" in codes(warnings)
    assert "在保证期间内" not in text_of(doc)
