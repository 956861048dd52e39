"""Test helpers for the Perbandingan: the sandbox world's campus file in a real database, every
row linked to the SDM the truth says, and one sync over loopback, so a test can grade the
comparison against ``world.truth``."""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from sister_desktop.domain.links import LinkMethod, LinkRequest
from sister_desktop.domain.sister_groups import SisterGroup, SyncScope
from sister_desktop.domain.sync_log import SyncMode
from sister_desktop.domain.sync_progress import SyncOutcome, SyncRequest
from sister_desktop.sandbox.server import SandboxServer
from sister_desktop.services.comparison import ComparisonService
from sister_desktop.sister.api import SisterApi
from sister_desktop.store.database import Database
from sister_desktop.store.link_repository import LinkRepository
from sister_desktop.store.pegawai_repository import PegawaiRepository
from tests.linking_world import campus_pegawai
from tests.sync_world import FAST_OPTIONS, engine_for, sandbox_client

#: The set-up sync is not under test: as fast as the in-process sandbox answers.
SETUP_OPTIONS = replace(FAST_OPTIONS, max_rps=5_000.0, max_inflight=8)
#: What the comparison reads: the personal data and the histories the current rank, grade,
#: degree and homebase come from (the other groups are not compared, and cost requests).
COMPARED = SyncScope(
    groups=frozenset({SisterGroup.DATA_PRIBADI, SisterGroup.KEPEGAWAIAN, SisterGroup.PENDIDIKAN})
)


@dataclass
class SyncedCampus:
    #: employee id -> campus row number of the truth
    row_of: dict[int, int]
    outcome: SyncOutcome

    @property
    def id_of(self) -> dict[int, int]:
        return {row: pegawai_id for pegawai_id, row in self.row_of.items()}


def synced_campus(
    loop: asyncio.AbstractEventLoop, db: Database, sandbox: SandboxServer
) -> SyncedCampus:
    """Load the campus rows, link them as the truth says, and sync every linked employee."""
    return loop.run_until_complete(sync_campus(db, sandbox))


async def sync_campus(db: Database, sandbox: SandboxServer) -> SyncedCampus:
    """``synced_campus`` in a coroutine. Into a SQLite file, the first sync of a world (its
    seed and size) in this process is kept as a copy, and the next test with the same world
    gets that copy instead of the same ~1,500 requests again: the comparison is under test
    here, not the sync (whose own tests sync for real, every time)."""
    key = (sandbox.world.seed, sandbox.world.size)  # callers sync before changing the world
    sqlite = db.dialect == "sqlite"
    kept = _KEPT.get(key) if sqlite else None
    if kept is not None:
        template, campus = kept
        await _copy_sqlite(db, template, into_db=True)
        return campus
    campus = await _sync_campus(db, sandbox)
    if sqlite:
        template = Path(_kept_folder()) / f"campus-{len(_KEPT)}.db"
        await _copy_sqlite(db, template, into_db=False)
        _KEPT[key] = (template, campus)
    return campus


#: ``(seed, size) -> (a copy of the synced database, what the sync returned)``.
_KEPT: dict[tuple[int, int], tuple[Path, SyncedCampus]] = {}
_FOLDER: list[str] = []


def _kept_folder() -> str:
    if not _FOLDER:
        _FOLDER.append(tempfile.mkdtemp(prefix="synced-campus-"))
        atexit.register(shutil.rmtree, _FOLDER[0], True)
    return _FOLDER[0]


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


async def _sync_campus(db: Database, sandbox: SandboxServer) -> SyncedCampus:
    ids = await PegawaiRepository(db).save_many(campus_pegawai(sandbox.world.campus_rows()), [])
    row_of = {pegawai_id: row for row, pegawai_id in enumerate(ids)}
    truth = sandbox.world.truth
    requests = [
        LinkRequest(pegawai_id, truth.sdm_of(row), LinkMethod.MANUAL)
        for pegawai_id, row in row_of.items()
        if truth.sdm_of(row) is not None
    ]
    await LinkRepository(db).link_many(requests, who="tester")
    client = await sandbox_client(sandbox, SETUP_OPTIONS)
    try:
        request = SyncRequest(SyncMode.ALL, scope=COMPARED)
        outcome = await engine_for(db, client, concurrency=8).run(request)
    finally:
        await client.aclose()
    return SyncedCampus(row_of, outcome)


def comparison_service(db: Database, sandbox: SandboxServer) -> ComparisonService:
    """The service with a direct SDM-list fetch from the sandbox (a client per call)."""

    async def sdm_list(_refresh: bool):  # type: ignore[no-untyped-def]
        client = await sandbox_client(sandbox)
        try:
            return await SisterApi(client).referensi_sdm()
        finally:
            await client.aclose()

    return ComparisonService(db, sdm_list, operator="tester")
