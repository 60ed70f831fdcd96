"""Red-line wording check (DOMAIN.md §7): hits are warnings naming field, phrase and why."""

from __future__ import annotations

import pytest

from desktop_app.domain.wording import check_wording
from desktop_app.services.letters import KIND_IDS, build_letter, sample_data


@pytest.mark.parametrize(("text", "code", "phrase"), [
    ("再不还钱后果自负", "WORDING_THREAT", "后果自负"),
    ("法院将向你发出传票", "WORDING_FAKE_AUTHORITY", "传票"),
    ("我们已经立案", "WORDING_FAKE_AUTHORITY", "立案"),
    ("逾期将被拘留", "WORDING_FAKE_AUTHORITY", "拘留"),
    ("你会坐牢", "WORDING_FAKE_AUTHORITY", "坐牢"),
    ("把你列入失信名单", "WORDING_FAKE_AUTHORITY", "失信名单"),
    ("马上让你上征信", "WORDING_FAKE_AUTHORITY", "上征信"),
    ("冻结你的银行账户", "WORDING_FAKE_AUTHORITY", "冻结"),
    ("查封房产", "WORDING_FAKE_AUTHORITY", "查封"),
    ("本函视为律师函", "WORDING_FAKE_AUTHORITY", "律师函"),
    ("我们将通知单位", "WORDING_THIRD_PARTY", "通知单位"),
    ("我们会告知你的亲友", "WORDING_THIRD_PARTY", "亲友"),
    ("在小区张贴欠款名单", "WORDING_THIRD_PARTY", "张贴"),
    ("公开曝光", "WORDING_THIRD_PARTY", "曝光"),
    ("发到朋友圈", "WORDING_THIRD_PARTY", "朋友圈"),
    ("你这个老赖", "WORDING_INSULT", "老赖"),
    ("骗子", "WORDING_INSULT", "骗子"),
    ("无赖行为", "WORDING_INSULT", "无赖"),
    ("另收催收费500元", "WORDING_FEE", "催收费"),
    ("可以用网贷还款", "WORDING_BORROW", "网贷"),
    ("找亲戚借钱也要还", "WORDING_BORROW", "借钱"),
])
def test_red_line_phrase_is_a_warning_with_field_phrase_and_reason(text: str, code: str,
                                                                    phrase: str) -> None:
    hits = check_wording("extra_text", text)
    match = [h for h in hits if h["code"] == code]
    assert match, hits
    assert match[0]["field"] == "extra_text"
    assert phrase in match[0]["phrase"] and match[0]["phrase"] in text
    assert "extra_text" in match[0]["message"] and phrase in match[0]["message"]
    assert len(match[0]["message"]) > len(phrase) + 15  # says why, not just what


@pytest.mark.parametrize("text", [
    "如贵方逾期仍未付清，我方将依法通过诉讼/仲裁解决并主张违约金及实现债权的费用。",
    "依照合同第九条第（二）项的约定，我方有权解除合同。",
    "如对上述金额有异议，请于收到本函之日起七日内书面提出。",
    "截至2026年3月2日，贵方尚欠房款¥300,000.00（人民币叁拾万元整）。",
    "物业服务费及管理费按合同约定收取。",
])
def test_allowed_wording_does_not_warn(text: str) -> None:
    assert check_wording("extra_text", text) == []


def test_spacing_and_full_width_forms_do_not_hide_a_phrase() -> None:
    assert [h["phrase"] for h in check_wording("x", "老　赖 ，骗 子")] == ["老赖", "骗子"]


def test_each_phrase_is_reported_once() -> None:
    hits = check_wording("x", "老赖老赖老赖")
    assert len(hits) == 1


def test_empty_text_has_no_warnings() -> None:
    assert check_wording("x", "") == [] and check_wording("x", None) == []


@pytest.mark.parametrize("kind", KIND_IDS)
def test_our_own_letter_wording_passes_the_check(kind: str) -> None:
    doc, warnings = build_letter(kind, sample_data(kind))
    assert warnings == []
    hits = [h for where, text in doc.texts() for h in check_wording(where, text)]
    assert hits == []
