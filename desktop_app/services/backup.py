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

A restore never lets a number be reissued (DOMAIN.md §4): what the replaced store issued after
the backup is carried over, counters are raised, and numbers whose rows cannot be read are
recorded as ``lost_in_restore``; a replaced store that cannot be read whole is replaced only
with ``force`` (see ``restore``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sqlite3
import string
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import StateError, ValidationError
from desktop_app.services.context import AppContext
from desktop_app.store.db import APP_ID, STAGED_PREFIX, STORE_FILE, Store, format_number
from desktop_app.store.schema import MIGRATIONS

log = logging.getLogger("letterdesk")

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


# -- numbers the replaced store used: never reissue them ---------------------------------------
# DOMAIN.md §4: receipt numbers are unique and continuous; a gap must be explained. A backup is
# older than the store it replaces, so the replaced store may hold numbers the backup never saw.
# Restoring must neither forget those documents nor let the next issue take their numbers.
SeriesKey = tuple[str, int]
LOST_ACTION = "lost_in_restore"
CARRY_ACTION = "restore_carry_over"
SCAN_DEPTH = 3
SCAN_LIMIT = 50_000


@dataclass
class _Replaced:
    """What could be read, read-only, from the store a restore replaces (before it moves)."""

    state: str  # "missing" (no store file) | "complete" (sound, read whole) | "damaged"
    problems: list[str] = field(default_factory=list)
    series: dict[str, dict[str, Any]] = field(default_factory=dict)
    counters: dict[SeriesKey, int] = field(default_factory=dict)
    documents: list[dict[str, Any]] = field(default_factory=list)
    files: list[dict[str, Any]] = field(default_factory=list)
    deliveries: list[dict[str, Any]] = field(default_factory=list)
    numbers: set[str] = field(default_factory=set)  # numbers read through the UNIQUE index
    triples: set[tuple[str, int, int]] = field(default_factory=set)  # (series, year, seq)
    lost_before: set[tuple[str, int, int]] = field(default_factory=set)


def _read_all(conn: sqlite3.Connection, sql: str, what: str,
              problems: list[str]) -> list[dict[str, Any]]:
    """Every row a query yields before SQLite hits a damaged page (then the error is noted)."""
    rows: list[dict[str, Any]] = []
    try:
        for row in conn.execute(sql):
            rows.append(dict(row))
    except sqlite3.Error as exc:
        problems.append(f"{what}：{exc}")
    return rows


LIGHT_COLUMNS = ("id, kind, series_key, number, year, seq, status, issued_on, created_at,"
                 " voided_at, void_reason, void_operator, imported")


def _read_replaced(store_file: Path, known: set[str]) -> _Replaced:
    """Read the store about to be replaced without changing it (``mode=ro``; sees its WAL).

    ``complete`` only when it is a LetterDesk store that passes ``PRAGMA integrity_check`` and
    every table needed was read to the end: otherwise rows may be missing without an error.
    ``known``: the numbers the backup has (their full rows are not needed).
    """
    if not store_file.exists():
        return _Replaced("missing")
    rep = _Replaced("damaged")
    problems = rep.problems
    try:
        conn = sqlite3.connect(_ro_uri(store_file), uri=True)
    except sqlite3.Error as exc:
        problems.append(f"无法打开（{exc}）")
        return rep
    conn.row_factory = sqlite3.Row
    try:
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APP_ID:
                problems.append("不是函据通数据库或文件头已损坏")
            check = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if check != ["ok"]:
                problems.append("完整性检查未通过：" + "; ".join(check[:3]))
        except sqlite3.Error as exc:
            problems.append(f"完整性检查未通过：{exc}")
        sound = not problems
        for row in _read_all(conn, "SELECT key, pattern, reset_yearly FROM series", "编号序列",
                             problems):
            rep.series[row["key"]] = row
        for row in _read_all(conn, "SELECT series_key, year, last_seq FROM series_counter",
                             "编号计数器", problems):
            key = (row["series_key"], int(row["year"]))
            rep.counters[key] = max(rep.counters.get(key, 0), int(row["last_seq"]))
        # the light columns of every row; the full row (with its data snapshot) only of those
        # the backup lacks: a 30-year archive need not be held in memory
        rep.documents = _read_all(conn, f"SELECT {LIGHT_COLUMNS} FROM documents ORDER BY id",
                                  "单据", problems)
        for i, doc in enumerate(rep.documents):
            if doc["number"] in known:
                continue
            full: sqlite3.Row | None = None
            with contextlib.suppress(sqlite3.Error):
                full = conn.execute("SELECT * FROM documents WHERE id = ?",
                                    (doc["id"],)).fetchone()
            if full is None:
                problems.append(f"单据 {doc['number']} 的记录无法读取")
            rep.documents[i] = dict(full) if full else {**doc, "unreadable": True}
        rep.files = _read_all(conn, "SELECT * FROM document_files ORDER BY id", "单据文件",
                              problems)
        rep.deliveries = _read_all(conn, "SELECT * FROM deliveries ORDER BY id", "送达记录",
                                   problems)
        for row in _read_all(conn, f"SELECT detail FROM audit WHERE action = '{LOST_ACTION}'",
                             "审计日志", problems):
            with contextlib.suppress(TypeError, ValueError, KeyError):
                d = json.loads(row["detail"])
                rep.lost_before.add((str(d["series"]), int(d["year"]), int(d["seq"])))
        if not sound:
            # damaged table pages may leave the UNIQUE indexes readable: numbers without rows
            scratch: list[str] = []
            rep.numbers = {r["number"] for r in _read_all(
                conn, "SELECT number FROM documents INDEXED BY sqlite_autoindex_documents_1",
                "编号索引", scratch)}
            rep.triples = {(r["series_key"], int(r["year"]), int(r["seq"])) for r in _read_all(
                conn, "SELECT series_key, year, seq FROM documents"
                      " INDEXED BY sqlite_autoindex_documents_2", "编号索引", scratch)}
        rep.numbers |= {d["number"] for d in rep.documents}
        rep.triples |= {(d["series_key"], int(d["year"]), int(d["seq"])) for d in rep.documents}
        if sound and not problems:
            rep.state = "complete"
    finally:
        conn.close()
    return rep


def _series_regex(pattern: str) -> re.Pattern[str] | None:
    """``SJ-{year}-{seq:05d}`` -> a regex with groups ``year`` and ``seq`` (None if unusable)."""
    out, seen_year = "", False
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError:
        return None
    for literal, name, _spec, _conv in parts:
        out += re.escape(literal)
        if name == "year":
            out += r"(?P=year)" if seen_year else r"(?P<year>\d{4})"
            seen_year = True
        elif name == "seq":
            out += r"(?P<seq>\d+)"
        elif name is not None:
            return None
    return re.compile(out) if "(?P<seq>" in out else None


def _parse_number(number: str, series: dict[str, dict[str, Any]]) -> list[tuple[str, int, int]]:
    """(series, counter year, seq) of every series whose pattern makes ``number``."""
    found: list[tuple[str, int, int]] = []
    for key, row in series.items():
        rx = _series_regex(str(row["pattern"]))
        m = rx.fullmatch(number) if rx else None
        if not m:
            continue
        year = int(m.group("year")) if "year" in m.groupdict() else None
        if row["reset_yearly"]:
            if year is None:
                continue  # a yearly series without the year in its number: year unknown
            found.append((key, year, int(m.group("seq"))))
        else:
            found.append((key, 0, int(m.group("seq"))))
    return found


def _scan_folders(folders: set[Path], series: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Numbered documents on disk (``<number>_….pdf|docx``, also staged, altered or moved to
    ``未登记文件``) -> number: one path. Evidence of numbers when the store cannot tell."""
    from desktop_app.services.doctor import STRAY_FOLDER

    rxs = [rx for rx in (_series_regex(str(r["pattern"])) for r in series.values()) if rx]
    if not rxs:
        return {}
    head = re.compile("^(?:" + "|".join(rx.pattern.replace("(?P<year>", "(?:").replace(
        "(?P=year)", r"\d{4}").replace("(?P<seq>", "(?:") for rx in rxs) + ")(?=[_.])")
    found: dict[str, str] = {}
    seen = 0
    todo = [(f, 0) for f in sorted(folders)]
    visited: set[Path] = set()
    while todo and seen < SCAN_LIMIT:
        folder, depth = todo.pop()
        try:
            real = folder.resolve()
            if real in visited or not folder.is_dir():
                continue
            visited.add(real)
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            seen += 1
            name = entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    if depth < SCAN_DEPTH or name == STRAY_FOLDER:
                        todo.append((Path(entry.path), depth + 1))
                    continue
            except OSError:
                continue
            if name.startswith(STAGED_PREFIX):
                name = name[len(STAGED_PREFIX):]
            if Path(name).suffix.lower() not in (".pdf", ".docx"):
                continue
            m = head.match(name)
            if m:
                found.setdefault(m.group(0), entry.path)
    return found


def _ledger_file(ctx: AppContext) -> Path:
    """The ledger's path without opening the (possibly damaged) store: its setting only when
    the store is sound, else the default location."""
    if ctx._store is not None:
        return ctx.ledger_path
    return ctx.home / "台账.xlsx"


def _scan_ledger(path: Path) -> dict[str, str]:
    """Numbers listed in the Excel ledger mirror (first column of every sheet): when the
    store is damaged and the files were saved elsewhere, the mirror still remembers which
    numbers were issued. Unreadable workbook: no evidence from it."""
    found: dict[str, str] = {}
    if not Path(path).is_file():
        return found
    try:
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - a damaged or locked mirror is simply no evidence
        log.warning("ledger %s unreadable during restore", path, exc_info=True)
        return found
    try:
        for ws in wb.worksheets:
            for row in ws.iter_rows(min_row=2, max_col=1, values_only=True):
                value = row[0] if row else None
                if isinstance(value, str) and value.strip() and not value.startswith("合计"):
                    found.setdefault(value.strip(), f"{path}#{ws.title}")
    finally:
        wb.close()
    return found


def _evidence_folders(home: Path, restored: Path, rep: _Replaced) -> set[Path]:
    """Where numbered files may lie: the folders of every recorded file and the output root."""
    folders = {Path(f["path"]).parent for f in rep.files if f.get("path")}
    output_root = Path(home) / "output"
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(_ro_uri(restored), uri=True)
        try:
            folders |= {Path(r[0]).parent for r in conn.execute("SELECT path FROM document_files")}
            row = conn.execute("SELECT value FROM settings WHERE key = 'output_dir'").fetchone()
            if row:
                with contextlib.suppress(ValueError, TypeError):
                    output_root = Path(json.loads(row[0]))
        finally:
            conn.close()
    folders.add(output_root)
    return folders


def _backup_view(path: Path) -> tuple[dict[str, dict[str, Any]], dict[SeriesKey, int], set[str]]:
    """(series, counters, numbers) of the validated copy about to be restored."""
    conn = sqlite3.connect(_ro_uri(path), uri=True)
    conn.row_factory = sqlite3.Row
    try:
        series = {r["key"]: dict(r) for r in conn.execute(
            "SELECT key, pattern, reset_yearly FROM series")}
        counters: dict[SeriesKey, int] = {}
        for r in conn.execute("SELECT series_key, year, last_seq FROM series_counter"):
            counters[(r["series_key"], int(r["year"]))] = int(r["last_seq"])
        for r in conn.execute("SELECT series_key, year, max(seq) AS top FROM documents"
                              " GROUP BY series_key, year"):
            key = (r["series_key"], int(r["year"]))
            counters[key] = max(counters.get(key, 0), int(r["top"]))
        numbers = {r[0] for r in conn.execute("SELECT number FROM documents")}
    finally:
        conn.close()
    return series, counters, numbers


@dataclass
class _Plan:
    """Every number the replaced store is known to have used, with its evidence."""

    used: dict[SeriesKey, dict[int, dict[str, Any]]] = field(default_factory=dict)

    def note(self, key: SeriesKey, seq: int, **evidence: Any) -> None:
        slot = self.used.setdefault(key, {}).setdefault(seq, {})
        for k, v in evidence.items():
            slot.setdefault(k, v)

    def top(self, key: SeriesKey) -> int:
        return max(self.used.get(key, {0: {}}))


def _plan(rep: _Replaced, files: dict[str, str], series: dict[str, dict[str, Any]],
          backup_numbers: set[str]) -> _Plan:
    """The most specific evidence first: a row, an index entry, a file, the counter."""
    plan = _Plan()
    for d in rep.documents:
        plan.note((d["series_key"], int(d["year"])), int(d["seq"]), number=d["number"],
                  evidence="row_unreadable" if d.get("unreadable") else "row")
    for number in rep.numbers:
        for s, y, q in _parse_number(number, series):
            plan.note((s, y), q, number=number, evidence="index")
    for s, y, q in rep.triples:
        plan.note((s, y), q, evidence="index")
    for number, path in files.items():
        if number in backup_numbers or number in rep.numbers:
            continue
        for s, y, q in _parse_number(number, series):
            plan.note((s, y), q, number=number, evidence="file", file=path)
    for key, last in rep.counters.items():
        plan.note(key, last, evidence="counter")
    return plan


def _refusal(source: Path, rep: _Replaced, plan: _Plan,
             counters: dict[SeriesKey, int]) -> StateError:
    clues = []
    for key in sorted(plan.used):
        top = plan.top(key)
        if top > counters.get(key, 0):
            used = plan.used[key][top]
            where = f"（文件 {Path(used['file']).name}）" if used.get("file") else ""
            what = f"编号 {used['number']}" if used.get("number") else f"流水号 {top}"
            clues.append(f"序列 {key[0]}{f' {key[1]} 年' if key[1] else ''}已用到{what}{where}")
    found = "；".join(clues) if clues else "未找到备份之后开出的编号"
    return StateError(
        f"当前数据库无法完整读取（{rep.problems[0] if rep.problems else '文件为空'}），无法确认备份之后"
        f"开出过哪些编号，为免重复编号未执行恢复，当前数据库未被改动。已找到的线索：{found}。"
        f"请核对收据存根联和输出文件夹，确认后用 letterdesk restore {source} --force 恢复："
        "编号将从找到的最大号之后继续，找不到记录的编号登记为“恢复时丢失”。",
        message_en=f"replaced store unreadable ({'; '.join(rep.problems[:2])}); "
                   "restore needs force=True",
    )


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    """Insert a row read from the replaced store, keeping its id when it is free here."""
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    values = {c: row[c] for c in columns if c in row}
    if "id" in values and conn.execute(f"SELECT 1 FROM {table} WHERE id = ?",
                                       (values["id"],)).fetchone():
        del values["id"]
    cur = conn.execute(
        f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
        tuple(values.values()))
    return int(cur.lastrowid or 0)


SAME_DOCUMENT = ("kind", "series_key", "year", "seq", "issued_on", "created_at")


def _carry_over(store: Store, rep: _Replaced, plan: _Plan, detail: dict[str, Any],
                operator: str) -> dict[str, Any]:
    """In the restored store, in ONE transaction with the ``restore`` audit entry:
    copy the replaced store's documents (with files and deliveries) the backup lacks, bring
    over voids made after the backup, raise every counter past the highest number used, and
    record each used number without a readable row as ``lost_in_restore`` (doctor explains it).
    """
    conn = store.conn
    carried: list[str] = []
    voided: list[str] = []
    conflicts: list[str] = []
    raised: list[dict[str, Any]] = []
    lost: list[dict[str, Any]] = []
    with store.transaction():
        store.audit("restore", None, detail, operator)
        for name, row in rep.series.items():
            conn.execute("INSERT OR IGNORE INTO series (key, pattern, reset_yearly) VALUES (?, ?, ?)",
                         (name, row["pattern"], row["reset_yearly"]))
        base: dict[SeriesKey, int] = {}
        for r in conn.execute("SELECT series_key, year, last_seq FROM series_counter"):
            base[(r["series_key"], int(r["year"]))] = int(r["last_seq"])
        mine = {r["number"]: dict(r) for r in conn.execute("SELECT * FROM documents")}
        files_of: dict[int, list[dict[str, Any]]] = {}
        for f in rep.files:
            files_of.setdefault(int(f["document_id"]), []).append(f)
        deliveries_of: dict[int, list[dict[str, Any]]] = {}
        for d in rep.deliveries:
            deliveries_of.setdefault(int(d["document_id"]), []).append(d)
        for old in rep.documents:
            number = old["number"]
            note: dict[str, Any] = {}
            here = mine.get(number)
            if here is None and old.get("unreadable"):
                continue  # its number is in plan.used: recorded as lost below
            if here is None:
                target = _insert(conn, "documents", old)
                note.update(document=True, status=old["status"])
                carried.append(number)
            elif all(str(here.get(c)) == str(old.get(c)) for c in SAME_DOCUMENT):
                target = int(here["id"])
                if old["status"] == "void" and here["status"] != "void":
                    conn.execute("UPDATE documents SET status = 'void', voided_at = ?,"
                                 " void_reason = ?, void_operator = ? WHERE id = ?",
                                 (old["voided_at"], old["void_reason"], old["void_operator"],
                                  target))
                    note["void"] = old["void_reason"]
                    voided.append(number)
            else:
                conflicts.append(number)  # another document under this number: both kept apart
                continue
            have = {(r["role"], r["path"], r["sha256"]) for r in conn.execute(
                "SELECT role, path, sha256 FROM document_files WHERE document_id = ?", (target,))}
            added = []
            for f in files_of.get(int(old["id"]), []):
                if (f["role"], f["path"], f["sha256"]) not in have:
                    _insert(conn, "document_files", {**f, "document_id": target})
                    added.append(f["path"])
            sent = {(r["method"], r["tracking"], r["date"], r["created_at"]) for r in conn.execute(
                "SELECT * FROM deliveries WHERE document_id = ?", (target,))}
            n_sent = 0
            for d in deliveries_of.get(int(old["id"]), []):
                if (d["method"], d["tracking"], d["date"], d["created_at"]) not in sent:
                    _insert(conn, "deliveries", {**d, "document_id": target})
                    n_sent += 1
            if added:
                note["files"] = added
            if n_sent:
                note["deliveries"] = n_sent
            if note:
                store.audit(CARRY_ACTION, number, {"from": detail.get("previous_kept_as"), **note},
                            operator)
        # counters and lost numbers
        series = {r["key"]: dict(r) for r in conn.execute("SELECT * FROM series")}
        present: dict[SeriesKey, dict[int, bool]] = {}
        for r in conn.execute("SELECT series_key, year, seq, imported FROM documents"):
            present.setdefault((r["series_key"], int(r["year"])), {})[int(r["seq"])] = bool(
                r["imported"])
        explained = _lost_entries(conn)
        for key in sorted(plan.used):
            if key[0] not in series:
                continue  # a series the replaced store knew but whose pattern is unreadable
            seqs = present.get(key, {})
            before = base.get(key, 0)
            top = max(before, plan.top(key), *seqs)
            if top > before:
                conn.execute(
                    "INSERT INTO series_counter (series_key, year, last_seq) VALUES (?, ?, ?) "
                    "ON CONFLICT(series_key, year) DO UPDATE SET"
                    " last_seq = max(last_seq, excluded.last_seq)", (key[0], key[1], top))
                raised.append({"series": key[0], "year": key[1], "from": before, "to": top})
            imported_below = max((s for s, imp in seqs.items() if imp), default=0)
            used = plan.used[key]
            if rep.state == "complete":
                # every number it used has its row (carried over above); a gap it had is its
                # own, still unexplained — unless an earlier restore had explained it
                candidates = {s for (k, y, s) in rep.lost_before if (k, y) == key}
            else:
                candidates = set(range(before + 1, top + 1)) | {s for s in used if s <= before}
            for seq in sorted(candidates):
                if seq in seqs or seq < imported_below or (key[0], key[1], seq) in explained:
                    continue
                evidence = dict(used.get(seq) or {"evidence": "counter"})
                if (key[0], key[1], seq) in rep.lost_before:
                    evidence["evidence"] = "lost_in_earlier_restore"
                number = evidence.pop("number", None) or _format(series[key[0]], key, seq)
                entry = {"series": key[0], "year": key[1], "seq": seq, "number": number,
                         **evidence}
                store.audit(LOST_ACTION, number, {**entry, "from": detail.get("previous_kept_as")},
                            operator)
                lost.append(entry)
    return {"carried_over": carried, "void_carried_over": voided, "marked_lost": lost,
            "counters_raised": raised, "conflicts": conflicts}


def _format(series_row: dict[str, Any], key: SeriesKey, seq: int) -> str | None:
    """The number of ``seq`` when it can be known (not for a non-yearly series with {year})."""
    pattern = str(series_row["pattern"])
    if key[1] == 0 and "{year" in pattern:
        return None
    try:
        return format_number(pattern, key[1], seq)
    except (ValueError, KeyError, IndexError):
        return None


def _lost_entries(conn: sqlite3.Connection) -> set[tuple[str, int, int]]:
    """(series, year, seq) already recorded as lost in a restore."""
    out: set[tuple[str, int, int]] = set()
    for r in conn.execute(f"SELECT detail FROM audit WHERE action = '{LOST_ACTION}'"):
        with contextlib.suppress(TypeError, ValueError, KeyError):
            d = json.loads(r[0])
            out.add((str(d["series"]), int(d["year"]), int(d["seq"])))
    return out


def restore(ctx: AppContext, path: Path | str, force: bool = False) -> dict[str, Any]:
    """``letterdesk restore FILE [--force]``: check the file, keep the current store aside,
    copy it in, and carry forward what the current store knew that the backup does not.

    Refuses (ValidationError on ``file``) anything that is not a sound LetterDesk store.
    Works when the current store is damaged (it is never opened through the migrations).
    Close the program elsewhere first: another process holding the store would keep
    writing to the file moved aside.

    Numbers are never reissued (DOMAIN.md §4). The store being replaced is read read-only
    first. When it is sound, its documents missing from the backup are copied into the
    restored store (with their files and deliveries; audit ``restore_carry_over``), voids
    made after the backup are kept, and every series counter is raised to at least its
    highest number. When it cannot be read whole (damaged, emptied, foreign), which numbers
    were issued after the backup cannot be proven: the restore is refused (StateError, nothing
    changed) listing the clues found (readable rows and indexes, numbered PDF/DOCX files in
    the output folders) unless ``force`` is given; with ``force`` those clues are applied —
    rows carried over, counters raised past every number seen, each used number without a
    readable row recorded as ``lost_in_restore`` (an explained gap for doctor). When there is
    no store file at all (a new computer), the clues from files are applied without ``force``.
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
        series, counters, backup_numbers = _backup_view(staged)
    except (sqlite3.Error, StateError) as exc:
        staged.unlink(missing_ok=True)
        raise ValidationError("file", f"{source.name} 不能用于恢复：{exc}") from exc
    # 2. what the replaced store used: its rows when sound, otherwise every clue there is
    try:
        rep = _read_replaced(store_file, backup_numbers)
        all_series = {**rep.series, **series}
        files: dict[str, str] = {}
        if rep.state != "complete":
            files = _scan_folders(_evidence_folders(ctx.home, staged, rep), all_series)
            for number, where in _scan_ledger(_ledger_file(ctx)).items():
                files.setdefault(number, where)
        plan = _plan(rep, files, all_series, backup_numbers)
        if rep.state == "damaged" and not force:
            raise _refusal(source, rep, plan, counters)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    # 3. the current store goes aside (even when damaged), 4. the copy takes its place
    previous: Path | None = None
    if store_file.exists():
        previous = _set_aside(store_file, folder)
    else:
        for side in ("-wal", "-shm"):
            store_file.with_name(store_file.name + side).unlink(missing_ok=True)
    os.replace(staged, store_file)
    _fsync_dir(store_file.parent)

    store = ctx.store  # opens and migrates an older backup to the current schema
    detail = {"from": str(source), "previous_kept_as": str(previous) if previous else None,
              "replaced_store": rep.state, "forced": bool(force and rep.state == "damaged"),
              "problems": rep.problems[:5]}
    outcome = _carry_over(store, rep, plan, detail, ctx.operator)
    warnings = _restore_warnings(rep, outcome, previous)
    try:
        from desktop_app.services.issuing import after_change

        warnings.extend(after_change(ctx))  # the ledger mirrors the restored store
    except ImportError:
        pass
    return {"restored_from": str(source), "previous_kept_as": str(previous) if previous else None,
            "replaced_store": rep.state, "forced": detail["forced"],
            "carried_over": outcome["carried_over"],
            "void_carried_over": outcome["void_carried_over"],
            "marked_lost": outcome["marked_lost"], "counters_raised": outcome["counters_raised"],
            "conflicts": outcome["conflicts"], "warnings": warnings}


def _restore_warnings(rep: _Replaced, outcome: dict[str, Any],
                      previous: Path | None) -> list[dict[str, Any]]:
    warnings: list[dict[str, Any]] = []
    kept = previous.name if previous else ""
    if rep.state == "damaged":
        warnings.append({"code": "RESTORE_FORCED", "message": (
            f"原数据库无法完整读取（{'；'.join(rep.problems[:2])}），已按找到的线索继续编号；"
            f"原文件保留在 {kept}，请核对收据存根联"), "problems": rep.problems[:10]})
    carried = outcome["carried_over"]
    if carried:
        warnings.append({"code": "RESTORE_CARRIED_OVER", "message": (
            f"原数据库中有 {len(carried)} 份单据不在此备份中（如 {carried[0]}），已连同文件记录"
            "转入恢复后的数据库，编号不会重复使用"), "numbers": carried[:50]})
    if outcome["void_carried_over"]:
        numbers = outcome["void_carried_over"]
        warnings.append({"code": "RESTORE_VOID_CARRIED_OVER", "message": (
            f"{len(numbers)} 份单据在备份之后已作废（如 {numbers[0]}），作废记录已保留"),
            "numbers": numbers[:50]})
    lost = outcome["marked_lost"]
    if lost:
        shown = [e["number"] or f"{e['series']}#{e['seq']}" for e in lost]
        warnings.append({"code": "NUMBERS_LOST_IN_RESTORE", "message": (
            f"{len(lost)} 个编号在原数据库中已使用但记录无法读取（如 {shown[0]}），已登记为"
            "“恢复时丢失”，不会再次使用；请按存根补录说明"), "numbers": shown[:50]})
    if outcome["conflicts"]:
        numbers = outcome["conflicts"]
        warnings.append({"code": "NUMBER_CONFLICT", "message": (
            f"{len(numbers)} 个编号在备份和原数据库中对应不同的单据（如 {numbers[0]}），"
            f"恢复后的数据库保留备份中的单据，原单据见 {kept}"), "numbers": numbers[:50]})
    return warnings
