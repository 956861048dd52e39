"""Usulan from a form (baru, ubah, a draf saved again) and the referensi choices a form offers,
a list not cached yet fetched once from the sandbox over loopback."""

from __future__ import annotations

import pytest

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.usulan import UsulanDokumen, UsulanJenis, UsulanStatus
from sister_desktop.domain.usulan_validation import ProblemCode
from sister_desktop.services.composition import Services
from sister_desktop.services.settings_service import DemoCredentials
from sister_desktop.services.usulan_service import (
    RowProblemCode,
    UsulanError,
    UsulanFieldsError,
    UsulanService,
)
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.secrets import SecretStore
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from tests.dict_keyring import DictKeyring
from tests.sister_records_world import store_people

GROUPS = (SisterGroup.DATA_PRIBADI, SisterGroup.TRIDHARMA, SisterGroup.KEPEGAWAIAN)

PENELITIAN = {
    "judul": "Padi tahan kering di lahan gambut",
    "id_kategori_kegiatan": 120601,
    "id_afiliasi": "1850c92f-689c-45e4-9382-01219d35c534",
    "tahun_usulan": 2024,
    "tahun_kegiatan": 2025,
    "tahun_pelaksanaan": 2025,
    "lama_kegiatan": 1,
    "tahun_pelaksanaan_ke": 1,
    "dana_dikti": 0,
    "dana_perguruan_tinggi": 15000000,
    "dana_institusi_lain": 0,
}


async def _person(db, sandbox):
    people = [p for p in sandbox.world.sdm if p.jabatan_fungsional][:2]
    ids = await store_people(db, sandbox.world, people, GROUPS)
    return ids, await PegawaiRepository(db).get_many(ids)


def test_a_form_makes_a_draf_baru_with_the_pegawai_as_ketua(loop, db, sandbox, tmp_path):
    service = UsulanService(db, who="ani")
    laporan = tmp_path / "laporan.pdf"
    laporan.write_bytes(b"%PDF-1.4")

    async def scenario():
        ids, pegawai = await _person(db, sandbox)
        member = {"id_sdm": pegawai[1].id_sdm, "aktif": True, "peran": "A"}
        item = await service.baru(
            ids[0],
            "penelitian",
            {**PENELITIAN, "anggota_dosen": [member]},
            dokumen=[UsulanDokumen("Laporan", 3, path=str(laporan))],
        )
        return pegawai, item

    pegawai, item = loop.run_until_complete(scenario())
    assert item.status is UsulanStatus.DRAF and item.jenis is UsulanJenis.BARU
    assert item.source == "form" and item.created_by == "ani"
    assert [m["id_sdm"] for m in item.body["anggota_dosen"]] == [
        pegawai[0].id_sdm,
        pegawai[1].id_sdm,
    ]
    assert item.body["anggota_mahasiswa"] == [] and item.body["sk_penugasan"] is None
    assert item.dokumen[0].path == str(laporan)


def test_a_form_refuses_what_sister_would_refuse(loop, db, sandbox):
    service = UsulanService(db, who="ani")

    async def scenario():
        ids, _ = await _person(db, sandbox)
        with pytest.raises(UsulanFieldsError) as refused:
            await service.baru(
                ids[0],
                "penelitian",
                {**PENELITIAN, "sk_penugasan": "S" * 81, "id_kategori_kegiatan": 99},
                referensi={"kategori_kegiatan": frozenset({"120601"})},
            )
        return refused.value.problems, await service.find()

    problems, stored = loop.run_until_complete(scenario())
    assert {(p.field, p.code) for p in problems} == {
        ("sk_penugasan", ProblemCode.TOO_LONG),
        ("id_kategori_kegiatan", ProblemCode.UNKNOWN_REFERENCE),
    }
    assert stored == []


def test_ubah_keeps_the_record_version_and_a_draf_is_saved_again(loop, db, sandbox):
    service = UsulanService(db, who="ani")

    async def scenario():
        ids, _ = await _person(db, sandbox)
        [record, *_] = await SisterRecordRepository(db).records(ids[0], ["jabatan_fungsional"])
        item = await service.ubah(ids[0], "jabatan_fungsional", record.key, {"sk": "SK/2026/001"})
        with pytest.raises(UsulanError) as nothing:
            await service.ubah(ids[0], "jabatan_fungsional", record.key, {})
        again = await service.simpan_draf(item.id, {"sk": "SK/2026/002"})
        return record, item, again, nothing.value

    record, item, again, nothing = loop.run_until_complete(scenario())
    assert item.jenis is UsulanJenis.UBAH and item.record_id == record.key
    assert item.changed_fields == ("sk",) and item.base_hash
    assert again.body["sk"] == "SK/2026/002" and again.status is UsulanStatus.DRAF
    assert nothing.code == RowProblemCode.NO_CHANGE


def test_a_list_not_cached_is_fetched_once_and_kept(loop, db, sandbox):
    c = sandbox.credentials
    services = Services.over(
        db,
        demo=DemoCredentials(c.url, c.id_pengguna, c.username, c.password),
        secrets=SecretStore(DictKeyring()),
    )

    async def scenario():
        await _person(db, sandbox)
        first = await services.referensi.choices(["jenis_dokumen", "skim_kegiatan", "sdm"])
        requests = services.connection.client.counters.requests  # type: ignore[union-attr]
        second = await services.referensi.choices(["skim_kegiatan"])
        after = services.connection.client.counters.requests  # type: ignore[union-attr]
        await services.aclose()
        return first, second, requests, after

    first, second, requests, after = loop.run_until_complete(scenario())
    assert first.lists["skim_kegiatan"] and first.lists["jenis_dokumen"]
    assert "sdm" not in first.lists and not first.missing
    assert second.lists["skim_kegiatan"] == first.lists["skim_kegiatan"]
    assert after == requests, "the second form reads the cached list"
