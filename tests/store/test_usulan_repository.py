"""Usulan are stored whole, move only from the statuses named, and ``sending`` is won once."""

from __future__ import annotations

import asyncio

from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.domain.usulan import Usulan, UsulanDokumen, UsulanJenis, UsulanStatus
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.usulan_repository import UsulanRepository

ID_SDM = "0b3f7f9e-1d2c-4c5b-9a8e-123456789abc"


def _draft(pegawai_id: int, **changes) -> Usulan:
    values = {
        "id": None,
        "pegawai_id": pegawai_id,
        "id_sdm": ID_SDM,
        "dataset": "penelitian",
        "jenis": UsulanJenis.BARU,
        "status": UsulanStatus.DRAF,
        "body": {"judul": "Padi tahan kering", "tahun_pelaksanaan": 2024},
        "dokumen": (
            UsulanDokumen(nama="Laporan akhir", id_jenis_dokumen=3, path="/tmp/laporan.pdf"),
            UsulanDokumen(nama="Tautan", id_jenis_dokumen=3, tautan="https://kampus.ac.id/x"),
        ),
        "source": "import",
        "pegawai_nama": "Siti Aminah",
    }
    values.update(changes)
    return Usulan(**values)  # type: ignore[arg-type]


def test_add_read_move_and_history(loop, any_db):
    repo = UsulanRepository(any_db)

    async def scenario():
        pegawai = await PegawaiRepository(any_db).add(Pegawai(id=None, nama="Siti Aminah"))
        assert pegawai.id is not None
        first, second = await repo.add_many([_draft(pegawai.id), _draft(pegawai.id)], by="ani")
        stored = await repo.get(first)
        approved = await repo.move(
            [first, second, 999],
            allowed_from=[UsulanStatus.DRAF],
            to=UsulanStatus.DISETUJUI,
            by="budi",
            values={"approved_by": "budi"},
        )
        again = await repo.move(
            [first], allowed_from=[UsulanStatus.DRAF], to=UsulanStatus.DISETUJUI, by="budi"
        )
        won = await repo.mark_sending(
            first, allowed_from=[UsulanStatus.DISETUJUI], run_id="run-1", by="cici"
        )
        lost = await repo.mark_sending(
            first, allowed_from=[UsulanStatus.DISETUJUI], run_id="run-2", by="cici"
        )
        settled = await repo.settle(
            first, UsulanStatus.DITERAPKAN, by="cici", sister_id="abc", http_status=200
        )
        assert stored is not None and stored.dokumen[0].id is not None
        await repo.set_dokumen_sister_id(stored.dokumen[0].id, "doc-1")
        return (
            stored,
            approved,
            again,
            won,
            lost,
            settled,
            await repo.get(first),
            await repo.history(first),
            await repo.counts(),
            await repo.find(run_id="run-1"),
        )

    stored, approved, again, won, lost, settled, after, history, counts, in_run = (
        loop.run_until_complete(scenario())
    )
    assert stored.body == {"judul": "Padi tahan kering", "tahun_pelaksanaan": 2024}
    assert [doc.nama for doc in stored.dokumen] == ["Laporan akhir", "Tautan"]
    assert stored.dokumen[1].tautan == "https://kampus.ac.id/x"
    assert stored.created_by == "ani" and stored.created_at is not None
    assert approved == [stored.id, stored.id + 1] and again == []
    assert won and not lost and settled
    assert after.status is UsulanStatus.DITERAPKAN and after.sister_id == "abc"
    assert after.approved_by == "budi" and after.sent_by == "cici"
    assert after.kirim_run_id == "run-1" and after.http_status == 200
    assert after.dokumen[0].sister_id == "doc-1"
    assert [(h.from_status, h.to_status, h.by) for h in history] == [
        (None, UsulanStatus.DRAF, "ani"),
        (UsulanStatus.DRAF, UsulanStatus.DISETUJUI, "budi"),
        (UsulanStatus.DISETUJUI, UsulanStatus.SENDING, "cici"),
        (UsulanStatus.SENDING, UsulanStatus.DITERAPKAN, "cici"),
    ]
    assert counts == {UsulanStatus.DITERAPKAN: 1, UsulanStatus.DISETUJUI: 1}
    assert [item.id for item in in_run] == [stored.id]


def test_two_senders_racing_for_one_usulan_only_one_wins(loop, db):
    repo = UsulanRepository(db)

    async def scenario():
        pegawai = await PegawaiRepository(db).add(Pegawai(id=None, nama="Siti Aminah"))
        assert pegawai.id is not None
        (usulan_id,) = await repo.add_many(
            [_draft(pegawai.id, status=UsulanStatus.DISETUJUI)], by="ani"
        )
        results = await asyncio.gather(
            *(
                repo.mark_sending(
                    usulan_id, allowed_from=[UsulanStatus.DISETUJUI], run_id=f"r{n}", by="x"
                )
                for n in range(5)
            )
        )
        return results

    assert sorted(loop.run_until_complete(scenario())) == [False] * 4 + [True]
