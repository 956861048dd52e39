"""How SISTER's vocabularies become the rows of the LKPS form and of the Gambaran dosen.

One table, ``VOCABULARY``: for each vocabulary (the SISTER field it is read from) the value
SISTER writes and the form's row it is counted in. Every builder of ``lkps_*`` and
``gambaran_dosen`` asks the lookups below, never a list of its own; ``docs/LAPORAN.md`` prints
the same table for the operator (a test keeps the two in step). Values are compared without
case and surrounding spaces. A value the table does not know is never guessed: the builders
leave its cell for the operator (a recognition's level) or count it under "Lainnya" where the
form has such a row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Vocabulary(StrEnum):
    """The SISTER fields mapped, named by ``dataset.field``."""

    IKATAN_KERJA = "penugasan.ikatan_kerja"
    JENJANG = "pendidikan_formal.jenjang_pendidikan"
    JABATAN = "jabatan_fungsional.jabatan_fungsional"
    PUBLIKASI = "publikasi.jenis_publikasi"
    LUARAN = "kekayaan_intelektual.jenis_publikasi"
    DANA = "penelitian/pengabdian.dana_*"
    TINGKAT_PENGHARGAAN = "penghargaan.tingkat_penghargaan"
    TINGKAT_PERTEMUAN = "pembicara.id_tingkat_pertemuan"
    TINGKAT_JURNAL = "pengelola_jurnal.kategori_kegiatan"
    BIMBINGAN = "bimbingan_mahasiswa.jenis_bimbingan"
    ANGGOTA = "penelitian/pengabdian.anggota.jenis"


# -- the form's rows ---------------------------------------------------------------------------


class StatusDosen(StrEnum):
    TETAP = "Dosen tetap"
    TIDAK_TETAP = "Dosen tidak tetap"
    BUKAN_DOSEN = "Bukan dosen"


class Pendidikan(StrEnum):
    """The highest education as the Gambaran dosen counts it."""

    DOKTOR = "Doktor (S3)"
    SPESIALIS_2 = "Spesialis 2"
    MAGISTER = "Magister (S2)"
    SPESIALIS_1 = "Spesialis 1"
    PROFESI = "Profesi"
    SARJANA = "Sarjana (S1)"
    DIPLOMA = "Diploma"
    LAINNYA = "Lainnya"


class Jabatan(StrEnum):
    """Jabatan akademik, lowest first; "Tenaga Pengajar" is a dosen without one."""

    TENAGA_PENGAJAR = "Tenaga Pengajar"
    ASISTEN_AHLI = "Asisten Ahli"
    LEKTOR = "Lektor"
    LEKTOR_KEPALA = "Lektor Kepala"
    GURU_BESAR = "Guru Besar"


class JenisPublikasi(StrEnum):
    """The rows of table 3.b.4 (Publikasi Ilmiah DTPS), in the form's order."""

    JURNAL_TIDAK_TERAKREDITASI = "Jurnal penelitian tidak terakreditasi"
    JURNAL_NASIONAL_TERAKREDITASI = "Jurnal penelitian nasional terakreditasi"
    JURNAL_INTERNASIONAL = "Jurnal penelitian internasional"
    JURNAL_INTERNASIONAL_BEREPUTASI = "Jurnal penelitian internasional bereputasi"
    SEMINAR_WILAYAH = "Seminar wilayah/lokal/perguruan tinggi"
    SEMINAR_NASIONAL = "Seminar nasional"
    SEMINAR_INTERNASIONAL = "Seminar internasional"
    MEDIA_WILAYAH = "Tulisan di media massa wilayah"
    MEDIA_NASIONAL = "Tulisan di media massa nasional"
    MEDIA_INTERNASIONAL = "Tulisan di media massa internasional"


class BagianLuaran(StrEnum):
    """The four parts of table 3.b.7 (Luaran Penelitian/PkM Lainnya)."""

    HKI_PATEN = "I. HKI (Paten, Paten Sederhana)"
    HKI_LAIN = "II. HKI (Hak Cipta, Desain Produk Industri, dll.)"
    TEKNOLOGI = "III. Teknologi Tepat Guna, Produk, Karya Seni, Rekayasa Sosial"
    BUKU = "IV. Buku ber-ISBN, Book Chapter"


class SumberDana(StrEnum):
    """The rows of tables 3.b.2 and 3.b.3, in the form's order."""

    PERGURUAN_TINGGI = "Perguruan Tinggi"
    MANDIRI = "Mandiri"
    DALAM_NEGERI = "Lembaga dalam negeri (diluar PT)"
    LUAR_NEGERI = "Lembaga luar negeri"


class Tingkat(StrEnum):
    """The level columns of table 3.b.1 (Rekognisi DTPS)."""

    WILAYAH = "Wilayah"
    NASIONAL = "Nasional"
    INTERNASIONAL = "Internasional"


@dataclass(frozen=True, slots=True)
class Mapping:
    """One line of the table: SISTER writes ``sister`` in ``vocabulary``; the form counts it
    as ``form``. ``note`` says why where the choice is not obvious."""

    vocabulary: Vocabulary
    sister: str
    form: str
    note: str = ""


