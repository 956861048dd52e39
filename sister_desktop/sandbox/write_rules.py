"""One validator for every write body: the contract's rules, answered as the live service does.

Each rule refuses with 400 and a ``detail`` that names the field (``Refusal``): a field added
or left out, a required one empty, a wrong type, text past its ``maxLength``, a value outside
its enum, a date not ``yyyy-mm-dd``, a reference id absent from its ``referensi`` list, an
``id_sdm`` not of this PT. The bodies are described in ``write_bodies``.
"""

from __future__ import annotations

import re
import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from sister_desktop.sandbox import referensi as ref
from sister_desktop.sandbox.routes import Refusal
from sister_desktop.sandbox.write_bodies import Field, fields

if TYPE_CHECKING:
    from sister_desktop.sandbox.dataset import World

BAD_INPUT = "Input data tidak valid"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: Reference lists that are plain ``referensi/<name>`` lists of the same name.
_PLAIN = frozenset(ref.PLAIN_LISTS) | {"media_publikasi"}


def refuse(detail: str) -> Refusal:
    return Refusal(400, BAD_INPUT, detail)


class References:
    """Whether an id exists where a field's ``@list`` says it must."""

    def __init__(self, world: World) -> None:
        self.world = world
        self._ids: dict[str, frozenset[Any]] = {}

    def _list_ids(self, name: str) -> frozenset[Any]:
        ids = self._ids.get(name)
        if ids is None:
            world = self.world
            if name in _PLAIN:
                rows = ref.national()[name]
            elif name == "perguruan_tinggi":
                rows = world.reference("perguruan_tinggi")
            elif name == "unit_kerja":
                rows = world.units
            elif name == "kelompok_bidang":
                rows = (
                    ref.national()["kelompok_bidang_iptek"] + ref.national()["kelompok_bidang_umum"]
                )
            elif name == "wilayah":
                rows = ref.wilayah(2)
            elif name == "kategori":
                rows = ref.national()["kategori_kegiatan"]
            elif name == "sdm":
                rows = [{"id": p.id_sdm} for p in world.sdm]
            else:
                raise KeyError(name)
            ids = self._ids[name] = frozenset(r["id"] for r in rows)
        return ids

    def exists(self, name: str, value: Any, menu: str | None) -> bool:
        world = self.world
        if name == "kategori" and menu is not None:
            return any(r["id"] == value for r in ref.kategori_leaves(menu))
        if name == "litabmas":
            found = world.activities.find("penelitian", str(value))
            return found is not None or world.activities.find("pengabdian", str(value)) is not None
        if name == "dokumen":
            return world.activities.find("dokumen", str(value)) is not None
        if name == "kolaborator":
            return any(r["id"] == value for r in world.activities.external)
        if name == "mahasiswa":
            return any(
                s["id_mahasiswa"] == value
                for u in world.units
                if u["id_jenis_unit"] == 3
                for s in world.mahasiswa(u["nama"])
            )
        return value in self._list_ids(name)


class Validator:
    def __init__(self, world: World) -> None:
        self.references = References(world)

    def check(self, body: Any, name: str, menu: str | None = None, label: str = "") -> None:
        """Refuse ``body`` unless it is exactly the ``name`` body with valid values."""
        if not isinstance(body, dict):
            raise refuse(f"{label or 'Body'} harus berupa objek JSON")
        spec = fields(name)
        known = {f.name for f in spec}
        extra = sorted(set(body) - known)
        if extra:
            raise refuse(f"Field {label}{extra[0]} tidak dikenal")
        for field in spec:
            if field.name not in body:
                raise refuse(f"Field {label}{field.name} harus dikirim (boleh kosong)")
            self._value(field, body[field.name], menu, label)

    def check_ids(self, body: Any, list_name: str, label: str) -> list[str]:
        """A body that is a bare list of UUIDs from ``list_name`` (the bidang ilmu PUTs)."""
        if not isinstance(body, list):
            raise refuse(f"{label} harus berupa array ID")
        for n, value in enumerate(body):
            self._value(Field(f"{label}[{n}]", "u", True, ref=list_name), value, None, "")
        if len(set(body)) != len(body):
            raise refuse(f"{label} berisi ID yang sama lebih dari sekali")
        return list(body)

    def _value(self, field: Field, value: Any, menu: str | None, label: str) -> None:
        name = label + field.name
        if value is None:
            if field.required and not field.nullable:
                raise refuse(f"{name} harus diisi")
            return
        if value == "" or value == []:
            if field.required and field.kind != "objs":
                raise refuse(f"{name} harus diisi")
            if value == "":
                return
        kind = field.kind
        if kind in ("s", "d", "u", "email", "url"):
            if not isinstance(value, str):
                raise refuse(f"{name} harus berupa teks")
            if field.max_length is not None and len(value) > field.max_length:
                raise refuse(f"{name} maksimal {field.max_length} karakter")
            if kind == "d" and not _is_date(value):
                raise refuse(f"{name} harus berupa tanggal yyyy-mm-dd")
            if kind == "u" and not _is_uuid(value):
                raise refuse(f"{name} harus berupa UUID")
            if kind == "email" and not _EMAIL.match(value):
                raise refuse(f"{name} harus berupa alamat e-mail")
            if kind == "url" and not value.startswith(("http://", "https://")):
                raise refuse(f"{name} harus berupa URL")
        elif kind == "i":
            if isinstance(value, bool) or not isinstance(value, int):
                raise refuse(f"{name} harus berupa bilangan bulat")
        elif kind == "n":
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise refuse(f"{name} harus berupa angka")
        elif kind == "b":
            if not isinstance(value, bool):
                raise refuse(f"{name} harus berupa true atau false")
        elif kind == "ids":
            if not isinstance(value, list):
                raise refuse(f"{name} harus berupa array ID")
            for n, item in enumerate(value):
                self._value(
                    Field(f"{field.name}[{n}]", "u", True, ref=field.ref), item, menu, label
                )
            return
        elif kind == "objs":
            if not isinstance(value, list):
                raise refuse(f"{name} harus berupa array objek")
            assert field.sub is not None
            for n, item in enumerate(value):
                self.check(item, field.sub, menu, f"{name}[{n}].")
            return
        if field.enum is not None and str(value) not in field.enum:
            raise refuse(f"{name} harus salah satu dari: {', '.join(field.enum)}")
        optional_zero = value == 0 and not field.required and not isinstance(value, bool)
        if field.ref and not optional_zero and not self.references.exists(field.ref, value, menu):
            if field.ref == "sdm":
                raise refuse(f"{name} {value} bukan SDM perguruan tinggi ini")
            raise refuse(f"{name} {value} tidak ditemukan di referensi {field.ref}")


def _is_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text.lower()
    except ValueError:
        return False
