"""Entry point of the desktop program: ``letterdesk-gui`` / ``letterdesk gui``.

``main(argv)`` parses ``--home DIR``, ``--lang zh_CN|en`` and ``--quit-after-show`` (show the
main window, print ``shown in X.XXX s`` measured from start-up, exit 0: the start-up check of
the frozen build). Without a display on Linux it says so in one line and points to the CLI
instead of letting Qt abort.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

STARTED_AT = time.perf_counter()  # as close to process start as this module gets

NO_DISPLAY_MESSAGE = (
    "没有可用的图形显示，无法启动桌面程序；请使用命令行 `letterdesk --help`。"
    " / No display available for the desktop program; use the command line: `letterdesk --help`."
)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    args = list(sys.argv if argv is None else argv)
    if args and not str(args[0]).startswith("-"):
        args = args[1:]  # argv[0] is the program, as in sys.argv (the CLI passes it along)
    parser = argparse.ArgumentParser(prog="letterdesk-gui", description="LetterDesk 函据通")
    parser.add_argument("--home", metavar="DIR", help="data folder")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="user-interface language")
    parser.add_argument("--quit-after-show", action="store_true",
                        help="show the main window, print the start-up time, exit")
    known, _unknown = parser.parse_known_args(args)  # Qt's own options (-style …) pass through
    return known


def display_available() -> bool:
    """False on Linux/BSD with no X11/Wayland display and no explicit Qt platform."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.environ.get("QT_QPA_PLATFORM"))


def main(argv: Sequence[str] | None = None, started_at: float | None = None) -> int:
    args = parse_args(argv)
    if not display_available():
        stream = sys.stderr or sys.stdout
        if stream is not None:
            print(NO_DISPLAY_MESSAGE, file=stream)
        return 1

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.bootstrap import install_fonts, install_translator
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.settings import LANGUAGE, GuiSettings
    from desktop_app.services.context import open_context

    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication([sys.argv[0] if sys.argv else "letterdesk-gui"])
    app.setApplicationName("LetterDesk")
    app.setApplicationDisplayName("函据通 LetterDesk")
    app.setOrganizationName("LetterDesk")
    QGuiApplication.setDesktopFileName("letterdesk")  # matches installer/letterdesk.desktop

    ctx = open_context(args.home)
    settings = GuiSettings(ctx.home)
    install_fonts(app)
    install_translator(app, args.lang or settings.get(LANGUAGE))
    _set_window_icon(app)
    if not _store_opens(ctx):
        return 2

    window = MainWindow(ctx, settings, first_start=not args.quit_after_show)
    window.show()
    begin = STARTED_AT if started_at is None else started_at
    if args.quit_after_show:
        def report_and_quit() -> None:
            print(f"shown in {time.perf_counter() - begin:.3f} s", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report_and_quit)
    else:
        QTimer.singleShot(0, lambda: _start_up_tasks(ctx, window))
    code = app.exec()
    ctx.close()
    return 0 if args.quit_after_show else int(code)


def _set_window_icon(app: object) -> None:
    from PySide6.QtGui import QIcon

    from desktop_app.paths import resource_path

    try:
        app.setWindowIcon(QIcon(str(resource_path("icons", "letterdesk.svg"))))  # type: ignore[attr-defined]
    except FileNotFoundError:
        pass  # a missing icon is cosmetic; doctor reports missing resources


def _store_opens(ctx: object) -> bool:
    """Open the store; when it is damaged, say so and offer the newest backup (issue 9 §6).

    Never overwrites the damaged file: restore keeps it aside.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.domain.errors import LetterDeskError
    from desktop_app.services import backup

    try:
        ctx.store  # type: ignore[attr-defined]  # noqa: B018 - opening is the check
        return True
    except LetterDeskError as exc:
        error = exc
    candidates = [b for b in backup.list_backups(ctx.home)  # type: ignore[attr-defined]
                  if b["reason"] != "before_restore"]
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("app", "数据库无法打开"),
                      error.message)
    restore_button = None
    if candidates:
        restore_button = box.addButton(
            QCoreApplication.translate("app", "从最近的备份恢复"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("app", "退出"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore_button is not None and box.clickedButton() is restore_button:
        latest = Path(candidates[0]["file"])
        try:
            backup.restore(ctx, latest)  # type: ignore[arg-type]
            ctx.store  # type: ignore[attr-defined]  # noqa: B018
            return True
        except LetterDeskError as exc:
            refusal = exc
        # The damaged store cannot prove which numbers were issued after the backup: restore
        # refuses unless a person has checked the paper stubs (services.backup.restore).
        answer = QMessageBox.warning(
            None, QCoreApplication.translate("app", "恢复需要确认"),
            refusal.message + "\n\n" + QCoreApplication.translate(
                "app", "请先核对收据存根和已寄出的函件。核对无误后，可强制恢复：备份之后用过的编号"
                "会记为“恢复时遗失”，以后不会重复使用。是否强制恢复？"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            try:
                backup.restore(ctx, latest, force=True)  # type: ignore[arg-type]
                ctx.store  # type: ignore[attr-defined]  # noqa: B018
                return True
            except LetterDeskError as exc:
                QMessageBox.critical(None, QCoreApplication.translate("app", "恢复失败"),
                                     exc.message)
    return False


def _start_up_tasks(ctx: object, window: object) -> None:
    """After the window is shown: the daily store backup (services.backup), then a ledger
    rewrite on a worker if an earlier one found the workbook locked (nothing waits on it)."""
    from PySide6.QtCore import QCoreApplication

    from desktop_app.domain.errors import LetterDeskError
    from desktop_app.gui.workers import in_own_context, start_job
    from desktop_app.services import backup

    status = window.statusBar()  # type: ignore[attr-defined]
    try:
        backup.backup_on_start(ctx)  # type: ignore[arg-type]
    except (LetterDeskError, OSError) as exc:
        status.showMessage(QCoreApplication.translate("app", "启动备份失败：") + str(exc), 10000)
    if not ctx.store.get_setting("ledger_pending", False):  # type: ignore[attr-defined]
        return

    def sync(_job: object) -> list[dict]:
        from desktop_app.services.ledger_sync import sync_ledger

        return in_own_context(ctx.home, sync_ledger)  # type: ignore[attr-defined]

    def done(warnings: list[dict]) -> None:
        status.showMessage(QCoreApplication.translate(
            "app", "台账文件仍被占用，稍后再试" if warnings else "台账已补写完成"), 10000)

    start_job(sync, done, lambda exc: None, owner=window)  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
