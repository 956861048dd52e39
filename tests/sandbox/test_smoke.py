"""The sandbox fixture serves a token and real data over loopback HTTP."""

from __future__ import annotations

import httpx

from sister_desktop.sandbox.server import SandboxServer


def test_token_and_sdm_list(sandbox: SandboxServer) -> None:
    creds = sandbox.credentials
    with httpx.Client(base_url=creds.url + "/") as client:
        answer = client.post(
            "authorize",
            json={
                "username": creds.username,
                "password": creds.password,
                "id_pengguna": creds.id_pengguna,
            },
        )
        assert answer.status_code == 200
        token = answer.json()["token"]
        rows = client.get("referensi/sdm", headers={"Authorization": f"Bearer {token}"}).json()
    assert len(rows) == 40
    assert {r["id_sdm"] for r in rows} == {p.id_sdm for p in sandbox.world.sdm}
