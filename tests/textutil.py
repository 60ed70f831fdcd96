"""Text extraction from produced files, so tests assert what a reader would see."""

from __future__ import annotations

import re
from pathlib import Path


def pdf_text(path: Path | str) -> str:
    """All text of a PDF, pages joined by newlines (pypdf)."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def docx_text(path: Path | str) -> str:
    """All paragraph and table-cell text of a DOCX, in document order."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(str(path))
    parts: list[str] = []
    for element in document.element.body.iter():
        if element.tag == qn("w:p"):
            text = "".join(t.text or "" for t in element.iter(qn("w:t")))
            if text:
                parts.append(text)
    return "\n".join(parts)


def squash(text: str) -> str:
    """Remove all whitespace: PDF extraction breaks lines where the layout wrapped them."""
    return re.sub(r"\s+", "", text)
