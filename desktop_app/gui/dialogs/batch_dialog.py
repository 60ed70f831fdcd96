"""Batch (批量出具): kind + Excel/JSONL file → row preview with errors → issue all with a
progress dialog and cancel → summary and open folder. The run is services.batch.run_batch on
a worker; progress and cancel cross threads only through the Job (signals, an Event)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.desktop import error_text, open_path
from desktop_app.gui.widgets.data_labels import tr_data
from desktop_app.gui.workers import Job, in_own_context, start_job
from desktop_app.services.context import AppContext

PREVIEW_COLUMNS = (
    QT_TRANSLATE_NOOP("BatchDialog", "行"),
    QT_TRANSLATE_NOOP("BatchDialog", "对方"),
    QT_TRANSLATE_NOOP("BatchDialog", "状态"),
    QT_TRANSLATE_NOOP("BatchDialog", "列"),
    QT_TRANSLATE_NOOP("BatchDialog", "说明"),
)


class BatchDialog(QDialog):
    previewed = Signal(list)
    finished_batch = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop_app.services.letters import kinds_info

        self.ctx = ctx
        self.rows: list[dict[str, Any]] = []
        self.report: Any = None
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("批量出具"))
        self.resize(820, 560)
        self.kind = QComboBox()
        for info in kinds_info():
            self.kind.addItem(tr_data(info["title"]), info["id"])
        self.kind.addItem(self.tr("收据"), "receipt")
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Excel (.xlsx) 或 JSONL 文件"))
        browse = QPushButton(self.tr("选择文件…"))
        template = QPushButton(self.tr("生成 Excel 模板…"))
        self.preview_button = QPushButton(self.tr("检查"))
        self.table = QTableWidget(0, len(PREVIEW_COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in PREVIEW_COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.out_dir = QLineEdit(str(ctx.output_root / "批量"))
        self.run_button = QPushButton(self.tr("全部出具"))
        self.run_button.setEnabled(False)
        self.folder_button = QPushButton(self.tr("打开文件夹"))
        self.folder_button.setEnabled(False)
        close = QPushButton(self.tr("关闭"))

        browse.clicked.connect(self.choose_source)
        template.clicked.connect(self.write_template)
        self.preview_button.clicked.connect(self.check)
        self.run_button.clicked.connect(self.run)
        self.folder_button.clicked.connect(lambda: open_path(self.out_dir.text()))
        close.clicked.connect(self.reject)
        self.kind.currentIndexChanged.connect(self._reset)
        self.source.textChanged.connect(self._reset)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("类型")))
        top.addWidget(self.kind)
        top.addWidget(self.source, 1)
        top.addWidget(browse)
        top.addWidget(template)
        top.addWidget(self.preview_button)
        out_row = QHBoxLayout()
        out_row.addWidget(QLabel(self.tr("输出到")))
        out_row.addWidget(self.out_dir, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(out_row)
        layout.addLayout(buttons)

    def _reset(self) -> None:
        self.rows = []
        self.table.setRowCount(0)
        self.run_button.setEnabled(False)

    def choose_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择批量数据"), "",
                                              self.tr("数据 (*.xlsx *.jsonl)"))
        if path:
            self.source.setText(path)
            self.check()

    def write_template(self) -> None:
        from desktop_app.services.batch import write_template

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存模板"), str(self.ctx.output_root / f"{self.kind.currentText()}模板.xlsx"),
            "Excel (*.xlsx)")
        if not path:
            return
        try:
            result = write_template(self.ctx, self.kind.currentData(), Path(path))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            QMessageBox.warning(self, self.tr("未能生成模板"), error_text(exc))
            return
        open_path(result["file"])

    # -- preview -----------------------------------------------------------------------------
    def check(self) -> None:
        from desktop_app.services.batch_preview import preview_batch

        kind, source = self.kind.currentData(), self.source.text().strip()
        if not source:
            return
        self.preview_button.setEnabled(False)
        start_job(lambda _j: in_own_context(self.ctx.home, lambda c: preview_batch(c, kind, source)),
                  self._checked, self._failed)

    def _checked(self, rows: list[dict[str, Any]]) -> None:
        self.preview_button.setEnabled(True)
        self.rows = rows
        bad = QBrush(QColor("#ffd6d6"))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (str(row["row"]), row.get("party") or "",
                      self.tr("可出具") if row["ok"] else self.tr("有错误"),
                      row.get("column") or "", row.get("reason") or "")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not row["ok"]:
                    item.setBackground(bad)
                    item.setToolTip(row.get("reason") or "")
                self.table.setItem(r, c, item)
        good = sum(1 for r in rows if r["ok"])
        self.summary.setText(self.tr("共 %1 行：%2 行可出具，%3 行有错误（出具时跳过）")
                             .replace("%1", str(len(rows))).replace("%2", str(good))
                             .replace("%3", str(len(rows) - good)))
        self.run_button.setEnabled(good > 0)
        self.previewed.emit(rows)

    def _failed(self, exc: Exception) -> None:
        self.preview_button.setEnabled(True)
        self._close_progress()
        self.run_button.setEnabled(bool(self.rows))
        QMessageBox.warning(self, self.tr("批量出具"), error_text(exc))

    # -- run ---------------------------------------------------------------------------------
    def run(self) -> None:
        from desktop_app.services.batch import run_batch

        kind, source, out = self.kind.currentData(), self.source.text().strip(), self.out_dir.text()
        self.run_button.setEnabled(False)
        self.progress = QProgressDialog(self.tr("正在出具…"), self.tr("取消"), 0,
                                        max(1, sum(1 for r in self.rows if r["ok"])), self)
        self.progress.setWindowTitle(self.tr("批量出具"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)

        def work(job: Job) -> Any:
            from desktop_app.services.files import output_dir

            return in_own_context(self.ctx.home, lambda c: run_batch(
                c, kind, Path(source), output_dir(out), progress=job.report,
                cancel=job.cancelled))

        self.job = start_job(work, self._done, self._failed, self._on_progress)
        self.progress.canceled.connect(self.cancel)
        self.progress.show()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("正在取消（当前一份完成后停止）…"))

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(1, total))
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, report: Any) -> None:
        self._close_progress()
        self.report = report
        self.job = None
        self.folder_button.setEnabled(bool(report.issued))
        lines = [report.summary]
        for rej in report.rejected[:15]:
            lines.append(f"第{rej['row']}行 {rej.get('column') or ''}：{rej['reason']}")
        for warning in report.ledger_warnings:
            lines.append(warning.get("message", ""))
        self.summary.setText("\n".join(lines))
        self.finished_batch.emit(report)
        QMessageBox.information(self, self.tr("批量出具完成"), "\n".join(lines))
