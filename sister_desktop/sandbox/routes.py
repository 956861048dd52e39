"""Which answer a GET path gets: the spec's 139 read paths, each resolved over the ``World``.

Kept apart from ``app.py`` (the pipeline of latency, lockout, tokens and faults) so the two
change independently. ``resolve`` returns the endpoint key (for faults and counters), the
person the answer is about (for per-person faults) and the body; a path the spec does not have
raises ``UnknownPath`` (the app answers it as the live gateway does, with an HTML 404), and a
known path with a bad id or parameter raises ``Refusal`` (SISTER's JSON error).
"""

from __future__ import annotations

import functools
import struct
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sister_desktop.sandbox import referensi as ref
from sister_desktop.sandbox import vocabulary as v
from sister_desktop.sandbox.activities import (
    AJUAN,
    BKD_UNSUR,
    BY_SEMESTER,
    PAGED,
    PER_PERSON,
    WITH_BIDANG_ILMU,
    item_keys,
)
from sister_desktop.sandbox.dataset import DATA_PRIBADI, LIST_ITEM_KEYS, SdmPerson, World

if TYPE_CHECKING:
    from sister_desktop.sandbox.writes import WriteState

#: ``/referensi/<name>`` answers that take parameters (the rest are plain lists).
_PARAMETRISED = (
    "sdm",
    "profil_pt",
    "unit_kerja",
    "detail_unit_kerja",
    "mahasiswa_pddikti",
    "media_publikasi",
    "kategori_kegiatan",
    "kelompok_bidang",
    "wilayah",
    "perguruan_tinggi",
)
_HISTORIES = tuple(LIST_ITEM_KEYS)
_FAMILIES = _HISTORIES + tuple(f for f in PER_PERSON if f not in AJUAN)
_BAD_INPUT = "Input data tidak valid"


def templates() -> tuple[str, ...]:
    """Every GET path the sandbox serves, written as the spec writes it."""
    paths = [f"/referensi/{name}" for name in (*_PARAMETRISED, *ref.PLAIN_LISTS)]
    paths += [f"/data_pribadi/{name}/{{id_sdm}}" for name in (*DATA_PRIBADI, "foto")]
    for family in (*_FAMILIES, *AJUAN):
        paths += [f"/{family}", f"/{family}/{{id}}"]
    paths += [f"/{family}/{{id}}/bidang_ilmu" for family in sorted(WITH_BIDANG_ILMU)]
    paths += ["/dokumen/{id}/download", "/kolaborator_eksternal", "/kolaborator_eksternal/{id}"]
    paths += ["/bkd/laporan_akhir_bkd", *(f"/bkd/{unsur}" for unsur in BKD_UNSUR)]
    return tuple(paths)


class UnknownPath(Exception):
    """The spec has no such path."""


class Refusal(Exception):
    """A known path answered with SISTER's JSON error (404 unknown id, 400 bad input)."""

    def __init__(self, status: int, message: str, detail: str | None) -> None:
        super().__init__(message)
        self.status, self.message, self.detail = status, message, detail


@dataclass(frozen=True)
class Binary:
    """A non-JSON answer body (a photo, a document's file)."""

    data: bytes
    media_type: str


@dataclass(frozen=True)
class Resolved:
    key: str
    id_sdm: str | None
    body: Any


def _unknown_id(value: str) -> Refusal:
    return Refusal(404, "Data tidak ditemukan", f"ID {value} tidak ditemukan")


def _required(query: Any, name: str, label: str) -> str:
    value = query.get(name)
    if not value:
        raise Refusal(400, _BAD_INPUT, f"{label} harus diisi")
    return str(value)


