"""Database failures an operator can act on, as codes; the UI and CLI turn them into words."""

from __future__ import annotations

from enum import StrEnum


class DatabaseErrorCode(StrEnum):
    """Why the local database could not be used."""

    #: The URL is not one we understand (neither ``sqlite`` nor ``postgresql``).
    BAD_URL = "bad_url"
    #: The database server or file could not be reached or opened.
    UNREACHABLE = "unreachable"
    #: The database was written by a newer version of the program; we refuse to touch it.
    TOO_NEW = "too_new"
    #: A migration failed; the database was left as it was (and a SQLite copy exists).
    MIGRATION_FAILED = "migration_failed"


class DatabaseError(Exception):
    """A database problem with a ``code`` and, where useful, the offending ``detail``."""

    def __init__(self, code: DatabaseErrorCode, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail
