"""A write body turned into the record the reads serve: the detail a GET of its id answers.

A field of the body that the detail has under the same name is copied; a reference id also
sets the name beside it (``id_jenis_skim`` -> ``jenis_skim``, from the same ``referensi``
list a reader would look it up in); ``dokumen`` ids become the documents themselves; the
people of a record (``anggota_dosen``, ``penulis_mahasiswa``, ...) become the detail's
``anggota``/``penulis`` rows. The rest of the detail keeps what it had (a PUT) or starts
empty (a POST).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from sister_desktop.sandbox import referensi as ref
from sister_desktop.sandbox import vocabulary as v
from sister_desktop.sandbox.activities import FIELDS, RULES
from sister_desktop.sandbox.people import TODAY
from sister_desktop.sandbox.write_bodies import fields

if TYPE_CHECKING:
    from sister_desktop.sandbox.dataset import World

Row = dict[str, Any]

#: The detail fields of the two histories written here (the others are in ``activities``).
_HISTORY_FIELDS = {
    "jabatan_fungsional": (
        "id:u jabatan_fungsional:s sk:s tanggal_mulai:d id_sdm:u id_jabatan_fungsional:i "
        "angka_kredit:n? kelebihan_pengajaran:n? kelebihan_penelitian:n? "
        "kelebihan_pengabdian:n? kelebihan_penunjang:n? dokumen:docs"
    ),
    "pendidikan_formal": (
        "id:u jenjang_pendidikan:s gelar_akademik:s bidang_studi:s nama_perguruan_tinggi:s "
        "tahun_lulus:i jenis_ajuan:s kategori_kegiatan:s id_sdm:u id_program_studi:u? "
        "nama_program_studi:s id_jenjang_pendidikan:i id_gelar_akademik:i id_bidang_studi:i "
        "tahun_masuk:i tanggal_lulus:d nomor_induk:s jumlah_semester:i jumlah_sks:i ipk:n "
        "sk_penyetaraan:s tanggal_sk_penyetaraan:d? nomor_ijazah:s? judul_tugas_akhir:s? "
        "dokumen:docs"
    ),
}
#: The body's people lists and the jenis each gets in the detail.
_PEOPLE = {
    "dosen": "Dosen",
    "mahasiswa": "Mahasiswa",
    "lain": "Profesional/Mitra",
}
_PERAN = {"K": "Ketua", "A": "Anggota"}
_PERAN_PENULIS = {"A": "Penulis", "B": "Editor", "C": "Penerjemah", "D": "Penemu/Inventor"}
_KATEGORI_PEMBICARA = {
    1: "Pembicara pada pertemuan ilmiah",
    2: "Pembicara kunci",
    3: "Pembicara/narasumber pada pelatihan/penyuluhan/ceramah",
}
_TINGKAT = {"L": "Lokal", "D": "Daerah", "N": "Nasional", "I": "Internasional", "X": "Lain-lain"}
_STATUS_KAWIN = {0: "Belum Kawin", 1: "Kawin", 2: "Cerai"}


@cache
def detail_fields(family: str) -> tuple[tuple[str, str], ...]:
    """``(name, type code)`` of every field of ``family``'s detail (codes as ``activities``)."""
    if family in _HISTORY_FIELDS:
        text = _HISTORY_FIELDS[family]
    else:
        item, extra = FIELDS[family]
        text = f"{item} {extra}"
    return tuple(tuple(token.split(":")) for token in text.split())  # type: ignore[misc]


def _blank(name: str, code: str) -> Any:
    kind = code.rstrip("?")
    if code.endswith("?") and kind not in ("docs", "objs", "strs", "map"):
        return None
    return {
        "s": "",
        "i": 0,
        "n": 0.0,
        "b": False,
        "d": TODAY.isoformat(),
        "dt": f"{TODAY.isoformat()}T08:00:00+07:00",
        "u": "",
        "strs": [],
        "objs": [],
        "docs": [],
        "map": {},
    }[kind]


def _names(list_name: str) -> dict[Any, str]:
    if list_name == "kategori":
        rows = ref.national()["kategori_kegiatan"]
    elif list_name == "kelompok_bidang":
        rows = ref.national()["kelompok_bidang_iptek"] + ref.national()["kelompok_bidang_umum"]
    elif list_name == "wilayah":
        rows = ref.wilayah(2)
    else:
        rows = ref.national()[list_name]
    return {r["id"]: r["nama"] for r in rows}


