"""Sinkronisasi: run targets (resume), per-employee summary of derived values, the sync lock,
and error codes on runs and results.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_ts = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("sync_run") as batch:
        batch.add_column(sa.Column("resumed_from", sa.String(36)))
        batch.add_column(sa.Column("host", sa.String(255)))
        batch.add_column(sa.Column("error_code", sa.String(50)))
    with op.batch_alter_table("sync_result") as batch:
        batch.add_column(sa.Column("error_code", sa.String(50)))

    op.create_table(
        "sync_target",
        sa.Column(
            "run_id",
            sa.String(36),
            sa.ForeignKey("sync_run.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("pegawai_id", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("nama", sa.String(200)),
        sa.Column("id_sdm", sa.String(64)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("finished_at", _ts),
    )

    op.create_table(
        "sister_summary",
        sa.Column(
            "pegawai_id",
            sa.Integer,
            sa.ForeignKey("pegawai.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("id_sdm", sa.String(64)),
        sa.Column("jabatan_fungsional", sa.String(200)),
        sa.Column("pangkat_golongan", sa.String(200)),
        sa.Column("pendidikan_tertinggi", sa.String(50)),
        sa.Column("homebase_unit", sa.String(200)),
        sa.Column("status_aktif", sa.String(100)),
        sa.Column("aktif", sa.Boolean),
        sa.Column("last_status", sa.String(16), nullable=False),
        sa.Column("last_run_id", sa.String(36)),
        sa.Column("last_synced_at", _ts, nullable=False),
    )
    op.create_index("ix_sister_summary_id_sdm", "sister_summary", ["id_sdm"])

    op.create_table(
        "sync_lock",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("token", sa.String(36)),
        sa.Column("run_id", sa.String(36)),
        sa.Column("holder_host", sa.String(255)),
        sa.Column("holder_user", sa.String(100)),
        sa.Column("holder_pid", sa.Integer),
        sa.Column("since", _ts),
        sa.Column("heartbeat_at", _ts),
    )


def downgrade() -> None:
    op.drop_table("sync_lock")
    op.drop_table("sister_summary")
    op.drop_table("sync_target")
    with op.batch_alter_table("sync_result") as batch:
        batch.drop_column("error_code")
    with op.batch_alter_table("sync_run") as batch:
        batch.drop_column("error_code")
        batch.drop_column("host")
        batch.drop_column("resumed_from")
