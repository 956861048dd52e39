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
from tests.sandbox.endpoints import FILES, every_call

S, N, I, F, D, U = "str", "str|null", "int", "number", "date", "uuid"  # noqa: E741
DN = "date|null"
DOCS = "dokumen"
IN, FN, UN = "int|null", "number|null", "uuid|null"
B, DT, DTN = "bool", "datetime", "datetime|null"
STRS, OBJS, MAP = "strs", "objs", "map"
#: BKD's numbers come as decimal text ("11.5000"), as PostgreSQL numerics through PHP do.
DEC = "decimal"
INT_REF = {"id": I, "nama": S}
UUID_REF = {"id": U, "nama": S}

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
    **{
        f"/referensi/{name}": INT_REF
        for name in (
            "agama",
            "bidang_studi",
            "bidang_usaha",
            "jenis_dokumen",
            "jabatan_negara",
            "jabatan_tugas_tambahan",
            "jenis_bahan_ajar",
            "jenis_penghargaan",
            "jenis_kepanitiaan",
            "jenis_kesejahteraan",
            "jenis_beasiswa",
            "jenis_diklat",
            "jenis_pekerjaan",
            "jenis_publikasi",
            "jenis_tes",
            "jenis_tunjangan",
            "tingkat_penghargaan",
            "lembaga_sertifikasi",
            "semester",
            "sumber_gaji",
            "kategori_capaian_luaran",
        )
    },
    **{
        f"/referensi/{name}": UUID_REF
        for name in (
            "dudi",
            "skim_kegiatan",
            "media_publikasi",
            "kelompok_bidang",
            "perguruan_tinggi",
        )
    },
    "/referensi/jenis_keluar": {"id": S, "nama": S},
    "/referensi/negara": {"id": S, "nama": S},
    "/referensi/gelar_akademik": {"id": I, "nama": S, "singkatan": S},
    "/referensi/wilayah": {"id": S, "nama": S, "id_induk_wilayah": S},
    "/referensi/mahasiswa_pddikti": {"id_mahasiswa": U, "nama_mahasiswa": S, "nim": S},
    "/referensi/kategori_kegiatan?tipe=list": {"id": I, "parent_id": IN, "nama": S},
    "/referensi/kategori_kegiatan?tipe=tree": {"id": I, "nama": S, "sub_kategori": "tree"},
    "/referensi/detail_unit_kerja": {
        "id": U,
        "kode_unit": S,
        "nama": S,
        "id_jenis_unit": I,
        "status_unit": S,
        "tanggal_berdiri": D,
        "sk_penyelenggara": S,
        "tanggal_sk_penyelenggara": D,
        "terhitung_mulai_tanggal_penyelenggara": D,
        "terhitung_sampai_tanggal_penyelenggara": S,
        "sks_lulus": I,
        "gelar_lulusan": S,
        "waktu_data_update": S,
        "wilayah": STRS,
        "jurusan": STRS,
    },
    "/bkd/laporan_akhir_bkd": {
        "id_reg_ptk": U,
        "id_smt": S,
        **{
            f"sks_{part}": DEC
            for part in (
                "kinerja_ajar",
                "lebih_ajar",
                "kinerja_didik",
                "lebih_didik",
                "kinerja_lit",
                "lebih_lit",
                "kinerja_pengmas",
                "lebih_pengmas",
                "kinerja_penunjang",
                "lebih_tunjang",
                "kinerja",
                "lebih",
            )
        },
        "stat_kewajiban": DEC,
        "stat_tugas": S,
        "stat_belajar": S,
        "id_jabfung": DEC,
        "simpulan_asesor": S,
    },
    **{
        f"/bkd/{unsur}": {
            "nm_sdm": S,
            "nidn": S,
            "id_smt": S,
            "unsur": S,
            "judul_keg": S,
            "id_katgiat": I,
            "nm_kat": S,
            "beban_sks": F,
            "nilai": F,
        }
        for unsur in ("pendidikan", "ajar", "tunjang", "pengmas", "penelitian")
    },
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
NEW_ITEMS: dict[str, dict[str, str]] = {
    "/inpassing": {"id": U, "pangkat_golongan": S, "sk": S, "tanggal_sk": D, "tanggal_mulai": D},
    "/jabatan_fungsional/ajuan": {
        "id": U,
        "id_data_master": UN,
        "id_sdm": U,
        "tanggal_ajuan": DT,
        "tanggal_verifikasi": DTN,
        "jenis_ajuan": S,
        "keterangan": N,
        "umur": IN,
        "status": S,
    },
    "/pengajaran": {
        "id": U,
        "semester": S,
        "mata_kuliah": S,
        "kelas": S,
        "jumlah_mahasiswa": IN,
        "sks": F,
    },
    "/bimbingan_mahasiswa": {
        "id": U,
        "judul": S,
        "jenis_bimbingan": S,
        "program_studi": S,
        "semester": S,
    },
    "/pengujian_mahasiswa": {
        "id": U,
        "judul": S,
        "jenis_pengujian": S,
        "program_studi": S,
        "semester": S,
    },
    "/anggota_profesi": {
        "id": U,
        "nama_organisasi": S,
        "peran": S,
        "tanggal_mulai_keanggotaan": D,
        "tanggal_selesai_keanggotaan": DN,
        "instansi_profesi": S,
    },
    "/detasering": {
        "id": U,
        "kategori_kegiatan": S,
        "perguruan_tinggi": S,
        "bidang_tugas": S,
        "sk_penugasan": S,
        "tanggal_sk_penugasan": D,
    },
    "/orasi_ilmiah": {
        "id": U,
        "judul_makalah": S,
        "nama_pertemuan": S,
        "penyelenggara": S,
        "tanggal_pelaksanaan": DN,
    },
    "/bahan_ajar": {
        "id": U,
        "judul": S,
        "isbn": S,
        "nama_jenis": S,
        "nama_penerbit": S,
        "tanggal_terbit": D,
    },
    "/bimbing_dosen": {
        "id": U,
        "nama_pembimbing": S,
        "nama_bimbingan": S,
        "tanggal_mulai": D,
        "tanggal_selesai": D,
    },
    "/tugas_tambahan": {
        "id": U,
        "jenis_tugas": S,
        "unit_kerja": S,
        "perguruan_tinggi": S,
        "tanggal_mulai_tugas": D,
        "tanggal_selesai_tugas": DN,
    },
    "/penelitian": {
        "id": U,
        "judul": S,
        "bidang_keilmuan": STRS,
        "tahun_pelaksanaan": I,
        "lama_kegiatan": I,
    },
    "/publikasi": {
        "id": U,
        "kategori_kegiatan": S,
        "judul": S,
        "quartile": I,
        "bidang_keilmuan": STRS,
        "jenis_publikasi": S,
        "tanggal": D,
        "asal_data": S,
    },
    "/pengabdian": {
        "id": U,
        "judul": S,
        "bidang_keilmuan": STRS,
        "tahun_pelaksanaan": I,
        "lama_kegiatan": I,
    },
    "/pembicara": {
        "id": U,
        "judul_makalah": S,
        "nama_pertemuan": S,
        "penyelenggara": S,
        "tanggal_pelaksanaan": DN,
    },
    "/jabatan_struktural": {
        "id": U,
        "jabatan": S,
        "sk_jabatan": S,
        "tanggal_mulai_jabatan": D,
        "tanggal_selesai_jabatan": DN,
    },
    "/pengelola_jurnal": {
        "id": U,
        "kategori_kegiatan": S,
        "media_publikasi": S,
        "sk_penugasan": S,
        "tanggal_mulai": D,
        "tanggal_selesai": DN,
        "peran": S,
        "aktif": I,
    },
    "/penghargaan": {"id": U, "jenis_penghargaan": S, "nama": S, "tahun": I, "instansi_pemberi": S},
    "/visiting_scientist": {"id": U, "perguruan_tinggi": S, "lama_kegiatan": S, "tanggal": D},
    "/penunjang_lain": {
        "id": U,
        "nama": S,
        "instansi": S,
        "sk_penugasan": S,
        "tanggal_mulai": D,
        "tanggal_selesai": DN,
        "peran": S,
    },
    "/kekayaan_intelektual": {
        "id": U,
        "kategori_kegiatan": S,
        "judul": S,
        "quartile": I,
        "bidang_keilmuan": STRS,
        "jenis_publikasi": S,
        "tanggal": D,
    },
    "/pendidikan_formal/ajuan": {
        "id": U,
        "id_data_master": UN,
        "id_sdm": U,
        "tanggal_ajuan": DT,
        "tanggal_verifikasi": DTN,
        "jenis_ajuan": S,
        "keterangan": N,
        "umur": IN,
        "status": S,
    },
    "/diklat": {"id": U, "jenis_diklat": S, "nama": S, "penyelenggara": S, "tahun": I},
    "/riwayat_pekerjaan": {
        "id": U,
        "jenis_pekerjaan": S,
        "nama_jabatan": S,
        "instansi": S,
        "divisi": S,
        "mulai_bekerja": D,
        "selesai_bekerja": DN,
        "luar_negeri": B,
        "bidang_usaha": S,
    },
    "/sertifikasi_profesi": {
        "id": U,
        "jenis_sertifikasi": S,
        "bidang_studi": S,
        "sk_sertifikasi": S,
        "id_lembaga_sertifikasi": I,
        "nama_lembaga_sertifikasi": S,
        "terhitung_mulai_tanggal": S,
        "terhitung_sampai_tanggal": S,
        "nomor_registrasi": S,
        "tahun_sertifikasi": I,
    },
    "/sertifikasi_dosen/ajuan": {
        "id": U,
        "id_data_master": UN,
        "id_sdm": U,
        "tanggal_ajuan": DT,
        "tanggal_verifikasi": DTN,
        "jenis_ajuan": S,
        "keterangan": N,
        "umur": IN,
        "status": S,
    },
    "/nilai_tes": {"id": U, "jenis_tes": S, "nama": S, "penyelenggara": S, "tahun": I, "skor": F},
    "/nilai_tes/ajuan": {
        "id": U,
        "id_data_master": UN,
        "id_sdm": U,
        "tanggal_ajuan": DT,
        "tanggal_verifikasi": DTN,
        "jenis_ajuan": S,
        "keterangan": N,
        "umur": IN,
        "status": S,
    },
    "/beasiswa": {
        "id": U,
        "jenis_beasiswa": S,
        "nama": S,
        "tahun_mulai": I,
        "tahun_selesai": IN,
        "masih_menerima": B,
    },
    "/kesejahteraan": {
        "id": U,
        "jenis_kesejahteraan": S,
        "nama": S,
        "penyelenggara": S,
        "tahun_mulai": I,
        "tahun_selesai": IN,
    },
    "/tunjangan": {
        "id": U,
        "jenis_tunjangan": S,
        "nama": S,
        "instansi_pemberi": N,
        "sumber_dana": N,
        "tahun_mulai": I,
        "tahun_selesai": IN,
        "nominal": F,
    },
    "/dokumen": {
        "id": U,
        "nama": S,
        "jenis_dokumen": S,
        "nama_file": S,
        "jenis_file": S,
        "tanggal_upload": S,  # "yyyy-mm-dd HH:MM:SS", as in every detail
        "tautan": S,
        "keterangan": S,
    },
    "/kolaborator_eksternal": {"id": U, "nama": S, "kode_negara": S, "jenis_kelamin": S},
}
NEW_OBJECTS: dict[str, dict[str, str]] = {
    "/inpassing/{id}": {
        **NEW_ITEMS["/inpassing"],
        "id_sdm": U,
        "id_pangkat_golongan": I,
        "pangkat": S,
        "golongan": S,
        "angka_kredit": F,
        "masa_kerja_tahun": F,
        "masa_kerja_bulan": F,
        "dokumen": DOCS,
    },
    "/jabatan_fungsional/ajuan/{id}": {
        **NEW_ITEMS["/jabatan_fungsional/ajuan"],
        "detail_perubahan": MAP,
        "dokumen": DOCS,
    },
    "/pengajaran/{id}": {
        **NEW_ITEMS["/pengajaran"],
        "id_sdm": U,
        "id_semester": S,
        "sks_tatap_muka": F,
        "sks_praktik": F,
        "sks_praktik_lapangan": F,
        "sks_simulasi": F,
        "tatap_muka_rencana": I,
        "tatap_muka_realisasi": I,
        "jenis_evaluasi": S,
        "nama_substansi": S,
    },
    "/bimbingan_mahasiswa/{id}": {
        **NEW_ITEMS["/bimbingan_mahasiswa"],
        "lokasi": S,
        "sk_penugasan": S,
        "tanggal_sk_penugasan": D,
        "keterangan": S,
        "komunal": B,
        "dosen": OBJS,
        "mahasiswa": OBJS,
    },
    "/pengujian_mahasiswa/{id}": {
        **NEW_ITEMS["/pengujian_mahasiswa"],
        "lokasi": S,
        "sk_penugasan": S,
        "tanggal_sk_penugasan": D,
        "keterangan": S,
        "dosen": OBJS,
        "mahasiswa": OBJS,
    },
    "/anggota_profesi/{id}": {
        **NEW_ITEMS["/anggota_profesi"],
        "id_sdm": U,
        "id_kategori_kegiatan": I,
        "kategori_kegiatan": S,
        "dokumen": DOCS,
    },
    "/detasering/{id}": {
        **NEW_ITEMS["/detasering"],
        "id_sdm": U,
        "id_perguruan_tinggi": U,
        "id_kategori_kegiatan": I,
        "tanggal_mulai": DN,
        "tanggal_selesai": DN,
        "deskripsi_kegiatan": S,
        "metode_pelaksanaan": S,
        "dokumen": DOCS,
    },
    "/orasi_ilmiah/{id}": {
        **NEW_ITEMS["/orasi_ilmiah"],
        "id_sdm": U,
        "id_kategori_pembicara": I,
        "kategori_pembicara": S,
        "id_kategori_kegiatan": I,
        "kategori_kegiatan": S,
        "id_tingkat_pertemuan": S,
        "bahasa": S,
        "sk_penugasan": S,
        "tanggal_sk_penugasan": D,
        "judul_litabmas": S,
        "kategori_capaian_luaran": S,
        "id_kategori_capaian_luaran": IN,
        "id_penelitian_pengabdian": UN,
        "dokumen": DOCS,
    },
    "/bahan_ajar/{id}": {
        **NEW_ITEMS["/bahan_ajar"],
        "sk_penugasan": S,
        "tanggal_sk_penugasan": D,
        "judul_litabmas": S,
        "kategori_capaian_luaran": S,
        "id_kategori_capaian_luaran": IN,
        "id_kategori_kegiatan": I,
        "id_penelitian_pengabdian": UN,
        "id_jenis_bahan_ajar": I,
        "penulis": OBJS,
        "dokumen": DOCS,
    },
    "/bimbing_dosen/{id}": {
        **NEW_ITEMS["/bimbing_dosen"],
        "jabatan_fungsional_pembimbing": S,
        "jabatan_fungsional_bimbingan": S,
        "bidang_keahlian_pembimbing": S,
        "bidang_keahlian_bimbingan": S,
        "deskripsi_kegiatan": S,
        "jenis_bimbingan": S,
        "sk_penugasan": S,
        "tanggal_sk_penugasan": D,
        "unit_kerja": S,
    },
    "/tugas_tambahan/{id}": {
        **NEW_ITEMS["/tugas_tambahan"],
        "id_sdm": U,
        "id_kategori_kegiatan": I,
        "id_jenis_tugas": I,
        "id_perguruan_tinggi": U,
        "id_unit_kerja": U,
        "jumlah_jam": I,
        "sk_penugasan": S,
        "dokumen": DOCS,
    },
    "/penelitian/{id}": {
        **NEW_ITEMS["/penelitian"],
        "id_kategori_kegiatan": I,
        "id_afiliasi": U,
        "afiliasi": S,
        "id_kelompok_bidang": U,
        "kelompok_bidang": S,
        "id_litabmas_sebelumnya": UN,
        "litabmas_sebelumnya": S,
        "id_jenis_skim": U,
        "jenis_skim": S,
        "lokasi": S,
        "tahun_usulan": I,
        "tahun_kegiatan": I,
        "tahun_pelaksanaan_ke": I,
        "dana_dikti": F,
        "dana_perguruan_tinggi": F,
        "dana_institusi_lain": F,
        "in_kind": S,
        "sk_penugasan": S,
        "tanggal_sk_penugasan": D,
        "mitra_litabmas": OBJS,
        "anggota": OBJS,
        "dokumen": DOCS,
    },
    "/publikasi/{id}": {
        **NEW_ITEMS["/publikasi"],
        "id_kategori_kegiatan": I,
        "id_jenis_publikasi": I,
        "kategori_capaian_luaran": S,
        "id_kategori_capaian_luaran": IN,
        "judul_litabmas": S,
        "id_litabmas": UN,
        "nomor_paten": N,
        "pemberi_paten": N,
        "penerbit": N,
        "isbn": N,
        "jumlah_halaman": IN,
        "tautan": S,
        "keterangan": S,
        "penulis": OBJS,
        "dokumen": DOCS,
        "judul_artikel": N,
        "judul_asli": N,
        "nama_jurnal": N,
        "halaman": S,
        "edisi": S,
        "volume": I,
        "nomor": I,
        "doi": S,
        "issn": S,
        "e_issn": S,
        "seminar": B,
        "prosiding": B,
    },
    "/pengabdian/{id}": {
        **NEW_ITEMS["/pengabdian"],
        "id_kategori_kegiatan": I,
        "id_afiliasi": U,
        "afiliasi": S,
        "id_kelompok_bidang": U,
        "kelompok_bidang": S,
        "id_litabmas_sebelumnya": UN,
        "litabmas_sebelumnya": S,
        "id_jenis_skim": U,
        "jenis_skim": S,
        "lokasi": S,
        "tahun_usulan": I,
        "tahun_kegiatan": I,
        "tahun_pelaksanaan_ke": I,
        "dana_dikti": F,
        "dana_perguruan_tinggi": F,
        "dana_institusi_lain": F,
        "in_kind": S,
        "sk_penugasan": S,
        "tanggal_sk_penugasan": D,
        "mitra_litabmas": OBJS,
        "anggota": OBJS,
        "dokumen": DOCS,
    },
    "/pembicara/{id}": {
        **NEW_ITEMS["/pembicara"],
        "id_sdm": U,
        "id_kategori_pembicara": I,
        "kategori_pembicara": S,
        "id_kategori_kegiatan": I,
        "kategori_kegiatan": S,
        "id_tingkat_pertemuan": S,
        "bahasa": S,
        "sk_penugasan": S,
        "tanggal_sk_penugasan": D,
        "judul_litabmas": S,
        "kategori_capaian_luaran": S,
        "id_kategori_capaian_luaran": IN,
        "id_penelitian_pengabdian": UN,
        "dokumen": DOCS,
    },
    "/jabatan_struktural/{id}": {
        **NEW_ITEMS["/jabatan_struktural"],
        "id_sdm": U,
        "id_kategori_kegiatan": I,
        "kategori_kegiatan": S,
        "id_jabatan_negara": I,
        "lokasi": S,
        "dokumen": DOCS,
    },
    "/pengelola_jurnal/{id}": {
        **NEW_ITEMS["/pengelola_jurnal"],
        "id_sdm": U,
        "id_kategori_kegiatan": I,
        "id_media_publikasi": U,
        "dokumen": DOCS,
    },
    "/penghargaan/{id}": {
        **NEW_ITEMS["/penghargaan"],
        "id_sdm": U,
        "id_kategori_kegiatan": I,
        "kategori_kegiatan": S,
        "tingkat_penghargaan": S,
        "id_tingkat_penghargaan": I,
        "id_jenis_penghargaan": I,
        "dokumen": DOCS,
    },
    "/visiting_scientist/{id}": {
        **NEW_ITEMS["/visiting_scientist"],
        "id_sdm": U,
        "id_kategori_kegiatan": I,
        "judul_litabmas": S,
        "id_penelitian_pengabdian": UN,
        "kategori_capaian_luaran": S,
        "id_kategori_capaian_luaran": IN,
        "id_perguruan_tinggi": UN,
        "kegiatan_penting": S,
        "sk_penugasan": S,
        "tanggal_sk_penugasan": D,
    },
    "/penunjang_lain/{id}": {
        **NEW_ITEMS["/penunjang_lain"],
        "id_sdm": U,
        "id_jenis_kepanitiaan": I,
        "jenis_kepanitiaan": S,
        "tingkat": S,
        "id_kategori_kegiatan": S,
        "kategori_kegiatan": S,
        "anggota_dosen": OBJS,
        "dokumen": DOCS,
    },
    "/kekayaan_intelektual/{id}": {
        **NEW_ITEMS["/kekayaan_intelektual"],
        "id_kategori_kegiatan": I,
        "id_jenis_publikasi": I,
        "kategori_capaian_luaran": S,
        "id_kategori_capaian_luaran": IN,
        "judul_litabmas": S,
        "id_litabmas": UN,
        "nomor_paten": N,
        "pemberi_paten": N,
        "penerbit": N,
        "isbn": N,
        "jumlah_halaman": IN,
        "tautan": S,
        "keterangan": S,
        "penulis": OBJS,
        "dokumen": DOCS,
    },
    "/pendidikan_formal/ajuan/{id}": {
        **NEW_ITEMS["/pendidikan_formal/ajuan"],
        "detail_perubahan": MAP,
        "dokumen": DOCS,
    },
    "/diklat/{id}": {
        **NEW_ITEMS["/diklat"],
        "id_sdm": U,
        "id_kategori_kegiatan": I,
        "id_jenis_diklat": I,
        "peran": S,
        "tingkat": I,
        "jumlah_jam": I,
        "no_sertifikat": S,
        "tanggal_sertifikat": DN,
        "lokasi": S,
        "tanggal_mulai": D,
        "tanggal_selesai": D,
        "sk_penugasan": S,
        "tanggal_sk_penugasan": D,
        "dokumen": DOCS,
    },
    "/riwayat_pekerjaan/{id}": {
        **NEW_ITEMS["/riwayat_pekerjaan"],
        "id_sdm": U,
        "id_bidang_usaha": I,
        "id_jenis_pekerjaan": I,
        "deskripsi_kerja": N,
        "dokumen": DOCS,
    },
    "/sertifikasi_profesi/{id}": {
        **NEW_ITEMS["/sertifikasi_profesi"],
        "id_sdm": U,
        "id_jenis_sertifikasi": I,
        "id_bidang_studi": I,
        "dokumen": DOCS,
    },
    "/sertifikasi_dosen/ajuan/{id}": {
        **NEW_ITEMS["/sertifikasi_dosen/ajuan"],
        "detail_perubahan": MAP,
        "dokumen": DOCS,
    },
    "/nilai_tes/{id}": {
        **NEW_ITEMS["/nilai_tes"],
        "id_sdm": U,
        "id_jenis_tes": I,
        "tanggal": DN,
        "dokumen": DOCS,
    },
    "/nilai_tes/ajuan/{id}": {
        **NEW_ITEMS["/nilai_tes/ajuan"],
        "detail_perubahan": MAP,
        "dokumen": DOCS,
    },
    "/beasiswa/{id}": {**NEW_ITEMS["/beasiswa"], "id_sdm": U, "id_jenis_beasiswa": I},
    "/kesejahteraan/{id}": {
        **NEW_ITEMS["/kesejahteraan"],
        "id_sdm": U,
        "id_jenis_kesejahteraan": I,
    },
    "/tunjangan/{id}": {**NEW_ITEMS["/tunjangan"], "id_sdm": U, "id_jenis_tunjangan": I},
    "/dokumen/{id}": {**NEW_ITEMS["/dokumen"]},
    "/kolaborator_eksternal/{id}": {
        **NEW_ITEMS["/kolaborator_eksternal"],
        "negara": S,
        "nik": S,
        "tempat_lahir": S,
        "tanggal_lahir": D,
        "jalan": S,
        "rt": I,
        "rw": I,
        "dusun": S,
        "kelurahan": S,
        "kode_pos": S,
        "telepon_rumah": S,
        "telepon_hp": S,
        "email": S,
    },
}
ITEMS.update(NEW_ITEMS)
OBJECTS.update(NEW_OBJECTS)
#: The bidang_ilmu answers of a record share the data_pribadi shape.
for _family in (
    "pengajaran",
    "bimbingan_mahasiswa",
    "pengujian_mahasiswa",
    "penelitian",
    "publikasi",
    "pengabdian",
    "kekayaan_intelektual",
):
    ITEMS[f"/{_family}/{{id}}/bidang_ilmu"] = ITEMS["/data_pribadi/bidang_ilmu/{id_sdm}"]
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
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
_DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")
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
    elif base == B:
        assert isinstance(value, bool), where
    elif base == DT:
        assert isinstance(value, str) and _DATE_TIME.match(value), where
    elif base == DEC:
        assert isinstance(value, str) and _DECIMAL.match(value), where
    elif base == STRS:
        assert isinstance(value, list) and all(isinstance(x, str) for x in value), where
    elif base == OBJS:
        assert isinstance(value, list), where
        for item in value:
            assert isinstance(item, dict) and isinstance(item.get("nama"), str), where
    elif base == MAP:
        assert isinstance(value, dict), where
        assert all(isinstance(k, str) and isinstance(x, str) for k, x in value.items()), where
    elif base == "tree":
        assert isinstance(value, list), where
        for node in value:
            _check_object({"id": I, "nama": S, "sub_kategori": "tree"}, node, where)
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
    from sister_desktop.sandbox.routes import templates

    server: SandboxServer = sandbox_factory(seed=11, size=60)
    calls = every_call(server.world)
    served = {t for t in templates() if t not in FILES and t != "/referensi/kategori_kegiatan"}
    assert {c.spec_path.split("?")[0] for c in calls} >= served
    assert {c.spec_path for c in calls} == set(ITEMS) | set(OBJECTS)
    non_empty: set[str] = set()
    with open_client(server) as client:
        client.headers["Authorization"] = f"Bearer {login(client, server)}"
        for call in calls:
            answer = client.get(call.url)
            assert answer.status_code == 200, call.url
            body = answer.json()
            check_body(call.spec_path, body)
            if body:
                non_empty.add(call.spec_path)
    assert non_empty == set(ITEMS) | set(OBJECTS)


def test_the_whole_world_has_our_shape() -> None:
    from sister_desktop.sandbox.dataset import World

    world = World(seed=2, size=120)
    check_body("/referensi/sdm", world.referensi_sdm)
    for place, person in enumerate(world.sdm):
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
        bundle = world.activities.of(place)
        for family, rows in bundle.records.items():
            for row in rows:
                check_body(f"/{family}/{{id}}", row)
        for groups in bundle.bidang_ilmu.values():
            check_body("/data_pribadi/bidang_ilmu/{id_sdm}", groups)


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
