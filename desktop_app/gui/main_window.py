"""The main window: navigation list, page stack, menus, shortcuts, status bar.

Pages are plain QWidgets; the window forwards the global actions (新建/出具/打印/保存 DOCX/
查找) to the current page when it offers them (``new_document``, ``issue``, ``print_document``,
``save_docx``, ``focus_search``).

Pages are built lazily, the first time they are shown: the stack starts with an empty
placeholder per page and ``ensure_page`` swaps in the real page (start-up time, issue 8 §6:
the ledger page pulls in openpyxl, the receipts page reportlab). ``pages`` holds only the pages
built so far; ``page(key)`` builds on demand.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import PRODUCT_NAME_ZH, __version__
from desktop_app.gui.settings import GEOMETRY, LAST_PAGE, WINDOW_STATE, GuiSettings
from desktop_app.paths import resources_root
from desktop_app.services.context import AppContext

log = logging.getLogger("letterdesk")

# (key, module under desktop_app.gui.pages, class name); titles come from page_title()
PAGES: list[tuple[str, str, str]] = [
    ("letters", "letters_page", "LettersPage"),
    ("penalty", "penalty_page", "PenaltyPage"),
    ("receipts", "receipts_page", "ReceiptsPage"),
    ("ledger", "ledger_page", "LedgerPage"),
    ("parties", "parties_page", "PartiesPage"),
    ("settings", "settings_page", "SettingsPage"),
]
PAGE_ACTIONS = ("new_document", "issue", "print_document", "save_docx", "focus_search")


def page_title(key: str) -> str:
    return {
        "letters": QCoreApplication.translate("MainWindow", "催款函件"),
        "penalty": QCoreApplication.translate("MainWindow", "违约金计算"),
        "receipts": QCoreApplication.translate("MainWindow", "收据与押金"),
        "ledger": QCoreApplication.translate("MainWindow", "台账"),
        "parties": QCoreApplication.translate("MainWindow", "往来单位"),
        "settings": QCoreApplication.translate("MainWindow", "设置"),
    }[key]


class PlaceholderPage(QWidget):
    """Shown when a page's module cannot be loaded (a missing service, a broken install)."""

    def __init__(self, title: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("“%1”暂不可用：%2").replace("%1", title).replace("%2", reason))
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, settings: GuiSettings, first_start: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.pages: dict[str, QWidget] = {}
        self.actions_by_name: dict[str, QAction] = {}
        self.setWindowTitle(f"{PRODUCT_NAME_ZH} LetterDesk {__version__}")
        icon = resources_root() / "icons" / "letterdesk-256.png"
        if icon.is_file():
            self.setWindowIcon(QIcon(str(icon)))
        self._create_widgets()
        self._create_actions()
        self._create_menus()
        self._restore()
        self.statusBar().showMessage(self.tr("数据目录：%1").replace("%1", str(ctx.home)))
        if first_start and not ctx.has_profile:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.run_first_start_wizard)

    # -- create → connect → assemble ----------------------------------------------------------
    def _create_widgets(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        for key, _module, _cls in PAGES:
            title = page_title(key)
            placeholder = QWidget()
            placeholder.setObjectName(f"pending_{key}")
            self.stack.addWidget(placeholder)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(120, 36))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_page_changed)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def ensure_page(self, key: str) -> QWidget:
        """The page for ``key``, built now if this is its first use (lazy pages)."""
        page = self.pages.get(key)
        if page is not None:
            return page
        index = [k for k, _m, _c in PAGES].index(key)
        _key, module, cls = PAGES[index]
        page = self._load_page(key, module, cls, page_title(key))
        self.pages[key] = page
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if current == index:
            self.stack.setCurrentIndex(index)
        return page

    def _load_page(self, key: str, module: str, cls: str, title: str) -> QWidget:
        try:
            mod = importlib.import_module(f"desktop_app.gui.pages.{module}")
            page: QWidget = getattr(mod, cls)(self.ctx, self)
        except Exception as exc:  # noqa: BLE001 - one broken page must not stop the program
            log.exception("page %s failed to load", key)
            return PlaceholderPage(title, str(exc) or type(exc).__name__)
        page.setObjectName(f"page_{key}")
        if hasattr(page, "status_message"):
            page.status_message.connect(self.show_status)
        return page

    def _create_actions(self) -> None:
        specs = [
            ("new_document", self.tr("新建(&N)"), QKeySequence.StandardKey.New),
            ("issue", self.tr("出具(&I)"), QKeySequence("Ctrl+Return")),
            ("print_document", self.tr("打印(&P)…"), QKeySequence.StandardKey.Print),
            ("save_docx", self.tr("保存 DOCX(&S)…"), QKeySequence.StandardKey.Save),
            ("focus_search", self.tr("查找(&F)"), QKeySequence.StandardKey.Find),
        ]
        for name, text, shortcut in specs:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, n=name: self.dispatch(n))
            self.actions_by_name[name] = action
        # Ctrl+Enter on the keypad too
        self.actions_by_name["issue"].setShortcuts([QKeySequence("Ctrl+Return"),
                                                    QKeySequence("Ctrl+Enter")])
        self.quit_action = QAction(self.tr("退出(&Q)"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.batch_action = QAction(self.tr("批量出具(&B)…"), self)
        self.batch_action.triggered.connect(self.open_batch_dialog)
        self.wizard_action = QAction(self.tr("单位资料向导(&W)…"), self)
        self.wizard_action.triggered.connect(self.run_first_start_wizard)
        self.about_action = QAction(self.tr("关于(&A)"), self)
        self.about_action.triggered.connect(self.show_about)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        for name in ("new_document", "issue", "print_document", "save_docx"):
            file_menu.addAction(self.actions_by_name[name])
        file_menu.addSeparator()
        file_menu.addAction(self.batch_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        edit_menu.addAction(self.actions_by_name["focus_search"])
        go_menu = bar.addMenu(self.tr("转到(&G)"))
        for row, (key, _m, _c) in enumerate(PAGES):
            action = go_menu.addAction(page_title(key))
            action.setShortcut(QKeySequence(f"Alt+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.wizard_action)
        help_menu.addAction(self.about_action)

    def _restore(self) -> None:
        geometry = self.settings.get(GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)
        state = self.settings.get(WINDOW_STATE)
        if state:
            self.restoreState(state)
        row = self.settings.get(LAST_PAGE)
        self.nav.setCurrentRow(row if 0 <= row < self.nav.count() else 0)

    # -- behaviour -------------------------------------------------------------------------------
    def page(self, key: str) -> Any:
        return self.ensure_page(key)

    def current_key(self) -> str:
        return PAGES[max(0, self.nav.currentRow())][0]

    def show_page(self, key: str) -> Any:
        self.nav.setCurrentRow([k for k, _m, _c in PAGES].index(key))
        return self.ensure_page(key)

    def _on_page_changed(self, row: int) -> None:
        if row < 0:
            return
        fresh = PAGES[row][0] not in self.pages  # a page built just now is already current
        self.ensure_page(PAGES[row][0])
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        for name, action in self.actions_by_name.items():
            action.setEnabled(hasattr(page, name))
        if not fresh and hasattr(page, "activated"):
            page.activated()

    def dispatch(self, name: str) -> None:
        page = self.stack.currentWidget()
        handler = getattr(page, name, None)
        if handler is not None:
            handler()

    def show_status(self, text: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def run_first_start_wizard(self) -> None:
        from desktop_app.gui.dialogs.first_start_wizard import FirstStartWizard

        wizard = FirstStartWizard(self.ctx, self)
        if wizard.exec():
            self.show_status(self.tr("单位资料已保存"))
            settings_page = self.pages.get("settings")
            if hasattr(settings_page, "reload"):
                settings_page.reload()

    def use_penalty_in_letter(self, request: dict[str, Any]) -> None:
        """违约金计算 → 催款函件: carry the calculation into the letter form."""
        page = self.show_page("letters")
        if hasattr(page, "apply_penalty"):
            page.apply_penalty(request)

    def open_batch_dialog(self) -> None:
        from desktop_app.gui.dialogs.batch_dialog import BatchDialog

        BatchDialog(self.ctx, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("关于函据通"),
            self.tr("函据通 LetterDesk %1\n催款函件、违约金计算、收据与押金、台账。")
            .replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.set(GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.set(LAST_PAGE, max(0, self.nav.currentRow()))
        self.settings.sync()
        for page in self.pages.values():
            if hasattr(page, "shutdown"):
                page.shutdown()
        super().closeEvent(event)
