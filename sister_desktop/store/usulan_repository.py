"""The usulan, their documents and their history (``schema.usulan*``).

Every status change is one transaction with its history line, and a change only happens from
the statuses the caller names (``WHERE status IN ...``): two workstations, or a window and a
command, can never both move the same usulan. ``mark_sending`` is the at-most-once gate of the
Kirim: it commits ``sending`` before the request leaves, and only one caller can win it.
The writers need no lock of their own: every write transaction takes SQLite's write lock at
its ``BEGIN`` (``Database.transaction``), so the Kirim's senders side by side wait for each
other (the busy timeout) instead of refusing each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Row
from sqlalchemy.ext.asyncio import AsyncConnection

from sister_desktop.domain.usulan import (
    Usulan,
    UsulanDokumen,
    UsulanHistoryEntry,
    UsulanJenis,
    UsulanStatus,
)
from sister_desktop.store.database import Database
from sister_desktop.store.schema import usulan, usulan_dokumen, usulan_history, utcnow

_CHUNK = 500


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _usulan(row: Row[Any], dokumen: tuple[UsulanDokumen, ...]) -> Usulan:
    m = row._mapping
    return Usulan(
        id=m["id"],
        pegawai_id=m["pegawai_id"],
        id_sdm=m["id_sdm"],
        dataset=m["dataset"],
        jenis=UsulanJenis(m["jenis"]),
        status=UsulanStatus(m["status"]),
        body=m["body"],
        changed_fields=tuple(m["changed_fields"] or ()),
        record_id=m["record_id"],
        base_record=m["base_record"],
        base_hash=m["base_hash"],
        dokumen=dokumen,
        source=m["source"],
        pegawai_nama=m["pegawai_nama"],
        created_at=m["created_at"],
        created_by=m["created_by"],
        approved_at=m["approved_at"],
        approved_by=m["approved_by"],
        sent_at=m["sent_at"],
        sent_by=m["sent_by"],
        settled_at=m["settled_at"],
        sister_id=m["sister_id"],
        http_status=m["http_status"],
        message=m["message"],
        error_code=m["error_code"],
        kirim_run_id=m["kirim_run_id"],
    )


def _dokumen(row: Row[Any]) -> UsulanDokumen:
    m = row._mapping
    return UsulanDokumen(
        id=m["id"],
        nama=m["nama"],
        id_jenis_dokumen=m["id_jenis_dokumen"],
        path=m["path"],
        tautan=m["tautan"],
        keterangan=m["keterangan"],
        sister_id=m["sister_id"],
    )


class UsulanRepository:
    """Reads and moves usulan; every move is recorded in ``usulan_history``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def add_many(self, items: Sequence[Usulan], *, by: str | None) -> list[int]:
        """Store new usulan (with their documents and a first history line) in one
        transaction; their ids in order."""
        now = utcnow()
        ids: list[int] = []
        async with self._db.transaction() as conn:
            for item in items:
                result = await conn.execute(
                    sa.insert(usulan)
                    .values(
                        pegawai_id=item.pegawai_id,
                        pegawai_nama=item.pegawai_nama,
                        id_sdm=item.id_sdm,
                        dataset=item.dataset,
                        jenis=item.jenis.value,
                        status=item.status.value,
                        body=item.body,
                        changed_fields=list(item.changed_fields),
                        record_id=item.record_id,
                        base_record=item.base_record,
                        base_hash=item.base_hash,
                        source=item.source,
                        created_at=now,
                        created_by=by,
                    )
                    .returning(usulan.c.id)
                )
                new_id = int(result.scalar_one())
                ids.append(new_id)
                for position, doc in enumerate(item.dokumen):
                    await conn.execute(
                        sa.insert(usulan_dokumen).values(
                            usulan_id=new_id,
                            position=position,
                            nama=doc.nama,
                            id_jenis_dokumen=doc.id_jenis_dokumen,
                            path=doc.path,
                            tautan=doc.tautan,
                            keterangan=doc.keterangan,
                            sister_id=doc.sister_id,
                        )
                    )
                await self._history_in(conn, [new_id], None, item.status, by, now)
        return ids

    async def get(self, usulan_id: int) -> Usulan | None:
        found = await self.find(ids=[usulan_id])
        return found[0] if found else None

    async def find(
        self,
        *,
        statuses: Iterable[UsulanStatus] | None = None,
        ids: Iterable[int] | None = None,
        run_id: str | None = None,
        pegawai_ids: Iterable[int] | None = None,
    ) -> list[Usulan]:
        """The usulan asked for (all by default), oldest first, each with its documents."""
        query = sa.select(usulan).order_by(usulan.c.id)
        if statuses is not None:
            query = query.where(usulan.c.status.in_([status.value for status in statuses]))
        if run_id is not None:
            query = query.where(usulan.c.kirim_run_id == run_id)
        if pegawai_ids is not None:
            query = query.where(usulan.c.pegawai_id.in_(list(pegawai_ids)))
        async with self._db.connect() as conn:
            if ids is not None:
                wanted = list(ids)
                rows: list[Row[Any]] = []
                for chunk in _chunks(wanted):
                    rows += list(await conn.execute(query.where(usulan.c.id.in_(chunk))))
                rows.sort(key=lambda row: row._mapping["id"])
            else:
                rows = list(await conn.execute(query))
            documents: dict[int, list[UsulanDokumen]] = {}
            usulan_ids = [row._mapping["id"] for row in rows]
            for chunk in _chunks(usulan_ids):
                doc_rows = await conn.execute(
                    sa.select(usulan_dokumen)
                    .where(usulan_dokumen.c.usulan_id.in_(chunk))
                    .order_by(usulan_dokumen.c.usulan_id, usulan_dokumen.c.position)
                )
                for doc_row in doc_rows:
                    documents.setdefault(doc_row._mapping["usulan_id"], []).append(
                        _dokumen(doc_row)
                    )
        return [_usulan(row, tuple(documents.get(row._mapping["id"], ()))) for row in rows]

    async def counts(self) -> dict[UsulanStatus, int]:
        async with self._db.connect() as conn:
            rows = await conn.execute(
                sa.select(usulan.c.status, sa.func.count()).group_by(usulan.c.status)
            )
            return {UsulanStatus(status): int(count) for status, count in rows}

    async def history(self, usulan_id: int) -> list[UsulanHistoryEntry]:
        async with self._db.connect() as conn:
            rows = await conn.execute(
                sa.select(usulan_history)
                .where(usulan_history.c.usulan_id == usulan_id)
                .order_by(usulan_history.c.id)
            )
            return [
                UsulanHistoryEntry(
                    usulan_id=m["usulan_id"],
                    at=m["at"],
                    by=m["by"],
                    from_status=UsulanStatus(m["from_status"]) if m["from_status"] else None,
                    to_status=UsulanStatus(m["to_status"]),
                    message=m["message"],
                    http_status=m["http_status"],
                )
                for m in (row._mapping for row in rows)
            ]

    async def move(
        self,
        ids: Iterable[int],
        *,
        allowed_from: Iterable[UsulanStatus],
        to: UsulanStatus,
        by: str | None,
        message: str | None = None,
        http_status: int | None = None,
        values: dict[str, Any] | None = None,
    ) -> list[int]:
        """Move the usulan of ``ids`` that are in one of ``allowed_from`` to ``to`` (with
        ``values`` for other columns), each with its history line; the ids that moved."""
        wanted = sorted(set(ids))
        sources = [status.value for status in allowed_from]
        now = utcnow()
        moved: list[int] = []
        async with self._db.transaction() as conn:
            for chunk in _chunks(wanted):
                rows = await conn.execute(
                    sa.select(usulan.c.id, usulan.c.status).where(
                        usulan.c.id.in_(chunk), usulan.c.status.in_(sources)
                    )
                )
                found = list(rows)
                if not found:
                    continue
                chunk_ids = [row.id for row in found]
                await conn.execute(
                    sa.update(usulan)
                    .where(usulan.c.id.in_(chunk_ids), usulan.c.status.in_(sources))
                    .values(status=to.value, **(values or {}))
                )
                for row in found:
                    await conn.execute(
                        sa.insert(usulan_history).values(
                            usulan_id=row.id,
                            at=now,
                            by=by,
                            from_status=row.status,
                            to_status=to.value,
                            message=message,
                            http_status=http_status,
                        )
                    )
                moved += chunk_ids
        return moved

    async def mark_sending(
        self, usulan_id: int, *, allowed_from: Iterable[UsulanStatus], run_id: str, by: str | None
    ) -> bool:
        """Commit ``sending`` for one usulan before its request leaves. False when it is no
        longer in ``allowed_from`` (someone else took it, or it was withdrawn): send nothing."""
        moved = await self.move(
            [usulan_id],
            allowed_from=allowed_from,
            to=UsulanStatus.SENDING,
            by=by,
            values={"kirim_run_id": run_id, "sent_at": utcnow(), "sent_by": by},
        )
        return bool(moved)

    async def settle(
        self,
        usulan_id: int,
        status: UsulanStatus,
        *,
        by: str | None,
        allowed_from: Iterable[UsulanStatus] = (UsulanStatus.SENDING,),
        sister_id: str | None = None,
        http_status: int | None = None,
        message: str | None = None,
        error_code: str | None = None,
        at: datetime | None = None,
    ) -> bool:
        """Record the outcome of an usulan that was being sent (or checked)."""
        values: dict[str, Any] = {
            "http_status": http_status,
            "message": message,
            "error_code": error_code,
            "settled_at": at or utcnow(),
        }
        if sister_id is not None:
            values["sister_id"] = sister_id
        moved = await self.move(
            [usulan_id],
            allowed_from=allowed_from,
            to=status,
            by=by,
            message=message or error_code,
            http_status=http_status,
            values=values,
        )
        return bool(moved)

    async def set_dokumen_sister_id(self, dokumen_id: int, sister_id: str) -> None:
        """Keep the id SISTER gave an uploaded document (committed at once: a later try of
        the same usulan attaches it instead of uploading it again)."""
        async with self._db.transaction() as conn:
            await conn.execute(
                sa.update(usulan_dokumen)
                .where(usulan_dokumen.c.id == dokumen_id)
                .values(sister_id=sister_id)
            )

    async def update_body(
        self,
        usulan_id: int,
        body: dict[str, Any],
        changed_fields: Sequence[str] | None = None,
    ) -> None:
        """A draf's new body (and, for an ubah, the fields it now changes)."""
        values: dict[str, Any] = {"body": body}
        if changed_fields is not None:
            values["changed_fields"] = list(changed_fields)
        async with self._db.transaction() as conn:
            await conn.execute(sa.update(usulan).where(usulan.c.id == usulan_id).values(**values))

    @staticmethod
    async def _history_in(
        conn: AsyncConnection,
        ids: Sequence[int],
        from_status: UsulanStatus | None,
        to_status: UsulanStatus,
        by: str | None,
        at: datetime,
    ) -> None:
        for usulan_id in ids:
            await conn.execute(
                sa.insert(usulan_history).values(
                    usulan_id=usulan_id,
                    at=at,
                    by=by,
                    from_status=from_status.value if from_status else None,
                    to_status=to_status.value,
                )
            )
