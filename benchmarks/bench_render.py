"""Rendering benchmark (not a test): one letter as PDF, one as DOCX, then N letters to
separate PDF and DOCX files.  ``python benchmarks/bench_render.py [--count 1000]``."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.documents.fonts import check_glyphs, register_pdf_fonts  # noqa: E402
from desktop_app.documents.render_docx import render_docx  # noqa: E402
from desktop_app.documents.render_pdf import render_pdf  # noqa: E402
from tests.documents import sample_document  # noqa: E402


def ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        t0 = time.perf_counter()
        register_pdf_fonts()
        print(f"font registration (first call): {ms(t0):8.1f} ms")
        doc = sample_document()
        t0 = time.perf_counter()
        check_glyphs(doc)
        print(f"glyph check, one letter:        {ms(t0):8.1f} ms")
        t0 = time.perf_counter()
        render_pdf(doc, out / "first.pdf")
        print(f"first PDF (line-break install): {ms(t0):8.1f} ms")
        t0 = time.perf_counter()
        render_pdf(doc, out / "one.pdf")
        print(f"one letter PDF (3 pages):       {ms(t0):8.1f} ms, "
              f"{(out / 'one.pdf').stat().st_size / 1024:.0f} KB")
        t0 = time.perf_counter()
        render_docx(doc, out / "one.docx")
        print(f"one letter DOCX:                {ms(t0):8.1f} ms, "
              f"{(out / 'one.docx').stat().st_size / 1024:.0f} KB")
        docs = [sample_document(watermark="草稿" if i % 2 else None) for i in range(args.count)]
        t0 = time.perf_counter()
        for i, d in enumerate(docs):
            render_pdf(d, out / f"letter{i:05d}.pdf")
        pdf_ms = ms(t0)
        t0 = time.perf_counter()
        for i, d in enumerate(docs):
            render_docx(d, out / f"letter{i:05d}.docx")
        docx_ms = ms(t0)
        print(f"{args.count} letters PDF:  {pdf_ms:9.0f} ms ({pdf_ms / args.count:.1f} ms each)")
        print(f"{args.count} letters DOCX: {docx_ms:9.0f} ms ({docx_ms / args.count:.1f} ms each)")
        print(f"{args.count} letters both: {pdf_ms + docx_ms:9.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
