"""The per-person datasets beyond the five histories: teaching, research, awards, BKD, ...

One table describes every endpoint family (its list keys and the keys its detail adds, with
their types); one generic generator fills a record from the table, asking the family's own
rule only for what makes it realistic (titles, reference pairs, counts by career). Records are
drawn lazily, per person, from a random stream of their own (seed, size and the person's
place), so building a world stays cheap, the order of requests never changes an answer, and
the older data (people, the five histories, the campus truth) never sees these draws.

A record id carries its person's place in its low 16 bits: a detail is found without
generating anybody else.
"""

from __future__ import annotations

import gc
import random
import threading
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from sister_desktop.sandbox import referensi as ref
from sister_desktop.sandbox import vocabulary as v
from sister_desktop.sandbox.people import TODAY, Person, add_years

if TYPE_CHECKING:
    from sister_desktop.sandbox.dataset import SdmPerson, World

Row = dict[str, Any]

#: Each family's list keys and the keys its detail adds, as ``name:type``. Types: ``s`` text,
#: ``i`` whole number, ``n`` number, ``b`` boolean, ``d`` date, ``dt`` date-time, ``u`` UUID,
#: ``strs`` list of text, ``objs`` list of objects, ``map`` text-to-text object, ``docs`` a
#: list of documents; a trailing ``?`` allows null.
FIELDS: dict[str, tuple[str, str]] = {
    "inpassing": (
        "id:u pangkat_golongan:s sk:s tanggal_sk:d tanggal_mulai:d",
        (
            "id_sdm:u id_pangkat_golongan:i pangkat:s golongan:s angka_kredit:n "
            "masa_kerja_tahun:n masa_kerja_bulan:n dokumen:docs"
        ),
    ),
    "jabatan_fungsional/ajuan": (
        (
            "id:u id_data_master:u? id_sdm:u tanggal_ajuan:dt tanggal_verifikasi:dt? "
            "jenis_ajuan:s keterangan:s? umur:i? status:s"
        ),
        "detail_perubahan:map dokumen:docs",
    ),
    "pengajaran": (
        "id:u semester:s mata_kuliah:s kelas:s jumlah_mahasiswa:i? sks:n",
        (
            "id_sdm:u id_semester:s sks_tatap_muka:n sks_praktik:n sks_praktik_lapangan:n "
            "sks_simulasi:n tatap_muka_rencana:i tatap_muka_realisasi:i jenis_evaluasi:s "
            "nama_substansi:s"
        ),
    ),
    "bimbingan_mahasiswa": (
        "id:u judul:s jenis_bimbingan:s program_studi:s semester:s",
        (
            "lokasi:s sk_penugasan:s tanggal_sk_penugasan:d keterangan:s komunal:b dosen:objs "
            "mahasiswa:objs"
        ),
    ),
    "pengujian_mahasiswa": (
        "id:u judul:s jenis_pengujian:s program_studi:s semester:s",
        ("lokasi:s sk_penugasan:s tanggal_sk_penugasan:d keterangan:s dosen:objs mahasiswa:objs"),
    ),
    "anggota_profesi": (
        (
            "id:u nama_organisasi:s peran:s tanggal_mulai_keanggotaan:d "
            "tanggal_selesai_keanggotaan:d? instansi_profesi:s"
        ),
        "id_sdm:u id_kategori_kegiatan:i kategori_kegiatan:s dokumen:docs",
    ),
    "detasering": (
        (
            "id:u kategori_kegiatan:s perguruan_tinggi:s bidang_tugas:s sk_penugasan:s "
            "tanggal_sk_penugasan:d"
        ),
        (
            "id_sdm:u id_perguruan_tinggi:u id_kategori_kegiatan:i tanggal_mulai:d? "
            "tanggal_selesai:d? deskripsi_kegiatan:s metode_pelaksanaan:s dokumen:docs"
        ),
    ),
    "orasi_ilmiah": (
        "id:u judul_makalah:s nama_pertemuan:s penyelenggara:s tanggal_pelaksanaan:d?",
        (
            "id_sdm:u id_kategori_pembicara:i kategori_pembicara:s id_kategori_kegiatan:i "
            "kategori_kegiatan:s id_tingkat_pertemuan:s bahasa:s sk_penugasan:s "
            "tanggal_sk_penugasan:d judul_litabmas:s kategori_capaian_luaran:s "
            "id_kategori_capaian_luaran:i? id_penelitian_pengabdian:u? dokumen:docs"
        ),
    ),
    "bahan_ajar": (
        "id:u judul:s isbn:s nama_jenis:s nama_penerbit:s tanggal_terbit:d",
        (
            "sk_penugasan:s tanggal_sk_penugasan:d judul_litabmas:s kategori_capaian_luaran:s "
            "id_kategori_capaian_luaran:i? id_kategori_kegiatan:i id_penelitian_pengabdian:u? "
            "id_jenis_bahan_ajar:i penulis:objs dokumen:docs"
        ),
    ),
    "bimbing_dosen": (
        "id:u nama_pembimbing:s nama_bimbingan:s tanggal_mulai:d tanggal_selesai:d",
        (
            "jabatan_fungsional_pembimbing:s jabatan_fungsional_bimbingan:s "
            "bidang_keahlian_pembimbing:s bidang_keahlian_bimbingan:s deskripsi_kegiatan:s "
            "jenis_bimbingan:s sk_penugasan:s tanggal_sk_penugasan:d unit_kerja:s"
        ),
    ),
    "tugas_tambahan": (
        (
            "id:u jenis_tugas:s unit_kerja:s perguruan_tinggi:s tanggal_mulai_tugas:d "
            "tanggal_selesai_tugas:d?"
        ),
        (
            "id_sdm:u id_kategori_kegiatan:i id_jenis_tugas:i id_perguruan_tinggi:u "
            "id_unit_kerja:u jumlah_jam:i sk_penugasan:s dokumen:docs"
        ),
    ),
    "penelitian": (
        "id:u judul:s bidang_keilmuan:strs tahun_pelaksanaan:i lama_kegiatan:i",
        (
            "id_kategori_kegiatan:i id_afiliasi:u afiliasi:s id_kelompok_bidang:u "
            "kelompok_bidang:s id_litabmas_sebelumnya:u litabmas_sebelumnya:s id_jenis_skim:u "
            "jenis_skim:s lokasi:s tahun_usulan:i tahun_kegiatan:i tahun_pelaksanaan_ke:i "
            "dana_dikti:n dana_perguruan_tinggi:n dana_institusi_lain:n in_kind:s "
            "sk_penugasan:s tanggal_sk_penugasan:d mitra_litabmas:objs anggota:objs "
            "dokumen:docs"
        ),
    ),
    "publikasi": (
        (
            "id:u kategori_kegiatan:s judul:s quartile:i bidang_keilmuan:strs "
            "jenis_publikasi:s tanggal:d asal_data:s"
        ),
        (
            "id_kategori_kegiatan:i id_jenis_publikasi:i kategori_capaian_luaran:s "
            "id_kategori_capaian_luaran:i? judul_litabmas:s id_litabmas:u? nomor_paten:s? "
            "pemberi_paten:s? penerbit:s? isbn:s? jumlah_halaman:i? tautan:s keterangan:s "
            "penulis:objs dokumen:docs judul_artikel:s? judul_asli:s? nama_jurnal:s? "
            "halaman:s edisi:s volume:i nomor:i doi:s issn:s e_issn:s seminar:b prosiding:b"
        ),
    ),
    "pengabdian": (
        "id:u judul:s bidang_keilmuan:strs tahun_pelaksanaan:i lama_kegiatan:i",
        (
            "id_kategori_kegiatan:i id_afiliasi:u afiliasi:s id_kelompok_bidang:u "
            "kelompok_bidang:s id_litabmas_sebelumnya:u litabmas_sebelumnya:s id_jenis_skim:u "
            "jenis_skim:s lokasi:s tahun_usulan:i tahun_kegiatan:i tahun_pelaksanaan_ke:i "
            "dana_dikti:n dana_perguruan_tinggi:n dana_institusi_lain:n in_kind:s "
            "sk_penugasan:s tanggal_sk_penugasan:d mitra_litabmas:objs anggota:objs "
            "dokumen:docs"
        ),
    ),
    "pembicara": (
        "id:u judul_makalah:s nama_pertemuan:s penyelenggara:s tanggal_pelaksanaan:d?",
        (
            "id_sdm:u id_kategori_pembicara:i kategori_pembicara:s id_kategori_kegiatan:i "
            "kategori_kegiatan:s id_tingkat_pertemuan:s bahasa:s sk_penugasan:s "
            "tanggal_sk_penugasan:d judul_litabmas:s kategori_capaian_luaran:s "
            "id_kategori_capaian_luaran:i? id_penelitian_pengabdian:u? dokumen:docs"
        ),
    ),
    "jabatan_struktural": (
        "id:u jabatan:s sk_jabatan:s tanggal_mulai_jabatan:d tanggal_selesai_jabatan:d?",
        (
            "id_sdm:u id_kategori_kegiatan:i kategori_kegiatan:s id_jabatan_negara:i lokasi:s "
            "dokumen:docs"
        ),
    ),
    "pengelola_jurnal": (
        (
            "id:u kategori_kegiatan:s media_publikasi:s sk_penugasan:s tanggal_mulai:d "
            "tanggal_selesai:d? peran:s aktif:i"
        ),
        "id_sdm:u id_kategori_kegiatan:i id_media_publikasi:u dokumen:docs",
    ),
    "penghargaan": (
        "id:u jenis_penghargaan:s nama:s tahun:i instansi_pemberi:s",
        (
            "id_sdm:u id_kategori_kegiatan:i kategori_kegiatan:s tingkat_penghargaan:s "
            "id_tingkat_penghargaan:i id_jenis_penghargaan:i dokumen:docs"
        ),
    ),
    "visiting_scientist": (
        "id:u perguruan_tinggi:s lama_kegiatan:s tanggal:d",
        (
            "id_sdm:u id_kategori_kegiatan:i judul_litabmas:s id_penelitian_pengabdian:u? "
            "kategori_capaian_luaran:s id_kategori_capaian_luaran:i? id_perguruan_tinggi:u? "
            "kegiatan_penting:s sk_penugasan:s tanggal_sk_penugasan:d"
        ),
    ),
    "penunjang_lain": (
        "id:u nama:s instansi:s sk_penugasan:s tanggal_mulai:d tanggal_selesai:d? peran:s",
        (
            "id_sdm:u id_jenis_kepanitiaan:i jenis_kepanitiaan:s tingkat:s "
            "id_kategori_kegiatan:s kategori_kegiatan:s anggota_dosen:objs dokumen:docs"
        ),
    ),
    "kekayaan_intelektual": (
        (
            "id:u kategori_kegiatan:s judul:s quartile:i bidang_keilmuan:strs "
            "jenis_publikasi:s tanggal:d"
        ),
        (
            "id_kategori_kegiatan:i id_jenis_publikasi:i kategori_capaian_luaran:s "
            "id_kategori_capaian_luaran:i? judul_litabmas:s id_litabmas:u? nomor_paten:s? "
            "pemberi_paten:s? penerbit:s? isbn:s? jumlah_halaman:i? tautan:s keterangan:s "
            "penulis:objs dokumen:docs"
        ),
    ),
    "pendidikan_formal/ajuan": (
        (
            "id:u id_data_master:u? id_sdm:u tanggal_ajuan:dt tanggal_verifikasi:dt? "
            "jenis_ajuan:s keterangan:s? umur:i? status:s"
        ),
        "detail_perubahan:map dokumen:docs",
    ),
    "diklat": (
        "id:u jenis_diklat:s nama:s penyelenggara:s tahun:i",
        (
            "id_sdm:u id_kategori_kegiatan:i id_jenis_diklat:i peran:s tingkat:i jumlah_jam:i "
            "no_sertifikat:s tanggal_sertifikat:d? lokasi:s tanggal_mulai:d tanggal_selesai:d "
            "sk_penugasan:s tanggal_sk_penugasan:d dokumen:docs"
        ),
    ),
    "riwayat_pekerjaan": (
        (
            "id:u jenis_pekerjaan:s nama_jabatan:s instansi:s divisi:s mulai_bekerja:d "
            "selesai_bekerja:d? luar_negeri:b bidang_usaha:s"
        ),
        "id_sdm:u id_bidang_usaha:i id_jenis_pekerjaan:i deskripsi_kerja:s? dokumen:docs",
    ),
    "sertifikasi_profesi": (
        (
            "id:u jenis_sertifikasi:s bidang_studi:s sk_sertifikasi:s "
            "id_lembaga_sertifikasi:i nama_lembaga_sertifikasi:s terhitung_mulai_tanggal:s "
            "terhitung_sampai_tanggal:s nomor_registrasi:s tahun_sertifikasi:i"
        ),
        "id_sdm:u id_jenis_sertifikasi:i id_bidang_studi:i dokumen:docs",
    ),
    "sertifikasi_dosen/ajuan": (
        (
            "id:u id_data_master:u? id_sdm:u tanggal_ajuan:dt tanggal_verifikasi:dt? "
            "jenis_ajuan:s keterangan:s? umur:i? status:s"
        ),
        "detail_perubahan:map dokumen:docs",
    ),
    "nilai_tes": (
        "id:u jenis_tes:s nama:s penyelenggara:s tahun:i skor:n",
        "id_sdm:u id_jenis_tes:i tanggal:d? dokumen:docs",
    ),
    "nilai_tes/ajuan": (
        (
            "id:u id_data_master:u? id_sdm:u tanggal_ajuan:dt tanggal_verifikasi:dt? "
            "jenis_ajuan:s keterangan:s? umur:i? status:s"
        ),
        "detail_perubahan:map dokumen:docs",
    ),
    "beasiswa": (
        "id:u jenis_beasiswa:s nama:s tahun_mulai:i tahun_selesai:i? masih_menerima:b",
        "id_sdm:u id_jenis_beasiswa:i",
    ),
    "kesejahteraan": (
        "id:u jenis_kesejahteraan:s nama:s penyelenggara:s tahun_mulai:i tahun_selesai:i?",
        "id_sdm:u id_jenis_kesejahteraan:i",
    ),
    "tunjangan": (
        (
            "id:u jenis_tunjangan:s nama:s instansi_pemberi:s? sumber_dana:s? tahun_mulai:i "
            "tahun_selesai:i? nominal:n"
        ),
        "id_sdm:u id_jenis_tunjangan:i",
    ),
    "dokumen": (
        (
            "id:u nama:s jenis_dokumen:s nama_file:s jenis_file:s tanggal_upload:s tautan:s "
            "keterangan:s"
        ),
        "",
    ),
    "kolaborator_eksternal": (
        "id:u nama:s kode_negara:s jenis_kelamin:s",
        (
            "negara:s nik:s tempat_lahir:s tanggal_lahir:d jalan:s rt:i rw:i dusun:s "
            "kelurahan:s kode_pos:s telepon_rumah:s telepon_hp:s email:s"
        ),
    ),
}
#: The ``*/ajuan`` lists and the family whose rows their ``id_data_master`` names.
AJUAN = {
    "jabatan_fungsional/ajuan": "jabatan_fungsional",
    "pendidikan_formal/ajuan": "pendidikan_formal",
    "sertifikasi_dosen/ajuan": "sertifikasi_dosen",
    "nilai_tes/ajuan": "nilai_tes",
}
#: Families SISTER pages with ``page``/``per_page`` (default 100).
PAGED = frozenset(
    {"penelitian", "publikasi", "pengabdian", "penunjang_lain", "kekayaan_intelektual"}
)
#: Families with a ``/{id}/bidang_ilmu`` answer per record.
WITH_BIDANG_ILMU = frozenset(
    {
        "pengajaran",
        "bimbingan_mahasiswa",
        "pengujian_mahasiswa",
        "penelitian",
        "publikasi",
        "pengabdian",
        "kekayaan_intelektual",
    }
)
#: Families whose list takes ``id_semester``: that semester only, every semester without it.
BY_SEMESTER = frozenset({"pengajaran", "bimbingan_mahasiswa", "pengujian_mahasiswa"})
#: The ``/bkd/<unsur>`` lists (by ``id_smt``) and where their rows come from.
BKD_UNSUR = {
    "pendidikan": ("Pendidikan", "bimbingan_mahasiswa"),
    "ajar": ("Pendidikan", "pengajaran"),
    "penelitian": ("Penelitian", "penelitian"),
    "pengmas": ("Pengabdian", "pengabdian"),
    "tunjang": ("Penunjang", "penunjang_lain"),
}
#: Per-person families (``/<family>?id_sdm=``), in the order they are drawn.
PER_PERSON = tuple(name for name in FIELDS if name != "kolaborator_eksternal")
#: Research and service first: talks, teaching material and publications name them.
_DRAW_ORDER = (
    "penelitian",
    "pengabdian",
    *(f for f in PER_PERSON if f not in ("penelitian", "pengabdian")),
)

