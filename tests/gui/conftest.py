"""GUI test fixtures: offscreen Qt, a context on the temp home, message boxes that never block."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QInputDialog, QMessageBox  # noqa: E402


class Boxes:
    """Records every message box; ``answer`` is what question() returns."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    record = Boxes()

    def make(kind: str) -> Any:
        def show(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            record.shown.append((kind, title, text))
            if kind == "question":
                return record.answer
            return QMessageBox.StandardButton.Ok
        return staticmethod(show)

    for kind in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, make(kind))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda *a, **k: pytest.fail("unexpected QInputDialog.getText")))
    return record


@pytest.fixture()
def ctx(home: Path) -> Iterator[Any]:
    from desktop_app.services.context import open_context

    context = open_context(home)
    yield context
    from desktop_app.gui.workers import wait_for_all

    wait_for_all()
    context.close()


@pytest.fixture()
def profile(ctx: Any) -> dict[str, Any]:
    from desktop_app.services.profile import set_profile

    return set_profile(ctx, {"name": "测试置业有限公司", "address": "某市某路1号",
                             "phone": "0571-88880000", "bank": "某银行某支行",
                             "bank_account_name": "测试置业有限公司",
                             "bank_account": "6222020000001234", "contact": "张三",
                             "contact_phone": "13800000000"})
