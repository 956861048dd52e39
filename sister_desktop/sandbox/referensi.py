"""The national reference lists (``/referensi/*``) the sandbox serves, with Indonesian values.

The lists are the same in every world (they are the Ministry's, not a campus's) except the
ones that name the world's own PT and units. Every reference id a record of the world carries
is drawn from these lists, so a client can resolve it; that is why the records' generators
ask this module, never invent an id of their own.
"""

from __future__ import annotations

import random
from functools import cache
from typing import Any

from sister_desktop.sandbox import vocabulary as v
from sister_desktop.sandbox.people import TODAY, new_uuid

Row = dict[str, Any]

#: The ``menu`` values of ``/referensi/kategori_kegiatan`` with their root category names.
KATEGORI_MENUS: dict[str, str] = {
    "anggota_profesi": "Menjadi anggota organisasi profesi",
    "bahan_ajar": "Mengembangkan bahan pengajaran",
    "detasering": "Melaksanakan detasering",
    "diklat": "Mengikuti pendidikan dan pelatihan",
    "kekayaan_intelektual": "Menghasilkan karya yang dilindungi hak kekayaan intelektual",
    "jabatan_struktural": "Menduduki jabatan pimpinan pada lembaga pemerintahan",
    "orasi_ilmiah": "Melakukan orasi ilmiah",
    "penelitian": "Melaksanakan penelitian",
    "pembicara": "Menjadi pembicara dalam pertemuan ilmiah",
    "pengabdian": "Melaksanakan pengabdian kepada masyarakat",
    "pengelola_jurnal": "Menjadi pengelola jurnal ilmiah",
    "penghargaan": "Mendapat penghargaan atau tanda jasa",
    "penunjang_lain": "Berperan serta aktif dalam kepanitiaan",
    "publikasi": "Menghasilkan karya ilmiah",
    "tugas_tambahan": "Melaksanakan tugas tambahan",
    "visiting_scientist": "Menjadi visiting scientist",
}
_KATEGORI_LEAVES: dict[str, tuple[str, ...]] = {
    "anggota_profesi": ("Tingkat internasional", "Tingkat nasional"),
    "bahan_ajar": ("Buku ajar", "Diktat, modul, petunjuk praktikum"),
    "detasering": ("Detasering di perguruan tinggi lain",),
    "diklat": ("Lamanya lebih dari 960 jam", "Lamanya 81-160 jam", "Lamanya 30-80 jam"),
    "kekayaan_intelektual": ("Paten sederhana", "Hak cipta", "Desain industri"),
    "jabatan_struktural": ("Jabatan pimpinan lembaga pemerintahan",),
    "orasi_ilmiah": ("Orasi ilmiah pada perguruan tinggi",),
    "penelitian": ("Penelitian mandiri", "Penelitian kelompok sebagai ketua", "Anggota penelitian"),
    "pembicara": ("Tingkat internasional", "Tingkat nasional", "Tingkat lokal"),
    "pengabdian": ("Menduduki jabatan pimpinan", "Memberi pelatihan/penyuluhan kepada masyarakat"),
    "pengelola_jurnal": ("Editor jurnal nasional", "Editor jurnal internasional"),
    "penghargaan": ("Tingkat internasional", "Tingkat nasional", "Tingkat provinsi"),
    "penunjang_lain": ("Sebagai ketua", "Sebagai anggota"),
    "publikasi": (
        "Jurnal internasional bereputasi",
        "Jurnal nasional terakreditasi",
        "Jurnal nasional",
        "Prosiding seminar internasional",
        "Prosiding seminar nasional",
        "Buku referensi",
    ),
    "tugas_tambahan": ("Rektor", "Dekan", "Ketua jurusan/program studi", "Kepala laboratorium"),
    "visiting_scientist": ("Visiting scientist pada perguruan tinggi",),
}

