"""Initial schema: pegawai, SISTER link and its history, settings, SISTER data, sync runs.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_ts = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "pegawai",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("nama", sa.String(200), nullable=False),
        sa.Column("nip", sa.String(18)),
        sa.Column("nidn", sa.String(10)),
        sa.Column("nidk", sa.String(10)),
        sa.Column("nupn", sa.String(10)),
        sa.Column("nuptk", sa.String(16)),
        sa.Column("nik", sa.String(16)),
        sa.Column("tanggal_lahir", sa.Date),
        sa.Column("jenis_kelamin", sa.String(1)),
        sa.Column("jenis_pegawai", sa.String(10), nullable=False, server_default="dosen"),
        sa.Column("unit_kerja", sa.String(200)),
        sa.Column("email", sa.String(200)),
        sa.Column("aktif", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", _ts, nullable=False),
        sa.Column("updated_at", _ts, nullable=False),
        sa.CheckConstraint("jenis_pegawai IN ('dosen', 'tendik')", name="jenis_pegawai"),
        sa.CheckConstraint(
            "jenis_kelamin IS NULL OR jenis_kelamin IN ('L', 'P')", name="jenis_kelamin"
        ),
    )
    for column in ("nip", "nidn", "nidk", "nupn", "nuptk", "nik"):
        op.create_index(f"ix_pegawai_{column}", "pegawai", [column])

    op.create_table(
        "sister_link",
        sa.Column(
            "pegawai_id",
            sa.Integer,
            sa.ForeignKey("pegawai.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("id_sdm", sa.String(64), nullable=False, unique=True),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("matched_on", sa.String(16)),
        sa.Column("reason", sa.Text),
        sa.Column("linked_at", _ts, nullable=False),
        sa.Column("linked_by", sa.String(100)),
        sa.CheckConstraint("method IN ('exact', 'manual')", name="method"),
    )

    op.create_table(
        "sister_link_history",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("pegawai_id", sa.Integer, sa.ForeignKey("pegawai.id", ondelete="SET NULL")),
        sa.Column("pegawai_nama", sa.String(200)),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("old_id_sdm", sa.String(64)),
        sa.Column("new_id_sdm", sa.String(64)),
        sa.Column("method", sa.String(16)),
        sa.Column("matched_on", sa.String(16)),
        sa.Column("reason", sa.Text),
        sa.Column("batch_id", sa.String(36)),
        sa.Column("changed_at", _ts, nullable=False),
        sa.Column("changed_by", sa.String(100)),
    )
    op.create_index("ix_sister_link_history_pegawai_id", "sister_link_history", ["pegawai_id"])
    op.create_index("ix_sister_link_history_batch_id", "sister_link_history", ["batch_id"])

    op.create_table(
        "setting",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("updated_at", _ts, nullable=False),
    )

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

    op.create_table(
        "sync_run",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("started_at", _ts, nullable=False),
        sa.Column("finished_at", _ts),
        sa.Column("started_by", sa.String(100)),
        *(
            sa.Column(name, sa.Integer, nullable=False, server_default="0")
            for name in (
                "total_pegawai",
                "ok_count",
                "failed_count",
                "skipped_count",
                "requests_total",
                "requests_retried",
                "requests_rate_limited",
                "requests_reauth",
            )
        ),
    )

    op.create_table(
        "sync_result",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "run_id",
            sa.String(36),
            sa.ForeignKey("sync_run.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("pegawai_id", sa.Integer, sa.ForeignKey("pegawai.id", ondelete="SET NULL")),
        sa.Column("id_sdm", sa.String(64)),
        sa.Column("endpoint", sa.String(100), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("http_status", sa.Integer),
        sa.Column("message", sa.Text),
        sa.Column("fields_changed", sa.JSON),
        sa.Column("recorded_at", _ts, nullable=False),
    )
    op.create_index("ix_sync_result_run_id", "sync_result", ["run_id"])
    op.create_index("ix_sync_result_pegawai_id", "sync_result", ["pegawai_id"])


def downgrade() -> None:
    for table in (
        "sync_result",
        "sync_run",
        "sister_data",
        "setting",
        "sister_link_history",
        "sister_link",
        "pegawai",
    ):
        op.drop_table(table)
