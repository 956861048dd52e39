"""Opening the local database: URLs, pragmas, migrations, the copy before migrating, refusal of
a newer schema."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from sister_desktop.store.database import Database, async_url, head_revision
from sister_desktop.store.errors import DatabaseError, DatabaseErrorCode

TABLES = {
    "pegawai",
    "sister_link",
    "sister_link_history",
    "setting",
    "sister_record",
    "sync_run",
    "sync_result",
}


@pytest.mark.parametrize(
    ("given", "driver"),
    [
        ("sqlite:///tmp/a.db", "sqlite+aiosqlite"),
        ("sqlite+pysqlite:///tmp/a.db", "sqlite+aiosqlite"),
        ("postgresql://u@h/db", "postgresql+psycopg"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg"),
    ],
)
def test_async_url_picks_the_asyncio_driver(given, driver):
    assert async_url(given).drivername == driver


@pytest.mark.parametrize(
    "bad",
    [
        "mysql://u@h/db",
        "not a url",
        "",
        # In memory: every connection a database of its own, empty and unmigrated.
        "sqlite://",
        "sqlite:///",
        ":memory:",
        "sqlite:///:memory:",
        "sqlite:///file:x?mode=memory&uri=true",
    ],
)
def test_async_url_refuses_what_we_cannot_open(bad):
    with pytest.raises(DatabaseError) as caught:
        async_url(bad)
    assert caught.value.code is DatabaseErrorCode.BAD_URL


def _tables(conn) -> set[str]:
    return set(sa.inspect(conn).get_table_names())


def test_open_migrates_to_head_on_both_backends(loop, any_db):
    async def scenario():
        async with any_db.connect() as conn:
            tables = await conn.run_sync(_tables)
            version = await conn.scalar(sa.text("SELECT version_num FROM alembic_version"))
        return tables, version

    tables, version = loop.run_until_complete(scenario())
    assert tables >= TABLES
    assert version == head_revision()


def test_sqlite_pragmas_foreign_keys_wal_busy_timeout(loop, db):
    async def scenario():
        async with db.connect() as conn:
            return [
                await conn.scalar(sa.text(f"PRAGMA {name}"))
                for name in ("foreign_keys", "journal_mode", "busy_timeout")
            ]

    foreign_keys, journal, busy = loop.run_until_complete(scenario())
    assert foreign_keys == 1
    assert journal == "wal"
    assert busy >= 1000


def test_foreign_keys_are_enforced(loop, db):
    async def scenario():
        async with db.transaction() as conn:
            await conn.execute(
                sa.text(
                    "INSERT INTO sister_link (pegawai_id, id_sdm, method, linked_at) "
                    "VALUES (999, 'x', 'manual', '2026-01-01 00:00:00')"
                )
            )

    with pytest.raises(sa.exc.IntegrityError):
        loop.run_until_complete(scenario())


def test_failed_transaction_leaves_nothing_behind(loop, db):
    """DDL and DML alike roll back: SQLite gets real BEGINs from us."""

    async def scenario():
        with pytest.raises(RuntimeError):
            async with db.transaction() as conn:
                await conn.execute(sa.text("CREATE TABLE scratch (x INTEGER)"))
                await conn.execute(
                    sa.text("INSERT INTO setting (key, value, updated_at) VALUES ('a', 'b', 'x')")
                )
                raise RuntimeError("operator cancelled")
        async with db.connect() as conn:
            return await conn.run_sync(_tables), await conn.scalar(
                sa.text("SELECT count(*) FROM setting")
            )

    tables, settings = loop.run_until_complete(scenario())
    assert "scratch" not in tables
    assert settings == 0


def _stamp(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


def test_a_database_from_a_newer_program_is_refused_untouched(loop, db_url, tmp_path):
    file = tmp_path / "sister-desktop.db"
    loop.run_until_complete(loop.run_until_complete(Database.open(db_url)).dispose())
    _stamp(file, "9999_from_the_future")
    before = file.read_bytes()

    with pytest.raises(DatabaseError) as caught:
        loop.run_until_complete(Database.open(db_url))
    assert caught.value.code is DatabaseErrorCode.TOO_NEW
    assert "9999_from_the_future" in caught.value.detail
    assert file.read_bytes() == before


def test_an_empty_new_file_is_not_copied_aside(loop, db):
    assert db.backup is None


def test_an_old_sqlite_file_with_data_is_copied_before_migrating(loop, tmp_path):
    """A file from before the first migration (tables of its own, no alembic stamp) is kept
    as a copy, then migrated."""
    file = tmp_path / "old.db"
    with sqlite3.connect(file) as conn:
        conn.execute("CREATE TABLE catatan (isi TEXT)")
        conn.execute("INSERT INTO catatan VALUES ('data lama')")
    conn.close()

    database = loop.run_until_complete(Database.open(f"sqlite:///{file}"))
    try:
        assert database.backup is not None
        assert database.backup.exists()
        with sqlite3.connect(database.backup) as copy:
            assert copy.execute("SELECT isi FROM catatan").fetchall() == [("data lama",)]
            assert "alembic_version" not in {
                r[0] for r in copy.execute("SELECT name FROM sqlite_master")
            }
        copy.close()

        async def migrated():
            async with database.connect() as conn:
                return await conn.run_sync(_tables)

        assert loop.run_until_complete(migrated()) >= TABLES | {"catatan"}
    finally:
        loop.run_until_complete(database.dispose())


def test_reopening_a_current_database_makes_no_copy(loop, db_url):
    first = loop.run_until_complete(Database.open(db_url))
    loop.run_until_complete(first.dispose())
    second = loop.run_until_complete(Database.open(db_url))
    loop.run_until_complete(second.dispose())
    assert second.backup is None


def test_unreachable_postgres_is_reported_as_a_code(loop):
    with pytest.raises(DatabaseError) as caught:
        loop.run_until_complete(Database.open("postgresql+psycopg://nobody@127.0.0.1:1/none"))
    assert caught.value.code is DatabaseErrorCode.UNREACHABLE


def test_the_fast_path_revision_is_the_newest_migration():
    """A new migration must move HEAD_REVISION too, or up-to-date databases would re-migrate."""
    from sister_desktop.store.database import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def test_a_0003_database_gains_the_rank_columns_and_keeps_its_pegawai(loop, tmp_path):
    """0004 adds the campus's jabatan fungsional and pangkat/golongan to existing rows."""
    from alembic import command

    from sister_desktop.store.database import _alembic_config

    file = tmp_path / "v3.db"
    engine = sa.create_engine(f"sqlite:///{file}")
    with engine.connect() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        with connection.begin():
            command.upgrade(config, "0003")
        with connection.begin():
            connection.exec_driver_sql(
                "INSERT INTO pegawai (nama, nip, jenis_pegawai, aktif, created_at, updated_at) "
                "VALUES ('Siti Aminah', '198003152005012001', 'dosen', 1, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
    engine.dispose()

    database = loop.run_until_complete(Database.open(f"sqlite:///{file}"))
    try:
        assert database.backup is not None  # the 0003 file was copied aside first

        async def read():
            async with database.connect() as conn:
                return (
                    await conn.execute(
                        sa.text(
                            "SELECT nama, nip, jabatan_fungsional, pangkat_golongan FROM pegawai"
                        )
                    )
                ).all()

        assert loop.run_until_complete(read()) == [
            ("Siti Aminah", "198003152005012001", None, None)
        ]
    finally:
        loop.run_until_complete(database.dispose())


def test_the_database_and_its_backup_are_owner_only(loop, tmp_path):
    """They hold NIK and birth dates: 0600 whatever the umask (on Windows the user's profile
    folder already keeps other users out; this checks the POSIX bits)."""
    import os
    import stat

    old = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.db"
        db = loop.run_until_complete(Database.open(f"sqlite:///{fresh}"))
        loop.run_until_complete(db.dispose())
        legacy = tmp_path / "old.db"
        with sqlite3.connect(legacy) as conn:
            conn.execute("CREATE TABLE catatan (isi TEXT)")
        conn.close()
        os.chmod(legacy, 0o600)
        migrated = loop.run_until_complete(Database.open(f"sqlite:///{legacy}"))
        loop.run_until_complete(migrated.dispose())
    finally:
        os.umask(old)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    assert migrated.backup is not None
    assert stat.S_IMODE(migrated.backup.stat().st_mode) == 0o600
    others = [p for p in tmp_path.iterdir() if stat.S_IMODE(p.stat().st_mode) & 0o077]
    assert others == []  # no -wal, -shm or -journal readable by others either


@pytest.mark.parametrize(
    "url", ["mysql://hr:s3cret@db.kampus/hr", "postgresql+psycopg://hr:s3cret@127.0.0.1:abc/x"]
)
def test_a_password_in_a_database_url_never_reaches_the_message(loop, url):
    with pytest.raises(DatabaseError) as caught:
        loop.run_until_complete(Database.open(url))
    assert caught.value.code is DatabaseErrorCode.BAD_URL
    assert "s3cret" not in caught.value.detail and "s3cret" not in str(caught.value)
    assert "hr:***@" in caught.value.detail


def test_a_folder_given_as_the_sqlite_file_is_refused_before_the_driver_tries(loop, tmp_path):
    import threading

    threads = threading.active_count()
    with pytest.raises(DatabaseError) as caught:
        loop.run_until_complete(Database.open(f"sqlite:///{tmp_path}"))
    assert caught.value.code is DatabaseErrorCode.UNREACHABLE
    assert "folder" in str(caught.value.detail)
    # No driver thread was started whose late answer could reach a closed loop.
    assert threading.active_count() == threads


def test_concurrent_writers_that_read_first_wait_for_each_other(loop, db):
    """Transactions that read and then write, on several connections at once (the Kirim's
    senders each marking an usulan ``sending``): each waits for the write lock instead of
    failing with "database is locked" when another committed since its read."""

    async def scenario():
        async with db.transaction() as conn:
            await conn.execute(sa.text("CREATE TABLE tally (n INTEGER)"))
            await conn.execute(sa.text("INSERT INTO tally VALUES (0)"))

        async def bump() -> None:
            async with db.transaction() as conn:
                n = (await conn.execute(sa.text("SELECT n FROM tally"))).scalar_one()
                await asyncio.sleep(0.02)
                await conn.execute(sa.text("UPDATE tally SET n = :n"), {"n": n + 1})

        await asyncio.gather(*(bump() for _ in range(6)))
        async with db.connect() as conn:
            return (await conn.execute(sa.text("SELECT n FROM tally"))).scalar_one()

    assert loop.run_until_complete(scenario()) == 6