_INTEGER_LISTS: dict[str, tuple[str, ...]] = {
    "bidang_usaha": (
        "Pendidikan",
        "Teknologi Informasi dan Komunikasi",
        "Perbankan dan Keuangan",
        "Konstruksi",
        "Pertanian dan Perkebunan",
        "Pemerintahan",
        "Kesehatan",
        "Industri Pengolahan",
        "Konsultansi",
    ),
    "jenis_dokumen": (
        "Ijazah",
        "Transkrip Nilai",
        "Surat Keputusan",
        "Sertifikat",
        "Surat Tugas",
        "Laporan Kegiatan",
        "Bukti Kinerja",
        "Artikel",
        "Pas Foto",
    ),
    "jabatan_negara": (
        "Kepala Dinas Pendidikan",
        "Staf Ahli Menteri",
        "Kepala Badan Perencanaan Pembangunan Daerah",
        "Komisioner Komisi Informasi",
        "Anggota Dewan Pendidikan",
    ),
    "jabatan_tugas_tambahan": (
        "Rektor",
        "Wakil Rektor",
        "Dekan",
        "Wakil Dekan",
        "Ketua Jurusan",
        "Sekretaris Jurusan",
        "Ketua Program Studi",
        "Sekretaris Program Studi",
        "Kepala Laboratorium",
        "Kepala UPT",
        "Ketua Lembaga Penelitian dan Pengabdian",
    ),
    "jenis_bahan_ajar": (
        "Buku Ajar",
        "Diktat",
        "Modul",
        "Petunjuk Praktikum",
        "Alat Bantu",
        "Audio Visual",
        "Naskah Tutorial",
    ),
    "jenis_penghargaan": (
        "Satyalancana Karya Satya",
        "Dosen Berprestasi",
        "Penghargaan Penelitian",
        "Penghargaan Pengabdian kepada Masyarakat",
        "Penulis Buku Terbaik",
        "Penyaji Makalah Terbaik",
    ),
    "jenis_kepanitiaan": (
        "Panitia Penerimaan Mahasiswa Baru",
        "Panitia Wisuda",
        "Panitia Seminar",
        "Panitia Akreditasi",
        "Panitia Dies Natalis",
    ),
    "jenis_kesejahteraan": (
        "Rumah Dinas",
        "Kendaraan Dinas",
        "Asuransi Kesehatan",
        "Koperasi Pegawai",
        "Tempat Penitipan Anak",
    ),
    "jenis_beasiswa": (
        "BPPDN",
        "BPPLN",
        "LPDP",
        "Beasiswa Unggulan Dosen Indonesia",
        "Beasiswa Yayasan",
    ),
    "jenis_diklat": (
        "Pekerti",
        "Applied Approach",
        "Latihan Prajabatan",
        "Diklat Kepemimpinan",
        "Pelatihan Teknis",
        "Workshop",
        "Bimbingan Teknis",
    ),
    "jenis_publikasi": (
        "Jurnal internasional bereputasi",
        "Jurnal internasional",
        "Jurnal nasional terakreditasi",
        "Jurnal nasional",
        "Prosiding seminar internasional",
        "Prosiding seminar nasional",
        "Buku referensi",
        "Monograf",
        "Book chapter",
        "Paten",
        "Paten sederhana",
        "Hak cipta",
        "Desain industri",
    ),
    "jenis_tes": ("TOEFL", "IELTS", "TOEIC", "Tes Potensi Akademik", "TKDA"),
    "jenis_tunjangan": (
        "Tunjangan Profesi",
        "Tunjangan Kehormatan",
        "Tunjangan Fungsional",
        "Tunjangan Tugas Tambahan",
        "Tunjangan Khusus",
    ),
    "tingkat_penghargaan": (
        "Internasional",
        "Nasional",
        "Provinsi",
        "Kabupaten/Kota",
        "Perguruan Tinggi",
    ),
    "kategori_capaian_luaran": (
        "Publikasi ilmiah",
        "Buku",
        "Hak kekayaan intelektual",
        "Teknologi tepat guna",
        "Model/purwarupa",
        "Rekayasa sosial",
    ),
    "lembaga_sertifikasi": (
        "Badan Nasional Sertifikasi Profesi",
        "LSP Informatika",
        "LSP Keuangan Syariah",
        "Ikatan Akuntan Indonesia",
        "Persatuan Insinyur Indonesia",
        "Perhimpunan Advokat Indonesia",
    ),
}
_UUID_LISTS: dict[str, tuple[str, ...]] = {
    "dudi": (
        "PT Telkom Indonesia (Persero) Tbk",
        "PT Bank Sumut",
        "PT Perkebunan Nusantara III (Persero)",
        "PT PLN (Persero) UID Sumatera Utara",
        "PT Indonesia Asahan Aluminium (Persero)",
        "PT Pelabuhan Indonesia I",
        "CV Karya Mandiri Medan",
    ),
    "skim_kegiatan": (
        "Penelitian Dasar",
        "Penelitian Terapan",
        "Penelitian Dosen Pemula",
        "Penelitian Kerja Sama Antar Perguruan Tinggi",
        "Program Kemitraan Masyarakat",
        "Program Pengembangan Desa Mitra",
        "Penelitian Internal Perguruan Tinggi",
        "Pengabdian Internal Perguruan Tinggi",
    ),
    "media_publikasi": (
        "Jurnal Teknik Informatika Nusantara",
        "Jurnal Ekonomi dan Bisnis Sumatera",
        "Jurnal Hukum Samudra Keadilan",
        "Jurnal Pendidikan Matematika Indonesia",
        "Jurnal Agroteknologi Tropika",
        "Jurnal Ilmu Fisika dan Terapan",
        "Journal of Physics: Conference Series",
        "IOP Conference Series: Earth and Environmental Science",
        "Sustainability",
        "Heliyon",
        "International Journal of Advanced Computer Science and Applications",
    ),
}
#: Whole-number reference lists the app serves as they are: the spec's ``referensi/<name>``.
_GENERAL_GROUPS = (
    "ILMU SOSIAL - ADMINISTRASI -- Administrasi Publik",
    "ILMU SOSIAL - KOMUNIKASI -- Ilmu Komunikasi",
    "HUMANIORA - ILMU BAHASA -- Sastra Indonesia",
)
_NEGARA = (
    ("ID", "Indonesia"),
    ("MY", "Malaysia"),
    ("SG", "Singapura"),
    ("TH", "Thailand"),
    ("JP", "Jepang"),
    ("KR", "Korea Selatan"),
    ("AU", "Australia"),
    ("NL", "Belanda"),
    ("DE", "Jerman"),
    ("GB", "Inggris"),
    ("US", "Amerika Serikat"),
)
_PROVINSI = (
    ("010000", "Prov. D.K.I. Jakarta"),
    ("020000", "Prov. Jawa Barat"),
    ("030000", "Prov. Jawa Tengah"),
    ("050000", "Prov. Jawa Timur"),
    ("070000", "Prov. Sumatera Utara"),
    ("080000", "Prov. Sumatera Barat"),
)
_KECAMATAN = (
    ("076003", "Kec. Medan Baru", "076000"),
    ("076004", "Kec. Medan Selayang", "076000"),
    ("076005", "Kec. Medan Sunggal", "076000"),
    ("070701", "Kec. Percut Sei Tuan", "070700"),
    ("076201", "Kec. Binjai Kota", "076200"),
    ("070501", "Kec. Stabat", "070500"),
)
#: Academic degrees by abbreviation (the abbreviations the world's people carry, and more).
_GELAR = (
    ("", "Tidak bergelar"),
    ("A.Md.", "Ahli Madya"),
    ("A.Md.Kom.", "Ahli Madya Komputer"),
    ("S.T.", "Sarjana Teknik"),
    ("S.Kom.", "Sarjana Komputer"),
    ("S.E.", "Sarjana Ekonomi"),
    ("S.H.", "Sarjana Hukum"),
    ("S.Pd.", "Sarjana Pendidikan"),
    ("S.Si.", "Sarjana Sains"),
    ("S.P.", "Sarjana Pertanian"),
    ("S.Pt.", "Sarjana Peternakan"),
    ("S.Sos.", "Sarjana Sosial"),
    ("M.T.", "Magister Teknik"),
    ("M.Eng.", "Master of Engineering"),
    ("M.Kom.", "Magister Komputer"),
    ("M.Sc.", "Master of Science"),
    ("M.M.", "Magister Manajemen"),
    ("M.Si.", "Magister Sains"),
    ("M.Ak.", "Magister Akuntansi"),
    ("M.B.A.", "Master of Business Administration"),
    ("M.H.", "Magister Hukum"),
    ("M.Kn.", "Magister Kenotariatan"),
    ("LL.M.", "Master of Laws"),
    ("M.Pd.", "Magister Pendidikan"),
    ("M.Hum.", "Magister Humaniora"),
    ("M.P.", "Magister Pertanian"),
    ("Dr.", "Doktor"),
    ("Ph.D.", "Doctor of Philosophy"),
)
#: The semester ids the world knows: from the oldest career to the one after "today".
FIRST_SEMESTER_YEAR = 1985


