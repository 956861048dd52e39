"""Kirim ke SISTER over HTTP against the sandbox, for both roles: every outcome of an usulan,
documents uploaded first and kept through a later ubah, and the read-back into Data SISTER.
The sandbox's record of applied writes shows each write applied at most once."""

from __future__ import annotations

from dataclasses import replace

import httpx
import pytest

from sister_desktop.domain.sister_writes import write_family
from sister_desktop.domain.usulan import UsulanDokumen, UsulanJenis, UsulanStatus
from sister_desktop.domain.usulan_body import body_from_record, record_hash
from sister_desktop.services.kirim_service import KirimCannotStartError
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from tests.kirim_world import kirim_world


def _applied(sandbox, method: str | None = None, path_part: str = ""):
    return [
        row
        for row in sandbox.writes.applied()
        if (method is None or row["method"] == method) and path_part in row["path"]
    ]


async def _records(db, pegawai_id: int, dataset: str):
    return await SisterRecordRepository(db).records(pegawai_id, [dataset])


async def _ubah(world, db, dataset: str, changes: dict, *, record=None, dokumen=()):
    family = write_family(dataset)
    assert family is not None
    if record is None:
        record = (await _records(db, world.pegawai_ids[0], dataset))[0]
    base = body_from_record(family, record.values)
    return await world.usulan(
        dataset,
        UsulanJenis.UBAH,
        {**base, **changes},
        record_id=record.key,
        base=base,
        base_hash=record_hash(base),
        changed=tuple(changes) + (("dokumen",) if dokumen else ()),
        dokumen=tuple(dokumen),
    )


@pytest.mark.parametrize("role", ["basic", "pro"])
def test_baru_with_a_document_then_ubah_keeps_it_then_hapus(
    loop, db, sandbox_factory, tmp_path, role
):
    """A tridharma family applies at once for both roles."""
    sandbox = sandbox_factory(size=40, role=role)
    pdf = tmp_path / "laporan.pdf"
    pdf.write_bytes(b"%PDF-1.4 laporan akhir penelitian")

    async def scenario():
        world = await kirim_world(db, sandbox, role=role)
        kirim = world.services.kirim
        baru = await world.usulan(
            "penelitian",
            UsulanJenis.BARU,
            world.penelitian_body("Padi tahan kering di lahan gambut"),
            dokumen=(UsulanDokumen(nama="Laporan akhir", id_jenis_dokumen=3, path=str(pdf)),),
        )
        preview = await kirim.preview()
        first = await kirim.send()
        [sent] = first.usulan
        stored = [
            r
            for r in await _records(db, world.pegawai_ids[0], "penelitian")
            if r.key == sent.sister_id
        ]
        ubah = await _ubah(world, db, "penelitian", {"lokasi": "Kabupaten Bogor"}, record=stored[0])
        second = await kirim.send()
        after = [
            r
            for r in await _records(db, world.pegawai_ids[0], "penelitian")
            if r.key == sent.sister_id
        ]
        hapus = await world.usulan("penelitian", UsulanJenis.HAPUS, None, record_id=sent.sister_id)
        third = await kirim.send()
        gone = [
            r
            for r in await _records(db, world.pegawai_ids[0], "penelitian")
            if r.key == sent.sister_id
        ]
        usulan = await world.services.usulan.get(baru.id)
        return preview, first, sent, stored, ubah, second, after, hapus, third, gone, usulan

    preview, first, sent, stored, _ubah_item, second, after, _hapus_item, third, gone, usulan = (
        loop.run_until_complete(scenario())
    )
    [item] = preview.items
    assert item.usulan.jenis is UsulanJenis.BARU
    assert any(c.field == "judul" and c.new.startswith("Padi") for c in item.changes)
    assert sent.status is UsulanStatus.DITERAPKAN and sent.http_status == 200
    doc_id = usulan.dokumen[0].sister_id
    assert doc_id and sent.sister_id
    assert [d["id"] for d in stored[0].values["dokumen"]] == [doc_id]  # read back
    with httpx.Client() as http:
        token = http.post(
            f"{sandbox.base_url}/authorize",
            json={
                "username": sandbox.credentials.username,
                "password": sandbox.credentials.password,
                "id_pengguna": sandbox.credentials.id_pengguna,
            },
        ).json()["token"]
        download = http.get(
            f"{sandbox.base_url}/dokumen/{doc_id}/download",
            headers={"Authorization": f"Bearer {token}"},
        )
    assert download.content == b"%PDF-1.4 laporan akhir penelitian"
    [changed] = second.usulan
    assert changed.status is UsulanStatus.DITERAPKAN, changed.message
    assert after[0].values["lokasi"] == "Kabupaten Bogor"
    assert [d["id"] for d in after[0].values["dokumen"]] == [doc_id], "the document is kept"
    [deleted] = third.usulan
    assert deleted.status is UsulanStatus.DITERAPKAN and gone == []
    # Each write applied once: one document, one POST, one PUT, one DELETE.
    assert len(_applied(sandbox, "POST", "/dokumen")) == 1
    assert len(_applied(sandbox, "POST", "/penelitian")) == 1
    assert len(_applied(sandbox, "PUT", "penelitian")) == 1
    assert len(_applied(sandbox, "DELETE", "penelitian")) == 1
    assert first.requests >= 2


