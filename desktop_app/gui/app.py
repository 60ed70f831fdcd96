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

    ctx = open_context(args.home)
    settings = GuiSettings(ctx.home)
    install_fonts(app)
    install_translator(app, args.lang or settings.get(LANGUAGE))

    window = MainWindow(ctx, settings, first_start=not args.quit_after_show)
    window.show()
    begin = STARTED_AT if started_at is None else started_at
    if args.quit_after_show:
        def report_and_quit() -> None:
            print(f"shown in {time.perf_counter() - begin:.3f} s", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report_and_quit)
    code = app.exec()
    ctx.close()
    return 0 if args.quit_after_show else int(code)


if __name__ == "__main__":
    sys.exit(main())
