"""Create or edit one party (往来单位)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import LetterDeskError, ValidationError
from desktop_app.gui.widgets.field_errors import ErrorLabel, mark_invalid

PARTY_TYPES = (
    ("company", QT_TRANSLATE_NOOP("PartyDialog", "单位")),
    ("person", QT_TRANSLATE_NOOP("PartyDialog", "个人")),
    ("debtor", QT_TRANSLATE_NOOP("PartyDialog", "欠款方")),
    ("customer", QT_TRANSLATE_NOOP("PartyDialog", "客户")),
    ("employee", QT_TRANSLATE_NOOP("PartyDialog", "员工")),
    ("guarantor", QT_TRANSLATE_NOOP("PartyDialog", "担保人")),
)


def party_type_title(code: str | None) -> str:
    title = dict(PARTY_TYPES).get(code or "")
    return QCoreApplication.translate("PartyDialog", title) if title else (code or "")


class PartyDialog(QDialog):
    """Edits the fields of store.add_party / update_party; the store validates."""

    def __init__(self, store: Any, party: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.party = party
        self.party_id: int | None = party["id"] if party else None
        self.setWindowTitle(self.tr("编辑往来单位") if party else self.tr("新建往来单位"))
        self.inputs: dict[str, Any] = {
            "name": QLineEdit(), "id_number": QLineEdit(), "phone": QLineEdit(),
            "address": QLineEdit(), "bank_account": QLineEdit(), "notes": QPlainTextEdit(),
        }
        self.type = QComboBox()
        for code, title in PARTY_TYPES:
            self.type.addItem(self.tr(title), code)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("名称 *"), self.inputs["name"])
        form.addRow(self.tr("类型"), self.type)
        form.addRow(self.tr("证件号 / 统一社会信用代码"), self.inputs["id_number"])
        form.addRow(self.tr("电话"), self.inputs["phone"])
        form.addRow(self.tr("地址"), self.inputs["address"])
        form.addRow(self.tr("银行账号"), self.inputs["bank_account"])
        form.addRow(self.tr("备注"), self.inputs["notes"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if party:
            for key, widget in self.inputs.items():
                value = party.get(key) or ""
                if isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(value)
                else:
                    widget.setText(value)
            self.type.setCurrentIndex(max(0, self.type.findData(party.get("type"))))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type.currentData()}
        for key, widget in self.inputs.items():
            text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            out[key] = text.strip() or None
        return out

    def accept(self) -> None:
        try:
            if self.party_id is None:
                self.party_id = self.store.add_party(**self.values())
            else:
                self.store.update_party(self.party_id, **self.values())
        except ValidationError as exc:
            widget = self.inputs.get(exc.field)
            if widget is not None:
                mark_invalid(widget, exc.message)
            self.error.show_error(exc.message)
            return
        except LetterDeskError as exc:
            self.error.show_error(exc.message)
            return
        super().accept()
