"""A money field that accepts ``1,409.50``/``¥1409.5元`` and shows the amount in words live."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.domain.errors import ValidationError


class MoneyEdit(QWidget):
    """Text in, ``Decimal`` out (through domain.money.parse_amount); 大写 below the input."""

    changed = Signal()

    def __init__(self, field: str = "amount", allow_zero: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.allow_zero = allow_zero
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("0.00")
        self.unit = QLabel(self.tr("元"))
        self.words = QLabel()
        self.words.setObjectName("amount_words")
        self.words.setStyleSheet("color: #555;")
        self.edit.textChanged.connect(self._update_words)
        self.edit.textChanged.connect(self.changed)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.unit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.words)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming like QLineEdit
        self.edit.setText(text)

    def value(self) -> Decimal | None:
        """The amount, or None when the text is empty or not a valid amount."""
        try:
            return self.parse()
        except ValidationError:
            return None

    def parse(self) -> Decimal:
        from desktop_app.domain.money import parse_amount

        return parse_amount(self.text(), self.field, allow_zero=self.allow_zero)

    def _update_words(self) -> None:
        from desktop_app.domain.words import amount_in_words

        if not self.text():
            self.words.setText("")
            return
        try:
            self.words.setText(amount_in_words(self.parse()))
        except ValidationError as exc:
            self.words.setText(exc.message)