#: Families whose authors say which of them is the corresponding author.
_CORRESPONDING = frozenset({"publikasi", "kekayaan_intelektual"})

_RANK_FACTOR = {
    None: 0.3,
    "Asisten Ahli": 0.6,
    "Lektor": 1.0,
    "Lektor Kepala": 1.4,
    "Profesor": 2.0,
}


@dataclass(frozen=True)
class Rule:
    """How often a family happens in a career and what its records are made of."""

    #: Who has such records: "all", "dosen", "ranked" (a dosen with an academic rank) or
    #: "senior" (a Lektor Kepala or Profesor).
    who: str = "dosen"
    per_year: float = 0.1  # records per year of service, before the rank factor
    cap: int = 30
    refs: tuple[tuple[str, str | None, str], ...] = ()  # (id field, name field, referensi list)
    days: tuple[int, int] = (1, 5)  # how long one activity lasts
    open_ended: float = 0.0  # share of records still running (end date null)
    label: str = "Surat Tugas"  # the document it keeps, if its detail has one


RULES: dict[str, Rule] = {
    "inpassing": Rule("ranked", 0.05, 2, days=(0, 0), label="SK Inpassing"),
    "pengajaran": Rule("dosen", 0, 400),
    "bimbingan_mahasiswa": Rule("ranked", 1.2, 60, days=(120, 365)),
    "pengujian_mahasiswa": Rule("ranked", 1.0, 50, days=(1, 1)),
    "anggota_profesi": Rule("dosen", 0.08, 4, days=(730, 3650), open_ended=0.6, label="SK"),
    "detasering": Rule(
        "ranked",
        0.03,
        2,
        refs=(("id_perguruan_tinggi", "perguruan_tinggi", "perguruan_tinggi"),),
        days=(90, 365),
    ),
    "orasi_ilmiah": Rule(
        "senior",
        0.15,
        6,
        refs=(
            ("id_kategori_capaian_luaran", "kategori_capaian_luaran", "kategori_capaian_luaran"),
        ),
    ),
    "bahan_ajar": Rule(
        "ranked",
        0.25,
        15,
        refs=(
            ("id_jenis_bahan_ajar", "nama_jenis", "jenis_bahan_ajar"),
            ("id_kategori_capaian_luaran", "kategori_capaian_luaran", "kategori_capaian_luaran"),
        ),
        label="Bahan Ajar",
    ),
    "bimbing_dosen": Rule("senior", 0.1, 5, days=(180, 365)),
    "tugas_tambahan": Rule(
        "ranked",
        0.12,
        6,
        refs=(("id_jenis_tugas", "jenis_tugas", "jabatan_tugas_tambahan"),),
        days=(1460, 1460),
        open_ended=0.3,
        label="SK Tugas Tambahan",
    ),
    "penelitian": Rule(
        "ranked",
        0.7,
        80,
        refs=(("id_jenis_skim", "jenis_skim", "skim_kegiatan"),),
        label="Laporan Penelitian",
    ),
    "publikasi": Rule(
        "ranked",
        1.6,
        160,
        refs=(
            ("id_jenis_publikasi", "jenis_publikasi", "jenis_publikasi"),
            ("id_kategori_capaian_luaran", "kategori_capaian_luaran", "kategori_capaian_luaran"),
        ),
        label="Artikel",
    ),
    "pengabdian": Rule(
        "ranked",
        0.5,
        60,
        refs=(("id_jenis_skim", "jenis_skim", "skim_kegiatan"),),
        label="Laporan Pengabdian",
    ),
    "pembicara": Rule(
        "ranked",
        0.3,
        25,
        refs=(
            ("id_kategori_capaian_luaran", "kategori_capaian_luaran", "kategori_capaian_luaran"),
        ),
        label="Sertifikat Pembicara",
    ),
    "jabatan_struktural": Rule(
        "senior",
        0.02,
        1,
        refs=(("id_jabatan_negara", "jabatan", "jabatan_negara"),),
        days=(730, 1825),
        open_ended=0.3,
        label="SK Jabatan",
    ),
    "pengelola_jurnal": Rule(
        "ranked",
        0.08,
        4,
        refs=(("id_media_publikasi", "media_publikasi", "media_publikasi"),),
        days=(730, 1825),
        open_ended=0.5,
        label="SK Pengelola Jurnal",
    ),
    "penghargaan": Rule(
        "all",
        0.06,
        5,
        refs=(
            ("id_jenis_penghargaan", "jenis_penghargaan", "jenis_penghargaan"),
            ("id_tingkat_penghargaan", "tingkat_penghargaan", "tingkat_penghargaan"),
        ),
        label="Piagam Penghargaan",
    ),
    "visiting_scientist": Rule(
        "senior",
        0.03,
        2,
        refs=(
            ("id_perguruan_tinggi", "perguruan_tinggi", "perguruan_tinggi"),
            ("id_kategori_capaian_luaran", "kategori_capaian_luaran", "kategori_capaian_luaran"),
        ),
    ),
    "penunjang_lain": Rule(
        "all",
        0.5,
        120,
        refs=(("id_jenis_kepanitiaan", "jenis_kepanitiaan", "jenis_kepanitiaan"),),
        days=(2, 60),
        label="SK Panitia",
    ),
    "kekayaan_intelektual": Rule(
        "ranked",
        0.08,
        12,
        refs=(
            ("id_jenis_publikasi", "jenis_publikasi", "jenis_publikasi"),
            ("id_kategori_capaian_luaran", "kategori_capaian_luaran", "kategori_capaian_luaran"),
        ),
        label="Sertifikat HKI",
    ),
    "jabatan_fungsional/ajuan": Rule("ranked"),
    "pendidikan_formal/ajuan": Rule("all"),
    "diklat": Rule(
        "all",
        0.35,
        25,
        refs=(("id_jenis_diklat", "jenis_diklat", "jenis_diklat"),),
        days=(2, 30),
        label="Sertifikat Diklat",
    ),
    "riwayat_pekerjaan": Rule(
        "all",
        0,
        3,
        refs=(
            ("id_bidang_usaha", "bidang_usaha", "bidang_usaha"),
            ("id_jenis_pekerjaan", "jenis_pekerjaan", "jenis_pekerjaan"),
        ),
        label="Surat Keterangan Kerja",
    ),
    "sertifikasi_profesi": Rule(
        "all",
        0.04,
        3,
        refs=(("id_lembaga_sertifikasi", "nama_lembaga_sertifikasi", "lembaga_sertifikasi"),),
        label="Sertifikat Kompetensi",
    ),
    "sertifikasi_dosen/ajuan": Rule("ranked"),
    "nilai_tes": Rule(
        "all",
        0.06,
        4,
        refs=(("id_jenis_tes", "jenis_tes", "jenis_tes"),),
        label="Sertifikat Tes",
    ),
    "nilai_tes/ajuan": Rule("all"),
    "beasiswa": Rule(
        "dosen", 0.02, 2, refs=(("id_jenis_beasiswa", "jenis_beasiswa", "jenis_beasiswa"),)
    ),
    "kesejahteraan": Rule(
        "all",
        0.05,
        3,
        refs=(("id_jenis_kesejahteraan", "jenis_kesejahteraan", "jenis_kesejahteraan"),),
    ),
    "tunjangan": Rule(
        "all", 0.1, 5, refs=(("id_jenis_tunjangan", "jenis_tunjangan", "jenis_tunjangan"),)
    ),
    "dokumen": Rule("all"),
    "kolaborator_eksternal": Rule("all"),
}

