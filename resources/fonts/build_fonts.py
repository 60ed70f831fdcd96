"""Build LetterDesk's bundled PDF fonts from Debian's fonts-noto-cjk.

reportlab embeds TrueType-outline fonts only, while Noto CJK ships CFF outlines in a .ttc
collection.  This script, for each output font:

1. opens the Simplified-Chinese face ("... CJK SC") of the Debian collection;
2. subsets it to GBK + ASCII + Latin-1 + common symbols (fontTools.subset), dropping the
   layout features that would pull in the Japanese/Korean/Traditional glyph variants;
3. converts the CFF outlines to quadratic TrueType outlines (fontTools cu2qu);
4. renames the family (OFL: a Modified Version must not use the Reserved Font Names), and
   writes ``LetterDesk{Serif,Sans}SC-*.ttf`` plus ``OFL.txt`` next to this script.

Run it from anywhere: ``python resources/fonts/build_fonts.py`` (about a minute).
It needs only fontTools and the Debian package ``fonts-noto-cjk``.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import time
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

NOTO_DIR = Path("/usr/share/fonts/opentype/noto")
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
OUT_DIR = Path(__file__).resolve().parent

# (source collection, family in the collection, new family, style, output file)
FONTS = [
    ("NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC", "LetterDesk Serif SC", "Regular",
     "LetterDeskSerifSC-Regular.ttf"),
    ("NotoSansCJK-Bold.ttc", "Noto Sans CJK SC", "LetterDesk Sans SC", "Bold",
     "LetterDeskSansSC-Bold.ttf"),
]

# Maximum approximation error of the cubic -> quadratic conversion, in font units (1000/em).
MAX_ERR = 1.0

# Extra code points beyond GBK: ASCII, Latin-1, general punctuation, letterlike symbols,
# number forms, arrows, math, enclosed alphanumerics (①…⑳ ⑴… ⒈…), box drawing, shapes,
# CJK symbols and punctuation, enclosed CJK (㈠…), full-width forms (￥ ！ …).
EXTRA_RANGES = [
    (0x0020, 0x007E), (0x00A0, 0x00FF), (0x2000, 0x206F), (0x2100, 0x214F),
    (0x2150, 0x218F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0x2460, 0x24FF),
    (0x2500, 0x257F), (0x25A0, 0x25FF), (0x2600, 0x26FF), (0x2700, 0x27BF),
    (0x3000, 0x303F), (0x3200, 0x32FF), (0x3300, 0x33FF), (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
]


def gbk_codepoints() -> set[int]:
    """Every character encodable in GBK (CP936 double-byte area), about 21,900."""
    cps: set[int] = set()
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            if trail == 0x7F:
                continue
            try:
                ch = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                continue
            if len(ch) == 1:
                cps.add(ord(ch))
    return cps


def wanted_codepoints() -> set[int]:
    cps = gbk_codepoints()
    for lo, hi in EXTRA_RANGES:
        cps.update(range(lo, hi + 1))
    cps.add(0xA5)  # ¥ (half-width yen/yuan sign)
    return cps


def open_face(collection: Path, family: str) -> TTFont:
    from fontTools.ttLib import TTCollection

    count = len(TTCollection(str(collection), lazy=True).fonts)
    for i in range(count):
        font = TTFont(str(collection), fontNumber=i)
        if font["name"].getDebugName(1) == family:
            return font
        font.close()
    raise SystemExit(f"{collection}: no face named {family!r}")


def subset_font(font: TTFont, unicodes: set[int]) -> None:
    options = subset.Options()
    # Keep kerning only: 'locl' and friends would drag in the JP/KR/TC glyph variants.
    options.layout_features = ["kern"]
    options.drop_tables += ["VORG", "vhea", "vmtx", "BASE", "DSIG"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False
    options.desubroutinize = True
    sub = subset.Subsetter(options)
    sub.populate(unicodes=unicodes)
    sub.subset(font)


def cff_to_glyf(font: TTFont, max_err: float = MAX_ERR) -> None:
    """Replace the CFF table by glyf/loca (the fontTools 'otf2ttf' recipe)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyphs[name] = pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)  # computes bounding boxes
    font["head"].glyphDataFormat = 0
    font["head"].indexToLocFormat = 0

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr, value in (
        ("maxZones", 1), ("maxTwilightPoints", 0), ("maxStorage", 0),
        ("maxFunctionDefs", 0), ("maxInstructionDefs", 0), ("maxStackElements", 0),
        ("maxSizeOfInstructions", 0), ("maxComponentElements", 0),
    ):
        setattr(maxp, attr, value)
    maxp.maxPoints = maxp.maxContours = 0
    maxp.maxCompositePoints = maxp.maxCompositeContours = maxp.maxComponentDepth = 0

    post = font["post"]
    post.formatType = 3.0  # no glyph names: smaller, and reportlab/Qt do not need them
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, family: str, style: str, source_family: str) -> None:
    """New family name on every name record; keep copyright, licence and credits."""
    name = font["name"]
    version = font["head"].fontRevision
    ps_name = family.replace(" ", "") + "-" + style
    full = family if style == "Regular" else f"{family} {style}"
    new = {
        1: family,
        2: style,
        3: f"{version:.3f};LetterDesk;{ps_name}",
        4: full,
        5: f"Version {version:.3f}; modified for LetterDesk (subset, TrueType outlines)",
        6: ps_name,
        10: (
            f"Modified Version of {source_family} (SIL Open Font License 1.1): subset to "
            "GBK and common symbols, outlines converted to TrueType with fontTools, renamed."
        ),
    }
    for rec in list(name.names):
        if rec.nameID in (16, 17, 18, 21, 22, 25):
            name.removeNames(nameID=rec.nameID)
    for rec in list(name.names):
        if rec.nameID in new:
            rec.string = new[rec.nameID]
    for name_id in (10,):
        if not name.getName(name_id, 3, 1, 0x409):
            name.setName(new[name_id], name_id, 3, 1, 0x409)
    # Sanity: the Reserved Font Names must be gone from the primary names.
    for rec in name.names:
        if rec.nameID in (1, 3, 4, 6) and re.search(r"Noto|Source", rec.toUnicode()):
            raise SystemExit(f"name {rec.nameID} still carries a reserved name: {rec}")


