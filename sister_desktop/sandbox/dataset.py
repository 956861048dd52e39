"""The world the sandbox serves: one perguruan tinggi, its units and its SDM, as SISTER has them.

Deterministic from ``seed`` and ``size``. Every answer body is built once here, already in the
spec's shape, so serving a request is a dictionary lookup. The campus's own view of the same
people (``campus_rows()``) and the truth linking them live in ``campus.py``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sister_desktop.sandbox import referensi as ref
from sister_desktop.sandbox import vocabulary as v
from sister_desktop.sandbox.activities import Activities
from sister_desktop.sandbox.people import TODAY, Person, PersonFactory, new_uuid

if TYPE_CHECKING:
    from sister_desktop.sandbox.mutations import Mutations

#: Per-person list endpoints and the keys their list items carry (the detail adds the rest).
LIST_ITEM_KEYS: dict[str, tuple[str, ...]] = {
    "penugasan": (
        "id",
        "status_kepegawaian",
        "ikatan_kerja",
        "unit_kerja",
        "jenjang_pendidikan",
        "perguruan_tinggi",
        "tanggal_mulai",
        "tanggal_keluar",
    ),
    "jabatan_fungsional": ("id", "jabatan_fungsional", "sk", "tanggal_mulai"),
    "kepangkatan": ("id", "pangkat_golongan", "sk", "tanggal_mulai"),
    "pendidikan_formal": (
        "id",
        "jenjang_pendidikan",
        "gelar_akademik",
        "bidang_studi",
        "nama_perguruan_tinggi",
        "tahun_lulus",
        "jenis_ajuan",
    ),
    "sertifikasi_dosen": (
        "id",
        "jenis_sertifikasi",
        "bidang_studi",
        "tahun_sertifikasi",
        "sk_sertifikasi",
        "nomor_registrasi",
    ),
}
#: The most SDM a world holds: a record id keeps its person's place in 16 bits.
MAX_SIZE = 0xFFFF
#: The ``/data_pribadi/<name>/{id_sdm}`` datasets.
DATA_PRIBADI = (
    "profil",
    "kependudukan",
    "kepegawaian",
    "alamat",
    "keluarga",
    "lain",
    "bidang_ilmu",
)


@dataclass
class SdmPerson:
    """One SDM as SISTER holds it: every per-person answer body, ready to serialise."""

    id_sdm: str
    jenis_sdm: str
    referensi: dict[str, Any]
    profil: dict[str, Any]
    kependudukan: dict[str, Any]
    kepegawaian: dict[str, Any]
    alamat: dict[str, Any]
    keluarga: dict[str, Any]
    lain: dict[str, Any]
    bidang_ilmu: list[dict[str, Any]]
    penugasan: list[dict[str, Any]] = field(default_factory=list)
    jabatan_fungsional: list[dict[str, Any]] = field(default_factory=list)
    kepangkatan: list[dict[str, Any]] = field(default_factory=list)
    pendidikan_formal: list[dict[str, Any]] = field(default_factory=list)
    sertifikasi_dosen: list[dict[str, Any]] = field(default_factory=list)

    def data_pribadi(self, name: str) -> Any:
        return getattr(self, name)

    def details(self, dataset: str) -> list[dict[str, Any]]:
        """The detail bodies of a per-person list dataset (``penugasan`` ...)."""
        return getattr(self, dataset)

    def items(self, dataset: str) -> list[dict[str, Any]]:
        """The list-endpoint bodies: the detail bodies cut to the list schema's keys."""
        keys = LIST_ITEM_KEYS[dataset]
        return [{k: d.get(k) for k in keys} for d in getattr(self, dataset)]

    @property
    def nama(self) -> str:
        return self.profil["nama"]


