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
    assert not any(isinstance(p, PlaceholderPage) for p in window.pages.values())
    assert len(window.pages) == len(PAGES)
    window.resize(760, 540)  # inside the 800×600 offscreen screen
    window.show_page("ledger")
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
