"""The ``referensi`` lists a form offers its choices from: the cached ones as the last sync
stored them, and a list not cached yet fetched once from SISTER and kept beside them.

A form never offers an id SISTER would refuse, so its choices are SISTER's own lists; a list
that cannot be fetched (SISTER unreachable, a list the service does not serve) is simply
absent, and the form falls back to a typed value checked for its type only.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sister_desktop.domain.sister_writes import WriteFamily
from sister_desktop.services.connection import SettingsIncompleteError, SisterConnection
from sister_desktop.sister.dataset_reader import DatasetReader
from sister_desktop.sister.errors import SisterError
from sister_desktop.store.database import Database
from sister_desktop.store.sister_record_repository import SisterRecordRepository

log = logging.getLogger(__name__)

#: Lists a form never asks SISTER for whole: the people of the PT come from the SDM list, and
#: students and collaborators are searched, not listed.
NOT_LISTED: frozenset[str] = frozenset({"sdm", "mahasiswa_pddikti", "kolaborator_eksternal"})


@dataclass(frozen=True, slots=True)
class ReferensiChoices:
    """``list name -> ((id, nama), ...)`` in SISTER's order, and the lists that could not be
    had (their fields are typed)."""

    lists: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    missing: frozenset[str] = frozenset()

    def ids(self) -> dict[str, frozenset[str]]:
        """The known ids per list, for ``validate_body``."""
        return {name: frozenset(i for i, _ in items) for name, items in self.lists.items()}


def _pairs(payload: Any) -> tuple[tuple[str, str], ...] | None:
    """``(id, nama)`` of a list; in a list with a hierarchy (``parent_id``) only the leaves,
    which are what a record may carry."""
    if not isinstance(payload, list):
        return None
    parents = {
        str(item["parent_id"])
        for item in payload
        if isinstance(item, Mapping) and item.get("parent_id") not in (None, "")
    }
    pairs: list[tuple[str, str]] = []
    for item in payload:
        if isinstance(item, Mapping) and item.get("id") not in (None, ""):
            if str(item["id"]) in parents:
                continue
            nama = item.get("nama") or item.get("nama_perguruan_tinggi") or item["id"]
            pairs.append((str(item["id"]), str(nama)))
    return tuple(pairs)


#: Lists SISTER narrows to one family (``menu``): a record carries a category of its own kind.
PER_FAMILY: frozenset[str] = frozenset({"kategori_kegiatan"})
#: Lists SISTER serves only in parts, each with a query it requires: the whole list is the
#: parts together (``kelompok_bidang``: the tridharma groups, and the general ones).
IN_PARTS: dict[str, tuple[dict[str, str], ...]] = {
    "kelompok_bidang": ({"iptek": "true"}, {"iptek": "false"}),
}


#: Families whose ``kelompok_bidang`` is SISTER's list for tridharma (``iptek=true``); the
#: person's own bidang ilmu takes the general one.
NOT_IPTEK: frozenset[str] = frozenset({"data_pribadi/bidang_ilmu"})


def _key_and_query(name: str, family: str | None) -> tuple[str, dict[str, str] | None]:
    """Where a list is cached and what SISTER is asked with: a family's own kategori
    (``menu``), and the kelompok bidang SISTER asks ``iptek`` of."""
    if family and name in PER_FAMILY:
        return f"{name}?menu={family}", {"menu": family}
    if name == "kelompok_bidang":
        iptek = "false" if family in NOT_IPTEK else "true"
        return f"{name}?iptek={iptek}", {"iptek": iptek}
    return name, None


class ReferensiService:
    """Choices for the forms, each list fetched from SISTER at most once."""

    def __init__(self, db: Database, connection: SisterConnection) -> None:
        self._records = SisterRecordRepository(db)
        self._connection = connection

    async def choices(self, names: Iterable[str], *, family: str | None = None) -> ReferensiChoices:
        """The lists ``names`` (the cached ones, the others fetched now and cached); with
        ``family``, the lists SISTER narrows per family are that family's."""
        wanted = [name for name in dict.fromkeys(names) if name not in NOT_LISTED]
        keys = {name: _key_and_query(name, family) for name in wanted}
        cached = await self._records.referensi([key for key, _query in keys.values()])
        lists: dict[str, tuple[tuple[str, str], ...]] = {}
        missing: set[str] = set()
        for name in wanted:
            key, query = keys[name]
            pairs = _pairs(cached.get(key))
            if pairs is None:
                pairs = await self._fetch(name, key, query)
            if pairs is None and key != name:
                pairs = _pairs(cached.get(name)) or await self._fetch(name, name, None)
            if pairs is None:
                missing.add(name)
            else:
                lists[name] = pairs
        return ReferensiChoices(lists, frozenset(missing))

    async def known_ids(
        self, family: WriteFamily, fields: Iterable[str] | None = None
    ) -> dict[str, frozenset[str]]:
        """The ids of the lists ``family``'s fields name (only those of ``fields`` when
        given), for ``validate_body``: what an usulan may carry before it is saved or sent.
        A list that cannot be had is left out (its ids are checked for their type only)."""
        return await self.known_ids_of(family.referensi_lists_of(fields), family.dataset)

    async def known_ids_of(
        self, names: Iterable[str], family: str | None = None
    ) -> dict[str, frozenset[str]]:
        """The ids of the lists ``names`` (a list that cannot be had is left out)."""
        wanted = list(names)
        if not wanted:
            return {}
        return (await self.choices(wanted, family=family)).ids()

    async def _fetch(
        self, name: str, key: str, query: dict[str, str] | None
    ) -> tuple[tuple[str, str], ...] | None:
        try:
            api = await self._connection.api()
            reader = DatasetReader(api.client)
            if query is None and name in IN_PARTS:
                payload = []
                for part in IN_PARTS[name]:
                    payload += await reader.referensi(name, part)
            else:
                payload = await reader.referensi(name, query)
        except (SisterError, SettingsIncompleteError) as exc:
            log.info("referensi/%s not fetched for a form: %s", key, exc)
            return None
        await self._records.save_referensi(key, payload, datetime.now(UTC))
        return _pairs(payload)