class RecordBuilder:
    """Builds stored rows from validated bodies over one world."""

    def __init__(self, world: World) -> None:
        self.world = world

    def _name(self, list_name: str, value: Any) -> str:
        if value in (None, "", 0):
            return ""
        if list_name == "perguruan_tinggi":
            rows = self.world.reference("perguruan_tinggi")
            return next((r["nama"] for r in rows if r["id"] == value), "")
        if list_name == "unit_kerja":
            return next((u["nama"] for u in self.world.units if u["id"] == value), "")
        if list_name == "litabmas":
            found = self.world.activities.find("penelitian", value) or self.world.activities.find(
                "pengabdian", value
            )
            return found[1]["judul"] if found else ""
        return _names(list_name).get(value, "")

    def build(self, family: str, body_name: str, body: Row, old: Row | None, id_sdm: str) -> Row:
        """The detail row ``body`` makes of ``old`` (None: a new record)."""
        spec = dict(detail_fields(family))
        row: Row = dict(old) if old else {n: _blank(n, c) for n, c in spec.items()}
        if "id_sdm" in spec:
            row["id_sdm"] = id_sdm
        ref_names = (
            {id_field: name for id_field, name, _ in RULES[family].refs}
            if (family in RULES)
            else {}
        )
        for field in fields(body_name):
            value = body[field.name]
            if field.kind in ("objs",) or field.name in ("dokumen", "mitra_litabmas"):
                continue
            if field.name in spec:
                row[field.name] = _typed(value, spec[field.name])
                if value in (None, "") and field.kind in ("d", "u", "email", "url"):
                    row[field.name] = None  # an empty date, id or address is no value
            if field.ref and field.ref not in ("sdm", "dokumen", "kolaborator", "mahasiswa"):
                target = ref_names.get(field.name) or field.name.removeprefix("id_")
                if field.ref == "litabmas":
                    target = (
                        "litabmas_sebelumnya"
                        if field.name == "id_litabmas_sebelumnya"
                        else "judul_litabmas"
                    )
                if field.ref == "kategori":
                    target = "kategori_kegiatan"
                if target in spec and target != field.name:
                    row[target] = self._name(field.ref, value) or (
                        None if spec[target].endswith("?") else ""
                    )
        if "dokumen" in body and "dokumen" in spec:
            row["dokumen"] = self.documents(body["dokumen"])
        self._people(family, body, row, spec)
        self._special(family, body, row)
        return {n: row.get(n, _blank(n, c)) for n, c in spec.items()}

    def documents(self, ids: list[str]) -> list[Row]:
        found = [self.world.activities.find("dokumen", i) for i in ids]
        return [hit[1] for hit in found if hit is not None]

    def _person(self, id_sdm: str) -> Any:
        return self.world.person(id_sdm)

    def _people(self, family: str, body: Row, row: Row, spec: dict[str, str]) -> None:
        if "mitra_litabmas" in body and "mitra_litabmas" in spec:
            dudi = _names("dudi")
            row["mitra_litabmas"] = [{"id": i, "nama": dudi[i]} for i in body["mitra_litabmas"]]
        if "anggota" in spec and "anggota_dosen" in body:
            row["anggota"] = [
                self._member(kind, item, with_order=False)
                for kind in _PEOPLE
                for item in body[f"anggota_{kind}"] or []
            ]
        if "penulis" in spec and "penulis_dosen" in body:
            rows = [
                self._member(kind, item, with_order=True)
                for kind in _PEOPLE
                for item in body[f"penulis_{kind}"] or []
            ]
            rows.sort(key=lambda r: r["urutan"])
            corresponding = body.get("urutan_corresponding_author")
            if family in ("publikasi", "kekayaan_intelektual"):
                for r in rows:
                    r["corresponding_author"] = r["urutan"] == corresponding
            row["penulis"] = rows
        if "anggota_dosen" in spec and "anggota_dosen" in body:
            row["anggota_dosen"] = [
                {
                    "id_sdm": item["id_sdm"],
                    "nama": self._person(item["id_sdm"]).nama,
                    "peran": item.get("peran") or "Anggota",
                }
                for item in body["anggota_dosen"] or []
            ]

    def _member(self, kind: str, item: Row, with_order: bool) -> Row:
        nama = item.get("nama") or ""
        id_orang = item.get("id_orang") if kind == "lain" else None
        if kind == "dosen":
            nama = self._person(item["id_sdm"]).nama
        elif kind == "lain":
            partner = next((r for r in self.world.activities.external if r["id"] == id_orang), None)
            nama = partner["nama"] if partner else nama
        out: Row = {
            "nama": nama,
            "jenis": _PEOPLE[kind],
            "id_sdm": item.get("id_sdm") if kind == "dosen" else None,
            "id_peserta_didik": item.get("id_peserta_didik") or None
            if kind == "mahasiswa"
            else None,
            "nomor_induk_peserta_didik": item.get("no_induk") or None
            if kind == "mahasiswa"
            else None,
            "id_orang": id_orang or None,
        }
        if with_order:
            out["urutan"] = int(item.get("no_urut") or 0)
            out["afiliasi"] = item.get("afiliasi") or ""
            out["peran"] = _PERAN_PENULIS.get(item.get("peran") or "A", "Penulis")
        else:
            out["aktif"] = bool(item.get("aktif"))
            out["peran"] = _PERAN.get(item.get("peran") or "A", "Anggota")
        return out

    def _special(self, family: str, body: Row, row: Row) -> None:
        """The names a generic copy cannot give."""
        if family == "jabatan_fungsional":
            names = {i: name for i, name, _ in v.JABATAN_FUNGSIONAL}
            kredit = float(body.get("angka_kredit") or 0)
            row["jabatan_fungsional"] = f"{names[body['id_jabatan_fungsional']]} ({kredit:.2f})"
        elif family == "inpassing":
            gol, pangkat = v.GOLONGAN[body["id_pangkat_golongan"] - 1]
            row["pangkat_golongan"] = v.pangkat_golongan_text(gol)
            row["pangkat"], row["golongan"] = pangkat, gol
        elif family == "pendidikan_formal":
            jenjang = _names("jenjang_pendidikan")
            row["jenjang_pendidikan"] = jenjang.get(body.get("id_jenjang_pendidikan"), "")
            gelar = {r["id"]: r["singkatan"] for r in ref.national()["gelar_akademik"]}
            row["gelar_akademik"] = gelar.get(body.get("id_gelar_akademik"), "")
            row["bidang_studi"] = _names("bidang_studi")[body["id_bidang_studi"]]
            row["nama_perguruan_tinggi"] = body.get("nama_perguruan_tinggi") or ""
            row["nama_program_studi"] = body.get("nama_program_studi") or row["bidang_studi"]
            row["jenis_ajuan"] = row.get("jenis_ajuan") or "Klaim"
        elif family in ("penelitian", "pengabdian"):
            row["afiliasi"] = self._name("perguruan_tinggi", body["id_afiliasi"])
            group = _names("kelompok_bidang").get(body.get("id_kelompok_bidang"))
            row["bidang_keilmuan"] = [group] if group else []
        elif family in ("publikasi", "kekayaan_intelektual"):
            row["bidang_keilmuan"] = row.get("bidang_keilmuan") or []
            row["tanggal"] = body.get("tanggal") or row.get("tanggal") or TODAY.isoformat()
        elif family in ("pembicara", "orasi_ilmiah"):
            row["kategori_pembicara"] = _KATEGORI_PEMBICARA[body["id_kategori_pembicara"]]
            tingkat = body.get("id_tingkat_pertemuan")
            row["id_tingkat_pertemuan"] = _TINGKAT.get(tingkat) if tingkat else None
        elif family == "sertifikasi_profesi":
            row["bidang_studi"] = _names("bidang_studi")[body["id_bidang_studi"]]
            row["jenis_sertifikasi"] = (
                "Sertifikasi Kompetensi" if body["id_jenis_sertifikasi"] == 2 else "Sertifikasi"
            )
        elif family == "penunjang_lain":
            row["tingkat"] = _TINGKAT.get(body["tingkat"], body["tingkat"])
        elif family == "visiting_scientist":
            row["lama_kegiatan"] = f"{body['lama_kegiatan']} bulan"
            if not body.get("perguruan_tinggi"):
                row["perguruan_tinggi"] = self._name(
                    "perguruan_tinggi", body.get("id_perguruan_tinggi")
                )
        elif family == "bahan_ajar":
            row["nama_jenis"] = _names("jenis_bahan_ajar")[body["id_jenis_bahan_ajar"]]
        elif family == "kolaborator_eksternal":
            row["negara"] = _names("negara").get(body["kode_negara"], body["kode_negara"])
        elif family == "riwayat_pekerjaan":
            row["bidang_usaha"] = _names("bidang_usaha")[body["id_bidang_usaha"]]
            row["jenis_pekerjaan"] = _names("jenis_pekerjaan")[body["id_jenis_pekerjaan"]]
            row["divisi"] = body.get("divisi") or ""
            row["luar_negeri"] = bool(body.get("luar_negeri"))


def data_pribadi(world: World, name: str, current: Row, body: Row) -> Row:
    """``/data_pribadi/<name>`` after ``body`` is applied (keluarga, alamat, lain)."""
    row = dict(current)
    for key, value in body.items():
        if key != "dokumen" and key in row:
            row[key] = value
    if name == "keluarga":
        row["status_kawin"] = _STATUS_KAWIN[body["id_status_kawin"]]
        jobs = _names("jenis_pekerjaan")
        row["pekerjaan_pasangan"] = jobs.get(body.get("id_pekerjaan_pasangan")) or None
        row["id_pekerjaan_pasangan"] = body.get("id_pekerjaan_pasangan") or 0
    if name == "alamat":
        cities = _names("wilayah")
        row["kota_kabupaten"] = cities.get(body.get("id_kota_kabupaten"), "")
    return row


def _typed(value: Any, code: str) -> Any:
    """A body value as the detail types it. A value sent empty is answered as the live
    service answers one never given: text stays ``""``, a date, id or number is ``null``."""
    kind = code.rstrip("?")
    if value is None or value == "":
        return "" if kind == "s" else None
    if kind == "s" and not isinstance(value, str):
        return str(value)
    if kind == "n" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value
