"""Typed errors shared by every layer.

A ``ValidationError`` always names the field that is wrong, so the CLI can print one line
("field: message") and the GUI can mark the field. Messages are Chinese for the user; the
``message_en`` is for logs.
"""

from __future__ import annotations


class LetterDeskError(Exception):
    """Base class for every error that is the user's to fix (exit status 2 in the CLI).

    ``field`` (optional here, required for ``ValidationError``) names what the error is
    about — an input field, or ``number`` for a document — and prefixes the one-line form.
    """

    def __init__(self, message: str, *, message_en: str | None = None,
                 field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en or message
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message

    def one_line(self) -> str:
        return " ".join(str(self).split())


class ValidationError(LetterDeskError):
    """Bad input in one field. ``field`` is a dotted path such as ``items[0].amount``."""

    field: str

    def __init__(self, field: str, message: str, *, message_en: str | None = None) -> None:
        super().__init__(message, message_en=message_en, field=field)


class NotFoundError(LetterDeskError):
    """An unknown document number, party or file; ``field`` names what was looked up."""


class StateError(LetterDeskError):
    """An operation not allowed in the record's state (void twice, refund a voided receipt)."""
