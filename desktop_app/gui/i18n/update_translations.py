"""Refresh resources/translations/letterdesk_en.ts from the GUI sources and fill in English.

    python -m desktop_app.gui.i18n.update_translations [--qm]

Regenerates desktop_app/gui/widgets/data_labels.py (gen_data_labels), runs pyside6-lupdate
over desktop_app/gui, then writes the English texts of EN_TEXTS (and, for the data-driven
labels of context ``data``, DATA_EN_TEXTS) into the .ts (entries without one stay "unfinished" and show in Chinese). ``--qm`` also compiles
``letterdesk_en.qm`` next to it with pyside6-lrelease (installer/build.py does the same into
build/translations for the frozen bundle).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop_app.gui.i18n import gen_data_labels
from desktop_app.gui.i18n.en_data_texts import DATA_EN_TEXTS
from desktop_app.gui.i18n.en_texts import EN_TEXTS

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "translations" / "letterdesk_en.ts"


def _tool(name: str) -> list[str]:
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    import PySide6

    return [str(Path(PySide6.__file__).parent / name)]


def update_ts() -> tuple[int, int]:
    gen_data_labels.main([])
    sources = sorted(str(p) for p in (ROOT / "desktop_app" / "gui").rglob("*.py"))
    TS.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([*_tool("lupdate"), *sources, "-no-obsolete", "-source-language", "zh_CN",
                    "-target-language", "en", "-ts", str(TS)], check=True, capture_output=True)
    tree = ET.parse(TS)
    done = total = 0
    for context in tree.iter("context"):
        data = context.findtext("name") == gen_data_labels.CONTEXT
        for message in context.iter("message"):
            total += 1
            done += _fill(message, data)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return done, total


def _fill(message: ET.Element, data: bool) -> int:
    """Write the English text of one message; 1 when there is one."""
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    english = (DATA_EN_TEXTS.get(source) if data else None) or EN_TEXTS.get(source)
    if not english:
        return 0
    translation.text = english
    translation.attrib.pop("type", None)
    return 1


def compile_qm(out_dir: Path | None = None) -> Path:
    target = (out_dir or TS.parent) / "letterdesk_en.qm"
    subprocess.run([*_tool("lrelease"), "-silent", str(TS), "-qm", str(target)], check=True)
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    done, total = update_ts()
    print(f"{TS.relative_to(ROOT)}: {done}/{total} translated")
    if "--qm" in args:
        print(f"compiled {compile_qm().relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