_TOPICS = {
    "teknik": (
        "sistem informasi akademik",
        "jaringan sensor nirkabel",
        "beton mutu tinggi",
        "energi surya",
        "pembelajaran mesin",
        "drainase perkotaan",
        "motor listrik",
    ),
    "ekonomi": (
        "kinerja UMKM",
        "literasi keuangan",
        "tata kelola perusahaan",
        "pemasaran digital",
        "akuntansi desa",
        "pertumbuhan ekonomi daerah",
    ),
    "hukum": (
        "perlindungan konsumen",
        "hukum adat",
        "sengketa pertanahan",
        "perlindungan data pribadi",
        "hukum ketenagakerjaan",
    ),
    "pendidikan": (
        "pembelajaran berbasis proyek",
        "literasi numerasi",
        "media pembelajaran interaktif",
        "kurikulum merdeka",
        "penilaian autentik",
    ),
    "mipa": (
        "senyawa bioaktif",
        "penyebaran penyakit menular",
        "nanopartikel perak",
        "keanekaragaman hayati",
        "statistika spasial",
    ),
    "pertanian": (
        "kelapa sawit",
        "padi sawah",
        "pupuk organik cair",
        "ketahanan pangan",
        "pakan ternak lokal",
        "agribisnis kopi",
    ),
}
_PLACES = (
    "Kota Medan",
    "Kabupaten Deli Serdang",
    "Kota Binjai",
    "Kabupaten Langkat",
    "Sumatera Utara",
    "Kabupaten Karo",
)
_TITLE_FORMS = (
    "Analisis {t} di {p}",
    "Pengembangan {t} untuk masyarakat {p}",
    "Pengaruh {t} terhadap kesejahteraan di {p}",
    "Model {t} berbasis kearifan lokal",
    "Kajian {t}: studi kasus {p}",
    "Penerapan {t} pada usaha kecil di {p}",
    "Evaluasi {t} tahun {y}",
)
_COURSES = {
    "teknik": ("Algoritma dan Pemrograman", "Mekanika Teknik", "Rangkaian Listrik", "Basis Data"),
    "ekonomi": ("Pengantar Manajemen", "Akuntansi Dasar", "Ekonomi Mikro", "Statistika Bisnis"),
    "hukum": ("Pengantar Ilmu Hukum", "Hukum Perdata", "Hukum Pidana", "Hukum Tata Negara"),
    "pendidikan": ("Strategi Pembelajaran", "Evaluasi Pendidikan", "Kalkulus", "Bahasa Inggris"),
    "mipa": ("Kalkulus", "Fisika Dasar", "Kimia Organik", "Biologi Sel"),
    "pertanian": ("Dasar Agronomi", "Ilmu Tanah", "Ekonomi Pertanian", "Nutrisi Ternak"),
}
_KATEGORI_PEMBICARA = (
    "Pembicara pada pertemuan ilmiah",
    "Pembicara kunci",
    "Pembicara/narasumber pada pelatihan/penyuluhan/ceramah",
)
_TEXT: dict[str, tuple[str, ...]] = {
    "peran": ("Ketua", "Anggota", "Sekretaris", "Narasumber", "Peserta"),
    "penyelenggara": (
        "Kementerian Pendidikan Tinggi, Sains, dan Teknologi",
        "LLDIKTI Wilayah I",
        "Universitas Nusantara Medan",
        "Badan Kepegawaian Negara",
        "Lembaga Administrasi Negara",
    ),
    "instansi_pemberi": (
        "Presiden Republik Indonesia",
        "Kementerian Pendidikan Tinggi, Sains, dan Teknologi",
        "Pemerintah Provinsi Sumatera Utara",
        "Universitas Nusantara Medan",
    ),
    "nama_organisasi": (
        "Ikatan Sarjana Ekonomi Indonesia",
        "Persatuan Insinyur Indonesia",
        "Asosiasi Dosen Indonesia",
        "Himpunan Matematika Indonesia",
        "Perhimpunan Agronomi Indonesia",
        "Asosiasi Pengajar Hukum Indonesia",
    ),
    "lokasi": _PLACES,
    "bahasa": ("Indonesia", "Inggris"),
    "kelas": ("A", "B", "C", "D"),
    "jenis_evaluasi": ("Ujian Tertulis", "Proyek", "Presentasi"),
    "metode_pelaksanaan": ("Luring", "Daring", "Campuran"),
    "divisi": ("Keuangan", "Teknologi Informasi", "Operasional", "Sumber Daya Manusia"),
    "nama_jabatan": ("Staf", "Analis", "Supervisor", "Konsultan"),
    "tingkat": ("Lokal", "Daerah", "Nasional", "Internasional"),
    "asal_data": ("SISTER", "SINTA", "Garuda", "Scopus"),
    "sumber_dana": ("APBN", "DIPA Perguruan Tinggi", "Yayasan"),
    "edisi": ("Januari", "April", "Juli", "Oktober"),
    "in_kind": ("", "Laboratorium dan peralatan"),
    "deskripsi_kerja": (
        "Menyusun laporan keuangan bulanan",
        "Mengelola jaringan dan server kantor",
        "Mendampingi klien dalam proyek konsultansi",
        "Mengajar di lembaga kursus",
    ),
}


