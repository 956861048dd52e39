"""The Indonesian words the English interface keeps, because the operator meets them in SISTER.

An operator reads SISTER's own nouns (pegawai, NIDN, id_sdm, Terhubung Sister, Cek Service) on
SISTER's pages and in the campus ERP's guide, in Indonesian whatever the language of his
desktop; the English interface uses the same words, so he finds on our screen the name he was
told to look for. Everything else (verbs, buttons, headings, sentences) is English in English
and Indonesian in Indonesian. ``docs/HACKING.md`` explains each entry; a test keeps the two
lists the same and walks every screen for a word of the other language outside this list.
"""

from __future__ import annotations

#: Each entry is matched as a whole phrase, letter case aside.
GLOSSARY: tuple[str, ...] = (
    # Who and which numbers.
    "pegawai",
    "dosen",
    "tendik",
    "SDM",
    "id_sdm",
    "PT",
    "Admin PT",
    "NIP",
    "NIDN",
    "NIDK",
    "NUPN",
    "NUPTK",
    "NIK",
    "WIB",
    # The names of SISTER's and the campus ERP's screens and buttons the guide tells of.
    "ID Pengguna",
    "Cek Service",
    "Terhubung Sister",
    "Hubungkan Pegawai dan Sister",
    "Hubungkan Secara Manual",
    "Sinkronisasi",
    "Data SISTER",
    "Perbandingan",
    "Terapkan",
    "Panduan",
    "homebase",
    # SISTER's groups of data and the words of its records.
    "data pribadi",
    "penugasan",
    "unit kerja",
    "jabatan fungsional",
    "pangkat",
    "golongan",
    "kepangkatan",
    "pendidikan formal",
    "sertifikasi dosen",
    "Tridharma",
    "Diklat",
    "inpassing",
    "kemdikbud",
    "BKD",
    "ajuan",
    "usulan",
    # Sending to SISTER (the command line's usulan and kirim).
    "Kirim ke SISTER",
    "Log Kirim",
    # The Laporan: the accreditation form's words and the picture of the lecturers.
    "Laporan",
    "Gambaran dosen",
    "Tabel LKPS",
    "LKPS",
    "TS",
    "DT",
    "DTPS",
    "NDT",
    "NDTPS",
    "serdos",
    "PkM",
    "EWMP",
)
