"""Shared set-up of the sync benchmarks: a sandbox in its own process (``sister-desktop
sandbox``), a fresh SQLite file whose employees are linked to every SDM of that sandbox."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sister_desktop.domain.links import LinkMethod, LinkRequest
from sister_desktop.domain.pegawai import NEW_ID, Pegawai
from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import ClientOptions, Credentials, SisterClient
from sister_desktop.store.database import Database
from sister_desktop.store.link_repository import LinkRepository
from sister_desktop.store.pegawai_repository import PegawaiRepository


@contextmanager
def sandbox_process(*options: str) -> Iterator[dict[str, str]]:
    """Run ``sister-desktop sandbox --port 0 OPTIONS``; yields its credentials."""
    with sandbox_started(*options) as (credentials, _process):
        yield credentials


@contextmanager
def sandbox_started(*options: str) -> Iterator[tuple[dict[str, str], subprocess.Popen[str]]]:
    """Run ``sister-desktop sandbox --port 0 OPTIONS``; yields its credentials and the
    process (to signal it, e.g. SIGHUP with ``--mutate-on-hup``)."""
    folder = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    creds = folder / "creds.json"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sister_desktop",
            "sandbox",
            "--port",
            "0",
            "--credentials-file",
            str(creds),
            *options,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        process.stdout.readline()  # "SISTER sandbox listening on ..."
        yield json.loads(creds.read_text()), process
    finally:
        process.terminate()
        process.wait(timeout=30)


async def linked_database(path: Path, credentials: dict[str, str]) -> tuple[Database, int]:
    """A new database with one employee per SDM of the sandbox, each linked."""
    return await link_everybody(
        path,
        Credentials(
            credentials["url"],
            credentials["id_pengguna"],
            credentials["username"],
            credentials["password"],
        ),
    )


async def link_everybody(path: Path, credentials: Credentials) -> tuple[Database, int]:
    """A new database with one employee per SDM of the SISTER at ``credentials``, linked."""
    db = await Database.open(f"sqlite:///{path}")
    client = SisterClient(credentials, ClientOptions(max_rps=5.0, max_inflight=1))
    try:
        rows = await SisterApi(client).referensi_sdm()
    finally:
        await client.aclose()
    # This client's requests (its login, the list) are SISTER's to count for a second more: the
    # measured client, with its own pacer, must not start inside that second and be locked out
    # for two clients' requests.
    await asyncio.sleep(1.0)
    ids = await PegawaiRepository(db).save_many(
        [Pegawai(id=NEW_ID, nama=row.nama_sdm) for row in rows], []
    )
    await LinkRepository(db).link_many(
        [LinkRequest(i, row.id_sdm, LinkMethod.MANUAL) for i, row in zip(ids, rows, strict=True)],
        who="bench",
    )
    return db, len(ids)
