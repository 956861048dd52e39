"""``sister-desktop sandbox`` in a real subprocess: listening line, credentials file, data, exit."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from sister_desktop.cli import main as cli_main

LINE_PREFIX = "SISTER sandbox listening on http://127.0.0.1:"


def _start(*args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # test the flush
    return subprocess.Popen(
        [sys.executable, "-m", "sister_desktop", "sandbox", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_serves_real_data_until_signalled(tmp_path: Path, stop_signal: int) -> None:
    creds_file = tmp_path / "c.json"
    process = _start(
        "--port", "0", "--size", "25", "--seed", "3", "--credentials-file", str(creds_file)
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline().rstrip("\n")  # flushed as soon as it accepts
        assert first.startswith(LINE_PREFIX) and first.endswith("/ws.php/1.0"), first
        url = first.removeprefix("SISTER sandbox listening on ")
        creds = json.loads(creds_file.read_text(encoding="utf-8"))
        assert set(creds) == {"url", "id_pengguna", "username", "password", "role", "pro"}
        assert creds["role"] == "basic" and creds["pro"]["url"] == creds["url"]
        assert creds_file.stat().st_mode & 0o777 == 0o600  # it holds a password
        assert creds["url"] == url
        with httpx.Client(base_url=url + "/", timeout=10) as client:
            answer = client.post(
                "authorize", json={k: creds[k] for k in ("username", "password", "id_pengguna")}
            )
            token = answer.json()["token"]
            rows = client.get("referensi/sdm", headers={"Authorization": f"Bearer {token}"})
            assert rows.status_code == 200 and len(rows.json()) == 25
            profil = client.get(
                f"data_pribadi/profil/{rows.json()[0]['id_sdm']}",
                headers={"Authorization": f"Bearer {token}"},
            )
            assert profil.json()["nama"] == rows.json()[0]["nama_sdm"]
        process.send_signal(stop_signal)
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_options_reach_the_server(tmp_path: Path) -> None:
    creds_file = tmp_path / "c.json"
    process = _start(
        "--port", "0", "--size", "5", "--fail-rate", "1", "--credentials-file", str(creds_file)
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip().removeprefix("SISTER sandbox listening on ")
        answer = httpx.get(url + "/referensi/profil_pt", timeout=10)
        assert answer.status_code == 503
        process.terminate()
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_export_pegawai_writes_and_exits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "pegawai.csv"
    started = time.monotonic()
    assert cli_main(["sandbox", "--size", "30", "--export-pegawai", str(target)]) == 0
    assert time.monotonic() - started < 10
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("nama;nip;nidn;")
    assert len(lines) == 31  # 30 SDM, minus those the campus lacks, plus those SISTER lacks
    assert capsys.readouterr().out == ""


def test_bad_options_are_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["sandbox", "--export-pegawai", str(tmp_path / "x.txt")]) == 2
    assert ".csv or .xlsx" in capsys.readouterr().err
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        assert cli_main(["sandbox", "--port", port]) == 2
    assert "cannot listen" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        cli_main(["sandbox", "--fail-rate", "1.5"])
    assert exit_info.value.code == 2


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--size", "100000", "at most 65535"),
        ("--size", "0", "at least 1"),
        ("--port", "-1", "between 0 and 65535"),
        ("--port", "70000", "between 0 and 65535"),
        ("--latency-ms", "inf", "finite"),
        ("--latency-ms", "nan", "finite"),
        ("--lockout-s", "nan", "finite"),
        ("--fail-rate", "nan", "finite"),
        ("--token-ttl-s", "0", "greater than 0"),
    ],
)
def test_values_that_would_hang_or_crash_are_refused_up_front(
    option: str, value: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli_main(["sandbox", option, value])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert option in err and says in err and "Traceback" not in err


def test_a_large_world_runs_out_of_common_e_mails_without_hanging() -> None:
    """The people factory gives up on random addresses after 50 misses and numbers them."""
    import random

    from sister_desktop.sandbox.people import PersonFactory

    factory = PersonFactory(random.Random(1), [])
    taken = [factory._unique(lambda: "budi@gmail.com", lambda n: f"budi.{n}@x") for _ in range(4)]
    assert taken == ["budi@gmail.com", "budi.1@x", "budi.2@x", "budi.3@x"]


def test_help_says_what_the_world_holds(capsys: pytest.CaptureFixture[str]) -> None:
    from sister_desktop.sandbox.routes import templates

    with pytest.raises(SystemExit) as done:
        cli_main(["sandbox", "--help"])
    assert done.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    count = len(templates())
    assert f"({count} of {count})" in text
    for word in ("referensi", "data_pribadi", "*/ajuan", "BKD", "250+ publications", "HTML 404"):
        assert word in text, word


def test_size_is_bounded_by_what_a_record_id_can_carry(capsys: pytest.CaptureFixture[str]) -> None:
    from sister_desktop.sandbox.dataset import World

    with pytest.raises(SystemExit) as done:
        cli_main(["sandbox", "--size", "65536"])
    assert done.value.code == 2
    assert "at most 65535" in capsys.readouterr().err
    with pytest.raises(ValueError):
        World(size=65536)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGHUP")
def test_sighup_changes_records_when_asked(tmp_path: Path) -> None:
    """``--mutate-on-hup``: each SIGHUP edits, removes and adds records, and says so."""
    creds_file = tmp_path / "c.json"
    process = _start(
        "--port",
        "0",
        "--size",
        "6",
        "--credentials-file",
        str(creds_file),
        "--mutate-on-hup",
        "0.2",
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().startswith(LINE_PREFIX)
        creds = json.loads(creds_file.read_text(encoding="utf-8"))
        with httpx.Client(base_url=creds["url"] + "/", timeout=10) as client:
            token = client.post(
                "authorize", json={k: creds[k] for k in ("username", "password", "id_pengguna")}
            ).json()["token"]
            headers = {"Authorization": f"Bearer {token}"}
            people = client.get("referensi/sdm", headers=headers).json()

            def documents() -> list[list[dict]]:
                return [
                    client.get("dokumen", params={"id_sdm": p["id_sdm"]}, headers=headers).json()
                    for p in people
                ]

            before = documents()
            process.send_signal(signal.SIGHUP)
            line = process.stdout.readline()
            assert line.startswith("SISTER sandbox changed ") and " edited, " in line
            assert documents() != before
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_role_and_write_fault_reach_the_server(tmp_path: Path) -> None:
    from sister_desktop.sandbox.dataset import World
    from tests.sandbox.write_samples import Samples

    creds_file = tmp_path / "c.json"
    process = _start(
        "--port", "0", "--size", "5", "--seed", "4", "--role", "pro",
        "--write-fault", "500", "--credentials-file", str(creds_file),
    )  # fmt: skip
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip().removeprefix("SISTER sandbox listening on ")
        creds = json.loads(creds_file.read_text(encoding="utf-8"))
        assert creds["role"] == "pro" and set(creds["basic"]) == {
            "url",
            "id_pengguna",
            "username",
            "password",
        }
        world = World(seed=4, size=5)
        me = world.sdm[0].id_sdm
        body = Samples(world, me).body("Beasiswa")
        with httpx.Client(base_url=url + "/", timeout=10) as client:
            for who, role in ((creds, "Sister-WS Pro"), (creds["basic"], "Sister-WS Basic")):
                login = client.post(
                    "authorize",
                    json={k: who[k] for k in ("username", "password", "id_pengguna")},
                )
                assert login.json()["role"] == role
            headers = {"Authorization": f"Bearer {login.json()['token']}"}
            answer = client.post("beasiswa", json=body, headers=headers)
            assert answer.status_code == 500  # applied, then answered 500
            rows = client.get("beasiswa", params={"id_sdm": me}, headers=headers).json()
            assert body["nama"] in [r["nama"] for r in rows]
        process.terminate()
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
