"""The world: deterministic, plausible Indonesian HR data, the live service's dirt, and a truth
that a linking or comparison test can rely on."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest

from sister_desktop.domain.derived import jabatan_name
from sister_desktop.domain.ranks import golongan_code
from sister_desktop.sandbox.campus import COLUMNS
from sister_desktop.sandbox.dataset import World


@pytest.fixture(scope="module")
def world() -> World:
    return World(seed=7, size=300)


def test_same_seed_same_world_other_seed_other_world() -> None:
    a, b, c = World(3, 50), World(3, 50), World(4, 50)
    assert a.referensi_sdm == b.referensi_sdm
    assert a.campus_rows() == b.campus_rows()
    assert a.truth == b.truth
    assert [p.penugasan for p in a.sdm] == [p.penugasan for p in b.sdm]
    assert {p.id_sdm for p in a.sdm}.isdisjoint({p.id_sdm for p in c.sdm})


def test_size_and_mix(world: World) -> None:
    assert len(world.sdm) == 300
    kinds = Counter(p.jenis_sdm for p in world.sdm)
    assert kinds == {"Dosen": 240, "Tendik": 60}
    assert len({p.id_sdm for p in world.sdm}) == 300
    uuid = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
    assert all(uuid.match(p.id_sdm) for p in world.sdm)


def test_identifiers_are_plausible(world: World) -> None:
    for fact, person in zip(world.facts, world.sdm, strict=True):
        if fact.nip:  # civil servants only; date parts agree with birth and CPNS dates
            assert re.fullmatch(r"\d{18}", fact.nip)
            assert fact.nip[:8] == fact.birth.strftime("%Y%m%d")
            assert fact.nip[8:14] == fact.cpns.strftime("%Y%m")  # type: ignore[union-attr]
            assert fact.nip[14] == ("1" if fact.sex == "L" else "2")
            assert fact.status in ("PNS", "CPNS")
        else:
            assert fact.status not in ("PNS", "CPNS")
        if fact.nidn:
            assert re.fullmatch(r"\d{10}", fact.nidn)
        if fact.nuptk:
            assert re.fullmatch(r"[1-9]\d{15}", fact.nuptk)
        assert re.fullmatch(r"\d{16}", fact.nik)
        born = person.profil["tanggal_lahir"]
        assert date.fromisoformat(born) == fact.birth
        assert person.profil["jenis_kelamin"] in ("L", "P")
    titled = [n for n in world.sister_names if "," in n]
    assert titled and len(titled) < 60


def test_the_dirt_of_the_live_service(world: World) -> None:
    rows = world.referensi_sdm
    nips = [r["nip"] for r in rows]
    assert None in nips
    assert " " in nips
    assert any(n and n.startswith(" ") and n.strip() for n in nips)
    assert any(n and n.strip() and len(n.strip()) != 18 for n in nips)
    dosen = [r for r in rows if r["jenis_sdm"] == "Dosen"]
    assert any(r["nidn"] is None and r["nuptk"] for r in dosen)  # NUPTK only
    assert any(r["nidn"] and r["nidn"].startswith("88") for r in dosen)  # NIDK in nidn
    assert any(r["nidn"] and r["nidn"].startswith("99") for r in dosen)  # NUP in nidn
    names = Counter(r["nama_sdm"] for r in rows)
    twins = [name for name, count in names.items() if count > 1]
    assert twins
    for name in twins:
        pair = [r for r in rows if r["nama_sdm"] == name]
        births = {world.by_id[r["id_sdm"]].profil["tanggal_lahir"] for r in pair}
        assert len(births) == len(pair)  # different people
    inactive = [r for r in rows if r["nama_status_aktif"] != "Aktif"]
    assert inactive and len(inactive) < 20
    for r in inactive:
        assert r["nama_status_aktif"] in ("Pensiun", "Mutasi")
        assert all(p["tanggal_keluar"] for p in world.by_id[r["id_sdm"]].penugasan)


def test_small_worlds_still_carry_every_kind_of_dirt() -> None:
    world = World(seed=7, size=40)
    nips = [r["nip"] for r in world.referensi_sdm]
    assert None in nips and " " in nips
    assert world.same_name_pairs and world.inactive
    kinds = {t.kind for t in world.truth.traps}
    assert {"same_name", "nidn_of_other_person", "same_name_not_in_sister"} <= kinds


def test_histories_are_consistent(world: World) -> None:
    for fact, person in zip(world.facts, world.sdm, strict=True):
        starts = [p["tanggal_mulai"] for p in person.penugasan]
        assert starts == sorted(starts)
        current = person.penugasan[-1]
        assert current["unit_kerja"] == fact.unit
        assert (current["tanggal_keluar"] is None) == fact.active
        grades = [k["id_pangkat_golongan"] for k in person.kepangkatan]
        assert grades == sorted(grades)
        assert bool(person.kepangkatan) == bool(fact.cpns)
        if person.jabatan_fungsional:
            assert fact.jenis == "Dosen"
        lulus = [d["tahun_lulus"] for d in person.pendidikan_formal]
        assert lulus == sorted(lulus)
        assert all(y < 2025 for y in lulus)
        if person.sertifikasi_dosen:
            assert any(
                j["jabatan_fungsional"].startswith("Lektor") for j in person.jabatan_fungsional
            )


def test_campus_rows_have_the_import_columns(world: World) -> None:
    rows = world.campus_rows()
    assert all(tuple(row) == COLUMNS for row in rows)
    assert all(row["nama"] for row in rows)
    assert {row["jenis_pegawai"] for row in rows} == {"Dosen", "Tendik"}
    for row in rows:
        if row["tanggal_lahir"]:
            date.fromisoformat(row["tanggal_lahir"])
    rows[0]["nama"] = "changed"
    assert world.campus_rows()[0]["nama"] != "changed"  # callers get copies


def test_truth_maps_rows_to_people(world: World) -> None:
    truth = world.truth
    rows = world.campus_rows()
    assert len(truth.row_sdm) == len(rows)
    linked = [s for s in truth.row_sdm if s]
    assert len(linked) == len(set(linked))
    assert set(linked) | set(truth.sister_only) == {p.id_sdm for p in world.sdm}
    assert set(linked).isdisjoint(truth.sister_only)
    assert 5 <= len(truth.campus_only) <= 30
    assert 5 <= len(truth.sister_only) <= 30
    for row, id_sdm in enumerate(truth.row_sdm):
        assert truth.sdm_of(row) == id_sdm
        if id_sdm:
            assert truth.row_of(id_sdm) == row
            assert truth.is_correct_link(row, id_sdm)


def _latest(rows: list[dict], key: str) -> str | None:
    return max(rows, key=lambda r: r["tanggal_mulai"])[key] if rows else None


def _sister_value(world: World, id_sdm: str, field: str) -> str | None:
    p = world.by_id[id_sdm]
    if field == "jabatan_fungsional":
        return jabatan_name(_latest(p.jabatan_fungsional, "jabatan_fungsional"))
    if field == "pangkat_golongan":
        return _latest(p.kepangkatan, "pangkat_golongan")
    return {
        "nama": p.profil["nama"],
        "tanggal_lahir": p.profil["tanggal_lahir"],
        "jenis_kelamin": p.profil["jenis_kelamin"],
        "nip": p.kepegawaian["nip"],
        "nidn": p.kepegawaian["nidn"],
        "nuptk": p.kepegawaian["nuptk"],
        "nik": p.kependudukan["nik"],
        "unit_kerja": p.penugasan[-1]["unit_kerja"],
    }[field]


def test_planted_differences_are_real_and_complete(world: World) -> None:
    """Every difference is between the campus row and what SISTER serves; every other
    compared field agrees (after the normalisation the ``equivalents`` describe)."""
    truth = world.truth
    rows = world.campus_rows()
    fields = ("nama", "tanggal_lahir", "jenis_kelamin", "nip", "nidn", "nuptk", "nik", "unit_kerja")
    ranks = ("jabatan_fungsional", "pangkat_golongan")
    kinds = Counter(d.field for d in truth.differences)
    assert set(kinds) == set(fields) | set(ranks)
    planted = {(d.row, d.field) for d in truth.differences}
    equivalent = {(e.row, e.field) for e in truth.equivalents}
    assert not planted & equivalent
    for d in truth.differences:
        id_sdm = truth.row_sdm[d.row]
        assert id_sdm is not None
        assert rows[d.row][d.field] == d.campus_value
        assert _sister_value(world, id_sdm, d.field) == d.sister_value
        assert d.campus_value != d.sister_value
    for row, id_sdm in enumerate(truth.row_sdm):
        if id_sdm is None:
            continue
        for field in fields:
            if (row, field) in planted or (row, field) in equivalent:
                continue
            assert rows[row][field] == _sister_value(world, id_sdm, field), (row, field)
        for field in ranks:
            # An empty campus value is a rank the campus does not keep for this employee.
            if (row, field) in planted or (row, field) in equivalent or not rows[row][field]:
                continue
            assert rows[row][field] == _sister_value(world, id_sdm, field), (row, field)


def test_the_campus_keeps_most_ranks_and_lags_behind_on_a_few(world: World) -> None:
    rows = world.campus_rows()
    kept = [r for r in rows if r["pangkat_golongan"] or r["jabatan_fungsional"]]
    assert 0.6 * len(rows) <= len(kept) < len(rows)
    lagging = [
        d for d in world.truth.differences if d.field in ("jabatan_fungsional", "pangkat_golongan")
    ]
    for d in lagging:
        assert not [o for o in world.truth.differences_of(d.row) if o is not d]  # one per row


def test_equivalents_differ_only_in_writing(world: World) -> None:
    titles = re.compile(r"\b(prof|dr|ir|drs|dra)\b\.?|,.*$|\s+[A-Z]\S*\s*$", re.IGNORECASE)
    for e in world.truth.equivalents:
        if e.field == "nama":
            core = titles.sub("", e.campus_value).strip()
            assert core.split()[0].casefold() in e.sister_value.casefold()
        elif e.field == "nip":
            assert e.sister_value.strip() == e.campus_value
        elif e.field == "pangkat_golongan":
            assert golongan_code(e.campus_value) == golongan_code(e.sister_value) is not None
            assert e.campus_value != e.sister_value
        else:
            assert e.field == "nidn" and e.campus_value is None
            row = world.campus_rows()[e.row]
            assert e.sister_value in (row["nidk"], row["nupn"])


def test_traps_tell_a_right_link_from_a_wrong_one(world: World) -> None:
    truth = world.truth
    rows = world.campus_rows()
    by_kind: dict[str, list] = {}
    for trap in truth.traps:
        by_kind.setdefault(trap.kind, []).append(trap)
        assert not truth.is_correct_link(trap.row, trap.decoy) or trap.decoy is None
    for trap in by_kind["same_name"]:
        mine, decoy = world.by_id[trap.id_sdm], world.by_id[trap.decoy]
        assert mine.profil["nama"] == decoy.profil["nama"]
        assert mine.profil["tanggal_lahir"] != decoy.profil["tanggal_lahir"]
        assert rows[trap.row]["tanggal_lahir"] == mine.profil["tanggal_lahir"]
    for trap in by_kind["nidn_of_other_person"]:
        assert rows[trap.row]["nidn"] == world.by_id[trap.decoy].referensi["nidn"]
        assert rows[trap.row]["tanggal_lahir"] != world.by_id[trap.decoy].profil["tanggal_lahir"]
    for trap in by_kind.get("nidn_typo", []):
        assert all(r["nidn"] != rows[trap.row]["nidn"] for r in world.referensi_sdm)
    (lookalike,) = by_kind["same_name_not_in_sister"]
    assert truth.row_sdm[lookalike.row] is None
    assert lookalike.decoy in truth.sister_only
    given = world.facts[[p.id_sdm for p in world.sdm].index(lookalike.decoy)].given
    assert given.casefold() in rows[lookalike.row]["nama"].casefold()


def test_a_standalone_sandbox_sets_each_drawn_career_aside_from_the_collector():
    """``sister-desktop sandbox`` sets ``freeze_drawn``: a career drawn is then frozen, so a
    full collection never scans hundreds of them (a stall that bunched paced requests into one
    rate-limit second); inside another program (the demo, the tests) nothing is frozen."""
    import gc

    world = World(seed=3, size=6)
    before = gc.get_freeze_count()
    world.activities.of(0)
    assert gc.get_freeze_count() == before
    world.activities.freeze_drawn = True
    try:
        world.activities.of(1)
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()
