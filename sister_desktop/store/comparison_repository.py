"""Reads for the Perbandingan (linked employees with their stored SISTER answers) and the writes
of "Terapkan data SISTER" with its history and undo, and "Tambah dari SISTER".

A copy and its history line are written in one transaction; so are a new employee and its link.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Row
from sqlalchemy.ext.asyncio import AsyncConnection

from sister_desktop.domain.comparison import APPLICABLE_FIELDS, ENDPOINTS_READ
from sister_desktop.domain.comparison_history import (
    ComparisonHistoryEntry,
    FieldCopy,
    HistoryAction,
    UndoResult,
    as_text,
)
from sister_desktop.domain.derived import DERIVED_FIELDS, DerivedValues
from sister_desktop.domain.links import LinkMethod, LinkRequest, PegawaiGoneError
from sister_desktop.domain.pegawai import LOCAL_FIELDS, JenisPegawai, Pegawai
from sister_desktop.domain.sister_answers import mapped_payload
from sister_desktop.store.database import Database
from sister_desktop.store.link_repository import LinkRepository
from sister_desktop.store.pegawai_repository import PEGAWAI_SELECT, to_pegawai
from sister_desktop.store.schema import (
    pegawai,
    perbandingan_history,
    sister_link,
    sister_record,
    sister_summary,
    utcnow,
)

CHUNK = 500
_h = perbandingan_history.c


def _entry(row: Row[Any]) -> ComparisonHistoryEntry:
    v = row._mapping
    return ComparisonHistoryEntry(
        id=v["id"],
        pegawai_id=v["pegawai_id"],
        pegawai_nama=v["pegawai_nama"],
        id_sdm=v["id_sdm"],
        field=v["field"],
        old_value=v["old_value"],
        new_value=v["new_value"],
        action=HistoryAction(v["action"]),
        batch_id=v["batch_id"],
        undone_by=v["undone_by"],
        changed_at=v["changed_at"],
        changed_by=v["changed_by"],
    )


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


@dataclass(frozen=True, slots=True)
class SyncedPegawai:
    """A linked employee with the SISTER records stored for its current link: the raw rows of
    each dataset the comparison reads, in SISTER's order."""

    pegawai: Pegawai
    records: dict[str, list[Mapping[str, Any]]]
    derived: DerivedValues | None

    @property
    def payloads(self) -> dict[str, Any]:
        """The stored answers as the comparison reads them (``dataset -> payload``), mapped
        from the raw rows (pure: the comparison calls it in the worker)."""
        return {dataset: mapped_payload(dataset, rows) for dataset, rows in self.records.items()}


class ComparisonRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reads -------------------------------------------------------------------------------

    async def linked(self, pegawai_ids: Sequence[int] | None = None) -> list[SyncedPegawai]:
        """Linked employees (ordered by name) with the stored answers the comparison reads.

        Only answers fetched for the employee's *current* id_sdm count: after a relink the old
        person's data says nothing about this one.
        """
        query = PEGAWAI_SELECT.where(sister_link.c.id_sdm.is_not(None)).order_by(
            pegawai.c.nama, pegawai.c.id
        )
        same_person = sa.and_(
            sister_link.c.pegawai_id == sister_record.c.pegawai_id,
            sister_link.c.id_sdm == sister_record.c.id_sdm,
        )
        data_query = (
            sa.select(sister_record.c.pegawai_id, sister_record.c.dataset, sister_record.c.row)
            .select_from(sister_record.join(sister_link, same_person))
            .where(
                sister_record.c.dataset.in_(ENDPOINTS_READ), sister_record.c.removed_at.is_(None)
            )
            .order_by(sister_record.c.position)
        )
        summary_query = sa.select(sister_summary).select_from(
            sister_summary.join(
                sister_link,
                sa.and_(
                    sister_link.c.pegawai_id == sister_summary.c.pegawai_id,
                    sister_link.c.id_sdm == sister_summary.c.id_sdm,
                ),
            )
        )
        records: dict[int, dict[str, list[Mapping[str, Any]]]] = {}
        derived: dict[int, DerivedValues] = {}
        async with self._db.connect() as conn:
            if pegawai_ids is None:
                people = [to_pegawai(r) for r in await conn.execute(query)]
                data_rows = list(await conn.execute(data_query))
                summary_rows = list(await conn.execute(summary_query))
            else:
                people, data_rows, summary_rows = [], [], []
                for chunk in _chunks(list(dict.fromkeys(pegawai_ids))):
                    people += [
                        to_pegawai(r)
                        for r in await conn.execute(query.where(pegawai.c.id.in_(chunk)))
                    ]
                    data_rows += list(
                        await conn.execute(data_query.where(sister_record.c.pegawai_id.in_(chunk)))
                    )
                    summary_rows += list(
                        await conn.execute(
                            summary_query.where(sister_summary.c.pegawai_id.in_(chunk))
                        )
                    )
        for row in data_rows:
            records.setdefault(row.pegawai_id, {}).setdefault(row.dataset, []).append(row.row)
        for row in summary_rows:
            v = row._mapping
            derived[v["pegawai_id"]] = DerivedValues(**{n: v[n] for n in DERIVED_FIELDS})
        return [SyncedPegawai(p, records.get(p.id, {}), derived.get(p.id)) for p in people]

    async def unlinked(self) -> list[Pegawai]:
        """Employees with no SISTER link, ordered by name."""
        query = PEGAWAI_SELECT.where(sister_link.c.id_sdm.is_(None)).order_by(
            pegawai.c.nama, pegawai.c.id
        )
        async with self._db.connect() as conn:
            return [to_pegawai(r) for r in await conn.execute(query)]

    async def all_pegawai(self) -> list[Pegawai]:
        """Every employee with its current link (the orphan lists match SDM against them)."""
        async with self._db.connect() as conn:
            return [to_pegawai(r) for r in await conn.execute(PEGAWAI_SELECT)]

    async def linked_id_sdm(self) -> set[str]:
        async with self._db.connect() as conn:
            return set(await conn.scalars(sa.select(sister_link.c.id_sdm)))

    async def history(
        self, pegawai_id: int | None = None, *, limit: int = 1000
    ) -> list[ComparisonHistoryEntry]:
        """Newest first; one employee's lines or everybody's."""
        query = sa.select(perbandingan_history).order_by(_h.changed_at.desc(), _h.id.desc())
        if pegawai_id is not None:
            query = query.where(_h.pegawai_id == pegawai_id)
        async with self._db.connect() as conn:
            return [_entry(r) for r in await conn.execute(query.limit(limit))]

    # -- Terapkan ----------------------------------------------------------------------------

    async def apply(self, copies: Sequence[FieldCopy], *, who: str | None) -> tuple[str, int]:
        """Write every copy and its history line in one transaction; returns the batch id and
        how many fields really changed (a field already holding the value is left alone).

        Raises ``PegawaiGoneError`` when an employee was deleted meanwhile (nothing written).
        """
        for copy in copies:
            if copy.field not in APPLICABLE_FIELDS:
                raise ValueError(copy.field)
        batch_id = str(uuid.uuid4())
        now = utcnow()
        changed = 0
        async with self._db.transaction() as conn:
            current = await self._current(conn, [c.pegawai_id for c in copies])
            # The history names the employee as they were called when the value was applied
            # (a Terapkan of "nama" must not show the new name on its own line).
            names_before = {pegawai_id: row["nama"] for pegawai_id, row in current.items()}
            lines = []
            for copy in copies:
                row = current.get(copy.pegawai_id)
                if row is None:
                    raise PegawaiGoneError(copy.pegawai_id)
                old = row[copy.field]
                if old == copy.value:
                    continue
                await conn.execute(
                    sa.update(pegawai)
                    .where(pegawai.c.id == copy.pegawai_id)
                    .values({copy.field: copy.value, "updated_at": now})
                )
                row[copy.field] = copy.value
                lines.append(
                    {
                        "pegawai_id": copy.pegawai_id,
                        "pegawai_nama": names_before[copy.pegawai_id],
                        "id_sdm": copy.id_sdm,
                        "field": copy.field,
                        "old_value": as_text(old),
                        "new_value": as_text(copy.value),
                        "action": HistoryAction.APPLY.value,
                        "batch_id": batch_id,
                        "changed_at": now,
                        "changed_by": who,
                    }
                )
                changed += 1
            for chunk in _chunks(lines):
                await conn.execute(perbandingan_history.insert(), list(chunk))
        return batch_id, changed

    async def undo(self, batch_id: str, *, who: str | None) -> UndoResult:
        """Put back the values an apply batch replaced, in one transaction.

        A field changed again since (by hand, or a later apply) keeps its newer value and is
        reported as a conflict: an undo never silently throws away later work.
        """
        undo_id = str(uuid.uuid4())
        now = utcnow()
        async with self._db.transaction() as conn:
            rows = await conn.execute(
                sa.select(perbandingan_history)
                .where(
                    _h.batch_id == batch_id,
                    _h.action == HistoryAction.APPLY.value,
                    _h.undone_by.is_(None),
                )
                .order_by(_h.id.desc())
            )
            entries = [_entry(r) for r in rows]
            current = await self._current(
                conn, [e.pegawai_id for e in entries if e.pegawai_id is not None]
            )
            conflicts = []
            restored = []
            for entry in entries:
                row = current.get(entry.pegawai_id) if entry.pegawai_id is not None else None
                if row is None or as_text(row[entry.field]) != entry.new_value:
                    conflicts.append(entry)
                    continue
                old = entry.old_value
                value: str | date | None = (
                    date.fromisoformat(old)
                    if entry.field == "tanggal_lahir" and old is not None
                    else old
                )
                await conn.execute(
                    sa.update(pegawai)
                    .where(pegawai.c.id == entry.pegawai_id)
                    .values({entry.field: value, "updated_at": now})
                )
                row[entry.field] = value
                restored.append(entry)
            if not restored:
                return UndoResult(None, 0, tuple(conflicts))
            await conn.execute(
                perbandingan_history.insert(),
                [
                    {
                        "pegawai_id": e.pegawai_id,
                        "pegawai_nama": e.pegawai_nama,
                        "id_sdm": e.id_sdm,
                        "field": e.field,
                        "old_value": e.new_value,
                        "new_value": e.old_value,
                        "action": HistoryAction.UNDO.value,
                        "batch_id": undo_id,
                        "changed_at": now,
                        "changed_by": who,
                    }
                    for e in restored
                ],
            )
            await conn.execute(
                sa.update(perbandingan_history)
                .where(_h.id.in_([e.id for e in restored]))
                .values(undone_by=undo_id)
            )
        return UndoResult(undo_id, len(restored), tuple(conflicts))

    async def _current(
        self, conn: AsyncConnection, ids: Sequence[int]
    ) -> dict[int, dict[str, Any]]:
        found: dict[int, dict[str, Any]] = {}
        for chunk in _chunks(list(dict.fromkeys(ids))):
            result = await conn.execute(
                sa.select(pegawai.c.id, *(pegawai.c[n] for n in LOCAL_FIELDS)).where(
                    pegawai.c.id.in_(chunk)
                )
            )
            for row in result:
                found[row.id] = dict(row._mapping)
        return found

    # -- Tambah dari SISTER ------------------------------------------------------------------

    async def add_linked(
        self, item: Pegawai, id_sdm: str, *, who: str | None, reason: str | None = None
    ) -> int:
        """Insert a new employee and link it to ``id_sdm`` in one transaction; returns its id.

        Raises ``SdmAlreadyLinkedError`` (nothing written) when the SDM has an employee already.
        """
        now = utcnow()
        values = {name: getattr(item, name) for name in LOCAL_FIELDS}
        values["jenis_pegawai"] = JenisPegawai(item.jenis_pegawai).value
        async with self._db.transaction() as conn:
            new_id = (
                await conn.execute(
                    pegawai.insert()
                    .values(**values, aktif=item.aktif, created_at=now, updated_at=now)
                    .returning(pegawai.c.id)
                )
            ).scalar_one()
            # The link and its history line go through the link repository's own writer, in
            # this same transaction, so the audit of links stays in one place.
            await LinkRepository(self._db)._link_in(
                conn,
                [LinkRequest(new_id, id_sdm, LinkMethod.MANUAL, reason=reason)],
                who=who,
                batch_id=str(uuid.uuid4()),
            )
        return int(new_id)
