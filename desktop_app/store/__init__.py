"""The store of record (SQLite). All database access goes through this package.

Only ``store.db.Store`` talks SQL, so a server database can later replace SQLite without
touching services, documents or the GUI.
"""

from desktop_app.store.db import IssuedDocument, Store, open_store

__all__ = ["IssuedDocument", "Store", "open_store"]
