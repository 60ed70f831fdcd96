"""Keep the Excel ledger (台账.xlsx) in step with the store; export filtered copies.

The store is the record; the workbook is a mirror regenerated after every issuing command
(once at the end of a batch). When the workbook cannot be replaced — open in Excel on
Windows, a read-only share, a folder in the way — issuing still succeeds: the sync returns a
warning, remembers ``ledger_pending`` and the next sync writes it (ARCHITECTURE.md).
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import ValidationError
from desktop_app.ledger.sheets import LETTER_KIND_TITLES, LedgerFilter, LedgerSource
from desktop_app.services.context import AppContext
from desktop_app.store.db import now_text

log = logging.getLogger("letterdesk.ledger")

LEDGER_LOCKED = "LEDGER_LOCKED"
LOCKED_MESSAGE = "台账文件被占用或只读，本次已记录在数据库中，稍后将自动重写"
PENDING_KEY = "ledger_pending"
SYNCED_KEY = "ledger_synced_at"


def letter_titles() -> dict[str, str]:
    """Letter kind id → title, from services.letters (fallback: fixed ids)."""
    from desktop_app.services.letters import kinds_info

    titles = dict(LETTER_KIND_TITLES)
    try:
        for info in kinds_info():
            titles[str(info["id"])] = str(info.get("title") or info["id"])
    except Exception:  # noqa: BLE001 - a broken kind registry must not stop the ledger
        log.exception("kinds_info failed; using built-in letter titles")
    return titles


def _maskers(ctx: AppContext) -> tuple[Any, Any]:
    """个人信息保护法: ID numbers and accounts are masked in the ledger unless turned off."""
    if not ctx.mask_personal_data():
        return None, None
    from desktop_app.domain.masking import mask_account, mask_id

    return mask_id, mask_account


def _source(ctx: AppContext, flt: LedgerFilter | None = None) -> LedgerSource:
    mask_id, mask_account = _maskers(ctx)
    return LedgerSource(iter_rows=ctx.store.iter_rows, letter_titles=letter_titles(),
                        mask_id=mask_id, mask_account=mask_account,
                        filter=flt or LedgerFilter())


def sync_ledger(ctx: AppContext) -> list[dict[str, Any]]:
    """Regenerate the workbook at ``ctx.ledger_path``; returns warnings (never raises OSError)."""
    from desktop_app.ledger.writer import write_workbook_atomic  # openpyxl: ~0.3 s to import

    target = ctx.ledger_path
    try:
        write_workbook_atomic(target, _source(ctx))
    except OSError as exc:
        log.warning("ledger %s not written: %s", target, exc)
        ctx.store.set_setting(PENDING_KEY, True)
        return [{"code": LEDGER_LOCKED, "message": LOCKED_MESSAGE, "path": str(target)}]
    ctx.store.set_setting(PENDING_KEY, False)
    ctx.store.set_setting(SYNCED_KEY, now_text())
    return []


def ledger_status(ctx: AppContext) -> dict[str, Any]:
    """Where the ledger is, whether a rewrite is pending, when it was last written."""
    return {
        "path": str(ctx.ledger_path),
        "pending": bool(ctx.store.get_setting(PENDING_KEY, False)),
        "synced_at": ctx.store.get_setting(SYNCED_KEY),
    }


def _parse_date(value: str | date | None, field: str) -> date | None:
    if value is None or value == "":
        return None
    from desktop_app.domain.dates import parse_date

    return parse_date(value, field)


def export_ledger(ctx: AppContext, out: Path | str, date_from: str | date | None = None,
                  date_to: str | date | None = None, kind: str | None = None,
                  status: str | None = None) -> dict[str, Any]:
    """``ledger export``: a filtered copy of the ledger at ``out``; returns file and row counts."""
    flt = LedgerFilter(
        date_from=_parse_date(date_from, "--from"), date_to=_parse_date(date_to, "--to"),
        kind=kind or None, status=status or None,
    )
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise ValidationError("--to", "结束日期不能早于开始日期")
    if flt.status not in (None, "issued", "void"):
        raise ValidationError("--status", "状态只能是 issued（正常）或 void（作废）")
    known = [*letter_titles(), "receipt", "receipt_certificate", "deposit_refund"]
    if flt.kind is not None and flt.kind not in known:
        raise ValidationError("--kind", f"未知的单据类型 {flt.kind!r}（可用：{'、'.join(known)}）")
    target = Path(out).expanduser()
    if target.suffix.lower() != ".xlsx":
        raise ValidationError("--out", f"导出文件须以 .xlsx 结尾：{target}")
    if target.is_dir():
        raise ValidationError("--out", f"输出位置是文件夹，请给出文件名：{target}")
    from desktop_app.ledger.writer import write_workbook_atomic

    try:
        counts = write_workbook_atomic(target, _source(ctx, flt))
    except OSError as exc:
        raise ValidationError("--out", f"无法写入 {target}：{exc.strerror or exc}") from exc
    ctx.store.audit("export", None, {
        "file": str(target), "from": flt.date_from, "to": flt.date_to, "kind": flt.kind,
        "status": flt.status, "rows": counts,
    }, ctx.operator)
    return {"file": str(target.resolve()), "rows": counts}
