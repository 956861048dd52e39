"""Usulan: the changes the campus proposes to SISTER, their documents and their history.

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None

_ts = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "usulan",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "pegawai_id",
            sa.Integer,
            sa.ForeignKey("pegawai.id", ondelete="SET NULL"),
        ),
        sa.Column("pegawai_nama", sa.String(200)),
        sa.Column("id_sdm", sa.String(64), nullable=False),
        sa.Column("dataset", sa.String(100), nullable=False),
        sa.Column("jenis", sa.String(8), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("body", sa.JSON),
        sa.Column("changed_fields", sa.JSON),
        sa.Column("record_id", sa.String(64)),
        sa.Column("base_record", sa.JSON),
        sa.Column("base_hash", sa.String(64)),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("created_at", _ts, nullable=False),
        sa.Column("created_by", sa.String(100)),
        sa.Column("approved_at", _ts),
        sa.Column("approved_by", sa.String(100)),
        sa.Column("sent_at", _ts),
        sa.Column("sent_by", sa.String(100)),
        sa.Column("settled_at", _ts),
        sa.Column("sister_id", sa.String(64)),
        sa.Column("http_status", sa.Integer),
        sa.Column("message", sa.Text),
        sa.Column("error_code", sa.String(50)),
        sa.Column("kirim_run_id", sa.String(36)),
        sa.CheckConstraint("jenis IN ('baru', 'ubah', 'hapus')", name="jenis"),
    )
    op.create_index("ix_usulan_pegawai_id", "usulan", ["pegawai_id"])
    op.create_index("ix_usulan_status", "usulan", ["status"])
    op.create_index("ix_usulan_kirim_run_id", "usulan", ["kirim_run_id"])
    op.create_table(
        "usulan_dokumen",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "usulan_id",
            sa.Integer,
            sa.ForeignKey("usulan.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("nama", sa.String(200), nullable=False),
        sa.Column("id_jenis_dokumen", sa.Integer, nullable=False),
        sa.Column("path", sa.Text),
        sa.Column("tautan", sa.Text),
        sa.Column("keterangan", sa.Text),
        sa.Column("sister_id", sa.String(64)),
    )
    op.create_index("ix_usulan_dokumen_usulan_id", "usulan_dokumen", ["usulan_id"])
    op.create_table(
        "usulan_history",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "usulan_id",
            sa.Integer,
            sa.ForeignKey("usulan.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("at", _ts, nullable=False),
        sa.Column("by", sa.String(100)),
        sa.Column("from_status", sa.String(20)),
        sa.Column("to_status", sa.String(20), nullable=False),
        sa.Column("http_status", sa.Integer),
        sa.Column("message", sa.Text),
    )
    op.create_index("ix_usulan_history_usulan_id", "usulan_history", ["usulan_id"])


def downgrade() -> None:
    op.drop_table("usulan_history")
    op.drop_table("usulan_dokumen")
    op.drop_table("usulan")
