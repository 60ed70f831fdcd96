"""Receipt-type documents: 收据 / 押金收据, 收款证明 (lost receipt), 押金退还单 (refund slip).

Each is built from the JSON-able snapshot stored with the document, so a reprint (重打/副本)
or a void copy (作废 stamp) years later shows exactly what was issued, whatever the settings
or the firm profile say by then (DOMAIN.md section 4).

``*_content`` give the ``FormContent`` the canvas draws (``receipt_layouts``);
``form_document`` gives the same text as a model ``Document`` for the glyph check and the
DOCX copy. ``render_pdf_file`` writes the PDF for a layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

from desktop_app.documents import receipt_layouts as rl
from desktop_app.documents.model import Document, Heading, NumberLine, Paragraph, Table, Title
from desktop_app.domain.dates import format_date_cn
from desktop_app.domain.masking import mask_id
from desktop_app.domain.money import format_amount
from desktop_app.domain.words import amount_in_words

REPRINT_MARK = "重打/副本"
VOID_STAMP = "作废"

METHOD_LABELS = {"cash": "现金", "transfer": "转账", "cheque": "支票", "other": "其他"}
REFERENCE_LABELS = {"transfer": "流水号", "cheque": "支票号", "other": "说明"}
ID_LABELS = {"company": "统一社会信用代码", "person": "证件号码", "employee": "证件号码"}
TITLES = {"deposit": "押金收据", "general": "收据"}


def figures(amount: Decimal | str) -> str:
    """``¥1,409.50`` — ¥ directly before the figures, always two decimals (DOMAIN.md §5)."""
    return "¥" + format_amount(Decimal(str(amount)))


def cn_date(iso_text: str) -> str:
    return format_date_cn(date.fromisoformat(iso_text))


def method_text(method: str, reference: str | None) -> str:
    label = METHOD_LABELS.get(method, method)
    if reference:
        return f"{label}（{REFERENCE_LABELS.get(method, '说明')}：{reference}）"
    return label


def payer_text(payer: dict[str, Any]) -> str:
    """Payer name with the masked ID number in brackets (masking again changes nothing)."""
    name = str(payer.get("name") or "")
    id_number = payer.get("id_number")
    if id_number:
        return f"{name}（{ID_LABELS.get(str(payer.get('type')), '证件号码')}：{mask_id(str(id_number))}）"
    return name


def normalized(snap: dict[str, Any]) -> dict[str, Any]:
    """Fill what receipts imported from an old ledger may lack (title, method, purpose…)."""
    out = dict(snap)
    out["title"] = snap.get("title") or TITLES.get(str(snap.get("series")), "收据")
    out["payer"] = snap.get("payer") if isinstance(snap.get("payer"), dict) else {
        "name": str(snap.get("payer") or "")}
    out["purpose"] = snap.get("purpose") or ""
    out["method"] = snap.get("method") or "other"
    return out


def void_note(doc_status: dict[str, Any]) -> str:
    """``作废原因：…（2026-01-05 10:00，操作人 王五）`` for the stamp line."""
    extra = []
    if doc_status.get("voided_at"):
        extra.append(str(doc_status["voided_at"])[:16].replace("T", " "))
    if doc_status.get("operator"):
        extra.append(f"操作人 {doc_status['operator']}")
    tail = f"（{'，'.join(extra)}）" if extra else ""
    return f"作废原因：{doc_status.get('reason') or ''}{tail}"


# -- content ------------------------------------------------------------------------------------
def receipt_content(snap: dict[str, Any], number: str | None, *, mark: str | None = None,
                    stamp: str | None = None, stamp_note: str | None = None) -> rl.FormContent:
    snap = normalized(snap)
    amount = Decimal(snap["amount"])
    words = amount_in_words(amount)
    rows = [
        rl.FormRow("交款单位/人", payer_text(snap["payer"]), "payer.name"),
        rl.FormRow("收款事由", snap["purpose"], "purpose"),
        rl.FormRow("金额（大写）", words, "amount", "小写", figures(amount)),
        rl.FormRow("收款方式", method_text(snap["method"], snap.get("reference")), "reference"),
        rl.FormRow("备注", snap.get("remarks") or "", "remarks"),
    ]
    overlay = {
        "number": f"NO. {number}" if number else "",
        "date": cn_date(snap["date"]),
        "payer": payer_text(snap["payer"]),
        "purpose": snap["purpose"],
        "amount_words": words,
        "amount_figures": figures(amount),
        "method": method_text(snap["method"], snap.get("reference")),
        "remarks": snap.get("remarks") or "",
        "payee": snap.get("payee") or "",
        "signers": "　".join(f"{s}：" for s in snap.get("signers") or ()),
    }
    return rl.FormContent(
        title=snap["title"], number=number, date_text=cn_date(snap["date"]), rows=rows,
        payee_label="收款单位（盖章）", payee=snap.get("payee") or "",
        signers=tuple(snap.get("signers") or ()), copies=tuple(snap.get("copies") or ()),
        mark=mark, stamp=stamp, stamp_note=stamp_note, overlay_values=overlay,
        pdf_title=f"{snap['title']} {number or ''}".strip(), author=snap.get("payee") or "",
    )


def certificate_statement(orig: dict[str, Any], payee: str) -> str:
    return (
        f"兹证明：{payer_text(orig['payer'])}已于{cn_date(orig['date'])}向本单位交付上列款项"
        f"{figures(orig['amount'])}（{amount_in_words(Decimal(orig['amount']))}），本单位已如数收讫，"
        f"并开具编号为 {orig['number']} 的{orig['title']}。该收据的收据联经交款人报称遗失，"
        "本单位不补开收据，特出具本证明，证明上述款项已收讫。本证明不是收据原件，"
        "不得凭以重复报销或重复退款；原收据存根联、记账联由本单位留存备查。"
    )


def certificate_content(snap: dict[str, Any], number: str | None, *, mark: str | None = None,
                        stamp: str | None = None,
                        stamp_note: str | None = None) -> rl.FormContent:
    orig = snap["original"]
    amount = Decimal(orig["amount"])
    rows = [
        rl.FormRow("原收据编号", f"{orig['number']}（{orig['title']}，开具日期 {cn_date(orig['date'])}）",
                   "number"),
        rl.FormRow("交款单位/人", payer_text(orig["payer"]), "payer.name"),
        rl.FormRow("收款事由", orig["purpose"], "purpose"),
        rl.FormRow("金额（大写）", amount_in_words(amount), "amount", "小写", figures(amount)),
        rl.FormRow("收款方式", method_text(orig["method"], orig.get("reference")), "reference"),
        rl.FormRow("证明事项", certificate_statement(orig, snap.get("payee") or ""), "statement"),
    ]
    return rl.FormContent(
        title="收款证明", number=number, date_text=cn_date(snap["date"]), rows=rows,
        payee_label="证明单位（盖章）", payee=snap.get("payee") or "",
        signers=tuple(snap.get("signers") or ()), copies=tuple(snap.get("copies") or ()),
        mark=mark, stamp=stamp, stamp_note=stamp_note,
        pdf_title=f"收款证明 {number or ''}".strip(), author=snap.get("payee") or "",
    )


def deductions_text(deductions: Sequence[dict[str, Any]]) -> str:
    if not deductions:
        return "无"
    lines = [f"{i}. {d['reason']}　{figures(d['amount'])}" for i, d in enumerate(deductions, 1)]
    total = sum((Decimal(d["amount"]) for d in deductions), Decimal(0))
    if len(deductions) > 1:
        lines.append(f"扣款合计　{figures(total)}")
    return "\n".join(lines)


def refund_content(snap: dict[str, Any], number: str | None, *, mark: str | None = None,
                   stamp: str | None = None, stamp_note: str | None = None) -> rl.FormContent:
    rec = snap["receipt"]
    refund = Decimal(snap["refund"])
    balance_after = Decimal(snap["balance_after"])
    previous = (f"此前已扣 {figures(snap['previous_deducted'])}，此前已退 "
                f"{figures(snap['previous_refunded'])}，本次办理前余额 {figures(snap['balance_before'])}")
    rows = [
        rl.FormRow("原押金收据", f"{rec['number']}（开具日期 {cn_date(rec['date'])}）押金金额 "
                   f"{figures(rec['amount'])}", "number"),
        rl.FormRow("交款单位/人", payer_text(rec["payer"]), "payer.name"),
        rl.FormRow("原收款事由", rec["purpose"], "purpose"),
        rl.FormRow("此前办理", previous, "previous"),
        rl.FormRow("本次扣款及原因", deductions_text(snap.get("deductions") or []), "deductions"),
        rl.FormRow("退还金额（大写）", amount_in_words(refund), "refund", "小写", figures(refund)),
        rl.FormRow("退款方式", method_text(snap["method"], snap.get("reference")), "reference"),
        rl.FormRow("剩余押金", figures(balance_after) + ("（已结清）" if balance_after == 0 else ""),
                   "balance"),
    ]
    return rl.FormContent(
        title="押金退还单", number=number, date_text=cn_date(snap["date"]), rows=rows,
        payee_label="退款单位（盖章）", payee=snap.get("payee") or "",
        signers=tuple(snap.get("signers") or ()), copies=tuple(snap.get("copies") or ()),
        mark=mark, stamp=stamp, stamp_note=stamp_note,
        pdf_title=f"押金退还单 {number or ''}".strip(), author=snap.get("payee") or "",
    )


CONTENT_BUILDERS = {
    "receipt": receipt_content,
    "receipt_certificate": certificate_content,
    "deposit_refund": refund_content,
}


def content_for(kind: str, snap: dict[str, Any], number: str | None, **marks: Any) -> rl.FormContent:
    return CONTENT_BUILDERS[kind](snap, number, **marks)


# -- model Document (glyph check, DOCX) ----------------------------------------------------------
def form_document(kind: str, content: rl.FormContent) -> Document:
    """The form's text as a model Document: one table of fields, copies listed at the end."""
    doc = Document(kind=kind, title=content.title, number=content.number, author=content.author)
    doc.add(Title(content.title))
    if content.number:
        doc.add(NumberLine(f"NO. {content.number}"))
    if content.mark:
        doc.add(Heading(content.mark))
    doc.add(Paragraph(f"日期：{content.date_text}", indent=False, align="left"))
    rows: list[tuple[str, str]] = []
    for r in content.rows:
        rows.append((r.label, r.value))
        if r.side_label is not None:
            rows.append((f"金额（{r.side_label}）", r.side_value or ""))
    doc.add(Table(header=("项目", "内容"), rows=tuple(rows), align=("left", "left"), widths=(1, 4)))
    doc.add(Paragraph(f"{content.payee_label}：{content.payee}", indent=False, align="left"))
    if content.signers:
        doc.add(Paragraph("　　".join(f"{s}：________" for s in content.signers), indent=False,
                          align="left"))
    if content.copies:
        doc.add(Paragraph(f"本单一式{len(content.copies)}联：{'、'.join(content.copies)}",
                          indent=False, align="left"))
    if content.stamp:
        doc.watermark = content.stamp
        if content.stamp_note:
            doc.add(Paragraph(content.stamp_note, indent=False, align="left"))
    return doc


