"""Store of record: migrations, numbering, rollback, concurrency, void, audit."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.errors import NotFoundError, StateError, ValidationError
from desktop_app.store import open_store
from desktop_app.store.db import STORE_FILE, Store, validate_pattern
from desktop_app.store.schema import MIGRATIONS


def _issue(store: Store, series: str = "receipt_general", day: date = date(2026, 3, 1), files=()):
    return store.issue(kind="receipt", series_key=series, issued_on=day, data={"x": "1"},
                       render=lambda number: list(files), party_name="张三",
                       amount=Decimal("100.00"))


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path)
    s.ensure_series("receipt_general", "SJ-{year}-{seq:05d}")
    yield s
    s.close()


def test_migrations_from_empty_create_every_table(tmp_path: Path) -> None:
    s = open_store(tmp_path)
    tables = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"profile", "parties", "series", "series_counter", "documents", "document_files",
            "deliveries", "audit", "settings"} <= tables
    assert s.schema_version == len(MIGRATIONS)
    assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    s.close()
    # reopening applies nothing twice
    assert open_store(tmp_path).schema_version == len(MIGRATIONS)


def test_foreign_sqlite_file_is_refused_not_overwritten(tmp_path: Path) -> None:
    other = tmp_path / STORE_FILE
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StateError):
        open_store(tmp_path)
    tables = [r[0] for r in sqlite3.connect(other).execute("SELECT name FROM sqlite_master")]
    assert tables == ["customers"]


def test_numbers_are_continuous_per_series_and_year(store: Store) -> None:
    store.ensure_series("receipt_deposit", "YJ-{year}-{seq:05d}")
    assert _issue(store).number == "SJ-2026-00001"
    assert _issue(store).number == "SJ-2026-00002"
    assert _issue(store, "receipt_deposit").number == "YJ-2026-00001"
    # a new year restarts the sequence (reset_yearly default)
    assert _issue(store, day=date(2027, 1, 2)).number == "SJ-2027-00001"
    assert _issue(store).number == "SJ-2026-00003"


def test_failed_render_consumes_no_number_and_leaves_no_row(store: Store, tmp_path: Path) -> None:
    _issue(store)

    def broken(number: str):
        raise RuntimeError("printer on fire")

    with pytest.raises(RuntimeError):
        store.issue(kind="receipt", series_key="receipt_general", issued_on=date(2026, 3, 1),
                    data={}, render=broken)
    assert [d.number for d in store.list_documents()] == ["SJ-2026-00001"]
    assert _issue(store).number == "SJ-2026-00002"


def test_failed_record_removes_files_the_render_wrote(store: Store, tmp_path: Path) -> None:
    written = tmp_path / "a.pdf"

    def render(number: str):
        written.write_bytes(b"%PDF-1.4")
        return [("pdf", written), ("docx", tmp_path / "missing.docx")]  # hashing fails

    with pytest.raises(FileNotFoundError):
        store.issue(kind="receipt", series_key="receipt_general", issued_on=date(2026, 3, 1),
                    data={}, render=render)
    assert not written.exists()
    assert store.list_documents() == []


def test_files_are_recorded_with_sha256(store: Store, tmp_path: Path) -> None:
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"hello")
    doc = _issue(store, files=[("pdf", pdf)])
    assert doc.file("pdf").sha256 == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
    assert doc.amount == Decimal("100.00")


def test_void_keeps_the_record_with_reason_and_refuses_twice(store: Store) -> None:
    doc = _issue(store)
    voided = store.void(doc.number, "填写错误", operator="李四")
    assert voided.status == "void" and voided.void_reason == "填写错误"
    assert voided.void_operator == "李四" and voided.voided_at
    with pytest.raises(StateError):
        store.void(doc.number, "again")
    with pytest.raises(ValidationError):
        store.void(_issue(store).number, "  ")
    with pytest.raises(NotFoundError):
        store.void("SJ-1999-99999", "x")
    actions = [a["action"] for a in store.audit_entries(doc.number)]
    assert actions == ["issue", "void"]


def test_number_pattern_validation_names_the_problem() -> None:
    validate_pattern("〔{year}〕催字第{seq:03d}号")
    with pytest.raises(ValidationError, match="seq"):
        validate_pattern("SJ-{year}")
    with pytest.raises(ValidationError, match="name"):
        validate_pattern("{name}-{seq}")


def test_pattern_without_year_never_reuses_a_number(store: Store) -> None:
    store.set_series_pattern("receipt_general", "R{seq:04d}", reset_yearly=False)
    assert _issue(store).number == "R0001"
    assert _issue(store, day=date(2027, 1, 1)).number == "R0002"


def test_two_processes_issuing_at_once_get_distinct_numbers(tmp_path: Path) -> None:
    open_store(tmp_path).ensure_series("receipt_general", "SJ-{year}-{seq:05d}")
    script = textwrap.dedent(f"""
        from datetime import date
        from desktop_app.store import open_store
        s = open_store({str(tmp_path)!r})
        for _ in range(40):
            s.issue(kind="receipt", series_key="receipt_general", issued_on=date(2026, 5, 1),
                    data={{}}, render=lambda n: [])
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script]) for _ in range(2)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    numbers = [d.number for d in open_store(tmp_path).list_documents()]
    assert len(numbers) == 80 == len(set(numbers))
    assert sorted(numbers) == [f"SJ-2026-{i:05d}" for i in range(1, 81)]


