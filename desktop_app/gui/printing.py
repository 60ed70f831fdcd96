"""Printing: the printed pages are the PDF's pages (paper size taken from each page).

Every page of the QPdfDocument is rendered to an image at up to 300 dpi and drawn full-page
on the QPrinter's painter. QPdfDocument.render() returns a transparent image, so each page is
painted onto white first (TECH-NOTES "Qt").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

MAX_RENDER_DPI = 300


def load_pdf(data: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """An in-memory QPdfDocument (keep the buffer referenced while the document is used)."""
    document = QPdfDocument(parent)
    buffer = QBuffer()
    buffer.setData(QByteArray(bytes(data)))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() == QPdfDocument.Status.Loading:
        loop = QEventLoop()
        document.statusChanged.connect(lambda _s: loop.quit())
        loop.exec()
    if document.pageCount() < 1:
        raise ValueError("PDF has no pages or could not be read")
    return document, buffer


def page_size_of(document: QPdfDocument, index: int) -> QPageSize:
    points = document.pagePointSize(index)
    return QPageSize(QSizeF(points.width(), points.height()), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyOrientationMatch)


def prepare_printer(printer: QPrinter, document: QPdfDocument) -> None:
    """Paper size from the first page, no extra margins: the PDF carries its own."""
    printer.setFullPage(True)
    # Portrait with the page's true width and height: a landscape page stays landscape.
    printer.setPageLayout(QPageLayout(page_size_of(document, 0), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))


def _page_image(document: QPdfDocument, index: int, dpi: int) -> QImage:
    points = document.pagePointSize(index)
    size = QSize(max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi)))
    rendered = document.render(index, size)
    page = QImage(size, QImage.Format.Format_RGB32)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return page


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page (times the copy count when the driver does not do copies itself).

    Returns the number of pages sent."""
    dpi = min(MAX_RENDER_DPI, max(72, printer.resolution()))
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    pages = document.pageCount()
    painter = QPainter()
    sent = 0
    try:
        for _copy in range(copies):
            for index in range(pages):
                size = page_size_of(document, index)
                if sent == 0:
                    printer.setPageSize(size)
                    if not painter.begin(printer):
                        raise OSError("打印机无法开始打印")
                else:
                    printer.setPageSize(size)
                    printer.newPage()
                image = _page_image(document, index, dpi)
                target = QRectF(painter.viewport())
                painter.setWindow(painter.viewport())
                painter.drawImage(target, image)
                sent += 1
    finally:
        if painter.isActive():
            painter.end()
    return sent


def print_pdf_to_file(data: bytes, path: Path) -> int:
    """Print PDF bytes through a QPrinter in PDF mode (tests and "print to PDF")."""
    document, buffer = load_pdf(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    prepare_printer(printer, document)
    sent = print_document(document, printer)
    buffer.close()
    return sent


def print_to_printer(data: bytes, printer_name: str, copies: int = 1,
                     doc_name: str | None = None) -> int:
    """Print PDF bytes on the named system printer (a CUPS queue) without a dialog.

    The same path as after the print dialog is accepted: a native QPrinter, the paper size
    from the PDF, every page sent. Returns the number of pages sent."""
    document, buffer = load_pdf(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(printer_name)
    if not printer.isValid() or printer.printerName() != printer_name:
        buffer.close()
        raise OSError(f"找不到打印机：{printer_name}")
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    if doc_name:
        printer.setDocName(doc_name)
    prepare_printer(printer, document)
    printer.setCopyCount(max(1, copies))
    sent = print_document(document, printer)
    buffer.close()
    return sent


def print_with_dialog(data: bytes, parent: QWidget | None = None, copies: int = 1) -> bool:
    """The system printer dialog (copies, printer choice), then print."""
    document, buffer = load_pdf(data, parent)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, document)
    printer.setCopyCount(copies)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QDialog.tr(dialog, "打印"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_document(document, printer)
    buffer.close()
    return True


def print_preview(data: bytes, parent: QWidget | None = None) -> bool:
    """QPrintPreviewDialog showing exactly what will be printed."""
    document, buffer = load_pdf(data, parent)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, document)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(lambda p: print_document(document, p))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    buffer.close()
    return accepted
