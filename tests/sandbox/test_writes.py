"""Writes over HTTP: applied to the world the reads serve, Basic ajuan, and the contract's rules."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sister_desktop.sandbox import referensi as ref
from sister_desktop.sandbox.server import SandboxServer
from tests.sandbox.conftest import open_client
from tests.sandbox.write_samples import Samples


def client_as(server: SandboxServer, role: str) -> httpx.Client:
    """A plain client logged in with the ``role`` credential."""
    client = open_client(server)
    creds = server.credentials_for(role)
    answer = client.post(
        "authorize",
        json={
            "username": creds.username,
            "password": creds.password,
            "id_pengguna": creds.id_pengguna,
        },
    )
    assert answer.status_code == 200, answer.text
    client.headers["Authorization"] = f"Bearer {answer.json()['token']}"
    return client


@pytest.fixture
def basic(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    client = client_as(sandbox, "basic")
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def pro(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    client = client_as(sandbox, "pro")
    try:
        yield client
    finally:
        client.close()


def _lecturer(server: SandboxServer) -> str:
    return next(p.id_sdm for p in server.world.sdm if p.jabatan_fungsional)


def _upload(client: httpx.Client, id_sdm: str, data: bytes = b"%PDF-1.4 laporan") -> str:
    answer = client.post(
        "dokumen",
        data={"id_sdm": id_sdm, "id_jenis_dokumen": "3", "nama": "Laporan akhir", "keterangan": ""},
        files={"file": ("laporan.pdf", data, "application/pdf")},
    )
    assert answer.status_code == 200, answer.text
    return str(answer.json()["id"])


def _error(answer: httpx.Response, status: int) -> str:
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert set(body) == {"message", "detail"}
    return str(body["detail"])


def test_authorize_names_each_role(sandbox: SandboxServer) -> None:
    for role, name in (("basic", "Sister-WS Basic"), ("pro", "Sister-WS Pro")):
        creds = sandbox.credentials_for(role)
        with open_client(sandbox) as client:
            answer = client.post(
                "authorize",
                json={
                    "username": creds.username,
                    "password": creds.password,
                    "id_pengguna": creds.id_pengguna,
                },
            )
        assert answer.json()["role"] == name
    assert sandbox.credentials == sandbox.credentials_for("basic")
    assert sandbox.credentials_for("pro").username != sandbox.credentials.username


def test_a_penelitian_is_created_changed_and_deleted_in_the_reads(
    sandbox: SandboxServer, basic: httpx.Client
) -> None:
    me = _lecturer(sandbox)
    doc = _upload(basic, me)
    body = Samples(sandbox.world, me, [doc]).body("Litabmas", "penelitian")
    created = basic.post("penelitian", json=body)
    assert created.status_code == 200, created.text
    new_id = created.json()["id"]
    listed = basic.get("penelitian", params={"id_sdm": me, "per_page": 1000}).json()
    assert [r["judul"] for r in listed if r["id"] == new_id] == [body["judul"]]
    detail = basic.get(f"penelitian/{new_id}").json()
    assert [d["id"] for d in detail["dokumen"]] == [doc]
    assert detail["anggota"][0]["id_sdm"] == me and detail["anggota"][0]["peran"] == "Ketua"
    body["judul"] = "Judul yang diperbaiki"
    changed = basic.put(f"penelitian/{new_id}", json=body)
    assert changed.status_code == 200 and changed.json()["judul"] == "Judul yang diperbaiki"
    assert basic.get(f"penelitian/{new_id}").json()["judul"] == "Judul yang diperbaiki"
    # PUT replaces the whole record: a document left out is detached (and still a document).
    body["dokumen"] = []
    assert basic.put(f"penelitian/{new_id}", json=body).json()["dokumen"] == []
    assert basic.get(f"dokumen/{doc}").status_code == 200
    assert basic.delete(f"penelitian/{new_id}").status_code == 204
    assert basic.get(f"penelitian/{new_id}").status_code == 404
    listed = basic.get("penelitian", params={"id_sdm": me, "per_page": 1000}).json()
    assert new_id not in {r["id"] for r in listed}
    applied = [(w["method"], w["path"], w["id"]) for w in sandbox.writes.applied()]
    assert applied == [
        ("POST", "/dokumen", doc),
        ("POST", "/penelitian", new_id),
        ("PUT", "/penelitian/{id}", new_id),
        ("PUT", "/penelitian/{id}", new_id),
        ("DELETE", "/penelitian/{id}", new_id),
    ]
    over_http = httpx.get(f"http://127.0.0.1:{sandbox.port}/__sandbox__/writes").json()
    assert [w["seq"] for w in over_http] == [1, 2, 3, 4, 5]


def test_a_document_is_uploaded_downloaded_changed_and_deleted(
    sandbox: SandboxServer, basic: httpx.Client
) -> None:
    me = _lecturer(sandbox)
    doc = _upload(basic, me, b"%PDF-1.7 isi asli")
    assert basic.get(f"dokumen/{doc}/download").content == b"%PDF-1.7 isi asli"
    assert doc in {r["id"] for r in basic.get("dokumen", params={"id_sdm": me}).json()}
    changed = basic.post(
        f"dokumen/{doc}",
        data={"nama": "Laporan revisi"},
        files={"file": ("revisi.pdf", b"%PDF-1.7 revisi", "application/pdf")},
    )
    assert changed.status_code == 200 and changed.json()["nama_file"] == "revisi.pdf"
    assert basic.get(f"dokumen/{doc}/download").content == b"%PDF-1.7 revisi"
    # A link instead of a file (still multipart: a form field without a file name).
    link = basic.post(
        "dokumen",
        files={
            "id_sdm": (None, me),
            "id_jenis_dokumen": (None, "2"),
            "tautan": (None, "https://kampus.ac.id/sk.pdf"),
        },
    )
    assert link.status_code == 200
    assert (
        basic.get(f"dokumen/{link.json()['id']}").json()["tautan"] == "https://kampus.ac.id/sk.pdf"
    )
    assert "file atau tautan" in _error(
        basic.post("dokumen", files={"id_sdm": (None, me), "id_jenis_dokumen": (None, "2")}), 400
    )
    assert "multipart/form-data" in _error(
        basic.post("dokumen", data={"id_sdm": me, "id_jenis_dokumen": "2"}), 400
    )
    assert "id_jenis_dokumen" in _error(
        basic.post("dokumen", data={"id_sdm": me}, files={"file": ("a.pdf", b"x")}), 400
    )
    assert basic.delete(f"dokumen/{doc}").status_code == 204
    assert basic.get(f"dokumen/{doc}").status_code == 404
    assert basic.delete(f"dokumen/{doc}").status_code == 404


def test_basic_jabatan_fungsional_becomes_an_ajuan_and_pro_applies(
    sandbox: SandboxServer, basic: httpx.Client, pro: httpx.Client
) -> None:
    me = _lecturer(sandbox)
    before = basic.get("jabatan_fungsional", params={"id_sdm": me}).json()
    body = Samples(sandbox.world, me).body("JabatanFungsional")
    body.update(id_jabatan_fungsional=42, sk="77/UN.NM/KP/2025", tanggal_mulai="2025-03-01")
    filed = basic.post("jabatan_fungsional", json=body)
    assert filed.status_code == 204 and filed.content == b""
    assert basic.get("jabatan_fungsional", params={"id_sdm": me}).json() == before
    ajuan = basic.get("jabatan_fungsional/ajuan", params={"id_sdm": me}).json()[0]
    assert (ajuan["jenis_ajuan"], ajuan["status"], ajuan["id_data_master"]) == (
        "Baru",
        "Diajukan",
        None,
    )
    detail = basic.get(f"jabatan_fungsional/ajuan/{ajuan['id']}").json()
    assert detail["detail_perubahan"]["sk_baru"] == "77/UN.NM/KP/2025"
    # Ubah and Hapus of an existing rank, as a Basic user: ajuan with the old and new values.
    master = next(r for r in before if sandbox.writes.locked("jabatan_fungsional", r["id"]) is None)
    old = basic.get(f"jabatan_fungsional/{master['id']}").json()
    body_old = {k: old[k] for k in body if k in old}
    body_old["dokumen"] = [d["id"] for d in old["dokumen"]]
    body_old["sk"] = "SK BARU"
    assert basic.put(f"jabatan_fungsional/{master['id']}", json=body_old).status_code == 204
    assert basic.get(f"jabatan_fungsional/{master['id']}").json()["sk"] == old["sk"]
    assert (
        basic.delete(
            f"jabatan_fungsional/{master['id']}",
        ).status_code
        == 204
    )
    kinds = [
        a["jenis_ajuan"]
        for a in basic.get("jabatan_fungsional/ajuan", params={"id_sdm": me}).json()
    ]
    assert kinds[:3] == ["Hapus", "Ubah", "Baru"]
    ubah = next(
        a
        for a in basic.get("jabatan_fungsional/ajuan", params={"id_sdm": me}).json()
        if a["jenis_ajuan"] == "Ubah"
    )
    change = basic.get(f"jabatan_fungsional/ajuan/{ubah['id']}").json()["detail_perubahan"]
    assert change["sk_lama"] == old["sk"] and change["sk_baru"] == "SK BARU"
    filed = [(w["method"], w["id"], w["ajuan"]) for w in sandbox.writes.applied()]
    assert filed == [
        ("POST", None, "jabatan_fungsional/ajuan"),
        ("PUT", master["id"], "jabatan_fungsional/ajuan"),
        ("DELETE", master["id"], "jabatan_fungsional/ajuan"),
    ]
    assert all(w["id_ajuan"] for w in sandbox.writes.applied())
    # Pro: applied at once, with an id.
    created = pro.post("jabatan_fungsional", json=body)
    assert created.status_code == 200
    rows = pro.get("jabatan_fungsional", params={"id_sdm": me}).json()
    assert created.json()["id"] in {r["id"] for r in rows}
    assert pro.put(f"jabatan_fungsional/{master['id']}", json=body_old).json()["sk"] == "SK BARU"
    assert pro.delete(f"jabatan_fungsional/{master['id']}").status_code == 204
    assert pro.get(f"jabatan_fungsional/{master['id']}").status_code == 404


def test_data_pribadi_puts(sandbox: SandboxServer, basic: httpx.Client, pro: httpx.Client) -> None:
    me = _lecturer(sandbox)
    doc = _upload(basic, me)
    samples = Samples(sandbox.world, me, [doc])
    alamat = samples.body("Alamat")
    before = basic.get(f"data_pribadi/alamat/{me}").json()
    assert basic.put(f"data_pribadi/alamat/{me}", json=alamat).status_code == 204
    assert basic.get(f"data_pribadi/alamat/{me}").json() == before
    filed = httpx.get(
        f"http://127.0.0.1:{sandbox.port}/__sandbox__/ajuan", params={"id_sdm": me}
    ).json()
    assert filed[0]["data"] == "alamat" and filed[0]["status"] == "Diajukan"
    assert filed[0]["detail_perubahan"]["alamat_baru"] == alamat["alamat"]
    applied = pro.put(f"data_pribadi/alamat/{me}", json=alamat)
    assert applied.status_code == 200 and applied.json()["alamat"] == alamat["alamat"]
    assert (
        pro.get(f"data_pribadi/alamat/{me}").json()["kota_kabupaten"] == ref.wilayah(2)[0]["nama"]
    )
    keluarga = samples.body("Keluarga")
    assert (
        pro.put(f"data_pribadi/keluarga/{me}", json=keluarga).json()["status_kawin"]
        == "Belum Kawin"
    )
    lain = samples.body("Lain") | {"npwp": "123456789012345"}
    assert pro.put(f"data_pribadi/lain/{me}", json=lain).json()["npwp"] == "123456789012345"
    groups = [g["id"] for g in ref.national()["kelompok_bidang_iptek"][:2]]
    answer = basic.put(f"data_pribadi/bidang_ilmu/{me}", json=groups)
    assert answer.status_code == 200
    assert [
        g["id_kelompok_bidang"] for g in basic.get(f"data_pribadi/bidang_ilmu/{me}").json()
    ] == groups
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20
    assert basic.post(f"data_pribadi/foto/{me}", files={"file": ("f.png", png)}).status_code == 204
    assert basic.get(f"data_pribadi/foto/{me}").content == png
    assert "JPG atau PNG" in _error(
        basic.post(f"data_pribadi/foto/{me}", files={"file": ("f.gif", b"GIF89a")}), 400
    )


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"judul": None}, "judul harus diisi"),
        ({"judul": ""}, "judul harus diisi"),
        ({"tahun_usulan": "2024"}, "tahun_usulan harus berupa bilangan bulat"),
        ({"lokasi": "x" * 81}, "lokasi maksimal 80 karakter"),
        ({"tanggal_sk_penugasan": "01-03-2024"}, "tanggal_sk_penugasan harus berupa tanggal"),
        ({"tanggal_sk_penugasan": "2024-02-30"}, "tanggal_sk_penugasan harus berupa tanggal"),
        ({"id_jenis_skim": "0b6e8a55-35c4-4a93-9d8a-5f7b2f0f4c11"}, "referensi skim_kegiatan"),
        ({"id_kategori_kegiatan": 99}, "id_kategori_kegiatan 99 tidak ditemukan"),
        ({"tambahan": 1}, "Field tambahan tidak dikenal"),
        ({"lokasi": ...}, "Field lokasi harus dikirim"),
        (
            {
                "anggota_dosen": [
                    {"id_sdm": "0b6e8a55-35c4-4a93-9d8a-5f7b2f0f4c11", "aktif": True, "peran": "K"}
                ]
            },
            "bukan SDM perguruan tinggi ini",
        ),
        (
            {"anggota_dosen": [{"id_sdm": None, "aktif": True, "peran": "Z"}]},
            "anggota_dosen[0].id_sdm harus diisi",
        ),
        ({"dokumen": ["0b6e8a55-35c4-4a93-9d8a-5f7b2f0f4c11"]}, "dokumen[0]"),
    ],
)
def test_each_rule_refuses_with_400_naming_the_field(
    sandbox: SandboxServer, basic: httpx.Client, change: dict[str, Any], named: str
) -> None:
    me = _lecturer(sandbox)
    body = Samples(sandbox.world, me).body("Litabmas", "penelitian")
    for key, value in change.items():
        if value is ...:
            del body[key]
        else:
            body[key] = value
    answer = basic.post("penelitian", json=body)
    assert named in _error(answer, 400)
    assert answer.json()["message"] == "Input data tidak valid"
    assert sandbox.writes.applied() == []


def test_enum_and_pt_rules(sandbox: SandboxServer, basic: httpx.Client) -> None:
    me = _lecturer(sandbox)
    body = Samples(sandbox.world, me).body("Diklat", "diklat") | {"tingkat": 9}
    assert "tingkat harus salah satu dari: 1, 2, 3, 4" in _error(
        basic.post("diklat", json=body), 400
    )
    body = Samples(sandbox.world, "0b6e8a55-35c4-4a93-9d8a-5f7b2f0f4c11").body("Beasiswa")
    assert "id_sdm" in _error(basic.post("beasiswa", json=body), 400)


def test_duplicate_locked_pddikti_and_unknown(sandbox: SandboxServer, basic: httpx.Client) -> None:
    me = _lecturer(sandbox)
    body = Samples(sandbox.world, me).body("Penghargaan", "penghargaan")
    first = basic.post("penghargaan", json=body)
    assert first.status_code == 200
    again = basic.post("penghargaan", json=body)
    assert _error(again, 409) == f"Existing ID: {first.json()['id']}"
    # A record used in BKD or a PAK refuses PUT and DELETE with the reason.
    sandbox.writes.lock(first.json()["id"])
    assert "BKD" in _error(basic.put(f"penghargaan/{first.json()['id']}", json=body), 403)
    assert "BKD" in _error(basic.delete(f"penghargaan/{first.json()['id']}"), 403)
    sandbox.writes.unlock(first.json()["id"])
    assert basic.delete(f"penghargaan/{first.json()['id']}").status_code == 204
    # Some records drawn with the world are marked so.
    drawn = [
        r["id"]
        for p in sandbox.world.sdm
        for r in sandbox.world.activities.of(sandbox.world.activities.place[p.id_sdm]).records[
            "penelitian"
        ]
    ]
    locked = [i for i in drawn if sandbox.writes.locked("penelitian", i)]
    assert locked and len(locked) < len(drawn)
    assert "BKD" in _error(basic.delete(f"penelitian/{locked[0]}"), 403)
    # PDDIKTI families: 405, except their bidang_ilmu.
    bundle = sandbox.world.activities.of(sandbox.world.activities.place[me])
    teaching = bundle.records["pengajaran"][0]["id"]
    assert "PDDIKTI" in _error(basic.put(f"pengajaran/{teaching}", json={}), 405)
    assert "PDDIKTI" in _error(basic.post("pengajaran", json={}), 405)
    group = ref.national()["kelompok_bidang_iptek"][3]["id"]
    assert basic.put(f"pengajaran/{teaching}/bidang_ilmu", json=[group]).status_code == 200
    assert basic.get(f"pengajaran/{teaching}/bidang_ilmu").json()[0]["id_kelompok_bidang"] == group
    unknown = "0b6e8a55-35c4-4a93-9d8a-5f7b2f0f4c11"
    assert (
        _error(basic.put(f"penghargaan/{unknown}", json=body), 404)
        == f"ID {unknown} tidak ditemukan"
    )
    assert basic.delete(f"penghargaan/{unknown}").status_code == 404


def test_a_new_penelitian_counts_in_bkd(sandbox: SandboxServer, basic: httpx.Client) -> None:
    """BKD reads the research records: one written for 2024 is in the 2023/2024 Genap list."""
    world = sandbox.world
    me = next(
        p.id_sdm
        for p in world.sdm
        if "20232" in world.activities.of(world.activities.place[p.id_sdm]).semesters
        and world.facts[world.activities.place[p.id_sdm]].jabfung
    )
    body = Samples(world, me).body("Litabmas", "penelitian")
    body.update(tahun_pelaksanaan=2024, judul="Penelitian yang masuk BKD")
    before = basic.get("bkd/penelitian", params={"id_sdm": me, "id_smt": "20232"}).json()
    created = basic.post("penelitian", json=body).json()["id"]
    after = basic.get("bkd/penelitian", params={"id_sdm": me, "id_smt": "20232"}).json()
    assert [r["judul_keg"] for r in after if r not in before] == ["Penelitian yang masuk BKD"]
    assert basic.delete(f"penelitian/{created}").status_code == 204
    assert basic.get("bkd/penelitian", params={"id_sdm": me, "id_smt": "20232"}).json() == before
