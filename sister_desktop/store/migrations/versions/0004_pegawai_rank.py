"""Pegawai: the campus's own jabatan fungsional and pangkat/golongan, for the Perbandingan.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable, no default: a plain ADD COLUMN on SQLite and PostgreSQL alike (no table copy,
    # so the links and histories that point at pegawai are untouched).
    op.add_column("pegawai", sa.Column("jabatan_fungsional", sa.String(100)))
    op.add_column("pegawai", sa.Column("pangkat_golongan", sa.String(100)))


def downgrade() -> None:
    op.drop_column("pegawai", "pangkat_golongan")
    op.drop_column("pegawai", "jabatan_fungsional")
