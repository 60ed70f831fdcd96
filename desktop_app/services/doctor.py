"""``letterdesk doctor``: is the record whole? Store, files, numbering, ledger, resources.

Checks (each one a section of the report, each with ``ok``):

- ``store``: ``PRAGMA integrity_check``; a store that does not open is reported, not fixed.
- ``files``: every recorded file (pdf, docx, void_pdf, reprints …) exists and still has the
  SHA-256 recorded when it was written. When a path was written more than once (a re-render)
  the newest record counts.
- ``numbering``: per series and year the numbers 1..last are all present (会计基础工作规范:
  receipt numbers are continuous; a number is consumed only inside the issuing transaction,
  so a gap means a lost record). Gaps below an imported number are explained as issued
  before LetterDesk; numbers a restore recorded as ``lost_in_restore`` (used in the store it
  replaced, row unreadable) are explained too and listed under ``lost_in_restore``.
- ``ledger``: the Excel mirror exists and no rewrite is pending.
- ``resources``: fonts, wording, the LPR table and receipt layouts are present.
- ``needs_render``: documents flagged for re-rendering.

``repair=True`` re-renders missing or altered files from the documents' data snapshots (an
altered file is first moved aside as ``<name>.altered-<time><suffix>``, never overwritten),
records them (``add_files(…, "rerender")``) and rewrites the ledger. ``ok`` is True only when
everything is well after the repair.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import LetterDeskError
from desktop_app.fileio import atomic_write
from desktop_app.paths import resource_path
from desktop_app.services.context import AppContext
from desktop_app.store.db import STAGED_PREFIX, IssuedDocument, sha256_file, staged_path

log = logging.getLogger("letterdesk.doctor")

# (parts of resource_path, what it is) — checked as present and non-empty
RESOURCES: list[tuple[tuple[str, ...], str]] = [
    (("fonts", "LetterDeskSerifSC-Regular.ttf"), "正文字体"),
    (("fonts", "LetterDeskSansSC-Bold.ttf"), "标题字体"),
    (("lpr.json",), "LPR 利率表"),
    (("layouts",), "收据版式"),
    (("wording",), "函件文字模板"),
]

Builder = Callable[[IssuedDocument, str], Any]


# -- checks --------------------------------------------------------------------------------------
def check_store(ctx: AppContext) -> dict[str, Any]:
    try:
        rows = [r[0] for r in ctx.store.conn.execute("PRAGMA integrity_check")]
    except LetterDeskError as exc:
        return {"ok": False, "message": exc.one_line()}
    except sqlite3.DatabaseError as exc:
        return {"ok": False, "message": f"数据库已损坏（{exc}），请用 letterdesk restore 从备份恢复"}
    ok = rows == ["ok"]
    return {"ok": ok, "message": "ok" if ok else "; ".join(rows[:10])}


def _newest_files(doc: IssuedDocument) -> list[Any]:
    """The newest record of every distinct path (a re-render supersedes older hashes)."""
    by_path: dict[str, Any] = {}
    for f in doc.files:  # ordered by id: later records win
        by_path[f.path] = f
    return list(by_path.values())


def check_files(ctx: AppContext) -> dict[str, Any]:
    missing: list[dict[str, Any]] = []
    altered: list[dict[str, Any]] = []
    checked = 0
    without_files: list[str] = []
    for doc in ctx.store.list_documents():
        files = _newest_files(doc)
        if not files and not doc.imported:
            without_files.append(doc.number)
        for f in files:
            checked += 1
            entry = {"number": doc.number, "role": f.role, "path": f.path}
            path = Path(f.path)
            if not path.is_file():
                staged = staged_path(path)
                if staged.is_file() and sha256_file(staged) == f.sha256:
                    # committed, killed before the rename that publishes it (Store.issue)
                    entry = {**entry, "staged": str(staged)}
                missing.append(entry)
                continue
            try:
                digest = sha256_file(path)
            except OSError as exc:
                missing.append({**entry, "error": exc.strerror})
                continue
            if digest != f.sha256:
                altered.append({**entry, "expected": f.sha256, "found": digest})
    return {"ok": not missing and not altered, "checked": checked, "missing": missing,
            "altered": altered, "without_files": without_files}


def _number_regex(pattern: str) -> str:
    """``SJ-{year}-{seq:05d}`` -> a regex for numbers of that series."""
    import re
    import string

    out = ""
    for literal, name, _spec, _conv in string.Formatter().parse(pattern):
        out += re.escape(literal)
        if name == "year":
            out += r"\d{4}"
        elif name is not None:
            out += r"\d+"
    return out


def check_stray_files(ctx: AppContext) -> dict[str, Any]:
    """Files in the output folders that carry a document number but are not recorded.

    A process killed after rendering but before the numbering transaction committed leaves
    its files behind while the number is not consumed; the next issue takes that number, so
    a stray file (e.g. a 作废 copy of a receipt that is not void) could mislead a reader.
    Partial files of interrupted atomic writes (``.tmp-*``) are listed too (not a failure),
    and so are files of numbers a restore recorded as ``lost_in_restore`` (their rows could
    not be read from the damaged store; the file is the trace of the number, left in place).
    """
    import re

    patterns = [_number_regex(r["pattern"]) for r in ctx.store.list_series()]
    numbered = re.compile("^(?:" + "|".join(patterns) + ")_") if patterns else None
    recorded: set[str] = set()
    folders: set[Path] = set()
    for r in ctx.store.conn.execute("SELECT path FROM document_files"):
        recorded.add(r["path"])
        folders.add(Path(r["path"]).parent)
    # numbers a restore recorded as lost: their files are the only trace left (services.backup)
    lost = {r["number"] for r in ctx.store.conn.execute(
        "SELECT number FROM audit WHERE action = 'lost_in_restore' AND number IS NOT NULL")}
    stray: list[str] = []
    temp: list[str] = []
    lost_files: list[str] = []
    for folder in sorted(folders):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for p in entries:
            if not p.is_file() or str(p) in recorded:
                continue
            if p.name.startswith(".tmp-"):
                temp.append(str(p))
            elif p.name.startswith(STAGED_PREFIX):
                final = p.with_name(p.name[len(STAGED_PREFIX):])
                awaiting_publish = str(final) in recorded and not final.exists()
                if not awaiting_publish:
                    temp.append(str(p))  # rendered for a transaction that never committed
            elif (numbered and (m := numbered.match(p.name)) and ".altered-" not in p.name
                  and p.suffix.lower() in (".pdf", ".docx")):
                if m.group(0)[:-1] in lost:  # the match is "<number>_"
                    lost_files.append(str(p))
                else:
                    stray.append(str(p))
    return {"ok": not stray, "unrecorded": sorted(stray), "temp_leftovers": sorted(temp),
            "lost_in_restore": sorted(lost_files)}


def check_numbering(ctx: AppContext) -> dict[str, Any]:
    conn = ctx.store.conn
    seqs: dict[tuple[str, int], dict[int, bool]] = defaultdict(dict)
    for r in conn.execute("SELECT series_key, year, seq, imported FROM documents"):
        seqs[(r["series_key"], r["year"])][r["seq"]] = bool(r["imported"])
    counters = {(r["series_key"], r["year"]): r["last_seq"]
                for r in conn.execute("SELECT series_key, year, last_seq FROM series_counter")}
    duplicates = [r[0] for r in conn.execute(
        "SELECT number FROM documents GROUP BY number HAVING count(*) > 1")]
    lost_in_restore = _lost_in_restore(ctx)
    series: list[dict[str, Any]] = []
    unexplained: list[dict[str, Any]] = []
    for key in sorted(set(seqs) | set(counters)):
        present = seqs.get(key, {})
        counter = counters.get(key, 0)
        last = max([counter, *present])
        imported = [s for s, imp in present.items() if imp]
        before = max(imported) if imported else 0
        gaps = [s for s in range(1, last + 1) if s not in present]
        explained = [s for s in gaps if s < before]
        restored_away = [s for s in gaps if s >= before and (*key, s) in lost_in_restore]
        lost = [s for s in gaps if s >= before and (*key, s) not in lost_in_restore]
        item = {"series": key[0], "year": key[1], "count": len(present), "last": last,
                "counter": counter, "gaps": _ranges(lost),
                "before_letterdesk": _ranges(explained),
                "lost_in_restore": _ranges(restored_away)}
        if counter < max(present, default=0):
            item["counter_behind"] = True
        series.append(item)
        if lost or item.get("counter_behind"):
            unexplained.append(item)
    return {"ok": not unexplained and not duplicates, "series": series,
            "unexplained": unexplained, "duplicates": duplicates}


def _lost_in_restore(ctx: AppContext) -> set[tuple[str, int, int]]:
    """(series, year, seq) a restore recorded as used but unreadable (services.backup): the
    replaced store had issued them, the backup did not have them and their rows could not be
    read. The gap is explained (audit ``lost_in_restore``) and the number is never reissued."""
    import json

    out: set[tuple[str, int, int]] = set()
    for r in ctx.store.conn.execute(
            "SELECT detail FROM audit WHERE action = 'lost_in_restore'"):
        with contextlib.suppress(TypeError, ValueError, KeyError):
            d = json.loads(r["detail"])
            out.add((str(d["series"]), int(d["year"]), int(d["seq"])))
    return out


def _ranges(numbers: list[int]) -> list[str]:
    """[1, 2, 3, 7] -> ["1-3", "7"] (short reports for long gaps)."""
    out: list[str] = []
    start = prev = None
    for n in numbers:
        if start is None:
            start = prev = n
        elif n == prev + 1:  # type: ignore[operator]
            prev = n
        else:
            out.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = prev = n
    if start is not None:
        out.append(f"{start}" if start == prev else f"{start}-{prev}")
    return out


def check_ledger(ctx: AppContext) -> dict[str, Any]:
    path = ctx.ledger_path
    try:
        from desktop_app.services.ledger_sync import ledger_status
    except ImportError:
        return {"ok": path.is_file(), "path": str(path), "exists": path.is_file(),
                "pending": None}
    status = ledger_status(ctx)
    pending = bool(status.get("pending"))
    exists = path.is_file()
    has_documents = ctx.store.conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone()
    ok = not pending and (exists or not has_documents)
    return {"ok": ok, "path": str(path), "exists": exists, "pending": pending,
            "synced_at": status.get("synced_at")}


def check_resources() -> dict[str, Any]:
    missing: list[dict[str, str]] = []
    for parts, label in RESOURCES:
        name = "/".join(parts)
        try:
            path = resource_path(*parts)
        except FileNotFoundError:
            missing.append({"resource": name, "label": label})
            continue
        empty = (not any(path.iterdir())) if path.is_dir() else path.stat().st_size == 0
        if empty:
            missing.append({"resource": name, "label": label, "problem": "empty"})
    return {"ok": not missing, "missing": missing}


def check_needs_render(ctx: AppContext) -> dict[str, Any]:
    numbers = [r[0] for r in ctx.store.conn.execute(
        "SELECT number FROM documents WHERE needs_render = 1 ORDER BY id")]
    return {"ok": not numbers, "numbers": numbers}


# -- repair --------------------------------------------------------------------------------------
FORM_KINDS = ("receipt", "receipt_certificate", "deposit_refund")


def _letter_builder(ctx: AppContext) -> Builder | None:
    try:
        from desktop_app.services import letters
    except ImportError:
        return None

    def build(doc: IssuedDocument, role: str) -> Any:
        if doc.kind in FORM_KINDS or role not in ("pdf", "docx"):
            return None
        # the snapshot keeps the validated input under "input" (documents/kinds/base.py)
        data = doc.data.get("input", doc.data)
        document, _warnings = letters.build_letter(doc.kind, data, doc.number, ctx)
        return document
    return build




def _receipt_renderer(ctx: AppContext) -> Callable[[IssuedDocument, str, Path], bool] | None:
    """Receipts, certificates, refund slips (drawn on a canvas) and 作废 copies, redrawn from
    the snapshot exactly as services.receipts draws them."""
    try:
        from desktop_app.documents import receipt as receipt_doc
        from desktop_app.documents import receipt_layouts as rl
        from desktop_app.services import receipts
    except ImportError:
        return None

    def void_note(doc: IssuedDocument) -> str:
        return str(receipt_doc.void_note({"reason": doc.void_reason, "voided_at": doc.voided_at,
                                          "operator": doc.void_operator}))

    def render(doc: IssuedDocument, role: str, path: Path) -> bool:
        if doc.kind not in FORM_KINDS:
            pdf = doc.file("pdf")
            if role == "void_pdf" and doc.is_void and pdf and Path(pdf.path).is_file():
                receipt_doc.stamp_existing_pdf(Path(pdf.path), path, receipt_doc.VOID_STAMP,
                                               void_note(doc))
                return True
            return False
        marks: dict[str, Any] = {}
        if role == "void_pdf":
            marks = {"stamp": receipt_doc.VOID_STAMP, "stamp_note": void_note(doc)}
        elif role == "reprint_pdf":
            marks = {"mark": receipt_doc.REPRINT_MARK}
            record = next((f for f in doc.files if f.path == str(path)), None)
            if doc.is_void and record and doc.voided_at and record.created_at >= doc.voided_at:
                marks.update(stamp=receipt_doc.VOID_STAMP, stamp_note=void_note(doc))
        elif role not in ("pdf", "docx"):
            return False
        content = receipt_doc.content_for(doc.kind, doc.data, doc.number, **marks)
        if role == "docx":  # the DOCX carries the form's text (services.receipts)
            from desktop_app.documents.render_docx import render_docx

            document = receipt_doc.form_document(doc.kind, content)
            _write_atomic(path, lambda tmp: render_docx(document, tmp))
        elif doc.kind == "receipt":
            layout = doc.data.get("layout") or rl.DEFAULT_LAYOUT
            spec = receipts.overlay_spec(ctx) if layout == rl.OVERLAY else None
            receipt_doc.render_pdf_file(path, doc.kind, content, layout, spec,
                                        receipts.overlay_offset(ctx))
        else:
            receipt_doc.render_pdf_file(path, doc.kind, content, "a4")
        return True
    return render


def _write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    atomic_write(path, write, make_dirs=True)


def _set_aside_altered(path: Path) -> Path | None:
    if not path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.altered-{stamp}{path.suffix}")
    n = 2
    while aside.exists():
        aside = path.with_name(f"{path.stem}.altered-{stamp}-{n}{path.suffix}")
        n += 1
    os.replace(path, aside)
    return aside


def _render_one(ctx: AppContext, doc: IssuedDocument, role: str, path: Path,
                letter: Builder | None,
                receipt: Callable[[IssuedDocument, str, Path], bool] | None) -> bool:
    document = letter(doc, role) if letter else None
    if document is not None:
        from desktop_app.documents.render_docx import render_docx
        from desktop_app.documents.render_pdf import render_pdf

        renderer = render_pdf if role == "pdf" else render_docx
        _write_atomic(path, lambda tmp: renderer(document, tmp))
        return True
    if receipt is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        return receipt(doc, role, path)
    return False


def repair_files(ctx: AppContext, files: dict[str, Any], needs: dict[str, Any]) -> dict[str, Any]:
    """Re-render missing/altered files and flagged documents into their original paths."""
    todo: dict[str, dict[str, str]] = defaultdict(dict)  # number -> {path: role}
    reasons: dict[tuple[str, str], str] = {}
    for problem in ("missing", "altered"):
        for bad in files[problem]:
            todo[bad["number"]][bad["path"]] = bad["role"]
            reasons[(bad["number"], bad["path"])] = problem
    failed: list[dict[str, Any]] = []
    for number in needs["numbers"]:
        doc = ctx.store.get(number)
        if not doc.files:
            failed.append({"number": number, "reason": "needs_render",
                           "message": "单据没有记录文件位置，请重新打印（reprint）"})
        for f in _newest_files(doc):
            todo[number].setdefault(f.path, f.role)
            reasons.setdefault((number, f.path), "needs_render")
    letter = _letter_builder(ctx)
    receipt = _receipt_renderer(ctx)
    repaired: list[dict[str, Any]] = []
    for number, paths in todo.items():
        doc = ctx.store.get(number)
        written: list[tuple[str, Path]] = []
        order = {"pdf": 0, "docx": 1}
        for path_text, role in sorted(paths.items(), key=lambda kv: order.get(kv[1], 2)):
            path = Path(path_text)
            reason = reasons[(number, path_text)]
            entry: dict[str, Any] = {"number": number, "role": role, "path": path_text,
                                     "reason": reason}
            if reason == "missing" and staged_path(path).is_file() and any(
                    m.get("staged") == str(staged_path(path)) for m in files["missing"]):
                os.replace(staged_path(path), path)  # the exact file recorded: just publish it
                repaired.append({**entry, "reason": "staged"})
                continue
            try:
                aside = _set_aside_altered(path) if reason == "altered" else None
                if not _render_one(ctx, doc, role, path, letter, receipt):
                    failed.append({**entry, "message": f"无法重新生成 {doc.kind} 的 {role} 文件"})
                    if aside is not None:  # put the user's file back: nothing was replaced
                        os.replace(aside, path)
                    continue
            except (LetterDeskError, OSError, ValueError) as exc:
                log.exception("re-render of %s %s failed", number, role)
                failed.append({**entry, "message": str(exc)})
                continue
            if aside is not None:
                entry["altered_kept_as"] = str(aside)
            written.append((role, path))
            repaired.append(entry)
        if written:
            ctx.store.add_files(number, written, "rerender",
                                {"files": [str(p) for _, p in written]}, ctx.operator)
    return {"repaired": repaired, "failed": failed}


STRAY_FOLDER = "未登记文件"
TEMP_AGE_SECONDS = 600


def tidy_stray_files(stray: dict[str, Any]) -> list[dict[str, str]]:
    """Move unrecorded numbered files into ``未登记文件/`` beside them (kept, not deleted);
    delete partial ``.tmp-*`` files older than ten minutes (never a finished document)."""
    import time

    moved: list[dict[str, str]] = []
    for path_text in stray["unrecorded"]:
        path = Path(path_text)
        target_dir = path.parent / STRAY_FOLDER
        try:
            target_dir.mkdir(exist_ok=True)
            target = target_dir / path.name
            n = 2
            while target.exists():
                target = target_dir / f"{path.stem}-{n}{path.suffix}"
                n += 1
            os.replace(path, target)
            moved.append({"from": path_text, "to": str(target)})
        except OSError:
            log.exception("could not move stray file %s", path)
    for path_text in stray["temp_leftovers"]:
        with contextlib.suppress(OSError):
            if time.time() - Path(path_text).stat().st_mtime > TEMP_AGE_SECONDS:
                Path(path_text).unlink()
    return moved


# -- entry point ---------------------------------------------------------------------------------
def _run_checks(ctx: AppContext) -> dict[str, Any]:
    checks: dict[str, Any] = {}
    checks["store"] = check_store(ctx)
    checks["resources"] = check_resources()
    if not checks["store"]["ok"]:
        return checks  # a damaged store is not read further: restore from a backup first
    checks["files"] = check_files(ctx)
    checks["stray_files"] = check_stray_files(ctx)
    checks["numbering"] = check_numbering(ctx)
    checks["needs_render"] = check_needs_render(ctx)
    checks["ledger"] = check_ledger(ctx)
    return checks


def run_doctor(ctx: AppContext, repair: bool = False) -> tuple[bool, dict[str, Any]]:
    """``letterdesk doctor [--repair]`` → (all well?, report)."""
    checks = _run_checks(ctx)
    report: dict[str, Any] = {"home": str(ctx.home), "checks": checks}
    if repair and checks["store"]["ok"]:
        result = repair_files(ctx, checks["files"], checks["needs_render"])
        result["stray_moved"] = tidy_stray_files(checks["stray_files"])
        report["repair"] = result
        with contextlib.suppress(ImportError):
            from desktop_app.services.issuing import after_change

            result["ledger_warnings"] = after_change(ctx)
        checks = _run_checks(ctx)
        report["checks"] = checks
    ok = all(section["ok"] for section in checks.values())
    report["ok"] = ok
    report["summary"] = _summary(checks)
    return ok, report


def _summary(checks: dict[str, Any]) -> list[str]:
    """One Chinese line per problem, for the GUI and the terminal."""
    lines: list[str] = []
    if not checks["store"]["ok"]:
        lines.append(f"数据库完整性检查未通过：{checks['store']['message']}。损坏的文件未被改动；"
                     "请用 letterdesk restore 从备份（数据目录下的 backups 文件夹）恢复")
    for m in checks["resources"]["missing"]:
        lines.append(f"程序资源缺失：{m['resource']}（{m['label']}），请重新安装函据通")
    if "files" in checks:
        for m in checks["files"]["missing"]:
            lines.append(f"{m['number']} 的文件缺失：{m['path']}（可用 doctor --repair 重新生成）")
        for m in checks["files"]["altered"]:
            lines.append(f"{m['number']} 的文件已被改动：{m['path']}")
        for p in checks["stray_files"]["unrecorded"]:
            lines.append(f"输出文件夹中有未登记的单据文件（开具时被中断）：{p}"
                         "（doctor --repair 会移入“未登记文件”文件夹）")
        for s in checks["numbering"]["unexplained"]:
            lines.append(f"编号序列 {s['series']} {s['year']} 年缺号：{'、'.join(s['gaps'])}")
        for n in checks["numbering"]["duplicates"]:
            lines.append(f"编号重复：{n}")
        if checks["needs_render"]["numbers"]:
            lines.append("待重新生成文件的单据：" + "、".join(checks["needs_render"]["numbers"][:20]))
        ledger = checks["ledger"]
        if not ledger["ok"]:
            lines.append(f"台账未同步：{ledger['path']}（运行 letterdesk ledger sync）")
    return lines or ["一切正常"]
