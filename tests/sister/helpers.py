"""Shared bits of the client tests: fast client options and credentials for a sandbox."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sister_desktop.domain.sister_answers import typed_records
from sister_desktop.domain.sister_groups import BY_NAME
from sister_desktop.sandbox.server import SandboxServer
from sister_desktop.sister.client import ClientOptions, Credentials, SisterClient
from sister_desktop.sister.dataset_reader import DatasetReader

#: Small delays so retries and pauses are real but quick.
FAST = ClientOptions(
    max_rps=200.0,
    max_inflight=8,
    connect_timeout_s=2.0,
    read_timeout_s=5.0,
    retries=3,
    retry_base_s=0.02,
    retry_max_s=0.1,
    lockout_initial_s=0.3,
    lockout_max_s=2.0,
)


def creds(server: SandboxServer, **changes: str) -> Credentials:
    c = server.credentials
    return replace(Credentials(c.url, c.id_pengguna, c.username, c.password), **changes)


async def read_typed(client: SisterClient, dataset: str, id_sdm: str) -> Any:
    """One person's dataset read raw, as a sync reads it, and mapped to its typed records."""
    listed = await DatasetReader(client).rows(BY_NAME[dataset], id_sdm)
    return typed_records(dataset, listed.rows)
