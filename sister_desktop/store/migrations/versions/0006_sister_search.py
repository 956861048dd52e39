"""The searchable line of every SISTER record (``sister_search``), for the Pegawai search in
the synced data; filled from the records already stored.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sister_desktop.domain.sister_search import NOT_SEARCHED, search_text

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "sister_search",
        sa.Column(
            "pegawai_id",
            sa.Integer,
            sa.ForeignKey(
                "pegawai.id",
                ondelete="CASCADE",
                name="fk_sister_search_pegawai_id_pegawai",
            ),
            nullable=False,
        ),
        sa.Column("dataset", sa.String(100), nullable=False),
        sa.Column("record_key", sa.String(200), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("pegawai_id", "dataset", "record_key", name="pk_sister_search"),
    )
    records = sa.table(
        "sister_record",
        sa.column("pegawai_id", sa.Integer),
        sa.column("dataset", sa.String),
        sa.column("record_key", sa.String),
        sa.column("row", sa.JSON),
        sa.column("detail", sa.JSON),
        sa.column("removed_at", sa.DateTime),
    )
    bind = op.get_bind()
    batch: list[dict[str, object]] = []
    query = sa.select(
        records.c.pegawai_id,
        records.c.dataset,
        records.c.record_key,
        records.c.row,
        records.c.detail,
    ).where(records.c.removed_at.is_(None), records.c.dataset.not_in(sorted(NOT_SEARCHED)))
    for row in bind.execute(query):
        values = dict(row.row or {})
        values.update(row.detail or {})
        batch.append(
            {
                "pegawai_id": row.pegawai_id,
                "dataset": row.dataset,
                "record_key": row.record_key,
                "text": search_text(row.dataset, values),
            }
        )
        if len(batch) >= 1000:
            op.bulk_insert(table, batch)
            batch = []
    if batch:
        op.bulk_insert(table, batch)


def downgrade() -> None:
    op.drop_table("sister_search")
