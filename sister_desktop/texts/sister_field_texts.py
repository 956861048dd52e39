"""Column titles of the SISTER datasets' fields and their values as the operator reads them.

SISTER's field names are the operator's own words with underscores (``tanggal_mulai``,
``sk_penugasan``); the titles here spell them as the HR office writes them ("TMT", "Nomor SK",
"Perguruan tinggi"), and any field not in the table reads as its name made readable
("Tanggal sertifikat"). Values: dates in the language's words ("1 Oktober 1998"), years as
years, amounts grouped, reference ids by their names, yes/no, lists of people by name.

One module for the Data SISTER window, its detail dialog, the Daftar Riwayat Hidup and the
search hints, so a field is titled the same everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from sister_desktop.domain.sister_history import referensi_name
from sister_desktop.texts.locale_format import format_date, format_datetime, format_number

_CTX = "SisterFieldTexts"
DASH = "—"

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
#: Letters kept upper case when a field name is made readable.
_ACRONYMS = {"sk", "nip", "nidn", "nik", "npwp", "sks", "ipk", "isbn", "rt", "rw", "pt", "hp"}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def readable(name: str) -> str:
    """``tanggal_sk_penugasan`` -> "Tanggal SK penugasan": what a field without a title in the
    table is called."""
    words = [w for w in re.split(r"[_\s]+", name) if w]
    if not words:
        return name
    shown = [w.upper() if w in _ACRONYMS else w for w in words]
    if shown[0] == words[0]:
        shown[0] = shown[0][:1].upper() + shown[0][1:]
    return " ".join(shown)


def _titles() -> dict[str, str]:
    return {
        "jabatan_fungsional": _t("Jabatan fungsional"),
        "id_jabatan_fungsional": _t("Jabatan fungsional"),
        "pangkat_golongan": _t("Pangkat/golongan"),
        "id_pangkat_golongan": _t("Pangkat/golongan"),
        "sk": _t("Nomor SK"),
        "tanggal_sk": _t("Tanggal SK"),
        "tanggal_mulai": _t("TMT"),
        "tanggal_selesai": _t("Tanggal selesai"),
        "tanggal_keluar": _t("Tanggal keluar"),
        "status_kepegawaian": _t("Status kepegawaian"),
        "ikatan_kerja": _t("Ikatan kerja"),
        "unit_kerja": _t("Unit kerja"),
        "perguruan_tinggi": _t("Perguruan tinggi"),
        "nama_perguruan_tinggi": _t("Perguruan tinggi"),
        "jenjang_pendidikan": _t("Jenjang"),
        "id_jenjang_pendidikan": _t("Jenjang"),
        "gelar_akademik": _t("Gelar"),
        "bidang_studi": _t("Bidang studi"),
        "tahun_lulus": _t("Tahun lulus"),
        "jenis_ajuan": _t("Jenis ajuan"),
        "jenis_sertifikasi": _t("Jenis sertifikasi"),
        "tahun_sertifikasi": _t("Tahun"),
        "sk_sertifikasi": _t("Nomor SK sertifikasi"),
        "nomor_registrasi": _t("Nomor registrasi"),
        "nama_lembaga_sertifikasi": _t("Lembaga sertifikasi"),
        "id_lembaga_sertifikasi": _t("Lembaga sertifikasi"),
        "terhitung_mulai_tanggal": _t("Berlaku mulai"),
        "terhitung_sampai_tanggal": _t("Berlaku sampai"),
        "jabatan": _t("Jabatan"),
        "sk_jabatan": _t("Nomor SK jabatan"),
        "tanggal_mulai_jabatan": _t("TMT jabatan"),
        "tanggal_selesai_jabatan": _t("Selesai jabatan"),
        "jenis_tugas": _t("Tugas tambahan"),
        "tanggal_mulai_tugas": _t("TMT tugas"),
        "tanggal_selesai_tugas": _t("Selesai tugas"),
        "jenis_pekerjaan": _t("Jenis pekerjaan"),
        "nama_jabatan": _t("Jabatan"),
        "instansi": _t("Instansi"),
        "divisi": _t("Divisi"),
        "mulai_bekerja": _t("Mulai bekerja"),
        "selesai_bekerja": _t("Selesai bekerja"),
        "luar_negeri": _t("Luar negeri"),
        "bidang_usaha": _t("Bidang usaha"),
        "jenis_diklat": _t("Jenis diklat"),
        "nama": _t("Nama"),
        "penyelenggara": _t("Penyelenggara"),
        "tahun": _t("Tahun"),
        "jenis_tes": _t("Jenis tes"),
        "skor": _t("Skor"),
        "jenis_beasiswa": _t("Jenis beasiswa"),
        "tahun_mulai": _t("Tahun mulai"),
        "tahun_selesai": _t("Tahun selesai"),
        "masih_menerima": _t("Masih menerima"),
        "jenis_tunjangan": _t("Jenis tunjangan"),
        "instansi_pemberi": _t("Instansi pemberi"),
        "sumber_dana": _t("Sumber dana"),
        "nominal": _t("Nominal (Rp)"),
        "jenis_kesejahteraan": _t("Jenis kesejahteraan"),
        "jenis_penghargaan": _t("Jenis penghargaan"),
        "nama_organisasi": _t("Organisasi"),
        "peran": _t("Peran"),
        "kategori_kegiatan": _t("Kategori kegiatan"),
        "id_kategori_kegiatan": _t("Kategori kegiatan"),
        "id_semester": _t("Semester"),
        "id_smt": _t("Semester"),
        "semester": _t("Semester"),
        "mata_kuliah": _t("Mata kuliah"),
        "kelas": _t("Kelas"),
        "sks": _t("SKS"),
        "judul": _t("Judul"),
        "tanggal": _t("Tanggal"),
        "tanggal_ajuan": _t("Tanggal ajuan"),
        "tanggal_verifikasi": _t("Tanggal verifikasi"),
        "status": _t("Status"),
        "keterangan": _t("Keterangan"),
        "umur": _t("Umur ajuan (hari)"),
        "jenis_dokumen": _t("Jenis dokumen"),
        "id_jenis_dokumen": _t("Jenis dokumen"),
        "nama_file": _t("Nama file"),
        "jenis_file": _t("Jenis file"),
        "tanggal_upload": _t("Diunggah"),
        "tautan": _t("Tautan"),
        "dokumen": _t("Dokumen"),
        "urutan": _t("Urutan"),
        "kelompok_bidang": _t("Bidang ilmu"),
        "id_kelompok_bidang": _t("Bidang ilmu"),
        "sk_penugasan": _t("Nomor SK penugasan"),
        "tanggal_sk_penugasan": _t("Tanggal SK penugasan"),
        "tahun_pelaksanaan": _t("Tahun pelaksanaan"),
        "lama_kegiatan": _t("Lama kegiatan"),
        "bidang_keilmuan": _t("Bidang keilmuan"),
        "jenis_publikasi": _t("Jenis publikasi"),
        "quartile": _t("Kuartil"),
        "asal_data": _t("Asal data"),
        "judul_makalah": _t("Judul makalah"),
        "nama_pertemuan": _t("Nama pertemuan"),
        "tanggal_pelaksanaan": _t("Tanggal pelaksanaan"),
        "media_publikasi": _t("Media publikasi"),
        "aktif": _t("Aktif"),
        "detail_perubahan": _t("Perubahan yang diajukan"),
        "tempat_lahir": _t("Tempat lahir"),
        "tanggal_lahir": _t("Tanggal lahir"),
        "jenis_kelamin": _t("Jenis kelamin"),
        "agama": _t("Agama"),
        "kewarganegaraan": _t("Kewarganegaraan"),
        "sk_cpns": _t("Nomor SK CPNS"),
        "tanggal_sk_cpns": _t("Tanggal SK CPNS"),
        "sk_tmmd": _t("Nomor SK TMMD"),
        "tmmd": _t("TMMD"),
        "sumber_gaji": _t("Sumber gaji"),
        "email": _t("Email"),
        "alamat": _t("Alamat"),
        "kelurahan": _t("Kelurahan"),
        "kota_kabupaten": _t("Kota/kabupaten"),
        "kode_pos": _t("Kode pos"),
        "telepon_rumah": _t("Telepon rumah"),
        "telepon_hp": _t("Telepon HP"),
        "status_kawin": _t("Status perkawinan"),
        "nama_pasangan": _t("Nama suami/istri"),
        "nip_pasangan": _t("NIP suami/istri"),
        "pekerjaan_pasangan": _t("Pekerjaan suami/istri"),
        "nama_wp": _t("Nama wajib pajak"),
        "nip": "NIP",
        "nidn": "NIDN",
        "nuptk": "NUPTK",
        "nik": "NIK",
        "npwp": "NPWP",
    }


def _dataset_titles() -> dict[tuple[str, str], str]:
    """Where one dataset says a field its own way: "TMT" is the start of a position or a
    rank, not of a training or a committee."""
    start, end = _t("Tanggal mulai"), _t("Tanggal selesai")
    titles: dict[tuple[str, str], str] = {}
    for dataset in (
        "diklat",
        "pengelola_jurnal",
        "penunjang_lain",
        "detasering",
        "bimbing_dosen",
        "pengabdian",
        "penelitian",
    ):
        titles[(dataset, "tanggal_mulai")] = start
        titles[(dataset, "tanggal_selesai")] = end
    titles[("tugas_tambahan", "unit_kerja")] = _t("Unit tugas")
    titles[("nilai_tes", "nama")] = _t("Nama tes")
    titles[("diklat", "nama")] = _t("Nama diklat")
    titles[("penghargaan", "nama")] = _t("Nama penghargaan")
    titles[("dokumen", "nama")] = _t("Nama dokumen")
    return titles


_CACHE: dict[str, tuple[dict[str, str], dict[tuple[str, str], str]]] = {}


def field_title(name: str, dataset: str | None = None) -> str:
    """A field's column title: the dataset's own word for it, else the table's, else its
    readable name."""
    from PySide6.QtCore import QLocale

    language = QLocale().name()
    tables = _CACHE.get(language)
    if tables is None:
        tables = _CACHE[language] = (_titles(), _dataset_titles())
    common, own = tables
    if dataset is not None and (dataset, name) in own:
        return own[(dataset, name)]
    return common.get(name) or readable(name)


def yes_no(value: bool) -> str:
    return _t("Yes") if value else _t("No")


def _is_year(name: str) -> bool:
    return name.startswith("tahun") or name.endswith("_tahun") or name == "urutan"


def _people(items: list[Any]) -> str:
    names = []
    for item in items:
        if isinstance(item, Mapping):
            text = item.get("nama") or item.get("nama_file") or item.get("judul")
            names.append(str(text) if text else ", ".join(f"{v}" for v in item.values() if v))
        elif item not in (None, ""):
            names.append(str(item))
    return "; ".join(names)


def number_text(value: float) -> str:
    """A number as every screen, sheet and PDF shows it: ``400``, ``412,50`` in Indonesian."""
    return format_number(value) if float(value).is_integer() else format_number(value, 2)


#: ``(400.00)``: the credit points SISTER writes after a rank's name (a dot, two decimals).
_CREDIT = re.compile(r"\(\s*(\d+[.,]\d+)\s*\)")


def rank_text(raw: str) -> str:
    """A rank as SISTER names it, its credit points written like every other number:
    ``Lektor Kepala (400.00)`` reads ``Lektor Kepala (400)``, ``Lektor (212.50)`` reads
    ``Lektor (212,50)`` in Indonesian, also inside a longer title."""
    return _CREDIT.sub(lambda m: f"({number_text(float(m.group(1).replace(',', '.')))})", raw)


def value_text(
    name: str,
    value: Any,
    referensi: Mapping[str, Mapping[str, str]] | None = None,
) -> str:
    """A field's value as text for the operator; a dash for none."""
    if value is None or value == "" or value == []:
        return DASH
    if referensi is not None:
        named = referensi_name(referensi, name, value)
        if named is not None:
            return named
    if isinstance(value, bool):
        return yes_no(value)
    if name == "jenis_kelamin" and value in ("L", "P"):
        return _t("Laki-laki") if value == "L" else _t("Perempuan")
    if isinstance(value, int | float):
        if _is_year(name) and float(value).is_integer():
            return str(int(value))
        if name in {"aktif", "luar_negeri", "masih_menerima"} and value in (0, 1):
            return yes_no(bool(value))
        return number_text(value)
    if isinstance(value, list):
        return _people(value) or DASH
    if isinstance(value, Mapping):
        return "; ".join(
            f"{field_title(k)}: {value_text(k, v, referensi)}" for k, v in value.items()
        )
    text = str(value)
    if name == "jabatan_fungsional":
        return rank_text(text)
    if _DATE.match(text):
        try:
            return format_date(date.fromisoformat(text))
        except ValueError:
            return text
    if _MOMENT.match(text):
        try:
            return format_datetime(datetime.fromisoformat(text))
        except ValueError:
            return text
    return text


def sort_value(value: Any) -> Any:
    """What a column sorts by: numbers as numbers, the rest by its ISO or plain text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return float(value)
    return str(value)
