"""The firm profile form and the numbering-series table (first-start wizard and 设置)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.gui.widgets.data_labels import tr_data
from desktop_app.gui.widgets.field_errors import clear_invalid, mark_invalid
from desktop_app.services.context import PROFILE_FIELDS, AppContext


def default_series() -> dict[str, tuple[str, str]]:
    """Series key → (title, default pattern), as the services declare them."""
    out: dict[str, tuple[str, str]] = {}
    try:
        from desktop_app.services.letters import kinds_info

        for info in kinds_info():
            if info.get("series_key"):
                out[info["series_key"]] = (info["title"], info.get("series_pattern", ""))
    except ImportError:
        pass
    try:
        from desktop_app.services import receipts

        titles = {"general": "收据", "deposit": "押金收据"}
        for code, (key, pattern) in receipts.SERIES.items():
            out[key] = (titles.get(code, code), pattern)
        key, pattern = receipts.CERTIFICATE_SERIES
        out[key] = ("收款证明", pattern)
    except ImportError:
        pass
    return out


def field_label(key: str) -> str:
    from desktop_app.services.profile import LABELS

    return tr_data(LABELS.get(key, key))


class ImagePicker(QWidget):
    """A path field with a 选择… button for PNG/JPG images (logo, seal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("可选：PNG 或 JPG 图片"))
        button = QPushButton(self.tr("选择…"))
        button.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(button)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择图片"), "",
                                              self.tr("图片 (*.png *.jpg *.jpeg)"))
        if path:
            self.edit.setText(path)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802
        self.edit.setText(text)


class ProfileForm(QWidget):
    """One input per profile field; ``data()`` gives the dict for services.profile."""

    def __init__(self, fields: tuple[str, ...] = PROFILE_FIELDS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QLineEdit | ImagePicker] = {}
        layout = QFormLayout(self)
        for key in fields:
            widget: QLineEdit | ImagePicker = (
                ImagePicker() if key.endswith("_path") else QLineEdit())
            widget.setObjectName(f"profile_{key}")
            self.inputs[key] = widget
            label = field_label(key) + (" *" if key == "name" else "")
            layout.addRow(label, widget)

    def load(self, profile: dict[str, Any]) -> None:
        for key, widget in self.inputs.items():
            value = profile.get(key)
            widget.setText("" if value is None or profile.get("sample") else str(value))

    def data(self) -> dict[str, Any]:
        return {k: (w.text().strip() or None) for k, w in self.inputs.items()}

    def show_error(self, field: str, message: str) -> bool:
        """Mark the input of ``field``; False when the field is not on this form."""
        for widget in self.inputs.values():
            clear_invalid(widget)
        widget = self.inputs.get(field)
        if widget is None:
            return False
        mark_invalid(widget, message)
        widget.setFocus()
        return True


class SeriesTable(QTableWidget):
    """Numbering patterns per series (``{year}``, ``{seq:05d}``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("序列"), self.tr("名称"), self.tr("编号格式")])
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setMinimumHeight(230)
        self._original: dict[str, str] = {}

    def load(self, ctx: AppContext) -> None:
        defaults = default_series()
        patterns = {k: v[1] for k, v in defaults.items()}
        existing = {s["key"]: s["pattern"] for s in ctx.store.list_series()}
        patterns.update(existing)
        self._original = existing
        self.setRowCount(0)
        for key, pattern in sorted(patterns.items()):
            row = self.rowCount()
            self.insertRow(row)
            key_item = QTableWidgetItem(key)
            key_item.setFlags(key_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            title = QTableWidgetItem(tr_data(defaults.get(key, ("", ""))[0]))
            title.setFlags(key_item.flags())
            self.setItem(row, 0, key_item)
            self.setItem(row, 1, title)
            self.setItem(row, 2, QTableWidgetItem(pattern))

    def patterns(self) -> dict[str, str]:
        return {self.item(r, 0).text(): self.item(r, 2).text().strip()
                for r in range(self.rowCount())}

    def changed_patterns(self) -> dict[str, str]:
        """Patterns that are new to the store or differ from it."""
        return {k: v for k, v in self.patterns().items() if self._original.get(k) != v}

    def validate(self) -> None:
        """Check every changed pattern (and that no two series share one) before anything is
        written; raises ValidationError(series.<key>)."""
        from desktop_app.domain.errors import ValidationError
        from desktop_app.store.db import validate_pattern

        changed = self.changed_patterns()
        for key, pattern in changed.items():
            validate_pattern(pattern, f"series.{key}")
        owners: dict[str, str] = {}
        for key, pattern in self.patterns().items():
            if pattern in owners and (key in changed or owners[pattern] in changed):
                bad = key if key in changed else owners[pattern]
                other = owners[pattern] if bad == key else key
                raise ValidationError(f"series.{bad}",
                                      f"编号格式与序列 {other} 相同，两类单据会争用同一编号")
            owners.setdefault(pattern, key)

    def clear_marks(self) -> None:
        clear_invalid(self)
        for r in range(self.rowCount()):
            item = self.item(r, 2)
            if item is not None:
                item.setBackground(QBrush())
                item.setToolTip("")

    def mark_error(self, field: str, message: str) -> bool:
        """Highlight the pattern cell of ``series.<key>``; False when it is not a series."""
        key = field.partition(".")[2] if field.startswith("series.") else ""
        for r in range(self.rowCount()):
            if key and self.item(r, 0).text() == key:
                item = self.item(r, 2)
                item.setBackground(QBrush(QColor("#ffd6d6")))
                item.setToolTip(message)
                mark_invalid(self, message)
                self.setCurrentCell(r, 2)
                return True
        return False

    def save(self, ctx: AppContext) -> None:
        """Write changed patterns; raises ValidationError(series.<key>) on a bad pattern."""
        self.validate()
        changed = self.changed_patterns()
        for key, pattern in changed.items():
            ctx.store.set_series_pattern(key, pattern)
        self._original.update(changed)