def semester_name(id_smt: str) -> str:
    """``"20241"`` -> ``"2024/2025 Ganjil"`` (SISTER's way of naming a semester)."""
    year = int(id_smt[:4])
    part = {"1": "Ganjil", "2": "Genap", "3": "Pendek"}[id_smt[4]]
    return f"{year}/{year + 1} {part}"


def semester_ids() -> list[str]:
    last = TODAY.year if TODAY.month >= 8 else TODAY.year - 1
    ids = [f"{y}{s}" for y in range(FIRST_SEMESTER_YEAR, last + 1) for s in "12"]
    return [*ids, f"{last + 1}1"]


def _integer_rows(names: tuple[str, ...], start: int = 1) -> list[Row]:
    return [{"id": start + n, "nama": name} for n, name in enumerate(names)]


@cache
def national() -> dict[str, list[Row]]:
    """Every reference list that does not depend on the world (built once per process)."""
    rng = random.Random("sister-sandbox-referensi")
    lists: dict[str, list[Row]] = {
        name: _integer_rows(rows) for name, rows in _INTEGER_LISTS.items()
    }
    lists.update(
        {
            name: [{"id": new_uuid(rng), "nama": n} for n in rows]
            for name, rows in _UUID_LISTS.items()
        }
    )
    lists["jabatan_fungsional"] = [{"id": i, "nama": name} for i, name, _ in v.JABATAN_FUNGSIONAL]
    lists["golongan_pangkat"] = [
        {"id": n + 1, "nama": f"{gol} ({name})"} for n, (gol, name) in enumerate(v.GOLONGAN)
    ]
    lists["status_kepegawaian"] = [{"id": i, "nama": name} for i, name in v.STATUS_KEPEGAWAIAN]
    lists["ikatan_kerja"] = [{"id": i, "nama": name} for i, name in v.IKATAN_KERJA]
    lists["jenjang_pendidikan"] = [{"id": i, "nama": name} for i, name in v.JENJANG_PENDIDIKAN]
    lists["agama"] = [{"id": i, "nama": n} for i, n in (*v.AGAMA, (6, "Konghucu"), (99, "Lainnya"))]
    lists["sumber_gaji"] = [{"id": i, "nama": name} for i, name in v.SUMBER_GAJI]
    lists["jenis_pekerjaan"] = [
        {"id": i, "nama": name}
        for i, name in (*v.PEKERJAAN_PASANGAN, (7, "TNI/Polri"), (8, "Petani"), (99, "Lainnya"))
    ]
    lists["jenis_keluar"] = [
        {"id": i, "nama": name}
        for i, name in (
            ("1", "Mengundurkan diri"),
            ("2", "Pensiun"),
            ("3", "Mutasi"),
            ("4", "Meninggal Dunia"),
            ("5", "Diberhentikan"),
            ("9", "Lainnya"),
        )
    ]
    lists["negara"] = [{"id": i, "nama": name} for i, name in _NEGARA]
    lists["gelar_akademik"] = [
        {"id": 1001 + n, "nama": name, "singkatan": short} for n, (short, name) in enumerate(_GELAR)
    ]
    studies = sorted(
        {p for _f, _k, prodis in v.FACULTIES for p in prodis}
        | {f"Ilmu {f}" for f in ("Teknik", "Ekonomi", "Hukum", "Pendidikan", "Sains", "Pertanian")}
    )
    lists["bidang_studi"] = _integer_rows(tuple(studies), start=101)
    groups = [g for key in v.KELOMPOK_BIDANG for g in v.KELOMPOK_BIDANG[key]]
    lists["kelompok_bidang_iptek"] = [{"id": new_uuid(rng), "nama": g} for g in groups]
    lists["kelompok_bidang_umum"] = [{"id": new_uuid(rng), "nama": g} for g in _GENERAL_GROUPS]
    lists["semester"] = [{"id": int(s), "nama": semester_name(s)} for s in semester_ids()]
    lists["perguruan_tinggi"] = [
        {"id": new_uuid(rng), "nama": name} for name in (*v.UNIVERSITIES_S1, *v.UNIVERSITIES_ABROAD)
    ]
    lists["kategori_kegiatan"] = _kategori_kegiatan()
    return lists


