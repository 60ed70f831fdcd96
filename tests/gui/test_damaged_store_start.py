"""Start-up with a damaged store: a clear message and a way out (issue 9 §6), never an overwrite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.gui.app import _store_opens
from desktop_app.services.context import open_context
from desktop_app.store.db import STORE_FILE


def _damaged_home_with_backup(home: Path) -> bytes:
    from desktop_app.services.backup import backup_now
    from desktop_app.services.files import output_dir
    from desktop_app.services.receipts import issue_receipt

    ctx = open_context(home)
    issue_receipt(ctx, {"series": "general", "payer": {"name": "李四"}, "purpose": "定金",
                        "amount": "10.00", "method": "cash", "date": "2026-03-01"},
                  output_dir(home / "out"))
    backup_now(ctx)
    ctx.close()
    garbage = b"this is not a database" * 200
    (home / STORE_FILE).write_bytes(garbage)
    for suffix in ("-wal", "-shm"):
        (home / (STORE_FILE + suffix)).unlink(missing_ok=True)
    return garbage


def _click_restore(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: next(
        b for b in self.buttons() if self.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole))


def test_damaged_store_is_not_overwritten_when_the_user_declines(
        home: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, boxes: Any) -> None:
    garbage = _damaged_home_with_backup(home)
    _click_restore(monkeypatch)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda *a, **k: QMessageBox.StandardButton.No))
    ctx = open_context(home)
    assert _store_opens(ctx) is False
    assert (home / STORE_FILE).read_bytes() == garbage


def test_forced_restore_from_the_newest_backup_opens_the_program(
        home: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    _damaged_home_with_backup(home)
    _click_restore(monkeypatch)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda *a, **k: QMessageBox.StandardButton.Yes))
    ctx = open_context(home)
    assert _store_opens(ctx) is True
    assert [d.number for d in ctx.store.list_documents()] == ["SJ-2026-00001"]
    kept = list(home.glob("backups/letterdesk-before-restore-*.sqlite3"))
    assert kept, "the damaged store is kept aside, not deleted"
    ctx.close()
