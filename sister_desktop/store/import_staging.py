"""A temporary SQLite file for one import: the employees already kept, and the identifiers the
file has shown so far, looked up row by row instead of held as Python objects.

Re-importing a two-million-row export over the two million employees it made would otherwise
hold every one of them as a ``Pegawai`` (some 800 bytes each) plus a dictionary entry for every
identifier of the file. SQLite keeps a small page cache and spills the rest to a file of its
own, deleted when the connection closes (an empty file name: see "temporary databases" in the
SQLite documentation). One import uses it from one thread at a time, but not always the same
thread (the check and each batch of the writing run in worker threads).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from datetime import date

from sister_desktop.domain.pegawai import BLANK, LOCAL_FIELDS, JenisPegawai, Pegawai, pegawai_with

#: Identifier columns that can be looked up (``with_identifier``).
IDENTIFIER_FIELDS = ("nip", "nidn", "nidk", "nupn", "nuptk", "nik")
_COLUMNS = ("id", *LOCAL_FIELDS, "aktif", "id_sdm")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM existing"
#: Pages kept in memory, in KiB (SQLite's own default is 2 MB); the rest goes to its file.
_CACHE_KIB = 16 * 1024


class ImportStaging:
    """The existing employees (``add_existing``, then ``finish_loading``) and the first row of
    every identifier or employee met in the file (``first_seen``, ``forget_seen``)."""

    def __init__(self, name_key: Callable[[str], str]) -> None:
        self._name_key = name_key
        self._db = sqlite3.connect("", check_same_thread=False, isolation_level=None)
        self._db.executescript(
            f"""
            PRAGMA cache_size = -{_CACHE_KIB};
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE existing (
                id INTEGER PRIMARY KEY, {", ".join(LOCAL_FIELDS)}, aktif, id_sdm, name_key
            );
            CREATE TABLE seen (
                kind TEXT NOT NULL, value TEXT NOT NULL, row INTEGER NOT NULL,
                PRIMARY KEY (kind, value)
            ) WITHOUT ROWID;
            """
        )
        # One transaction for the file's whole life: nothing in it is ever to be kept, and a
        # statement in a transaction of its own costs four times as much.
        self._db.execute("BEGIN")
        self.existing_count = 0

    def add_existing(self, items: Iterable[Pegawai]) -> None:
        rows = [
            (*(_stored(getattr(p, name)) for name in _COLUMNS), self._name_key(p.nama))
            for p in items
        ]
        marks = ", ".join("?" * (len(_COLUMNS) + 1))
        self._db.executemany(f"INSERT INTO existing VALUES ({marks})", rows)
        self.existing_count += len(rows)

    def finish_loading(self) -> None:
        """Index what was loaded (once, after the last ``add_existing``: faster than keeping
        the indexes up to date row by row)."""
        for name in IDENTIFIER_FIELDS:
            self._db.execute(
                f"CREATE INDEX existing_{name} ON existing ({name}) WHERE {name} IS NOT NULL"
            )
        self._db.execute("CREATE INDEX existing_name ON existing (name_key, tanggal_lahir)")

    def with_identifier(self, field: str, value: str) -> list[Pegawai]:
        """Existing employees whose identifier ``field`` is ``value``, by name."""
        if field not in IDENTIFIER_FIELDS:
            raise ValueError(field)
        rows = self._db.execute(f"{_SELECT} WHERE {field} = ? ORDER BY nama, id", (value,))
        return [_pegawai(row) for row in rows]

    def holding_any(self, identifiers: dict[str, str]) -> list[Pegawai]:
        """Existing employees holding at least one of ``identifiers`` (field -> value), by
        name: one look-up for a row's identifiers together."""
        if not identifiers:
            return []
        if not set(identifiers) <= set(IDENTIFIER_FIELDS):
            raise ValueError(sorted(identifiers))
        where = " OR ".join(f"{name} = ?" for name in identifiers)
        rows = self._db.execute(
            f"{_SELECT} WHERE {where} ORDER BY nama, id", tuple(identifiers.values())
        )
        return [_pegawai(row) for row in rows]

    def with_name(self, nama: str, born: date, *, limit: int = 2) -> list[Pegawai]:
        """Existing employees with this name (compared as ``name_key`` does) and birth date."""
        rows = self._db.execute(
            f"{_SELECT} WHERE name_key = ? AND tanggal_lahir = ? ORDER BY nama, id LIMIT ?",
            (self._name_key(nama), born.isoformat(), limit),
        )
        return [_pegawai(row) for row in rows]

    def first_seen(self, kind: str, value: str, row: int) -> int | None:
        """The earlier row that showed ``value`` of ``kind``; ``None`` (and ``row`` noted) when
        this is the first."""
        cursor = self._db.execute("INSERT OR IGNORE INTO seen VALUES (?, ?, ?)", (kind, value, row))
        if cursor.rowcount == 1:
            return None
        earlier = self._db.execute(
            "SELECT row FROM seen WHERE kind = ? AND value = ?", (kind, value)
        ).fetchone()
        return int(earlier[0])

    def forget_seen(self) -> None:
        """Start a new reading of the file."""
        self._db.execute("DELETE FROM seen")

    def close(self) -> None:
        self._db.close()


def _stored(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, JenisPegawai):
        return value.value
    return value


def _pegawai(row: tuple[object, ...]) -> Pegawai:
    values = dict(zip(_COLUMNS, row, strict=True))
    born = values["tanggal_lahir"]
    values["tanggal_lahir"] = None if born is None else date.fromisoformat(str(born))
    values["jenis_pegawai"] = JenisPegawai(str(values["jenis_pegawai"]))
    values["aktif"] = bool(values["aktif"])
    return pegawai_with(BLANK, values)
