"""``sister-desktop sync`` and ``log`` end to end: the sandbox over loopback, a real SQLite file,
the CLI entry in this process and in a subprocess that is interrupted and killed."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from sister_desktop.cli import EXIT_CANCELLED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main
from sister_desktop.config import app_paths
from sister_desktop.domain.sister_groups import BY_NAME, SisterGroup, SyncScope
from sister_desktop.sister.api import ENDPOINTS
from sister_desktop.sister.client import endpoint_of
from sister_desktop.store.database import Database
from tests.disk_fixtures import small_disk  # noqa: F401  (a fixture)
from tests.sync_world import RUN_REQUESTS, expected_requests, link_sandbox_people


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    return qapp


@pytest.fixture
def world(sandbox_factory, monkeypatch):
    server = sandbox_factory(size=30)
    c = server.credentials
    monkeypatch.setenv("SISTER_WS_URL", c.url)
    monkeypatch.setenv("SISTER_ID_PENGGUNA", c.id_pengguna)
    monkeypatch.setenv("SISTER_USERNAME", c.username)
    monkeypatch.setenv("SISTER_PASSWORD", c.password)
    monkeypatch.setenv("SISTER_MAX_RPS", "20")
    monkeypatch.setenv("SISTER_MAX_INFLIGHT", "6")
    return server


def _seed(url: str, server, count: int) -> list[int]:
    async def go() -> list[int]:
        db = await Database.open(url)
        try:
            return await link_sandbox_people(db, server, count)
        finally:
            await db.dispose()

    return asyncio.run(go())


def _query(url: str, sql: str) -> list[tuple]:
    async def go() -> list[tuple]:
        db = await Database.open(url)
        try:
            async with db.connect() as conn:
                return [tuple(r) for r in await conn.execute(sa.text(sql))]
        finally:
            await db.dispose()

    return asyncio.run(go())


def test_sync_json_exit_codes_and_log_exports(world, db_url, capsys, tmp_path):
    ids = _seed(db_url, world, 5)
    world.faults.fail_endpoint("/data_pribadi/alamat", world.world.sdm[1].id_sdm, "500")
    code = main(["sync", "--all", "--json", "--db", db_url, "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == EXIT_PARTIAL, err
    document = json.loads(out)
    assert document["status"] == "partial"
    assert document["totals"] == {"pegawai": 5, "ok": 4, "failed": 1, "skipped": 0}
    # A scheduled run leaves its summary in the command line's log file, not a line per request.
    logged = app_paths().cli_log_file.read_text(encoding="utf-8")
    assert f"Sync {document['run_id']} partial: 4 ok, 1 failed" in logged
    assert "HTTP Request" not in logged
    # The referensi and SDM lists, every dataset of the default groups per person, the login.
    people = world.world.sdm[:5]
    assert document["requests"]["total"] == RUN_REQUESTS + expected_requests(world, people) + 1
    failed = [p for p in document["pegawai"] if p["status"] == "failed"]
    assert failed == [
        {
            "id": ids[1],
            "id_sdm": world.world.sdm[1].id_sdm,
            "status": "failed",
            "errors": [
                {
                    "endpoint": "data_pribadi/alamat",
                    "http_status": 500,
                    "message": "Gagal mengambil data",
                    "error_code": "server_error",
                }
            ],
        }
    ]
    assert "of 5 pegawai" in err

    world.faults.clear()
    assert main(["sync", "--failed", "--json", "--db", db_url]) == EXIT_OK
    again = json.loads(capsys.readouterr().out)
    assert [p["id"] for p in again["pegawai"]] == [ids[1]]

    # The log of the first run, in the three formats.
    run_id = document["run_id"]
    assert main(["log", "--run", run_id, "--db", db_url]) == EXIT_OK
    log = json.loads(capsys.readouterr().out)
    assert len(log["rows"]) == 5 * LINES_PER_PEGAWAI
    assert next(r for r in log["rows"] if r["status"] == "failed")["http_status"] == 500

    assert main(["log", "--run", run_id, "--format", "csv", "--db", db_url, "--lang", "en"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out), delimiter=";"))
    assert table[0][:3] == ["Time", "Pegawai", "Pegawai ID"]
    assert len(table) == 1 + len(log["rows"])

    target = tmp_path / "log.xlsx"
    assert main(["log", "--output", str(target), "--db", db_url, "--lang", "en"]) == EXIT_OK
    sheet = load_workbook(target).active
    assert sheet.max_row == 1 + LINES_PER_PEGAWAI  # the last run: one pegawai
    assert sheet.freeze_panes == "A2"

    assert main(["log", "--format", "xlsx", "--db", db_url]) == EXIT_USAGE
    assert main(["log", "--run", "nope", "--db", db_url]) == EXIT_USAGE
    assert main(["sync", "--resume", "--db", db_url]) == EXIT_USAGE  # nothing to resume


#: Pegawai of the interrupted runs: every dataset of each, some seconds of pulling in all.
PEOPLE = 8
#: Log lines of one pegawai: the SDM row, one per dataset of the default groups, the derived.
LINES_PER_PEGAWAI = 1 + len(SyncScope().datasets) + 1


def _start_sync(db_url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "sister_desktop", "sync", "--all", "--json", "--db", db_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _wait_for_done(db_url: str, process: subprocess.Popen[str], at_least: int) -> int:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        try:
            done = _query(db_url, "SELECT count(*) FROM sync_target WHERE status != 'pending'")
        except Exception:
            done = [(0,)]
        if done[0][0] >= at_least:
            return done[0][0]
        time.sleep(0.1)
    raise AssertionError("the sync made no progress")


def _check_no_duplicates_or_losses(db_url: str, ids: list[int]) -> None:
    per_pegawai = dict(
        _query(
            db_url,
            "SELECT pegawai_id, count(*) FROM sync_result WHERE endpoint != '*' "
            "GROUP BY pegawai_id",
        )
    )
    assert per_pegawai == {i: LINES_PER_PEGAWAI for i in ids}
    # The SDM row and each data_pribadi object once per pegawai, as records.
    single = [name for name in ENDPOINTS if name not in BY_NAME or not BY_NAME[name].keyed]
    names = ", ".join(f"'{name}'" for name in single)
    assert _query(
        db_url,
        f"SELECT count(*) FROM sister_record WHERE record_key = '' AND dataset IN ({names})",
    ) == [(len(ids) * len(single),)]
    # Every pegawai whole: a state for each dataset, each record once, every detail stored.
    states = dict(
        _query(db_url, "SELECT pegawai_id, count(*) FROM sister_dataset_state GROUP BY pegawai_id")
    )
    assert states == {i: len(SyncScope().datasets) for i in ids}
    missing = _query(
        db_url,
        "SELECT count(*) FROM sister_record WHERE detail IS NULL AND dataset IN ("
        + ",".join(f"'{d.name}'" for d in SyncScope().datasets if d.has_details)
        + ")",
    )
    assert missing == [(0,)]
    left = _query(
        db_url,
        "SELECT count(*) FROM sync_target t WHERE status = 'pending' AND NOT EXISTS "
        "(SELECT 1 FROM sync_run r WHERE r.resumed_from = t.run_id)",
    )
    assert left == [(0,)]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT/SIGKILL semantics")
def test_sigint_cancels_resumably_and_resume_finishes(world, db_url, capsys):
    ids = _seed(db_url, world, PEOPLE)
    process = _start_sync(db_url)
    try:
        _wait_for_done(db_url, process, 3)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == EXIT_CANCELLED, err
    document = json.loads(out)
    assert document["status"] == "cancelled"
    assert 0 < document["totals"]["ok"] < PEOPLE

    assert main(["sync", "--resume", "--json", "--db", db_url]) == EXIT_OK
    resumed = json.loads(capsys.readouterr().out)
    assert resumed["resumed_from"] == document["run_id"]
    assert resumed["totals"]["ok"] == PEOPLE - document["totals"]["ok"]
    _check_no_duplicates_or_losses(db_url, ids)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_process_killed_mid_sync_then_resume_completes(world, db_url, capsys):
    ids = _seed(db_url, world, PEOPLE)
    process = _start_sync(db_url)
    try:
        done = _wait_for_done(db_url, process, 4)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    assert _query(db_url, "SELECT status FROM sync_run") == [("running",)]

    code = main(["sync", "--resume", "--json", "--db", db_url])
    out, err = capsys.readouterr()
    assert code == EXIT_OK, err
    resumed = json.loads(out)
    assert resumed["status"] == "completed"
    assert resumed["totals"]["pegawai"] <= PEOPLE - done
    statuses = dict(_query(db_url, "SELECT scope, status FROM sync_run"))
    assert statuses == {"all": "interrupted", "resume": "completed"}
    _check_no_duplicates_or_losses(db_url, ids)


def test_json_names_the_reason_when_no_run_can_start(world, db_url, capsys, monkeypatch):
    monkeypatch.setenv("SISTER_MAX_RPS", "50")  # above what Settings allows
    code = main(["--lang", "en", "--db", db_url, "sync", "--all", "--json"])
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    assert code == EXIT_USAGE
    assert document["run_id"] is None and document["status"] == "failed"
    assert document["error"] == "config"
    # The variable is named (not the Settings tab it did not come from), with its range.
    assert captured.err.count("SISTER_MAX_RPS") == 1
    assert "between 0.2 and 20" in captured.err and "Settings" not in captured.err


def test_a_full_disk_ends_the_sync_with_disk_penuh(world, capsys, small_disk):  # noqa: F811
    url = f"sqlite:///{small_disk.root / 'sister.db'}"
    _seed(url, world, 30)
    small_disk.fill(leave=96 * 1024)  # room to start, not to finish
    # The personal data only: the whole of 30 careers would not fit the 8 MB disk even empty.
    code = main(["sync", "--all", "--groups", "data_pribadi", "--db", url, "--lang", "id"])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE, err
    assert "Disk penuh" in err and "Traceback" not in err
    # With room again the next run goes through (the stopped one is not left holding the lock).
    small_disk.free()
    code = main(["sync", "--all", "--groups", "data_pribadi", "--db", url, "--lang", "en"])
    assert code == EXIT_OK, capsys.readouterr().err


def test_a_log_export_to_a_full_disk_keeps_no_part_file(world, db_url, capsys, small_disk):  # noqa: F811
    _seed(db_url, world, 3)
    assert main(["sync", "--all", "--db", db_url]) == EXIT_OK
    capsys.readouterr()
    small_disk.fill()
    for suffix in ("csv", "xlsx"):
        target = small_disk.root / f"log.{suffix}"
        code = main(
            ["log", "--format", suffix, "--output", str(target), "--db", db_url, "--lang", "id"]
        )
        err = capsys.readouterr().err
        assert code == EXIT_USAGE and "Disk penuh" in err and "Traceback" not in err
    assert [p.name for p in small_disk.root.iterdir() if not p.name.startswith(".filler")] == []


def test_a_format_that_contradicts_the_file_name_is_refused(world, db_url, capsys, tmp_path):
    _seed(db_url, world, 2)
    assert main(["sync", "--all", "--db", db_url]) == EXIT_OK
    capsys.readouterr()
    target = tmp_path / "x.csv"
    code = main(
        ["log", "--format", "xlsx", "--output", str(target), "--db", db_url, "--lang", "id"]
    )
    err = capsys.readouterr().err
    assert code == EXIT_USAGE and "--format xlsx" in err and "Traceback" not in err
    assert not target.exists()
    # Agreeing, or a name without a known ending, is fine.
    assert main(["log", "--format", "csv", "--output", str(target), "--db", db_url]) == EXIT_OK
    assert target.read_bytes().startswith("\ufeff".encode())


@pytest.mark.parametrize("output", ["", "folder"])
def test_a_log_output_that_is_no_file_name_is_refused(world, db_url, capsys, tmp_path, output):
    _seed(db_url, world, 1)
    assert main(["sync", "--all", "--db", db_url]) == EXIT_OK
    capsys.readouterr()
    target = str(tmp_path) if output == "folder" else ""
    code = main(["log", "--format", "csv", "--output", target, "--db", db_url, "--lang", "id"])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE and "folder" in err and "Traceback" not in err
    assert tmp_path.is_dir()


def test_groups_full_and_estimate_on_the_command_line(world, db_url, capsys):
    ids = _seed(db_url, world, 3)
    # The estimate before any run: guessed, nothing sent.
    world.stats.reset()
    assert main(["sync", "--estimate", "--db", db_url]) == EXIT_OK
    line = capsys.readouterr().err.strip().splitlines()[-1]
    assert line.startswith("≈ ") and "permintaan" in line and "pada 20/detik" in line
    assert world.stats.requests == 0
    assert main(["sync", "--estimate", "--json", "--db", db_url, "--lang", "en"]) == EXIT_OK
    out, err = capsys.readouterr()
    estimate = json.loads(out)["estimate"]
    assert estimate["pegawai"] == 3 and not estimate["from_last_run"]
    assert "requests" in err and "at 20/s" in err

    # One group for one run: only its datasets are asked.
    code = main(["sync", "--all", "--groups", "data_pribadi", "--json", "--db", db_url])
    assert code == EXIT_OK
    document = json.loads(capsys.readouterr().out)
    personal = SyncScope(groups=frozenset({SisterGroup.DATA_PRIBADI}))
    assert document["requests"]["total"] == RUN_REQUESTS + 3 * len(personal.datasets) + 1
    asked = {endpoint_of(p) for p in world.stats.by_path}
    assert "/penugasan" not in asked and "/data_pribadi/foto/{id}" in asked
    # After that run the estimate of the same group counts from it.
    assert main(["sync", "--estimate", "--groups", "data_pribadi", "--json", "--db", db_url]) == 0
    estimate = json.loads(capsys.readouterr().out)["estimate"]
    assert estimate["from_last_run"] and estimate["groups"] == ["data_pribadi"]
    assert estimate["requests"] == document["requests"]["total"] - 1  # all but the login

    # --full asks every detail again; without it a second run asks none.
    assert main(["sync", "--id", str(ids[0]), "--groups", "kepegawaian", "--db", db_url]) == 0
    world.stats.reset()
    assert main(["sync", "--id", str(ids[0]), "--groups", "kepegawaian", "--db", db_url]) == 0
    assert not [p for p in world.stats.by_path if endpoint_of(p) == "/penugasan/{id}"]
    command = ["sync", "--id", str(ids[0]), "--groups", "kepegawaian", "--full", "--db", db_url]
    assert main(command) == 0
    details = [p for p in world.stats.by_path if endpoint_of(p) == "/penugasan/{id}"]
    assert len(details) == len(world.world.sdm[0].penugasan)
    capsys.readouterr()

    # A group that does not exist is a usage error naming the valid ones.
    with pytest.raises(SystemExit) as stopped:
        main(["sync", "--all", "--groups", "publikasi", "--db", db_url])
    assert stopped.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert "unknown group 'publikasi'" in err and "data_pribadi" in err and "all" in err
    with pytest.raises(SystemExit):
        main(["sync", "--db", db_url])  # which pegawai: required unless --estimate
    assert "--all" in capsys.readouterr().err


def test_sync_scheduled_asks_only_what_is_due(world, db_url, capsys):
    """``sync --scheduled``: the first night pulls everything; run again at once, nothing
    is due (every list was checked less than half a night ago): no pegawai, no list asked."""
    _seed(db_url, world, 3)
    code = main(["sync", "--scheduled", "--json", "--db", db_url, "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == EXIT_OK, err
    first = json.loads(out)
    assert first["mode"] == "scheduled" and first["totals"]["ok"] == 3
    code = main(["sync", "--scheduled", "--estimate", "--json", "--db", db_url, "--lang", "en"])
    out, _err = capsys.readouterr()
    assert code == EXIT_OK and json.loads(out)["estimate"]["pegawai"] == 0
    world.stats.reset()
    code = main(["sync", "--scheduled", "--json", "--db", db_url, "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == EXIT_OK, err
    assert json.loads(out)["totals"]["pegawai"] == 0
    assert world.stats.requests == 0  # nobody due: not even the SDM list is asked


def test_sync_all_sample_estimates_then_runs_reusing_the_sample(world, db_url, capsys):
    """``sync --all --sample``: dosen and tendik pulled first (a run of its own per round),
    the estimate of the rest printed, then the run, which asks the sampled pegawai nothing
    again. One group: the estimate's accuracy is tested in the service."""
    _seed(db_url, world, 12)
    sample = ["sync", "--all", "--sample", "--groups", "data_pribadi", "--db", db_url]
    code = main([*sample, "--estimate", "--json"])
    out, err = capsys.readouterr()
    assert code == EXIT_OK, err
    estimate = json.loads(out)["estimate"]
    assert estimate["pegawai"] == 12 and 8 <= estimate["sampled"] < 12
    assert estimate["sample_rounds"] >= 1 and estimate["sample_requests"] > 0
    assert "sebagai sampel" in err and "Sampel, putaran 1" in err
    runs = _query(db_url, "SELECT scope, total_pegawai FROM sync_run")
    assert runs[0] == ("sample", estimate["sampled"])  # the sample is a run of its own
    code = main([*sample, "--json", "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == EXIT_OK, err
    assert json.loads(out)["totals"]["ok"] == 12
    assert "pulled as a sample" in err
    with pytest.raises(SystemExit) as usage:
        main(["sync", "--scheduled", "--sample", "--db", db_url])
    assert usage.value.code == EXIT_USAGE
