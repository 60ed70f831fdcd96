"""Delivery records (送达) of one document: the list and a form to add one."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import LetterDeskError
from desktop_app.gui.widgets.data_labels import tr_data
from desktop_app.gui.widgets.date_edit import DateEdit
from desktop_app.gui.widgets.field_errors import ErrorLabel
from desktop_app.services.context import AppContext


class DeliveryDialog(QDialog):
    def __init__(self, ctx: AppContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop_app.services.delivery import METHODS, STATUSES

        self.ctx = ctx
        self.number = number
        self.setWindowTitle(self.tr("送达记录 — %1").replace("%1", number))
        self.resize(720, 460)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("方式"), self.tr("运单号"), self.tr("日期"),
                                              self.tr("状态"), self.tr("地址")])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.method = QComboBox()
        for code, title in METHODS.items():
            self.method.addItem(tr_data(title), code)
        self.status = QComboBox()
        for code, title in STATUSES.items():
            self.status.addItem(tr_data(title), code)
        self.tracking = QLineEdit()
        self.sent_on = DateEdit(date.today())
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("留空则用函件上的地址"))
        self.error = ErrorLabel()
        add = QPushButton(self.tr("登记"))
        add.clicked.connect(self.add_record)
        form_box = QGroupBox(self.tr("登记送达"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("方式"), self.method)
        form.addRow(self.tr("运单号"), self.tracking)
        form.addRow(self.tr("寄出日期"), self.sent_on)
        form.addRow(self.tr("状态"), self.status)
        form.addRow(self.tr("地址"), self.address)
        form.addRow(self.error, add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(form_box)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        from desktop_app.services.delivery import METHODS, STATUSES, list_deliveries

        records = list_deliveries(self.ctx, self.number)
        self.table.setRowCount(len(records))
        for row, rec in enumerate(records):
            values = (tr_data(METHODS.get(rec["method"], rec["method"])), rec.get("tracking") or "",
                      str(rec.get("date") or ""), tr_data(STATUSES.get(rec.get("status"), "")),
                      rec.get("address") or "")
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(str(value)))

    def add_record(self) -> dict[str, Any] | None:
        from desktop_app.services.delivery import add_delivery

        self.error.clear_error()
        try:
            record = add_delivery(self.ctx, self.number, method=self.method.currentData(),
                                  tracking=self.tracking.text(), date_text=self.sent_on.value(),
                                  status=self.status.currentData(),
                                  address=self.address.text() or None)
        except LetterDeskError as exc:
            self.error.show_error(exc.message)
            return None
        warnings = [w["message"] for w in record.get("warnings", [])]
        if warnings:
            QMessageBox.information(self, self.tr("提示"), "\n".join(warnings))
        self.tracking.clear()
        self.reload()
        return record
