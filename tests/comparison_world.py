"""Test helpers for the Perbandingan: the sandbox world's campus file in a real database, every
row linked to the SDM the truth says, and one sync over loopback, so a test can grade the
comparison against ``world.truth``."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace

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
from tests.kept_worlds import kept_world
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
    """``synced_campus`` in a coroutine. The first sync of a world (its seed and size) in the
    test run is kept (``tests/kept_worlds.py``), and the next test with the same world gets a
    copy instead of the same ~1,500 requests again: the comparison is under test here, not
    the sync (whose own tests sync for real, every time). Callers sync before changing the
    world."""
    return await kept_world("campus", db, sandbox, _sync_campus)


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
