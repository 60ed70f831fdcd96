"""SQLite store of record: connection, migrations, numbering, issue/void, parties, audit.

Every state change is one transaction. Numbers are assigned inside ``BEGIN IMMEDIATE`` so
two processes issuing at once never get the same number, and a failed issue rolls back and
consumes no number (会计基础工作规范: receipt numbers are continuous and explained).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import sqlite3
import string
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import NotFoundError, StateError, ValidationError
from desktop_app.store.schema import MIGRATIONS

STORE_FILE = "letterdesk.sqlite3"
APP_ID = 0x4C444B31  # "LDK1": marks a file as a LetterDesk store (PRAGMA application_id)


def now_text() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def default_operator() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (service accounts): stay anonymous
        return ""


def validate_pattern(pattern: str, field_name: str = "pattern") -> None:
    """A numbering pattern may use ``{year}`` and must use ``{seq}`` (with a format spec)."""
    try:
        names = [f for _, f, _, _ in string.Formatter().parse(pattern) if f is not None]
    except ValueError as exc:
        raise ValidationError(field_name, f"编号格式无效：{exc}") from exc
    literal = "".join(text for text, *_ in string.Formatter().parse(pattern))
    bad = [c for c in literal if c in '/\\:*?"<>|' or ord(c) < 32 or c == "\x7f"]
    if bad:
        # numbers become file names and are typed into spreadsheets and letters
        raise ValidationError(field_name, f"编号格式不能包含字符 {bad[0]!r}")
    unknown = [n for n in names if n not in ("year", "seq")]
    if unknown:
        raise ValidationError(field_name, f"编号格式只能使用 {{year}} 和 {{seq}}，不能使用 {{{unknown[0]}}}")
    if "seq" not in names:
        raise ValidationError(field_name, "编号格式必须包含流水号 {seq}，例如 SJ-{year}-{seq:05d}")
    try:
        pattern.format(year=2026, seq=1)
    except (ValueError, KeyError, IndexError) as exc:
        raise ValidationError(field_name, f"编号格式无效：{exc}") from exc


STAGED_PREFIX = ".staged-"


def staged_path(path: Path) -> Path:
    """Where a renderer may leave a file until its record commits (see ``Store.issue``)."""
    path = Path(path)
    return path.with_name(STAGED_PREFIX + path.name)


def _source_of(path: Path) -> Path:
    staged = staged_path(path)
    return staged if staged.exists() else Path(path)


def _publish(files: Sequence[tuple[str, Path]]) -> None:
    """After COMMIT: move staged files to their final names (a crash before this leaves a
    record whose file sits under its staged name with a matching SHA-256: doctor --repair
    renames it). So a file never carries a number that was not recorded."""
    for _, path in files:
        staged = staged_path(path)
        if staged.exists():
            os.replace(staged, path)


def _discard(files: Sequence[tuple[str, Path]]) -> None:
    for _, path in files:
        staged_path(path).unlink(missing_ok=True)
        Path(path).unlink(missing_ok=True)


def format_number(pattern: str, year: int, seq: int) -> str:
    return pattern.format(year=year, seq=seq)


@dataclass
class FileRecord:
    role: str
    path: str
    sha256: str
    created_at: str


@dataclass
class IssuedDocument:
    id: int
    kind: str
    series_key: str
    number: str
    year: int
    seq: int
    status: str
    issued_on: date
    party_name: str | None
    amount: Decimal | None
    penalty: Decimal | None
    parent_number: str | None
    data: dict[str, Any]
    operator: str
    created_at: str
    voided_at: str | None = None
    void_reason: str | None = None
    void_operator: str | None = None
    needs_render: bool = False
    imported: bool = False
    files: list[FileRecord] = field(default_factory=list)

    @property
    def is_void(self) -> bool:
        return self.status == "void"

    def file(self, role: str) -> FileRecord | None:
        """The newest file with this role (e.g. ``pdf``)."""
        found = [f for f in self.files if f.role == role]
        return found[-1] if found else None


@dataclass
class IssueEntry:
    """One document of a batch issued with ``Store.issue_many``."""

    kind: str
    series_key: str
    issued_on: date
    data: dict[str, Any]
    party_name: str | None = None
    amount: Decimal | None = None
    penalty: Decimal | None = None
    parent_number: str | None = None


def _dec(text: str | None) -> Decimal | None:
    return Decimal(text) if text not in (None, "") else None


RenderCallback = Callable[[str], Sequence[tuple[str, Path]]]


class Store:
    """One open store file. Use ``open_store(home)`` to get one."""

    def __init__(self, path: Path, *, timeout: float = 60.0) -> None:
        self.path = Path(path)
        self._refuse_emptied_store()
        self.conn = sqlite3.connect(
            str(self.path), timeout=timeout, isolation_level=None, check_same_thread=False
        )
        self.conn.row_factory = sqlite3.Row
        self.conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        self.conn.execute("PRAGMA foreign_keys = ON")
        try:
            self._enable_wal(timeout)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StateError(
                f"数据库文件已损坏或不是函据通数据库：{self.path}（{exc}）。请用 letterdesk restore 从备份恢复。",
                message_en=f"store file is damaged or not a LetterDesk store: {self.path}: {exc}",
            ) from exc
        self.conn.execute("PRAGMA synchronous = FULL")
        self._migrate()

    def _enable_wal(self, timeout: float) -> None:
        """Switch to WAL. Switching needs a moment of exclusive access, and SQLite's busy
        handler does not always wait for it: when another process is opening (or creating)
        the same store at that instant the switch reports "database is locked", which is not
        damage — wait and retry."""
        deadline = time.monotonic() + timeout
        delay = 0.01
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() > deadline:
                    raise StateError(f"数据库正被其他程序占用：{self.path}",
                                     message_en=f"store busy: {self.path}") from exc
                time.sleep(delay)
                delay = min(delay * 2, 0.5)

    # -- plumbing ------------------------------------------------------------------------
    def _refuse_emptied_store(self) -> None:
        """A store truncated to 0 bytes (full disk, sync tool) while backups exist is damage:
        opening it would silently start a new, empty record and reuse numbers."""
        try:
            emptied = self.path.stat().st_size == 0
        except OSError:
            return
        wal = self.path.with_name(self.path.name + "-wal")
        backups = self.path.parent / "backups"
        if emptied and not (wal.exists() and wal.stat().st_size) and backups.is_dir() and any(
                p.stat().st_size for p in backups.glob("letterdesk-*.sqlite3")):
            raise StateError(
                f"数据库文件是空的（0 字节）：{self.path}。请用 letterdesk restore 从备份"
                f"（{backups}）恢复。",
                message_en=f"store file is empty (0 bytes): {self.path}",
            )

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` (rollback on any exception)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def _migrate(self) -> None:
        app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id not in (0, APP_ID):
            raise StateError(f"不是函据通数据库：{self.path}", message_en=f"not a LetterDesk store: {self.path}")
        if version > len(MIGRATIONS):
            raise StateError(
                f"数据库版本 {version} 比本程序新，请升级函据通。",
                message_en=f"store schema {version} is newer than this program supports",
            )
        if app_id == 0 and version == 0:
            tables = self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            migrated_meanwhile = self.conn.execute("PRAGMA application_id").fetchone()[0] == APP_ID
            if tables and not migrated_meanwhile:
                raise StateError(f"不是函据通数据库：{self.path}", message_en=f"not a LetterDesk store: {self.path}")
        for index in range(version, len(MIGRATIONS)):
            with self.transaction() as conn:
                # another process may have applied it while we waited for the write lock
                if conn.execute("PRAGMA user_version").fetchone()[0] > index:
                    continue
                for statement in MIGRATIONS[index].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {index + 1}")
                conn.execute(f"PRAGMA application_id = {APP_ID}")

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def audit(self, action: str, number: str | None = None, detail: Any = None,
              operator: str | None = None) -> None:
        """Append to the audit log (call inside a transaction or on its own)."""
        self.conn.execute(
            "INSERT INTO audit (at, operator, action, number, detail) VALUES (?, ?, ?, ?, ?)",
            (now_text(), operator if operator is not None else default_operator(), action, number,
             json.dumps(detail, ensure_ascii=False, default=str) if detail is not None else None),
        )

    def audit_entries(self, number: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM audit" + (" WHERE number = ?" if number else "") + " ORDER BY id"
        rows = self.conn.execute(sql, (number,) if number else ())
        return [dict(r) for r in rows]

    # -- profile and settings --------------------------------------------------------------
    def get_profile(self) -> dict[str, Any]:
        row = self.conn.execute("SELECT data FROM profile WHERE id = 1").fetchone()
        return json.loads(row["data"]) if row else {}

    def set_profile(self, data: dict[str, Any], operator: str | None = None) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO profile (id, data, updated_at) VALUES (1, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
                (json.dumps(data, ensure_ascii=False), now_text()),
            )
            self.audit("profile", None, {"fields": sorted(data)}, operator)

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row["value"]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    # -- numbering ---------------------------------------------------------------------------
    def ensure_series(self, key: str, pattern: str, reset_yearly: bool = True) -> None:
        """Create the series with its default pattern unless the user already has it."""
        validate_pattern(pattern)
        self.conn.execute(
            "INSERT OR IGNORE INTO series (key, pattern, reset_yearly) VALUES (?, ?, ?)",
            (key, pattern, int(reset_yearly)),
        )

    def set_series_pattern(self, key: str, pattern: str, reset_yearly: bool | None = None) -> None:
        validate_pattern(pattern, f"series.{key}")
        with self.transaction() as conn:
            other = conn.execute("SELECT key FROM series WHERE pattern = ? AND key != ?",
                                 (pattern, key)).fetchone()
            if other:
                raise ValidationError(f"series.{key}",
                                      f"编号格式与序列 {other['key']} 相同，两类单据会争用同一编号")
            conn.execute(
                "INSERT INTO series (key, pattern, reset_yearly) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET pattern = excluded.pattern"
                + (", reset_yearly = excluded.reset_yearly" if reset_yearly is not None else ""),
                (key, pattern, int(reset_yearly if reset_yearly is not None else True)),
            )
            self.audit("series", None, {"key": key, "pattern": pattern})

    def list_series(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM series ORDER BY key")]

    def _series(self, key: str) -> sqlite3.Row:
        row = self.conn.execute("SELECT * FROM series WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise NotFoundError(f"未知的编号序列：{key}", message_en=f"unknown series {key}")
        return row

    def _counter_year(self, series: sqlite3.Row, issued_on: date) -> int:
        """Counter bucket: the year when the series restarts yearly AND its pattern shows the
        year; otherwise one continuous counter (0). A pattern without {year} that restarted
        every January would reissue last year's numbers."""
        yearly = series["reset_yearly"] and "{year" in series["pattern"]
        return issued_on.year if yearly else 0

    def peek_number(self, series_key: str, issued_on: date) -> str:
        """The number the next issue would get (for display only; not reserved)."""
        series = self._series(series_key)
        year = self._counter_year(series, issued_on)
        row = self.conn.execute(
            "SELECT last_seq FROM series_counter WHERE series_key = ? AND year = ?",
            (series_key, year),
        ).fetchone()
        return format_number(series["pattern"], issued_on.year, (row["last_seq"] if row else 0) + 1)

    def issue(
        self,
        *,
        kind: str,
        series_key: str,
        issued_on: date,
        data: dict[str, Any],
        render: RenderCallback,
        party_name: str | None = None,
        amount: Decimal | None = None,
        penalty: Decimal | None = None,
        parent_number: str | None = None,
        operator: str | None = None,
    ) -> IssuedDocument:
        """Assign the next number, render the files, record everything — one transaction.

        ``render(number)`` writes the files and returns ``[(role, path), …]``. If it raises,
        or recording fails, the transaction rolls back: no number is consumed, and files it
        reported are removed. (A batch of one: see ``issue_many``.)
        """
        entry = IssueEntry(kind=kind, series_key=series_key, issued_on=issued_on, data=data,
                           party_name=party_name, amount=amount, penalty=penalty,
                           parent_number=parent_number)
        [doc] = self.issue_many([entry], lambda numbers: [render(numbers[0])], operator)
        return doc

    def issue_many(
        self,
        entries: Sequence[IssueEntry],
        render_many: Callable[[list[str]], Sequence[Sequence[tuple[str, Path]]]],
        operator: str | None = None,
    ) -> list[IssuedDocument]:
        """Issue several documents in ONE transaction (batch runs).

        Numbers are assigned in order, ``render_many(numbers)`` renders them all (possibly in
        parallel processes) and returns each entry's files; then every row is recorded and
        the transaction commits. Any failure rolls the whole chunk back: no number is
        consumed and the files reported are removed, exactly as for ``issue``.
        """
        operator = operator if operator is not None else default_operator()
        written: list[tuple[str, Path]] = []
        numbers: list[str] = []
        try:
            with self.transaction() as conn:
                counters: dict[tuple[str, int], int] = {}
                slots: list[tuple[str, int, int]] = []
                for entry in entries:
                    series = self._series(entry.series_key)
                    year = self._counter_year(series, entry.issued_on)
                    key = (entry.series_key, year)
                    if key not in counters:
                        row = conn.execute(
                            "SELECT last_seq FROM series_counter WHERE series_key = ? AND year = ?",
                            key,
                        ).fetchone()
                        counters[key] = row["last_seq"] if row else 0
                    counters[key] += 1
                    number = format_number(series["pattern"], entry.issued_on.year, counters[key])
                    if conn.execute("SELECT 1 FROM documents WHERE number = ?", (number,)).fetchone():
                        raise StateError(
                            f"编号 {number} 已被使用，请检查编号格式是否包含年份或流水号",
                            message_en=f"number {number} already used", field="number")
                    numbers.append(number)
                    slots.append((entry.series_key, year, counters[key]))
                files_per_entry = [list(f) for f in render_many(list(numbers))]
                for files in files_per_entry:
                    written.extend(files)
                created = now_text()
                for entry, number, (series_key, year, seq), files in zip(
                    entries, numbers, slots, files_per_entry, strict=True
                ):
                    cur = conn.execute(
                        "INSERT INTO documents (kind, series_key, number, year, seq, status,"
                        " issued_on, party_name, amount, penalty, parent_number, data, operator,"
                        " created_at) VALUES (?, ?, ?, ?, ?, 'issued', ?, ?, ?, ?, ?, ?, ?, ?)",
                        (entry.kind, series_key, number, year, seq, entry.issued_on.isoformat(),
                         entry.party_name, None if entry.amount is None else str(entry.amount),
                         None if entry.penalty is None else str(entry.penalty),
                         entry.parent_number,
                         json.dumps(entry.data, ensure_ascii=False, default=str), operator,
                         created),
                    )
                    for role, path in files:
                        conn.execute(
                            "INSERT INTO document_files (document_id, role, path, sha256,"
                            " created_at) VALUES (?, ?, ?, ?, ?)",
                            (cur.lastrowid, role, str(path), sha256_file(_source_of(path)),
                             created),
                        )
                    self.audit("issue", number, {"kind": entry.kind, "batch": True,
                                                 "files": [str(p) for _, p in files]}, operator)
                for (series_key, year), last in counters.items():
                    conn.execute(
                        "INSERT INTO series_counter (series_key, year, last_seq) VALUES (?, ?, ?) "
                        "ON CONFLICT(series_key, year) DO UPDATE SET last_seq = excluded.last_seq",
                        (series_key, year, last),
                    )
        except BaseException:
            _discard(written)
            raise
        _publish(written)
        return [self.get(n) for n in numbers]

    def import_document(
        self, *, kind: str, series_key: str, number: str, seq: int, issued_on: date,
        data: dict[str, Any], party_name: str | None, amount: Decimal | None,
        status: str = "issued", void_reason: str | None = None, operator: str | None = None,
    ) -> None:
        """Record a document issued before LetterDesk; numbering continues after it."""
        with self.transaction() as conn:
            series = self._series(series_key)
            year = self._counter_year(series, issued_on)
            if conn.execute("SELECT 1 FROM documents WHERE number = ?", (number,)).fetchone():
                raise StateError(f"编号 {number} 已存在", message_en=f"number {number} exists")
            conn.execute(
                "INSERT INTO documents (kind, series_key, number, year, seq, status, issued_on,"
                " party_name, amount, data, operator, created_at, imported, voided_at, void_reason)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                (kind, series_key, number, year, seq, status, issued_on.isoformat(), party_name,
                 None if amount is None else str(amount), json.dumps(data, ensure_ascii=False, default=str),
                 operator if operator is not None else default_operator(), now_text(),
                 now_text() if status == "void" else None, void_reason),
            )
            conn.execute(
                "INSERT INTO series_counter (series_key, year, last_seq) VALUES (?, ?, ?) "
                "ON CONFLICT(series_key, year) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)",
                (series_key, year, seq),
            )
            self.audit("import", number, {"kind": kind}, operator)

    # -- reading -----------------------------------------------------------------------------
    def _load(self, row: sqlite3.Row) -> IssuedDocument:
        files = [
            FileRecord(r["role"], r["path"], r["sha256"], r["created_at"])
            for r in self.conn.execute(
                "SELECT * FROM document_files WHERE document_id = ? ORDER BY id", (row["id"],)
            )
        ]
        return IssuedDocument(
            id=row["id"], kind=row["kind"], series_key=row["series_key"], number=row["number"],
            year=row["year"], seq=row["seq"], status=row["status"],
            issued_on=date.fromisoformat(row["issued_on"]), party_name=row["party_name"],
            amount=_dec(row["amount"]), penalty=_dec(row["penalty"]),
            parent_number=row["parent_number"], data=json.loads(row["data"]),
            operator=row["operator"], created_at=row["created_at"], voided_at=row["voided_at"],
            void_reason=row["void_reason"], void_operator=row["void_operator"],
            needs_render=bool(row["needs_render"]), imported=bool(row["imported"]), files=files,
        )

    def get(self, number: str) -> IssuedDocument:
        row = self.conn.execute("SELECT * FROM documents WHERE number = ?", (number,)).fetchone()
        if row is None:
            raise NotFoundError(f"找不到编号为 {number} 的单据", message_en=f"no document {number}",
                                field="number")
        return self._load(row)

    def list_documents(
        self, *, kinds: Sequence[str] | None = None, status: str | None = None,
        date_from: date | None = None, date_to: date | None = None,
        parent_number: str | None = None, party: str | None = None, search: str | None = None,
    ) -> list[IssuedDocument]:
        where: list[str] = []
        args: list[Any] = []
        if kinds:
            where.append(f"kind IN ({','.join('?' * len(kinds))})")
            args.extend(kinds)
        if status:
            where.append("status = ?")
            args.append(status)
        if date_from:
            where.append("issued_on >= ?")
            args.append(date_from.isoformat())
        if date_to:
            where.append("issued_on <= ?")
            args.append(date_to.isoformat())
        if parent_number:
            where.append("parent_number = ?")
            args.append(parent_number)
        if party:
            where.append("party_name = ?")
            args.append(party)
        if search:
            where.append("(number LIKE ? OR party_name LIKE ? OR data LIKE ?)")
            args.extend([f"%{search}%"] * 3)
        sql = "SELECT * FROM documents" + (" WHERE " + " AND ".join(where) if where else "")
        rows = self.conn.execute(sql + " ORDER BY id", args).fetchall()
        return [self._load(r) for r in rows]

    def iter_rows(self, sql: str, args: Sequence[Any] = ()) -> Iterator[sqlite3.Row]:
        """Read-only query for the ledger writer and reports (streams, does not load all)."""
        yield from self.conn.execute(sql, args)

    # -- state changes -------------------------------------------------------------------------
    def void(self, number: str, reason: str, operator: str | None = None,
             render: Callable[[IssuedDocument], Sequence[tuple[str, Path]]] | None = None,
             ) -> IssuedDocument:
        """Void (作废): the record stays with reason, time and operator; never deleted."""
        if not reason or not reason.strip():
            raise ValidationError("reason", "作废必须填写原因")
        operator = operator if operator is not None else default_operator()
        written: list[tuple[str, Path]] = []
        try:
            with self.transaction() as conn:
                doc = self.get(number)
                if doc.is_void:
                    raise StateError(f"单据 {number} 已于 {doc.voided_at} 作废，不能重复作废",
                                     message_en=f"{number} is already void")
                at = now_text()
                conn.execute(
                    "UPDATE documents SET status = 'void', voided_at = ?, void_reason = ?,"
                    " void_operator = ? WHERE id = ?",
                    (at, reason.strip(), operator, doc.id),
                )
                doc.status, doc.voided_at, doc.void_reason, doc.void_operator = (
                    "void", at, reason.strip(), operator)
                if render is not None:
                    written = list(render(doc))
                    for role, path in written:
                        conn.execute(
                            "INSERT INTO document_files (document_id, role, path, sha256, created_at)"
                            " VALUES (?, ?, ?, ?, ?)",
                            (doc.id, role, str(path), sha256_file(Path(path)), at),
                        )
                self.audit("void", number, {"reason": reason.strip()}, operator)
        except BaseException:
            for _, path in written:
                Path(path).unlink(missing_ok=True)
            raise
        return self.get(number)

    def add_files(self, number: str, files: Sequence[tuple[str, Path]], action: str,
                  detail: Any = None, operator: str | None = None) -> IssuedDocument:
        """Record extra files of a document (reprint, re-render) and an audit entry."""
        with self.transaction() as conn:
            doc = self.get(number)
            at = now_text()
            for role, path in files:
                conn.execute(
                    "INSERT INTO document_files (document_id, role, path, sha256, created_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (doc.id, role, str(path), sha256_file(Path(path)), at),
                )
            if action == "rerender":
                conn.execute("UPDATE documents SET needs_render = 0 WHERE id = ?", (doc.id,))
            self.audit(action, number, detail, operator)
        return self.get(number)

    def flag_needs_render(self, number: str, flag: bool = True) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE documents SET needs_render = ? WHERE number = ?", (int(flag), number))
            self.audit("flag_rerender" if flag else "unflag_rerender", number)

    # -- parties ---------------------------------------------------------------------------------
    PARTY_FIELDS = ("name", "type", "id_number", "phone", "address", "bank_account", "notes")

    def add_party(self, **fields: Any) -> int:
        if not str(fields.get("name") or "").strip():
            raise ValidationError("name", "名称不能为空")
        values = {k: fields.get(k) for k in self.PARTY_FIELDS}
        values["type"] = values["type"] or "debtor"
        at = now_text()
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO parties (name, type, id_number, phone, address, bank_account, notes,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*[values[k] for k in self.PARTY_FIELDS], at, at),
            )
            self.audit("party_add", None, {"id": cur.lastrowid})
            return int(cur.lastrowid or 0)

    def update_party(self, party_id: int, **fields: Any) -> None:
        sets = {k: v for k, v in fields.items() if k in self.PARTY_FIELDS}
        if "name" in sets and not str(sets["name"] or "").strip():
            raise ValidationError("name", "名称不能为空")
        if not sets:
            return
        with self.transaction() as conn:
            conn.execute(
                f"UPDATE parties SET {', '.join(f'{k} = ?' for k in sets)}, updated_at = ? WHERE id = ?",
                (*sets.values(), now_text(), party_id),
            )
            self.audit("party_update", None, {"id": party_id, "fields": sorted(sets)})

    def merge_parties(self, source_id: int, target_id: int) -> None:
        """Merge a duplicate into another party: the source is kept, pointing at the target."""
        if source_id == target_id:
            raise ValidationError("target", "不能把单位合并到自身")
        with self.transaction() as conn:
            conn.execute("UPDATE parties SET merged_into = ?, updated_at = ? WHERE id = ?",
                         (target_id, now_text(), source_id))
            self.audit("party_merge", None, {"source": source_id, "target": target_id})

    def get_party(self, party_id: int) -> dict[str, Any]:
        row = self.conn.execute("SELECT * FROM parties WHERE id = ?", (party_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"找不到往来单位 {party_id}")
        return dict(row)

    def list_parties(self, search: str | None = None, include_merged: bool = False) -> list[dict[str, Any]]:
        where = [] if include_merged else ["merged_into IS NULL"]
        args: list[Any] = []
        if search:
            where.append("(name LIKE ? OR phone LIKE ? OR address LIKE ?)")
            args.extend([f"%{search}%"] * 3)
        sql = "SELECT * FROM parties" + (" WHERE " + " AND ".join(where) if where else "")
        return [dict(r) for r in self.conn.execute(sql + " ORDER BY name", args)]

    # -- deliveries ------------------------------------------------------------------------------
    def add_delivery(self, number: str, *, method: str, date_sent: date, tracking: str | None = None,
                     status: str = "pending", address: str | None = None,
                     operator: str | None = None) -> int:
        with self.transaction() as conn:
            doc = self.get(number)
            cur = conn.execute(
                "INSERT INTO deliveries (document_id, method, tracking, date, status, address,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (doc.id, method, tracking, date_sent.isoformat(), status, address, now_text()),
            )
            self.audit("delivery", number, {"method": method, "tracking": tracking,
                                            "status": status}, operator)
            return int(cur.lastrowid or 0)

    def list_deliveries(self, number: str | None = None) -> list[dict[str, Any]]:
        sql = ("SELECT deliveries.*, documents.number, documents.kind FROM deliveries "
               "JOIN documents ON documents.id = deliveries.document_id")
        args: tuple[Any, ...] = ()
        if number:
            sql += " WHERE documents.number = ?"
            args = (number,)
        return [dict(r) for r in self.conn.execute(sql + " ORDER BY deliveries.id", args)]


def open_store(home: Path) -> Store:
    """Open (and migrate) the store in a data home."""
    return Store(Path(home) / STORE_FILE)
