"""收据与押金: issue receipts (layout choice, 套打 calibration), deposit balances, refunds and
lost-receipt certificates. The employee-deposit warning is a confirmation before issuing.

Beside the form, a live preview of the receipt as it would be issued (next number shown as
（预览）, 草稿 stamp; services.receipts.preview_receipt_pdf), rendered on a worker ~300 ms
after typing stops, the same pattern as the letters page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ValidationError
from desktop_app.gui.desktop import error_text, open_folder_of
from desktop_app.gui.widgets.data_labels import tr_data
from desktop_app.gui.widgets.date_edit import DateEdit
from desktop_app.gui.widgets.field_errors import ErrorLabel, clear_invalid, mark_invalid
from desktop_app.gui.widgets.money_edit import MoneyEdit
from desktop_app.gui.widgets.pdf_preview import PdfPreview
from desktop_app.gui.workers import Debouncer, LatestOnly, in_own_context, start_job
from desktop_app.services.context import AppContext

SERIES = (
    ("general", QT_TRANSLATE_NOOP("ReceiptsPage", "收据")),
    ("deposit", QT_TRANSLATE_NOOP("ReceiptsPage", "押金收据")),
)
PAYER_TYPES = (
    ("person", QT_TRANSLATE_NOOP("ReceiptsPage", "个人")),
    ("company", QT_TRANSLATE_NOOP("ReceiptsPage", "单位")),
    ("employee", QT_TRANSLATE_NOOP("ReceiptsPage", "本单位员工")),
)
DEPOSIT_COLUMNS = (
    QT_TRANSLATE_NOOP("ReceiptsPage", "编号"),
    QT_TRANSLATE_NOOP("ReceiptsPage", "日期"),
    QT_TRANSLATE_NOOP("ReceiptsPage", "交款人"),
    QT_TRANSLATE_NOOP("ReceiptsPage", "押金"),
    QT_TRANSLATE_NOOP("ReceiptsPage", "已扣"),
    QT_TRANSLATE_NOOP("ReceiptsPage", "已退"),
    QT_TRANSLATE_NOOP("ReceiptsPage", "余额"),
    QT_TRANSLATE_NOOP("ReceiptsPage", "状态"),
)


def render_receipt_preview(home: Path, data: dict[str, Any]) -> bytes:
    """Worker side: the draft receipt as PDF bytes, with the worker's own store connection."""
    from desktop_app.services.receipts import preview_receipt_pdf

    return in_own_context(home, lambda ctx: preview_receipt_pdf(ctx, data))


