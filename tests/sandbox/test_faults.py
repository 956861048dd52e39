"""Each fault of the live service, switched on in the sandbox, behaves as NOTES.md observed."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from sister_desktop.sandbox.server import SandboxServer
from tests.sandbox.conftest import login, open_client


def _auth_body(server: SandboxServer) -> dict[str, str]:
    c = server.credentials
    return {"username": c.username, "password": c.password, "id_pengguna": c.id_pengguna}


def test_latency_delays_every_answer(sandbox_factory) -> None:  # type: ignore[no-untyped-def]
    server = sandbox_factory(latency_ms=300)
    with open_client(server) as client:
        started = time.perf_counter()
        client.post("authorize", json=_auth_body(server))
        client.get("referensi/profil_pt")  # even a 401 waits
        elapsed = time.perf_counter() - started
    assert elapsed >= 0.6
    server.faults.latency_ms = 0
    with open_client(server) as client:
        started = time.perf_counter()
        client.get("referensi/profil_pt")
        assert time.perf_counter() - started < 0.3


def test_fail_rate_answers_transient_503_text(sandbox_factory) -> None:  # type: ignore[no-untyped-def]
    server = sandbox_factory(fail_rate=1.0)
    with open_client(server) as client:
        answer = client.post("authorize", json=_auth_body(server))
        assert answer.status_code == 503
        assert answer.headers["content-type"].startswith("text/plain")
        with pytest.raises(json.JSONDecodeError):
            answer.json()
        server.faults.fail_rate = 0.5
        codes = [client.post("authorize", json=_auth_body(server)).status_code for _ in range(60)]
    assert set(codes) == {200, 503}
    assert 10 < codes.count(503) < 50


def test_rate_limit_locks_the_whole_credential_out(sandbox_factory) -> None:  # type: ignore[no-untyped-def]
    server = sandbox_factory(rate_limit=5, lockout_s=1.0)
    with open_client(server) as client:
        client.headers["Authorization"] = f"Bearer {login(client, server)}"
        codes = [client.get("referensi/profil_pt").status_code for _ in range(8)]
        assert codes[:4] == [200] * 4  # the login was the first of the five allowed
        assert 429 in codes
        blocked = client.get("referensi/sdm")
        assert blocked.status_code == 429
        assert "retry-after" not in blocked.headers
        # /authorize too, even with the right credential.
        again = client.post("authorize", json=_auth_body(server))
        assert again.status_code == 429
        assert server.stats.rate_limited >= 3
        # Another caller (no token of this credential) is not the locked credential.
        assert client.get("referensi/sdm", headers={"Authorization": "Bearer x"}).status_code == 401
        time.sleep(1.05)
        assert client.get("referensi/profil_pt").status_code == 200


def test_paced_requests_stay_under_the_limit(sandbox_factory) -> None:  # type: ignore[no-untyped-def]
    server = sandbox_factory(rate_limit=10, lockout_s=60)
    with open_client(server) as client:
        client.headers["Authorization"] = f"Bearer {login(client, server)}"
        for _ in range(12):
            assert client.get("referensi/profil_pt").status_code == 200
            time.sleep(0.15)
    assert server.stats.rate_limited == 0


def test_rate_limit_can_be_switched_on_and_cleared(
    sandbox: SandboxServer, ws: httpx.Client
) -> None:
    sandbox.faults.rate_limit = 2
    codes = [ws.get("referensi/profil_pt").status_code for _ in range(4)]
    assert codes[-1] == 429
    sandbox.faults.clear()  # lifts the lockout too
    assert ws.get("referensi/profil_pt").status_code == 200


@pytest.fixture
def person(sandbox: SandboxServer):  # type: ignore[no-untyped-def]
    return next(p for p in sandbox.world.sdm if p.penugasan and p.pendidikan_formal)


def test_endpoint_fault_500_only_for_that_person(
    sandbox: SandboxServer, ws: httpx.Client, person
) -> None:  # type: ignore[no-untyped-def]
    other = next(p for p in sandbox.world.sdm if p.id_sdm != person.id_sdm)
    sandbox.faults.fail_endpoint("/data_pribadi/kepegawaian/{id_sdm}", person.id_sdm, "500")
    for _ in range(3):  # permanent, not transient
        answer = ws.get(f"data_pribadi/kepegawaian/{person.id_sdm}")
        assert answer.status_code == 500
        assert set(answer.json()) == {"message", "detail"}
    assert ws.get(f"data_pribadi/kepegawaian/{other.id_sdm}").status_code == 200
    assert ws.get(f"data_pribadi/profil/{person.id_sdm}").status_code == 200
    sandbox.faults.clear()
    assert ws.get(f"data_pribadi/kepegawaian/{person.id_sdm}").status_code == 200


def test_endpoint_fault_html_page_with_200(
    sandbox: SandboxServer, ws: httpx.Client, person
) -> None:  # type: ignore[no-untyped-def]
    sandbox.faults.fail_endpoint("penugasan", person.id_sdm, "html")
    answer = ws.get("penugasan", params={"id_sdm": person.id_sdm})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
    assert answer.text.lstrip().startswith("<!DOCTYPE html>")


def test_endpoint_fault_truncated_json(sandbox: SandboxServer, ws: httpx.Client, person) -> None:  # type: ignore[no-untyped-def]
    sandbox.faults.fail_endpoint("/pendidikan_formal", person.id_sdm, "truncated")
    answer = ws.get("pendidikan_formal", params={"id_sdm": person.id_sdm})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/json")
    with pytest.raises(json.JSONDecodeError):
        answer.json()
    assert answer.text.startswith('[{"id": "')


def test_endpoint_fault_empty_object_instead_of_list(
    sandbox: SandboxServer, ws: httpx.Client, person
) -> None:  # type: ignore[no-untyped-def]
    sandbox.faults.fail_endpoint("/penugasan", person.id_sdm, "empty_object")
    assert ws.get("penugasan", params={"id_sdm": person.id_sdm}).json() == {}
    detail_id = person.penugasan[0]["id"]
    assert ws.get(f"penugasan/{detail_id}").json()["id"] == detail_id  # the detail is untouched
    sandbox.faults.fail_endpoint("/penugasan/{id}", person.id_sdm, "500")
    assert ws.get(f"penugasan/{detail_id}").status_code == 500


def test_endpoint_fault_for_everyone(sandbox: SandboxServer, ws: httpx.Client) -> None:
    sandbox.faults.fail_endpoint("/referensi/sdm", None, "empty_object")
    assert ws.get("referensi/sdm").json() == {}
    first, second = sandbox.world.sdm[:2]
    sandbox.faults.fail_endpoint("/data_pribadi/lain", None, "500")
    assert ws.get(f"data_pribadi/lain/{first.id_sdm}").status_code == 500
    assert ws.get(f"data_pribadi/lain/{second.id_sdm}").status_code == 500


def test_fail_endpoint_refuses_typos(sandbox: SandboxServer) -> None:
    with pytest.raises(ValueError, match="no endpoint"):
        sandbox.faults.fail_endpoint("/data_pribadi/profile", None, "500")
    with pytest.raises(ValueError, match="unknown fault kind"):
        sandbox.faults.fail_endpoint("/penugasan", None, "503")


def test_endpoint_fault_401_refuses_fresh_tokens_there_only(
    sandbox: SandboxServer, ws: httpx.Client, person
) -> None:  # type: ignore[no-untyped-def]
    sandbox.faults.fail_endpoint("/kepangkatan", person.id_sdm, "401")
    with open_client(sandbox) as fresh:
        fresh.headers["Authorization"] = f"Bearer {login(fresh, sandbox)}"
        answer = fresh.get("kepangkatan", params={"id_sdm": person.id_sdm})
        assert answer.status_code == 401
        assert answer.json()["message"] != "Token sudah expired"
        assert fresh.get("penugasan", params={"id_sdm": person.id_sdm}).status_code == 200
    assert sandbox.stats.expired_by_token == {}  # a refusal, not an expiry


def test_expired_answers_are_counted_per_token(sandbox_factory) -> None:  # type: ignore[no-untyped-def]
    server = sandbox_factory(token_ttl_s=0.2)
    with open_client(server) as client:
        first = login(client, server)
        second = login(client, server)
        time.sleep(0.25)
        for token, times in ((first, 3), (second, 1)):
            for _ in range(times):
                answer = client.get(
                    "referensi/profil_pt", headers={"Authorization": f"Bearer {token}"}
                )
                assert answer.status_code == 401
    assert server.stats.expired_by_token == {1: 3, 2: 1}
    server.stats.reset()
    assert server.stats.expired_by_token == {}
