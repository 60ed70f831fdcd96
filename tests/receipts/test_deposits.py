"""Deposits: balance = amount − deductions − refunds; refund slips (押金退还单), DOMAIN.md §4."""

from __future__ import annotations

from desktop_app.services import deposits
from desktop_app.services.context import open_context
from tests.receipts.conftest import receipt_data
from tests.textutil import pdf_text, squash


def _deposit(cli, out, amount="10000.00", name="张三"):
    run = cli("receipt", "issue", "--out", str(out), data=receipt_data(
        series="deposit", amount=amount, payer={"name": name, "type": "person"}))
    assert run.code == 0, run.err
    return run.out["number"]


def _balance(cli, number):
    [row] = [r for r in cli("deposit", "list").out if r["number"] == number]
    return row


def test_refund_arithmetic_partial_deductions_and_refunds(cli, out, home):
    number = _deposit(cli, out)
    first = cli("deposit", "refund", number, "--out", str(out), data={
        "date": "2026-03-01", "refund": "3000",
        "deductions": [{"reason": "墙面修复", "amount": "500"},
                       {"reason": "垃圾清运", "amount": "200.50"}],
        "method": "transfer", "reference": "TR-001"})
    assert first.code == 0, first.err
    assert first.out["number"] == "TK-2026-00001"
    row = _balance(cli, number)
    assert (row["amount"], row["deducted"], row["refunded"], row["balance"], row["status"]) == (
        "10000.00", "700.50", "3000.00", "6299.50", "partial")

    pdf = next(f for f in first.out["files"] if f.endswith(".pdf"))
    text = squash(pdf_text(pdf))
    for part in ("押金退还单", "TK-2026-00001", "YJ-2026-00001", "¥10,000.00", "墙面修复", "¥500.00",
                 "垃圾清运", "¥200.50", "扣款合计¥700.50", "人民币叁仟元整", "¥3,000.00",
                 "¥6,299.50", "领款人", "经手人", "存根联", "领款人联"):
        assert part in text, part

    # deduction only (refund 0), then the rest
    second = cli("deposit", "refund", number, "--out", str(out), data={
        "date": "2026-03-05", "refund": "0", "deductions": [{"reason": "钥匙遗失", "amount": "99.50"}],
        "method": "other"})
    assert second.code == 0, second.err
    assert _balance(cli, number)["balance"] == "6200.00"
    last = cli("deposit", "refund", number, "--out", str(out), data={
        "date": "2026-03-06", "refund": "6200.00", "method": "cash"})
    assert last.code == 0, last.err
    row = _balance(cli, number)
    assert (row["balance"], row["status"]) == ("0.00", "settled")
    assert "已结清" in squash(pdf_text(next(f for f in last.out["files"] if f.endswith(".pdf"))))
    ctx = open_context(home)
    try:
        detail = deposits.deposit_balance(ctx, number)
        assert [r["number"] for r in detail["refunds"]] == [
            "TK-2026-00001", "TK-2026-00002", "TK-2026-00003"]
        assert ctx.store.get("TK-2026-00001").parent_number == number
    finally:
        ctx.close()


def test_over_refund_is_refused_and_nothing_is_written(cli, out, tmp_path):
    number = _deposit(cli, out, amount="1000")
    target = tmp_path / "refunds"
    run = cli("deposit", "refund", number, "--out", str(target), data={
        "date": "2026-02-01", "refund": "900", "deductions": [{"reason": "清洁", "amount": "100.01"}],
        "method": "cash"})
    assert run.code == 2 and run.err.startswith("letterdesk: error: refund:")
    assert not target.exists() or list(target.iterdir()) == []
    assert _balance(cli, number)["balance"] == "1000.00"
    ok = cli("deposit", "refund", number, "--out", str(target), data={
        "date": "2026-02-01", "refund": "1000", "method": "cash"})
    assert ok.out["number"] == "TK-2026-00001"  # the refused refund consumed no number
    again = cli("deposit", "refund", number, "--out", str(target), data={
        "date": "2026-02-02", "refund": "0.01", "method": "cash"})
    assert again.code == 2


