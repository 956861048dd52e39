"""The linking service against the real sandbox (loopback HTTP) and a real SQLite file."""

from __future__ import annotations

import pytest

from sister_desktop.domain.links import LinkAction, SdmAlreadyLinkedError
from sister_desktop.domain.matching import MatchGroup, Reason
from sister_desktop.domain.pegawai import NEW_ID, Pegawai
from tests.linking_world import linking_service, load_campus


@pytest.fixture
def world(sandbox_factory):
    return sandbox_factory(size=120)


@pytest.fixture
def service(loop, db, world):
    yield from linking_service(loop, db, world)


@pytest.fixture
def rows(loop, db, world):
    return load_campus(loop, db, world)


def test_plan_of_the_world_has_no_false_link(loop, service, rows, world):
    result = loop.run_until_complete(service.plan())
    plan, truth = result.plan, world.world.truth
    assert len(plan) == len(rows)
    assert plan.exact, "the world is mostly clean: most rows must be Cocok"
    for entry in plan.exact:
        assert truth.is_correct_link(rows[entry.pegawai.id], entry.proposed.id_sdm), entry
    campus_only = set(truth.campus_only)
    assert not [e for e in plan.exact if rows[e.pegawai.id] in campus_only]
    trap_rows = {t.row for t in truth.traps if t.kind == "nidn_of_other_person"}
    for entry in plan.review + plan.exact:
        if rows[entry.pegawai.id] in trap_rows:
            assert entry.group is MatchGroup.REVIEW
    assert result.sdm_count == world.world.size
    assert result.sdm_fetched_at.tzinfo is not None


def test_sdm_list_is_fetched_once_and_refreshed_on_request(loop, service, rows, world):
    world.stats.reset()
    loop.run_until_complete(service.plan())
    loop.run_until_complete(service.search("a"))
    first = service.sdm.snapshot
    assert world.stats.by_path["/referensi/sdm"] == 1
    assert service.sdm.fetch_count == 1
    loop.run_until_complete(service.sdm.refresh())
    assert world.stats.by_path["/referensi/sdm"] == 2
    assert service.sdm.snapshot.fetched_at >= first.fetched_at


def test_concurrent_callers_share_one_fetch(loop, service, world):
    import asyncio

    world.stats.reset()

    async def both():
        return await asyncio.gather(service.sdm.get(), service.sdm.get())

    a, b = loop.run_until_complete(both())
    assert a is b
    assert world.stats.by_path["/referensi/sdm"] == 1


def test_apply_links_the_confirmed_entries_in_one_batch(loop, service, rows):
    plan = loop.run_until_complete(service.plan()).plan
    result = loop.run_until_complete(service.apply(plan.exact))
    assert result.linked == len(plan.exact)
    linked = {p.id: p.id_sdm for p in loop.run_until_complete(service.pegawai.list_all())}
    for entry in plan.exact:
        assert linked[entry.pegawai.id] == entry.proposed.id_sdm
    lines = loop.run_until_complete(service.links.batch(result.batch_id))
    assert len(lines) == len(plan.exact)
    assert {line.changed_by for line in lines} == {"tester"}
    assert lines[0].matched_on in {"nuptk", "nidn", "nidk", "nupn", "nip"}
    again = loop.run_until_complete(service.plan())
    assert len(again.already_linked) == len(plan.exact)
    assert not again.plan.exact


def test_plan_of_given_ids_reports_missing_ones(loop, service, rows):
    some = list(rows)[:3]
    result = loop.run_until_complete(service.plan([*some, 999_999]))
    assert len(result.plan) == 3
    assert result.missing_ids == (999_999,)


def test_sdm_linked_to_someone_else_goes_to_review(loop, service, rows):
    plan = loop.run_until_complete(service.plan()).plan
    entry = plan.exact[0]
    intruder = loop.run_until_complete(service.pegawai.add(Pegawai(NEW_ID, "Orang Lain")))
    loop.run_until_complete(service.link_manual(intruder.id, entry.proposed.id_sdm))
    again = loop.run_until_complete(service.plan([entry.pegawai.id])).plan
    assert again.review[0].reason is Reason.SDM_ALREADY_LINKED
    assert again.review[0].linked_to == intruder.id