def test_basic_jabatan_fungsional_becomes_an_ajuan_visible_after_the_read_back(
    loop, db, sandbox_factory
):
    sandbox = sandbox_factory(size=40, role="basic")

    async def scenario():
        world = await kirim_world(db, sandbox, role="basic")
        before = await _records(db, world.pegawai_ids[0], "jabatan_fungsional/ajuan")
        await _ubah(world, db, "jabatan_fungsional", {"sk": "SK/REVISI/2024"})
        result = await world.services.kirim.send()
        ajuan = await _records(db, world.pegawai_ids[0], "jabatan_fungsional/ajuan")
        master = await _records(db, world.pegawai_ids[0], "jabatan_fungsional")
        return before, result, ajuan, master

    before, result, ajuan, master = loop.run_until_complete(scenario())
    [item] = result.usulan
    assert item.status is UsulanStatus.DIAJUKAN and item.http_status == 204
    new = [a for a in ajuan if a.key not in {b.key for b in before}]
    assert len(new) == 1 and new[0].values["status"] == "Diajukan"
    assert new[0].values["detail_perubahan"]["sk_baru"] == "SK/REVISI/2024"
    assert all(r.values.get("sk") != "SK/REVISI/2024" for r in master)  # unchanged until verified
    assert len(_applied(sandbox, "PUT", "jabatan_fungsional")) == 1


@pytest.mark.parametrize("role", ["basic", "pro"])
def test_a_data_pribadi_put_for_each_role(loop, db, sandbox_factory, role):
    sandbox = sandbox_factory(size=40, role=role)

    async def scenario():
        world = await kirim_world(db, sandbox, role=role)
        [alamat] = await _records(db, world.pegawai_ids[0], "data_pribadi/alamat")
        family = write_family("data_pribadi/alamat")
        base = body_from_record(family, alamat.values)
        await world.usulan(
            "data_pribadi/alamat",
            UsulanJenis.UBAH,
            {**base, "email": "dosen.baru@kampus.ac.id"},
            record_id="",
            base=base,
            base_hash=record_hash(base),
            changed=("email",),
        )
        result = await world.services.kirim.send()
        [after] = await _records(db, world.pegawai_ids[0], "data_pribadi/alamat")
        return result, after

    result, after = loop.run_until_complete(scenario())
    [item] = result.usulan
    if role == "basic":
        assert item.status is UsulanStatus.DIAJUKAN
        assert after.values["email"] != "dosen.baru@kampus.ac.id"
    else:
        assert item.status is UsulanStatus.DITERAPKAN
        assert after.values["email"] == "dosen.baru@kampus.ac.id"
    assert len(_applied(sandbox, "PUT", "data_pribadi/alamat")) == 1


def test_refusals_keep_sisters_reason_and_the_existing_id(loop, db, sandbox_factory):
    sandbox = sandbox_factory(size=40, role="pro")

    async def scenario():
        world = await kirim_world(db, sandbox, role="pro")
        # A research it continues that SISTER does not know: no referensi list names those,
        # so only SISTER can refuse it (an id outside a list is refused before sending).
        bad = world.penelitian_body("Lanjutan dari penelitian yang tidak ada")
        bad["id_litabmas_sebelumnya"] = "0b6e8a55-35c4-4a93-9d8a-5f7b2f0f4c11"
        refused = await world.usulan("penelitian", UsulanJenis.BARU, bad)
        [locked] = (await _records(db, world.pegawai_ids[0], "penelitian"))[:1]
        sandbox.writes.lock(locked.key)
        in_bkd = await _ubah(world, db, "penelitian", {"lokasi": "X"}, record=locked)
        [jabatan] = (await _records(db, world.pegawai_ids[0], "jabatan_fungsional"))[:1]
        family = write_family("jabatan_fungsional")
        duplicate_body = body_from_record(family, jabatan.values)
        duplicate_body["dokumen"] = []
        twin = await world.usulan("jabatan_fungsional", UsulanJenis.BARU, duplicate_body)
        result = await world.services.kirim.send(concurrency=1)
        return refused, in_bkd, twin, jabatan, {u.id: u for u in result.usulan}

    refused, in_bkd, twin, jabatan, outcome = loop.run_until_complete(scenario())
    assert outcome[refused.id].status is UsulanStatus.DITOLAK
    assert outcome[refused.id].http_status == 400
    assert "id_litabmas_sebelumnya" in outcome[refused.id].message
    assert outcome[in_bkd.id].status is UsulanStatus.DITOLAK
    assert outcome[in_bkd.id].http_status == 403 and "BKD" in outcome[in_bkd.id].message
    assert outcome[twin.id].status is UsulanStatus.DUPLIKAT
    assert outcome[twin.id].sister_id == jabatan.key
    assert _applied(sandbox, "POST", "jabatan_fungsional") == []


