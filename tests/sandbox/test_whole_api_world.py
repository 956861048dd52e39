"""The per-person datasets beyond the five histories form one world with the rest.

Every reference id a record carries is in its ``/referensi`` list, a detail is a row of its
list, a document a detail keeps is in the person's ``dokumen``, BKD semesters exist in
``referensi/semester``; careers differ; the same seed gives the same records in any order.
"""

from __future__ import annotations

import time
from typing import Any

from sister_desktop.sandbox import referensi as ref
from sister_desktop.sandbox.activities import RULES
from sister_desktop.sandbox.dataset import World
from sister_desktop.sandbox.server import SandboxServer


def _ids(world: World, name: str) -> set[Any]:
    return {row["id"] for row in world.reference(name)}


def test_every_reference_id_of_every_record_resolves() -> None:
    world = World(seed=5, size=80)
    kategori = {row["id"] for row in ref.national()["kategori_kegiatan"]}
    checked = 0
    for place in range(len(world.sdm)):
        bundle = world.activities.of(place)
        for family, rows in bundle.records.items():
            rule = RULES[family]
            for row in rows:
                for id_field, _name, list_name in rule.refs:
                    assert row[id_field] in _ids(world, list_name), (family, id_field)
                    checked += 1
                if "id_kategori_kegiatan" in row:
                    assert int(row["id_kategori_kegiatan"]) in kategori, family
                for doc in row.get("dokumen", ()):
                    assert doc in bundle.documents, family
        for person_row in world.sdm[place].pendidikan_formal:
            assert person_row["id_gelar_akademik"] in _ids(world, "gelar_akademik")
            assert person_row["id_bidang_studi"] in _ids(world, "bidang_studi")
        for group in world.sdm[place].bidang_ilmu:
            iptek = ref.national()["kelompok_bidang_iptek"]
            assert group["id_kelompok_bidang"] in {g["id"] for g in iptek}
        assert world.sdm[place].kependudukan["id_agama"] in _ids(world, "agama")
    assert checked > 1000


def test_careers_differ_and_one_lecturer_needs_paging() -> None:
    world = World(seed=7, size=300)
    started = time.perf_counter()
    World(seed=7, size=300)
    assert time.perf_counter() - started < 2.0
    prolific = world.activities.of(world.activities.prolific)
    assert len(prolific.records["publikasi"]) >= 250
    assert len(prolific.records["pengajaran"]) > 40  # decades of teaching
    tendik = [i for i, p in enumerate(world.facts) if p.jenis == "Tendik"]
    newest = max(tendik, key=lambda i: world.facts[i].start)
    assert sum(len(r) for r in world.activities.of(newest).records.values()) < 10


def test_the_same_seed_draws_the_same_records_in_any_order() -> None:
    one, two = World(seed=3, size=40), World(seed=3, size=40)
    forward = [one.activities.of(i).records for i in range(40)]
    backward = [two.activities.of(i).records for i in reversed(range(40))][::-1]
    assert forward == backward


def test_paging_details_ajuan_and_bkd_over_http(sandbox_factory) -> None:  # type: ignore[no-untyped-def]
    from tests.sandbox.conftest import login, open_client

    server: SandboxServer = sandbox_factory(seed=7, size=300)
    world = server.world
    person = world.sdm[world.activities.prolific]
    with open_client(server) as client:
        client.headers["Authorization"] = f"Bearer {login(client, server)}"
        pages: list[dict[str, Any]] = []
        page = 1
        while True:
            rows = client.get("publikasi", params={"id_sdm": person.id_sdm, "page": page}).json()
            pages += rows
            if len(rows) < 100:
                break
            page += 1
        assert page == 3 and len(pages) >= 250
        assert len({r["id"] for r in pages}) == len(pages)
        small = client.get("publikasi", params={"id_sdm": person.id_sdm, "per_page": 7})
        assert len(small.json()) == 7
        bad = client.get("publikasi", params={"id_sdm": person.id_sdm, "page": "x"})
        assert bad.status_code == 400
        detail = client.get(f"publikasi/{pages[0]['id']}").json()
        assert {k: detail[k] for k in pages[0]} == pages[0]
        docs = {d["id"] for d in client.get("dokumen", params={"id_sdm": person.id_sdm}).json()}
        assert {d["id"] for d in detail["dokumen"]} <= docs
        semesters = {str(r["id"]) for r in client.get("referensi/semester").json()}
        laporan = client.get("bkd/laporan_akhir_bkd", params={"id_sdm": person.id_sdm}).json()
        assert laporan and {r["id_smt"] for r in laporan} <= semesters
        ajar = client.get(
            "bkd/ajar", params={"id_sdm": person.id_sdm, "id_smt": laporan[-1]["id_smt"]}
        ).json()
        teaching = client.get(
            "pengajaran",
            params={"id_sdm": person.id_sdm, "id_semester": laporan[-1]["id_smt"]},
        ).json()
        assert [r["judul_keg"] for r in ajar] == [r["mata_kuliah"] for r in teaching]
        # An */ajuan path is a list, and its id_data_master is a row of the master list.
        found = False
        for other in world.sdm:
            rows = client.get("jabatan_fungsional/ajuan", params={"id_sdm": other.id_sdm}).json()
            if rows:
                masters = client.get("jabatan_fungsional", params={"id_sdm": other.id_sdm}).json()
                assert rows[0]["id_data_master"] in {m["id"] for m in masters}
                found = True
                break
        assert found
        photo = client.get(f"data_pribadi/foto/{person.id_sdm}")
        assert photo.headers["content-type"] == "image/png" and photo.content[:4] == b"\x89PNG"


def test_faults_hit_the_new_endpoints_too(sandbox_factory) -> None:  # type: ignore[no-untyped-def]
    from tests.sandbox.conftest import login, open_client

    server: SandboxServer = sandbox_factory(seed=7, size=40)
    person = server.world.sdm[0]
    server.faults.fail_endpoint("/publikasi", person.id_sdm, "500")
    server.faults.fail_endpoint("/referensi/agama", None, "html")
    with open_client(server) as client:
        client.headers["Authorization"] = f"Bearer {login(client, server)}"
        assert client.get("publikasi", params={"id_sdm": person.id_sdm}).status_code == 500
        other = server.world.sdm[1].id_sdm
        assert client.get("publikasi", params={"id_sdm": other}).status_code == 200
        agama = client.get("referensi/agama")
        assert agama.headers["content-type"].startswith("text/html")
