"""First start (首次使用): the firm profile and numbering patterns, editable later in 设置."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget, QWizard, QWizardPage

from desktop_app.domain.errors import LetterDeskError, ValidationError
from desktop_app.gui.widgets.profile_form import ProfileForm, SeriesTable
from desktop_app.services.context import AppContext

PAGE_FIELDS = (
    ("name", "address", "phone"),
    ("bank", "bank_account_name", "bank_account", "contact", "contact_phone"),
    ("logo_path", "seal_path"),
)


class _FormPage(QWizardPage):
    def __init__(self, title: str, subtitle: str, form: QWidget) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        layout = QVBoxLayout(self)
        layout.addWidget(form)


class FirstStartWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("欢迎使用函据通"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(620, 460)
        self.forms = [ProfileForm(fields) for fields in PAGE_FIELDS]
        current = ctx.profile
        for form in self.forms:
            form.load(current)
        self.series = SeriesTable()
        self.series.load(ctx)
        titles = [
            (self.tr("本单位"), self.tr("函件和收据抬头上的单位名称、地址、电话。")),
            (self.tr("收款账户与联系人"), self.tr("催款函中写明的收款账户和联系人。")),
            (self.tr("标志与印章（可选）"), self.tr("印在抬头的标志和电子印章图片，可以以后再设。")),
        ]
        for (title, subtitle), form in zip(titles, self.forms, strict=True):
            self.addPage(_FormPage(title, subtitle, form))
        series_box = QWidget()
        box = QVBoxLayout(series_box)
        box.addWidget(QLabel(self.tr("{year} 为年份，{seq:05d} 为五位流水号。")))
        box.addWidget(self.series)
        self.addPage(_FormPage(self.tr("编号规则"), self.tr("每类单据连续编号。"), series_box))

    def profile_data(self) -> dict[str, object]:
        data: dict[str, object] = {}
        for form in self.forms:
            data.update(form.data())
        return data

    def save(self) -> None:
        """Validate and store the profile and patterns (raises LetterDeskError)."""
        from desktop_app.services.profile import set_profile, validate_profile
        from desktop_app.store.db import validate_pattern

        validate_profile(self.profile_data())  # check everything before writing anything
        for key, pattern in self.series.patterns().items():
            validate_pattern(pattern, f"series.{key}")
        set_profile(self.ctx, self.profile_data())
        self.series.save(self.ctx)

    def accept(self) -> None:
        try:
            self.save()
        except ValidationError as exc:
            for index, form in enumerate(self.forms):
                if form.show_error(exc.field, exc.message):
                    self.restart()
                    for _ in range(index):
                        self.next()
                    break
            QMessageBox.warning(self, self.tr("请检查"), exc.message)
            return
        except LetterDeskError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), exc.message)
            return
        super().accept()
