"""Refund a deposit (押金退还): refund amount, deductions with reasons, method."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ValidationError
from desktop_app.gui.widgets.data_labels import tr_data
from desktop_app.gui.widgets.date_edit import DateEdit
from desktop_app.gui.widgets.field_errors import ErrorLabel, mark_invalid
from desktop_app.gui.widgets.money_edit import MoneyEdit
from desktop_app.gui.widgets.penalty_editor import EditableTable, _table_with_buttons


class RefundDialog(QDialog):
    def __init__(self, balance: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop_app.documents.receipt import METHOD_LABELS

        self.balance = balance

        self.setWindowTitle(self.tr("押金退还 — %1").replace("%1", balance["number"]))
        self.resize(560, 460)
        self.refund = MoneyEdit("refund", allow_zero=True)
        self.refund.setText(balance["balance"])
        self.deductions = EditableTable(("reason", "amount"),
                                        (self.tr("扣款原因"), self.tr("金额（元）")))
        self.method = QComboBox()
        for code, label in METHOD_LABELS.items():
            self.method.addItem(tr_data(label), code)
        self.method.setCurrentIndex(max(0, self.method.findData("transfer")))
        self.reference = QLineEdit()
        self.refund_date = DateEdit(date.today())
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("押金 %1 元，可退余额 %2 元").replace("%1", balance["amount"])
                           .replace("%2", balance["balance"])))
        form.addRow(self.tr("退还金额"), self.refund)
        form.addRow(self.tr("扣款"), _table_with_buttons(self.deductions, self.tr("添加扣款")))
        form.addRow(self.tr("退款方式"), self.method)
        form.addRow(self.tr("凭证号"), self.reference)
        form.addRow(self.tr("日期"), self.refund_date)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def data(self) -> dict[str, Any]:
        return {"date": self.refund_date.text_value(), "refund": self.refund.text() or "0",
                "deductions": self.deductions.rows(), "method": self.method.currentData(),
                "reference": self.reference.text().strip() or None}

    def accept(self) -> None:
        from desktop_app.services.deposits import validate_refund

        try:
            valid = validate_refund(self.data())
            self._check_balance(valid)
        except ValidationError as exc:
            if exc.field == "refund":
                mark_invalid(self.refund, exc.message)
            self.error.show_error(exc.message)
            return
        super().accept()

    def _check_balance(self, valid: dict[str, Any]) -> None:
        """Refund plus deductions may not exceed the balance shown (the service checks again
        inside its transaction; this keeps the dialog open with the numbers in view)."""
        from decimal import Decimal

        from desktop_app.domain.money import format_amount

        balance = Decimal(str(self.balance["balance"]).replace(",", ""))
        total = valid["refund"] + sum((d["amount"] for d in valid["deductions"]), Decimal(0))
        if total > balance:
            raise ValidationError("refund", self.tr("退还与扣款合计 %1 元，超过可退余额 %2 元")
                                  .replace("%1", format_amount(total))
                                  .replace("%2", format_amount(balance)))
