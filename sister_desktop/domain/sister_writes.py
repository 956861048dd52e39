"""What SISTER lets a campus write, per family: the operations, the request body's fields with
their types, limits, choices, required-ness and the ``referensi`` list each id comes from,
whether a Basic credential's write becomes an ajuan, and which families are read-only.

The write side of the catalogue ``domain/sister_groups.py``, keyed by the same dataset names
(``penelitian``, ``data_pribadi/alamat``, ``jabatan_fungsional``). One description drives the
validation of an usulan (``domain/usulan_validation.py``), the import columns and template,
the bodies the Kirim sends and the forms of the window. A field's type (``FieldType``), its
title and the ``referensi`` list of an id are the family description's
(``domain/sister_fields.py``), shared with the reads. ``tests/domain/test_sister_writes.py``
checks it against the spec file, so a field the spec adds or changes fails a test.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from sister_desktop.domain.sister_fields import FieldType


@dataclass(frozen=True, slots=True)
class WriteField:
    """One field of a request body."""

    name: str
    type: FieldType
    required: bool = False
    nullable: bool = False
    max_length: int | None = None
    #: The only values SISTER accepts (an enum of the spec), empty when free.
    choices: tuple[str | int, ...] = ()
    #: The ``referensi/<name>`` list an id comes from (``kolaborator_eksternal`` for external
    #: people), or None.
    referensi: str | None = None
    #: The fields of one entry of a ``MEMBERS`` list.
    members: tuple[WriteField, ...] = ()


class WriteOp(StrEnum):
    """The kinds of write a family allows."""

    #: ``POST /<path>`` → ``{"id"}``.
    CREATE = "create"
    #: ``PUT /<path>/{id}``: the whole record is replaced.
    UPDATE = "update"
    #: ``DELETE /<path>/{id}`` (with ``{"dokumen": [...]}`` where the spec asks for it).
    DELETE = "delete"
    #: ``PUT /data_pribadi/<name>/{id_sdm}``: one object per person.
    PUT_OBJECT = "put_object"
    #: ``PUT /<path>/{id}/bidang_ilmu``: the record's kelompok bidang, in order.
    BIDANG_ILMU = "bidang_ilmu"
    #: ``POST /data_pribadi/foto/{id_sdm}``, multipart (JPG or PNG).
    FOTO = "foto"


F = WriteField
STRING = FieldType.STRING
INTEGER = FieldType.INTEGER
NUMBER = FieldType.NUMBER
BOOLEAN = FieldType.BOOLEAN
DATE = FieldType.DATE
UUID = FieldType.UUID
URL = FieldType.URL
EMAIL = FieldType.EMAIL
ID_LIST = FieldType.ID_LIST
MEMBERS = FieldType.MEMBERS


DATA_PRIBADI_KELUARGA_FIELDS: tuple[WriteField, ...] = (
    F("id_status_kawin", INTEGER, required=True, choices=(0, 1, 2)),
    F("nama_pasangan", STRING, nullable=True, max_length=200),
    F("nip_pasangan", STRING, nullable=True, max_length=18),
    F("id_pekerjaan_pasangan", INTEGER, referensi="jenis_pekerjaan"),
    F("dokumen", ID_LIST, required=True),
)


DATA_PRIBADI_ALAMAT_FIELDS: tuple[WriteField, ...] = (
    F("email", STRING, max_length=60),
    F("alamat", STRING, max_length=255),
    F("rt", INTEGER),
    F("rw", INTEGER),
    F("dusun", STRING, max_length=60),
    F("kelurahan", STRING, max_length=60),
    F("id_kota_kabupaten", STRING, referensi="wilayah"),
    F("kode_pos", STRING, max_length=5),
    F("telepon_rumah", STRING, max_length=20),
    F("telepon_hp", STRING, max_length=20),
    F("dokumen", ID_LIST),
)


DATA_PRIBADI_LAIN_FIELDS: tuple[WriteField, ...] = (
    F("npwp", STRING, max_length=15),
    F("nama_wp", STRING, max_length=200),
    F("dokumen", ID_LIST),
)


INPASSING_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_pangkat_golongan", INTEGER, required=True, referensi="golongan_pangkat"),
    F("sk", STRING, required=True, max_length=80),
    F("tanggal_sk", DATE),
    F("tanggal_mulai", DATE, required=True),
    F("angka_kredit", NUMBER, required=True),
    F("masa_kerja_tahun", NUMBER, required=True),
    F("masa_kerja_bulan", NUMBER, required=True),
    F("dokumen", ID_LIST),
)


JABATAN_FUNGSIONAL_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_jabatan_fungsional", INTEGER, required=True, referensi="jabatan_fungsional"),
    F("sk", STRING, required=True, max_length=80),
    F("tanggal_mulai", DATE, required=True),
    F("angka_kredit", NUMBER, nullable=True),
    F("kelebihan_pengajaran", NUMBER, nullable=True),
    F("kelebihan_penelitian", NUMBER, nullable=True),
    F("kelebihan_pengabdian", NUMBER, nullable=True),
    F("kelebihan_penunjang", NUMBER, nullable=True),
    F("dokumen", ID_LIST),
)


ANGGOTA_PROFESI_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_kategori_kegiatan", INTEGER, required=True, referensi="kategori_kegiatan"),
    F("nama_organisasi", STRING, required=True, max_length=100),
    F("peran", STRING, required=True, max_length=30),
    F("tanggal_mulai_keanggotaan", DATE, required=True),
    F("tanggal_selesai_keanggotaan", DATE, nullable=True),
    F("instansi_profesi", STRING, max_length=100),
    F("dokumen", ID_LIST),
)


DETASERING_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_kategori_kegiatan", INTEGER, required=True, referensi="kategori_kegiatan"),
    F("id_perguruan_tinggi", UUID, required=True, referensi="perguruan_tinggi"),
    F("tanggal_mulai", DATE, nullable=True),
    F("tanggal_selesai", DATE, nullable=True),
    F("bidang_tugas", STRING, max_length=100),
    F("deskripsi_kegiatan", STRING),
    F("metode_pelaksanaan", STRING, max_length=30),
    F("sk_penugasan", STRING, required=True, max_length=80),
    F("tanggal_sk_penugasan", DATE, required=True),
    F("dokumen", ID_LIST),
)


PEMBICARA_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_kategori_kegiatan", INTEGER, required=True, referensi="kategori_kegiatan"),
    F("id_kategori_capaian_luaran", INTEGER, nullable=True, referensi="kategori_capaian_luaran"),
    F("id_penelitian_pengabdian", UUID, nullable=True),
    F("id_kategori_pembicara", INTEGER, required=True, choices=(1, 2, 3)),
    F("judul_makalah", STRING, required=True, max_length=500),
    F("nama_pertemuan", STRING, required=True, max_length=160),
    F("id_tingkat_pertemuan", STRING, choices=("L", "D", "N", "I", "X")),
    F("penyelenggara", STRING, required=True, max_length=100),
    F("tanggal_pelaksanaan", DATE, required=True, nullable=True),
    F("bahasa", STRING, max_length=20),
    F("sk_penugasan", STRING, max_length=80),
    F("tanggal_sk_penugasan", DATE),
    F("dokumen", ID_LIST),
)


BAHAN_AJAR_FIELDS: tuple[WriteField, ...] = (
    F("id_kategori_kegiatan", INTEGER, required=True, referensi="kategori_kegiatan"),
    F("id_kategori_capaian_luaran", INTEGER, nullable=True, referensi="kategori_capaian_luaran"),
    F("id_penelitian_pengabdian", UUID, nullable=True),
    F("id_jenis_bahan_ajar", INTEGER, required=True, referensi="jenis_bahan_ajar"),
    F("judul", STRING, required=True, max_length=500),
    F("isbn", STRING, max_length=20),
    F("nama_penerbit", STRING, required=True, max_length=100),
    F("tanggal_terbit", DATE),
    F("sk_penugasan", STRING, max_length=80),
    F("tanggal_sk_penugasan", DATE),
    F("dokumen", ID_LIST),
    F(
        "penulis_dosen",
        MEMBERS,
        referensi="sdm",
        members=(
            F("id_sdm", UUID, required=True, referensi="sdm"),
            F("no_urut", INTEGER),
            F("afiliasi", STRING),
            F("peran", STRING, choices=("A", "B", "C", "D")),
        ),
    ),
    F(
        "penulis_mahasiswa",
        MEMBERS,
        referensi="mahasiswa_pddikti",
        members=(
            F("id_peserta_didik", UUID),
            F("nama", STRING),
            F("no_induk", STRING),
            F("no_urut", INTEGER),
            F("afiliasi", STRING),
            F("peran", STRING, choices=("A", "B", "C", "D")),
        ),
    ),
    F(
        "penulis_lain",
        MEMBERS,
        referensi="kolaborator_eksternal",
        members=(
            F("id_orang", UUID),
            F("no_urut", INTEGER),
            F("afiliasi", STRING),
            F("peran", STRING, choices=("A", "B", "C", "D")),
        ),
    ),
)


TUGAS_TAMBAHAN_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_kategori_kegiatan", INTEGER, required=True, referensi="kategori_kegiatan"),
    F("id_jenis_tugas", INTEGER, required=True, referensi="jabatan_tugas_tambahan"),
    F("id_perguruan_tinggi", UUID, required=True, referensi="perguruan_tinggi"),
    F("id_unit_kerja", UUID, referensi="unit_kerja"),
    F("jumlah_jam", INTEGER, required=True),
    F("sk_penugasan", STRING, required=True, max_length=80),
    F("tanggal_mulai_tugas", DATE, required=True),
    F("tanggal_selesai_tugas", DATE, nullable=True),
    F("dokumen", ID_LIST),
)


LITABMAS_FIELDS: tuple[WriteField, ...] = (
    F("id_kategori_kegiatan", INTEGER, required=True, referensi="kategori_kegiatan"),
    F("judul", STRING, required=True, max_length=500),
    F("id_afiliasi", UUID, required=True, referensi="perguruan_tinggi"),
    F("id_kelompok_bidang", UUID, referensi="kelompok_bidang"),
    F("id_litabmas_sebelumnya", UUID),
    F("id_jenis_skim", UUID, referensi="skim_kegiatan"),
    F("lokasi", STRING, max_length=80),
    F("tahun_usulan", INTEGER, required=True),
    F("tahun_kegiatan", INTEGER, required=True),
    F("tahun_pelaksanaan", INTEGER, required=True),
    F("lama_kegiatan", INTEGER, required=True),
    F("tahun_pelaksanaan_ke", INTEGER, required=True),
    F("dana_dikti", NUMBER, required=True),
    F("dana_perguruan_tinggi", NUMBER, required=True),
    F("dana_institusi_lain", NUMBER, required=True),
    F("in_kind", STRING),
    F("sk_penugasan", STRING, max_length=80),
    F("tanggal_sk_penugasan", DATE),
    F("mitra_litabmas", ID_LIST, referensi="dudi"),
    F(
        "anggota_dosen",
        MEMBERS,
        referensi="sdm",
        members=(
            F("id_sdm", UUID, required=True, referensi="sdm"),
            F("aktif", BOOLEAN),
            F("peran", STRING, choices=("K", "A")),
        ),
    ),
    F(
        "anggota_mahasiswa",
        MEMBERS,
        referensi="mahasiswa_pddikti",
        members=(
            F("id_peserta_didik", UUID),
            F("nama", STRING, max_length=200),
            F("no_induk", STRING, max_length=24),
            F("aktif", BOOLEAN),
            F("peran", STRING, choices=("K", "A")),
        ),
    ),
    F(
        "anggota_lain",
        MEMBERS,
        referensi="kolaborator_eksternal",
        members=(
            F("id_orang", UUID),
            F("aktif", BOOLEAN),
            F("peran", STRING, choices=("K", "A")),
        ),
    ),
    F("dokumen", ID_LIST),
)


PUBLIKASI_FIELDS: tuple[WriteField, ...] = (
    F("id_kategori_kegiatan", INTEGER, required=True, referensi="kategori_kegiatan"),
    F("id_jenis_publikasi", INTEGER, required=True, referensi="jenis_publikasi"),
    F("id_kategori_capaian_luaran", INTEGER, nullable=True, referensi="kategori_capaian_luaran"),
    F("id_litabmas", UUID, nullable=True),
    F("judul", STRING, required=True, max_length=500),
    F("tanggal", DATE, required=True, nullable=True),
    F("nomor_paten", STRING, nullable=True, max_length=100),
    F("pemberi_paten", STRING, nullable=True, max_length=60),
    F("penerbit", STRING, nullable=True, max_length=100),
    F("isbn", STRING, nullable=True, max_length=20),
    F("jumlah_halaman", INTEGER, nullable=True),
    F("tautan", URL, max_length=256),
    F("keterangan", STRING, max_length=128),
    F("dokumen", ID_LIST),
    F("urutan_corresponding_author", INTEGER, nullable=True),
    F(
        "penulis_dosen",
        MEMBERS,
        referensi="sdm",
        members=(
            F("id_sdm", UUID, required=True, referensi="sdm"),
            F("no_urut", INTEGER),
            F("afiliasi", STRING, max_length=200),
            F("peran", STRING, choices=("A", "B", "C", "D")),
        ),
    ),
    F(
        "penulis_mahasiswa",
        MEMBERS,
        referensi="mahasiswa_pddikti",
        members=(
            F("id_peserta_didik", UUID),
            F("nama", STRING, max_length=200),
            F("no_induk", STRING, max_length=24),
            F("no_urut", INTEGER),
            F("afiliasi", STRING, max_length=200),
            F("peran", STRING, choices=("A", "B", "C", "D")),
        ),
    ),
    F(
        "penulis_lain",
        MEMBERS,
        referensi="kolaborator_eksternal",
        members=(
            F("id_orang", UUID),
            F("no_urut", INTEGER),
            F("afiliasi", STRING, max_length=200),
            F("peran", STRING, choices=("A", "B", "C", "D")),
        ),
    ),
    F("judul_artikel", STRING, nullable=True, max_length=500),
    F("judul_asli", STRING, nullable=True, max_length=500),
    F("nama_jurnal", STRING, nullable=True, max_length=100),
    F("halaman", STRING, max_length=15),
    F("edisi", STRING, max_length=15),
    F("volume", INTEGER),
    F("nomor", INTEGER),
    F("doi", STRING, max_length=100),
    F("issn", STRING, max_length=9),
    F("e_issn", STRING, max_length=9),
    F("seminar", BOOLEAN),
    F("prosiding", BOOLEAN),
)


JABATAN_STRUKTURAL_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_kategori_kegiatan", INTEGER, required=True, referensi="kategori_kegiatan"),
    F("id_jabatan_negara", INTEGER, required=True, referensi="jabatan_negara"),
    F("sk_jabatan", STRING, required=True, max_length=80),
    F("tanggal_mulai_jabatan", DATE, required=True),
    F("tanggal_selesai_jabatan", DATE, nullable=True),
    F("lokasi", STRING, required=True, max_length=80),
    F("dokumen", ID_LIST),
)


PENGELOLA_JURNAL_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_kategori_kegiatan", INTEGER, required=True, referensi="kategori_kegiatan"),
    F("id_media_publikasi", UUID, required=True, referensi="media_publikasi"),
    F("peran", STRING, required=True, max_length=30),
    F("sk_penugasan", STRING, required=True, max_length=80),
    F("tanggal_mulai", DATE, required=True),
    F("tanggal_selesai", DATE, nullable=True),
    F("aktif", INTEGER, required=True),
    F("dokumen", ID_LIST),
)


PENGHARGAAN_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_kategori_kegiatan", INTEGER, required=True, referensi="kategori_kegiatan"),
    F("id_tingkat_penghargaan", INTEGER, required=True, referensi="tingkat_penghargaan"),
    F("id_jenis_penghargaan", INTEGER, required=True, referensi="jenis_penghargaan"),
    F("nama", STRING, required=True, max_length=160),
    F("tahun", INTEGER, required=True),
    F("instansi_pemberi", STRING, required=True, max_length=100),
    F("dokumen", ID_LIST),
)


VISITING_SCIENTIST_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_kategori_kegiatan", INTEGER, required=True, referensi="kategori_kegiatan"),
    F("id_kategori_capaian_luaran", INTEGER, nullable=True, referensi="kategori_capaian_luaran"),
    F("id_penelitian_pengabdian", UUID, nullable=True),
    F("id_perguruan_tinggi", UUID, nullable=True, referensi="perguruan_tinggi"),
    F("perguruan_tinggi", STRING, nullable=True, max_length=100),
    F("lama_kegiatan", INTEGER, required=True),
    F("kegiatan_penting", STRING),
    F("tanggal", DATE, required=True),
    F("sk_penugasan", STRING, max_length=80),
    F("tanggal_sk_penugasan", DATE),
)


PENUNJANG_LAIN_FIELDS: tuple[WriteField, ...] = (
    F("id_kategori_kegiatan", INTEGER, required=True, referensi="kategori_kegiatan"),
    F("nama", STRING, required=True, max_length=80),
    F("id_jenis_kepanitiaan", INTEGER, required=True, referensi="jenis_kepanitiaan"),
    F("instansi", STRING, required=True, max_length=100),
    F("tingkat", STRING, required=True, choices=("L", "D", "N", "I")),
    F("sk_penugasan", STRING, required=True, max_length=80),
    F("tanggal_mulai", DATE, required=True),
    F("tanggal_selesai", DATE, nullable=True),
    F(
        "anggota_dosen",
        MEMBERS,
        referensi="sdm",
        members=(
            F("id_sdm", UUID, required=True, referensi="sdm"),
            F("peran", STRING),
        ),
    ),
    F("dokumen", ID_LIST),
)


KEKAYAAN_INTELEKTUAL_FIELDS: tuple[WriteField, ...] = (
    F("id_kategori_kegiatan", INTEGER, required=True, referensi="kategori_kegiatan"),
    F("id_jenis_publikasi", INTEGER, required=True, referensi="jenis_publikasi"),
    F("id_kategori_capaian_luaran", INTEGER, nullable=True, referensi="kategori_capaian_luaran"),
    F("id_litabmas", UUID, nullable=True),
    F("judul", STRING, required=True, max_length=500),
    F("tanggal", DATE, required=True, nullable=True),
    F("nomor_paten", STRING, nullable=True, max_length=100),
    F("pemberi_paten", STRING, nullable=True, max_length=60),
    F("penerbit", STRING, nullable=True, max_length=100),
    F("isbn", STRING, nullable=True, max_length=20),
    F("jumlah_halaman", INTEGER, nullable=True),
    F("tautan", URL, max_length=256),
    F("keterangan", STRING, max_length=128),
    F("dokumen", ID_LIST),
    F("urutan_corresponding_author", INTEGER, nullable=True),
    F(
        "penulis_dosen",
        MEMBERS,
        referensi="sdm",
        members=(
            F("id_sdm", UUID, required=True, referensi="sdm"),
            F("no_urut", INTEGER),
            F("afiliasi", STRING, max_length=200),
            F("peran", STRING, choices=("A", "B", "C", "D")),
        ),
    ),
    F(
        "penulis_mahasiswa",
        MEMBERS,
        referensi="mahasiswa_pddikti",
        members=(
            F("id_peserta_didik", UUID),
            F("nama", STRING, max_length=200),
            F("no_induk", STRING, max_length=24),
            F("no_urut", INTEGER),
            F("afiliasi", STRING, max_length=200),
            F("peran", STRING, choices=("A", "B", "C", "D")),
        ),
    ),
    F(
        "penulis_lain",
        MEMBERS,
        referensi="kolaborator_eksternal",
        members=(
            F("id_orang", UUID),
            F("no_urut", INTEGER),
            F("afiliasi", STRING, max_length=200),
            F("peran", STRING, choices=("A", "B", "C", "D")),
        ),
    ),
)


PENDIDIKAN_FORMAL_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_program_studi", UUID, nullable=True, referensi="unit_kerja"),
    F("nama_program_studi", STRING, nullable=True, max_length=100),
    F("nama_perguruan_tinggi", STRING, nullable=True, max_length=100),
    F("id_jenjang_pendidikan", INTEGER, nullable=True, referensi="jenjang_pendidikan"),
    F("id_gelar_akademik", INTEGER, referensi="gelar_akademik"),
    F("id_bidang_studi", INTEGER, required=True, referensi="bidang_studi"),
    F("tahun_masuk", INTEGER, required=True),
    F("tahun_lulus", INTEGER, required=True),
    F("tanggal_lulus", DATE, required=True),
    F("nomor_induk", STRING, required=True, max_length=24),
    F("jumlah_semester", INTEGER),
    F("jumlah_sks", INTEGER, required=True),
    F("ipk", NUMBER, required=True),
    F("sk_penyetaraan", STRING, max_length=80),
    F("tanggal_sk_penyetaraan", DATE),
    F("nomor_ijazah", STRING, nullable=True, max_length=80),
    F("judul_tugas_akhir", STRING, nullable=True, max_length=500),
    F("dokumen", ID_LIST),
)


DIKLAT_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_kategori_kegiatan", INTEGER, required=True, referensi="kategori_kegiatan"),
    F("id_jenis_diklat", INTEGER, required=True, referensi="jenis_diklat"),
    F("nama", STRING, required=True, max_length=160),
    F("penyelenggara", STRING, required=True, max_length=100),
    F("peran", STRING, max_length=30),
    F("tingkat", INTEGER, required=True, choices=(1, 2, 3, 4)),
    F("jumlah_jam", INTEGER),
    F("no_sertifikat", STRING, max_length=80),
    F("tanggal_sertifikat", DATE, nullable=True),
    F("tahun", INTEGER, required=True),
    F("lokasi", STRING, max_length=20),
    F("tanggal_mulai", DATE, required=True),
    F("tanggal_selesai", DATE, required=True),
    F("sk_penugasan", STRING, max_length=80),
    F("tanggal_sk_penugasan", DATE),
    F("dokumen", ID_LIST),
)


RIWAYAT_PEKERJAAN_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_bidang_usaha", INTEGER, required=True, referensi="bidang_usaha"),
    F("id_jenis_pekerjaan", INTEGER, required=True, referensi="jenis_pekerjaan"),
    F("nama_jabatan", STRING, required=True, max_length=150),
    F("instansi", STRING, required=True, max_length=100),
    F("divisi", STRING, nullable=True, max_length=100),
    F("deskripsi_kerja", STRING, nullable=True, max_length=500),
    F("mulai_bekerja", DATE, required=True),
    F("selesai_bekerja", DATE, nullable=True),
    F("luar_negeri", BOOLEAN),
    F("dokumen", ID_LIST),
)


SERTIFIKASI_PROFESI_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_jenis_sertifikasi", INTEGER, required=True),
    F("id_bidang_studi", INTEGER, required=True, referensi="bidang_studi"),
    F("id_lembaga_sertifikasi", INTEGER, referensi="lembaga_sertifikasi"),
    F("tahun_sertifikasi", INTEGER, required=True),
    F("terhitung_mulai_tanggal", STRING, required=True),
    F("terhitung_sampai_tanggal", STRING, required=True),
    F("sk_sertifikasi", STRING, required=True, max_length=80),
    F("nomor_registrasi", STRING, max_length=14),
    F("dokumen", ID_LIST),
)


NILAI_TES_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_jenis_tes", INTEGER, required=True, referensi="jenis_tes"),
    F("nama", STRING, required=True, max_length=50),
    F("penyelenggara", STRING, required=True, max_length=100),
    F("tanggal", DATE, required=True, nullable=True),
    F("tahun", INTEGER, required=True),
    F("skor", NUMBER, required=True),
    F("dokumen", ID_LIST),
)


BEASISWA_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_jenis_beasiswa", INTEGER, required=True, referensi="jenis_beasiswa"),
    F("nama", STRING, required=True, max_length=80),
    F("tahun_mulai", INTEGER, required=True),
    F("tahun_selesai", INTEGER, nullable=True),
    F("masih_menerima", BOOLEAN, required=True),
)


KESEJAHTERAAN_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_jenis_kesejahteraan", INTEGER, required=True, referensi="jenis_kesejahteraan"),
    F("nama", STRING, required=True, max_length=50),
    F("penyelenggara", STRING, required=True, max_length=100),
    F("tahun_mulai", INTEGER, required=True),
    F("tahun_selesai", INTEGER, nullable=True),
)


TUNJANGAN_FIELDS: tuple[WriteField, ...] = (
    F("id_sdm", UUID, required=True, referensi="sdm"),
    F("id_jenis_tunjangan", INTEGER, required=True, referensi="jenis_tunjangan"),
    F("nama", STRING, required=True, max_length=50),
    F("instansi_pemberi", STRING, nullable=True, max_length=100),
    F("sumber_dana", STRING, nullable=True, max_length=30),
    F("tahun_mulai", INTEGER, required=True),
    F("tahun_selesai", INTEGER, nullable=True),
    F("nominal", NUMBER, required=True),
)


#: The body of a ``bidang_ilmu`` PUT (the person's, and a tridharma record's): one list of
#: kelompok bidang ids, in order, as the whole body.
BIDANG_ILMU_FIELDS: tuple[WriteField, ...] = (
    F("bidang_ilmu", ID_LIST, required=True, referensi="kelompok_bidang"),
)

_CRUD = frozenset({WriteOp.CREATE, WriteOp.UPDATE, WriteOp.DELETE})
_CRUD_BIDANG = _CRUD | {WriteOp.BIDANG_ILMU}


@dataclass(frozen=True, slots=True)
class WriteFamily:
    """How one dataset of the catalogue is written."""

    #: The dataset's name in ``domain.sister_groups.DATASETS``.
    dataset: str
    operations: frozenset[WriteOp]
    fields: tuple[WriteField, ...] = ()
    #: Where the writes go when not the dataset's own path (``nilai_tes/ajuan``).
    write_path: str | None = None
    #: A Basic credential's write becomes an ajuan in verification (204); Pro applies it.
    ajuan_for_basic: bool = False
    #: Filled from PDDIKTI: only the record's ``bidang_ilmu`` may be written.
    pddikti: bool = False
    #: SISTER answers a duplicate with 409 and the existing id.
    duplicate_409: bool = False
    #: The DELETE must carry ``{"dokumen": [...]}`` (an ajuan hapus needs its proof).
    delete_needs_dokumen: bool = False
    #: Where the owner's ``id_sdm`` goes: the ``id_sdm`` field, or the member list of dosen
    #: (``anggota_dosen``, ``penulis_dosen``) for families without one.
    owner_field: str | None = "id_sdm"
    #: What tells two records apart for the "already in SISTER" check: the title and year
    #: fields of a tridharma family, else the key fields; all of them are fields of the body
    #: that SISTER's list rows show too, so a fresh list answers the check.
    title_field: str | None = None
    year_field: str | None = None
    key_fields: tuple[str, ...] = field(default=())

    @property
    def path(self) -> str:
        return self.write_path or self.dataset

    @property
    def body_field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def field_named(self, name: str) -> WriteField | None:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        return None

    @property
    def referensi_lists(self) -> tuple[str, ...]:
        """The ``referensi`` lists the family's ids come from (its members' too), once each."""
        return self.referensi_lists_of(None)

    def referensi_lists_of(self, names: Iterable[str] | None) -> tuple[str, ...]:
        """The ``referensi`` lists of the fields ``names`` (every field with ``None``)."""
        wanted = None if names is None else set(names)
        chosen = [f for f in self.fields if wanted is None or f.name in wanted]
        lists = [f.referensi for f in chosen if f.referensi]
        lists += [m.referensi for f in chosen for m in f.members if m.referensi]
        return tuple(dict.fromkeys(name for name in lists if name))

    @property
    def writable(self) -> bool:
        return bool(self.operations - {WriteOp.BIDANG_ILMU}) and not self.pddikti

    @property
    def has_documents(self) -> bool:
        return self.field_named("dokumen") is not None


W = WriteFamily

#: Every family with a write of the spec, in catalogue order.
WRITE_FAMILIES: tuple[WriteFamily, ...] = (
    W(
        "data_pribadi/alamat",
        frozenset({WriteOp.PUT_OBJECT}),
        DATA_PRIBADI_ALAMAT_FIELDS,
        ajuan_for_basic=True,
        owner_field=None,
    ),
    W(
        "data_pribadi/keluarga",
        frozenset({WriteOp.PUT_OBJECT}),
        DATA_PRIBADI_KELUARGA_FIELDS,
        ajuan_for_basic=True,
        owner_field=None,
    ),
    W(
        "data_pribadi/lain",
        frozenset({WriteOp.PUT_OBJECT}),
        DATA_PRIBADI_LAIN_FIELDS,
        ajuan_for_basic=True,
        owner_field=None,
    ),
    W(
        "data_pribadi/bidang_ilmu",
        frozenset({WriteOp.PUT_OBJECT}),
        BIDANG_ILMU_FIELDS,
        owner_field=None,
    ),
    W("data_pribadi/foto", frozenset({WriteOp.FOTO}), owner_field=None),
    W(
        "jabatan_fungsional",
        _CRUD,
        JABATAN_FUNGSIONAL_FIELDS,
        ajuan_for_basic=True,
        duplicate_409=True,
        delete_needs_dokumen=True,
        key_fields=("sk", "tanggal_mulai"),
    ),
    W(
        "inpassing",
        _CRUD,
        INPASSING_FIELDS,
        duplicate_409=True,
        key_fields=("sk", "tanggal_mulai"),
    ),
    W(
        "jabatan_struktural",
        _CRUD,
        JABATAN_STRUKTURAL_FIELDS,
        duplicate_409=True,
        key_fields=("sk_jabatan", "tanggal_mulai_jabatan"),
    ),
    W(
        "tugas_tambahan",
        _CRUD,
        TUGAS_TAMBAHAN_FIELDS,
        duplicate_409=True,
        key_fields=("tanggal_mulai_tugas",),
    ),
    W(
        "riwayat_pekerjaan",
        _CRUD,
        RIWAYAT_PEKERJAAN_FIELDS,
        duplicate_409=True,
        key_fields=("instansi", "mulai_bekerja"),
    ),
    W(
        "pendidikan_formal",
        _CRUD,
        PENDIDIKAN_FORMAL_FIELDS,
        ajuan_for_basic=True,
        duplicate_409=True,
        delete_needs_dokumen=True,
        key_fields=("nama_perguruan_tinggi", "tahun_lulus"),
    ),
    W(
        "diklat",
        _CRUD,
        DIKLAT_FIELDS,
        duplicate_409=True,
        title_field="nama",
        year_field="tahun",
    ),
    W(
        "sertifikasi_profesi",
        _CRUD,
        SERTIFIKASI_PROFESI_FIELDS,
        duplicate_409=True,
        key_fields=("sk_sertifikasi",),
    ),
    W(
        "nilai_tes",
        _CRUD,
        NILAI_TES_FIELDS,
        write_path="nilai_tes/ajuan",
        ajuan_for_basic=True,
        duplicate_409=True,
        title_field="nama",
        year_field="tahun",
    ),
    W(
        "beasiswa",
        _CRUD,
        BEASISWA_FIELDS,
        duplicate_409=True,
        title_field="nama",
        year_field="tahun_mulai",
    ),
    W(
        "tunjangan",
        _CRUD,
        TUNJANGAN_FIELDS,
        duplicate_409=True,
        title_field="nama",
        year_field="tahun_mulai",
    ),
    W(
        "kesejahteraan",
        _CRUD,
        KESEJAHTERAAN_FIELDS,
        duplicate_409=True,
        title_field="nama",
        year_field="tahun_mulai",
    ),
    W(
        "penghargaan",
        _CRUD,
        PENGHARGAAN_FIELDS,
        duplicate_409=True,
        title_field="nama",
        year_field="tahun",
    ),
    W(
        "anggota_profesi",
        _CRUD,
        ANGGOTA_PROFESI_FIELDS,
        duplicate_409=True,
        title_field="nama_organisasi",
        year_field="tanggal_mulai_keanggotaan",
    ),
    W("pengajaran", frozenset({WriteOp.BIDANG_ILMU}), pddikti=True, owner_field=None),
    W("bimbingan_mahasiswa", frozenset({WriteOp.BIDANG_ILMU}), pddikti=True, owner_field=None),
    W("pengujian_mahasiswa", frozenset({WriteOp.BIDANG_ILMU}), pddikti=True, owner_field=None),
    W(
        "bahan_ajar",
        _CRUD,
        BAHAN_AJAR_FIELDS,
        owner_field="penulis_dosen",
        title_field="judul",
        year_field="tanggal_terbit",
    ),
    W(
        "penelitian",
        _CRUD_BIDANG,
        LITABMAS_FIELDS,
        owner_field="anggota_dosen",
        title_field="judul",
        year_field="tahun_pelaksanaan",
    ),
    W(
        "publikasi",
        _CRUD_BIDANG,
        PUBLIKASI_FIELDS,
        owner_field="penulis_dosen",
        title_field="judul",
        year_field="tanggal",
    ),
    W(
        "pengabdian",
        _CRUD_BIDANG,
        LITABMAS_FIELDS,
        duplicate_409=True,
        owner_field="anggota_dosen",
        title_field="judul",
        year_field="tahun_pelaksanaan",
    ),
    W(
        "kekayaan_intelektual",
        _CRUD_BIDANG,
        KEKAYAAN_INTELEKTUAL_FIELDS,
        owner_field="penulis_dosen",
        title_field="judul",
        year_field="tanggal",
    ),
    W(
        "pembicara",
        _CRUD,
        PEMBICARA_FIELDS,
        duplicate_409=True,
        title_field="judul_makalah",
        year_field="tanggal_pelaksanaan",
    ),
    W(
        "orasi_ilmiah",
        _CRUD,
        PEMBICARA_FIELDS,
        duplicate_409=True,
        title_field="judul_makalah",
        year_field="tanggal_pelaksanaan",
    ),
    W(
        "pengelola_jurnal",
        _CRUD,
        PENGELOLA_JURNAL_FIELDS,
        duplicate_409=True,
        key_fields=("sk_penugasan", "tanggal_mulai"),
    ),
    W(
        "visiting_scientist",
        _CRUD,
        VISITING_SCIENTIST_FIELDS,
        duplicate_409=True,
        key_fields=("tanggal", "lama_kegiatan"),
    ),
    W(
        "detasering",
        _CRUD,
        DETASERING_FIELDS,
        duplicate_409=True,
        key_fields=("sk_penugasan",),
    ),
    W(
        "penunjang_lain",
        _CRUD,
        PENUNJANG_LAIN_FIELDS,
        owner_field="anggota_dosen",
        title_field="nama",
        year_field="tanggal_mulai",
    ),
)

WRITES_BY_DATASET: dict[str, WriteFamily] = {family.dataset: family for family in WRITE_FAMILIES}

#: Write paths of the spec the catalogue leaves to other parts on purpose: the documents are
#: uploaded by the Kirim itself before the record that names them, and external collaborators
#: are no pegawai's data.
NOT_FAMILIES: frozenset[str] = frozenset({"dokumen", "kolaborator_eksternal"})

#: What SISTER asks of an external collaborator it does not know yet (the required fields of
#: ``POST /kolaborator_eksternal``): a member entry without ``id_orang`` carries them until
#: the Kirim makes the person just before the record that names them.
NEW_COLLABORATOR_FIELDS: tuple[WriteField, ...] = (
    F("nama", STRING, required=True, max_length=200),
    F("jenis_kelamin", STRING, required=True, choices=("L", "P")),
    F("kode_negara", STRING, required=True, max_length=2),
)
#: What a member entry of a collaborator SISTER knows may carry beside its ``id_orang``: the
#: name, for the operator's eyes (the Kirim leaves it out of the body it sends).
KNOWN_COLLABORATOR_FIELDS: tuple[WriteField, ...] = (F("nama", STRING, max_length=200),)
#: The ``referensi`` of a member list of external collaborators.
KOLABORATOR = "kolaborator_eksternal"

#: The ``referensi/jenis_dokumen`` id the sandbox and SISTER take for a generic supporting
#: document when the operator named none.
DEFAULT_JENIS_DOKUMEN = 3


def write_family(dataset: str) -> WriteFamily | None:
    """The write description of ``dataset``, or None when SISTER takes no write for it."""
    return WRITES_BY_DATASET.get(dataset)


def read_only(dataset: str) -> bool:
    """SISTER takes no record write for this dataset (PDDIKTI-sourced, or no write at all)."""
    family = WRITES_BY_DATASET.get(dataset)
    return family is None or not family.writable
