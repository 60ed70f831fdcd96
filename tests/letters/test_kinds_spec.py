"""``letterdesk kinds --json``: every kind with its fields, labels and required flags."""

from __future__ import annotations

import re

from desktop_app.documents.kinds.base import FIELD_TYPES, fill, load_wording, placeholders
from desktop_app.services.letters import KIND_IDS, kind_spec, kinds_info

EXPECTED = {
    "payment_demand": ("付款催告函", "催字"),
    "mortgage_docs_request": ("催补按揭资料函", "催资字"),
    "termination_notice": ("解除合同通知书", "解字"),
    "receivable_demand": ("应收账款催收函", "账催字"),
    "debt_confirmation": ("催款通知单（债务确认）", "确字"),
    "guarantor_demand": ("保证人催收通知书", "保字"),
}


def _fields(kind: str) -> dict[str, dict]:
    return {f["name"]: f for f in kind_spec(kind)["fields"]}


def test_cli_lists_the_six_kinds_with_titles_and_number_patterns(cli) -> None:
    code, data, _ = cli("kinds", "--json")
    assert code == 0
    assert [k["id"] for k in data] == list(KIND_IDS)
    for k in data:
        title, marker = EXPECTED[k["id"]]
        assert k["title"] == title
        assert k["series_key"] == f"letter_{k['id']}"
        assert marker in k["series_pattern"] and "{seq:03d}" in k["series_pattern"]


def test_number_patterns_never_collide_between_kinds() -> None:
    # Numbers are unique in the store: two kinds with one pattern would clash on 001.
    patterns = [k["series_pattern"] for k in kinds_info()]
    assert len(set(patterns)) == len(patterns)


def test_every_field_has_name_chinese_label_known_type_and_required_flag() -> None:
    for kind in kinds_info():
        for f in kind["fields"]:
            assert f["type"] in FIELD_TYPES, f
            assert isinstance(f["required"], bool)
            assert re.search(r"[\u4e00-\u9fff]", f["label"]), f
            assert f["type"] != "choice" or f["choices"], f
            for sub in f.get("fields", []):
                assert sub["type"] in FIELD_TYPES and sub["label"], sub


def test_nested_fields_have_dotted_names_and_a_group() -> None:
    fields = _fields("payment_demand")
    assert fields["debtor.name"]["required"] is True
    assert fields["debtor.name"]["group"] == "收函人（债务人）"
    assert fields["debtor.id_number"]["required"] is False
    assert fields["contract.signed_on"]["type"] == "date"
    assert fields["rate.type"]["type"] == "choice"
    assert {c["value"] for c in fields["rate.type"]["choices"]} == {"daily", "annual", "lpr",
                                                                     "staged"}
    assert fields["rate.value"]["when"] == {"rate.type": ["daily", "annual"]}
    assert fields["pay_to.bank"]["default_from"] == "profile.bank"


def test_list_fields_describe_their_columns() -> None:
    items = _fields("payment_demand")["items"]
    assert items["type"] == "list" and items["required"] is True
    assert [c["name"] for c in items["fields"]] == ["label", "amount", "due_date"]
    assert [c["type"] for c in items["fields"]] == ["text", "money", "date"]
    docs = _fields("mortgage_docs_request")["documents"]
    assert docs["type"] == "list" and docs["item_type"] == "text"


def test_payment_demand_lists_every_input_of_the_issue() -> None:
    names = set(_fields("payment_demand"))
    for name in ("creditor.name", "creditor.address", "creditor.phone", "debtor.name",
                 "debtor.address", "debtor.phone", "debtor.id_number", "contract.name",
                 "contract.number", "contract.signed_on", "contract.property",
                 "contract.clause", "items", "payments", "rate.type", "until", "day_count",
                 "allocation", "deadline", "deadline_days", "pay_to.bank",
                 "pay_to.account_name", "pay_to.account_number", "contact.name",
                 "contact.phone", "extra_text", "ack_slip", "preset"):
        assert name in names, name


def test_kind_specific_fields() -> None:
    assert _fields("termination_notice")["variant"]["required"] is True
    assert {c["value"] for c in _fields("termination_notice")["variant"]["choices"]} == {
        "mortgage", "cash"}
    assert _fields("termination_notice")["demand.number"]["required"] is True
    assert [c["name"] for c in _fields("receivable_demand")["invoices"]["fields"]][:3] == [
        "number", "date", "amount"]
    assert _fields("receivable_demand")["rate.type"]["required"] is True  # inside optional rate
    assert _fields("guarantor_demand")["guarantee.type"]["choices"][0]["label"] == "一般保证"
    assert _fields("debt_confirmation")["as_of"]["required"] is True


def test_fill_replaces_only_known_placeholders_in_one_pass() -> None:
    text = fill("致{name}：{body}", {"name": "张三", "body": "{name} {{x}} ${y} {} {0}"})
    assert text == "致张三：{name} {{x}} ${y} {} {0}"


def test_fill_never_evaluates_attribute_or_index_syntax() -> None:
    assert fill("{a.b} {a[0]} {a!r}", {"a": "X"}) == "{a.b} {a[0]} {a!r}"


def test_every_wording_placeholder_is_a_plain_name() -> None:
    for kind in ("common", *KIND_IDS):
        for key, template in load_wording(kind)["text"].items():
            for name in placeholders(template):
                assert re.fullmatch(r"[a-z_][a-z0-9_]*", name), (kind, key, name)
            assert "{{" not in template and "}}" not in template, (kind, key)
