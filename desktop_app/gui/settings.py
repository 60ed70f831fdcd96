"""GUI preferences (window geometry, language, last page), each declared once with its default.

Stored in ``<home>/gui.ini`` (QSettings IniFormat) so a portable data home carries them along;
business settings (output folder, operator, numbering) stay in the store of record.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    type: type


GEOMETRY = Setting("window/geometry", None, bytes)
WINDOW_STATE = Setting("window/state", None, bytes)
LAST_PAGE = Setting("window/last_page", 0, int)
LANGUAGE = Setting("ui/language", "system", str)  # "system" | "zh_CN" | "en"
LAST_FOLDER = Setting("ui/last_folder", "", str)
OVERLAY_OFFSET_X = Setting("print/overlay_offset_x_mm", 0.0, float)
OVERLAY_OFFSET_Y = Setting("print/overlay_offset_y_mm", 0.0, float)

ALL = (GEOMETRY, WINDOW_STATE, LAST_PAGE, LANGUAGE, LAST_FOLDER, OVERLAY_OFFSET_X,
       OVERLAY_OFFSET_Y)


def _upgrade(settings: QSettings, from_version: int) -> None:
    """One step per settings version (Picard's pattern); nothing to migrate yet."""
    settings.setValue("meta/version", SETTINGS_VERSION)


class GuiSettings:
    """Typed access to ``gui.ini``; unknown keys are refused so every setting is declared."""

    def __init__(self, home: Path) -> None:
        self.qsettings = QSettings(str(Path(home) / "gui.ini"), QSettings.Format.IniFormat)
        version = int(self.qsettings.value("meta/version", 0) or 0)
        if version < SETTINGS_VERSION:
            _upgrade(self.qsettings, version)

    def get(self, setting: Setting) -> Any:
        value = self.qsettings.value(setting.key, setting.default)
        if value is None:
            return setting.default
        try:
            if setting.type is bytes:
                return bytes(value)  # QByteArray -> bytes
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting, value: Any) -> None:
        if setting not in ALL:
            raise KeyError(setting.key)
        self.qsettings.setValue(setting.key, value)

    def sync(self) -> None:
        self.qsettings.sync()
