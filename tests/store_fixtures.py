"""Database fixtures for every test that needs the local database.

- ``db``: a migrated SQLite file in the test's tmp folder.
- ``pg_db``: a migrated PostgreSQL database isolated in a fresh schema (``search_path``), dropped
  afterwards, so tests running at the same time never see each other's rows. Marked
  ``postgres``; skipped with the reason when the server is unreachable.
  ``SISTER_TEST_PG_URL`` overrides ``postgresql+psycopg://postgres@127.0.0.1:5432/test``.
- ``any_db``: parametrised over both, for repository tests that must hold on either.
- ``db_url`` / ``pg_url``: the URLs only, for tests that open the database themselves
  (subprocesses, the CLI, the application).
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from sister_desktop.store.database import Database

PG_URL_ENV = "SISTER_TEST_PG_URL"
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _pg_base_url() -> str:
    return os.environ.get(PG_URL_ENV) or DEFAULT_PG_URL


def _plain_dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _pg_reachable() -> str | None:
    """``None`` when the server answers, else why not."""
    import psycopg

    try:
        with psycopg.connect(_plain_dsn(_pg_base_url()), connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        return f"PostgreSQL at {_pg_base_url()} unreachable: {str(exc).strip().splitlines()[0]}"
    return None


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'sister-desktop.db'}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose ``search_path`` is a schema of this test's own."""
    import psycopg

    reason = _pg_reachable()
    if reason:
        pytest.skip(reason)
    schema = f"t_{uuid.uuid4().hex[:16]}"
    base = _pg_base_url()
    with psycopg.connect(_plain_dsn(base), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(_plain_dsn(base), autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _open(loop: asyncio.AbstractEventLoop, url: str) -> Iterator[Database]:
    database = loop.run_until_complete(Database.open(url))
    try:
        yield database
    finally:
        loop.run_until_complete(database.dispose())


@pytest.fixture
def db(loop: asyncio.AbstractEventLoop, db_url: str) -> Iterator[Database]:
    """A migrated SQLite database file, disposed after the test."""
    yield from _open(loop, db_url)


@pytest.fixture
def pg_db(loop: asyncio.AbstractEventLoop, pg_url: str) -> Iterator[Database]:
    """A migrated PostgreSQL database in a schema of its own, dropped after the test."""
    yield from _open(loop, pg_url)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest) -> Database:
    """The same test on SQLite and on PostgreSQL."""
    name = "db" if request.param == "sqlite" else "pg_db"
    return request.getfixturevalue(name)
