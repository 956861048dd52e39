"""Valid write bodies for every family, made from our own body table and a world's data.

Every field is sent (the service wants them all), each with a real value: the first row of
its reference list, a lecturer of the world as owner and author, a student of a study
programme, a partner of ``kolaborator_eksternal``. Tests change one field to break one rule.
"""

from __future__ import annotations

from typing import Any

from sister_desktop.sandbox import referensi as ref
from sister_desktop.sandbox.dataset import World
from sister_desktop.sandbox.write_bodies import Field, fields


class Samples:
    def __init__(self, world: World, id_sdm: str, documents: list[str] | None = None) -> None:
        self.world = world
        self.id_sdm = id_sdm
        self.documents = documents or []

    def body(self, name: str, menu: str | None = None) -> dict[str, Any]:
        return {f.name: self.value(f, menu) for f in fields(name)}

    def value(self, field: Field, menu: str | None) -> Any:
        kind = field.kind
        if kind == "objs":
            assert field.sub is not None
            item = self.body(field.sub, menu)
            if "peran" in item and field.sub.startswith("ANGGOTA"):
                item["peran"] = "K" if field.sub == "ANGGOTA_DOSEN" else "A"
            return [item]
        if kind == "ids":
            if field.ref == "dokumen":
                return list(self.documents)
            if field.ref == "dudi":
                return [ref.national()["dudi"][0]["id"]]
            return []
        if field.ref:
            return self.reference(field.ref, menu)
        if field.enum:
            return int(field.enum[0]) if kind == "i" else field.enum[0]
        if kind == "s":
            if field.name.startswith("terhitung"):
                return "2024-01-01" if "mulai" in field.name else "2027-01-01"
            text = f"Contoh {field.name.replace('_', ' ')}"
            return text[: field.max_length] if field.max_length else text
        return {
            "d": "2024-03-01",
            "u": "0b6e8a55-35c4-4a93-9d8a-5f7b2f0f4c11",
            "i": 2024 if field.name.startswith("tahun") else 1,
            "n": 1.5,
            "b": False,
            "email": "contoh@kampus.ac.id",
            "url": "https://kampus.ac.id/berkas/contoh.pdf",
        }[kind]

    def reference(self, name: str, menu: str | None) -> Any:
        world = self.world
        if name == "sdm":
            return self.id_sdm
        if name == "kategori":
            leaves = ref.kategori_leaves(menu) if menu else ref.national()["kategori_kegiatan"]
            return leaves[0]["id"]
        if name == "perguruan_tinggi":
            return world.pt_id
        if name == "unit_kerja":
            return next(u["id"] for u in world.units if u["id_jenis_unit"] == 3)
        if name == "kelompok_bidang":
            return ref.national()["kelompok_bidang_iptek"][0]["id"]
        if name == "wilayah":
            return ref.wilayah(2)[0]["id"]
        if name == "litabmas":
            return self.research()
        if name == "mahasiswa":
            prodi = next(u["nama"] for u in world.units if u["id_jenis_unit"] == 3)
            return world.mahasiswa(prodi)[0]["id_mahasiswa"]
        if name == "kolaborator":
            return world.activities.external[0]["id"]
        return ref.national()[name][0]["id"]

    def research(self) -> str:
        """A penelitian of somebody in the world (the most prolific lecturer has some)."""
        place = self.world.activities.prolific
        assert place is not None
        rows = self.world.activities.of(place).records["penelitian"]
        return str(rows[0]["id"])
