"""Render the application icon from its SVG source to PNGs and a multi-size Windows .ico.

    python installer/render_icons.py

The SVG (resources/icons/letterdesk.svg) is the only source; the renders are committed so that
a build needs neither this script nor a display. Qt's SVG renderer (QtSvg, part of
PySide6-Essentials) draws each size directly from the vector source, offscreen. At 24 px and
below the group ``id="glyph"`` (the 函 on the seal) is dropped: at that size it is a smudge,
and a plain red seal reads better. Pillow assembles the .ico from the same renders (it would
otherwise downscale one image for every size).
"""

from __future__ import annotations

import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
SVG_SOURCE = ICON_DIR / "letterdesk.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL_SIZE_LIMIT = 24  # at or below: no glyph
SVG_NS = "http://www.w3.org/2000/svg"


def png_path(size: int) -> Path:
    return ICON_DIR / f"letterdesk-{size}.png"


def svg_bytes(with_glyph: bool) -> bytes:
    """The SVG source, optionally without the glyph group."""
    data = SVG_SOURCE.read_bytes()
    if with_glyph:
        return data
    ET.register_namespace("", SVG_NS)
    tree = ET.ElementTree(ET.fromstring(data))
    root = tree.getroot()
    for parent in root.iter():
        for child in list(parent):
            if child.get("id") == "glyph":
                parent.remove(child)
    return ET.tostring(root, encoding="utf-8")


def render_pngs() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderers = {flag: QSvgRenderer(QByteArray(svg_bytes(flag))) for flag in (True, False)}
    for flag, renderer in renderers.items():
        if not renderer.isValid():
            raise SystemExit(f"invalid SVG (with_glyph={flag}): {SVG_SOURCE}")
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        renderers[size > SMALL_SIZE_LIMIT].render(painter)
        painter.end()
        if not image.save(str(png_path(size)), "PNG"):
            raise SystemExit(f"could not write {png_path(size)}")
        print(f"wrote {png_path(size).relative_to(ROOT)}")
    del app


def write_ico() -> None:
    from PIL import Image

    images = [Image.open(png_path(size)).convert("RGBA") for size in ICO_SIZES]
    target = ICON_DIR / "letterdesk.ico"
    largest = images[-1]
    largest.save(
        target,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=images[:-1],
    )
    with Image.open(target) as check:
        found = sorted(check.info.get("sizes", set()))
    print(f"wrote {target.relative_to(ROOT)} with sizes {found}")


def main() -> int:
    render_pngs()
    write_ico()
    return 0


if __name__ == "__main__":
    sys.exit(main())
