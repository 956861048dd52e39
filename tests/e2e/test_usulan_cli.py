"""``sister-desktop usulan`` end to end on a real SQLite file: a template, an import with its
report, list, approve, withdraw, a deletion and the Perbandingan's e-mail."""

from __future__ import annotations

import asyncio
import csv
import json
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from sister_desktop.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main
from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.sandbox.dataset import World
from sister_desktop.store.database import Database
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from tests import sister_records_world as srw


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    return qapp


@pytest.fixture(scope="module")
def world() -> World:
    return World(seed=7, size=40)


@pytest.fixture
def stored(world, db_url):
    person = next(p for p in world.sdm if p.kepegawaian.get("nip"))

    async def seed():
        db = await Database.open(db_url)
        try:
            groups = (SisterGroup.DATA_PRIBADI, SisterGroup.TRIDHARMA)
            [pegawai_id] = await srw.store_people(db, world, [person], groups)
            pegawai = await PegawaiRepository(db).get(pegawai_id)
            await PegawaiRepository(db).update(replace(pegawai, email="baru@kampus.ac.id"))
            records = await SisterRecordRepository(db).records(pegawai_id, ["penelitian"])
            return pegawai, records
        finally:
            await db.dispose()

    return asyncio.run(seed())


def _json(capsys):
    return json.loads(capsys.readouterr().out)


