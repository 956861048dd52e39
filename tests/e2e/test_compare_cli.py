"""``sister-desktop compare`` end to end: a synced campus in a real SQLite file, the sandbox over
loopback for the SDM list, the CLI entry in this process; JSON, XLSX and PDF outputs."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from sister_desktop.cli import EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE, main
from sister_desktop.domain.comparison import COMPARISON_FIELDS
from sister_desktop.store.database import Database
from tests.comparison_world import sync_campus
from tests.disk_fixtures import small_disk  # noqa: F401  (a fixture)


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    return qapp


@pytest.fixture
def world(sandbox_factory, monkeypatch, db_url):
    server = sandbox_factory(size=40)
    c = server.credentials
    monkeypatch.setenv("SISTER_WS_URL", c.url)
    monkeypatch.setenv("SISTER_ID_PENGGUNA", c.id_pengguna)
    monkeypatch.setenv("SISTER_USERNAME", c.username)
    monkeypatch.setenv("SISTER_PASSWORD", c.password)

    async def seed():
        db = await Database.open(db_url)
        try:
            return await sync_campus(db, server)
        finally:
            await db.dispose()

    return server, asyncio.run(seed())


def test_json_lists_the_planted_differences_and_orphans(world, db_url, capsys):
    server, campus = world
    code = main(["compare", "--json", "--only-different", "--db", db_url, "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == EXIT_OK
    document = json.loads(out)
    truth = server.world.truth
    got = {(campus.row_of[d["id"]], d["field"]) for d in document["differences"]}
    assert got == {(d.row, d.field) for d in truth.differences if truth.sdm_of(d.row)}
    assert {d["id_sdm"] for d in document["sister_without_local"]} == set(truth.sister_only)
    assert {campus.row_of[p["id"]] for p in document["local_without_link"]} == set(
        truth.campus_only
    )
    nidn = next(d for d in document["differences"] if d["field"] == "nidn")
    assert set(nidn) >= {"id", "id_sdm", "field", "local", "sister"}
    assert "differences" in err


def test_xlsx_has_the_same_rows(world, db_url, tmp_path, capsys):
    _server, _campus = world
    path = tmp_path / "perbandingan.xlsx"
    assert main(["compare", "--json", "--only-different", "--db", db_url, "--lang", "en"]) == 0
    document = json.loads(capsys.readouterr().out)
    code = main(
        ["compare", "--only-different", "--output", str(path), "--db", db_url, "--lang", "en"]
    )
    assert code == EXIT_OK
    book = load_workbook(path)
    assert book.sheetnames == [
        "Perbandingan",
        "In SISTER, not on campus",
        "In SISTER, can be linked",
        "Not linked to SISTER",
    ]
    sheet = book["Perbandingan"]
    assert sheet.freeze_panes == "A2"
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(document["differences"])
    assert {(r[1], r[2]) for r in rows} == {
        (
            d["id_sdm"],
            {
                "nama": "Name",
                "tanggal_lahir": "Date of birth",
                "jenis_kelamin": "Sex",
                "unit_kerja": "Unit kerja / homebase",
                "jabatan_fungsional": "Jabatan fungsional",
                "pangkat_golongan": "Pangkat/golongan",
            }.get(d["field"], d["field"].upper()),
        )
        for d in document["differences"]
    }
    born = [r for r in rows if r[2] == "Date of birth"]
    assert born and all(hasattr(r[3], "year") for r in born)  # a date, not text
    sdm_rows = list(book["In SISTER, not on campus"].iter_rows(min_row=2, values_only=True))
    assert {r[1] for r in sdm_rows} == {d["id_sdm"] for d in document["sister_without_local"]}


def test_pdf_has_a_page_per_40_rows(world, db_url, tmp_path):
    path = tmp_path / "perbandingan.pdf"
    code = main(["compare", "--output", str(path), "--db", db_url, "--lang", "en"])
    assert code == EXIT_OK
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    pages = (
        data.count(b"/Type /Page\n") + data.count(b"/Type /Page\r") + data.count(b"/Type /Page ")
    )
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
        pages = int(
            next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:"))
        )
    # Every compared field of every synced employee: a row each, 40 per page, plus the three
    # orphan lists.
    synced = len([r for r in world[1].row_of.values() if world[0].world.truth.sdm_of(r)])
    expected = -(-synced * len(COMPARISON_FIELDS) // 40) + 3
    assert pages == expected


def test_unreachable_sister_still_reports_the_differences(world, db_url, monkeypatch, capsys):
    monkeypatch.setenv("SISTER_WS_URL", "http://127.0.0.1:9/ws.php/1.0")
    code = main(["compare", "--json", "--db", db_url, "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == EXIT_UNREACHABLE
    document = json.loads(out)
    assert document["differences"] and document["sister_without_local"] == []
    assert "SDM" in err


def test_output_must_be_xlsx_or_pdf(db_url, tmp_path, capsys):
    assert main(["compare", "--output", str(tmp_path / "x.csv"), "--db", db_url]) == EXIT_USAGE


def test_a_busy_sister_counts_as_unreachable_for_the_nightly_report(world, db_url, capsys):
    """Every answer a transient 503: after the client's retries SISTER is ``server_error``, and
    the report still carries the differences, with the exit code a job retries on."""
    server, _campus = world
    server.faults.fail_rate = 1.0
    code = main(["compare", "--json", "--db", db_url, "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == EXIT_UNREACHABLE
    document = json.loads(out)
    assert document["differences"] and document["sister_without_local"] == []
    assert "SISTER reported an error on its side." in err


def test_campus_values_that_look_like_formulas_are_text_in_the_xlsx(world, db_url, tmp_path):
    """A nama or unit_kerja typed as a formula stays a string cell in the report (Excel would
    run it on opening), while the database keeps the value as entered."""
    import sqlalchemy as sa

    hostile = ['=HYPERLINK("http://example.invalid","klik")', "+cmd|' /C calc'!A0", "@SUM(A1)"]

    async def plant() -> None:
        db = await Database.open(db_url)
        try:
            async with db.connect() as conn:
                ids = [r[0] for r in await conn.execute(sa.text("SELECT id FROM pegawai"))]
                for pegawai_id, value in zip(ids, hostile, strict=False):
                    await conn.execute(
                        sa.text("UPDATE pegawai SET nama = :v, unit_kerja = :v WHERE id = :i"),
                        {"v": value, "i": pegawai_id},
                    )
                await conn.commit()
        finally:
            await db.dispose()

    asyncio.run(plant())
    path = tmp_path / "perbandingan.xlsx"
    assert main(["compare", "--output", str(path), "--db", db_url, "--lang", "en"]) == EXIT_OK
    book = load_workbook(path)
    seen: set[str] = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if cell.value in hostile:
                    assert cell.data_type == "s"
                    seen.add(cell.value)
    assert seen == set(hostile)


@pytest.mark.parametrize("suffix", ["pdf", "xlsx"])
def test_a_full_disk_is_an_operator_message_and_keeps_the_previous_report(
    world,
    db_url,
    small_disk,  # noqa: F811
    capsys,
    suffix,
):
    path = small_disk.root / f"perbandingan.{suffix}"
    assert main(["compare", "--output", str(path), "--db", db_url, "--lang", "id"]) == EXIT_OK
    good = path.read_bytes()
    small_disk.fill()
    capsys.readouterr()
    code = main(["compare", "--output", str(path), "--db", db_url, "--lang", "id"])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert "Disk penuh" in err and "Traceback" not in err
    assert "Ditulis ke" not in err
    assert path.read_bytes() == good
    assert [p.name for p in small_disk.root.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.parametrize("where", ["folder", "missing", "device"])
def test_an_output_that_cannot_be_a_report_file_is_refused(world, db_url, tmp_path, capsys, where):
    target = {
        "folder": tmp_path / "out.xlsx",
        "missing": tmp_path / "typo" / "out.xlsx",
        "device": tmp_path / "dev.xlsx",
    }[where]
    if where == "folder":
        target.mkdir()
    if where == "device":  # a link to a device, named like a report
        target = tmp_path / "dev.xlsx"
        target.symlink_to("/dev/null")
    code = main(["compare", "--output", str(target), "--db", db_url, "--lang", "id"])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE and "Traceback" not in err
    assert str(target) in err
    assert not (tmp_path / "typo").exists()