_V = Vocabulary

#: The one table. Read by the lookups below and printed in docs/LAPORAN.md.
VOCABULARY: tuple[Mapping, ...] = (
    Mapping(_V.IKATAN_KERJA, "Dosen Tetap", StatusDosen.TETAP),
    Mapping(_V.IKATAN_KERJA, "Dosen PNS DPK", StatusDosen.TETAP, "a civil servant placed here"),
    Mapping(_V.IKATAN_KERJA, "Dosen Tidak Tetap", StatusDosen.TIDAK_TETAP),
    Mapping(_V.IKATAN_KERJA, "Dosen dengan Perjanjian Kerja", StatusDosen.TIDAK_TETAP),
    Mapping(_V.IKATAN_KERJA, "Tenaga Kependidikan Tetap", StatusDosen.BUKAN_DOSEN),
    Mapping(_V.IKATAN_KERJA, "Tenaga Kependidikan Kontrak", StatusDosen.BUKAN_DOSEN),
    Mapping(_V.JENJANG, "S3", Pendidikan.DOKTOR),
    Mapping(_V.JENJANG, "SP-2", Pendidikan.SPESIALIS_2),
    Mapping(_V.JENJANG, "S2", Pendidikan.MAGISTER),
    Mapping(_V.JENJANG, "SP-1", Pendidikan.SPESIALIS_1),
    Mapping(_V.JENJANG, "Profesi", Pendidikan.PROFESI),
    Mapping(_V.JENJANG, "S1", Pendidikan.SARJANA),
    Mapping(_V.JENJANG, "D4", Pendidikan.DIPLOMA),
    Mapping(_V.JENJANG, "D3", Pendidikan.DIPLOMA),
    Mapping(_V.JENJANG, "D2", Pendidikan.DIPLOMA),
    Mapping(_V.JENJANG, "D1", Pendidikan.DIPLOMA),
    Mapping(_V.JABATAN, "Asisten Ahli", Jabatan.ASISTEN_AHLI, "credit points after the name"),
    Mapping(_V.JABATAN, "Lektor", Jabatan.LEKTOR),
    Mapping(_V.JABATAN, "Lektor Kepala", Jabatan.LEKTOR_KEPALA),
    Mapping(_V.JABATAN, "Profesor", Jabatan.GURU_BESAR),
    Mapping(_V.JABATAN, "Guru Besar", Jabatan.GURU_BESAR),
    Mapping(_V.PUBLIKASI, "Jurnal nasional", JenisPublikasi.JURNAL_TIDAK_TERAKREDITASI),
    Mapping(
        _V.PUBLIKASI, "Jurnal nasional terakreditasi", JenisPublikasi.JURNAL_NASIONAL_TERAKREDITASI
    ),
    Mapping(_V.PUBLIKASI, "Jurnal internasional", JenisPublikasi.JURNAL_INTERNASIONAL),
    Mapping(
        _V.PUBLIKASI,
        "Jurnal internasional bereputasi",
        JenisPublikasi.JURNAL_INTERNASIONAL_BEREPUTASI,
    ),
    Mapping(_V.PUBLIKASI, "Prosiding seminar lokal", JenisPublikasi.SEMINAR_WILAYAH),
    Mapping(_V.PUBLIKASI, "Prosiding seminar nasional", JenisPublikasi.SEMINAR_NASIONAL),
    Mapping(_V.PUBLIKASI, "Prosiding seminar internasional", JenisPublikasi.SEMINAR_INTERNASIONAL),
    Mapping(_V.PUBLIKASI, "Media massa wilayah", JenisPublikasi.MEDIA_WILAYAH),
    Mapping(_V.PUBLIKASI, "Media massa nasional", JenisPublikasi.MEDIA_NASIONAL),
    Mapping(_V.PUBLIKASI, "Media massa internasional", JenisPublikasi.MEDIA_INTERNASIONAL),
    Mapping(_V.PUBLIKASI, "Buku referensi", BagianLuaran.BUKU, "counted in 3.b.7, not 3.b.4"),
    Mapping(_V.PUBLIKASI, "Monograf", BagianLuaran.BUKU, "counted in 3.b.7, not 3.b.4"),
    Mapping(_V.PUBLIKASI, "Book chapter", BagianLuaran.BUKU, "counted in 3.b.7, not 3.b.4"),
    Mapping(_V.LUARAN, "Paten", BagianLuaran.HKI_PATEN),
    Mapping(_V.LUARAN, "Paten sederhana", BagianLuaran.HKI_PATEN),
    Mapping(_V.LUARAN, "Hak cipta", BagianLuaran.HKI_LAIN),
    Mapping(_V.LUARAN, "Desain industri", BagianLuaran.HKI_LAIN),
    Mapping(
        _V.DANA,
        "dana_perguruan_tinggi",
        SumberDana.PERGURUAN_TINGGI,
        "a project is counted once, under its largest fund",
    ),
    Mapping(_V.DANA, "dana_dikti", SumberDana.DALAM_NEGERI, "the Ministry's funds"),
    Mapping(
        _V.DANA,
        "dana_institusi_lain",
        SumberDana.DALAM_NEGERI,
        "SISTER does not say the country: a foreign fund is the operator's entry",
    ),
    Mapping(_V.DANA, "(no fund)", SumberDana.MANDIRI, "every fund zero or empty"),
    Mapping(_V.TINGKAT_PENGHARGAAN, "Internasional", Tingkat.INTERNASIONAL),
    Mapping(_V.TINGKAT_PENGHARGAAN, "Nasional", Tingkat.NASIONAL),
    Mapping(_V.TINGKAT_PENGHARGAAN, "Provinsi", Tingkat.WILAYAH),
    Mapping(_V.TINGKAT_PENGHARGAAN, "Kabupaten/Kota", Tingkat.WILAYAH),
    Mapping(_V.TINGKAT_PENGHARGAAN, "Perguruan Tinggi", Tingkat.WILAYAH),
    Mapping(_V.TINGKAT_PERTEMUAN, "Internasional", Tingkat.INTERNASIONAL),
    Mapping(_V.TINGKAT_PERTEMUAN, "Nasional", Tingkat.NASIONAL),
    Mapping(_V.TINGKAT_PERTEMUAN, "Daerah", Tingkat.WILAYAH),
    Mapping(_V.TINGKAT_PERTEMUAN, "Lokal", Tingkat.WILAYAH),
    Mapping(_V.TINGKAT_JURNAL, "Editor jurnal internasional", Tingkat.INTERNASIONAL),
    Mapping(_V.TINGKAT_JURNAL, "Editor jurnal nasional", Tingkat.NASIONAL),
    Mapping(_V.TINGKAT_JURNAL, "Mitra bestari jurnal internasional", Tingkat.INTERNASIONAL),
    Mapping(_V.TINGKAT_JURNAL, "Mitra bestari jurnal nasional", Tingkat.NASIONAL),
    Mapping(_V.BIMBINGAN, "Skripsi", "Tugas akhir"),
    Mapping(_V.BIMBINGAN, "Tesis", "Tugas akhir"),
    Mapping(_V.BIMBINGAN, "Disertasi", "Tugas akhir"),
    Mapping(_V.BIMBINGAN, "Tugas Akhir", "Tugas akhir"),
    Mapping(_V.ANGGOTA, "Mahasiswa", "Mahasiswa", "6.a and 7 list these members"),
)


