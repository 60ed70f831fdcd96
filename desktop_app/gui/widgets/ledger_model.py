"""Table model over the store's documents (台账) for QTableView + QSortFilterProxyModel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop_app.gui.widgets.data_labels import tr_data

RECEIPT_KIND_TITLES = {"receipt": "收据", "receipt_certificate": "收款证明",
                       "deposit_refund": "押金退还单"}
STATUS_TITLES = {
    "issued": QT_TRANSLATE_NOOP("LedgerModel", "有效"),
    "void": QT_TRANSLATE_NOOP("LedgerModel", "已作废"),
}
COLUMNS = (
    ("number", QT_TRANSLATE_NOOP("LedgerModel", "编号")),
    ("kind", QT_TRANSLATE_NOOP("LedgerModel", "类型")),
    ("issued_on", QT_TRANSLATE_NOOP("LedgerModel", "日期")),
    ("party_name", QT_TRANSLATE_NOOP("LedgerModel", "对方")),
    ("amount", QT_TRANSLATE_NOOP("LedgerModel", "金额")),
    ("penalty", QT_TRANSLATE_NOOP("LedgerModel", "违约金")),
    ("status", QT_TRANSLATE_NOOP("LedgerModel", "状态")),
    ("parent_number", QT_TRANSLATE_NOOP("LedgerModel", "关联编号")),
    ("operator", QT_TRANSLATE_NOOP("LedgerModel", "经办人")),
)
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


# filter entries of the 台账 kind picker that are narrower than a kind: receipts by series
RECEIPT_SERIES_FILTERS = {"receipt:deposit": ("receipt", "receipt_deposit", "押金收据"),
                          "receipt:general": ("receipt", "receipt_general", "收据")}


def is_deposit_receipt(doc: Any) -> bool:
    """A YJ- receipt (series ``deposit``) is a 押金收据, not a plain 收据."""
    if doc.kind != "receipt":
        return False
    series = doc.data.get("series") if isinstance(doc.data, dict) else None
    return doc.series_key == "receipt_deposit" or series == "deposit"


def document_title(doc: Any, titles: dict[str, str]) -> str:
    if is_deposit_receipt(doc):
        return tr_data("押金收据")
    return tr_data(titles.get(doc.kind, doc.kind))


def filter_entries() -> list[tuple[str, str]]:
    """(title, filter key) for the kind picker: letters, 押金收据, 收据, 押金退还单, 收款证明."""
    entries = [(tr_data(title), kind) for kind, title in kind_titles().items()
               if kind != "receipt"]
    entries += [(tr_data(title), key) for key, (_k, _s, title) in RECEIPT_SERIES_FILTERS.items()]
    return sorted(entries)


def kind_titles() -> dict[str, str]:
    from desktop_app.services.ledger_sync import letter_titles

    titles = dict(letter_titles())
    titles.update(RECEIPT_KIND_TITLES)
    return titles


class LedgerModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.documents: list[Any] = []
        self.titles: dict[str, str] = {}

    def set_documents(self, documents: list[Any]) -> None:
        self.beginResetModel()
        self.documents = list(reversed(documents))  # newest first
        self.titles = kind_titles()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.documents)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section][1])
        return None

    def document(self, row: int) -> Any:
        return self.documents[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc = self.documents[index.row()]
        key = COLUMNS[index.column()][0]
        if role == NUMBER_ROLE:
            return doc.number
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            value = getattr(doc, key)
            if key == "kind":
                return document_title(doc, self.titles)
            if key == "status":
                return self.tr(STATUS_TITLES[value]) if value in STATUS_TITLES else value
            if key in ("amount", "penalty"):
                if value is None:
                    return "" if role == Qt.ItemDataRole.DisplayRole else -1.0
                from desktop_app.domain.money import format_amount

                if role == Qt.ItemDataRole.DisplayRole:
                    return format_amount(value)  # the text comes from the Decimal itself
                # QSortFilterProxyModel cannot compare Decimal (QVariant has no such type):
                # a float is only a sort key here, never shown or used in money arithmetic
                return float(value)
            if key == "issued_on":
                return value.isoformat()
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("amount", "penalty"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and doc.is_void:
            return QColor("#9e9e9e")
        if role == Qt.ItemDataRole.ToolTipRole and doc.is_void:
            return f"作废：{doc.void_reason}（{doc.voided_at}，{doc.void_operator}）"
        return None
