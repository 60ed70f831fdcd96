"""Date input with a calendar pop-up; the value is a ``datetime.date``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class DateEdit(QDateEdit):
    """``yyyy-MM-dd`` with a calendar pop-up; ``value()`` returns a ``date``."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDate(to_qdate(value or date.today()))

    def value(self) -> date:
        q = self.date()
        return date(q.year(), q.month(), q.day())

    def set_value(self, d: date) -> None:
        self.setDate(to_qdate(d))

    def text_value(self) -> str:
        return self.value().isoformat()