def test_a_409_from_sister_keeps_the_existing_id(loop, db, sandbox_factory):
    """Another operator enters the same riwayat in SISTER's own pages after this run read the
    list: SISTER's 409 names the record, and the usulan keeps it."""
    sandbox = sandbox_factory(size=40, role="pro")
    third_party: dict[str, str] = {}

    async def scenario():
        world = await kirim_world(db, sandbox, role="pro")
        family = write_family("jabatan_fungsional")
        [jabatan] = (await _records(db, world.pegawai_ids[0], "jabatan_fungsional"))[:1]
        first = body_from_record(family, jabatan.values)
        first.update(sk="SK/BARU/1/2024", dokumen=[])
        second = dict(first, sk="SK/BARU/2/2024")
        await world.usulan("jabatan_fungsional", UsulanJenis.BARU, first)
        late = await world.usulan("jabatan_fungsional", UsulanJenis.BARU, second)

        def on_progress(progress):
            if progress.done == 1 and not third_party:
                c = sandbox.credentials_for("pro")
                with httpx.Client(base_url=sandbox.base_url) as http:
                    token = http.post(
                        "/authorize",
                        json={
                            "username": c.username,
                            "password": c.password,
                            "id_pengguna": c.id_pengguna,
                        },
                    ).json()["token"]
                    made = http.post(
                        "/jabatan_fungsional",
                        json=second,
                        headers={"Authorization": f"Bearer {token}"},
                    )
                    third_party["id"] = made.json()["id"]

        result = await world.services.kirim.send(concurrency=1, on_progress=on_progress)
        return late, {u.id: u for u in result.usulan}

    late, outcome = loop.run_until_complete(scenario())
    assert outcome[late.id].status is UsulanStatus.DUPLIKAT
    assert outcome[late.id].http_status == 409
    assert outcome[late.id].sister_id == third_party["id"]


def test_a_record_changed_in_sister_is_not_sent(loop, db, sandbox_factory):
    sandbox = sandbox_factory(size=40, role="pro")

    async def scenario():
        world = await kirim_world(db, sandbox, role="pro")
        usulan = await _ubah(world, db, "jabatan_fungsional", {"sk": "SK/KAMPUS/2024"})
        sister_side = dict(usulan.base_record, sk="SK/DIUBAH/DI/SISTER")
        c = sandbox.credentials_for("pro")
        with httpx.Client(base_url=sandbox.base_url) as http:
            token = http.post(
                "/authorize",
                json={"username": c.username, "password": c.password, "id_pengguna": c.id_pengguna},
            ).json()["token"]
            changed = http.put(
                f"/jabatan_fungsional/{usulan.record_id}",
                json=sister_side,
                headers={"Authorization": f"Bearer {token}"},
            )
            assert changed.status_code == 200, changed.text
        before = len(sandbox.writes.applied())
        result = await world.services.kirim.send()
        return result, before

    result, before = loop.run_until_complete(scenario())
    [item] = result.usulan
    assert item.status is UsulanStatus.BERUBAH_DI_SISTER
    assert len(sandbox.writes.applied()) == before, "nothing was sent"


