"""After the window shows: the daily backup, and a ledger write that an earlier lock deferred."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMainWindow

from desktop_app.gui.app import _start_up_tasks
from desktop_app.gui.workers import wait_for_all


def test_pending_ledger_is_written_and_store_backed_up(ctx: Any, qapp: QApplication,
                                                       home: Path, qtbot: Any) -> None:
    from desktop_app.services.files import output_dir
    from desktop_app.services.receipts import issue_receipt

    issue_receipt(ctx, {"series": "general", "payer": {"name": "李四"}, "purpose": "定金",
                        "amount": "10.00", "method": "cash", "date": "2026-03-01"},
                  output_dir(home / "out"), sync_ledger=False)
    ctx.store.set_setting("ledger_pending", True)
    assert not ctx.ledger_path.exists()
    window = QMainWindow()
    qtbot.addWidget(window)
    _start_up_tasks(ctx, window)
    assert wait_for_all()
    qtbot.waitUntil(lambda: "台账已补写完成" in window.statusBar().currentMessage(), timeout=10000)
    assert ctx.ledger_path.exists()
    assert ctx.store.get_setting("ledger_pending") is False
    assert list(home.glob("backups/letterdesk-*-start.sqlite3"))
