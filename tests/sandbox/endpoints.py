"""Every GET endpoint the sandbox serves, with a real path for a chosen person of a world."""

from __future__ import annotations

from dataclasses import dataclass

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
REFERENCE_LISTS = (
    "jabatan_fungsional",
    "golongan_pangkat",
    "status_kepegawaian",
    "ikatan_kerja",
    "jenjang_pendidikan",
)


@dataclass(frozen=True)
class Call:
    spec_path: str  # the path template as the spec writes it
    url: str  # relative to the base URL


def every_call(world: World) -> list[Call]:
    """One call per endpoint and shape, using people whose histories are not empty."""
    calls = [
        Call("/referensi/sdm", "referensi/sdm"),
        Call("/referensi/profil_pt", "referensi/profil_pt"),
        Call("/referensi/unit_kerja", f"referensi/unit_kerja?id_perguruan_tinggi={world.pt_id}"),
    ]
    calls += [Call(f"/referensi/{name}", f"referensi/{name}") for name in REFERENCE_LISTS]
    for person in _people(world):
        calls += [
            Call(f"/data_pribadi/{name}/{{id_sdm}}", f"data_pribadi/{name}/{person.id_sdm}")
            for name in DATA_PRIBADI
        ]
        for name in HISTORIES:
            calls.append(Call(f"/{name}", f"{name}?id_sdm={person.id_sdm}"))
            calls += [Call(f"/{name}/{{id}}", f"{name}/{d['id']}") for d in person.details(name)]
    return calls


def _people(world: World) -> list:  # type: ignore[type-arg]
    """A professor-like dosen with every history, a tendik, and someone with a null NIP."""
    chosen = []
    for dataset in HISTORIES:
        if not any(p.details(dataset) for p in chosen):
            chosen.append(next(p for p in world.sdm if p.details(dataset)))
    chosen.append(next(p for p in world.sdm if p.jenis_sdm == "Tendik"))
    chosen.append(next(p for p in world.sdm if p.kepegawaian["nip"] is None))
    return list({p.id_sdm: p for p in chosen}.values())