def test_template_import_list_approve_withdraw(stored, db_url, tmp_path, capsys):
    pegawai, records = stored
    template = tmp_path / "penelitian.xlsx"
    assert (
        main(
            [
                "usulan",
                "template",
                "--dataset",
                "penelitian",
                "--output",
                str(template),
                "--db",
                db_url,
            ]
        )
        == EXIT_OK
    )
    book = load_workbook(template, read_only=True)
    header = next(book.worksheets[0].iter_rows(values_only=True))
    assert header[:5] == ("id_pegawai", "nip", "nidn", "nuptk", "id") and "judul" in header
    guide = list(book.worksheets[1].iter_rows(values_only=True))
    judul = next(row for row in guide if row[0] == "judul")
    assert judul[1] == "ya" and judul[3] == 500  # Indonesian by default, the limit shown
    capsys.readouterr()

    path = tmp_path / "riwayat.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(
            [
                "nip",
                "judul",
                "id_kategori_kegiatan",
                "id_afiliasi",
                "tahun_usulan",
                "tahun_kegiatan",
                "tahun_pelaksanaan",
                "lama_kegiatan",
                "tahun_pelaksanaan_ke",
                "dana_dikti",
                "dana_perguruan_tinggi",
                "dana_institusi_lain",
            ]
        )
        writer.writerow(
            [
                pegawai.nip,
                "Riset padi",
                120601,
                "1850c92f-689c-45e4-9382-01219d35c534",
                2024,
                2025,
                2025,
                1,
                1,
                0,
                0,
                0,
            ]
        )
        writer.writerow(
            [
                pegawai.nip,
                "y" * 501,
                120601,
                "1850c92f-689c-45e4-9382-01219d35c534",
                2024,
                2025,
                2025,
                1,
                1,
                0,
                0,
                0,
            ]
        )
    code = main(
        ["usulan", "import", str(path), "--dataset", "penelitian", "--db", db_url, "--json"]
    )
    report = _json(capsys)
    assert code == EXIT_PARTIAL and report["drafted"] == 0
    assert [(p["row"], p["field"], p["code"]) for p in report["invalid"]] == [
        (3, "judul", "too_long")
    ]
    assert "500" in report["invalid"][0]["message"]

    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["nip", "id", "lokasi"])
        writer.writerow([pegawai.nip, records[0].key, "Kota Bogor"])
    code = main(
        ["usulan", "import", str(path), "--dataset", "penelitian", "--db", db_url, "--json"]
    )
    report = _json(capsys)
    assert code == EXIT_OK and report["drafted"] == 1
    [ubah] = report["usulan"]
    assert ubah["jenis"] == "ubah" and ubah["changed_fields"] == ["lokasi"]

    assert main(["usulan", "dari-perbandingan", "--db", db_url, "--json"]) == EXIT_OK
    [email] = _json(capsys)["usulan"]
    assert email["dataset"] == "data_pribadi/alamat" and email["changed_fields"] == ["email"]

    code = main(
        [
            "usulan",
            "hapus-data",
            "--dataset",
            "penelitian",
            "--record",
            records[1].key,
            "--db",
            db_url,
            "--json",
        ]
    )
    assert code == EXIT_OK
    hapus = _json(capsys)["usulan"][0]

    assert main(["usulan", "setujui", str(ubah["id"]), str(email["id"]), "--db", db_url]) == 0
    assert main(["usulan", "batal", str(hapus["id"]), "--db", db_url]) == EXIT_OK
    assert main(["usulan", "batal", str(ubah["id"]), "--db", db_url]) == EXIT_OK
    capsys.readouterr()
    assert main(["usulan", "list", "--status", "disetujui", "--db", db_url, "--json"]) == 0
    listed = _json(capsys)["usulan"]
    assert [item["id"] for item in listed] == [email["id"]]
    assert listed[0]["approved_by"]
    assert main(["usulan", "list", "--db", db_url]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Dibatalkan" in out or "Ditarik" in out


def test_usage_errors(stored, db_url, tmp_path, capsys):
    assert (
        main(
            [
                "usulan",
                "template",
                "--dataset",
                "pengajaran",
                "--output",
                str(tmp_path / "x.xlsx"),
                "--db",
                db_url,
            ]
        )
        == EXIT_USAGE
    )
    assert "pengajaran" in capsys.readouterr().err
    assert (
        main(
            [
                "usulan",
                "import",
                str(tmp_path / "none.csv"),
                "--dataset",
                "penelitian",
                "--db",
                db_url,
            ]
        )
        == EXIT_USAGE
    )
    assert (
        main(
            ["usulan", "hapus-data", "--dataset", "penelitian", "--record", "nope", "--db", db_url]
        )
        == EXIT_USAGE
    )
    assert main(["usulan", "setujui", "--db", db_url]) == EXIT_USAGE


def test_a_photo_and_a_records_bidang_ilmu_are_drafted(stored, db_url, tmp_path, capsys):
    """Without SISTER settings the kelompok ids cannot be checked against SISTER's list: the
    draft is made, and the Kirim checks them before sending."""
    pegawai, records = stored
    picture = tmp_path / "foto.jpg"
    picture.write_bytes(b"\xff\xd8\xff\xe0 a jpeg's first bytes \xff\xd9")
    text = tmp_path / "foto.png"
    text.write_text("not a picture", encoding="utf-8")
    base = ["--id", str(pegawai.id), "--db", db_url, "--json"]
    assert main(["usulan", "foto", str(text), *base]) == EXIT_USAGE
    assert "JPG" in capsys.readouterr().err
    assert main(["usulan", "foto", str(picture), *base]) == EXIT_OK
    [foto] = _json(capsys)["usulan"]
    assert foto["dataset"] == "data_pribadi/foto" and foto["changed_fields"] == ["foto"]
    assert foto["jenis"] == "ubah" and foto["status"] == "draf"

    kelompok = ["3b1d4e0c-8d5e-4a43-9b0a-1f6c2d7e8a90"]
    where = ["--dataset", "penelitian", "--db", db_url, "--json"]
    code = main(["usulan", "bidang-ilmu", *kelompok, "--record", records[0].key, *where])
    assert code == EXIT_OK
    [bidang] = _json(capsys)["usulan"]
    assert bidang["record_id"] == records[0].key and bidang["changed_fields"] == ["bidang_ilmu"]
    assert main(["usulan", "bidang-ilmu", *kelompok, "--record", "tidak-ada", *where]) == 2
    code = main(
        ["usulan", "bidang-ilmu", "--record", records[0].key, "--dataset", "diklat", "--db", db_url]
    )
    assert code == EXIT_USAGE, "a family whose records take no kelompok bidang"
