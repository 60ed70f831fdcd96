"""Backups of the store of record: on demand, on start (rotating), and restore.

A backup is a consistent copy made with SQLite's online backup API (``Connection.backup``),
so it includes what is still in the WAL and can be taken while other processes issue. Each
copy is checked with ``PRAGMA integrity_check`` before it counts. Backups live in
``<home>/backups`` as single self-contained files (journal mode DELETE, no ``-wal``).

Rotation: manual backups and start-up backups are rotated separately (``backup_keep`` each,
default 10), so frequent starts never push out a backup the user made on purpose; the copies
kept aside by a restore (``letterdesk-before-restore-*``) are never rotated away.
会计档案管理办法: records are kept, so nothing here deletes the store — a restore moves the
current store aside before it copies the backup in.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import StateError, ValidationError
from desktop_app.services.context import AppContext
from desktop_app.store.db import APP_ID, STORE_FILE
from desktop_app.store.schema import MIGRATIONS

BACKUP_DIR = "backups"
KEEP_SETTING = "backup_keep"
DEFAULT_KEEP = 10
START_REASON = "start"
# Tables every LetterDesk store has (schema 1); a restore refuses a file without them.
REQUIRED_TABLES = frozenset({"profile", "parties", "series", "series_counter", "documents",
                             "document_files", "deliveries", "audit", "settings"})
_NAME = re.compile(r"^letterdesk-(\d{8}-\d{6})(?:-(\d+))?(?:-([a-z][a-z0-9_]*))?\.sqlite3$")
_REASON = re.compile(r"^[a-z][a-z0-9_]{0,30}$")


def backup_dir(home: Path) -> Path:
    folder = Path(home) / BACKUP_DIR
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _reserve(folder: Path, head: str, tail: str = "") -> Path:
    """A new file ``<head>[-n]<tail>.sqlite3``, created empty with O_EXCL so that two
    processes backing up in the same second never share a name."""
    for n in range(1, 1000):
        path = folder / (f"{head}{tail}.sqlite3" if n == 1 else f"{head}-{n}{tail}.sqlite3")
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return path
    raise StateError("无法生成唯一的备份文件名", message_en="no unique backup file name")


def _keep_count(ctx: AppContext) -> int:
    value = ctx.store.get_setting(KEEP_SETTING, DEFAULT_KEEP)
    try:
        keep = int(value)
    except (TypeError, ValueError):
        return DEFAULT_KEEP
    return max(keep, 1)


def _check_copy(path: Path) -> None:
    """Integrity of a finished copy; raises StateError when it is not sound."""
    conn = sqlite3.connect(str(path))
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()
    if result != ["ok"] or app_id != APP_ID:
        raise StateError(
            f"备份副本校验失败（{'; '.join(result[:3])}），请运行 letterdesk doctor 检查数据库",
            message_en=f"backup copy failed integrity check: {result[:3]}",
        )


def _copy_store(source: sqlite3.Connection, target: Path) -> None:
    """Online backup of ``source`` into ``target`` as one self-contained file, fsynced."""
    dest = sqlite3.connect(str(target), isolation_level=None)
    try:
        source.backup(dest)
        # the copied header says WAL; a backup is a single file that needs no sidecars
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def _write_backup(ctx: AppContext, folder: Path, head: str, tail: str) -> Path:
    target = _reserve(folder, head, tail)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        tmp.unlink(missing_ok=True)
        _copy_store(ctx.store.conn, tmp)
        _check_copy(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        target.unlink(missing_ok=True)
        raise
    return target


def _group(path: Path) -> str | None:
    """Rotation group of a backup file: 'manual', 'start', other reasons; None = never rotate."""
    m = _NAME.match(path.name)
    if not m:
        return None
    reason = m.group(3) or "manual"
    return reason


def list_backups(home: Path) -> list[dict[str, Any]]:
    """Backup files in ``<home>/backups``, newest first (for the GUI and the docs)."""
    folder = Path(home) / BACKUP_DIR
    if not folder.is_dir():
        return []
    items = []
    for p in folder.glob("letterdesk-*.sqlite3"):
        try:
            st = p.stat()
        except OSError:
            continue
        if st.st_size == 0:
            continue
        items.append({"file": str(p), "size": st.st_size, "modified": st.st_mtime,
                      "reason": _group(p) or "before_restore"})
    items.sort(key=lambda i: (i["modified"], i["file"]), reverse=True)
    return items


def rotate(home: Path, keep: int, reason: str) -> int:
    """Delete the oldest backups of ``reason``'s group beyond ``keep``; returns how many kept."""
    folder = backup_dir(home)
    mine = [p for p in folder.glob("letterdesk-*.sqlite3") if _group(p) == reason]
    mine.sort(key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
    for old in mine[keep:]:
        old.unlink(missing_ok=True)
    # leftovers of a backup killed half-way (temporary copies older than an hour)
    for tmp in folder.glob(".letterdesk-*.tmp"):
        with contextlib.suppress(OSError):
            if time.time() - tmp.stat().st_mtime > 3600:
                tmp.unlink()
    return min(len(mine), keep)


def backup_now(ctx: AppContext, reason: str = "manual") -> dict[str, Any]:
    """``letterdesk backup``: copy the store into ``<home>/backups``; returns file, size, kept."""
    if not _REASON.match(reason):
        raise ValidationError("reason", f"备份原因只能是小写英文字母、数字和下划线：{reason!r}")
    folder = backup_dir(ctx.home)
    tail = "" if reason == "manual" else f"-{reason}"
    target = _write_backup(ctx, folder, f"letterdesk-{_stamp()}", tail)
    kept = rotate(ctx.home, _keep_count(ctx), reason)
    ctx.store.audit("backup", None, {"file": target.name, "reason": reason}, ctx.operator)
    return {"file": str(target), "size": target.stat().st_size, "kept": kept}


def backup_on_start(ctx: AppContext) -> dict[str, Any] | None:
    """Start-up backup, at most one per calendar day (so ten kept cover ten working days).

    Call it once the store has opened (GUI start, and CLI commands that change the store).
    Returns the ``backup_now`` result, or None when today's start-up backup already exists.
    A failure is reported to the caller as a LetterDeskError; it never blocks issuing by
    itself — the caller decides (the GUI shows a warning, the CLI carries on).
    """
    today = datetime.now().strftime("%Y%m%d")
    folder = backup_dir(ctx.home)
    for p in folder.glob(f"letterdesk-{today}-*-{START_REASON}.sqlite3"):
        with contextlib.suppress(OSError):
            if p.stat().st_size > 0:
                return None
    return backup_now(ctx, START_REASON)


# -- restore ------------------------------------------------------------------------------------
def _ro_uri(path: Path) -> str:
    """Read-only SQLite URI (percent-encoded, so '?', '#' and '%' in folder names are safe)."""
    return path.resolve().as_uri() + "?mode=ro"


def _inspect(path: Path) -> tuple[int, list[str]]:
    """(schema version, problems) of a candidate backup, opened read-only."""
    uri = _ro_uri(path)
    problems: list[str] = []
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        return 0, [f"无法打开：{exc}"]
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APP_ID:
            problems.append("不是函据通数据库（application_id 不符）")
        if not 1 <= version <= len(MIGRATIONS):
            problems.append(f"数据库版本 {version} 不受本程序支持")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if REQUIRED_TABLES - tables:
            problems.append("缺少数据表：" + "、".join(sorted(REQUIRED_TABLES - tables)))
        if not problems:
            check = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if check != ["ok"]:
                problems.append("完整性检查未通过：" + "; ".join(check[:3]))
        return int(version), problems
    except sqlite3.Error as exc:
        return 0, [f"不是有效的数据库文件（{exc}）"]
    finally:
        conn.close()


def _numbers(path: Path) -> set[str]:
    """Document numbers in a store file (empty when it cannot be read)."""
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            return {r[0] for r in conn.execute("SELECT number FROM documents")}
        finally:
            conn.close()
    except sqlite3.Error:
        return set()


def _fsync_dir(folder: Path) -> None:
    if os.name != "nt":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _set_aside(store: Path, folder: Path) -> Path:
    """Move the current store (and its WAL) into the backups folder; nothing is deleted."""
    with contextlib.suppress(sqlite3.Error):
        # fold the WAL into the main file first, so the copy kept aside is self-contained
        conn = sqlite3.connect(str(store), timeout=10)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    aside = _reserve(folder, f"letterdesk-before-restore-{_stamp()}")
    os.replace(store, aside)
    wal = store.with_name(store.name + "-wal")
    if wal.exists():
        if wal.stat().st_size:
            os.replace(wal, aside.with_name(aside.name + "-wal"))  # SQLite finds it by name
        else:
            wal.unlink()
    store.with_name(store.name + "-shm").unlink(missing_ok=True)  # an index, rebuilt on open
    return aside


def restore(ctx: AppContext, path: Path | str) -> dict[str, Any]:
    """``letterdesk restore FILE``: check the file, keep the current store aside, copy it in.

    Refuses (ValidationError on ``file``) anything that is not a sound LetterDesk store.
    Works when the current store is damaged (it is never opened through the migrations).
    Close the program elsewhere first: another process holding the store would keep
    writing to the file moved aside.
    """
    source = Path(path).expanduser()
    if not source.is_file():
        raise ValidationError("file", f"找不到备份文件：{source}")
    store_file = Path(ctx.home) / STORE_FILE
    if store_file.exists() and source.resolve() == store_file.resolve():
        raise ValidationError("file", "不能用当前数据库恢复它自己，请选择备份文件")
    _version, problems = _inspect(source)
    if problems:
        raise ValidationError("file", f"{source.name} 不能用于恢复：{'；'.join(problems)}")

    ctx.close()
    folder = backup_dir(ctx.home)
    # 1. a validated copy next to the store (same file system: the final step is a rename)
    staged = store_file.with_name(f".restore-{os.getpid()}-{STORE_FILE}")
    staged.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(_ro_uri(source), uri=True)
        try:
            _copy_store(src, staged)
        finally:
            src.close()
        _check_copy(staged)
    except (sqlite3.Error, StateError) as exc:
        staged.unlink(missing_ok=True)
        raise ValidationError("file", f"{source.name} 不能用于恢复：{exc}") from exc
    restored_numbers = _numbers(staged)
    # 2. the current store goes aside (even when damaged), 3. the copy takes its place
    previous: Path | None = None
    newer: list[str] = []
    if store_file.exists():
        newer = sorted(_numbers(store_file) - restored_numbers)
        previous = _set_aside(store_file, folder)
    else:
        for side in ("-wal", "-shm"):
            store_file.with_name(store_file.name + side).unlink(missing_ok=True)
    os.replace(staged, store_file)
    _fsync_dir(store_file.parent)

    warnings: list[dict[str, Any]] = []
    if newer:
        warnings.append({
            "code": "NUMBERS_NOT_IN_BACKUP",
            "message": (f"原数据库中有 {len(newer)} 份单据不在此备份中（如 {newer[0]}），"
                        f"其记录保留在 {previous.name if previous else ''}；"
                        "新开具的单据可能再次使用这些编号，请核对"),
            "numbers": newer[:50],
        })
    store = ctx.store  # opens and migrates an older backup to the current schema
    store.audit("restore", None, {"from": str(source), "previous_kept_as":
                                  str(previous) if previous else None}, ctx.operator)
    try:
        from desktop_app.services.issuing import after_change

        warnings.extend(after_change(ctx))  # the ledger mirrors the restored store
    except ImportError:
        pass
    return {"restored_from": str(source), "previous_kept_as": str(previous) if previous else None,
            "warnings": warnings}