def record_owner(record_id: str) -> int | None:
    """The place (index) of the person a record id belongs to, or None for a non-UUID."""
    try:
        return uuid.UUID(record_id).int & 0xFFFF
    except ValueError:
        return None


@cache
def _fields(family: str) -> list[tuple[str, str]]:
    item, extra = FIELDS[family]
    return [tuple(f.split(":")) for f in f"{item} {extra}".split()]  # type: ignore[misc]


def item_keys(family: str) -> tuple[str, ...]:
    return tuple(f.split(":")[0] for f in FIELDS[family][0].split())


@dataclass
class Bundle:
    """Everything drawn for one person: the records by family and the side tables."""

    records: dict[str, list[Row]] = field(default_factory=dict)
    by_id: dict[str, tuple[str, Row]] = field(default_factory=dict)
    bidang_ilmu: dict[str, list[Row]] = field(default_factory=dict)
    documents: list[Row] = field(default_factory=list)
    semesters: list[str] = field(default_factory=list)


class Activities:
    """The lazily drawn per-person records of one world."""

    def __init__(self, world: World) -> None:
        self.world = world
        self._bundles: dict[int, Bundle] = {}
        self._lock = threading.Lock()
        #: Set where the sandbox is the whole process (``sister-desktop sandbox``): each drawn
        #: career is then set aside from the garbage collector (see ``of``).
        self.freeze_drawn = False
        self.prolific = _prolific(world)
        self.place = {p.id_sdm: i for i, p in enumerate(world.sdm)}
        from sister_desktop.sandbox.dataset import LIST_ITEM_KEYS

        #: The documents of the five histories (drawn with the world, their ids are plain).
        self._history_documents = {
            doc["id"]: (i, doc)
            for i, p in enumerate(world.sdm)
            for name in LIST_ITEM_KEYS
            for detail in p.details(name)
            for doc in detail.get("dokumen", ())
        }
        self._external: list[Row] | None = None

    def of(self, index: int) -> Bundle:
        bundle = self._bundles.get(index)
        if bundle is None:
            with self._lock:
                bundle = self._bundles.get(index)
                if bundle is None:
                    bundle = _Drawer(self, index).draw()
                    self._bundles[index] = bundle
                    if self.freeze_drawn:
                        # The drawn careers live as long as the sandbox: set aside from the
                        # collector, or a full collection over a few hundred of them stalls
                        # the server for tenths of a second, and the requests that waited
                        # meanwhile are counted as arriving together (a burst never sent).
                        gc.freeze()
        return bundle

    def find(self, family: str, record_id: str) -> tuple[SdmPerson, Row] | None:
        """A detail by id (``family`` as the path names it) and its person, or None."""
        if family == "dokumen" and record_id in self._history_documents:
            place, doc = self._history_documents[record_id]
            return self.world.sdm[place], doc
        index = record_owner(record_id)
        if index is None or index >= len(self.world.sdm):
            return None
        hit = self.of(index).by_id.get(record_id)
        if hit is None or hit[0] != family:
            return None
        return self.world.sdm[index], hit[1]

    def forget_document(self, record_id: str) -> None:
        """A history's document deleted (``sandbox.mutations``): no longer found by id."""
        self._history_documents.pop(record_id, None)

    @property
    def external(self) -> list[Row]:
        """``/kolaborator_eksternal``: the non-civitas partners research records name."""
        if self._external is None:
            rng = random.Random(f"sister-sandbox-kolaborator/{self.world.seed}")
            rows = []
            for n in range(40):
                sex = rng.choice("LP")
                given = rng.choice(v.MALE_GIVEN if sex == "L" else v.FEMALE_GIVEN)
                country, negara = ("ID", "Indonesia") if n % 5 else ("MY", "Malaysia")
                born = date(1960, 1, 1) + timedelta(days=rng.randrange(365 * 35))
                rows.append(
                    {
                        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        "nama": f"{given} {rng.choice(v.FAMILY)}",
                        "kode_negara": country,
                        "jenis_kelamin": sex,
                        "negara": negara,
                        "nik": f"12{rng.randrange(10**13, 10**14)}" if country == "ID" else "",
                        "tempat_lahir": rng.choice(v.BIRTH_PLACES),
                        "tanggal_lahir": born.isoformat(),
                        "jalan": f"{rng.choice(v.STREETS)} No. {rng.randint(1, 200)}",
                        "rt": rng.randint(1, 15),
                        "rw": rng.randint(1, 10),
                        "dusun": "",
                        "kelurahan": rng.choice(v.KELURAHAN),
                        "kode_pos": f"20{rng.randrange(100, 999)}",
                        "telepon_rumah": "",
                        "telepon_hp": f"08{rng.randrange(10**9, 10**10)}",
                        "email": f"{given.lower().replace(' ', '')}{n}@mitra.co.id",
                    }
                )
            self._external = rows
        return self._external


