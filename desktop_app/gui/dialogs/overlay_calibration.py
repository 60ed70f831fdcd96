"""套打 calibration: print the calibration page, measure, enter the offset, print again."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import LetterDeskError
from desktop_app.gui.widgets.field_errors import ErrorLabel
from desktop_app.services.context import AppContext


class OverlayCalibrationDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop_app.services.receipts import overlay_offset

        self.ctx = ctx
        self.setWindowTitle(self.tr("套打校准"))
        x, y = overlay_offset(ctx)
        self.offset_x = QDoubleSpinBox()
        self.offset_y = QDoubleSpinBox()
        for spin, value in ((self.offset_x, x), (self.offset_y, y)):
            spin.setRange(-30.0, 30.0)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setSuffix(" mm")
            spin.setValue(float(value))
        self.test_button = QPushButton(self.tr("打印校准页…"))
        self.test_button.clicked.connect(self.print_test_page)
        self.error = ErrorLabel()
        help_text = QLabel(self.tr(
            "1. 把预印联单放入打印机，打印校准页；\n"
            "2. 量出十字线与联单上对应栏目的偏差（向右、向下为正）；\n"
            "3. 填入偏移后保存，再打印一次确认。"))
        help_text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("水平偏移（向右为正）"), self.offset_x)
        form.addRow(self.tr("垂直偏移（向下为正）"), self.offset_y)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save_offset(self) -> bool:
        from desktop_app.services.receipts import set_overlay_offset

        try:
            set_overlay_offset(self.ctx, f"{self.offset_x.value():.1f}",
                               f"{self.offset_y.value():.1f}")
        except LetterDeskError as exc:
            self.error.show_error(exc.message)
            return False
        return True

    def calibration_pdf(self) -> Path:
        """Save the offset, then write the calibration page (grid + crosshairs)."""
        from desktop_app.services.receipts import calibration_page

        if not self.save_offset():
            raise LetterDeskError(self.error.text())
        return calibration_page(self.ctx, Path(tempfile.mkdtemp(prefix="letterdesk-cal-")))

    def print_test_page(self) -> None:
        from desktop_app.gui.printing import print_with_dialog

        try:
            path = self.calibration_pdf()
        except LetterDeskError as exc:
            self.error.show_error(exc.message)
            return
        print_with_dialog(path.read_bytes(), self)

    def accept(self) -> None:
        if self.save_offset():
            super().accept()