def _fold(value: object) -> str:
    return " ".join(str(value).split()).casefold() if value is not None else ""


_LOOKUP: dict[tuple[Vocabulary, str], str] = {
    (m.vocabulary, _fold(m.sister)): str(m.form) for m in VOCABULARY
}


def form_row(vocabulary: Vocabulary, value: object) -> str | None:
    """The form's row for SISTER's ``value``, or ``None`` when the table does not know it."""
    return _LOOKUP.get((vocabulary, _fold(value)))


#: ``Lektor (200.00)``: SISTER appends the credit points to the rank's name.
_CREDIT_SUFFIX = re.compile(r"\s*\(\s*\d+(?:[.,]\d+)?\s*\)\s*$")


def status_dosen(ikatan_kerja: object) -> StatusDosen | None:
    found = form_row(Vocabulary.IKATAN_KERJA, ikatan_kerja)
    return StatusDosen(found) if found else None


def jabatan(value: object) -> Jabatan | None:
    """``"Lektor Kepala (400.00)"`` -> ``Jabatan.LEKTOR_KEPALA``; ``None`` if unknown."""
    text = _CREDIT_SUFFIX.sub("", str(value or ""))
    found = form_row(Vocabulary.JABATAN, text)
    return Jabatan(found) if found else None


def pendidikan(jenjang: object) -> Pendidikan:
    found = form_row(Vocabulary.JENJANG, jenjang)
    return Pendidikan(found) if found else Pendidikan.LAINNYA


def tingkat(vocabulary: Vocabulary, value: object) -> Tingkat | None:
    found = form_row(vocabulary, value)
    return Tingkat(found) if found else None


def is_tugas_akhir(jenis_bimbingan: object) -> bool:
    return form_row(Vocabulary.BIMBINGAN, jenis_bimbingan) is not None


def is_mahasiswa(jenis_anggota: object) -> bool:
    return form_row(Vocabulary.ANGGOTA, jenis_anggota) is not None


#: The fund fields of a penelitian or pengabdian, in the order a tie is decided.
DANA_FIELDS = ("dana_perguruan_tinggi", "dana_dikti", "dana_institusi_lain")


def sumber_dana(values: dict[str, object]) -> tuple[SumberDana, str | None]:
    """The row a project is counted in and the fund field that decided (``None``: no fund)."""
    best: tuple[float, str] | None = None
    for name in DANA_FIELDS:
        try:
            amount = float(values.get(name) or 0)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            amount = 0.0
        if amount > 0 and (best is None or amount > best[0]):
            best = (amount, name)
    if best is None:
        return SumberDana.MANDIRI, None
    return SumberDana(_LOOKUP[(Vocabulary.DANA, best[1])]), best[1]
