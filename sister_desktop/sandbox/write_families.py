"""Which families SISTER lets a client write, and how each write behaves.

One row per family path of the spec's POST/PUT/DELETE operations: the body it takes (see
``write_bodies``), where its records live in the world, whether a Basic credential's write
becomes an ajuan, whether the spec lists 409 for a duplicate, whose record it is (the body's
``id_sdm``, or the first lecturer among its people) and the activity-category menu its
``id_kategori_kegiatan`` comes from.
"""

from __future__ import annotations

from dataclasses import dataclass

from sister_desktop.sandbox import referensi as ref


@dataclass(frozen=True)
class WriteFamily:
    path: str  # as the spec's path names it (``nilai_tes/ajuan``)
    body: str  # a key of ``write_bodies.BODIES``
    store: str = ""  # where the records live (default: ``path``)
    duplicate: bool = True  # the POST lists 409
    ajuan: str | None = None  # the ``*/ajuan`` list a Basic write lands in
    owner: str = "id_sdm"  # the body field naming whose record it is

    @property
    def family(self) -> str:
        return self.store or self.path

    @property
    def menu(self) -> str | None:
        return self.family if self.family in ref.KATEGORI_MENUS else None


_ROWS = (
    WriteFamily("inpassing", "Inpassing"),
    WriteFamily("jabatan_fungsional", "JabatanFungsional", ajuan="jabatan_fungsional/ajuan"),
    WriteFamily("anggota_profesi", "AnggotaProfesi"),
    WriteFamily("detasering", "Detasering"),
    WriteFamily("orasi_ilmiah", "Pembicara"),
    WriteFamily("bahan_ajar", "BahanAjar", duplicate=False, owner="penulis_dosen"),
    WriteFamily("tugas_tambahan", "TugasTambahan"),
    WriteFamily("penelitian", "Litabmas", duplicate=False, owner="anggota_dosen"),
    WriteFamily("publikasi", "Publikasi", duplicate=False, owner="penulis_dosen"),
    WriteFamily("pengabdian", "Litabmas", owner="anggota_dosen"),
    WriteFamily("pembicara", "Pembicara"),
    WriteFamily("jabatan_struktural", "JabatanStruktural"),
    WriteFamily("pengelola_jurnal", "PengelolaJurnal"),
    WriteFamily("penghargaan", "Penghargaan"),
    WriteFamily("visiting_scientist", "VisitingScientist"),
    WriteFamily("penunjang_lain", "PenunjangLain", duplicate=False, owner="anggota_dosen"),
    WriteFamily(
        "kekayaan_intelektual", "KekayaanIntelektual", duplicate=False, owner="penulis_dosen"
    ),
    WriteFamily("pendidikan_formal", "PendidikanFormal", ajuan="pendidikan_formal/ajuan"),
    WriteFamily("diklat", "Diklat"),
    WriteFamily("riwayat_pekerjaan", "RiwayatPekerjaan"),
    WriteFamily("sertifikasi_profesi", "SertifikasiProfesi"),
    WriteFamily("nilai_tes/ajuan", "NilaiTes", store="nilai_tes", ajuan="nilai_tes/ajuan"),
    WriteFamily("beasiswa", "Beasiswa"),
    WriteFamily("kesejahteraan", "Kesejahteraan"),
    WriteFamily("tunjangan", "Tunjangan"),
    WriteFamily("kolaborator_eksternal", "NonCivitas", owner=""),
)
WRITE_FAMILIES: dict[str, WriteFamily] = {row.path: row for row in _ROWS}
#: Families whose records come from PDDIKTI: no write but their ``{id}/bidang_ilmu``.
PDDIKTI = ("pengajaran", "bimbingan_mahasiswa", "pengujian_mahasiswa")
#: Families with a ``PUT {id}/bidang_ilmu``.
BIDANG_ILMU_PUT = (
    *PDDIKTI,
    "penelitian",
    "publikasi",
    "pengabdian",
    "kekayaan_intelektual",
)
#: ``PUT /data_pribadi/<name>/{id_sdm}`` bodies; the first three go through an ajuan for Basic.
DATA_PRIBADI_BODIES = {"keluarga": "Keluarga", "alamat": "Alamat", "lain": "Lain"}
#: The families where a DELETE may carry ``{"dokumen": [...]}`` (the proof for the ajuan).
DELETE_WITH_BODY = frozenset({"jabatan_fungsional", "pendidikan_formal"})
#: Where a record's BKD or PAK use makes SISTER refuse its change or deletion.
BKD_FAMILIES = frozenset({"penelitian", "pengabdian", "penunjang_lain", "publikasi"})
