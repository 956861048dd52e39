"""Links between employees and SISTER persons: write, remove, audit, and undo a whole batch.

Every change goes through here so that the current link (``sister_link``) and its history
(``sister_link_history``) are always written in the same transaction. The unique constraint on
``sister_link.id_sdm`` is the last guard against two employees taking one SISTER person, even
from two workstations at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Row
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from sister_desktop.domain.links import (
    LinkAction,
    LinkHistoryEntry,
    LinkMethod,
    LinkRequest,
    PegawaiGoneError,
    SdmAlreadyLinkedError,
)
from sister_desktop.store.database import Database
from sister_desktop.store.schema import pegawai, sister_link, sister_link_history, utcnow

#: Ids per ``IN (...)``; keeps each statement under SQLite's parameter limit.
CHUNK = 500

_history = sister_link_history.c


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _entry(row: Row[Any]) -> LinkHistoryEntry:
    v = row._mapping
    return LinkHistoryEntry(
        id=v["id"],
        pegawai_id=v["pegawai_id"],
        pegawai_nama=v["pegawai_nama"],
        action=LinkAction(v["action"]),
        old_id_sdm=v["old_id_sdm"],
        new_id_sdm=v["new_id_sdm"],
        method=v["method"],
        matched_on=v["matched_on"],
        reason=v["reason"],
        batch_id=v["batch_id"],
        changed_at=v["changed_at"],
        changed_by=v["changed_by"],
    )


class LinkRepository:
    """All reads and writes of ``sister_link`` and ``sister_link_history``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reads -------------------------------------------------------------------------------

    async def linked_map(self) -> dict[str, int]:
        """Every current link as ``id_sdm -> pegawai id`` (what the matching must respect)."""
        async with self._db.connect() as conn:
            result = await conn.execute(sa.select(sister_link.c.id_sdm, sister_link.c.pegawai_id))
            return {row.id_sdm: row.pegawai_id for row in result}

    async def holder_of(self, id_sdm: str) -> tuple[int, str] | None:
        """The employee (id, name) linked to ``id_sdm``, if any."""
        async with self._db.connect() as conn:
            return await self._holder(conn, id_sdm)

    async def history(self, pegawai_id: int) -> list[LinkHistoryEntry]:
        """The employee's link history, newest first."""
        query = (
            sa.select(sister_link_history)
            .where(_history.pegawai_id == pegawai_id)
            .order_by(_history.changed_at.desc(), _history.id.desc())
        )
        async with self._db.connect() as conn:
            return [_entry(row) for row in await conn.execute(query)]

    async def batch(self, batch_id: str) -> list[LinkHistoryEntry]:
        query = (
            sa.select(sister_link_history)
            .where(_history.batch_id == batch_id)
            .order_by(_history.id)
        )
        async with self._db.connect() as conn:
            return [_entry(row) for row in await conn.execute(query)]

    async def undoable(self, batch_id: str) -> list[LinkHistoryEntry]:
        """The lines of a collective batch that nothing has overwritten since.

        A line can be undone while it is still the employee's latest history line; after an
        undo (or a later manual change) it is not, so a batch is never undone twice.
        """
        async with self._db.connect() as conn:
            return await self._undoable(conn, batch_id)

    # -- writes ------------------------------------------------------------------------------

    async def link_many(
        self, requests: Sequence[LinkRequest], *, who: str | None, batch_id: str | None = None
    ) -> str:
        """Write every link in one transaction: all of them or none. Returns the batch id.

        An employee already linked to the same SDM is left alone; one linked elsewhere is
        relinked (history says from what). Raises ``SdmAlreadyLinkedError`` naming the holder
        when an SDM belongs to another employee (or two requests want the same one), and
        ``PegawaiGoneError`` when an employee no longer exists.
        """
        batch_id, _written = await self.link_many_counted(requests, who=who, batch_id=batch_id)
        return batch_id

    async def link_many_counted(
        self, requests: Sequence[LinkRequest], *, who: str | None, batch_id: str | None = None
    ) -> tuple[str, int]:
        """``link_many``, and how many links it wrote: those already as asked (linked
        meanwhile by another workstation doing the same) are not written again, and the
        batch's history holds exactly the written ones."""
        batch_id = batch_id or str(uuid.uuid4())
        seen: dict[str, int] = {}
        for request in requests:
            other = seen.setdefault(request.id_sdm, request.pegawai_id)
            if other != request.pegawai_id:
                raise SdmAlreadyLinkedError(request.id_sdm, other, await self._name(other))
        for attempt in range(2):
            try:
                async with self._db.transaction() as conn:
                    written = await self._link_in(conn, requests, who=who, batch_id=batch_id)
                return batch_id, written
            except IntegrityError as exc:
                # Someone else linked one of these SDM between our check and our write.
                for request in requests:
                    holder = await self.holder_of(request.id_sdm)
                    if holder is not None and holder[0] != request.pegawai_id:
                        raise SdmAlreadyLinkedError(request.id_sdm, *holder) from exc
                if attempt:
                    raise
                # Only the same links, written elsewhere meanwhile: again, leaving them alone.
        raise AssertionError("unreachable")

    async def unlink(
        self, pegawai_id: int, *, reason: str, who: str | None
    ) -> LinkHistoryEntry | None:
        """Remove the employee's link and record why; ``None`` when there was none."""
        async with self._db.transaction() as conn:
            current = (
                await conn.execute(
                    sa.select(sister_link.c.id_sdm).where(sister_link.c.pegawai_id == pegawai_id)
                )
            ).first()
            if current is None:
                return None
            await conn.execute(sa.delete(sister_link).where(sister_link.c.pegawai_id == pegawai_id))
            names = await self._names(conn, [pegawai_id])
            history_id = await self._record(
                conn,
                pegawai_id=pegawai_id,
                pegawai_nama=names.get(pegawai_id),
                action=LinkAction.UNLINK,
                old_id_sdm=current.id_sdm,
                new_id_sdm=None,
                method=LinkMethod.MANUAL,
                reason=reason,
                who=who,
            )
            row = (
                await conn.execute(sa.select(sister_link_history).where(_history.id == history_id))
            ).one()
            return _entry(row)

    async def undo_batch(self, batch_id: str, *, who: str | None) -> tuple[str, int]:
        """Revert every still-current line of a batch in one transaction.

        A link is removed; a relink goes back to the earlier SDM when nobody holds it now.
        Returns the undo's own batch id and how many employees changed.
        """
        undo_id = str(uuid.uuid4())
        changed = 0
        async with self._db.transaction() as conn:
            for line in await self._undoable(conn, batch_id):
                assert line.pegawai_id is not None
                await conn.execute(
                    sa.delete(sister_link).where(sister_link.c.pegawai_id == line.pegawai_id)
                )
                restore = line.old_id_sdm
                if restore is not None and await self._holder(conn, restore) is not None:
                    restore = None
                if restore is not None:
                    await conn.execute(
                        sister_link.insert().values(
                            pegawai_id=line.pegawai_id,
                            id_sdm=restore,
                            method=LinkMethod.MANUAL.value,
                            matched_on=None,
                            reason=batch_id,
                            linked_at=utcnow(),
                            linked_by=who,
                        )
                    )
                await self._record(
                    conn,
                    pegawai_id=line.pegawai_id,
                    pegawai_nama=line.pegawai_nama,
                    action=LinkAction.RELINK if restore else LinkAction.UNLINK,
                    old_id_sdm=line.new_id_sdm,
                    new_id_sdm=restore,
                    method=LinkMethod.UNDO,
                    reason=batch_id,  # which batch this undoes
                    who=who,
                    batch_id=undo_id,
                )
                changed += 1
        return undo_id, changed

    # -- inside a transaction ----------------------------------------------------------------

    async def _link_in(
        self,
        conn: AsyncConnection,
        requests: Sequence[LinkRequest],
        *,
        who: str | None,
        batch_id: str,
    ) -> int:
        ids = [r.pegawai_id for r in requests]
        names = await self._names(conn, ids)
        missing = [i for i in ids if i not in names]
        if missing:
            raise PegawaiGoneError(missing[0])
        current: dict[int, str] = {}
        holders: dict[str, int] = {}
        for chunk in _chunks(ids):
            result = await conn.execute(
                sa.select(sister_link.c.pegawai_id, sister_link.c.id_sdm).where(
                    sister_link.c.pegawai_id.in_(chunk)
                )
            )
            current.update((row.pegawai_id, row.id_sdm) for row in result)
        for chunk in _chunks([r.id_sdm for r in requests]):
            result = await conn.execute(
                sa.select(sister_link.c.pegawai_id, sister_link.c.id_sdm).where(
                    sister_link.c.id_sdm.in_(chunk)
                )
            )
            holders.update((row.id_sdm, row.pegawai_id) for row in result)
        for request in requests:
            holder = holders.get(request.id_sdm)
            if holder is not None and holder != request.pegawai_id:
                other = (await self._names(conn, [holder])).get(holder, "")
                raise SdmAlreadyLinkedError(request.id_sdm, holder, other)

        now = utcnow()
        todo = [r for r in requests if current.get(r.pegawai_id) != r.id_sdm]
        relinked = [r.pegawai_id for r in todo if r.pegawai_id in current]
        for chunk in _chunks(relinked):
            await conn.execute(sa.delete(sister_link).where(sister_link.c.pegawai_id.in_(chunk)))
        links = [
            {
                "pegawai_id": r.pegawai_id,
                "id_sdm": r.id_sdm,
                "method": LinkMethod(r.method).value,
                "matched_on": r.matched_on,
                "reason": r.reason,
                "linked_at": now,
                "linked_by": who,
            }
            for r in todo
        ]
        lines = [
            {
                "pegawai_id": r.pegawai_id,
                "pegawai_nama": names[r.pegawai_id],
                "action": (LinkAction.RELINK if r.pegawai_id in current else LinkAction.LINK).value,
                "old_id_sdm": current.get(r.pegawai_id),
                "new_id_sdm": r.id_sdm,
                "method": LinkMethod(r.method).value,
                "matched_on": r.matched_on,
                "reason": r.reason,
                "batch_id": batch_id,
                "changed_at": now,
                "changed_by": who,
            }
            for r in todo
        ]
        for chunk in _chunks(links):
            await conn.execute(sister_link.insert(), list(chunk))
        for chunk in _chunks(lines):
            await conn.execute(sister_link_history.insert(), list(chunk))
        return len(todo)

    async def _record(
        self,
        conn: AsyncConnection,
        *,
        pegawai_id: int,
        pegawai_nama: str | None,
        action: LinkAction,
        old_id_sdm: str | None,
        new_id_sdm: str | None,
        method: LinkMethod,
        reason: str | None,
        who: str | None,
        batch_id: str | None = None,
        matched_on: str | None = None,
    ) -> int:
        result = await conn.execute(
            sister_link_history.insert()
            .values(
                pegawai_id=pegawai_id,
                pegawai_nama=pegawai_nama,
                action=action.value,
                old_id_sdm=old_id_sdm,
                new_id_sdm=new_id_sdm,
                method=method.value,
                matched_on=matched_on,
                reason=reason,
                batch_id=batch_id,
                changed_at=utcnow(),
                changed_by=who,
            )
            .returning(_history.id)
        )
        return int(result.scalar_one())

    async def _undoable(self, conn: AsyncConnection, batch_id: str) -> list[LinkHistoryEntry]:
        # The latest history line of each employee: the batch's own line, or something newer.
        latest = (
            sa.select(sa.func.max(_history.id))
            .where(_history.pegawai_id.is_not(None))
            .group_by(_history.pegawai_id)
            .scalar_subquery()
        )
        query = (
            sa.select(sister_link_history)
            .where(
                _history.batch_id == batch_id,
                _history.method != LinkMethod.UNDO.value,
                _history.action != LinkAction.UNLINK.value,
                _history.id.in_(latest),
            )
            .order_by(_history.id)
        )
        return [_entry(row) for row in await conn.execute(query)]

    async def _holder(self, conn: AsyncConnection, id_sdm: str) -> tuple[int, str] | None:
        row = (
            await conn.execute(
                sa.select(pegawai.c.id, pegawai.c.nama)
                .select_from(sister_link.join(pegawai, pegawai.c.id == sister_link.c.pegawai_id))
                .where(sister_link.c.id_sdm == id_sdm)
            )
        ).first()
        return None if row is None else (row.id, row.nama)

    async def _names(self, conn: AsyncConnection, ids: Sequence[int]) -> dict[int, str]:
        names: dict[int, str] = {}
        for chunk in _chunks(list(dict.fromkeys(ids))):
            result = await conn.execute(
                sa.select(pegawai.c.id, pegawai.c.nama).where(pegawai.c.id.in_(chunk))
            )
            names.update((row.id, row.nama) for row in result)
        return names

    async def _name(self, pegawai_id: int) -> str:
        async with self._db.connect() as conn:
            return (await self._names(conn, [pegawai_id])).get(pegawai_id, "")
