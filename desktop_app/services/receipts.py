"""Receipts: issue, void, reprint, lost-receipt certificate (DOMAIN.md section 4).

* Each series has its own continuous numbers: ``receipt_general`` (SJ-{year}-{seq:05d}) and
  ``receipt_deposit`` (YJ-{year}-{seq:05d}); patterns are configurable (``series set``).
* Everything is validated before a number is taken, including whether the text fits the
  chosen layout; a failed issue consumes no number (会计基础工作规范: continuous numbers).
* A voided document keeps its number and record; its PDF is re-rendered with a 作废 stamp.
* A reprint is marked 重打/副本 and recorded; a lost 收据联 gets a numbered 收款证明, never a
  second original.

Files: the PDF is the original (drawn form, fonts embedded). Except for 套打 (overlay, PDF
only: it is meant for the pre-printed paper), a DOCX with the same text is written too, for
offices that file Word copies; it is one copy's text as a table, not the drawn form. Reprints
and void copies are PDF only.

Kinds: ``receipt`` (both series; ``data.series`` says which), ``receipt_certificate``,
``deposit_refund`` (services/deposits.py). Settings: ``receipt_copies`` (copy labels, order,
count), ``receipt_signers`` (signature roles), ``receipt_layout`` (default layout),
``overlay_offset_mm`` {x, y} (套打 calibration), ``overlay_layout_file`` (own field map).
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop_app.documents import receipt as receipt_doc
from desktop_app.documents import receipt_layouts as rl
from desktop_app.domain.dates import parse_date
from desktop_app.domain.errors import NotFoundError, StateError, ValidationError
from desktop_app.domain.masking import mask_id
from desktop_app.domain.money import parse_amount, plain_amount
from desktop_app.paths import resource_path
from desktop_app.services.context import AppContext
from desktop_app.services.files import file_in, free_name_parts, output_dir
from desktop_app.services.issuing import IssueResult, after_change, issue_document, render_files
from desktop_app.store.db import staged_path

KIND_RECEIPT = "receipt"
KIND_CERTIFICATE = "receipt_certificate"
KIND_REFUND = "deposit_refund"
FORM_KINDS = (KIND_RECEIPT, KIND_CERTIFICATE, KIND_REFUND)

SERIES = {
    "general": ("receipt_general", "SJ-{year}-{seq:05d}"),
    "deposit": ("receipt_deposit", "YJ-{year}-{seq:05d}"),
}
CERTIFICATE_SERIES = ("certificate", "ZM-{year}-{seq:05d}")
METHODS = tuple(receipt_doc.METHOD_LABELS)
PAYER_TYPES = ("person", "company", "employee")

MAX_NAME = 100
MAX_PURPOSE = 300
MAX_REMARKS = 400
MAX_REFERENCE = 60
MAX_COPIES = 6
MAX_VOID_REASON = 50
MAX_SIGNERS = 5

EMPLOYEE_DEPOSIT = "EMPLOYEE_DEPOSIT"
EMPLOYEE_DEPOSIT_MESSAGE = (
    "交款人是本单位员工：《劳动合同法》第九条禁止用人单位以担保或者其他名义向劳动者收取财物；"
    "违反的，依第八十四条由劳动行政部门责令限期退还，并按每人500元以上2,000元以下的标准处以罚款。"
    "请确认这笔款项不是向员工收取的押金、保证金或担保财物。"
)


@lru_cache(maxsize=1)
def defaults() -> dict[str, Any]:
    """``resources/layouts/receipt_defaults.json``: copy labels, signers, titles, remarks."""
    return json.loads(resource_path("layouts", "receipt_defaults.json").read_text("utf-8"))


# -- settings -----------------------------------------------------------------------------------
def _label_list(value: Any, key: str, limit: int, default: list[str]) -> list[str]:
    if value is None:
        return list(default)
    if not isinstance(value, list) or not value or len(value) > limit:
        raise ValidationError(key, f"设置 {key} 须为 1 至 {limit} 个名称的列表")
    out = [str(v).strip() for v in value]
    if any(not v or len(v) > 12 for v in out):
        raise ValidationError(key, f"设置 {key} 中的名称不能为空且不超过 12 个字")
    return out


def receipt_copies(ctx: AppContext) -> list[str]:
    return _label_list(ctx.store.get_setting("receipt_copies"), "receipt_copies", MAX_COPIES,
                       defaults()["copies"])


def receipt_signers(ctx: AppContext) -> list[str]:
    return _label_list(ctx.store.get_setting("receipt_signers"), "receipt_signers", MAX_SIGNERS,
                       defaults()["signers"])


def default_layout(ctx: AppContext) -> str:
    return rl.check_layout(ctx.store.get_setting("receipt_layout") or defaults()["layout"],
                           "receipt_layout")


def overlay_offset(ctx: AppContext) -> tuple[Decimal, Decimal]:
    """The per-printer 套打 offset in mm (setting ``overlay_offset_mm`` {x, y})."""
    raw = ctx.store.get_setting("overlay_offset_mm") or {}
    try:
        return Decimal(str(raw.get("x", 0))), Decimal(str(raw.get("y", 0)))
    except (InvalidOperation, AttributeError) as exc:
        raise ValidationError("overlay_offset_mm", "套打偏移设置无效，请重新校准") from exc


def set_overlay_offset(ctx: AppContext, x: Any, y: Any) -> dict[str, str]:
    """Store the calibration offset (mm, −30 … 30; X right, Y down positive)."""
    values = {}
    for key, value in (("x", x), ("y", y)):
        try:
            d = Decimal(str(value).strip())
        except InvalidOperation as exc:
            raise ValidationError(f"overlay_offset_mm.{key}", f"偏移须为数字（毫米）：{value}") from exc
        if not d.is_finite() or abs(d) > 30:
            raise ValidationError(f"overlay_offset_mm.{key}", "偏移须在 -30 至 30 毫米之间")
        values[key] = str(d.quantize(Decimal("0.1")))
    ctx.store.set_setting("overlay_offset_mm", values)
    return values


def overlay_spec(ctx: AppContext) -> dict[str, Any]:
    own = ctx.store.get_setting("overlay_layout_file")
    return rl.load_overlay(Path(own) if own else None)


def calibration_page(ctx: AppContext, out_dir: Path) -> Path:
    """Write the 套打 calibration page (mm grid + crosshairs at the fields) and return it."""
    target = file_in(output_dir(out_dir), "套打校准页", suffix=".pdf")
    spec, offset = overlay_spec(ctx), overlay_offset(ctx)
    return rl.write_pdf(target, lambda tmp: rl.draw_calibration(tmp, spec, offset))


# -- validation ---------------------------------------------------------------------------------
def _text(data: dict[str, Any], key: str, field: str, limit: int, required: bool,
          what: str) -> str | None:
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, f"{what}不能为空")
        return None
    if not isinstance(value, str):
        raise ValidationError(field, f"{what}须为文本")
    text = value.strip()
    # XML (DOCX) cannot hold lone surrogates or U+FFFE/U+FFFF either (issue 9 corpus)
    if any((ord(c) < 32 and c != "\n") or 0xD800 <= ord(c) <= 0xDFFF
           or ord(c) in (0xFFFE, 0xFFFF) for c in text):
        raise ValidationError(field, f"{what}含有控制字符")
    if len(text) > limit:
        raise ValidationError(field, f"{what}过长（最多 {limit} 字，现有 {len(text)} 字）")
    return text


def validate_receipt(data: Any) -> dict[str, Any]:
    """Check receipt JSON; returns clean values (``amount`` Decimal, ``date`` date).

    Raises ``ValidationError`` naming the field: ``series``, ``date``, ``payer.name``,
    ``payer.type``, ``purpose``, ``amount``, ``method``, ``reference``, ``remarks``,
    ``layout``.
    """
    if not isinstance(data, dict):
        raise ValidationError("data", "收据数据须为 JSON 对象")
    series = str(data.get("series") or "").strip()
    if series not in SERIES:
        raise ValidationError("series", f"收据类别须为 deposit（押金收据）或 general（收据），而不是“{series}”")
    issued_on = parse_date(data["date"], "date") if data.get("date") else date.today()
    payer = data.get("payer")
    if isinstance(payer, str):
        payer = {"name": payer}
    if not isinstance(payer, dict):
        raise ValidationError("payer.name", "交款单位/人不能为空")
    name = _text(payer, "name", "payer.name", MAX_NAME, True, "交款单位/人")
    if name and "\n" in name:
        raise ValidationError("payer.name", "交款单位/人不能换行")
    ptype = str(payer.get("type") or "person").strip()
    if ptype not in PAYER_TYPES:
        raise ValidationError("payer.type", f"交款人类型须为 person、company 或 employee，而不是“{ptype}”")
    id_number = _text(payer, "id_number", "payer.id_number", 40, False, "证件号码")
    phone = _text(payer, "phone", "payer.phone", 40, False, "电话")
    purpose = _text(data, "purpose", "purpose", MAX_PURPOSE, True, "收款事由")
    if data.get("amount") is None:
        raise ValidationError("amount", "金额不能为空")
    amount = parse_amount(data["amount"], "amount")
    method = str(data.get("method") or "").strip()
    if method not in METHODS:
        raise ValidationError("method", f"收款方式须为 cash、transfer、cheque 或 other，而不是“{method}”")
    reference = _text(data, "reference", "reference", MAX_REFERENCE, False, "凭证号/说明")
    remarks = _text(data, "remarks", "remarks", MAX_REMARKS, False, "备注")
    layout = rl.check_layout(data.get("layout")) if data.get("layout") else None
    return {
        "series": series, "date": issued_on,
        "payer": {"name": name, "type": ptype, "id_number": id_number, "phone": phone},
        "purpose": purpose, "amount": amount, "method": method, "reference": reference,
        "remarks": remarks, "layout": layout,
    }


def receipt_warnings(valid: dict[str, Any]) -> list[dict[str, Any]]:
    """Warnings the user must acknowledge (the GUI asks to confirm; the CLI prints them)."""
    if valid["payer"]["type"] == "employee":
        return [{"code": EMPLOYEE_DEPOSIT, "field": "payer.type", "message": EMPLOYEE_DEPOSIT_MESSAGE}]
    return []


def _check_fits(kind: str, content: rl.FormContent, layout: str,
                spec: dict[str, Any] | None = None) -> None:
    """Draw once into memory: a value that does not fit is an error before numbering."""
    try:
        rl.render_bytes(lambda buf: receipt_doc.draw_pdf(buf, kind, content, layout, spec))
    except rl.FormOverflow as exc:
        raise ValidationError(
            exc.field, f"内容过长，在所选版式（{rl.LAYOUT_LABELS.get(layout, layout)}）中放不下，请精简文字",
            message_en=f"{exc.field} does not fit the layout {layout}",
        ) from exc


def _sample_number(ctx: AppContext, series_key: str, pattern: str, issued_on: date) -> str:
    ctx.store.ensure_series(series_key, pattern)
    return ctx.store.peek_number(series_key, issued_on)


def write_form_files(out_dir: Path, parts: list[str], kind: str, content: rl.FormContent,
                     layout: str, spec: dict[str, Any] | None = None,
                     offset: tuple[Decimal, Decimal] = (Decimal(0), Decimal(0)),
                     docx: bool = True, staged: bool = False) -> list[tuple[str, Path]]:
    """The PDF (the original, drawn form) and, except for 套打, a DOCX with the same text.

    ``staged``: written under staged names, published by the store after its commit.
    """
    if staged:
        parts = free_name_parts(out_dir, parts, (".pdf", ".docx"))
    target = file_in(out_dir, *parts, suffix=".pdf")
    receipt_doc.render_pdf_file(staged_path(target) if staged else target, kind, content,
                                layout, spec, offset)
    written: list[tuple[str, Path]] = [("pdf", target)]
    if docx and layout != rl.OVERLAY:
        try:
            written += render_files(receipt_doc.form_document(kind, content), out_dir, parts,
                                    ("docx",), staged=staged)
        except BaseException:
            staged_path(target).unlink(missing_ok=True)
            target.unlink(missing_ok=True)
            raise
    return written


# -- issue ----------------------------------------------------------------------------------------
def _receipt_snapshot(ctx: AppContext, valid: dict[str, Any]) -> dict[str, Any]:
    """What a receipt records and prints (shared by issuing and the live preview)."""
    payer = valid["payer"]
    remarks = valid["remarks"]
    if remarks is None and valid["series"] == "deposit":
        remarks = defaults()["deposit_remarks"]
    return {
        "series": valid["series"],
        "title": defaults()["titles"][valid["series"]],
        "date": valid["date"].isoformat(),
        # the ID number is kept masked only: the receipt shows it masked (个人信息保护法)
        "payer": {"name": payer["name"], "type": payer["type"],
                  "id_number": mask_id(payer["id_number"]) if payer["id_number"] else None,
                  "phone": payer["phone"]},
        "purpose": valid["purpose"],
        "amount": plain_amount(valid["amount"]),
        "method": valid["method"],
        "reference": valid["reference"],
        "remarks": remarks,
        "layout": valid["layout"] or default_layout(ctx),
        "copies": receipt_copies(ctx),
        "signers": receipt_signers(ctx),
        "payee": str(ctx.profile.get("name") or ""),
    }


def issue_receipt(ctx: AppContext, data: Any, out_dir: Path,
                  sync_ledger: bool = True) -> IssueResult:
    """Issue a numbered 收据 / 押金收据 in its layout; prints warnings (employee deposit)."""
    valid = validate_receipt(data)
    series_key, pattern = SERIES[valid["series"]]
    payer = valid["payer"]
    snapshot = _receipt_snapshot(ctx, valid)
    layout = snapshot["layout"]
    spec = overlay_spec(ctx) if layout == rl.OVERLAY else None
    offset = overlay_offset(ctx)
    sample = _sample_number(ctx, series_key, pattern, valid["date"])
    _check_fits(KIND_RECEIPT, receipt_doc.receipt_content(snapshot, sample), layout, spec)
    out_dir = output_dir(out_dir)

    def name_parts(number: str) -> list[str]:
        return [number, snapshot["title"], payer["name"]]

    def build(number: str | None) -> Any:
        return receipt_doc.form_document(KIND_RECEIPT,
                                         receipt_doc.receipt_content(snapshot, number))

    def render(number: str) -> list[tuple[str, Path]]:
        return write_form_files(out_dir, name_parts(number), KIND_RECEIPT,
                                receipt_doc.receipt_content(snapshot, number), layout, spec, offset,
                                staged=True)

    return issue_document(
        ctx, kind=KIND_RECEIPT, series_key=series_key, default_pattern=pattern,
        issued_on=valid["date"], snapshot=snapshot, build=build, out_dir=out_dir,
        name_parts=name_parts, formats=("pdf", "docx"), party_name=payer["name"],
        amount=valid["amount"], warnings=receipt_warnings(valid), render=render,
        sync_ledger=sync_ledger,
    )


PREVIEW_SUFFIX = "（预览）"
PREVIEW_STAMP = "草稿"


def preview_receipt_pdf(ctx: AppContext, data: Any) -> bytes:
    """The PDF the form would issue now, as a draft (GUI live preview); records nothing.

    Same validation and layout check as ``issue_receipt`` (a preview that renders means the
    issue will not fail on the form); the next number is only read, never taken (DOMAIN.md
    section 4: continuous numbers), shown with （预览） and a 草稿 stamp over each copy.
    """
    valid = validate_receipt(data)
    series_key, pattern = SERIES[valid["series"]]
    snapshot = _receipt_snapshot(ctx, valid)
    layout = snapshot["layout"]
    spec = overlay_spec(ctx) if layout == rl.OVERLAY else None
    try:  # read-only: a series not created yet starts at 1 (no ensure_series write here)
        number = ctx.store.peek_number(series_key, valid["date"])
    except NotFoundError:
        from desktop_app.store.db import format_number

        number = format_number(pattern, valid["date"].year, 1)
    _check_fits(KIND_RECEIPT, receipt_doc.receipt_content(snapshot, number), layout, spec)
    offset = overlay_offset(ctx)

    def draw(shown: str) -> bytes:
        content = receipt_doc.receipt_content(snapshot, shown, stamp=PREVIEW_STAMP)
        return rl.render_bytes(lambda buf: receipt_doc.draw_pdf(buf, KIND_RECEIPT, content,
                                                                layout, spec, offset))

    try:
        return draw(number + PREVIEW_SUFFIX)
    except rl.FormOverflow:  # a narrow layout may not hold the suffix next to the number
        return draw(number)


# -- void ----------------------------------------------------------------------------------------
def _doc_folder(ctx: AppContext, doc: Any) -> Path:
    pdf = doc.file("pdf")
    if pdf and Path(pdf.path).parent.is_dir():
        return Path(pdf.path).parent
    return output_dir(ctx.output_root)


def _refuse_with_live_children(ctx: AppContext, number: str) -> None:
    """A receipt with a live refund slip or 收款证明 cannot be voided first: the deposit's
    balance and the certificate would then quote a receipt that no longer stands."""
    live = [d.number for d in ctx.store.list_documents(parent_number=number) if not d.is_void]
    if live:
        raise StateError(
            f"单据 {number} 还有未作废的关联单据（{'、'.join(live)}），请先作废这些单据",
            message_en=f"{number} has live linked documents: {', '.join(live)}", field="number")


def void_document(ctx: AppContext, number: str, reason: str) -> dict[str, Any]:
    """Void any document: the record stays (reason, time, operator) and a 作废 copy is written.

    Receipts, certificates and refund slips are re-rendered from their snapshot with the
    stamp; other documents (letters) get a stamped copy of their PDF when it still exists.
    """
    doc = ctx.store.get(number)
    if doc.is_void:
        raise StateError(f"单据 {number} 已于 {doc.voided_at} 作废，不能重复作废",
                         message_en=f"{number} is already void", field="number")
    if not reason or not str(reason).strip():
        raise ValidationError("reason", "作废必须填写原因")
    if len(str(reason).strip()) > MAX_VOID_REASON or "\n" in str(reason).strip():
        raise ValidationError("reason", f"作废原因须为一行，最多 {MAX_VOID_REASON} 字")
    _refuse_with_live_children(ctx, number)

    def render(d: Any) -> list[tuple[str, Path]]:
        _refuse_with_live_children(ctx, number)  # again, inside the void's transaction
        note = receipt_doc.void_note({"reason": d.void_reason, "voided_at": d.voided_at,
                                      "operator": d.void_operator})
        folder = _doc_folder(ctx, d)
        target = file_in(folder, d.number, receipt_doc.VOID_STAMP, suffix=".pdf")
        if d.kind in FORM_KINDS:
            content = receipt_doc.content_for(d.kind, d.data, d.number,
                                               stamp=receipt_doc.VOID_STAMP, stamp_note=note)
            layout = d.data.get("layout") or rl.DEFAULT_LAYOUT
            spec = overlay_spec(ctx) if d.kind == KIND_RECEIPT and layout == rl.OVERLAY else None
            try:
                receipt_doc.render_pdf_file(target, d.kind, content, layout, spec,
                                            overlay_offset(ctx))
            except rl.FormOverflow as exc:  # rolls the void back: nothing changes
                raise ValidationError("reason", "作废原因过长，版面放不下，请精简") from exc
            return [("void_pdf", target)]
        pdf = d.file("pdf")
        if pdf and Path(pdf.path).is_file():
            receipt_doc.stamp_existing_pdf(Path(pdf.path), target, receipt_doc.VOID_STAMP, note)
            return [("void_pdf", target)]
        return []

    voided = ctx.store.void(number, str(reason), ctx.operator, render=render)
    warnings = after_change(ctx)
    return {
        "number": voided.number, "status": voided.status, "voided_at": voided.voided_at,
        "reason": voided.void_reason, "operator": voided.void_operator,
        "files": [f.path for f in voided.files if f.role == "void_pdf"],
        "warnings": warnings,
    }


# -- reprint ----------------------------------------------------------------------------------------
def reprint(ctx: AppContext, number: str, out_dir: Path) -> IssueResult:
    """The same document marked 重打/副本 on each copy (and 作废 if it is void), recorded."""
    doc = ctx.store.get(number)
    if doc.kind not in FORM_KINDS:
        raise StateError(f"单据 {number} 不是收据类单据，不能重打；函件请直接打开原 PDF",
                         message_en=f"{number} is a {doc.kind}, not a receipt-type document",
                         field="number")
    out_dir = output_dir(out_dir)
    count = sum(1 for f in doc.files if f.role == "reprint_pdf") + 1
    stamp = note = None
    if doc.is_void:
        stamp = receipt_doc.VOID_STAMP
        note = receipt_doc.void_note({"reason": doc.void_reason, "voided_at": doc.voided_at,
                                      "operator": doc.void_operator})
    content = receipt_doc.content_for(doc.kind, doc.data, doc.number, mark=receipt_doc.REPRINT_MARK,
                                      stamp=stamp, stamp_note=note)
    layout = doc.data.get("layout") or rl.DEFAULT_LAYOUT
    spec = overlay_spec(ctx) if doc.kind == KIND_RECEIPT and layout == rl.OVERLAY else None
    target = file_in(out_dir, doc.number, "重打", str(count), suffix=".pdf")
    receipt_doc.render_pdf_file(target, doc.kind, content, layout, spec, overlay_offset(ctx))
    try:
        ctx.store.add_files(number, [("reprint_pdf", target)], "reprint",
                            {"file": str(target), "count": count}, ctx.operator)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return IssueResult(doc.number, [str(target)], [])


# -- certificate --------------------------------------------------------------------------------------
def _original_receipt(ctx: AppContext, number: str) -> Any:
    doc = ctx.store.get(number)
    if doc.kind != KIND_RECEIPT:
        raise StateError(f"单据 {number} 不是收据，不能出具收款证明",
                         message_en=f"{number} is not a receipt", field="number")
    if doc.is_void:
        raise StateError(f"收据 {number} 已作废，不能出具收款证明",
                         message_en=f"{number} is void", field="number")
    return doc


def issue_certificate(ctx: AppContext, number: str, out_dir: Path,
                      issued_on: date | None = None) -> IssueResult:
    """A numbered 收款证明 for a lost 收据联, quoting the original; never a second original."""
    orig = _original_receipt(ctx, number)
    d = receipt_doc.normalized(orig.data)
    issued_on = issued_on or date.today()
    if issued_on < orig.issued_on:
        issued_on = orig.issued_on
    snapshot: dict[str, Any] = {
        "original": {"number": orig.number, "title": d["title"],
                     "series": d.get("series"), "date": orig.issued_on.isoformat(),
                     "payer": d["payer"], "purpose": d["purpose"], "amount": d["amount"],
                     "method": d["method"], "reference": d.get("reference")},
        "date": issued_on.isoformat(),
        "copies": list(defaults()["certificate_copies"]),
        "signers": receipt_signers(ctx),
        "payee": str(ctx.profile.get("name") or d.get("payee") or ""),
    }
    warnings: list[dict[str, Any]] = []
    earlier = [c for c in ctx.store.list_documents(kinds=[KIND_CERTIFICATE], parent_number=number)
               if not c.is_void]
    if earlier:
        warnings.append({
            "code": "CERTIFICATE_EXISTS", "field": "number",
            "message": f"收据 {number} 已出具过收款证明（{'、'.join(c.number for c in earlier)}），"
                       "请确认确需再次出具",
        })
    series_key, pattern = CERTIFICATE_SERIES
    sample = _sample_number(ctx, series_key, pattern, issued_on)
    _check_fits(KIND_CERTIFICATE, receipt_doc.certificate_content(snapshot, sample), "a4")
    out_dir = output_dir(out_dir)

    def name_parts(n: str) -> list[str]:
        return [n, "收款证明", orig.number]

    def build(n: str | None) -> Any:
        return receipt_doc.form_document(KIND_CERTIFICATE,
                                         receipt_doc.certificate_content(snapshot, n))

    def render(n: str) -> list[tuple[str, Path]]:
        _original_receipt(ctx, number)  # re-checked inside the numbering transaction
        return write_form_files(out_dir, name_parts(n), KIND_CERTIFICATE,
                                receipt_doc.certificate_content(snapshot, n), "a4", staged=True)

    return issue_document(
        ctx, kind=KIND_CERTIFICATE, series_key=series_key, default_pattern=pattern,
        issued_on=issued_on, snapshot=snapshot, build=build, out_dir=out_dir,
        name_parts=name_parts, formats=("pdf", "docx"), party_name=orig.party_name,
        amount=orig.amount, parent_number=orig.number, warnings=warnings, render=render,
    )