#: Categories of the BKD rows whose records carry none of their own (teaching, supervision).
KATEGORI_OTHER = {"pengajaran": 3000, "bimbingan_mahasiswa": 3100}


def _kategori_kegiatan() -> list[Row]:
    """The activity categories as a flat list with ``parent_id`` (roots have none)."""
    rows: list[Row] = [
        {"id": 3000, "parent_id": None, "nama": "Melaksanakan perkuliahan", "menu": None},
        {"id": 3100, "parent_id": None, "nama": "Membimbing mahasiswa", "menu": None},
    ]
    for n, (menu, root) in enumerate(KATEGORI_MENUS.items()):
        root_id = 1000 + n * 100
        rows.append({"id": root_id, "parent_id": None, "nama": root, "menu": menu})
        rows.extend(
            {"id": root_id + k + 1, "parent_id": root_id, "nama": leaf, "menu": menu}
            for k, leaf in enumerate(_KATEGORI_LEAVES[menu])
        )
    return rows


def kategori_kegiatan(tipe: str, menu: str | None) -> list[Row]:
    """``/referensi/kategori_kegiatan``: ``tipe`` ``list`` (flat) or ``tree`` (nested)."""
    rows = [r for r in national()["kategori_kegiatan"] if menu is None or r["menu"] == menu]
    if tipe == "list":
        return [{"id": r["id"], "parent_id": r["parent_id"], "nama": r["nama"]} for r in rows]
    children: dict[int, list[Row]] = {}
    for r in rows:
        if r["parent_id"] is not None:
            children.setdefault(r["parent_id"], []).append(
                {"id": r["id"], "nama": r["nama"], "sub_kategori": []}
            )
    return [
        {"id": r["id"], "nama": r["nama"], "sub_kategori": children.get(r["id"], [])}
        for r in rows
        if r["parent_id"] is None
    ]