class ReceiptsPage(QWidget):
    status_message = Signal(str)
    issued = Signal(object)
    failed = Signal(str)
    preview_updated = Signal(int)  # page count of the new preview

    def __init__(self, ctx: AppContext, window: QWidget | None = None) -> None:
        super().__init__()
        from desktop_app.documents.receipt import METHOD_LABELS
        from desktop_app.documents.receipt_layouts import LAYOUT_LABELS

        self.ctx = ctx
        self.last_result: Any = None
        self.last_issued: tuple[dict[str, Any], str] | None = None  # (data, number)
        self.issuing = False
        self.renderer = LatestOnly(self)
        self.debouncer = Debouncer(self.refresh_preview, 300, self)
        self.preview = PdfPreview()
        self.preview.setObjectName("receipt_preview")
        # -- issue form
        self.series = QComboBox()
        for code, title in SERIES:
            self.series.addItem(self.tr(title), code)
        self.issued_on = DateEdit(date.today())
        self.payer_name = QLineEdit()
        self.payer_type = QComboBox()
        for code, title in PAYER_TYPES:
            self.payer_type.addItem(self.tr(title), code)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("可选；收据上只显示遮蔽后的号码"))
        self.phone = QLineEdit()
        self.purpose = QLineEdit()
        self.amount = MoneyEdit("amount")
        self.method = QComboBox()
        for code, title in METHOD_LABELS.items():
            self.method.addItem(tr_data(title), code)
        self.reference = QLineEdit()
        self.remarks = QPlainTextEdit()
        self.remarks.setFixedHeight(60)
        self.remarks.setPlaceholderText(self.tr("押金收据留空则使用默认的退还条件"))
        self.layout_choice = QComboBox()
        for code, title in LAYOUT_LABELS.items():
            self.layout_choice.addItem(tr_data(title), code)
        self.error = ErrorLabel()
        self.issue_button = QPushButton(self.tr("出具收据 (Ctrl+Enter)"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setEnabled(False)
        self.folder_button = QPushButton(self.tr("打开文件夹"))
        self.folder_button.setEnabled(False)
        self.calibrate_button = QPushButton(self.tr("套打校准…"))
        self.inputs: dict[str, QWidget] = {
            "series": self.series, "date": self.issued_on, "payer.name": self.payer_name,
            "payer.type": self.payer_type, "payer.id_number": self.id_number,
            "payer.phone": self.phone, "purpose": self.purpose, "amount": self.amount,
            "method": self.method, "reference": self.reference, "remarks": self.remarks,
            "layout": self.layout_choice,
        }
        # -- deposits
        self.deposit_search = QLineEdit()
        self.deposit_search.setPlaceholderText(self.tr("按交款人查找"))
        self.deposits = QTableWidget(0, len(DEPOSIT_COLUMNS))
        self.deposits.setHorizontalHeaderLabels([self.tr(c) for c in DEPOSIT_COLUMNS])
        self.deposits.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.deposits.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.deposits.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.deposits.verticalHeader().setVisible(False)
        self.refund_button = QPushButton(self.tr("退还押金…"))
        self.certificate_button = QPushButton(self.tr("遗失收据：出具收款证明"))
        self.certificate_number = QLineEdit()
        self.certificate_number.setPlaceholderText(self.tr("原收据编号"))

        # -- connect
        self.issue_button.clicked.connect(self.issue)
        self.print_button.clicked.connect(self.print_document)
        self.folder_button.clicked.connect(self.open_folder)
        self.calibrate_button.clicked.connect(self.calibrate)
        self.deposit_search.textChanged.connect(self.reload_deposits)
        self.refund_button.clicked.connect(lambda: self.refund_selected())
        self.certificate_button.clicked.connect(lambda: self.issue_certificate())
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(self._default_layout())))
        for line in (self.payer_name, self.id_number, self.phone, self.purpose, self.reference):
            line.textChanged.connect(self.debouncer.poke)
        for combo in (self.series, self.payer_type, self.method, self.layout_choice):
            combo.currentIndexChanged.connect(self.debouncer.poke)
        self.amount.changed.connect(self.debouncer.poke)
        self.remarks.textChanged.connect(self.debouncer.poke)
        self.issued_on.dateChanged.connect(self.debouncer.poke)

        # -- assemble
        form_box = QGroupBox(self.tr("开具收据"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("类别"), self.series)
        form.addRow(self.tr("日期"), self.issued_on)
        form.addRow(self.tr("交款单位/人 *"), self.payer_name)
        form.addRow(self.tr("交款人类型"), self.payer_type)
        form.addRow(self.tr("证件号码"), self.id_number)
        form.addRow(self.tr("电话"), self.phone)
        form.addRow(self.tr("收款事由 *"), self.purpose)
        form.addRow(self.tr("金额 *"), self.amount)
        form.addRow(self.tr("收款方式"), self.method)
        form.addRow(self.tr("凭证号/说明"), self.reference)
        form.addRow(self.tr("备注"), self.remarks)
        form.addRow(self.tr("版式"), self.layout_choice)
        buttons = QHBoxLayout()
        for b in (self.issue_button, self.print_button, self.folder_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.calibrate_button)
        form_side = QWidget()
        issue_layout = QVBoxLayout(form_side)
        issue_layout.setContentsMargins(0, 0, 0, 0)
        issue_layout.addWidget(form_box)
        issue_layout.addWidget(self.error)
        issue_layout.addLayout(buttons)
        issue_layout.addStretch(1)
        issue_tab = QSplitter(Qt.Orientation.Horizontal)
        issue_tab.addWidget(form_side)
        issue_tab.addWidget(self.preview)
        issue_tab.setStretchFactor(0, 1)
        issue_tab.setStretchFactor(1, 1)
        issue_tab.setSizes([480, 520])

        deposits_tab = QWidget()
        dep_layout = QVBoxLayout(deposits_tab)
        dep_layout.addWidget(self.deposit_search)
        dep_layout.addWidget(self.deposits, 1)
        row = QHBoxLayout()
        row.addWidget(self.refund_button)
        row.addStretch(1)
        row.addWidget(self.certificate_number)
        row.addWidget(self.certificate_button)
        dep_layout.addLayout(row)

        self.tabs = QTabWidget()
        self.tabs.addTab(issue_tab, self.tr("开收据"))
        self.tabs.addTab(deposits_tab, self.tr("押金余额与退还"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._attach_completer()
        self.reload_deposits()
        self.debouncer.poke()

    def _default_layout(self) -> str:
        from desktop_app.services.receipts import default_layout

        try:
            return default_layout(self.ctx)
        except ValidationError:
            return "a4_three_part"

    def _attach_completer(self) -> None:
        names = [p["name"] for p in self.ctx.store.list_parties()]
        completer = QCompleter(QStringListModel(names, self), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.payer_name.setCompleter(completer)

    def activated(self) -> None:
        self._attach_completer()
        self.reload_deposits()
        self.debouncer.poke()  # the next number or the settings may have changed meanwhile

    # -- issue -------------------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        def text(w: QLineEdit) -> str | None:
            return w.text().strip() or None

        return {
            "series": self.series.currentData(), "date": self.issued_on.text_value(),
            "payer": {"name": text(self.payer_name) or "", "type": self.payer_type.currentData(),
                      "id_number": text(self.id_number), "phone": text(self.phone)},
            "purpose": text(self.purpose) or "", "amount": self.amount.text(),
            "method": self.method.currentData(), "reference": text(self.reference),
            "remarks": self.remarks.toPlainText().strip() or None,
            "layout": self.layout_choice.currentData(),
        }

    # -- preview -----------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Validate on the GUI thread (cheap), render the draft on a worker."""
        from desktop_app.services.receipts import validate_receipt

        data = self.data()
        try:
            validate_receipt(data)
        except ValidationError as exc:
            self.renderer.invalidate()
            self.preview.show_message(self.tr("填写完整后显示预览：%1").replace("%1", exc.message))
            return
        home = self.ctx.home
        self.renderer.submit(lambda: render_receipt_preview(home, data), self._preview_ready,
                             self._preview_failed)

    def _preview_ready(self, pdf: bytes) -> None:
        self.preview.set_pdf_bytes(pdf)
        self.preview_updated.emit(self.preview.page_count())

    def _preview_failed(self, exc: Exception) -> None:
        self.preview.show_message(self.tr("无法生成预览：%1").replace("%1", error_text(exc)))

    def shutdown(self) -> None:
        self.debouncer.timer.stop()
        self.renderer.invalidate()

    def _show_error(self, exc: ValidationError) -> None:
        for widget in self.inputs.values():
            clear_invalid(widget)
        widget = self.inputs.get(exc.field)
        if widget is not None:
            mark_invalid(widget, exc.message)
        self.error.show_error(exc.message)

    def issue(self) -> None:
        from desktop_app.services.receipts import receipt_warnings, validate_receipt

        if self.issuing:  # Ctrl+Enter while the previous receipt is still being issued
            return
        data = self.data()
        try:
            warnings = receipt_warnings(validate_receipt(data))
        except ValidationError as exc:
            self._show_error(exc)
            return
        for widget in self.inputs.values():
            clear_invalid(widget)
        self.error.clear_error()
        for warning in warnings:  # 劳动合同法 9: no deposits from employees — ask first
            answer = QMessageBox.question(
                self, self.tr("请确认"), warning["message"] + self.tr("\n\n确认继续出具？"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.last_issued is not None and self.last_issued[0] == data:
            # pressing 出具收据 twice must not silently give a second, identical receipt
            answer = QMessageBox.question(
                self, self.tr("重复出具？"),
                self.tr("刚出具的收据 %1 内容与此完全相同。\n\n确定再出具一张新编号的收据吗？")
                .replace("%1", self.last_issued[1]))
            if answer != QMessageBox.StandardButton.Yes:
                return
        out = self.ctx.output_root / "收据"

        def work(ctx: Any) -> Any:
            from desktop_app.services.files import output_dir
            from desktop_app.services.receipts import issue_receipt

            return issue_receipt(ctx, data, output_dir(out))

        def done(result: Any) -> None:
            self.last_issued = (data, str(result.number))
            self._issued(result)

        self.issuing = True
        self.issue_button.setEnabled(False)
        start_job(lambda _j: in_own_context(self.ctx.home, work), done, self._failed,
                  owner=self)

    def _issued(self, result: Any) -> None:
        self.issuing = False
        self.issue_button.setEnabled(True)
        self.last_result = result
        self.print_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.reload_deposits()
        self.debouncer.poke()  # the preview shows the next number now
        self.status_message.emit(self.tr("已出具收据 %1").replace("%1", str(result.number)))
        self.issued.emit(result)
        # LEDGER_LOCKED / LEDGER_FAILED and any other warning of the result are shown
        warnings = [w.get("message", "") for w in (result.warnings or []) if w.get("message")]
        text = f"{result.number}\n\n" + "\n".join(result.files)
        if warnings:
            text += "\n\n" + "\n".join(f"⚠ {w}" for w in warnings)
            self.error.setText("⚠ " + "；".join(warnings))
        QMessageBox.information(self, self.tr("已出具"), text)

    def _failed(self, exc: Exception) -> None:
        self.issuing = False
        self.issue_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_error(exc)
        self.failed.emit(error_text(exc))
        QMessageBox.warning(self, self.tr("操作失败"), error_text(exc))

    def print_document(self) -> None:
        from desktop_app.gui.printing import print_with_dialog

        if self.last_result and self.last_result.files:
            print_with_dialog(Path(self.last_result.files[0]).read_bytes(), self)

    def open_folder(self) -> None:
        if self.last_result and self.last_result.files:
            open_folder_of(self.last_result.files[0])

    def calibrate(self) -> None:
        from desktop_app.gui.dialogs.overlay_calibration import OverlayCalibrationDialog

        OverlayCalibrationDialog(self.ctx, self).exec()

    def new_document(self) -> None:
        for w in (self.payer_name, self.id_number, self.phone, self.purpose, self.reference):
            w.clear()
        self.amount.setText("")
        self.remarks.clear()
        self.tabs.setCurrentIndex(0)
        self.payer_name.setFocus()

    # -- deposits ------------------------------------------------------------------------------
    def reload_deposits(self) -> None:
        from desktop_app.services.deposits import list_deposits

        rows = list_deposits(self.ctx, payer=self.deposit_search.text().strip() or None)
        self.deposit_rows = rows
        self.deposits.setRowCount(len(rows))
        for r, dep in enumerate(rows):
            for c, key in enumerate(("number", "date", "payer", "amount", "deducted",
                                     "refunded", "balance", "status_text")):
                text = str(dep.get(key) or "")
                item = QTableWidgetItem(tr_data(text) if key == "status_text" else text)
                if key in ("amount", "deducted", "refunded", "balance"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.deposits.setItem(r, c, item)

    def selected_deposit(self) -> dict[str, Any] | None:
        row = self.deposits.currentRow()
        return self.deposit_rows[row] if 0 <= row < len(self.deposit_rows) else None

    def refund_selected(self, data: dict[str, Any] | None = None) -> None:
        from desktop_app.services.deposits import deposit_balance

        dep = self.selected_deposit()
        if dep is None:
            return
        balance = deposit_balance(self.ctx, dep["number"])
        if data is None:
            from desktop_app.gui.dialogs.refund_dialog import RefundDialog

            dialog = RefundDialog(balance, self)
            if not dialog.exec():
                return
            data = dialog.data()
        number, payload = dep["number"], data
        out = self.ctx.output_root / "收据"

        def work(ctx: Any) -> Any:
            from desktop_app.services.deposits import refund_deposit
            from desktop_app.services.files import output_dir

            return refund_deposit(ctx, number, payload, output_dir(out))

        start_job(lambda _j: in_own_context(self.ctx.home, work), self._issued, self._failed)

    def issue_certificate(self, number: str | None = None) -> None:
        number = number or self.certificate_number.text().strip()
        if not number:
            dep = self.selected_deposit()
            number = dep["number"] if dep else ""
        if not number:
            self.certificate_number.setFocus()
            return
        out = self.ctx.output_root / "收据"

        def work(ctx: Any) -> Any:
            from desktop_app.services.files import output_dir
            from desktop_app.services.receipts import issue_certificate

            return issue_certificate(ctx, number, output_dir(out))

        start_job(lambda _j: in_own_context(self.ctx.home, work), self._issued, self._failed)
