"""Word pools the world is drawn from: Indonesian names, titles, units and reference lists.

Kept apart from the generator so the generator reads as rules, not as data.
"""

from __future__ import annotations

MALE_GIVEN = (
    "Ahmad",
    "Budi",
    "Agus",
    "Bambang",
    "Dedi",
    "Eko",
    "Fajar",
    "Hendra",
    "Irfan",
    "Joko",
    "Kurniawan",
    "Muhammad",
    "Nur",
    "Rahmat",
    "Rizky",
    "Slamet",
    "Teguh",
    "Wahyu",
    "Yusuf",
    "Arif",
    "Dimas",
    "Hadi",
    "Ilham",
    "Rudi",
    "Sigit",
    "Taufik",
    "Andi",
    "Made",
    "Gede",
    "Putu",
    "Iwan",
    "Hasan",
    "Fikri",
    "Asep",
    "Ujang",
    "Dadang",
    "Yoga",
    "Bayu",
    "Haris",
)
FEMALE_GIVEN = (
    "Siti",
    "Dewi",
    "Sri",
    "Ratna",
    "Rina",
    "Yuliana",
    "Indah",
    "Fitri",
    "Wulan",
    "Ayu",
    "Nurul",
    "Desi",
    "Lestari",
    "Retno",
    "Endang",
    "Kartika",
    "Maya",
    "Novi",
    "Putri",
    "Rahma",
    "Anisa",
    "Dian",
    "Evi",
    "Heni",
    "Ika",
    "Lia",
    "Mega",
    "Neneng",
    "Ni Luh",
    "Kadek",
    "Tuti",
    "Yanti",
    "Wahyuni",
    "Susanti",
    "Diah",
    "Galuh",
    "Intan",
    "Citra",
)
MIDDLE = (
    "Adi",
    "Dwi",
    "Tri",
    "Eka",
    "Nur",
    "Putra",
    "Putri",
    "Sari",
    "Indra",
    "Arya",
    "Surya",
    "Budi",
    "Cahya",
    "Wira",
    "Ayu",
    "Mulya",
)
FAMILY = (
    "Santoso",
    "Wijaya",
    "Saputra",
    "Pratama",
    "Hidayat",
    "Nugroho",
    "Setiawan",
    "Kusuma",
    "Siregar",
    "Nasution",
    "Harahap",
    "Lubis",
    "Simanjuntak",
    "Pane",
    "Sinaga",
    "Rangkuti",
    "Gunawan",
    "Susanto",
    "Permana",
    "Firmansyah",
    "Hakim",
    "Ramadhan",
    "Syahputra",
    "Halim",
    "Pohan",
    "Daulay",
    "Tanjung",
    "Chaniago",
    "Sembiring",
    "Ginting",
    "Tarigan",
    "Pasaribu",
    "Hutapea",
    "Manurung",
    "Batubara",
    "Matondang",
    "Mahendra",
    "Utomo",
    "Wibowo",
    "Prasetyo",
)
#: Family-style names only women carry.
FAMILY_FEMALE = (
    "Rahayu",
    "Wulandari",
    "Lestari",
    "Handayani",
    "Suryani",
    "Maharani",
    "Purnamasari",
)
#: People known by one name only, as many older Javanese are.
SINGLE_NAMES = ("Sukardi", "Suparman", "Sumarni", "Mulyono", "Sutrisno", "Rusmini", "Paiman")

FRONT_TITLES_DOSEN = ("", "", "", "Dr.", "Dr.", "Ir.", "Prof. Dr.", "Dr. Ir.", "Drs.")
BACK_TITLES_BY_FIELD = {
    "teknik": ("S.T., M.T.", "S.T., M.Eng.", "S.Kom., M.Kom.", "S.T., M.Sc."),
    "ekonomi": ("S.E., M.M.", "S.E., M.Si.", "S.E., M.Ak.", "S.E., M.B.A."),
    "hukum": ("S.H., M.H.", "S.H., M.Kn.", "S.H., LL.M."),
    "pendidikan": ("S.Pd., M.Pd.", "S.Pd., M.Hum.", "S.Si., M.Pd."),
    "mipa": ("S.Si., M.Si.", "S.Si., M.Sc.", "S.Si., M.Kom."),
    "pertanian": ("S.P., M.P.", "S.P., M.Si.", "S.Pt., M.Sc."),
}
BACK_TITLES_TENDIK = ("", "", "", "S.E.", "S.Kom.", "A.Md.", "S.Sos.", "S.H.", "A.Md.Kom.")

#: Faculties with their study programmes and the field that picks the academic titles.
FACULTIES = (
    (
        "Fakultas Teknik",
        "teknik",
        ("Teknik Informatika", "Teknik Sipil", "Teknik Elektro", "Teknik Mesin", "Arsitektur"),
    ),
    ("Fakultas Ekonomi dan Bisnis", "ekonomi", ("Manajemen", "Akuntansi", "Ekonomi Pembangunan")),
    ("Fakultas Hukum", "hukum", ("Ilmu Hukum",)),
    (
        "Fakultas Keguruan dan Ilmu Pendidikan",
        "pendidikan",
        ("Pendidikan Matematika", "Pendidikan Bahasa Inggris", "Pendidikan Guru Sekolah Dasar"),
    ),
    (
        "Fakultas Matematika dan Ilmu Pengetahuan Alam",
        "mipa",
        ("Matematika", "Fisika", "Kimia", "Biologi"),
    ),
    ("Fakultas Pertanian", "pertanian", ("Agroteknologi", "Agribisnis", "Peternakan")),
)
#: Units where education staff (tendik) work besides the faculties.
ADMIN_UNITS = (
    "Biro Umum dan Keuangan",
    "Biro Akademik dan Kemahasiswaan",
    "Biro Perencanaan dan Kepegawaian",
    "UPT Perpustakaan",
    "UPT Teknologi Informasi dan Komunikasi",
)

