"""Usulan from a riwayat file, a deletion and the Perbandingan; approval and withdrawal.

The pegawai and their synced SISTER records are the sandbox world's, stored as a sync stores
them (``tests/sister_records_world.py``)."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.sister_writes import write_family
from sister_desktop.domain.usulan import UsulanJenis, UsulanStatus
from sister_desktop.files.import_file import ImportFileError
from sister_desktop.files.usulan_file import file_columns
from sister_desktop.sandbox.dataset import World
from sister_desktop.services.usulan_service import RowProblemCode, UsulanError, UsulanService
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from tests.sister_records_world import store_people

GROUPS = (SisterGroup.DATA_PRIBADI, SisterGroup.TRIDHARMA, SisterGroup.KEPEGAWAIAN)


@pytest.fixture(scope="module")
def world() -> World:
    return World(seed=7, size=40)


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    return path


def _baru(nip: str, judul: str, tahun: int = 2025) -> dict[str, object]:
    return {
        "nip": nip,
        "judul": judul,
        "id_kategori_kegiatan": 120601,
        "id_afiliasi": "1850c92f-689c-45e4-9382-01219d35c534",
        "tahun_usulan": tahun - 1,
        "tahun_kegiatan": tahun,
        "tahun_pelaksanaan": tahun,
        "lama_kegiatan": 1,
        "tahun_pelaksanaan_ke": 1,
        "dana_dikti": 0,
        "dana_perguruan_tinggi": "15000000",
        "dana_institusi_lain": 0,
    }


async def _setup(db, world):
    people = [person for person in world.sdm if person.kepegawaian.get("nip")][:2]
    ids = await store_people(db, world, people, GROUPS)
    pegawai = await PegawaiRepository(db).get_many(ids)
    records = await SisterRecordRepository(db).records(ids[0], ["penelitian"])
    return pegawai, records


def test_a_file_drafts_baru_and_ubah_and_reports_what_sister_has(loop, db, world, tmp_path):
    service = UsulanService(db, who="ani")
    laporan = tmp_path / "laporan.pdf"
    laporan.write_bytes(b"%PDF-1.4 laporan")

    async def scenario():
        pegawai, records = await _setup(db, world)
        existing = records[0].values
        nip = pegawai[0].nip
        rows = [
            {**_baru(nip, "Padi tahan kering di lahan gambut"), "dokumen_file": "laporan.pdf"},
            _baru(nip, existing["judul"].upper() + ".", int(existing["tahun_pelaksanaan"])),
            {"nip": nip, "id": records[0].key, "lokasi": "Kabupaten Bogor"},
        ]
        report = await service.import_file(_write(tmp_path / "riwayat.csv", rows), "penelitian")
        return pegawai, records, report, await service.find()

    pegawai, records, report, stored = loop.run_until_complete(scenario())
    assert report.problems == []
    assert [(a.row, a.sister_id) for a in report.already] == [(3, records[0].key)]
    baru, ubah = stored
    assert baru.jenis is UsulanJenis.BARU and baru.status is UsulanStatus.DRAF
    assert baru.body["anggota_dosen"] == [
        {"id_sdm": pegawai[0].id_sdm, "aktif": True, "peran": "K"}
    ]
    assert baru.body["dana_perguruan_tinggi"] == 15000000
    assert baru.dokumen[0].path == str(laporan) and baru.dokumen[0].nama == "laporan.pdf"
    assert ubah.jenis is UsulanJenis.UBAH and ubah.record_id == records[0].key
    assert ubah.changed_fields == ("lokasi",)
    assert ubah.body["lokasi"] == "Kabupaten Bogor"
    assert ubah.body["anggota_dosen"], "the members are kept"
    assert ubah.base_hash is not None
    [change] = UsulanService.changes(ubah)
    assert change.field == "lokasi" and change.new == "Kabupaten Bogor"


def test_a_file_with_a_problem_drafts_nothing_and_names_every_row(loop, db, world, tmp_path):
    service = UsulanService(db, who="ani")

    async def scenario():
        pegawai, _records = await _setup(db, world)
        nip = pegawai[0].nip
        rows = [
            _baru(nip, "Judul yang baik"),
            {**_baru(nip, "x" * 501), "tahun_kegiatan": "dua ribu"},
            _baru("199001012020121999", "Orang yang tidak ada"),
            {"nip": nip, "id": "00000000-0000-0000-0000-000000000000", "lokasi": "X"},
            {**_baru(nip, "Dengan berkas"), "dokumen_file": "tidak-ada.pdf"},
        ]
        report = await service.import_file(_write(tmp_path / "salah.csv", rows), "penelitian")
        return report, await service.find()

    report, stored = loop.run_until_complete(scenario())
    assert stored == [] and report.drafted == []
    assert {(p.row, p.field, p.code) for p in report.problems} == {
        (3, "tahun_kegiatan", "not_integer"),
        (4, "nip", RowProblemCode.NO_PEGAWAI),
        (5, "id", RowProblemCode.NO_RECORD),
        (6, "dokumen_file", RowProblemCode.FILE_MISSING),
    }
    rows_3 = [p for p in report.problems if p.row == 3]
    assert len(rows_3) == 1  # a cell that is no number stops the row before the other checks


def test_a_too_long_title_is_named_with_its_limit(loop, db, world, tmp_path):
    service = UsulanService(db, who="ani")

    async def scenario():
        pegawai, _ = await _setup(db, world)
        path = _write(tmp_path / "panjang.csv", [_baru(pegawai[0].nip, "x" * 501)])
        return await service.import_file(path, "penelitian")

    report = loop.run_until_complete(scenario())
    assert [(p.row, p.field, p.code, p.detail) for p in report.problems] == [
        (2, "judul", "too_long", "500")
    ]


def test_a_read_only_family_or_an_unreadable_file_is_refused(loop, db, tmp_path):
    service = UsulanService(db)

    async def scenario():
        with pytest.raises(UsulanError):
            await service.import_file(tmp_path / "x.csv", "pengajaran")
        with pytest.raises(ImportFileError):
            await service.import_file(tmp_path / "tidak-ada.csv", "penelitian")

    loop.run_until_complete(scenario())


def test_approve_withdraw_delete_and_perbandingan(loop, db, world, tmp_path):
    service = UsulanService(db, who="budi")

    async def scenario():
        pegawai, records = await _setup(db, world)
        path = _write(tmp_path / "a.csv", [_baru(pegawai[0].nip, "Riset satu")])
        await service.import_file(path, "penelitian")
        hapus = await service.hapus("penelitian", records[0].key)
        approved = await service.setujui()
        again = await service.setujui()
        withdrawn = await service.batal([hapus.id])
        first = pegawai[0]
        await PegawaiRepository(db).update(replace(first, email="Siti.Baru@Kampus.ac.id"))
        offered = await service.proposable(first.id)
        from_perbandingan = await service.from_comparison(pegawai_ids=[first.id])
        twice = await service.from_comparison(pegawai_ids=[first.id])
        waiting = await service.proposable(first.id)
        return (
            hapus,
            approved,
            again,
            withdrawn,
            from_perbandingan,
            twice,
            await service.find(),
            (offered, waiting),
        )

    hapus, approved, again, withdrawn, made, twice, stored, proposable = loop.run_until_complete(
        scenario()
    )
    # The Perbandingan's line per field: the campus e-mail differs, then its usulan waits.
    [offered], [waiting] = proposable
    assert (offered.field, offered.dataset) == ("email", "data_pribadi/alamat")
    assert offered.campus == "Siti.Baru@Kampus.ac.id" and offered.sister != offered.campus
    assert not offered.waiting and waiting.waiting
    assert hapus.jenis is UsulanJenis.HAPUS and hapus.base_record["judul"]
    assert len(approved) == 2 and again == [] and withdrawn == [hapus.id]
    [email] = made
    assert email.dataset == "data_pribadi/alamat" and email.changed_fields == ("email",)
    assert email.body["email"] == "Siti.Baru@Kampus.ac.id"
    assert twice == [], "a pending usulan is not drafted twice"
    statuses = {item.id: item.status for item in stored}
    assert statuses[hapus.id] is UsulanStatus.BATAL
    assert stored[0].approved_by == "budi"


def test_the_file_columns_follow_the_catalogue():
    family = write_family("penelitian")
    assert family is not None
    columns = file_columns(family)
    assert columns[:5] == ("id_pegawai", "nip", "nidn", "nuptk", "id")
    assert "judul" in columns and "peran_anggota" in columns and "dokumen_file" in columns
    assert "anggota_dosen" not in columns and "id_sdm" not in columns
    alamat = write_family("data_pribadi/alamat")
    assert alamat is not None and "id" not in file_columns(alamat)
