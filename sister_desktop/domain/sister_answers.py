"""Pure mappers from SISTER's raw answers (the rows kept in ``sister_record``) to our typed
records (``domain/records.py``): what the derived values, the Perbandingan and "what changed"
need of the twelve datasets in ``TYPED_DATASETS``, and the rows of the lists read outside a
sync (the SDM list, the PT's profile, its units).

Tolerant of the dirt the live service sends (``domain/sister_parsing.py``); typed without a
cast: each field is read by the reader of its type.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sister_desktop.domain import sister_parsing as p
from sister_desktop.domain.records import (
    Alamat,
    BidangIlmu,
    DataLain,
    JabatanFungsional,
    Keluarga,
    Kepangkatan,
    Kepegawaian,
    Kependudukan,
    PendidikanFormal,
    Penugasan,
    Profil,
    ProfilPt,
    SdmRow,
    SertifikasiDosen,
    UnitKerja,
)


def sdm_row(row: dict[str, Any]) -> SdmRow | None:
    id_sdm = p.lower_id(row.get("id_sdm"))
    if id_sdm is None:
        return None  # a person without a key cannot be linked; skip rather than fail the list
    return SdmRow(
        id_sdm=id_sdm,
        nama_sdm=p.text(row.get("nama_sdm")) or "",
        nidn=p.identifier(row.get("nidn")),
        nip=p.identifier(row.get("nip")),
        nuptk=p.identifier(row.get("nuptk")),
        nama_status_aktif=p.text(row.get("nama_status_aktif")),
        nama_status_pegawai=p.text(row.get("nama_status_pegawai")),
        jenis_sdm=p.text(row.get("jenis_sdm")),
    )


def profil_pt_row(row: dict[str, Any]) -> ProfilPt:
    return ProfilPt(
        id=p.lower_id(row.get("id")),
        kode_perguruan_tinggi=p.identifier(row.get("kode_perguruan_tinggi")),
        nama_perguruan_tinggi=p.text(row.get("nama_perguruan_tinggi")),
        telepon=p.text(row.get("telepon")),
        email=p.text(row.get("email")),
        website=p.text(row.get("website")),
        jalan=p.text(row.get("jalan")),
        kelurahan=p.text(row.get("kelurahan")),
        kode_pos=p.identifier(row.get("kode_pos")),
        nama_wilayah=p.text(row.get("nama_wilayah")),
        status_perguruan_tinggi=p.text(row.get("status_perguruan_tinggi")),
    )


def unit_kerja_row(row: dict[str, Any]) -> UnitKerja | None:
    key = p.lower_id(row.get("id"))
    if key is None:
        return None
    return UnitKerja(
        id=key, nama=p.text(row.get("nama")), id_jenis_unit=p.integer(row.get("id_jenis_unit"))
    )


#: The fields of a detail answer; an object holding none of them is not that record (the
#: live service's ``{}``), see ``parsing.single``. A profile must at least name the person.
_KEPENDUDUKAN_FIELDS = ("nik", "agama", "id_agama", "kewarganegaraan", "kode_negara")
_KEPEGAWAIAN_FIELDS = (
    "nip", "sk_cpns", "tanggal_sk_cpns", "sk_tmmd", "tmmd", "id_sumber_gaji", "sumber_gaji",
    "nidn", "nuptk",
)  # fmt: skip
_ALAMAT_FIELDS = (
    "email", "alamat", "rt", "rw", "dusun", "kelurahan", "kota_kabupaten", "id_kota_kabupaten",
    "kode_pos", "telepon_rumah", "telepon_hp",
)  # fmt: skip
_KELUARGA_FIELDS = (
    "status_kawin", "id_status_kawin", "nama_pasangan", "nip_pasangan", "pekerjaan_pasangan",
    "id_pekerjaan_pasangan",
)  # fmt: skip


def _profil(row: dict[str, Any]) -> Profil:
    sex = p.text(row.get("jenis_kelamin"))
    return Profil(
        nama=p.text(row.get("nama")),
        jenis_kelamin=sex.upper() if sex else None,
        tempat_lahir=p.text(row.get("tempat_lahir")),
        tanggal_lahir=p.iso_date(row.get("tanggal_lahir")),
    )


def _kependudukan(row: dict[str, Any]) -> Kependudukan:
    return Kependudukan(
        nik=p.identifier(row.get("nik")),
        agama=p.text(row.get("agama")),
        id_agama=p.integer(row.get("id_agama")),
        kewarganegaraan=p.text(row.get("kewarganegaraan")),
        kode_negara=p.text(row.get("kode_negara")),
    )


def _kepegawaian(row: dict[str, Any]) -> Kepegawaian:
    return Kepegawaian(
        nip=p.identifier(row.get("nip")),
        sk_cpns=p.text(row.get("sk_cpns")),
        tanggal_sk_cpns=p.iso_date(row.get("tanggal_sk_cpns")),
        sk_tmmd=p.text(row.get("sk_tmmd")),
        tmmd=p.iso_date(row.get("tmmd")),
        id_sumber_gaji=p.integer(row.get("id_sumber_gaji")),
        sumber_gaji=p.text(row.get("sumber_gaji")),
        nidn=p.identifier(row.get("nidn")),
        nuptk=p.identifier(row.get("nuptk")),
    )


def _alamat(row: dict[str, Any]) -> Alamat:
    return Alamat(
        email=p.text(row.get("email")),
        alamat=p.text(row.get("alamat")),
        rt=p.integer(row.get("rt")),
        rw=p.integer(row.get("rw")),
        dusun=p.text(row.get("dusun")),
        kelurahan=p.text(row.get("kelurahan")),
        kota_kabupaten=p.text(row.get("kota_kabupaten")),
        id_kota_kabupaten=p.text(row.get("id_kota_kabupaten")),
        kode_pos=p.identifier(row.get("kode_pos")),
        telepon_rumah=p.text(row.get("telepon_rumah")),
        telepon_hp=p.text(row.get("telepon_hp")),
    )


def _keluarga(row: dict[str, Any]) -> Keluarga:
    return Keluarga(
        status_kawin=p.text(row.get("status_kawin")),
        id_status_kawin=p.integer(row.get("id_status_kawin")),
        nama_pasangan=p.text(row.get("nama_pasangan")),
        nip_pasangan=p.identifier(row.get("nip_pasangan")),
        pekerjaan_pasangan=p.text(row.get("pekerjaan_pasangan")),
        id_pekerjaan_pasangan=p.integer(row.get("id_pekerjaan_pasangan")),
    )


def _lain(row: dict[str, Any]) -> DataLain:
    return DataLain(npwp=p.identifier(row.get("npwp")), nama_wp=p.text(row.get("nama_wp")))


def _bidang_ilmu(row: dict[str, Any]) -> BidangIlmu:
    return BidangIlmu(
        urutan=p.integer(row.get("urutan")),
        id_kelompok_bidang=p.lower_id(row.get("id_kelompok_bidang")),
        kelompok_bidang=p.text(row.get("kelompok_bidang")),
    )


def _penugasan(row: dict[str, Any]) -> Penugasan | None:
    key = p.lower_id(row.get("id"))
    if key is None:
        return None
    return Penugasan(
        id=key,
        status_kepegawaian=p.text(row.get("status_kepegawaian")),
        ikatan_kerja=p.text(row.get("ikatan_kerja")),
        unit_kerja=p.text(row.get("unit_kerja")),
        jenjang_pendidikan=p.text(row.get("jenjang_pendidikan")),
        perguruan_tinggi=p.text(row.get("perguruan_tinggi")),
        tanggal_mulai=p.iso_date(row.get("tanggal_mulai")),
        tanggal_keluar=p.iso_date(row.get("tanggal_keluar")),
    )


def _jabatan_fungsional(row: dict[str, Any]) -> JabatanFungsional | None:
    key = p.lower_id(row.get("id"))
    if key is None:
        return None
    return JabatanFungsional(
        id=key,
        jabatan_fungsional=p.text(row.get("jabatan_fungsional")),
        sk=p.text(row.get("sk")),
        tanggal_mulai=p.iso_date(row.get("tanggal_mulai")),
    )


def _kepangkatan(row: dict[str, Any]) -> Kepangkatan | None:
    key = p.lower_id(row.get("id"))
    if key is None:
        return None
    return Kepangkatan(
        id=key,
        pangkat_golongan=p.text(row.get("pangkat_golongan")),
        sk=p.text(row.get("sk")),
        tanggal_mulai=p.iso_date(row.get("tanggal_mulai")),
    )


def _pendidikan_formal(row: dict[str, Any]) -> PendidikanFormal | None:
    key = p.lower_id(row.get("id"))
    if key is None:
        return None
    return PendidikanFormal(
        id=key,
        jenjang_pendidikan=p.text(row.get("jenjang_pendidikan")),
        gelar_akademik=p.text(row.get("gelar_akademik")),
        bidang_studi=p.text(row.get("bidang_studi")),
        nama_perguruan_tinggi=p.text(row.get("nama_perguruan_tinggi")),
        tahun_lulus=p.integer(row.get("tahun_lulus")),
        jenis_ajuan=p.integer(row.get("jenis_ajuan")),
    )


def _sertifikasi_dosen(row: dict[str, Any]) -> SertifikasiDosen | None:
    key = p.lower_id(row.get("id"))
    if key is None:
        return None
    return SertifikasiDosen(
        id=key,
        jenis_sertifikasi=p.text(row.get("jenis_sertifikasi")),
        bidang_studi=p.text(row.get("bidang_studi")),
        tahun_sertifikasi=p.integer(row.get("tahun_sertifikasi")),
        sk_sertifikasi=p.text(row.get("sk_sertifikasi")),
        nomor_registrasi=p.text(row.get("nomor_registrasi")),
    )


#: How the raw answer of each dataset with typed records (``sister_data``) is read into them:
#: an object by its mapper and the fields that make it that object, a list by its row mapper.
#: A sync fetches every dataset raw (``sister.dataset_reader``) and maps these from the same
#: answer, so the typed payloads cost no request of their own.
OBJECT_PARSERS: dict[str, tuple[Callable[[dict[str, Any]], object], tuple[str, ...]]] = {
    "data_pribadi/profil": (_profil, ("nama",)),
    "data_pribadi/kependudukan": (_kependudukan, _KEPENDUDUKAN_FIELDS),
    "data_pribadi/kepegawaian": (_kepegawaian, _KEPEGAWAIAN_FIELDS),
    "data_pribadi/alamat": (_alamat, _ALAMAT_FIELDS),
    "data_pribadi/keluarga": (_keluarga, _KELUARGA_FIELDS),
    "data_pribadi/lain": (_lain, ("npwp", "nama_wp")),
}
LIST_PARSERS: dict[str, Callable[[dict[str, Any]], object | None]] = {
    "data_pribadi/bidang_ilmu": _bidang_ilmu,
    "penugasan": _penugasan,
    "jabatan_fungsional": _jabatan_fungsional,
    "kepangkatan": _kepangkatan,
    "pendidikan_formal": _pendidikan_formal,
    "sertifikasi_dosen": _sertifikasi_dosen,
}


def defining_fields(dataset: str) -> tuple[str, ...]:
    """The fields an object answer of ``dataset`` must hold one of (``()``: any object)."""
    parser = OBJECT_PARSERS.get(dataset)
    return parser[1] if parser is not None else ()


def typed_records(dataset: str, rows: list[dict[str, Any]]) -> object:
    """The typed record (object datasets) or records (lists) of a dataset of
    ``TYPED_DATASETS`` from its raw answer rows; ``KeyError`` for any other dataset."""
    if dataset in OBJECT_PARSERS:
        parse, _defining = OBJECT_PARSERS[dataset]
        return parse(rows[0] if rows else {})
    parse_row = LIST_PARSERS[dataset]
    return [item for item in (parse_row(row) for row in rows) if item is not None]


#: The datasets also kept as typed records (``sister_data``): the seven ``data_pribadi``
#: answers and the five histories the derived values, the Perbandingan and "what changed"
#: read. Each is a dataset of the catalogue (``domain.sister_groups.DATASETS``).
TYPED_DATASETS: tuple[str, ...] = (*OBJECT_PARSERS, *LIST_PARSERS)
