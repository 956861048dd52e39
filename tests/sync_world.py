"""Test helpers for Sinkronisasi: employees linked to the sandbox's SDM in a real database, and
a sync engine talking to the real sandbox over loopback HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from sister_desktop.domain.links import LinkMethod, LinkRequest
from sister_desktop.domain.pegawai import NEW_ID, JenisPegawai, Pegawai
from sister_desktop.domain.sister_groups import (
    PER_PAGE,
    REFERENSI_CACHED,
    DatasetKind,
    SyncScope,
)
from sister_desktop.sandbox.routes import Router
from sister_desktop.sandbox.server import SandboxServer
from sister_desktop.services.sync_engine import SyncEngine, build_sync_engine
from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import ClientOptions, Credentials, SisterClient
from sister_desktop.store.database import Database
from sister_desktop.store.link_repository import LinkRepository
from sister_desktop.store.pegawai_repository import PegawaiRepository

#: Quick retries and lockouts so fault tests take seconds, not minutes.
FAST_OPTIONS = ClientOptions(
    max_rps=200.0,
    max_inflight=6,
    retries=4,
    retry_base_s=0.02,
    retry_max_s=0.1,
    lockout_initial_s=0.5,
    lockout_max_s=2.0,
)


async def link_sandbox_people(
    db: Database,
    sandbox: SandboxServer,
    count: int | None = None,
    *,
    unlinked: int = 0,
    chosen: Sequence[int] | None = None,
) -> list[int]:
    """Save the first ``count`` SDM of the sandbox (or those at the positions ``chosen``) as
    employees linked to them (plus ``unlinked`` employees without a link); returns their ids
    in SDM order."""
    sdm = sandbox.world.sdm
    people = [sdm[i] for i in chosen] if chosen is not None else sdm[: count or len(sdm)]
    rows = [
        Pegawai(
            id=NEW_ID,
            nama=person.nama,
            jenis_pegawai=JenisPegawai.DOSEN
            if person.jenis_sdm.lower().startswith("dosen")
            else JenisPegawai.TENDIK,
        )
        for person in people
    ]
    rows += [Pegawai(id=NEW_ID, nama=f"Pegawai Lokal {n}") for n in range(unlinked)]
    ids = await PegawaiRepository(db).save_many(rows, [])
    requests = [
        LinkRequest(pegawai_id, person.id_sdm, LinkMethod.MANUAL)
        for pegawai_id, person in zip(ids, people, strict=False)
    ]
    await LinkRepository(db).link_many(requests, who="tester")
    return ids


async def sandbox_client(
    sandbox: SandboxServer, options: ClientOptions = FAST_OPTIONS
) -> SisterClient:
    c = sandbox.credentials
    return SisterClient(Credentials(c.url, c.id_pengguna, c.username, c.password), options)


class Gate:
    """Holds a run before its first request while closed; ``parked`` says a run waits there
    (nothing of it is in flight then: no request, no database call)."""

    def __init__(self) -> None:
        self.opened = asyncio.Event()
        self.opened.set()
        self.parked = False

    async def wait(self) -> None:
        self.parked = True
        try:
            await self.opened.wait()
        finally:
            self.parked = False


def engine_for(
    db: Database, client: SisterClient, *, gate: Gate | None = None, **options: Any
) -> SyncEngine:
    """An engine over ``db`` and ``client``. With ``gate``, a run waits there before its first
    request (GUI tests click the window synchronously while nothing is in flight)."""
    api = SisterApi(client)

    async def provider() -> SisterApi:
        if gate is not None:
            await gate.wait()
        return api

    options.setdefault("operator", "tester")
    options.setdefault("progress_interval_s", 0.05)
    return build_sync_engine(db, provider, **options)


def run(loop: asyncio.AbstractEventLoop, coro: Any) -> Any:
    return loop.run_until_complete(coro)


def endpoint_counts(rows: Sequence[Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.endpoint] = counts.get(row.endpoint, 0) + 1
    return counts


def expected_requests(
    sandbox: SandboxServer,
    people: Sequence[Any],
    scope: SyncScope | None = None,
    semesters: Sequence[str] = (),
) -> int:
    """What a first sync of ``people`` (the sandbox's ``SdmPerson``) sends per person for
    ``scope``, counted from the sandbox's own data: one request per object, per list page
    (per semester where SISTER answers only per semester) and per record with a detail (of
    the ``semesters`` only, for a list asked for every semester at once)."""
    router = Router(sandbox.world)
    total = 0
    for person in people:
        for dataset in (scope or SyncScope()).datasets:
            if not dataset.keyed or dataset.kind is DatasetKind.PERSON_LIST:
                total += 1
                continue
            for semester in semesters if dataset.per_semester else (None,):
                query = {"id_sdm": person.id_sdm, "per_page": str(10**9)}
                if semester is not None and dataset.semester_param:
                    query[dataset.semester_param] = semester
                rows = router.resolve(dataset.path, query).body
                if not dataset.semester_optional or semester == semesters[0]:
                    total += len(rows) // PER_PAGE + 1 if dataset.paged else 1
                total += len(rows) if dataset.has_details else 0
    return total


#: Requests of a run that are not any person's: the cached referensi lists and the SDM list.
RUN_REQUESTS = len(REFERENSI_CACHED) + 1
