"""Backups on demand and on start (rotating), restore that refuses strangers and keeps the
current store aside (issue 9, items 5 and 6)."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.domain.errors import ValidationError
from desktop_app.services import backup
from desktop_app.services.context import AppContext, open_context
from desktop_app.store.db import APP_ID, STORE_FILE

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
    assert [d.number for d in ctx.store.list_documents()] == [first]
    assert result["restored_from"] == saved
    assert [w["code"] for w in result["warnings"]] == ["NUMBERS_NOT_IN_BACKUP"]
    assert later in result["warnings"][0]["numbers"]
    assert ctx.store.audit_entries()[-1]["action"] == "restore"
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
    result = backup.restore(ctx, saved)
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
