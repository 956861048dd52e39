"""The writes SISTER accepts, applied to the world the reads come from.

Every operation validates its body (``write_rules``), then either applies it (the record is
in the next list, detail and BKD answer) or, for a Basic credential on a verified family,
files an ajuan (``*/ajuan``) and leaves the master record as it was. Each applied write is
recorded in ``applied`` so a test can tell a write applied once from one applied twice.

The answers are ``Outcome``s (status and JSON body, ``None`` for an empty 204); the app turns
them into HTTP and wraps them with the write faults.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from sister_desktop.sandbox.activities import AJUAN
from sister_desktop.sandbox.dataset import LIST_ITEM_KEYS
from sister_desktop.sandbox.mutations import insert_record, list_row, remove_record
from sister_desktop.sandbox.routes import Refusal
from sister_desktop.sandbox.write_families import (
    BKD_FAMILIES,
    DATA_PRIBADI_BODIES,
    WriteFamily,
)
from sister_desktop.sandbox.write_records import RecordBuilder, data_pribadi
from sister_desktop.sandbox.write_rules import Validator, refuse

if TYPE_CHECKING:
    from sister_desktop.sandbox.dataset import SdmPerson, World

Row = dict[str, Any]
BASIC = "Sister-WS Basic"
PRO = "Sister-WS Pro"
_WIB = timezone(timedelta(hours=7))
BKD_REASON = "Data tidak bisa diubah atau dihapus karena sedang digunakan untuk BKD"
PAK_REASON = (
    "Data tidak bisa diubah atau dihapus karena sedang digunakan untuk Pengajuan Angka Kredit"
)


@dataclass(frozen=True)
class Outcome:
    status: int
    body: Any = None  # None: an empty answer (204)


@dataclass
class Upload:
    """A file sent to ``/dokumen`` or ``/data_pribadi/foto``: what a download gives back."""

    data: bytes
    media_type: str


@dataclass
class WriteState:
    """What the writes added beside the world's records (files, locks, the record of writes)."""

    files: dict[str, Upload] = field(default_factory=dict)
    photos: dict[str, Upload] = field(default_factory=dict)
    created: set[str] = field(default_factory=set)
    locks: dict[str, str] = field(default_factory=dict)
    unlocked: set[str] = field(default_factory=set)
    ajuan_data_pribadi: list[Row] = field(default_factory=list)
    applied: list[Row] = field(default_factory=list)


def not_found(record_id: str) -> Refusal:
    return Refusal(404, "Data tidak ditemukan", f"ID {record_id} tidak ditemukan")


def forbidden(reason: str) -> Refusal:
    return Refusal(403, "Tidak dapat disimpan", reason)


