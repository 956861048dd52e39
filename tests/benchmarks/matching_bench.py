"""Collective linking plan: 20,000 employees against 20,000 SDM. Prints the figures.

Run: ``.venv/bin/python -m tests.benchmarks.matching_bench [--size N] [--repeat R]``.
The world is synthetic but shaped like a campus: titles on campus names, spelling slips,
missing and mistyped identifiers, people SISTER lacks and SISTER people the campus lacks.
"""

from __future__ import annotations

import argparse
import random
import time

from rapidfuzz import fuzz

from sister_desktop.domain.matching import MatchGroup, SdmIndex, build_plan
from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.domain.records import SdmRow

GIVEN = [
    "Ahmad",
    "Budi",
    "Siti",
    "Dewi",
    "Agus",
    "Sri",
    "Eko",
    "Rina",
    "Andi",
    "Yusuf",
    "Nur",
    "Fitri",
    "Hendra",
    "Wahyu",
    "Rizky",
    "Indah",
    "Bambang",
    "Joko",
    "Lestari",
    "Putri",
    "Arif",
    "Dian",
    "Hadi",
    "Ratna",
    "Teguh",
    "Yanti",
    "Fajar",
    "Maya",
    "Irfan",
    "Nanda",
]
FAMILY = [
    "Sutanto",
    "Santoso",
    "Rahayu",
    "Wijaya",
    "Saputra",
    "Hidayat",
    "Kurniawan",
    "Pratama",
    "Setiawan",
    "Lubis",
    "Nasution",
    "Siregar",
    "Harahap",
    "Simanjuntak",
    "Wibowo",
    "Susanto",
    "Hakim",
    "Syahputra",
    "Utami",
    "Permana",
    "Gunawan",
    "Halim",
    "Firmansyah",
    "Ramadhan",
    "Suryadi",
    "Anggraini",
    "Maharani",
    "Purnomo",
    "Sembiring",
    "Tarigan",
]
PREFIX = ["", "", "", "Dr. ", "Prof. Dr. ", "Ir. ", "H. ", "Dra. "]
SUFFIX = ["", "", ", S.Kom., M.T.", ", M.Sc.", ", S.E., M.M.", ", Ph.D.", " SH MH"]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def typo(rng: random.Random, text: str) -> str:
    i = rng.randrange(1, len(text) - 1)
    return text[:i] + rng.choice("aiueo") + text[i + 1 :]


def world(size: int, seed: int = 7) -> tuple[list[Pegawai], list[SdmRow]]:
    rng = random.Random(seed)
    sdm: list[SdmRow] = []
    for i in range(size):
        words = [rng.choice(GIVEN), rng.choice(GIVEN), rng.choice(FAMILY)][rng.randint(0, 1) :]
        sdm.append(
            SdmRow(
                id_sdm=f"{i:08x}-0000-4000-8000-000000000000",
                nama_sdm=" ".join(words).upper(),
                nidn=digits(rng, 10) if rng.random() < 0.85 else None,
                nip=digits(rng, 18) if rng.random() < 0.5 else None,
                nuptk=digits(rng, 16) if rng.random() < 0.6 else None,
            )
        )
    campus: list[Pegawai] = []
    for i, row in enumerate(sdm[: int(size * 0.95)]):
        nama = row.nama_sdm.title()
        if rng.random() < 0.05:
            nama = typo(rng, nama)
        nidn = row.nidn if rng.random() < 0.9 else None
        nip = row.nip
        if nip and rng.random() < 0.05:
            nip = typo(rng, nip)
        campus.append(
            Pegawai(
                id=i + 1,
                nama=rng.choice(PREFIX) + nama + rng.choice(SUFFIX),
                nidn=nidn,
                nip=nip,
                nuptk=row.nuptk if rng.random() < 0.8 else None,
            )
        )
    for j in range(size - len(campus)):  # people SISTER lacks
        campus.append(
            Pegawai(
                id=len(campus) + 1,
                nama=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                nidn=digits(rng, 10) if j % 2 else None,
            )
        )
    rng.shuffle(campus)
    return campus, sdm


def measure(label: str, campus: list[Pegawai], sdm: list[SdmRow], repeat: int, **kw) -> None:
    best = float("inf")
    plan = None
    for _ in range(repeat):
        start = time.perf_counter()
        plan = build_plan(campus, SdmIndex(sdm), **kw)
        best = min(best, time.perf_counter() - start)
    assert plan is not None
    counts = plan.counts
    # Campus employee i+1 is SDM i for the first 95 %; anything else in Cocok is a false link.
    truth = {i + 1: row.id_sdm for i, row in enumerate(sdm[: int(len(sdm) * 0.95)])}
    false_links = sum(1 for e in plan.exact if truth.get(e.pegawai.id) != e.proposed.id_sdm)
    print(
        f"{label:<28} {len(campus):>6} pegawai x {len(sdm):>6} SDM: {best:6.3f} s "
        f"(cocok {counts[MatchGroup.EXACT]}, perlu dicek {counts[MatchGroup.REVIEW]}, "
        f"tidak ditemukan {counts[MatchGroup.NOT_FOUND]}; false links in cocok {false_links})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    campus, sdm = world(args.size)
    start = time.perf_counter()
    SdmIndex(sdm)
    print(f"{'index only':<28} {len(sdm):>6} SDM: {time.perf_counter() - start:6.3f} s")
    measure("plan, rapidfuzz scorer", campus, sdm, args.repeat, scorer=fuzz.token_sort_ratio)
    measure("plan, difflib scorer", campus, sdm, args.repeat)


if __name__ == "__main__":
    main()
