"""The penalty input (items, payments, rate, dates) and its result view.

The editor only collects text into the JSON contract of ``letterdesk penalty``
(ARCHITECTURE.md); services.calculator validates and computes. Shared by 违约金计算 and the
penalty section of letter forms.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.widgets.date_edit import DateEdit

RATE_TYPES = (
    ("daily", QT_TRANSLATE_NOOP("PenaltyEditor", "按日（万分之几）")),
    ("annual", QT_TRANSLATE_NOOP("PenaltyEditor", "按年利率")),
    ("lpr", QT_TRANSLATE_NOOP("PenaltyEditor", "按 LPR 倍数")),
    ("staged", QT_TRANSLATE_NOOP("PenaltyEditor", "分段（逾期天数）")),
)
DAY_COUNTS = (
    ("next_day", QT_TRANSLATE_NOOP("PenaltyEditor", "自到期次日起算")),
    ("same_day", QT_TRANSLATE_NOOP("PenaltyEditor", "到期当日起算")),
)
ALLOCATIONS = (
    ("principal", QT_TRANSLATE_NOOP("PenaltyEditor", "还款先抵本金")),
    ("statutory", QT_TRANSLATE_NOOP("PenaltyEditor", "先抵违约金（民法典561条）")),
)
SEGMENT_HEADERS = (
    QT_TRANSLATE_NOOP("PenaltyResultView", "款项"),
    QT_TRANSLATE_NOOP("PenaltyResultView", "起"),
    QT_TRANSLATE_NOOP("PenaltyResultView", "止"),
    QT_TRANSLATE_NOOP("PenaltyResultView", "天数"),
    QT_TRANSLATE_NOOP("PenaltyResultView", "基数"),
    QT_TRANSLATE_NOOP("PenaltyResultView", "日利率"),
    QT_TRANSLATE_NOOP("PenaltyResultView", "金额"),
)


class EditableTable(QTableWidget):
    """A small grid with add/remove; ``rows()`` gives dicts keyed by ``keys``."""

    changed = Signal()

    def __init__(self, keys: tuple[str, ...], headers: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(0, len(keys), parent)
        self.keys = keys
        self.setHorizontalHeaderLabels(list(headers))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(26)
        self.setMinimumHeight(90)
        self.itemChanged.connect(lambda _i: self.changed.emit())

    def add_row(self, values: dict[str, Any] | None = None) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for col, key in enumerate(self.keys):
            value = (values or {}).get(key)
            self.setItem(row, col, QTableWidgetItem("" if value is None else str(value)))
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.selectedIndexes()}, reverse=True)
        if not rows and self.rowCount():
            rows = [self.rowCount() - 1]
        for row in rows:
            self.removeRow(row)
        self.changed.emit()

    def rows(self) -> list[dict[str, str]]:
        out = []
        for r in range(self.rowCount()):
            values = {k: (self.item(r, c).text().strip() if self.item(r, c) else "")
                      for c, k in enumerate(self.keys)}
            if any(values.values()):
                out.append({k: v for k, v in values.items() if v != ""})
        return out

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for values in rows:
            self.add_row(values)
        self.blockSignals(False)
        self.changed.emit()


def _table_with_buttons(table: EditableTable, add_text: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table)
    row = QHBoxLayout()
    add = QPushButton(add_text)
    add.clicked.connect(lambda: table.add_row())
    remove = QPushButton(QApplication.translate("PenaltyEditor", "删除选中行"))
    remove.clicked.connect(table.remove_selected)
    row.addWidget(add)
    row.addWidget(remove)
    row.addStretch(1)
    layout.addLayout(row)
    return box


class PenaltyEditor(QWidget):
    """Inputs of a penalty calculation; ``request()`` returns the JSON-contract dict."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = EditableTable(("label", "amount", "due_date"),
                                   (self.tr("款项"), self.tr("金额（元）"), self.tr("到期日")))
        self.payments = EditableTable(("date", "amount", "item"),
                                      (self.tr("还款日"), self.tr("金额（元）"),
                                       self.tr("对应款项（可空）")))
        self.until = DateEdit(date.today())
        self.rate_type = QComboBox()
        for code, label in RATE_TYPES:
            self.rate_type.addItem(self.tr(label), code)
        self.daily_value = QLineEdit("0.0005")
        self.annual_value = QLineEdit()
        self.annual_value.setPlaceholderText("0.146")
        self.year_days = QComboBox()
        self.year_days.addItems(["365", "360"])
        # LPR has its own, visible 年天数: the annual page's control is hidden in LPR mode and
        # must not silently decide the LPR result
        self.lpr_year_days = QComboBox()
        self.lpr_year_days.addItems(["365", "360"])
        self.lpr_multiplier = QLineEdit("1")
        self.lpr_plus = QLineEdit("0")
        self.lpr_tenor = QComboBox()
        self.lpr_tenor.addItems(["1y", "5y"])
        self.lpr_mode = QComboBox()
        self.lpr_mode.addItem(self.tr("违约时固定"), "fixed")
        self.lpr_mode.addItem(self.tr("随 LPR 浮动"), "floating")
        self.stages = EditableTable(("days", "daily"),
                                    (self.tr("逾期天数以内（末段留空）"), self.tr("日利率")))
        self.day_count = QComboBox()
        for code, label in DAY_COUNTS:
            self.day_count.addItem(self.tr(label), code)
        self.allocation = QComboBox()
        for code, label in ALLOCATIONS:
            self.allocation.addItem(self.tr(label), code)

        self.rate_stack = QStackedWidget()
        daily = QWidget()
        QFormLayout(daily).addRow(self.tr("日利率"), self.daily_value)
        annual = QWidget()
        form = QFormLayout(annual)
        form.addRow(self.tr("年利率"), self.annual_value)
        form.addRow(self.tr("年天数"), self.year_days)
        lpr = QWidget()
        form = QFormLayout(lpr)
        form.addRow(self.tr("LPR 倍数"), self.lpr_multiplier)
        form.addRow(self.tr("加点（百分点）"), self.lpr_plus)
        form.addRow(self.tr("期限"), self.lpr_tenor)
        form.addRow(self.tr("方式"), self.lpr_mode)
        form.addRow(self.tr("年天数"), self.lpr_year_days)
        staged = _table_with_buttons(self.stages, self.tr("添加一段"))
        for page in (daily, annual, lpr, staged):
            self.rate_stack.addWidget(page)
        self.rate_type.currentIndexChanged.connect(self.rate_stack.setCurrentIndex)

        for signal in (self.items.changed, self.payments.changed, self.stages.changed,
                       self.until.dateChanged, self.rate_type.currentIndexChanged,
                       self.daily_value.textChanged, self.annual_value.textChanged,
                       self.year_days.currentIndexChanged, self.lpr_year_days.currentIndexChanged,
                       self.lpr_multiplier.textChanged,
                       self.lpr_plus.textChanged, self.lpr_tenor.currentIndexChanged,
                       self.lpr_mode.currentIndexChanged, self.day_count.currentIndexChanged,
                       self.allocation.currentIndexChanged):
            signal.connect(self.changed)

        items_box = QGroupBox(self.tr("应付款项"))
        QVBoxLayout(items_box).addWidget(_table_with_buttons(self.items, self.tr("添加款项")))
        payments_box = QGroupBox(self.tr("已付款"))
        QVBoxLayout(payments_box).addWidget(
            _table_with_buttons(self.payments, self.tr("添加还款")))
        rate_box = QGroupBox(self.tr("违约金标准"))
        rate_layout = QFormLayout(rate_box)
        rate_layout.addRow(self.tr("方式"), self.rate_type)
        rate_layout.addRow(self.rate_stack)
        rate_layout.addRow(self.tr("计算至"), self.until)
        rate_layout.addRow(self.tr("起算"), self.day_count)
        rate_layout.addRow(self.tr("还款抵扣"), self.allocation)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(items_box)
        layout.addWidget(payments_box)
        layout.addWidget(rate_box)

    def rate(self) -> dict[str, Any]:
        kind = self.rate_type.currentData()
        if kind == "daily":
            return {"type": "daily", "value": self.daily_value.text().strip()}
        if kind == "annual":
            return {"type": "annual", "value": self.annual_value.text().strip(),
                    "year_days": self.year_days.currentText()}
        if kind == "lpr":
            return {"type": "lpr", "multiplier": self.lpr_multiplier.text().strip() or "1",
                    "plus": self.lpr_plus.text().strip() or "0",
                    "tenor": self.lpr_tenor.currentText(), "mode": self.lpr_mode.currentData(),
                    "year_days": self.lpr_year_days.currentText()}
        return {"type": "staged", "stages": self.stages.rows()}

    def request(self) -> dict[str, Any]:
        return {
            "items": self.items.rows(),
            "payments": self.payments.rows(),
            "until": self.until.text_value(),
            "rate": self.rate(),
            "day_count": self.day_count.currentData(),
            "allocation": self.allocation.currentData(),
        }

    def load(self, data: dict[str, Any]) -> None:
        """Fill the editor from a JSON-contract dict (sample data, "use in a letter")."""
        from desktop_app.domain.dates import parse_date

        self.items.set_rows(list(data.get("items") or []))
        self.payments.set_rows(list(data.get("payments") or []))
        if data.get("until"):
            self.until.set_value(parse_date(data["until"], "until"))
        rate = data.get("rate") or {}
        index = max(0, self.rate_type.findData(rate.get("type", "daily")))
        self.rate_type.setCurrentIndex(index)
        if rate.get("type") == "daily":
            self.daily_value.setText(str(rate.get("value", "")))
        elif rate.get("type") == "annual":
            self.annual_value.setText(str(rate.get("value", "")))
        elif rate.get("type") == "lpr":
            self.lpr_multiplier.setText(str(rate.get("multiplier", "1")))
            self.lpr_plus.setText(str(rate.get("plus", "0")))
            if rate.get("tenor"):
                self.lpr_tenor.setCurrentText(str(rate["tenor"]))
            if rate.get("mode"):
                self.lpr_mode.setCurrentIndex(max(0, self.lpr_mode.findData(rate["mode"])))
        elif rate.get("type") == "staged":
            self.stages.set_rows(list(rate.get("stages") or []))
        if rate.get("year_days"):
            combo = self.lpr_year_days if rate.get("type") == "lpr" else self.year_days
            combo.setCurrentText(str(rate["year_days"]))
        for combo, key in ((self.day_count, "day_count"), (self.allocation, "allocation")):
            if data.get(key):
                combo.setCurrentIndex(max(0, combo.findData(data[key])))


class PenaltyResultView(QWidget):
    """Summary line plus the segment breakdown of a ``penalty_for_home`` result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("penalty_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #9a6700;")
        self.table = QTableWidget(0, len(SEGMENT_HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in SEGMENT_HEADERS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.table, 1)

    def show_result(self, result: dict[str, Any]) -> None:
        self.summary.setText(self.tr(
            "违约金 %1 元（%2）；未付本金 %3 元；每日 %4 元；折合年利率 %5")
            .replace("%1", result["penalty"]).replace("%2", result.get("words", ""))
            .replace("%3", result["outstanding"]).replace("%4", result["per_day"])
            .replace("%5", result["annualized_rate"]))
        self.warnings.setText("\n".join(f"⚠ {w['message']}" for w in result.get("warnings", [])))
        self.table.setRowCount(0)
        for seg in result.get("segments", []):
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, key in enumerate(("item", "start", "end", "days", "base",
                                       "daily_rate", "amount")):
                self.table.setItem(row, col, QTableWidgetItem(str(seg[key])))

    def show_error(self, message: str) -> None:
        self.summary.setText(message)
        self.warnings.setText("")
        self.table.setRowCount(0)
