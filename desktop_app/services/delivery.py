"""Delivery records (送达): evidence that a demand arrived (DOMAIN.md section 3).

A demand interrupts limitation when it arrives (民法典 195); the SPC reply 〔2003〕民二他字第6号
presumes delivery by EMS when the creditor keeps the mail stub and the content. So each record
keeps method, tracking number, date posted, address used, the waybill item name (letter title
+ number) and sits beside the stored SHA-256 of the exact PDF that was sent.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.domain.errors import StateError, ValidationError
from desktop_app.services.context import AppContext

METHODS = {"ems": "EMS", "registered": "挂号信", "courier": "快递", "in_person": "当面送达",
           "email": "电子邮件", "sms": "短信"}
STATUSES = {"pending": "待签收", "signed": "已签收", "returned": "退回"}
POSTAL = ("ems", "registered", "courier")


def _title(kind: str, data: dict[str, Any]) -> str:
    from desktop_app.services.ledger_sync import letter_titles

    title = data.get("title") if isinstance(data.get("title"), str) else None
    return title or letter_titles().get(kind, kind)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def add_delivery(ctx: AppContext, number: str, method: str, tracking: str | None = None,
                 date_text: str | date | None = None, status: str = "pending",
                 address: str | None = None) -> dict[str, Any]:
    """Record how and when a letter was sent (``delivery add``); returns the record."""
    from desktop_app.domain.dates import parse_date
    from desktop_app.services.issuing import after_change

    if method not in METHODS:
        raise ValidationError("--method", "送达方式只能是 " + "、".join(
            f"{k}（{v}）" for k, v in METHODS.items()))
    status = status or "pending"
    if status not in STATUSES:
        raise ValidationError("--status", "送达状态只能是 pending（待签收）、signed（已签收）或 returned（退回）")
    if date_text in (None, ""):
        raise ValidationError("--date", "请填写寄出（送达）日期")
    sent_on = parse_date(date_text, "--date")
    doc = ctx.store.get(number)
    if doc.is_void:
        raise StateError(f"{number} 已作废，不能登记送达", message_en=f"{number} is void", field="number")
    tracking = _clean(tracking)
    address = _clean(address)
    warnings: list[dict[str, Any]] = []
    if address is None:
        snapshot_input = doc.data.get("input")
        data: dict[str, Any] = snapshot_input if isinstance(snapshot_input, dict) else doc.data
        debtor = data.get("debtor") if isinstance(data.get("debtor"), dict) else {}
        address = _clean(debtor.get("address")) if debtor else None
    if method in POSTAL and not tracking:
        warnings.append({"code": "NO_TRACKING", "message": "邮寄送达未填写运单号：请保留邮寄凭证，"
                         "否则难以证明函件已送达"})
    if sent_on < doc.issued_on:
        warnings.append({"code": "DATE_BEFORE_ISSUE",
                         "message": f"寄出日期 {sent_on.isoformat()} 早于函件日期 {doc.issued_on.isoformat()}"})
    if sent_on > date.today():
        warnings.append({"code": "DATE_IN_FUTURE", "message": f"寄出日期 {sent_on.isoformat()} 晚于今天"})
    record_id = ctx.store.add_delivery(number, method=method, date_sent=sent_on, tracking=tracking,
                                       status=status, address=address, operator=ctx.operator)
    warnings.extend(after_change(ctx))
    record = next(r for r in list_deliveries(ctx, number) if r["id"] == record_id)
    record["warnings"] = warnings
    return record


def list_deliveries(ctx: AppContext, number: str | None = None) -> list[dict[str, Any]]:
    """Delivery records (all, or one letter's), each with the letter's PDF and its SHA-256."""
    docs: dict[str, Any] = {}
    if number:
        docs[number] = ctx.store.get(number)  # NotFoundError for an unknown number
    out: list[dict[str, Any]] = []
    for row in ctx.store.list_deliveries(number):
        doc = docs.get(row["number"]) or docs.setdefault(row["number"], ctx.store.get(row["number"]))
        pdf = doc.file("pdf")
        title = _title(doc.kind, doc.data)
        out.append({
            "id": row["id"], "number": row["number"], "kind": doc.kind, "title": title,
            "item_name": f"{title}{row['number']}", "method": row["method"],
            "method_label": METHODS.get(row["method"], row["method"]),
            "tracking": row["tracking"], "date": row["date"], "status": row["status"],
            "status_label": STATUSES.get(row["status"], row["status"]),
            "address": row["address"], "pdf": pdf.path if pdf else None,
            "pdf_sha256": pdf.sha256 if pdf else None, "recorded_at": row["created_at"],
        })
    return out
