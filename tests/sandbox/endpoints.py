"""Every JSON GET endpoint the sandbox serves, with a real URL for chosen people of a world.

Built from the world (not the spec, which a clone may lack): the people are picked so every
list has rows, and each detail is asked for by an id its own list gave.
"""

from __future__ import annotations

from dataclasses import dataclass

from sister_desktop.sandbox import referensi as ref
from sister_desktop.sandbox.activities import AJUAN, BKD_UNSUR, PER_PERSON, WITH_BIDANG_ILMU
from sister_desktop.sandbox.dataset import World

DATA_PRIBADI = (
    "profil",
    "kependudukan",
    "kepegawaian",
    "alamat",
    "keluarga",
    "lain",
    "bidang_ilmu",
)
HISTORIES = (
    "penugasan",
    "jabatan_fungsional",
    "kepangkatan",
    "pendidikan_formal",
    "sertifikasi_dosen",
)
#: The files (not JSON): checked apart, by their bytes.
FILES = ("/data_pribadi/foto/{id_sdm}", "/dokumen/{id}/download")


@dataclass(frozen=True)
class Call:
    spec_path: str  # the path template as the spec writes it (a query for shape variants)
    url: str  # relative to the base URL


def every_call(world: World) -> list[Call]:
    """One call per endpoint and shape, using people whose lists are not empty."""
    pt = world.pt_id
    prodi = next(u for u in world.units if u["id_jenis_unit"] == 3)
    calls = [
        Call("/referensi/sdm", "referensi/sdm"),
        Call("/referensi/profil_pt", "referensi/profil_pt"),
        Call("/referensi/unit_kerja", f"referensi/unit_kerja?id_perguruan_tinggi={pt}"),
        Call("/referensi/perguruan_tinggi", "referensi/perguruan_tinggi"),
        Call("/referensi/media_publikasi", "referensi/media_publikasi"),
        Call("/referensi/kelompok_bidang", "referensi/kelompok_bidang?iptek=true"),
        Call("/referensi/kelompok_bidang", "referensi/kelompok_bidang?iptek=false"),
        Call(
            "/referensi/detail_unit_kerja",
            f"referensi/detail_unit_kerja?id_unit_kerja={prodi['id']}",
        ),
        Call(
            "/referensi/mahasiswa_pddikti",
            f"referensi/mahasiswa_pddikti?id_perguruan_tinggi={pt}&id_program_studi={prodi['id']}",
        ),
        Call("/kolaborator_eksternal", "kolaborator_eksternal"),
        Call(
            "/kolaborator_eksternal/{id}",
            f"kolaborator_eksternal/{world.activities.external[0]['id']}",
        ),
    ]
    for tipe in ("list", "tree"):
        key = f"/referensi/kategori_kegiatan?tipe={tipe}"
        calls.append(Call(key, f"referensi/kategori_kegiatan?tipe={tipe}"))
        calls.append(Call(key, f"referensi/kategori_kegiatan?tipe={tipe}&menu=publikasi"))
    calls += [
        Call("/referensi/wilayah", f"referensi/wilayah?id_level_wilayah={level}")
        for level in range(4)
    ]
    calls += [Call(f"/referensi/{name}", f"referensi/{name}") for name in ref.PLAIN_LISTS]
    for person in _people(world):
        calls += [
            Call(f"/data_pribadi/{name}/{{id_sdm}}", f"data_pribadi/{name}/{person.id_sdm}")
            for name in DATA_PRIBADI
        ]
        for name in HISTORIES:
            calls.append(Call(f"/{name}", f"{name}?id_sdm={person.id_sdm}"))
            calls += [Call(f"/{name}/{{id}}", f"{name}/{d['id']}") for d in person.details(name)]
        bundle = world.activities.of(world.activities.place[person.id_sdm])
        for family in PER_PERSON:
            rows = bundle.records[family]
            calls.append(Call(f"/{family}", f"{family}?id_sdm={person.id_sdm}"))
            calls += [Call(f"/{family}/{{id}}", f"{family}/{r['id']}") for r in rows[:3]]
            if family in WITH_BIDANG_ILMU:
                calls += [
                    Call(f"/{family}/{{id}}/bidang_ilmu", f"{family}/{r['id']}/bidang_ilmu")
                    for r in rows[:2]
                ]
        calls.append(
            Call("/bkd/laporan_akhir_bkd", f"bkd/laporan_akhir_bkd?id_sdm={person.id_sdm}")
        )
        for smt in [s for s in bundle.semesters if s >= "20161"]:
            calls += [
                Call(f"/bkd/{unsur}", f"bkd/{unsur}?id_sdm={person.id_sdm}&id_smt={smt}")
                for unsur in BKD_UNSUR
            ]
    return calls


def _people(world: World) -> list:  # type: ignore[type-arg]
    """People who between them have rows in every list, a tendik, someone with a null NIP."""
    chosen = []
    activities = world.activities
    if activities.prolific is not None:
        chosen.append(world.sdm[activities.prolific])
    for dataset in HISTORIES:
        if not any(p.details(dataset) for p in chosen):
            chosen.append(next(p for p in world.sdm if p.details(dataset)))
    for family in (*PER_PERSON, *AJUAN):
        has = [activities.of(activities.place[p.id_sdm]).records[family] for p in chosen]
        if not any(has):
            hit = next(
                (p for i, p in enumerate(world.sdm) if activities.of(i).records[family]), None
            )
            if hit is not None:
                chosen.append(hit)
    chosen.append(next(p for p in world.sdm if p.jenis_sdm == "Tendik"))
    chosen.append(next(p for p in world.sdm if p.kepegawaian["nip"] is None))
    return list({p.id_sdm: p for p in chosen}.values())
