"""设置: firm profile, numbering patterns, output folder, operator, ledger, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import LetterDeskError, ValidationError
from desktop_app.gui.widgets.field_errors import ErrorLabel
from desktop_app.gui.widgets.profile_form import ProfileForm, SeriesTable
from desktop_app.services.context import AppContext

LANGUAGES = (
    ("system", QT_TRANSLATE_NOOP("SettingsPage", "跟随系统")),
    ("zh_CN", QT_TRANSLATE_NOOP("SettingsPage", "简体中文")),
    ("en", "English"),
)


class FolderPicker(QWidget):
    def __init__(self, file_mode: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_mode = file_mode
        self.edit = QLineEdit()
        button = QPushButton(self.tr("选择…"))
        button.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(button)

    def _choose(self) -> None:
        if self.file_mode:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("台账文件"), self.edit.text(),
                                                  "Excel (*.xlsx)")
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("选择文件夹"), self.edit.text())
        if path:
            self.edit.setText(path)

    def text(self) -> str:
        return self.edit.text().strip()


class SettingsPage(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: AppContext, window: QWidget | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ref = window
        self.profile_form = ProfileForm()
        self.series = SeriesTable()
        self.operator = QLineEdit()
        self.output_dir = FolderPicker()
        self.ledger_path = FolderPicker(file_mode=True)
        self.mask = QCheckBox(self.tr("显示时隐去身份证号、账号的中间部分"))
        self.language = QComboBox()
        for code, label in LANGUAGES:
            self.language.addItem(self.tr(label), code)
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("保存设置"))
        self.save_button.setObjectName("save_settings")
        self.save_button.clicked.connect(self.save)

        profile_box = QGroupBox(self.tr("本单位资料"))
        QVBoxLayout(profile_box).addWidget(self.profile_form)
        series_box = QGroupBox(self.tr("编号规则"))
        QVBoxLayout(series_box).addWidget(self.series)
        other_box = QGroupBox(self.tr("其他"))
        other = QFormLayout(other_box)
        other.addRow(self.tr("经办人"), self.operator)
        other.addRow(self.tr("输出文件夹"), self.output_dir)
        other.addRow(self.tr("Excel 台账"), self.ledger_path)
        other.addRow(self.tr("个人信息"), self.mask)
        other.addRow(self.tr("界面语言（重启后生效）"), self.language)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(profile_box)
        column.addWidget(series_box)
        column.addWidget(other_box)
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.reload()

    def reload(self) -> None:
        self.profile_form.load(self.ctx.profile)
        self.series.load(self.ctx)
        self.operator.setText(self.ctx.operator)
        self.output_dir.edit.setText(str(self.ctx.output_root))
        self.ledger_path.edit.setText(str(self.ctx.ledger_path))
        self.mask.setChecked(self.ctx.mask_personal_data())
        from desktop_app.gui.settings import LANGUAGE

        settings = getattr(self.window_ref, "settings", None)
        code = settings.get(LANGUAGE) if settings is not None else "system"
        self.language.setCurrentIndex(max(0, self.language.findData(code)))

    def save(self) -> bool:
        from desktop_app.services.profile import set_profile, validate_profile

        self.error.clear_error()
        self.series.clear_marks()
        try:
            # everything is checked before anything is written: no half-saved settings
            validate_profile(self.profile_form.data())
            self.series.validate()
            set_profile(self.ctx, self.profile_form.data())
            self.series.save(self.ctx)
            store = self.ctx.store
            if self.operator.text().strip():
                store.set_setting("operator", self.operator.text().strip())
            if self.output_dir.text():
                store.set_setting("output_dir", str(Path(self.output_dir.text())))
            if self.ledger_path.text():
                store.set_setting("ledger_path", str(Path(self.ledger_path.text())))
            store.set_setting("mask_personal_data", self.mask.isChecked())
        except ValidationError as exc:
            if not self.series.mark_error(exc.field, exc.message):
                self.profile_form.show_error(exc.field, exc.message)
            self.error.show_error(exc.message)
            return False
        except LetterDeskError as exc:
            self.error.show_error(exc.message)
            return False
        from desktop_app.gui.settings import LANGUAGE

        settings = getattr(self.window_ref, "settings", None)
        if settings is not None:
            settings.set(LANGUAGE, self.language.currentData())
        self.status_message.emit(self.tr("设置已保存"))
        QMessageBox.information(self, self.tr("设置"), self.tr("设置已保存。"))
        return True
