"""``sister-desktop import``: the JSON document of docs/CLI.md, exit codes, and a process killed in
the middle of writing that leaves the database exactly as it was."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from sister_desktop.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main
from sister_desktop.store.database import Database
from sister_desktop.store.pegawai_repository import PegawaiRepository
from tests.disk_fixtures import small_disk  # noqa: F401  (a fixture)
from tests.services.import_samples import BUDI, SITI, write_csv


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    """The command uses the running application for its translators instead of making one."""
    return qapp


def _run(capsys, *argv):
    code = main(["import", *map(str, argv), "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_document_and_reimport(capsys, tmp_path, db_url):
    path = write_csv(tmp_path / "p.csv", [SITI, BUDI])
    code, out, err = _run(capsys, path, "--db", db_url, "--json")
    assert code == EXIT_OK
    document = json.loads(out)
    assert document["imported"] == 2
    assert document["updated"] == 0
    assert document["invalid"] == []
    assert [p["nama"] for p in document["pegawai"]] == ["Siti Rahmawati", "Budi Santoso"]
    assert all(isinstance(p["id"], int) for p in document["pegawai"])
    assert "2 new" in err

    moved = list(BUDI)
    moved[10] = "Fakultas Hukum"
    write_csv(path, [SITI, moved])
    code, out, _ = _run(capsys, path, "--db", db_url, "--json")
    again = json.loads(out)
    assert (again["imported"], again["updated"]) == (0, 1)
    assert [p["id"] for p in again["pegawai"]] == [p["id"] for p in document["pegawai"]]


def test_invalid_rows_import_nothing_unless_valid_only(capsys, tmp_path, db_url):
    bad = list(BUDI)
    bad[2] = "12345"
    path = write_csv(tmp_path / "p.csv", [SITI, bad])
    code, out, err = _run(capsys, path, "--db", db_url, "--json")
    assert code == EXIT_PARTIAL
    document = json.loads(out)
    assert document["imported"] == 0
    assert document["invalid"] == [
        {"row": 3, "field": "nidn", "message": "NIDN must have exactly 10 digits."}
    ]
    assert "row 3, NIDN: NIDN must have exactly 10 digits." in err

    code, out, _ = _run(capsys, path, "--db", db_url, "--json", "--valid-only")
    assert code == EXIT_PARTIAL
    assert json.loads(out)["imported"] == 1


def test_dry_run_writes_nothing(capsys, tmp_path, db_url, loop):
    path = write_csv(tmp_path / "p.csv", [SITI])
    code, out, _ = _run(capsys, path, "--db", db_url, "--json", "--dry-run")
    assert code == EXIT_OK
    assert json.loads(out)["pegawai"] == [{"id": None, "nama": "Siti Rahmawati"}]
    assert json.loads(out)["would_import"] == 1

    async def count():
        db = await Database.open(db_url)
        try:
            return await PegawaiRepository(db).count()
        finally:
            await db.dispose()

    assert loop.run_until_complete(count()) == 0


def test_an_unusable_file_is_a_usage_error(capsys, tmp_path, db_url):
    path = tmp_path / "p.csv"
    path.write_text("name;nip\n", encoding="utf-8")
    code, out, err = _run(capsys, path, "--db", db_url)
    assert code == EXIT_USAGE
    assert out == ""
    assert '"nama"' in err


def _snapshot(loop, url):
    async def read():
        db = await Database.open(url)
        try:
            return await PegawaiRepository(db).list_all()
        finally:
            await db.dispose()

    return loop.run_until_complete(read())


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_process_killed_while_writing_leaves_the_database_as_it_was(loop, tmp_path, db_url):
    write_csv(tmp_path / "first.csv", [SITI, BUDI])
    assert main(["import", str(tmp_path / "first.csv"), "--db", db_url]) == EXIT_OK
    before = _snapshot(loop, db_url)

    rows = [
        [f"Pegawai Uji {i:05d}", "", "", "", "", f"{i:016d}", "", "", "", "Tendik", "Unit", ""]
        for i in range(1, 20_001)
    ]
    big = write_csv(tmp_path / "big.csv", rows)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sister_desktop",
            "import",
            str(big),
            "--db",
            db_url,
            "--lang",
            "en",
        ],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stderr is not None
        for line in process.stderr:
            if line.startswith("saved "):  # the transaction is open and rows are written
                process.send_signal(signal.SIGKILL)
                break
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    assert _snapshot(loop, db_url) == before


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM")
def test_sigterm_while_writing_is_cancelled_with_a_message_and_nothing_written(
    loop, tmp_path, db_url
):
    write_csv(tmp_path / "first.csv", [SITI, BUDI])
    assert main(["import", str(tmp_path / "first.csv"), "--db", db_url]) == EXIT_OK
    before = _snapshot(loop, db_url)
    rows = [
        [f"Pegawai Uji {i:05d}", "", "", "", "", f"{i:016d}", "", "", "", "Tendik", "Unit", ""]
        for i in range(1, 20_001)
    ]
    big = write_csv(tmp_path / "big.csv", rows)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sister_desktop",
            "import",
            str(big),
            "--db",
            db_url,
            "--lang",
            "en",
        ],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stderr is not None
        for line in process.stderr:
            if line.startswith("saved "):  # the writing transaction is open
                process.send_signal(signal.SIGTERM)
                break
        rest = process.stderr.read()
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 3, rest
    assert "Ctrl+C" in rest  # said, in the operator's words
    assert "Traceback" not in rest
    assert _snapshot(loop, db_url) == before


def test_a_full_disk_is_disk_penuh_and_the_database_stays_as_it_was(capsys, tmp_path, small_disk):  # noqa: F811
    """The database on a real 8 MB filesystem that the import fills up."""
    import asyncio

    url = f"sqlite:///{small_disk.root / 'sister.db'}"
    first = write_csv(tmp_path / "first.csv", [SITI])
    assert _run(capsys, first, "--db", url)[0] == EXIT_OK
    many = [
        [f"Pegawai Nomor {i:06d} " + "x" * 150, *BUDI[1:11], f"p{i}@kampus.ac.id"]
        for i in range(30_000)
    ]
    big = write_csv(tmp_path / "big.csv", many)
    code = main(["import", str(big), "--db", url, "--lang", "id"])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert "Disk penuh" in err and "Traceback" not in err

    async def names() -> list[str]:
        db = await Database.open(url)
        try:
            return [p.nama for p in await PegawaiRepository(db).list_all()]
        finally:
            await db.dispose()

    small_disk.free()
    assert asyncio.run(names()) == ["Siti Rahmawati"]


def test_problems_past_the_limit_are_counted_on_stderr(capsys, tmp_path, db_url, monkeypatch):
    from sister_desktop.services import importer

    monkeypatch.setattr(importer, "MAX_PROBLEMS_KEPT", 1)
    bad = [list(BUDI), list(BUDI), list(BUDI)]
    for number, row in enumerate(bad):
        row[0] = f"Budi {number}"
        row[2] = "12345"
    code, out, err = _run(capsys, write_csv(tmp_path / "p.csv", bad), "--db", db_url, "--json")
    assert code == EXIT_PARTIAL
    assert [p["row"] for p in json.loads(out)["invalid"]] == [2]
    assert "… and 2 more problems, not listed." in err
    assert "3 invalid" in err


def test_a_dry_run_lists_the_rows_it_would_write_in_file_order(capsys, tmp_path, db_url):
    path = write_csv(tmp_path / "p.csv", [SITI])
    assert _run(capsys, path, "--db", db_url)[0] == EXIT_OK
    moved = list(SITI)
    moved[10] = "Rektorat"
    write_csv(path, [BUDI, moved])
    code, out, _ = _run(capsys, path, "--db", db_url, "--json", "--dry-run")
    assert code == EXIT_OK
    document = json.loads(out)
    assert [(p["id"] is None, p["nama"]) for p in document["pegawai"]] == [
        (True, "Budi Santoso"),
        (False, "Siti Rahmawati"),
    ]
    assert (document["would_import"], document["would_update"]) == (1, 1)
