"""The faults a write can meet, and the record that tells applied once from twice."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from sister_desktop.sandbox.server import SandboxServer
from tests.sandbox.test_writes import client_as
from tests.sandbox.write_samples import Samples


def _award(server: SandboxServer, nama: str = "Satyalancana 2024") -> tuple[str, dict[str, Any]]:
    me = next(p.id_sdm for p in server.world.sdm if p.jabatan_fungsional)
    body = Samples(server.world, me).body("Penghargaan", "penghargaan") | {"nama": nama}
    return me, body


def _names(client: httpx.Client, me: str) -> list[str]:
    return [r["nama"] for r in client.get("penghargaan", params={"id_sdm": me}).json()]


def test_closed_after_the_commit(sandbox: SandboxServer) -> None:
    me, body = _award(sandbox)
    client = client_as(sandbox, "basic")
    try:
        sandbox.faults.fail_writes("closed", "/penghargaan", times=1)
        with pytest.raises(httpx.RemoteProtocolError):
            client.post("penghargaan", json=body)
        # Applied although no answer came: a blind resend would add it twice (409 here).
        assert _names(client, me).count(body["nama"]) == 1
        applied = sandbox.writes.applied()
        assert [(w["path"], w["fault"]) for w in applied] == [("/penghargaan", "closed")]
        again = client.post("penghargaan", json=body)
        assert again.status_code == 409
        assert again.json()["detail"] == f"Existing ID: {applied[0]['id']}"
        other = client.post("penghargaan", json=body | {"nama": "Penghargaan lain"})
        assert other.status_code == 200  # the fault was for one write only
    finally:
        client.close()


def test_slow_write_commits_past_the_clients_timeout(sandbox: SandboxServer) -> None:
    me, body = _award(sandbox)
    sandbox.faults.write_delay_s = 1.5
    sandbox.faults.fail_writes("slow")
    client = client_as(sandbox, "basic")
    try:
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            client.post("penghargaan", json=body, timeout=0.3)
        assert time.monotonic() - started < 1.0
        assert body["nama"] in _names(client, me)  # committed before the answer was due
        sandbox.faults.clear()
        assert client.post("penghargaan", json=body | {"nama": "Cepat"}).status_code == 200
    finally:
        client.close()
    assert [w["fault"] for w in sandbox.writes.applied()] == ["slow", None]


def test_500_after_the_commit(sandbox: SandboxServer) -> None:
    me, body = _award(sandbox)
    sandbox.faults.fail_writes("500", "/penghargaan")
    client = client_as(sandbox, "basic")
    try:
        answer = client.post("penghargaan", json=body)
        assert answer.status_code == 500
        assert answer.json()["message"] == "Gagal menyimpan ke database"
        assert body["nama"] in _names(client, me)
    finally:
        client.close()


def test_503_from_the_gateway_applies_nothing(sandbox: SandboxServer) -> None:
    me, body = _award(sandbox)
    client = client_as(sandbox, "basic")
    try:
        before = _names(client, me)
        sandbox.faults.fail_writes("503", times=2)
        for _ in range(2):
            answer = client.post("penghargaan", json=body)
            assert answer.status_code == 503
            assert answer.headers["content-type"].startswith("text/plain")
        assert _names(client, me) == before
        assert sandbox.writes.applied() == []
        sandbox.faults.fail_rate = 1.0  # the random gateway failure hits writes alike
        assert client.post("penghargaan", json=body).status_code == 503
        sandbox.faults.fail_rate = 0.0
        assert client.post("penghargaan", json=body).status_code == 200
    finally:
        client.close()
    assert len(sandbox.writes.applied()) == 1


def test_a_refused_write_meets_no_fault_and_an_endpoint_fault_hits_only_its_paths(
    sandbox: SandboxServer,
) -> None:
    me, body = _award(sandbox)
    sandbox.faults.fail_writes("500", "/penelitian")
    sandbox.faults.fail_writes("closed", "/penghargaan", times=1)
    client = client_as(sandbox, "basic")
    try:
        refused = client.post("penghargaan", json=body | {"tahun": "2024"})
        assert refused.status_code == 400  # not applied: the closed fault waits
        with pytest.raises(httpx.RemoteProtocolError):
            client.post("penghargaan", json=body)
        research = Samples(sandbox.world, me).body("Litabmas", "penelitian")
        assert client.post("penelitian", json=research).status_code == 500
        assert client.post("penghargaan", json=body | {"nama": "Lagi"}).status_code == 200
    finally:
        client.close()
    with pytest.raises(ValueError, match="unknown write fault"):
        sandbox.faults.fail_writes("lost")


def test_the_lockout_counts_writes_like_reads(sandbox_factory) -> None:  # type: ignore[no-untyped-def]
    server = sandbox_factory(rate_limit=4, lockout_s=1.0)
    _me, body = _award(server)
    client = client_as(server, "basic")  # the login is the first of the four
    try:
        codes = [
            client.post("penghargaan", json=body | {"nama": f"Penghargaan {n}"}).status_code
            for n in range(6)
        ]
        assert codes[:3] == [200, 200, 200] and 429 in codes
        assert client.get("referensi/profil_pt").status_code == 429
        assert len(server.writes.applied()) == codes.count(200)
        time.sleep(1.05)
        assert client.post("penghargaan", json=body | {"nama": "Sesudah"}).status_code == 200
    finally:
        client.close()


def test_the_record_of_writes_over_http(sandbox: SandboxServer) -> None:
    me, body = _award(sandbox)
    client = client_as(sandbox, "basic")
    try:
        created = client.post("penghargaan", json=body).json()["id"]
        client.delete(f"penghargaan/{created}")
    finally:
        client.close()
    rows = httpx.get(f"http://127.0.0.1:{sandbox.port}/__sandbox__/writes").json()
    assert [(r["seq"], r["method"], r["path"], r["id"], r["id_sdm"]) for r in rows] == [
        (1, "POST", "/penghargaan", created, me),
        (2, "DELETE", "/penghargaan/{id}", created, me),
    ]
