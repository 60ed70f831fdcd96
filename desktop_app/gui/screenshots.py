"""Take the README screenshots: every page of the main window with sample data.

    Xvfb :99 & DISPLAY=:99 python -m desktop_app.gui.screenshots docs/screenshots
    QT_QPA_PLATFORM=offscreen python -m desktop_app.gui.screenshots docs/screenshots \
        --lang en --pages letters          # → letters_en.png

Uses a throw-away data home: a firm profile, two parties, an issued letter, a receipt and a
deposit, so the pages show what a user sees after a few days of use.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

PAGES = ("letters", "penalty", "receipts", "ledger", "parties", "settings")


def _wait(app: QApplication, condition: object, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if callable(condition) and condition():
            return
        time.sleep(0.02)


def _seed(home: Path) -> None:
    from desktop_app.services.context import open_context
    from desktop_app.services.letters import render_letter, sample_data
    from desktop_app.services.profile import set_profile
    from desktop_app.services.receipts import issue_receipt

    ctx = open_context(home)
    set_profile(ctx, {"name": "示范置业有限公司", "address": "某省某市某区示范路88号",
                      "phone": "0571-88886666", "bank": "某银行某支行",
                      "bank_account_name": "示范置业有限公司", "bank_account": "6222020000001234",
                      "contact": "王经理", "contact_phone": "138 0000 0000"})
    ctx.store.add_party(name="张三", type="person", id_number="110101199001011234",
                        phone="139 0000 0000", address="某省某市某区幸福路1号")
    ctx.store.add_party(name="某某贸易有限公司", type="company",
                        id_number="91330100MA2XXXXX1X", phone="0571-12345678",
                        address="某市某区商贸大道9号")
    from desktop_app.services.files import output_dir

    out = output_dir(home / "output")
    render_letter(ctx, "payment_demand", sample_data("payment_demand"), out)
    issue_receipt(ctx, {"series": "deposit", "payer": {"name": "李四", "type": "person"},
                        "purpose": "装修押金", "amount": "2000.00", "method": "transfer"}, out)
    issue_receipt(ctx, {"series": "general", "payer": {"name": "某某贸易有限公司",
                                                       "type": "company"},
                        "purpose": "2026年3月物业服务费", "amount": "1409.50",
                        "method": "transfer"}, out)
    ctx.close()


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="desktop_app.gui.screenshots")
    parser.add_argument("out_dir", nargs="?", default="docs/screenshots")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN")
    parser.add_argument("--pages", default=",".join(PAGES), help="comma-separated page keys")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    out_dir = Path(args.out_dir)
    suffix = "" if args.lang == "zh_CN" else f"_{args.lang}"
    out_dir.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="letterdesk-shots-"))
    _seed(home)

    from desktop_app.gui.bootstrap import install_fonts, install_translator
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.settings import GuiSettings
    from desktop_app.services.context import open_context

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_fonts(app)
    install_translator(app, args.lang)
    ctx = open_context(home)
    window = MainWindow(ctx, GuiSettings(home), first_start=False)
    window.resize(1280, 800)
    window.show()
    for key in [k for k in args.pages.split(",") if k in PAGES]:
        page = window.show_page(key)
        if key == "letters":
            page.load_sample()
            _wait(app, lambda p=page: p.preview.page_count() > 0 and p.issue_button.isEnabled())
        if key == "receipts":  # a filled form and its live draft preview
            page.series.setCurrentIndex(page.series.findData("deposit"))
            page.payer_name.setText("张三")
            page.purpose.setText("装修押金")
            page.amount.setText("3,000.00")
            _wait(app, lambda p=page: p.preview.page_count() > 0)
        if key == "ledger":
            page.view.selectRow(0)
        _wait(app, lambda: False, 0.6)  # let QPdfView and layouts paint
        target = out_dir / f"{key}{suffix}.png"
        window.grab().save(str(target))
        print(target)
    window.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