class World:
    """One PT and its people, with the campus's view and the truth (see ``campus.py``)."""

    def __init__(self, seed: int = 7, size: int = 300) -> None:
        if size < 1:
            raise ValueError("size must be at least 1")
        if size > MAX_SIZE:
            raise ValueError(f"size must be at most {MAX_SIZE}")  # record ids carry the place
        self.seed = seed
        self.size = size
        self.rng = random.Random(f"sister-sandbox/{seed}/{size}")
        rng = self.rng
        self.pt_id = new_uuid(rng)
        self.faculties = list(v.FACULTIES[: 3 if size < 100 else len(v.FACULTIES)])
        self.units = self._units()
        self.unit_ids = {u["nama"]: u["id"] for u in self.units}
        self.profil_pt = self._profil_pt()
        factory = PersonFactory(rng, self.faculties)
        self.factory = factory
        dosen = round(size * 0.8)
        kinds = ["Dosen"] * dosen + ["Tendik"] * (size - dosen)
        rng.shuffle(kinds)
        self.facts: list[Person] = [factory.person(kind) for kind in kinds]
        self._plant_sister_dirt()
        self.sdm: list[SdmPerson] = [self._sdm_person(i, p) for i, p in enumerate(self.facts)]
        self.by_id: dict[str, SdmPerson] = {p.id_sdm: p for p in self.sdm}
        self.records: dict[str, dict[str, tuple[SdmPerson, dict[str, Any]]]] = {
            name: {d["id"]: (p, d) for p in self.sdm for d in p.details(name)}
            for name in LIST_ITEM_KEYS
        }
        self.referensi_sdm = [p.referensi for p in self.sdm]
        # Everything below draws from streams of its own: the data above never changes.
        self.activities = Activities(self)
        self._students: dict[str, list[dict[str, Any]]] = {}

    # --- public API -------------------------------------------------------------------------

    def person(self, id_sdm: str) -> SdmPerson | None:
        return self.by_id.get(id_sdm)

    def record(self, dataset: str, record_id: str) -> dict[str, Any] | None:
        """A detail body of ``penugasan``/``jabatan_fungsional``/... by its id, or None."""
        hit = self.records[dataset].get(record_id)
        return hit[1] if hit else None

    def mutate(
        self, fraction: float, seed: int = 1, families: tuple[str, ...] | None = None
    ) -> Mutations:
        """Edit, remove and add about ``fraction`` of the per-person list records, as SISTER's
        data moves between two syncs (deterministic from ``seed``; see ``mutations``)."""
        from sister_desktop.sandbox import mutations

        return mutations.mutate(self, fraction, seed, families)

    def reference(self, name: str) -> list[dict[str, Any]]:
        """A plain ``/referensi/<name>`` list; ``perguruan_tinggi`` leads with this PT."""
        if name == "perguruan_tinggi":
            own = {"id": self.pt_id, "nama": self.profil_pt["nama_perguruan_tinggi"]}
            return [own, *ref.national()["perguruan_tinggi"]]
        return ref.national()[name]

    def unit_detail(self, id_unit: str) -> list[dict[str, Any]]:
        """``/referensi/detail_unit_kerja``: the unit with its founding facts, or nothing."""
        unit = next((u for u in self.units if u["id"] == id_unit), None)
        if unit is None:
            return []
        rng = random.Random(f"sister-sandbox-unit/{self.seed}/{id_unit}")
        founded = 1982 + rng.randrange(30)
        is_prodi = unit["id_jenis_unit"] == 3
        parent = next((fac for fac, _key, prodis in self.faculties if unit["nama"] in prodis), None)
        return [
            {
                "id": unit["id"],
                "kode_unit": f"{rng.randrange(10000, 99999)}",
                "nama": unit["nama"],
                "id_jenis_unit": unit["id_jenis_unit"],
                "status_unit": "Aktif",
                "tanggal_berdiri": f"{founded}-08-17",
                "sk_penyelenggara": f"{rng.randrange(10, 999)}/D/O/{founded}",
                "tanggal_sk_penyelenggara": f"{founded}-07-01",
                "terhitung_mulai_tanggal_penyelenggara": f"{founded}-07-01",
                "terhitung_sampai_tanggal_penyelenggara": "",
                "sks_lulus": 144 if is_prodi else 0,
                "gelar_lulusan": "Sarjana" if is_prodi else "",
                "waktu_data_update": f"{TODAY.isoformat()} 08:00:00",
                "wilayah": [self.profil_pt["nama_wilayah"]],
                "jurusan": [parent] if parent else [],
            }
        ]

    def prodi(self, id_unit: str) -> str | None:
        """The name of a study programme unit (``id_jenis_unit`` 3) by id."""
        unit = next((u for u in self.units if u["id"] == id_unit), None)
        return unit["nama"] if unit and unit["id_jenis_unit"] == 3 else None

    def mahasiswa(self, prodi: str) -> list[dict[str, Any]]:
        """The students of a study programme as PDDikti lists them (drawn on first use)."""
        rows = self._students.get(prodi)
        if rows is None:
            rng = random.Random(f"sister-sandbox-mahasiswa/{self.seed}/{prodi}")
            rows = []
            for n in range(60):
                sex = rng.choice("LP")
                given = rng.choice(v.MALE_GIVEN if sex == "L" else v.FEMALE_GIVEN)
                year = TODAY.year - 1 - n % 6
                rows.append(
                    {
                        "id_mahasiswa": new_uuid(rng),
                        "nama_mahasiswa": f"{given} {rng.choice(v.FAMILY)}".upper(),
                        "nim": f"{year % 100:02d}{rng.randrange(10**7, 10**8)}",
                    }
                )
            self._students[prodi] = rows
        return rows

    @cached_property
    def campus(self):  # type: ignore[no-untyped-def]
        from sister_desktop.sandbox.campus import build_campus

        return build_campus(self)

    def campus_rows(self) -> list[dict[str, str | None]]:
        """The campus's own employee list for this world, in the import columns of docs/CLI.md."""
        return [dict(row) for row in self.campus.rows]

    @property
    def truth(self):  # type: ignore[no-untyped-def]
        """Which campus row is which SDM, who is missing where, and the planted differences."""
        return self.campus.truth

    def export_pegawai(self, path: str | Path) -> Path:
        """Write ``campus_rows()`` as CSV (``;``, UTF-8 with BOM) or XLSX, by the extension."""
        from sister_desktop.sandbox.campus_export import export_pegawai

        return export_pegawai(self.campus_rows(), Path(path))

    # --- building ---------------------------------------------------------------------------

    def _units(self) -> list[dict[str, Any]]:
        rng = self.rng
        units = [{"id": new_uuid(rng), "nama": "Rektorat", "id_jenis_unit": 7}]
        for fac_name, _key, prodis in self.faculties:
            units.append({"id": new_uuid(rng), "nama": fac_name, "id_jenis_unit": 1})
            units.extend({"id": new_uuid(rng), "nama": p, "id_jenis_unit": 3} for p in prodis)
        for name in v.ADMIN_UNITS:
            units.append(
                {"id": new_uuid(rng), "nama": name, "id_jenis_unit": 5 if "UPT" in name else 8}
            )
        return units

    def _profil_pt(self) -> dict[str, Any]:
        return {
            "id": self.pt_id,
            "kode_perguruan_tinggi": "001099",
            "nama_perguruan_tinggi": "Universitas Nusantara Medan",
            "telepon": "0618211633",
            "faximile": "0618211634",
            "email": "info@unusmed.ac.id",
            "website": "https://unusmed.ac.id/",
            "jalan": "Jl. Dr. T. Mansur No. 9, Kampus Padang Bulan",
            "dusun": "",
            "rt": 0,
            "rw": 0,
            "kelurahan": "Padang Bulan",
            "kode_pos": "20155",
            "id_wilayah": "076003",
            "nama_wilayah": "Kec. Medan Baru",
            "lintang": 3.5653,
            "bujur": 98.6566,
            "sk_pendirian": "Keputusan Presiden RI Nomor 48 Tahun 1982",
            "tanggal_sk_pendirian": "1982-08-17",
            "id_status_milik": "1",
            "nama_status_milik": "Pemerintah Pusat",
            "status_perguruan_tinggi": "A",
            "sk_izin_operasional": "Keputusan Presiden RI Nomor 48 Tahun 1982",
            "tanggal_izin_operasional": "1982-08-17",
        }

    def _plant_sister_dirt(self) -> None:
        """The dirt of the live service (NOTES.md), at realistic rates with at least one each."""
        rng = self.rng
        facts = self.facts
        n = len(facts)
        self.sister_nip: dict[int, str | None] = {}
        nip_holders = [i for i, p in enumerate(facts) if p.nip]
        rng.shuffle(nip_holders)
        take = _takers(nip_holders)
        for i in take(0.04):
            self.sister_nip[i] = None
        for i in take(0.03):
            self.sister_nip[i] = " "
        for i in take(0.04):
            self.sister_nip[i] = " " + facts[i].nip  # type: ignore[operator]
        for i in take(0.02):
            self.sister_nip[i] = facts[i].nip[:-1]  # type: ignore[index]
        # Two different people with the same name (both dosen, same sex, different everything).
        self.same_name_pairs: list[tuple[int, int]] = []
        pairs = max(1, n // 150) if n >= 4 else 0
        candidates = list(range(n))
        rng.shuffle(candidates)
        for _ in range(pairs):
            a = candidates.pop()
            b = next(
                (
                    i
                    for i in candidates
                    if facts[i].sex == facts[a].sex and facts[i].jenis == facts[a].jenis
                ),
                None,
            )
            if b is None:
                continue
            candidates.remove(b)
            facts[b].given = facts[a].given
            self.same_name_pairs.append((a, b))
        # Inactive SDM: retired or moved away, still listed by /referensi/sdm.
        self.inactive: list[int] = []
        if n >= 3:
            for i in candidates[: max(1, round(n * 0.02))]:
                p = facts[i]
                p.active = False
                p.exit_kind = "Pensiun" if p.birth.year < 1965 or rng.random() < 0.5 else "Mutasi"
                p.exit_date = TODAY.replace(year=TODAY.year - rng.randint(0, 2), day=1)
                self.inactive.append(i)
        # How SISTER writes the name: mostly capitals without titles.
        self.sister_names: list[str] = []
        styles: dict[int, str] = {}
        for i in range(n):
            roll = rng.random()
            styles[i] = "upper" if roll < 0.7 else ("proper" if roll < 0.95 else "titled")
        for a, b in self.same_name_pairs:
            styles[b] = styles[a] = "upper"
        for i, p in enumerate(facts):
            if styles[i] == "upper":
                self.sister_names.append(p.given.upper())
            elif styles[i] == "proper" or not (p.front_title or p.back_title):
                self.sister_names.append(p.given)
            else:
                front = f"{p.front_title} " if p.front_title else ""
                back = f", {p.back_title}" if p.back_title else ""
                self.sister_names.append(f"{front}{p.given}{back}")

    def _sdm_person(self, index: int, p: Person) -> SdmPerson:
        rng = self.rng
        id_sdm = new_uuid(rng)
        nama = self.sister_names[index]
        nip = self.sister_nip.get(index, p.nip)
        status_aktif = "Aktif" if p.active else p.exit_kind
        referensi = {
            "id_sdm": id_sdm,
            "nama_sdm": nama,
            "nidn": p.nidn,
            "nip": nip,
            "nuptk": p.nuptk,
            "nama_status_aktif": status_aktif,
            "nama_status_pegawai": p.status,
            "jenis_sdm": p.jenis,
        }
        id_agama, agama = rng.choices(v.AGAMA, [80, 9, 4, 4, 3])[0]
        city, city_id, postal = rng.choice(v.CITIES)
        sumber = (1, "APBN") if p.status in ("PNS", "CPNS", "PPPK") else (99, "Lainnya")
        pekerjaan = rng.choice(v.PEKERJAAN_PASANGAN)
        person = SdmPerson(
            id_sdm=id_sdm,
            jenis_sdm=p.jenis,
            referensi=referensi,
            profil={
                "nama": nama,
                "jenis_kelamin": p.sex,
                "tempat_lahir": p.birth_place,
                "tanggal_lahir": p.birth.isoformat(),
            },
            kependudukan={
                "nik": p.nik,
                "agama": agama,
                "id_agama": id_agama,
                "kewarganegaraan": "Indonesia",
                "kode_negara": "ID",
            },
            kepegawaian={
                "nip": nip,
                "sk_cpns": f"{rng.randrange(100, 99999)}/A2.1/KP/{p.cpns.year}" if p.cpns else "",
                "tanggal_sk_cpns": p.cpns.isoformat() if p.cpns else None,
                "sk_tmmd": f"{rng.randrange(100, 9999)}/UN.NM/KP/{p.start.year}",
                "tmmd": p.start.isoformat(),
                "id_sumber_gaji": sumber[0],
                "sumber_gaji": sumber[1],
                "nidn": p.nidn,
                "nuptk": p.nuptk,
            },
            alamat={
                "email": p.email,
                "alamat": f"{rng.choice(v.STREETS)} No. {rng.randint(1, 250)}",
                "rt": rng.randint(1, 15),
                "rw": rng.randint(1, 12),
                "dusun": "",
                "kelurahan": rng.choice(v.KELURAHAN),
                "kota_kabupaten": city,
                "id_kota_kabupaten": city_id,
                "kode_pos": f"{postal}{rng.randrange(100, 999)}",
                "telepon_rumah": "",
                "telepon_hp": f"08{rng.randrange(10**9, 10**10)}",
            },
            keluarga={
                "status_kawin": "Kawin" if p.married else "Belum Kawin",
                "id_status_kawin": 1 if p.married else 0,
                "nama_pasangan": p.spouse,
                "nip_pasangan": None,
                "pekerjaan_pasangan": pekerjaan[1] if p.married else None,
                "id_pekerjaan_pasangan": pekerjaan[0] if p.married else 0,
            },
            lain={
                "npwp": f"{rng.randrange(10**14, 10**15)}",
                "nama_wp": p.given.upper(),
            },
            bidang_ilmu=[
                {
                    "urutan": n + 1,
                    "id_kelompok_bidang": _drawn(new_uuid(rng), ref.kelompok_bidang_id(name)),
                    "kelompok_bidang": name,
                }
                for n, name in enumerate(
                    v.KELOMPOK_BIDANG[p.field_key][: rng.randint(1, 2)]
                    if p.jenis == "Dosen"
                    else ()
                )
            ],
        )
        self._histories(person, p)
        return person

    def _histories(self, person: SdmPerson, p: Person) -> None:
        rng = self.rng
        id_sdm = person.id_sdm
        status_id = dict((name, i) for i, name in v.STATUS_KEPEGAWAIAN)[p.status]
        ikatan_name = dict(v.IKATAN_KERJA)[p.ikatan]
        top_degree = p.degrees[-1].jenjang if p.degrees else "SMA"
        for n, step in enumerate(p.units):
            ended = p.units[n + 1].start if n + 1 < len(p.units) else p.exit_date
            last = n + 1 == len(p.units)
            person.penugasan.append(
                {
                    "id": new_uuid(rng),
                    "status_kepegawaian": p.status,
                    "ikatan_kerja": ikatan_name,
                    "unit_kerja": step.name,
                    "jenjang_pendidikan": top_degree,
                    "perguruan_tinggi": self.profil_pt["nama_perguruan_tinggi"],
                    "tanggal_mulai": step.start.isoformat(),
                    "tanggal_keluar": ended.isoformat() if ended else None,
                    "id_sdm": id_sdm,
                    "surat_tugas": f"{rng.randrange(100, 9999)}/UN.NM/KP/{step.start.year}",
                    "tanggal_surat_tugas": step.start.replace(day=1).isoformat(),
                    "jenis_keluar": (p.exit_kind if last else "Mutasi") if ended else None,
                    "id_jenis_keluar": ("2" if p.exit_kind == "Pensiun" and last else "3")
                    if ended
                    else None,
                    "id_status_kepegawaian": status_id,
                    "id_ikatan_kerja": p.ikatan,
                    "id_perguruan_tinggi": self.pt_id,
                    "id_unit_kerja": self.unit_ids.get(step.name, self.unit_ids["Rektorat"]),
                }
            )
        jab_ids = {name: i for i, name, _ in v.JABATAN_FUNGSIONAL}
        for step in p.jabfung:
            kredit = float(step.extra["angka_kredit"])  # type: ignore[arg-type]
            person.jabatan_fungsional.append(
                {
                    "id": new_uuid(rng),
                    "jabatan_fungsional": f"{step.name} ({kredit:.2f})",
                    "sk": f"{rng.randrange(10, 9999)}/UN.NM/KP.01.00/{step.start.year}",
                    "tanggal_mulai": step.start.isoformat(),
                    "id_sdm": id_sdm,
                    "id_jabatan_fungsional": jab_ids[step.name],
                    "angka_kredit": kredit,
                    "kelebihan_pengajaran": round(rng.uniform(0, 10), 2)
                    if rng.random() < 0.3
                    else None,
                    "kelebihan_penelitian": None,
                    "kelebihan_pengabdian": None,
                    "kelebihan_penunjang": None,
                    "dokumen": [_dokumen(rng, "SK Jabatan Fungsional", step.start)],
                }
            )
        gol_ids = {gol: n + 1 for n, (gol, _) in enumerate(v.GOLONGAN)}
        for n, step in enumerate(p.pangkat):
            tahun = step.start.year - p.pangkat[0].start.year
            person.kepangkatan.append(
                {
                    "id": new_uuid(rng),
                    "pangkat_golongan": v.pangkat_golongan_text(step.name),
                    "sk": f"{rng.randrange(1000, 99999)}/A3/KP/{step.start.year}",
                    "tanggal_mulai": step.start.isoformat(),
                    "id_sdm": id_sdm,
                    "id_pangkat_golongan": gol_ids[step.name],
                    "pangkat": v.PANGKAT[step.name],
                    "golongan": step.name,
                    "tanggal_sk": step.start.replace(day=min(28, 1 + n * 3)).isoformat(),
                    "masa_kerja_tahun": tahun,
                    "masa_kerja_bulan": 0,
                    "dokumen": [_dokumen(rng, "SK Kenaikan Pangkat", step.start)],
                }
            )
        jenjang_ids = {name: i for i, name in v.JENJANG_PENDIDIKAN}
        kategori = {
            "SMA": "SMA/sederajat",
            "D3": "Diploma III (D3)/sederajat",
            "S1": "Sarjana (S1)/sederajat",
            "S2": "Magister (S2)/sederajat",
            "S3": "Doktor (S3)/sederajat",
        }
        for d in p.degrees:
            person.pendidikan_formal.append(
                {
                    "id": new_uuid(rng),
                    "jenjang_pendidikan": d.jenjang,
                    "gelar_akademik": d.gelar,
                    "bidang_studi": d.bidang_studi,
                    "nama_perguruan_tinggi": d.perguruan_tinggi,
                    "tahun_lulus": d.tahun_lulus,
                    "jenis_ajuan": "Klaim",
                    "kategori_kegiatan": kategori[d.jenjang],
                    "id_sdm": id_sdm,
                    "id_program_studi": None,
                    "nama_program_studi": d.bidang_studi,
                    "id_jenjang_pendidikan": jenjang_ids[d.jenjang],
                    "id_gelar_akademik": _drawn(rng.randrange(1000, 30000), ref.gelar_id(d.gelar)),
                    "id_bidang_studi": _drawn(
                        rng.randrange(100, 999), ref.bidang_studi_id(d.bidang_studi)
                    ),
                    "tahun_masuk": d.tahun_masuk,
                    "tanggal_lulus": f"{d.tahun_lulus}-{rng.randint(1, 12):02d}-01",
                    "nomor_induk": f"{rng.randrange(10**7, 10**9)}",
                    "jumlah_semester": (d.tahun_lulus - d.tahun_masuk) * 2,
                    "jumlah_sks": {"S1": 144, "S2": 40, "S3": 42}.get(d.jenjang, 110),
                    "ipk": round(rng.uniform(3.0, 4.0), 2),
                    "sk_penyetaraan": "",
                    "tanggal_sk_penyetaraan": None,
                    "nomor_ijazah": f"{rng.randrange(10**9, 10**10)}"
                    if rng.random() < 0.8
                    else None,
                    "judul_tugas_akhir": None,
                    "dokumen": [_dokumen(rng, "Ijazah", TODAY)],
                }
            )
        lektor = next((s for s in p.jabfung if s.name == "Lektor"), None)
        if lektor is not None and lektor.start.year + 1 < TODAY.year:
            tahun = lektor.start.year + 1
            person.sertifikasi_dosen.append(
                {
                    "id": new_uuid(rng),
                    "jenis_sertifikasi": "Sertifikasi Profesi",
                    "bidang_studi": p.unit,
                    "tahun_sertifikasi": tahun,
                    "sk_sertifikasi": f"{rng.randrange(10**11, 10**12)}",
                    "nomor_registrasi": f"{tahun % 100:02d}1{rng.randrange(10**11, 10**12)}",
                    "id_sdm": id_sdm,
                    "id_bidang_studi": _drawn(rng.randrange(100, 999), ref.bidang_studi_id(p.unit)),
                    "nomor_peserta": p.nidn or f"{rng.randrange(10**9, 10**10)}",
                    "dokumen": [_dokumen(rng, "Sertifikat Pendidik", TODAY)],
                }
            )


def _drawn(_draw: object, value: Any) -> Any:
    """``value``, after a draw that is kept so the rest of the world's stream stays the same."""
    return value


def _takers(pool: list[int]):  # type: ignore[no-untyped-def]
    """Hands out disjoint slices of a shuffled pool: ``take(rate)`` -> at least one index."""
    size = len(pool)
    cursor = [0]

    def take(rate: float) -> list[int]:
        count = max(1, round(size * rate)) if size >= 4 else 0
        start = cursor[0]
        cursor[0] = min(size, start + count)
        return pool[start : cursor[0]]

    return take


def _dokumen(rng: random.Random, jenis: str, day) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    file_name = f"{jenis.replace(' ', '_').upper()}_{rng.randrange(1000, 9999)}.pdf"
    return {
        "id": new_uuid(rng),
        "nama": jenis,
        "jenis_dokumen": jenis,
        "nama_file": file_name,
        "jenis_file": "application/pdf",
        "tanggal_upload": f"{day.isoformat()} 10:{rng.randrange(10, 59)}:00",
        "tautan": "",
        "keterangan": "",
    }
