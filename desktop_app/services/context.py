"""The application context: data home, store, settings, profile — shared by CLI and GUI."""

from __future__ import annotations

import json
import logging
import logging.handlers
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.paths import data_home
from desktop_app.store import Store, open_store
from desktop_app.store.db import default_operator

log = logging.getLogger("letterdesk")

SAMPLE_PROFILE: dict[str, Any] = {
    "name": "示例置业有限公司",
    "address": "某省某市某区示例路88号",
    "phone": "0000-12345678",
    "bank": "示例银行某某支行",
    "bank_account_name": "示例置业有限公司",
    "bank_account": "6222000000001234",
    "contact": "王经理",
    "contact_phone": "138 0000 0000",
    "logo_path": None,
    "seal_path": None,
    "sample": True,
}
PROFILE_FIELDS = ("name", "address", "phone", "bank", "bank_account_name", "bank_account",
                  "contact", "contact_phone", "logo_path", "seal_path")


@dataclass
class AppContext:
    home: Path
    _store: Store | None = field(default=None, repr=False)

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = open_store(self.home)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    @property
    def operator(self) -> str:
        return str(self.store.get_setting("operator") or default_operator())

    @property
    def profile(self) -> dict[str, Any]:
        """The firm profile; the sample profile until the user sets one (first start)."""
        return self.store.get_profile() or dict(SAMPLE_PROFILE)

    @property
    def has_profile(self) -> bool:
        return bool(self.store.get_profile())

    @property
    def output_root(self) -> Path:
        return Path(self.store.get_setting("output_dir") or (self.home / "output"))

    @property
    def ledger_path(self) -> Path:
        return Path(self.store.get_setting("ledger_path") or (self.home / "台账.xlsx"))

    @property
    def lpr_user_file(self) -> Path:
        return self.home / "lpr_user.json"

    def mask_personal_data(self) -> bool:
        return bool(self.store.get_setting("mask_personal_data", True))


def setup_logging(home: Path) -> None:
    """Rotating log in <home>/logs/letterdesk.log (English, for support)."""
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in log.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        home / "logs" / "letterdesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def open_context(home: str | Path | None = None) -> AppContext:
    h = data_home(home)
    setup_logging(h)
    return AppContext(home=h)


def load_json_file(path: str | Path, field_name: str = "data") -> Any:
    """Read a JSON input file (or ``-`` for stdin) with a one-line error naming the file."""
    import sys

    from desktop_app.domain.errors import ValidationError

    try:
        if str(path) == "-":
            text = sys.stdin.read()
        else:
            text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationError(field_name, f"无法读取文件 {path}：{exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(field_name, f"文件 {path} 不是 UTF-8 编码（第 {exc.start + 1} 字节）："
                              "请另存为 UTF-8") from exc
    try:
        return json.loads(text, parse_float=str, parse_int=str)
    except json.JSONDecodeError as exc:
        raise ValidationError(field_name, f"JSON 格式错误（第{exc.lineno}行第{exc.colno}列）：{exc.msg}") from exc
