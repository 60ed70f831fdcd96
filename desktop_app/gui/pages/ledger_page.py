"""台账: every issued document, searchable and filterable; open, reprint, void, delivery,
export to Excel, and the state of the Excel mirror."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.desktop import ensure_suffix, error_text, open_folder_of, open_path
from desktop_app.gui.widgets.date_edit import DateEdit
from desktop_app.gui.widgets.ledger_model import (
    RECEIPT_SERIES_FILTERS,
    SORT_ROLE,
    LedgerModel,
    filter_entries,
)
from desktop_app.gui.workers import in_own_context, start_job
from desktop_app.services.context import AppContext


class LedgerPage(QWidget):
    status_message = Signal(str)
    changed = Signal()

    def __init__(self, ctx: AppContext, window: QWidget | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = LedgerModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setObjectName("ledger_view")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # newest first
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("查找编号、对方…（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        self.status.addItem(self.tr("有效"), "issued")
        self.status.addItem(self.tr("已作废"), "void")
        self.use_dates = QCheckBox(self.tr("日期"))
        self.date_from = DateEdit(date(date.today().year, 1, 1))
        self.date_to = DateEdit(date.today())
        self.open_button = QPushButton(self.tr("打开 PDF"))
        self.folder_button = QPushButton(self.tr("打开文件夹"))
        self.reprint_button = QPushButton(self.tr("重打"))
        self.void_button = QPushButton(self.tr("作废…"))
        self.delivery_button = QPushButton(self.tr("送达记录…"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.sync_button = QPushButton(self.tr("立即同步台账"))
        self.mirror = QLabel()
        self.mirror.setObjectName("mirror_status")

        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        for signal in (self.kind.currentIndexChanged, self.status.currentIndexChanged,
                       self.use_dates.toggled, self.date_from.dateChanged,
                       self.date_to.dateChanged):
            signal.connect(self.reload)
        self.view.doubleClicked.connect(lambda _i: self.open_pdf())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self.open_pdf)
        self.folder_button.clicked.connect(self.open_folder)
        self.reprint_button.clicked.connect(self.reprint)
        self.void_button.clicked.connect(lambda: self.void_selected())
        self.delivery_button.clicked.connect(self.show_deliveries)
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.sync_button.clicked.connect(self.sync_now)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind)
        filters.addWidget(self.status)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("—"))
        filters.addWidget(self.date_to)
        actions = QHBoxLayout()
        for b in (self.open_button, self.folder_button, self.reprint_button, self.void_button,
                  self.delivery_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.mirror, 1)
        bottom.addWidget(self.sync_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addLayout(bottom)
        self._fill_kinds()
        self.reload()

    # -- data --------------------------------------------------------------------------------
    def _fill_kinds(self) -> None:
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("全部类型"), None)
        for title, key in filter_entries():
            self.kind.addItem(title, key)
        self.kind.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        key = self.kind.currentData()
        kind = RECEIPT_SERIES_FILTERS[key][0] if key in RECEIPT_SERIES_FILTERS else key
        out: dict[str, Any] = {"kinds": [kind] if kind else None,
                               "status": self.status.currentData()}
        if self.use_dates.isChecked():
            out["date_from"] = self.date_from.value()
            out["date_to"] = self.date_to.value()
        return out

    def reload(self) -> None:
        documents = self.ctx.store.list_documents(**self.filters())
        key = self.kind.currentData()
        if key in RECEIPT_SERIES_FILTERS:  # 押金收据 / 收据: one series of kind receipt
            series_key = RECEIPT_SERIES_FILTERS[key][1]
            documents = [d for d in documents if d.series_key == series_key]
        self.model.set_documents(documents)
        self.view.resizeColumnsToContents()
        self._update_buttons()
        self.update_mirror_status()

    def activated(self) -> None:
        self.reload()

    def update_mirror_status(self) -> None:
        from desktop_app.services.ledger_sync import ledger_status

        status = ledger_status(self.ctx)
        if status["pending"]:
            text = self.tr("Excel 台账等待写入（文件被占用或只读）：%1").replace("%1", status["path"])
            self.mirror.setStyleSheet("color: #9a6700;")
        else:
            text = self.tr("Excel 台账已同步：%1（%2）").replace("%1", status["path"]).replace(
                "%2", str(status.get("synced_at") or self.tr("尚未生成")))
            self.mirror.setStyleSheet("")
        self.mirror.setText(text)

    def selected_document(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.document(self.proxy.mapToSource(rows[0]).row())

    def select_number(self, number: str) -> bool:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.document(source.row()).number == number:
                self.view.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        doc = self.selected_document()
        has = doc is not None
        for b in (self.open_button, self.folder_button, self.delivery_button):
            b.setEnabled(has)
        self.void_button.setEnabled(has and not doc.is_void)
        self.reprint_button.setEnabled(has)

    # -- actions -----------------------------------------------------------------------------
    def _pdf_of(self, doc: Any) -> Path | None:
        record = doc.file("void_pdf") if doc.is_void and doc.file("void_pdf") else doc.file("pdf")
        return Path(record.path) if record else None

    def open_pdf(self) -> None:
        doc = self.selected_document()
        path = self._pdf_of(doc) if doc else None
        if path is None or not path.is_file():
            QMessageBox.warning(self, self.tr("找不到文件"),
                                self.tr("该单据的 PDF 文件不存在（可能已被移动）。"))
            return
        open_path(path)

    def open_folder(self) -> None:
        doc = self.selected_document()
        path = self._pdf_of(doc) if doc else None
        if path is not None:
            open_folder_of(path)

    def reprint(self) -> None:
        """Receipts are re-issued as 重打 copies (recorded); letters print their PDF again."""
        doc = self.selected_document()
        if doc is None:
            return
        from desktop_app.services.receipts import FORM_KINDS

        if doc.kind not in FORM_KINDS:
            path = self._pdf_of(doc)
            if path is None or not path.is_file():
                QMessageBox.warning(self, self.tr("找不到文件"), self.tr("该单据的 PDF 文件不存在。"))
                return
            from desktop_app.gui.printing import print_with_dialog

            print_with_dialog(path.read_bytes(), self)
            return
        number = doc.number
        out = self._pdf_of(doc).parent if self._pdf_of(doc) else self.ctx.output_root

        def work(ctx: Any) -> Any:
            from desktop_app.services.receipts import reprint

            return reprint(ctx, number, out)

        start_job(lambda _j: in_own_context(self.ctx.home, work), self._reprinted, self._failed)

    def _reprinted(self, result: Any) -> None:
        self.reload()
        files = list(result.files)
        self.status_message.emit(self.tr("已重打：%1").replace("%1", ", ".join(files)))
        if files:
            from desktop_app.gui.printing import print_with_dialog

            print_with_dialog(Path(files[0]).read_bytes(), self)

    def void_selected(self, reason: str | None = None) -> None:
        """Void (作废): reason required, confirmation, then services.receipts.void_document."""
        doc = self.selected_document()
        if doc is None or doc.is_void:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("作废"), self.tr("作废 %1 的原因（必填）：").replace("%1", doc.number))
            if not ok:
                return
        if not reason.strip():
            QMessageBox.warning(self, self.tr("作废"), self.tr("作废必须填写原因。"))
            return
        answer = QMessageBox.question(
            self, self.tr("确认作废"),
            self.tr("确定作废 %1？作废后编号保留、不可恢复。").replace("%1", doc.number))
        if answer != QMessageBox.StandardButton.Yes:
            return
        number = doc.number

        def work(ctx: Any) -> Any:
            from desktop_app.services.receipts import void_document

            return void_document(ctx, number, reason)

        self.void_button.setEnabled(False)
        self.void_job = start_job(lambda _j: in_own_context(self.ctx.home, work),
                                  self._voided, self._failed)

    def _voided(self, result: dict[str, Any]) -> None:
        self.reload()
        self.select_number(result["number"])
        self.changed.emit()
        self.status_message.emit(self.tr("%1 已作废").replace("%1", result["number"]))
        warnings = [w.get("message", "") for w in result.get("warnings", [])]
        if warnings:
            QMessageBox.information(self, self.tr("提示"), "\n".join(warnings))

    def show_deliveries(self) -> None:
        doc = self.selected_document()
        if doc is None:
            return
        from desktop_app.gui.dialogs.delivery_dialog import DeliveryDialog

        DeliveryDialog(self.ctx, doc.number, self).exec()
        self.update_mirror_status()

    def export_excel(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("导出台账"), str(self.ctx.output_root / "台账导出.xlsx"),
                "Excel (*.xlsx)")
        if not path:
            return
        target = ensure_suffix(path, ".xlsx")
        flt = self.filters()
        kind = (flt.get("kinds") or [None])[0]

        def work(ctx: Any) -> Any:
            from desktop_app.services.ledger_sync import export_ledger

            return export_ledger(ctx, target, date_from=flt.get("date_from"),
                                 date_to=flt.get("date_to"), kind=kind, status=flt.get("status"))

        self.export_button.setEnabled(False)
        self.status_message.emit(self.tr("正在导出…"))
        self.export_job = start_job(lambda _j: in_own_context(self.ctx.home, work),
                                    self._exported, self._failed)

    def _exported(self, report: dict[str, Any]) -> None:
        self.export_button.setEnabled(True)
        self.last_export = report
        self.status_message.emit(self.tr("台账已导出：%1").replace(
            "%1", str(report.get("file") or report.get("path") or "")))

    def sync_now(self) -> None:
        def work(ctx: Any) -> Any:
            from desktop_app.services.ledger_sync import sync_ledger

            return sync_ledger(ctx)

        self.sync_button.setEnabled(False)
        start_job(lambda _j: in_own_context(self.ctx.home, work), self._synced, self._failed)

    def _synced(self, warnings: list[dict[str, Any]]) -> None:
        self.sync_button.setEnabled(True)
        self.update_mirror_status()
        if warnings:
            QMessageBox.warning(self, self.tr("台账"), "\n".join(w["message"] for w in warnings))

    def _failed(self, exc: Exception) -> None:
        for b in (self.export_button, self.sync_button):
            b.setEnabled(True)
        self._update_buttons()
        # replaces 「正在导出…」 and other progress texts: the status bar must not keep them
        self.status_message.emit(self.tr("操作失败：%1").replace("%1", error_text(exc)))
        QMessageBox.warning(self, self.tr("操作失败"), error_text(exc))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
