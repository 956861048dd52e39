"""Our own record of the answer shapes (NOTES.md, in our words): runs without the spec file.

Each endpoint's body must carry exactly these keys with these types; identifiers are strings
(leading zeros matter), ids lowercase UUIDs, dates ``yyyy-mm-dd``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from sister_desktop.sandbox.server import SandboxServer
from tests.sandbox.conftest import login, open_client
from tests.sandbox.endpoints import every_call

S, N, I, F, D, U = "str", "str|null", "int", "number", "date", "uuid"  # noqa: E741
DN = "date|null"
DOCS = "dokumen"

ITEMS: dict[str, dict[str, str]] = {
    "/referensi/sdm": {
        "id_sdm": U,
        "nama_sdm": S,
        "nidn": N,
        "nip": N,
        "nuptk": N,
        "nama_status_aktif": S,
        "nama_status_pegawai": S,
        "jenis_sdm": S,
    },
    "/referensi/unit_kerja": {"id": U, "nama": S, "id_jenis_unit": I},
    "/referensi/jabatan_fungsional": {"id": I, "nama": S},
    "/referensi/golongan_pangkat": {"id": I, "nama": S},
    "/referensi/status_kepegawaian": {"id": I, "nama": S},
    "/referensi/jenjang_pendidikan": {"id": I, "nama": S},
    "/referensi/ikatan_kerja": {"id": S, "nama": S},
    "/data_pribadi/bidang_ilmu/{id_sdm}": {
        "urutan": I,
        "id_kelompok_bidang": U,
        "kelompok_bidang": S,
    },
    "/penugasan": {
        "id": U,
        "status_kepegawaian": S,
        "ikatan_kerja": S,
        "unit_kerja": S,
        "jenjang_pendidikan": S,
        "perguruan_tinggi": S,
        "tanggal_mulai": D,
        "tanggal_keluar": DN,
    },
    "/jabatan_fungsional": {"id": U, "jabatan_fungsional": S, "sk": S, "tanggal_mulai": D},
    "/kepangkatan": {"id": U, "pangkat_golongan": S, "sk": S, "tanggal_mulai": D},
    "/pendidikan_formal": {
        "id": U,
        "jenjang_pendidikan": S,
        "gelar_akademik": S,
        "bidang_studi": S,
        "nama_perguruan_tinggi": S,
        "tahun_lulus": I,
        "jenis_ajuan": S,
    },
    "/sertifikasi_dosen": {
        "id": U,
        "jenis_sertifikasi": S,
        "bidang_studi": S,
        "tahun_sertifikasi": I,
        "sk_sertifikasi": S,
        "nomor_registrasi": S,
    },
}
OBJECTS: dict[str, dict[str, str]] = {
    "/referensi/profil_pt": {
        "id": U,
        "kode_perguruan_tinggi": S,
        "nama_perguruan_tinggi": S,
        "telepon": S,
        "faximile": S,
        "email": S,
        "website": S,
        "jalan": S,
        "dusun": S,
        "rt": I,
        "rw": I,
        "kelurahan": S,
        "kode_pos": S,
        "id_wilayah": S,
        "nama_wilayah": S,
        "lintang": F,
        "bujur": F,
        "sk_pendirian": S,
        "tanggal_sk_pendirian": D,
        "id_status_milik": S,
        "nama_status_milik": S,
        "status_perguruan_tinggi": S,
        "sk_izin_operasional": S,
        "tanggal_izin_operasional": S,
    },
    "/data_pribadi/profil/{id_sdm}": {
        "nama": S,
        "jenis_kelamin": S,
        "tempat_lahir": S,
        "tanggal_lahir": D,
    },
    "/data_pribadi/kependudukan/{id_sdm}": {
        "nik": S,
        "agama": S,
        "id_agama": I,
        "kewarganegaraan": S,
        "kode_negara": S,
    },
    "/data_pribadi/kepegawaian/{id_sdm}": {
        "nip": N,
        "sk_cpns": S,
        "tanggal_sk_cpns": DN,
        "sk_tmmd": S,
        "tmmd": D,
        "id_sumber_gaji": I,
        "sumber_gaji": S,
        "nidn": N,
        "nuptk": N,
    },
    "/data_pribadi/alamat/{id_sdm}": {
        "email": S,
        "alamat": S,
        "rt": I,
        "rw": I,
        "dusun": S,
        "kelurahan": S,
        "kota_kabupaten": S,
        "id_kota_kabupaten": S,
        "kode_pos": S,
        "telepon_rumah": S,
        "telepon_hp": S,
    },
    "/data_pribadi/keluarga/{id_sdm}": {
        "status_kawin": S,
        "id_status_kawin": I,
        "nama_pasangan": N,
        "nip_pasangan": N,
        "pekerjaan_pasangan": N,
        "id_pekerjaan_pasangan": I,
    },
    "/data_pribadi/lain/{id_sdm}": {"npwp": S, "nama_wp": S},
    "/penugasan/{id}": {
        **ITEMS["/penugasan"],
        "id_sdm": U,
        "surat_tugas": S,
        "tanggal_surat_tugas": D,
        "jenis_keluar": N,
        "id_jenis_keluar": N,
        "id_status_kepegawaian": I,
        "id_ikatan_kerja": S,
        "id_perguruan_tinggi": U,
        "id_unit_kerja": U,
    },
    "/jabatan_fungsional/{id}": {
        **ITEMS["/jabatan_fungsional"],
        "id_sdm": U,
        "id_jabatan_fungsional": I,
        "angka_kredit": F,
        "kelebihan_pengajaran": "number|null",
        "kelebihan_penelitian": "number|null",
        "kelebihan_pengabdian": "number|null",
        "kelebihan_penunjang": "number|null",
        "dokumen": DOCS,
    },
    "/kepangkatan/{id}": {
        **ITEMS["/kepangkatan"],
        "id_sdm": U,
        "id_pangkat_golongan": I,
        "pangkat": S,
        "golongan": S,
        "tanggal_sk": D,
        "masa_kerja_tahun": F,
        "masa_kerja_bulan": F,
        "dokumen": DOCS,
    },
    "/pendidikan_formal/{id}": {
        **ITEMS["/pendidikan_formal"],
        "kategori_kegiatan": S,
        "id_sdm": U,
        "id_program_studi": "uuid|null",
        "nama_program_studi": N,
        "id_jenjang_pendidikan": I,
        "id_gelar_akademik": I,
        "id_bidang_studi": I,
        "tahun_masuk": I,
        "tanggal_lulus": D,
        "nomor_induk": S,
        "jumlah_semester": I,
        "jumlah_sks": I,
        "ipk": F,
        "sk_penyetaraan": S,
        "tanggal_sk_penyetaraan": DN,
        "nomor_ijazah": N,
        "judul_tugas_akhir": N,
        "dokumen": DOCS,
    },
    "/sertifikasi_dosen/{id}": {
        **ITEMS["/sertifikasi_dosen"],
        "id_sdm": U,
        "id_bidang_studi": I,
        "nomor_peserta": S,
        "dokumen": DOCS,
    },
}
DOKUMEN = {
    "id": U,
    "nama": S,
    "jenis_dokumen": S,
    "nama_file": S,
    "jenis_file": S,
    "tanggal_upload": S,
    "tautan": S,
    "keterangan": S,
}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _check_value(kind: str, value: Any, where: str) -> None:
    options = kind.split("|")
    if value is None:
        assert "null" in options, f"{where}: null not allowed"
        return
    base = options[0]
    if base == S:
        assert isinstance(value, str), where
    elif base == I:
        assert isinstance(value, int) and not isinstance(value, bool), where
    elif base == F:
        assert isinstance(value, int | float) and not isinstance(value, bool), where
    elif base == D:
        assert isinstance(value, str) and _ISO_DATE.match(value), where
        date.fromisoformat(value)
    elif base == U:
        assert isinstance(value, str) and _UUID.match(value), where
    elif base == DOCS:
        assert isinstance(value, list), where
        for doc in value:
            _check_object(DOKUMEN, doc, where + ".dokumen")
    else:  # pragma: no cover - a typo in the tables above
        raise AssertionError(kind)


def _check_object(shape: dict[str, str], body: Any, where: str) -> None:
    assert isinstance(body, dict), f"{where}: expected an object, got {type(body).__name__}"
    assert set(body) == set(shape), f"{where}: keys {sorted(set(body) ^ set(shape))}"
    for key, kind in shape.items():
        _check_value(kind, body[key], f"{where}.{key}")


def check_body(spec_path: str, body: Any) -> None:
    if spec_path in ITEMS:
        assert isinstance(body, list), f"{spec_path}: expected a list"
        for item in body:
            _check_object(ITEMS[spec_path], item, spec_path)
    else:
        _check_object(OBJECTS[spec_path], body, spec_path)


def test_every_endpoint_has_our_shape(sandbox_factory) -> None:  # type: ignore[no-untyped-def]
    server: SandboxServer = sandbox_factory(seed=11, size=60)
    calls = every_call(server.world)
    assert {c.spec_path for c in calls} == set(ITEMS) | set(OBJECTS)
    with open_client(server) as client:
        client.headers["Authorization"] = f"Bearer {login(client, server)}"
        for call in calls:
            answer = client.get(call.url)
            assert answer.status_code == 200, call.url
            check_body(call.spec_path, answer.json())


def test_the_whole_world_has_our_shape() -> None:
    from sister_desktop.sandbox.dataset import World

    world = World(seed=2, size=120)
    check_body("/referensi/sdm", world.referensi_sdm)
    for person in world.sdm:
        for name in ("profil", "kependudukan", "kepegawaian", "alamat", "keluarga", "lain"):
            check_body(f"/data_pribadi/{name}/{{id_sdm}}", person.data_pribadi(name))
        check_body("/data_pribadi/bidang_ilmu/{id_sdm}", person.bidang_ilmu)
        for name in (
            "penugasan",
            "jabatan_fungsional",
            "kepangkatan",
            "pendidikan_formal",
            "sertifikasi_dosen",
        ):
            check_body(f"/{name}", person.items(name))
            for detail in person.details(name):
                check_body(f"/{name}/{{id}}", detail)


def test_the_shape_check_can_fail() -> None:
    with pytest.raises(AssertionError):
        check_body(
            "/data_pribadi/profil/{id_sdm}",
            {
                "nama": "X",
                "jenis_kelamin": "L",
                "tempat_lahir": "Medan",
                "tanggal_lahir": "17-08-1980",
            },
        )
    with pytest.raises(AssertionError):
        check_body("/penugasan", {})
    with pytest.raises(AssertionError):
        check_body("/referensi/sdm", [{"id_sdm": "X"}])
