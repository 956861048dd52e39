"""Test helpers for linking: the sandbox world's campus file in the database, and a linking
service wired to the real sandbox over loopback HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date

from sister_desktop.domain.pegawai import NEW_ID, JenisPegawai, Pegawai
from sister_desktop.sandbox.server import SandboxServer
from sister_desktop.services.linking import LinkingService
from sister_desktop.services.sdm_cache import SdmCache
from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import ClientOptions, Credentials, SisterClient
from sister_desktop.store.database import Database
from sister_desktop.store.link_repository import LinkRepository
from sister_desktop.store.pegawai_repository import PegawaiRepository


def campus_pegawai(rows: list[dict[str, str | None]]) -> list[Pegawai]:
    """The campus file's rows as unsaved employees, in file order."""
    people = []
    for row in rows:
        born = row.get("tanggal_lahir")
        people.append(
            Pegawai(
                id=NEW_ID,
                nama=row["nama"] or "",
                nip=row.get("nip"),
                nidn=row.get("nidn"),
                nidk=row.get("nidk"),
                nupn=row.get("nupn"),
                nuptk=row.get("nuptk"),
                nik=row.get("nik"),
                tanggal_lahir=date.fromisoformat(born) if born else None,
                jenis_kelamin=row.get("jenis_kelamin"),
                jenis_pegawai=JenisPegawai((row.get("jenis_pegawai") or "dosen").lower()),
                unit_kerja=row.get("unit_kerja"),
                email=row.get("email"),
                jabatan_fungsional=row.get("jabatan_fungsional"),
                pangkat_golongan=row.get("pangkat_golongan"),
            )
        )
    return people


def load_campus(
    loop: asyncio.AbstractEventLoop, db: Database, sandbox: SandboxServer
) -> dict[int, int]:
    """Save the world's campus rows; returns employee id -> campus row number (for the truth)."""
    ids = loop.run_until_complete(
        PegawaiRepository(db).save_many(campus_pegawai(sandbox.world.campus_rows()), [])
    )
    return {pegawai_id: row for row, pegawai_id in enumerate(ids)}


async def sandbox_client(sandbox: SandboxServer) -> SisterClient:
    """A client for the sandbox, built inside the running loop as the client requires."""
    c = sandbox.credentials
    return SisterClient(
        Credentials(c.url, c.id_pengguna, c.username, c.password),
        ClientOptions(max_rps=50.0, max_inflight=4),
    )


def linking_service(
    loop: asyncio.AbstractEventLoop, db: Database, sandbox: SandboxServer
) -> Iterator[LinkingService]:
    """A LinkingService on ``db`` fetching from ``sandbox``; closes its client afterwards."""
    client = loop.run_until_complete(sandbox_client(sandbox))
    api = SisterApi(client)
    service = LinkingService(
        PegawaiRepository(db),
        LinkRepository(db),
        SdmCache(api.referensi_sdm),
        operator="tester",
    )
    try:
        yield service
    finally:
        loop.run_until_complete(client.aclose())