class Writes:
    def __init__(self, world: World) -> None:
        self.world = world
        self.state = WriteState()
        self.validator = Validator(world)
        self.builder = RecordBuilder(world)
        self._lock = threading.Lock()
        self._rng = random.Random(f"sister-sandbox-writes/{world.seed}")

    # --- the record of applied writes and the locks (the test API) -------------------------

    def applied(self) -> list[Row]:
        """Every write applied so far, oldest first (copies): ``seq, method, path`` (the spec's
        template), ``id`` (the record written; None for a Basic POST), ``id_sdm``, ``ajuan``
        (the ``*/ajuan`` list a Basic write was filed in, else None), ``id_ajuan``, ``fault``
        (the write fault it met, else None) and ``at`` (seconds since the epoch)."""
        with self._lock:
            return [dict(row) for row in self.state.applied]

    def count(self) -> int:
        return len(self.state.applied)

    def annotate_since(self, start: int, **facts: Any) -> None:
        """Add ``facts`` to the writes recorded after the first ``start`` (a fault met)."""
        with self._lock:
            for entry in self.state.applied[start:]:
                entry.update(facts)

    def record(self, method: str, path: str, **facts: Any) -> None:
        with self._lock:
            entry: Row = {"seq": len(self.state.applied) + 1, "method": method, "path": path}
            entry.update({"id": None, "id_sdm": None, "ajuan": None, "id_ajuan": None})
            entry.update(facts)
            entry["fault"] = None
            entry["at"] = time.time()
            self.state.applied.append(entry)

    def lock(self, record_id: str, reason: str = BKD_REASON) -> None:
        """Mark a record used in BKD or a PAK: its PUT and DELETE answer 403 with ``reason``."""
        self.state.unlocked.discard(record_id)
        self.state.locks[record_id] = reason

    def unlock(self, record_id: str) -> None:
        self.state.locks.pop(record_id, None)
        self.state.unlocked.add(record_id)

    def locked(self, family: str, record_id: str) -> str | None:
        """Why ``record_id`` may not change, or None. One in eight records drawn with the
        world is marked (a record created through the API never is), plus ``lock()``."""
        state = self.state
        if record_id in state.locks:
            return state.locks[record_id]
        if record_id in state.unlocked or record_id in state.created:
            return None
        if family in ("kolaborator_eksternal", "dokumen"):
            return None  # nobody's BKD or PAK: only an explicit lock()
        if zlib.crc32(record_id.encode()) % 8 == 0:
            return BKD_REASON if family in BKD_FAMILIES else PAK_REASON
        return None

    # --- helpers ----------------------------------------------------------------------------

    def new_id(self, index: int) -> str:
        bits = (self._rng.getrandbits(128) & ~0xFFFF) | index
        return str(uuid.UUID(int=bits, version=4))

    def place(self, id_sdm: str) -> int:
        return self.world.activities.place[id_sdm]

    def find(self, family: str, record_id: str) -> tuple[SdmPerson, Row]:
        world = self.world
        if family == "kolaborator_eksternal":
            row = next((r for r in world.activities.external if r["id"] == record_id), None)
            if row is None:
                raise not_found(record_id)
            return world.sdm[0], row
        if family in LIST_ITEM_KEYS:
            hit = world.records[family].get(record_id)
        else:
            hit = world.activities.find(family, record_id)
        if hit is None:
            raise not_found(record_id)
        return hit

    def _owner(self, spec: WriteFamily, body: Row) -> str:
        if spec.owner == "id_sdm":
            return str(body["id_sdm"])
        people = body.get(spec.owner) or []
        if not people:
            raise refuse(f"{spec.owner} harus berisi minimal satu dosen perguruan tinggi ini")
        if spec.owner == "anggota_dosen":  # the record is the ketua's
            leader = next((p for p in people if p.get("peran") == "K"), people[0])
        else:  # the first author's
            leader = min(people, key=lambda p: p.get("no_urut") or len(people) + 1)
        return str(leader["id_sdm"])

    def _ajuan(
        self,
        spec: WriteFamily,
        id_sdm: str,
        jenis: str,
        master: str | None,
        old: Row | None,
        new: Row | None,
        documents: list[str],
    ) -> Row:
        """File an ajuan (Diajukan) of the person in ``spec.ajuan``."""
        index = self.place(id_sdm)
        now = datetime.now(_WIB).replace(microsecond=0)
        detail: dict[str, str] = {}
        keys = [k for k in (new or old or {}) if k not in ("id", "id_sdm", "dokumen")]
        for key in keys:
            before = None if old is None else old.get(key)
            after = None if new is None else new.get(key)
            if jenis == "Ubah" and before == after:
                continue
            if before is not None and jenis != "Baru":
                detail[f"{key}_lama"] = _text(before)
            if after is not None and jenis != "Hapus":
                detail[f"{key}_baru"] = _text(after)
        row: Row = {
            "id": self.new_id(index),
            "id_data_master": master,
            "id_sdm": id_sdm,
            "tanggal_ajuan": now.isoformat(),
            "tanggal_verifikasi": None,
            "jenis_ajuan": jenis,
            "keterangan": None,
            "umur": 0,
            "status": "Diajukan",
            "detail_perubahan": detail,
            "dokumen": self.builder.documents(documents),
        }
        assert spec.ajuan in AJUAN
        insert_record(self.world, index, spec.ajuan, row)
        self.state.created.add(row["id"])
        return row

    # --- the family records: POST, PUT, DELETE ----------------------------------------------

    def create(self, spec: WriteFamily, body: Any, role: str) -> Outcome:
        self.validator.check(body, spec.body, spec.menu)
        if spec.family == "kolaborator_eksternal":
            return self._create_partner(spec, body)
        id_sdm = self._owner(spec, body)
        index = self.place(id_sdm)
        row = self.builder.build(spec.family, spec.body, body, None, id_sdm)
        row["id"] = self.new_id(index)
        if spec.duplicate:
            self._refuse_duplicate(spec, index, row)
        if spec.ajuan and role == BASIC:
            filed = self._ajuan(spec, id_sdm, "Baru", None, None, row, body.get("dokumen") or [])
            self.record(
                "POST",
                f"/{spec.path}",
                id=None,
                id_sdm=id_sdm,
                ajuan=spec.ajuan,
                id_ajuan=filed["id"],
            )
            return Outcome(204)
        insert_record(self.world, index, spec.family, row)
        self.state.created.add(row["id"])
        self.record("POST", f"/{spec.path}", id=row["id"], id_sdm=id_sdm, ajuan=None)
        return Outcome(200, {"id": row["id"]})

    def _create_partner(self, spec: WriteFamily, body: Row) -> Outcome:
        """A kolaborator eksternal: nobody's record, one list for the whole service."""
        rows = self.world.activities.external
        new = self.builder.build(spec.family, spec.body, body, None, "")
        for existing in rows:
            if existing["nama"] == new["nama"] and existing["nik"] == new["nik"]:
                raise Refusal(
                    409, "Data yang di-input sudah ada (duplikat)", f"Existing ID: {existing['id']}"
                )
        new["id"] = str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
        rows.append(new)
        self.state.created.add(new["id"])
        self.record("POST", f"/{spec.path}", id=new["id"], id_sdm=None, ajuan=None)
        return Outcome(200, {"id": new["id"]})

    def _refuse_duplicate(self, spec: WriteFamily, index: int, row: Row) -> None:
        from sister_desktop.sandbox.mutations import person_lists

        mine = {k: v for k, v in list_row(spec.family, row).items() if k != "id"}
        for existing in person_lists(self.world, index)[spec.family]:
            theirs = {k: v for k, v in list_row(spec.family, existing).items() if k != "id"}
            if theirs == mine:
                raise Refusal(
                    409, "Data yang di-input sudah ada (duplikat)", f"Existing ID: {existing['id']}"
                )

    def update(self, spec: WriteFamily, record_id: str, body: Any, role: str) -> Outcome:
        person, old = self.find(spec.family, record_id)
        self.validator.check(body, spec.body, spec.menu)
        reason = self.locked(spec.family, record_id)
        if reason:
            raise forbidden(reason)
        if spec.family == "kolaborator_eksternal":
            new = self.builder.build(spec.family, spec.body, body, old, "")
            old.clear()
            old.update(new)
            self.record("PUT", f"/{spec.path}/{{id}}", id=record_id, id_sdm=None, ajuan=None)
            return Outcome(200, old)
        id_sdm = person.id_sdm
        if spec.owner == "id_sdm" and body["id_sdm"] != id_sdm:
            raise refuse(f"id_sdm {body['id_sdm']} bukan pemilik data {record_id}")
        new = self.builder.build(spec.family, spec.body, body, old, id_sdm)
        if spec.ajuan and role == BASIC:
            filed = self._ajuan(
                spec, id_sdm, "Ubah", record_id, old, new, body.get("dokumen") or []
            )
            self.record(
                "PUT",
                spec.path,
                id=record_id,
                id_sdm=id_sdm,
                ajuan=spec.ajuan,
                id_ajuan=filed["id"],
            )
            return Outcome(204)
        old.clear()
        old.update(new)
        self.record("PUT", f"/{spec.path}/{{id}}", id=record_id, id_sdm=id_sdm, ajuan=None)
        return Outcome(200, old)

    def delete(self, spec: WriteFamily, record_id: str, body: Any, role: str) -> Outcome:
        person, old = self.find(spec.family, record_id)
        documents: list[str] = []
        if body is not None:
            self.validator.check(body, "AjuanHapus")
            documents = body["dokumen"]
        reason = self.locked(spec.family, record_id)
        if reason:
            raise forbidden(reason)
        if spec.ajuan and role == BASIC:
            filed = self._ajuan(spec, person.id_sdm, "Hapus", record_id, old, None, documents)
            self.record(
                "DELETE",
                spec.path,
                id=record_id,
                id_sdm=person.id_sdm,
                ajuan=spec.ajuan,
                id_ajuan=filed["id"],
            )
            return Outcome(204)
        if spec.family == "kolaborator_eksternal":
            self.world.activities.external.remove(old)
            self.record("DELETE", f"/{spec.path}/{{id}}", id=record_id, id_sdm=None, ajuan=None)
            return Outcome(204)
        remove_record(self.world, spec.family, record_id)
        if spec.family in AJUAN or spec.family not in LIST_ITEM_KEYS:
            bundle = self.world.activities.of(self.place(person.id_sdm))
            bundle.bidang_ilmu.pop(record_id, None)
        self.record(
            "DELETE", f"/{spec.path}/{{id}}", id=record_id, id_sdm=person.id_sdm, ajuan=None
        )
        return Outcome(204)

    # --- bidang ilmu, data pribadi ----------------------------------------------------------

    def put_bidang_ilmu(self, family: str, record_id: str, body: Any) -> Outcome:
        person, _row = self.find(family, record_id)
        ids = self.validator.check_ids(body, "kelompok_bidang", "bidang_ilmu")
        rows = _groups(ids)
        bundle = self.world.activities.of(self.place(person.id_sdm))
        bundle.bidang_ilmu[record_id] = rows
        self.record(
            "PUT", f"/{family}/{{id}}/bidang_ilmu", id=record_id, id_sdm=person.id_sdm, ajuan=None
        )
        return Outcome(200, rows)

    def put_data_pribadi(self, name: str, id_sdm: str, body: Any, role: str) -> Outcome:
        person = self.world.person(id_sdm)
        if person is None:
            raise not_found(id_sdm)
        if name == "bidang_ilmu":
            ids = self.validator.check_ids(body, "kelompok_bidang", "bidang_ilmu")
            person.bidang_ilmu[:] = _groups(ids)
            self.record(
                "PUT", "/data_pribadi/bidang_ilmu/{id_sdm}", id=id_sdm, id_sdm=id_sdm, ajuan=None
            )
            return Outcome(200, person.bidang_ilmu)
        self.validator.check(body, DATA_PRIBADI_BODIES[name])
        current = person.data_pribadi(name)
        new = data_pribadi(self.world, name, current, body)
        if role == BASIC:
            now = datetime.now(_WIB).replace(microsecond=0)
            detail = {}
            for key, after in new.items():
                before = current.get(key)
                if before != after:
                    if before is not None:
                        detail[f"{key}_lama"] = _text(before)
                    if after is not None:
                        detail[f"{key}_baru"] = _text(after)
            filed = {
                "id": self.new_id(self.place(id_sdm)),
                "id_data_master": id_sdm,
                "id_sdm": id_sdm,
                "data": name,
                "tanggal_ajuan": now.isoformat(),
                "tanggal_verifikasi": None,
                "jenis_ajuan": "Ubah",
                "keterangan": None,
                "umur": 0,
                "status": "Diajukan",
                "detail_perubahan": detail,
                "dokumen": self.builder.documents(body.get("dokumen") or []),
            }
            self.state.ajuan_data_pribadi.insert(0, filed)
            self.record(
                "PUT",
                f"data_pribadi/{name}",
                id=id_sdm,
                id_sdm=id_sdm,
                ajuan="data_pribadi/ajuan",
                id_ajuan=filed["id"],
            )
            return Outcome(204)
        current.clear()
        current.update(new)
        self.record("PUT", f"/data_pribadi/{name}/{{id_sdm}}", id=id_sdm, id_sdm=id_sdm, ajuan=None)
        return Outcome(200, current)

    def put_photo(self, id_sdm: str, upload: Upload | None) -> Outcome:
        if self.world.person(id_sdm) is None:
            raise not_found(id_sdm)
        if upload is None or not upload.data:
            raise refuse("file harus diisi (JPG atau PNG)")
        kind = _image_type(upload.data)
        if kind is None:
            raise refuse("file harus berupa gambar JPG atau PNG")
        self.state.photos[id_sdm] = Upload(upload.data, kind)
        self.record("POST", "/data_pribadi/foto/{id_sdm}", id=id_sdm, id_sdm=id_sdm, ajuan=None)
        return Outcome(204)


def _groups(ids: list[str]) -> list[Row]:
    from sister_desktop.sandbox import referensi as ref

    names = {
        r["id"]: r["nama"]
        for r in ref.national()["kelompok_bidang_iptek"] + ref.national()["kelompok_bidang_umum"]
    }
    return [
        {"urutan": n + 1, "id_kelompok_bidang": i, "kelompok_bidang": names[i]}
        for n, i in enumerate(ids)
    ]


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v.get("nama", v)) if isinstance(v, dict) else str(v) for v in value)
    return str(value)


def _image_type(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None
