"""The world's records changed after it was built: edits, removals and additions, the same for
the same seed, served by the sandbox as SISTER would after such changes."""

from __future__ import annotations

import random

from sister_desktop.sandbox import mutations
from sister_desktop.sandbox.dataset import World
from sister_desktop.sandbox.routes import Refusal, Router


def _lists(world: World) -> dict[tuple[int, str], list[str]]:
    return {
        (index, family): [str(row.get("id")) for row in rows]
        for index in range(len(world.sdm))
        for family, rows in mutations.person_lists(world, index).items()
    }


def test_the_same_seed_changes_the_same_records():
    one, two = World(seed=3, size=30), World(seed=3, size=30)
    first, second = one.mutate(0.05, seed=9), two.mutate(0.05, seed=9)
    assert (first.changed, first.removed, first.added) == (
        second.changed,
        second.removed,
        second.added,
    )
    assert first.changed and first.removed and first.added
    assert _lists(one) == _lists(two)
    other = World(seed=3, size=30)
    other.mutate(0.05, seed=10)
    assert _lists(other) != _lists(one)


def test_about_the_fraction_asked_is_changed():
    world = World(seed=4, size=40)
    before = sum(len(ids) for ids in _lists(world).values())
    done = world.mutate(0.05)
    assert 0.03 * before < done.total < 0.07 * before
    assert sum(done.by_family.values()) == done.total


def test_edited_removed_and_added_records_are_served_so():
    world = World(seed=5, size=30)
    router = Router(world)
    person = world.sdm[0]
    index = 0
    rows = mutations.person_lists(world, index)
    family = next(f for f in ("diklat", "penugasan", "dokumen") if len(rows[f]) >= 2)
    edited, removed = rows[family][0], rows[family][1]
    assert mutations.edit_record(world, family, edited)
    assert mutations.remove_record(world, family, removed["id"])
    added = mutations.add_record(world, index, family, random.Random(1))
    assert added is not None

    listed = router.resolve(f"/{family}", {"id_sdm": person.id_sdm}).body
    ids = [row["id"] for row in listed]
    assert removed["id"] not in ids and added["id"] == ids[0] and edited["id"] in ids
    shown = next(row for row in listed if row["id"] == edited["id"])
    assert any(isinstance(v, str) and v.endswith(mutations.EDIT_MARK) for v in shown.values())
    assert router.resolve(f"/{family}/{added['id']}", {}).body["id"] == added["id"]
    try:
        router.resolve(f"/{family}/{removed['id']}", {})
    except Refusal as refusal:
        assert refusal.status == 404
    else:
        raise AssertionError("a removed record still answered")


def test_an_edit_keeps_the_semester_a_record_is_filed_under():
    """A pengajaran edited stays in its semester: asked by ``id_semester`` or among every
    semester, its list row names the same one."""
    world = World(seed=5, size=30)
    router = Router(world)
    index, person = next(
        (n, p) for n, p in enumerate(world.sdm) if mutations.person_lists(world, n)["pengajaran"]
    )
    row = mutations.person_lists(world, index)["pengajaran"][0]
    named = row["semester"]
    assert mutations.edit_record(world, "pengajaran", row)
    assert row["semester"] == named and row["mata_kuliah"].endswith(mutations.EDIT_MARK)
    query = {"id_sdm": person.id_sdm, "id_semester": row["id_semester"]}
    assert row["id"] in {r["id"] for r in router.resolve("/pengajaran", query).body}
