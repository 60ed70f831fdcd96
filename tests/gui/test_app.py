"""Start-up: --quit-after-show, the no-display message, the first-start wizard, the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _run_gui(args: list[str], env_update: dict[str, str | None]) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    for key, value in env_update.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run([sys.executable, "-m", "desktop_app.gui.app", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)


def test_quit_after_show_returns_zero_and_reports_time(tmp_path: Path) -> None:
    proc = _run_gui(["--home", str(tmp_path / "h"), "--quit-after-show"],
                    {"QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("shown in ")]
    assert line and line[0].endswith(" s")
    assert float(line[0].split()[2]) > 0


def test_no_display_points_to_the_cli(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        return
    proc = _run_gui(["--home", str(tmp_path / "h")],
                    {"QT_QPA_PLATFORM": None, "DISPLAY": None, "WAYLAND_DISPLAY": None})
    assert proc.returncode == 1
    assert "letterdesk --help" in proc.stderr and "图形显示" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_first_start_wizard_saves_profile_and_patterns(qtbot: Any, ctx: Any) -> None:
    from desktop_app.gui.dialogs.first_start_wizard import FirstStartWizard

    assert not ctx.has_profile
    wizard = FirstStartWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.forms[0].inputs["name"].setText("杭州示范物业有限公司")
    wizard.forms[0].inputs["address"].setText("杭州市西湖区某路8号")
    wizard.forms[1].inputs["bank_account"].setText("6222 0000 1111 2222")
    row = [wizard.series.item(r, 0).text() for r in range(wizard.series.rowCount())]
    wizard.series.item(row.index("receipt_general"), 2).setText("SF-{year}-{seq:04d}")
    wizard.accept()
    assert wizard.result() == wizard.DialogCode.Accepted
    assert ctx.has_profile
    assert ctx.profile["name"] == "杭州示范物业有限公司"
    patterns = {s["key"]: s["pattern"] for s in ctx.store.list_series()}
    assert patterns["receipt_general"] == "SF-{year}-{seq:04d}"


def test_wizard_refuses_empty_name(qtbot: Any, ctx: Any, boxes: Any) -> None:
    from desktop_app.gui.dialogs.first_start_wizard import FirstStartWizard

    wizard = FirstStartWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.accept()
    assert not ctx.has_profile
    assert wizard.forms[0].inputs["name"].property("invalid")
    assert any("单位名称" in t for t in boxes.texts("warning"))


def test_main_window_pages_and_geometry(qtbot: Any, ctx: Any, profile: Any) -> None:
    from desktop_app.gui.main_window import PAGES, MainWindow, PlaceholderPage
    from desktop_app.gui.settings import GuiSettings

    window = MainWindow(ctx, GuiSettings(ctx.home), first_start=False)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["催款函件", "违约金计算", "收据与押金", "台账", "往来单位", "设置"]
    # lazy pages: only the start page is built; each page is built when first shown
    assert list(window.pages) == ["letters"]
    assert window.stack.currentWidget() is window.pages["letters"]
    for row, (key, _module, _cls) in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[key]
        assert window.stack.currentWidget().objectName() == f"page_{key}"
        assert window.stack.indexOf(window.pages[key]) == row
    assert not any(isinstance(p, PlaceholderPage) for p in window.pages.values())
    assert len(window.pages) == len(PAGES) == window.stack.count()
    window.resize(760, 540)  # inside the 800×600 offscreen screen
    window.show_page("ledger")
    # the global actions follow the page shown (the ledger page has 查找, not 出具)
    assert window.actions_by_name["focus_search"].isEnabled()
    assert not window.actions_by_name["issue"].isEnabled()
    window.close()
    again = MainWindow(ctx, GuiSettings(ctx.home), first_start=False)
    qtbot.addWidget(again)
    assert again.current_key() == "ledger"
    assert (again.width(), again.height()) == (760, 540)


def test_english_translation_is_built_and_loaded(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop_app.gui.bootstrap import install_translator

    try:
        assert install_translator(qapp, "en") == "en"
        assert QCoreApplication.translate("MainWindow", "催款函件") == "Letters"
        assert QCoreApplication.translate("LettersPage", "出具 (Ctrl+Enter)") == "Issue (Ctrl+Enter)"
    finally:
        install_translator(qapp, "zh_CN")
    assert QCoreApplication.translate("MainWindow", "催款函件") == "催款函件"


def test_start_up_does_not_import_openpyxl_or_reportlab(tmp_path: Path) -> None:
    """Issue 8 §6 (start-up ≤ 1 s): heavy libraries load with the pages that use them."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.gui.main_window import MainWindow\n"
        "from desktop_app.gui.settings import GuiSettings\n"
        "from desktop_app.services.context import open_context\n"
        f"ctx = open_context({str(tmp_path / 'h')!r})\n"
        "w = MainWindow(ctx, GuiSettings(ctx.home), first_start=False)\n"
        "w.show()\n"
        "app.processEvents()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'openpyxl', 'reportlab'}))\n"
        "w.show_page('ledger')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'openpyxl', 'reportlab'}))\n"
        "w.close()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    at_start, after_ledger = proc.stdout.splitlines()[-2:]
    assert at_start == "[]"
    assert after_ledger == "[]"  # the ledger view itself needs neither until export/sync


def test_english_mode_navigation_and_table_headers(qtbot: Any, qapp: Any, ctx: Any,
                                                   profile: Any) -> None:
    """Strings kept in constants (QT_TRANSLATE_NOOP) are translated too, not only tr("…")."""
    from PySide6.QtCore import Qt

    from desktop_app.gui.bootstrap import install_translator
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.settings import GuiSettings

    assert install_translator(qapp, "en") == "en"
    try:
        window = MainWindow(ctx, GuiSettings(ctx.home), first_start=False)
        qtbot.addWidget(window)
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert titles == ["Letters", "Penalty calculator", "Receipts & deposits", "Ledger",
                          "Parties", "Settings"]
        ledger = window.show_page("ledger")
        model = ledger.view.model()
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in
                   range(model.columnCount())]
        assert headers[:5] == ["Number", "Kind", "Date", "Party", "Amount"]
        assert "Status" in headers and "Penalty" in headers
        assert not any("\u4e00" <= ch <= "\u9fff" for h in headers for ch in h), headers
        receipts = window.show_page("receipts")
        deposit_headers = [receipts.deposits.horizontalHeaderItem(c).text()
                           for c in range(receipts.deposits.columnCount())]
        assert deposit_headers[0] == "Number" and "Balance" in deposit_headers
        assert receipts.payer_type.itemText(2) == "Employee"
        window.close()
    finally:
        install_translator(qapp, "zh_CN")
