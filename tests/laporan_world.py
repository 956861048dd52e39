"""Test helpers for the Laporan: the sandbox's people as linked pegawai and one sync of every
group over loopback (eight semesters, so TS-2..TS of teaching and BKD are there), kept once
per test run like the Perbandingan's; and the sandbox's own answers, read straight from
its ``Router``, for the tests to count from independently of the code under test."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sister_desktop.domain.sister_groups import SisterGroup, SyncScope
from sister_desktop.domain.sync_log import SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.sandbox.dataset import SdmPerson, World
from sister_desktop.sandbox.people import TODAY
from sister_desktop.sandbox.routes import Router
from sister_desktop.sandbox.server import SandboxServer
from sister_desktop.store.database import Database
from tests.kept_worlds import kept_world
from tests.sync_world import FAST_OPTIONS, engine_for, link_sandbox_people, sandbox_client

#: The day the reports are made for: the sandbox's own today.
REPORT_DAY: date = TODAY
#: The TS the tests build: the last full academic year of the sandbox.
TS = TODAY.year - 1
EVERYTHING = SyncScope(groups=frozenset(SisterGroup), semesters=8)
_OPTIONS = replace(FAST_OPTIONS, max_rps=5_000.0, max_inflight=4)


@dataclass
class SyncedWorld:
    #: pegawai id -> the SDM he is linked to
    people: dict[int, SdmPerson]


async def sync_world(db: Database, sandbox: SandboxServer) -> SyncedWorld:
    """Every SDM of the sandbox linked and synced with every group (kept once per test run:
    ``tests/kept_worlds.py``)."""
    return await kept_world("laporan", db, sandbox, _sync_world)


async def _sync_world(db: Database, sandbox: SandboxServer) -> SyncedWorld:
    ids = await link_sandbox_people(db, sandbox)
    client = await sandbox_client(sandbox, _OPTIONS)
    try:
        outcome = await engine_for(db, client, concurrency=4).run(
            SyncRequest(SyncMode.ALL, scope=EVERYTHING)
        )
    finally:
        await client.aclose()
    assert all(not r.errors for r in outcome.results), outcome.results
    return SyncedWorld(dict(zip(ids, sandbox.world.sdm, strict=True)))


class Answers:
    """What the sandbox answers of one person (lists, details, objects), for expected values."""

    def __init__(self, world: World) -> None:
        self.router = Router(world)

    def profil(self, person: SdmPerson, name: str) -> dict[str, Any]:
        return dict(self.router.resolve(f"/data_pribadi/{name}/{person.id_sdm}", {}).body)

    def details(self, person: SdmPerson, dataset: str, **query: str) -> list[dict[str, Any]]:
        rows = self.router.resolve(f"/{dataset}", {"id_sdm": person.id_sdm, **query}).body
        found = []
        for row in rows:
            detail = dict(row)
            if "id" in row:
                detail.update(self.router.resolve(f"/{dataset}/{row['id']}", {}).body)
            found.append(detail)
        return found

    def paged(self, person: SdmPerson, dataset: str) -> list[dict[str, Any]]:
        return self.details(person, dataset, page="1", per_page="100000")

    def bkd(self, person: SdmPerson) -> list[dict[str, Any]]:
        return list(self.router.resolve("/bkd/laporan_akhir_bkd", {"id_sdm": person.id_sdm}).body)