class Router:
    def __init__(self, world: World, uploads: WriteState | None = None) -> None:
        self.world = world
        #: What writes sent (a document's file, a new pas foto): downloads give it back.
        self.uploads = uploads

    def resolve(self, path: str, query: Any) -> Resolved:
        parts = path.strip("/").split("/")
        head = parts[0]
        if head == "referensi" and len(parts) == 2:
            return Resolved(f"/referensi/{parts[1]}", None, self._referensi(parts[1], query))
        if head == "data_pribadi" and len(parts) == 3:
            return self._data_pribadi(parts[1], parts[2])
        if head == "bkd" and len(parts) == 2:
            return self._bkd(parts[1], query)
        if head == "kolaborator_eksternal":
            return self._kolaborator(parts[1:], query)
        if len(parts) >= 2 and f"{head}/{parts[1]}" in AJUAN:
            family = f"{head}/{parts[1]}"
            rest = parts[2:]
        elif head in _FAMILIES:
            family = head
            rest = parts[1:]
        else:
            raise UnknownPath(path)
        if not rest:
            return self._list(family, query)
        if len(rest) == 1:
            return self._detail(family, rest[0])
        if len(rest) == 2 and rest[1] == "bidang_ilmu" and family in WITH_BIDANG_ILMU:
            person, row = self._find(family, rest[0])
            bundle = self.world.activities.of(self.world.activities.place[person.id_sdm])
            return Resolved(
                f"/{family}/{{id}}/bidang_ilmu", person.id_sdm, bundle.bidang_ilmu[row["id"]]
            )
        if len(rest) == 2 and rest[1] == "download" and family == "dokumen":
            person, row = self._find(family, rest[0])
            sent = self.uploads.files.get(row["id"]) if self.uploads else None
            body = (
                Binary(sent.data, sent.media_type)
                if sent
                else Binary(_pdf(row["nama"]), "application/pdf")
            )
            return Resolved("/dokumen/{id}/download", person.id_sdm, body)
        raise UnknownPath(path)

    # --- referensi --------------------------------------------------------------------------

    def _referensi(self, name: str, query: Any) -> Any:
        world = self.world
        if name in ref.PLAIN_LISTS or name == "perguruan_tinggi":
            return world.reference(name)
        if name == "sdm":
            return self._referensi_sdm(query)
        if name == "profil_pt":
            return world.profil_pt  # one object, as the live service answers
        if name == "unit_kerja":
            id_pt = _required(query, "id_perguruan_tinggi", "ID perguruan tinggi")
            return world.units if id_pt == world.pt_id else []
        if name == "detail_unit_kerja":
            return world.unit_detail(_required(query, "id_unit_kerja", "ID unit kerja"))
        if name == "mahasiswa_pddikti":
            id_pt = _required(query, "id_perguruan_tinggi", "ID perguruan tinggi")
            prodi = world.prodi(_required(query, "id_program_studi", "ID program studi"))
            if id_pt != world.pt_id or prodi is None:
                return []
            rows = world.mahasiswa(prodi)
            keyword = (query.get("keyword") or "").strip().casefold()
            if keyword:
                rows = [
                    r
                    for r in rows
                    if keyword in r["nama_mahasiswa"].casefold() or keyword in r["nim"]
                ]
            return rows
        if name == "media_publikasi":
            rows = world.reference("media_publikasi")
            nama = (query.get("nama") or "").strip().casefold()
            return [r for r in rows if nama in r["nama"].casefold()] if nama else rows
        if name == "kategori_kegiatan":
            tipe = query.get("tipe")
            menu = query.get("menu")
            if tipe not in ("list", "tree"):
                raise Refusal(400, _BAD_INPUT, "Parameter tipe harus list atau tree")
            if menu is not None and menu not in ref.KATEGORI_MENUS:
                raise Refusal(400, _BAD_INPUT, f"Menu {menu} tidak dikenal")
            return ref.kategori_kegiatan(tipe, menu)
        if name == "kelompok_bidang":
            iptek = (query.get("iptek") or "").lower()
            if iptek not in ("true", "false", "1", "0"):
                raise Refusal(400, _BAD_INPUT, "Parameter iptek harus true atau false")
            kind = "iptek" if iptek in ("true", "1") else "umum"
            return ref.national()[f"kelompok_bidang_{kind}"]
        if name == "wilayah":
            level = query.get("id_level_wilayah")
            if level not in ("0", "1", "2", "3"):
                raise Refusal(400, _BAD_INPUT, "ID level wilayah harus 0, 1, 2 atau 3")
            return ref.wilayah(int(level))
        raise UnknownPath(f"/referensi/{name}")

    def _referensi_sdm(self, query: Any) -> list[dict[str, Any]]:
        rows = self.world.referensi_sdm
        id_sp = query.get("id_sp")
        nama = query.get("nama")
        if id_sp is not None:
            if nama is None or len(nama.strip()) < 3:
                raise Refusal(400, _BAD_INPUT, "Parameter nama minimal 3 karakter bila id_sp diisi")
            if id_sp != self.world.pt_id:
                return []
        for field in ("nidn", "nip", "nuptk"):
            value = query.get(field)
            if value is not None:
                rows = [r for r in rows if r[field] == value]
        if nama is not None:
            needle = nama.strip().casefold()
            rows = [r for r in rows if needle in r["nama_sdm"].casefold()]
        return rows

    # --- per person -------------------------------------------------------------------------

    def _person(self, id_sdm: str) -> SdmPerson:
        person = self.world.person(id_sdm)
        if person is None:
            raise _unknown_id(id_sdm)
        return person

    def _data_pribadi(self, name: str, id_sdm: str) -> Resolved:
        if name not in DATA_PRIBADI and name != "foto":
            raise UnknownPath(f"/data_pribadi/{name}")
        person = self._person(id_sdm)
        if name == "foto":
            sent = self.uploads.photos.get(id_sdm) if self.uploads else None
            body = (
                Binary(sent.data, sent.media_type)
                if sent
                else Binary(photo_png(id_sdm), "image/png")
            )
            return Resolved("/data_pribadi/foto", id_sdm, body)
        return Resolved(f"/data_pribadi/{name}", id_sdm, person.data_pribadi(name))

    def _rows(self, family: str, person: SdmPerson) -> list[dict[str, Any]]:
        if family in LIST_ITEM_KEYS:
            return person.details(family)
        return self.world.activities.of(self.world.activities.place[person.id_sdm]).records[family]

    def _list(self, family: str, query: Any) -> Resolved:
        person = self._person(_required(query, "id_sdm", "ID SDM"))
        rows = self._rows(family, person)
        smt = query.get("id_semester")
        if family in BY_SEMESTER and smt:
            if family == "pengajaran":
                rows = [r for r in rows if r["id_semester"] == smt]
            else:
                name = ref.semester_name(smt) if len(smt) == 5 and smt.isdigit() else ""
                rows = [r for r in rows if r["semester"] == name]
        if family in PAGED:
            page = _positive(query, "page", 1)
            per_page = _positive(query, "per_page", 100)
            rows = rows[(page - 1) * per_page : page * per_page]
        keys = LIST_ITEM_KEYS.get(family) or item_keys(family)
        return Resolved(f"/{family}", person.id_sdm, [{k: r.get(k) for k in keys} for r in rows])

    def _find(self, family: str, record_id: str) -> tuple[SdmPerson, dict[str, Any]]:
        if family in LIST_ITEM_KEYS:
            hit = self.world.records[family].get(record_id)
        else:
            hit = self.world.activities.find(family, record_id)
        if hit is None:
            raise _unknown_id(record_id)
        return hit

    def _detail(self, family: str, record_id: str) -> Resolved:
        person, row = self._find(family, record_id)
        return Resolved(f"/{family}/{{id}}", person.id_sdm, row)

    def _kolaborator(self, rest: list[str], query: Any) -> Resolved:
        rows = self.world.activities.external
        if not rest:
            nama = (query.get("nama") or "").strip().casefold()
            nik = (query.get("nik") or "").strip()
            if nama:
                rows = [r for r in rows if nama in r["nama"].casefold()]
            if nik:
                rows = [r for r in rows if r["nik"] == nik]
            keys = item_keys("kolaborator_eksternal")
            return Resolved("/kolaborator_eksternal", None, [{k: r[k] for k in keys} for r in rows])
        if len(rest) == 1:
            row = next((r for r in rows if r["id"] == rest[0]), None)
            if row is None:
                raise _unknown_id(rest[0])
            return Resolved("/kolaborator_eksternal/{id}", None, row)
        raise UnknownPath("/kolaborator_eksternal/" + "/".join(rest))

    # --- BKD --------------------------------------------------------------------------------

    def _bkd(self, name: str, query: Any) -> Resolved:
        if name != "laporan_akhir_bkd" and name not in BKD_UNSUR:
            raise UnknownPath(f"/bkd/{name}")
        person = self._person(_required(query, "id_sdm", "ID SDM"))
        index = self.world.activities.place[person.id_sdm]
        bundle = self.world.activities.of(index)
        facts = self.world.facts[index]
        semesters = [s for s in bundle.semesters if s >= "20161"] if facts.jabfung else []
        if name == "laporan_akhir_bkd":
            body = [self._laporan(person, facts, s) for s in semesters]
            return Resolved("/bkd/laporan_akhir_bkd", person.id_sdm, body)
        smt = _required(query, "id_smt", "ID semester")
        unsur, source = BKD_UNSUR[name]
        rows: list[dict[str, Any]] = []
        if smt in semesters:
            for r in bundle.records[source]:
                if source == "pengajaran":
                    hit = r["id_semester"] == smt
                elif source == "bimbingan_mahasiswa":
                    hit = r["semester"] == ref.semester_name(smt)
                else:
                    year = r.get("tahun_pelaksanaan") or int(str(r.get("tanggal_mulai"))[:4])
                    hit = year == int(smt[:4]) + (smt[4] == "2")
                if hit:
                    rows.append(self._bkd_row(person, smt, unsur, source, r))
        return Resolved(f"/bkd/{name}", person.id_sdm, rows)

    def _bkd_row(
        self, person: SdmPerson, smt: str, unsur: str, source: str, r: dict[str, Any]
    ) -> dict[str, Any]:
        kategori = {k["id"]: k["nama"] for k in ref.national()["kategori_kegiatan"]}
        katgiat = r.get("id_kategori_kegiatan")
        katgiat = int(katgiat) if katgiat else ref.KATEGORI_OTHER[source]
        sks = float(r.get("sks") or (1.0 if source != "penelitian" else 2.0))
        return {
            "nm_sdm": person.referensi["nama_sdm"],
            "nidn": person.referensi["nidn"] or "",
            "id_smt": smt,
            "unsur": unsur,
            "judul_keg": r.get("mata_kuliah") or r.get("judul") or r.get("nama") or "",
            "id_katgiat": katgiat,
            "nm_kat": kategori[katgiat],
            "beban_sks": sks,
            "nilai": sks,
        }

    def _laporan(self, person: SdmPerson, facts: Any, smt: str) -> dict[str, Any]:
        ajar = sum(
            float(r["sks"]) for r in self._rows("pengajaran", person) if r["id_semester"] == smt
        )
        jab_ids = {name: i for i, name, _ in v.JABATAN_FUNGSIONAL}
        start = f"{smt[:4]}-08-01" if smt[4] == "1" else f"{int(smt[:4]) + 1}-02-01"
        held = [s for s in facts.jabfung if s.start.isoformat() <= start] or facts.jabfung[:1]
        lit = (
            3.0
            if any(
                r.get("tahun_pelaksanaan") == int(smt[:4]) for r in self._rows("penelitian", person)
            )
            else 1.0
        )
        total = ajar + lit + 2.0
        penugasan = person.details("penugasan")
        return {
            "id_reg_ptk": penugasan[-1]["id"] if penugasan else person.id_sdm,
            "id_smt": smt,
            "sks_kinerja_ajar": f"{ajar:.4f}",
            "sks_lebih_ajar": f"{max(0.0, ajar - 12):.4f}",
            "sks_kinerja_didik": "0.0000",
            "sks_lebih_didik": "0.0000",
            "sks_kinerja_lit": f"{lit:.4f}",
            "sks_lebih_lit": "0.0000",
            "sks_kinerja_pengmas": "1.0000",
            "sks_lebih_pengmas": "0.0000",
            "sks_kinerja_penunjang": "1.0000",
            "sks_lebih_tunjang": "0.0000",
            "sks_kinerja": f"{total:.4f}",
            "sks_lebih": f"{max(0.0, total - 16):.4f}",
            "stat_kewajiban": "1",
            "stat_tugas": "A",
            "stat_belajar": "N",
            "id_jabfung": str(jab_ids[held[-1].name]),
            "simpulan_asesor": "M" if total >= 12 else "T",
        }


