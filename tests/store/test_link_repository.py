"""Links and their history on a real database (SQLite file, and PostgreSQL when reachable)."""

from __future__ import annotations

import pytest

from sister_desktop.domain.links import (
    LinkAction,
    LinkMethod,
    LinkRequest,
    PegawaiGoneError,
    SdmAlreadyLinkedError,
)
from sister_desktop.domain.pegawai import NEW_ID, Pegawai
from sister_desktop.store.link_repository import LinkRepository
from sister_desktop.store.pegawai_repository import PegawaiRepository


def _people(loop, db, *names):
    return loop.run_until_complete(
        PegawaiRepository(db).save_many([Pegawai(NEW_ID, nama) for nama in names], [])
    )


def exact(pegawai_id, id_sdm):
    return LinkRequest(pegawai_id, id_sdm, LinkMethod.EXACT, "nidn", "identifier_and_name_match")


def test_link_many_writes_links_and_history_in_one_batch(loop, any_db):
    a, b = _people(loop, any_db, "Ahmad", "Budi")
    links = LinkRepository(any_db)
    batch = loop.run_until_complete(
        links.link_many([exact(a, "sdm-a"), exact(b, "sdm-b")], who="operator")
    )
    assert loop.run_until_complete(links.linked_map()) == {"sdm-a": a, "sdm-b": b}
    lines = loop.run_until_complete(links.batch(batch))
    assert [(x.pegawai_id, x.action, x.old_id_sdm, x.new_id_sdm) for x in lines] == [
        (a, LinkAction.LINK, None, "sdm-a"),
        (b, LinkAction.LINK, None, "sdm-b"),
    ]
    first = lines[0]
    assert (first.method, first.matched_on, first.changed_by) == ("exact", "nidn", "operator")
    assert first.pegawai_nama == "Ahmad"
    assert first.changed_at.tzinfo is not None
    pegawai = loop.run_until_complete(PegawaiRepository(any_db).get(a))
    assert pegawai.id_sdm == "sdm-a"


def test_sdm_of_another_employee_is_refused_with_their_name_and_nothing_written(loop, any_db):
    a, b, c = _people(loop, any_db, "Ahmad", "Budi", "Citra")
    links = LinkRepository(any_db)
    loop.run_until_complete(links.link_many([exact(a, "sdm-a")], who="op"))
    with pytest.raises(SdmAlreadyLinkedError) as caught:
        loop.run_until_complete(links.link_many([exact(c, "sdm-c"), exact(b, "sdm-a")], who="op"))
    assert (caught.value.pegawai_id, caught.value.pegawai_nama) == (a, "Ahmad")
    assert loop.run_until_complete(links.linked_map()) == {"sdm-a": a}
    assert loop.run_until_complete(links.history(c)) == []


def test_two_requests_for_one_sdm_are_refused(loop, any_db):
    a, b = _people(loop, any_db, "Ahmad", "Budi")
    links = LinkRepository(any_db)
    with pytest.raises(SdmAlreadyLinkedError) as caught:
        loop.run_until_complete(links.link_many([exact(a, "x"), exact(b, "x")], who="op"))
    assert caught.value.pegawai_nama == "Ahmad"
    assert loop.run_until_complete(links.linked_map()) == {}


def test_deleted_employee_is_reported(loop, any_db):
    (a,) = _people(loop, any_db, "Ahmad")
    with pytest.raises(PegawaiGoneError):
        loop.run_until_complete(
            LinkRepository(any_db).link_many([exact(a, "x"), exact(a + 99, "y")], who="op")
        )


def test_relink_and_same_link_again(loop, any_db):
    (a,) = _people(loop, any_db, "Ahmad")
    links = LinkRepository(any_db)
    loop.run_until_complete(links.link_many([exact(a, "old")], who="op"))
    loop.run_until_complete(
        links.link_many([LinkRequest(a, "new", LinkMethod.MANUAL, reason="salah orang")], who="op")
    )
    loop.run_until_complete(links.link_many([exact(a, "new")], who="op"))  # nothing to do
    history = loop.run_until_complete(links.history(a))
    assert [(h.action, h.old_id_sdm, h.new_id_sdm) for h in history] == [
        (LinkAction.RELINK, "old", "new"),
        (LinkAction.LINK, None, "old"),
    ]
    assert history[0].reason == "salah orang"


def test_unlink_keeps_the_reason(loop, any_db):
    (a,) = _people(loop, any_db, "Ahmad")
    links = LinkRepository(any_db)
    loop.run_until_complete(links.link_many([exact(a, "sdm-a")], who="op"))
    line = loop.run_until_complete(links.unlink(a, reason="pensiun", who="hr"))
    assert (line.action, line.old_id_sdm, line.new_id_sdm, line.reason, line.changed_by) == (
        LinkAction.UNLINK,
        "sdm-a",
        None,
        "pensiun",
        "hr",
    )
    assert loop.run_until_complete(links.linked_map()) == {}
    assert loop.run_until_complete(links.unlink(a, reason="lagi", who="hr")) is None


def test_undo_batch_reverts_only_what_nothing_overwrote_and_only_once(loop, any_db):
    a, b, c = _people(loop, any_db, "Ahmad", "Budi", "Citra")
    links = LinkRepository(any_db)
    batch = loop.run_until_complete(
        links.link_many([exact(a, "sdm-a"), exact(b, "sdm-b"), exact(c, "sdm-c")], who="op")
    )
    # Afterwards the operator fixed Citra by hand: undo must not take that away.
    loop.run_until_complete(
        links.link_many([LinkRequest(c, "sdm-c2", LinkMethod.MANUAL)], who="op")
    )
    assert [x.pegawai_id for x in loop.run_until_complete(links.undoable(batch))] == [a, b]
    undo_id, changed = loop.run_until_complete(links.undo_batch(batch, who="op"))
    assert changed == 2
    assert loop.run_until_complete(links.linked_map()) == {"sdm-c2": c}
    undo_lines = loop.run_until_complete(links.batch(undo_id))
    assert {(x.action, x.method, x.reason) for x in undo_lines} == {
        (LinkAction.UNLINK, "undo", batch)
    }
    assert loop.run_until_complete(links.undoable(batch)) == []
    assert loop.run_until_complete(links.undo_batch(batch, who="op"))[1] == 0


def test_undo_of_a_relink_restores_the_earlier_sdm(loop, any_db):
    (a,) = _people(loop, any_db, "Ahmad")
    links = LinkRepository(any_db)
    loop.run_until_complete(links.link_many([exact(a, "first")], who="op"))
    batch = loop.run_until_complete(links.link_many([exact(a, "second")], who="op"))
    loop.run_until_complete(links.undo_batch(batch, who="op"))
    assert loop.run_until_complete(links.linked_map()) == {"first": a}


def test_a_large_batch_is_one_transaction(loop, db):
    ids = _people(loop, db, *(f"Pegawai {i}" for i in range(1200)))
    links = LinkRepository(db)
    requests = [exact(i, f"sdm-{i}") for i in ids]
    requests[-1] = exact(ids[-1], "sdm-taken")
    loop.run_until_complete(links.link_many([exact(ids[0], "sdm-taken")], who="op"))
    with pytest.raises(SdmAlreadyLinkedError):
        loop.run_until_complete(links.link_many(requests[1:], who="op"))
    assert len(loop.run_until_complete(links.linked_map())) == 1
    loop.run_until_complete(links.link_many(requests[1:-1], who="op"))
    assert len(loop.run_until_complete(links.linked_map())) == 1199
