"""Backups on demand and on start (rotating), restore that refuses strangers and keeps the
current store aside (issue 9, items 5 and 6)."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.domain.errors import StateError, ValidationError
from desktop_app.services import backup, doctor
from desktop_app.services.context import AppContext, open_context
from desktop_app.services.files import output_dir
from desktop_app.store.db import APP_ID, STORE_FILE, sha256_file
from tests.textutil import pdf_text

from .conftest import issue_plain

NAME = re.compile(r"^letterdesk-\d{8}-\d{6}(-\d+)?(-[a-z_]+)?\.sqlite3$")


def _numbers(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT number FROM documents ORDER BY id")]
    finally:
        conn.close()


def test_backup_is_a_checked_copy_including_what_is_still_in_the_wal(ctx: AppContext,
                                                                      tmp_path: Path) -> None:
    issued = [issue_plain(ctx, tmp_path / "out").number for _ in range(3)]
    assert (ctx.home / (STORE_FILE + "-wal")).exists()  # committed pages still in the WAL
    result = backup.backup_now(ctx)
    copy = Path(result["file"])
    assert copy.parent == ctx.home / "backups" and NAME.match(copy.name)
    assert result["size"] == copy.stat().st_size > 0 and result["kept"] == 1
    assert _numbers(copy) == issued
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APP_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal
    conn.close()
    assert any(e["action"] == "backup" for e in ctx.store.audit_entries())


def test_backups_in_the_same_second_get_distinct_names(ctx: AppContext) -> None:
    files = {backup.backup_now(ctx)["file"] for _ in range(5)}
    assert len(files) == 5


def test_rotation_keeps_n_per_kind_and_never_touches_manual_for_start(ctx: AppContext) -> None:
    ctx.store.set_setting("backup_keep", 3)
    manual = [backup.backup_now(ctx)["file"] for _ in range(5)]
    start = [backup.backup_now(ctx, "start")["file"] for _ in range(4)]
    left = {str(p) for p in (ctx.home / "backups").glob("*.sqlite3")}
    assert left == set(manual[-3:]) | set(start[-3:])


def test_start_backup_is_made_once_a_day(ctx: AppContext) -> None:
    first = backup.backup_on_start(ctx)
    assert first is not None and first["file"].endswith("-start.sqlite3")
    assert backup.backup_on_start(ctx) is None
    assert len(list((ctx.home / "backups").glob("*-start.sqlite3"))) == 1


def test_restore_keeps_the_current_store_aside_and_brings_the_backup_back(
        ctx: AppContext, tmp_path: Path) -> None:
    first = issue_plain(ctx, tmp_path / "out").number
    saved = backup.backup_now(ctx)["file"]
    later = issue_plain(ctx, tmp_path / "out").number
    result = backup.restore(ctx, saved)
    aside = Path(result["previous_kept_as"])
    assert aside.name.startswith("letterdesk-before-restore-") and aside.parent.name == "backups"
    assert _numbers(aside) == [first, later]  # nothing issued is lost: it is kept aside
    # the document issued after the backup is carried over into the restored store
    assert [d.number for d in ctx.store.list_documents()] == [first, later]
    assert result["restored_from"] == saved and result["replaced_store"] == "complete"
    assert result["carried_over"] == [later]
    assert [w["code"] for w in result["warnings"]] == ["RESTORE_CARRIED_OVER"]
    assert later in result["warnings"][0]["numbers"]
    actions = [e["action"] for e in ctx.store.audit_entries()]
    assert actions[-2:] == ["restore", "restore_carry_over"]
    # before-restore copies are never rotated away
    ctx.store.set_setting("backup_keep", 1)
    for _ in range(3):
        backup.backup_now(ctx)
    assert aside.exists()


def _foreign_db(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE documents (number TEXT)")
    conn.commit()
    conn.close()
    return path


def _marked_but_empty(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APP_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("CREATE TABLE documents (number TEXT)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("make", [
    lambda p: (p.write_text("not a database", encoding="utf-8"), p)[1],
    lambda p: (p.write_bytes(b""), p)[1],
    _foreign_db,
    _marked_but_empty,
], ids=["text", "empty", "foreign-sqlite", "marked-without-schema"])
def test_restore_refuses_a_file_that_is_not_a_letterdesk_store(ctx: AppContext, tmp_path: Path,
                                                              make) -> None:
    number = issue_plain(ctx, tmp_path / "out").number
    bad = make(tmp_path / "candidate.sqlite3")
    with pytest.raises(ValidationError) as err:
        backup.restore(ctx, bad)
    assert err.value.field == "file"
    assert [d.number for d in ctx.store.list_documents()] == [number]
    assert not list((ctx.home / "backups").glob("letterdesk-before-restore-*"))


def test_restore_refuses_a_corrupted_backup(ctx: AppContext, tmp_path: Path) -> None:
    for i in range(40):
        ctx.store.add_party(name=f"单位{i}" * 50, address="地址" * 100)
    saved = Path(backup.backup_now(ctx)["file"])
    data = bytearray(saved.read_bytes())
    page = 4096
    for offset in range(2 * page + 100, min(len(data), 6 * page), 7):
        data[offset] ^= 0x5A
    saved.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match="file"):
        backup.restore(ctx, saved)
    assert len(ctx.store.list_parties()) == 40


def test_restore_rescues_a_damaged_store_and_keeps_the_damaged_bytes(home: Path,
                                                                     tmp_path: Path) -> None:
    ctx = open_context(home)
    number = issue_plain(ctx, tmp_path / "out").number
    saved = backup.backup_now(ctx)["file"]
    ctx.close()
    garbage = os.urandom(20000)
    (home / STORE_FILE).write_bytes(garbage)
    for side in ("-wal", "-shm"):
        (home / (STORE_FILE + side)).unlink(missing_ok=True)
    ctx = open_context(home)
    result = backup.restore(ctx, saved, force=True)  # unreadable: only with force
    assert result["replaced_store"] == "damaged" and result["forced"]
    assert Path(result["previous_kept_as"]).read_bytes() == garbage
    assert [d.number for d in ctx.store.list_documents()] == [number]
    assert issue_plain(ctx, tmp_path / "out").number != number  # numbering continues
    ctx.close()


def test_cli_backup_and_restore(home: Path, tmp_path: Path, capsys) -> None:
    ctx = open_context(home)
    issue_plain(ctx, tmp_path / "out")
    ctx.close()
    assert main(["--home", str(home), "backup"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert Path(made["file"]).is_file()
    assert main(["--home", str(home), "restore", made["file"]]) == 0
    restored = json.loads(capsys.readouterr().out)
    assert restored["restored_from"] == made["file"]
    bad = tmp_path / "x.sqlite3"
    bad.write_text("hello", encoding="utf-8")
    assert main(["--home", str(home), "restore", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("letterdesk: error: file:")


# -- a restore never reissues a number (DOMAIN.md §4: unique and continuous, gaps explained) ----
def _receipt(ctx: AppContext, out: Path, name: str):
    from desktop_app.services.receipts import issue_receipt

    return issue_receipt(ctx, {"series": "general", "payer": {"name": name}, "purpose": "购房定金",
                               "amount": "1409.50", "method": "cash", "date": "2026-03-01"},
                         output_dir(out))


def _files_intact(ctx: AppContext, number: str) -> list[str]:
    doc = ctx.store.get(number)
    assert doc.files
    for f in doc.files:
        assert sha256_file(Path(f.path)) == f.sha256
    return [f.path for f in doc.files]


def _five_receipts_backup_after_three(ctx: AppContext, out: Path) -> tuple[list[str], str,
                                                                           list[str]]:
    first = [_receipt(ctx, out, f"甲{i}").number for i in range(3)]
    saved = backup.backup_now(ctx)["file"]
    later = [_receipt(ctx, out, f"乙{i}").number for i in range(2)]
    return first, saved, later


def _garble(home: Path) -> bytes:
    garbage = b"LetterDesk? no: " + os.urandom(40000)
    (home / STORE_FILE).write_bytes(garbage)
    for side in ("-wal", "-shm"):
        (home / (STORE_FILE + side)).unlink(missing_ok=True)
    return garbage


def test_restoring_an_older_backup_carries_later_documents_over(ctx: AppContext,
                                                                 tmp_path: Path) -> None:
    from desktop_app.services.receipts import void_document

    out = tmp_path / "out"
    first, saved, later = _five_receipts_backup_after_three(ctx, out)
    assert [n[-5:] for n in first + later] == ["00001", "00002", "00003", "00004", "00005"]
    ids = {n: ctx.store.get(n).id for n in later}
    ctx.store.add_delivery(later[0], method="ems", date_sent=date(2026, 3, 2), tracking="EMS123")
    void_document(ctx, first[1], "金额写错")  # a void made after the backup
    result = backup.restore(ctx, saved)

    assert result["replaced_store"] == "complete" and result["forced"] is False
    assert result["carried_over"] == later and result["void_carried_over"] == [first[1]]
    assert result["marked_lost"] == [] and result["conflicts"] == []
    # the record itself is back: rows with the same ids, files with their SHA-256, deliveries
    for i, number in enumerate(later):
        doc = ctx.store.get(number)
        assert doc.id == ids[number] and doc.party_name == f"乙{i}" and not doc.is_void
        assert f"乙{i}" in pdf_text(_files_intact(ctx, number)[0])
    assert [d["tracking"] for d in ctx.store.list_deliveries(later[0])] == ["EMS123"]
    voided = ctx.store.get(first[1])
    assert voided.is_void and voided.void_reason == "金额写错"
    assert voided.file("void_pdf") and "作废" in pdf_text(_files_intact(ctx, first[1])[-1])
    carried = [e["number"] for e in ctx.store.audit_entries() if e["action"] == "restore_carry_over"]
    assert sorted(carried) == sorted([*later, first[1]])
    ok, report = doctor.run_doctor(ctx)
    assert ok, report["summary"]
    # the next receipt continues after the last number ever issued, never 00004 again
    nxt = _receipt(ctx, out, "丙").number
    assert nxt[-5:] == "00006" and nxt not in first + later


def test_a_damaged_store_is_only_replaced_with_force_and_numbers_stay_unique(
        home: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    ctx = open_context(home)
    first, saved, later = _five_receipts_backup_after_three(ctx, out)
    later_files = sorted(str(p) for n in later for p in out.glob(f"{n}_*"))
    assert len(later_files) >= 2
    ctx.close()
    garbage = _garble(home)
    ctx = open_context(home)
    # without force: refused, nothing changed, the clue (the file of 00005) is named
    with pytest.raises(StateError) as err:
        backup.restore(ctx, saved)
    assert later[-1] in err.value.message and "--force" in err.value.message
    assert (home / STORE_FILE).read_bytes() == garbage
    assert not list((home / "backups").glob("letterdesk-before-restore-*"))
    assert not list(home.glob(".restore-*"))
    # with force: counters raised past the numbered files, the numbers recorded as lost
    result = backup.restore(ctx, saved, force=True)
    assert result["replaced_store"] == "damaged" and result["forced"] is True
    assert [e["number"] for e in result["marked_lost"]] == later
    assert {e["evidence"] for e in result["marked_lost"]} == {"file"}
    assert [(c["from"], c["to"]) for c in result["counters_raised"]] == [(3, 5)]
    codes = [w["code"] for w in result["warnings"]]
    assert "RESTORE_FORCED" in codes and "NUMBERS_LOST_IN_RESTORE" in codes
    assert Path(result["previous_kept_as"]).read_bytes() == garbage
    lost = [e["number"] for e in ctx.store.audit_entries() if e["action"] == "lost_in_restore"]
    assert lost == later
    ok, report = doctor.run_doctor(ctx)
    assert ok, report["summary"]  # the gap is explained, the files are its trace
    [series] = report["checks"]["numbering"]["series"]
    assert series["lost_in_restore"] == ["4-5"] and series["gaps"] == []
    assert report["checks"]["stray_files"]["lost_in_restore"] == later_files
    nxt = _receipt(ctx, out, "丙").number
    assert nxt[-5:] == "00006" and nxt not in first + later
    ctx.close()


def _damage_page_of(home: Path, index: str) -> None:
    """Overwrite the root page of one index (the documents table stays readable)."""
    conn = sqlite3.connect(home / STORE_FILE)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    conn.close()
    assert not (home / (STORE_FILE + "-wal")).exists()  # checkpointed on close
    with open(home / STORE_FILE, "rb+") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d" + b"\xee" * (page_size - 1))


def test_a_partly_damaged_store_gives_up_its_readable_rows_with_force(home: Path,
                                                                      tmp_path: Path) -> None:
    out = tmp_path / "out"
    ctx = open_context(home)
    ctx.store.add_party(name="王五")
    first, saved, later = _five_receipts_backup_after_three(ctx, out)
    ctx.close()
    _damage_page_of(home, "parties_name")
    ctx = open_context(home)
    with pytest.raises(StateError, match="完整性检查未通过"):
        backup.restore(ctx, saved)
    result = backup.restore(ctx, saved, force=True)
    assert result["carried_over"] == later and result["marked_lost"] == []
    for number in later:
        _files_intact(ctx, number)
    ok, report = doctor.run_doctor(ctx)
    assert ok, report["summary"]
    assert _receipt(ctx, out, "丙").number[-5:] == "00006"
    ctx.close()


def test_restore_without_a_store_still_honours_numbered_files(ctx: AppContext,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "out"
    first, saved, later = _five_receipts_backup_after_three(ctx, out)
    ctx.close()
    for side in ("", "-wal", "-shm"):
        (ctx.home / (STORE_FILE + side)).unlink(missing_ok=True)
    result = backup.restore(ctx, saved)  # no store at all (a new computer): nothing to force
    assert result["replaced_store"] == "missing" and result["previous_kept_as"] is None
    assert [e["number"] for e in result["marked_lost"]] == later
    assert _receipt(ctx, out, "丙").number[-5:] == "00006"


def test_cli_restore_force(home: Path, tmp_path: Path, capsys) -> None:
    ctx = open_context(home)
    _first, saved, later = _five_receipts_backup_after_three(ctx, tmp_path / "out")
    ctx.close()
    _garble(home)
    assert main(["--home", str(home), "restore", saved]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--force" in err
    assert main(["--home", str(home), "restore", saved, "--force"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [e["number"] for e in result["marked_lost"]] == later


def test_forced_restore_takes_numbers_from_the_excel_ledger_when_files_are_gone(
        home: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    ctx = open_context(home)
    first, saved, later = _five_receipts_backup_after_three(ctx, out)
    assert ctx.ledger_path.is_file()  # the mirror lists all five
    ctx.close()
    for n in later:  # the PDFs were saved elsewhere / deleted: only the ledger remembers
        for p in out.glob(f"{n}_*"):
            p.unlink()
    _garble(home)
    ctx = open_context(home)
    result = backup.restore(ctx, saved, force=True)
    assert [e["number"] for e in result["marked_lost"]] == later
    nxt = _receipt(ctx, out, "丙").number
    assert nxt[-5:] == "00006" and nxt not in first + later
    ctx.close()