def test_voiding_a_refund_restores_the_balance(cli, out):
    number = _deposit(cli, out, amount="500")
    refund = cli("deposit", "refund", number, "--out", str(out), data={
        "date": "2026-02-01", "refund": "200", "method": "cash"}).out["number"]
    assert _balance(cli, number)["balance"] == "300.00"
    assert cli("receipt", "void", refund, "--reason", "退款未实际支付").code == 0
    assert _balance(cli, number)["balance"] == "500.00"


def test_refund_refused_for_void_or_general_receipt(cli, out):
    number = _deposit(cli, out)
    cli("receipt", "void", number, "--reason", "开错")
    run = cli("deposit", "refund", number, "--out", str(out), data={
        "date": "2026-02-01", "refund": "1", "method": "cash"})
    assert run.code == 2 and "作废" in run.err
    general = cli("receipt", "issue", "--out", str(out), data=receipt_data()).out["number"]
    run = cli("deposit", "refund", general, "--out", str(out), data={
        "date": "2026-02-01", "refund": "1", "method": "cash"})
    assert run.code == 2 and "押金" in run.err
    assert cli("deposit", "refund", "YJ-2026-00404", "--out", str(out), data={
        "date": "2026-02-01", "refund": "1", "method": "cash"}).code == 2
    [row] = cli("deposit", "list").out
    assert (row["status"], row["balance"]) == ("void", "0.00")


def test_bad_refund_input_names_the_field(cli, out):
    number = _deposit(cli, out)
    cases = [
        ({"refund": "-1", "method": "cash"}, "refund"),
        ({"refund": "1.001", "method": "cash"}, "refund"),
        ({"refund": "0", "method": "cash"}, "refund"),
        ({"refund": "1", "method": "card"}, "method"),
        ({"refund": "1", "method": "cash", "deductions": [{"amount": "5"}]}, "deductions[0].reason"),
        ({"refund": "1", "method": "cash", "deductions": [{"reason": "x", "amount": "0"}]},
         "deductions[0].amount"),
        ({"refund": "1", "method": "cash", "date": "2025-12-31"}, "date"),
    ]
    for data, field in cases:
        run = cli("deposit", "refund", number, "--out", str(out), data=data)
        assert run.code == 2, data
        assert run.err.startswith(f"letterdesk: error: {field}:"), (data, run.err)
    ok = cli("deposit", "refund", number, "--out", str(out), data={"refund": "1", "method": "cash",
                                                                    "date": "2026-02-01"})
    assert ok.out["number"] == "TK-2026-00001"


def test_list_filters_by_payer(cli, out):
    _deposit(cli, out, name="张三")
    _deposit(cli, out, name="某某装饰有限公司")
    cli("receipt", "issue", "--out", str(out), data=receipt_data())  # general: not a deposit
    assert [r["payer"] for r in cli("deposit", "list").out] == ["张三", "某某装饰有限公司"]
    assert [r["number"] for r in cli("deposit", "list", "--payer", "装饰").out] == ["YJ-2026-00002"]


def test_a_deposit_with_a_live_refund_cannot_be_voided_first(cli, out):
    number = _deposit(cli, out, amount="1000")
    refund = cli("deposit", "refund", number, "--out", str(out), data={
        "date": "2026-02-01", "refund": "300", "method": "cash"}).out["number"]
    run = cli("receipt", "void", number, "--reason", "开错")
    assert run.code == 2 and refund in run.err
    assert _balance(cli, number)["balance"] == "700.00"  # nothing changed
    assert cli("receipt", "void", refund, "--reason", "退款撤销").code == 0
    assert cli("receipt", "void", number, "--reason", "开错").code == 0