def test_search_by_name_identifier_and_birth_date(loop, service, rows, world):
    people = loop.run_until_complete(service.pegawai.list_all())
    truth = world.world.truth
    person = next(p for p in people if truth.sdm_of(rows[p.id]) and p.nidn and p.tanggal_lahir)
    true_sdm = truth.sdm_of(rows[person.id])
    by_name = loop.run_until_complete(service.search(person.nama))
    assert true_sdm in [s.sdm.id_sdm for s in by_name[:5]]
    by_nidn = loop.run_until_complete(service.search(person.nidn))
    assert [s.sdm.id_sdm for s in by_nidn][:1] == [true_sdm]
    assert by_nidn[0].matched_on == "nidn"
    partial = loop.run_until_complete(service.search(person.nidn[:6]))
    assert true_sdm in [s.sdm.id_sdm for s in partial]
    # An empty query suggests from the employee's own name and birth date.
    suggested = loop.run_until_complete(service.search("", person))
    assert suggested[0].sdm.id_sdm == true_sdm


def test_birth_date_lifts_a_candidate(loop, service):
    snapshot = loop.run_until_complete(service.sdm.get())
    from sister_desktop.domain.matching import birth_date_of_nip

    row = next(r for r in snapshot.rows if birth_date_of_nip(r.nip))
    someone = Pegawai(1, "Nama Yang Tidak Mirip", tanggal_lahir=birth_date_of_nip(row.nip))
    suggestions = loop.run_until_complete(service.search("", someone))
    assert suggestions[0].birth_date_match
    assert row.id_sdm in [s.sdm.id_sdm for s in suggestions if s.birth_date_match]


def test_manual_link_refused_with_the_holder_name(loop, service, rows):
    people = loop.run_until_complete(service.pegawai.list_all())
    a, b = people[0], people[1]
    snapshot = loop.run_until_complete(service.sdm.get())
    target = snapshot.rows[0].id_sdm
    loop.run_until_complete(service.link_manual(a.id, target))
    with pytest.raises(SdmAlreadyLinkedError) as caught:
        loop.run_until_complete(service.link_manual(b.id, target))
    assert caught.value.pegawai_nama == a.nama
    suggestions = loop.run_until_complete(service.search(snapshot.rows[0].nama_sdm))
    hit = next(s for s in suggestions if s.sdm.id_sdm == target)
    assert (hit.linked_to, hit.linked_to_nama) == (a.id, a.nama)


def test_unlink_needs_a_reason_and_is_in_the_history(loop, service, rows):
    person = loop.run_until_complete(service.pegawai.list_all())[0]
    target = loop.run_until_complete(service.sdm.get()).rows[0].id_sdm
    loop.run_until_complete(service.link_manual(person.id, target))
    with pytest.raises(ValueError):
        loop.run_until_complete(service.unlink(person.id, "   "))
    loop.run_until_complete(service.unlink(person.id, "salah orang"))
    history = loop.run_until_complete(service.history(person.id))
    assert [(h.action, h.reason) for h in history] == [
        (LinkAction.UNLINK, "salah orang"),
        (LinkAction.LINK, None),
    ]


def test_undo_of_a_collective_link(loop, service, rows):
    plan = loop.run_until_complete(service.plan()).plan
    result = loop.run_until_complete(service.apply(plan.exact))
    assert len(loop.run_until_complete(service.undoable(result.batch_id))) == result.linked
    assert loop.run_until_complete(service.undo_batch(result.batch_id)) == result.linked
    assert all(p.id_sdm is None for p in loop.run_until_complete(service.pegawai.list_all()))
    assert loop.run_until_complete(service.undoable(result.batch_id)) == []
