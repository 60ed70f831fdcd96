"""Deposits: balance, refunds (押金退还单), list (DOMAIN.md section 4, "Deposit life").

A deposit is a ``receipt`` of the ``deposit`` series. Its balance is

    amount − deductions − refunds

summed over its child documents of kind ``deposit_refund`` (``parent_number`` = the receipt
number) that are not void. Each refund/deduction step is a numbered 押金退还单 (series
``deposit_refund``, TK-{year}-{seq:05d}); voiding one restores the balance. The balance is
checked again inside the numbering transaction, so two refunds at once cannot together
exceed it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.documents import receipt as receipt_doc
from desktop_app.domain.dates import parse_date
from desktop_app.domain.errors import StateError, ValidationError
from desktop_app.domain.money import parse_amount, plain_amount
from desktop_app.services import receipts
from desktop_app.services.context import AppContext
from desktop_app.services.files import output_dir
from desktop_app.services.issuing import IssueResult, issue_document

KIND_REFUND = receipts.KIND_REFUND
REFUND_SERIES = ("deposit_refund", "TK-{year}-{seq:05d}")
MAX_DEDUCTIONS = 20
STATUS_TEXT = {"held": "未退", "partial": "部分扣退", "settled": "已结清", "void": "已作废"}


def _is_deposit(doc: Any) -> bool:
    return doc.kind == receipts.KIND_RECEIPT and (
        doc.series_key == receipts.SERIES["deposit"][0] or doc.data.get("series") == "deposit")


def _deposit(ctx: AppContext, number: str) -> Any:
    doc = ctx.store.get(number)
    if not _is_deposit(doc):
        raise StateError(f"单据 {number} 不是押金收据", message_en=f"{number} is not a deposit receipt",
                         field="number")
    return doc


def _totals(ctx: AppContext, doc: Any) -> tuple[Decimal, Decimal, list[Any]]:
    steps = [d for d in ctx.store.list_documents(kinds=[KIND_REFUND], parent_number=doc.number)
             if not d.is_void]
    deducted = sum((Decimal(s.data.get("deduction_total") or "0") for s in steps), Decimal(0))
    refunded = sum((Decimal(s.data.get("refund") or "0") for s in steps), Decimal(0))
    return deducted, refunded, steps


def _summary(ctx: AppContext, doc: Any) -> dict[str, Any]:
    amount = doc.amount or Decimal(0)
    deducted, refunded, steps = _totals(ctx, doc)
    balance = amount - deducted - refunded
    if doc.is_void:
        status, balance = "void", Decimal(0)
    elif balance == amount:
        status = "held"
    elif balance == 0:
        status = "settled"
    else:
        status = "partial"
    return {
        "number": doc.number, "date": doc.issued_on.isoformat(), "payer": doc.party_name,
        "amount": plain_amount(amount), "deducted": plain_amount(deducted),
        "refunded": plain_amount(refunded), "balance": plain_amount(balance),
        "status": status, "status_text": STATUS_TEXT[status],
        "refunds": [{"number": s.number, "date": s.issued_on.isoformat(),
                     "deducted": s.data.get("deduction_total"), "refund": s.data.get("refund")}
                    for s in steps],
    }


def deposit_balance(ctx: AppContext, number: str) -> dict[str, Any]:
    """One deposit: amount, deducted, refunded, balance (strings, two decimals), status."""
    return _summary(ctx, _deposit(ctx, number))


def list_deposits(ctx: AppContext, payer: str | None = None) -> list[dict[str, Any]]:
    """Every deposit receipt (void ones too, status ``void``), optionally by payer (contains)."""
    docs = [d for d in ctx.store.list_documents(kinds=[receipts.KIND_RECEIPT]) if _is_deposit(d)]
    if payer:
        docs = [d for d in docs if payer.strip() in (d.party_name or "")]
    out = []
    for d in docs:
        s = _summary(ctx, d)
        s.pop("refunds")
        out.append(s)
    return out


def validate_refund(data: Any) -> dict[str, Any]:
    """Check refund JSON: ``date``, ``refund``, ``deductions[i].reason/amount``, ``method``."""
    if not isinstance(data, dict):
        raise ValidationError("data", "退还数据须为 JSON 对象")
    issued_on = parse_date(data["date"], "date") if data.get("date") else date.today()
    if data.get("refund") is None:
        raise ValidationError("refund", "退还金额不能为空（只扣款不退款时填 0）")
    refund = parse_amount(data["refund"], "refund", allow_zero=True)
    raw = data.get("deductions") or []
    if not isinstance(raw, list):
        raise ValidationError("deductions", "扣款须为列表：[{reason, amount}]")
    if len(raw) > MAX_DEDUCTIONS:
        raise ValidationError("deductions", f"扣款最多 {MAX_DEDUCTIONS} 项")
    deductions = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            raise ValidationError(f"deductions[{i}]", "每项扣款须包含 reason 和 amount")
        reason = str(item.get("reason") or "").strip()
        if not reason:
            raise ValidationError(f"deductions[{i}].reason", "扣款必须写明原因")
        if len(reason) > 60 or "\n" in reason:
            raise ValidationError(f"deductions[{i}].reason", "扣款原因须为一行，最多 60 字")
        if any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF or ord(c) in (0xFFFE, 0xFFFF)
               for c in reason):  # DOCX (XML) cannot hold them (issue 9 corpus)
            raise ValidationError(f"deductions[{i}].reason", "扣款原因含有不可打印的控制字符")
        if item.get("amount") is None:
            raise ValidationError(f"deductions[{i}].amount", "扣款金额不能为空")
        amount = parse_amount(item["amount"], f"deductions[{i}].amount")
        deductions.append({"reason": reason, "amount": amount})
    if refund == 0 and not deductions:
        raise ValidationError("refund", "退还金额和扣款不能都为零")
    method = str(data.get("method") or "").strip()
    if method not in receipts.METHODS:
        raise ValidationError("method", f"退款方式须为 cash、transfer、cheque 或 other，而不是“{method}”")
    reference = str(data.get("reference") or "").strip() or None
    if reference and len(reference) > receipts.MAX_REFERENCE:
        raise ValidationError("reference", "凭证号/说明过长")
    return {"date": issued_on, "refund": refund, "deductions": deductions, "method": method,
            "reference": reference}


def _check_refundable(ctx: AppContext, number: str, total: Decimal) -> tuple[Any, dict[str, Any]]:
    doc = _deposit(ctx, number)
    if doc.is_void:
        raise StateError(f"押金收据 {number} 已作废，不能办理退还", message_en=f"{number} is void", field="number")
    summary = _summary(ctx, doc)
    balance = Decimal(summary["balance"])
    if total > balance:
        raise ValidationError(
            "refund", f"退还与扣款合计 ¥{plain_amount(total)} 超过押金余额 ¥{plain_amount(balance)}",
            message_en=f"refund + deductions {total} exceed the balance {balance}",
        )
    return doc, summary


def refund_deposit(ctx: AppContext, number: str, data: Any, out_dir: Path) -> IssueResult:
    """Issue a numbered 押金退还单 (refund and/or deductions) linked to the deposit receipt."""
    valid = validate_refund(data)
    deduction_total = sum((d["amount"] for d in valid["deductions"]), Decimal(0))
    total = valid["refund"] + deduction_total
    doc, summary = _check_refundable(ctx, number, total)
    if valid["date"] < doc.issued_on:
        raise ValidationError("date", f"退还日期早于押金收据日期（{doc.issued_on.isoformat()}）")
    balance_before = Decimal(summary["balance"])
    rec = receipt_doc.normalized(doc.data)
    snapshot: dict[str, Any] = {
        "receipt": {"number": doc.number, "date": doc.issued_on.isoformat(),
                    "payer": rec["payer"], "purpose": rec["purpose"],
                    "amount": plain_amount(doc.amount or Decimal(rec["amount"]))},
        "date": valid["date"].isoformat(),
        "deductions": [{"reason": d["reason"], "amount": plain_amount(d["amount"])}
                       for d in valid["deductions"]],
        "deduction_total": plain_amount(deduction_total),
        "refund": plain_amount(valid["refund"]),
        "method": valid["method"], "reference": valid["reference"],
        "previous_deducted": summary["deducted"], "previous_refunded": summary["refunded"],
        "balance_before": plain_amount(balance_before),
        "balance_after": plain_amount(balance_before - total),
        "copies": list(receipts.defaults()["refund_copies"]),
        "signers": list(receipts.defaults()["refund_signers"]),
        "payee": str(ctx.profile.get("name") or doc.data.get("payee") or ""),
    }
    series_key, pattern = REFUND_SERIES
    sample = receipts._sample_number(ctx, series_key, pattern, valid["date"])
    receipts._check_fits(KIND_REFUND, receipt_doc.refund_content(snapshot, sample), "a4")
    out_dir = output_dir(out_dir)

    def name_parts(n: str) -> list[str]:
        return [n, "押金退还单", doc.number]

    def build(n: str | None) -> Any:
        return receipt_doc.form_document(KIND_REFUND, receipt_doc.refund_content(snapshot, n))

    def render(n: str) -> list[tuple[str, Path]]:
        # Inside BEGIN IMMEDIATE: no other refund can slip in between check and record.
        _, now = _check_refundable(ctx, number, total)
        if Decimal(now["balance"]) != balance_before:
            raise StateError("押金余额刚被其他操作改变，请重新办理", message_en="balance changed")
        return receipts.write_form_files(out_dir, name_parts(n), KIND_REFUND,
                                         receipt_doc.refund_content(snapshot, n), "a4",
                                         staged=True)

    return issue_document(
        ctx, kind=KIND_REFUND, series_key=series_key, default_pattern=pattern,
        issued_on=valid["date"], snapshot=snapshot, build=build, out_dir=out_dir,
        name_parts=name_parts, formats=("pdf", "docx"), party_name=doc.party_name,
        amount=valid["refund"], parent_number=doc.number, render=render,
    )
