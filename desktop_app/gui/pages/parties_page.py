"""往来单位: list, create, edit, merge duplicates, import from Excel; ID numbers masked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import LetterDeskError
from desktop_app.gui.dialogs.party_dialog import PartyDialog, party_type_title
from desktop_app.gui.workers import in_own_context, start_job
from desktop_app.services.context import AppContext

COLUMNS = (
    QT_TRANSLATE_NOOP("PartiesPage", "名称"),
    QT_TRANSLATE_NOOP("PartiesPage", "类型"),
    QT_TRANSLATE_NOOP("PartiesPage", "证件号"),
    QT_TRANSLATE_NOOP("PartiesPage", "电话"),
    QT_TRANSLATE_NOOP("PartiesPage", "地址"),
    QT_TRANSLATE_NOOP("PartiesPage", "备注"),
)


def masked_id(text: str | None, mask: bool) -> str:
    """Personal-information law (个人信息保护法): show only enough to recognise the number."""
    if not text:
        return ""
    if not mask:
        return text
    from desktop_app.domain.masking import mask_id

    return mask_id(text)


class PartiesPage(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: AppContext, window: QWidget | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.parties: list[dict[str, Any]] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("查找名称、电话、地址…"))
        self.search.setClearButtonEnabled(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("parties_table")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.new_button = QPushButton(self.tr("新建…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.merge_button = QPushButton(self.tr("合并到…"))
        self.import_button = QPushButton(self.tr("从 Excel 导入…"))

        self.search.textChanged.connect(self.reload)
        self.table.doubleClicked.connect(lambda _i: self.edit_party())
        self.new_button.clicked.connect(self.new_document)
        self.edit_button.clicked.connect(self.edit_party)
        self.merge_button.clicked.connect(self.merge_party)
        self.import_button.clicked.connect(lambda: self.import_excel())

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for b in (self.new_button, self.edit_button, self.merge_button, self.import_button):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.reload()

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.parties = self.ctx.store.list_parties(search=self.search.text().strip() or None)
        mask = self.ctx.mask_personal_data()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.parties))
        for row, party in enumerate(self.parties):
            values = (party["name"], party_type_title(party.get("type")),
                      masked_id(party.get("id_number"), mask), party.get("phone") or "",
                      party.get("address") or "", party.get("notes") or "")
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, party["id"])
                self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()

    def selected_party(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        return self.ctx.store.get_party(int(item.data(Qt.ItemDataRole.UserRole)))

    def new_document(self) -> None:
        if PartyDialog(self.ctx.store, None, self).exec():
            self.reload()
            self.status_message.emit(self.tr("已新建往来单位"))

    def edit_party(self) -> None:
        party = self.selected_party()
        if party is not None and PartyDialog(self.ctx.store, party, self).exec():
            self.reload()

    def merge_party(self) -> None:
        source = self.selected_party()
        if source is None:
            return
        others = [p for p in self.ctx.store.list_parties() if p["id"] != source["id"]]
        if not others:
            return
        labels = [f"{p['name']}（{p.get('phone') or p['id']}）" for p in others]
        choice, ok = QInputDialog.getItem(
            self, self.tr("合并往来单位"),
            self.tr("把“%1”合并到：").replace("%1", source["name"]), labels, 0, False)
        if not ok:
            return
        target = others[labels.index(choice)]
        answer = QMessageBox.question(
            self, self.tr("确认合并"),
            self.tr("“%1”将并入“%2”，原记录保留但不再显示。继续？")
            .replace("%1", source["name"]).replace("%2", target["name"]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.store.merge_parties(source["id"], target["id"])
        except LetterDeskError as exc:
            QMessageBox.warning(self, self.tr("无法合并"), exc.message)
            return
        self.reload()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def import_excel(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("导入往来单位"), "",
                                                  "Excel (*.xlsx)")
        if not path:
            return
        home = self.ctx.home

        def work(_job: Any) -> dict[str, Any]:
            from desktop_app.services.importing import import_parties

            return in_own_context(home, lambda ctx: import_parties(ctx, Path(path)))

        self.import_button.setEnabled(False)
        self.status_message.emit(self.tr("正在导入…"))
        start_job(work, self._imported, self._import_failed)

    def _imported(self, report: dict[str, Any]) -> None:
        self.import_button.setEnabled(True)
        self.reload()
        rejected = report.get("rejected") or []
        text = self.tr("导入 %1 条。").replace("%1", str(report.get("imported", 0)))
        if rejected:
            lines = [f"第{r.get('row')}行 {r.get('column') or ''}：{r.get('reason')}"
                     for r in rejected[:20]]
            text += self.tr("\n%1 行未导入：\n").replace("%1", str(len(rejected))) + "\n".join(lines)
        self.last_import_report = report
        QMessageBox.information(self, self.tr("导入结果"), text)

    def _import_failed(self, exc: Exception) -> None:
        self.import_button.setEnabled(True)
        message = exc.message if isinstance(exc, LetterDeskError) else str(exc)
        QMessageBox.warning(self, self.tr("导入失败"), message)
