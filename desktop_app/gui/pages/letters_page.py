"""催款函件: pick a kind, fill the form, watch the live preview, issue, print, save DOCX.

Validation runs on the GUI thread (cheap); the preview is built and rendered on a worker
~300 ms after typing stops and only the finished PDF bytes come back (STYLE.md threading
rule). Issue runs services.letters.render_letter on a worker with its own store connection.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ValidationError
from desktop_app.gui.desktop import error_text, open_folder_of
from desktop_app.gui.widgets.data_labels import tr_data
from desktop_app.gui.widgets.field_errors import ErrorLabel
from desktop_app.gui.widgets.field_labels import field_label, humanize, labels_for
from desktop_app.gui.widgets.form_builder import LetterForm
from desktop_app.gui.widgets.pdf_preview import PdfPreview
from desktop_app.gui.widgets.penalty_editor import PenaltyResultView
from desktop_app.gui.workers import Debouncer, LatestOnly, start_job
from desktop_app.services.context import AppContext

PENALTY_KEYS = ("items", "payments", "rate", "until", "day_count", "allocation")
PREVIEW_WATERMARK = "草稿"


def _own_context(home: Path) -> Any:
    from desktop_app.services.context import open_context

    return open_context(home)


def render_preview(home: Path, kind: str, data: dict[str, Any]) -> tuple[bytes, list[dict]]:
    """Worker side: build the draft Document and render it to PDF bytes (no widgets here)."""
    from desktop_app.documents.render_pdf import render_pdf_bytes
    from desktop_app.services.issuing import glyph_warnings
    from desktop_app.services.letters import build_letter

    ctx = _own_context(home)
    try:
        doc, warnings = build_letter(kind, data, None, ctx)
    finally:
        ctx.close()
    doc.watermark = PREVIEW_WATERMARK
    return render_pdf_bytes(doc), list(warnings) + glyph_warnings(doc)


def issue_letter(home: Path, kind: str, data: dict[str, Any], out_dir: Path) -> Any:
    from desktop_app.services.files import output_dir
    from desktop_app.services.letters import render_letter

    ctx = _own_context(home)
    try:
        return render_letter(ctx, kind, data, output_dir(out_dir), formats=("pdf", "docx"))
    finally:
        ctx.close()


class LettersPage(QWidget):
    status_message = Signal(str)
    preview_updated = Signal(int)
    issued = Signal(object)
    issue_failed = Signal(str)

    def __init__(self, ctx: AppContext, window: QWidget | None = None) -> None:
        super().__init__()
        from desktop_app.services.letters import kinds_info

        self.ctx = ctx
        self.kinds = {info["id"]: info for info in kinds_info()}
        self.form: LetterForm | None = None
        self.valid = False
        self.preview_ok = False
        self.issuing = False
        self.warnings: list[dict[str, Any]] = []
        self.last_result: Any = None
        self.renderer = LatestOnly(self)
        self.debouncer = Debouncer(self.refresh_preview, 300, self)

        self.kind = QComboBox()
        self.kind.setObjectName("kind_picker")
        for kind_id, info in self.kinds.items():
            self.kind.addItem(tr_data(info["title"]), kind_id)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #555;")
        self.sample_button = QPushButton(self.tr("填入示例"))
        self.error = ErrorLabel()
        self.penalty_view = PenaltyResultView()
        self.penalty_view.setMaximumHeight(220)
        self.issue_button = QPushButton(self.tr("出具 (Ctrl+Enter)"))
        self.issue_button.setObjectName("issue_button")
        self.print_button = QPushButton(self.tr("打印…"))
        self.docx_button = QPushButton(self.tr("保存 DOCX…"))
        self.folder_button = QPushButton(self.tr("打开文件夹"))
        self.folder_button.setEnabled(False)
        self.preview = PdfPreview()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.sample_button.clicked.connect(self.load_sample)
        self.issue_button.clicked.connect(self.issue)
        self.print_button.clicked.connect(self.print_document)
        self.docx_button.clicked.connect(lambda: self.save_docx())
        self.folder_button.clicked.connect(self.open_folder)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("函件类型")))
        top.addWidget(self.kind, 1)
        top.addWidget(self.sample_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.description)
        left_layout.addWidget(self.scroll, 1)
        left_layout.addWidget(self.penalty_view)
        left_layout.addWidget(self.error)
        buttons = QHBoxLayout()
        for b in (self.issue_button, self.print_button, self.docx_button, self.folder_button):
            buttons.addWidget(b)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([560, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._kind_changed()

    # -- form --------------------------------------------------------------------------------
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def select_kind(self, kind_id: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind_id))

    def _kind_changed(self) -> None:
        self.renderer.invalidate()
        info = self.kinds[self.current_kind()]
        self.description.setText(tr_data(info.get("description")))
        self.form = LetterForm(info, self.ctx.profile, self.ctx.store.list_parties())
        self.form.changed.connect(self._on_changed)
        self.labels = labels_for(info)
        # a blank form shows no errors until the user edits it or tries to issue
        self.touched = False
        self.scroll.setWidget(self.form)
        self.last_result = None
        self.folder_button.setEnabled(False)
        self.preview.clear()
        self._on_changed(user=False)

    def activated(self) -> None:
        """Shown again: parties added meanwhile (往来单位) must be offered by the completer."""
        if self.form is not None:
            self.form.set_parties(self.ctx.store.list_parties())

    def load_sample(self) -> None:
        from desktop_app.services.letters import sample_data

        assert self.form is not None
        self.form.load(sample_data(self.current_kind()))

    def new_document(self) -> None:
        self._kind_changed()

    def apply_penalty(self, request: dict[str, Any]) -> None:
        """"用于催款函" from 违约金计算: carry items, payments and the rate into the form."""
        if self.form is None or "items" not in self.form.inputs:
            self.select_kind("payment_demand")
        assert self.form is not None
        current = self.form.values()
        current.update({k: v for k, v in request.items() if k in PENALTY_KEYS})
        self.form.load(current)

    def _on_changed(self, user: bool = True) -> None:
        self.touched = self.touched or user
        self.last_result = None
        self.validate()
        self.update_penalty()
        self.debouncer.poke()

    def validate(self) -> bool:
        """Service validation on the GUI thread: mark the field, say what is wrong."""
        from desktop_app.services.letters import prepare_letter, validate_letter

        assert self.form is not None
        data = self.form.values()
        try:
            validate_letter(self.current_kind(), data, self.ctx.profile)
            # the penalty engine's own checks (amounts of items, rate) as batch runs do
            prepare_letter(self.current_kind(), data, self.ctx)
        except ValidationError as exc:
            self.renderer.invalidate()
            if self.touched:
                self.show_validation_error(exc)
            else:  # untouched blank form: not issuable yet, but nothing shown in red
                self.valid = False
                self.form.clear_errors()
                self.error.clear_error()
                self._update_issue_button()
            return False
        self.form.clear_errors()
        self.error.clear_error()
        self.valid = True
        self._update_issue_button()
        return True

    def show_validation_error(self, exc: ValidationError) -> None:
        assert self.form is not None
        self.valid = False
        self.form.mark_error(exc.field, exc.message)
        label = self._label_of(exc.field)
        self.error.show_error(f"{label}：{exc.message}" if label else exc.message)
        self._update_issue_button()

    def _label_of(self, path: str) -> str:
        return field_label(path, self.labels) or field_label(path)

    def warning_text(self, warning: dict[str, Any]) -> str:
        """A warning's message with the field's label instead of its internal name."""
        message = str(warning.get("message", ""))
        return humanize(humanize(message, warning.get("field"), self.labels),
                        warning.get("field"))

    def _update_issue_button(self) -> None:
        self.issue_button.setEnabled(self.valid and self.preview_ok and not self.issuing)

    def update_penalty(self) -> None:
        """The penalty section computed live (services.calculator) with its breakdown."""
        assert self.form is not None
        data = self.form.values()
        if "items" not in self.form.inputs or "rate" not in data or not data.get("items"):
            self.penalty_view.hide()
            return
        from desktop_app.domain.errors import LetterDeskError
        from desktop_app.services.calculator import penalty_for_home

        self.penalty_view.show()
        request = {k: data[k] for k in PENALTY_KEYS if k in data}
        try:
            self.penalty_view.show_result(penalty_for_home(request, self.ctx.home))
        except LetterDeskError as exc:
            self.penalty_view.show_error(f"违约金：{exc.message}")

    # -- preview -----------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        if not self.valid or self.form is None:
            self.preview_ok = False
            self._update_issue_button()
            return
        home, kind, data = self.ctx.home, self.current_kind(), self.form.values()
        self.preview_ok = False
        self._update_issue_button()
        self.status_message.emit(self.tr("正在生成预览…"))
        self.renderer.submit(lambda: render_preview(home, kind, data), self._preview_ready,
                             self._preview_failed)

    def _preview_ready(self, result: tuple[bytes, list[dict[str, Any]]]) -> None:
        pdf, warnings = result
        self.warnings = warnings
        self.preview.set_pdf_bytes(pdf)
        self.preview_ok = self.valid
        self._update_issue_button()
        if warnings:
            self.error.setText("⚠ " + "；".join(self.warning_text(w) for w in warnings))
            self.error.setStyleSheet("color: #9a6700;")
        else:
            self.error.setStyleSheet("color: #c62828;")
        self.status_message.emit(self.tr("预览已更新"))
        self.preview_updated.emit(self.preview.page_count())

    def _preview_failed(self, exc: Exception) -> None:
        self.preview_ok = False
        if isinstance(exc, ValidationError):
            self.show_validation_error(exc)
        else:
            self.error.show_error(error_text(exc))
        self.preview.show_message(self.tr("无法生成预览：%1").replace("%1", error_text(exc)))
        self._update_issue_button()

    # -- issue -------------------------------------------------------------------------------
    def current_warnings(self) -> list[dict[str, Any]] | None:
        """Warnings of the data in the form now: the preview's when it is up to date, else
        built here (cheap, no rendering) so that issuing never waits for the preview."""
        if self.preview_ok:
            return self.warnings
        from desktop_app.services.issuing import glyph_warnings
        from desktop_app.services.letters import build_letter

        assert self.form is not None
        try:
            doc, warnings = build_letter(self.current_kind(), self.form.values(), None, self.ctx)
        except ValidationError as exc:
            self.show_validation_error(exc)
            return None
        return list(warnings) + glyph_warnings(doc)

    def confirm_warnings(self, warnings: list[dict[str, Any]] | None = None) -> bool:
        """Wording (DOMAIN.md §7) and missing-glyph warnings are shown before issuing."""
        warnings = self.warnings if warnings is None else warnings
        if not warnings:
            return True
        text = "\n".join(f"• {self.warning_text(w)}" for w in warnings)
        answer = QMessageBox.question(
            self, self.tr("出具前请确认"),
            self.tr("发现以下问题：\n%1\n\n仍要出具吗？").replace("%1", text))
        return answer == QMessageBox.StandardButton.Yes

    def issue(self) -> None:
        if self.form is None:
            return
        if self.issuing:
            return
        self.touched = True  # trying to issue shows what is missing
        # Validate synchronously and go ahead: a preview still pending (typing < 300 ms ago)
        # catches up on its own and is never a reason to drop the user's 出具.
        self.debouncer.flush()
        if not self.validate():
            return
        warnings = self.current_warnings()
        if warnings is None or not self.confirm_warnings(warnings):
            return
        home, kind, data = self.ctx.home, self.current_kind(), self.form.values()
        out_dir = self.ctx.output_root / "函件"
        self.issuing = True
        self.issue_button.setEnabled(False)
        self.status_message.emit(self.tr("正在出具…"))
        start_job(lambda _j: issue_letter(home, kind, data, out_dir), self._issued,
                  self._issue_error)

    def _issued(self, result: Any) -> None:
        self.issuing = False
        self.last_result = result
        self._update_issue_button()
        self.folder_button.setEnabled(bool(result.files))
        message = self.tr("已出具 %1").replace("%1", str(result.number))
        self.status_message.emit(message)
        extra = [w.get("message", "") for w in result.warnings
                 if w.get("code") == "LEDGER_LOCKED"]
        files = "\n".join(result.files)
        QMessageBox.information(self, self.tr("已出具"),
                                f"{message}\n\n{files}" + ("\n\n" + "\n".join(extra) if extra else ""))
        self.issued.emit(result)

    def _issue_error(self, exc: Exception) -> None:
        self.issuing = False
        self._update_issue_button()
        if isinstance(exc, ValidationError):
            self.show_validation_error(exc)
        message = error_text(exc)
        self.issue_failed.emit(message)
        QMessageBox.warning(self, self.tr("未能出具"), message)

    def _issued_file(self, suffix: str) -> Path | None:
        if self.last_result is None:
            return None
        for f in self.last_result.files:
            if str(f).endswith(suffix):
                return Path(f)
        return None

    def open_folder(self) -> None:
        path = self._issued_file(".pdf")
        if path is not None:
            open_folder_of(path)

    def print_document(self) -> None:
        """Print the issued PDF, or the 草稿 preview when nothing is issued yet."""
        from desktop_app.gui.printing import print_preview

        path = self._issued_file(".pdf")
        data = path.read_bytes() if path and path.is_file() else self.preview.pdf_bytes
        if not data:
            QMessageBox.information(self, self.tr("打印"), self.tr("请先填写函件，预览生成后再打印。"))
            return
        print_preview(data, self)

    def save_docx(self, target: str | None = None) -> Path | None:
        """Save the issued DOCX elsewhere, or a 草稿 DOCX when nothing is issued yet."""
        if self.form is None:
            return None
        if not target:
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("保存 DOCX"), str(self.ctx.output_root), "Word (*.docx)")
        if not target:
            return None
        dest = Path(target).with_suffix(".docx")
        issued = self._issued_file(".docx")
        try:
            if issued is not None:
                shutil.copyfile(issued, dest)
            else:
                from desktop_app.services.letters import render_letter

                result = render_letter(self.ctx, self.current_kind(), self.form.values(),
                                       dest.parent, formats=("docx",), preview=True)
                shutil.move(result.files[0], dest)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            QMessageBox.warning(self, self.tr("未能保存"), error_text(exc))
            return None
        self.status_message.emit(self.tr("已保存：%1").replace("%1", str(dest)))
        return dest

    def shutdown(self) -> None:
        self.debouncer.timer.stop()