BIRTH_PLACES = (
    "Medan",
    "Padang",
    "Pekanbaru",
    "Palembang",
    "Bandung",
    "Bogor",
    "Semarang",
    "Yogyakarta",
    "Surakarta",
    "Surabaya",
    "Malang",
    "Denpasar",
    "Makassar",
    "Banjarmasin",
    "Pontianak",
    "Pematangsiantar",
    "Bukittinggi",
    "Tasikmalaya",
    "Kudus",
    "Kediri",
    "Jember",
    "Mataram",
)
CITIES = (
    ("Kota Medan", "076000", "20"),
    ("Kab. Deli Serdang", "070700", "20"),
    ("Kota Binjai", "076200", "20"),
    ("Kab. Langkat", "070500", "20"),
)
KELURAHAN = (
    "Padang Bulan",
    "Titi Rantai",
    "Sei Sikambing",
    "Helvetia",
    "Tanjung Sari",
    "Sunggal",
    "Medan Baru",
    "Kampung Lalang",
    "Simpang Selayang",
    "Pasar Merah",
)
STREETS = (
    "Jl. Dr. Mansyur",
    "Jl. Setia Budi",
    "Jl. Gatot Subroto",
    "Jl. Sisingamangaraja",
    "Jl. Jamin Ginting",
    "Jl. Bunga Lau",
    "Jl. Karya Wisata",
    "Jl. Pancing",
)
AGAMA = ((1, "Islam"), (2, "Kristen"), (3, "Katholik"), (4, "Hindu"), (5, "Budha"))
PEKERJAAN_PASANGAN = (
    (1, "Tidak bekerja"),
    (2, "PNS"),
    (3, "Karyawan Swasta"),
    (4, "Wiraswasta"),
    (5, "Guru"),
    (6, "Dosen"),
)
UNIVERSITIES_S1 = (
    "Universitas Sumatera Utara",
    "Universitas Gadjah Mada",
    "Institut Teknologi Bandung",
    "Universitas Indonesia",
    "Universitas Andalas",
    "Universitas Negeri Medan",
    "Universitas Diponegoro",
    "Universitas Brawijaya",
)
UNIVERSITIES_ABROAD = (
    "Universiti Sains Malaysia",
    "Universiti Kebangsaan Malaysia",
    "University of Tokyo",
    "Universiteit Leiden",
    "Monash University",
    "James Cook University",
    "Kasetsart University",
)

# Reference lists (/referensi/...): ids as the live service gives them.
JABATAN_FUNGSIONAL = (
    (41, "Asisten Ahli", 150.0),
    (42, "Lektor", 200.0),
    (43, "Lektor Kepala", 400.0),
    (44, "Profesor", 850.0),
)
LEKTOR_300 = 300.0
GOLONGAN = (
    ("I/a", "Juru Muda"),
    ("I/b", "Juru Muda Tingkat I"),
    ("I/c", "Juru"),
    ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tingkat I"),
    ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tingkat I"),
    ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"),
    ("IV/b", "Pembina Tingkat I"),
    ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama"),
)
#: golongan -> pangkat.
PANGKAT = dict(GOLONGAN)


def pangkat_golongan_text(golongan: str) -> str:
    """A grade as SISTER's kepangkatan writes it: ``III/c (Penata)``."""
    return f"{golongan} ({PANGKAT[golongan]})"


STATUS_KEPEGAWAIAN = ((1, "PNS"), (2, "CPNS"), (3, "PPPK"), (4, "Non PNS Tetap"), (5, "Kontrak"))
IKATAN_KERJA = (
    ("A", "Dosen Tetap"),
    ("B", "Dosen PNS DPK"),
    ("C", "Dosen Tidak Tetap"),
    ("E", "Dosen dengan Perjanjian Kerja"),
    ("T", "Tenaga Kependidikan Tetap"),
    ("K", "Tenaga Kependidikan Kontrak"),
)
JENJANG_PENDIDIKAN = (
    (5, "SMA"),
    (22, "D3"),
    (23, "D4"),
    (30, "S1"),
    (31, "Profesi"),
    (35, "S2"),
    (40, "S3"),
)
SUMBER_GAJI = ((1, "APBN"), (2, "APBD"), (3, "PTN BH"), (99, "Lainnya"))
KELOMPOK_BIDANG = {
    "teknik": (
        "TEKNIK - TEKNIK ELEKTRO DAN INFORMATIKA -- Teknik Informatika",
        "TEKNIK - TEKNIK SIPIL DAN PERENCANAAN -- Teknik Sipil",
    ),
    "ekonomi": (
        "ILMU EKONOMI - ILMU MANAJEMEN -- Manajemen",
        "ILMU EKONOMI - ILMU EKONOMI -- Akuntansi",
    ),
    "hukum": ("ILMU SOSIAL - ILMU HUKUM -- Ilmu Hukum",),
    "pendidikan": (
        "ILMU PENDIDIKAN - PENDIDIKAN MIPA -- Pendidikan Matematika",
        "ILMU PENDIDIKAN - PENDIDIKAN BAHASA -- Pendidikan Bahasa Inggris",
    ),
    "mipa": (
        "MIPA - MATEMATIKA -- Matematika",
        "MIPA - ILMU KIMIA -- Kimia",
        "MIPA - ILMU FISIKA -- Fisika",
    ),
    "pertanian": (
        "ILMU PERTANIAN - AGRONOMI -- Agroteknologi",
        "ILMU PERTANIAN - SOSIAL EKONOMI PERTANIAN -- Agribisnis",
    ),
}
