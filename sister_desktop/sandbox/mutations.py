"""Changes to a world's records after it was built, as SISTER's data moves between two syncs:
a record edited, one deleted, one new. Deterministic from a seed, for tests and benchmarks of
the incremental sync (what a second run fetches after 5 % of the records changed).

Every per-person list dataset can be changed: the five histories drawn with the world and the
lazily drawn activities (drawn here when needed). An edit changes a field the list shows, so
the list row (and the detail, the same object) differ from before; an added record is a copy
of one of the person's records under a new id; a removed one is gone from the list and from
the detail lookups alike.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sister_desktop.sandbox.activities import AJUAN, item_keys

if TYPE_CHECKING:
    from sister_desktop.sandbox.dataset import World

Row = dict[str, Any]
#: Appended to an edited field (what SISTER's own edit would look like to a list).
EDIT_MARK = " (diperbarui)"


@dataclass
class Mutations:
    """What one call changed, per action and per family."""

    changed: int = 0
    removed: int = 0
    added: int = 0
    by_family: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return self.changed + self.removed + self.added


def person_lists(world: World, index: int) -> dict[str, list[Row]]:
    """Every per-person list of the person at ``index``: ``family -> rows`` (the lists
    themselves, so editing them edits what the sandbox serves)."""
    from sister_desktop.sandbox.dataset import LIST_ITEM_KEYS

    person = world.sdm[index]
    lists = {name: person.details(name) for name in LIST_ITEM_KEYS}
    lists.update(world.activities.of(index).records)
    return lists


def _list_keys(family: str) -> tuple[str, ...]:
    from sister_desktop.sandbox.dataset import LIST_ITEM_KEYS

    return LIST_ITEM_KEYS.get(family) or item_keys(family)


def list_row(family: str, row: Row) -> Row:
    """The record as its list shows it: only the list's fields."""
    return {key: row.get(key) for key in _list_keys(family)}


def _new_id(rng: random.Random, index: int) -> str:
    bits = (rng.getrandbits(128) & ~0xFFFF) | index  # the owner's place, as every id has
    return str(uuid.UUID(int=bits, version=4))


#: List fields an edit leaves alone: the semester a record is filed under (named in the list,
#: its id in the detail and the ``id_semester`` query), which no edit renames on its own.
UNEDITED = frozenset({"id", "semester"})


def edit_record(world: World, family: str, row: Row) -> bool:
    """Change a text field the list shows (the first one but ``UNEDITED``); ``False`` when
    the list shows no text field to change."""
    for key in _list_keys(family):
        if key not in UNEDITED and isinstance(row.get(key), str):
            row[key] = row[key] + EDIT_MARK
            return True
    return False


def remove_record(world: World, family: str, record_id: str) -> bool:
    """Delete one record from its person's list and the detail lookups."""
    index = _owner(world, family, record_id)
    if index is None:
        return False
    rows = person_lists(world, index)[family]
    for n, row in enumerate(rows):
        if row.get("id") == record_id:
            del rows[n]
            _forget(world, index, family, record_id)
            return True
    return False


def add_record(world: World, index: int, family: str, rng: random.Random) -> Row | None:
    """A new record for the person at ``index``: a copy of one of theirs under a new id (so
    its fields are as real as the others), listed first, as SISTER lists the newest."""
    rows = person_lists(world, index)[family]
    if not rows:
        return None
    row = dict(rng.choice(rows))
    row["id"] = _new_id(rng, index)
    edit_record(world, family, row)
    return insert_record(world, index, family, row)


def insert_record(world: World, index: int, family: str, row: Row) -> Row:
    """``row`` as a new record of the person at ``index``, listed first and answered by its
    detail path (an id carrying the person's place is given where ``row`` has none)."""
    if not row.get("id"):
        row = {**row, "id": _new_id(random.Random(f"{family}/{index}/{len(row)}"), index)}
    person_lists(world, index)[family].insert(0, row)
    _register(world, index, family, row)
    return row


def mutate(
    world: World, fraction: float, seed: int = 1, families: tuple[str, ...] | None = None
) -> Mutations:
    """Change about ``fraction`` of every person's list records: of those picked, six in ten
    are edited, two removed, and for two a new record is added beside them."""
    rng = random.Random(f"sister-sandbox-mutations/{world.seed}/{world.size}/{seed}")
    done = Mutations()
    for index in range(len(world.sdm)):
        for family, rows in person_lists(world, index).items():
            if families is not None and family not in families:
                continue
            for row in list(rows):
                if rng.random() >= fraction:
                    continue
                action = rng.random()
                if action < 0.6:
                    if edit_record(world, family, row):
                        done.changed += 1
                        done.by_family[family] += 1
                elif action < 0.8:
                    if remove_record(world, family, str(row.get("id"))):
                        done.removed += 1
                        done.by_family[family] += 1
                elif add_record(world, index, family, rng) is not None:
                    done.added += 1
                    done.by_family[family] += 1
    return done


# -- the lookups beside the lists ------------------------------------------------------------


def _owner(world: World, family: str, record_id: str) -> int | None:
    from sister_desktop.sandbox.dataset import LIST_ITEM_KEYS

    if family in LIST_ITEM_KEYS:
        hit = world.records[family].get(record_id)
        return world.activities.place[hit[0].id_sdm] if hit else None
    found = world.activities.find(family, record_id)
    return world.activities.place[found[0].id_sdm] if found else None


def _forget(world: World, index: int, family: str, record_id: str) -> None:
    from sister_desktop.sandbox.dataset import LIST_ITEM_KEYS

    if family in LIST_ITEM_KEYS:
        world.records[family].pop(record_id, None)
        return
    bundle = world.activities.of(index)
    bundle.by_id.pop(record_id, None)
    world.activities.forget_document(record_id)


def _register(world: World, index: int, family: str, row: Row) -> None:
    from sister_desktop.sandbox.dataset import LIST_ITEM_KEYS

    if family in LIST_ITEM_KEYS:
        world.records[family][row["id"]] = (world.sdm[index], row)
        return
    bundle = world.activities.of(index)
    bundle.by_id[row["id"]] = (family, row)
    if family in AJUAN:
        return
    if row["id"] not in bundle.bidang_ilmu:
        bundle.bidang_ilmu[row["id"]] = []
