"""Excel ledger (台账): the workbook mirror of the store, and Excel readers for imports."""