def _positive(query: Any, name: str, default: int) -> int:
    text = query.get(name)
    if text is None or text == "":
        return default
    try:
        value = int(text)
    except ValueError:
        raise Refusal(400, _BAD_INPUT, f"Parameter {name} harus bilangan bulat") from None
    if value < 1:
        raise Refusal(400, _BAD_INPUT, f"Parameter {name} minimal 1")
    return value


@functools.lru_cache(maxsize=1024)
def photo_png(seed_text: str) -> bytes:
    """A pas foto: a head-and-shoulders silhouette on the red or blue background of an
    Indonesian passport photo, the shade different per person (always a valid PNG)."""
    digest = zlib.crc32(seed_text.encode())
    shade = 150 + (digest & 0x3F)
    background = bytes((shade, 40, 40)) if digest & 0x100 else bytes((40, 70, shade))
    figure = bytes((70, 70, 76))
    width, height = 48, 64

    def inside(x: int, y: int) -> bool:
        head = ((x - 24) / 11) ** 2 + ((y - 25) / 13) ** 2 <= 1
        neck = 19 <= x <= 29 and 30 <= y <= 46
        shoulders = ((x - 24) / 23) ** 2 + ((y - 68) / 26) ** 2 <= 1
        return head or neck or shoulders

    raw = b"".join(
        b"\x00" + b"".join(figure if inside(x, y) else background for x in range(width))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _pdf(title: str) -> bytes:
    """A one-page PDF naming the document: what a download of an uploaded file gives."""
    text = title.replace("\\", "").replace("(", "").replace(")", "")
    stream = f"BT /F1 14 Tf 72 720 Td ({text}) Tj ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)
