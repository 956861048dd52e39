"""What SISTER's fields are, once for every family that carries them: a field's type, its title
in the operator's words and the ``referensi`` list an id of it resolves in.

SISTER names a field the same in every family (``tanggal_mulai``, ``sk``, ``id_semester``), so
the description is keyed by the field's name; where one family says a field its own way ("TMT"
is the start of a rank, not of a training) ``DATASET_TITLES`` says so. The readers of the
stored answers (``domain/sister_answers.py``) take a field's type from here, the Data SISTER
pages, the Daftar Riwayat Hidup and the usulan forms its title (``texts/sister_field_texts.py``
translates it), and the pages name an id through its ``referensi`` list. The write catalogue
(``domain/sister_writes.py``) types its body fields with the same ``FieldType``; a test keeps
the ``referensi`` lists of both sides the same where they name one field.

Titles are English sources; their Indonesian (the words of SISTER's own pages) is the
translation in ``resources/i18n/sister_desktop_id.ts``, under the context ``_CTX``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

#: The translation context of the titles (``texts/sister_field_texts.py`` looks them up there).
_CTX = "SisterFieldTexts"


def _t(text: str) -> str:
    """Marks a title for the translation catalogue (lupdate reads ``_t`` as ``tr``); the
    title is translated where it is shown, never here."""
    return text


class FieldType(StrEnum):
    """A field's type as SISTER checks it (a body's) and as it is read back (an answer's)."""

    STRING = "string"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    #: ``yyyy-mm-dd``.
    DATE = "date"
    #: A lowercase UUID (an ``id_sdm``, a record's or a reference's id).
    UUID = "uuid"
    URL = "url"
    EMAIL = "email"
    #: A list of ids (``dokumen``, ``mitra_litabmas``, the kelompok bidang of ``bidang_ilmu``).
    ID_LIST = "id_list"
    #: A list of objects (``anggota_dosen``, ``penulis_mahasiswa``).
    MEMBERS = "members"
    #: A number written as text whose leading zeros matter (NIP, NIDN, NIK, a postcode): read
    #: without its inner spaces.
    IDENTIFIER = "identifier"


@dataclass(frozen=True, slots=True)
class SisterField:
    """One field of SISTER's answers, whichever family carries it."""

    name: str
    type: FieldType = FieldType.STRING
    #: The English title (``None``: the name made readable, ``texts.sister_field_texts``).
    title: str | None = None
    #: The ``referensi/<name>`` list whose ``{id, nama}`` rows name an id of this field.
    referensi: str | None = None
    #: Read in capitals (``jenis_kelamin``: ``L`` or ``P``).
    upper: bool = False


S = SisterField
STRING = FieldType.STRING
INTEGER = FieldType.INTEGER
DATE = FieldType.DATE
UUID = FieldType.UUID
IDENTIFIER = FieldType.IDENTIFIER

FIELDS: tuple[SisterField, ...] = (
    # -- keys and the person --------------------------------------------------------------
    S("id", UUID),
    S("id_sdm", UUID),
    S("nama", title=_t("Name")),
    S("nama_sdm", title=_t("Name")),
    S("nip", IDENTIFIER, title=_t("NIP")),
    S("nidn", IDENTIFIER, title=_t("NIDN")),
    S("nuptk", IDENTIFIER, title=_t("NUPTK")),
    S("nik", IDENTIFIER, title=_t("NIK")),
    S("npwp", IDENTIFIER, title=_t("NPWP")),
    S("nama_wp", title=_t("Taxpayer's name")),
    S("tempat_lahir", title=_t("Place of birth")),
    S("tanggal_lahir", DATE, title=_t("Date of birth")),
    S("jenis_kelamin", title=_t("Sex"), upper=True),
    S("agama", title=_t("Religion")),
    S("id_agama", INTEGER),
    S("kewarganegaraan", title=_t("Citizenship")),
    S("kode_negara"),
    S("sk_cpns", title=_t("CPNS SK number")),
    S("tanggal_sk_cpns", DATE, title=_t("CPNS SK date")),
    S("sk_tmmd", title=_t("TMMD SK number")),
    S("tmmd", DATE, title=_t("TMMD")),
    S("sumber_gaji", title=_t("Source of salary")),
    S("id_sumber_gaji", INTEGER),
    S("email", title=_t("Email")),
    S("alamat", title=_t("Address")),
    S("rt", INTEGER),
    S("rw", INTEGER),
    S("dusun"),
    S("kelurahan", title=_t("Village (kelurahan)")),
    S("id_kota_kabupaten"),
    S("kota_kabupaten", title=_t("City/regency")),
    S("kode_pos", IDENTIFIER, title=_t("Postcode")),
    S("kode_perguruan_tinggi", IDENTIFIER),
    S("telepon"),
    S("website"),
    S("jalan"),
    S("nama_wilayah"),
    S("status_perguruan_tinggi"),
    S("nama_status_aktif"),
    S("nama_status_pegawai"),
    S("jenis_sdm"),
    S("telepon_rumah", title=_t("Home phone")),
    S("telepon_hp", title=_t("Mobile phone")),
    S("status_kawin", title=_t("Marital status")),
    S("id_status_kawin", INTEGER),
    S("nama_pasangan", title=_t("Spouse's name")),
    S("nip_pasangan", IDENTIFIER, title=_t("Spouse's NIP")),
    S("pekerjaan_pasangan", title=_t("Spouse's occupation")),
    S("id_pekerjaan_pasangan", INTEGER),
    S("id_jenis_unit", INTEGER),
    # -- kepegawaian ----------------------------------------------------------------------
    S("jabatan_fungsional", title=_t("Jabatan fungsional")),
    S("id_jabatan_fungsional", title=_t("Jabatan fungsional"), referensi="jabatan_fungsional"),
    S("id_jabfung", referensi="jabatan_fungsional"),
    S("pangkat_golongan", title=_t("Pangkat/golongan")),
    S("id_pangkat_golongan", title=_t("Pangkat/golongan"), referensi="golongan_pangkat"),
    S("id_golongan_pangkat", referensi="golongan_pangkat"),
    S("sk", title=_t("SK number")),
    S("tanggal_sk", DATE, title=_t("SK date")),
    S("tanggal_mulai", DATE, title=_t("Start (TMT)")),
    S("tanggal_selesai", DATE, title=_t("End date")),
    S("tanggal_keluar", DATE, title=_t("Leaving date")),
    S("status_kepegawaian", title=_t("Employment status")),
    S("ikatan_kerja", title=_t("Employment type")),
    S("unit_kerja", title=_t("Unit kerja")),
    S("perguruan_tinggi", title=_t("University")),
    S("nama_perguruan_tinggi", title=_t("University")),
    S("jabatan", title=_t("Position")),
    S("sk_jabatan", title=_t("Position SK number")),
    S("tanggal_mulai_jabatan", DATE, title=_t("Position start (TMT)")),
    S("tanggal_selesai_jabatan", DATE, title=_t("Position end")),
    S("jenis_tugas", title=_t("Additional duty")),
    S("tanggal_mulai_tugas", DATE, title=_t("Duty start (TMT)")),
    S("tanggal_selesai_tugas", DATE, title=_t("Duty end")),
    S("jenis_pekerjaan", title=_t("Kind of work")),
    S("nama_jabatan", title=_t("Position")),
    S("instansi", title=_t("Institution")),
    S("divisi", title=_t("Division")),
    S("mulai_bekerja", title=_t("Started work")),
    S("selesai_bekerja", title=_t("Ended work")),
    S("luar_negeri", FieldType.BOOLEAN, title=_t("Abroad")),
    S("bidang_usaha", title=_t("Line of business")),
    # -- pendidikan -----------------------------------------------------------------------
    S("jenjang_pendidikan", title=_t("Level")),
    S("id_jenjang_pendidikan", title=_t("Level"), referensi="jenjang_pendidikan"),
    S("gelar_akademik", title=_t("Degree")),
    S("bidang_studi", title=_t("Field of study")),
    S("tahun_lulus", INTEGER, title=_t("Year of graduation")),
    S("jenis_ajuan", INTEGER, title=_t("Kind of ajuan")),
    S("jenis_sertifikasi", title=_t("Kind of certification")),
    S("tahun_sertifikasi", INTEGER, title=_t("Year")),
    S("sk_sertifikasi", title=_t("Certification SK number")),
    S("nomor_registrasi", title=_t("Registration number")),
    S("nama_lembaga_sertifikasi", title=_t("Certifying body")),
    S("id_lembaga_sertifikasi", title=_t("Certifying body"), referensi="lembaga_sertifikasi"),
    S("terhitung_mulai_tanggal", DATE, title=_t("Valid from")),
    S("terhitung_sampai_tanggal", DATE, title=_t("Valid until")),
    S("jenis_diklat", title=_t("Kind of Diklat")),
    S("penyelenggara", title=_t("Organiser")),
    S("tahun", INTEGER, title=_t("Year")),
    S("jenis_tes", title=_t("Kind of test")),
    S("skor", title=_t("Score")),
    S("jenis_beasiswa", title=_t("Kind of scholarship")),
    S("tahun_mulai", INTEGER, title=_t("Start year")),
    S("tahun_selesai", INTEGER, title=_t("End year")),
    S("masih_menerima", FieldType.BOOLEAN, title=_t("Still receiving")),
    S("urutan", INTEGER, title=_t("Order")),
    S("kelompok_bidang", title=_t("Field of science")),
    S("id_kelompok_bidang", UUID, title=_t("Field of science")),
    # -- kesejahteraan --------------------------------------------------------------------
    S("jenis_tunjangan", title=_t("Kind of allowance")),
    S("instansi_pemberi", title=_t("Granting institution")),
    S("sumber_dana", title=_t("Source of funds")),
    S("nominal", FieldType.NUMBER, title=_t("Amount (Rp)")),
    S("jenis_kesejahteraan", title=_t("Kind of welfare benefit")),
    S("jenis_penghargaan", title=_t("Kind of award")),
    S("nama_organisasi", title=_t("Organisation")),
    S("peran", title=_t("Role")),
    # -- tridharma and BKD ----------------------------------------------------------------
    S("kategori_kegiatan", title=_t("Activity category")),
    S("id_kategori_kegiatan", title=_t("Activity category"), referensi="kategori_kegiatan"),
    S("id_katgiat", referensi="kategori_kegiatan"),
    S("id_semester", title=_t("Semester"), referensi="semester"),
    S("id_smt", title=_t("Semester"), referensi="semester"),
    S("semester", title=_t("Semester")),
    S("mata_kuliah", title=_t("Course")),
    S("kelas", title=_t("Class")),
    S("sks", FieldType.NUMBER, title=_t("Credits (SKS)")),
    S("judul", title=_t("Title")),
    S("tanggal", DATE, title=_t("Date")),
    S("sk_penugasan", title=_t("Assignment SK number")),
    S("tanggal_sk_penugasan", DATE, title=_t("Assignment SK date")),
    S("tahun_pelaksanaan", INTEGER, title=_t("Year carried out")),
    S("lama_kegiatan", INTEGER, title=_t("Duration")),
    S("bidang_keilmuan", title=_t("Scientific field")),
    S("jenis_publikasi", title=_t("Kind of publication")),
    S("quartile", title=_t("Quartile")),
    S("asal_data", title=_t("Data source")),
    S("judul_makalah", title=_t("Paper title")),
    S("nama_pertemuan", title=_t("Meeting name")),
    S("tanggal_pelaksanaan", DATE, title=_t("Date held")),
    S("media_publikasi", title=_t("Publication medium")),
    S("aktif", FieldType.BOOLEAN, title=_t("Active")),
    # -- ajuan and documents --------------------------------------------------------------
    S("tanggal_ajuan", DATE, title=_t("Date of ajuan")),
    S("tanggal_verifikasi", title=_t("Verified on")),
    S("status", title=_t("Status")),
    S("keterangan", title=_t("Remarks")),
    S("umur", INTEGER, title=_t("Age of ajuan (days)")),
    S("detail_perubahan", title=_t("Proposed change")),
    S("jenis_dokumen", title=_t("Kind of document")),
    S("id_jenis_dokumen", title=_t("Kind of document"), referensi="jenis_dokumen"),
    S("nama_file", title=_t("File name")),
    S("jenis_file", title=_t("File type")),
    S("tanggal_upload", title=_t("Uploaded")),
    S("tautan", title=_t("Link")),
    S("dokumen", title=_t("Documents")),
)

BY_FIELD: dict[str, SisterField] = {item.name: item for item in FIELDS}

#: A field of a name the description does not hold: text, titled by its readable name.
_PLAIN = SisterField("")


def sister_field(name: str) -> SisterField:
    """The description of a field (a plain text field when it has none)."""
    return BY_FIELD.get(name, _PLAIN)


def _dataset_titles() -> dict[tuple[str, str], str]:
    start, end = _t("Start date"), _t("End date")
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
    titles[("tugas_tambahan", "unit_kerja")] = _t("Unit of the duty")
    titles[("nilai_tes", "nama")] = _t("Test name")
    titles[("diklat", "nama")] = _t("Name of the Diklat")
    titles[("penghargaan", "nama")] = _t("Name of the award")
    titles[("dokumen", "nama")] = _t("Document name")
    return titles


#: Where one family says a field its own way: "TMT" is the start of a position or a rank, not
#: of a training or a committee.
DATASET_TITLES: dict[tuple[str, str], str] = _dataset_titles()


def field_title_source(name: str, dataset: str | None = None) -> str | None:
    """The English title of a field (the family's own first), ``None`` when it has none."""
    if dataset is not None and (dataset, name) in DATASET_TITLES:
        return DATASET_TITLES[(dataset, name)]
    return sister_field(name).title


#: A reference id field and the cached ``referensi/*`` list that names its values.
REFERENSI_OF_FIELD: dict[str, str] = {
    item.name: item.referensi for item in FIELDS if item.referensi is not None
}