# -- PDF output -----------------------------------------------------------------------------------
def draw_pdf(target: Path | BytesIO, kind: str, content: rl.FormContent, layout: str,
             overlay_spec: dict[str, Any] | None = None,
             offset_mm: tuple[Decimal, Decimal] = (Decimal(0), Decimal(0))) -> None:
    """Draw the document in its layout; certificates and refund slips are A4, two copies."""
    if kind != "receipt":
        rl.draw_form(target, content, rl.A4_HALVES)
    elif layout == rl.OVERLAY:
        rl.draw_overlay(target, content, overlay_spec or rl.load_overlay(), offset_mm)
    else:
        rl.draw_form(target, content, rl.LAYOUTS[layout])


def render_pdf_file(target: Path, kind: str, content: rl.FormContent, layout: str,
                    overlay_spec: dict[str, Any] | None = None,
                    offset_mm: tuple[Decimal, Decimal] = (Decimal(0), Decimal(0))) -> Path:
    return rl.write_pdf(target, lambda tmp: draw_pdf(tmp, kind, content, layout, overlay_spec,
                                                     offset_mm))


def stamp_existing_pdf(source: Path, target: Path, stamp: str, note: str | None) -> Path:
    """A copy of any PDF (e.g. a letter) with the 作废 stamp drawn over every page."""
    from pypdf import PdfReader, PdfWriter

    def draw(tmp: Path) -> None:
        writer = PdfWriter(clone_from=str(source))
        for page in writer.pages:
            w, h = float(page.mediabox.width), float(page.mediabox.height)
            buf = BytesIO()
            c = rl.new_canvas(buf, (w / rl.mm, h / rl.mm), stamp)
            rl.draw_stamp(c, w * 0.55, h * 0.55, stamp, min(w, h) * 0.16, note)
            c.showPage()
            c.save()
            page.merge_page(PdfReader(BytesIO(buf.getvalue())).pages[0])
        with open(tmp, "wb") as fh:
            writer.write(fh)

    return rl.write_pdf(target, draw)
