"""Perbandingan: the history of SISTER values copied into campus records ("Terapkan").

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "perbandingan_history",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "pegawai_id",
            sa.Integer,
            sa.ForeignKey("pegawai.id", ondelete="SET NULL"),
        ),
        sa.Column("pegawai_nama", sa.String(200)),
        sa.Column("id_sdm", sa.String(64)),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("old_value", sa.Text),
        sa.Column("new_value", sa.Text),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("batch_id", sa.String(36), nullable=False),
        sa.Column("undone_by", sa.String(36)),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(100)),
        sa.CheckConstraint("action IN ('apply', 'undo')", name="action"),
    )
    op.create_index("ix_perbandingan_history_pegawai_id", "perbandingan_history", ["pegawai_id"])
    op.create_index("ix_perbandingan_history_batch_id", "perbandingan_history", ["batch_id"])


def downgrade() -> None:
    op.drop_table("perbandingan_history")
