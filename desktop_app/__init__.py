"""LetterDesk (函据通): payment demands, penalties, receipts and an Excel ledger."""

__version__ = "0.1.0"
PRODUCT_NAME = "LetterDesk"
PRODUCT_NAME_ZH = "函据通"
