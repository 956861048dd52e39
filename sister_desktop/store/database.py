"""The engine of the local database: URL translation, SQLite pragmas, migrations at open.

``await Database.open(url)`` is the only way in. It accepts the URLs of the command-line
contract (``sqlite:///file.db``, ``postgresql+psycopg://user@host/db``), switches them to the
asyncio drivers, brings the schema to the newest revision and refuses a database written by a
newer program. Migrations run on the async connection through ``run_sync`` so the loop keeps
turning; before a SQLite file with data is migrated, a copy is written next to it.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    create_async_engine,
)

from sister_desktop.store.errors import DatabaseError, DatabaseErrorCode

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: The newest migration's revision (a test keeps it equal to Alembic's head). A database already
#: there opens without loading Alembic at all, which is most of every start-up's import time.
HEAD_REVISION = "0014"
#: How long a SQLite writer waits for another one (a second window, the nightly job).
SQLITE_BUSY_TIMEOUT_MS = 10_000
#: The execution option that marks a connection of ``Database.transaction``.
WRITE_TRANSACTION = "sister_write_transaction"


def async_url(url: str) -> URL:
    """``sqlite:///x`` -> ``sqlite+aiosqlite:///x``; ``postgresql[+psycopg]://`` -> psycopg 3.

    Raises ``DatabaseError(BAD_URL)`` for anything else.
    """
    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018  (a port that is no number fails here, not later)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseError(DatabaseErrorCode.BAD_URL, mask_password(url)) from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if _sqlite_file(parsed) is None:
            # In memory (no file, ``:memory:``, a ``file:`` URI): every connection would see a
            # database of its own, empty and unmigrated. The program keeps its data in a file.
            raise DatabaseError(DatabaseErrorCode.BAD_URL, mask_password(url))
        return parsed.set(drivername="sqlite+aiosqlite")
    if backend in {"postgresql", "postgres"}:
        return parsed.set(drivername="postgresql+psycopg")
    raise DatabaseError(DatabaseErrorCode.BAD_URL, mask_password(url))


_PASSWORD_IN_URL = re.compile(r"(://[^:/@\s]*:)([^@\s]*)(@)")


def mask_password(text: str) -> str:
    """A database URL (or a message quoting one) with its password as ``***``: messages go
    to stderr, which the README's cron line appends to a log file."""
    return _PASSWORD_IN_URL.sub(r"\1***\3", text)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty, readable by its owner only, unless it exists. The database and
    its backups hold NIK and birth dates; SQLite gives its journal and WAL files the main
    file's permissions, so they follow."""
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this program knows, as Alembic reads the migrations."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


@dataclass(frozen=True)
class _SchemaState:
    current: tuple[str, ...]
    has_tables: bool


def _schema_state(connection: Connection) -> _SchemaState:
    from alembic.runtime.migration import MigrationContext

    current = MigrationContext.configure(connection).get_current_heads()
    return _SchemaState(tuple(current), bool(sa.inspect(connection).get_table_names()))


