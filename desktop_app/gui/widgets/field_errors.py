"""Mark a field red and say what is wrong (the ValidationError's Chinese message)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "border: 1px solid #c62828; background: #fff3f3;"


def _target(widget: QWidget) -> QWidget:
    """The inner editor of compound widgets (MoneyEdit, OptionalDateEdit wrap one)."""
    inner = getattr(widget, "edit", None)
    return inner if isinstance(inner, QWidget) else widget


def mark_invalid(widget: QWidget, message: str) -> None:
    target = _target(widget)
    target.setProperty("invalid", True)
    target.setStyleSheet(ERROR_STYLE)
    target.setToolTip(message)


def clear_invalid(widget: QWidget) -> None:
    target = _target(widget)
    if target.property("invalid"):
        target.setProperty("invalid", False)
        target.setStyleSheet("")
        target.setToolTip("")


class ErrorLabel(QLabel):
    """One line of red text under a form: empty when the form is valid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_label")
        self.setWordWrap(True)
        self.setStyleSheet("color: #c62828;")

    def show_error(self, text: str) -> None:
        self.setText(text)

    def clear_error(self) -> None:
        self.setText("")
