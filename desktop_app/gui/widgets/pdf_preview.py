"""Live PDF preview (QtPdf): shows bytes produced by documents.render_pdf.render_pdf_bytes."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget


class PdfPreview(QWidget):
    """A QPdfView over an in-memory document; the bytes stay alive with the buffer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setStyleSheet("background: #808080;")
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setObjectName("preview_message")
        self._buffer: QBuffer | None = None
        self._data = QByteArray()
        self.pdf_bytes: bytes = b""
        self.stack = QStackedLayout()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.stack)
        self.show_message(self.tr("预览将在这里显示"))

    def set_pdf_bytes(self, data: bytes) -> None:
        """Replace the shown document (GUI thread only)."""
        self.document.close()
        self.pdf_bytes = bytes(data)
        self._data = QByteArray(self.pdf_bytes)
        buffer = QBuffer(self)
        buffer.setData(self._data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer
        self.document.load(buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self.stack.setCurrentWidget(self.view)

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def clear(self) -> None:
        self.document.close()
        self.pdf_bytes = b""
        self.show_message(self.tr("预览将在这里显示"))
