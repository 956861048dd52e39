"""The operator's entries of the LKPS tables (``laporan_isian``), and an index that lets the
Laporan read one dataset of every pegawai without scanning every record, and one that gives
the newest pull of some datasets (the data's date) without scanning every dataset state.

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "laporan_isian",
        sa.Column("prodi", sa.String(200), nullable=False),
        sa.Column("ts", sa.Integer, nullable=False),
        sa.Column("tabel", sa.String(16), nullable=False),
        sa.Column("row_key", sa.String(300), nullable=False),
        sa.Column("kolom", sa.String(40), nullable=False),
        sa.Column("nilai", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(100)),
        sa.PrimaryKeyConstraint(
            "prodi", "ts", "tabel", "row_key", "kolom", name="pk_laporan_isian"
        ),
    )
    op.create_index("ix_sister_record_dataset", "sister_record", ["dataset", "pegawai_id"])
    op.create_index(
        "ix_sister_dataset_state_synced", "sister_dataset_state", ["dataset", "synced_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_sister_dataset_state_synced", table_name="sister_dataset_state")
    op.drop_index("ix_sister_record_dataset", table_name="sister_record")
    op.drop_table("laporan_isian")
