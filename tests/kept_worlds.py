"""Synced test worlds kept once per test run, shared by the run's worker processes.

A world synced over loopback (the Perbandingan's campus, the Laporan's every group over eight
semesters: ~86,000 requests) is the set-up of many tests, not what they test; the sync's own
tests sync for real, every time. The first test that needs a world (its name, the sandbox's
seed and size) syncs it into its SQLite file and keeps a copy, with what the sync returned,
in a folder of the run; every later test, in any worker, copies it back. A file lock makes a
second worker wait for the first's build instead of syncing the same world beside it on the
same cores.

The folder is made by the run's first process (``pytest_configure`` in ``tests/conftest.py``)
and named to its workers in ``SISTER_TEST_KEPT``; without it (a worker started some other way)
each process keeps its own.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import os
import pickle
import shutil
import sqlite3
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TypeVar

from sister_desktop.sandbox.server import SandboxServer
from sister_desktop.store.database import Database

T = TypeVar("T")

#: Names the run's folder of kept worlds to its worker processes.
KEPT_ENV = "SISTER_TEST_KEPT"
_OWN: list[str] = []


def make_run_folder() -> str:
    """The run's folder, made by its first process before the workers start."""
    folder = tempfile.mkdtemp(prefix="sister-kept-worlds-")
    os.environ[KEPT_ENV] = folder
    return folder


def _folder() -> Path:
    shared = os.environ.get(KEPT_ENV)
    if shared and Path(shared).is_dir():
        return Path(shared)
    if not _OWN:
        _OWN.append(tempfile.mkdtemp(prefix="sister-kept-worlds-"))
        atexit.register(shutil.rmtree, _OWN[0], True)
    return Path(_OWN[0])


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


async def kept_world(
    name: str,
    db: Database,
    sandbox: SandboxServer,
    build: Callable[[Database, SandboxServer], Awaitable[T]],
) -> T:
    """The world ``build`` syncs into ``db``: built once per run into a SQLite database (and
    kept), copied from the kept one after that. A PostgreSQL ``db`` is always built."""
    if db.dialect != "sqlite":
        return await build(db, sandbox)
    key = f"{name}-{sandbox.world.seed}-{sandbox.world.size}"
    folder = _folder()
    template, result = folder / f"{key}.db", folder / f"{key}.pickle"
    with _locked(folder / f"{key}.lock"):
        if result.exists():
            await _copy_sqlite(db, template, into_db=True)
            kept: T = pickle.loads(result.read_bytes())
            return kept
        built = await build(db, sandbox)
        await _copy_sqlite(db, template, into_db=False)
        result.write_bytes(pickle.dumps(built))
        return built


async def _copy_sqlite(db: Database, template: Path, *, into_db: bool) -> None:
    """Copy the test's database to ``template`` or back, with SQLite's backup (the WAL
    included); the pooled connections are closed first and reopen on the next use."""
    await db.engine.dispose()
    path = db.url.database
    assert path is not None
    source, target = (str(template), path) if into_db else (path, str(template))
    with (
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
