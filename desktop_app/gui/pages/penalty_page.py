"""违约金计算: the calculator on its own, with breakdown, copy, Excel export, use in a letter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import LetterDeskError
from desktop_app.gui.desktop import ensure_suffix, error_text
from desktop_app.gui.widgets.field_labels import field_label
from desktop_app.gui.widgets.penalty_editor import PenaltyEditor, PenaltyResultView
from desktop_app.gui.workers import Debouncer
from desktop_app.services.context import AppContext

SAMPLE_REQUEST: dict[str, Any] = {
    "items": [{"label": "首期房款", "amount": "100000.00", "due_date": "2024-01-15"}],
    "payments": [{"date": "2024-02-01", "amount": "50000.00", "item": "首期房款"}],
    "until": "2024-03-01",
    "rate": {"type": "daily", "value": "0.0004"},
    "day_count": "next_day",
    "allocation": "principal",
}


class PenaltyPage(QWidget):
    status_message = Signal(str)
    use_in_letter = Signal(dict)

    def __init__(self, ctx: AppContext, window: QWidget | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ref = window
        self.result: dict[str, Any] | None = None
        self.editor = PenaltyEditor()
        self.view = PenaltyResultView()
        self.copy_button = QPushButton(self.tr("复制结果"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.letter_button = QPushButton(self.tr("用于催款函"))
        self.sample_button = QPushButton(self.tr("填入示例"))
        self.debouncer = Debouncer(self.recalculate, 300, self)

        self.editor.changed.connect(self.debouncer.poke)
        self.copy_button.clicked.connect(self.copy_result)
        self.export_button.clicked.connect(self.export_excel)
        self.letter_button.clicked.connect(self._use_in_letter)
        self.sample_button.clicked.connect(lambda: self.editor.load(SAMPLE_REQUEST))
        if window is not None and hasattr(window, "use_penalty_in_letter"):
            self.use_in_letter.connect(window.use_penalty_in_letter)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        for b in (self.sample_button, self.copy_button, self.export_button, self.letter_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setSizes([480, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.editor.load(SAMPLE_REQUEST)
        self.recalculate()

    def recalculate(self) -> None:
        """Cheap and pure: computed on the GUI thread once typing has paused."""
        from desktop_app.services.calculator import penalty_for_home

        try:
            self.result = penalty_for_home(self.editor.request(), self.ctx.home)
        except LetterDeskError as exc:
            self.result = None
            label = field_label(str(getattr(exc, "field", "") or ""))  # never the internal name
            self.view.show_error(f"⚠ {label}：{exc.message}" if label else f"⚠ {exc.message}")
        else:
            self.view.show_result(self.result)
        for b in (self.copy_button, self.export_button, self.letter_button):
            b.setEnabled(self.result is not None)

    def copy_result(self) -> None:
        from desktop_app.services.penalty_export import penalty_text

        if self.result is None:
            return
        QApplication.clipboard().setText(penalty_text(self.result))
        self.status_message.emit(self.tr("计算结果已复制，可粘贴到 Excel 或 Word"))

    def export_excel(self, path: str | None = None) -> Path | None:
        from desktop_app.services.penalty_export import export_penalty_xlsx

        if self.result is None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("导出违约金计算"), str(self.ctx.output_root / "违约金计算.xlsx"),
                "Excel (*.xlsx)")
        if not path:
            return None
        try:
            written = export_penalty_xlsx(self.result, ensure_suffix(path, ".xlsx"),
                                          self.editor.request())
        except (OSError, LetterDeskError) as exc:
            self.status_message.emit(self.tr("导出失败"))
            QMessageBox.warning(self, self.tr("导出失败"), error_text(exc))
            return None
        self.status_message.emit(self.tr("已导出：%1").replace("%1", str(written)))
        return written

    def _use_in_letter(self) -> None:
        if self.result is not None:
            self.use_in_letter.emit(self.editor.request())

    def new_document(self) -> None:
        self.editor.load({**SAMPLE_REQUEST, "items": [], "payments": []})