def test_writes_are_off_until_switched_on(loop, db, sandbox_factory):
    sandbox = sandbox_factory(size=40, role="pro")

    async def scenario():
        world = await kirim_world(db, sandbox, role="pro")
        kirim = world.services.kirim
        assert await kirim.writes_enabled()  # demo credentials: on
        await kirim.set_writes_enabled(False)
        await world.usulan("penelitian", UsulanJenis.BARU, world.penelitian_body("Riset X"))
        with pytest.raises(KirimCannotStartError) as caught:
            await kirim.send()
        still = await world.services.usulan.find()
        return caught.value.code, still

    code, still = loop.run_until_complete(scenario())
    assert code == "writes_off"
    assert [u.status for u in still] == [UsulanStatus.DISETUJUI]
    assert sandbox.writes.applied() == []


@pytest.mark.parametrize("role", ["basic", "pro"])
def test_pendidikan_formal_is_an_ajuan_for_basic_and_applied_for_pro(
    loop, db, sandbox_factory, role
):
    sandbox = sandbox_factory(size=40, role=role)

    async def scenario():
        world = await kirim_world(db, sandbox, role=role)
        [record] = (await _records(db, world.pegawai_ids[0], "pendidikan_formal"))[:1]
        usulan = await _ubah(
            world, db, "pendidikan_formal", {"judul_tugas_akhir": "Ketahanan padi"}, record=record
        )
        result = await world.services.kirim.send()
        master = await _records(db, world.pegawai_ids[0], "pendidikan_formal")
        ajuan = await _records(db, world.pegawai_ids[0], "pendidikan_formal/ajuan")
        return usulan, result, master, ajuan

    usulan, result, master, ajuan = loop.run_until_complete(scenario())
    [item] = result.usulan
    [after] = [r for r in master if r.key == usulan.record_id]
    proposed = [
        a
        for a in ajuan
        if a.values.get("detail_perubahan", {}).get("judul_tugas_akhir_baru") == "Ketahanan padi"
    ]
    if role == "basic":
        assert item.status is UsulanStatus.DIAJUKAN
        assert after.values.get("judul_tugas_akhir") != "Ketahanan padi"
        assert len(proposed) == 1 and proposed[0].values["status"] == "Diajukan"
    else:
        assert item.status is UsulanStatus.DITERAPKAN
        assert after.values["judul_tugas_akhir"] == "Ketahanan padi"
        assert proposed == []
    assert len(_applied(sandbox, "PUT", "pendidikan_formal")) == 1


@pytest.mark.parametrize("role", ["basic", "pro"])
def test_the_campus_mobile_number_and_address_go_to_sister_from_the_perbandingan(
    loop, db, sandbox_factory, role
):
    """``usulan dari-perbandingan`` over the alamat fields the campus keeps, approved and sent:
    one PUT of the whole alamat, an ajuan for Basic, applied for Pro."""
    sandbox = sandbox_factory(size=40, role=role)

    async def scenario():
        world = await kirim_world(db, sandbox, role=role)
        [alamat] = await _records(db, world.pegawai_ids[0], "data_pribadi/alamat")
        repo = PegawaiRepository(db)
        person = await repo.get(world.pegawai_ids[0])
        assert person is not None
        # The e-mail as SISTER has it (other case): no change; the number written the
        # international way is the same number; the address differs.
        await repo.update(
            replace(
                person,
                email=alamat.values["email"].upper(),
                telepon_hp="+62" + alamat.values["telepon_hp"][1:],
                alamat="Jl. Kampus Baru No. 7",
            )
        )
        usulan = world.services.usulan
        [same_number] = await usulan.from_comparison(fields=["alamat"])
        await usulan.batal([same_number.id])
        await repo.update(
            replace(
                await repo.get(person.id),
                telepon_hp="0812 3456 7890",
            )
        )
        [made] = await usulan.from_comparison(pegawai_ids=[person.id])
        await usulan.setujui([made.id])
        result = await world.services.kirim.send()
        [after] = await _records(db, world.pegawai_ids[0], "data_pribadi/alamat")
        return alamat, made, result, after

    before, made, result, after = loop.run_until_complete(scenario())
    assert made.dataset == "data_pribadi/alamat" and made.source == "perbandingan"
    assert set(made.changed_fields) == {"telepon_hp", "alamat"}
    assert made.body["email"] == before.values["email"], "SISTER's e-mail is kept"
    [item] = result.usulan
    if role == "basic":
        assert item.status is UsulanStatus.DIAJUKAN
        assert after.values["alamat"] == before.values["alamat"]
    else:
        assert item.status is UsulanStatus.DITERAPKAN
        assert after.values["alamat"] == "Jl. Kampus Baru No. 7"
        assert after.values["telepon_hp"] == "0812 3456 7890"
        assert after.values["email"] == before.values["email"]
    assert len(_applied(sandbox, "PUT", "data_pribadi/alamat")) == 1
