"""Our own typed records of what SISTER answers, one dataclass per answer shape we use.

Identifiers stay strings (leading zeros matter); optional fields are ``None`` when SISTER sends
null, blank or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class SdmRow:
    """A row of ``GET /referensi/sdm``: a person (SDM) of the credential's PT."""

    id_sdm: str
    nama_sdm: str
    nidn: str | None = None
    nip: str | None = None
    nuptk: str | None = None
    nama_status_aktif: str | None = None
    nama_status_pegawai: str | None = None
    jenis_sdm: str | None = None


@dataclass(frozen=True, slots=True)
class ProfilPt:
    """``GET /referensi/profil_pt``: the university this credential belongs to."""

    id: str | None
    kode_perguruan_tinggi: str | None
    nama_perguruan_tinggi: str | None
    telepon: str | None = None
    email: str | None = None
    website: str | None = None
    jalan: str | None = None
    kelurahan: str | None = None
    kode_pos: str | None = None
    nama_wilayah: str | None = None
    status_perguruan_tinggi: str | None = None


@dataclass(frozen=True, slots=True)
class UnitKerja:
    """A row of ``GET /referensi/unit_kerja``."""

    id: str
    nama: str | None
    id_jenis_unit: int | None = None


@dataclass(frozen=True, slots=True)
class Profil:
    """``GET /data_pribadi/profil/{id_sdm}``."""

    nama: str | None
    jenis_kelamin: str | None = None  # "L" or "P"
    tempat_lahir: str | None = None
    tanggal_lahir: date | None = None


@dataclass(frozen=True, slots=True)
class Kependudukan:
    """``GET /data_pribadi/kependudukan/{id_sdm}``."""

    nik: str | None
    agama: str | None = None
    id_agama: int | None = None
    kewarganegaraan: str | None = None
    kode_negara: str | None = None


@dataclass(frozen=True, slots=True)
class Kepegawaian:
    """``GET /data_pribadi/kepegawaian/{id_sdm}``: civil-service and lecturer numbers."""

    nip: str | None
    sk_cpns: str | None = None
    tanggal_sk_cpns: date | None = None
    sk_tmmd: str | None = None
    tmmd: date | None = None
    id_sumber_gaji: int | None = None
    sumber_gaji: str | None = None
    nidn: str | None = None
    nuptk: str | None = None


@dataclass(frozen=True, slots=True)
class Alamat:
    """``GET /data_pribadi/alamat/{id_sdm}``: address and contact."""

    email: str | None
    alamat: str | None = None
    rt: int | None = None
    rw: int | None = None
    dusun: str | None = None
    kelurahan: str | None = None
    kota_kabupaten: str | None = None
    id_kota_kabupaten: str | None = None
    kode_pos: str | None = None
    telepon_rumah: str | None = None
    telepon_hp: str | None = None


@dataclass(frozen=True, slots=True)
class Keluarga:
    """``GET /data_pribadi/keluarga/{id_sdm}``: marital status and spouse."""

    status_kawin: str | None
    id_status_kawin: int | None = None
    nama_pasangan: str | None = None
    nip_pasangan: str | None = None
    pekerjaan_pasangan: str | None = None
    id_pekerjaan_pasangan: int | None = None


@dataclass(frozen=True, slots=True)
class DataLain:
    """``GET /data_pribadi/lain/{id_sdm}``: tax data."""

    npwp: str | None
    nama_wp: str | None = None


@dataclass(frozen=True, slots=True)
class BidangIlmu:
    """A row of ``GET /data_pribadi/bidang_ilmu/{id_sdm}``."""

    urutan: int | None
    id_kelompok_bidang: str | None
    kelompok_bidang: str | None


@dataclass(frozen=True, slots=True)
class Penugasan:
    """A row of ``GET /penugasan?id_sdm=``: an assignment at a university."""

    id: str
    status_kepegawaian: str | None = None
    ikatan_kerja: str | None = None
    unit_kerja: str | None = None
    jenjang_pendidikan: str | None = None
    perguruan_tinggi: str | None = None
    tanggal_mulai: date | None = None
    tanggal_keluar: date | None = None


@dataclass(frozen=True, slots=True)
class JabatanFungsional:
    """A row of ``GET /jabatan_fungsional?id_sdm=``: an academic rank."""

    id: str
    jabatan_fungsional: str | None = None
    sk: str | None = None
    tanggal_mulai: date | None = None


@dataclass(frozen=True, slots=True)
class Kepangkatan:
    """A row of ``GET /kepangkatan?id_sdm=``: a civil-service grade."""

    id: str
    pangkat_golongan: str | None = None
    sk: str | None = None
    tanggal_mulai: date | None = None


@dataclass(frozen=True, slots=True)
class PendidikanFormal:
    """A row of ``GET /pendidikan_formal?id_sdm=``: a degree."""

    id: str
    jenjang_pendidikan: str | None = None
    gelar_akademik: str | None = None
    bidang_studi: str | None = None
    nama_perguruan_tinggi: str | None = None
    tahun_lulus: int | None = None
    jenis_ajuan: int | None = None


@dataclass(frozen=True, slots=True)
class SertifikasiDosen:
    """A row of ``GET /sertifikasi_dosen?id_sdm=``: a lecturer certification."""

    id: str
    jenis_sertifikasi: str | None = None
    bidang_studi: str | None = None
    tahun_sertifikasi: int | None = None
    sk_sertifikasi: str | None = None
    nomor_registrasi: str | None = None
