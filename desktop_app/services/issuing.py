"""Issue and preview documents: number, render PDF/DOCX, record — the one issuing path.

Used by letters (``render``), receipts, certificates and refunds, from the CLI, the GUI and
batch runs. The number is assigned inside the store's transaction; rendering happens inside
it too, so a failed render consumes no number (ARCHITECTURE.md, "Store of record").
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.documents.model import Document
from desktop_app.domain.errors import ValidationError
from desktop_app.fileio import atomic_write
from desktop_app.services.context import AppContext
from desktop_app.services.files import file_in, free_name_parts
from desktop_app.store.db import staged_path

log = logging.getLogger("letterdesk")

FORMATS = ("pdf", "docx")
PREVIEW_WATERMARK = "草稿"


@dataclass
class IssueResult:
    number: str | None
    files: list[str]
    warnings: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "files": self.files, "warnings": self.warnings}


def parse_formats(value: str | Sequence[str] | None) -> tuple[str, ...]:
    if value is None or value == "both":
        return FORMATS
    items = (value,) if isinstance(value, str) else tuple(value)
    for item in items:
        if item not in FORMATS:
            raise ValidationError("format", f"格式只能是 pdf、docx 或 both，而不是 {item!r}")
    return tuple(items)


def render_files(doc: Document, out_dir: Path, name_parts: Sequence[str],
                 formats: Sequence[str] = FORMATS, role_prefix: str = "",
                 staged: bool = False) -> list[tuple[str, Path]]:
    """Render ``doc`` into ``out_dir`` as ``<parts>.pdf`` / ``.docx``; returns (role, path).

    With ``staged`` the files are written under their staged names and the store moves
    them to ``path`` once the record has committed (``store.db.staged_path``).
    """
    from desktop_app.documents.render_docx import render_docx
    from desktop_app.documents.render_pdf import render_pdf

    written: list[tuple[str, Path]] = []
    if staged:
        name_parts = free_name_parts(out_dir, list(name_parts), tuple(f".{f}" for f in formats))
    try:
        for fmt in formats:
            target = file_in(out_dir, *name_parts, suffix=f".{fmt}")
            renderer = render_pdf if fmt == "pdf" else render_docx
            where = staged_path(target) if staged else target
            atomic_write(where, lambda tmp, r=renderer: r(doc, tmp))  # type: ignore[misc]
            written.append((role_prefix + fmt, target))
    except BaseException:
        for _, path in written:
            staged_path(path).unlink(missing_ok=True)
            path.unlink(missing_ok=True)
        raise
    return written


def glyph_warnings(doc: Document) -> list[dict[str, Any]]:
    from desktop_app.documents.fonts import check_glyphs

    return list(check_glyphs(doc))


def issue_document(
    ctx: AppContext,
    *,
    kind: str,
    series_key: str,
    default_pattern: str,
    issued_on: date,
    snapshot: dict[str, Any],
    build: Callable[[str | None], Document],
    out_dir: Path,
    name_parts: Callable[[str], Sequence[str]],
    formats: Sequence[str] = FORMATS,
    party_name: str | None = None,
    amount: Decimal | None = None,
    penalty: Decimal | None = None,
    parent_number: str | None = None,
    warnings: Sequence[dict[str, Any]] = (),
    sync_ledger: bool = True,
    render: Callable[[str], Sequence[tuple[str, Path]]] | None = None,
) -> IssueResult:
    """Assign the next number of ``series_key``, render, record, then refresh the ledger.

    ``build(number)`` returns the Document; ``name_parts(number)`` the file-name parts.
    ``render(number)``, when given, writes the files itself (receipt forms drawn on a
    canvas) instead of ``render_files``; ``build(None)`` is still used for the glyph check.
    """
    ctx.store.ensure_series(series_key, default_pattern)
    all_warnings = list(warnings) + glyph_warnings(build(None))
    if not ctx.has_profile:
        all_warnings.append({
            "code": "SAMPLE_PROFILE",
            "message": "尚未填写本单位资料，本单据使用的是示例单位名称和账户；请先在“设置”中填写"
                       "（或 letterdesk profile set），必要时作废本单据后重新出具",
        })

    def default_render(number: str) -> list[tuple[str, Path]]:
        return render_files(build(number), out_dir, name_parts(number), formats, staged=True)

    issued = ctx.store.issue(
        kind=kind, series_key=series_key, issued_on=issued_on, data=snapshot,
        render=render or default_render,
        party_name=party_name, amount=amount, penalty=penalty, parent_number=parent_number,
        operator=ctx.operator,
    )
    if sync_ledger:
        all_warnings.extend(after_change(ctx))
    return IssueResult(issued.number, [f.path for f in issued.files], all_warnings)


def preview_document(doc: Document, out_dir: Path, name_parts: Sequence[str],
                     formats: Sequence[str] = FORMATS,
                     warnings: Sequence[dict[str, Any]] = ()) -> IssueResult:
    """Render without a number, watermarked 草稿, recording nothing (``--preview``)."""
    doc.watermark = PREVIEW_WATERMARK
    files = render_files(doc, out_dir, [*name_parts, PREVIEW_WATERMARK], formats)
    return IssueResult(None, [str(p) for _, p in files], list(warnings) + glyph_warnings(doc))


def after_change(ctx: AppContext) -> list[dict[str, Any]]:
    """Regenerate the Excel ledger mirror after a change; a locked file is a warning only.

    The change itself has committed by now, so no failure of the mirror may turn it into an
    error (a user who retried would consume another number): it becomes a warning and the
    ledger is marked pending, to be written by the next sync.
    """
    from desktop_app.services.ledger_sync import sync_ledger

    try:
        return sync_ledger(ctx)
    except Exception as exc:  # noqa: BLE001 - the store is the record; the mirror can wait
        log.exception("ledger sync failed after a committed change")
        try:
            ctx.store.set_setting("ledger_pending", True)
        except Exception:  # noqa: BLE001 - already reporting the first failure
            log.exception("could not mark the ledger pending")
        return [{"code": "LEDGER_FAILED",
                 "message": f"台账未能更新（{type(exc).__name__}），单据已记录在数据库中，"
                            "稍后将自动重写；也可运行 letterdesk ledger sync"}]


@dataclass
class PreparedIssue:
    """A validated document ready to be numbered in a batch (see ``issue_prepared``)."""

    kind: str
    series_key: str
    default_pattern: str
    issued_on: date
    snapshot: dict[str, Any]
    build: Callable[[str | None], Document]
    name_parts: Callable[[str], Sequence[str]]
    party_name: str | None = None
    amount: Decimal | None = None
    penalty: Decimal | None = None
    parent_number: str | None = None
    warnings: list[dict[str, Any]] = field(default_factory=list)


def exit_with_parent() -> None:
    """Pool-worker initializer: end this render process when the batch process is gone.

    A killed batch (SIGKILL, a closed terminal) would otherwise leave its render workers
    waiting for work forever.
    """
    import os
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _discard_staged(results: Sequence[Sequence[tuple[str, Path]]]) -> None:
    for files in results:
        for _, path in files:
            staged_path(path).unlink(missing_ok=True)


def _render_job(job: tuple[Document, Path, list[str], tuple[str, ...]]) -> list[tuple[str, Path]]:
    doc, out_dir, parts, formats = job
    return render_files(doc, out_dir, parts, formats, staged=True)


def issue_prepared(
    ctx: AppContext,
    prepared: Sequence[PreparedIssue],
    out_dir: Path,
    formats: Sequence[str] = FORMATS,
    pool: Any = None,
) -> list[IssueResult]:
    """Issue a chunk of prepared documents in one transaction, rendering through ``pool``.

    ``pool`` is an executor with ``map`` (e.g. ``ProcessPoolExecutor``) so a batch uses both
    cores; with ``None`` the files are rendered in this process. The ledger is NOT synced
    here: the batch syncs once at the end.
    """
    from desktop_app.store.db import IssueEntry

    for item in prepared:
        ctx.store.ensure_series(item.series_key, item.default_pattern)

    def render_many(numbers: list[str]) -> list[list[tuple[str, Path]]]:
        jobs = [(item.build(number), out_dir, list(item.name_parts(number)), tuple(formats))
                for item, number in zip(prepared, numbers, strict=True)]
        if pool is None:
            results: list[list[tuple[str, Path]]] = []
            try:
                for job in jobs:
                    results.append(_render_job(job))
            except BaseException:
                _discard_staged(results)
                raise
            return results
        # Wait for every job even when one fails, then remove what the others staged: the
        # chunk's numbers are rolled back, so no file may keep one of them.
        futures = [pool.submit(_render_job, job) for job in jobs]
        done: list[list[tuple[str, Path]]] = []
        error: BaseException | None = None
        for future in futures:
            try:
                done.append(future.result())
            except BaseException as exc:  # noqa: BLE001 - re-raised below after cleaning up
                error = error or exc
        if error is not None:
            _discard_staged(done)
            raise error
        return done

    entries = [IssueEntry(kind=p.kind, series_key=p.series_key, issued_on=p.issued_on,
                          data=p.snapshot, party_name=p.party_name, amount=p.amount,
                          penalty=p.penalty, parent_number=p.parent_number) for p in prepared]
    issued = ctx.store.issue_many(entries, render_many, operator=ctx.operator)
    return [IssueResult(doc.number, [f.path for f in doc.files], list(p.warnings))
            for doc, p in zip(issued, prepared, strict=True)]
