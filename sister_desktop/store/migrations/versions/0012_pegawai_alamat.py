"""The pegawai's mobile number and street address, as the campus keeps them: compared with
SISTER's ``data_pribadi/alamat`` and proposed to it by ``usulan dari-perbandingan``.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns without a default: SQLite adds them in place, no table copy.
    op.add_column("pegawai", sa.Column("telepon_hp", sa.String(20)))
    op.add_column("pegawai", sa.Column("alamat", sa.String(255)))


def downgrade() -> None:
    with op.batch_alter_table("pegawai") as batch:
        batch.drop_column("alamat")
        batch.drop_column("telepon_hp")
