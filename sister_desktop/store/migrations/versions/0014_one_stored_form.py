"""SISTER's answers in one stored form: the raw records of ``sister_record``. The typed copies
of ``sister_data`` go; what the derived values and the Perbandingan read of them is mapped from
the records (``domain/sister_answers.py``).

A copy whose dataset has no record of that pegawai (a database last synced before 0005) is
kept as the records it describes, so the Perbandingan reads the same until the next sync; the
person's row of the SDM list becomes his one record of ``referensi/sdm``.

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-07
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None

_ts = sa.DateTime(timezone=True)
_data = sa.table(
    "sister_data",
    sa.column("pegawai_id", sa.Integer),
    sa.column("endpoint", sa.String),
    sa.column("id_sdm", sa.String),
    sa.column("payload", sa.JSON),
    sa.column("fetched_at", _ts),
)
_record = sa.table(
    "sister_record",
    sa.column("pegawai_id", sa.Integer),
    sa.column("dataset", sa.String),
    sa.column("record_key", sa.String),
    sa.column("id_sdm", sa.String),
    sa.column("scope", sa.String),
    sa.column("position", sa.Integer),
    sa.column("row", sa.JSON),
    sa.column("row_hash", sa.String),
    sa.column("first_seen_at", _ts),
    sa.column("seen_at", _ts),
    sa.column("changed_at", _ts),
)
#: The longest key ``sister_record.record_key`` keeps.
_KEY_MAX = 200


def _hash(value: Any) -> str:
    """As ``domain.changes.payload_hash`` (written out: a migration does not follow the code)."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _key(row: Mapping[str, Any], position: int) -> str:
    """A list row's key as the sync makes it: its ``id``, else the bidang ilmu's rank or group."""
    for name in ("id", "urutan", "id_kelompok_bidang"):
        value = row.get(name)
        if value not in (None, ""):
            key = str(value).strip().lower() if name == "id" else f"{name}:{value}"
            return key[:_KEY_MAX]
    return f"#{position}"


def _records(copy: Mapping[str, Any]) -> list[dict[str, Any]]:
    payload = copy["payload"]
    rows = [payload] if isinstance(payload, Mapping) else list(payload or [])
    found: dict[str, dict[str, Any]] = {}
    for position, row in enumerate(rows):
        if not isinstance(row, Mapping):
            continue
        key = "" if isinstance(payload, Mapping) else _key(row, position)
        found.setdefault(
            key,
            {
                "pegawai_id": copy["pegawai_id"],
                "dataset": copy["endpoint"],
                "record_key": key,
                "id_sdm": copy["id_sdm"],
                "scope": "",
                "position": position,
                "row": dict(row),
                "row_hash": _hash(dict(row)),
                "first_seen_at": copy["fetched_at"],
                "seen_at": copy["fetched_at"],
                "changed_at": copy["fetched_at"],
            },
        )
    return list(found.values())


def upgrade() -> None:
    bind = op.get_bind()
    stored = {
        (row.pegawai_id, row.dataset)
        for row in bind.execute(sa.select(_record.c.pegawai_id, _record.c.dataset).distinct())
    }
    inserts: list[dict[str, Any]] = []
    for copy in bind.execute(sa.select(_data)).mappings():
        if (copy["pegawai_id"], copy["endpoint"]) not in stored:
            inserts += _records(dict(copy))
        if len(inserts) >= 500:
            bind.execute(_record.insert(), inserts)
            inserts = []
    if inserts:
        bind.execute(_record.insert(), inserts)
    op.drop_index("ix_sister_data_id_sdm", table_name="sister_data")
    op.drop_table("sister_data")


def downgrade() -> None:
    # The copies come back empty: the next sync of an older program fills them again.
    op.create_table(
        "sister_data",
        sa.Column(
            "pegawai_id",
            sa.Integer,
            sa.ForeignKey("pegawai.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("endpoint", sa.String(100), primary_key=True),
        sa.Column("id_sdm", sa.String(64), nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("payload_hash", sa.String(64), nullable=False),
        sa.Column("fetched_at", _ts, nullable=False),
    )
    op.create_index("ix_sister_data_id_sdm", "sister_data", ["id_sdm"])
