"""Build a letter form from a kind's field list (services.letters.kinds_info()).

Field types: text, date, money, int, choice, bool, list (with sub-fields). Dotted names
(``debtor.name``) become nested dicts; ``when`` hides a field unless another field has one of
the listed values; ``default_from: profile.x`` shows the profile value as a placeholder (the
service applies it). The form only collects text: validation is the service's job.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.widgets.data_labels import tr_data
from desktop_app.gui.widgets.date_edit import DateEdit
from desktop_app.gui.widgets.field_errors import clear_invalid, mark_invalid
from desktop_app.gui.widgets.money_edit import MoneyEdit
from desktop_app.gui.widgets.penalty_editor import EditableTable, _table_with_buttons

MULTILINE_MIN = 300  # text fields allowing more characters than this get several lines
PARTY_PREFIXES = ("debtor", "guarantor", "payer", "customer")


def get_path(data: dict[str, Any], path: str) -> Any:
    node: Any = data
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    node = data
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value


class OptionalDateEdit(QWidget):
    """A date that may be left empty (a check box switches it on)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.edit = DateEdit(date.today())
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def value(self) -> str | None:
        return self.edit.text_value() if self.enabled.isChecked() else None

    def set_value(self, value: Any) -> None:
        from desktop_app.domain.dates import parse_date
        from desktop_app.domain.errors import ValidationError

        if value in (None, ""):
            self.enabled.setChecked(False)
            return
        try:
            self.edit.set_value(parse_date(value, "date"))
        except ValidationError:
            return
        self.enabled.setChecked(True)


class FieldInput:
    """One field of the form: its spec, its widget and how to read/write it."""

    def __init__(self, spec: dict[str, Any], widget: QWidget, label: QLabel) -> None:
        self.spec = spec
        self.name: str = spec["name"]
        self.widget = widget
        self.label = label
        # a list without sub-fields (e.g. 尚缺的资料) is a list of plain strings in the JSON
        # contract; its one-column table stores each string under the key "value"
        self.scalar_list = spec["type"] == "list" and not spec.get("fields")

    def value(self) -> Any:
        w, kind = self.widget, self.spec["type"]
        if kind == "list":
            rows = w.rows()  # type: ignore[attr-defined]
            if self.scalar_list:
                return [row["value"] for row in rows if row.get("value")]
            return rows
        if kind == "bool":
            return w.isChecked()  # type: ignore[attr-defined]
        if kind == "choice":
            return w.currentData()  # type: ignore[attr-defined]
        if kind == "date":
            return w.value() if isinstance(w, OptionalDateEdit) else w.text_value()  # type: ignore[attr-defined]
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        return w.text().strip()  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        w, kind = self.widget, self.spec["type"]
        if kind == "list":
            rows = list(value or [])
            if self.scalar_list:
                rows = [row if isinstance(row, dict) else {"value": row} for row in rows]
            w.set_rows(rows)  # type: ignore[attr-defined]
        elif kind == "bool":
            w.setChecked(bool(value))  # type: ignore[attr-defined]
        elif kind == "choice":
            index = 0 if value is None else w.findData(str(value))  # type: ignore[attr-defined]
            w.setCurrentIndex(max(0, index))  # type: ignore[attr-defined]
        elif kind == "date":
            if isinstance(w, OptionalDateEdit):
                w.set_value(value)
            elif value:
                from desktop_app.domain.dates import parse_date

                w.set_value(parse_date(value, self.name))  # type: ignore[attr-defined]
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        else:
            w.setText("" if value is None else str(value))  # type: ignore[attr-defined]


