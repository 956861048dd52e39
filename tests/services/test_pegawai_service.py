"""The Pegawai service: saving applies the import's rules, and the demo list seeds once."""

from __future__ import annotations

from sister_desktop.domain.identifiers import IdentifierProblem
from sister_desktop.domain.import_problems import ImportProblemCode
from sister_desktop.domain.pegawai import NEW_ID, Pegawai
from sister_desktop.sandbox.dataset import World
from sister_desktop.services.pegawai_service import PegawaiService
from sister_desktop.store.pegawai_repository import PegawaiRepository


def test_save_normalises_and_refuses_with_reasons(loop, db):
    service = PegawaiService(PegawaiRepository(db))

    async def scenario():
        bad = await service.save(Pegawai(NEW_ID, "Ani", nidn="0015 0387", nik="x"))
        good = await service.save(Pegawai(NEW_ID, "  Ani   Lestari ", nidn=" 0015 038701 "))
        taken = await service.save(Pegawai(NEW_ID, "Ana", nidn="0015038701"))
        return bad, good, taken

    bad, good, taken = loop.run_until_complete(scenario())
    assert bad.pegawai is None
    assert [(p.field, p.code) for p in bad.problems] == [
        ("nidn", IdentifierProblem.WRONG_LENGTH),
        ("nik", IdentifierProblem.NOT_DIGITS),
    ]
    assert good.pegawai.nama == "Ani Lestari"
    assert good.pegawai.nidn == "0015038701"
    assert [(p.field, p.code) for p in taken.problems] == [
        ("nidn", ImportProblemCode.DUPLICATE_IN_DATABASE)
    ]


def test_demo_seed_fills_an_empty_list_once(loop, db):
    service = PegawaiService(PegawaiRepository(db))
    rows = World(seed=7, size=40).campus_rows()
    first = loop.run_until_complete(service.seed_if_empty(rows))
    second = loop.run_until_complete(service.seed_if_empty(rows))
    assert 0 < first <= len(rows)
    assert second == 0
    assert loop.run_until_complete(service.repository.count()) == first