def _install_sqlite_pragmas(engine: AsyncEngine, *, foreign_keys: bool = True) -> None:
    """Foreign keys on, WAL, a busy timeout; and real transactions for DDL too.

    The sqlite3 module only opens a transaction before DML, so a failing migration or an import
    killed halfway could leave half a change. Taking over BEGIN makes every transaction real.
    Migrations get an engine of their own with foreign keys off: SQLite ignores that pragma
    inside a transaction, and batch mode drops and recreates referenced tables.
    """

    @sa.event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @sa.event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A transaction that writes takes the write lock at its start: begun deferred, one
        # that reads and then writes fails at once ("database is locked", no busy wait) when
        # another connection committed a write since its read.
        immediate = connection.get_execution_options().get(WRITE_TRANSACTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _sqlite_file(url: URL) -> Path | None:
    database = url.database
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    if database.startswith("file:"):
        return None
    return Path(database)


def _backup_sqlite(source: Path, current: str) -> Path:
    """Copy a SQLite file (WAL contents included) to ``<name>.before-<rev>-<time>.bak``."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = source.with_name(f"{source.name}.before-{current or 'none'}-{stamp}.bak")
    create_private_file(target)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


class Database:
    """An open, migrated local database. Create with ``await Database.open(url)``."""

    def __init__(self, engine: AsyncEngine, url: URL, backup: Path | None) -> None:
        self.engine = engine
        self.url = url
        #: The copy written before the last migration of a SQLite file, if any.
        self.backup = backup

    @property
    def command_line_url(self) -> str:
        """The URL ``--db`` takes for this database (a scheduled job opens the same one);
        a password is left out: the job finds it as ``psql`` does (``PGPASSWORD``,
        ``.pgpass``), never in a file the job's definition is kept in."""
        if self.url.get_backend_name() == "sqlite":
            return f"sqlite:///{self.url.database}"
        plain = self.url.set(drivername="postgresql+psycopg", password=None)
        return plain.render_as_string(hide_password=False)

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @classmethod
    async def open(cls, url: str, *, migrate: bool = True) -> Database:
        """Connect, refuse a newer schema, migrate to the newest revision, and return it."""
        target = async_url(url)
        file = _sqlite_file(target)
        if file is not None and file.is_dir():
            # Said before the driver's thread tries it: its late answer to a loop already
            # closed printed "Event loop is closed" beside the message.
            raise DatabaseError(DatabaseErrorCode.UNREACHABLE, f"{file} is a folder")
        if file is not None:
            file.parent.mkdir(parents=True, exist_ok=True)
            create_private_file(file)
        # Never the parameters in an error's text: they are names, NIK and birth dates, and
        # errors reach the log file.
        engine = create_async_engine(
            target, pool_pre_ping=target.get_backend_name() != "sqlite", hide_parameters=True
        )
        if target.get_backend_name() == "sqlite":
            _install_sqlite_pragmas(engine)
        try:
            backup = await cls._migrate(target, file) if migrate else None
        except BaseException:
            await engine.dispose()
            raise
        return cls(engine, target, backup)

    @staticmethod
    async def _migrate(target: URL, file: Path | None) -> Path | None:
        engine = create_async_engine(target, poolclass=sa.pool.NullPool, hide_parameters=True)
        if target.get_backend_name() == "sqlite":
            _install_sqlite_pragmas(engine, foreign_keys=False)
        try:
            return await Database._migrate_with(engine, file)
        finally:
            await engine.dispose()

    @staticmethod
    async def _migrate_with(engine: AsyncEngine, file: Path | None) -> Path | None:
        try:
            async with engine.connect() as conn:
                current = await conn.run_sync(_current_revision)
                await conn.rollback()
        except (DBAPIError, OSError) as exc:
            raise DatabaseError(
                DatabaseErrorCode.UNREACHABLE, mask_password(str(exc).splitlines()[0])
            ) from exc
        if current == (HEAD_REVISION,):
            return None
        from alembic.script import ScriptDirectory

        head = head_revision()
        scripts = ScriptDirectory.from_config(_alembic_config())
        known = {rev.revision for rev in scripts.walk_revisions()}
        try:
            async with engine.connect() as conn:
                state = await conn.run_sync(_schema_state)
                await conn.rollback()
        except (DBAPIError, OSError) as exc:
            raise DatabaseError(
                DatabaseErrorCode.UNREACHABLE, mask_password(str(exc).splitlines()[0])
            ) from exc
        unknown = [rev for rev in state.current if rev not in known]
        if unknown:
            raise DatabaseError(DatabaseErrorCode.TOO_NEW, ", ".join(unknown))
        if state.current == (head,):
            return None
        backup = None
        if file is not None and state.has_tables:
            backup = await asyncio.to_thread(_backup_sqlite, file, ",".join(state.current))
            log.info("Copied %s to %s before migrating", file, backup)
        log.info("Migrating the database from %s to %s", state.current or "empty", head)
        try:
            async with engine.connect() as conn:
                await conn.run_sync(_upgrade)
        except DBAPIError as exc:
            raise DatabaseError(
                DatabaseErrorCode.MIGRATION_FAILED, str(exc).splitlines()[0]
            ) from exc
        return backup

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncConnection]:
        """A Core connection inside one transaction: committed on success, rolled back else.
        On SQLite it holds the write lock from its start, so concurrent writers wait for each
        other (the busy timeout) instead of failing."""
        async with self.engine.connect() as plain:
            conn = await plain.execution_options(**{WRITE_TRANSACTION: True})
            async with conn.begin():
                yield conn

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[AsyncConnection]:
        """A Core connection for reads."""
        async with self.engine.connect() as conn:
            yield conn

    async def dispose(self) -> None:
        await self.engine.dispose()


def _current_revision(connection: Connection) -> tuple[str, ...] | None:
    """The stamped revision(s) by plain SQL, or ``None`` when there is no version table yet."""
    if not sa.inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    return tuple(sorted(row[0] for row in rows))


def _upgrade(connection: Connection) -> None:
    """Run Alembic to head in one transaction on ``connection``; on SQLite the connection has
    foreign keys off (batch mode copies tables) and they are checked before committing."""
    from alembic import command

    config = _alembic_config()
    config.attributes["connection"] = connection
    with connection.begin():
        command.upgrade(config, "head")
        if connection.dialect.name == "sqlite":
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DatabaseError(
                    DatabaseErrorCode.MIGRATION_FAILED, f"foreign keys broken: {problems[:3]}"
                )