def kategori_leaves(menu: str) -> list[Row]:
    """The categories a record of ``menu`` can carry (the leaves of its tree)."""
    return [r for r in national()["kategori_kegiatan"] if r["menu"] == menu and r["parent_id"]]


def wilayah(level: int) -> list[Row]:
    """``/referensi/wilayah``: 0 country, 1 province, 2 city/regency, 3 district."""
    if level == 0:
        return [{"id": "000000", "nama": "Indonesia", "id_induk_wilayah": ""}]
    if level == 1:
        return [{"id": i, "nama": n, "id_induk_wilayah": "000000"} for i, n in _PROVINSI]
    if level == 2:
        return [{"id": i, "nama": n, "id_induk_wilayah": "070000"} for n, i, _ in v.CITIES]
    return [{"id": i, "nama": n, "id_induk_wilayah": p} for i, n, p in _KECAMATAN]


def gelar_id(singkatan: str) -> int:
    """The ``referensi/gelar_akademik`` id of an abbreviation (``""``: no degree)."""
    by_short: dict[str, int] = {r["singkatan"]: r["id"] for r in national()["gelar_akademik"]}
    return by_short.get(singkatan, by_short[""])


def bidang_studi_id(nama: str) -> int:
    by_name: dict[str, int] = {r["nama"]: r["id"] for r in national()["bidang_studi"]}
    return by_name.get(nama, 101)


def kelompok_bidang_id(nama: str) -> str:
    rows = national()["kelompok_bidang_iptek"] + national()["kelompok_bidang_umum"]
    return next(r["id"] for r in rows if r["nama"] == nama)


#: Names served as plain lists by ``/referensi/<name>`` (the parameterised ones are apart).
PLAIN_LISTS = (
    "agama",
    "bidang_studi",
    "bidang_usaha",
    "dudi",
    "gelar_akademik",
    "golongan_pangkat",
    "ikatan_kerja",
    "jenis_dokumen",
    "jabatan_fungsional",
    "jabatan_negara",
    "jabatan_tugas_tambahan",
    "jenis_bahan_ajar",
    "jenis_penghargaan",
    "jenis_kepanitiaan",
    "jenis_kesejahteraan",
    "jenis_beasiswa",
    "jenis_diklat",
    "jenis_keluar",
    "jenis_pekerjaan",
    "jenis_publikasi",
    "jenis_tes",
    "jenis_tunjangan",
    "jenjang_pendidikan",
    "status_kepegawaian",
    "skim_kegiatan",
    "tingkat_penghargaan",
    "negara",
    "lembaga_sertifikasi",
    "semester",
    "sumber_gaji",
    "kategori_capaian_luaran",
)
