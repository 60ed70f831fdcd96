"""Delivery records (送达, DOMAIN.md section 3): method, tracking, date, status, PDF SHA-256."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop_app.domain.errors import NotFoundError, StateError, ValidationError
from desktop_app.services.delivery import add_delivery, list_deliveries
from desktop_app.services.letters import render_letter
from tests.ledger.conftest import demand_data, sheet_dicts


@pytest.fixture()
def letter(ctx, out):
    return render_letter(ctx, "payment_demand", demand_data(), out)


def test_delivery_record_carries_the_sent_pdfs_sha256_and_waybill_item_name(ctx, letter):
    record = add_delivery(ctx, letter.number, method="ems", tracking="EA123456789CN",
                          date_text="2026-03-03", status="pending", address="某市某区幸福路1号")
    pdf = next(f for f in letter.files if f.endswith(".pdf"))
    assert record["pdf_sha256"] == hashlib.sha256(Path(pdf).read_bytes()).hexdigest()
    assert record["item_name"] == f"付款催告函{letter.number}"
    assert (record["method"], record["tracking"], record["date"], record["status"]) == (
        "ems", "EA123456789CN", "2026-03-03", "pending")
    listed = list_deliveries(ctx, letter.number)
    assert [r["tracking"] for r in listed] == ["EA123456789CN"]
    assert listed[0]["pdf_sha256"] == record["pdf_sha256"]


def test_delivery_appears_in_the_ledger_sheet(ctx, letter):
    add_delivery(ctx, letter.number, method="in_person", tracking=None, date_text="2026年3月4日",
                 status="signed", address=None)
    row = sheet_dicts(ctx.ledger_path, "送达")[0]
    assert row["函件编号"] == letter.number
    assert row["送达方式"] == "当面送达"
    assert row["送达状态"] == "已签收"
    assert row["送达地址"] == "某省某市某区幸福路1号"  # the debtor's address by default
    assert len(row["PDF SHA-256"]) == 64


def test_postal_delivery_without_tracking_warns(ctx, letter):
    record = add_delivery(ctx, letter.number, method="registered", tracking="",
                          date_text="2026-03-03", status="pending", address=None)
    assert "NO_TRACKING" in [w["code"] for w in record["warnings"]]


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"method": "pigeon"}, "--method"),
    ({"status": "lost"}, "--status"),
    ({"date_text": "2026-02-30"}, "--date"),
    ({"date_text": ""}, "--date"),
])
def test_bad_delivery_input_names_the_option_and_records_nothing(ctx, letter, kwargs, field):
    args = {"method": "ems", "tracking": "X1", "date_text": "2026-03-03", "status": "pending",
            "address": None, **kwargs}
    with pytest.raises(ValidationError) as err:
        add_delivery(ctx, letter.number, **args)
    assert err.value.field == field
    assert list_deliveries(ctx) == []


def test_unknown_number_and_voided_letter_are_refused(ctx, letter):
    with pytest.raises(NotFoundError):
        add_delivery(ctx, "〔2026〕催字第999号", method="ems", tracking="X", date_text="2026-03-03")
    with pytest.raises(NotFoundError):
        list_deliveries(ctx, "〔2026〕催字第999号")
    ctx.store.void(letter.number, "重发")
    with pytest.raises(StateError):
        add_delivery(ctx, letter.number, method="ems", tracking="X", date_text="2026-03-03")


def test_delivery_of_a_receipt_is_titled_as_a_receipt_in_the_ledger(ctx, out):
    from desktop_app.services import delivery, receipts
    from tests.ledger.conftest import receipt_data, sheet_dicts

    number = receipts.issue_receipt(ctx, receipt_data(), out).number
    delivery.add_delivery(ctx, number, method="in_person", tracking=None,
                          date_text="2026-03-02", status="signed", address=None)
    row = sheet_dicts(ctx.ledger_path, "送达")[0]
    assert (row["函件编号"], row["函件标题"], row["邮件品名"]) == (number, "押金收据", f"押金收据{number}")