def _rank(p: Person) -> str | None:
    return p.jabfung[-1].name if p.jabfung else None


def _prolific(world: World) -> int | None:
    """The most senior ranked lecturer: the one with hundreds of publications (paging)."""
    ranked = [i for i, p in enumerate(world.facts) if p.jenis == "Dosen" and p.jabfung]
    if not ranked:
        return None
    order = ["Asisten Ahli", "Lektor", "Lektor Kepala", "Profesor"]
    return max(
        ranked,
        key=lambda i: (
            order.index(world.facts[i].jabfung[-1].name),
            -world.facts[i].start.toordinal(),
        ),
    )


class _Drawer:
    """Draws one person's bundle from the person's own random stream."""

    def __init__(self, owner: Activities, index: int) -> None:
        world = owner.world
        self.owner = owner
        self.world = world
        self.index = index
        self.person = world.sdm[index]
        self.facts = world.facts[index]
        self.rng = random.Random(f"sister-sandbox-activities/{world.seed}/{world.size}/{index}")
        self.refs = ref.national()
        self.bundle = Bundle()
        self.topics = _TOPICS[self.facts.field_key]

    # --- helpers ----------------------------------------------------------------------------

    def uuid(self) -> str:
        bits = (self.rng.getrandbits(128) & ~0xFFFF) | self.index
        return str(uuid.UUID(int=bits, version=4))

    def when(self) -> date:
        start = self.facts.start
        end = self.facts.exit_date or TODAY
        span = max(1, (end - start).days)
        return start + timedelta(days=self.rng.randrange(span))

    def title(self, year: int) -> str:
        form = self.rng.choice(_TITLE_FORMS)
        return form.format(t=self.rng.choice(self.topics), p=self.rng.choice(_PLACES), y=year)

    def sk(self, day: date) -> str:
        return f"{self.rng.randrange(10, 9999)}/UN.NM/KP/{day.year}"

    def colleague(self) -> SdmPerson:
        sdm = self.world.sdm
        return sdm[self.rng.randrange(len(sdm))]

    def document(self, label: str, day: date) -> Row:
        rng = self.rng
        kind = _document_kind(label)
        doc = {
            "id": self.uuid(),
            "nama": label,
            "jenis_dokumen": kind,
            "nama_file": f"{label.replace(' ', '_').upper()}_{rng.randrange(1000, 9999)}.pdf",
            "jenis_file": "application/pdf",
            "tanggal_upload": f"{min(day + timedelta(days=30), TODAY).isoformat()} "
            f"{rng.randrange(8, 17):02d}:{rng.randrange(60):02d}:00",
            "tautan": "",
            "keterangan": "",
        }
        self.bundle.documents.append(doc)
        self.bundle.by_id[doc["id"]] = ("dokumen", doc)
        return doc

    def count(self, family: str) -> int:
        rule = RULES[family]
        p = self.facts
        rank = _rank(p)
        if rule.who in ("dosen", "ranked", "senior") and p.jenis != "Dosen":
            return 0
        if rule.who == "ranked" and rank is None:
            return 0
        if rule.who == "senior" and rank not in ("Lektor Kepala", "Profesor"):
            return 0
        years = max(0, (min(p.exit_date or TODAY, TODAY) - p.start).days // 365)
        factor = _RANK_FACTOR[rank] if p.jenis == "Dosen" else 0.5
        expected = rule.per_year * years * factor * self.rng.uniform(0.5, 1.5)
        if family == "publikasi" and self.index == self.owner.prolific:
            return 250 + self.rng.randrange(40)
        return min(rule.cap, int(expected + self.rng.random()))

    # --- drawing ----------------------------------------------------------------------------

    def draw(self) -> Bundle:
        records = self.bundle.records
        for family in _DRAW_ORDER:
            if family in AJUAN or family == "dokumen":
                continue
            if family == "pengajaran":
                records[family] = self._pengajaran()
            elif family == "riwayat_pekerjaan":
                records[family] = self._earlier_jobs()
            else:
                # Filled in place, so a record can name the one drawn before it.
                records[family] = []
                for _ in range(self.count(family)):
                    records[family].append(self.record(family))
            records[family].sort(key=_sort_key, reverse=True)
        self.bundle.records = {
            family: records[family] for family in PER_PERSON if family in records
        }
        for family, master in AJUAN.items():
            self.bundle.records[family] = self._ajuan(family, master)
        self._collect_history_documents()
        self.bundle.records["dokumen"] = self.bundle.documents
        return self.bundle

    def record(self, family: str, **preset: Any) -> Row:
        rule = RULES[family]
        rng = self.rng
        when = preset.pop("_when", None) or self.when()
        length = timedelta(days=rng.randint(*rule.days))
        ends: date | None = when + length
        if ends is not None and (ends > TODAY or rng.random() < rule.open_ended):
            ends = None
        row: Row = {}
        for id_field, name_field, list_name in rule.refs:
            choice = rng.choice(self.refs[list_name])
            row[id_field] = choice["id"]
            if name_field:
                row[name_field] = choice["nama"]
        menu = family if family in ref.KATEGORI_MENUS else None
        if menu:
            leaf = rng.choice(_leaves(menu))
            row["id_kategori_kegiatan"] = leaf["id"]
            row["kategori_kegiatan"] = leaf["nama"]
        row.update(preset)
        row.update(self._special(family, when, row))
        for name, code in _fields(family):
            if name not in row:
                row[name] = self.value(family, name, code, when, ends, rule)
        # In the table's order, and only the family's own keys (the rules share helpers).
        row = {name: row[name] for name, _code in _fields(family)}
        if "id_kategori_kegiatan:s" in FIELDS[family][1]:
            row["id_kategori_kegiatan"] = str(row["id_kategori_kegiatan"])
        if family in ("penelitian", "pengabdian"):
            self._students_and_funds(row)
        self.bundle.by_id[row["id"]] = (family, row)
        if family in WITH_BIDANG_ILMU:
            groups = _groups(self.facts.field_key)
            picked = rng.sample(groups, k=min(len(groups), rng.randint(1, 2)))
            self.bundle.bidang_ilmu[row["id"]] = [
                {"urutan": n + 1, "id_kelompok_bidang": g["id"], "kelompok_bidang": g["nama"]}
                for n, g in enumerate(picked)
            ]
        return row

    def _students_and_funds(self, row: Row) -> None:
        """Students among the members of about half the projects, and the funds of some
        projects from elsewhere: none (mandiri) or mostly another institution's.

        Drawn from a stream of the record's own, after everything else: the rest of the
        career (and every older test that reads it) draws exactly what it drew before.
        """
        rng = random.Random(f"sister-sandbox-litabmas/{self.world.seed}/{row['id']}")
        if rng.random() < 0.5:
            students = self.world.mahasiswa(self.facts.unit)
            for student in rng.sample(students, k=min(len(students), rng.randint(1, 3))):
                row["anggota"].append(
                    {
                        "nama": student["nama_mahasiswa"],
                        "jenis": "Mahasiswa",
                        "id_sdm": None,
                        "id_peserta_didik": student["id_mahasiswa"],
                        "nomor_induk_peserta_didik": student["nim"],
                        "id_orang": None,
                        "peran": "Anggota",
                        "aktif": True,
                    }
                )
        funds = rng.random()
        if funds < 0.15:
            row.update(dana_dikti=0.0, dana_perguruan_tinggi=0.0, dana_institusi_lain=0.0)
        elif funds < 0.3:
            row["dana_institusi_lain"] = float(rng.randrange(150, 300) * 1_000_000)

    def value(
        self, family: str, name: str, code: str, when: date, ends: date | None, rule: Rule
    ) -> Any:
        rng = self.rng
        nullable = code.endswith("?")
        kind = code.rstrip("?")
        if name == "id":
            return self.uuid()
        if name == "id_sdm":
            return self.person.id_sdm
        if kind == "docs":
            return [self.document(rule.label, when)]
        if kind == "d":
            if any(w in name for w in ("selesai", "sampai", "keluar")):
                return ends.isoformat() if ends else None if nullable else TODAY.isoformat()
            if "sk" in name:
                return (when - timedelta(days=rng.randint(7, 30))).isoformat()
            return when.isoformat()
        if kind == "dt":
            return f"{when.isoformat()}T{rng.randrange(8, 17):02d}:{rng.randrange(60):02d}:00+07:00"
        if kind == "u":
            return None if nullable else self.uuid()
        if kind == "i":
            if name.startswith("tahun"):
                if "selesai" in name:
                    return ends.year if ends else None if nullable else when.year
                return when.year - (1 if "usulan" in name else 0)
            return None if nullable and rng.random() < 0.3 else rng.randint(1, 4)
        if kind == "n":
            if name.startswith("dana"):
                return float(rng.randrange(0, 150) * 1_000_000)
            return round(rng.uniform(1, 4), 2)
        if kind == "b":
            return rng.random() < 0.15
        if kind == "strs":
            return [g["kelompok_bidang"] for g in self._groups_of_record()]
        if kind == "objs":
            return self._people_of(family, name, when)
        if kind == "map":
            return {}
        # text
        if nullable and (rng.random() < 0.4 or name not in _TEXT):
            return None
        if name.startswith("sk") or name.startswith("surat"):
            return self.sk(when)
        if name.startswith(("nomor", "no_")):
            return str(rng.randrange(10**9, 10**10))
        if name.startswith("judul"):
            return self.title(when.year)
        if name.startswith("terhitung"):
            return (
                (ends or add_years(when, 3)).isoformat() if "sampai" in name else when.isoformat()
            )
        pool = _TEXT.get(name)
        if pool:
            return rng.choice(pool)
        if name in ("perguruan_tinggi", "afiliasi", "instansi", "instansi_profesi"):
            return self.world.profil_pt["nama_perguruan_tinggi"]
        if name in ("bidang_studi", "program_studi", "unit_kerja", "bidang_tugas"):
            return self.facts.unit
        if name == "semester":
            return ref.semester_name(_semester_of(when))
        return ""

    def _groups_of_record(self) -> list[Row]:
        groups = _groups(self.facts.field_key)
        return [
            {"kelompok_bidang": g["nama"]}
            for g in self.rng.sample(groups, k=min(len(groups), self.rng.randint(1, 2)))
        ]

    def _people_of(self, family: str, name: str, when: date) -> list[Row]:
        rng = self.rng
        me = self.person
        if name in ("penulis", "anggota", "anggota_dosen", "dosen"):
            people = [me] + [self.colleague() for _ in range(rng.randint(0, 3))]
            people = list({p.id_sdm: p for p in people}.values())
            rows = []
            for n, p in enumerate(people):
                row: Row = {"nama": p.nama, "id_sdm": p.id_sdm}
                if name == "dosen":
                    row.update(
                        kategori_kegiatan="Pembimbing Utama" if n == 0 else "Pembimbing Pendamping",
                        urutan=n + 1,
                    )
                elif name == "anggota_dosen":
                    row["peran"] = "Ketua" if n == 0 else "Anggota"
                else:
                    row.update(
                        jenis="Dosen",
                        id_peserta_didik=None,
                        nomor_induk_peserta_didik=None,
                        id_orang=None,
                        peran="Ketua" if n == 0 else "Anggota",
                    )
                    if name == "penulis":
                        row.update(
                            urutan=n + 1, afiliasi=self.world.profil_pt["nama_perguruan_tinggi"]
                        )
                        if family in _CORRESPONDING:
                            row["corresponding_author"] = n == 0
                    else:
                        row["aktif"] = True
                rows.append(row)
            if name in ("penulis", "anggota") and rng.random() < 0.3:
                partner = rng.choice(self.owner.external)
                extra: Row = {
                    "nama": partner["nama"],
                    "jenis": "Profesional/Mitra",
                    "id_sdm": None,
                    "id_peserta_didik": None,
                    "nomor_induk_peserta_didik": None,
                    "id_orang": partner["id"],
                    "peran": "Anggota",
                }
                if name == "penulis":
                    extra.update(urutan=len(rows) + 1, afiliasi="Mitra")
                    if family in _CORRESPONDING:
                        extra["corresponding_author"] = False
                else:
                    extra["aktif"] = True
                rows.append(extra)
            return rows
        if name == "mahasiswa":
            students = self.world.mahasiswa(self.facts.unit)
            picked = rng.sample(students, k=min(len(students), rng.randint(1, 3)))
            return [
                {"nama": s["nama_mahasiswa"], "nomor_induk": s["nim"], "peran": "Ketua"}
                for s in picked
            ]
        if name == "mitra_litabmas":
            partner = rng.choice(self.refs["dudi"])
            return [{"id": partner["id"], "nama": partner["nama"]}]
        return []

    def _special(self, family: str, when: date, row: Row) -> Row:
        """What the generic filling would get wrong for a family."""
        rng = self.rng
        p = self.facts
        if family == "inpassing":
            gol = rng.choice(v.GOLONGAN[8:14])
            gol_ids = {g: n + 1 for n, (g, _) in enumerate(v.GOLONGAN)}
            return {
                "pangkat_golongan": v.pangkat_golongan_text(gol[0]),
                "id_pangkat_golongan": gol_ids[gol[0]],
                "pangkat": gol[1],
                "golongan": gol[0],
                "angka_kredit": float(rng.choice((150, 200, 300, 400))),
                "masa_kerja_tahun": float(max(0, when.year - p.start.year)),
                "masa_kerja_bulan": float(rng.randrange(12)),
            }
        if family in ("penelitian", "pengabdian"):
            drawn = self.bundle.records.get(family) or []
            # A continuation names the project it continues (one drawn before it).
            previous = drawn[-1:] if drawn and rng.random() < 0.3 else []
            groups = _groups(p.field_key)
            group = rng.choice(groups)
            years = rng.randint(1, 3)
            return {
                "bidang_keilmuan": [group["nama"]],
                "id_kelompok_bidang": group["id"],
                "kelompok_bidang": group["nama"],
                "id_afiliasi": self.world.pt_id,
                "afiliasi": self.world.profil_pt["nama_perguruan_tinggi"],
                "id_litabmas_sebelumnya": previous[-1]["id"] if previous else None,
                "litabmas_sebelumnya": previous[-1]["judul"] if previous else "",
                "tahun_pelaksanaan": when.year,
                "tahun_kegiatan": when.year,
                "lama_kegiatan": years,
                "tahun_pelaksanaan_ke": 1,
                "dana_institusi_lain": 0.0,
            }
        if family in ("publikasi", "kekayaan_intelektual"):
            # The kind of work and its activity category agree (a journal is no patent).
            kinds = self.refs["jenis_publikasi"]
            kinds = kinds[:9] if family == "publikasi" else kinds[9:]
            kind = rng.choice(kinds)
            row["id_jenis_publikasi"], row["jenis_publikasi"] = kind["id"], kind["nama"]
            leaves = _leaves(family)
            leaf = next((c for c in leaves if c["nama"] in kind["nama"]), None)
            leaf = leaf or next((c for c in leaves if kind["nama"] in c["nama"]), leaves[-1])
            row["id_kategori_kegiatan"], row["kategori_kegiatan"] = leaf["id"], leaf["nama"]
            research = self.bundle.records.get("penelitian") or []
            linked = rng.choice(research) if research and rng.random() < 0.5 else None
            out: Row = {
                "quartile": rng.randint(1, 4),
                "judul_litabmas": linked["judul"] if linked else "",
                "id_litabmas": linked["id"] if linked else None,
                "tautan": f"https://doi.org/10.{rng.randrange(1000, 9999)}/"
                f"{rng.randrange(10**5, 10**6)}",
            }
            if family == "publikasi":
                media = rng.choice(self.refs["media_publikasi"])
                out.update(
                    nama_jurnal=media["nama"],
                    judul_artikel=None,
                    judul_asli=None,
                    halaman=f"{(start := rng.randint(1, 200))}-{start + rng.randint(5, 20)}",
                    volume=rng.randint(1, 30),
                    nomor=rng.randint(1, 4),
                    doi=out["tautan"].removeprefix("https://doi.org/"),
                    issn=f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
                    e_issn=f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
                    seminar=row.get("jenis_publikasi", "").startswith("Prosiding"),
                    prosiding=row.get("jenis_publikasi", "").startswith("Prosiding"),
                    penerbit=None,
                    isbn=None,
                    jumlah_halaman=None,
                    nomor_paten=None,
                    pemberi_paten=None,
                )
            else:
                out.update(nomor_paten=f"IDS{rng.randrange(10**9, 10**10)}", pemberi_paten="DJKI")
            return out
        if family in ("pembicara", "orasi_ilmiah", "visiting_scientist", "bahan_ajar"):
            research = self.bundle.records.get("penelitian") or []
            linked = rng.choice(research) if research and rng.random() < 0.4 else None
            out = {
                "judul_litabmas": linked["judul"] if linked else "",
                "id_penelitian_pengabdian": linked["id"] if linked else None,
            }
            if family in ("pembicara", "orasi_ilmiah"):
                kategori = rng.randint(1, 3)
                out.update(
                    id_kategori_pembicara=kategori,
                    kategori_pembicara=_KATEGORI_PEMBICARA[kategori - 1],
                    id_tingkat_pertemuan=rng.choice(
                        ("Lokal", "Daerah", "Nasional", "Internasional")
                    ),
                    nama_pertemuan=f"Seminar Nasional {rng.choice(self.topics).title()} "
                    f"{when.year}",
                    judul_makalah=self.title(when.year),
                )
            if family == "bahan_ajar":
                out.update(
                    nama_penerbit=rng.choice(("USU Press", "Deepublish", "Unusmed Press")),
                    isbn=f"978-602-{rng.randrange(1000, 9999)}-{rng.randrange(10, 99)}-"
                    f"{rng.randrange(10)}",
                    judul=f"Buku Ajar {rng.choice(_COURSES[p.field_key])}",
                )
            if family == "visiting_scientist":
                out["lama_kegiatan"] = f"{rng.randint(1, 6)} bulan"
                out["kegiatan_penting"] = f"Kolaborasi riset {rng.choice(self.topics)}"
            return out
        if family in ("tugas_tambahan",):
            unit = next((u for u in self.world.units if u["nama"] == p.unit), self.world.units[0])
            return {
                "unit_kerja": unit["nama"],
                "id_unit_kerja": unit["id"],
                "perguruan_tinggi": self.world.profil_pt["nama_perguruan_tinggi"],
                "id_perguruan_tinggi": self.world.pt_id,
                "jumlah_jam": rng.choice((6, 12, 16)),
            }
        if family == "pengelola_jurnal":
            return {
                "aktif": rng.choice((0, 1)),
                "peran": rng.choice(("Editor", "Reviewer", "Ketua Dewan Redaksi")),
            }
        if family == "diklat":
            return {
                "nama": f"{row['jenis_diklat']} Angkatan {rng.randint(1, 40)}",
                "tingkat": rng.randint(1, 3),
                "jumlah_jam": rng.choice((32, 40, 60, 120)),
                "tahun": when.year,
            }
        if family == "penghargaan":
            return {"nama": f"{row['jenis_penghargaan']} {when.year}", "tahun": when.year}
        if family == "nilai_tes":
            test = row["jenis_tes"]
            skor = {
                "TOEFL": rng.randint(450, 620),
                "IELTS": rng.choice((5.5, 6.0, 6.5, 7.0)),
                "TOEIC": rng.randint(550, 900),
            }
            return {
                "nama": f"{test} {when.year}",
                "penyelenggara": "ETS"
                if test.startswith("TOE")
                else "Lembaga Bahasa Universitas Nusantara Medan",
                "skor": float(skor.get(test, rng.randint(450, 600))),
                "tahun": when.year,
            }
        if family == "sertifikasi_profesi":
            return {
                "jenis_sertifikasi": "Sertifikasi Kompetensi",
                "id_jenis_sertifikasi": 2,
                "id_bidang_studi": ref.bidang_studi_id(p.unit),
                "bidang_studi": p.unit,
                "tahun_sertifikasi": when.year,
            }
        if family in ("beasiswa", "kesejahteraan", "tunjangan"):
            kind = (
                row.get("jenis_beasiswa")
                or row.get("jenis_kesejahteraan")
                or row["jenis_tunjangan"]
            )
            out = {"nama": f"{kind} {when.year}"}
            if family == "beasiswa":
                out["masih_menerima"] = when.year >= TODAY.year - 2
            if family == "tunjangan":
                out["nominal"] = float(rng.choice((1_500_000, 2_000_000, 4_500_000, 6_750_000)))
            return out
        if family == "riwayat_pekerjaan":
            company = rng.choice(self.refs["dudi"])
            return {"instansi": company["nama"], "luar_negeri": False}
        if family == "bimbing_dosen":
            other = self.colleague()
            return {
                "nama_pembimbing": self.person.nama,
                "nama_bimbingan": other.nama,
                "jabatan_fungsional_pembimbing": _rank(p) or "",
                "jabatan_fungsional_bimbingan": "Asisten Ahli",
                "bidang_keahlian_pembimbing": p.unit,
                "bidang_keahlian_bimbingan": p.unit,
                "jenis_bimbingan": rng.choice(("R", "C")),
                "deskripsi_kegiatan": f"Membimbing {other.nama} dalam pengajaran dan penelitian "
                f"bidang {p.unit}",
            }
        if family in ("bimbingan_mahasiswa", "pengujian_mahasiswa"):
            smt = _semester_of(when)
            return {
                "semester": ref.semester_name(smt),
                "jenis_bimbingan": rng.choice(("Skripsi", "Tesis", "Kerja Praktik")),
                "jenis_pengujian": rng.choice(("Ujian Skripsi", "Ujian Tesis", "Seminar Proposal")),
                "komunal": False,
                "keterangan": "",
            }
        if family == "penunjang_lain":
            return {
                "nama": f"{row['jenis_kepanitiaan']} {when.year}",
                "instansi": self.world.profil_pt["nama_perguruan_tinggi"],
            }
        if family == "jabatan_struktural":
            return {"lokasi": rng.choice(_PLACES)}
        if family == "detasering":
            return {"deskripsi_kegiatan": f"Mengajar dan membina program studi {p.unit}"}
        return {}

    def _pengajaran(self) -> list[Row]:
        p = self.facts
        if p.jenis != "Dosen":
            return []
        rng = self.rng
        rows = []
        courses = _COURSES[p.field_key]
        for smt in ref.semester_ids():
            start = date(int(smt[:4]), 8 if smt[4] == "1" else 2, 1)
            if smt[4] == "2":
                start = start.replace(year=start.year + 1)
            if start < p.start or start > (p.exit_date or TODAY):
                continue
            self.bundle.semesters.append(smt)
            for course in rng.sample(courses, k=rng.randint(2, 3)):
                sks = float(rng.choice((2, 3)))
                row = self.record(
                    "pengajaran",
                    _when=start,
                    semester=ref.semester_name(smt),
                    id_semester=smt,
                    mata_kuliah=course,
                    nama_substansi=course,
                    kelas=rng.choice("ABC"),
                    jumlah_mahasiswa=rng.randint(15, 45),
                    sks=sks,
                    sks_tatap_muka=sks,
                    sks_praktik=0.0,
                    sks_praktik_lapangan=0.0,
                    sks_simulasi=0.0,
                    tatap_muka_rencana=16,
                    tatap_muka_realisasi=rng.randint(12, 16),
                )
                rows.append(row)
        return rows

    def _earlier_jobs(self) -> list[Row]:
        """Jobs before joining the campus: back to back, the last one ending when it began."""
        p = self.facts
        rng = self.rng
        years_before = p.start.year - p.birth.year - 23
        count = 0 if years_before < 2 else min(3, years_before // 3)
        rows = []
        ends = p.start - timedelta(days=rng.randint(15, 90))
        for _ in range(count):
            began = add_years(ends, -rng.randint(1, 3))
            row = self.record("riwayat_pekerjaan", _when=began, selesai_bekerja=ends.isoformat())
            rows.append(row)
            ends = began - timedelta(days=rng.randint(15, 120))
        return rows

    def _ajuan(self, family: str, master: str) -> list[Row]:
        rng = self.rng
        if master in self.bundle.records:
            masters = self.bundle.records[master]
        else:
            masters = self.person.details(master)
        if not masters or rng.random() > 0.2:
            return []
        target = rng.choice(masters)
        day = TODAY - timedelta(days=rng.randint(1, 120))
        done = rng.random() < 0.5
        keys = [k for k in target if k not in ("id", "id_sdm", "dokumen")][:2]
        row: Row = {
            "id": self.uuid(),
            "id_data_master": target["id"],
            "id_sdm": self.person.id_sdm,
            "tanggal_ajuan": f"{day.isoformat()}T{rng.randrange(8, 17):02d}:15:00+07:00",
            "tanggal_verifikasi": f"{(day + timedelta(days=3)).isoformat()}T10:00:00+07:00"
            if done
            else None,
            "jenis_ajuan": "Ubah",
            "keterangan": None,
            "umur": (TODAY - day).days,
            "status": rng.choice(("Disetujui Kepegawaian PT", "Ditolak Kepegawaian PT"))
            if done
            else "Diajukan",
            "detail_perubahan": {k: str(target.get(k)) for k in keys},
            "dokumen": [self.document("Bukti Kinerja", day)],
        }
        self.bundle.by_id[row["id"]] = (family, row)
        return [row]

    def _collect_history_documents(self) -> None:
        from sister_desktop.sandbox.dataset import LIST_ITEM_KEYS

        for name in LIST_ITEM_KEYS:
            for detail in self.person.details(name):
                for doc in detail.get("dokumen", ()):
                    self.bundle.documents.append(doc)


@cache
def _document_kind(label: str) -> str:
    """The ``referensi/jenis_dokumen`` name a document of ``label`` is filed under."""
    kinds = [r["nama"] for r in ref.national()["jenis_dokumen"]]
    return next((k for k in kinds if k.split()[0] in label), "Bukti Kinerja")


def _semester_of(day: date) -> str:
    if day.month >= 8:
        return f"{day.year}1"
    return f"{day.year - 1}2"


@cache
def _leaves(menu: str) -> list[Row]:
    return ref.kategori_leaves(menu)


@cache
def _groups(field_key: str) -> list[Row]:
    """The ``referensi/kelompok_bidang`` rows of a field of study."""
    names = set(v.KELOMPOK_BIDANG[field_key])
    return [g for g in ref.national()["kelompok_bidang_iptek"] if g["nama"] in names]


def _sort_key(row: Row) -> str:
    for key in ("tanggal", "tanggal_mulai", "tanggal_terbit", "tanggal_mulai_tugas", "id_semester"):
        if row.get(key):
            return str(row[key])
    for key in ("tahun", "tahun_pelaksanaan", "tahun_mulai", "tahun_sertifikasi"):
        if row.get(key):
            return str(row[key])
    return ""
