"""``sister-desktop kirim`` end to end: the sandbox over loopback, a real SQLite file, the CLI
entry in this process and in a subprocess killed with SIGKILL in the middle of a send. Every
test checks the sandbox's record of applied writes: each write applied at most once."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from openpyxl import load_workbook

from sister_desktop.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main
from sister_desktop.domain.usulan import Usulan, UsulanJenis, UsulanStatus
from sister_desktop.services.usulan_service import UsulanService
from sister_desktop.store.database import Database
from tests.kirim_world import GROUPS, modest_dosen
from tests.sandbox.write_samples import Samples
from tests.sister_records_world import store_people


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    return qapp


@pytest.fixture
def server(sandbox_factory, monkeypatch, app_home):
    sandbox = sandbox_factory(size=40, role="pro")
    c = sandbox.credentials
    monkeypatch.setenv("SISTER_WS_URL", c.url)
    monkeypatch.setenv("SISTER_ID_PENGGUNA", c.id_pengguna)
    monkeypatch.setenv("SISTER_USERNAME", c.username)
    monkeypatch.setenv("SISTER_PASSWORD", c.password)
    monkeypatch.setenv("SISTER_MAX_RPS", "20")
    monkeypatch.setenv("SISTER_MAX_INFLIGHT", "4")
    return sandbox


def _seed(db_url: str, sandbox, titles: list[str]) -> list[int]:
    """One lecturer synced, an approved baru penelitian per title; their usulan ids."""
    [person] = modest_dosen(sandbox)

    async def go() -> list[int]:
        db = await Database.open(db_url)
        try:
            [pegawai_id] = await store_people(db, sandbox.world, [person], GROUPS)
            samples = Samples(sandbox.world, person.id_sdm)
            items = []
            for judul in titles:
                body = samples.body("Litabmas", "penelitian")
                body.update(judul=judul, dokumen=[], anggota_mahasiswa=[], anggota_lain=[])
                body["anggota_dosen"] = [{"id_sdm": person.id_sdm, "aktif": True, "peran": "K"}]
                items.append(
                    Usulan(
                        id=None,
                        pegawai_id=pegawai_id,
                        pegawai_nama=person.nama,
                        id_sdm=person.id_sdm,
                        dataset="penelitian",
                        jenis=UsulanJenis.BARU,
                        status=UsulanStatus.DRAF,
                        body=body,
                    )
                )
            service = UsulanService(db, who="tester")
            stored = await service.add(items)
            ids = [item.id for item in stored if item.id is not None]
            await service.setujui(ids)
            return ids
        finally:
            await db.dispose()

    return asyncio.run(go())


def _kirim(db_url: str, *extra: str, capsys) -> tuple[int, dict]:
    code = main(["kirim", "--db", db_url, "--json", *extra])
    out = capsys.readouterr().out
    return code, json.loads(out)


def _posts(sandbox) -> list[dict]:
    return [
        r for r in sandbox.writes.applied() if r["method"] == "POST" and r["path"] == "/penelitian"
    ]


def test_writes_off_then_preview_send_and_log(server, db_url, tmp_path, capsys):
    ids = _seed(db_url, server, ["Riset pertama", "Riset kedua"])
    code, document = _kirim(db_url, capsys=capsys)
    assert code == EXIT_USAGE and document["error"] == "writes_off"
    assert main(["kirim", "--izinkan", "on", "--db", db_url]) == EXIT_OK
    capsys.readouterr()
    code, preview = _kirim(db_url, "--preview", capsys=capsys)
    assert code == EXIT_OK and [u["id"] for u in preview["usulan"]] == ids
    assert any(c["field"] == "judul" for c in preview["usulan"][0]["changes"])
    assert server.writes.applied() == []
    code, result = _kirim(db_url, capsys=capsys)
    assert code == EXIT_OK
    assert [u["status"] for u in result["usulan"]] == ["diterapkan", "diterapkan"]
    assert all(u["sister_id"] and u["http_status"] == 200 for u in result["usulan"])
    assert len(_posts(server)) == 2
    code, again = _kirim(db_url, capsys=capsys)
    assert code == EXIT_OK and again["usulan"] == [] and len(_posts(server)) == 2
    log = tmp_path / "log-kirim.xlsx"
    assert main(["kirim", "--log", "--output", str(log), "--db", db_url]) == EXIT_OK
    rows = list(load_workbook(log, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 3 and rows[1][5] == "Diterapkan di SISTER" and rows[1][9] == "tester"


def test_connection_dropped_after_the_commit_is_perlu_dicek_and_never_resent(
    server, db_url, capsys
):
    [usulan_id] = _seed(db_url, server, ["Riset yang jawabannya hilang"])
    assert main(["kirim", "--izinkan", "on", "--db", db_url]) == EXIT_OK
    server.faults.fail_writes("closed", "/penelitian", times=1)
    code, result = _kirim(db_url, capsys=capsys)
    assert code == EXIT_PARTIAL
    [item] = result["usulan"]
    assert item["status"] == "perlu_dicek" and item["error_code"] == "write_uncertain"
    assert len(_posts(server)) == 1  # applied, the answer lost
    code, again = _kirim(db_url, capsys=capsys)
    assert code == EXIT_OK and again["usulan"] == []
    assert len(_posts(server)) == 1, "a second kirim sends nothing for it"
    code, checked = _kirim(db_url, "--periksa", capsys=capsys)
    assert code == EXIT_OK
    [settled] = checked["usulan"]
    assert settled["id"] == usulan_id and settled["status"] == "diterapkan"
    assert settled["sister_id"] == _posts(server)[0]["id"]
    assert len(_posts(server)) == 1


def test_a_gateway_503_before_the_request_is_retried_within_the_run(server, db_url, capsys):
    _seed(db_url, server, ["Riset lewat gateway sibuk"])
    assert main(["kirim", "--izinkan", "on", "--db", db_url]) == EXIT_OK
    server.faults.fail_writes("503", "/penelitian", times=1)
    code, result = _kirim(db_url, capsys=capsys)
    assert code == EXIT_OK and result["usulan"][0]["status"] == "diterapkan"
    assert result["requests"]["retried"] >= 1 and len(_posts(server)) == 1


def test_a_500_after_the_commit_is_perlu_dicek(server, db_url, capsys):
    _seed(db_url, server, ["Riset dengan galat 500"])
    assert main(["kirim", "--izinkan", "on", "--db", db_url]) == EXIT_OK
    server.faults.fail_writes("500", "/penelitian", times=1)
    code, result = _kirim(db_url, capsys=capsys)
    assert code == EXIT_PARTIAL and result["usulan"][0]["status"] == "perlu_dicek"
    assert len(_posts(server)) == 1
    code, checked = _kirim(db_url, "--periksa", capsys=capsys)
    assert code == EXIT_OK and checked["usulan"][0]["status"] == "diterapkan"


def test_periksa_puts_back_what_sister_does_not_have(server, db_url, capsys):
    """A killed run before its request left: SISTER has nothing, the usulan may be sent."""
    [usulan_id] = _seed(db_url, server, ["Riset yang tidak pernah terkirim"])
    assert main(["kirim", "--izinkan", "on", "--db", db_url]) == EXIT_OK

    async def leave_it_sending() -> None:
        from sister_desktop.store.usulan_repository import UsulanRepository

        db = await Database.open(db_url)
        try:
            await UsulanRepository(db).mark_sending(
                usulan_id, allowed_from=[UsulanStatus.DISETUJUI], run_id="killed", by="x"
            )
        finally:
            await db.dispose()

    asyncio.run(leave_it_sending())
    code, checked = _kirim(db_url, "--periksa", capsys=capsys)
    assert code == EXIT_OK and checked["usulan"][0]["status"] == "disetujui"
    assert server.writes.applied() == []
    code, sent = _kirim(db_url, capsys=capsys)
    assert code == EXIT_OK and sent["usulan"][0]["status"] == "diterapkan"
    assert len(_posts(server)) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL semantics")
def test_kill_9_during_a_send_leaves_it_to_be_checked_never_resent(server, db_url, capsys):
    [usulan_id] = _seed(db_url, server, ["Riset saat listrik padam"])
    assert main(["kirim", "--izinkan", "on", "--db", db_url]) == EXIT_OK
    server.faults.write_delay_s = 60.0
    server.faults.fail_writes("slow", "/penelitian", times=1)
    process = subprocess.Popen(
        [sys.executable, "-m", "sister_desktop", "kirim", "--json", "--db", db_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        deadline = time.monotonic() + 60
        while not _posts(server):
            assert process.poll() is None, process.communicate()[1]
            assert time.monotonic() < deadline, "the write never reached the sandbox"
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
        process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    server.faults.clear()
    code, again = _kirim(db_url, capsys=capsys)
    assert code == EXIT_OK and again["usulan"] == []
    assert len(_posts(server)) == 1, "the killed send is not sent again"
    code, listed = 0, None
    assert main(["usulan", "list", "--db", db_url, "--json"]) == EXIT_OK
    listed = json.loads(capsys.readouterr().out)["usulan"]
    assert [(u["id"], u["status"]) for u in listed] == [(usulan_id, "perlu_dicek")]
    code, checked = _kirim(db_url, "--periksa", capsys=capsys)
    assert code == EXIT_OK and checked["usulan"][0]["status"] == "diterapkan"
    assert len(_posts(server)) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT semantics")
def test_ctrl_c_finishes_the_usulan_on_the_way_and_leaves_the_rest_approved(server, db_url, capsys):
    ids = _seed(db_url, server, [f"Riset nomor {n}" for n in range(6)])
    assert main(["kirim", "--izinkan", "on", "--db", db_url]) == EXIT_OK
    server.faults.write_delay_s = 2.0
    server.faults.fail_writes("slow", "/penelitian")
    process = subprocess.Popen(
        [sys.executable, "-m", "sister_desktop", "kirim", "--json", "--db", db_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "SISTER_MAX_INFLIGHT": "1"},
    )
    try:
        deadline = time.monotonic() + 60
        while not _posts(server):
            assert process.poll() is None, process.communicate()[1]
            assert time.monotonic() < deadline, "the write never reached the sandbox"
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        out, _err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 3
    document = json.loads(out)
    assert document["cancelled"] is True
    sent = {u["id"] for u in document["usulan"]}
    assert sent and len(sent) < len(ids)
    assert all(u["status"] == "diterapkan" for u in document["usulan"])
    assert len(_posts(server)) == len(sent), "each one on the way applied once, no other"
    server.faults.clear()
    assert main(["usulan", "list", "--status", "disetujui", "--db", db_url, "--json"]) == 0
    left = {u["id"] for u in json.loads(capsys.readouterr().out)["usulan"]}
    assert left == set(ids) - sent
