"""The request bodies SISTER's write operations accept, described in our own compact notation.

One string per body, one token per field: ``name[!]:kind[?][<max][=a|b|c][@list]``.
``!`` required, ``?`` null allowed although not optional, ``<max`` the longest text,
``=a|b`` the values allowed, ``@list`` the reference list the value must exist in (see
``write_rules.REFERENCES``). Kinds: ``s`` text, ``i`` whole number, ``n`` number, ``b``
boolean, ``d`` date ``yyyy-mm-dd``, ``u`` UUID, ``email``, ``url``, ``ids`` a list of UUIDs,
``[SUB]`` a list of objects described by the body ``SUB``.

The service wants every field of a body sent, no more and no fewer; an optional one may be
empty (``null``, ``""``, ``0`` or ``[]``). The validator (``write_rules``) reads these.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

BODIES: dict[str, str] = {
    "NonCivitas": (
        "nama!:s<200 kode_negara!:s@negara jenis_kelamin!:s=L|P nik:s<20 tempat_lahir:s<32 "
        "tanggal_lahir:d jalan:s<255 rt:i rw:i dusun:s<60 kelurahan:s<60 kode_pos:s<5 "
        "telepon_rumah:s<20 telepon_hp:s<20 email:email<60"
    ),
    "AnggotaProfesi": (
        "id_sdm!:u@sdm id_kategori_kegiatan!:i@kategori nama_organisasi!:s<100 peran!:s<30 "
        "tanggal_mulai_keanggotaan!:d tanggal_selesai_keanggotaan:d? instansi_profesi:s<100 "
        "dokumen:ids@dokumen"
    ),
    "Detasering": (
        "id_sdm!:u@sdm id_kategori_kegiatan!:i@kategori id_perguruan_tinggi!:u@perguruan_tinggi "
        "tanggal_mulai:d? tanggal_selesai:d? bidang_tugas:s<100 deskripsi_kegiatan:s "
        "metode_pelaksanaan:s<30 sk_penugasan!:s<80 tanggal_sk_penugasan!:d dokumen:ids@dokumen"
    ),
    "Pembicara": (
        "id_sdm!:u@sdm id_kategori_kegiatan!:i@kategori "
        "id_kategori_capaian_luaran:i?@kategori_capaian_luaran "
        "id_penelitian_pengabdian:u?@litabmas id_kategori_pembicara!:i=1|2|3 "
        "judul_makalah!:s<500 nama_pertemuan!:s<160 id_tingkat_pertemuan:s=L|D|N|I|X "
        "penyelenggara!:s<100 tanggal_pelaksanaan!:d? bahasa:s<20 sk_penugasan:s<80 "
        "tanggal_sk_penugasan:d dokumen:ids@dokumen"
    ),
    "BahanAjar": (
        "id_kategori_kegiatan!:i@kategori id_kategori_capaian_luaran:i?@kategori_capaian_luaran "
        "id_penelitian_pengabdian:u?@litabmas id_jenis_bahan_ajar!:i@jenis_bahan_ajar "
        "judul!:s<500 isbn:s<20 nama_penerbit!:s<100 tanggal_terbit:d sk_penugasan:s<80 "
        "tanggal_sk_penugasan:d dokumen:ids@dokumen penulis_dosen:[PENYUSUN_DOSEN] "
        "penulis_mahasiswa:[PENYUSUN_MAHASISWA] penulis_lain:[PENYUSUN_LAIN]"
    ),
    "TugasTambahan": (
        "id_sdm!:u@sdm id_kategori_kegiatan!:i@kategori id_jenis_tugas!:i@jabatan_tugas_tambahan "
        "id_perguruan_tinggi!:u@perguruan_tinggi id_unit_kerja:u@unit_kerja jumlah_jam!:i "
        "sk_penugasan!:s<80 tanggal_mulai_tugas!:d tanggal_selesai_tugas:d? dokumen:ids@dokumen"
    ),
    "Litabmas": (
        "id_kategori_kegiatan!:i@kategori judul!:s<500 id_afiliasi!:u@perguruan_tinggi "
        "id_kelompok_bidang:u@kelompok_bidang id_litabmas_sebelumnya:u@litabmas "
        "id_jenis_skim:u@skim_kegiatan lokasi:s<80 tahun_usulan!:i tahun_kegiatan!:i "
        "tahun_pelaksanaan!:i lama_kegiatan!:i tahun_pelaksanaan_ke!:i dana_dikti!:n "
        "dana_perguruan_tinggi!:n dana_institusi_lain!:n in_kind:s sk_penugasan:s<80 "
        "tanggal_sk_penugasan:d mitra_litabmas:ids@dudi anggota_dosen:[ANGGOTA_DOSEN] "
        "anggota_mahasiswa:[ANGGOTA_MAHASISWA] anggota_lain:[ANGGOTA_LAIN] dokumen:ids@dokumen"
    ),
    "KekayaanIntelektual": (
        "id_kategori_kegiatan!:i@kategori id_jenis_publikasi!:i@jenis_publikasi "
        "id_kategori_capaian_luaran:i?@kategori_capaian_luaran id_litabmas:u?@litabmas "
        "judul!:s<500 tanggal!:d? nomor_paten:s?<100 pemberi_paten:s?<60 penerbit:s?<100 "
        "isbn:s?<20 jumlah_halaman:i? tautan:url<256 keterangan:s<128 dokumen:ids@dokumen "
        "urutan_corresponding_author:i? penulis_dosen:[PENULIS_DOSEN] "
        "penulis_mahasiswa:[PENULIS_MAHASISWA] penulis_lain:[PENULIS_LAIN]"
    ),
    "JabatanStruktural": (
        "id_sdm!:u@sdm id_kategori_kegiatan!:i@kategori id_jabatan_negara!:i@jabatan_negara "
        "sk_jabatan!:s<80 tanggal_mulai_jabatan!:d tanggal_selesai_jabatan:d? lokasi!:s<80 "
        "dokumen:ids@dokumen"
    ),
    "PengelolaJurnal": (
        "id_sdm!:u@sdm id_kategori_kegiatan!:i@kategori id_media_publikasi!:u@media_publikasi "
        "peran!:s<30 sk_penugasan!:s<80 tanggal_mulai!:d tanggal_selesai:d? aktif!:i "
        "dokumen:ids@dokumen"
    ),
    "Penghargaan": (
        "id_sdm!:u@sdm id_kategori_kegiatan!:i@kategori "
        "id_tingkat_penghargaan!:i@tingkat_penghargaan "
        "id_jenis_penghargaan!:i@jenis_penghargaan nama!:s<160 tahun!:i instansi_pemberi!:s<100 "
        "dokumen:ids@dokumen"
    ),
    "VisitingScientist": (
        "id_sdm!:u@sdm id_kategori_kegiatan!:i@kategori "
        "id_kategori_capaian_luaran:i?@kategori_capaian_luaran "
        "id_penelitian_pengabdian:u?@litabmas id_perguruan_tinggi:u?@perguruan_tinggi "
        "perguruan_tinggi:s?<100 lama_kegiatan!:i kegiatan_penting:s tanggal!:d "
        "sk_penugasan:s<80 tanggal_sk_penugasan:d"
    ),
    "PenunjangLain": (
        "id_kategori_kegiatan!:i@kategori nama!:s<80 id_jenis_kepanitiaan!:i@jenis_kepanitiaan "
        "instansi!:s<100 tingkat!:s=L|D|N|I sk_penugasan!:s<80 tanggal_mulai!:d "
        "tanggal_selesai:d? anggota_dosen:[PANITIA_DOSEN] dokumen:ids@dokumen"
    ),
    "SertifikasiProfesi": (
        "id_sdm!:u@sdm id_jenis_sertifikasi!:i id_bidang_studi!:i@bidang_studi "
        "id_lembaga_sertifikasi:i@lembaga_sertifikasi tahun_sertifikasi!:i "
        "terhitung_mulai_tanggal!:s terhitung_sampai_tanggal!:s sk_sertifikasi!:s<80 "
        "nomor_registrasi:s<14 dokumen:ids@dokumen"
    ),
    "NilaiTes": (
        "id_sdm!:u@sdm id_jenis_tes!:i@jenis_tes nama!:s<50 penyelenggara!:s<100 tanggal!:d? "
        "tahun!:i skor!:n dokumen:ids@dokumen"
    ),
    "PendidikanFormal": (
        "id_sdm!:u@sdm id_program_studi:u?@unit_kerja nama_program_studi:s?<100 "
        "nama_perguruan_tinggi:s?<100 id_jenjang_pendidikan:i?@jenjang_pendidikan "
        "id_gelar_akademik:i@gelar_akademik id_bidang_studi!:i@bidang_studi tahun_masuk!:i "
        "tahun_lulus!:i tanggal_lulus!:d nomor_induk!:s<24 jumlah_semester:i jumlah_sks!:i "
        "ipk!:n sk_penyetaraan:s<80 tanggal_sk_penyetaraan:d nomor_ijazah:s?<80 "
        "judul_tugas_akhir:s?<500 dokumen:ids@dokumen"
    ),
    "Diklat": (
        "id_sdm!:u@sdm id_kategori_kegiatan!:i@kategori id_jenis_diklat!:i@jenis_diklat "
        "nama!:s<160 penyelenggara!:s<100 peran:s<30 tingkat!:i=1|2|3|4 jumlah_jam:i "
        "no_sertifikat:s<80 tanggal_sertifikat:d? tahun!:i lokasi:s<20 tanggal_mulai!:d "
        "tanggal_selesai!:d sk_penugasan:s<80 tanggal_sk_penugasan:d dokumen:ids@dokumen"
    ),
    "RiwayatPekerjaan": (
        "id_sdm!:u@sdm id_bidang_usaha!:i@bidang_usaha id_jenis_pekerjaan!:i@jenis_pekerjaan "
        "nama_jabatan!:s<150 instansi!:s<100 divisi:s?<100 deskripsi_kerja:s?<500 "
        "mulai_bekerja!:d selesai_bekerja:d? luar_negeri:b dokumen:ids@dokumen"
    ),
    "Beasiswa": (
        "id_sdm!:u@sdm id_jenis_beasiswa!:i@jenis_beasiswa nama!:s<80 tahun_mulai!:i "
        "tahun_selesai:i? masih_menerima!:b"
    ),
    "Kesejahteraan": (
        "id_sdm!:u@sdm id_jenis_kesejahteraan!:i@jenis_kesejahteraan nama!:s<50 "
        "penyelenggara!:s<100 tahun_mulai!:i tahun_selesai:i?"
    ),
    "Tunjangan": (
        "id_sdm!:u@sdm id_jenis_tunjangan!:i@jenis_tunjangan nama!:s<50 "
        "instansi_pemberi:s?<100 sumber_dana:s?<30 tahun_mulai!:i tahun_selesai:i? nominal!:n"
    ),
    "AjuanHapus": "dokumen!:ids@dokumen",
    "Inpassing": (
        "id_sdm!:u@sdm id_pangkat_golongan!:i@golongan_pangkat sk!:s<80 tanggal_sk:d "
        "tanggal_mulai!:d angka_kredit!:n masa_kerja_tahun!:n masa_kerja_bulan!:n "
        "dokumen:ids@dokumen"
    ),
    "JabatanFungsional": (
        "id_sdm!:u@sdm id_jabatan_fungsional!:i@jabatan_fungsional sk!:s<80 tanggal_mulai!:d "
        "angka_kredit:n? kelebihan_pengajaran:n? kelebihan_penelitian:n? "
        "kelebihan_pengabdian:n? kelebihan_penunjang:n? dokumen:ids@dokumen"
    ),
    "Keluarga": (
        "id_status_kawin!:i=0|1|2 nama_pasangan:s?<200 nip_pasangan:s?<18 "
        "id_pekerjaan_pasangan:i@jenis_pekerjaan dokumen!:ids@dokumen"
    ),
    "Alamat": (
        "email:s<60 alamat:s<255 rt:i rw:i dusun:s<60 kelurahan:s<60 "
        "id_kota_kabupaten:s@wilayah kode_pos:s<5 telepon_rumah:s<20 telepon_hp:s<20 "
        "dokumen:ids@dokumen"
    ),
    "Lain": "npwp:s<15 nama_wp:s<200 dokumen:ids@dokumen",
    # The people of a record: lecturers, students, outside partners.
    "PENULIS_DOSEN": "id_sdm!:u@sdm no_urut:i afiliasi:s<200 peran:s=A|B|C|D",
    "PENULIS_MAHASISWA": (
        "id_peserta_didik:u@mahasiswa nama:s<200 no_induk:s<24 no_urut:i afiliasi:s<200 "
        "peran:s=A|B|C|D"
    ),
    "PENULIS_LAIN": "id_orang:u@kolaborator no_urut:i afiliasi:s<200 peran:s=A|B|C|D",
    "PENYUSUN_DOSEN": "id_sdm!:u@sdm no_urut:i afiliasi:s peran:s=A|B|C|D",
    "PENYUSUN_MAHASISWA": (
        "id_peserta_didik:u@mahasiswa nama:s no_induk:s no_urut:i afiliasi:s peran:s=A|B|C|D"
    ),
    "PENYUSUN_LAIN": "id_orang:u@kolaborator no_urut:i afiliasi:s peran:s=A|B|C|D",
    "ANGGOTA_DOSEN": "id_sdm!:u@sdm aktif:b peran:s=K|A",
    "ANGGOTA_MAHASISWA": (
        "id_peserta_didik:u@mahasiswa nama:s<200 no_induk:s<24 aktif:b peran:s=K|A"
    ),
    "ANGGOTA_LAIN": "id_orang:u@kolaborator aktif:b peran:s=K|A",
    "PANITIA_DOSEN": "id_sdm!:u@sdm peran:s",
}
#: A publication adds the journal's fields to those of an intellectual-property record.
BODIES["Publikasi"] = BODIES["KekayaanIntelektual"] + (
    " judul_artikel:s?<500 judul_asli:s?<500 nama_jurnal:s?<100 halaman:s<15 edisi:s<15 "
    "volume:i nomor:i doi:s<100 issn:s<9 e_issn:s<9 seminar:b prosiding:b"
)


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    required: bool = False
    nullable: bool = False
    max_length: int | None = None
    enum: tuple[str, ...] | None = None
    ref: str | None = None
    sub: str | None = None  # the body of each object of a ``[SUB]`` list


def _field(token: str) -> Field:
    name, _, rest = token.partition(":")
    required = name.endswith("!")
    name = name.rstrip("!")
    ref = None
    if "@" in rest:
        rest, ref = rest.split("@", 1)
    enum = None
    if "=" in rest:
        rest, values = rest.split("=", 1)
        enum = tuple(values.split("|"))
    max_length = None
    if "<" in rest:
        rest, limit = rest.split("<", 1)
        max_length = int(limit)
    nullable = rest.endswith("?")
    kind = rest.rstrip("?")
    sub = None
    if kind.startswith("["):
        sub, kind = kind.strip("[]"), "objs"
    return Field(name, kind, required, nullable, max_length, enum, ref, sub)


@cache
def fields(body: str) -> tuple[Field, ...]:
    """The fields of ``body`` (a key of ``BODIES``), in their order."""
    return tuple(_field(token) for token in BODIES[body].split())
