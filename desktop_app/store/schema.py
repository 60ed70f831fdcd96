"""Schema migrations, applied in order at start-up (``PRAGMA user_version`` = applied count).

Never edit a migration that has shipped: add a new one. Nothing issued is ever deleted
(会计档案管理办法: accounting vouchers are kept 30 years), so there are no DELETE paths for
``documents``.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: the initial schema
    """
    CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE parties (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL DEFAULT 'debtor',      -- debtor|customer|employee|guarantor|company|person
        id_number TEXT,                           -- stored in full, masked when shown (个人信息保护法)
        phone TEXT,
        address TEXT,
        bank_account TEXT,
        notes TEXT,
        merged_into INTEGER REFERENCES parties(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX parties_name ON parties(name);
    CREATE TABLE series (
        key TEXT PRIMARY KEY,                     -- e.g. receipt_general, letter_payment_demand
        pattern TEXT NOT NULL,                    -- e.g. SJ-{year}-{seq:05d}
        reset_yearly INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE series_counter (
        series_key TEXT NOT NULL REFERENCES series(key),
        year INTEGER NOT NULL,                    -- 0 when the series never resets
        last_seq INTEGER NOT NULL,
        PRIMARY KEY (series_key, year)
    );
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        series_key TEXT NOT NULL,
        number TEXT NOT NULL UNIQUE,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'void')),
        issued_on TEXT NOT NULL,                  -- the document's date (ISO)
        party_name TEXT,
        amount TEXT,                              -- main amount, Decimal as text
        penalty TEXT,                             -- penalty quoted, Decimal as text
        parent_number TEXT,                       -- link: refund/certificate -> receipt, etc.
        data TEXT NOT NULL,                       -- validated input snapshot (JSON)
        operator TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        voided_at TEXT,
        void_reason TEXT,
        void_operator TEXT,
        needs_render INTEGER NOT NULL DEFAULT 0,  -- files missing/stale: doctor --repair
        imported INTEGER NOT NULL DEFAULT 0,      -- issued before LetterDesk, imported
        UNIQUE (series_key, year, seq)
    );
    CREATE INDEX documents_kind ON documents(kind, issued_on);
    CREATE INDEX documents_parent ON documents(parent_number);
    CREATE TABLE document_files (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        role TEXT NOT NULL,                       -- pdf|docx|void_pdf|reprint_pdf|...
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX document_files_doc ON document_files(document_id);
    CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        method TEXT NOT NULL,
        tracking TEXT,
        date TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        address TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL,                     -- issue|void|reprint|refund|export|...
        number TEXT,
        detail TEXT
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
]
