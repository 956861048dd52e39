"""Every SISTER dataset of a pegawai, record by record; how each dataset's last pull went; the
cached ``referensi`` lists.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

_ts = sa.DateTime(timezone=True)

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New tables only: every existing row (pegawai, links, runs, sister_data) is untouched, so
    # the derived values and the Perbandingan read as before until the next sync fills these.
    op.create_table(
        "sister_record",
        sa.Column(
            "pegawai_id",
            sa.Integer,
            sa.ForeignKey(
                "pegawai.id",
                ondelete="CASCADE",
                name="fk_sister_record_pegawai_id_pegawai",
            ),
            nullable=False,
        ),
        sa.Column("dataset", sa.String(100), nullable=False),
        sa.Column("record_key", sa.String(200), nullable=False),
        sa.Column("id_sdm", sa.String(64), nullable=False),
        sa.Column("scope", sa.String(16), nullable=False, server_default=""),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("row", sa.JSON, nullable=False),
        sa.Column("row_hash", sa.String(64), nullable=False),
        sa.Column("detail", sa.JSON),
        sa.Column("detail_hash", sa.String(64)),
        sa.Column("detail_fetched_at", _ts),
        sa.Column("first_seen_at", _ts, nullable=False),
        sa.Column("seen_at", _ts, nullable=False),
        sa.Column("changed_at", _ts, nullable=False),
        sa.Column("removed_at", _ts),
        sa.PrimaryKeyConstraint("pegawai_id", "dataset", "record_key", name="pk_sister_record"),
    )
    op.create_index("ix_sister_record_id_sdm", "sister_record", ["id_sdm"])
    op.create_table(
        "sister_dataset_state",
        sa.Column(
            "pegawai_id",
            sa.Integer,
            sa.ForeignKey(
                "pegawai.id",
                ondelete="CASCADE",
                name="fk_sister_dataset_state_pegawai_id_pegawai",
            ),
            nullable=False,
        ),
        sa.Column("dataset", sa.String(100), nullable=False),
        sa.Column("scope", sa.String(16), nullable=False, server_default=""),
        sa.Column("synced_at", _ts, nullable=False),
        sa.Column("ok", sa.Boolean, nullable=False),
        sa.Column("records", sa.Integer, nullable=False, server_default="0"),
        sa.Column("list_requests", sa.Integer, nullable=False, server_default="0"),
        sa.Column("detail_requests", sa.Integer, nullable=False, server_default="0"),
        sa.Column("error_code", sa.String(50)),
        sa.PrimaryKeyConstraint("pegawai_id", "dataset", "scope", name="pk_sister_dataset_state"),
    )
    op.create_table(
        "sister_referensi",
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("fetched_at", _ts, nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_sister_referensi"),
    )


def downgrade() -> None:
    op.drop_table("sister_referensi")
    op.drop_table("sister_dataset_state")
    op.drop_index("ix_sister_record_id_sdm", table_name="sister_record")
    op.drop_table("sister_record")
