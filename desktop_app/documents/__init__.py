"""Documents: the block model, one module per kind, and the PDF and DOCX renderers."""