def write_ofl(copyrights: list[str]) -> None:
    text = DEBIAN_COPYRIGHT.read_text(encoding="utf-8") if DEBIAN_COPYRIGHT.exists() else ""
    match = re.search(r"^License: SIL-1\.1\n( .*?)(?=^\S|\Z)", text, re.DOTALL | re.MULTILINE)
    if not match:
        raise SystemExit(f"could not find the SIL OFL 1.1 text in {DEBIAN_COPYRIGHT}")
    body_lines = []
    for line in match.group(1).splitlines():
        line = line.removeprefix(" ")
        body_lines.append("" if line == "." else line)
    header = [
        *copyrights,
        "Upstream: Noto CJK, https://github.com/notofonts/noto-cjk",
        "Copyright 2014-2022 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.",
        "Noto is a trademark of Google Inc.",
        "",
        "The LetterDesk fonts in this folder are Modified Versions (subset, converted to",
        "TrueType outlines, renamed to 'LetterDesk Serif SC' / 'LetterDesk Sans SC').",
        "",
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
        "This license is copied below, and is also available with a FAQ at:",
        "https://openfontlicense.org",
        "",
    ]
    (OUT_DIR / "OFL.txt").write_text(
        "\n".join(header + body_lines).rstrip() + "\n", encoding="utf-8"
    )


def debian_version() -> str:
    changelog = Path("/usr/share/doc/fonts-noto-cjk/changelog.Debian.gz")
    if changelog.exists():
        with gzip.open(changelog, "rt", encoding="utf-8") as fh:
            first = fh.readline()
        m = re.search(r"\(([^)]+)\)", first)
        if m:
            return m.group(1)
    return "unknown"


def build(only: str | None = None) -> None:
    unicodes = wanted_codepoints()
    copyrights: list[str] = []
    for src, src_family, family, style, out_name in FONTS:
        if only and only not in out_name:
            continue
        t0 = time.perf_counter()
        font = open_face(NOTO_DIR / src, f"{src_family}" if style == "Regular" else src_family)
        cp = font["name"].getDebugName(0)
        copyrights.append(f"{cp} ({src_family} {style})")
        subset_font(font, unicodes)
        cff_to_glyf(font)
        rename(font, family, style, f"{src_family} {style}")
        out = OUT_DIR / out_name
        font.save(str(out))
        n = len(font.getGlyphOrder())
        print(f"{out.name}: {n} glyphs, {out.stat().st_size / 1e6:.1f} MB, "
              f"{time.perf_counter() - t0:.0f} s")
    if not only:
        write_ofl(copyrights)
        print(f"fonts-noto-cjk {debian_version()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="build only the output file whose name contains this")
    args = parser.parse_args(argv)
    build(args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