class LetterForm(QWidget):
    """The form of one letter kind; ``values()`` is the JSON input of services.letters."""

    changed = Signal()

    def __init__(self, info: dict[str, Any], profile: dict[str, Any] | None = None,
                 parties: list[dict[str, Any]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.kind_id: str = info["id"]
        self.profile = profile or {}
        self.parties = parties or []
        self.inputs: dict[str, FieldInput] = {}
        self.rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        general = QGroupBox(self.tr("函件"))
        general_form = QFormLayout(general)
        layout.addWidget(general)
        groups: dict[str, QFormLayout] = {}
        for spec in info["fields"]:
            group = spec.get("group")
            if group:
                if group not in groups:
                    box = QGroupBox(tr_data(group))
                    groups[group] = QFormLayout(box)
                    layout.addWidget(box)
                form = groups[group]
            elif spec["type"] == "list":
                box = QGroupBox(tr_data(spec["label"]))
                form = QFormLayout(box)
                layout.addWidget(box)
            else:
                form = general_form
            self._add_field(form, spec)
        layout.addStretch(1)
        if general_form.rowCount() == 0:
            general.hide()
        self.update_visibility()

    # -- construction ----------------------------------------------------------------------
    def _add_field(self, form: QFormLayout, spec: dict[str, Any]) -> None:
        widget = self._make_widget(spec)
        widget.setObjectName(f"field_{spec['name']}")
        label = QLabel(tr_data(spec["label"]) + (" *" if spec.get("required") else ""))
        if spec.get("help"):
            label.setToolTip(tr_data(spec["help"]))
            widget.setToolTip(tr_data(spec["help"]))
        field = FieldInput(spec, widget, label)
        self.inputs[spec["name"]] = field
        if spec["type"] == "list":
            form.addRow(_table_with_buttons(widget, self.tr("添加一行")))  # type: ignore[arg-type]
            self.rows[spec["name"]] = (form, widget.parentWidget() or widget)
            label.hide()
        else:
            form.addRow(label, widget)
            self.rows[spec["name"]] = (form, widget)
        if spec.get("default") is not None:
            field.set_value(spec["default"])

    def _make_widget(self, spec: dict[str, Any]) -> QWidget:
        kind = spec["type"]
        if kind == "money":
            w: QWidget = MoneyEdit(spec["name"])
            w.changed.connect(self.changed)  # type: ignore[attr-defined]
        elif kind == "date":
            if spec.get("required"):
                w = DateEdit(date.today())
                w.dateChanged.connect(self.changed)  # type: ignore[attr-defined]
            else:
                w = OptionalDateEdit()
                w.changed.connect(self.changed)  # type: ignore[attr-defined]
        elif kind == "choice":
            w = QComboBox()
            if not spec.get("required") and spec.get("default") is None:
                w.addItem(self.tr("（默认）"), None)
            for choice in spec.get("choices", []):
                w.addItem(tr_data(choice["label"]), choice["value"])
            w.currentIndexChanged.connect(self.changed)
            w.currentIndexChanged.connect(self.update_visibility)
        elif kind == "bool":
            w = QCheckBox(tr_data(spec.get("help")))
            w.toggled.connect(self.changed)
        elif kind == "list":
            sub = spec.get("fields") or [{"name": "value", "label": spec["label"]}]
            w = EditableTable(tuple(f["name"] for f in sub), tuple(tr_data(f["label"]) for f in sub))
            w.changed.connect(self.changed)
        elif kind == "text" and (spec.get("max_length") or 0) > MULTILINE_MIN:
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setFixedHeight(64)
            w.textChanged.connect(self.changed)
        else:
            w = QLineEdit()
            if kind == "int":
                w.setValidator(QIntValidator(0, 100000, w))
            if spec.get("max_length"):
                w.setMaxLength(int(spec["max_length"]))
            source = spec.get("default_from", "")
            if source.startswith("profile.") and self.profile.get(source[8:]):
                w.setPlaceholderText(str(self.profile[source[8:]]))
            if self._is_party_name(spec["name"]) and self.parties:
                self._attach_party_completer(w, spec["name"])
            w.textChanged.connect(self.changed)
        return w

    @staticmethod
    def _is_party_name(name: str) -> bool:
        prefix, _, last = name.rpartition(".")
        return last == "name" and prefix.split(".")[0] in PARTY_PREFIXES

    def _attach_party_completer(self, edit: QLineEdit, name: str) -> None:
        """Autocomplete from 往来单位; picking one fills the party's other fields."""
        names = [p["name"] for p in self.parties]
        completer = QCompleter(QStringListModel(names, edit), edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        prefix = name.rpartition(".")[0]
        completer.activated.connect(lambda text, p=prefix: self.fill_party(p, text))

    def set_parties(self, parties: list[dict[str, Any]]) -> None:
        """New 往来单位 list (the page was activated again): rebuild the completers."""
        self.parties = list(parties)
        for name, field in self.inputs.items():
            if self._is_party_name(name) and isinstance(field.widget, QLineEdit):
                old = field.widget.completer()
                self._attach_party_completer(field.widget, name)
                if old is not None:
                    old.deleteLater()

    def fill_party(self, prefix: str, party_name: str) -> None:
        party = next((p for p in self.parties if p["name"] == party_name), None)
        if party is None:
            return
        for key in ("address", "phone", "id_number"):
            field = self.inputs.get(f"{prefix}.{key}")
            if field is not None and party.get(key) and not field.value():
                field.set_value(party[key])

    # -- values ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """Nested JSON-like dict; empty text and hidden fields are left out."""
        data: dict[str, Any] = {}
        for name, field in self.inputs.items():
            if not self.is_active(name):
                continue
            value = field.value()
            if value in ("", None, []):
                continue
            set_path(data, name, value)
        return data

    def load(self, data: dict[str, Any]) -> None:
        self.blockSignals(True)
        try:
            for name, field in self.inputs.items():
                value = get_path(data, name)
                if value is not None or field.spec["type"] in ("list", "bool"):
                    field.set_value(value if value is not None else field.spec.get("default"))
        finally:
            self.blockSignals(False)
        self.update_visibility()
        self.changed.emit()

    def is_active(self, name: str) -> bool:
        when = self.inputs[name].spec.get("when") or {}
        for other, allowed in when.items():
            field = self.inputs.get(other)
            if field is not None and field.value() not in allowed:
                return False
        return True

    def update_visibility(self) -> None:
        for name, (form, widget) in self.rows.items():
            visible = self.is_active(name)
            form.setRowVisible(widget, visible)

    # -- errors ------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for field in self.inputs.values():
            clear_invalid(field.widget)
            if isinstance(field.widget, EditableTable):
                table = field.widget
                blocked = table.blockSignals(True)  # colouring is not an edit
                for r in range(table.rowCount()):
                    for c in range(table.columnCount()):
                        item = table.item(r, c)
                        if item is not None:
                            item.setBackground(QBrush())
                            item.setToolTip("")
                table.blockSignals(blocked)

    def mark_error(self, path: str, message: str) -> QWidget | None:
        """Mark the widget of ``path`` (``items[0].amount`` marks that cell); returns it."""
        import re

        self.clear_errors()
        match = re.match(r"^([\w.]+)\[(\d+)\](?:\.(\w+))?$", path)
        if match:
            name, row, column = match.group(1), int(match.group(2)), match.group(3)
            field = self.inputs.get(name)
            if field is not None and isinstance(field.widget, EditableTable):
                table = field.widget
                col = table.keys.index(column) if column in table.keys else 0
                item = table.item(row, col) if row < table.rowCount() else None
                if item is not None:
                    blocked = table.blockSignals(True)
                    item.setBackground(QBrush(QColor("#ffd6d6")))
                    item.setToolTip(message)
                    table.blockSignals(blocked)
                mark_invalid(table, message)
                return table
        name = path
        while name and name not in self.inputs:
            name = name.rpartition(".")[0]
        if not name:
            return None
        widget = self.inputs[name].widget
        mark_invalid(widget, message)
        return widget
