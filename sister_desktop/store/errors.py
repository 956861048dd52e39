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
    #: Another program holds a SQLite file's write lock longer than we wait.
    LOCKED = "locked"
    #: The connection to the database server broke off in the middle of the work.
    CONNECTION_LOST = "connection_lost"
    #: A SQLite file with damaged pages (a disk fault, a copy taken while it was written).
    DAMAGED = "damaged"


class DatabaseError(Exception):
    """A database problem with a ``code`` and, where useful, the offending ``detail``."""

    def __init__(self, code: DatabaseErrorCode, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail


_LOCKED = ("database is locked", "database table is locked")
_DAMAGED = ("database disk image is malformed", "file is not a database")
_CONNECTION_LOST = (
    "server closed the connection",
    "terminating connection",
    "connection is closed",
    "connection refused",
    "consuming input failed",
    "connection to server",
    "the connection is lost",
)


def database_failure(exc: BaseException) -> DatabaseErrorCode | None:
    """What a database exception raised in the middle of a command means for the operator:
    locked by another program, the server gone, a damaged file; ``None`` for anything else
    (a bug). Read from the driver's message, the only place the drivers say it."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DatabaseError):
            return current.code
        text = str(current).lower()
        kind = type(current).__name__
        if "OperationalError" in kind or "DatabaseError" in kind or "InterfaceError" in kind:
            if any(marker in text for marker in _LOCKED):
                return DatabaseErrorCode.LOCKED
            if any(marker in text for marker in _DAMAGED):
                return DatabaseErrorCode.DAMAGED
            if any(marker in text for marker in _CONNECTION_LOST):
                return DatabaseErrorCode.CONNECTION_LOST
        current = current.__cause__ or current.__context__
    return None