def test_parties_store_full_id_number(store: Store) -> None:
    pid = store.add_party(name="王五", type="employee", id_number="110101199001011234")
    assert store.get_party(pid)["id_number"] == "110101199001011234"
    with pytest.raises(ValidationError):
        store.add_party(name=" ")
    other = store.add_party(name="王五（重复）")
    store.merge_parties(other, pid)
    assert [p["name"] for p in store.list_parties()] == ["王五"]


def test_issue_many_numbers_in_order_and_rolls_back_whole_chunk(store: Store, tmp_path: Path) -> None:
    from desktop_app.store.db import IssueEntry

    entries = [IssueEntry(kind="receipt", series_key="receipt_general", issued_on=date(2026, 4, 1),
                          data={"i": i}) for i in range(3)]

    def render_many(numbers: list[str]):
        out = []
        for n in numbers:
            f = tmp_path / f"{n}.pdf"
            f.write_text(n)
            out.append([("pdf", f)])
        return out

    docs = store.issue_many(entries, render_many)
    assert [d.number for d in docs] == ["SJ-2026-00001", "SJ-2026-00002", "SJ-2026-00003"]
    assert docs[2].data == {"i": 2} and docs[0].file("pdf").path.endswith("SJ-2026-00001.pdf")

    def failing(numbers: list[str]):
        render_many(numbers)
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        store.issue_many(entries, failing)
    assert len(store.list_documents()) == 3
    assert _issue(store).number == "SJ-2026-00004"


def test_pattern_without_year_continues_across_new_year_even_when_series_resets(store: Store) -> None:
    store.set_series_pattern("receipt_general", "No.{seq:07d}")  # reset_yearly stays on
    assert _issue(store, day=date(2026, 12, 31)).number == "No.0000001"
    assert _issue(store, day=date(2027, 1, 2)).number == "No.0000002"
    # back to a pattern with the year: numbering restarts per year without clashing
    store.set_series_pattern("receipt_general", "SJ-{year}-{seq:05d}")
    assert _issue(store, day=date(2027, 1, 3)).number == "SJ-2027-00001"


def test_two_series_may_not_share_a_pattern(store: Store) -> None:
    store.ensure_series("receipt_deposit", "YJ-{year}-{seq:05d}")
    with pytest.raises(ValidationError, match="receipt_general"):
        store.set_series_pattern("receipt_deposit", "SJ-{year}-{seq:05d}")


def test_stores_opened_at_the_same_instant_are_never_called_damaged(tmp_path: Path) -> None:
    """Two openers of a fresh store both read it and then both need exclusive access to
    switch it to WAL; SQLite answers one of them "database is locked" at once (deadlock
    avoidance, no busy wait). That is contention, not damage: the opener retries. Without
    the retry about one round in thirty failed here (and once in CI)."""
    import threading

    failures: list[Exception] = []
    for round_ in range(90):
        path = tmp_path / f"s{round_}" / STORE_FILE
        path.parent.mkdir()
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
        barrier = threading.Barrier(4)

        def open_one(path: Path = path, barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            try:
                Store(path, timeout=10).close()
            except Exception as exc:  # noqa: BLE001 - collected and asserted below
                failures.append(exc)

        threads = [threading.Thread(target=open_one) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert failures == []
